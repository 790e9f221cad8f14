//! The training journal: its records, read tolerantly from its text, the session index, counts and trends.

mod counts;
mod future;
mod read;
mod record;
mod sessions;
mod unreadable;
mod wire;

pub use counts::{Counts, SESSIONS_A_WEEK};
pub use future::{CLOCK_SKEW, NotCounted, counted_until};
pub use read::{History, SkippedLine};
pub use record::{FollowUp, Morning, Record, Screening, SessionRecord, Stopped, whole_second};
pub use sessions::{SessionIndex, SessionWithMorning};
pub use unreadable::Unreadable;
