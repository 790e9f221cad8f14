//! Starting a course from home: `c`, the days, a goal with æøå, the ratings, and the records
//! written; Esc on the first question goes home as it was.

use super::*;
use jiff::civil::Weekday;
use ryg_core::journal::{Course, Measure, MeasurePoint};

fn type_text(run: &mut Run, text: &str) {
    for c in text.chars() {
        run.press(Action::Edit(Edit::Insert(c)));
    }
}

#[test]
fn c_starts_a_course_with_the_program_of_home_and_writes_it_with_its_ratings() {
    let shipped = Catalog::new(ryg_core::program::built_in(), Vec::new());
    let mut run = Run::with_catalog(shipped.clone(), yesterday_session(), None);
    run.press(Action::Down);
    run.press(Action::OpenCourseStart);
    assert_eq!(run.app.keymap(), crate::keys::Keymap::CourseProgram);
    run.press(Action::Confirm);
    assert_eq!(run.app.keymap(), crate::keys::Keymap::CourseDays);
    run.press(Action::Digit(1));
    run.press(Action::Digit(4));
    run.press(Action::Confirm);
    assert_eq!(run.app.keymap(), crate::keys::Keymap::CourseGoal);
    type_text(&mut run, "Gå på trappen x");
    run.press(Action::Edit(Edit::DeleteBack));
    run.press(Action::Edit(Edit::DeleteBack));
    type_text(&mut run, " uden at stoppe");
    run.press(Action::Confirm);
    assert_eq!(run.app.keymap(), crate::keys::Keymap::CourseRating);
    run.press(Action::Digit(3));
    run.press(Action::Confirm);
    // An empty field ends the goals.
    run.press(Action::Confirm);
    run.press(Action::Digit(6));
    run.press(Action::Confirm);
    assert!(
        run.written.is_empty(),
        "nothing is written before the last answer"
    );
    run.press(Action::Skip);
    let started = ryg_core::journal::whole_second(wall0());
    let program = shipped.entries[1].program.id.clone();
    assert_eq!(
        run.written,
        vec![
            Record::Course(Course {
                started,
                program,
                weekdays: vec![Weekday::Monday, Weekday::Thursday],
                weeks: 8,
                goals: vec!["Gå på trappen uden at stoppe".into()],
            }),
            Record::Measure(Measure {
                at: started,
                course: started,
                point: MeasurePoint::Start,
                pain_week: 6,
                goals: vec![3],
                confidence: None,
                change: None,
                acceptable: None,
            }),
        ]
    );
    let Screen::Home(home) = &run.app.screen else {
        panic!("home once started")
    };
    assert_eq!(home.program, 1);
    assert!(
        matches!(
            run.app.notice,
            Some(Notice::CourseStarted { program: 1, .. })
        ),
        "{:?}",
        run.app.notice
    );
    assert_eq!(
        run.app.history.records.len(),
        4,
        "the history in memory has them"
    );
    // One course at a time: `c` again says so and stays home.
    run.press(Action::OpenCourseStart);
    assert!(matches!(run.app.screen, Screen::Home(_)));
    assert_eq!(
        run.app.notice,
        Some(Notice::CourseRunning { week: 1, weeks: 8 })
    );
}

#[test]
fn esc_on_the_first_question_goes_home_as_it_was_writing_nothing() {
    let mut run = Run::new(yesterday_session(), None);
    run.press(Action::Left);
    run.press(Action::OpenCourseStart);
    run.press(Action::Confirm);
    run.press(Action::Back);
    assert_eq!(run.app.keymap(), crate::keys::Keymap::CourseProgram);
    run.press(Action::Back);
    let Screen::Home(home) = &run.app.screen else {
        panic!("back home")
    };
    assert_eq!(home.level, LevelChoice::Chosen(1), "home as it was");
    assert!(run.written.is_empty());
}
