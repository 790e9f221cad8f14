//! The user's settings, kept in `config.ron` in the config folder: how loud the cues are, and
//! whether the terminal bell stands in for them when there is no sound device.

use std::fs;
use std::io;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// What the user can set. Unknown fields are ignored and missing ones take their default, so an
/// old or a newer file still reads.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// From 0 (silent) to 1 (the sounds as made).
    pub volume: f32,
    /// Ring the terminal bell for the go and done cues when no sound device can be opened.
    pub bell: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            volume: 0.8,
            bell: true,
        }
    }
}

impl Settings {
    /// One step of `+` or `-`.
    pub const VOLUME_STEP: f32 = 0.1;

    /// The settings in `path`; a missing file gives the defaults, a broken one the defaults and
    /// why it could not be read.
    pub fn load(path: &Path) -> (Settings, Option<String>) {
        match fs::read_to_string(path) {
            Ok(text) => match ron::from_str::<Settings>(&text) {
                Ok(settings) => (settings.clamped(), None),
                Err(error) => (
                    Settings::default(),
                    Some(format!("{}: {error}", path.display())),
                ),
            },
            Err(error) if error.kind() == io::ErrorKind::NotFound => (Settings::default(), None),
            Err(error) => (
                Settings::default(),
                Some(format!("{}: {error}", path.display())),
            ),
        }
    }

    /// Writes the settings to `path` whole: to a file beside it first, then renamed over it, so a
    /// crash never leaves half a file.
    pub fn save(&self, path: &Path) -> io::Result<()> {
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder)?;
        }
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())
            .map_err(io::Error::other)?;
        let temporary = path.with_extension("ron.new");
        fs::write(&temporary, text + "\n")?;
        fs::rename(&temporary, path)
    }

    /// The volume one step louder or quieter, kept between 0 and 1.
    pub fn step_volume(self, louder: bool) -> Settings {
        let step = if louder {
            Self::VOLUME_STEP
        } else {
            -Self::VOLUME_STEP
        };
        Settings {
            volume: ((self.volume + step) * 10.0).round() / 10.0,
            ..self
        }
        .clamped()
    }

    fn clamped(self) -> Settings {
        Settings {
            volume: if self.volume.is_finite() {
                self.volume.clamp(0.0, 1.0)
            } else {
                0.8
            },
            ..self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_and_tolerate_old_and_new_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        assert_eq!(Settings::load(&path), (Settings::default(), None));
        let settings = Settings {
            volume: 0.5,
            bell: false,
        };
        settings.save(&path).unwrap();
        assert_eq!(Settings::load(&path), (settings, None));
        fs::write(&path, "(volume: 0.3, theme: \"dark\")").unwrap();
        assert_eq!(
            Settings::load(&path).0,
            Settings {
                volume: 0.3,
                bell: true
            }
        );
        fs::write(&path, "(volume: 7.0)").unwrap();
        assert_eq!(Settings::load(&path).0.volume, 1.0);
        fs::write(&path, "volume = 3").unwrap();
        let (settings, problem) = Settings::load(&path);
        assert_eq!(settings, Settings::default());
        assert!(problem.unwrap().contains("config.ron"));
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
