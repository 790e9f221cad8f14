//! Where the user's history, programs and sounds are kept, and whether anything can be kept there.

use std::io;
use std::path::{Path, PathBuf};

use directories::ProjectDirs;

use ryg_core::words::{self, Lang};

/// The user's files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Places {
    /// The history journal, `history.ron`.
    pub history: PathBuf,
    /// The folder of the user's own programs.
    pub programs: PathBuf,
    /// The folder of the user's own cue sounds.
    pub sounds: PathBuf,
    /// The user's settings, `config.ron`.
    pub settings: PathBuf,
    /// The voice's phrases, made once and kept: the platform's cache folder (on Linux
    /// `~/.cache/ryg/voice/`), or `DATA_DIR/cache/voice/`.
    pub voice_cache: PathBuf,
}

impl Places {
    /// Everything under `data_dir` when given (`--data-dir` or `RYG_DATA_DIR`), else the
    /// platform's folders (on Linux `~/.local/share/ryg/` for the history and `~/.config/ryg/`
    /// for programs and sounds). `None` when the platform has no home folder to offer.
    pub fn new(data_dir: Option<PathBuf>) -> Option<Places> {
        if let Some(dir) = data_dir {
            let cache = dir.join("cache");
            return Some(Places::under(dir.clone(), dir, cache));
        }
        let dirs = ProjectDirs::from("", "", "ryg")?;
        Some(Places::under(
            dirs.data_dir().to_path_buf(),
            dirs.config_dir().to_path_buf(),
            dirs.cache_dir().to_path_buf(),
        ))
    }

    fn under(data: PathBuf, config: PathBuf, cache: PathBuf) -> Places {
        Places {
            voice_cache: cache.join("voice"),
            history: data.join("history.ron"),
            programs: config.join("programs"),
            sounds: config.join("sounds"),
            settings: config.join("config.ron"),
        }
    }

    /// A folder of ours that cannot be one because it, or a folder it would be in, is a file.
    /// Every command would otherwise fail on it with the system's words for each file inside,
    /// and the trainer would forget every answer, the safety check's included.
    pub fn not_a_folder(&self) -> Option<NotAFolder> {
        [self.history.parent(), self.settings.parent()]
            .into_iter()
            .flatten()
            .find_map(NotAFolder::of)
    }
}

/// Nothing can be kept in `folder`, because `file` (the folder itself, or one it is in) is not a
/// folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotAFolder {
    pub folder: PathBuf,
    pub file: PathBuf,
}

impl NotAFolder {
    /// Looks from `folder` up for the first thing on the way that exists: fine if it is a folder,
    /// the problem if it is anything else. A folder that cannot be looked at (no permission) is
    /// left for the command to report in its own words.
    fn of(folder: &Path) -> Option<NotAFolder> {
        for place in folder.ancestors().filter(|p| !p.as_os_str().is_empty()) {
            match std::fs::metadata(place) {
                Ok(found) if found.is_dir() => return None,
                Ok(_) => {
                    return Some(NotAFolder {
                        folder: folder.to_path_buf(),
                        file: place.to_path_buf(),
                    });
                }
                Err(error)
                    if matches!(
                        error.kind(),
                        io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
                    ) => {}
                Err(_) => return None,
            }
        }
        None
    }

    /// What is wrong and what to do, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        let folder = self.folder.display();
        if self.file == self.folder {
            words::data_folder_is_a_file(lang, folder)
        } else {
            words::file_in_the_way(lang, folder, self.file.display())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_on_the_way_is_found_and_a_folder_still_to_make_is_fine() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("file");
        std::fs::write(&file, "").unwrap();
        let within = Places::new(Some(file.join("a").join("b"))).unwrap();
        assert_eq!(
            within.not_a_folder(),
            Some(NotAFolder {
                folder: file.join("a").join("b"),
                file: file.clone(),
            })
        );
        let later = Places::new(Some(dir.path().join("new").join("ryg"))).unwrap();
        assert_eq!(later.not_a_folder(), None);
        assert_eq!(
            Places::new(Some(dir.path().into())).unwrap().not_a_folder(),
            None
        );
        let problem = Places::new(Some(file.clone()))
            .unwrap()
            .not_a_folder()
            .unwrap();
        for lang in Lang::ALL {
            let text = problem.describe(lang);
            assert!(text.contains(&file.display().to_string()), "{text}");
            assert!(text.ends_with("--data-dir DIR") || text.ends_with("--data-dir MAPPE"));
        }
    }
}
