//! The history screen: empty, a few sessions, many, filtered, one session in full; at 80×24, the
//! minimum size and larger.

use super::*;
use ryg_core::journal::{FollowUp, Morning};
use ryg_core::session::SessionLength;

/// A session of a built-in program, as long as its level's plan says.
fn session(
    day: &str,
    program: &str,
    level: u32,
    pain: (u8, Option<u8>),
    finished_all: bool,
) -> SessionRecord {
    let started: Timestamp = format!("{day}T17:30:00Z").parse().unwrap();
    let plan = built_in()
        .into_iter()
        .find(|loaded| loaded.program.as_ref().is_some_and(|p| p.id == program))
        .and_then(|loaded| loaded.program)
        .unwrap();
    let length = SessionLength::of(&plan, level).unwrap();
    let (reps_done, secs) = if finished_all {
        (length.reps_planned, length.total_whole_secs())
    } else {
        (length.reps_planned / 2, length.total_whole_secs() / 2)
    };
    SessionRecord {
        started,
        finished: started + SignedDuration::from_secs(secs as i64),
        program: program.into(),
        level,
        completed: finished_all,
        reps_done,
        reps_planned: length.reps_planned,
        pain_before: pain.0,
        pain_after: pain.1,
        stopped: None,
    }
}

/// Seven weeks of training twice a week up to yesterday evening: lower-back from level 1 up to
/// 4, with a red session that stepped it down and one left unfinished; gentle-start at the
/// beginning. Every morning is answered but the last.
pub(super) fn weeks_of_training() -> Vec<Record> {
    use Morning::*;
    let lower_back = [
        ("2026-10-05", 1, (3, Some(3)), true, Some(Same)),
        ("2026-10-08", 1, (3, Some(2)), true, Some(Better)),
        ("2026-10-12", 2, (3, Some(3)), true, Some(Same)),
        ("2026-10-15", 2, (2, Some(3)), true, Some(Same)),
        ("2026-10-19", 3, (3, Some(5)), true, Some(Same)),
        ("2026-10-22", 3, (3, Some(6)), true, Some(Worse)),
        ("2026-10-26", 2, (4, Some(4)), true, Some(Same)),
        ("2026-10-29", 2, (3, Some(3)), true, Some(Better)),
        ("2026-11-02", 3, (3, Some(3)), false, Some(Same)),
        ("2026-11-05", 3, (2, Some(3)), true, Some(Same)),
        ("2026-11-09", 3, (2, Some(2)), true, Some(Better)),
        ("2026-11-12", 4, (2, Some(3)), true, Some(Same)),
        ("2026-11-16", 4, (2, Some(2)), true, Some(Same)),
        ("2026-11-19", 4, (2, Some(2)), true, None),
    ];
    let mut records = vec![
        Record::Screening(Screening {
            at: "2026-09-30T17:00:00Z".parse().unwrap(),
            clear: true,
            clinician: false,
        }),
        Record::Screening(Screening {
            at: "2026-10-30T17:00:00Z".parse().unwrap(),
            clear: true,
            clinician: false,
        }),
        session("2026-10-01", "gentle-start", 1, (5, Some(4)), true).into(),
        session("2026-10-03", "gentle-start", 1, (4, Some(4)), true).into(),
    ];
    for (day, level, pain, finished_all, morning) in lower_back {
        let session = session(day, "lower-back", level, pain, finished_all);
        let started = session.started;
        records.push(session.into());
        if let Some(morning) = morning {
            records.push(Record::FollowUp(FollowUp {
                session: started,
                morning,
            }));
        }
    }
    records
}

fn history(lang: Lang, records: Vec<Record>) -> Scene {
    let mut all = vec![Record::Screening(Screening {
        at: wall0() - SignedDuration::from_hours(24),
        clear: true,
        clinician: false,
    })];
    all.extend(records);
    let mut scene = Scene::new(lang, all);
    scene.press(&[Action::OpenHistory]);
    scene
}

/// `count` sessions of lower-back, one every 3½ days up to yesterday.
fn many(count: i64) -> Vec<Record> {
    (0..count)
        .map(|n| {
            let started = wall0() - SignedDuration::from_hours(84 * (count - n) - 60);
            let mut record = session(
                "2026-11-19",
                "lower-back",
                1 + (n as u32 / 8) % 4,
                (2, Some(2 + (n % 3) as u8)),
                n % 7 != 3,
            );
            record.finished = started + record.finished.duration_since(record.started);
            record.started = started;
            Record::Session(record)
        })
        .collect()
}

#[test]
fn an_empty_history_says_what_to_do_first() {
    let scene = history(Lang::En, Vec::new());
    assert_snapshot!("history_empty_80x24", scene.draw(80, 24));
    assert_snapshot!("history_empty_60x20", scene.draw(60, 20));
    assert_snapshot!(
        "history_empty_da_80x24",
        history(Lang::Da, Vec::new()).draw(80, 24)
    );
}

#[test]
fn a_few_sessions() {
    let few: Vec<Record> = weeks_of_training().into_iter().take(5).collect();
    let scene = history(Lang::En, few);
    assert_snapshot!("history_few_80x24", scene.draw(80, 24));
}

#[test]
fn weeks_of_training_show_their_trend() {
    // The chart: pain after by zone over pain before, the level under it, the weeks' dates.
    in_both_sizes!("history_weeks", |lang| history(lang, weeks_of_training()));
    let scene = history(Lang::En, weeks_of_training());
    assert_snapshot!("history_weeks_120x40", scene.draw(120, 40));
    assert_snapshot!(
        "history_weeks_nb_80x24",
        history(Lang::Nb, weeks_of_training()).draw(80, 24)
    );
}

#[test]
fn many_sessions_scroll_and_widen_to_all_time() {
    let mut scene = history(Lang::En, many(300));
    scene.press(&[Action::PageDown, Action::PageDown, Action::Down]);
    assert_snapshot!("history_many_scrolled_80x24", scene.draw(80, 24));
    scene.press(&[Action::SwitchPeriod, Action::Oldest]);
    assert_snapshot!("history_many_all_time_120x40", scene.draw(120, 40));
}

#[test]
fn filtered_by_program() {
    let mut scene = history(Lang::En, weeks_of_training());
    scene.press(&[Action::Right, Action::Right]);
    assert_snapshot!("history_filtered_80x24", scene.draw(80, 24));
    scene.press(&[Action::SwitchPeriod]);
    assert_snapshot!("history_filtered_all_time_120x40", scene.draw(120, 40));
}

#[test]
fn the_detail_of_a_session_says_why_its_zone_is_what_it_is() {
    let mut scene = history(Lang::En, weeks_of_training());
    // The red session: pain 3 → 6, and a worse morning.
    scene.press(&[Action::PageDown, Action::Up, Action::Up, Action::Confirm]);
    assert_snapshot!("history_detail_red_80x24", scene.draw(80, 24));
    assert_snapshot!("history_detail_red_60x20", scene.draw(60, 20));
    scene.press(&[Action::Oldest]);
    assert_snapshot!("history_detail_120x40", scene.draw(120, 40));
    let mut danish = history(Lang::Da, weeks_of_training());
    danish.press(&[
        Action::Down,
        Action::Down,
        Action::Down,
        Action::Down,
        Action::Down,
        Action::Confirm,
    ]);
    assert_snapshot!("history_detail_unfinished_da_80x24", danish.draw(80, 24));
}

#[test]
fn unreadable_lines_are_named_and_every_readable_session_is_listed() {
    let mut text = String::new();
    for (index, record) in weeks_of_training().iter().enumerate() {
        text.push_str(&record.to_line().unwrap());
        text.push('\n');
        if index == 3 || index == 9 {
            text.push_str("Session(started: \"yesterday\")\n");
        }
    }
    let read = History::parse(&text);
    assert_eq!(
        read.skipped.iter().map(|s| s.line).collect::<Vec<_>>(),
        [5, 12]
    );
    let mut scene = Scene::with_history(Lang::En, read);
    scene.press(&[Action::OpenHistory]);
    let screen = scene.draw(120, 40);
    assert!(
        screen.contains("Lines 5, 12 of history.ron are unreadable"),
        "{screen}"
    );
    assert!(screen.contains("session 1 of 16"), "{screen}");
    assert_snapshot!("history_skipped_lines_120x40", screen);
}

#[test]
fn a_late_worse_morning_gives_the_new_level_and_the_advice_at_once() {
    let mut scene = history(Lang::En, weeks_of_training());
    scene.press(&[Action::AnswerMorning]);
    assert_snapshot!("history_morning_question_80x24", scene.draw(80, 24));
    scene.press(&[Action::Down, Action::Confirm]);
    let screen = scene.draw(80, 24);
    assert!(
        screen.contains("Saved. Lower back basics: next session at level 3"),
        "{screen}"
    );
    assert!(
        screen.contains("Pain that rises and then settles"),
        "{screen}"
    );
    assert_snapshot!("history_answered_worse_80x24", screen);
}

#[test]
fn no_size_and_no_program_id_breaks_the_screen() {
    let mut records = weeks_of_training();
    let mut long = session("2026-11-18", "lower-back", 1, (2, Some(2)), true);
    long.program = "x".repeat(65_530);
    records.push(long.into());
    let mut scene = history(Lang::En, records);
    for mode in [&[][..], &[Action::Confirm][..]] {
        scene.press(mode);
        for (width, height) in [
            (0, 0),
            (1, 1),
            (20, 5),
            (59, 19),
            (60, 20),
            (61, 30),
            (200, 60),
        ] {
            let area = ratatui::layout::Rect::new(0, 0, width, height);
            let mut buffer = ratatui::buffer::Buffer::empty(area);
            ratatui::widgets::Widget::render(&scene.app, area, &mut buffer);
        }
    }
}
