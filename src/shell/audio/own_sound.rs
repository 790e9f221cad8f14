//! A user's sound file read safely: only a regular file within the size limit, its header
//! checked before decoding, and a decoder that fails outright taken as a broken file.

use std::io::{Cursor, Read};
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;

use rodio::buffer::SamplesBuffer;
use rodio::{Decoder, Source};

use super::BadSound;
use crate::shell::audio::wav_header::{self, MAX_BYTES};

/// The sound in the WAV file at `path`, or `None` when there is no such file.
pub fn read(path: &Path) -> Result<Option<SamplesBuffer>, BadSound> {
    let unreadable = |error: std::io::Error| BadSound::Unreadable(error.kind().to_string());
    let metadata = match std::fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(unreadable(error)),
    };
    // A pipe or a device would be read for ever; the size is known before a byte is read.
    if !metadata.is_file() {
        return Err(BadSound::NotAFile);
    }
    if metadata.len() > MAX_BYTES {
        return Err(BadSound::TooLarge(metadata.len()));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| file.take(MAX_BYTES + 1).read_to_end(&mut bytes))
        .map_err(unreadable)?;
    // The file may have grown since it was measured.
    if bytes.len() as u64 > MAX_BYTES {
        return Err(BadSound::TooLarge(bytes.len() as u64));
    }
    decode(bytes).map(Some)
}

/// A WAV file decoded into samples, once: its header checked first, and never more than
/// [`wav_header::MAX_SECS`] of sound whatever the decoder makes of the rest.
pub fn decode(bytes: Vec<u8>) -> Result<SamplesBuffer, BadSound> {
    let limit = wav_header::check(&bytes)?.max_samples();
    // The header check keeps out what the decoder is known to panic on (a sample rate of 0); a
    // panic on anything else is one broken file, not the end of the app.
    caught(|| decode_checked(bytes, limit))
}

/// `work`'s result, or [`BadSound::Broken`] if it panicked.
fn caught<T>(work: impl FnOnce() -> Result<T, BadSound>) -> Result<T, BadSound> {
    panic::catch_unwind(AssertUnwindSafe(work)).unwrap_or(Err(BadSound::Broken))
}

/// A WAV file whose header passed the checks, decoded into at most `limit` samples.
fn decode_checked(bytes: Vec<u8>, limit: usize) -> Result<SamplesBuffer, BadSound> {
    let decoder = Decoder::new(Cursor::new(bytes))
        .map_err(|error| BadSound::Undecodable(error.to_string()))?;
    let (channels, rate) = (decoder.channels(), decoder.sample_rate());
    let samples: Vec<f32> = decoder.take(limit + 1).collect();
    if samples.is_empty() {
        return Err(BadSound::NoSound);
    }
    if samples.len() > limit {
        return Err(BadSound::TooLong(u64::from(wav_header::MAX_SECS) + 1));
    }
    Ok(SamplesBuffer::new(channels, rate, samples))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shell::audio::wav_header::test_wav;

    /// Without the header check the decoder panics on a sample rate of 0; even then the file is
    /// only a broken file.
    #[test]
    fn a_decoder_that_panics_gives_a_broken_file() {
        let rate_zero = test_wav(1, 0, 16, 2_000);
        assert_eq!(
            caught(|| decode_checked(rate_zero.clone(), 1_000).map(|_| ())),
            Err(BadSound::Broken)
        );
        assert_eq!(decode(rate_zero).map(|_| ()), Err(BadSound::SampleRate(0)));
    }

    #[test]
    fn the_sound_is_cut_at_its_limit_whatever_the_header_says() {
        let two_seconds = test_wav(1, 8_000, 16, 32_000);
        assert!(decode_checked(two_seconds.clone(), 16_000).is_ok());
        assert_eq!(
            decode_checked(two_seconds, 15_999).map(|_| ()),
            Err(BadSound::TooLong(11))
        );
    }
}
