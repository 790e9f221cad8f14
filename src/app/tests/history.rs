//! The history screen's keys, and answering a morning question late from it.

use super::*;

fn session(program: &str, hours_ago: i64, level: u32) -> Record {
    Record::Session(ryg_core::journal::SessionRecord {
        program: program.into(),
        ..done_session(hours_ago, level)
    })
}

fn view(run: &Run) -> HistoryView {
    match &run.app.screen {
        Screen::History(view) => *view,
        other => panic!("not the history screen: {other:?}"),
    }
}

fn listed(run: &Run) -> Vec<(String, Timestamp)> {
    run.app
        .history_rows(&view(run))
        .iter()
        .map(|row| (row.session.program.clone(), row.session.started))
        .collect()
}

#[test]
fn h_opens_the_history_and_esc_goes_back_to_home_as_it_was() {
    let mut run = Run::new(yesterday_session(), None);
    run.press(Action::Left);
    run.press(Action::OpenHistory);
    assert_eq!(view(&run).mode, HistoryMode::List);
    assert_eq!(run.app.keymap(), crate::keys::Keymap::History);
    run.press(Action::Back);
    let Screen::Home(home) = &run.app.screen else {
        panic!("back home")
    };
    assert_eq!(
        home.level,
        LevelChoice::Chosen(1),
        "the level chosen before is kept"
    );
    assert!(run.written.is_empty(), "looking writes nothing");
}

/// The history screen over two sessions of "tiny" around one of "gone", a program whose file
/// was removed: its sessions are still listed, under its id.
fn history_with_a_removed_program() -> Run {
    let records = vec![
        clear_check(1),
        session("tiny", 100, 1),
        session("gone", 90, 3),
        session("tiny", 50, 1),
    ];
    let mut run = Run::new(records, None);
    run.press(Action::OpenHistory);
    run
}

#[test]
fn sessions_are_listed_newest_first_and_filtered_by_program() {
    let mut run = history_with_a_removed_program();
    assert_eq!(run.app.history_programs(), ["tiny", "gone"]);
    let hours = |run: &Run| -> Vec<i64> {
        listed(run)
            .iter()
            .map(|(_, at)| wall0().duration_since(*at).as_hours())
            .collect()
    };
    assert_eq!(hours(&run), [50, 90, 100]);
    run.press(Action::Right);
    assert_eq!(run.app.filtered_program(&view(&run)), Some("tiny"));
    assert_eq!(hours(&run), [50, 100]);
    run.press(Action::Right);
    assert_eq!(hours(&run), [90]);
    assert_eq!(run.app.program_name("gone"), "gone");
    assert_eq!(run.app.program_name("tiny"), "Tiny");
    run.press(Action::Right);
    assert_eq!(hours(&run), [50, 90, 100], "round to every program again");
    run.press(Action::Left);
    assert_eq!(hours(&run), [90], "and back the other way");
}

#[test]
fn the_chosen_row_stays_within_the_list() {
    let mut records = vec![clear_check(1)];
    records.extend((0..25).map(|n| session("tiny", 1000 - 24 * n, 1)));
    let mut run = Run::new(records, None);
    run.press(Action::OpenHistory);
    let selected = |run: &Run| view(run).selected;
    run.press(Action::Up);
    assert_eq!(selected(&run), 0);
    run.press(Action::PageDown);
    assert_eq!(selected(&run), PAGE);
    run.press(Action::Down);
    assert_eq!(selected(&run), PAGE + 1);
    run.press(Action::PageDown);
    run.press(Action::PageDown);
    assert_eq!(selected(&run), 24, "the oldest, not past it");
    run.press(Action::Newest);
    assert_eq!(selected(&run), 0);
    run.press(Action::Oldest);
    assert_eq!(selected(&run), 24);
    run.press(Action::Right);
    assert_eq!(selected(&run), 0, "a new filter starts at the newest");
}

#[test]
fn enter_shows_a_session_in_full_and_esc_goes_back_to_the_list() {
    let mut run = Run::new(yesterday_session(), None);
    run.press(Action::OpenHistory);
    run.press(Action::SwitchPeriod);
    assert_eq!(view(&run).period, Period::AllTime);
    run.press(Action::Confirm);
    assert_eq!(view(&run).mode, HistoryMode::Detail);
    assert_eq!(run.app.keymap(), crate::keys::Keymap::HistoryDetail);
    run.press(Action::Back);
    assert_eq!(view(&run).mode, HistoryMode::List);
    assert_eq!(view(&run).period, Period::AllTime, "the period is kept");
    run.press(Action::Back);
    assert!(matches!(run.app.screen, Screen::Home(_)));
}

#[test]
fn an_empty_history_only_goes_back() {
    let mut run = Run::new(vec![clear_check(1)], None);
    run.press(Action::OpenHistory);
    assert_eq!(run.app.keymap(), crate::keys::Keymap::HistoryEmpty);
    run.press(Action::Confirm);
    run.press(Action::AnswerMorning);
    assert_eq!(view(&run).mode, HistoryMode::List);
    run.press(Action::Back);
    assert!(matches!(run.app.screen, Screen::Home(_)));
}

#[test]
fn the_morning_is_answered_late_from_the_history_and_the_level_updates_at_once() {
    let mut run = Run::new(yesterday_session(), None);
    assert_eq!(run.app.recommendation(0).level, 2);
    run.press(Action::OpenHistory);
    let due = run
        .app
        .morning_due(&run.app.history_rows(&view(&run)), run.clock().wall);
    assert_eq!(due.map(|s| s.level), Some(2));
    run.press(Action::AnswerMorning);
    let Screen::MorningAnswer(question) = &run.app.screen else {
        panic!("the morning question")
    };
    assert!(matches!(question.then, Route::History(_)));
    run.press(Action::Down);
    run.press(Action::Confirm);
    let started = wall0() - SignedDuration::from_hours(20);
    assert_eq!(
        run.written,
        [Record::FollowUp(FollowUpRecord {
            session: started,
            morning: Morning::Worse
        })]
    );
    assert_eq!(view(&run).mode, HistoryMode::List, "back on the list");
    assert_eq!(run.app.notice, Some(Notice::NextLevel(0)));
    assert_eq!(
        run.app.recommendation(0).level,
        1,
        "worse next morning: one easier"
    );
    assert_eq!(
        run.app.history_rows(&view(&run))[0].morning,
        Some(Morning::Worse)
    );
    assert_eq!(
        run.app
            .morning_due(&run.app.history_rows(&view(&run)), run.clock().wall),
        None,
        "answered once"
    );
    // On home, the morning is not asked again: the session goes straight to the pain question.
    run.press(Action::Back);
    run.press(Action::Confirm);
    assert!(matches!(
        run.app.screen,
        Screen::Pain(Pain {
            moment: PainMoment::Before { level: 1, .. },
            ..
        })
    ));
}

#[test]
fn leaving_the_late_morning_question_writes_nothing() {
    let mut run = Run::new(yesterday_session(), None);
    run.press(Action::OpenHistory);
    run.press(Action::AnswerMorning);
    run.press(Action::Back);
    assert_eq!(
        view(&run).mode,
        HistoryMode::List,
        "Esc goes back to the history"
    );
    run.press(Action::AnswerMorning);
    run.press(Action::Digit(4));
    run.press(Action::Confirm);
    assert!(run.written.is_empty(), "skip writes nothing");
    assert_eq!(view(&run).mode, HistoryMode::List);
    assert_eq!(run.app.notice, None);
}

#[test]
fn only_a_morning_that_has_come_can_be_told() {
    let mut run = Run::new(vec![clear_check(1), session("tiny", 2, 1)], None);
    run.press(Action::OpenHistory);
    run.press(Action::AnswerMorning);
    assert!(
        matches!(run.app.screen, Screen::History(_)),
        "today's session has no morning yet"
    );
    // An older session without an answer is not the latest, so it is not asked about.
    let mut older = Run::new(
        vec![
            clear_check(1),
            session("tiny", 50, 1),
            session("tiny", 2, 1),
        ],
        None,
    );
    older.press(Action::OpenHistory);
    older.press(Action::AnswerMorning);
    assert!(matches!(older.app.screen, Screen::History(_)));
}

#[test]
fn the_morning_due_may_be_another_programs_when_the_newest_session_is_todays() {
    let records = vec![
        clear_check(1),
        session("gone", 30, 2),
        session("tiny", 50, 1),
        session("tiny", 2, 1),
    ];
    let mut run = Run::new(records, None);
    run.press(Action::OpenHistory);
    let rows = run.app.history_rows(&view(&run));
    let due = run.app.morning_due(&rows, run.clock().wall);
    assert_eq!(due.map(|s| s.program.as_str()), Some("gone"));
    // Filtered to tiny, whose latest session is today's, nothing is due.
    run.press(Action::Right);
    let rows = run.app.history_rows(&view(&run));
    assert_eq!(run.app.morning_due(&rows, run.clock().wall), None);
}

#[test]
fn a_late_answer_about_a_program_no_longer_found_is_written_without_a_level() {
    let mut run = Run::new(vec![clear_check(1), session("gone", 30, 2)], None);
    run.press(Action::OpenHistory);
    run.press(Action::AnswerMorning);
    run.press(Action::Up);
    run.press(Action::Confirm);
    assert_eq!(
        run.written,
        [Record::FollowUp(FollowUpRecord {
            session: wall0() - SignedDuration::from_hours(30),
            morning: Morning::Better
        })]
    );
    assert_eq!(
        run.app.notice, None,
        "no level to tell for a program that is gone"
    );
    assert_eq!(view(&run).mode, HistoryMode::List);
}

#[test]
fn home_asks_about_the_morning_only_of_the_latest_unanswered_session() {
    let answered = |hours: i64, morning| {
        Record::FollowUp(FollowUpRecord {
            session: wall0() - SignedDuration::from_hours(hours),
            morning,
        })
    };
    let due = |records: Vec<Record>| {
        let run = Run::new(records, None);
        run.app
            .morning_question_due(0, run.clock().wall)
            .map(|session| wall0().duration_since(session.started).as_hours())
    };
    let answered_latest = vec![
        clear_check(1),
        session("tiny", 50, 1),
        answered(50, Morning::Same),
    ];
    assert_eq!(due(answered_latest), None);
    let open_latest = vec![
        clear_check(1),
        session("tiny", 50, 1),
        answered(50, Morning::Same),
        session("tiny", 30, 1),
    ];
    assert_eq!(due(open_latest), Some(30));
    // An older session without an answer is not asked about once a newer one exists.
    let open_older = vec![
        clear_check(1),
        session("tiny", 50, 1),
        session("tiny", 30, 1),
        answered(30, Morning::Better),
    ];
    assert_eq!(due(open_older), None);
    // Another program's session is not this program's.
    assert_eq!(due(vec![clear_check(1), session("gone", 30, 1)]), None);
    // Asked until 3 days after the session's day, and not after.
    assert_eq!(due(vec![clear_check(1), session("tiny", 72, 1)]), Some(72));
    assert_eq!(due(vec![clear_check(1), session("tiny", 96, 1)]), None);
}

#[test]
fn the_history_figures_follow_the_view_and_each_new_record() {
    let mut run = history_with_a_removed_program();
    let figures = |run: &Run| run.app.history_figures(&view(run)).cloned().unwrap();
    let all = figures(&run);
    assert_eq!(all.counts.total_minutes, 9);
    // The newest session is chosen, so the chart is of its program.
    assert_eq!(all.chart.map(|chart| chart.program), Some("tiny".into()));
    run.press(Action::Right);
    run.press(Action::Right);
    let gone = figures(&run);
    assert_eq!(gone.counts.total_minutes, 3);
    let chart = gone.chart.unwrap();
    assert_eq!((chart.program.as_str(), chart.levels), ("gone", 3));
    // A morning answered from here is in the figures at once.
    run.press(Action::Left);
    assert!(figures(&run).morning_due.is_some());
    run.press(Action::AnswerMorning);
    run.press(Action::Confirm);
    assert_eq!(figures(&run).morning_due, None);
}
