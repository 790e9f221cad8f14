//! What the user can set, as the model holds it: the volume, the bell and the voice. Reading and writing
//! `config.ron` is the store's (`shell::store::settings`).

use serde::{Deserialize, Serialize};

/// What the user can set. Missing fields take their default, so an old file still reads; a field
/// ryg does not know is said (it is most often a typo) and the rest is used.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// From 0 (silent) to 1 (the sounds as made).
    pub volume: f32,
    /// Ring the terminal bell for the go and done cues when no sound device can be opened.
    pub bell: bool,
    /// Speak what comes next during a session (`v` switches it), when a speech engine is there.
    pub voice: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            volume: 0.8,
            bell: true,
            voice: true,
        }
    }
}

impl Settings {
    /// One step of `+` or `-`.
    pub const VOLUME_STEP: f32 = 0.1;

    /// The volume in percent as the header shows it.
    pub fn percent(&self) -> String {
        format!("{}", (self.volume * 100.0).round())
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

    /// The settings with a volume from 0 to 1 (a file can say anything).
    pub fn clamped(self) -> Settings {
        Settings {
            volume: if self.volume.is_finite() {
                // Adding zero turns -0.0, which `clamp` keeps, into 0.0: "-0%" is no volume.
                self.volume.clamp(0.0, 1.0) + 0.0
            } else {
                0.8
            },
            ..self
        }
    }
}
