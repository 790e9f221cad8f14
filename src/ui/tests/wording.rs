//! The small things of wording and layout a new user ran into, each drawn as a user sees it.

use super::*;
use crate::app::Notice;

/// The screen's rows, without the snapshot's quotes.
fn rows(screen: &str) -> Vec<String> {
    screen
        .lines()
        .map(|line| line.trim_matches('"').trim_end().to_string())
        .collect()
}

#[test]
fn help_shows_the_yes_keys_of_the_language() {
    // j (ja) answers yes in Danish and Norwegian only; English help shows y / n.
    for (lang, keys) in [
        (Lang::En, "y / n"),
        (Lang::Da, "y j / n"),
        (Lang::Nb, "y j / n"),
    ] {
        let mut scene = Scene::new(lang, Vec::new());
        scene.press(&[Action::Help]);
        let screen = scene.draw(80, 24);
        assert!(screen.contains(keys), "{screen}");
        if lang == Lang::En {
            assert!(!screen.contains("y j"), "{screen}");
        }
    }
}

#[test]
fn paused_is_a_word_not_a_count() {
    let mut scene = training(Lang::En);
    scene.wait(12.2).press(&[Action::Pause]);
    let mut running = training(Lang::En);
    running.wait(12.2);
    // The big letters of "PAUSED" alone fit in fewer columns than with a number after them.
    let widest = |screen: &str| {
        rows(screen)
            .iter()
            .filter(|row| row.contains('█') && !row.contains('░'))
            .map(|row| row.trim().chars().count())
            .max()
            .unwrap_or(0)
    };
    let paused = scene.draw(80, 24);
    assert!(widest(&paused) <= 6 * 8, "{paused}");
}

#[test]
fn the_tip_heading_is_set_off_from_its_line() {
    let mut scene = training(Lang::En);
    scene.wait(10.0 + 56.0 + 4.0);
    let screen = scene.draw(80, 24);
    assert!(screen.contains("Good to know ─"), "{screen}");
}

#[test]
fn a_wrapped_step_hangs_under_its_text_not_its_number() {
    let scene = training(Lang::En);
    let screen = scene.draw(80, 24);
    let rows = rows(&screen);
    let first = rows
        .iter()
        .position(|row| row.starts_with(" 1. "))
        .expect("the steps");
    let next = &rows[first + 1];
    assert!(
        next.starts_with("    ") && !next.starts_with("     "),
        "the second line of step 1 starts under its text:\n{screen}"
    );
}

#[test]
fn the_level_line_has_no_gap_where_an_arrow_is_missing() {
    let scene = Scene::checked(Lang::En);
    let screen = scene.draw(80, 24);
    assert!(screen.contains("Level 1 ▶ of 4"), "{screen}");
    let mut second = Scene::checked(Lang::En);
    second.press(&[Action::Right]);
    assert!(second.draw(80, 24).contains("Level ◀ 2 ▶ of 4"));
}

#[test]
fn the_quit_question_says_space_goes_on() {
    let mut scene = training(Lang::En);
    scene.wait(12.0).press(&[Action::Quit]);
    let screen = scene.draw(80, 24);
    assert!(screen.contains("n or Space no, go on"), "{screen}");
}

#[test]
fn the_safety_check_says_why_it_is_back() {
    let old_check = vec![Record::Screening(Screening {
        at: wall0() - SignedDuration::from_hours(24 * 31),
        clear: true,
        clinician: false,
    })];
    let scene = Scene::new(Lang::En, old_check);
    let screen = scene.draw(80, 24);
    assert!(screen.contains("last check was on 2026-10-20"), "{screen}");
    assert_snapshot!("safety_again_60x20", scene.draw(60, 20));
    let first = Scene::new(Lang::En, Vec::new()).draw(80, 24);
    assert!(!first.contains("last check"), "{first}");
}

#[test]
fn a_short_notice_is_drawn_in_every_language() {
    for lang in Lang::ALL {
        let mut scene = Scene::checked(lang);
        scene.press(&[Action::Digit(9)]);
        assert_eq!(scene.app.notice, Some(Notice::NoSuchLevel(0)));
        let screen = scene.draw(80, 24);
        assert!(screen.contains(" 4"), "{lang}: {screen}");
    }
}

#[test]
fn help_names_the_space_bar_in_the_language_of_the_screen() {
    for (lang, space) in [
        (Lang::En, "Space p"),
        (Lang::Da, "Mellemrum p"),
        (Lang::Nb, "Mellomrom p"),
    ] {
        let mut scene = training(lang);
        scene.wait(12.2).press(&[Action::Help]);
        let screen = scene.draw(80, 24);
        assert!(screen.contains(space), "{screen}");
    }
}
