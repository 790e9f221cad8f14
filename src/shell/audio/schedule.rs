//! Which frame is heard when, for sounds handed over ahead of their moment. The device asks for
//! sound a whole buffer at a time; a sound added when its moment comes would wait for the next
//! buffer, so a large buffer (cheap: few wake-ups) would make cues late by up to its length.
//! Instead each sound is handed over early and started on the frame of its moment, which the
//! [`Anchor`] finds: at the start of every buffer it sees the system clock and the device's own
//! word for how long the buffer's first frame waits to be heard, and keeps the mean of the last
//! few hundred buffers, so that the device's clock drifting against the system's over a long
//! session adds up to nothing. Time is passed in: the mixer's tests need no device and no clock.

use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};
use std::time::{Duration, Instant};

/// The anchor is the mean of what the starts of the last this many buffers saw (about 45 s of
/// 8,192 frames at 48 kHz): through a sound server, the device thread asks for sound in a
/// sawtooth — a little faster than it is played for a few seconds, then a pause — and only the
/// mean follows the steady pace the sound is played at. A device clock drifting by 100 ppm
/// against the system's puts the mean about 2 ms behind, however long the session.
const MEAN_OF: u32 = 256;
/// A buffer that starts this far from the anchor means the stream stopped and started again
/// (the server suspended it, or it ran dry): the anchor moves there at once.
const JUMP: f64 = 0.050;

/// When each frame of the stream is heard.
#[derive(Clone, Debug)]
pub struct Anchor {
    rate: f64,
    /// The moment frame 0 would have been heard, had every buffer come exactly on time; `None`
    /// until the device first asks for sound.
    zero: Option<Instant>,
    /// Buffer starts averaged into the anchor so far, up to [`MEAN_OF`].
    seen: u32,
}

impl Anchor {
    /// An anchor for a stream of `rate` frames a second.
    pub fn new(rate: u32) -> Anchor {
        Anchor {
            rate: f64::from(rate),
            zero: None,
            seen: 0,
        }
    }

    /// The device asks at `now` for the buffer that starts at `frame`, and will play its first
    /// frame `delay` later (what it holds already).
    pub fn look(&mut self, frame: u64, now: Instant, delay: Duration) {
        let heard = now + delay;
        let seen = heard
            .checked_sub(Duration::from_secs_f64(frame as f64 / self.rate))
            .unwrap_or(heard);
        self.zero = Some(match self.zero {
            Some(anchor) if signed_secs(seen, anchor).abs() <= JUMP => {
                self.seen = (self.seen + 1).min(MEAN_OF);
                shift(anchor, signed_secs(seen, anchor) / f64::from(self.seen))
            }
            _ => {
                self.seen = 1;
                seen
            }
        });
    }

    /// The frame heard at `moment`: 0 for a moment before the stream began, and `None` before
    /// the device first asked for sound.
    pub fn frame_of(&self, moment: Instant) -> Option<u64> {
        let zero = self.zero?;
        let secs = moment.saturating_duration_since(zero).as_secs_f64();
        Some((secs * self.rate).round() as u64)
    }

    /// The moment frame `frame` is heard, for the tests and the log.
    #[cfg(test)]
    pub fn moment_of(&self, frame: u64) -> Option<Instant> {
        Some(self.zero? + Duration::from_secs_f64(frame as f64 / self.rate))
    }
}

/// `a - b` in seconds, either sign.
fn signed_secs(a: Instant, b: Instant) -> f64 {
    match a.checked_duration_since(b) {
        Some(later) => later.as_secs_f64(),
        None => -b.duration_since(a).as_secs_f64(),
    }
}

fn shift(at: Instant, secs: f64) -> Instant {
    let by = Duration::from_secs_f64(secs.abs());
    if secs >= 0.0 {
        at + by
    } else {
        at.checked_sub(by).unwrap_or(at)
    }
}

const WAITING: u8 = 0;
const STARTED: u8 = 1;
const WITHDRAWN: u8 = 2;

/// Shared by the player, which may take a sound back before it starts, and the mixer, which
/// starts it: whichever comes first wins.
#[derive(Clone, Debug, Default)]
pub struct Handle(Arc<AtomicU8>);

impl Handle {
    /// Takes the sound back unless it has started; whether it was taken back.
    pub fn withdraw(&self) -> bool {
        self.0
            .compare_exchange(WAITING, WITHDRAWN, Ordering::Relaxed, Ordering::Relaxed)
            .is_ok()
    }

    /// Whether the sound still waits for its moment.
    pub fn waiting(&self) -> bool {
        self.0.load(Ordering::Relaxed) == WAITING
    }

    /// Starts the sound unless it was taken back; whether it plays.
    pub fn start(&self) -> bool {
        match self
            .0
            .compare_exchange(WAITING, STARTED, Ordering::Relaxed, Ordering::Relaxed)
        {
            Ok(_) => true,
            Err(now) => now == STARTED,
        }
    }

    pub fn withdrawn(&self) -> bool {
        self.0.load(Ordering::Relaxed) == WITHDRAWN
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(ms: u64) -> Duration {
        Duration::from_millis(ms)
    }

    #[test]
    fn a_frame_is_heard_as_long_after_it_is_asked_for_as_the_device_says() {
        let start = Instant::now();
        let mut anchor = Anchor::new(1_000);
        assert_eq!(anchor.frame_of(start), None, "not asked for sound yet");
        anchor.look(0, start, ms(100));
        assert_eq!(anchor.frame_of(start + ms(350)), Some(250));
        assert_eq!(
            anchor.frame_of(start),
            Some(0),
            "before the stream: at once"
        );
        anchor.look(200, start + ms(200), ms(100));
        assert_eq!(anchor.frame_of(start + ms(350)), Some(250), "steady");
    }

    /// The device's clock runs 100 ppm slow against the system's: after ten minutes that is 60 ms,
    /// yet a sound handed over then still starts within 3 ms of its moment.
    #[test]
    fn the_anchor_follows_a_device_clock_that_drifts() {
        let rate = 1_000u32;
        let start = Instant::now();
        let mut anchor = Anchor::new(rate);
        for frame in (0..=600_000u64).step_by(100) {
            // Frame `frame` is asked for when the slow device gets to it.
            let seen = start + Duration::from_secs_f64(frame as f64 * 1.0001 / f64::from(rate));
            anchor.look(frame, seen, Duration::ZERO);
        }
        let heard = anchor.moment_of(600_000).unwrap();
        let now = start + Duration::from_secs_f64(600.0 * 1.0001);
        let error = signed_secs(heard, now).abs();
        assert!(error < 0.003, "{error} s off");
    }

    /// A sound server asks for sound in a sawtooth: a little early for a while, then late. The
    /// mean stays on the steady pace, within a millisecond.
    #[test]
    fn the_anchor_is_the_mean_of_a_sawtooth() {
        let start = Instant::now();
        let mut anchor = Anchor::new(1_000);
        for (i, frame) in (0..50_000u64).step_by(100).enumerate() {
            let early = ms(((i % 20) as u64) * 2);
            let steady = start + ms(frame) + ms(20);
            anchor.look(frame, steady - early, Duration::ZERO);
        }
        let error = signed_secs(anchor.moment_of(0).unwrap(), start + ms(1)).abs();
        assert!(error < 0.002, "{error} s off");
    }

    #[test]
    fn a_stream_that_stopped_and_started_again_is_followed_at_once() {
        let start = Instant::now();
        let mut anchor = Anchor::new(1_000);
        anchor.look(0, start, Duration::ZERO);
        let resumed = start + Duration::from_secs(2);
        anchor.look(100, resumed, Duration::ZERO);
        assert_eq!(anchor.moment_of(100), Some(resumed));
    }

    #[test]
    fn a_withdrawn_sound_never_starts_and_a_started_one_cannot_be_withdrawn() {
        let waiting = Handle::default();
        assert!(waiting.waiting());
        assert!(waiting.withdraw());
        assert!(!waiting.start());
        assert!(waiting.withdrawn());
        let playing = Handle::default();
        assert!(playing.start());
        assert!(playing.start(), "started stays started");
        assert!(!playing.withdraw(), "too late to take back");
    }
}
