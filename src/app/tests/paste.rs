//! A paste: into a goal's or a plan's field as one line, never a confirmation; nothing elsewhere.

use super::*;

fn field(run: &Run) -> String {
    match &run.app.screen {
        Screen::CourseStart(start, _) => start.field.value().to_string(),
        Screen::Learn(Learn::Module { plan, .. }) => plan.value().to_string(),
        other => panic!("no field on {other:?}"),
    }
}

/// On the first goal of a course being started.
fn at_a_goal() -> Run {
    let mut run = Run::new(yesterday_session(), None);
    run.press(Action::OpenCourseStart);
    run.press(Action::Confirm);
    run.press(Action::Digit(1));
    run.press(Action::Digit(4));
    run.press(Action::Confirm);
    assert_eq!(run.app.keymap(), crate::keys::Keymap::CourseGoal);
    run
}

#[test]
fn a_pasted_line_break_is_a_space_in_a_goal_and_does_not_confirm_it() {
    let mut run = at_a_goal();
    run.press(Action::Edit(Edit::Insert('x')));
    run.press(Action::Edit(Edit::Left));
    run.paste("a\nb\r\nc\td\u{7}\u{1b}[1me");
    // At the cursor, as typed: before the x.
    assert_eq!(field(&run), "a b c d[1mex");
    assert_eq!(run.app.keymap(), crate::keys::Keymap::CourseGoal);
    assert!(run.written.is_empty());
    run.press(Action::Confirm);
    assert_eq!(run.app.keymap(), crate::keys::Keymap::CourseRating);
}

#[test]
fn a_paste_goes_into_the_plan_of_a_learn_module() {
    let mut run = Run::new(yesterday_session(), None);
    run.press(Action::OpenLearn);
    run.press(Action::Confirm);
    run.paste("Gå en tur\nhver dag");
    assert_eq!(field(&run), "Gå en tur hver dag");
    assert!(run.written.is_empty());
}

#[test]
fn a_paste_where_nothing_is_typed_in_does_nothing() {
    let mut run = Run::new(yesterday_session(), None);
    let before = format!("{:?}", run.app.screen);
    // Letters that are keys on home (q quits, c starts a course, l opens Learn), and Enter.
    run.paste("qcl\n");
    assert_eq!(format!("{:?}", run.app.screen), before);
    assert!(!run.quit && run.written.is_empty());
    // Nor into a field under help.
    let mut run = at_a_goal();
    run.press(Action::Help);
    run.paste("ab");
    run.press(Action::Back);
    assert_eq!(field(&run), "");
}
