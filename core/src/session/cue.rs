//! The sounds a session asks for, and when.

use std::time::Instant;

use crate::program::PhaseKind;

/// A moment the user should hear without looking at the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cue {
    /// One of the 3-2-1 pips at the end of a countdown.
    Pip,
    /// A get-ready or switch-side countdown is over: start.
    Go,
    /// A phase starts.
    Phase(PhaseKind),
    /// One rep (on one side) is done and the set goes on.
    RepDone,
    /// The last rep of a set is done.
    SetDone,
    /// A rest between sets is over.
    RestOver,
    /// The session is over.
    SessionDone,
}

/// A cue with the moment it belongs to. After a late wake-up a cue's `at` is in the past; the
/// player decides whether it is still worth playing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DueCue {
    pub cue: Cue,
    pub at: Instant,
}
