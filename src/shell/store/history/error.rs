//! What can go wrong when reading or writing the history file, in words a user can act on.

use std::io;
use std::path::PathBuf;

use ryg_core::file_problem::NotRead;
use ryg_core::words::Lang;

/// `Display` gives the English message; `describe` gives it in the user's language.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    /// The file is not a regular file, is too large, or the system refused to read it.
    #[error("could not read the history file {}: {}", path.display(), why.describe(Lang::En))]
    NotRead { path: PathBuf, why: NotRead },

    /// Something other than a regular file has the history file's name: a pipe or a device would
    /// hold the writer up or swallow the record.
    #[error("could not add to the history file {}: {}", path.display(), why.describe(Lang::En))]
    NotWritten { path: PathBuf, why: NotRead },

    #[error("could not create the folder {} for the history file: {source}", path.display())]
    CreateFolder { path: PathBuf, source: io::Error },

    #[error("could not open the history file {} for writing: {source}", path.display())]
    Open { path: PathBuf, source: io::Error },

    #[error("could not lock the history file {} for writing: {source}", path.display())]
    Lock { path: PathBuf, source: io::Error },

    #[error("could not write to the history file {}: {source}", path.display())]
    Write { path: PathBuf, source: io::Error },

    /// The record reached the file but the disk did not confirm it, so writing it again could
    /// leave it there twice.
    #[error(
        "the record was written to {} but the disk did not confirm it was saved: {source}",
        path.display()
    )]
    NotConfirmed { path: PathBuf, source: io::Error },

    #[error("could not turn the record into a line of the history file: {0}")]
    Encode(#[from] ron::Error),
}

impl HistoryError {
    /// The message in `lang`. The system's own reason is passed on as the system words it,
    /// since it is what a search for the problem will find.
    pub fn describe(&self, lang: Lang) -> String {
        use Lang::*;
        match self {
            HistoryError::NotRead { path, why } => {
                let path = path.display();
                let why = why.describe(lang);
                match lang {
                    En => format!("could not read the history file {path}: {why}"),
                    Da => format!("kunne ikke læse historikfilen {path}: {why}"),
                    Nb => format!("kunne ikke lese historikkfilen {path}: {why}"),
                }
            }
            HistoryError::NotWritten { path, why } => {
                let path = path.display();
                let why = why.describe(lang);
                match lang {
                    En => format!("could not add to the history file {path}: {why}"),
                    Da => format!("kunne ikke føje til historikfilen {path}: {why}"),
                    Nb => format!("kunne ikke legge til i historikkfilen {path}: {why}"),
                }
            }
            HistoryError::CreateFolder { path, source } => {
                let path = path.display();
                match lang {
                    En => {
                        format!("could not create the folder {path} for the history file: {source}")
                    }
                    Da => format!("kunne ikke oprette mappen {path} til historikfilen: {source}"),
                    Nb => format!("kunne ikke opprette mappen {path} for historikkfilen: {source}"),
                }
            }
            HistoryError::Open { path, source } => {
                let path = path.display();
                match lang {
                    En => format!("could not open the history file {path} for writing: {source}"),
                    Da => format!(
                        "kunne ikke åbne historikfilen {path} for at skrive i den: {source}"
                    ),
                    Nb => format!("kunne ikke åpne historikkfilen {path} for skriving: {source}"),
                }
            }
            HistoryError::Lock { path, source } => {
                let path = path.display();
                match lang {
                    En => format!("could not lock the history file {path} for writing: {source}"),
                    Da => format!(
                        "kunne ikke låse historikfilen {path} for at skrive i den: {source}"
                    ),
                    Nb => format!("kunne ikke låse historikkfilen {path} for skriving: {source}"),
                }
            }
            HistoryError::Write { path, source } => {
                let path = path.display();
                match lang {
                    En => format!("could not write to the history file {path}: {source}"),
                    Da => format!("kunne ikke skrive til historikfilen {path}: {source}"),
                    Nb => format!("kunne ikke skrive til historikkfilen {path}: {source}"),
                }
            }
            HistoryError::NotConfirmed { path, source } => {
                let path = path.display();
                match lang {
                    En => format!(
                        "the record was written to {path} but the disk did not confirm it was saved: {source}"
                    ),
                    Da => format!(
                        "registreringen blev skrevet til {path}, men disken bekræftede ikke, at den blev gemt: {source}"
                    ),
                    Nb => format!(
                        "registreringen ble skrevet til {path}, men disken bekreftet ikke at den ble lagret: {source}"
                    ),
                }
            }
            // Only a fault in ryg can cause this, so the parser's words are kept for a bug report.
            HistoryError::Encode(error) => match lang {
                En => format!("could not turn the record into a line of the history file: {error}"),
                Da => {
                    format!("kunne ikke gøre registreringen til en linje i historikfilen: {error}")
                }
                Nb => format!(
                    "kunne ikke gjøre registreringen om til en linje i historikkfilen: {error}"
                ),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use super::*;

    const PATH: &str = "/home/ida/.local/share/ryg/history.ron";
    const SYSTEM: &str = "No space left on device";

    /// One of every error; adding a variant breaks `kind`, which is the reminder to add it here.
    fn samples() -> Vec<HistoryError> {
        let path = || Path::new(PATH).to_path_buf();
        let source = || io::Error::other(SYSTEM);
        vec![
            HistoryError::NotRead {
                path: path(),
                why: NotRead::Failed {
                    why: SYSTEM.to_string(),
                },
            },
            HistoryError::NotWritten {
                path: path(),
                why: NotRead::Failed {
                    why: SYSTEM.to_string(),
                },
            },
            HistoryError::CreateFolder {
                path: path(),
                source: source(),
            },
            HistoryError::Open {
                path: path(),
                source: source(),
            },
            HistoryError::Lock {
                path: path(),
                source: source(),
            },
            HistoryError::Write {
                path: path(),
                source: source(),
            },
            HistoryError::NotConfirmed {
                path: path(),
                source: source(),
            },
            HistoryError::Encode(ron::Error::Message(SYSTEM.to_string())),
        ]
    }

    const KINDS: usize = 8;
    fn kind(error: &HistoryError) -> usize {
        match error {
            HistoryError::NotRead { .. } => 0,
            HistoryError::CreateFolder { .. } => 1,
            HistoryError::Open { .. } => 2,
            HistoryError::Lock { .. } => 3,
            HistoryError::Write { .. } => 4,
            HistoryError::NotConfirmed { .. } => 5,
            HistoryError::Encode(_) => 6,
            HistoryError::NotWritten { .. } => 7,
        }
    }

    #[test]
    fn every_error_has_its_own_words_in_every_language() {
        let samples = samples();
        let kinds: BTreeSet<usize> = samples.iter().map(kind).collect();
        assert_eq!(kinds.len(), KINDS, "a kind of error has no sample");
        for lang in Lang::ALL {
            let texts: BTreeSet<String> = samples.iter().map(|e| e.describe(lang)).collect();
            assert_eq!(
                texts.len(),
                samples.len(),
                "two errors read alike in {lang}"
            );
            for text in &texts {
                assert!(text.ends_with(&format!(": {SYSTEM}")), "{text}");
            }
        }
        for error in &samples {
            let english = error.describe(Lang::En);
            assert_eq!(english, error.to_string());
            for lang in [Lang::Da, Lang::Nb] {
                let text = error.describe(lang);
                assert_ne!(text, english, "{error:?} is not translated to {lang}");
                if !matches!(error, HistoryError::Encode(_)) {
                    assert!(text.contains(PATH), "{text}");
                }
            }
        }
    }
}
