//! The rhythm home shows, with the day passed in: the strip's marks, the week's module, the
//! next day, the plan, and when it is shown at all.

use jiff::civil::{Date, date};
use jiff::tz::TimeZone;

use super::*;
use crate::course::latest;
use crate::journal::History;

/// Started on Tuesday 1 December, training on Mondays and Thursdays.
const COURSE: &str = r#"Course(started: "2026-12-01T08:00:00Z", program: "lower-back", weekdays: [Mon, Thu], weeks: 8, goals: ["Lift my grandchild"])"#;

fn session(day: Date) -> String {
    format!(
        "Session(started: \"{day}T17:00:00Z\", finished: \"{day}T17:20:00Z\", program: \"lower-back\", \
         level: 2, completed: true, reps_done: 9, reps_planned: 9, pain_before: 3, pain_after: Some(3))"
    )
}

fn learned(day: Date, module: usize, plan: Option<&str>) -> String {
    let plan = plan.map_or("None".to_string(), |plan| format!("Some(\"{plan}\")"));
    format!(
        "Learned(at: \"{day}T19:00:00Z\", module: \"{}\", plan: {plan})",
        MODULES[module - 1].id
    )
}

fn rhythm_on(lines: &[String], today: Date) -> Option<Rhythm> {
    let text: String = lines.iter().map(|line| format!("{line}\n")).collect();
    let history = History::parse(&text);
    assert_eq!(history.skipped, []);
    let zone = TimeZone::get("Europe/Copenhagen").unwrap();
    let day = latest(&history.records, today, &zone).unwrap();
    rhythm(&day, &history.records, today, &zone)
}

fn weeks_on(lines: &[String], today: Date) -> Weeks {
    rhythm_on(lines, today).unwrap().weeks.unwrap()
}

fn mark(done: u32, current: bool) -> WeekMark {
    WeekMark { done, current }
}

#[test]
fn a_week_is_two_marks_more_than_two_gets_a_plus_and_the_current_one_is_in_brackets() {
    let texts: Vec<String> = [
        mark(0, false),
        mark(1, false),
        mark(2, false),
        mark(3, false),
    ]
    .map(WeekMark::text)
    .into();
    assert_eq!(texts, ["○○", "●○", "●●", "●●+"]);
    assert_eq!(mark(4, true).text(), "[●●+]");
    let strip = [
        mark(2, false),
        mark(1, false),
        mark(1, true),
        mark(0, false),
    ];
    assert_eq!(strip_text(&strip), "●● ●○ [●○] ○○");
}

#[test]
fn week_n_offers_module_n_unless_it_was_read_before_the_week_began() {
    let none = |_: &str| false;
    assert_eq!(
        (1..=8)
            .map(|week| module_of_week(week, none))
            .collect::<Vec<_>>(),
        (0..8).collect::<Vec<_>>()
    );
    // Read ahead: module 3 and module 1 were read, so week 3 offers module 2, the first unread.
    let read = |id: &str| id == MODULES[2].id || id == MODULES[0].id;
    assert_eq!(module_of_week(3, read), 1);
    assert_eq!(module_of_week(4, read), 3);
    // Everything read: the week's own again; module 9 comes once 1–8 are read.
    assert_eq!(module_of_week(5, |_| true), 4);
    assert_eq!(module_of_week(2, |id| id != MODULES[8].id), 8);
    // A week past the ninth stays on the last module.
    assert_eq!(module_of_week(12, none), 8);
    assert_eq!(module_of_week(0, none), 0);
}

#[test]
fn week_three_with_a_session_done_shows_its_strip_next_day_module_and_plan() {
    let lines = [
        COURSE.to_string(),
        session(date(2026, 12, 3)),
        session(date(2026, 12, 10)),
        session(date(2026, 12, 14)),
        session(date(2026, 12, 15)),
        learned(date(2026, 12, 9), 2, Some("an old plan")),
        learned(date(2026, 12, 15), 3, Some("Walk to work")),
        learned(date(2026, 12, 16), 6, None),
    ];
    // Wednesday 16 December: week 3 (15–21 December), with one session done on Tuesday.
    let weeks = weeks_on(&lines, date(2026, 12, 16));
    assert_eq!((weeks.week, weeks.weeks, weeks.over), (3, 8, false));
    assert_eq!(strip_text(&weeks.strip), "●○ ●● [●○] ○○ ○○ ○○ ○○ ○○");
    assert_eq!(weeks.next, Some(date(2026, 12, 17)));
    assert_eq!(
        weeks.module,
        Some(WeekModule {
            index: 2,
            read: true
        })
    );
    // The latest plan of this week, not the one of week 2 nor a later record without one.
    assert_eq!(weeks.plan.as_deref(), Some("Walk to work"));
}

#[test]
fn a_module_read_before_the_week_is_not_offered_again_and_an_unread_one_is_not_marked() {
    let lines = [COURSE.to_string(), learned(date(2026, 12, 2), 2, None)];
    // Week 2 (8–14 December): module 2 was read in week 1, so module 1 is offered.
    let weeks = weeks_on(&lines, date(2026, 12, 9));
    assert_eq!(
        weeks.module,
        Some(WeekModule {
            index: 0,
            read: false
        })
    );
    assert_eq!(weeks.plan, None);
}

#[test]
fn once_todays_session_is_done_the_next_day_is_the_following_planned_one() {
    let lines = [COURSE.to_string(), session(date(2026, 12, 17))];
    let thursday = date(2026, 12, 17);
    assert_eq!(weeks_on(&lines[..1], thursday).next, Some(thursday));
    assert_eq!(weeks_on(&lines, thursday).next, Some(date(2026, 12, 21)));
}

#[test]
fn after_the_weeks_the_strip_stays_until_the_review_then_only_a_follow_up_is_shown() {
    let mut lines = vec![COURSE.to_string(), session(date(2026, 12, 3))];
    // 27 January is in week 9: the weeks are over, the review is due.
    let rhythm = rhythm_on(&lines, date(2027, 1, 27)).unwrap();
    assert_eq!(rhythm.due, [Due::Review]);
    let weeks = rhythm.weeks.unwrap();
    assert_eq!((weeks.week, weeks.over, weeks.next), (8, true, None));
    assert_eq!((weeks.module, weeks.plan), (None, None));
    assert_eq!(strip_text(&weeks.strip), "●○ ○○ ○○ ○○ ○○ ○○ ○○ ○○");
    lines.push(
        r#"Measure(at: "2027-01-27T09:00:00Z", course: "2026-12-01T08:00:00Z", point: End, pain_week: 3, goals: [6])"#
            .to_string(),
    );
    assert_eq!(rhythm_on(&lines, date(2027, 1, 28)), None);
    let follow_up = rhythm_on(&lines, date(2027, 3, 2)).unwrap();
    assert_eq!(
        (follow_up.weeks, follow_up.due),
        (None, vec![Due::FollowUp(3)])
    );
}

#[test]
fn a_stopped_course_shows_nothing() {
    let lines = [
        COURSE.to_string(),
        r#"CourseStopped(at: "2026-12-09T08:00:00Z", course: "2026-12-01T08:00:00Z")"#.to_string(),
    ];
    assert_eq!(rhythm_on(&lines, date(2026, 12, 10)), None);
}

#[test]
fn week_start_counts_whole_weeks_from_the_start() {
    assert_eq!(week_start(date(2026, 12, 1), 1), date(2026, 12, 1));
    assert_eq!(week_start(date(2026, 12, 1), 3), date(2026, 12, 15));
}
