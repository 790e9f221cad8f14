//! A course's measures in the app: asked after the safety check at the start, put off with one
//! key and opened again with `c`; the check-in, the first ratings, the review and a follow-up
//! each write their measure.

use super::*;
use ryg_core::course::Meaning;
use ryg_core::journal::{Change, Course, Measure, MeasurePoint};

/// A course of `tiny` started `days_ago` days before `wall0()`, with two goals.
fn course(days_ago: i64) -> Course {
    Course {
        started: wall0() - SignedDuration::from_hours(24 * days_ago),
        program: "tiny".into(),
        weekdays: vec![jiff::civil::Weekday::Monday, jiff::civil::Weekday::Thursday],
        weeks: 8,
        goals: vec!["Walk to the shop".into(), "Sit through a film".into()],
    }
}

/// The course's start measure: pain 5, the goals 3 and 4, confidence 4.
fn start_of(course: &Course) -> Record {
    Record::Measure(Measure {
        at: course.started,
        course: course.started,
        point: MeasurePoint::Start,
        pain_week: 5,
        goals: vec![3, 4],
        confidence: Some(4),
        change: None,
        acceptable: None,
    })
}

/// A course `days_ago` days old with its start measure, and a safety check done yesterday.
fn running(days_ago: i64) -> Vec<Record> {
    let course = course(days_ago);
    vec![clear_check(1), start_of(&course), Record::Course(course)]
}

fn measures(run: &Run) -> Vec<&Measure> {
    run.written
        .iter()
        .filter_map(|record| match record {
            Record::Measure(measure) => Some(measure),
            _ => None,
        })
        .collect()
}

fn asked(run: &Run) -> Option<CheckKind> {
    match &run.app.screen {
        Screen::CourseCheck(check, _) => Some(check.kind),
        _ => None,
    }
}

#[test]
fn a_check_in_due_comes_after_the_safety_check_and_esc_puts_it_off_until_c() {
    let mut records = running(10);
    records.remove(0);
    let mut run = Run::new(records, None);
    assert!(
        matches!(run.app.screen, Screen::SafetyCheck(_)),
        "the safety check first"
    );
    run.press(Action::No);
    run.press(Action::No);
    assert_eq!(
        asked(&run),
        Some(CheckKind::Week(1)),
        "then last week's check-in"
    );
    assert_eq!(run.app.keymap(), crate::keys::Keymap::CheckRating);
    run.press(Action::Back);
    assert!(matches!(run.app.screen, Screen::Home(_)), "one key to home");
    assert_eq!(measures(&run), Vec::<&Measure>::new());
    assert_eq!(run.app.course_asks(), Some(CheckKind::Week(1)), "still due");
    // Home stays home: history and back, a program chosen.
    run.press(Action::OpenHistory);
    run.press(Action::Back);
    run.press(Action::Down);
    assert!(matches!(run.app.screen, Screen::Home(_)), "not asked again");
    run.press(Action::OpenCourseStart);
    assert_eq!(asked(&run), Some(CheckKind::Week(1)), "c opens it");
}

#[test]
fn ryg_start_goes_into_the_session_and_leaves_the_check_in_for_later() {
    let run = Run::new(running(10), Some((0, LevelChoice::Recommended)));
    assert!(
        matches!(run.app.screen, Screen::Pain(_)),
        "{:?}",
        run.app.screen
    );
    assert_eq!(run.app.course_asks(), Some(CheckKind::Week(1)));
}

#[test]
fn the_check_in_writes_last_weeks_pain_and_the_goals_rated_before_a_skipped_one() {
    let mut run = Run::new(running(10), None);
    assert_eq!(
        asked(&run),
        Some(CheckKind::Week(1)),
        "no safety check due: at once"
    );
    run.press(Action::Confirm);
    assert_eq!(
        measures(&run),
        Vec::<&Measure>::new(),
        "Enter alone answers nothing"
    );
    for action in [
        Action::Digit(4),
        Action::Confirm,
        Action::Right,
        Action::Confirm,
    ] {
        run.press(action);
    }
    run.press(Action::Skip);
    let course = course(10);
    assert_eq!(
        measures(&run),
        vec![&Measure {
            at: ryg_core::journal::whole_second(wall0()),
            course: course.started,
            point: MeasurePoint::Week(1),
            pain_week: 4,
            goals: vec![5],
            confidence: None,
            change: None,
            acceptable: None,
        }]
    );
    assert!(matches!(run.app.screen, Screen::Home(_)));
    assert_eq!(run.app.notice, Some(Notice::CourseCheckKept));
    assert_eq!(run.app.course_asks(), None, "answered");
    run.press(Action::OpenCourseStart);
    assert_eq!(
        run.app.notice,
        Some(Notice::CourseRunning { week: 2, weeks: 8 })
    );
}

#[test]
fn skipping_last_weeks_pain_writes_nothing_and_the_check_in_stays_due() {
    let mut run = Run::new(running(10), None);
    run.press(Action::Skip);
    assert!(matches!(run.app.screen, Screen::Home(_)));
    assert_eq!(run.app.notice, Some(Notice::CourseCheckNotKept));
    assert!(run.written.is_empty());
    assert_eq!(run.app.course_asks(), Some(CheckKind::Week(1)));
}

#[test]
fn a_course_begun_on_the_command_line_asks_its_first_ratings() {
    let course = course(2);
    let mut run = Run::new(vec![clear_check(1), Record::Course(course.clone())], None);
    assert_eq!(asked(&run), Some(CheckKind::Start));
    for action in [6, 2, 3, 7].map(Action::Digit) {
        run.press(action);
        run.press(Action::Confirm);
    }
    let measures = measures(&run);
    assert_eq!(measures.len(), 1);
    assert_eq!(
        (
            measures[0].point,
            measures[0].pain_week,
            &measures[0].goals,
            measures[0].confidence
        ),
        (MeasurePoint::Start, 6, &vec![2, 3], Some(7))
    );
    assert_eq!(measures[0].course, course.started);
}

/// Sessions of `tiny` done in the course's weeks: `count` of them at levels 1, then 2.
fn sessions_in(course: &Course, count: i64) -> Vec<Record> {
    (0..count)
        .map(|n| {
            let started = course.started + SignedDuration::from_hours(24 * 3 * n + 2);
            let level = if n < count / 2 { 1 } else { 2 };
            Record::Session(ryg_core::journal::SessionRecord {
                started,
                finished: started + SignedDuration::from_mins(3),
                ..done_session(0, level)
            })
        })
        .collect()
}

#[test]
fn the_review_shows_the_weeks_asks_the_change_writes_the_end_and_says_what_it_means() {
    let mut records = running(60);
    records.extend(sessions_in(&course(60), 14));
    let mut run = Run::new(records, None);
    assert_eq!(asked(&run), Some(CheckKind::Review));
    for action in [3, 6, 7, 7].map(Action::Digit) {
        run.press(action);
        run.press(Action::Confirm);
    }
    assert_eq!(run.app.keymap(), crate::keys::Keymap::CheckSummary);
    let Screen::CourseCheck(check, _) = &run.app.screen else {
        panic!("the review")
    };
    assert_eq!((check.sessions_done, check.sessions_planned), (14, 16));
    let levels = check.levels.expect("levels reached");
    assert_eq!((levels.first, levels.highest, levels.last), (1, 2, 2));
    run.press(Action::Confirm);
    assert_eq!(run.app.keymap(), crate::keys::Keymap::CheckChange);
    run.press(Action::Confirm);
    assert_eq!(
        run.app.keymap(),
        crate::keys::Keymap::CheckChange,
        "choose first"
    );
    run.press(Action::Digit(2));
    run.press(Action::Confirm);
    assert_eq!(run.app.keymap(), crate::keys::Keymap::CheckAcceptable);
    assert!(
        run.written.is_empty(),
        "nothing written before the last answer"
    );
    run.press(Action::Yes);
    let measures = measures(&run);
    assert_eq!(measures.len(), 1);
    let end = measures[0];
    assert_eq!(
        (
            end.point,
            end.pain_week,
            &end.goals,
            end.confidence,
            end.change,
            end.acceptable
        ),
        (
            MeasurePoint::End,
            3,
            &vec![6, 7],
            Some(7),
            Some(Change::Better),
            Some(true)
        )
    );
    let Screen::CourseCheck(check, _) = &run.app.screen else {
        panic!("the meaning stays on screen")
    };
    assert_eq!(
        check.goal_change.map(|c| c.meaning),
        Some(Meaning::RealChange)
    );
    run.press(Action::Confirm);
    assert!(matches!(run.app.screen, Screen::Home(_)));
    assert_eq!(run.app.course_asks(), None);
}

#[test]
fn the_three_month_follow_up_is_asked_the_same_way_and_writes_months_3() {
    let course = course(95);
    let mut records = running(95);
    records.push(Record::Measure(Measure {
        at: course.started + SignedDuration::from_hours(24 * 57),
        point: MeasurePoint::End,
        ..match start_of(&course) {
            Record::Measure(measure) => measure,
            _ => unreachable!(),
        }
    }));
    let mut run = Run::new(records, None);
    assert_eq!(asked(&run), Some(CheckKind::FollowUp(3)));
    for action in [2, 4, 4].map(Action::Digit) {
        run.press(action);
        run.press(Action::Confirm);
    }
    run.press(Action::Skip);
    run.press(Action::Confirm);
    run.press(Action::Skip);
    run.press(Action::No);
    let measures = measures(&run);
    assert_eq!(measures.len(), 1);
    let follow_up = measures[0];
    assert_eq!(
        (
            follow_up.point,
            &follow_up.goals,
            follow_up.confidence,
            follow_up.change,
            follow_up.acceptable
        ),
        (
            MeasurePoint::Months(3),
            &vec![4, 4],
            None,
            None,
            Some(false)
        )
    );
    let Screen::CourseCheck(check, _) = &run.app.screen else {
        panic!("the meaning")
    };
    assert_eq!(
        check.goal_change.map(|c| c.meaning),
        Some(Meaning::LittleWithFewSessions),
        "goals 3, 4 → 4, 4 with no session done"
    );
}

#[test]
fn an_ended_course_without_first_ratings_asks_its_review_and_then_c_starts_a_new_course() {
    let mut run = Run::new(vec![clear_check(1), Record::Course(course(60))], None);
    assert_eq!(
        asked(&run),
        Some(CheckKind::Review),
        "not the first ratings, 60 days on"
    );
    run.press(Action::Back);
    run.press(Action::OpenCourseStart);
    assert_eq!(asked(&run), Some(CheckKind::Review), "c opens the review");
    // Pain 2; both goals, confidence, the change and "acceptable?" skipped.
    let (pain, skip, on) = (Action::Digit(2), Action::Skip, Action::Confirm);
    for action in [pain, on, skip, skip, skip, on, skip, skip] {
        run.press(action);
    }
    assert_eq!(measures(&run).len(), 1);
    assert_eq!(measures(&run)[0].point, MeasurePoint::End);
    run.press(Action::Confirm);
    let Screen::Home(_) = run.app.screen else {
        panic!("home after the meaning")
    };
    run.press(Action::OpenCourseStart);
    assert!(
        matches!(run.app.screen, Screen::CourseStart(..)),
        "nothing due: a new course"
    );
}

#[test]
fn a_goal_with_a_control_character_from_the_file_is_shown_not_sent() {
    let course = Course {
        goals: vec!["Walk\u{1b}[2J".into()],
        ..course(10)
    };
    let run = Run::new(vec![clear_check(1), Record::Course(course)], None);
    let Screen::CourseCheck(check, _) = &run.app.screen else {
        panic!("the first ratings")
    };
    assert_eq!(check.goals, vec![r"Walk\u{1b}[2J".to_string()]);
}
