//! Starting a course from the app: the program, two training days, up to three goals in the
//! user's words with their ratings, last week's pain and confidence; then the records to write.
//!
//! Only the program and the days must be answered. A goal's field left empty ends the goals; a
//! rating can be skipped. The contract's `Measure` needs `pain_week`, so when last week's pain is
//! skipped no `Start` measure is written at all (the goals' and confidence's ratings given go
//! with it): the course then has no start measure, and the ratings are asked again at the next
//! start of the app, as after `ryg course start` on the command line. The contract's goal
//! ratings are by position, so only those before the first skipped one are kept.

use jiff::Timestamp;
use jiff::civil::Weekday;
use tui_input::Input;

use super::scale::{Rated, Scale};
use super::{App, Effect, Home, LevelChoice, Notice, Screen};
use crate::app::Action;
use ryg_core::course::{GOALS_MAX, State, WEEK, goal_ok, latest};
use ryg_core::journal::{Course, Measure, MeasurePoint, Record, whole_second};
use ryg_core::words::Lang;

/// Which question is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CourseStep {
    Program,
    Days,
    /// The n-th goal's text (from 0).
    Goal(usize),
    /// The n-th goal's rating, 0 cannot do it, 10 as before the back pain.
    GoalRating(usize),
    PainWeek,
    Confidence,
}

/// The answers so far.
#[derive(Clone, Debug)]
pub struct CourseStart {
    pub step: CourseStep,
    /// The program, an index into the catalog: the one chosen on home at first.
    pub program: usize,
    pub programs: usize,
    /// The day the arrows are on, Monday first.
    pub day: usize,
    /// The days chosen, in the order chosen.
    pub days: Vec<Weekday>,
    pub goals: Vec<String>,
    /// Each goal's rating, `None` when skipped.
    pub ratings: Vec<Option<u8>>,
    pub pain_week: Option<u8>,
    pub confidence: Option<u8>,
    /// The field being typed in.
    pub field: Input,
    /// The rating being chosen: none at first, or the earlier answer when asked again.
    pub scale: Scale,
    /// Why the last answer was not taken, in the user's language.
    pub problem: Option<String>,
}

/// What an action on the start leads to.
#[derive(Clone, Debug, PartialEq)]
pub enum StartOutcome {
    Asking,
    /// Esc on the first question: no course.
    Cancelled,
    /// The records to append, the course first.
    Done(Vec<Record>),
}

impl CourseStart {
    pub fn new(program: usize, programs: usize) -> CourseStart {
        CourseStart {
            step: CourseStep::Program,
            program,
            programs,
            day: 0,
            days: Vec::new(),
            goals: Vec::new(),
            ratings: Vec::new(),
            pain_week: None,
            confidence: None,
            field: Input::default(),
            scale: Scale::default(),
            problem: None,
        }
    }

    /// Applies `action`; `program_id` names a program by index, `wall` dates the records.
    pub fn act(
        &mut self,
        action: Action,
        lang: Lang,
        wall: Timestamp,
        program_id: impl Fn(usize) -> String,
    ) -> StartOutcome {
        self.problem = None;
        match (self.step, action) {
            (CourseStep::Program, Action::Back) => return StartOutcome::Cancelled,
            (_, Action::Back) => self.back(),
            (CourseStep::Program, Action::Up) => {
                self.program = (self.program + self.programs.max(1) - 1) % self.programs.max(1);
            }
            (CourseStep::Program, Action::Down) => {
                self.program = (self.program + 1) % self.programs.max(1)
            }
            (CourseStep::Program, Action::Confirm) => self.step = CourseStep::Days,
            (CourseStep::Days, Action::Up | Action::Left) => self.day = (self.day + 6) % 7,
            (CourseStep::Days, Action::Down | Action::Right) => self.day = (self.day + 1) % 7,
            (CourseStep::Days, Action::Digit(n @ 1..=7)) => self.toggle(usize::from(n) - 1),
            (CourseStep::Days, Action::Yes) => self.toggle(self.day),
            (CourseStep::Days, Action::Confirm) if self.days.len() == 2 => {
                self.step = CourseStep::Goal(0);
                self.field = Input::new(self.goals.first().cloned().unwrap_or_default());
            }
            (CourseStep::Days, Action::Confirm) => {
                self.problem = Some(ryg_core::words::course::DAYS_NOT_TWO.get(lang).to_string());
            }
            (CourseStep::Goal(_), Action::Edit(edit)) => {
                self.field.handle(edit.request());
            }
            (CourseStep::Goal(n), Action::Confirm) => self.take_goal(n, lang),
            // The rating takes the action in the guard; only the last answer ends the start.
            (CourseStep::GoalRating(_) | CourseStep::PainWeek | CourseStep::Confidence, _)
                if self.rate(action) =>
            {
                return self.finish(wall, program_id);
            }
            _ => {}
        }
        StartOutcome::Asking
    }

    /// Space or a digit chooses a day, or unchooses it; a third day takes the place of the first.
    fn toggle(&mut self, day: usize) {
        self.day = day;
        let weekday = WEEK[day];
        if let Some(at) = self.days.iter().position(|&d| d == weekday) {
            self.days.remove(at);
        } else {
            if self.days.len() == 2 {
                self.days.remove(0);
            }
            self.days.push(weekday);
        }
    }

    /// Enter in a goal's field: an empty field ends the goals, a goal too long or odd says why.
    fn take_goal(&mut self, n: usize, lang: Lang) {
        let text = self.field.value().trim().to_string();
        if text.is_empty() {
            self.goals.truncate(n);
            self.ratings.truncate(n);
            return self.ask_pain();
        }
        if let Err(why) = goal_ok(&text, lang) {
            self.problem = Some(why);
            return;
        }
        self.goals.truncate(n);
        self.goals.push(text);
        self.scale = Scale::at(self.ratings.get(n).copied().flatten());
        self.step = CourseStep::GoalRating(n);
    }

    fn ask_pain(&mut self) {
        self.scale = Scale::at(self.pain_week);
        self.step = CourseStep::PainWeek;
    }

    /// A rating question: the scale chooses, Enter takes it, Skip leaves it out. Returns true
    /// when the last question is answered.
    fn rate(&mut self, action: Action) -> bool {
        let Rated::Given(answer) = self.scale.act(action) else {
            return false;
        };
        match self.step {
            CourseStep::GoalRating(n) => {
                self.ratings.resize(n + 1, None);
                self.ratings[n] = answer;
                if n + 1 < GOALS_MAX {
                    self.step = CourseStep::Goal(n + 1);
                    self.field = Input::new(self.goals.get(n + 1).cloned().unwrap_or_default());
                } else {
                    self.ask_pain();
                }
                false
            }
            CourseStep::PainWeek => {
                self.pain_week = answer;
                self.scale = Scale::at(self.confidence);
                self.step = CourseStep::Confidence;
                false
            }
            _ => {
                self.confidence = answer;
                true
            }
        }
    }

    /// Esc: the question before, with its answer kept.
    fn back(&mut self) {
        self.step = match self.step {
            CourseStep::Program | CourseStep::Days => CourseStep::Program,
            CourseStep::Goal(0) => CourseStep::Days,
            CourseStep::Goal(n) => {
                self.scale = Scale::at(self.ratings.get(n - 1).copied().flatten());
                CourseStep::GoalRating(n - 1)
            }
            CourseStep::GoalRating(n) => {
                self.field = Input::new(self.goals[n].clone());
                CourseStep::Goal(n)
            }
            CourseStep::PainWeek => {
                let n = self.goals.len();
                self.field = Input::default();
                CourseStep::Goal(n.min(GOALS_MAX - 1))
            }
            CourseStep::Confidence => {
                self.scale = Scale::at(self.pain_week);
                CourseStep::PainWeek
            }
        };
    }

    /// The course, and the start measure when last week's pain was given.
    fn finish(&self, wall: Timestamp, program_id: impl Fn(usize) -> String) -> StartOutcome {
        let started = whole_second(wall);
        let mut records = vec![Record::Course(Course {
            started,
            program: program_id(self.program),
            weekdays: self.days.clone(),
            weeks: 8,
            goals: self.goals.clone(),
        })];
        if let Some(pain_week) = self.pain_week {
            records.push(Record::Measure(Measure {
                at: started,
                course: started,
                point: MeasurePoint::Start,
                pain_week,
                goals: self.ratings.iter().map_while(|rating| *rating).collect(),
                confidence: self.confidence,
                change: None,
                acceptable: None,
            }));
        }
        StartOutcome::Done(records)
    }
}

impl App {
    /// `c` on home: what the course asks for now, if anything; else the start of a course with
    /// the program chosen on home, unless one is running already (one course at a time, as on
    /// the command line).
    pub(super) fn open_course_start(&mut self, home: Home) {
        if self.open_course_check(home) {
            return;
        }
        let records = &self.history.records;
        if let Some(day) = latest(records, self.today, &self.time_zone)
            && day.state == State::Running
        {
            self.notice = Some(Notice::CourseRunning {
                week: day.week,
                weeks: day.course.weeks,
            });
            return;
        }
        let start = CourseStart::new(home.program, self.catalog.entries.len());
        self.screen = Screen::CourseStart(start, home);
    }

    /// An action on the start of a course: the records written and home once it is done, home
    /// as it was when it is given up.
    pub(super) fn act_on_course_start(
        &mut self,
        action: Action,
        wall: Timestamp,
        effects: &mut Vec<Effect>,
    ) {
        let Screen::CourseStart(start, home) = &mut self.screen else {
            return;
        };
        let (catalog, lang, home) = (&self.catalog, self.lang, *home);
        let id = |index: usize| catalog.entries[index].program.id.clone();
        let outcome = start.act(action, lang, wall, id);
        match outcome {
            StartOutcome::Asking => {}
            StartOutcome::Cancelled => self.screen = Screen::Home(home),
            StartOutcome::Done(records) => {
                let notice = Notice::CourseStarted {
                    program: start.program,
                    days: start.days.clone(),
                };
                self.screen = Screen::Home(Home {
                    program: start.program,
                    level: LevelChoice::Recommended,
                });
                for record in records {
                    self.append(record, effects);
                }
                self.notice = Some(notice);
            }
        }
    }
}

#[cfg(test)]
mod tests;
