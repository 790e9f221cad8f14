//! The errors an open sound stream reports: each kind told once and counted, and whether they
//! say the device is gone — a lost sound server makes the stream fail thousands of times a second.

use std::time::{Duration, Instant};

/// More errors than this within [`BURST_WINDOW`] mean the stream has stopped working. A working
/// device reports at most one underrun per buffer, a few hundred a second at the very worst; a
/// lost sound server makes the stream fail about 175,000 times a second, so the thousand come
/// within a few milliseconds. A sound server still starting a new stream has been seen to fail
/// about a thousand times a second for a second and then play: at a tenth of a second that is no loss.
pub const BURST: u32 = 1_000;
pub const BURST_WINDOW: Duration = Duration::from_millis(100);
/// How long a new stream is given to start before its errors can say it is lost: a sound server
/// starting a stream has been seen to fail some ten thousand times a second for a tenth of a
/// second, and then play.
pub const SETTLING: Duration = Duration::from_secs(1);

/// What an open stream has reported so far.
#[derive(Debug, Default)]
pub struct StreamErrors {
    /// Each kind of error, by its message, in the order first seen, with how many came.
    kinds: Vec<(String, u64)>,
    /// When the current window of errors began, and how many came in it.
    window: Option<(Instant, u32)>,
    /// Until when the stream is still starting: its errors are told and counted, but do not
    /// make it lost.
    settling_until: Option<Instant>,
    lost: bool,
}

impl StreamErrors {
    /// The errors of a stream opened at `now`, given [`SETTLING`] to start.
    pub fn opened(now: Instant) -> StreamErrors {
        StreamErrors {
            settling_until: Some(now + SETTLING),
            ..StreamErrors::default()
        }
    }

    /// Counts an error with this `message` at `now`; `gone` when the error itself says the device
    /// is no more. True when it is the first of its kind, the one worth writing down.
    pub fn count(&mut self, message: &str, gone: bool, now: Instant) -> bool {
        let first = match self.kinds.iter_mut().find(|(kind, _)| kind == message) {
            Some((_, count)) => {
                *count += 1;
                false
            }
            None => {
                self.kinds.push((message.to_string(), 1));
                true
            }
        };
        if self.settling_until.is_some_and(|until| now < until) {
            self.lost |= gone;
            return first;
        }
        let window = match self.window {
            Some((start, count)) if now.saturating_duration_since(start) < BURST_WINDOW => {
                (start, count + 1)
            }
            _ => (now, 1),
        };
        self.window = Some(window);
        self.lost |= gone || window.1 > BURST;
        first
    }

    /// Whether the device is gone: it said so, or it fails faster than any working one.
    pub fn lost(&self) -> bool {
        self.lost
    }

    /// A line for each kind of error that came more than once, with how many came in all.
    pub fn summary(&self) -> Vec<String> {
        self.kinds
            .iter()
            .filter(|(_, count)| *count > 1)
            .map(|(kind, count)| format!("sound error: {kind} (×{count})"))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SERVER_GONE: &str = "ALSA function 'snd_pcm_poll_descriptors_revents' failed";

    #[test]
    fn each_kind_is_told_once_and_counted() {
        let (mut errors, t0) = (StreamErrors::default(), Instant::now());
        assert!(errors.count(SERVER_GONE, false, t0));
        assert!(errors.count("underrun", false, t0));
        for _ in 0..41 {
            assert!(!errors.count(SERVER_GONE, false, t0));
        }
        assert!(!errors.count("underrun", false, t0));
        assert!(errors.count("busy", false, t0));
        assert_eq!(
            errors.summary(),
            [
                format!("sound error: {SERVER_GONE} (×42)"),
                "sound error: underrun (×2)".to_string()
            ]
        );
        assert!(!errors.lost());
    }

    /// The failure of a lost server: the same error as fast as the stream can loop.
    #[test]
    fn errors_faster_than_a_working_device_makes_mean_it_is_lost() {
        let (mut errors, t0) = (StreamErrors::default(), Instant::now());
        for n in 0..BURST {
            errors.count(SERVER_GONE, false, t0 + Duration::from_micros(u64::from(n)));
        }
        assert!(!errors.lost(), "{BURST} in a second can still be a device");
        errors.count(SERVER_GONE, false, t0 + Duration::from_millis(2));
        assert!(errors.lost());
    }

    /// A stream the sound server is still starting: about a thousand failures a second, for a second.
    #[test]
    fn a_stream_failing_while_it_starts_is_not_lost() {
        let (mut errors, t0) = (StreamErrors::default(), Instant::now());
        for n in 0..1_001 {
            errors.count(SERVER_GONE, false, t0 + Duration::from_micros(950 * n));
        }
        assert!(!errors.lost());
    }

    /// A new stream the server is still starting fails fast for a moment, then plays; a stream
    /// that goes on failing after that is lost.
    #[test]
    fn a_new_stream_is_given_time_to_start_before_its_errors_say_it_is_lost() {
        let t0 = Instant::now();
        let mut errors = StreamErrors::opened(t0);
        for n in 0..1_001 {
            errors.count(SERVER_GONE, false, t0 + Duration::from_micros(100 * n));
        }
        assert!(!errors.lost(), "still starting");
        for n in 0..1_001 {
            errors.count(SERVER_GONE, false, t0 + SETTLING + Duration::from_micros(n));
        }
        assert!(errors.lost());
    }

    #[test]
    fn underruns_spread_over_time_are_not_a_loss() {
        let (mut errors, t0) = (StreamErrors::default(), Instant::now());
        // One a millisecond for ten seconds: never more than a thousand within a second.
        for ms in 0..10_000 {
            errors.count("underrun", false, t0 + Duration::from_millis(ms));
        }
        assert!(!errors.lost());
        assert_eq!(errors.summary(), ["sound error: underrun (×10000)"]);
    }

    #[test]
    fn a_device_that_says_it_is_gone_is_lost_at_once() {
        let mut errors = StreamErrors::default();
        errors.count("Device disconnected", true, Instant::now());
        assert!(errors.lost());
        assert!(errors.summary().is_empty(), "told once already");
    }
}
