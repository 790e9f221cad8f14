//! `--log FILE`: a timestamped line for each thing worth knowing later — every cue with the moment
//! it was due and the moment it was played, and every error the screen could not show.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use jiff::{Timestamp, Unit};

/// The log, or nothing when none was asked for. Cheap to clone and safe to share with the sound
/// thread.
#[derive(Clone, Default)]
pub struct EventLog(Option<Arc<Mutex<File>>>);

impl EventLog {
    /// Appends to `path`, creating it if needed.
    pub fn open(path: &Path) -> io::Result<EventLog> {
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        Ok(EventLog(Some(Arc::new(Mutex::new(file)))))
    }

    /// The file itself, for what must go somewhere other than the screen.
    pub fn file(&self) -> Option<File> {
        let file = self
            .0
            .as_ref()?
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        file.try_clone().ok()
    }

    /// Writes `what` on a line of its own, after the time to the millisecond.
    pub fn write(&self, what: impl std::fmt::Display) {
        self.write_at(Timestamp::now(), what);
    }

    pub fn write_at(&self, at: Timestamp, what: impl std::fmt::Display) {
        if let Some(file) = &self.0 {
            let at = at.round(Unit::Millisecond).unwrap_or(at);
            let mut file = file.lock().unwrap_or_else(PoisonError::into_inner);
            let _ = writeln!(file, "{at:.3} {what}");
        }
    }
}
