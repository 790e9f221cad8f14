//! The pain question, before a session and after it.

use std::time::{Duration, Instant};

use super::{App, Clock, Effect, Finished, Home, LevelChoice, Outcome, Screen, Training, Voicing};
use crate::app::Action;
use ryg_core::journal::Record;
use ryg_core::rules::zone_of;
use ryg_core::session::Session;

use ryg_core::journal::whole_second;

/// "How much does your back hurt right now?", before or after a session.
#[derive(Clone, Debug)]
pub struct Pain {
    /// `None` until the user chooses: a stray Enter must not record an answer nobody gave.
    pub rating: Option<u8>,
    pub moment: PainMoment,
    /// When the last key was the digit 1: a 0 within [`TEN_WITHIN`] of it makes 10.
    pub one_typed_at: Option<Instant>,
    /// Enter was pressed with no answer chosen, so the screen asks for one first.
    pub enter_without_answer: bool,
}

/// How quickly "1" then "0" must be typed to be read as 10: two keys a second apart or more
/// are two answers, the second one 0.
pub const TEN_WITHIN: Duration = Duration::from_secs(1);

impl Pain {
    /// The question with no answer chosen yet.
    pub fn ask(moment: PainMoment) -> Pain {
        Pain {
            rating: None,
            moment,
            one_typed_at: None,
            enter_without_answer: false,
        }
    }
}

#[derive(Clone, Debug)]
pub enum PainMoment {
    /// Before a session of `program` at `level`; `chosen` is how home had the level (so that
    /// going back keeps a level the user chose).
    Before {
        program: usize,
        level: u32,
        chosen: LevelChoice,
    },
    After(Finished),
}

impl App {
    pub(super) fn act_on_pain(&mut self, action: Action, clock: Clock, effects: &mut Vec<Effect>) {
        if action == Action::Gentler {
            if self.take_gentler() {
                self.answer_pain(clock, effects);
            }
            return;
        }
        let Screen::Pain(pain) = &mut self.screen else {
            return;
        };
        let one_typed_at = pain.one_typed_at.take();
        pain.enter_without_answer = false;
        // With no answer yet, the arrows start where the answer most likely is: at the answer
        // before the session for the question after it, else at 0.
        let start = match &pain.moment {
            PainMoment::After(finished) => finished.record.pain_before,
            PainMoment::Before { .. } => 0,
        };
        match action {
            Action::Left => pain.rating = Some(pain.rating.map_or(start, |r| r.saturating_sub(1))),
            Action::Right => pain.rating = Some(pain.rating.map_or(start, |r| (r + 1).min(10))),
            // "1" then "0" makes 10, the only answer of two digits, when typed as one number.
            Action::Digit(0)
                if one_typed_at.is_some_and(|at| clock.now.duration_since(at) < TEN_WITHIN) =>
            {
                pain.rating = Some(10);
            }
            Action::Digit(d) => {
                pain.rating = Some(d);
                pain.one_typed_at = (d == 1).then_some(clock.now);
            }
            Action::Confirm if pain.rating.is_none() => pain.enter_without_answer = true,
            Action::Confirm => self.answer_pain(clock, effects),
            Action::Back => {
                if let PainMoment::Before {
                    program, chosen, ..
                } = pain.moment
                {
                    self.screen = Screen::Home(Home {
                        program,
                        level: chosen,
                    });
                }
            }
            _ => {}
        }
    }

    fn answer_pain(&mut self, clock: Clock, effects: &mut Vec<Effect>) {
        let Screen::Pain(pain) = &self.screen else {
            return;
        };
        let Some(rating) = pain.rating else {
            return;
        };
        match pain.moment.clone() {
            PainMoment::Before { program, level, .. } => {
                let entry = &self.program(program).program;
                let program_id = entry.id.clone();
                // The warm-up runs first, in the same session; the record is of this program.
                let plan = self.catalog.plan(entry, level);
                // Begun like a step begun by a key: its first cues are handed over ahead.
                let at = clock.now + super::ahead::LOOK_AHEAD;
                let Some(session) = plan.and_then(|plan| Session::start_plan(plan, at)) else {
                    return;
                };
                let voicing = Voicing::of(&session, self.lang, &self.phrase_lengths);
                self.screen = Screen::Training(Training {
                    seen: clock.now,
                    program,
                    program_id,
                    level,
                    session,
                    started: whole_second(clock.wall),
                    pain_before: rating,
                    voicing,
                });
            }
            PainMoment::After(Finished {
                program,
                mut record,
            }) => {
                record.pain_after = Some(rating);
                self.append(Record::Session(record.clone()), effects);
                self.screen = Screen::Result(Outcome {
                    program,
                    zone: zone_of(&record, None),
                    next: self.recommendation(program),
                    record,
                });
            }
        }
    }
}
