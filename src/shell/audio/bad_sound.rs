//! What can be wrong with a user's sound file, in words they can act on (the built-in sound is
//! played instead).

use std::fmt;
use std::path::PathBuf;

use super::wav_header::{MAX_BYTES, MAX_CHANNELS, MAX_SECS, RATES};
use ryg_core::words::Lang;

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
        use Lang::*;
        let (lowest, highest) = (RATES.start(), RATES.end());
        match self {
            BadSound::Unreadable(why) => match lang {
                En => format!("it cannot be read ({why})"),
                Da => format!("den kan ikke læses ({why})"),
                Nb => format!("den kan ikke leses ({why})"),
            },
            BadSound::NotAFile => match lang {
                En => "it is not a regular file".to_string(),
                Da => "det er ikke en almindelig fil".to_string(),
                Nb => "det er ikke en vanlig fil".to_string(),
            },
            BadSound::TooLarge(bytes) => {
                let (size, most) = (bytes.div_ceil(1 << 20), MAX_BYTES >> 20);
                match lang {
                    En => format!("it is {size} MB; a sound may be at most {most} MB"),
                    Da => format!("den fylder {size} MB; en lyd må højst fylde {most} MB"),
                    Nb => format!("den er på {size} MB; en lyd kan være på høyst {most} MB"),
                }
            }
            BadSound::NotWav => match lang {
                En => "it is not a WAV file".to_string(),
                Da => "det er ikke en WAV-fil".to_string(),
                Nb => "det er ikke en WAV-fil".to_string(),
            },
            BadSound::CutShort => match lang {
                En => "its WAV header is cut short".to_string(),
                Da => "dens WAV-hoved er afkortet".to_string(),
                Nb => "WAV-hodet er avkortet".to_string(),
            },
            BadSound::Channels(count) => match lang {
                En => format!("it has {count} channels; ryg plays 1 to {MAX_CHANNELS}"),
                Da => format!("den har {count} kanaler; ryg afspiller 1 til {MAX_CHANNELS}"),
                Nb => format!("den har {count} kanaler; ryg spiller av 1 til {MAX_CHANNELS}"),
            },
            BadSound::SampleRate(rate) => match lang {
                En => format!("its sample rate is {rate} Hz; ryg plays {lowest} to {highest} Hz"),
                Da => format!(
                    "dens samplingsfrekvens er {rate} Hz; ryg afspiller {lowest} til {highest} Hz"
                ),
                Nb => format!(
                    "samplingsfrekvensen er {rate} Hz; ryg spiller av {lowest} til {highest} Hz"
                ),
            },
            BadSound::SampleSize(bits) => match lang {
                En => format!("its samples have {bits} bits; ryg plays 1 to 64"),
                Da => format!("dens samples har {bits} bit; ryg afspiller 1 til 64"),
                Nb => format!("samplene har {bits} bit; ryg spiller av 1 til 64"),
            },
            BadSound::TooLong(secs) => match lang {
                En => format!("it lasts {secs} s; a cue may last at most {MAX_SECS} s"),
                Da => format!("den varer {secs} s; et signal må højst vare {MAX_SECS} s"),
                Nb => format!("den varer {secs} s; et signal kan vare høyst {MAX_SECS} s"),
            },
            BadSound::NoSound => match lang {
                En => "it holds no sound".to_string(),
                Da => "den indeholder ingen lyd".to_string(),
                Nb => "den inneholder ingen lyd".to_string(),
            },
            BadSound::Undecodable(why) => match lang {
                En => format!("it cannot be decoded ({why})"),
                Da => format!("den kan ikke afkodes ({why})"),
                Nb => format!("den kan ikke dekodes ({why})"),
            },
            BadSound::Broken => match lang {
                En => "the decoder failed on it; the file is broken".to_string(),
                Da => "afkoderen fejlede på den; filen er i stykker".to_string(),
                Nb => "dekoderen feilet på den; filen er ødelagt".to_string(),
            },
        }
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
