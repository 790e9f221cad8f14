//! Where the user's history, programs and sounds are kept.

use std::path::PathBuf;

use directories::ProjectDirs;

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
}

impl Places {
    /// Everything under `data_dir` when given (`--data-dir` or `RYG_DATA_DIR`), else the
    /// platform's folders (on Linux `~/.local/share/ryg/` for the history and `~/.config/ryg/`
    /// for programs and sounds). `None` when the platform has no home folder to offer.
    pub fn new(data_dir: Option<PathBuf>) -> Option<Places> {
        if let Some(dir) = data_dir {
            return Some(Places::under(dir.clone(), dir));
        }
        let dirs = ProjectDirs::from("", "", "ryg")?;
        Some(Places::under(
            dirs.data_dir().to_path_buf(),
            dirs.config_dir().to_path_buf(),
        ))
    }

    fn under(data: PathBuf, config: PathBuf) -> Places {
        Places {
            history: data.join("history.ron"),
            programs: config.join("programs"),
            sounds: config.join("sounds"),
            settings: config.join("config.ron"),
        }
    }
}
