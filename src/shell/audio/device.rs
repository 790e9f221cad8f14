//! The output device while it is open: a stream of our own whose every buffer is filled by the
//! [`Mix`] on the device's thread, and the errors the stream reports, counted rather than written
//! down one by one, so that a device that fails for ever costs nothing. The mixer is ours rather
//! than rodio's because rodio's asks each of its sounds for every sample, through a chain of
//! iterators, even when all of them are silent: about half a percent of a core for nothing.

use std::num::NonZero;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use rodio::buffer::SamplesBuffer;
use rodio::cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
use rodio::cpal::{
    self, BufferSize, Data, ErrorKind, FromSample, OutputCallbackInfo, SampleFormat, SizedSample,
    StreamConfig,
};
use rodio::source::UniformSourceIterator;

use super::StreamErrors;
use super::mix::{Mix, Voice};
use crate::shell::log::EventLog;

/// About 170 ms of sound per period at 48 kHz (the device holds two): the device's threads wake
/// a few dozen times a second rather than hundreds, which is most of what sound costs while
/// nothing plays (docs/performance.md: 0.2 % of a core against 0.34 % with half of it). Sounds
/// are handed over ahead of their moment and started on its frame ([`super::schedule`]), so the
/// buffer's length does not make them late.
const BUFFER_FRAMES: u32 = 8192;

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
    stream: Option<cpal::Stream>,
    /// To the mixer on the device's thread.
    voices: Sender<Voice>,
    channels: u16,
    rate: u32,
    errors: Arc<Mutex<StreamErrors>>,
    log: EventLog,
}

impl Device {
    /// Opens the default output device in its own format with a large buffer, or the device's
    /// own choice of buffer when it refuses that one.
    pub fn open(log: &EventLog) -> Result<Device, String> {
        let device = cpal::default_host()
            .default_output_device()
            .ok_or("no output device")?;
        let supported = device.default_output_config().map_err(|e| e.to_string())?;
        let errors = Arc::new(Mutex::new(StreamErrors::opened(Instant::now())));
        let open = |buffer_size| {
            let config = StreamConfig {
                channels: supported.channels(),
                sample_rate: supported.sample_rate(),
                buffer_size,
            };
            let (voices, arrive) = channel();
            let mix = Mix::new(config.channels, config.sample_rate);
            let (log, errors) = (log.clone(), Arc::clone(&errors));
            let on_error = move |error: cpal::Error| heard(&errors, &log, &error);
            let stream = build(
                &device,
                &config,
                supported.sample_format(),
                mix,
                arrive,
                on_error,
            )?;
            stream.play().map_err(|e| e.to_string())?;
            Ok::<_, String>((stream, voices))
        };
        let (stream, voices) =
            open(BufferSize::Fixed(buffer_frames())).or_else(|_| open(BufferSize::Default))?;
        Ok(Device {
            stream: Some(stream),
            voices,
            channels: supported.channels(),
            rate: supported.sample_rate(),
            errors,
            log: log.clone(),
        })
    }

    /// Hands `voice` to the mixer, to start on its moment.
    pub fn send(&self, voice: Voice) {
        // The mixer goes only with the stream, which lives as long as `self`.
        let _ = self.voices.send(voice);
    }

    /// `sound` in the device's channels and rate, ready for the mixer.
    pub fn fit(&self, sound: SamplesBuffer) -> Arc<[f32]> {
        let channels = NonZero::new(self.channels).unwrap_or(NonZero::<u16>::MIN);
        let rate = NonZero::new(self.rate).unwrap_or(NonZero::<u32>::MIN);
        UniformSourceIterator::new(sound, channels, rate).collect()
    }

    /// Whether the device is gone (its errors say so); it is then only worth closing.
    pub fn lost(&self) -> bool {
        lock(&self.errors).lost()
    }
}

/// A stream in the device's `format` whose buffers `mix` fills with what arrives on `voices`.
/// One stream of raw samples for every format, written by [`put`]: a stream typed by its sample
/// would build cpal's whole device thread once for each format.
fn build(
    device: &cpal::Device,
    config: &StreamConfig,
    format: SampleFormat,
    mut mix: Mix,
    voices: Receiver<Voice>,
    on_error: impl FnMut(cpal::Error) + Send + 'static,
) -> Result<cpal::Stream, String> {
    if !FORMATS.contains(&format) {
        return Err(format!("sample format {format} not supported"));
    }
    let channels = usize::from(config.channels.max(1));
    let fill = move |data: &mut Data, info: &OutputCallbackInfo| {
        for voice in voices.try_iter() {
            mix.add(voice);
        }
        let times = info.timestamp();
        let delay = times.playback.checked_duration_since(times.callback);
        let frames = data.len() / channels;
        put(
            data,
            mix.render(frames, Instant::now(), delay.unwrap_or_default()),
        );
    };
    device
        .build_output_stream_raw(*config, format, fill, on_error, None)
        .map_err(|e| e.to_string())
}

/// The sample formats [`put`] writes.
const FORMATS: [SampleFormat; 8] = [
    SampleFormat::F32,
    SampleFormat::F64,
    SampleFormat::I8,
    SampleFormat::I16,
    SampleFormat::I32,
    SampleFormat::U8,
    SampleFormat::U16,
    SampleFormat::U32,
];

/// Writes `samples` (silence when `None`) into `data` in its own format.
fn put(data: &mut Data, samples: Option<&[f32]>) {
    fn into<T: SizedSample + FromSample<f32>>(out: Option<&mut [T]>, samples: Option<&[f32]>) {
        let Some(out) = out else { return };
        match samples {
            Some(samples) => out
                .iter_mut()
                .zip(samples)
                .for_each(|(out, &sample)| *out = T::from_sample(sample)),
            None => out.fill(T::EQUILIBRIUM),
        }
    }
    match data.sample_format() {
        SampleFormat::F32 => into::<f32>(data.as_slice_mut(), samples),
        SampleFormat::F64 => into::<f64>(data.as_slice_mut(), samples),
        SampleFormat::I8 => into::<i8>(data.as_slice_mut(), samples),
        SampleFormat::I16 => into::<i16>(data.as_slice_mut(), samples),
        SampleFormat::I32 => into::<i32>(data.as_slice_mut(), samples),
        SampleFormat::U8 => into::<u8>(data.as_slice_mut(), samples),
        SampleFormat::U16 => into::<u16>(data.as_slice_mut(), samples),
        SampleFormat::U32 => into::<u32>(data.as_slice_mut(), samples),
        _ => {}
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
fn heard(errors: &Mutex<StreamErrors>, log: &EventLog, error: &cpal::Error) {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `put` through cpal's untyped buffer over `buffer`.
    fn put_into<T: SizedSample>(buffer: &mut [T], samples: Option<&[f32]>) {
        // SAFETY: `buffer` outlives `data`, which is its only view while it lives.
        let mut data =
            unsafe { Data::from_parts(buffer.as_mut_ptr().cast(), buffer.len(), T::FORMAT) };
        put(&mut data, samples);
    }

    #[test]
    fn samples_are_written_in_the_devices_format_and_silence_is_its_middle() {
        let mut unsigned = [0u16; 2];
        put_into(&mut unsigned, None);
        assert_eq!(unsigned, [32_768, 32_768]);
        let mut signed = [1i16; 3];
        put_into(&mut signed, Some(&[0.5, -1.0, 0.0]));
        assert_eq!(signed, [16_384, -32_768, 0]);
        let mut float = [1.0f32; 2];
        put_into(&mut float, Some(&[0.25, -0.25]));
        assert_eq!(float, [0.25, -0.25]);
    }
}
