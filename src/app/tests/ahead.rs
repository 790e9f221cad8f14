//! Cues handed to the shell ahead of their moment, and taken back when they no longer stand.

use super::*;
use ryg_core::program::PhaseKind;

/// Get ready 0–3 (pips at 0, 1, 2); reps at 3 and 5 (move 1 s, return 1 s); over at 7.
const STEADY: &str = r#"Program(id: "steady", title: "Steady", prepare_secs: 3, exercises: [
    Exercise(id: "lift", name: "Lift", purpose: "p", steps: [], levels: [
        Level(sets: 1, reps: 2, rest_secs: 0, tempo: [Phase(kind: Move, secs: 1), Phase(kind: Return, secs: 1)]),
    ]),
])"#;

/// In a session of `STEADY` whose clock starts at 0 s, with the voice off: only the cues are
/// handed over.
fn steady() -> Run {
    let mut run = Run::with_program(STEADY, "steady.ron");
    run.app.settings.voice = false;
    into_session(&mut run);
    run
}

/// How long before its moment a sound is handed over, and after a key a step it begins starts.
fn ahead() -> f64 {
    crate::app::ahead::LOOK_AHEAD.as_secs_f64()
}

/// The next wake-up, in seconds from the start.
fn next_wake(run: &Run) -> Option<f64> {
    run.app
        .next_deadline()
        .map(|deadline| (deadline - run.t0).as_secs_f64())
}

fn tick(run: &mut Run, at: f64) -> Vec<Effect> {
    run.at = at;
    run.app.update(Msg::Tick(run.clock()))
}

fn cue(run: &Run, cue: Cue, at: f64, loudness: Loudness) -> Effect {
    let at = run.t0 + Duration::from_secs_f64(at);
    Effect::Cue(DueCue { cue, at }, loudness)
}

#[test]
fn the_first_cue_of_a_session_is_handed_over_ahead_of_its_moment() {
    let mut run = Run::with_program(STEADY, "steady.ron");
    run.app.settings.voice = false;
    run.press(Action::Confirm);
    run.press(Action::Digit(2));
    let effects = run.app.update(Msg::Action(Action::Confirm, run.clock()));
    assert_eq!(
        effects,
        [cue(&run, Cue::Pip, ahead(), Loudness::At(0.8))],
        "the session begins the look-ahead after the answer, its first pip then"
    );
    assert_eq!(next_wake(&run), Some(ahead()), "to show the clock starting");
}

#[test]
fn each_cue_is_handed_over_ahead_of_its_moment_and_only_once() {
    let mut run = steady();
    let loud = Loudness::At(0.8);
    assert_eq!(next_wake(&run), Some(0.0), "the clock starts");
    assert_eq!(
        tick(&mut run, 0.0),
        [],
        "its pip was handed over with the key"
    );
    assert_eq!(
        next_wake(&run),
        Some(1.0 - ahead()),
        "the look-ahead before the pip at 1 s"
    );
    assert_eq!(
        tick(&mut run, 1.0 - ahead()),
        [cue(&run, Cue::Pip, 1.0, loud)]
    );
    assert_eq!(next_wake(&run), Some(1.0), "then at the pip, to show it");
    assert_eq!(tick(&mut run, 1.0), [], "the pip was handed over already");
    assert_eq!(next_wake(&run), Some(2.0 - ahead()));
    tick(&mut run, 2.75);
    assert_eq!(
        tick(&mut run, 2.8),
        [],
        "a wake-up in between hands nothing twice"
    );
    let effects = tick(&mut run, 6.8);
    assert!(
        effects.contains(&cue(&run, Cue::SessionDone, 7.0, loud)),
        "a late wake-up hands over what it caught up with: {effects:?}"
    );
}

#[test]
fn a_pause_takes_back_what_was_handed_over_and_going_on_hands_it_over_again() {
    let mut run = steady();
    assert_eq!(run.wait_until(2.8), [Cue::Pip, Cue::Pip, Cue::Pip]);
    let effects = run.app.update(Msg::Action(Action::Pause, run.clock()));
    assert_eq!(effects, [Effect::Withdraw(run.clock().now)]);
    assert_eq!(run.handle(effects), []);
    assert_eq!(run.wait_until(10.0), [], "a paused session sounds nothing");
    run.press(Action::Pause);
    // The clock goes on at 10.6 s, once the sound device has opened again (`AFTER_PAUSE`); the
    // get-ready had 0.2 s left: the go comes at 10.8 s, handed over the look-ahead before.
    assert_eq!(next_wake(&run), Some(10.8 - ahead()));
    let loud = Loudness::At(0.8);
    assert_eq!(
        tick(&mut run, 10.8 - ahead()),
        [
            cue(&run, Cue::Go, 10.8, loud),
            cue(&run, Cue::Phase(PhaseKind::Move), 10.8, loud)
        ]
    );
}

#[test]
fn a_skip_or_n_hands_its_cues_over_ahead_and_what_was_handed_over_never_sounds() {
    let mut run = steady();
    run.wait_until(2.8);
    let loud = Loudness::At(0.8);
    let effects = run.app.update(Msg::Action(Action::Skip, run.clock()));
    assert_eq!(
        effects,
        [
            Effect::Withdraw(run.clock().now),
            cue(&run, Cue::Go, 2.8 + ahead(), loud),
            cue(&run, Cue::Phase(PhaseKind::Move), 2.8 + ahead(), loud)
        ],
        "the rep begins the look-ahead after the key"
    );
    run.handle(effects);
    assert_eq!(
        run.wait_until(3.7),
        [Cue::Go, Cue::Phase(PhaseKind::Move)],
        "once each: the go handed over for 3 s was taken back"
    );
    run.press(Action::NextExercise);
    let effects = run
        .app
        .update(Msg::Action(Action::NextExercise, run.clock()));
    assert!(
        effects.contains(&cue(&run, Cue::SessionDone, 3.7 + ahead(), loud)),
        "{effects:?}"
    );
    run.handle(effects);
    assert_eq!(
        run.wait_until(20.0),
        [Cue::SessionDone],
        "the end's cue a moment after the key, and nothing of the session after it"
    );
}

#[test]
fn muting_or_a_new_volume_hands_over_again_at_the_new_loudness() {
    let mut run = steady();
    run.wait_until(2.8);
    let effects = run.app.update(Msg::Action(Action::Mute, run.clock()));
    let now = run.clock().now;
    assert_eq!(
        effects,
        [
            Effect::Withdraw(now),
            cue(&run, Cue::Go, 3.0, Loudness::Muted),
            cue(&run, Cue::Phase(PhaseKind::Move), 3.0, Loudness::Muted),
        ]
    );
    let effects = run.app.update(Msg::Action(Action::Louder, run.clock()));
    assert_eq!(effects[1], Effect::Withdraw(now), "{effects:?}");
    let go = run.t0 + Duration::from_secs(3);
    assert!(
        effects.iter().any(|effect| matches!(effect,
            Effect::Cue(DueCue { cue: Cue::Go, at }, Loudness::At(volume)) if *at == go && *volume > 0.8)),
        "{effects:?}"
    );
}
