//! The safety check, version 2: two groups, the emergency group blocks, the within-days group
//! passes with a clinician's word, and the signs can be read again from help.

use super::*;
use crate::app::SignsGroup;

fn check(clear: bool, clinician: bool) -> Record {
    Record::Screening(Screening {
        at: wall0(),
        clear,
        clinician,
    })
}

fn asking(run: &Run) -> Option<SignsGroup> {
    match run.app.screen {
        Screen::SafetyCheck(SafetyCheck::Asking { group, .. }) => Some(group),
        _ => None,
    }
}

fn stopped(run: &Run) -> Option<SignsGroup> {
    match run.app.screen {
        Screen::SafetyCheck(SafetyCheck::Stop { group, .. }) => Some(group),
        _ => None,
    }
}

#[test]
fn no_to_both_groups_records_a_clear_check_and_goes_on() {
    let mut run = Run::new(Vec::new(), None);
    assert_eq!(asking(&run), Some(SignsGroup::Emergency));
    run.press(Action::No);
    assert_eq!(asking(&run), Some(SignsGroup::WithinDays));
    assert!(run.written.is_empty(), "one answer per check, at its end");
    run.press(Action::No);
    assert!(matches!(run.app.screen, Screen::Home(_)));
    assert_eq!(run.written, [check(true, false)]);
}

#[test]
fn a_sign_that_needs_emergency_care_blocks_every_session_until_a_later_check_says_no() {
    let mut run = Run::new(Vec::new(), None);
    run.press(Action::Yes);
    assert_eq!(stopped(&run), Some(SignsGroup::Emergency));
    assert_eq!(run.written, [check(false, false)]);
    // Nothing on the stop screen starts a session, not even the clinician's key.
    for action in [
        Action::Confirm,
        Action::Yes,
        Action::No,
        Action::Digit(1),
        Action::ClinicianChecked,
    ] {
        run.press(action);
        assert_eq!(stopped(&run), Some(SignsGroup::Emergency), "{action:?}");
    }
    assert_eq!(run.written.len(), 1);
    // The next run asks again, from the emergency group, and `ryg start` waits for it too.
    let again = Run::new(run.written.clone(), None);
    assert_eq!(asking(&again), Some(SignsGroup::Emergency));
    let start = Run::new(run.written.clone(), Some((0, LevelChoice::Recommended)));
    assert_eq!(asking(&start), Some(SignsGroup::Emergency));
    // A later check that answers no to both unblocks.
    let mut later = Run::new(run.written.clone(), Some((0, LevelChoice::Recommended)));
    later.at = 3600.0;
    later.press(Action::No);
    later.press(Action::No);
    assert!(matches!(later.app.screen, Screen::Pain(_)));
    // And so does taking it again from the stop screen.
    run.press(Action::CheckAgain);
    assert_eq!(asking(&run), Some(SignsGroup::Emergency));
    run.press(Action::No);
    run.press(Action::No);
    assert!(matches!(run.app.screen, Screen::Home(_)));
    assert_eq!(run.written, [check(false, false), check(true, false)]);
    run.press(Action::Quit);
    assert!(run.quit);
}

#[test]
fn a_sign_to_see_a_doctor_about_blocks_until_a_clinician_has_checked_it() {
    let mut run = Run::new(Vec::new(), Some((0, LevelChoice::Recommended)));
    run.press(Action::No);
    run.press(Action::Yes);
    assert_eq!(stopped(&run), Some(SignsGroup::WithinDays));
    assert_eq!(run.written, [check(false, false)]);
    for action in [Action::Confirm, Action::Yes, Action::No, Action::Digit(1)] {
        run.press(action);
        assert_eq!(stopped(&run), Some(SignsGroup::WithinDays), "{action:?}");
    }
    // Left here, the next run asks again.
    let again = Run::new(run.written.clone(), None);
    assert_eq!(asking(&again), Some(SignsGroup::Emergency));
    // One key: a doctor or physiotherapist has checked it and said exercise is fine.
    run.press(Action::ClinicianChecked);
    assert_eq!(run.written, [check(false, false), check(true, true)]);
    assert!(
        matches!(run.app.screen, Screen::Pain(_)),
        "the session path goes on"
    );
    // The next run within 30 days does not ask again.
    let next = Run::new(run.written.clone(), None);
    assert!(matches!(next.app.screen, Screen::Home(_)));
}

#[test]
fn the_warning_signs_open_from_help_and_change_nothing() {
    let mut run = Run::new(vec![clear_check(1)], None);
    into_session(&mut run);
    run.press(Action::Help);
    run.press(Action::WarningSigns);
    assert_eq!(
        run.app.overlay,
        Some(Overlay::WarningSigns(SignsGroup::Emergency))
    );
    assert!(
        matches!(&run.app.screen, Screen::Training(t) if t.session.is_paused()),
        "the session waits while the signs are read"
    );
    run.press(Action::Right);
    assert_eq!(
        run.app.overlay,
        Some(Overlay::WarningSigns(SignsGroup::WithinDays))
    );
    run.press(Action::Left);
    run.press(Action::Help);
    assert_eq!(run.app.overlay, None);
    assert!(matches!(&run.app.screen, Screen::Training(t) if !t.session.is_paused()));
    assert!(
        !run.written
            .iter()
            .any(|r| matches!(r, Record::Screening(_))),
        "reading the signs is not a check"
    );
    // `!` means nothing outside help.
    run.press(Action::WarningSigns);
    assert_eq!(run.app.overlay, None);
}
