//! What can go wrong when reading or writing the history file; `words::store` says it in words a
//! user can act on.

use std::fmt;
use std::io;
use std::path::PathBuf;

use ryg_core::file_problem::NotRead;
use ryg_core::words::{Lang, store};

/// `Display` gives the English message; `describe` gives it in the user's language.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    /// The file is not a regular file, is too large, or the system refused to read it.
    NotRead {
        path: PathBuf,
        why: NotRead,
    },

    /// Something other than a regular file has the history file's name: a pipe or a device would
    /// hold the writer up or swallow the record.
    NotWritten {
        path: PathBuf,
        why: NotRead,
    },

    CreateFolder {
        path: PathBuf,
        source: io::Error,
    },

    Open {
        path: PathBuf,
        source: io::Error,
    },

    Lock {
        path: PathBuf,
        source: io::Error,
    },

    Write {
        path: PathBuf,
        source: io::Error,
    },

    /// The record reached the file but the disk did not confirm it, so writing it again could
    /// leave it there twice.
    NotConfirmed {
        path: PathBuf,
        source: io::Error,
    },

    Encode(#[from] ron::Error),
}

impl HistoryError {
    /// The message in `lang`. The system's own reason is passed on as the system words it,
    /// since it is what a search for the problem will find.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            HistoryError::NotRead { path, why } => {
                store::history_not_read(lang, path.display(), &why.describe(lang))
            }
            HistoryError::NotWritten { path, why } => {
                store::history_not_written(lang, path.display(), &why.describe(lang))
            }
            HistoryError::CreateFolder { path, source } => {
                store::history_folder_not_created(lang, path.display(), source)
            }
            HistoryError::Open { path, source } => {
                store::history_not_opened(lang, path.display(), source)
            }
            HistoryError::Lock { path, source } => {
                store::history_not_locked(lang, path.display(), source)
            }
            HistoryError::Write { path, source } => {
                store::history_write_failed(lang, path.display(), source)
            }
            HistoryError::NotConfirmed { path, source } => {
                store::history_not_confirmed(lang, path.display(), source)
            }
            // Only a fault in ryg can cause this, so the parser's words are kept for a bug report.
            HistoryError::Encode(error) => store::history_not_encoded(lang, error),
        }
    }
}

/// In English, for the log and for errors that end the program.
impl fmt::Display for HistoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
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
