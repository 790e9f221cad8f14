//! The one-line messages of the status line, and how long each stays.

/// A one-line message in the status line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The history could not be written; the record is kept and tried again.
    NotSaved(String),
    /// A session ended early and was saved as not finished.
    SavedUnfinished,
    /// The morning answer changed the recommended level.
    LevelUpdated,
    /// A morning answer was saved: the level it leads to for this program (a catalog index).
    NextLevel(usize),
    /// The history file could not be read; sessions still run and are written when possible.
    HistoryUnreadable(String),
    /// Lines of the history that could not be read (they are kept as they are).
    SkippedLines(usize),
    /// A file of the user's that could not be used (a sound); the default is used.
    FileNotUsed(String),
    /// The settings file is not used as it is written: why, and what happens to it, in words.
    Settings(String),
    /// Records dated in the future are listed but not counted: how many of them are sessions
    /// (none: only safety checks).
    DatedInTheFuture { sessions: usize },
    /// `n` was pressed once during this exercise (an index into the program): pressed again
    /// at once, it skips the rest of it (`last`: and so ends the session).
    NextAgain { exercise: usize, last: bool },
    /// A session ended before its first rep: it is saved, as the history keeps every session
    /// started, but left out of the counts and not called done.
    EndedWithoutReps,
    /// Saved with every rep done, when ryg was left at the pain question after it.
    SavedWithoutPainAfter,
    /// `a` on the history screen, when the chosen session's morning cannot be told.
    NoMorningToTell(MorningWhy),
    /// `s` during a rep: it skips only a countdown or a rest.
    SkipsOnlyCountdowns,
    /// A level key beyond the levels of this program (a catalog index).
    NoSuchLevel(usize),
    /// A course was started from the app: its program (a catalog index) and its days.
    CourseStarted {
        program: usize,
        days: Vec<jiff::civil::Weekday>,
    },
    /// `c` on home while a course runs: its week and length.
    CourseRunning { week: u32, weeks: u32 },
    /// A course's measure was answered and written.
    CourseCheckKept,
    /// A course's measure was left without last week's pain, so nothing was written.
    CourseCheckNotKept,
    /// The voice was wanted but no speech engine was found: said once, the tones go on.
    NoSpeechEngine,
}

/// Why the morning after the chosen session cannot be told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MorningWhy {
    NoSessions,
    AlreadyAnswered,
    /// The session was today: its morning has not come.
    NotYet,
    /// Only the latest session of a program is asked about (docs/pain-rules.md).
    NotTheLatest,
}

impl Notice {
    /// Said once: it goes with the next key. The others stay until what they report is over
    /// (a record written, a file fixed), so that they cannot be missed.
    pub fn passes(&self) -> bool {
        match self {
            Notice::NotSaved(_)
            | Notice::HistoryUnreadable(_)
            | Notice::SkippedLines(_)
            | Notice::FileNotUsed(_)
            | Notice::Settings(_) => false,
            Notice::SavedUnfinished
            | Notice::LevelUpdated
            | Notice::NextLevel(_)
            | Notice::NextAgain { .. }
            | Notice::EndedWithoutReps
            | Notice::SavedWithoutPainAfter
            | Notice::NoMorningToTell(_)
            | Notice::SkipsOnlyCountdowns
            | Notice::NoSuchLevel(_)
            | Notice::CourseStarted { .. }
            | Notice::CourseRunning { .. }
            | Notice::CourseCheckKept
            | Notice::CourseCheckNotKept
            | Notice::NoSpeechEngine
            | Notice::DatedInTheFuture { .. } => true,
        }
    }
}
