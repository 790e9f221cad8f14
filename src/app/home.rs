//! The home screen: the programs, the level to train at, and the way into a session.

use jiff::Timestamp;

use super::{App, Effect, HistoryView, Notice, Route, Screen};
use crate::app::Action;
use ryg_core::journal::SessionWithMorning;

/// The level a session is to be done at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LevelChoice {
    /// Whatever the pain rules recommend at the time of starting.
    Recommended,
    Chosen(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Home {
    pub program: usize,
    pub level: LevelChoice,
}

impl App {
    /// The sessions of a program, oldest first, with their mornings.
    pub fn sessions_of(&self, program: usize) -> Vec<SessionWithMorning<'_>> {
        self.sessions_of_id(&self.program(program).program.id)
    }

    /// The level a session would be done at.
    pub fn level_of(&self, program: usize, level: LevelChoice) -> u32 {
        let levels = self.program(program).program.levels().max(1);
        match level {
            LevelChoice::Recommended => self.recommendation(program).level,
            LevelChoice::Chosen(level) => level.clamp(1, levels),
        }
    }

    pub(super) fn act_on_home(
        &mut self,
        action: Action,
        wall: Timestamp,
        effects: &mut Vec<Effect>,
    ) {
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
        let choose = |level: u32| LevelChoice::Chosen(level.clamp(1, levels.max(1)));
        let (program, level) = match action {
            Action::Up => (
                (program + programs - 1) % programs,
                LevelChoice::Recommended,
            ),
            Action::Down => ((program + 1) % programs, LevelChoice::Recommended),
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
            Action::OpenLearn => return self.open_learn(Home { program, level }),
            Action::OpenCourseStart => return self.open_course_start(Home { program, level }),
            Action::Confirm => {
                // A failed write stays on show until it is written.
                if !matches!(self.notice, Some(Notice::NotSaved(_))) {
                    self.notice = None;
                }
                let back = Route::Home { program, level };
                self.screen = match self.ask_morning_question(program, back, wall) {
                    Some(question) => question,
                    None => self.follow(Route::Start { program, level }, wall),
                };
                return;
            }
            _ => return,
        };
        // Choosing the recommended level keeps it "recommended", so that a morning answer
        // given later can still move it.
        let level = match level {
            LevelChoice::Chosen(n) if n == self.recommendation(program).level => {
                LevelChoice::Recommended
            }
            other => other,
        };
        self.screen = Screen::Home(Home { program, level });
    }

    pub(super) fn go_home(&mut self, program: usize) {
        self.screen = Screen::Home(Home {
            program,
            level: LevelChoice::Recommended,
        });
    }
}
