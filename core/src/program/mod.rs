//! Programs: what a program file holds, how it is loaded and checked, and how long its sessions are.

mod catalog;
mod diagnostic;
mod gentle;
mod links;
mod load;
mod parse_error;
mod shipped;
mod shown;
mod source_map;
mod syntax;
mod text;
mod validate;

pub use catalog::{Catalog, Origin, ProgramEntry};
pub use diagnostic::{Diagnostic, Problem, Severity};
pub(crate) use diagnostic::{Expected, Syntax};
pub use gentle::GENTLE_START;
pub use links::check_links;
pub use load::{Loaded, MAX_FILE_BYTES, load_bytes, load_str, refuse_repeated_ids, unreadable};
pub use shipped::built_in;
pub use source_map::Position;
pub use text::Text;
pub(crate) use text::TextName;
pub(crate) use validate::{MAX_EXERCISES, MAX_SESSION_SECS};

use serde::Deserialize;

/// Seconds of get-ready countdown before each exercise when a program does not say.
pub const DEFAULT_PREPARE_SECS: u32 = 10;
/// Seconds of countdown to change side when a program does not say.
pub const DEFAULT_SWITCH_SECS: u32 = 5;

/// A training program: exercises, each at the same number of levels.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Program {
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub summary: Option<Text>,
    #[serde(default = "default_prepare_secs")]
    pub prepare_secs: u32,
    #[serde(default = "default_switch_secs")]
    pub switch_secs: u32,
    /// The program to suggest once this one's top level is done well (pain-rules.md, graduation).
    #[serde(default)]
    pub next: Option<String>,
    /// A program whose level 1 is done before this one's exercises.
    #[serde(default)]
    pub warm_up: Option<String>,
    pub exercises: Vec<Exercise>,
}

fn default_prepare_secs() -> u32 {
    DEFAULT_PREPARE_SECS
}

fn default_switch_secs() -> u32 {
    DEFAULT_SWITCH_SECS
}

/// One exercise of a program, with its levels (level 1 first).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    pub id: String,
    pub name: Text,
    pub purpose: Text,
    pub steps: Vec<Text>,
    #[serde(default)]
    pub sides: Sides,
    /// How this exercise names its left and right side ("lying on your left side"); without
    /// them the app says "left side" and "right side".
    #[serde(default)]
    pub side_words: Option<(Text, Text)>,
    #[serde(default)]
    pub figure: Option<Figure>,
    pub levels: Vec<Level>,
}

/// How an exercise uses the two sides of the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Deserialize)]
pub enum Sides {
    /// Each rep is done once.
    #[default]
    None,
    /// Each rep is done left, then right.
    Alternate,
    /// All reps on the left, a countdown to switch, all reps on the right.
    EachSide,
}

impl Sides {
    /// How many times the movement is done for `reps` reps.
    pub fn executions(self, reps: u32) -> u32 {
        match self {
            Sides::None => reps,
            Sides::Alternate | Sides::EachSide => 2 * reps,
        }
    }
}

/// The left or right side of the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Left,
    Right,
}

/// Two small text drawings: the start and the end pose.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub start: String,
    pub end: String,
}

impl Figure {
    /// Most lines a drawing may have.
    pub const MAX_LINES: usize = 12;
    /// Most columns a line of a drawing may have.
    pub const MAX_COLUMNS: usize = 40;

    /// The lines of a drawing as shown: one leading line break (after `r#"`) and trailing lines
    /// of only spaces (before the closing `"#`) are not part of it. Width is counted in screen
    /// columns, so a wide character counts twice.
    pub fn lines(drawing: &str) -> Vec<&str> {
        let drawing = drawing.strip_prefix('\n').unwrap_or(drawing);
        let drawing = drawing.strip_prefix("\r\n").unwrap_or(drawing);
        let mut lines: Vec<&str> = drawing.lines().collect();
        while lines.last().is_some_and(|line| line.trim().is_empty()) {
            lines.pop();
        }
        lines
    }
}

/// The dose of an exercise at one level.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    #[serde(default)]
    pub variant: Option<Text>,
    #[serde(default)]
    pub steps: Option<Vec<Text>>,
    /// Replaces the exercise's `sides` at this level (a single-leg bridge among two-legged ones).
    #[serde(default)]
    pub sides: Option<Sides>,
    pub sets: u32,
    /// Per side when the exercise uses sides.
    pub reps: u32,
    pub rest_secs: u32,
    pub tempo: Vec<Phase>,
}

impl Level {
    /// Seconds one rep takes (one side).
    pub fn rep_secs(&self) -> f64 {
        self.tempo.iter().map(|phase| phase.secs).sum()
    }
}

/// One part of a rep.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    pub kind: PhaseKind,
    pub secs: f64,
    #[serde(default)]
    pub label: Option<Text>,
}

impl Phase {
    /// The word shown for the phase: its label, else the word for its kind.
    pub fn word(&self, lang: crate::words::Lang) -> &str {
        match &self.label {
            Some(label) => label.get(lang),
            None => match self.kind {
                PhaseKind::Move => crate::words::PHASE_MOVE,
                PhaseKind::Hold => crate::words::PHASE_HOLD,
                PhaseKind::Return => crate::words::PHASE_RETURN,
            }
            .get(lang),
        }
    }
}

/// What the body does in a phase; each kind has its own sound.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
pub enum PhaseKind {
    /// Away from the start position: lift, tilt, reach, open, extend.
    Move,
    Hold,
    Return,
}

impl Program {
    /// The number of levels (every exercise has the same number).
    pub fn levels(&self) -> u32 {
        self.exercises.first().map_or(0, |e| e.levels.len() as u32)
    }

    /// The dose of `exercise` at `level` (from 1), if that level exists.
    pub fn level_of<'a>(&self, exercise: &'a Exercise, level: u32) -> Option<&'a Level> {
        exercise.levels.get((level as usize).checked_sub(1)?)
    }
}

impl Exercise {
    /// The name shown at a level: the level's variant name when it has one.
    pub fn name_at<'a>(&'a self, level: &'a Level) -> &'a Text {
        level.variant.as_ref().unwrap_or(&self.name)
    }

    /// How the exercise uses the sides at a level: the level's own `sides` when it has them.
    pub fn sides_at(&self, level: &Level) -> Sides {
        level.sides.unwrap_or(self.sides)
    }

    /// Whether any level of the exercise is done on both sides.
    pub fn uses_sides(&self) -> bool {
        self.levels
            .iter()
            .any(|level| self.sides_at(level) != Sides::None)
    }

    /// How the screen names `side` for this exercise: its own side words, else "left side".
    pub fn side_name(&self, side: Side, lang: crate::words::Lang) -> &str {
        match (&self.side_words, side) {
            (Some((left, _)), Side::Left) => left.get(lang),
            (Some((_, right)), Side::Right) => right.get(lang),
            (None, Side::Left) => crate::words::LEFT_SIDE.get(lang),
            (None, Side::Right) => crate::words::RIGHT_SIDE.get(lang),
        }
    }

    /// The how-to at a level: the level's own steps when it has them.
    pub fn steps_at<'a>(&'a self, level: &'a Level) -> &'a [Text] {
        level.steps.as_deref().unwrap_or(&self.steps)
    }
}

#[cfg(test)]
pub(crate) mod tests;
