//! The safety check's screens, the warning signs from help, and the signs after strong pain, in
//! English and Danish at 80×24 and 60×20.

use super::*;

/// Every screen of the check fits and reads at both sizes.
fn both_sizes(name: &str, scene: &Scene) {
    assert_snapshot!(format!("{name}_80x24"), scene.draw(80, 24));
    assert_snapshot!(format!("{name}_60x20"), scene.draw(60, 20));
}

/// The screen's words in one line, so that a phrase wrapped over two lines is still found.
fn words_of(screen: &str) -> String {
    let rows = screen
        .lines()
        .map(|row| row.trim().trim_matches('"').trim());
    let text = rows.collect::<Vec<_>>().join(" ");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_check_asks_the_emergency_signs_first_then_the_within_days_signs() {
    for (lang, suffix) in [(Lang::En, ""), (Lang::Da, "_da")] {
        let mut scene = Scene::new(lang, Vec::new());
        both_sizes(&format!("safety{suffix}"), &scene);
        scene.press(&[Action::No]);
        both_sizes(&format!("safety_days{suffix}"), &scene);
    }
}

#[test]
fn the_emergency_signs_are_named_as_the_spec_names_them() {
    let screen = words_of(&Scene::new(Lang::En, Vec::new()).draw(80, 24));
    for words in [
        "anus, genitals or inner thighs",
        "trouble passing urine",
        "not feeling when the bladder is full",
        "new sexual problems",
        "both legs",
        "not a diagnosis",
    ] {
        assert!(screen.contains(words), "{words}: {screen}");
    }
    // Ordinary sciatica can numb the buttocks; the saddle area is not the buttocks.
    assert!(!screen.contains("buttocks"), "{screen}");
}

#[test]
fn a_sign_that_needs_emergency_care_gives_the_numbers_of_each_language() {
    let numbers = [
        (Lang::En, vec!["local emergency number", "112"]),
        (Lang::Da, vec!["112", "1813", "lægevagten"]),
        (Lang::Nb, vec!["113", "116 117", "legevakt"]),
    ];
    for (lang, want) in numbers {
        let mut scene = Scene::new(lang, Vec::new());
        scene.press(&[Action::Yes]);
        let screen = words_of(&scene.draw(80, 24));
        for number in want {
            assert!(screen.contains(number), "{lang}: {number}: {screen}");
        }
        if lang != Lang::Nb {
            let suffix = if lang == Lang::Da { "_da" } else { "" };
            both_sizes(&format!("stop{suffix}"), &scene);
        }
    }
}

#[test]
fn a_sign_to_see_a_doctor_about_offers_the_clinician_key() {
    for (lang, suffix) in [(Lang::En, ""), (Lang::Da, "_da")] {
        let mut scene = Scene::new(lang, Vec::new());
        scene.press(&[Action::No, Action::Yes]);
        both_sizes(&format!("see_doctor{suffix}"), &scene);
        let screen = scene.draw(80, 24);
        assert!(screen.contains("d "), "{screen}");
    }
}

#[test]
fn help_reaches_the_warning_signs_from_any_screen() {
    let mut scene = training(Lang::En);
    scene.press(&[Action::Help]);
    let help = words_of(&scene.draw(80, 24));
    assert!(help.contains("the warning signs"), "{help}");
    scene.press(&[Action::WarningSigns]);
    both_sizes("warning_signs", &scene);
    let first = words_of(&scene.draw(80, 24));
    assert!(first.contains("anus, genitals or inner"), "{first}");
    assert!(first.contains("112"), "{first}");
    scene.press(&[Action::Right]);
    both_sizes("warning_signs_days", &scene);
    let second = scene.draw(80, 24);
    assert!(
        second.contains("history of cancer") || second.contains("had cancer"),
        "{second}"
    );
    // Closing the signs goes back to the session, which goes on.
    scene.press(&[Action::Help]);
    assert!(scene.app.overlay.is_none());
    let mut da = Scene::checked(Lang::Da);
    da.press(&[Action::Help, Action::WarningSigns]);
    both_sizes("warning_signs_da", &da);
}

#[test]
fn strong_pain_after_a_session_shows_the_signs_again() {
    // Pain 8 after: the signs, with the numbers, on the result.
    for (lang, number) in [(Lang::En, "112"), (Lang::Da, "1813"), (Lang::Nb, "116 117")] {
        let screen = words_of(&red_result(lang).draw(80, 24));
        assert!(screen.contains(number), "{lang}: {screen}");
    }
    both_sizes("result_signs", &red_result(Lang::En));
    both_sizes("result_signs_da", &red_result(Lang::Da));
    // Pain 7 after: not.
    let seven = result_with_pain_after(Lang::En, 7);
    let screen = seven.draw(80, 24);
    assert!(screen.contains("Session done"), "{screen}");
    assert!(!screen.contains("112"), "{screen}");
}
