//! The pain rules (docs/pain-rules.md): the zone of a session and the next level of a program, as pure functions.

mod advice;
mod cause;
mod level;
mod reason;
mod zone;

pub use advice::Advice;
pub use level::{Recommendation, next_level};
pub use reason::Reason;
pub use zone::{RedCause, SessionZone, Zone, ZoneCause, causes_of, zone_of};
