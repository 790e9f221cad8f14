//! Speech over the tones: while a phrase plays, every tone is lowered to [`DUCKED`] of its
//! volume, eased over a few milliseconds so that the change does not click; and a new phrase
//! cuts the one before it short rather than talk over it.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use rodio::{ChannelCount, Sample, SampleRate, Source};

/// How loud a tone is while speech plays.
pub const DUCKED: f32 = 0.5;
/// How much the tones' gain moves per sample: from 1 to [`DUCKED`] in about 10 ms at 48 kHz.
const EASE: f32 = 0.001;

/// A wrapper's format is its inner source's: it changes samples, never their shape.
macro_rules! source_of_inner {
    ($wrapper:ident) => {
        impl<S: Source> Source for $wrapper<S> {
            fn current_span_len(&self) -> Option<usize> {
                self.inner.current_span_len()
            }
            fn channels(&self) -> ChannelCount {
                self.inner.channels()
            }
            fn sample_rate(&self) -> SampleRate {
                self.inner.sample_rate()
            }
            fn total_duration(&self) -> Option<Duration> {
                self.inner.total_duration()
            }
        }
    };
}

/// How many phrases are playing, shared by the tones and the phrases.
#[derive(Clone, Default)]
pub struct Speaking(Arc<AtomicUsize>);

impl Speaking {
    fn now(&self) -> bool {
        self.0.load(Ordering::Relaxed) > 0
    }
}

/// A tone that is lowered while speech plays.
pub struct Ducked<S> {
    inner: S,
    speaking: Speaking,
    /// `None` until the first sample: a tone handed over ahead starts as loud as it should be
    /// then, not as when it was handed over.
    gain: Option<f32>,
}

impl<S> Ducked<S> {
    pub fn new(inner: S, speaking: &Speaking) -> Ducked<S> {
        Ducked {
            inner,
            speaking: speaking.clone(),
            gain: None,
        }
    }
}

impl<S: Source> Iterator for Ducked<S> {
    type Item = Sample;

    fn next(&mut self) -> Option<Sample> {
        let sample = self.inner.next()?;
        let target = if self.speaking.now() { DUCKED } else { 1.0 };
        let gain = self.gain.get_or_insert(target);
        *gain += (target - *gain).clamp(-EASE, EASE);
        Some(sample * *gain)
    }
}

source_of_inner!(Ducked);

/// A phrase playing: counted in [`Speaking`] from its first sample to its last (or until it is
/// cut short or dropped), and ended early when `stop` is set. Its first sample stops the phrase
/// before it (`cutting`).
pub struct Phrase<S> {
    inner: S,
    speaking: Speaking,
    stop: Arc<AtomicBool>,
    before: Option<Arc<AtomicBool>>,
    counted: bool,
}

impl<S> Phrase<S> {
    pub fn new(inner: S, speaking: &Speaking, stop: Arc<AtomicBool>) -> Phrase<S> {
        Phrase {
            inner,
            speaking: speaking.clone(),
            stop,
            before: None,
            counted: false,
        }
    }

    /// Stops the phrase that `before` stops as this one starts.
    pub fn cutting(mut self, before: Arc<AtomicBool>) -> Phrase<S> {
        self.before = Some(before);
        self
    }

    fn uncount(&mut self) {
        if std::mem::take(&mut self.counted) {
            self.speaking.0.fetch_sub(1, Ordering::Relaxed);
        }
    }
}

impl<S> Drop for Phrase<S> {
    fn drop(&mut self) {
        self.uncount();
    }
}

impl<S: Source> Iterator for Phrase<S> {
    type Item = Sample;

    fn next(&mut self) -> Option<Sample> {
        let sample = if self.stop.load(Ordering::Relaxed) {
            None
        } else {
            self.inner.next()
        };
        match sample {
            Some(_) if !self.counted => {
                self.counted = true;
                if let Some(before) = self.before.take() {
                    before.store(true, Ordering::Relaxed);
                }
                self.speaking.0.fetch_add(1, Ordering::Relaxed);
            }
            None => self.uncount(),
            Some(_) => {}
        }
        sample
    }
}

source_of_inner!(Phrase);

#[cfg(test)]
mod tests {
    use super::*;
    use rodio::buffer::SamplesBuffer;
    use std::num::NonZero;

    fn ones(count: usize) -> SamplesBuffer {
        SamplesBuffer::new(
            NonZero::new(1).unwrap(),
            NonZero::new(8_000).unwrap(),
            vec![1.0; count],
        )
    }

    #[test]
    fn a_tone_is_lowered_while_a_phrase_plays_and_comes_back_after() {
        let speaking = Speaking::default();
        let mut tone = Ducked::new(ones(4_000), &speaking);
        assert_eq!(tone.next(), Some(1.0));
        let stop = Arc::new(AtomicBool::new(false));
        let mut phrase = Phrase::new(ones(2), &speaking, Arc::clone(&stop));
        assert_eq!(phrase.next(), Some(1.0));
        let lowered: Vec<f32> = tone.by_ref().take(1_000).collect();
        assert!(
            lowered[0] < 1.0 && (lowered[999] - DUCKED).abs() < 1e-3,
            "{lowered:?}"
        );
        assert_eq!((phrase.next(), phrase.next()), (Some(1.0), None));
        let back: Vec<f32> = tone.by_ref().take(1_000).collect();
        assert!((back[999] - 1.0).abs() < 1e-3);
    }

    #[test]
    fn a_phrase_cut_short_or_dropped_no_longer_lowers_the_tones() {
        let speaking = Speaking::default();
        let stop = Arc::new(AtomicBool::new(false));
        let mut phrase = Phrase::new(ones(100), &speaking, Arc::clone(&stop));
        phrase.next();
        assert!(speaking.now());
        stop.store(true, Ordering::Relaxed);
        assert_eq!(phrase.next(), None);
        assert!(!speaking.now());
        let mut dropped = Phrase::new(ones(100), &speaking, Arc::new(AtomicBool::new(false)));
        dropped.next();
        assert!(speaking.now());
        drop(dropped);
        assert!(!speaking.now());
    }
}
