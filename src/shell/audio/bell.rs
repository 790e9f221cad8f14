//! The terminal bell, standing in for the go and done cues when there is no sound device.

use std::io::Write;
use std::time::Instant;

use super::{Played, Sink, lateness};
use ryg_core::session::{Cue, DueCue};

/// Rings the terminal bell for the cues that matter most when nothing else can be heard.
pub struct Bell;

impl Sink for Bell {
    fn play(&mut self, cue: DueCue, now: Instant, volume: f32) -> Played {
        if !rings(cue.cue, volume) {
            return Played::Skipped;
        }
        match lateness(cue, now) {
            Ok(late) => {
                let mut out = std::io::stdout();
                let _ = out.write_all(b"\x07").and_then(|()| out.flush());
                Played::OnTime(late)
            }
            Err(late) => Played::Dropped(late),
        }
    }
}

/// Whether the bell stands in for `cue` at `volume`.
pub fn rings(cue: Cue, volume: f32) -> bool {
    matches!(cue, Cue::Go | Cue::SetDone | Cue::SessionDone) && volume > 0.0
}
