//! The short notices: what a key that can do nothing now says instead, and that a notice said
//! once is gone with the next key.

use super::*;

fn history_session(hours_ago: i64, answered: Option<Morning>) -> Vec<Record> {
    let session = done_session(hours_ago, 1);
    let started = session.started;
    let mut records = vec![Record::Session(session)];
    if let Some(morning) = answered {
        records.push(Record::FollowUp(FollowUpRecord {
            session: started,
            morning,
        }));
    }
    records
}

#[test]
fn a_in_the_history_answers_for_the_selected_session_or_says_why_not() {
    let mut records = vec![clear_check(1)];
    records.extend(history_session(50, None));
    records.extend(history_session(30, Some(Morning::Same)));
    let mut run = Run::new(records.clone(), None);
    run.press(Action::OpenHistory);
    run.press(Action::AnswerMorning);
    assert!(matches!(run.app.screen, Screen::History(_)));
    assert_eq!(
        run.app.notice,
        Some(Notice::NoMorningToTell(MorningWhy::AlreadyAnswered))
    );
    run.press(Action::Down);
    assert_eq!(run.app.notice, None, "said once");
    run.press(Action::AnswerMorning);
    assert_eq!(
        run.app.notice,
        Some(Notice::NoMorningToTell(MorningWhy::NotTheLatest))
    );
    // Today's session: its morning has not come.
    let mut today = vec![clear_check(1)];
    today.extend(history_session(2, None));
    let mut run = Run::new(today, None);
    run.press(Action::OpenHistory);
    run.press(Action::AnswerMorning);
    assert_eq!(
        run.app.notice,
        Some(Notice::NoMorningToTell(MorningWhy::NotYet))
    );
    // Nothing at all.
    let mut empty = Run::new(vec![clear_check(1)], None);
    empty.press(Action::OpenHistory);
    empty.press(Action::AnswerMorning);
    assert_eq!(
        empty.app.notice,
        Some(Notice::NoMorningToTell(MorningWhy::NoSessions))
    );
    // The selected session is the one asked about, even when a newer one can be answered too.
    let mut two = vec![clear_check(1)];
    two.extend(history_session(30, None));
    two.push(history_session(28, None).remove(0));
    if let Some(Record::Session(other)) = two.last_mut() {
        other.program = "gone".into();
    }
    let mut run = Run::new(two, None);
    run.press(Action::OpenHistory);
    run.press(Action::Down);
    run.press(Action::AnswerMorning);
    let Screen::MorningAnswer(question) = &run.app.screen else {
        panic!("the morning question: {:?}", run.app.notice)
    };
    assert_eq!(question.session, wall0() - SignedDuration::from_hours(30));
}

#[test]
fn s_during_a_rep_and_a_level_the_program_lacks_say_why_nothing_happens() {
    let mut run = Run::new(vec![clear_check(1)], None);
    run.press(Action::Digit(9));
    assert_eq!(run.app.notice, Some(Notice::NoSuchLevel(0)));
    into_session(&mut run);
    run.wait_until(1.5);
    run.press(Action::Skip);
    assert_eq!(run.app.notice, Some(Notice::SkipsOnlyCountdowns));
    run.press(Action::Pause);
    assert_eq!(run.app.notice, None);
}

/// A session of the tiny program, `secs` seconds in.
fn session_at(secs: f64) -> Run {
    let mut run = Run::new(vec![clear_check(1)], None);
    into_session(&mut run);
    run.wait_until(secs);
    run
}

#[test]
fn a_notice_said_once_does_not_follow_to_the_history() {
    let mut run = session_at(2.5);
    run.press(Action::Quit);
    run.press(Action::Yes);
    run.press(Action::Digit(3));
    run.press(Action::Confirm);
    assert_eq!(run.app.notice, Some(Notice::SavedUnfinished));
    run.press(Action::OpenHistory);
    assert_eq!(run.app.notice, None);
}

#[test]
fn ctrl_c_leaves_the_same_words_the_screen_gives() {
    // Mid-session, at the pain question after it, and before the first rep.
    for (secs, said) in [
        (2.5, Notice::SavedUnfinished),
        (10.0, Notice::SavedWithoutPainAfter),
        (0.0, Notice::EndedWithoutReps),
    ] {
        let mut run = session_at(secs);
        run.press(Action::Interrupt);
        assert_eq!(run.app.farewell(), Some(said), "{secs} s in");
    }
    let mut home = Run::new(vec![clear_check(1)], None);
    home.press(Action::Interrupt);
    assert_eq!(home.app.farewell(), None, "nothing was at risk");
    // A session that could not be written is not said to be saved.
    let mut failed = session_at(2.5);
    let effects = failed
        .app
        .update(Msg::Action(Action::Interrupt, failed.clock()));
    for effect in effects {
        if let Effect::Append(record) = effect {
            failed.app.update(Msg::WriteFailed {
                record,
                why: "disk full".into(),
            });
        }
    }
    assert_eq!(failed.app.farewell(), None);
}

/// A sound file of the user's found unusable when a session first wants sound is named then,
/// and stays, as a file problem found at start does; it does not push aside a
/// notice that stays until what it reports is over.
#[test]
fn a_sound_file_found_unusable_later_is_named_unless_a_lasting_notice_is_shown() {
    let mut run = Run::new(vec![clear_check(1)], None);
    run.app
        .update(Msg::SoundFileNotUsed("go.wav: it holds no sound".into()));
    assert_eq!(
        run.app.notice,
        Some(Notice::FileNotUsed("go.wav: it holds no sound".into()))
    );
    run.app.notice = Some(Notice::HistoryUnreadable("the disk is gone".into()));
    run.app
        .update(Msg::SoundFileNotUsed("pip.wav: it holds no sound".into()));
    assert_eq!(
        run.app.notice,
        Some(Notice::HistoryUnreadable("the disk is gone".into()))
    );
    run.app.notice = Some(Notice::LevelUpdated);
    run.app
        .update(Msg::SoundFileNotUsed("pip.wav: it holds no sound".into()));
    assert_eq!(
        run.app.notice,
        Some(Notice::FileNotUsed("pip.wav: it holds no sound".into()))
    );
}
