//! How long a session of a program lasts at a level and how many reps it plans
//! (docs/program-format.md, "How long a session takes"), read off the session's timeline so that
//! what `ryg plan` promises and what the session runs can never disagree.

use crate::program::Program;

use super::plan::Plan;
use super::timeline::Timeline;

/// The planned length of one exercise at one level.
#[derive(Clone, Debug, PartialEq)]
pub struct ExerciseLength {
    pub id: String,
    /// The exercise belongs to the warm-up run first.
    pub warm_up: bool,
    pub sets: u32,
    /// Per side when the exercise uses sides.
    pub reps: u32,
    pub executions_per_set: u32,
    /// Exact seconds, fractions kept.
    pub secs: f64,
}

/// The planned length of a whole session at one level.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionLength {
    pub level: u32,
    /// The warm-up's exercises first, when the session has one.
    pub exercises: Vec<ExerciseLength>,
    /// Exact seconds, fractions kept; round only for display.
    pub total_secs: f64,
    pub reps_planned: u32,
}

impl SessionLength {
    /// The length of `program` at `level` (from 1) alone, or `None` if it has no such level.
    pub fn of(program: &Program, level: u32) -> Option<SessionLength> {
        SessionLength::of_plan(&Plan::of(program, level)?)
    }

    /// The length of a session of `plan`, warm-up included; `None` when it has no step.
    pub fn of_plan(plan: &Plan) -> Option<SessionLength> {
        Timeline::of(plan).map(|timeline| SessionLength::of_timeline(plan, &timeline))
    }

    /// The length of `plan` as laid out in `timeline` (which must be `plan`'s).
    pub fn of_timeline(plan: &Plan, timeline: &Timeline) -> SessionLength {
        // One pass over the steps for all exercises: a pass per exercise would grow with the
        // square of the program's size.
        let mut secs = vec![0.0; plan.exercises.len()];
        for step in &timeline.steps {
            if let Some(sum) = secs.get_mut(step.exercise) {
                *sum += step.length.as_secs_f64();
            }
        }
        let exercises = plan
            .exercises
            .iter()
            .zip(&timeline.doses)
            .zip(secs)
            .map(|((planned, dose), secs)| ExerciseLength {
                id: planned.exercise.id.clone(),
                warm_up: planned.warm_up,
                sets: dose.sets,
                reps: dose.reps,
                executions_per_set: dose.sides.executions(dose.reps),
                secs,
            })
            .collect();
        SessionLength {
            level: plan.level,
            exercises,
            total_secs: timeline.total.as_secs_f64(),
            reps_planned: timeline.reps_planned,
        }
    }

    /// Whole seconds, rounded to the nearest, as the contract rounds totals.
    pub fn total_whole_secs(&self) -> u64 {
        self.total_secs.round() as u64
    }
}
