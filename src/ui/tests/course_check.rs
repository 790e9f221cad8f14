//! A course's measures: the check-in's goal question with nothing chosen after a stray Enter,
//! the review's weeks then → now, its global rating of change and what the change means, in
//! English and Danish at 80×24 and 60×20.

use super::*;
use jiff::civil::Weekday;
use ryg_core::journal::Course;

/// A course of `lower-back` begun `days_ago` days before `wall0()` with two goals rated 3 and
/// 4 at the start, `sessions` sessions done in it (levels 1 then 2), and a safety check.
fn course(days_ago: i64, sessions: i64) -> Vec<Record> {
    let started = wall0() - SignedDuration::from_hours(24 * days_ago);
    let mut records = vec![
        Record::Screening(Screening {
            at: wall0() - SignedDuration::from_hours(24),
            clear: true,
            clinician: false,
        }),
        Record::Course(Course {
            started,
            program: "lower-back".into(),
            weekdays: vec![Weekday::Monday, Weekday::Thursday],
            weeks: 8,
            goals: vec![
                "Gå på trappen uden at stoppe".into(),
                "Lift my grandchild".into(),
            ],
        }),
    ];
    // The start measure as the history file has it.
    let line = format!(
        "Measure(at: \"{started}\", course: \"{started}\", point: Start, pain_week: 5, goals: [3, 4], confidence: Some(4))"
    );
    records.extend(ryg_core::journal::History::parse(&line).records);
    for n in 0..sessions {
        let at = started + SignedDuration::from_hours(24 * 3 * n + 9);
        records.push(Record::Session(SessionRecord {
            started: at,
            finished: at + SignedDuration::from_secs(1094),
            program: "lower-back".into(),
            level: if n < sessions / 2 { 1 } else { 2 },
            completed: true,
            reps_done: 104,
            reps_planned: 104,
            pain_before: 3,
            pain_after: Some(3),
            stopped: None,
        }));
    }
    records
}

/// Week 1's check-in: the pain given, the first goal's question with Enter pressed alone.
fn check_in(lang: Lang) -> Scene {
    let mut scene = Scene::new(lang, course(10, 2));
    scene.press(&[Action::Digit(4), Action::Confirm, Action::Confirm]);
    scene
}

/// The review with its ratings given: the weeks then → now.
fn review_summary(lang: Lang) -> Scene {
    let mut scene = Scene::new(lang, course(60, 13));
    for digit in [3, 5, 5, 7] {
        scene.press(&[Action::Digit(digit), Action::Confirm]);
    }
    scene
}

/// The global rating of change, the arrows on "a little better" (they start in the middle).
fn review_change(lang: Lang) -> Scene {
    let mut scene = review_summary(lang);
    scene.press(&[Action::Confirm, Action::Up, Action::Up]);
    scene
}

/// What the change means: goals 3, 4 → 5, 5 after 13 sessions, less than 2 on average, so a
/// physiotherapist may look at the plan.
fn review_meaning(lang: Lang) -> Scene {
    let mut scene = review_change(lang);
    scene.press(&[Action::Confirm, Action::Yes]);
    scene
}

#[test]
fn course_check_in() {
    in_both_sizes!("course_check_in", check_in);
}

#[test]
fn course_review_summary() {
    in_both_sizes!("course_review_summary", review_summary);
}

#[test]
fn course_review_change() {
    in_both_sizes!("course_review_change", review_change);
}

#[test]
fn course_review_meaning() {
    in_both_sizes!("course_review_meaning", review_meaning);
}
