//! The boxes shown over a screen: help, the warning signs, and the question before a session is
//! stopped.

use super::{App, Clock, Effect, Screen, SignsGroup};
use crate::app::Action;

/// A box shown over the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    Help,
    /// The warning signs, one group at a time, read from help: reading only, so that a look at
    /// the signs in the middle of a session neither ends it nor writes a check.
    WarningSigns(SignsGroup),
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
            (Overlay::Help | Overlay::WarningSigns(_), Action::Help)
            | (Overlay::ConfirmQuit, Action::No) => {
                self.close_overlay(clock);
            }
            (Overlay::Help, Action::WarningSigns) => {
                self.overlay = Some(Overlay::WarningSigns(SignsGroup::Emergency));
            }
            (Overlay::WarningSigns(group), Action::Left | Action::Right) => {
                self.overlay = Some(Overlay::WarningSigns(group.other()));
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
            let at = super::ahead::begins(&training.session, clock.now);
            training.session.resume(at);
        }
    }
}
