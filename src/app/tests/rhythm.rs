//! A running course in the model: home starts on its program, and `l` opens Learn on the
//! week's module.

use super::*;
use ryg_core::journal::Learned;
use ryg_core::program::built_in;
use ryg_core::words::learn::MODULES;

fn learn_chosen(run: &Run) -> usize {
    match &run.app.screen {
        Screen::Learn(Learn::List { chosen, .. } | Learn::Module { chosen, .. }) => *chosen,
        other => panic!("not the Learn screen: {other:?}"),
    }
}

fn home_program(run: &Run) -> usize {
    match &run.app.screen {
        Screen::Home(home) => home.program,
        other => panic!("not home: {other:?}"),
    }
}

/// The app with `records`, on home: a check the course asks for at the start is put off.
fn at_home(records: Vec<Record>) -> Run {
    let mut run = Run::new(records, None);
    if matches!(run.app.screen, Screen::CourseCheck(..)) {
        run.press(Action::Back);
    }
    run
}

/// A course of `tiny` that started `days_ago` days before now, on Mondays and Thursdays.
fn course(days_ago: i64) -> Record {
    Record::Course(ryg_core::journal::Course {
        started: wall0() - SignedDuration::from_hours(24 * days_ago),
        program: "tiny".into(),
        weekdays: vec![jiff::civil::Weekday::Monday, jiff::civil::Weekday::Thursday],
        weeks: 8,
        goals: Vec::new(),
    })
}

#[test]
fn l_during_a_course_opens_the_list_on_the_weeks_module_and_reading_it_marks_it_on_home() {
    let mut records = yesterday_session();
    records.push(course(15));
    let mut run = at_home(records);
    let module = |run: &Run| {
        let rhythm = run.app.rhythm().expect("a course is running");
        rhythm.weeks.as_ref().unwrap().module.unwrap()
    };
    assert_eq!(run.app.rhythm().unwrap().weeks.as_ref().unwrap().week, 3);
    assert_eq!((module(&run).index, module(&run).read), (2, false));
    run.press(Action::OpenLearn);
    assert_eq!(learn_chosen(&run), 2, "week 3 offers module 3");
    run.press(Action::Confirm);
    for c in "Walk to work".chars() {
        run.press(Action::Edit(Edit::Insert(c)));
    }
    run.press(Action::Confirm);
    run.press(Action::Back);
    assert_eq!((module(&run).index, module(&run).read), (2, true));
    let weeks = run.app.rhythm().unwrap().weeks.clone().unwrap();
    assert_eq!(weeks.plan.as_deref(), Some("Walk to work"));
    // Read this week, it stays the week's module.
    run.press(Action::OpenLearn);
    assert_eq!(learn_chosen(&run), 2);
}

#[test]
fn l_without_a_course_opens_the_list_on_the_first_module() {
    let mut records = yesterday_session();
    records.push(Record::Learned(Learned {
        at: wall0() - SignedDuration::from_hours(2),
        module: MODULES[0].id.into(),
        plan: None,
    }));
    let mut run = at_home(records);
    assert_eq!(run.app.rhythm(), None);
    run.press(Action::OpenLearn);
    assert_eq!(learn_chosen(&run), 0);
}

#[test]
fn home_starts_on_the_running_courses_program() {
    let mut tiny = load_str(TINY, "tiny.ron");
    tiny.path = Some("tiny.ron".into());
    let catalog = Catalog::new(built_in(), vec![tiny]);
    let tiny = (catalog.entries.iter())
        .position(|entry| entry.program.id == "tiny")
        .unwrap();
    assert_ne!(tiny, 0);
    let run = Run::with_catalog(catalog.clone(), yesterday_session(), None);
    assert_eq!(home_program(&run), 0, "no course: the first program");
    let mut records = yesterday_session();
    records.push(course(15));
    let mut run = Run::with_catalog(catalog, records, None);
    // The course's first ratings are asked first; put off, home is on the course's program.
    run.press(Action::Back);
    assert_eq!(home_program(&run), tiny);
}
