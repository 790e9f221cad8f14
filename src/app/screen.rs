//! What each screen holds while it is shown.

use std::time::{Duration, Instant};

use jiff::Timestamp;

use ryg_core::journal::{Morning, SessionRecord};
use ryg_core::rules::{Recommendation, SessionZone};
use ryg_core::session::Session;

use super::HistoryView;

/// The screen that is on.
#[derive(Clone, Debug)]
pub enum Screen {
    Safety(Safety),
    Home(Home),
    FollowUp(FollowUp),
    Pain(Pain),
    Training(Training),
    Result(Outcome),
    History(HistoryView),
}

/// Where the journey goes once a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// Back to the home screen, with this program and level selected.
    Home { program: usize, level: Level },
    /// Straight on into a session, as `ryg start` asks.
    Start { program: usize, level: Level },
    /// Back to the history screen as it was.
    History(HistoryView),
}

/// The level a session is to be done at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// Whatever the pain rules recommend at the time of starting.
    Recommended,
    Chosen(u32),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Safety {
    /// "Do any of these apply to you now?"
    Asking { then: Route },
    /// A warning sign applies: no session may start.
    Stop { then: Route },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Home {
    pub program: usize,
    pub level: Level,
}

/// "How was your back the morning after your last session?"
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FollowUp {
    pub session: Timestamp,
    pub choice: FollowUpChoice,
    pub then: Route,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FollowUpChoice {
    Answer(Morning),
    Skip,
}

impl FollowUpChoice {
    pub const ALL: [FollowUpChoice; 4] = [
        FollowUpChoice::Answer(Morning::Better),
        FollowUpChoice::Answer(Morning::Same),
        FollowUpChoice::Answer(Morning::Worse),
        FollowUpChoice::Skip,
    ];

    pub fn index(self) -> usize {
        FollowUpChoice::ALL
            .iter()
            .position(|c| *c == self)
            .unwrap_or(0)
    }
}

/// "How much does your back hurt right now?", before or after a session.
#[derive(Clone, Debug)]
pub struct Pain {
    /// `None` until the user chooses: a stray Enter must not record an answer nobody gave.
    pub rating: Option<u8>,
    pub moment: PainMoment,
    /// When the last key was the digit 1: a 0 within [`TEN_WITHIN`] of it makes 10.
    pub one_typed_at: Option<Instant>,
    /// Enter was pressed with no answer chosen, so the screen asks for one first.
    pub enter_without_answer: bool,
}

/// How quickly "1" then "0" must be typed to be read as 10: two keys a second apart or more
/// are two answers, the second one 0.
pub const TEN_WITHIN: Duration = Duration::from_secs(1);

impl Pain {
    /// The question with no answer chosen yet.
    pub fn ask(moment: PainMoment) -> Pain {
        Pain {
            rating: None,
            moment,
            one_typed_at: None,
            enter_without_answer: false,
        }
    }
}

#[derive(Clone, Debug)]
pub enum PainMoment {
    /// Before a session of `program` at `level`; `chosen` is how home had the level (so that
    /// going back keeps a level the user chose).
    Before {
        program: usize,
        level: u32,
        chosen: Level,
    },
    After(Finished),
}

/// A session running.
#[derive(Clone, Debug)]
pub struct Training {
    /// The moment of the last update: the screen shows the session as it was then.
    pub seen: std::time::Instant,
    pub program: usize,
    /// The program's id, as the history records it.
    pub program_id: String,
    pub level: u32,
    pub session: Session,
    pub started: Timestamp,
    pub pain_before: u8,
}

/// A session that is over, waiting for the pain question after it.
#[derive(Clone, Debug)]
pub struct Finished {
    pub program: usize,
    pub record: SessionRecord,
}

/// The result of a session: its zone, and what comes next.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub program: usize,
    pub record: SessionRecord,
    pub zone: SessionZone,
    pub next: Recommendation,
}
