//! How the app answers each message: the clock brought up to date, the keys every screen shares,
//! then the screen's own update (one file per screen); and the history file's appends.

use super::training::saved_as;
use super::{App, Clock, Effect, Msg, Notice, Overlay, Screen};
use crate::app::Action;
use ryg_core::journal::Record;

impl App {
    /// Applies `msg` and returns what the shell should do.
    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        let mut effects = Vec::new();
        if let Msg::Tick(clock)
        | Msg::Action(_, clock)
        | Msg::Paste(_, clock)
        | Msg::HangUp(clock) = &msg
        {
            self.counted_until = ryg_core::journal::counted_until(clock.wall);
            self.today = self.time_zone.to_datetime(clock.wall).date();
            self.refresh_figures();
        }
        let now = match &msg {
            Msg::Tick(clock)
            | Msg::Action(_, clock)
            | Msg::Paste(_, clock)
            | Msg::HangUp(clock) => Some(clock.now),
            _ => None,
        };
        match msg {
            Msg::Tick(clock) => self.catch_up(clock, &mut effects),
            Msg::Action(action, clock) => {
                self.catch_up(clock, &mut effects);
                self.act(action, clock, &mut effects);
            }
            Msg::Paste(text, clock) => {
                self.catch_up(clock, &mut effects);
                self.paste(&text);
            }
            Msg::HangUp(clock) => self.hang_up(clock, &mut effects),
            Msg::WriteFailed { record, why } => {
                self.unsaved.push(record);
                self.notice = Some(Notice::NotSaved(why));
            }
            Msg::Sound(sound) => self.sound = sound,
            // Not over a notice that stays until what it reports is over.
            Msg::SoundFileNotUsed(why) if self.notice.as_ref().is_none_or(Notice::passes) => {
                self.notice = Some(Notice::FileNotUsed(why));
            }
            Msg::SoundFileNotUsed(_) => {}
            Msg::PhraseLengths(lengths) => self.phrase_lengths.extend(lengths),
            Msg::NoSpeechEngine => {
                self.speech = super::SpeechEngine::Missing;
                self.notice = Some(Notice::NoSpeechEngine);
            }
        }
        if let Some(now) = now {
            self.hand_ahead(now, &mut effects);
        }
        self.refresh_figures();
        effects
    }

    /// Brings a running session up to `clock`, and leaves it for the pain question once over.
    fn catch_up(&mut self, clock: Clock, effects: &mut Vec<Effect>) {
        let hearing = self.hearing();
        if let Screen::Training(training) = &mut self.screen {
            training.seen = clock.now;
            let cues = training.session.advance(clock.now);
            effects.extend(super::voice::heard(
                training,
                &mut self.ahead,
                cues,
                clock.now,
                hearing,
            ));
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
            Action::Voice => {
                self.settings.voice = !self.settings.voice;
                return effects.push(Effect::SaveSettings(self.settings));
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
            Screen::SafetyCheck(_) => self.act_on_safety(action, clock.wall, effects),
            Screen::Home(_) => self.act_on_home(action, clock.wall, effects),
            Screen::MorningAnswer(_) => self.act_on_morning_question(action, clock.wall, effects),
            Screen::Pain(_) => self.act_on_pain(action, clock, effects),
            Screen::Training(_) => {
                let next_asked = matches!(shown, Some(Notice::NextAgain { .. }));
                self.act_on_training(action, next_asked, clock, effects);
            }
            Screen::WhyStopped(_) => self.act_on_why_stopped(action, effects),
            Screen::Result(_) => self.act_on_result(action),
            Screen::History(_) => self.act_on_history(action, clock.wall),
            Screen::Learn(_) => self.act_on_learn(action, clock.wall, effects),
            Screen::CourseStart(..) => self.act_on_course_start(action, clock.wall, effects),
            Screen::CourseCheck(..) => self.act_on_course_check(action, clock.wall, effects),
        }
    }

    /// The terminal is gone or the user pressed Ctrl-C: save what was done, then quit.
    pub(super) fn hang_up(&mut self, clock: Clock, effects: &mut Vec<Effect>) {
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
    pub(super) fn quit(&mut self, effects: &mut Vec<Effect>) {
        effects.extend(
            std::mem::take(&mut self.unsaved)
                .into_iter()
                .map(Effect::Append),
        );
        effects.push(Effect::Quit);
    }

    /// Keeps `record` in the history in memory, so every screen sees it at once, and asks the
    /// shell to write it after any record an earlier write failed on.
    pub(super) fn append(&mut self, record: Record, effects: &mut Vec<Effect>) {
        self.history.records.push(record.clone());
        self.listing = super::Listing::of(&self.history, &self.catalog);
        self.refresh_figures();
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
