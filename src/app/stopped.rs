//! The question after a session is ended early with `q`: why — pain, no time or something else
//! — and, for pain, the pain now, on the same 0–10 scale as after a session. Ctrl-C or a signal
//! on the question saves the session with no reason; on the pain-now question, with the reason
//! already given (`Pain`) and no pain after.

use super::training::saved_as;
use super::{App, Effect, Finished, Pain, PainMoment, Screen};
use crate::app::Action;
use ryg_core::journal::{Record, Stopped};

/// "Why did you stop the session?", with the session as it stood when it was stopped.
#[derive(Clone, Debug)]
pub struct WhyStopped {
    pub finished: Finished,
    pub choice: Stopped,
}

/// The answers, in the order the screen lists them and the digits 1–3 choose them.
pub const STOP_REASONS: [Stopped; 3] = [Stopped::Pain, Stopped::Time, Stopped::Other];

impl App {
    pub(super) fn act_on_why_stopped(&mut self, action: Action, effects: &mut Vec<Effect>) {
        let Screen::WhyStopped(question) = &mut self.screen else {
            return;
        };
        let at = STOP_REASONS
            .iter()
            .position(|reason| *reason == question.choice)
            .unwrap_or(0);
        match action {
            Action::Up => question.choice = STOP_REASONS[at.saturating_sub(1)],
            Action::Down => question.choice = STOP_REASONS[(at + 1).min(STOP_REASONS.len() - 1)],
            Action::Digit(n @ 1..=3) => question.choice = STOP_REASONS[usize::from(n) - 1],
            Action::Confirm => {
                let mut finished = question.finished.clone();
                finished.record.stopped = Some(question.choice);
                if question.choice == Stopped::Pain {
                    // The pain now is the session's pain after; saved once it is answered.
                    self.screen = Screen::Pain(Pain::ask(PainMoment::After(finished)));
                } else {
                    self.save_stopped(finished, effects);
                }
            }
            // Esc does not undo the stop: the session is saved as it stood, with no reason, as
            // Ctrl-C saves it, and nothing done is lost to a key pressed in a hurry.
            Action::Back => {
                let finished = question.finished.clone();
                self.save_stopped(finished, effects);
            }
            _ => {}
        }
    }

    /// Saves a session stopped early, and home with the words of how it was saved.
    fn save_stopped(&mut self, finished: Finished, effects: &mut Vec<Effect>) {
        let notice = saved_as(&finished.record);
        self.append(Record::Session(finished.record), effects);
        self.go_home(finished.program);
        self.notice = Some(notice);
    }
}
