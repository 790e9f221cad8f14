//! A user's sound file read safely: only a regular file within the size limit, its header
//! checked before decoding, and a decoder that fails outright taken as a broken file.
//!
//! The decoding is ryg's own: every sound ryg plays is plain PCM WAV (its own cues, the speech
//! engine's phrases, and what a sound editor saves), and a general decoder's code (symphonia,
//! with the text encodings of its metadata) made every start of ryg a quarter of a megabyte
//! larger in memory.

use std::io::Read;
use std::num::NonZero;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;

use rodio::buffer::SamplesBuffer;

use super::BadSound;
use crate::shell::audio::wav_header::{self, Encoding, MAX_BYTES, WavFormat};

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
/// [`wav_header::MAX_SECS`] of sound whatever the header says of the rest.
pub fn decode(bytes: Vec<u8>) -> Result<SamplesBuffer, BadSound> {
    let (format, data) = wav_header::read(&bytes)?;
    // The header check keeps out what would panic (a sample rate of 0); a panic on anything else
    // is one broken file, not the end of the app.
    caught(|| decode_checked(format, data, format.max_samples()))
}

/// `work`'s result, or [`BadSound::Broken`] if it panicked.
fn caught<T>(work: impl FnOnce() -> Result<T, BadSound>) -> Result<T, BadSound> {
    panic::catch_unwind(AssertUnwindSafe(work)).unwrap_or(Err(BadSound::Broken))
}

/// The sound `data` of a WAV file in `format`, which passed the checks, decoded into at most
/// `limit` samples; a frame cut short at the end is left out.
fn decode_checked(format: WavFormat, data: &[u8], limit: usize) -> Result<SamplesBuffer, BadSound> {
    let width = format.encoding.bytes();
    let whole_frames = data.len() / (width * usize::from(format.channels));
    let data = &data[..whole_frames * width * usize::from(format.channels)];
    let samples: Vec<f32> = data
        .chunks_exact(width)
        .take(limit + 1)
        .map(|sample| decode_sample(format.encoding, sample))
        .collect();
    if samples.is_empty() {
        return Err(BadSound::NoSound);
    }
    if samples.len() > limit {
        return Err(BadSound::TooLong(u64::from(wav_header::MAX_SECS) + 1));
    }
    let channels = NonZero::new(format.channels).ok_or(BadSound::Channels(0))?;
    let rate = NonZero::new(format.rate).ok_or(BadSound::SampleRate(0))?;
    Ok(SamplesBuffer::new(channels, rate, samples))
}

/// One sample, little-endian as WAV stores it, as a number from -1 to 1; 8-bit samples are
/// unsigned, centred on 128.
fn decode_sample(encoding: Encoding, bytes: &[u8]) -> f32 {
    match (encoding, bytes) {
        (Encoding::Int(_), [byte]) => (f32::from(*byte) - 128.0) / 128.0,
        (Encoding::Int(_), [low, high]) => f32::from(i16::from_le_bytes([*low, *high])) / 32_768.0,
        // Shifted into the top of an i32, so that the sign comes with it.
        (Encoding::Int(_), [a, b, c]) => {
            i32::from_le_bytes([0, *a, *b, *c]) as f32 / 2_147_483_648.0
        }
        (Encoding::Int(_), [a, b, c, d]) => {
            i32::from_le_bytes([*a, *b, *c, *d]) as f32 / 2_147_483_648.0
        }
        (Encoding::Float(_), [a, b, c, d]) => within_range(f32::from_le_bytes([*a, *b, *c, *d])),
        (Encoding::Float(_), [a, b, c, d, e, f, g, h]) => {
            within_range(f64::from_le_bytes([*a, *b, *c, *d, *e, *f, *g, *h]) as f32)
        }
        _ => unreachable!("the header check lets no other width through"),
    }
}

/// A floating point sample as a sound card can take it: a file's NaN or infinity is silence,
/// and what is louder than full scale is full scale.
fn within_range(sample: f32) -> f32 {
    if sample.is_finite() {
        sample.clamp(-1.0, 1.0)
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shell::audio::wav_header::test_wav;
    use rodio::Source;

    /// A WAV file of `samples`, each `bytes` long, in the format `tag` (1 PCM, 3 float), or in
    /// the extensible format with `tag` as its sub-format.
    fn wav_of(tag: u16, extensible: bool, channels: u16, bytes: u16, samples: &[u8]) -> Vec<u8> {
        let mut fmt = Vec::new();
        fmt.extend_from_slice(&(if extensible { 0xFFFE } else { tag }).to_le_bytes());
        fmt.extend_from_slice(&channels.to_le_bytes());
        fmt.extend_from_slice(&8_000u32.to_le_bytes());
        fmt.extend_from_slice(&(8_000 * u32::from(channels * bytes)).to_le_bytes());
        fmt.extend_from_slice(&(channels * bytes).to_le_bytes());
        fmt.extend_from_slice(&(bytes * 8).to_le_bytes());
        if extensible {
            fmt.extend_from_slice(&22u16.to_le_bytes());
            fmt.extend_from_slice(&(bytes * 8).to_le_bytes());
            fmt.extend_from_slice(&0u32.to_le_bytes());
            fmt.extend_from_slice(&tag.to_le_bytes());
            fmt.extend_from_slice(&[0; 14]);
        }
        let mut wav = b"RIFF\0\0\0\0WAVEfmt ".to_vec();
        wav.extend_from_slice(&(fmt.len() as u32).to_le_bytes());
        wav.extend_from_slice(&fmt);
        wav.extend_from_slice(b"data");
        wav.extend_from_slice(&(samples.len() as u32).to_le_bytes());
        wav.extend_from_slice(samples);
        wav
    }

    fn samples(wav: Vec<u8>) -> Vec<f32> {
        decode(wav).expect("decodes").collect()
    }

    /// Full scale down, nothing, and half scale up, in every width PCM comes in.
    #[test]
    fn every_kind_of_pcm_is_read_as_numbers_from_minus_one_to_one() {
        let expected = [-1.0, 0.0, 0.5];
        let cases: [(u16, u16, Vec<u8>); 6] = [
            (1, 1, vec![0, 128, 192]),
            (
                1,
                2,
                [i16::MIN, 0, 16_384]
                    .iter()
                    .flat_map(|s| s.to_le_bytes())
                    .collect(),
            ),
            (1, 3, vec![0, 0, 0x80, 0, 0, 0, 0, 0, 0x40]),
            (
                1,
                4,
                [i32::MIN, 0, 1 << 30]
                    .iter()
                    .flat_map(|s| s.to_le_bytes())
                    .collect(),
            ),
            (
                3,
                4,
                [-1f32, 0.0, 0.5]
                    .iter()
                    .flat_map(|s| s.to_le_bytes())
                    .collect(),
            ),
            (
                3,
                8,
                [-1f64, 0.0, 0.5]
                    .iter()
                    .flat_map(|s| s.to_le_bytes())
                    .collect(),
            ),
        ];
        for (tag, bytes, data) in cases {
            for extensible in [false, true] {
                let wav = wav_of(tag, extensible, 1, bytes, &data);
                assert_eq!(samples(wav), expected, "format {tag}, {bytes} bytes");
            }
        }
    }

    #[test]
    fn the_channels_and_rate_are_the_files_and_a_frame_cut_short_is_left_out() {
        let data: Vec<u8> = [1i16, 2, 3, 4, 5]
            .iter()
            .flat_map(|s| s.to_le_bytes())
            .collect();
        let sound = decode(wav_of(1, false, 2, 2, &data)).unwrap();
        assert_eq!(
            (sound.channels().get(), sound.sample_rate().get()),
            (2, 8_000)
        );
        assert_eq!(sound.count(), 4, "the fifth sample is half a frame");
    }

    #[test]
    fn a_float_files_nan_is_silence_and_too_loud_is_full_scale() {
        let data: Vec<u8> = [f32::NAN, f32::INFINITY, 2.0, -3.0]
            .iter()
            .flat_map(|s| s.to_le_bytes())
            .collect();
        assert_eq!(
            samples(wav_of(3, false, 1, 4, &data)),
            [0.0, 0.0, 1.0, -1.0]
        );
    }

    #[test]
    fn compressed_sound_and_odd_widths_are_refused_by_name() {
        let refused = |wav: Vec<u8>| match decode(wav).map(|_| ()) {
            Err(BadSound::Undecodable(why)) => why,
            other => panic!("{other:?}"),
        };
        let adpcm = refused(wav_of(2, false, 1, 1, &[0; 8]));
        assert!(
            adpcm.contains("compressed") && adpcm.contains("0x0002"),
            "{adpcm}"
        );
        assert!(refused(wav_of(7, true, 1, 1, &[0; 8])).contains("compressed"));
        assert!(refused(wav_of(1, false, 1, 8, &[0; 16])).contains("integer"));
        assert!(refused(wav_of(3, false, 1, 2, &[0; 8])).contains("floating point"));
    }

    /// A panic while decoding is one broken file, not the end of the app.
    #[test]
    fn a_panic_while_decoding_gives_a_broken_file() {
        assert_eq!(
            caught::<()>(|| panic!("a decoder's bug")),
            Err(BadSound::Broken)
        );
        let rate_zero = test_wav(1, 0, 16, 2_000);
        assert_eq!(decode(rate_zero).map(|_| ()), Err(BadSound::SampleRate(0)));
    }

    #[test]
    fn the_sound_is_cut_at_its_limit_whatever_the_header_says() {
        let two_seconds = test_wav(1, 8_000, 16, 32_000);
        let (format, data) = wav_header::read(&two_seconds).unwrap();
        assert!(decode_checked(format, data, 16_000).is_ok());
        assert_eq!(
            decode_checked(format, data, 15_999).map(|_| ()),
            Err(BadSound::TooLong(11))
        );
    }
}
