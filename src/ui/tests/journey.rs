//! The screens of the journey around the pain rules: graduation to the next program, the
//! bad-day offer, the question why a session was stopped, and home after three reds.

use insta::assert_snapshot;
use jiff::SignedDuration;

use super::{Scene, wall0};
use crate::app::Action;
use ryg_core::journal::{Record, Screening, SessionRecord};
use ryg_core::words::Lang;

/// A session of `program` at `level`, `days_ago` days before the scene's start.
fn session(program: &str, level: u32, days_ago: i64, before: u8, after: u8) -> Record {
    let started = wall0() - SignedDuration::from_hours(24 * days_ago);
    Record::Session(SessionRecord {
        started,
        finished: started + SignedDuration::from_mins(12),
        program: program.into(),
        level,
        completed: true,
        reps_done: 40,
        reps_planned: 40,
        pain_before: before,
        pain_after: Some(after),
        stopped: None,
    })
}

fn checked() -> Record {
    Record::Screening(Screening {
        at: wall0() - SignedDuration::from_hours(24),
        clear: true,
        clinician: false,
    })
}

/// Home on the second program (gentle-start) after two greens at its top level.
fn graduated(lang: Lang) -> Scene {
    let mut scene = Scene::new(
        lang,
        vec![
            checked(),
            session("gentle-start", 2, 5, 2, 2),
            session("gentle-start", 2, 2, 2, 2),
        ],
    );
    scene.press(&[Action::Down]);
    scene
}

#[test]
fn home_suggests_the_next_program_by_its_title_after_the_top_level() {
    let en = graduated(Lang::En).draw(80, 24);
    assert!(en.contains("ready for Lower back basics"), "{en}");
    assert!(!en.contains("lower-back"), "the id is not for people: {en}");
    assert_snapshot!("graduated_80x24", en);
    assert_snapshot!("graduated_60x20", graduated(Lang::En).draw(60, 20));
    let da = graduated(Lang::Da).draw(80, 24);
    assert!(da.contains("Lænd – grundprogram"), "{da}");
    assert_snapshot!("graduated_da_80x24", da);
    assert_snapshot!("graduated_da_60x20", graduated(Lang::Da).draw(60, 20));
    // Nothing switches by itself: home stays on gentle-start at its top level.
    let scene = graduated(Lang::En);
    assert_eq!(scene.app.recommendation(1).level, 2);
}

/// A session of lower-back stopped with `q` twelve seconds in, on the question why.
fn stopped(lang: Lang) -> Scene {
    let mut scene = super::training(lang);
    scene.wait(12.0).press(&[Action::Quit, Action::Yes]);
    scene
}

#[test]
fn a_stop_asks_why_and_for_pain_the_pain_now() {
    for lang in [Lang::En, Lang::Da] {
        let name = |size: &str| format!("why_stopped_{lang}_{size}");
        assert_snapshot!(name("80x24"), stopped(lang).draw(80, 24));
        assert_snapshot!(name("60x20"), stopped(lang).draw(60, 20));
    }
    let mut pain_now = stopped(Lang::En);
    pain_now.press(&[Action::Confirm]);
    let screen = pain_now.draw(80, 24);
    assert!(screen.contains("Stopped because of pain"), "{screen}");
    assert_snapshot!("pain_now_80x24", screen);
    assert_snapshot!("pain_now_60x20", pain_now.draw(60, 20));
}

/// The pain question before lower-back at `level`, answered 8.
fn bad_day(lang: Lang, level: u32) -> Scene {
    let mut scene = Scene::new(lang, vec![checked()]);
    for _ in 1..level {
        scene.press(&[Action::Right]);
    }
    scene.press(&[Action::Confirm, Action::Digit(8)]);
    scene
}

#[test]
fn a_bad_day_offers_a_gentler_session_with_one_key() {
    let at_level_1 = bad_day(Lang::En, 1).draw(80, 24);
    assert!(
        at_level_1.contains("g starts Gentle start at level 1 instead"),
        "{at_level_1}"
    );
    assert_snapshot!("bad_day_80x24", at_level_1);
    assert_snapshot!("bad_day_60x20", bad_day(Lang::En, 1).draw(60, 20));
    let higher = bad_day(Lang::Da, 3).draw(80, 24);
    assert!(
        higher.contains("g starter Lænd – grundprogram på niveau 1"),
        "{higher}"
    );
    assert_snapshot!("bad_day_da_80x24", higher);
    assert_snapshot!("bad_day_da_60x20", bad_day(Lang::Da, 3).draw(60, 20));
    // `g` starts the gentle program at level 1, with the answer given.
    let mut scene = bad_day(Lang::En, 1);
    scene.press(&[Action::Gentler]);
    let crate::app::Screen::Training(training) = &scene.app.screen else {
        panic!("{:?}", scene.app.screen)
    };
    assert_eq!(
        (
            training.program_id.as_str(),
            training.level,
            training.pain_before
        ),
        ("gentle-start", 1, 8)
    );
}

/// Home after three red sessions in a row of `program` (the catalog's index `index`).
fn three_reds(lang: Lang, program: &str, index: usize) -> Scene {
    let mut scene = Scene::new(
        lang,
        vec![
            checked(),
            session(program, 2, 7, 2, 6),
            session(program, 2, 5, 2, 6),
            session(program, 2, 3, 2, 7),
        ],
    );
    for _ in 0..index {
        scene.press(&[Action::Down]);
    }
    scene
}

#[test]
fn after_three_reds_home_suggests_a_review_and_points_to_the_gentle_program() {
    let en = three_reds(Lang::En, "lower-back", 0);
    assert_eq!(en.app.plan_review(0), Some(Some(1)));
    let screen = en.draw(80, 24);
    assert!(screen.contains("physiotherapist or doctor"), "{screen}");
    assert!(screen.contains("You could try Gentle start"), "{screen}");
    assert_snapshot!("three_reds_80x24", screen);
    assert_snapshot!("three_reds_60x20", en.draw(60, 20));
    let da = three_reds(Lang::Da, "lower-back", 0);
    assert_snapshot!("three_reds_da_80x24", da.draw(80, 24));
    assert_snapshot!("three_reds_da_60x20", da.draw(60, 20));
    // In the gentle program itself, the advice without a pointer to itself.
    let gentle = three_reds(Lang::En, "gentle-start", 1);
    assert_eq!(gentle.app.plan_review(1), Some(None));
    let screen = gentle.draw(80, 24);
    assert!(screen.contains("physiotherapist or doctor"), "{screen}");
    assert!(!screen.contains("You could try"), "{screen}");
    // Two reds are not three.
    let mut two = Scene::new(
        Lang::En,
        vec![
            checked(),
            session("lower-back", 2, 5, 2, 6),
            session("lower-back", 2, 3, 2, 7),
        ],
    );
    assert_eq!(two.press(&[]).app.plan_review(0), None);
}
