//! Whole sessions driven through `next_deadline()`, as the shell drives them.

use std::time::{Duration, Instant};

use super::*;
use crate::program::{PhaseKind, Side, Sides, built_in, load_str};
use crate::session::SessionLength;

/// Two exercises: one plain with rests, one on each side with a switch; fractional phases.
const SMALL: &str = r#"Program(
    id: "small", title: "Small", prepare_secs: 5, switch_secs: 3,
    exercises: [
        Exercise(id: "tilt", name: "Tilt", purpose: "p", steps: [],
            levels: [Level(sets: 2, reps: 2, rest_secs: 4, tempo: [Phase(kind: Move, secs: 1.5), Phase(kind: Hold, secs: 2), Phase(kind: Return, secs: 1.5)])]),
        Exercise(id: "clam", name: "Clam", purpose: "p", steps: [], sides: EachSide,
            levels: [Level(sets: 1, reps: 2, rest_secs: 10, tempo: [Phase(kind: Move, secs: 1), Phase(kind: Return, secs: 1)])]),
    ],
)"#;

fn program(source: &str) -> Program {
    let loaded = load_str(source, "test.ron");
    loaded
        .program
        .unwrap_or_else(|| panic!("{:?}", loaded.diagnostics))
}

fn secs(s: f64) -> Duration {
    Duration::from_secs_f64(s)
}

/// Runs a session to its end, waking exactly at every deadline; returns it and every cue.
fn run_punctually(session: &mut Session) -> Vec<DueCue> {
    let mut cues = Vec::new();
    while let Some(deadline) = session.next_deadline() {
        cues.extend(session.advance(deadline));
    }
    cues
}

/// A session begun at `t0`, brought up to `t0`: with the cues of its start.
fn start(program: &Program, level: u32, t0: Instant) -> (Session, Vec<DueCue>) {
    let mut session = Session::start(program, level, t0).expect("the level exists");
    let cues = session.advance(t0);
    (session, cues)
}

fn timed(cues: &[DueCue], t0: Instant) -> Vec<(f64, Cue)> {
    cues.iter()
        .map(|c| ((c.at - t0).as_secs_f64(), c.cue))
        .collect()
}

#[test]
fn a_small_session_gives_every_cue_at_its_moment() {
    let t0 = Instant::now();
    let program = program(SMALL);
    let (mut session, mut cues) = start(&program, 1, t0);
    cues.extend(run_punctually(&mut session));
    use Cue::*;
    use PhaseKind::*;
    let rep = |at: f64, done: Cue| {
        vec![
            (at, Phase(Move)),
            (at + 1.5, Phase(Hold)),
            (at + 3.5, Phase(Return)),
            (at + 5.0, done),
        ]
    };
    let mut want = vec![(2.0, Pip), (3.0, Pip), (4.0, Pip), (5.0, Go)];
    want.extend(rep(5.0, RepDone));
    want.extend(rep(10.0, SetDone));
    want.extend([(16.0, Pip), (17.0, Pip), (18.0, Pip), (19.0, RestOver)]);
    want.extend(rep(19.0, RepDone));
    want.extend(rep(24.0, SetDone));
    // The clamshell: get ready, two reps on the left, switch, two on the right.
    want.extend([(31.0, Pip), (32.0, Pip), (33.0, Pip), (34.0, Go)]);
    want.extend([(34.0, Phase(Move)), (35.0, Phase(Return)), (36.0, RepDone)]);
    want.extend([(36.0, Phase(Move)), (37.0, Phase(Return)), (38.0, RepDone)]);
    want.extend([(38.0, Pip), (39.0, Pip), (40.0, Pip), (41.0, Go)]);
    want.extend([(41.0, Phase(Move)), (42.0, Phase(Return)), (43.0, RepDone)]);
    want.extend([
        (43.0, Phase(Move)),
        (44.0, Phase(Return)),
        (45.0, SessionDone),
    ]);
    assert_eq!(timed(&cues, t0), want);
    assert!(session.is_over());
    assert_eq!(session.ended_at(), Some(t0 + secs(45.0)));
    assert_eq!((session.reps_done(), session.reps_planned()), (8, 8));
    assert!(session.completed());
}

/// docs/program-format.md's formula, written out here on its own so that the timeline, which
/// `ryg plan` and the session both use, is checked against the contract and not against itself.
fn contract_formula(program: &Program, level: u32) -> (f64, u32) {
    let mut total = 0.0;
    let mut reps_planned = 0;
    for exercise in &program.exercises {
        let dose = &exercise.levels[level as usize - 1];
        let rep_secs: f64 = dose.tempo.iter().map(|p| p.secs).sum();
        let executions = match exercise.sides_at(dose) {
            Sides::None => dose.reps,
            Sides::Alternate | Sides::EachSide => 2 * dose.reps,
        };
        let switch = if exercise.sides_at(dose) == Sides::EachSide {
            program.switch_secs
        } else {
            0
        };
        let set_secs = f64::from(executions) * rep_secs + f64::from(switch);
        total += f64::from(program.prepare_secs)
            + f64::from(dose.sets) * set_secs
            + f64::from(dose.sets - 1) * f64::from(dose.rest_secs);
        reps_planned += dose.sets * executions;
    }
    (total, reps_planned)
}

#[test]
fn planned_length_equals_the_formula_to_the_millisecond() {
    let t0 = Instant::now();
    let mut programs = vec![program(SMALL)];
    programs.extend(built_in().into_iter().filter_map(|l| l.program));
    for program in &programs {
        for level in 1..=program.levels() {
            let (formula_secs, formula_reps) = contract_formula(program, level);
            let (mut session, _) = start(program, level, t0);
            run_punctually(&mut session);
            let ran = session.ended_at().unwrap() - t0;
            let what = format!("{} level {level}", program.id);
            assert!(
                (ran.as_secs_f64() - formula_secs).abs() < 0.001,
                "{what}: ran {ran:?}"
            );
            assert_eq!(session.reps_done(), formula_reps, "{what}");
            assert_eq!(session.reps_planned(), formula_reps, "{what}");
            assert!(session.completed());
            let length = SessionLength::of(program, level).unwrap();
            assert!((length.total_secs - formula_secs).abs() < 0.001, "{what}");
            assert_eq!(length.reps_planned, formula_reps, "{what}");
            let exercises: f64 = length.exercises.iter().map(|e| e.secs).sum();
            assert!((exercises - formula_secs).abs() < 0.001, "{what}");
        }
    }
}

#[test]
fn session_length_follows_the_formula() {
    let program = program(crate::program::tests::GOOD);
    let level1 = SessionLength::of(&program, 1).unwrap();
    // bridge: 5 + 2 × (10 × 7) + 1 × 30 = 175; clamshell: 5 + 2 × (24 × 2 + 3) + 1 × 20 = 127
    assert_eq!(level1.exercises[0].secs, 175.0);
    assert_eq!(level1.exercises[1].secs, 127.0);
    assert_eq!(level1.exercises[1].executions_per_set, 24);
    assert_eq!(level1.total_whole_secs(), 302);
    assert_eq!(level1.reps_planned, 2 * 10 + 2 * 24);
    let level2 = SessionLength::of(&program, 2).unwrap();
    // bridge: 5 + 3 × (12 × 3) + 2 × 30 = 173; clamshell: 5 + 2 × (30 × 3 + 3) + 20 = 211
    assert_eq!(level2.total_secs, 384.0);
    assert!(SessionLength::of(&program, 3).is_none());
    assert!(SessionLength::of(&program, 0).is_none());
}

#[test]
fn pausing_adds_exactly_the_paused_time() {
    let t0 = Instant::now();
    let program = program(SMALL);
    let (mut punctual, _) = start(&program, 1, t0);
    let want = run_punctually(&mut punctual);
    let (mut session, _) = start(&program, 1, t0);
    let mut cues = session.advance(t0 + secs(6.2));
    cues.extend(session.pause(t0 + secs(6.7)));
    assert!(session.is_paused());
    assert_eq!(session.next_deadline(), None);
    let frozen = session.status(t0 + secs(6.7));
    // Paused: nothing moves however long it stays paused.
    assert_eq!(session.advance(t0 + secs(500.0)), vec![]);
    assert_eq!(session.status(t0 + secs(500.0)), frozen);
    assert!(frozen.paused);
    session.resume(t0 + secs(106.7));
    cues.extend(run_punctually(&mut session));
    let shifted: Vec<DueCue> = want
        .iter()
        .map(|c| DueCue {
            cue: c.cue,
            at: if c.at > t0 + secs(6.7) {
                c.at + secs(100.0)
            } else {
                c.at
            },
        })
        .collect();
    assert_eq!(cues, shifted);
    assert_eq!(
        session.ended_at(),
        punctual.ended_at().map(|t| t + secs(100.0))
    );
}

#[test]
fn a_late_wake_up_loses_no_rep_and_no_cue() {
    let t0 = Instant::now();
    let program = program(SMALL);
    let (mut punctual, _) = start(&program, 1, t0);
    let want = run_punctually(&mut punctual);
    for late in [0.3, 2.0, 7.3, 30.0] {
        let (mut session, _) = start(&program, 1, t0);
        let mut cues = Vec::new();
        while let Some(deadline) = session.next_deadline() {
            cues.extend(session.advance(deadline + secs(late)));
        }
        assert_eq!(cues, want, "woken {late} s late");
        assert_eq!(session.ended_at(), punctual.ended_at());
        assert_eq!(session.reps_done(), 8);
    }
}

#[test]
fn the_status_says_what_is_on() {
    let t0 = Instant::now();
    let program = program(SMALL);
    let (mut session, _) = start(&program, 1, t0);
    let at = |s: &mut Session, t: f64| {
        s.advance(t0 + secs(t));
        s.status(t0 + secs(t))
    };
    let get_ready = at(&mut session, 1.25);
    assert_eq!(get_ready.part, Some(Part::Prepare));
    assert_eq!(get_ready.left, secs(3.75));
    assert_eq!(get_ready.set_progress, 0.0);
    let hold = at(&mut session, 12.0);
    assert_eq!(
        hold.part,
        Some(Part::Phase {
            set: 1,
            rep: 2,
            side: None,
            phase: 1,
            kind: PhaseKind::Hold
        })
    );
    assert_eq!(hold.left, secs(1.5));
    assert!((hold.set_progress - 7.0 / 10.0).abs() < 1e-9);
    assert!((hold.session_progress - 12.0 / 45.0).abs() < 1e-9);
    assert_eq!(hold.session_left, secs(33.0));
    assert_eq!(hold.reps_done, 1);
    assert_eq!(
        hold.dose,
        Dose {
            sets: 2,
            reps: 2,
            sides: crate::program::Sides::None
        }
    );
    let rest = at(&mut session, 16.5);
    assert_eq!(rest.part, Some(Part::Rest { after_set: 1 }));
    assert_eq!(rest.set_progress, 1.0);
    let switch = at(&mut session, 39.0);
    assert_eq!(switch.part, Some(Part::Switch { set: 1 }));
    assert_eq!(switch.exercise, 1);
    let right = at(&mut session, 41.5);
    assert!(matches!(
        right.part,
        Some(Part::Phase {
            side: Some(Side::Right),
            rep: 1,
            ..
        })
    ));
    let over = at(&mut session, 99.0);
    assert_eq!(over.part, None);
    assert_eq!(over.session_progress, 1.0);
    assert_eq!(over.session_left, Duration::ZERO);
}

#[test]
fn alternate_sides_do_each_rep_left_then_right() {
    let source = SMALL.replace("sides: EachSide", "sides: Alternate");
    let t0 = Instant::now();
    let program = program(&source);
    let (mut session, _) = start(&program, 1, t0);
    let mut sides = Vec::new();
    while let Some(deadline) = session.next_deadline() {
        session.advance(deadline);
        if let Some(Part::Phase {
            rep,
            side: Some(side),
            phase: 0,
            ..
        }) = session.status(deadline).part
            && sides.last() != Some(&(rep, side))
        {
            sides.push((rep, side));
        }
    }
    use Side::*;
    assert_eq!(sides, [(1, Left), (1, Right), (2, Left), (2, Right)]);
    assert_eq!(session.reps_done(), 8);
}

#[test]
fn the_display_changes_once_a_second_and_no_more() {
    let t0 = Instant::now();
    let program = program(SMALL);
    let (session, _) = start(&program, 1, t0);
    // A 5 s get-ready countdown: wake at 4, 3, 2 and 1 s left, then at its end.
    let mut session = session;
    let mut wakes = Vec::new();
    while let Some(deadline) = session.next_deadline() {
        if deadline > t0 + secs(5.0) {
            break;
        }
        wakes.push((deadline - t0).as_secs_f64());
        session.advance(deadline);
    }
    assert_eq!(wakes, [1.0, 2.0, 3.0, 4.0, 5.0]);
}

#[test]
fn skipping_a_rest_keeps_the_session_complete_and_shortens_it() {
    let t0 = Instant::now();
    let program = program(SMALL);
    let (mut session, _) = start(&program, 1, t0);
    session.advance(t0 + secs(16.0));
    assert_eq!(
        session.status(t0 + secs(16.0)).part,
        Some(Part::Rest { after_set: 1 })
    );
    let cues = session.skip(t0 + secs(16.0), t0 + secs(16.0));
    let cues = [cues, session.advance(t0 + secs(16.0))].concat();
    assert_eq!(
        timed(&cues, t0),
        [(16.0, Cue::RestOver), (16.0, Cue::Phase(PhaseKind::Move))],
        "the pip at 3 s left was given by the advance to 16.0"
    );
    run_punctually(&mut session);
    assert!(session.completed());
    assert_eq!(session.ended_at(), Some(t0 + secs(42.0)));
}

#[test]
fn skip_does_nothing_during_a_rep() {
    let t0 = Instant::now();
    let program = program(SMALL);
    let (mut session, _) = start(&program, 1, t0);
    session.advance(t0 + secs(6.0));
    let before = session.status(t0 + secs(6.0));
    assert_eq!(session.skip(t0 + secs(6.0), t0 + secs(6.0)), vec![]);
    assert_eq!(session.status(t0 + secs(6.0)), before);
}

#[test]
fn skip_while_paused_resumes_into_the_next_step() {
    let t0 = Instant::now();
    let program = program(SMALL);
    let (mut session, _) = start(&program, 1, t0);
    session.pause(t0 + secs(1.0));
    assert_eq!(session.skip(t0 + secs(30.0), t0 + secs(30.0)), vec![]);
    let cues = session.advance(t0 + secs(30.0));
    assert_eq!(
        timed(&cues, t0),
        [(30.0, Cue::Go), (30.0, Cue::Phase(PhaseKind::Move))]
    );
    assert!(!session.is_paused());
    // The 1.5 s move phase shows 2, then 1 from 0.5 s in.
    assert_eq!(session.next_deadline(), Some(t0 + secs(30.5)));
}

#[test]
fn next_exercise_leaves_reps_undone_and_the_last_one_ends_the_session() {
    let t0 = Instant::now();
    let program = program(SMALL);
    let (mut session, _) = start(&program, 1, t0);
    session.advance(t0 + secs(11.0));
    assert_eq!(session.reps_done(), 1);
    let cues = session.next_exercise(t0 + secs(11.0), t0 + secs(11.0));
    assert_eq!(cues, vec![]);
    let status = session.status(t0 + secs(11.0));
    assert_eq!((status.exercise, status.part), (1, Some(Part::Prepare)));
    assert_eq!(status.left, secs(5.0));
    run_punctually(&mut session);
    assert_eq!((session.reps_done(), session.reps_planned()), (5, 8));
    assert!(!session.completed());

    let (mut session, _) = start(&program, 1, t0);
    session.next_exercise(t0 + secs(1.0), t0 + secs(1.0));
    let cues = session.next_exercise(t0 + secs(2.0), t0 + secs(2.0));
    assert_eq!(timed(&cues, t0), [(2.0, Cue::SessionDone)]);
    assert!(session.is_over());
    assert_eq!(session.reps_done(), 0);
}

#[test]
fn quitting_ends_the_session_with_what_was_done() {
    let t0 = Instant::now();
    let program = program(SMALL);
    let (mut session, _) = start(&program, 1, t0);
    session.advance(t0 + secs(6.0));
    // Two reps ended (at 10 and 15 s) after the last wake-up; quitting counts them.
    let cues = session.quit(t0 + secs(20.0));
    assert!(cues.iter().any(|c| c.cue == Cue::SetDone));
    assert!(session.is_over());
    assert_eq!(session.next_deadline(), None);
    assert_eq!(session.advance(t0 + secs(100.0)), vec![]);
    assert_eq!(session.reps_done(), 2);
    assert!(!session.completed());
    assert_eq!(session.ended_at(), Some(t0 + secs(20.0)));
}

#[test]
fn short_countdowns_pip_only_inside_themselves() {
    let t0 = Instant::now();
    for (prepare, want) in [
        (3, vec![0.0, 1.0, 2.0]),
        (2, vec![0.0, 1.0]),
        (1, vec![0.0]),
    ] {
        let source = SMALL.replace("prepare_secs: 5", &format!("prepare_secs: {prepare}"));
        let (mut session, mut cues) = start(&program(&source), 1, t0);
        cues.extend(session.advance(t0 + secs(f64::from(prepare) - 0.001)));
        let pips: Vec<f64> = timed(&cues, t0)
            .into_iter()
            .filter(|(_, c)| *c == Cue::Pip)
            .map(|(t, _)| t)
            .collect();
        assert_eq!(pips, want, "prepare {prepare}");
    }
    let source = SMALL.replace("prepare_secs: 5", "prepare_secs: 0");
    let (_, cues) = start(&program(&source), 1, t0);
    assert_eq!(
        timed(&cues, t0),
        [(0.0, Cue::Go), (0.0, Cue::Phase(PhaseKind::Move))]
    );
}

#[test]
fn a_level_that_does_not_exist_starts_nothing() {
    let program = program(SMALL);
    assert!(Session::start(&program, 0, Instant::now()).is_none());
    assert!(Session::start(&program, 2, Instant::now()).is_none());
}

#[test]
fn quitting_after_the_time_is_up_is_a_finished_session() {
    let t0 = Instant::now();
    let program = program(SMALL);
    let (mut session, _) = start(&program, 1, t0);
    session.advance(t0 + secs(6.0));
    session.quit(t0 + secs(100.0));
    assert!(session.completed());
    assert_eq!(session.ended_at(), Some(t0 + secs(45.0)));
    let over = session.status(t0 + secs(100.0));
    assert_eq!((over.set_progress, over.session_progress), (1.0, 1.0));
}

#[test]
fn a_session_begun_a_moment_later_shows_its_first_step_whole_until_then() {
    let t0 = Instant::now();
    let source = SMALL.replace("prepare_secs: 5", "prepare_secs: 0");
    let mut session = Session::start(&program(&source), 1, t0 + secs(0.25)).unwrap();
    assert_eq!(session.next_deadline(), Some(t0 + secs(0.25)));
    assert_eq!(session.clock_from(), Some(t0 + secs(0.25)));
    assert_eq!(session.advance(t0), vec![], "nothing before its moment");
    let status = session.status(t0);
    assert_eq!(
        status.left,
        secs(1.5),
        "the first step's whole time, no more"
    );
    assert_eq!(status.session_progress, 0.0);
    assert_eq!(
        timed(&session.advance(t0 + secs(0.3)), t0),
        [(0.25, Cue::Go), (0.25, Cue::Phase(PhaseKind::Move))]
    );
    assert_eq!(session.status(t0 + secs(0.3)).left, secs(1.45));
}

#[test]
fn a_skip_begins_the_next_step_at_the_moment_given_with_the_countdowns_closing_cue() {
    let t0 = Instant::now();
    let program = program(SMALL);
    let (mut session, _) = start(&program, 1, t0);
    assert_eq!(session.skip(t0 + secs(1.0), t0 + secs(1.25)), vec![]);
    let status = session.status(t0 + secs(1.1));
    assert_eq!(
        status.part.map(Part::is_countdown),
        Some(false),
        "the rep shows at once"
    );
    assert_eq!(status.left, secs(1.5));
    assert_eq!(session.next_deadline(), Some(t0 + secs(1.25)));
    assert_eq!(session.advance(t0 + secs(1.2)), vec![]);
    assert_eq!(
        timed(&session.advance(t0 + secs(1.25)), t0),
        [(1.25, Cue::Go), (1.25, Cue::Phase(PhaseKind::Move))]
    );
    run_punctually(&mut session);
    assert!(session.completed());
    assert_eq!(session.ended_at(), Some(t0 + secs(45.0 - 5.0 + 1.25)));
}

#[test]
fn a_pause_before_a_steps_clock_starts_keeps_its_whole_time_and_its_opening_cues() {
    let t0 = Instant::now();
    let source = SMALL.replace("prepare_secs: 5", "prepare_secs: 0");
    let mut session = Session::start(&program(&source), 1, t0 + secs(0.25)).unwrap();
    assert_eq!(session.pause(t0 + secs(0.1)), vec![]);
    assert_eq!(session.status(t0 + secs(5.0)).left, secs(1.5));
    session.resume(t0 + secs(10.6));
    assert_eq!(session.advance(t0 + secs(10.5)), vec![]);
    assert_eq!(session.status(t0 + secs(10.5)).left, secs(1.5));
    assert_eq!(
        timed(&session.advance(t0 + secs(10.6)), t0),
        [(10.6, Cue::Go), (10.6, Cue::Phase(PhaseKind::Move))]
    );
}

#[test]
fn going_on_after_a_pause_starts_the_clock_at_the_moment_given() {
    let t0 = Instant::now();
    let program = program(SMALL);
    let (mut session, _) = start(&program, 1, t0);
    session.pause(t0 + secs(4.5));
    session.resume(t0 + secs(8.0));
    assert_eq!(session.status(t0 + secs(7.9)).left, secs(0.5));
    assert_eq!(session.advance(t0 + secs(8.4)), vec![]);
    assert_eq!(
        timed(&session.advance(t0 + secs(8.5)), t0)[0],
        (8.5, Cue::Go)
    );
}

#[test]
fn the_next_exercise_after_the_last_ends_now_with_its_cue_at_the_moment_given() {
    let t0 = Instant::now();
    let program = program(SMALL);
    let (mut session, _) = start(&program, 1, t0);
    session.next_exercise(t0 + secs(1.0), t0 + secs(1.25));
    assert_eq!(session.status(t0 + secs(1.1)).exercise, 1);
    let cues = session.next_exercise(t0 + secs(2.0), t0 + secs(2.25));
    assert_eq!(timed(&cues, t0), [(2.25, Cue::SessionDone)]);
    assert_eq!(session.ended_at(), Some(t0 + secs(2.0)));
}
