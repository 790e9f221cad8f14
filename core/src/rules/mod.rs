//! The pain rules (docs/pain-rules.md): the zone of a session and the next level of a program, as pure functions.

mod advice;
mod bad_day;
mod level;
mod reason;
mod zone;

pub use advice::Advice;
pub use bad_day::{BAD_DAY_ABOVE_USUAL, BAD_DAY_PAIN, USUAL_OVER_DAYS, is_bad_day};
pub use level::{
    BREAK_DAYS, GREENS_WITHIN_DAYS, LONG_BREAK_DAYS, Ladder, MORNING_DAYS, Recommendation, Today,
    morning_question_open, next_level,
};
pub use reason::Reason;
/// Sessions as the worked examples of pain-rules.md write them, for the tests that tell them.
#[cfg(test)]
pub(crate) use zone::tests as zone_tests;
pub use zone::{RedCause, SessionZone, Zone, ZoneCause, causes_of, zone_of};
