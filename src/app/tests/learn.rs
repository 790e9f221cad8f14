//! The Learn screens: the list, reading a module, writing a plan and saving that it was read.

use super::*;
use ryg_core::journal::Learned;
use ryg_core::words::learn::MODULES;

fn learn(run: &Run) -> Learn {
    match &run.app.screen {
        Screen::Learn(learn) => learn.clone(),
        other => panic!("not the Learn screen: {other:?}"),
    }
}

fn type_text(run: &mut Run, text: &str) {
    for c in text.chars() {
        run.press(Action::Edit(Edit::Insert(c)));
    }
}

fn plan(run: &Run) -> String {
    match learn(run) {
        Learn::Module { plan, .. } => plan.value().to_string(),
        other => panic!("not a module: {other:?}"),
    }
}

fn chosen(run: &Run) -> usize {
    match learn(run) {
        Learn::List { chosen, .. } | Learn::Module { chosen, .. } => chosen,
    }
}

#[test]
fn l_opens_the_list_where_up_and_down_choose_and_esc_goes_home_as_it_was() {
    let mut run = Run::new(yesterday_session(), None);
    run.press(Action::Left);
    run.press(Action::OpenLearn);
    assert_eq!(run.app.keymap(), crate::keys::Keymap::LearnList);
    assert_eq!(chosen(&run), 0);
    run.press(Action::Up);
    assert_eq!(chosen(&run), 8, "up from the first goes round to the last");
    run.press(Action::Down);
    run.press(Action::Down);
    assert_eq!(chosen(&run), 1);
    run.press(Action::Back);
    let Screen::Home(home) = &run.app.screen else {
        panic!("back home")
    };
    assert_eq!(home.level, LevelChoice::Chosen(1), "home as it was");
    assert!(run.written.is_empty(), "looking writes nothing");
}

#[test]
fn a_plan_with_aeoeaa_is_typed_edited_and_saved_with_the_record_that_the_module_was_read() {
    let mut run = Run::new(yesterday_session(), None);
    run.press(Action::OpenLearn);
    run.press(Action::Down);
    run.press(Action::Confirm);
    assert_eq!(run.app.keymap(), crate::keys::Keymap::LearnModule);
    type_text(&mut run, "Gå en tur hver dag x");
    run.press(Action::Edit(Edit::DeleteBack));
    run.press(Action::Edit(Edit::DeleteBack));
    run.press(Action::Edit(Edit::Start));
    run.press(Action::Edit(Edit::DeleteForward));
    type_text(&mut run, "Læs og g");
    assert_eq!(plan(&run), "Læs og gå en tur hver dag");
    // Control characters never reach the line.
    run.press(Action::Edit(Edit::Insert('\u{7}')));
    assert_eq!(plan(&run), "Læs og gå en tur hver dag");
    run.at = 30.0;
    run.press(Action::Confirm);
    assert_eq!(
        run.written,
        vec![Record::Learned(Learned {
            at: wall0() + SignedDuration::from_secs(30),
            module: MODULES[1].id.into(),
            plan: Some("Læs og gå en tur hver dag".into()),
        })]
    );
    assert!(matches!(learn(&run), Learn::List { chosen: 1, .. }));
    assert_eq!(
        run.app.modules_read(),
        vec![MODULES[1].id],
        "marked read at once"
    );
}

#[test]
fn an_empty_plan_is_saved_as_none_and_esc_saves_nothing() {
    let mut run = Run::new(yesterday_session(), None);
    run.press(Action::OpenLearn);
    run.press(Action::Confirm);
    type_text(&mut run, "maybe");
    run.press(Action::Back);
    assert!(run.written.is_empty(), "Esc leaves the module unread");
    assert!(run.app.modules_read().is_empty());
    run.press(Action::Confirm);
    assert_eq!(
        plan(&run),
        "",
        "a module opened again starts with an empty line"
    );
    type_text(&mut run, "   ");
    run.press(Action::Confirm);
    let [Record::Learned(learned)] = run.written.as_slice() else {
        panic!("one record: {:?}", run.written)
    };
    assert_eq!(
        (learned.module.as_str(), &learned.plan),
        (MODULES[0].id, &None)
    );
}

#[test]
fn the_text_scrolls_within_the_module_and_no_further() {
    let mut run = Run::new(yesterday_session(), None);
    run.press(Action::OpenLearn);
    run.press(Action::Confirm);
    let scroll = |run: &Run| match learn(run) {
        Learn::Module { scroll, .. } => scroll,
        other => panic!("not a module: {other:?}"),
    };
    run.press(Action::Up);
    assert_eq!(scroll(&run), 0);
    run.press(Action::Down);
    assert_eq!(scroll(&run), 1);
    run.press(Action::PageDown);
    assert_eq!(scroll(&run), 1 + LEARN_PAGE);
    for _ in 0..20 {
        run.press(Action::PageDown);
    }
    let last = ryg_core::words::learn::text(&MODULES[0], Lang::En, NARROWEST_TEXT).len() - 1;
    assert_eq!(scroll(&run), last, "no further than the last line");
    run.press(Action::PageUp);
    assert_eq!(scroll(&run), last - LEARN_PAGE);
}
