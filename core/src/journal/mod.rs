//! The training journal: its records, read tolerantly from its text, the session index, counts and trends.

mod counts;
mod course_record;
mod future;
mod read;
mod record;
mod sessions;
mod unreadable;
mod wire;
mod wire_course;

pub use counts::{Counts, SESSIONS_A_WEEK};
pub use course_record::{Change, Course, CourseStopped, Learned, Measure, MeasurePoint};
pub use future::{CLOCK_SKEW, NotCounted, counted_until};
pub use read::{History, SkippedLine};
pub use record::{FollowUp, Morning, Record, Screening, SessionRecord, Stopped, whole_second};
pub use sessions::{SessionIndex, SessionWithMorning};
pub use unreadable::Unreadable;
