//! The bad-day offer on the pain question before a session.

use super::*;
use ryg_core::journal::SessionRecord;

/// The pain question before a session of tiny at `level`, after `history`.
fn asked_before(history: Vec<Record>, level: u32) -> Run {
    let mut records = vec![clear_check(1)];
    records.extend(history);
    let run = Run::new(records, Some((0, LevelChoice::Chosen(level))));
    assert!(
        matches!(run.app.screen, Screen::Pain(_)),
        "{:?}",
        run.app.screen
    );
    run
}

fn offer(run: &Run) -> Option<Gentler> {
    let Screen::Pain(pain) = &run.app.screen else {
        return None;
    };
    run.app.gentler_offer(pain)
}

fn training_level(run: &Run) -> (u32, u8) {
    let Screen::Training(training) = &run.app.screen else {
        panic!("{:?}", run.app.screen)
    };
    (training.level, training.pain_before)
}

#[test]
fn pain_7_offers_level_1_and_g_starts_it_with_the_answer_given() {
    let mut run = asked_before(Vec::new(), 2);
    run.press(Action::Digit(6));
    assert_eq!(offer(&run), None);
    assert_eq!(run.app.keymap(), Keymap::PainBefore);
    run.press(Action::Digit(7));
    assert_eq!(
        offer(&run),
        Some(Gentler {
            program: 0,
            level: 1
        })
    );
    assert_eq!(run.app.keymap(), Keymap::PainBeforeBadDay);
    run.press(Action::Gentler);
    assert_eq!(training_level(&run), (1, 7));
}

#[test]
fn the_user_may_go_on_as_chosen() {
    let mut run = asked_before(Vec::new(), 2);
    run.press(Action::Digit(8));
    assert!(offer(&run).is_some());
    run.press(Action::Confirm);
    assert_eq!(training_level(&run), (2, 8));
}

#[test]
fn three_above_the_usual_of_the_last_14_days_is_a_bad_day_too() {
    let low = |hours_ago: i64| {
        Record::Session(SessionRecord {
            pain_before: 1,
            ..done_session(hours_ago, 2)
        })
    };
    let mut run = asked_before(vec![low(24 * 9), low(24 * 7), low(24 * 5)], 2);
    run.press(Action::Digit(3));
    assert_eq!(offer(&run), None, "2 above the usual 1");
    run.press(Action::Digit(4));
    assert!(offer(&run).is_some(), "3 above the usual 1");
    // Sessions older than 14 days do not tell the usual pain.
    let mut old = asked_before(vec![low(24 * 20), low(24 * 16)], 2);
    old.press(Action::Digit(4));
    assert_eq!(offer(&old), None);
}

#[test]
fn at_level_1_with_no_gentle_program_nothing_is_offered_and_g_does_nothing() {
    let mut run = asked_before(Vec::new(), 1);
    run.press(Action::Digit(9));
    assert_eq!(offer(&run), None);
    assert_eq!(run.app.keymap(), Keymap::PainBefore);
    run.press(Action::Gentler);
    assert!(matches!(run.app.screen, Screen::Pain(_)));
}
