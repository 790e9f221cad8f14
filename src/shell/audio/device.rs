//! The output device while it is open: its stream, and the errors the stream reports, counted
//! rather than written down one by one, so that a device that fails for ever costs nothing.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use rodio::cpal::ErrorKind;
use rodio::mixer::Mixer;
use rodio::{DeviceSinkBuilder, MixerDeviceSink};

use super::StreamErrors;
use super::schedule::{Clock, Timebase};
use crate::shell::log::EventLog;

/// About 85 ms of sound per device buffer at 48 kHz: the device thread wakes a dozen times a
/// second rather than fifty. Sounds are handed over ahead of their moment and started on its
/// frame ([`super::schedule`]), so the buffer's length does not make them late.
const BUFFER_FRAMES: u32 = 4096;

/// [`BUFFER_FRAMES`], or the number in `RYG_BUFFER_FRAMES`: the benchmark of the sound
/// (scripts/bench-sound.py) compares buffers with one build.
fn buffer_frames() -> u32 {
    std::env::var("RYG_BUFFER_FRAMES")
        .ok()
        .and_then(|frames| frames.parse().ok())
        .filter(|&frames| (64..=65_536).contains(&frames))
        .unwrap_or(BUFFER_FRAMES)
}

/// A lost device's stream retries at once, for ever, until it is closed — which happens at the
/// main thread's next wake-up, within a second. Until then each retry first waits this long, so
/// the wait costs no CPU and closing waits at most this long for the stream's thread.
const RETRY_PAUSE: Duration = Duration::from_millis(50);

/// The default output device, open.
pub struct Device {
    /// Always there until the device is dropped.
    stream: Option<MixerDeviceSink>,
    /// Which frame plays when, for sounds handed over ahead.
    timebase: Timebase,
    errors: Arc<Mutex<StreamErrors>>,
    log: EventLog,
}

impl Device {
    /// Opens the default output device with a small buffer, or the device's own choice when it
    /// refuses one.
    pub fn open(log: &EventLog) -> Result<Device, String> {
        let errors = Arc::new(Mutex::new(StreamErrors::opened(Instant::now())));
        let open = |frames: Option<u32>| {
            let (log, errors) = (log.clone(), Arc::clone(&errors));
            let mut builder = DeviceSinkBuilder::from_default_device()
                .map_err(|e| e.to_string())?
                .with_error_callback(move |error| heard(&errors, &log, &error));
            if let Some(frames) = frames {
                builder = builder.with_buffer_size(rodio::cpal::BufferSize::Fixed(frames));
            }
            builder.open_stream().map_err(|e| e.to_string())
        };
        let mut stream = open(Some(buffer_frames())).or_else(|_| open(None))?;
        stream.log_on_drop(false);
        let config = stream.config();
        let rate = config.sample_rate();
        let lead = match config.buffer_size() {
            rodio::cpal::BufferSize::Fixed(frames) => {
                Duration::from_secs_f64(f64::from(*frames) / f64::from(rate.get()))
            }
            rodio::cpal::BufferSize::Default => Duration::ZERO,
        };
        let (clock, timebase) = Clock::new(config.channel_count(), rate, lead);
        stream.mixer().add(clock);
        Ok(Device {
            stream: Some(stream),
            timebase,
            errors,
            log: log.clone(),
        })
    }

    pub fn mixer(&self) -> Option<&Mixer> {
        self.stream.as_ref().map(MixerDeviceSink::mixer)
    }

    pub fn timebase(&self) -> &Timebase {
        &self.timebase
    }

    /// Whether the device is gone (its errors say so); it is then only worth closing.
    pub fn lost(&self) -> bool {
        lock(&self.errors).lost()
    }
}

/// Closing the device writes down how often each kind of error came, once the stream has stopped.
impl Drop for Device {
    fn drop(&mut self) {
        drop(self.stream.take());
        for line in lock(&self.errors).summary() {
            self.log.write(line);
        }
    }
}

fn lock(errors: &Mutex<StreamErrors>) -> std::sync::MutexGuard<'_, StreamErrors> {
    errors.lock().unwrap_or_else(PoisonError::into_inner)
}

/// On the stream's own thread: counts `error`, writes down the first of its kind, and once the
/// device is lost holds the retrying stream back (see [`RETRY_PAUSE`]).
fn heard(errors: &Mutex<StreamErrors>, log: &EventLog, error: &rodio::cpal::Error) {
    let gone = matches!(
        error.kind(),
        ErrorKind::DeviceNotAvailable | ErrorKind::HostUnavailable | ErrorKind::StreamInvalidated
    );
    let mut tally = lock(errors);
    if tally.count(&error.to_string(), gone, Instant::now()) {
        log.write(format!("sound error: {error}"));
    }
    let lost = tally.lost();
    drop(tally);
    if lost {
        std::thread::sleep(RETRY_PAUSE);
    }
}
