//! The journey through the app, message by message, with time passed in.

use std::time::{Duration, Instant};

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

use super::*;
use crate::app::Action;
use ryg_core::journal::{FollowUp as FollowUpRecord, History, Morning, Record, Screening};
use ryg_core::program::{Catalog, load_str};
use ryg_core::session::{Cue, DueCue};

/// A program of a few seconds: 1 s to get ready, two reps of 1 s.
const TINY: &str = r#"Program(id: "tiny", title: "Tiny", prepare_secs: 1, exercises: [
    Exercise(id: "tilt", name: "Tilt", purpose: "p", steps: [], levels: [
        Level(sets: 1, reps: 2, rest_secs: 0, tempo: [Phase(kind: Move, secs: 0.5), Phase(kind: Return, secs: 0.5)]),
        Level(sets: 1, reps: 3, rest_secs: 0, tempo: [Phase(kind: Move, secs: 0.5), Phase(kind: Return, secs: 0.5)]),
    ]),
])"#;

struct Run {
    app: App,
    t0: Instant,
    wall0: Timestamp,
    at: f64,
    written: Vec<Record>,
    quit: bool,
    /// Every phrase the app asked to say and did not take back: when it is due (seconds from
    /// the start) and its text.
    said: Vec<(f64, String, Loudness)>,
    /// Cues handed over whose moment has not come yet, as the shell keeps them.
    scheduled: Vec<DueCue>,
}

fn wall0() -> Timestamp {
    "2026-11-20T08:00:00Z".parse().unwrap()
}

fn catalog() -> Catalog {
    let mut tiny = load_str(TINY, "tiny.ron");
    tiny.path = Some("tiny.ron".into());
    Catalog::new(Vec::new(), vec![tiny])
}

/// A three-minute session of `tiny` at `level`, `hours_ago` before `wall0()`, every rep done and
/// pain 2 → 2: the history most tests need behind them. A test changes what it is about with
/// `SessionRecord { program: "gone".into(), ..done_session(30, 2) }`.
fn done_session(hours_ago: i64, level: u32) -> ryg_core::journal::SessionRecord {
    let started = wall0() - SignedDuration::from_hours(hours_ago);
    ryg_core::journal::SessionRecord {
        started,
        finished: started + SignedDuration::from_mins(3),
        program: "tiny".into(),
        level,
        completed: true,
        reps_done: 6,
        reps_planned: 6,
        pain_before: 2,
        pain_after: Some(2),
        stopped: None,
    }
}

fn clear_check(days_ago: i64) -> Record {
    Record::Screening(Screening {
        at: wall0() - SignedDuration::from_hours(24 * days_ago),
        clear: true,
        clinician: false,
    })
}

impl Run {
    fn new(records: Vec<Record>, start: Option<(usize, LevelChoice)>) -> Run {
        Run::with_catalog(catalog(), records, start)
    }

    fn with_catalog(
        catalog: Catalog,
        records: Vec<Record>,
        start: Option<(usize, LevelChoice)>,
    ) -> Run {
        let setup = Setup {
            lang: ryg_core::words::Lang::En,
            catalog,
            history: History {
                records,
                skipped: Vec::new(),
            },
            time_zone: TimeZone::UTC,
            muted: false,
            settings: crate::app::Settings::default(),
            sound: crate::app::Sound::On,
            colors: true,
            start,
            notice: None,
        };
        Run {
            app: App::new(setup, wall0()),
            t0: Instant::now(),
            wall0: wall0(),
            at: 0.0,
            written: Vec::new(),
            quit: false,
            said: Vec::new(),
            scheduled: Vec::new(),
        }
    }

    /// On the home screen with only the program in `ron`, read as if from the file `file`.
    fn with_program(ron: &str, file: &str) -> Run {
        let mut program = load_str(ron, file);
        program.path = Some(file.into());
        let catalog = Catalog::new(Vec::new(), vec![program]);
        Run::with_catalog(catalog, vec![clear_check(1)], None)
    }

    fn clock(&self) -> Clock {
        Clock {
            now: self.t0 + Duration::from_secs_f64(self.at),
            wall: self.wall0 + SignedDuration::from_secs_f64(self.at),
        }
    }

    /// Carries out `effects` as the shell does; returns the cues heard by now, in order: a cue
    /// handed over ahead is heard once its moment comes, unless it was taken back before.
    fn handle(&mut self, effects: Vec<Effect>) -> Vec<Cue> {
        for effect in effects {
            match effect {
                Effect::Append(record) => self.written.push(record),
                Effect::Quit => self.quit = true,
                Effect::SaveSettings(_) => {}
                Effect::Cue(cue, _) => self.scheduled.push(cue),
                Effect::Say(said, loudness) => {
                    let at = (said.at - self.t0).as_secs_f64();
                    self.said.push((at, said.forms[0].clone(), loudness));
                }
                Effect::Withdraw(after) => {
                    self.scheduled.retain(|cue| cue.at <= after);
                    let after = (after - self.t0).as_secs_f64();
                    self.said.retain(|(at, ..)| *at <= after);
                }
            }
        }
        self.heard()
    }

    /// The cues whose moment has come by now.
    fn heard(&mut self) -> Vec<Cue> {
        let now = self.clock().now;
        let (heard, later) = self.scheduled.drain(..).partition(|cue| cue.at <= now);
        self.scheduled = later;
        heard.into_iter().map(|cue: DueCue| cue.cue).collect()
    }

    fn paste(&mut self, text: &str) -> Vec<Cue> {
        let effects = self.app.update(Msg::Paste(text.to_string(), self.clock()));
        self.handle(effects)
    }

    fn press(&mut self, action: Action) -> Vec<Cue> {
        let effects = self.app.update(Msg::Action(action, self.clock()));
        self.handle(effects)
    }

    /// Waits until `at` seconds, waking at every deadline on the way as the shell does.
    fn wait_until(&mut self, at: f64) -> Vec<Cue> {
        let mut cues = Vec::new();
        while let Some(deadline) = self.app.next_deadline() {
            let due = (deadline - self.t0).as_secs_f64();
            if due > at {
                break;
            }
            self.at = due;
            let effects = self.app.update(Msg::Tick(self.clock()));
            cues.extend(self.handle(effects));
        }
        self.at = at;
        cues.extend(self.heard());
        cues
    }

    /// The session's clock starts a moment after the key that began it: from now on the tests
    /// count time from then, as if the key had been pressed that moment before 0 s.
    fn count_from_the_clock_start(&mut self) {
        let lead = crate::app::LOOK_AHEAD;
        self.t0 += lead;
        self.wall0 += SignedDuration::try_from(lead).unwrap();
        self.at = 0.0;
        for (at, ..) in &mut self.said {
            *at -= lead.as_secs_f64();
        }
    }

    fn sessions(&self) -> Vec<&ryg_core::journal::SessionRecord> {
        self.written
            .iter()
            .filter_map(|r| match r {
                Record::Session(s) => Some(s),
                _ => None,
            })
            .collect()
    }
}

#[test]
fn the_safety_check_comes_back_after_thirty_days() {
    let recent = Run::new(vec![clear_check(29)], None);
    assert!(matches!(recent.app.screen, Screen::Home(_)));
    let old = Run::new(vec![clear_check(31)], None);
    assert!(matches!(old.app.screen, Screen::SafetyCheck(_)));
}

#[test]
fn a_whole_session_from_home_to_the_result() {
    let mut run = Run::new(vec![clear_check(1)], None);
    assert_eq!(
        run.app.next_deadline(),
        None,
        "an idle home screen has nothing to wake for"
    );
    run.press(Action::Confirm);
    assert!(matches!(
        run.app.screen,
        Screen::Pain(Pain {
            moment: PainMoment::Before { level: 1, .. },
            ..
        })
    ));
    run.press(Action::Digit(3));
    let cues = run.press(Action::Confirm);
    assert_eq!(
        cues,
        [],
        "the session's clock starts a moment after the key"
    );
    assert!(matches!(run.app.screen, Screen::Training(_)));
    run.count_from_the_clock_start();
    let cues = run.wait_until(10.0);
    assert_eq!(
        cues,
        [
            // A 1 s get-ready countdown has its one pip at its start.
            Cue::Pip,
            Cue::Go,
            Cue::Phase(ryg_core::program::PhaseKind::Move),
            Cue::Phase(ryg_core::program::PhaseKind::Return),
            Cue::RepDone,
            Cue::Phase(ryg_core::program::PhaseKind::Move),
            Cue::Phase(ryg_core::program::PhaseKind::Return),
            Cue::SessionDone,
        ]
    );
    let Screen::Pain(pain) = &run.app.screen else {
        panic!("the pain question follows the session");
    };
    assert_eq!(pain.rating, None, "the question starts with no answer");
    // The arrows start from the answer before, 3, and go on from there.
    run.press(Action::Right);
    run.press(Action::Right);
    run.press(Action::Confirm);
    let Screen::Result(outcome) = &run.app.screen else {
        panic!("the result follows the question");
    };
    assert_eq!(outcome.zone.zone, ryg_core::rules::Zone::Green);
    let sessions = run.sessions();
    assert_eq!(sessions.len(), 1);
    let record = sessions[0];
    assert_eq!(record.program, "tiny");
    assert_eq!(
        (record.level, record.reps_done, record.reps_planned),
        (1, 2, 2)
    );
    assert!(record.completed);
    assert_eq!((record.pain_before, record.pain_after), (3, Some(4)));
    assert_eq!(record.started, wall0());
    assert_eq!(record.finished, wall0() + SignedDuration::from_secs(3));
    run.press(Action::Confirm);
    assert!(matches!(run.app.screen, Screen::Home(_)));
}

fn into_session(run: &mut Run) {
    run.press(Action::Confirm);
    run.press(Action::Digit(2));
    run.press(Action::Confirm);
    assert!(matches!(run.app.screen, Screen::Training(_)));
    run.count_from_the_clock_start();
}

#[test]
fn quitting_asks_first_pauses_meanwhile_and_saves_an_unfinished_session() {
    let mut run = Run::new(vec![clear_check(1)], None);
    into_session(&mut run);
    run.wait_until(1.7);
    run.press(Action::Quit);
    assert_eq!(run.app.overlay, Some(Overlay::ConfirmQuit));
    assert_eq!(
        run.app.next_deadline(),
        None,
        "the session waits while asking"
    );
    run.at = 30.0;
    run.press(Action::No);
    assert_eq!(run.app.overlay, None);
    let Screen::Training(training) = &run.app.screen else {
        panic!()
    };
    assert!(!training.session.is_paused());
    // The clock goes on at 30.6 s (`AFTER_PAUSE`): the rep left at 1.7 s ends at 30.9 s.
    run.wait_until(31.0);
    run.press(Action::Quit);
    run.press(Action::Yes);
    assert!(matches!(run.app.screen, Screen::WhyStopped(_)));
    assert!(run.sessions().is_empty(), "saved once the user says why");
    run.press(Action::Digit(2));
    run.press(Action::Confirm);
    assert!(matches!(run.app.screen, Screen::Home(_)));
    assert_eq!(run.app.notice, Some(Notice::SavedUnfinished));
    let record = run.sessions()[0].clone();
    assert_eq!(
        (record.reps_done, record.completed, record.pain_after),
        (1, false, None)
    );
    assert_eq!(record.stopped, Some(ryg_core::journal::Stopped::Time));
    assert_eq!(record.pain_before, 2);
    assert!(!run.quit);
}

#[test]
fn help_pauses_the_session_and_closing_it_goes_on() {
    let mut run = Run::new(vec![clear_check(1)], None);
    into_session(&mut run);
    run.press(Action::Help);
    assert_eq!(run.app.overlay, Some(Overlay::Help));
    assert_eq!(run.app.next_deadline(), None);
    run.press(Action::Skip);
    assert_eq!(
        run.app.overlay,
        Some(Overlay::Help),
        "other keys do nothing under help"
    );
    run.press(Action::Help);
    assert!(run.app.next_deadline().is_some());
}

#[test]
fn a_paused_session_stays_paused_under_help() {
    let mut run = Run::new(vec![clear_check(1)], None);
    into_session(&mut run);
    run.press(Action::Pause);
    run.press(Action::Help);
    run.press(Action::Help);
    assert_eq!(run.app.next_deadline(), None);
}

#[test]
fn a_suspend_pauses_the_session_until_the_user_goes_on_even_under_help() {
    let mut run = Run::new(vec![clear_check(1)], None);
    into_session(&mut run);
    run.press(Action::Suspend);
    assert_eq!(run.app.next_deadline(), None, "paused by the suspend");
    run.press(Action::Pause);
    assert!(run.app.next_deadline().is_some(), "Space goes on");
    run.press(Action::Help);
    run.press(Action::Suspend);
    run.press(Action::Help);
    assert_eq!(
        run.app.next_deadline(),
        None,
        "still paused once help is closed"
    );
}

#[test]
fn a_hang_up_saves_the_session_as_interrupted_and_quits() {
    let mut run = Run::new(vec![clear_check(1)], None);
    into_session(&mut run);
    run.wait_until(2.2);
    run.at = 2.2;
    let effects = run.app.update(Msg::HangUp(run.clock()));
    run.handle(effects);
    assert!(run.quit);
    let record = run.sessions()[0].clone();
    assert_eq!(
        (record.reps_done, record.completed, record.pain_after),
        (1, false, None)
    );
    assert_eq!(record.finished, wall0() + SignedDuration::from_secs(2));
}

#[test]
fn ctrl_c_at_the_pain_question_after_saves_the_finished_session() {
    let mut run = Run::new(vec![clear_check(1)], None);
    into_session(&mut run);
    run.wait_until(10.0);
    run.press(Action::Interrupt);
    assert!(run.quit);
    let record = run.sessions()[0].clone();
    assert_eq!((record.completed, record.pain_after), (true, None));
}

#[test]
fn nothing_is_saved_when_quitting_from_home() {
    let mut run = Run::new(vec![clear_check(1)], None);
    run.press(Action::Interrupt);
    assert!(run.quit);
    assert!(run.written.is_empty());
}

fn yesterday_session() -> Vec<Record> {
    vec![clear_check(1), Record::Session(done_session(20, 2))]
}

#[test]
fn the_morning_question_comes_before_the_level_is_confirmed() {
    let mut run = Run::new(yesterday_session(), None);
    let Screen::Home(home) = &run.app.screen else {
        panic!()
    };
    assert_eq!(run.app.level_of(home.program, home.level), 2);
    run.press(Action::Confirm);
    assert!(matches!(run.app.screen, Screen::MorningAnswer(_)));
    run.press(Action::Down);
    run.press(Action::Confirm);
    let started = wall0() - SignedDuration::from_hours(20);
    assert_eq!(
        run.written,
        [Record::FollowUp(FollowUpRecord {
            session: started,
            morning: Morning::Worse
        })]
    );
    let Screen::Home(home) = &run.app.screen else {
        panic!("back home to confirm the level")
    };
    assert_eq!(
        run.app.level_of(home.program, home.level),
        1,
        "worse next morning: one easier"
    );
    assert_eq!(run.app.notice, Some(Notice::LevelUpdated));
    run.press(Action::Confirm);
    assert!(matches!(
        run.app.screen,
        Screen::Pain(Pain {
            moment: PainMoment::Before { level: 1, .. },
            ..
        })
    ));
}

#[test]
fn ryg_start_goes_straight_through_the_morning_question_to_the_pain_question() {
    let mut run = Run::new(yesterday_session(), Some((0, LevelChoice::Recommended)));
    assert!(matches!(run.app.screen, Screen::MorningAnswer(_)));
    run.press(Action::Digit(4));
    assert!(
        matches!(run.app.screen, Screen::MorningAnswer(_)),
        "a digit only chooses"
    );
    run.press(Action::Confirm);
    assert!(run.written.is_empty(), "skip writes nothing");
    assert!(matches!(
        run.app.screen,
        Screen::Pain(Pain {
            moment: PainMoment::Before { level: 2, .. },
            ..
        })
    ));
    let chosen = Run::new(vec![clear_check(1)], Some((0, LevelChoice::Chosen(2))));
    assert!(matches!(
        chosen.app.screen,
        Screen::Pain(Pain {
            moment: PainMoment::Before { level: 2, .. },
            ..
        })
    ));
}

#[test]
fn a_morning_question_of_the_same_day_is_not_asked() {
    let started = wall0() - SignedDuration::from_hours(2);
    let mut records = yesterday_session();
    if let Record::Session(session) = &mut records[1] {
        session.started = started;
    }
    let run = Run::new(records, Some((0, LevelChoice::Recommended)));
    assert!(matches!(run.app.screen, Screen::Pain(_)));
}

#[test]
fn home_chooses_programs_and_levels() {
    let mut run = Run::new(vec![clear_check(1)], None);
    let level = |run: &Run| match &run.app.screen {
        Screen::Home(home) => run.app.level_of(home.program, home.level),
        _ => panic!(),
    };
    assert_eq!(level(&run), 1);
    run.press(Action::Right);
    assert_eq!(level(&run), 2);
    run.press(Action::Right);
    assert_eq!(level(&run), 2, "no level above the top");
    run.press(Action::Digit(1));
    assert_eq!(level(&run), 1);
    run.press(Action::Digit(9));
    assert_eq!(level(&run), 1, "a level the program lacks is ignored");
    run.press(Action::Left);
    assert_eq!(level(&run), 1);
    run.press(Action::Down);
    run.press(Action::Up);
    assert!(matches!(
        run.app.screen,
        Screen::Home(Home { program: 0, .. })
    ));
}

#[test]
fn the_pain_scale_runs_from_0_to_10() {
    let mut run = Run::new(vec![clear_check(1)], None);
    run.press(Action::Confirm);
    let rating = |run: &Run| match &run.app.screen {
        Screen::Pain(pain) => pain.rating,
        _ => panic!(),
    };
    run.press(Action::Left);
    assert_eq!(rating(&run), Some(0));
    run.press(Action::Digit(1));
    run.press(Action::Digit(0));
    assert_eq!(rating(&run), Some(10));
    run.press(Action::Right);
    assert_eq!(rating(&run), Some(10));
    run.press(Action::Digit(7));
    assert_eq!(rating(&run), Some(7));
    run.press(Action::Back);
    assert!(matches!(run.app.screen, Screen::Home(_)));
}

#[test]
fn a_failed_write_is_shown_and_tried_again_with_the_next_record() {
    let mut run = Run::new(Vec::new(), None);
    run.press(Action::No);
    run.press(Action::No);
    let lost = run.written.pop().unwrap();
    run.app.update(Msg::WriteFailed {
        record: lost.clone(),
        why: "disk full".into(),
    });
    assert_eq!(run.app.notice, Some(Notice::NotSaved("disk full".into())));
    run.press(Action::Confirm);
    run.press(Action::Interrupt);
    assert_eq!(
        run.written,
        [lost],
        "the unsaved record is written before quitting"
    );
}

#[test]
fn mute_works_on_every_screen() {
    let mut run = Run::new(Vec::new(), None);
    run.press(Action::Mute);
    assert!(run.app.muted);
    run.press(Action::No);
    run.press(Action::Mute);
    assert!(!run.app.muted);
}

#[test]
fn next_exercise_on_the_last_one_ends_the_session() {
    let mut run = Run::new(vec![clear_check(1)], None);
    into_session(&mut run);
    // After the first rep: a session without one has no pain after to ask.
    run.wait_until(2.5);
    run.press(Action::NextExercise);
    run.press(Action::NextExercise);
    assert!(matches!(
        run.app.screen,
        Screen::Pain(Pain {
            moment: PainMoment::After(_),
            ..
        })
    ));
    run.press(Action::Digit(2));
    run.press(Action::Confirm);
    assert!(!run.sessions()[0].completed);
}

#[test]
fn a_zero_makes_ten_only_right_after_typing_one() {
    let mut run = Run::new(vec![clear_check(1)], None);
    run.press(Action::Confirm);
    run.press(Action::Digit(1));
    run.press(Action::Confirm);
    run.wait_until(2.5);
    run.press(Action::NextExercise);
    run.press(Action::NextExercise);
    // The 1 typed before the session is not part of the answer after it: a 0 now means 0.
    run.press(Action::Digit(0));
    run.press(Action::Confirm);
    assert_eq!(run.sessions()[0].pain_after, Some(0));
    let mut arrows = Run::new(vec![clear_check(1)], None);
    arrows.press(Action::Confirm);
    arrows.press(Action::Right);
    arrows.press(Action::Digit(0));
    assert!(matches!(
        arrows.app.screen,
        Screen::Pain(Pain {
            rating: Some(0),
            ..
        })
    ));
}

#[test]
fn a_level_chosen_on_home_survives_the_morning_question() {
    let mut run = Run::new(yesterday_session(), None);
    run.press(Action::Digit(1));
    run.press(Action::Confirm);
    assert!(matches!(run.app.screen, Screen::MorningAnswer(_)));
    // "As usual" leaves the recommendation as it was: straight on, at the chosen level.
    run.press(Action::Confirm);
    assert!(matches!(
        run.app.screen,
        Screen::Pain(Pain {
            moment: PainMoment::Before { level: 1, .. },
            ..
        })
    ));
}

#[test]
fn plus_and_minus_set_the_volume_and_keep_it() {
    let mut run = Run::new(vec![clear_check(1)], None);
    run.press(Action::Mute);
    let effects = run.app.update(Msg::Action(Action::Quieter, run.clock()));
    assert_eq!(run.app.settings.volume, 0.7);
    assert!(!run.app.muted, "changing the volume unmutes");
    assert_eq!(effects, [Effect::SaveSettings(run.app.settings)]);
    run.press(Action::Louder);
    run.press(Action::Louder);
    assert_eq!(run.app.settings.volume, 0.9);
}

#[test]
fn sound_is_wanted_only_around_a_session() {
    let mut run = Run::new(vec![clear_check(1)], None);
    assert!(!run.app.wants_sound(), "home is quiet");
    run.press(Action::Confirm);
    assert!(run.app.wants_sound(), "ready before the first cue");
    run.press(Action::Digit(2));
    run.press(Action::Confirm);
    assert!(run.app.wants_sound());
    run.press(Action::Pause);
    assert!(!run.app.wants_sound(), "a paused session is quiet");
    run.press(Action::Pause);
    run.wait_until(10.0);
    assert!(run.app.wants_sound(), "the last cue is heard to its end");
    run.press(Action::Digit(2));
    run.press(Action::Confirm);
    assert!(!run.app.wants_sound(), "the result is quiet");
}

#[test]
fn muted_the_device_is_closed_and_unmuted_it_opens_again() {
    let mut run = Run::new(vec![clear_check(1)], None);
    run.press(Action::Confirm);
    run.press(Action::Mute);
    assert!(!run.app.wants_sound(), "muted before the session");
    run.press(Action::Digit(2));
    run.press(Action::Confirm);
    assert!(!run.app.wants_sound(), "muted during it");
    run.press(Action::Mute);
    assert!(run.app.wants_sound());
    run.press(Action::Louder);
    run.press(Action::Mute);
    run.press(Action::Quieter);
    assert!(run.app.wants_sound(), "a volume key unmutes");
}

mod ahead;
mod awake;
mod bad_day;
mod course_check;
mod course_start;
mod future;
mod history;
mod learn;
mod notices;
mod pain;
mod paste;
mod rhythm;
mod safety;
mod stopping;
mod training;
mod voice;
