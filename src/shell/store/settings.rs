//! The user's settings, kept in `config.ron` in the config folder: how loud the cues are, and
//! whether the terminal bell stands in for them when there is no sound device, and whether the
//! voice speaks.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::regular_file;
use crate::app::Settings;
use ryg_core::file_problem::NotRead;
use ryg_core::words::{Lang, store};

/// The same settings, read strictly, to find a field ryg does not know.
#[derive(Deserialize)]
#[serde(default, deny_unknown_fields, rename = "Settings")]
struct Strict {
    #[allow(dead_code)]
    volume: f32,
    #[allow(dead_code)]
    bell: bool,
    #[allow(dead_code)]
    voice: bool,
}

impl Default for Strict {
    fn default() -> Strict {
        let Settings {
            volume,
            bell,
            voice,
        } = Settings::default();
        Strict {
            volume,
            bell,
            voice,
        }
    }
}

/// Why `config.ron` is not used as it is written. The file is never changed by reading it; when
/// the user next changes a setting it is copied to `config.ron.broken` before the new settings
/// are written, so that nothing the user wrote is lost without a word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingsProblem {
    /// It could not be read as settings at all: the defaults are used.
    Broken {
        path: PathBuf,
        line: usize,
        col: usize,
    },
    /// It names a setting ryg does not have (a typo, or a newer version's): the rest is used.
    UnknownField { path: PathBuf, field: String },
    /// It is not a file that can be read (a folder, a pipe, too large, not allowed): the
    /// defaults are used.
    Unreadable { path: PathBuf, why: NotRead },
}

impl SettingsProblem {
    /// One line for the status line, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            // The copy is named by its file name alone: it is beside the file, and the line
            // must fit a few rows of a small terminal.
            SettingsProblem::Broken { path, line, col } => {
                store::settings_broken(lang, path.display(), *line, *col, copy_name(path))
            }
            SettingsProblem::UnknownField { path, field } => {
                store::settings_unknown_field(lang, path.display(), field, copy_name(path))
            }
            SettingsProblem::Unreadable { path, why } => {
                store::settings_unreadable(lang, path.display(), &why.describe(lang))
            }
        }
    }
}

/// The file name of [`copy_of`], as the status line names it.
fn copy_name(path: &Path) -> String {
    copy_of(path)
        .file_name()
        .map_or_else(String::new, |name| name.to_string_lossy().into_owned())
}

/// Where a file that is not used as written is kept when new settings are written.
fn copy_of(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".broken");
    PathBuf::from(name)
}

/// The largest settings file read: a few settings take a few hundred bytes.
const LARGEST: u64 = 64 * 1024;

/// The settings in `path`; a missing file gives the defaults, one that is not used as written
/// gives what could be used of it and why.
pub fn load(path: &Path) -> (Settings, Option<SettingsProblem>) {
    // Read as any file the user names: only a regular file, and a small one (a pipe in its
    // place would hold the start up for ever).
    // A byte that is not UTF-8 becomes U+FFFD, which RON then names with its position.
    let text = match regular_file::read(path, LARGEST) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(NotRead::Missing) => return (Settings::default(), None),
        Err(why) => {
            let path = path.to_path_buf();
            return (
                Settings::default(),
                Some(SettingsProblem::Unreadable { path, why }),
            );
        }
    };
    let settings = match ron::from_str::<Settings>(&text) {
        Ok(settings) => settings.clamped(),
        Err(error) => {
            // RON's own reason is English and technical; the place is what helps.
            let (line, col) = (error.span.start.line, error.span.start.col);
            let path = path.to_path_buf();
            return (
                Settings::default(),
                Some(SettingsProblem::Broken { path, line, col }),
            );
        }
    };
    let problem = match ron::from_str::<Strict>(&text) {
        Err(ron::error::SpannedError {
            code: ron::Error::NoSuchStructField { found, .. },
            ..
        }) => Some(SettingsProblem::UnknownField {
            path: path.to_path_buf(),
            field: found,
        }),
        _ => None,
    };
    (settings, problem)
}

/// Writes the settings to `path` whole: to a file beside it first, then renamed over it, so a
/// crash never leaves half a file. A file there that is not used as written (broken, or with
/// a setting ryg does not know) is first copied to `config.ron.broken`; if that copy cannot
/// be made, nothing is written.
pub fn save(settings: &Settings, path: &Path) -> io::Result<()> {
    if let Some(folder) = path.parent() {
        fs::create_dir_all(folder)?;
    }
    if let (_, Some(SettingsProblem::Broken { .. } | SettingsProblem::UnknownField { .. })) =
        load(path)
    {
        fs::copy(path, copy_of(path))?;
    }
    let text = ron::ser::to_string_pretty(settings, ron::ser::PrettyConfig::default())
        .map_err(io::Error::other)?;
    let temporary = path.with_extension("ron.new");
    fs::write(&temporary, text + "\n")?;
    fs::rename(&temporary, path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ryg_core::words::Lang;

    #[test]
    fn a_folder_or_a_pipe_in_place_of_the_file_is_said_and_not_waited_on() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("config.ron");
        fs::create_dir(&folder).unwrap();
        let (settings, problem) = load(&folder);
        assert_eq!(settings, Settings::default());
        let Some(SettingsProblem::Unreadable { why, .. }) = problem else {
            panic!("{problem:?}")
        };
        assert_eq!(why, NotRead::Folder);
        assert!(!problem_text(&folder).contains("os error"));
        // Opening a FIFO for reading would wait for a writer for ever.
        let fifo = dir.path().join("fifo.ron");
        let name = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: `name` is a valid NUL-terminated path that lives across the call.
        assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
        assert!(matches!(
            load(&fifo).1,
            Some(SettingsProblem::Unreadable { .. })
        ));
    }

    fn problem_text(path: &Path) -> String {
        load(path).1.unwrap().describe(Lang::En)
    }

    #[test]
    fn settings_round_trip_and_tolerate_old_and_new_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        assert_eq!(load(&path), (Settings::default(), None));
        let settings = Settings {
            volume: 0.5,
            bell: false,
            voice: false,
        };
        save(&settings, &path).unwrap();
        assert_eq!(load(&path), (settings, None));
        fs::write(&path, "(volume: 0.3, theme: \"dark\")").unwrap();
        assert_eq!(
            load(&path).0,
            Settings {
                volume: 0.3,
                bell: true,
                voice: true,
            }
        );
        fs::write(&path, "(volume: 7.0)").unwrap();
        assert_eq!(load(&path).0.volume, 1.0);
        fs::write(&path, "volume = 3").unwrap();
        let (settings, problem) = load(&path);
        assert_eq!(settings, Settings::default());
        assert!(problem.unwrap().describe(Lang::En).contains("config.ron"));
    }

    /// `config.ron` and the copy kept beside it, as they are on disk.
    fn files(dir: &Path) -> (Option<String>, Option<String>) {
        let read = |name: &str| fs::read_to_string(dir.join(name)).ok();
        (read("config.ron"), read("config.ron.broken"))
    }

    #[test]
    fn a_broken_file_is_said_and_kept_until_a_setting_changes_then_copied_aside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        let broken = "(volume: 0.3, bell: maybe)\n";
        fs::write(&path, broken).unwrap();

        let (settings, problem) = load(&path);
        assert_eq!(settings, Settings::default());
        let problem = problem.expect("the file is said to be broken");
        assert!(
            matches!(problem, SettingsProblem::Broken { .. }),
            "{problem:?}"
        );
        let english = problem.describe(Lang::En);
        assert!(
            english.contains("config.ron: line 1, column 20 is not understood"),
            "{english}"
        );
        assert!(english.contains("config.ron.broken"), "{english}");
        assert_eq!(files(dir.path()), (Some(broken.into()), None), "left alone");

        save(&settings.step_volume(true), &path).unwrap();
        let (now, copy) = files(dir.path());
        assert_eq!(copy.as_deref(), Some(broken), "the user's file is kept");
        assert_eq!(load(&path), (settings.step_volume(true), None));
        assert!(now.unwrap().contains("volume: 0.9"));

        // Once written by ryg the file is fine, and a later change leaves the copy alone.
        save(&Settings::default(), &path).unwrap();
        assert_eq!(files(dir.path()).1.as_deref(), Some(broken));
    }

    #[test]
    fn unknown_fields_are_said_the_rest_used_and_the_file_copied_aside_before_a_change() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        let typo = "(volume: 0.3, bel: false)\n";
        fs::write(&path, typo).unwrap();
        let (settings, problem) = load(&path);
        assert_eq!(settings.volume, 0.3);
        assert_eq!(
            problem,
            Some(SettingsProblem::UnknownField {
                path: path.clone(),
                field: "bel".into()
            })
        );
        for lang in Lang::ALL {
            let text = problem.as_ref().unwrap().describe(lang);
            assert!(
                text.contains("`bel`") && text.contains("config.ron.broken"),
                "{text}"
            );
        }
        save(&settings, &path).unwrap();
        assert_eq!(files(dir.path()).1.as_deref(), Some(typo));
    }

    #[test]
    fn a_file_that_reads_well_is_replaced_without_a_copy() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        fs::write(&path, "(volume: 0.3)").unwrap();
        save(&Settings::default(), &path).unwrap();
        assert_eq!(files(dir.path()).1, None);
    }

    #[test]
    fn minus_zero_is_silent_not_negative() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        fs::write(&path, "(volume: -0.0)").unwrap();
        let (settings, problem) = load(&path);
        assert_eq!(problem, None);
        assert_eq!(settings.percent(), "0");
        assert_eq!(Settings::default().percent(), "80");
    }

    #[test]
    fn volume_steps_stay_between_silent_and_full() {
        let mut settings = Settings::default();
        for _ in 0..5 {
            settings = settings.step_volume(true);
        }
        assert_eq!(settings.volume, 1.0);
        for _ in 0..15 {
            settings = settings.step_volume(false);
        }
        assert_eq!(settings.volume, 0.0);
        assert_eq!(settings.step_volume(true).volume, 0.1);
    }
}
