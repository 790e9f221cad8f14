//! Starting a course: the days being chosen, a goal with æøå being written after one already
//! rated, and a rating with its skip key, in English and Danish at 80×24 and 60×20.

use super::*;
use crate::app::Edit;

fn type_text(scene: &mut Scene, text: &str) {
    let typed: Vec<Action> = text
        .chars()
        .map(|c| Action::Edit(Edit::Insert(c)))
        .collect();
    scene.press(&typed);
}

/// Monday chosen, the arrows on Thursday.
fn days(lang: Lang) -> Scene {
    let mut scene = Scene::new(lang, last_session());
    scene.press(&[
        Action::OpenCourseStart,
        Action::Confirm,
        Action::Digit(1),
        Action::Right,
        Action::Right,
        Action::Right,
    ]);
    scene
}

/// The first goal rated 3, the second half written with the cursor inside it.
fn goal(lang: Lang) -> Scene {
    let mut scene = days(lang);
    scene.press(&[Action::Yes, Action::Confirm]);
    type_text(&mut scene, "Gå på trappen uden at stoppe");
    scene.press(&[Action::Confirm, Action::Digit(3), Action::Confirm]);
    type_text(&mut scene, "Løfte mit barnebarn");
    scene.press(&[Action::Edit(Edit::Left); 4]);
    scene
}

/// Last week's pain, after one goal.
fn pain_week(lang: Lang) -> Scene {
    let mut scene = days(lang);
    scene.press(&[Action::Yes, Action::Confirm]);
    type_text(&mut scene, "Cykle til arbejde");
    scene.press(&[
        Action::Confirm,
        Action::Skip,
        Action::Confirm,
        Action::Digit(4),
    ]);
    scene
}

#[test]
fn course_start_days() {
    in_both_sizes!("course_start_days", days);
}

#[test]
fn course_start_goal() {
    in_both_sizes!("course_start_goal", goal);
}

#[test]
fn course_start_pain_week() {
    in_both_sizes!("course_start_pain_week", pain_week);
}
