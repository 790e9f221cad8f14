//! A course run through with the day passed in, and its dates across clock and zone changes.

use jiff::civil::{Date, date};
use jiff::tz::TimeZone;

use super::*;
use crate::journal::History;

const COURSE: &str = r#"Course(started: "2026-12-01T08:00:00Z", program: "lower-back", weekdays: [Mon, Thu], weeks: 8, goals: ["Lift my grandchild", "Sit through a film"])"#;

fn copenhagen() -> TimeZone {
    TimeZone::get("Europe/Copenhagen").unwrap()
}

fn session(day: Date, program: &str, completed: bool) -> String {
    format!(
        "Session(started: \"{day}T17:00:00Z\", finished: \"{day}T17:20:00Z\", program: \"{program}\", \
         level: 2, completed: {completed}, reps_done: 9, reps_planned: 9, pain_before: 3, pain_after: Some(3))"
    )
}

fn measure(at: &str, point: &str, pain: u8, goals: &str) -> String {
    format!(
        "Measure(at: \"{at}\", course: \"2026-12-01T08:00:00Z\", point: {point}, pain_week: {pain}, goals: {goals})"
    )
}

fn day_of(lines: &[String], today: Date) -> CourseDay {
    let text: String = lines.iter().map(|line| format!("{line}\n")).collect();
    let history = History::parse(&text);
    assert_eq!(history.skipped, []);
    latest(&history.records, today, &copenhagen()).unwrap()
}

fn words(due: &[Due]) -> Vec<String> {
    due.iter().map(|due| due.word()).collect()
}

#[test]
fn no_course_no_answer() {
    let history = History::parse(&session(date(2026, 12, 3), "lower-back", true));
    assert_eq!(
        latest(&history.records, date(2026, 12, 3), &copenhagen()),
        None
    );
}

#[test]
fn a_course_runs_through_eight_weeks_a_review_and_a_follow_up() {
    // Two sessions a week but none in week 4, made up in weeks 5 and 6: sixteen in all.
    let trained: [(i16, i8, i8); 16] = [
        (2026, 12, 3),
        (2026, 12, 7),
        (2026, 12, 10),
        (2026, 12, 14),
        (2026, 12, 17),
        (2026, 12, 21),
        (2026, 12, 29),
        (2026, 12, 31),
        (2027, 1, 4),
        (2027, 1, 5),
        (2027, 1, 7),
        (2027, 1, 11),
        (2027, 1, 14),
        (2027, 1, 18),
        (2027, 1, 21),
        (2027, 1, 25),
    ];
    let mut lines = vec![
        COURSE.to_string(),
        measure("2026-12-01T08:01:00Z", "Start", 5, "[3, 4]"),
        // Not the course's program, or not completed: not counted.
        session(date(2026, 12, 3), "gentle-start", true),
        session(date(2026, 12, 4), "lower-back", false),
    ];
    let answered = |lines: &mut Vec<String>, line: String| lines.push(line);
    let add_sessions_until = |lines: &mut Vec<String>, until: Date| {
        for &(y, m, d) in &trained {
            let day = date(y, m, d);
            let line = session(day, "lower-back", true);
            if day < until && !lines.contains(&line) {
                lines.push(line);
            }
        }
    };
    #[derive(Clone, Copy)]
    struct Step {
        today: Date,
        state: State,
        week: u32,
        done: [u32; 8],
        due_so_far: usize,
        next: Option<Date>,
        due: &'static [&'static str],
    }
    let step = |lines: &[String], want: Step| {
        let day = day_of(lines, want.today);
        let at = want.today;
        assert_eq!(day.state, want.state, "{at}");
        assert_eq!(day.week, want.week, "{at}");
        assert_eq!(day.done_by_week, want.done, "{at}");
        assert_eq!(day.sessions_due_so_far, want.due_so_far, "{at}");
        assert_eq!(day.next_session, want.next, "{at}");
        assert_eq!(words(&day.due), want.due, "{at}");
        assert_eq!(day.planned.len(), 16);
        day
    };
    let first = Step {
        today: date(2026, 12, 1),
        state: State::Running,
        week: 1,
        done: [0; 8],
        due_so_far: 0,
        next: Some(date(2026, 12, 3)),
        due: &[],
    };
    let day = step(&lines, first);
    assert_eq!(
        day.ratings.pain_week,
        Then {
            start: Some(5),
            latest: Some(5)
        }
    );
    // Thursday, before the session: it is today's, not yet due so far.
    add_sessions_until(&mut lines, date(2026, 12, 3));
    let today = date(2026, 12, 3);
    let day = step(&lines, Step { today, ..first });
    assert!(day.session_today(date(2026, 12, 3)));
    add_sessions_until(&mut lines, date(2026, 12, 8));
    let week_2 = Step {
        today: date(2026, 12, 8),
        state: State::Running,
        week: 2,
        done: [2, 0, 0, 0, 0, 0, 0, 0],
        due_so_far: 2,
        next: Some(date(2026, 12, 10)),
        due: &["check-in-1"],
    };
    step(&lines, week_2);
    answered(
        &mut lines,
        measure("2026-12-08T07:55:00Z", "Week(1)", 4, "[3, 5]"),
    );
    let day = step(&lines, Step { due: &[], ..week_2 });
    assert_eq!(
        day.ratings.pain_week,
        Then {
            start: Some(5),
            latest: Some(4)
        }
    );
    assert_eq!(
        day.ratings.goals[1].rating,
        Then {
            start: Some(4),
            latest: Some(5)
        }
    );
    // Week 4 missed; week 3's check-in was never answered and is no longer asked in week 5.
    add_sessions_until(&mut lines, date(2026, 12, 29));
    answered(
        &mut lines,
        measure("2026-12-15T07:55:00Z", "Week(2)", 4, "[4, 5]"),
    );
    step(
        &lines,
        Step {
            today: date(2026, 12, 29),
            state: State::Running,
            week: 5,
            done: [2, 2, 2, 0, 0, 0, 0, 0],
            due_so_far: 8,
            next: Some(date(2026, 12, 31)),
            due: &["check-in-4"],
        },
    );
    add_sessions_until(&mut lines, date(2027, 1, 26));
    let after = Step {
        today: date(2027, 1, 26),
        state: State::Finished,
        week: 8,
        done: [2, 2, 2, 0, 3, 3, 2, 2],
        due_so_far: 16,
        next: None,
        due: &["review"],
    };
    let day = step(&lines, after);
    assert_eq!(day.sessions_done(), 16);
    answered(
        &mut lines,
        measure("2027-01-26T08:00:00Z", "End", 3, "[6, 7]"),
    );
    step(&lines, Step { due: &[], ..after });
    let follow_up = Step {
        today: date(2027, 3, 1),
        due: &["follow-up-3"],
        ..after
    };
    let day = step(&lines, follow_up);
    assert_eq!(
        day.follow_ups[0],
        FollowUpDue {
            months: 3,
            due: date(2027, 3, 1),
            done: false
        }
    );
    assert_eq!(day.follow_ups[2].due, date(2027, 12, 1));
    answered(
        &mut lines,
        measure("2027-03-02T09:00:00Z", "Months(3)", 2, "[7, 8]"),
    );
    let day = step(
        &lines,
        Step {
            due: &[],
            ..follow_up
        },
    );
    assert!(day.follow_ups[0].done);
    assert_eq!(
        day.ratings.pain_week,
        Then {
            start: Some(5),
            latest: Some(2)
        }
    );
    // The 6-month follow-up comes in its turn.
    step(
        &lines,
        Step {
            today: date(2027, 6, 1),
            due: &["follow-up-6"],
            ..after
        },
    );
}

#[test]
fn a_stopped_course_stands_still_and_asks_nothing() {
    let lines = [
        COURSE.to_string(),
        session(date(2026, 12, 3), "lower-back", true),
        r#"CourseStopped(at: "2026-12-09T10:00:00Z", course: "2026-12-01T08:00:00Z")"#.to_string(),
        session(date(2026, 12, 10), "lower-back", true),
    ];
    let day = day_of(&lines, date(2027, 3, 1));
    assert_eq!(day.state, State::Stopped);
    assert_eq!(day.week, 2);
    assert_eq!(day.sessions_done(), 1);
    assert_eq!(day.next_session, None);
    assert_eq!(day.due, []);
    // A new course after it is the latest one.
    let mut lines = lines.to_vec();
    lines.push(COURSE.replace("2026-12-01T08:00:00Z", "2026-12-20T08:00:00Z"));
    assert_eq!(day_of(&lines, date(2026, 12, 21)).state, State::Running);
}

#[test]
fn weeks_are_calendar_weeks_across_daylight_saving_changes() {
    let zone = copenhagen();
    // Spring: started Monday 00:30 CET; the next Monday 00:10 CEST is under 7×24 hours later
    // (the night of 28 March has 23 hours) but it is week 2.
    let start = local_date("2027-03-21T23:30:00Z".parse().unwrap(), &zone);
    assert_eq!(start, date(2027, 3, 22));
    let next_monday = local_date("2027-03-28T22:10:00Z".parse().unwrap(), &zone);
    assert_eq!(week_of(start, next_monday), 2);
    // Autumn: started Monday 00:30 CEST; Sunday 23:45 CET is over 7×24 hours later (the night
    // of 25 October has 25 hours) but still week 1.
    let start = local_date("2026-10-18T22:30:00Z".parse().unwrap(), &zone);
    assert_eq!(start, date(2026, 10, 19));
    let sunday = local_date("2026-10-25T22:45:00Z".parse().unwrap(), &zone);
    assert_eq!(sunday, date(2026, 10, 25));
    assert_eq!(week_of(start, sunday), 1);
    assert_eq!(week_of(start, date(2026, 10, 26)), 2);
    assert_eq!(week_of(start, date(2026, 10, 18)), 0);
}

#[test]
fn after_a_move_to_another_zone_sessions_count_in_the_week_they_were_lived() {
    // A session on Monday 7 December at 21:00 in New York is Tuesday 8 December in Copenhagen:
    // week 2 there, but week 1 for someone who now lives in New York.
    let lines = [
        COURSE.to_string(),
        session(date(2026, 12, 3), "lower-back", true),
        session(date(2026, 12, 3), "lower-back", true)
            .replace("2026-12-03T17:00:00Z", "2026-12-08T02:00:00Z"),
    ];
    let history = History::parse(&lines.join("\n"));
    let new_york = TimeZone::get("America/New_York").unwrap();
    let there = latest(&history.records, date(2026, 12, 8), &new_york).unwrap();
    assert_eq!(there.done_by_week[..2], [2, 0]);
    assert_eq!(there.week, 2);
    let here = latest(&history.records, date(2026, 12, 8), &copenhagen()).unwrap();
    assert_eq!(here.done_by_week[..2], [1, 1]);
    // The planned days keep their weekday names in the new zone.
    assert!(there.planned.iter().all(|day| matches!(
        day.weekday(),
        jiff::civil::Weekday::Monday | jiff::civil::Weekday::Thursday
    )));
}
