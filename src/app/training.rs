//! A session running: pause, skip, the next exercise, stopping early, and its record.

use std::time::Instant;

use jiff::{SignedDuration, Timestamp};

use super::{App, Clock, Effect, Notice, Overlay, Pain, PainMoment, Screen, Voicing, WhyStopped};
use crate::app::Action;
use crate::app::ahead::begins;
use crate::app::voice::heard;
use ryg_core::journal::{Record, SessionRecord, Stopped};
use ryg_core::session::{DueCue, Session};

use ryg_core::journal::whole_second;

/// A session running.
#[derive(Clone, Debug)]
pub struct Training {
    /// The moment of the last update: the screen shows the session as it was then.
    pub seen: std::time::Instant,
    pub program: usize,
    /// The program's id, as the history records it.
    pub program_id: String,
    pub level: u32,
    pub session: Session,
    pub started: Timestamp,
    pub pain_before: u8,
    /// What the voice says in this session, and how far it has got.
    pub voicing: Voicing,
}

/// A session that is over, waiting for the pain question after it.
#[derive(Clone, Debug)]
pub struct Finished {
    pub program: usize,
    pub record: SessionRecord,
}

impl App {
    /// `next_asked`: the key before this one was a first `n`, and this exercise is still on.
    pub(super) fn act_on_training(
        &mut self,
        action: Action,
        next_asked: bool,
        clock: Clock,
        effects: &mut Vec<Effect>,
    ) {
        let hearing = self.hearing();
        let Screen::Training(training) = &mut self.screen else {
            return;
        };
        let session = &mut training.session;
        let cues: Vec<DueCue> = match action {
            Action::Pause if session.is_paused() => {
                session.resume(begins(session, clock.now));
                Vec::new()
            }
            Action::Pause => session.pause(clock.now),
            // Reps are not skipped one by one; say what `s` is for rather than do nothing.
            Action::Skip if !session.step().part.is_countdown() => {
                self.notice = Some(Notice::SkipsOnlyCountdowns);
                return;
            }
            Action::Skip => session.skip(clock.now, begins(session, clock.now)),
            Action::NextExercise if next_asked => {
                session.next_exercise(clock.now, begins(session, clock.now))
            }
            // Skipping a whole exercise loses its reps: a single stray key must not do it.
            Action::NextExercise => {
                self.notice = Some(Notice::NextAgain {
                    exercise: session.step().exercise,
                    last: session.on_last_exercise(),
                });
                return;
            }
            Action::Quit => return self.open(Overlay::ConfirmQuit, clock),
            _ => return,
        };
        let over = session.is_over();
        effects.extend(heard(training, &mut self.ahead, cues, clock.now, hearing));
        if over {
            self.end_training(clock, effects);
        }
    }

    /// The terminal goes back to the shell for now (Ctrl-Z): a running session pauses, and stays
    /// paused when ryg is back, even under an overlay, until the user goes on.
    pub(super) fn suspend(&mut self, clock: Clock, effects: &mut Vec<Effect>) {
        let hearing = self.hearing();
        if let Screen::Training(training) = &mut self.screen {
            self.paused_by_overlay = false;
            if !training.session.is_paused() {
                let cues = training.session.pause(clock.now);
                effects.extend(heard(training, &mut self.ahead, cues, clock.now, hearing));
            }
        }
    }

    /// Ends a running session early at the user's word: it stands as it is, and the user is
    /// asked why before it is saved (`stopped`).
    pub(super) fn stop_training(&mut self, clock: Clock, effects: &mut Vec<Effect>) {
        let hearing = self.hearing();
        let Screen::Training(training) = &mut self.screen else {
            return;
        };
        let cues = training.session.quit(clock.now);
        effects.extend(heard(training, &mut self.ahead, cues, clock.now, hearing));
        let record = record_of(training, &training.session, clock.wall);
        let program = training.program;
        self.screen = Screen::WhyStopped(WhyStopped {
            finished: Finished { program, record },
            choice: Stopped::Pain,
        });
    }

    /// The session is over: on to the pain question, with no answer chosen; or, when not a rep
    /// was done, saved as it is and home, since there is nothing to ask pain after.
    pub(super) fn end_training(&mut self, clock: Clock, effects: &mut Vec<Effect>) {
        let Screen::Training(training) = &self.screen else {
            return;
        };
        let ended = training.session.ended_at().unwrap_or(clock.now);
        // The session ended on its own clock, perhaps a moment before this wake-up.
        let ago = SignedDuration::try_from(clock.now.saturating_duration_since(ended))
            .unwrap_or_default();
        let finished = clock.wall.checked_sub(ago).unwrap_or(clock.wall);
        let record = record_of(training, &training.session, finished);
        let program = training.program;
        if record.reps_done == 0 {
            self.append(Record::Session(record), effects);
            self.go_home(program);
            self.notice = Some(Notice::EndedWithoutReps);
            return;
        }
        self.screen = Screen::Pain(Pain::ask(PainMoment::After(Finished { program, record })));
    }

    /// The session on screen as it would be saved if interrupted at `wall`, and its program.
    pub(super) fn interrupted(
        &self,
        now: Instant,
        wall: Timestamp,
    ) -> Option<(SessionRecord, usize)> {
        match &self.screen {
            Screen::Training(training) => {
                let mut session = training.session.clone();
                session.quit(now);
                Some((record_of(training, &session, wall), training.program))
            }
            Screen::Pain(Pain {
                moment: PainMoment::After(finished),
                ..
            }) => Some((finished.record.clone(), finished.program)),
            // Ctrl-C on the question why records no reason, as during the session.
            Screen::WhyStopped(question) => {
                Some((question.finished.record.clone(), question.finished.program))
            }
            _ => None,
        }
    }
}

/// What the user is told about a session saved before its end, on the screen or, after Ctrl-C,
/// once the screen is gone.
pub(super) fn saved_as(record: &SessionRecord) -> Notice {
    if record.reps_done == 0 {
        Notice::EndedWithoutReps
    } else if !record.completed {
        Notice::SavedUnfinished
    } else {
        Notice::SavedWithoutPainAfter
    }
}

/// The history record of a session as it stands, ended at `finished`.
pub(super) fn record_of(
    training: &Training,
    session: &Session,
    finished: Timestamp,
) -> SessionRecord {
    SessionRecord {
        started: training.started,
        finished: whole_second(finished).max(training.started),
        program: training.program_id.clone(),
        level: training.level,
        completed: session.completed(),
        reps_done: session.reps_done(),
        reps_planned: session.reps_planned(),
        pain_before: training.pain_before,
        pain_after: None,
        stopped: None,
    }
}
