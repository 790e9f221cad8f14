//! The safety check (version 2): two groups of warning signs, asked on the first run, after 30
//! days, and again after a sign applied; and the signs kept readable from help at any time.

use jiff::{SignedDuration, Timestamp};

use super::{App, Effect, Route, Screen};
use crate::app::Action;
use ryg_core::journal::{Record, Screening};

use ryg_core::journal::whole_second;

/// How old the last safety check may be before it is asked again.
pub const SAFETY_CHECK_VALID: SignedDuration = SignedDuration::from_hours(30 * 24);

/// The two groups of warning signs, each its own question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignsGroup {
    /// Signs that need emergency care now: no training until a later check finds none.
    Emergency,
    /// Signs to see a doctor about within days, before training; a clinician's word lets the
    /// user go on.
    WithinDays,
}

impl SignsGroup {
    /// The other group, as the warning signs box turns its page.
    pub fn other(self) -> SignsGroup {
        match self {
            SignsGroup::Emergency => SignsGroup::WithinDays,
            SignsGroup::WithinDays => SignsGroup::Emergency,
        }
    }
}

/// The safety check on screen. The history file keeps each answer as a `Screening` record: the
/// file's name is a contract and stays.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SafetyCheck {
    /// "Does any of these apply to you now?" about one group; the emergency group comes first.
    Asking { group: SignsGroup, then: Route },
    /// A sign of `group` applies: no session may start from here, except that for the
    /// within-days group the user may say a clinician has checked it.
    Stop { group: SignsGroup, then: Route },
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
        let record = |clear, clinician| {
            Record::Screening(Screening {
                at: whole_second(wall),
                clear,
                clinician,
            })
        };
        match (safety.clone(), action) {
            // A yes is written at once, so that leaving on the screen that follows cannot leave an
            // earlier clear check standing.
            (SafetyCheck::Asking { group, then }, Action::Yes) => {
                self.append(record(false, false), effects);
                self.screen = Screen::SafetyCheck(SafetyCheck::Stop { group, then });
            }
            (
                SafetyCheck::Asking {
                    group: SignsGroup::Emergency,
                    then,
                },
                Action::No,
            ) => {
                self.screen = Screen::SafetyCheck(SafetyCheck::Asking {
                    group: SignsGroup::WithinDays,
                    then,
                });
            }
            (
                SafetyCheck::Asking {
                    group: SignsGroup::WithinDays,
                    then,
                },
                Action::No,
            ) => {
                self.append(record(true, false), effects);
                self.screen = self.opening(then, wall);
            }
            (
                SafetyCheck::Stop {
                    group: SignsGroup::WithinDays,
                    then,
                },
                Action::ClinicianChecked,
            ) => {
                self.append(record(true, true), effects);
                self.screen = self.opening(then, wall);
            }
            (SafetyCheck::Stop { then, .. }, Action::CheckAgain) => {
                self.screen = Screen::SafetyCheck(SafetyCheck::asking(then));
            }
            (_, Action::Quit) => self.quit(effects),
            _ => {}
        }
    }
}

impl SafetyCheck {
    /// The check from its first question.
    pub fn asking(then: Route) -> SafetyCheck {
        SafetyCheck::Asking {
            group: SignsGroup::Emergency,
            then,
        }
    }
}
