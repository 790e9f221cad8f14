//! A session laid out in advance: every countdown and every phase of every rep, in order, with its
//! length. The session engine walks this list; nothing about a program's structure is decided
//! while it runs.

use std::time::Duration;

use crate::program::{PhaseKind, Program, Side, Sides};

use super::plan::Plan;

/// What a step of the session is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The get-ready countdown before an exercise.
    Prepare,
    /// One phase of one rep. `set` and `rep` count from 1; `phase` indexes the level's tempo.
    Phase {
        set: u32,
        rep: u32,
        side: Option<Side>,
        phase: usize,
        kind: PhaseKind,
    },
    /// The countdown to change side in the middle of a set (`EachSide`).
    Switch { set: u32 },
    /// The rest after a set.
    Rest { after_set: u32 },
}

impl Part {
    /// A countdown is a step the user waits through (and may skip), as opposed to a rep.
    pub fn is_countdown(self) -> bool {
        !matches!(self, Part::Phase { .. })
    }
}

/// One step of the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// Index of the exercise in the session's plan (the warm-up's exercises first).
    pub exercise: usize,
    pub part: Part,
    pub length: Duration,
    /// Where the step starts, from the start of the session, when nothing is paused or skipped.
    pub starts_at: Duration,
    /// This step's end completes one execution of the movement (one rep on one side).
    pub ends_execution: bool,
    /// This step's end completes a set.
    pub ends_set: bool,
}

/// The dose of one exercise as the session runs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dose {
    pub sets: u32,
    /// Per side.
    pub reps: u32,
    pub sides: Sides,
}

/// Every step of a session of one program at one level.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub steps: Vec<Step>,
    pub doses: Vec<Dose>,
    pub total: Duration,
    pub reps_planned: u32,
}

impl Timeline {
    /// Lays out `program` at `level` (from 1) alone; `None` when the program has no such level.
    pub fn new(program: &Program, level: u32) -> Option<Timeline> {
        Plan::of(program, level).and_then(|plan| Timeline::of(&plan))
    }

    /// Lays out every exercise of `plan`; `None` when it has no step at all.
    /// Countdowns of zero seconds are left out; they would only flash by.
    pub fn of(plan: &Plan) -> Option<Timeline> {
        let mut builder = Builder::default();
        for (index, planned) in plan.exercises.iter().enumerate() {
            let (exercise, dose) = (&planned.exercise, &planned.level);
            builder.doses.push(Dose {
                sets: dose.sets,
                reps: dose.reps,
                sides: exercise.sides_at(dose),
            });
            builder.countdown(index, Part::Prepare, f64::from(planned.prepare_secs));
            for set in 1..=dose.sets {
                let sides: &[Option<Side>] = match exercise.sides_at(dose) {
                    Sides::None => &[None],
                    Sides::Alternate | Sides::EachSide => &[Some(Side::Left), Some(Side::Right)],
                };
                match exercise.sides_at(dose) {
                    Sides::None | Sides::Alternate => {
                        for rep in 1..=dose.reps {
                            for &side in sides {
                                builder.rep(index, set, rep, side, &dose.tempo);
                            }
                        }
                    }
                    Sides::EachSide => {
                        for (n, &side) in sides.iter().enumerate() {
                            if n > 0 {
                                let switch = f64::from(planned.switch_secs);
                                builder.countdown(index, Part::Switch { set }, switch);
                            }
                            for rep in 1..=dose.reps {
                                builder.rep(index, set, rep, side, &dose.tempo);
                            }
                        }
                    }
                }
                if let Some(last) = builder.steps.last_mut() {
                    last.ends_set = true;
                }
                if set < dose.sets {
                    let rest = f64::from(dose.rest_secs);
                    builder.countdown(index, Part::Rest { after_set: set }, rest);
                }
            }
        }
        if builder.steps.is_empty() {
            return None;
        }
        let reps_planned = builder.steps.iter().filter(|s| s.ends_execution).count() as u32;
        Some(Timeline {
            total: builder.at,
            steps: builder.steps,
            doses: builder.doses,
            reps_planned,
        })
    }

    /// The index of the first step of the exercise after the one `step` belongs to.
    pub fn next_exercise_start(&self, step: usize) -> Option<usize> {
        let exercise = self.steps.get(step)?.exercise;
        self.steps
            .iter()
            .skip(step)
            .position(|s| s.exercise != exercise)
            .map(|offset| step + offset)
    }
}

#[derive(Default)]
struct Builder {
    steps: Vec<Step>,
    doses: Vec<Dose>,
    at: Duration,
}

impl Builder {
    fn push(&mut self, exercise: usize, part: Part, secs: f64, ends_execution: bool) {
        let length = Duration::from_secs_f64(secs);
        self.steps.push(Step {
            exercise,
            part,
            length,
            starts_at: self.at,
            ends_execution,
            ends_set: false,
        });
        self.at += length;
    }

    fn countdown(&mut self, exercise: usize, part: Part, secs: f64) {
        if secs > 0.0 {
            self.push(exercise, part, secs, false);
        }
    }

    fn rep(
        &mut self,
        exercise: usize,
        set: u32,
        rep: u32,
        side: Option<Side>,
        tempo: &[crate::program::Phase],
    ) {
        for (phase, step) in tempo.iter().enumerate() {
            let part = Part::Phase {
                set,
                rep,
                side,
                phase,
                kind: step.kind,
            };
            self.push(exercise, part, step.secs, phase + 1 == tempo.len());
        }
    }
}
