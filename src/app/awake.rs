//! Whether the computer should be kept awake: while a session runs, the user is on the floor and
//! not touching the keyboard, and a sleeping computer or a blank screen would end the guidance.

use super::{App, Screen};

impl App {
    /// A session is running (not paused, not over): the system should neither sleep nor blank
    /// the screen. Anywhere else — paused, the questions around a session, any other screen —
    /// the system's own settings apply again.
    pub fn wants_awake(&self) -> bool {
        matches!(&self.screen, Screen::Training(training) if !training.session.is_paused())
    }
}
