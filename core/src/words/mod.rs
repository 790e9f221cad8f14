//! Languages: which one the user reads, and the words the app shows in each.

/// Declares words as `Tr` constants: `NAME = "English", "Dansk", "Norsk";`.
macro_rules! words {
    ($($name:ident = $en:literal, $da:literal, $nb:literal;)*) => {
        $(pub const $name: $crate::words::Tr = $crate::words::Tr { en: $en, da: $da, nb: $nb };)*
    };
}

/// Declares messages that take values, each as a function of the language and its typed values
/// with one format string per language, so a missing language or an unknown value does not compile:
/// `pain_rose_by(points: u8) = "rose by {points}", "steg med {points}", "økte med {points}";`
/// makes `pub fn pain_rose_by(lang: Lang, points: u8) -> String`.
macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident($($arg:ident: $ty:ty),* $(,)?) = $en:literal, $da:literal, $nb:literal;)*) => {
        $($(#[$doc])*
        pub fn $name(lang: $crate::words::Lang $(, $arg: $ty)*) -> String {
            match lang {
                $crate::words::Lang::En => format!($en),
                $crate::words::Lang::Da => format!($da),
                $crate::words::Lang::Nb => format!($nb),
            }
        })*
    };
}

pub mod cli_help;
mod commands;
pub mod course;
pub mod course_check;
mod course_start;
pub mod dates;
mod file_problems;
mod history_screen;
mod how_often;
mod journal;
mod journey;
pub mod learn;
mod learn_screen;
mod program_problems;
mod program_syntax;
pub mod report;
pub mod rhythm;
mod rules;
mod safety;
mod screens;
pub mod sound;
mod status_line;
pub mod store;
pub mod tips;
mod trainer;
pub mod voice;

pub use commands::*;
pub use course_start::*;
pub use history_screen::*;
pub use how_often::*;
pub use journey::*;
pub use learn_screen::*;
pub use safety::*;
pub use screens::*;
pub use status_line::*;
pub use trainer::*;

use std::fmt;
use std::str::FromStr;

/// A language every word of the app exists in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Da,
    Nb,
}

impl Lang {
    /// Every shipped language, English first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Da, Lang::Nb];

    /// The language code used in program files and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Da => "da",
            Lang::Nb => "nb",
        }
    }

    /// The language a POSIX locale such as `da_DK.UTF-8` asks for, if it is one of ours.
    /// Norwegian in any form (`nb`, `no`, `nn`) is shown in bokmål.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let language = locale
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match language.as_str() {
            "en" => Some(Lang::En),
            "da" => Some(Lang::Da),
            "nb" | "no" | "nn" => Some(Lang::Nb),
            _ => None,
        }
    }

    /// Chooses the language: the `--lang` option, else `RYG_LANG`, else the first locale variable
    /// that is set (`LC_ALL`, `LC_MESSAGES`, `LANG`, as POSIX orders them), else English.
    /// `env` is passed in so that the choice is a pure function of what the process was given.
    pub fn choose(option: Option<Lang>, env: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(lang) = option {
            return lang;
        }
        if let Some(lang) = env("RYG_LANG").and_then(|v| v.parse().ok()) {
            return lang;
        }
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| env(name).filter(|v| !v.is_empty()))
            .map(|v| Lang::from_locale(&v))
            .next()
            .flatten()
            .unwrap_or_default()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_locale(s).ok_or_else(|| format!("unknown language {s:?}; use en, da or nb"))
    }
}

/// A piece of text in every shipped language. Leaving one out is a compile error, so a missing
/// translation can never reach a user.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr {
    pub en: &'static str,
    pub da: &'static str,
    pub nb: &'static str,
}

impl Tr {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Da => self.da,
            Lang::Nb => self.nb,
        }
    }
}

/// Seconds as `m:ss`, or `h:mm:ss` from an hour.
pub fn clock(secs: u64) -> String {
    let (hours, minutes, seconds) = (secs / 3600, secs / 60 % 60, secs % 60);
    if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes}:{seconds:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_reads_like_a_stopwatch() {
        assert_eq!(clock(0), "0:00");
        assert_eq!(clock(65), "1:05");
        assert_eq!(clock(1060), "17:40");
        assert_eq!(clock(3725), "1:02:05");
    }

    fn env_of(vars: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn locales_map_to_languages() {
        let cases = [
            ("da_DK.UTF-8", Some(Lang::Da)),
            ("nb_NO.UTF-8", Some(Lang::Nb)),
            ("no_NO", Some(Lang::Nb)),
            ("nn_NO.UTF-8", Some(Lang::Nb)),
            ("en_GB.UTF-8", Some(Lang::En)),
            ("C", None),
            ("POSIX", None),
            ("de_DE.UTF-8", None),
            ("", None),
        ];
        for (locale, want) in cases {
            assert_eq!(Lang::from_locale(locale), want, "{locale}");
        }
    }

    #[test]
    fn option_beats_environment_beats_locale() {
        let env = env_of(&[("RYG_LANG", "nb"), ("LANG", "da_DK.UTF-8")]);
        assert_eq!(Lang::choose(Some(Lang::Da), &env), Lang::Da);
        assert_eq!(Lang::choose(None, &env), Lang::Nb);
        assert_eq!(
            Lang::choose(None, env_of(&[("LANG", "da_DK.UTF-8")])),
            Lang::Da
        );
        assert_eq!(
            Lang::choose(
                None,
                env_of(&[("LC_ALL", "nb_NO.UTF-8"), ("LANG", "da_DK")])
            ),
            Lang::Nb
        );
        assert_eq!(
            Lang::choose(None, env_of(&[("LANG", "fr_FR.UTF-8")])),
            Lang::En
        );
        assert_eq!(Lang::choose(None, env_of(&[])), Lang::En);
    }

    #[test]
    fn an_unknown_ryg_lang_falls_through_to_the_locale() {
        let env = env_of(&[("RYG_LANG", "sv"), ("LANG", "da_DK.UTF-8")]);
        assert_eq!(Lang::choose(None, env), Lang::Da);
    }
}
