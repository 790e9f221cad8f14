//! The safety check: asked on the first run, after 30 days, and again after a warning sign.

use jiff::{SignedDuration, Timestamp};

use super::{App, Effect, Route, Screen};
use crate::app::Action;
use ryg_core::journal::{Record, Screening};

use ryg_core::journal::whole_second;

/// How old the last safety check may be before it is asked again.
pub const SAFETY_CHECK_VALID: SignedDuration = SignedDuration::from_hours(30 * 24);

/// The safety check on screen. The history file keeps each answer as a `Screening` record: the
/// file's name is a contract and stays.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SafetyCheck {
    /// "Do any of these apply to you now?"
    Asking { then: Route },
    /// A warning sign applies: no session may start.
    Stop { then: Route },
}

impl App {
    /// First run, a check older than 30 days, or a last check that found a warning sign.
    pub fn safety_check_due(&self, wall: Timestamp) -> bool {
        match self.history.latest_screening_by(self.counted_until) {
            None => true,
            Some(check) => !check.clear || wall.duration_since(check.at) > SAFETY_CHECK_VALID,
        }
    }

    pub(super) fn act_on_safety(
        &mut self,
        action: Action,
        wall: Timestamp,
        effects: &mut Vec<Effect>,
    ) {
        let Screen::SafetyCheck(safety) = &self.screen else {
            return;
        };
        match (safety.clone(), action) {
            (SafetyCheck::Asking { then }, Action::Yes | Action::No) => {
                let clear = action == Action::No;
                let at = whole_second(wall);
                self.append(
                    Record::Screening(Screening {
                        at,
                        clear,
                        clinician: false,
                    }),
                    effects,
                );
                self.screen = if clear {
                    self.follow(then, wall)
                } else {
                    Screen::SafetyCheck(SafetyCheck::Stop { then })
                };
            }
            (SafetyCheck::Stop { then }, Action::CheckAgain) => {
                self.screen = Screen::SafetyCheck(SafetyCheck::Asking { then });
            }
            (_, Action::Quit) => self.quit(effects),
            _ => {}
        }
    }
}
