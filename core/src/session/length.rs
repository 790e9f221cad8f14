//! How long a session of a program lasts at a level and how many reps it plans
//! (docs/program-format.md, "How long a session takes"), read off the session's timeline so that
//! what `ryg plan` promises and what the session runs can never disagree.

use crate::program::Program;

use super::timeline::Timeline;

/// The planned length of one exercise at one level.
#[derive(Clone, Debug, PartialEq)]
pub struct ExerciseLength {
    pub id: String,
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
    pub exercises: Vec<ExerciseLength>,
    /// Exact seconds, fractions kept; round only for display.
    pub total_secs: f64,
    pub reps_planned: u32,
}

impl SessionLength {
    /// The length of `program` at `level` (from 1), or `None` if it has no such level.
    pub fn of(program: &Program, level: u32) -> Option<SessionLength> {
        Timeline::new(program, level)
            .map(|timeline| SessionLength::of_timeline(program, level, &timeline))
    }

    pub fn of_timeline(program: &Program, level: u32, timeline: &Timeline) -> SessionLength {
        // One pass over the steps for all exercises: a pass per exercise would grow with the
        // square of the program's size.
        let mut secs = vec![0.0; program.exercises.len()];
        for step in &timeline.steps {
            if let Some(sum) = secs.get_mut(step.exercise) {
                *sum += step.length.as_secs_f64();
            }
        }
        let exercises = program
            .exercises
            .iter()
            .zip(&timeline.doses)
            .zip(secs)
            .map(|((exercise, dose), secs)| ExerciseLength {
                id: exercise.id.clone(),
                sets: dose.sets,
                reps: dose.reps,
                executions_per_set: dose.sides.executions(dose.reps),
                secs,
            })
            .collect();
        SessionLength {
            level,
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
