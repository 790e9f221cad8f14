//! The voice in the model: each phrase as its step starts, `v`, and no engine.

use super::*;
use crate::app::ahead::LOOK_AHEAD;

/// Get ready 0–3; set 1: reps at 3, 5, 7; rest 9–14; set 2: reps at 14, 16, 18; over at 20.
const TILT: &str = r#"Program(id: "tilt", title: "Tilt", prepare_secs: 3, exercises: [
    Exercise(id: "tilt", name: "Tilt", purpose: "p", steps: [], levels: [
        Level(sets: 2, reps: 3, rest_secs: 5, tempo: [Phase(kind: Move, secs: 1), Phase(kind: Return, secs: 1)]),
    ]),
])"#;

/// On the home screen with the program `TILT`.
fn tilt() -> Run {
    Run::with_program(TILT, "tilt.ron")
}

fn texts(run: &Run) -> Vec<(f64, &str)> {
    run.said
        .iter()
        .map(|(at, text, _)| (*at, text.as_str()))
        .collect()
}

#[test]
fn each_phrase_is_said_as_its_step_starts_and_the_end_when_the_session_ends() {
    let mut run = tilt();
    assert_eq!(run.app.voice_ahead(), None, "nothing is made on home");
    run.press(Action::Confirm);
    let ahead = run
        .app
        .voice_ahead()
        .expect("the question before asks for the phrases");
    assert!(
        ahead.texts.contains(&"Next: Tilt.".to_string()),
        "{ahead:?}"
    );
    run.press(Action::Digit(2));
    run.press(Action::Confirm);
    assert_eq!(
        texts(&run),
        [(LOOK_AHEAD.as_secs_f64(), "Next: Tilt, 2 sets of 3.")],
        "handed over at once, for when the session's clock starts a moment later"
    );
    run.count_from_the_clock_start();
    assert_eq!(
        run.app.voice_ahead().map(|a| a.lang),
        Some(ryg_core::words::Lang::En)
    );
    // "Last one." at 7 s is handed over its look-ahead before (`ahead`), not sooner.
    run.wait_until(6.95 - LOOK_AHEAD.as_secs_f64());
    assert_eq!(run.said.len(), 1, "nothing between the moments");
    run.wait_until(25.0);
    assert_eq!(
        texts(&run)[1..],
        [
            (7.0, "Last one."),
            (9.0, "Rest, 5 seconds."),
            (14.0, "Set 2 of 2."),
            (17.0, "Halfway."),
            (18.0, "Last one."),
            (20.0, "Session done.")
        ]
    );
    assert!(
        run.said
            .iter()
            .all(|(_, _, loudness)| *loudness == Loudness::At(0.8))
    );
}

#[test]
fn a_pause_carries_the_phrases_along_and_a_quit_session_is_not_called_done() {
    let mut run = tilt();
    into_session(&mut run);
    run.wait_until(1.5);
    run.press(Action::Pause);
    run.wait_until(10.0);
    // Going on at 10 s starts the clock at 10.6 s (`AFTER_PAUSE`), with 1.5 s of the get-ready
    // left: the reps start at 12.1, 14.1 and 16.1 s.
    run.press(Action::Pause);
    run.wait_until(16.0);
    assert_eq!(texts(&run)[1..], [(16.1, "Last one.")]);
    // Skipping the rest brings the next set's phrase with the next set, a moment after the key.
    run.wait_until(20.0);
    run.press(Action::Skip);
    assert_eq!(
        texts(&run)[2..],
        [
            (18.1, "Rest, 5 seconds."),
            (20.0 + LOOK_AHEAD.as_secs_f64(), "Set 2 of 2.")
        ]
    );
    run.wait_until(21.0);
    run.press(Action::Quit);
    run.press(Action::Yes);
    run.wait_until(40.0);
    assert_eq!(run.said.len(), 4, "{:?}", run.said);
}

#[test]
fn v_switches_the_voice_off_and_on_and_keeps_the_setting() {
    let mut run = Run::new(vec![clear_check(1)], None);
    assert!(run.app.settings.voice, "on by default");
    let effects = run.app.update(Msg::Action(Action::Voice, run.clock()));
    assert_eq!(
        effects,
        [Effect::SaveSettings(Settings {
            voice: false,
            ..Settings::default()
        })]
    );
    assert!(!run.app.voice_on());
    into_session(&mut run);
    assert_eq!(run.app.voice_ahead(), None);
    run.wait_until(5.0);
    assert_eq!(run.said, [], "the tones go on without the voice");
    let mut run = tilt();
    into_session(&mut run);
    run.press(Action::Voice);
    run.wait_until(8.0);
    assert_eq!(run.said.len(), 1, "off: the last rep is not said");
    run.press(Action::Voice);
    assert!(run.app.voice_on());
    run.wait_until(10.0);
    assert_eq!(texts(&run)[1..], [(9.0, "Rest, 5 seconds.")]);
}

#[test]
fn nothing_is_made_where_nothing_can_be_heard() {
    let mut run = tilt();
    run.press(Action::Confirm);
    assert!(run.app.voice_ahead().is_some());
    run.app.update(Msg::Sound(Sound::NoDevice));
    assert_eq!(run.app.voice_ahead(), None);
    run.app.sound = Sound::NotBuilt;
    assert_eq!(run.app.voice_ahead(), None);
}

#[test]
fn muted_the_phrases_are_given_as_muted() {
    let mut run = Run::new(vec![clear_check(1)], None);
    run.press(Action::Mute);
    into_session(&mut run);
    assert_eq!(run.said[0].2, Loudness::Muted);
}

#[test]
fn without_a_speech_engine_the_voice_is_off_and_said_so_once() {
    let mut run = Run::new(vec![clear_check(1)], None);
    run.press(Action::Confirm);
    run.app.update(Msg::NoSpeechEngine);
    assert_eq!(run.app.notice, Some(Notice::NoSpeechEngine));
    assert!(!run.app.voice_on());
    assert_eq!(run.app.voice_ahead(), None);
    run.press(Action::Digit(2));
    assert_eq!(run.app.notice, None, "said once");
    run.press(Action::Confirm);
    run.wait_until(5.0);
    assert_eq!(run.said, []);
    assert!(
        run.app.settings.voice,
        "the setting stays for when an engine is there"
    );
}

#[test]
fn the_real_lengths_of_the_phrases_lay_the_session_out() {
    let mut run = tilt();
    run.press(Action::Confirm);
    // Made while the question is answered: the dose takes too long to say before "last one" at 7 s.
    let long = Duration::from_millis(6_800);
    run.app.update(Msg::PhraseLengths(vec![(
        "Next: Tilt, 2 sets of 3.".to_string(),
        long,
    )]));
    run.press(Action::Digit(2));
    run.press(Action::Confirm);
    run.count_from_the_clock_start();
    assert_eq!(texts(&run), [(0.0, "Next: Tilt.")]);
    let said = |effects: Vec<Effect>| {
        effects.into_iter().find_map(|effect| match effect {
            Effect::Say(said, _) => Some(said),
            _ => None,
        })
    };
    let mut again = tilt();
    again.press(Action::Confirm);
    again.press(Action::Digit(2));
    let first = said(
        again
            .app
            .update(Msg::Action(Action::Confirm, again.clock())),
    )
    .unwrap();
    assert_eq!(first.forms, ["Next: Tilt, 2 sets of 3.", "Next: Tilt."]);
    assert_eq!(
        first.room,
        Some(Duration::from_millis(6_700)),
        "the shell may say the long form if it ends a breath before 7 s"
    );
}
