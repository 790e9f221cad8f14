//! How long a session of a program lasts at a level, and how many reps it plans
//! (program-format.md, "Session length").

use super::{Program, Sides};

/// The planned length of one exercise at one level.
#[derive(Clone, Debug, PartialEq)]
pub struct ExerciseLength {
    pub id: String,
    pub sets: u32,
    pub reps: u32,
    pub executions_per_set: u32,
    /// The get-ready countdown before the exercise.
    pub prepare_secs: f64,
    /// One set, including the switch of side when there is one.
    pub set_secs: f64,
    /// The rest between two sets.
    pub rest_secs: f64,
    /// The whole exercise: exact seconds, fractions kept.
    pub secs: f64,
}

/// The planned length of a whole session at one level.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionLength {
    pub level: u32,
    pub exercises: Vec<ExerciseLength>,
    /// Exact seconds, fractions kept; round only for display.
    pub total_secs: f64,
    pub reps_planned: u32,
}

impl SessionLength {
    /// The length of `program` at `level` (from 1), or `None` if it has no such level.
    pub fn of(program: &Program, level: u32) -> Option<SessionLength> {
        let mut exercises = Vec::new();
        for exercise in &program.exercises {
            let dose = program.level_of(exercise, level)?;
            let executions = exercise.sides.executions(dose.reps);
            let switch = match exercise.sides {
                Sides::EachSide => f64::from(program.switch_secs),
                Sides::None | Sides::Alternate => 0.0,
            };
            let set_secs = f64::from(executions) * dose.rep_secs() + switch;
            let prepare_secs = f64::from(program.prepare_secs);
            let rest_secs = f64::from(dose.rest_secs);
            let secs = prepare_secs
                + f64::from(dose.sets) * set_secs
                + f64::from(dose.sets.saturating_sub(1)) * rest_secs;
            exercises.push(ExerciseLength {
                id: exercise.id.clone(),
                sets: dose.sets,
                reps: dose.reps,
                executions_per_set: executions,
                prepare_secs,
                set_secs,
                rest_secs,
                secs,
            });
        }
        let total_secs = exercises.iter().map(|e| e.secs).sum();
        let reps_planned = exercises
            .iter()
            .map(|e| e.sets * e.executions_per_set)
            .sum();
        Some(SessionLength {
            level,
            exercises,
            total_secs,
            reps_planned,
        })
    }

    /// Whole seconds, rounded to the nearest, as the contract rounds totals.
    pub fn total_whole_secs(&self) -> u64 {
        self.total_secs.round() as u64
    }
}
