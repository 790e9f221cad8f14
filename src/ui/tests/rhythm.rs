//! Home with a course's band: in week 3 with a session done and a plan written, in week 1
//! before any session, after week 8 with the review due, and months later with a follow-up
//! due, in English and Danish at 80×24 and 60×20.

use super::*;
use jiff::civil::Weekday;
use ryg_core::journal::{Course, Learned, Measure, MeasurePoint};
use ryg_core::words::learn::MODULES;

/// Home with `records`: a check the course asks for at the start is put off with Esc, as a user
/// who wants home first does.
fn at_home(lang: Lang, records: Vec<Record>) -> Scene {
    let mut scene = Scene::new(lang, records);
    if matches!(scene.app.screen, crate::app::Screen::CourseCheck(..)) {
        scene.press(&[Action::Back]);
    }
    scene
}

fn days_ago(days: i64) -> Timestamp {
    wall0() - SignedDuration::from_hours(24 * days)
}

/// A course of lower-back on Mondays and Thursdays that started at `started`, with its start's
/// measure.
fn course_at(started: Timestamp) -> Vec<Record> {
    vec![
        Record::Course(Course {
            started,
            program: "lower-back".into(),
            weekdays: vec![Weekday::Monday, Weekday::Thursday],
            weeks: 8,
            goals: vec!["Gå på trappen".into()],
        }),
        measure(started, started, MeasurePoint::Start),
    ]
}

/// The measure of a course that started at `course`, taken at `at`.
fn measure(course: Timestamp, at: Timestamp, point: MeasurePoint) -> Record {
    Record::Measure(Measure {
        at,
        course,
        point,
        pain_week: 4,
        goals: vec![3],
        confidence: None,
        change: None,
        acceptable: None,
    })
}

/// A completed session of lower-back `days` days ago, like the last one of `last_session`.
fn session(days: i64) -> Record {
    let Record::Session(last) = &last_session()[1] else {
        unreachable!("the second record is a session")
    };
    let started = days_ago(days);
    Record::Session(SessionRecord {
        started,
        finished: started + SignedDuration::from_secs(1094),
        ..last.clone()
    })
}

/// Friday in week 3 (it began on Thursday 19 November): two sessions in week 1, one in week 2
/// (`last_session`'s), one yesterday; week 1's check-in answered, week 2's when `checked_in`;
/// module 3 read this morning, with a plan.
fn in_week_three(lang: Lang, checked_in: bool) -> Scene {
    let started = days_ago(15);
    let mut records = last_session();
    records.extend(course_at(started));
    records.extend([session(15), session(11), session(1)]);
    records.push(measure(started, days_ago(8), MeasurePoint::Week(1)));
    if checked_in {
        records.push(measure(started, days_ago(1), MeasurePoint::Week(2)));
    }
    records.push(Record::Learned(Learned {
        at: wall0() - SignedDuration::from_hours(1),
        module: MODULES[2].id.into(),
        plan: Some("Gå en tur på fem minutter før frokost".into()),
    }));
    at_home(lang, records)
}

fn week_three(lang: Lang) -> Scene {
    in_week_three(lang, true)
}

/// Week 3 with week 2's check-in not answered yet (it was skipped): the band at its fullest,
/// and the program's pane at its shortest.
fn check_in_due(lang: Lang) -> Scene {
    in_week_three(lang, false)
}

/// A course started an hour ago: week 1, nothing done in it yet, Monday next.
fn week_one(lang: Lang) -> Scene {
    let mut records = last_session();
    records.extend(course_at(wall0() - SignedDuration::from_hours(1)));
    at_home(lang, records)
}

/// Eight weeks and a day after the start: fourteen sessions, none in week 4; the review is due.
fn review_due(lang: Lang) -> Scene {
    let mut records = last_session();
    records.extend(course_at(days_ago(57)));
    for week in [0, 1, 2, 4, 5, 6, 7] {
        records.extend([session(57 - 7 * week), session(54 - 7 * week)]);
    }
    at_home(lang, records)
}

/// Three months after a course whose review was answered: the follow-up is due.
fn follow_up_due(lang: Lang) -> Scene {
    let started = days_ago(92);
    let mut records = last_session();
    records.extend(course_at(started));
    records.push(measure(started, days_ago(35), MeasurePoint::End));
    at_home(lang, records)
}

#[test]
fn home_course_week_three() {
    let screen = week_three(Lang::En).draw(80, 24);
    assert!(
        screen.contains("Course week 3 of 8  ●● ●○ [●○] ○○ ○○ ○○ ○○ ○○"),
        "{screen}"
    );
    in_both_sizes!("home_course_week_three", week_three);
}

#[test]
fn home_course_week_one() {
    in_both_sizes!("home_course_week_one", week_one);
}

#[test]
fn home_course_review_due() {
    in_both_sizes!("home_course_review_due", review_due);
}

#[test]
fn home_course_follow_up_due() {
    let screen = follow_up_due(Lang::En).draw(80, 24);
    assert!(
        screen.contains("Due now: follow-up at 3 months"),
        "{screen}"
    );
    in_both_sizes!("home_course_follow_up_due", follow_up_due);
}

#[test]
fn home_course_check_in_due() {
    let screen = check_in_due(Lang::En).draw(60, 20);
    assert!(screen.contains("Due now: check-in for week 2"), "{screen}");
    assert!(
        screen.contains("Dead bug"),
        "every exercise stays: {screen}"
    );
    in_both_sizes!("home_course_check_in_due", check_in_due);
}

#[test]
fn a_long_plan_takes_one_line_of_the_band_cut_where_it_ends() {
    let mut records = last_session();
    records.extend(course_at(days_ago(2)));
    let plan = "Gå en tur på fem minutter før frokost, og tag trappen op til kontoret hver dag";
    records.push(Record::Learned(Learned {
        at: wall0() - SignedDuration::from_hours(1),
        module: MODULES[0].id.into(),
        plan: Some(format!("{plan} \u{1b}[2J{plan}")),
    }));
    let scene = at_home(Lang::Da, records);
    for (width, height) in [(60, 20), (80, 24)] {
        let screen = scene.draw(width, height);
        let line = (screen.lines())
            .find(|line| line.contains("Din plan: »"))
            .unwrap_or_else(|| panic!("{screen}"));
        assert!(
            line.trim_end_matches([' ', '"']).ends_with("…«"),
            "{screen}"
        );
        assert!(screen.contains("Dead bug"), "{screen}");
    }
}
