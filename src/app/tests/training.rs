//! During a session: `n` asks for a second press, and a session without a rep is saved but not
//! shown as done.

use super::*;

#[test]
fn n_skips_the_exercise_only_when_pressed_twice() {
    let mut run = Run::new(vec![clear_check(1)], None);
    into_session(&mut run);
    run.press(Action::NextExercise);
    assert!(
        matches!(run.app.screen, Screen::Training(_)),
        "one press only asks"
    );
    assert!(
        matches!(run.app.notice, Some(Notice::NextAgain { .. })),
        "and says so on screen: {:?}",
        run.app.notice
    );
    // Any other key carries on, and the question goes.
    run.press(Action::Mute);
    assert_eq!(run.app.notice, None);
    run.press(Action::NextExercise);
    assert!(matches!(run.app.screen, Screen::Training(_)));
    run.press(Action::NextExercise);
    assert!(
        !matches!(run.app.screen, Screen::Training(_)),
        "the second press in a row skips (the last exercise: the session ends)"
    );
}

#[test]
fn a_session_without_a_rep_is_saved_and_shown_as_ended() {
    let mut run = Run::new(vec![clear_check(1)], None);
    into_session(&mut run);
    run.press(Action::NextExercise);
    run.press(Action::NextExercise);
    let Screen::Home(_) = run.app.screen else {
        panic!("not the result of a session done: {:?}", run.app.screen)
    };
    assert_eq!(run.app.notice, Some(Notice::EndedWithoutReps));
    let record = run.sessions()[0].clone();
    assert_eq!(
        (record.reps_done, record.completed, record.pain_after),
        (0, false, None)
    );
    // Quitting before the first rep says the same, whether a reason is given or not (Esc).
    let mut quit = Run::new(vec![clear_check(1)], None);
    into_session(&mut quit);
    quit.wait_until(0.5);
    quit.press(Action::Quit);
    quit.press(Action::Yes);
    quit.press(Action::Back);
    assert_eq!(quit.app.notice, Some(Notice::EndedWithoutReps));
    assert_eq!(quit.sessions()[0].reps_done, 0);
    assert_eq!(quit.sessions()[0].stopped, None, "Esc saves with no reason");
}

#[test]
fn a_session_with_every_rep_done_and_no_pain_after_is_not_called_stopped() {
    let mut run = Run::new(vec![clear_check(1)], None);
    into_session(&mut run);
    run.wait_until(10.0);
    run.press(Action::Interrupt);
    let record = run.sessions()[0].clone();
    assert_eq!((record.completed, record.reps_done), (true, 2));
    let after = Run::new(run.written.clone(), None);
    let reason = after.app.recommendation(0).reason;
    assert_eq!(reason, ryg_core::rules::Reason::NotAnswered);
    assert!(!reason.text(ryg_core::words::Lang::En).contains("stopped"));
}

/// How loud the app says each cue due by `at` seconds is to sound.
fn loudness_until(run: &mut Run, at: f64) -> Vec<Loudness> {
    run.at = at;
    let effects = run.app.update(Msg::Tick(run.clock()));
    effects
        .into_iter()
        .filter_map(|effect| match effect {
            Effect::Cue(_, loudness) => Some(loudness),
            _ => None,
        })
        .collect()
}

#[test]
fn the_app_decides_how_loud_each_cue_sounds() {
    let mut run = Run::new(vec![clear_check(1)], None);
    into_session(&mut run);
    run.press(Action::Quieter);
    let quieter = loudness_until(&mut run, 1.2);
    assert!(!quieter.is_empty());
    assert!(
        quieter.iter().all(|l| *l == Loudness::At(0.7)),
        "{quieter:?}"
    );
    run.press(Action::Mute);
    let muted = loudness_until(&mut run, 2.2);
    assert!(!muted.is_empty());
    assert!(muted.iter().all(|l| *l == Loudness::Muted), "{muted:?}");
    // `+` turns the sound back on, one step louder.
    run.press(Action::Louder);
    let louder = loudness_until(&mut run, 3.2);
    assert!(!louder.is_empty());
    assert!(louder.iter().all(|l| *l == Loudness::At(0.8)), "{louder:?}");
}

/// `tiny` with a warm-up of one 2 s rep, at its level 1 even when `tiny` runs at level 2.
#[test]
fn the_warm_up_runs_first_and_the_record_is_of_the_program_and_level() {
    let tiny = TINY.replace("prepare_secs: 1,", r#"prepare_secs: 1, warm_up: "loose","#);
    let loose = r#"Program(id: "loose", title: "Loose", prepare_secs: 1, exercises: [
        Exercise(id: "sway", name: "Sway", purpose: "p", steps: [], levels: [
            Level(sets: 1, reps: 1, rest_secs: 0, tempo: [Phase(kind: Hold, secs: 2)]),
            Level(sets: 9, reps: 9, rest_secs: 0, tempo: [Phase(kind: Hold, secs: 9)]),
        ]),
    ])"#;
    let user = |source: &str, file: &str| ryg_core::program::Loaded {
        path: Some(file.into()),
        ..load_str(source, file)
    };
    let catalog = Catalog::new(
        Vec::new(),
        vec![user(&tiny, "tiny.ron"), user(loose, "loose.ron")],
    );
    let mut run = Run::with_catalog(
        catalog,
        vec![clear_check(1)],
        Some((0, LevelChoice::Chosen(2))),
    );
    run.press(Action::Digit(2));
    run.press(Action::Confirm);
    run.count_from_the_clock_start();
    let Screen::Training(training) = &run.app.screen else {
        panic!("the session starts");
    };
    let names: Vec<&str> = training
        .session
        .plan()
        .exercises
        .iter()
        .map(|planned| planned.exercise.id.as_str())
        .collect();
    assert_eq!(names, ["sway", "tilt"]);
    // Get ready 1 s, sway 2 s, get ready 1 s, three reps of 1 s.
    let cues = run.wait_until(7.0);
    assert_eq!(
        cues.iter()
            .filter(|cue| matches!(cue, Cue::RepDone | Cue::SessionDone | Cue::SetDone))
            .count(),
        4
    );
    run.press(Action::Digit(2));
    run.press(Action::Confirm);
    let record = run.sessions()[0].clone();
    assert_eq!(
        (
            record.program.as_str(),
            record.level,
            record.reps_done,
            record.reps_planned
        ),
        ("tiny", 2, 4, 4)
    );
    assert!(record.completed);
    assert_eq!(record.finished, wall0() + SignedDuration::from_secs(7));
}

/// Two sets of one rep with a rest between, the exercise named with an escape inside.
const TWO_SETS: &str = r#"Program(id: "two", title: "Two sets", prepare_secs: 1, exercises: [
    Exercise(id: "bridge", name: "Bri\u{1b}]0;x\u{7}dge", purpose: "p", steps: [], levels: [
        Level(sets: 2, reps: 1, rest_secs: 5, tempo: [Phase(kind: Move, secs: 1), Phase(kind: Return, secs: 1)]),
    ]),
])"#;

#[test]
fn the_title_says_where_the_session_is_in_the_users_language() {
    let mut run = Run::with_program(TWO_SETS, "two.ron");
    assert_eq!(run.app.title(), "ryg");
    run.press(Action::Confirm);
    assert_eq!(
        run.app.title(),
        "ryg · Two sets",
        "the pain question before it"
    );
    run.press(Action::Digit(2));
    run.press(Action::Confirm);
    let name = "Bri\\u{1b}]0;x\\u{7}dge";
    assert_eq!(
        run.app.title(),
        format!("ryg · {name} · set 1/2"),
        "getting ready"
    );
    run.wait_until(2.5);
    assert_eq!(run.app.title(), format!("ryg · {name} · set 1/2"));
    run.wait_until(4.0);
    assert_eq!(
        run.app.title(),
        format!("ryg · {name} · set 2/2"),
        "resting before it"
    );
    run.app.lang = ryg_core::words::Lang::Da;
    assert_eq!(run.app.title(), format!("ryg · {name} · sæt 2/2"));
    run.wait_until(20.0);
    assert_eq!(
        run.app.title(),
        "ryg · Two sets",
        "the pain question after it"
    );
}
