//! Where cues go to be heard. Sound never decides anything and never holds a session up: a cue
//! that cannot be played on time is not played at all, and the session goes on.

mod bad_sound;
mod bell;
#[cfg(feature = "audio")]
mod device;
#[cfg(feature = "audio")]
mod handed;
#[cfg(feature = "audio")]
mod later;
/// The mixer that fills the device's buffers (public for the test of a whole session's sound).
#[cfg(feature = "audio")]
pub mod mix;
#[cfg(feature = "audio")]
pub mod own_sound;
#[cfg(feature = "audio")]
mod player;
#[cfg(feature = "audio")]
mod schedule;
pub mod sounds;
mod stream_errors;
/// How the cue sounds are made; the binary embeds what it made (`make sounds`).
#[cfg(test)]
pub mod synth;
pub mod wav_header;

pub use bad_sound::{BadSound, SoundProblem};
pub use bell::Bell;
#[cfg(feature = "audio")]
pub use later::{Later, Make};
#[cfg(feature = "audio")]
pub use player::Player;
pub use stream_errors::StreamErrors;

use std::time::{Duration, Instant};

use ryg_core::session::DueCue;

/// A cue this much past its moment is dropped: heard late, it would say the wrong thing.
pub const TOO_LATE: Duration = Duration::from_millis(60);

/// What became of a cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Played {
    /// Started at `now`, this long after its moment.
    OnTime(Duration),
    /// Handed over this long before its moment, to start on it.
    Ahead(Duration),
    /// Not played: it was this late.
    Dropped(Duration),
    /// This sink does not sound this cue.
    Skipped,
}

/// Something that can sound a cue: at once, or — handed over ahead — on its moment.
pub trait Sink {
    /// Sounds `cue` on its moment (at once if that has passed; `now` is the time it is handed
    /// over), at `volume` (0 to 1), unless it is already too late.
    fn play(&mut self, cue: DueCue, now: Instant, volume: f32) -> Played;

    /// Says a phrase at `at` (at once if that has passed) at `volume`, cutting short the one
    /// before if it still plays then, and lowers the tones while it plays; `false` when this
    /// sink cannot.
    #[cfg(feature = "audio")]
    fn speak(&mut self, _phrase: rodio::buffer::SamplesBuffer, _at: Instant, _volume: f32) -> bool {
        false
    }

    /// Takes back every sound handed over ahead whose moment is after `now`: the session was
    /// paused, skipped on, ended, muted or made louder or quieter, and the app hands over again
    /// what still stands.
    fn withdraw(&mut self, _now: Instant) {}

    /// Called at every wake-up: sounds that wait in the sink itself (the terminal bell's) are
    /// given when their moment has come.
    fn keep_time(&mut self, _now: Instant) {}

    /// Sound is `wanted` soon (a session is about to run or running) or not. A sink that holds a
    /// device open only while wanted costs nothing the rest of the time.
    fn want(&mut self, _wanted: bool) -> Result<(), String> {
        Ok(())
    }

    /// Whether the device was lost since the last call. The sink has closed it by then, and
    /// opens a new one the next time sound is wanted.
    fn lost(&mut self) -> bool {
        false
    }

    /// The user's sound files found unusable since the last call (the built-in sounds play
    /// instead): they are looked at when the sink is made, which may be after start.
    fn not_used(&mut self) -> Vec<SoundProblem> {
        Vec::new()
    }
}

/// Whether `cue` is still worth playing at `now`.
pub fn lateness(cue: DueCue, now: Instant) -> Result<Duration, Duration> {
    let late = now.saturating_duration_since(cue.at);
    if late > TOO_LATE { Err(late) } else { Ok(late) }
}

/// A sink that plays nothing.
pub struct Silent;

impl Sink for Silent {
    fn play(&mut self, _cue: DueCue, _now: Instant, _volume: f32) -> Played {
        Played::Skipped
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ryg_core::session::Cue;

    #[test]
    fn a_cue_more_than_60_ms_late_is_dropped() {
        let at = Instant::now();
        let cue = DueCue { cue: Cue::Go, at };
        assert_eq!(lateness(cue, at), Ok(Duration::ZERO));
        assert_eq!(
            lateness(cue, at + Duration::from_millis(60)),
            Ok(Duration::from_millis(60))
        );
        assert_eq!(
            lateness(cue, at + Duration::from_millis(61)),
            Err(Duration::from_millis(61))
        );
    }
}
