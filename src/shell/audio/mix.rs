//! The mixer that fills the device's buffers: the sounds handed over ahead, each started on the
//! frame of its moment ([`Anchor`]); tones lowered to [`DUCKED`] while speech plays, eased over
//! about 10 ms so that the change does not click; a phrase cut short by the next one rather than
//! talked over. Sounds arrive already in the device's rate and channels, so a buffer costs a
//! sum over the few sounds that play in it — and nothing when none does, which is almost every
//! buffer of a session. Time is passed in: everything here is tested without a device.

use std::sync::Arc;
use std::time::{Duration, Instant};

use super::schedule::Anchor;
pub use super::schedule::Handle;

/// How loud a tone is while speech plays.
pub const DUCKED: f32 = 0.5;
/// How fast the tones' gain moves, per second: from 1 to [`DUCKED`] in 10 ms.
const EASE_PER_SECOND: f32 = 50.0;

/// What a sound is, for the ducking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A cue's tone: lowered while speech plays.
    Tone,
    /// A spoken phrase: lowers the tones, and ends where the next phrase starts.
    Phrase,
}

/// A sound handed over to start on its moment.
#[derive(Clone, Debug)]
pub struct Voice {
    /// Interleaved, in the device's channels and rate.
    pub samples: Arc<[f32]>,
    pub moment: Instant,
    pub gain: f32,
    pub kind: Kind,
    pub handle: Handle,
}

/// A voice with its frames in the stream.
struct Placed {
    voice: Voice,
    start: u64,
    end: u64,
}

/// The stream's sounds and where they play.
pub struct Mix {
    channels: usize,
    ease: f32,
    anchor: Anchor,
    /// Frames given to the device so far.
    frames: u64,
    /// Handed over since the last buffer: placed once the anchor has seen it.
    arrived: Vec<Voice>,
    placed: Vec<Placed>,
    /// The tones' gain now, between [`DUCKED`] and 1.
    duck: f32,
    /// The buffer being made, and each of its frames' tone gain: kept between buffers, so that
    /// making one allocates nothing.
    out: Vec<f32>,
    gains: Vec<f32>,
}

impl Mix {
    pub fn new(channels: u16, rate: u32) -> Mix {
        Mix {
            channels: usize::from(channels.max(1)),
            ease: EASE_PER_SECOND / rate.max(1) as f32,
            anchor: Anchor::new(rate),
            frames: 0,
            arrived: Vec::new(),
            placed: Vec::new(),
            duck: 1.0,
            out: Vec::new(),
            gains: Vec::new(),
        }
    }

    /// Takes a sound to start on its moment (at once if that has passed).
    pub fn add(&mut self, voice: Voice) {
        self.arrived.push(voice);
    }

    /// The next `frames` frames, asked for at `now` and heard `delay` later: `None` when they
    /// are silent, the samples otherwise.
    pub fn render(&mut self, frames: usize, now: Instant, delay: Duration) -> Option<&[f32]> {
        let from = self.frames;
        let to = from + frames as u64;
        self.frames = to;
        self.anchor.look(from, now, delay);
        for voice in self.arrived.drain(..) {
            let start = self.anchor.frame_of(voice.moment).unwrap_or(from).max(from);
            let end = start + (voice.samples.len() / self.channels) as u64;
            self.placed.push(Placed { voice, start, end });
        }
        self.start_and_cut(to);
        self.placed
            .retain(|placed| placed.end > from && !placed.voice.handle.withdrawn());
        if !self.placed.iter().any(|placed| placed.start < to) {
            self.duck = 1.0;
            return None;
        }
        self.ease_tones(from, frames);
        self.out.clear();
        self.out.resize(frames * self.channels, 0.0);
        for placed in self.placed.iter().filter(|placed| placed.start < to) {
            let first = placed.start.max(from);
            let last = placed.end.min(to);
            let (at, skip) = ((first - from) as usize, (first - placed.start) as usize);
            let count = (last - first) as usize;
            let ch = self.channels;
            let sound = &placed.voice.samples[skip * ch..(skip + count) * ch];
            let out = &mut self.out[at * ch..(at + count) * ch];
            let gain = placed.voice.gain;
            match placed.voice.kind {
                Kind::Phrase => out.iter_mut().zip(sound).for_each(|(o, s)| *o += s * gain),
                Kind::Tone => {
                    let gains = &self.gains[at..at + count];
                    for ((o, s), g) in out.chunks_mut(ch).zip(sound.chunks(ch)).zip(gains) {
                        o.iter_mut().zip(s).for_each(|(o, s)| *o += s * gain * g);
                    }
                }
            }
        }
        Some(&self.out)
    }

    /// Starts what begins before `to`, dropping what was taken back first; a phrase that
    /// starts ends the phrases before it there.
    fn start_and_cut(&mut self, to: u64) {
        self.placed
            .retain(|placed| placed.start >= to || placed.voice.handle.start());
        for index in 0..self.placed.len() {
            let this = &self.placed[index];
            if this.voice.kind != Kind::Phrase {
                continue;
            }
            let next = self
                .placed
                .iter()
                .filter(|other| other.voice.kind == Kind::Phrase)
                .map(|other| other.start)
                .filter(|&start| start > this.start && start < to)
                .min();
            if let Some(next) = next {
                self.placed[index].end = self.placed[index].end.min(next);
            }
        }
    }

    /// The tones' gain for each frame from `from`, easing towards [`DUCKED`] while a phrase
    /// plays and back to 1 after.
    fn ease_tones(&mut self, from: u64, frames: usize) {
        self.gains.clear();
        for frame in from..from + frames as u64 {
            let speaking = self.placed.iter().any(|placed| {
                placed.voice.kind == Kind::Phrase && (placed.start..placed.end).contains(&frame)
            });
            let target = if speaking { DUCKED } else { 1.0 };
            self.duck += (target - self.duck).clamp(-self.ease, self.ease);
            self.gains.push(self.duck);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RATE: u32 = 1_000;

    fn ms(ms: u64) -> Duration {
        Duration::from_millis(ms)
    }

    fn voice(kind: Kind, moment: Instant, length: usize) -> (Voice, Handle) {
        let handle = Handle::default();
        let voice = Voice {
            samples: vec![1.0; length].into(),
            moment,
            gain: 1.0,
            kind,
            handle: handle.clone(),
        };
        (voice, handle)
    }

    /// A mono mixer at 1,000 frames a second whose frame 0 is heard at `start`.
    fn mix_at(start: Instant) -> Mix {
        let mut mix = Mix::new(1, RATE);
        assert!(mix.render(0, start, Duration::ZERO).is_none());
        mix
    }

    fn render(mix: &mut Mix, frames: usize, now: Instant) -> Vec<f32> {
        mix.render(frames, now, Duration::ZERO)
            .map_or_else(|| vec![0.0; frames], <[f32]>::to_vec)
    }

    #[test]
    fn a_sound_starts_on_the_frame_of_its_moment_in_a_later_buffer() {
        let start = Instant::now();
        let mut mix = mix_at(start);
        mix.add(voice(Kind::Tone, start + ms(250), 3).0);
        assert!(mix.render(200, start, Duration::ZERO).is_none(), "silent");
        let heard = render(&mut mix, 100, start + ms(200));
        assert!(heard[..50].iter().all(|&s| s == 0.0));
        assert_eq!(&heard[50..53], &[1.0; 3]);
        assert!(heard[53..].iter().all(|&s| s == 0.0));
        assert!(mix.render(100, start + ms(300), Duration::ZERO).is_none());
    }

    /// A frame asked for now is heard as much later as the device holds: the sound is placed
    /// that much sooner in the stream.
    #[test]
    fn a_sound_starts_as_much_earlier_as_the_device_plays_later() {
        let start = Instant::now();
        let mut mix = Mix::new(1, RATE);
        mix.add(voice(Kind::Tone, start + ms(250), 1).0);
        let heard = mix.render(300, start, ms(100)).unwrap();
        assert_eq!(heard.iter().position(|&s| s > 0.0), Some(150));
    }

    #[test]
    fn a_sound_whose_moment_passed_starts_at_once_and_plays_across_buffers() {
        let start = Instant::now();
        let mut mix = mix_at(start);
        assert!(mix.render(100, start, Duration::ZERO).is_none());
        mix.add(voice(Kind::Tone, start, 150).0);
        let first = render(&mut mix, 100, start + ms(100));
        assert!(first.iter().all(|&s| s == 1.0), "at once");
        let second = render(&mut mix, 100, start + ms(200));
        assert_eq!(second.iter().filter(|&&s| s == 1.0).count(), 50);
    }

    #[test]
    fn a_withdrawn_sound_is_never_heard_and_a_started_one_plays_on() {
        let start = Instant::now();
        let mut mix = mix_at(start);
        let (later, later_handle) = voice(Kind::Tone, start + ms(150), 10);
        let (now, now_handle) = voice(Kind::Tone, start, 200);
        mix.add(later);
        mix.add(now);
        render(&mut mix, 100, start);
        assert!(later_handle.withdraw());
        assert!(!now_handle.withdraw(), "too late to take back");
        let heard = render(&mut mix, 100, start + ms(100));
        assert!(heard.iter().all(|&s| s == 1.0), "only the one playing");
    }

    #[test]
    fn two_channels_are_kept_apart() {
        let start = Instant::now();
        let mut mix = Mix::new(2, RATE);
        mix.add(Voice {
            samples: vec![0.25, -0.5, 0.25, -0.5].into(),
            moment: start,
            gain: 2.0,
            kind: Kind::Phrase,
            handle: Handle::default(),
        });
        let heard = mix.render(3, start, Duration::ZERO).unwrap();
        assert_eq!(heard, &[0.5, -1.0, 0.5, -1.0, 0.0, 0.0]);
    }

    #[test]
    fn a_tone_is_lowered_while_a_phrase_plays_and_comes_back_after() {
        let start = Instant::now();
        let mut mix = mix_at(start);
        mix.add(voice(Kind::Tone, start, 300).0);
        mix.add(voice(Kind::Phrase, start + ms(100), 100).0);
        let heard = render(&mut mix, 300, start);
        assert_eq!(heard[99], 1.0, "before the phrase");
        // The phrase's own 1.0 over a tone eased down to a half within 10 ms.
        assert!(heard[100] > 1.9 && heard[100] < 2.0, "{}", heard[100]);
        assert!((heard[195] - 1.5).abs() < 1e-3, "{}", heard[195]);
        assert!(
            (heard[299] - 1.0).abs() < 1e-3,
            "back to full: {}",
            heard[299]
        );
    }

    #[test]
    fn a_phrase_ends_where_the_next_starts_and_stays_cut() {
        let start = Instant::now();
        let mut mix = mix_at(start);
        mix.add(voice(Kind::Phrase, start, 300).0);
        mix.add(voice(Kind::Phrase, start + ms(100), 20).0);
        let heard = render(&mut mix, 300, start);
        assert_eq!(heard[99], 1.0);
        assert_eq!(heard[110], 1.0, "one phrase, not two at once");
        assert_eq!(heard[150], 0.0, "the first was cut");
        assert!(mix.render(100, start + ms(300), Duration::ZERO).is_none());
    }

    #[test]
    fn a_phrase_taken_back_before_it_starts_cuts_nothing() {
        let start = Instant::now();
        let mut mix = mix_at(start);
        mix.add(voice(Kind::Phrase, start, 300).0);
        let (next, handle) = voice(Kind::Phrase, start + ms(200), 20);
        mix.add(next);
        render(&mut mix, 100, start);
        assert!(handle.withdraw());
        let heard = render(&mut mix, 200, start + ms(100));
        assert!(
            heard.iter().all(|&s| s == 1.0),
            "the first plays to its end"
        );
    }
}
