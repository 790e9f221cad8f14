//! The boxes shown over a screen: help, and the question before a session is stopped.

use super::{App, Clock, Effect, Screen};
use crate::app::Action;

/// A box shown over the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    Help,
    ConfirmQuit,
}

impl App {
    pub(super) fn act_on_overlay(
        &mut self,
        overlay: Overlay,
        action: Action,
        clock: Clock,
        effects: &mut Vec<Effect>,
    ) {
        match (overlay, action) {
            (Overlay::Help, Action::Help) | (Overlay::ConfirmQuit, Action::No) => {
                self.close_overlay(clock);
            }
            (Overlay::ConfirmQuit, Action::Yes) => {
                self.overlay = None;
                self.paused_by_overlay = false;
                self.stop_training(clock, effects);
            }
            _ => {}
        }
    }

    /// Opens an overlay; a running session pauses under it and goes on when it closes.
    pub(super) fn open(&mut self, overlay: Overlay, clock: Clock) {
        if let Screen::Training(training) = &mut self.screen
            && !training.session.is_paused()
        {
            training.session.pause(clock.now);
            self.paused_by_overlay = true;
        }
        self.overlay = Some(overlay);
    }

    fn close_overlay(&mut self, clock: Clock) {
        self.overlay = None;
        if std::mem::take(&mut self.paused_by_overlay)
            && let Screen::Training(training) = &mut self.screen
        {
            training.session.resume(clock.now);
        }
    }
}
