//! What a WAV file's header says — channels, sample rate, how its samples are stored, and
//! length — checked against what ryg will play before a sample is decoded: a sample rate of 0
//! cannot be played at all, and a header may claim any length.

use std::ops::RangeInclusive;

use super::BadSound;

/// The largest sound file read: ten seconds of 192 kHz stereo in 32-bit samples fit, and a file
/// larger than that is not a cue.
pub const MAX_BYTES: u64 = 16 << 20;
/// The longest sound played for a cue: the next moment of a session is rarely further away.
pub const MAX_SECS: u32 = 10;
/// The sample rates played: from telephone quality to the highest a sound card offers.
pub const RATES: RangeInclusive<u32> = 8_000..=192_000;
/// The most channels played (7.1); rodio mixes them down to the device's.
pub const MAX_CHANNELS: u16 = 8;

/// The format of a WAV file whose header passed every check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WavFormat {
    pub channels: u16,
    pub rate: u32,
    pub bits: u16,
    pub encoding: Encoding,
}

/// How each sample is stored, as plain PCM: the only kind of WAV file ryg reads (its own, the
/// speech engine's, and what a sound editor saves by default).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// Whole numbers in this many bytes: 1 (unsigned), 2, 3 or 4 (signed).
    Int(usize),
    /// IEEE floating point numbers in this many bytes: 4 or 8.
    Float(usize),
}

impl Encoding {
    pub fn bytes(self) -> usize {
        match self {
            Encoding::Int(bytes) | Encoding::Float(bytes) => bytes,
        }
    }
}

impl WavFormat {
    /// The most samples (counting every channel) a sound within [`MAX_SECS`] holds.
    pub fn max_samples(self) -> usize {
        usize::from(self.channels) * self.rate as usize * MAX_SECS as usize
    }
}

/// Reads the header of the WAV file `bytes`: its `fmt ` chunk and the length of its `data`
/// chunk, which must come after it.
pub fn check(bytes: &[u8]) -> Result<WavFormat, BadSound> {
    read(bytes).map(|(format, _)| format)
}

/// The format of the WAV file `bytes`, checked as [`check`] does, and its sound: the `data`
/// chunk's bytes that the file holds.
pub fn read(bytes: &[u8]) -> Result<(WavFormat, &[u8]), BadSound> {
    if bytes.is_empty() {
        return Err(BadSound::NoSound);
    }
    if bytes.len() < 12 {
        return Err(if b"RIFF".starts_with(&bytes[..bytes.len().min(4)]) {
            BadSound::CutShort
        } else {
            BadSound::NotWav
        });
    }
    if &bytes[..4] != b"RIFF" || &bytes[8..12] != b"WAVE" {
        return Err(BadSound::NotWav);
    }
    let mut format = None;
    let mut at = 12;
    loop {
        let Some(header) = bytes.get(at..).and_then(|rest| rest.get(..8)) else {
            return Err(BadSound::CutShort);
        };
        let size = u32::from_le_bytes([header[4], header[5], header[6], header[7]]) as usize;
        let body = &bytes[at + 8..];
        match &header[..4] {
            b"fmt " if size < 16 => return Err(BadSound::CutShort),
            b"fmt " => format = Some(read_format(body.get(..size))?),
            b"data" => {
                let format = format.ok_or(BadSound::NotWav)?;
                // A header may claim more sound than the file holds (or the streaming 0xFFFFFFFF).
                let data = &body[..size.min(body.len())];
                return within_limits(format, data.len() as u64).map(|format| (format, data));
            }
            _ => {}
        }
        // Chunks are padded to an even length.
        at = at
            .saturating_add(8)
            .saturating_add(size.saturating_add(size & 1));
    }
}

/// The `fmt ` chunk's channels, rate and sample size, each within what is played.
fn read_format(chunk: Option<&[u8]>) -> Result<WavFormat, BadSound> {
    let chunk = chunk.ok_or(BadSound::CutShort)?;
    let u16_at = |i: usize| u16::from_le_bytes([chunk[i], chunk[i + 1]]);
    let channels = u16_at(2);
    let rate = u32::from_le_bytes([chunk[4], chunk[5], chunk[6], chunk[7]]);
    let bits = u16_at(14);
    if channels == 0 || channels > MAX_CHANNELS {
        return Err(BadSound::Channels(channels));
    }
    if !RATES.contains(&rate) {
        return Err(BadSound::SampleRate(rate));
    }
    if bits == 0 || bits > 64 {
        return Err(BadSound::SampleSize(bits));
    }
    Ok(WavFormat {
        channels,
        rate,
        bits,
        encoding: encoding(chunk, channels)?,
    })
}

/// How the samples of a `fmt ` chunk are stored: the format's tag (or, in the extensible
/// format, its sub-format's) and each sample's share of a frame.
fn encoding(chunk: &[u8], channels: u16) -> Result<Encoding, BadSound> {
    const PCM: u16 = 1;
    const FLOAT: u16 = 3;
    const EXTENSIBLE: u16 = 0xFFFE;
    let u16_at = |i: usize| {
        chunk
            .get(i..i + 2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
    };
    let tag = match u16_at(0) {
        Some(EXTENSIBLE) => u16_at(24).ok_or(BadSound::CutShort)?,
        tag => tag.unwrap_or_default(),
    };
    let block = u16_at(12).unwrap_or_default();
    let bytes = usize::from(block / channels);
    let unplayable = |what: &str| BadSound::Undecodable(format!("{what}, {bytes} bytes a sample"));
    match (tag, bytes) {
        (PCM, 1..=4) => Ok(Encoding::Int(bytes)),
        (FLOAT, 4 | 8) => Ok(Encoding::Float(bytes)),
        (PCM, _) => Err(unplayable("integer samples")),
        (FLOAT, _) => Err(unplayable("floating point samples")),
        _ => Err(BadSound::Undecodable(format!(
            "compressed sound (format {tag:#06x}); save it as PCM WAV"
        ))),
    }
}

/// Whether `data_len` bytes of sound in `format` are a sound and not too long.
fn within_limits(format: WavFormat, data_len: u64) -> Result<WavFormat, BadSound> {
    if data_len == 0 {
        return Err(BadSound::NoSound);
    }
    // The samples' room in the file, which may be more than their bits (24 in 4 bytes).
    let bits = 8 * format.encoding.bytes() as u64;
    let bits_per_sec = u64::from(format.rate) * u64::from(format.channels) * bits;
    let secs = (data_len * 8).div_ceil(bits_per_sec);
    if secs > u64::from(MAX_SECS) {
        return Err(BadSound::TooLong(secs));
    }
    Ok(format)
}

/// A PCM WAV file with these header fields, claiming `data_len` bytes of sound and holding as
/// many zero bytes: the kind of file a user might have, broken where a test needs it.
#[cfg(test)]
pub fn test_wav(channels: u16, rate: u32, bits: u16, data_len: u32) -> Vec<u8> {
    let mut bytes = super::synth::wav(&[]);
    let block = channels * bits / 8;
    bytes[22..24].copy_from_slice(&channels.to_le_bytes());
    bytes[24..28].copy_from_slice(&rate.to_le_bytes());
    bytes[28..32].copy_from_slice(&(rate * u32::from(block)).to_le_bytes());
    bytes[32..34].copy_from_slice(&block.to_le_bytes());
    bytes[34..36].copy_from_slice(&bits.to_le_bytes());
    bytes[4..8].copy_from_slice(&(36 + data_len).to_le_bytes());
    bytes[40..44].copy_from_slice(&data_len.to_le_bytes());
    bytes.resize(44 + data_len as usize, 0);
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shell::audio::sounds::{CUES, built_in};
    use crate::shell::audio::synth;

    fn wav(channels: u16, rate: u32, bits: u16, data_len: u32) -> Vec<u8> {
        test_wav(channels, rate, bits, data_len)
    }

    #[test]
    fn the_built_in_sounds_pass() {
        for cue in CUES {
            let format = check(built_in(cue)).unwrap();
            assert_eq!((format.channels, format.rate), (1, synth::SAMPLE_RATE));
        }
    }

    #[test]
    fn each_field_is_checked_against_its_limit() {
        let cases = [
            (wav(0, 44_100, 16, 100), Err(BadSound::Channels(0))),
            (wav(9, 44_100, 16, 900), Err(BadSound::Channels(9))),
            (wav(2, 0, 16, 100), Err(BadSound::SampleRate(0))),
            (wav(2, 7_999, 16, 100), Err(BadSound::SampleRate(7_999))),
            (wav(2, 192_001, 16, 100), Err(BadSound::SampleRate(192_001))),
            (wav(1, 8_000, 0, 100), Err(BadSound::SampleSize(0))),
            (wav(1, 8_000, 16, 0), Err(BadSound::NoSound)),
            (wav(1, 8_000, 16, 160_000), Ok(())),
            (wav(1, 8_000, 16, 160_001), Err(BadSound::TooLong(11))),
            (wav(8, 192_000, 16, 100), Ok(())),
        ];
        for (bytes, expected) in cases {
            assert_eq!(check(&bytes).map(|_| ()), expected);
        }
    }

    #[test]
    fn a_header_cut_anywhere_is_cut_short() {
        let whole = wav(1, 11_025, 16, 100);
        assert_eq!(check(b""), Err(BadSound::NoSound));
        for length in 1..44 {
            assert_eq!(check(&whole[..length]), Err(BadSound::CutShort), "{length}");
        }
        // The sound itself cut short is still a (shorter) sound.
        assert!(check(&whole[..50]).is_ok());
    }

    #[test]
    fn what_is_not_a_wav_file_is_named_so() {
        assert_eq!(check(b"ID3\x03 an mp3 file"), Err(BadSound::NotWav));
        let mut riff = wav(1, 11_025, 16, 100);
        riff[8..12].copy_from_slice(b"AVI ");
        assert_eq!(check(&riff), Err(BadSound::NotWav));
        // Sound before its format cannot be read.
        let mut data_first = b"RIFF\x10\0\0\0WAVEdata\x04\0\0\0\0\0\0\0".to_vec();
        data_first.extend_from_slice(&wav(1, 11_025, 16, 4)[12..]);
        assert_eq!(check(&data_first), Err(BadSound::NotWav));
    }

    #[test]
    fn chunks_before_the_sound_are_stepped_over_with_their_padding() {
        let plain = wav(2, 22_050, 16, 400);
        let mut with_list = plain[..36].to_vec();
        with_list.extend_from_slice(b"LIST\x03\0\0\0abc\0");
        with_list.extend_from_slice(&plain[36..]);
        assert_eq!(check(&with_list), check(&plain));
        assert!(check(&plain).is_ok());
        assert_eq!(
            check(&wav(1, 44_100, 16, 4)).unwrap().max_samples(),
            441_000
        );
    }
}
