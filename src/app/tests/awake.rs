//! The computer kept awake while a session runs, and only then.

use super::*;

#[test]
fn the_computer_is_kept_awake_while_a_session_runs_and_not_paused_or_after() {
    let mut run = Run::new(vec![clear_check(1)], None);
    assert!(!run.app.wants_awake(), "home");
    run.press(Action::Confirm);
    assert!(!run.app.wants_awake(), "the question before");
    run.press(Action::Digit(2));
    run.press(Action::Confirm);
    assert!(run.app.wants_awake());
    run.press(Action::Pause);
    assert!(!run.app.wants_awake(), "paused");
    run.press(Action::Pause);
    assert!(run.app.wants_awake());
    run.press(Action::Help);
    assert!(!run.app.wants_awake(), "help pauses the session");
    run.press(Action::Help);
    run.press(Action::Suspend);
    assert!(!run.app.wants_awake(), "Ctrl-Z pauses the session");
    run.press(Action::Pause);
    run.wait_until(60.0);
    assert!(!run.app.wants_awake(), "over: the question after");
}
