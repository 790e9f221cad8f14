//! What the core's tests build records from, so each test names only what it is about.

use jiff::Timestamp;

use crate::journal::SessionRecord;

/// A time as the history file writes it, e.g. `at("2026-11-20T08:00:00Z")`.
pub fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

/// The session of the example in docs/history-format.md: `lower-back` at level 2 on
/// 2026-11-20, every one of 96 reps done, pain 3 before and 4 after. A test changes what it
/// is about with `SessionRecord { pain_after: None, ..session() }`.
pub fn session() -> SessionRecord {
    SessionRecord {
        started: at("2026-11-20T08:00:00Z"),
        finished: at("2026-11-20T08:17:40Z"),
        program: "lower-back".to_string(),
        level: 2,
        completed: true,
        reps_done: 96,
        reps_planned: 96,
        pain_before: 3,
        pain_after: Some(4),
        stopped: None,
    }
}
