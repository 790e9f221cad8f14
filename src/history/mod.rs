//! The training history: its records, reading the journal tolerantly and appending to it safely.

mod append;
mod counts;
mod error;
mod future;
mod read;
mod record;
mod sessions;
mod unreadable;
mod wire;

pub use append::append;
pub use counts::{Counts, SESSIONS_A_WEEK};
pub use error::HistoryError;
pub use future::{CLOCK_SKEW, NotCounted, counted_until};
pub use read::{History, SkippedLine};
pub use record::{FollowUp, Morning, Record, Screening, SessionRecord};
pub use sessions::{SessionIndex, SessionWithMorning};
pub use unreadable::Unreadable;
