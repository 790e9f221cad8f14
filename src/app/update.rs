//! How the app answers each message: the journey from screen to screen.

use jiff::{SignedDuration, Timestamp};

use super::{
    App, Clock, Effect, Finished, FollowUpChoice, HistoryView, Home, Level, Msg, Notice, Outcome,
    Overlay, Pain, PainMoment, Route, Safety, Screen, TEN_WITHIN, Training,
};
use crate::keys::Action;
use ryg_core::journal::{
    FollowUp as FollowUpRecord, Record, Screening, SessionRecord, whole_second,
};
use ryg_core::rules::zone_of;
use ryg_core::session::{DueCue, Session};

impl App {
    /// Applies `msg` and returns what the shell should do.
    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        let mut effects = Vec::new();
        if let Msg::Tick(clock) | Msg::Action(_, clock) | Msg::HangUp(clock) = &msg {
            self.counted_until = ryg_core::journal::counted_until(clock.wall);
        }
        match msg {
            Msg::Tick(clock) => self.catch_up(clock, &mut effects),
            Msg::Action(action, clock) => {
                self.catch_up(clock, &mut effects);
                self.act(action, clock, &mut effects);
            }
            Msg::HangUp(clock) => self.hang_up(clock, &mut effects),
            Msg::WriteFailed { record, why } => {
                self.unsaved.push(record);
                self.notice = Some(Notice::NotSaved(why));
            }
            Msg::Sound(sound) => self.sound = sound,
        }
        effects
    }

    /// Brings a running session up to `clock`, and leaves it for the pain question once over.
    fn catch_up(&mut self, clock: Clock, effects: &mut Vec<Effect>) {
        if let Screen::Training(training) = &mut self.screen {
            training.seen = clock.now;
            let cues = training.session.advance(clock.now);
            effects.extend(cues.into_iter().map(Effect::Cue));
            // "n again" is about the exercise it was asked in: once that is over, so is the question.
            let exercise = training.session.step().exercise;
            if matches!(self.notice, Some(Notice::NextAgain { exercise: asked, .. }) if asked != exercise)
            {
                self.notice = None;
            }
            if training.session.is_over() {
                self.end_training(clock, effects);
            }
        }
    }

    fn act(&mut self, action: Action, clock: Clock, effects: &mut Vec<Effect>) {
        // A notice said once has been seen by the time of the next key.
        let shown = self.notice.take_if(|notice| notice.passes());
        match action {
            Action::Interrupt => return self.hang_up(clock, effects),
            Action::Suspend => return self.suspend(clock, effects),
            Action::Mute => {
                self.muted = !self.muted;
                return;
            }
            Action::Louder | Action::Quieter => {
                self.settings = self.settings.step_volume(action == Action::Louder);
                self.muted = false;
                return effects.push(Effect::SaveSettings(self.settings));
            }
            _ => {}
        }
        if let Some(overlay) = self.overlay {
            return self.act_on_overlay(overlay, action, clock, effects);
        }
        if action == Action::Help {
            return self.open(Overlay::Help, clock);
        }
        match self.screen {
            Screen::Safety(_) => self.act_on_safety(action, clock.wall, effects),
            Screen::Home(_) => self.act_on_home(action, clock.wall, effects),
            Screen::FollowUp(_) => self.act_on_follow_up(action, clock.wall, effects),
            Screen::Pain(_) => self.act_on_pain(action, clock, effects),
            Screen::Training(_) => {
                let next_asked = matches!(shown, Some(Notice::NextAgain { .. }));
                self.act_on_training(action, next_asked, clock, effects);
            }
            Screen::Result(ref outcome) => {
                if action == Action::Confirm {
                    self.go_home(outcome.program);
                }
            }
            Screen::History(_) => self.act_on_history(action, clock.wall),
        }
    }

    fn act_on_safety(&mut self, action: Action, wall: Timestamp, effects: &mut Vec<Effect>) {
        let Screen::Safety(safety) = &self.screen else {
            return;
        };
        match (safety.clone(), action) {
            (Safety::Asking { then }, Action::Yes | Action::No) => {
                let clear = action == Action::No;
                let at = whole_second(wall);
                self.append(Record::Screening(Screening { at, clear }), effects);
                self.screen = if clear {
                    self.follow(then, wall)
                } else {
                    Screen::Safety(Safety::Stop { then })
                };
            }
            (Safety::Stop { then }, Action::CheckAgain) => {
                self.screen = Screen::Safety(Safety::Asking { then });
            }
            (_, Action::Quit) => self.quit(effects),
            _ => {}
        }
    }

    fn act_on_home(&mut self, action: Action, wall: Timestamp, effects: &mut Vec<Effect>) {
        let Screen::Home(home) = &self.screen else {
            return;
        };
        let (program, level) = (home.program, home.level);
        let programs = self.catalog.entries.len();
        if action == Action::Quit {
            return self.quit(effects);
        }
        if programs == 0 {
            return;
        }
        let levels = self.program(program).program.levels();
        let current = self.level_of(program, level);
        let choose = |level: u32| Level::Chosen(level.clamp(1, levels.max(1)));
        let (program, level) = match action {
            Action::Up => ((program + programs - 1) % programs, Level::Recommended),
            Action::Down => ((program + 1) % programs, Level::Recommended),
            Action::Left => (program, choose(current.saturating_sub(1))),
            Action::Right => (program, choose(current + 1)),
            Action::Digit(d) if u32::from(d) <= levels => (program, choose(u32::from(d))),
            Action::Digit(_) => {
                self.notice = Some(Notice::NoSuchLevel(program));
                return;
            }
            Action::OpenHistory => {
                // The history screen names the lines it could not read itself.
                if matches!(self.notice, Some(Notice::SkippedLines(_))) {
                    self.notice = None;
                }
                self.screen = Screen::History(HistoryView::new(Home { program, level }, wall));
                return;
            }
            Action::Confirm => {
                // A failed write stays on show until it is written.
                if !matches!(self.notice, Some(Notice::NotSaved(_))) {
                    self.notice = None;
                }
                let back = Route::Home { program, level };
                self.screen = match self.ask_follow_up(program, back, wall) {
                    Some(follow_up) => follow_up,
                    None => self.follow(Route::Start { program, level }, wall),
                };
                return;
            }
            _ => return,
        };
        // Choosing the recommended level keeps it "recommended", so that a morning answer
        // given later can still move it.
        let level = match level {
            Level::Chosen(n) if n == self.recommendation(program).level => Level::Recommended,
            other => other,
        };
        self.screen = Screen::Home(Home { program, level });
    }

    fn act_on_follow_up(&mut self, action: Action, wall: Timestamp, effects: &mut Vec<Effect>) {
        let Screen::FollowUp(follow_up) = &mut self.screen else {
            return;
        };
        match action {
            Action::Up => follow_up.choice = step_choice(follow_up.choice, -1),
            Action::Down => follow_up.choice = step_choice(follow_up.choice, 1),
            Action::Digit(n @ 1..=4) => follow_up.choice = FollowUpChoice::ALL[usize::from(n) - 1],
            Action::Confirm => self.answer_follow_up(wall, effects),
            // Back where the question came from, with the level home had.
            Action::Back => match follow_up.then {
                Route::History(view) => self.screen = Screen::History(view),
                Route::Home { program, level } | Route::Start { program, level } => {
                    self.screen = Screen::Home(Home { program, level });
                }
            },
            _ => {}
        }
    }

    fn act_on_pain(&mut self, action: Action, clock: Clock, effects: &mut Vec<Effect>) {
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

    /// `next_asked`: the key before this one was a first `n`, and this exercise is still on.
    fn act_on_training(
        &mut self,
        action: Action,
        next_asked: bool,
        clock: Clock,
        effects: &mut Vec<Effect>,
    ) {
        let Screen::Training(training) = &mut self.screen else {
            return;
        };
        let session = &mut training.session;
        let cues: Vec<DueCue> = match action {
            Action::Pause => session.toggle_pause(clock.now),
            // Reps are not skipped one by one; say what `s` is for rather than do nothing.
            Action::Skip if !session.step().part.is_countdown() => {
                self.notice = Some(Notice::SkipsOnlyCountdowns);
                return;
            }
            Action::Skip => session.skip(clock.now),
            Action::NextExercise if next_asked => session.next_exercise(clock.now),
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
        effects.extend(cues.into_iter().map(Effect::Cue));
        if over {
            self.end_training(clock, effects);
        }
    }

    fn act_on_overlay(
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

    /// The terminal goes back to the shell for now (Ctrl-Z): a running session pauses, and stays
    /// paused when ryg is back, even under an overlay, until the user goes on.
    fn suspend(&mut self, clock: Clock, effects: &mut Vec<Effect>) {
        if let Screen::Training(training) = &mut self.screen {
            self.paused_by_overlay = false;
            if !training.session.is_paused() {
                let cues = training.session.pause(clock.now);
                effects.extend(cues.into_iter().map(Effect::Cue));
            }
        }
    }

    /// Opens an overlay; a running session pauses under it and goes on when it closes.
    fn open(&mut self, overlay: Overlay, clock: Clock) {
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

    /// Ends a running session early at the user's word: saved as it stands, then home.
    fn stop_training(&mut self, clock: Clock, effects: &mut Vec<Effect>) {
        let Screen::Training(training) = &mut self.screen else {
            return;
        };
        let cues = training.session.quit(clock.now);
        effects.extend(cues.into_iter().map(Effect::Cue));
        let record = record_of(training, &training.session, clock.wall);
        let program = training.program;
        let notice = saved_as(&record);
        self.append(Record::Session(record), effects);
        self.go_home(program);
        self.notice = Some(notice);
    }

    /// The terminal is gone or the user pressed Ctrl-C: save what was done, then quit.
    fn hang_up(&mut self, clock: Clock, effects: &mut Vec<Effect>) {
        if let Some((record, program)) = self.interrupted(clock.now, clock.wall) {
            let notice = saved_as(&record);
            self.left_saved = Some((Record::Session(record.clone()), notice));
            self.append(Record::Session(record), effects);
            // Saved: nothing is at risk any more.
            self.go_home(program);
        }
        self.quit(effects);
    }

    /// Leaves the app, writing first whatever an earlier write failed on.
    fn quit(&mut self, effects: &mut Vec<Effect>) {
        effects.extend(
            std::mem::take(&mut self.unsaved)
                .into_iter()
                .map(Effect::Append),
        );
        effects.push(Effect::Quit);
    }

    fn answer_follow_up(&mut self, wall: Timestamp, effects: &mut Vec<Effect>) {
        let Screen::FollowUp(follow_up) = &self.screen else {
            return;
        };
        let (session, choice, then) = (follow_up.session, follow_up.choice, follow_up.then);
        if let Route::History(view) = then {
            return self.answer_follow_up_late(session, choice, view, wall, effects);
        }
        let program = route_program(then);
        let before = self.recommendation(program).level;
        match choice {
            FollowUpChoice::Answer(morning) => {
                let record = Record::FollowUp(FollowUpRecord { session, morning });
                self.append(record, effects);
            }
            FollowUpChoice::Skip => self.skipped_follow_ups.push(session),
        }
        let changed = self.recommendation(program).level != before;
        let then = match then {
            // Back home only when the answer changed the recommendation, to confirm the level.
            Route::Home { program, level } if !changed => Route::Start { program, level },
            other => other,
        };
        self.screen = self.follow(then, wall);
        if changed && matches!(then, Route::Home { .. }) {
            self.notice = Some(Notice::LevelUpdated);
        }
    }

    /// A morning answered from the history screen: saved, and back to the list, which shows it at
    /// once, with the level it leads to.
    fn answer_follow_up_late(
        &mut self,
        session: Timestamp,
        choice: FollowUpChoice,
        view: HistoryView,
        wall: Timestamp,
        effects: &mut Vec<Effect>,
    ) {
        if let FollowUpChoice::Answer(morning) = choice {
            let program = self
                .history
                .session_records()
                .find(|record| record.started == session)
                .and_then(|record| {
                    self.catalog
                        .programs()
                        .position(|program| program.id == record.program)
                });
            self.append(
                Record::FollowUp(FollowUpRecord { session, morning }),
                effects,
            );
            if let Some(program) = program {
                self.notice = Some(Notice::NextLevel(program));
            }
        }
        // Skipping here only means "not now": the history keeps offering the question, and
        // home still asks it before the next session.
        self.screen = Screen::History(HistoryView { now: wall, ..view });
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
                let Some((session, cues)) = Session::start(entry, level, clock.now) else {
                    return;
                };
                effects.extend(cues.into_iter().map(Effect::Cue));
                self.screen = Screen::Training(Training {
                    seen: clock.now,
                    program,
                    program_id,
                    level,
                    session,
                    started: whole_second(clock.wall),
                    pain_before: rating,
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

    /// The session is over: on to the pain question, with no answer chosen; or, when not a rep
    /// was done, saved as it is and home, since there is nothing to ask pain after.
    fn end_training(&mut self, clock: Clock, effects: &mut Vec<Effect>) {
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

    fn go_home(&mut self, program: usize) {
        self.screen = Screen::Home(Home {
            program,
            level: Level::Recommended,
        });
    }

    /// Keeps `record` in the history in memory, so every screen sees it at once, and asks the
    /// shell to write it after any record an earlier write failed on.
    fn append(&mut self, record: Record, effects: &mut Vec<Effect>) {
        self.history.records.push(record.clone());
        self.listing = super::Listing::of(&self.history, &self.catalog);
        effects.extend(
            std::mem::take(&mut self.unsaved)
                .into_iter()
                .map(Effect::Append),
        );
        if matches!(self.notice, Some(Notice::NotSaved(_))) {
            self.notice = None;
        }
        effects.push(Effect::Append(record));
    }
}

/// What the user is told about a session saved before its end, on the screen or, after Ctrl-C,
/// once the screen is gone.
fn saved_as(record: &SessionRecord) -> Notice {
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
    }
}

pub(super) fn route_program(route: Route) -> usize {
    match route {
        Route::Home { program, .. } | Route::Start { program, .. } => program,
        Route::History(view) => view.home.program,
    }
}

fn step_choice(choice: FollowUpChoice, by: isize) -> FollowUpChoice {
    let all = FollowUpChoice::ALL;
    let index = (choice.index() as isize + by).clamp(0, all.len() as isize - 1);
    all[index as usize]
}
