//! Problems found in a program file, as data; their words are in `words::program_problems`.

use crate::file_problem::NotRead;
use crate::words::Lang;

pub use super::syntax::{Expected, Syntax};
use super::text::TextName;

use super::source_map::Position;

/// Whether a problem stops the program from loading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// What is wrong, with the facts needed to say it in any language.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The file was not read: it is not a file, it is too large, or the system refused it.
    CannotRead(NotRead),
    /// The bytes at the position are not UTF-8.
    NotUtf8,
    /// By the end of this exercise, a session at this level lasts longer than a session may.
    SessionTooLong,
    /// More exercises than a program may have.
    TooManyExercises {
        count: usize,
    },
    /// The file holds nothing but blanks and comments.
    EmptyFile,
    /// A text gives the same language twice.
    RepeatedLanguage {
        code: String,
    },
    /// A text written as `{}`, with no language at all.
    EmptyText,
    /// The file is not valid RON; `detail` is the parser's own words when no plainer ones are known.
    Syntax(Syntax),
    /// A value of the wrong kind, as written, and the field it was given for when it has one.
    WrongType {
        field: Option<String>,
        found: String,
        expected: Expected,
    },
    UnknownField {
        found: String,
        expected: Vec<String>,
    },
    MissingField {
        field: String,
    },
    RepeatedField {
        field: String,
    },
    UnknownChoice {
        found: String,
        expected: Vec<String>,
    },
    WrongStructName {
        expected: String,
        found: String,
    },
    BadId {
        id: String,
    },
    RepeatedExercise {
        id: String,
    },
    NoExercises,
    NoLevels,
    TooManyLevels {
        count: usize,
    },
    LevelCountDiffers {
        count: usize,
        first_exercise: String,
        expected: usize,
    },
    OutOfRange {
        field: &'static str,
        value: String,
        min: String,
        max: String,
    },
    EmptyTempo,
    FigureTooTall {
        drawing: &'static str,
        lines: usize,
    },
    FigureTooWide {
        drawing: &'static str,
        line: usize,
        columns: usize,
    },
    FigureHasTab {
        drawing: &'static str,
        line: usize,
    },
    MissingLanguages {
        text: TextName,
        languages: Vec<Lang>,
    },
    /// `side_words` on an exercise that no level does on both sides: the words are never shown.
    SideWordsUnused,
    /// `next` names a program that is not known.
    UnknownNext {
        id: String,
    },
    /// `warm_up` names a program that is not known.
    UnknownWarmUp {
        id: String,
    },
    /// `warm_up` names a program that has a warm-up of its own.
    WarmUpHasWarmUp {
        id: String,
        its_warm_up: String,
    },
    /// Two of the user's files define the same program id.
    RepeatedProgram {
        id: String,
        other_file: String,
    },
}

/// Where in the program a problem is, in the user's terms.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Place {
    pub exercise: Option<String>,
    pub level: Option<usize>,
}

/// One problem in one file, located as precisely as is known.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    /// The file as the user named it (or the built-in program's file name).
    pub file: String,
    pub position: Option<Position>,
    pub severity: Severity,
    pub place: Place,
    pub problem: Problem,
}

impl Diagnostic {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}
