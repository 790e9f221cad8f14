//! Sounds handed to the mixer ahead of their moment and started on the frame of it. The device
//! asks for sound a whole buffer at a time; a sound added when its moment comes would wait for
//! the next buffer, so a large buffer (cheap: few wake-ups) would make cues late by up to its
//! length. Instead each sound is handed over early, wrapped in [`At`], which stays silent until
//! the frame of its moment. Which frame that is comes from [`Clock`], a silent source always in
//! the mixer that counts frames and ties them to the system clock at the start of every buffer
//! (the mean of the last few hundred), so that the device's clock drifting against the system's
//! over a long session adds up to nothing.

use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use rodio::{ChannelCount, Sample, SampleRate, Source};

/// How often (in frames) the clock looks at the system clock: often enough to find the start of
/// a buffer within about a millisecond, rarely enough to cost nothing.
const LOOK_EVERY: u64 = 64;
/// Two looks further apart than this lie in different buffers: within one, the frames are made
/// in a burst, microseconds apart.
const NEW_BUFFER: Duration = Duration::from_millis(2);
/// The anchor is the mean of what the starts of the last this many buffers saw (about 20 s of
/// 4,096 frames at 48 kHz): through a sound server, the device thread asks for sound in a
/// sawtooth — a little faster than it is played for a few seconds, then a pause — and only the
/// mean follows the steady pace the sound is played at. A device clock drifting by 100 ppm
/// against the system's puts the mean about 2 ms behind, however long the session.
const MEAN_OF: u32 = 256;
/// A buffer that starts this far from the anchor means the stream stopped and started again
/// (the server suspended it, or it ran dry): the anchor moves there at once.
const JUMP: f64 = 0.050;

/// Which frame is played when, shared by the clock and the sounds it starts.
#[derive(Clone)]
pub struct Timebase(Arc<Shared>);

struct Shared {
    rate: f64,
    /// How long after it is asked for a frame is heard: the device buffer's other period.
    lead: Duration,
    /// Frames counted so far.
    frames: AtomicU64,
    /// The moment frame 0 would have been asked for, had every buffer come exactly on time;
    /// `None` until the first frame is asked for.
    zero: Mutex<Option<Instant>>,
}

impl Timebase {
    /// The moment the frame asked for now will be heard.
    fn now(&self) -> Instant {
        let zero = *self.0.zero.lock().unwrap_or_else(PoisonError::into_inner);
        let frames = self.0.frames.load(Ordering::Relaxed) as f64;
        let asked = zero.map_or_else(Instant::now, |zero| {
            zero + Duration::from_secs_f64(frames / self.0.rate)
        });
        asked + self.0.lead
    }
}

/// Silence, for ever: counts the frames the device asks for and anchors them to the system clock.
pub struct Clock {
    base: Timebase,
    channels: ChannelCount,
    rate: SampleRate,
    /// Samples of the current frame already given.
    in_frame: u16,
    last_look: Option<Instant>,
    /// Buffer starts averaged into the anchor so far, up to [`MEAN_OF`].
    seen: u32,
}

impl Clock {
    /// A clock for a device playing `channels` at `rate`, and the timebase it keeps. `lead`: how
    /// long after it is asked for a frame is heard. The device asks for a period when one is
    /// free in its buffer of two, so the other is still to be played first: one period, when
    /// the buffer's size is known (zero otherwise).
    pub fn new(channels: ChannelCount, rate: SampleRate, lead: Duration) -> (Clock, Timebase) {
        let base = Timebase(Arc::new(Shared {
            rate: f64::from(rate.get()),
            lead,
            frames: AtomicU64::new(0),
            zero: Mutex::new(None),
        }));
        let clock = Clock {
            base: base.clone(),
            channels,
            rate,
            in_frame: 0,
            last_look: None,
            seen: 0,
        };
        (clock, base)
    }

    /// At frame `frame`, the system clock says `now`: the first look in a buffer moves the anchor.
    fn look(&mut self, frame: u64, now: Instant) {
        let new_buffer = self
            .last_look
            .is_none_or(|last| now.saturating_duration_since(last) > NEW_BUFFER);
        self.last_look = Some(now);
        if !new_buffer {
            return;
        }
        let seen = now
            .checked_sub(Duration::from_secs_f64(frame as f64 / self.base.0.rate))
            .unwrap_or(now);
        let mut zero = self
            .base
            .0
            .zero
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let off = zero.map(|anchor| (anchor, signed_secs(seen, anchor)));
        *zero = Some(match off {
            Some((anchor, off)) if off.abs() <= JUMP => {
                self.seen = (self.seen + 1).min(MEAN_OF);
                shift(anchor, off / f64::from(self.seen))
            }
            _ => {
                self.seen = 1;
                seen
            }
        });
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

impl Iterator for Clock {
    type Item = Sample;

    fn next(&mut self) -> Option<Sample> {
        if self.in_frame == 0 {
            let frame = self.base.0.frames.load(Ordering::Relaxed);
            if frame.is_multiple_of(LOOK_EVERY) {
                self.look(frame, Instant::now());
            }
        }
        self.in_frame += 1;
        if self.in_frame == self.channels.get() {
            self.in_frame = 0;
            self.base.0.frames.fetch_add(1, Ordering::Relaxed);
        }
        Some(0.0)
    }
}

impl Source for Clock {
    fn current_span_len(&self) -> Option<usize> {
        None
    }
    fn channels(&self) -> ChannelCount {
        self.channels
    }
    fn sample_rate(&self) -> SampleRate {
        self.rate
    }
    fn total_duration(&self) -> Option<Duration> {
        None
    }
}

const WAITING: u8 = 0;
const STARTED: u8 = 1;
const WITHDRAWN: u8 = 2;

/// What the player keeps of a sound handed ahead, to take it back before it starts.
#[derive(Clone, Default)]
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
}

/// A sound that starts on the frame of `moment`: silent until then (or at once when the moment
/// has passed), and nothing at all if withdrawn first.
pub struct At<S> {
    inner: S,
    moment: Instant,
    base: Timebase,
    /// Silent samples still to give; `None` until the mixer first asks.
    silence: Option<u64>,
    handle: Handle,
}

impl<S: Source> At<S> {
    pub fn new(inner: S, moment: Instant, base: &Timebase) -> (At<S>, Handle) {
        let handle = Handle::default();
        let at = At {
            inner,
            moment,
            base: base.clone(),
            silence: None,
            handle: handle.clone(),
        };
        (at, handle)
    }

    /// Samples of silence from the frame asked for now to the moment, whole frames.
    fn wait(&self) -> u64 {
        let wait = self.moment.saturating_duration_since(self.base.now());
        let frames = (wait.as_secs_f64() * f64::from(self.inner.sample_rate().get())).round();
        frames as u64 * u64::from(self.inner.channels().get())
    }
}

impl<S: Source> Iterator for At<S> {
    type Item = Sample;

    fn next(&mut self) -> Option<Sample> {
        let left = match self.silence {
            Some(left) => left,
            None => *self.silence.insert(self.wait()),
        };
        if left > 0 {
            if self.handle.0.load(Ordering::Relaxed) == WITHDRAWN {
                return None;
            }
            self.silence = Some(left - 1);
            return Some(0.0);
        }
        if self.handle.0.load(Ordering::Relaxed) != STARTED
            && self
                .handle
                .0
                .compare_exchange(WAITING, STARTED, Ordering::Relaxed, Ordering::Relaxed)
                .is_err()
        {
            return None;
        }
        self.inner.next()
    }
}

impl<S: Source> Source for At<S> {
    fn current_span_len(&self) -> Option<usize> {
        None
    }
    fn channels(&self) -> ChannelCount {
        self.inner.channels()
    }
    fn sample_rate(&self) -> SampleRate {
        self.inner.sample_rate()
    }
    fn total_duration(&self) -> Option<Duration> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rodio::buffer::SamplesBuffer;
    use std::num::NonZero;

    fn mono(rate: u32) -> (ChannelCount, SampleRate) {
        (NonZero::new(1).unwrap(), NonZero::new(rate).unwrap())
    }

    fn ones(rate: u32, count: usize) -> SamplesBuffer {
        let (channels, rate) = mono(rate);
        SamplesBuffer::new(channels, rate, vec![1.0; count])
    }

    /// A clock whose first buffer started at `start` (so that the test needs no real time).
    fn clock_at(rate: u32, start: Instant) -> (Clock, Timebase) {
        let (channels, rate) = mono(rate);
        let (mut clock, base) = Clock::new(channels, rate, Duration::ZERO);
        clock.look(0, start);
        (clock, base)
    }

    #[test]
    fn a_sound_starts_on_the_frame_of_its_moment() {
        let start = Instant::now();
        let (_clock, base) = clock_at(1_000, start);
        let (at, _) = At::new(ones(1_000, 3), start + Duration::from_millis(250), &base);
        let samples: Vec<f32> = at.collect();
        assert_eq!(samples.len(), 253);
        assert!(samples[..250].iter().all(|&s| s == 0.0));
        assert_eq!(&samples[250..], &[1.0; 3]);
    }

    /// A frame asked for now is heard a period later, so a sound starts a period sooner.
    #[test]
    fn a_sound_starts_as_much_earlier_as_the_device_plays_later() {
        let start = Instant::now();
        let (channels, rate) = mono(1_000);
        let (mut clock, base) = Clock::new(channels, rate, Duration::from_millis(100));
        clock.look(0, start);
        let (at, _) = At::new(ones(1_000, 1), start + Duration::from_millis(250), &base);
        assert_eq!(at.count(), 151);
    }

    #[test]
    fn a_sound_whose_moment_passed_starts_at_once() {
        let start = Instant::now();
        let (_clock, base) = clock_at(1_000, start + Duration::from_secs(1));
        let (mut at, _) = At::new(ones(1_000, 2), start, &base);
        assert_eq!(at.next(), Some(1.0));
    }

    #[test]
    fn a_withdrawn_sound_is_never_heard_and_a_started_one_plays_on() {
        let start = Instant::now();
        let (_clock, base) = clock_at(1_000, start);
        let (mut waiting, handle) =
            At::new(ones(1_000, 5), start + Duration::from_millis(3), &base);
        assert_eq!(waiting.next(), Some(0.0));
        assert!(handle.withdraw());
        assert_eq!(waiting.next(), None);
        let (mut playing, handle) = At::new(ones(1_000, 2), start, &base);
        assert_eq!(playing.next(), Some(1.0));
        assert!(!handle.withdraw(), "too late to take back");
        assert_eq!(playing.next(), Some(1.0));
    }

    /// The device's clock runs 100 ppm slow against the system's: after ten minutes that is 60 ms,
    /// yet a sound handed over then still starts within 3 ms of its moment.
    #[test]
    fn the_anchor_follows_a_device_clock_that_drifts() {
        let rate = 1_000u32;
        let start = Instant::now();
        let (mut clock, base) = clock_at(rate, start);
        let buffer = 100u64;
        for frame in (buffer..=600_000).step_by(buffer as usize) {
            // Frame `frame` is asked for when the slow device gets to it.
            let seen = start + Duration::from_secs_f64(frame as f64 * 1.0001 / f64::from(rate));
            base.0.frames.store(frame, Ordering::Relaxed);
            clock.look(frame, seen);
        }
        let now = start + Duration::from_secs_f64(600.0 * 1.0001);
        let error = signed_secs(base.now(), now).abs();
        assert!(error < 0.003, "{error} s off");
    }

    #[test]
    fn a_stream_that_stopped_and_started_again_is_followed_at_once() {
        let start = Instant::now();
        let (mut clock, base) = clock_at(1_000, start);
        base.0.frames.store(100, Ordering::Relaxed);
        let resumed = start + Duration::from_secs(2);
        clock.look(100, resumed);
        assert_eq!(base.now(), resumed);
    }

    #[test]
    fn the_clock_is_silent_and_counts_whole_frames() {
        let (channels, rate) = (NonZero::new(2).unwrap(), NonZero::new(48_000).unwrap());
        let (mut clock, base) = Clock::new(channels, rate, Duration::ZERO);
        let samples: Vec<f32> = clock.by_ref().take(9).collect();
        assert!(samples.iter().all(|&s| s == 0.0));
        assert_eq!(base.0.frames.load(Ordering::Relaxed), 4);
    }
}
