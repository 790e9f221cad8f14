//! Where cues go to be heard. Sound never decides anything: a cue that cannot be played is
//! simply not heard, and the session goes on.

use crate::session::DueCue;

/// Something that can sound a cue.
pub trait Sink {
    /// Sounds `cue` now, unless `muted`.
    fn play(&mut self, cue: DueCue, muted: bool);
}

/// A sink that plays nothing: the trainer works the same without sound.
pub struct Silent;

impl Sink for Silent {
    fn play(&mut self, _cue: DueCue, _muted: bool) {}
}
