use jiff::Timestamp;
use jiff::civil::Weekday;

use super::{CourseStart, CourseStep, StartOutcome};
use crate::app::Action::{self, *};
use crate::app::Edit;
use ryg_core::journal::{Course, Measure, MeasurePoint, Record};
use ryg_core::words::Lang;

fn wall() -> Timestamp {
    "2026-12-01T08:00:00Z".parse().unwrap()
}

fn press(start: &mut CourseStart, actions: &[Action]) -> StartOutcome {
    let mut outcome = StartOutcome::Asking;
    for &action in actions {
        outcome = start.act(action, Lang::En, wall(), |n| format!("program-{n}"));
    }
    outcome
}

fn typed(text: &str) -> Vec<Action> {
    text.chars().map(|c| Edit(Edit::Insert(c))).collect()
}

/// Enter on the program, Monday and Thursday by digits, Enter.
fn to_goals(start: &mut CourseStart) {
    press(start, &[Confirm, Digit(1), Digit(4), Confirm]);
    assert_eq!(start.step, CourseStep::Goal(0));
}

#[test]
fn a_whole_start_with_three_goals_writes_the_course_and_its_start_measure() {
    let mut start = CourseStart::new(1, 2);
    to_goals(&mut start);
    let mut keys = typed("Lift my grandchild");
    keys.extend([Confirm, Digit(3), Confirm]);
    keys.extend(typed("Gå en tur på 30 min i skoven"));
    keys.extend([Confirm, Digit(4), Confirm]);
    keys.extend(typed("Sit through a film"));
    keys.extend([Confirm, Digit(1), Digit(0), Confirm]);
    press(&mut start, &keys);
    assert_eq!(start.step, CourseStep::PainWeek);
    let outcome = press(&mut start, &[Digit(5), Confirm, Digit(4), Confirm]);
    let started = wall();
    assert_eq!(
        outcome,
        StartOutcome::Done(vec![
            Record::Course(Course {
                started,
                program: "program-1".into(),
                weekdays: vec![Weekday::Monday, Weekday::Thursday],
                weeks: 8,
                goals: vec![
                    "Lift my grandchild".into(),
                    "Gå en tur på 30 min i skoven".into(),
                    "Sit through a film".into()
                ],
            }),
            Record::Measure(Measure {
                at: started,
                course: started,
                point: MeasurePoint::Start,
                pain_week: 5,
                goals: vec![3, 4, 10],
                confidence: Some(4),
                change: None,
                acceptable: None,
            }),
        ])
    );
}

#[test]
fn the_field_edits_with_a_cursor_in_the_middle_of_unicode() {
    let mut start = CourseStart::new(0, 1);
    to_goals(&mut start);
    let mut keys = typed("Bære indkøb");
    keys.extend([Edit(Edit::WordLeft), Edit(Edit::Left)]);
    keys.extend([Edit(Edit::DeleteBack), Edit(Edit::Insert('ø'))]);
    press(&mut start, &keys);
    assert_eq!(start.field.value(), "Bærø indkøb");
    press(&mut start, &[Edit(Edit::End), Edit(Edit::DeleteWordBack)]);
    assert_eq!(start.field.value(), "Bærø ");
}

#[test]
fn only_two_days_go_on_and_a_third_replaces_the_first() {
    let mut start = CourseStart::new(0, 1);
    press(&mut start, &[Confirm, Digit(1), Confirm]);
    assert_eq!(start.step, CourseStep::Days);
    assert!(
        start.problem.is_some(),
        "one day is not enough, and it says so"
    );
    press(&mut start, &[Digit(3), Right, Yes]);
    assert_eq!(start.days, vec![Weekday::Wednesday, Weekday::Thursday]);
    press(&mut start, &[Yes]);
    assert_eq!(start.days, vec![Weekday::Wednesday]);
}

#[test]
fn skipping_everything_writes_the_course_alone() {
    let mut start = CourseStart::new(0, 1);
    to_goals(&mut start);
    let outcome = press(&mut start, &[Confirm, Skip, Skip]);
    let StartOutcome::Done(records) = outcome else {
        panic!("not done: {outcome:?}");
    };
    assert_eq!(
        records.len(),
        1,
        "no pain given, so no start measure: {records:?}"
    );
    assert!(matches!(&records[0], Record::Course(course) if course.goals.is_empty()));
}

#[test]
fn a_skipped_goal_rating_keeps_only_the_ratings_before_it() {
    let mut start = CourseStart::new(0, 1);
    to_goals(&mut start);
    let mut keys = typed("Walk");
    keys.extend([Confirm, Digit(2), Confirm]);
    keys.extend(typed("Run"));
    keys.extend([Confirm, Skip, Confirm, Digit(6), Confirm, Skip]);
    let StartOutcome::Done(records) = press(&mut start, &keys) else {
        panic!("not done");
    };
    let Record::Measure(measure) = &records[1] else {
        panic!("no measure: {records:?}");
    };
    assert_eq!(
        (measure.pain_week, &measure.goals, measure.confidence),
        (6, &vec![2], None)
    );
}

#[test]
fn a_goal_too_long_is_refused_with_a_reason_and_esc_goes_back_a_question() {
    let mut start = CourseStart::new(0, 1);
    to_goals(&mut start);
    press(&mut start, &typed(&"x".repeat(81)));
    press(&mut start, &[Confirm]);
    assert_eq!(start.step, CourseStep::Goal(0));
    assert!(start.problem.as_deref().unwrap_or("").contains("80"));
    press(&mut start, &[Back]);
    assert_eq!(start.step, CourseStep::Days);
    assert_eq!(press(&mut start, &[Back, Back]), StartOutcome::Cancelled);
}

#[test]
fn a_rating_starts_with_no_answer_and_enter_alone_asks_for_one() {
    let mut start = CourseStart::new(0, 1);
    to_goals(&mut start);
    let mut keys = typed("Walk");
    keys.push(Confirm);
    press(&mut start, &keys);
    assert_eq!(
        start.scale.value, None,
        "nothing chosen before the user chooses"
    );
    press(&mut start, &[Confirm]);
    assert_eq!(
        start.step,
        CourseStep::GoalRating(0),
        "a stray Enter answers nothing"
    );
    assert!(start.scale.enter_without_answer);
    // The arrows start from the middle.
    press(&mut start, &[Right, Confirm]);
    assert_eq!(start.ratings, vec![Some(5)]);
}
