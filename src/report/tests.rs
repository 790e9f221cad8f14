//! The report's model from small histories: which days and sessions it covers, the program it
//! shows, and the points of the pain chart.

use jiff::civil::{Date, date};
use jiff::tz::TimeZone;

use super::charts::pain_points;
use super::{Facts, Report, page};
use ryg_core::journal::History;
use ryg_core::program::{Catalog, built_in};
use ryg_core::words::Lang;

const COURSE: &str = r#"Course(started: "2026-10-05T08:00:00Z", program: "lower-back", weekdays: [Mon, Thu], weeks: 8, goals: ["Walk to town"])"#;

fn session(day: &str, program: &str, level: u32) -> String {
    format!(
        r#"Session(started: "{day}T09:00:00Z", finished: "{day}T09:18:00Z", program: "{program}", level: {level}, completed: true, reps_done: 96, reps_planned: 96, pain_before: 3, pain_after: Some(3))"#
    )
}

fn report(lines: &[String], today: Date) -> Report {
    let history = History::parse(&(lines.join("\n") + "\n"));
    let catalog = Catalog::new(built_in(), Vec::new());
    let now = today
        .at(20, 0, 0, 0)
        .to_zoned(TimeZone::UTC)
        .unwrap()
        .timestamp();
    Report::of(&Facts {
        history: &history,
        catalog: &catalog,
        now,
        zone: &TimeZone::UTC,
        lang: Lang::En,
    })
}

fn days(report: &Report) -> Vec<Date> {
    report.sessions.iter().map(|session| session.date).collect()
}

#[test]
fn a_course_shows_its_programs_sessions_from_its_start() {
    let report = report(
        &[
            session("2026-10-01", "lower-back", 1),
            COURSE.to_string(),
            session("2026-10-06", "lower-back", 1),
            session("2026-10-07", "gentle-start", 1),
            session("2026-10-09", "lower-back", 2),
        ],
        date(2026, 10, 20),
    );
    assert_eq!(
        (report.from, report.to),
        (date(2026, 10, 5), date(2026, 10, 20))
    );
    assert_eq!(days(&report), [date(2026, 10, 6), date(2026, 10, 9)]);
    assert_eq!(report.done_by_week, [2, 0, 0, 0, 0, 0, 0, 0]);
    assert_eq!(report.charted.as_deref(), Some("lower-back"));
}

#[test]
fn a_stopped_course_covers_the_days_up_to_its_stop() {
    let stopped = r#"CourseStopped(at: "2026-10-14T10:00:00Z", course: "2026-10-05T08:00:00Z")"#;
    let report = report(
        &[
            COURSE.to_string(),
            session("2026-10-06", "lower-back", 1),
            stopped.to_string(),
            session("2026-10-16", "lower-back", 1),
        ],
        date(2026, 11, 29),
    );
    assert_eq!(report.to, date(2026, 10, 14));
    assert_eq!(days(&report), [date(2026, 10, 6)]);
}

#[test]
fn without_a_course_the_last_eight_weeks_end_today() {
    let report = report(
        &[
            session("2026-10-04", "gentle-start", 1),
            session("2026-10-05", "gentle-start", 1),
            session("2026-11-28", "lower-back", 2),
        ],
        date(2026, 11, 29),
    );
    assert_eq!(
        (report.from, report.to),
        (date(2026, 10, 5), date(2026, 11, 29))
    );
    assert_eq!(days(&report), [date(2026, 10, 5), date(2026, 11, 28)]);
    assert_eq!(report.done_by_week, [1, 0, 0, 0, 0, 0, 0, 1]);
    // The level chart is of the latest session's program, and so is the program shown.
    assert_eq!(report.charted.as_deref(), Some("lower-back"));
    let program = report.program.as_ref().unwrap();
    assert_eq!(
        (program.program.id.as_str(), program.level),
        ("lower-back", 2)
    );
}

#[test]
fn with_no_sessions_the_first_program_is_shown_at_level_1() {
    let report = report(&[], date(2026, 11, 29));
    let program = report.program.as_ref().unwrap();
    let first = built_in()[0].program.clone().unwrap();
    assert_eq!(
        (program.program.id.as_str(), program.level),
        (first.id.as_str(), 1)
    );
    assert!(report.sessions.is_empty());
}

#[test]
fn the_pain_chart_keeps_the_last_rating_of_a_week_and_leaves_follow_ups_out() {
    let measure = |at: &str, point: &str, pain: u8| {
        format!(
            r#"Measure(at: "{at}", course: "2026-10-05T08:00:00Z", point: {point}, pain_week: {pain}, goals: [])"#
        )
    };
    let lines = [
        COURSE.to_string(),
        measure("2026-10-05T08:01:00Z", "Start", 6),
        measure("2026-10-12T08:00:00Z", "Week(1)", 5),
        measure("2026-10-12T09:00:00Z", "Week(1)", 4),
        measure("2026-11-30T08:00:00Z", "End", 3),
        measure("2027-01-05T08:00:00Z", "Months(3)", 2),
    ];
    let report = report(&lines, date(2027, 1, 6));
    let (_, measures) = report.course.as_ref().unwrap();
    let points = pain_points(measures.iter().map(|(_, m)| m), 8);
    assert_eq!(points, [(0, 6), (1, 4), (8, 3)]);
}

#[test]
fn a_page_with_unreadable_lines_says_so_at_the_top_and_names_them_at_the_end() {
    let history = History::parse(&format!(
        "{}\nnot a record\n",
        session("2026-11-20", "lower-back", 1)
    ));
    let catalog = Catalog::new(built_in(), Vec::new());
    let text = page(&Facts {
        history: &history,
        catalog: &catalog,
        now: "2026-11-29T10:00:00Z".parse().unwrap(),
        zone: &TimeZone::UTC,
        lang: Lang::En,
    });
    let header = &text[text.find("<header>").unwrap()..text.find("</header>").unwrap()];
    assert!(header.contains("could not be read: 1."), "{header}");
    let skipped = &text[text.find("<section id=\"skipped\">").unwrap()..];
    assert!(skipped.contains("<li>line 2: "), "{skipped}");
}
