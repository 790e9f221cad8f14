//! The Learn screens: the list with a module read, and a module with a plan being written, in
//! English and Danish at 80×24 and 60×20.

use super::*;
use crate::app::Edit;
use ryg_core::journal::Learned;
use ryg_core::words::learn::MODULES;

/// The list, with the second module read two days ago and the third chosen.
fn list(lang: Lang) -> Scene {
    let mut records = last_session();
    records.push(Record::Learned(Learned {
        at: wall0() - SignedDuration::from_hours(48),
        module: MODULES[1].id.into(),
        plan: None,
    }));
    let mut scene = Scene::new(lang, records);
    scene.press(&[Action::OpenLearn, Action::Down, Action::Down]);
    scene
}

/// Module 2 read, scrolled down a line, with a plan with æøå half written.
fn module(lang: Lang) -> Scene {
    let mut scene = Scene::new(lang, last_session());
    scene.press(&[
        Action::OpenLearn,
        Action::Down,
        Action::Confirm,
        Action::Down,
    ]);
    let typed: Vec<Action> = "Gå en tur på fem minutter, før frokost"
        .chars()
        .map(|c| Action::Edit(Edit::Insert(c)))
        .collect();
    scene.press(&typed);
    scene.press(&[Action::Edit(Edit::Left); 4]);
    scene
}

#[test]
fn learn_list() {
    in_both_sizes!("learn_list", list);
}

#[test]
fn learn_module() {
    in_both_sizes!("learn_module", module);
}

#[test]
fn learn_module_scrolled_to_its_end_shows_the_question_over_the_plan_line() {
    let mut scene = Scene::new(Lang::En, last_session());
    scene.press(&[Action::OpenLearn, Action::Confirm]);
    scene.press(&[Action::PageDown; 5]);
    let screen = scene.draw(60, 20);
    assert!(
        screen.contains(ryg_core::words::learn::TRY_THIS_WEEK.get(Lang::En)),
        "{screen}"
    );
    assert_snapshot!("learn_module_end_en_60x20", screen);
}

#[test]
fn a_long_title_wraps_at_60_columns_rather_than_lose_its_end() {
    let mut scene = Scene::new(Lang::Da, last_session());
    scene.press(&[Action::OpenLearn, Action::Confirm]);
    let screen = scene.draw(60, 20);
    assert!(screen.contains("\"  viser "), "{screen}");
}

#[test]
fn a_module_longer_than_the_screen_says_more_is_below_until_its_end() {
    let mut scene = Scene::new(Lang::En, last_session());
    scene.press(&[Action::OpenLearn, Action::Confirm]);
    let more = ryg_core::words::MORE_BELOW.get(Lang::En);
    assert!(scene.draw(60, 20).contains(more));
    scene.press(&[Action::PageDown; 5]);
    assert!(!scene.draw(60, 20).contains(more));
}
