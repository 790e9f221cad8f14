//! The Learn screens: the list of the nine modules and one module read, with its plan line.
//!
//! Enter on a module records that it was read (`Learned`), with the plan when one is written;
//! Esc goes back to the list without recording anything, so that a module opened by mistake or
//! only glanced at is not marked read.

use jiff::Timestamp;
use tui_input::Input;

use super::Edit;

use super::{App, Effect, Home, Screen};
use crate::app::Action;
use ryg_core::journal::{Learned, Record};
use ryg_core::words::learn::{MODULES, text};

/// Lines moved by PgUp and PgDn.
pub const LEARN_PAGE: usize = 10;

/// The narrowest the text is ever wrapped to (a 60-column terminal less the margins); the model
/// lets the text scroll no further than its length at that width, and a wider screen stops sooner.
pub const NARROWEST_TEXT: usize = 54;

/// The Learn screens.
#[derive(Clone, Debug)]
pub enum Learn {
    /// The list, with the module under the cursor (from 0).
    List { chosen: usize, home: Home },
    /// One module read: its index, how far it is scrolled, and the plan being written.
    Module {
        chosen: usize,
        scroll: usize,
        plan: Input,
        home: Home,
    },
}

impl App {
    /// The ids of the modules the history says were read.
    pub fn modules_read(&self) -> Vec<&str> {
        self.history
            .records
            .iter()
            .filter_map(|record| match record {
                Record::Learned(learned) => Some(learned.module.as_str()),
                _ => None,
            })
            .collect()
    }

    /// `l` on home: the list, with the module offered this course week chosen while a course
    /// runs, and the first one otherwise.
    pub(super) fn open_learn(&mut self, home: Home) {
        let chosen = self
            .rhythm()
            .and_then(|rhythm| rhythm.weeks.as_ref()?.module)
            .map_or(0, |module| module.index);
        self.screen = Screen::Learn(Learn::List { chosen, home });
    }

    pub(super) fn act_on_learn(
        &mut self,
        action: Action,
        wall: Timestamp,
        effects: &mut Vec<Effect>,
    ) {
        let Screen::Learn(learn) = &mut self.screen else {
            return;
        };
        let count = MODULES.len();
        match learn {
            Learn::List { chosen, home } => match action {
                Action::Up => *chosen = (*chosen + count - 1) % count,
                Action::Down => *chosen = (*chosen + 1) % count,
                Action::Confirm => {
                    *learn = Learn::Module {
                        chosen: *chosen,
                        scroll: 0,
                        plan: Input::default(),
                        home: *home,
                    }
                }
                Action::Back => self.screen = Screen::Home(*home),
                _ => {}
            },
            Learn::Module {
                chosen,
                scroll,
                plan,
                home,
            } => {
                let last = text(&MODULES[*chosen], self.lang, NARROWEST_TEXT)
                    .len()
                    .saturating_sub(1);
                match action {
                    Action::Up => *scroll = scroll.saturating_sub(1),
                    Action::Down => *scroll = (*scroll + 1).min(last),
                    Action::PageUp => *scroll = scroll.saturating_sub(LEARN_PAGE),
                    Action::PageDown => *scroll = (*scroll + LEARN_PAGE).min(last),
                    // A control character has no place in a line of the user's words.
                    Action::Edit(Edit::Insert(c)) if c.is_control() => {}
                    Action::Edit(edit) => {
                        plan.handle(edit.request());
                    }
                    Action::Back => {
                        *learn = Learn::List {
                            chosen: *chosen,
                            home: *home,
                        }
                    }
                    Action::Confirm => {
                        let text = plan.value().trim();
                        let record = Record::Learned(Learned {
                            at: wall,
                            module: MODULES[*chosen].id.to_string(),
                            plan: (!text.is_empty()).then(|| text.to_string()),
                        });
                        *learn = Learn::List {
                            chosen: *chosen,
                            home: *home,
                        };
                        self.append(record, effects);
                    }
                    _ => {}
                }
            }
        }
    }
}
