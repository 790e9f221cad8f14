//! Every screen drawn into a test terminal and compared with its snapshot, at 80×24 and at the
//! minimum size, in English, with a few in Danish and Norwegian.

use std::time::{Duration, Instant};

use insta::assert_snapshot;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::app::Action;
use crate::app::{App, Clock, LevelChoice, Msg, Setup};
use ryg_core::journal::{History, Record, Screening, SessionRecord};
use ryg_core::program::{Catalog, built_in};
use ryg_core::words::Lang;

fn wall0() -> Timestamp {
    "2026-11-20T08:00:00Z".parse().unwrap()
}

struct Scene {
    app: App,
    t0: Instant,
    at: f64,
}

impl Scene {
    fn new(lang: Lang, records: Vec<Record>) -> Scene {
        Scene::with_history(
            lang,
            History {
                records,
                skipped: Vec::new(),
            },
        )
    }

    fn with_history(lang: Lang, history: History) -> Scene {
        Scene::with_catalog(lang, Catalog::new(built_in(), Vec::new()), history)
    }

    fn with_catalog(lang: Lang, catalog: Catalog, history: History) -> Scene {
        let setup = Setup {
            lang,
            catalog,
            history,
            time_zone: TimeZone::UTC,
            muted: false,
            settings: crate::app::Settings::default(),
            sound: crate::app::Sound::On,
            colors: false,
            start: None,
            notice: None,
        };
        Scene {
            app: App::new(setup, wall0()),
            t0: Instant::now(),
            at: 0.0,
        }
    }

    /// A user who did the safety check yesterday.
    fn checked(lang: Lang) -> Scene {
        Scene::new(
            lang,
            vec![Record::Screening(Screening {
                at: wall0() - SignedDuration::from_hours(24),
                clear: true,
                clinician: false,
            })],
        )
    }

    fn clock(&self) -> Clock {
        Clock {
            now: self.t0 + Duration::from_secs_f64(self.at),
            wall: wall0() + SignedDuration::from_secs_f64(self.at),
        }
    }

    fn press(&mut self, actions: &[Action]) -> &mut Scene {
        for action in actions {
            self.app.update(Msg::Action(*action, self.clock()));
        }
        self
    }

    fn wait(&mut self, secs: f64) -> &mut Scene {
        let until = self.at + secs;
        while let Some(deadline) = self.app.next_deadline() {
            let due = (deadline - self.t0).as_secs_f64();
            if due > until {
                break;
            }
            self.at = due;
            self.app.update(Msg::Tick(self.clock()));
        }
        self.at = until;
        self.app.update(Msg::Tick(self.clock()));
        self
    }

    /// Skips `exercises` exercises, as the user does: `n` twice for each; then waits until the
    /// clock of the exercise on starts, a moment after the key (`LOOK_AHEAD`).
    fn skip_exercises(&mut self, exercises: usize) -> &mut Scene {
        for _ in 0..exercises {
            self.press(&[Action::NextExercise, Action::NextExercise]);
        }
        self.wait(crate::app::LOOK_AHEAD.as_secs_f64())
    }

    fn draw(&self, width: u16, height: u16) -> String {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal
            .draw(|frame| frame.render_widget(&self.app, frame.area()))
            .unwrap();
        terminal.backend().to_string()
    }
}

fn last_session() -> Vec<Record> {
    let started = wall0() - SignedDuration::from_hours(49);
    vec![
        Record::Screening(Screening {
            at: started,
            clear: true,
            clinician: false,
        }),
        Record::Session(SessionRecord {
            started,
            finished: started + SignedDuration::from_secs(1094),
            program: "lower-back".into(),
            level: 2,
            completed: true,
            reps_done: 104,
            reps_planned: 104,
            pain_before: 3,
            pain_after: Some(4),
            stopped: None,
        }),
        Record::FollowUp(ryg_core::journal::FollowUp {
            session: started,
            morning: ryg_core::journal::Morning::Same,
        }),
    ]
}

/// Into a session of lower-back at level 1.
/// A session of lower-back at level 1 on the get-ready screen of its warm-up's first exercise.
fn warming_up(lang: Lang) -> Scene {
    let mut scene = Scene::checked(lang);
    scene.press(&[Action::Confirm, Action::Digit(3), Action::Confirm]);
    // The session's clock starts a moment after the answer.
    scene.wait(crate::app::LOOK_AHEAD.as_secs_f64());
    scene
}

/// A session of lower-back at level 1, its warm-up skipped, on the get-ready screen of its own
/// first exercise: the screens of the program's exercises are the same with or without it.
fn training(lang: Lang) -> Scene {
    let mut scene = warming_up(lang);
    let catalog = Catalog::new(built_in(), Vec::new());
    let warm_up = catalog.find("warm-up").unwrap().program.exercises.len();
    scene.skip_exercises(warm_up);
    scene
}

#[test]
fn the_warm_up_comes_first_in_the_same_session() {
    let mut scene = warming_up(Lang::En);
    scene.wait(3.0);
    let screen = scene.draw(80, 24);
    assert!(screen.contains("March on the spot"), "{screen}");
    assert!(screen.contains("After this: Hip circles"), "{screen}");
    assert_snapshot!("warm_up_get_ready_80x24", screen);
    let mut last = warming_up(Lang::En);
    last.skip_exercises(3);
    let screen = last.draw(80, 24);
    assert!(screen.contains("After this: Pelvic tilt"), "{screen}");
}

#[test]
fn home() {
    let scene = Scene::new(Lang::En, last_session());
    assert_snapshot!("home_80x24", scene.draw(80, 24));
    assert_snapshot!("home_60x20", scene.draw(60, 20));
    assert_snapshot!("home_120x40", scene.draw(120, 40));
    assert_snapshot!(
        "home_nb_80x24",
        Scene::new(Lang::Nb, last_session()).draw(80, 24)
    );
    let mut chosen = Scene::new(Lang::En, last_session());
    chosen.press(&[Action::Down, Action::Right]);
    assert_snapshot!("home_chosen_level_80x24", chosen.draw(80, 24));
}

#[test]
fn home_names_a_broken_program_file() {
    let mut scene = Scene::new(Lang::En, last_session());
    let broken = ryg_core::program::load_str(
        "Program(id: \"mine\", title: \"Mine\", exercises: [])",
        "/home/me/.config/ryg/programs/mine.ron",
    );
    scene.app.catalog = Catalog::new(built_in(), vec![broken]);
    assert_snapshot!("home_problem_80x24", scene.draw(80, 24));
    assert_snapshot!("home_problem_60x20", scene.draw(60, 20));
}

#[test]
fn follow_up() {
    let mut records = last_session();
    records.pop();
    let mut scene = Scene::new(Lang::En, records);
    scene.press(&[Action::Confirm]);
    assert_snapshot!("follow_up_80x24", scene.draw(80, 24));
    assert_snapshot!("follow_up_60x20", scene.draw(60, 20));
}

#[test]
fn pain_enter_without_an_answer_asks_for_one() {
    let mut scene = Scene::checked(Lang::En);
    scene.press(&[Action::Confirm]);
    let screen = scene.draw(80, 24);
    assert!(screen.contains("No answer chosen yet"), "{screen}");
    assert!(
        !screen.contains('['),
        "nothing marked on the scale: {screen}"
    );
    scene.press(&[Action::Confirm]);
    assert_snapshot!("pain_enter_without_answer_80x24", scene.draw(80, 24));
    assert_snapshot!("pain_enter_without_answer_60x20", scene.draw(60, 20));
    let mut danish = Scene::checked(Lang::Da);
    danish.press(&[Action::Confirm, Action::Confirm]);
    assert_snapshot!("pain_enter_without_answer_da_60x20", danish.draw(60, 20));
}

#[test]
fn pain_before() {
    let mut scene = Scene::checked(Lang::En);
    scene.press(&[Action::Confirm, Action::Digit(4)]);
    assert_snapshot!("pain_80x24", scene.draw(80, 24));
    assert_snapshot!("pain_60x20", scene.draw(60, 20));
    let mut danish = Scene::checked(Lang::Da);
    danish.press(&[Action::Confirm, Action::Digit(4)]);
    assert_snapshot!("pain_da_80x24", danish.draw(80, 24));
}

#[test]
fn get_ready() {
    let mut scene = training(Lang::En);
    scene.wait(3.0);
    assert_snapshot!("get_ready_80x24", scene.draw(80, 24));
    assert_snapshot!("get_ready_60x20", scene.draw(60, 20));
    assert_snapshot!("get_ready_120x40", scene.draw(120, 40));
}

#[test]
fn rep() {
    let mut scene = training(Lang::En);
    scene.wait(10.0 + 7.0 + 2.5);
    assert_snapshot!("rep_80x24", scene.draw(80, 24));
    assert_snapshot!("rep_60x20", scene.draw(60, 20));
    let mut danish = training(Lang::Da);
    danish.wait(19.5);
    assert_snapshot!("rep_da_80x24", danish.draw(80, 24));
}

#[test]
fn rep_with_a_side() {
    let mut scene = training(Lang::En);
    scene.skip_exercises(2).wait(10.0 + 5.0 + 1.0);
    assert_snapshot!("rep_side_80x24", scene.draw(80, 24));
}

#[test]
fn rest() {
    let mut scene = training(Lang::En);
    scene.wait(10.0 + 56.0 + 4.0);
    assert_snapshot!("rest_80x24", scene.draw(80, 24));
    assert_snapshot!("rest_60x20", scene.draw(60, 20));
}

#[test]
fn switch_side() {
    let mut scene = training(Lang::En);
    scene.skip_exercises(3);
    scene.wait(10.0 + 8.0 * 5.0 + 2.0);
    assert_snapshot!("switch_80x24", scene.draw(80, 24));
    assert_snapshot!("switch_60x20", scene.draw(60, 20));
}

#[test]
fn n_asks_before_skipping_an_exercise() {
    let mut scene = training(Lang::En);
    scene.wait(12.2).press(&[Action::NextExercise]);
    let screen = scene.draw(80, 24);
    assert!(
        screen.contains("Press n again to skip the rest of Pelvic tilt"),
        "{screen}"
    );
    assert_snapshot!("next_again_80x24", screen);
    assert_snapshot!("next_again_60x20", scene.draw(60, 20));
    let mut danish = training(Lang::Da);
    danish.wait(12.2).press(&[Action::NextExercise]);
    assert_snapshot!("next_again_da_60x20", danish.draw(60, 20));
}

#[test]
fn paused() {
    let mut scene = training(Lang::En);
    scene.wait(12.2).press(&[Action::Pause]);
    assert_snapshot!("paused_80x24", scene.draw(80, 24));
    assert_snapshot!("paused_60x20", scene.draw(60, 20));
}

#[test]
fn help_overlay() {
    let mut scene = training(Lang::En);
    scene.wait(12.0).press(&[Action::Help]);
    assert_snapshot!("help_training_80x24", scene.draw(80, 24));
    assert_snapshot!("help_training_60x20", scene.draw(60, 20));
    let mut home = Scene::checked(Lang::En);
    home.press(&[Action::Help]);
    assert_snapshot!("help_home_80x24", home.draw(80, 24));
    assert_snapshot!("help_home_60x20", home.draw(60, 20));
}

#[test]
fn confirm_quit() {
    let mut scene = training(Lang::En);
    scene.wait(12.0).press(&[Action::Quit]);
    assert_snapshot!("confirm_quit_80x24", scene.draw(80, 24));
    assert_snapshot!("confirm_quit_60x20", scene.draw(60, 20));
}

#[test]
fn pain_after_and_result() {
    let mut scene = Scene::checked(Lang::En);
    scene.press(&[
        Action::Down,
        Action::Confirm,
        Action::Digit(2),
        Action::Confirm,
    ]);
    scene.wait(3600.0);
    assert_snapshot!("pain_after_80x24", scene.draw(80, 24));
    assert_snapshot!("pain_after_60x20", scene.draw(60, 20));
    scene.press(&[Action::Digit(3), Action::Confirm]);
    assert_snapshot!("result_80x24", scene.draw(80, 24));
    assert_snapshot!("result_60x20", scene.draw(60, 20));
    assert_snapshot!("result_red_nb_80x24", red_result(Lang::Nb).draw(80, 24));
}

/// The result of a whole session of the second program, with pain 2 before and 8 after: red.
fn red_result(lang: Lang) -> Scene {
    result_with_pain_after(lang, 8)
}

/// The result of a whole session of the second program, with pain 2 before and `after` after.
fn result_with_pain_after(lang: Lang, after: u8) -> Scene {
    let mut scene = Scene::checked(lang);
    scene.press(&[
        Action::Down,
        Action::Confirm,
        Action::Digit(2),
        Action::Confirm,
    ]);
    scene
        .wait(3600.0)
        .press(&[Action::Digit(after), Action::Confirm]);
    scene
}

#[test]
fn too_small_asks_for_more_room_and_never_panics() {
    let mut scene = training(Lang::En);
    assert_snapshot!("too_small_40x10", scene.draw(40, 10));
    // The clock runs on behind the small screen, and the screen says so.
    let running = scene.draw(40, 10);
    assert!(running.contains("The session goes on"), "{running}");
    assert!(running.contains("Space pauses"), "{running}");
    scene.press(&[Action::Pause]);
    let paused = scene.draw(40, 10);
    assert!(paused.contains("The session is paused"), "{paused}");
    assert!(paused.contains("Space goes on"), "{paused}");
    let danish = training(Lang::Da).draw(59, 19);
    assert!(danish.contains("Træningen fortsætter"), "{danish}");
    for (width, height) in [(20, 5), (1, 1), (59, 24), (80, 19), (200, 60)] {
        scene.draw(width, height);
    }
}

/// `ryg start --level 3`: after a clear safety check the first screen is the pain question of
/// that program at that level; without one, the safety check comes first.
#[test]
fn a_start_straight_into_a_session_at_a_chosen_level() {
    let starting = |records: Vec<Record>| {
        let setup = Setup {
            lang: Lang::En,
            catalog: Catalog::new(built_in(), Vec::new()),
            history: History {
                records,
                skipped: Vec::new(),
            },
            time_zone: TimeZone::UTC,
            muted: true,
            settings: crate::app::Settings::default(),
            sound: crate::app::Sound::NoDevice,
            colors: true,
            start: Some((0, LevelChoice::Chosen(3))),
            notice: None,
        };
        Scene {
            app: App::new(setup, wall0()),
            t0: Instant::now(),
            at: 0.0,
        }
        .draw(80, 24)
    };
    let yesterday = Record::Screening(Screening {
        at: wall0() - SignedDuration::from_hours(24),
        clear: true,
        clinician: false,
    });
    let checked = starting(vec![yesterday]);
    assert!(
        checked.contains("Before the session · Lower back basics · level 3")
            && checked.contains("How much does your back hurt right now?"),
        "{checked}"
    );
    let first_run = starting(Vec::new());
    assert!(
        first_run.contains("Before you start: a short safety check"),
        "{first_run}"
    );
}

/// The get-ready screen of every exercise, level and language keeps every step whole: the last
/// word of each step is on the screen.
#[test]
fn no_step_is_cut_on_any_get_ready_screen() {
    let programs: Vec<_> = built_in().into_iter().filter_map(|l| l.program).collect();
    let catalog = Catalog::new(built_in(), Vec::new());
    for (index, program) in programs.iter().enumerate() {
        for level in 1..=program.levels() {
            for lang in Lang::ALL {
                for (number, exercise) in program.exercises.iter().enumerate() {
                    let setup = Setup {
                        lang,
                        catalog: catalog.clone(),
                        history: History {
                            records: vec![Record::Screening(Screening {
                                at: wall0(),
                                clear: true,
                                clinician: false,
                            })],
                            skipped: Vec::new(),
                        },
                        time_zone: TimeZone::UTC,
                        muted: false,
                        settings: crate::app::Settings::default(),
                        sound: crate::app::Sound::On,
                        colors: false,
                        start: Some((index, LevelChoice::Chosen(level))),
                        notice: None,
                    };
                    let mut scene = Scene {
                        app: App::new(setup, wall0()),
                        t0: Instant::now(),
                        at: 0.0,
                    };
                    scene.press(&[Action::Digit(3), Action::Confirm]);
                    // The warm-up's exercises come first.
                    let plan = catalog.plan(program, level).unwrap();
                    scene.skip_exercises(plan.warm_up_exercises() + number);
                    let dose = program.level_of(exercise, level).unwrap();
                    for (width, height) in [(80, 24), (60, 20)] {
                        let screen = scene.draw(width, height).replace(['"', '\n'], " ");
                        let screen: String =
                            screen.split_whitespace().collect::<Vec<_>>().join(" ");
                        for step in exercise.steps_at(dose) {
                            let last = step.get(lang).split_whitespace().last().unwrap();
                            assert!(
                                screen.contains(last),
                                "{} level {level} {lang} {}×{}: {:?} is cut\n{}",
                                exercise.id,
                                width,
                                height,
                                step.get(lang),
                                scene.draw(width, height)
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn sound_off_is_said_without_crowding_the_header() {
    let mut scene = training(Lang::Da);
    scene.app.sound = crate::app::Sound::NoDevice;
    scene.wait(12.0);
    assert_snapshot!("sound_off_da_60x20", scene.draw(60, 20));
    assert_snapshot!("sound_off_da_80x24", scene.draw(80, 24));
    scene.app.sound = crate::app::Sound::On;
    scene.press(&[Action::Mute]);
    assert_snapshot!("muted_80x24", scene.draw(80, 24));
}

/// A device lost mid-session is said in the header, in every language, even at the smallest size,
/// and the sound comes back there when a device opens again.
#[test]
fn a_lost_device_is_said_and_its_return_too() {
    for lang in Lang::ALL {
        let mut scene = training(lang);
        scene.wait(12.0);
        scene.app.update(Msg::Sound(crate::app::Sound::Lost));
        let header = scene.draw(60, 20).lines().next().unwrap().to_string();
        assert!(
            header.contains(ryg_core::words::SOUND_LOST.get(lang)),
            "{header}"
        );
        scene.app.update(Msg::Sound(crate::app::Sound::On));
        let header = scene.draw(60, 20).lines().next().unwrap().to_string();
        assert!(header.contains(" 80% "), "{header}");
    }
}

/// Snapshots of `scene` (a `fn(Lang) -> Scene`) in English and Danish at 80×24 and 60×20,
/// named `NAME_LANG_SIZE`. A macro, so that each snapshot keeps the name of the module it is
/// taken in.
macro_rules! in_both_sizes {
    ($name:expr, $scene:expr) => {
        for lang in [Lang::En, Lang::Da] {
            let scene = $scene(lang);
            insta::assert_snapshot!(format!("{}_{lang}_80x24", $name), scene.draw(80, 24));
            insta::assert_snapshot!(format!("{}_{lang}_60x20", $name), scene.draw(60, 20));
        }
    };
}

mod colours;
mod course_check;
mod course_start;
mod dates;
mod history;
mod journey;
mod learn;
mod rhythm;
mod safety;
mod visible;
mod wording;
