//! Records dated in the future: listed, but not counted by the rules, and named once.

use super::*;

fn session_at(started: Timestamp, level: u32, pain_after: u8) -> Record {
    Record::Session(ryg_core::journal::SessionRecord {
        started,
        finished: started + SignedDuration::from_mins(3),
        pain_after: Some(pain_after),
        stopped: None,
        ..done_session(0, level)
    })
}

#[test]
fn a_session_dated_in_the_future_is_listed_but_does_not_decide_the_level() {
    let yesterday = wall0() - SignedDuration::from_hours(20);
    let future: Timestamp = "2036-03-01T08:00:00Z".parse().unwrap();
    let run = Run::new(
        vec![
            clear_check(1),
            session_at(yesterday, 2, 9),
            session_at(future, 2, 2),
        ],
        None,
    );
    // Red at level 2 yesterday: one level easier. The green one of 2036 would have kept 2.
    assert_eq!(run.app.recommendation(0).level, 1);
    assert_eq!(
        run.app.notice,
        Some(Notice::DatedInTheFuture { sessions: 1 })
    );
    assert_eq!(run.app.listed_sessions().count(), 2);
}

#[test]
fn a_few_minutes_of_clock_skew_still_count() {
    let soon = wall0() + SignedDuration::from_mins(2);
    let run = Run::new(vec![clear_check(1), session_at(soon, 2, 2)], None);
    assert_eq!(run.app.recommendation(0).level, 2);
    assert_eq!(run.app.notice, None);
}

#[test]
fn a_safety_check_dated_in_the_future_does_not_stand_for_one() {
    let future: Timestamp = "2036-03-01T08:00:00Z".parse().unwrap();
    let run = Run::new(
        vec![Record::Screening(Screening {
            at: future,
            clear: true,
            clinician: false,
        })],
        None,
    );
    assert!(
        matches!(run.app.screen, Screen::SafetyCheck(_)),
        "{:?}",
        run.app.screen
    );
    assert_eq!(
        run.app.notice,
        Some(Notice::DatedInTheFuture { sessions: 0 })
    );
}

#[test]
fn a_session_done_long_after_the_app_started_counts() {
    let mut run = Run::new(vec![clear_check(1)], None);
    run.at = 3600.0;
    into_session(&mut run);
    run.wait_until(3700.0);
    assert!(
        matches!(run.app.screen, Screen::Pain(_)),
        "{:?}",
        run.app.screen
    );
    run.press(Action::Digit(9));
    run.press(Action::Confirm);
    assert_eq!(run.sessions().len(), 1);
    assert_eq!(
        run.app.recommendation(0).latest_zone,
        Some(ryg_core::rules::Zone::Red)
    );
}

#[test]
fn a_session_dated_ahead_decides_the_level_once_the_clock_passes_it() {
    let yesterday = wall0() - SignedDuration::from_hours(20);
    let in_an_hour = wall0() + SignedDuration::from_hours(1);
    let mut run = Run::new(
        vec![
            clear_check(1),
            session_at(yesterday, 2, 9),
            session_at(in_an_hour, 2, 2),
        ],
        None,
    );
    assert_eq!(run.app.recommendation(0).level, 1, "not counted yet");
    // No record is added: only the clock moves on past the session.
    run.wait_until(2.0 * 3600.0);
    run.press(Action::Down);
    assert_eq!(
        run.app.recommendation(0).level,
        2,
        "counted once its time has come"
    );
}
