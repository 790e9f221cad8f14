//! Stopping a session early: `q` asks why, pain asks the pain now, Esc and Ctrl-C save with no
//! reason.

use super::*;
use ryg_core::journal::Stopped;
use ryg_core::rules::{Reason, Zone};

/// A session of the tiny program stopped with `q` after its first rep, on the question why.
fn asked_why() -> Run {
    let mut run = Run::new(vec![clear_check(1)], None);
    into_session(&mut run);
    run.wait_until(2.5);
    run.press(Action::Quit);
    run.press(Action::Yes);
    assert!(matches!(run.app.screen, Screen::WhyStopped(_)));
    assert_eq!(run.app.keymap(), Keymap::WhyStopped);
    run
}

#[test]
fn a_stop_for_pain_asks_the_pain_now_and_records_it_as_pain_after() {
    let mut run = asked_why();
    // Pain is the first answer and chosen to begin with.
    run.press(Action::Confirm);
    let Screen::Pain(pain) = &run.app.screen else {
        panic!("{:?}", run.app.screen)
    };
    assert!(pain.rating.is_none(), "no answer chosen for the user");
    assert_eq!(run.app.keymap(), Keymap::PainAfter);
    assert!(run.sessions().is_empty());
    run.press(Action::Digit(6));
    run.press(Action::Confirm);
    let record = run.sessions()[0].clone();
    assert_eq!(record.stopped, Some(Stopped::Pain));
    assert_eq!((record.pain_before, record.pain_after), (2, Some(6)));
    assert!(!record.completed);
    let Screen::Result(outcome) = &run.app.screen else {
        panic!("{:?}", run.app.screen)
    };
    assert_eq!(outcome.zone.zone, Zone::Red, "a rise of 4 to 6 is red");
    assert_eq!(run.app.recommendation(0).level, 1);
}

#[test]
fn a_stop_for_pain_that_did_not_rise_is_amber_and_says_so() {
    let mut run = asked_why();
    run.press(Action::Digit(1));
    run.press(Action::Confirm);
    run.press(Action::Digit(3));
    run.press(Action::Confirm);
    assert_eq!(run.app.recommendation(0).reason, Reason::StoppedForPain);
}

#[test]
fn no_time_and_something_else_are_saved_at_once_with_their_reason() {
    for (keys, want) in [
        (vec![Action::Down], Stopped::Time),
        (
            vec![Action::Down, Action::Down, Action::Down],
            Stopped::Other,
        ),
        (vec![Action::Digit(3), Action::Up], Stopped::Time),
    ] {
        let mut run = asked_why();
        for key in keys {
            run.press(key);
        }
        run.press(Action::Confirm);
        assert!(matches!(run.app.screen, Screen::Home(_)));
        assert_eq!(run.app.notice, Some(Notice::SavedUnfinished));
        assert_eq!(run.sessions()[0].stopped, Some(want));
        assert_eq!(run.sessions()[0].pain_after, None);
    }
}

#[test]
fn esc_and_ctrl_c_on_the_question_save_with_no_reason() {
    let mut esc = asked_why();
    esc.press(Action::Back);
    assert!(matches!(esc.app.screen, Screen::Home(_)));
    assert_eq!(esc.sessions()[0].stopped, None);
    assert_eq!(esc.sessions()[0].reps_done, 1);
    let mut interrupted = asked_why();
    interrupted.press(Action::Interrupt);
    assert!(interrupted.quit);
    assert_eq!(interrupted.sessions()[0].stopped, None);
    assert_eq!(interrupted.sessions()[0].reps_done, 1);
    // What would be lost if the process ended on the question is the session, once.
    let waiting = asked_why();
    let unsaved = waiting
        .app
        .unsaved(waiting.clock().now, waiting.clock().wall);
    assert_eq!(unsaved.records.len(), 1);
}

#[test]
fn ctrl_c_on_the_pain_now_keeps_the_reason_given() {
    let mut run = asked_why();
    run.press(Action::Confirm);
    run.press(Action::Interrupt);
    let record = run.sessions()[0].clone();
    assert_eq!(
        (record.stopped, record.pain_after),
        (Some(Stopped::Pain), None)
    );
}
