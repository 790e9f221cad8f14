//! The result of a session: its zone and the level of the next one.

use super::{App, Screen};
use crate::app::Action;
use ryg_core::journal::SessionRecord;
use ryg_core::rules::{Recommendation, SessionZone};

/// The result of a session: its zone, and what comes next.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub program: usize,
    pub record: SessionRecord,
    pub zone: SessionZone,
    pub next: Recommendation,
}

impl App {
    pub(super) fn act_on_result(&mut self, action: Action) {
        if let Screen::Result(outcome) = &self.screen
            && action == Action::Confirm
        {
            self.go_home(outcome.program);
        }
    }
}
