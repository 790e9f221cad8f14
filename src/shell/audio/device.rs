//! The output device while it is open: its stream, and the errors the stream reports, counted
//! rather than written down one by one, so that a device that fails for ever costs nothing.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use rodio::cpal::ErrorKind;
use rodio::mixer::Mixer;
use rodio::{DeviceSinkBuilder, MixerDeviceSink};

use super::StreamErrors;
use crate::shell::log::EventLog;

/// About 23 ms of sound per device buffer at 44.1 kHz: small enough for cues to start promptly,
/// large enough not to run dry on a busy machine or through a sound server.
const BUFFER_FRAMES: u32 = 1024;

/// A lost device's stream retries at once, for ever, until it is closed — which happens at the
/// main thread's next wake-up, within a second. Until then each retry first waits this long, so
/// the wait costs no CPU and closing waits at most this long for the stream's thread.
const RETRY_PAUSE: Duration = Duration::from_millis(50);

/// The default output device, open.
pub struct Device {
    /// Always there until the device is dropped.
    stream: Option<MixerDeviceSink>,
    errors: Arc<Mutex<StreamErrors>>,
    log: EventLog,
}

impl Device {
    /// Opens the default output device with a small buffer, or the device's own choice when it
    /// refuses one.
    pub fn open(log: &EventLog) -> Result<Device, String> {
        let errors = Arc::new(Mutex::new(StreamErrors::default()));
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
        let mut stream = open(Some(BUFFER_FRAMES)).or_else(|_| open(None))?;
        stream.log_on_drop(false);
        Ok(Device {
            stream: Some(stream),
            errors,
            log: log.clone(),
        })
    }

    pub fn mixer(&self) -> Option<&Mixer> {
        self.stream.as_ref().map(MixerDeviceSink::mixer)
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
