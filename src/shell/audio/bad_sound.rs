//! What can be wrong with a user's sound file (the built-in sound is played instead); the words
//! are in `words::sound`.

use std::fmt;
use std::path::PathBuf;

use super::wav_header::{MAX_BYTES, MAX_CHANNELS, MAX_SECS, RATES};
use ryg_core::words::{Lang, sound};

/// Why a sound file is not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BadSound {
    /// The file could not be read; the system's reason in its own words.
    Unreadable(String),
    /// A folder, a pipe or a device where a file was expected.
    NotAFile,
    /// Its size in bytes, over [`MAX_BYTES`].
    TooLarge(u64),
    NotWav,
    /// The file ends inside its header.
    CutShort,
    Channels(u16),
    SampleRate(u32),
    /// Bits per sample.
    SampleSize(u16),
    /// How long it would play, in whole seconds, over [`MAX_SECS`].
    TooLong(u64),
    NoSound,
    /// The decoder refused it, with the decoder's reason.
    Undecodable(String),
    /// The decoder failed on it outright (it panicked).
    Broken,
}

impl BadSound {
    /// The reason in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        let fixed = match self {
            BadSound::Unreadable(why) => return sound::unreadable(lang, why),
            BadSound::NotAFile => sound::NOT_A_FILE,
            BadSound::TooLarge(bytes) => {
                return sound::too_large(lang, bytes.div_ceil(1 << 20), MAX_BYTES >> 20);
            }
            BadSound::NotWav => sound::NOT_WAV,
            BadSound::CutShort => sound::CUT_SHORT,
            BadSound::Channels(count) => return sound::channels(lang, *count, MAX_CHANNELS),
            BadSound::SampleRate(rate) => {
                return sound::sample_rate(lang, *rate, *RATES.start(), *RATES.end());
            }
            BadSound::SampleSize(bits) => return sound::sample_size(lang, *bits),
            BadSound::TooLong(secs) => return sound::too_long(lang, *secs, MAX_SECS),
            BadSound::NoSound => sound::NO_SOUND,
            BadSound::Undecodable(why) => return sound::undecodable(lang, why),
            BadSound::Broken => sound::BROKEN,
        };
        fixed.get(lang).to_string()
    }
}

/// A user's sound file that is not used, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SoundProblem {
    pub path: PathBuf,
    pub why: BadSound,
}

impl SoundProblem {
    /// The file and the reason in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        format!("{}: {}", self.path.display(), self.why.describe(lang))
    }
}

/// In English, for the log.
impl fmt::Display for SoundProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}
