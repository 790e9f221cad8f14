//! The records of the history journal, as the rest of the app sees them.

use jiff::{RoundMode, Timestamp, TimestampRound, Unit};

use super::course_record::{Course, CourseStopped, Learned, Measure};

/// One line of `history.ron`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    Screening(Screening),
    Session(SessionRecord),
    FollowUp(FollowUp),
    Course(Course),
    Measure(Measure),
    CourseStopped(CourseStopped),
    Learned(Learned),
}

/// The answer to the safety check before training.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Screening {
    pub at: Timestamp,
    /// `true` when no red flag applies; `false` blocks sessions until a later clear screening.
    pub clear: bool,
    /// A sign of the "see a doctor within days" group applies, and the user says a doctor or
    /// physiotherapist has checked it and said exercise is fine (history version 2).
    pub clinician: bool,
}

/// One session that was started, finished or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    /// When the session began; it is also the session's id, which a follow-up refers to.
    pub started: Timestamp,
    pub finished: Timestamp,
    /// The program's id.
    pub program: String,
    /// The level that was done, from 1.
    pub level: u32,
    /// Every planned rep was done (skipping a rest does not matter; skipping an exercise does).
    pub completed: bool,
    pub reps_done: u32,
    pub reps_planned: u32,
    /// 0–10, asked before the session.
    pub pain_before: u8,
    /// 0–10, or `None` when the session was interrupted before the question.
    pub pain_after: Option<u8>,
    /// Why the user ended the session early, when they said; `None` for a session done to the
    /// end, one stopped by Ctrl-C or a signal, and every session a version-1 file holds.
    pub stopped: Option<Stopped>,
}

/// Why a session was ended early, as the user answered after `q`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stopped {
    /// The back hurt; the pain then is the session's `pain_after`.
    Pain,
    /// No time to finish.
    Time,
    /// Something else.
    Other,
}

/// How the back was on the morning after a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FollowUp {
    /// The `started` of the session it is about.
    pub session: Timestamp,
    pub morning: Morning,
}

/// The back on the morning after, compared with usual.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Morning {
    Better,
    Same,
    Worse,
}

/// `at` cut to the whole second: all the history file keeps of a time, so a session's id, and
/// what a follow-up is matched by.
pub fn whole_second(at: Timestamp) -> Timestamp {
    // Floor rather than toward zero so a time before 1970 does not move later. Flooring never
    // passes `Timestamp::MIN`, which is itself a whole second, so this cannot fail.
    let floor = TimestampRound::new()
        .smallest(Unit::Second)
        .mode(RoundMode::Floor);
    at.round(floor).unwrap_or(at)
}

impl SessionRecord {
    /// Whole seconds from start to finish; never negative, even if the clock was put back.
    pub fn duration_secs(&self) -> u64 {
        self.finished
            .duration_since(self.started)
            .as_secs()
            .max(0)
            .unsigned_abs()
    }

    /// Pain before and after as "3 → 4", or "3 → –" when the question after was not reached.
    pub fn pain_change(&self) -> String {
        match self.pain_after {
            Some(after) => format!("{} → {after}", self.pain_before),
            None => format!("{} → –", self.pain_before),
        }
    }
}

impl Morning {
    /// The answer in a word or two, as a table shows it.
    pub fn word(self, lang: crate::words::Lang) -> &'static str {
        match self {
            Morning::Better => crate::words::BETTER,
            Morning::Same => crate::words::SAME,
            Morning::Worse => crate::words::WORSE,
        }
        .get(lang)
    }
}

impl From<Screening> for Record {
    fn from(screening: Screening) -> Self {
        Record::Screening(screening)
    }
}

impl From<SessionRecord> for Record {
    fn from(session: SessionRecord) -> Self {
        Record::Session(session)
    }
}

impl From<FollowUp> for Record {
    fn from(follow_up: FollowUp) -> Self {
        Record::FollowUp(follow_up)
    }
}
