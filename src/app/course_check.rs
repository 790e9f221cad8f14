//! A course's measures asked in the app: the first ratings of a course begun on the command
//! line, the weekly check-in, the review after the last week and the follow-ups; and when they
//! are asked.
//!
//! - Asked at the app's start, once the safety check is clear, before home, when the latest
//!   course asks for something (the first ratings of a running course with no `Start` measure
//!   come first, then the first of what is due); not when `ryg start` goes straight into a
//!   session. `c` on home opens it later; Esc ("later") goes home at any question, and the
//!   app's start is the only moment it opens by itself, so it is not asked again in that run.
//! - Last week's pain is asked first: the contract's `Measure` needs it, so skipping it ends the
//!   check with nothing written, and what was due stays due. Nothing is written before the last
//!   answer, so "later" never leaves half a measure.
//! - `c` opens what is due for a course that has ended too (its review, a follow-up): the next
//!   course starts from `c` once that is answered (or from `ryg course start`), since a
//!   follow-up is the one moment the course's lasting change is measured.
//! - The first ratings of a course that is already over are not asked: rated after the weeks,
//!   they would stand as "then" for a review of the same day.
//! - The review and the follow-ups ask the ratings (and confidence), show the weeks then → now,
//!   ask the global rating of change and "acceptable?", write the measure, then say what the
//!   change means ([`ryg_core::course::goal_change`]) and how to keep going.

use jiff::Timestamp;

use super::scale::{Rated, Scale};
use super::{App, Effect, Home, Notice, Route, Screen};
use crate::app::Action;
use ryg_core::course::{CourseDay, GoalChange, Levels, State, goal_change, latest, levels};
use ryg_core::journal::{Change, Measure, MeasurePoint, Record, whole_second};
use ryg_core::visible::visible;

/// What a course asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckKind {
    /// The first ratings, for a course with no `Start` measure.
    Start,
    /// Week n's check-in.
    Week(u32),
    Review,
    /// The follow-up n months after the start.
    FollowUp(u32),
}

impl CheckKind {
    fn point(self) -> MeasurePoint {
        match self {
            CheckKind::Start => MeasurePoint::Start,
            CheckKind::Week(week) => MeasurePoint::Week(week),
            CheckKind::Review => MeasurePoint::End,
            CheckKind::FollowUp(months) => MeasurePoint::Months(months),
        }
    }

    /// The review and the follow-ups look back on the whole course.
    pub fn looks_back(self) -> bool {
        matches!(self, CheckKind::Review | CheckKind::FollowUp(_))
    }
}

/// Which question is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckStep {
    PainWeek,
    /// The n-th goal's rating (from 0).
    Goal(usize),
    Confidence,
    /// The course then → now.
    Summary,
    /// The global rating of change.
    Change,
    Acceptable,
    /// What the change means, once the measure is written.
    Meaning,
}

/// A course's measure being asked.
#[derive(Clone, Debug)]
pub struct CourseCheck {
    pub kind: CheckKind,
    /// The course's `started`: its id.
    pub course: Timestamp,
    pub program: String,
    pub goals: Vec<String>,
    /// The start's ratings, by goal; last week's pain and confidence at the start.
    pub goals_then: Vec<Option<u8>>,
    pub pain_then: Option<u8>,
    pub confidence_then: Option<u8>,
    pub sessions_done: u32,
    pub sessions_planned: usize,
    pub levels: Option<Levels>,
    pub step: CheckStep,
    pub scale: Scale,
    pub pain_week: Option<u8>,
    pub ratings: Vec<Option<u8>>,
    pub confidence: Option<u8>,
    /// The answer of the global rating of change the arrows are on (an index into
    /// [`Change::ALL`]), none at first.
    pub change_at: Option<usize>,
    /// Enter was pressed with no change chosen.
    pub change_without_answer: bool,
    pub change: Option<Change>,
    pub acceptable: Option<bool>,
    /// What the goals' change means, once the measure is written.
    pub goal_change: Option<GoalChange>,
}

/// What an action on the check leads to.
#[derive(Clone, Debug, PartialEq)]
pub enum CheckOutcome {
    Asking,
    /// Esc: home, nothing written.
    Later,
    /// Last week's pain was skipped: home, nothing written.
    NotKept,
    /// The measure to write; the check stays on screen when it has more to say.
    Write(Measure),
    /// Done with the meaning: home.
    Home,
}

impl CourseCheck {
    /// Applies `action`; `wall` dates the measure.
    pub fn act(&mut self, action: Action, wall: Timestamp) -> CheckOutcome {
        if self.step == CheckStep::Meaning {
            return match action {
                Action::Confirm | Action::Back => CheckOutcome::Home,
                _ => CheckOutcome::Asking,
            };
        }
        if action == Action::Back {
            return CheckOutcome::Later;
        }
        match self.step {
            CheckStep::PainWeek | CheckStep::Goal(_) | CheckStep::Confidence => {
                if let Rated::Given(answer) = self.scale.act(action) {
                    return self.rated(answer, wall);
                }
            }
            CheckStep::Summary if action == Action::Confirm => self.step = CheckStep::Change,
            CheckStep::Change => self.choose_change(action),
            CheckStep::Acceptable => {
                self.acceptable = match action {
                    Action::Yes => Some(true),
                    Action::No => Some(false),
                    Action::Skip => None,
                    _ => return CheckOutcome::Asking,
                };
                self.goal_change = goal_change(&self.goals_then, &self.ratings, self.sessions_done);
                self.step = CheckStep::Meaning;
                return CheckOutcome::Write(self.measure(wall));
            }
            _ => {}
        }
        CheckOutcome::Asking
    }

    /// A rating answered (`None`: skipped): the next question, or the measure.
    fn rated(&mut self, answer: Option<u8>, wall: Timestamp) -> CheckOutcome {
        self.scale = Scale::default();
        match self.step {
            CheckStep::PainWeek => {
                let Some(pain) = answer else {
                    return CheckOutcome::NotKept;
                };
                self.pain_week = Some(pain);
                return self.after_goal(None, wall);
            }
            CheckStep::Goal(n) => {
                self.ratings.push(answer);
                return self.after_goal(Some(n), wall);
            }
            _ => self.confidence = answer,
        }
        match self.kind {
            CheckKind::Start | CheckKind::Week(_) => CheckOutcome::Write(self.measure(wall)),
            _ => {
                self.step = CheckStep::Summary;
                CheckOutcome::Asking
            }
        }
    }

    /// After goal `n` (or last week's pain): the next goal, confidence, or the check-in's end.
    fn after_goal(&mut self, n: Option<usize>, wall: Timestamp) -> CheckOutcome {
        let next = n.map_or(0, |n| n + 1);
        self.step = if next < self.goals.len() {
            CheckStep::Goal(next)
        } else if let CheckKind::Week(_) = self.kind {
            return CheckOutcome::Write(self.measure(wall));
        } else {
            CheckStep::Confidence
        };
        CheckOutcome::Asking
    }

    /// The seven answers: arrows (from the middle), 1–7, Enter, `s`.
    fn choose_change(&mut self, action: Action) {
        let last = Change::ALL.len() - 1;
        self.change_without_answer = false;
        let middle = Change::ALL.len() / 2;
        match action {
            Action::Up => {
                self.change_at = Some(self.change_at.map_or(middle, |at| at.saturating_sub(1)))
            }
            Action::Down => {
                self.change_at = Some(self.change_at.map_or(middle, |at| (at + 1).min(last)))
            }
            Action::Digit(d @ 1..=7) => self.change_at = Some(usize::from(d) - 1),
            Action::Confirm => match self.change_at {
                Some(at) => {
                    self.change = Change::ALL.get(at).copied();
                    self.step = CheckStep::Acceptable;
                }
                None => self.change_without_answer = true,
            },
            Action::Skip => {
                self.change = None;
                self.step = CheckStep::Acceptable;
            }
            _ => {}
        }
    }

    fn measure(&self, wall: Timestamp) -> Measure {
        Measure {
            at: whole_second(wall),
            course: self.course,
            point: self.kind.point(),
            pain_week: self.pain_week.unwrap_or_default(),
            // The contract's ratings are by position: those before the first skipped one.
            goals: self.ratings.iter().map_while(|rating| *rating).collect(),
            confidence: self.confidence,
            change: self.change,
            acceptable: self.acceptable,
        }
    }
}

/// What a course, as of today, asks for now: its first ratings while it runs without them, else
/// the first thing due.
fn asks(day: &CourseDay) -> Option<CheckKind> {
    if day.state == State::Running && day.ratings.pain_week.start.is_none() {
        return Some(CheckKind::Start);
    }
    day.due.first().map(|due| match *due {
        ryg_core::course::Due::CheckIn(week) => CheckKind::Week(week),
        ryg_core::course::Due::Review => CheckKind::Review,
        ryg_core::course::Due::FollowUp(months) => CheckKind::FollowUp(months),
    })
}

impl App {
    /// What the latest course asks for now, if anything.
    pub fn course_asks(&self) -> Option<CheckKind> {
        asks(&latest(&self.history.records, self.today, &self.time_zone)?)
    }

    /// The check the latest course asks for now, ready to be asked.
    fn course_check_due(&self) -> Option<CourseCheck> {
        let day = latest(&self.history.records, self.today, &self.time_zone)?;
        Some(self.course_check(asks(&day)?, &day))
    }

    /// The check of `kind` for the course as of today, `day`.
    fn course_check(&self, kind: CheckKind, day: &CourseDay) -> CourseCheck {
        let records = &self.history.records;
        let id = whole_second(day.course.started);
        let confidence_then = records.iter().rev().find_map(|record| match record {
            Record::Measure(m)
                if m.point == MeasurePoint::Start && whole_second(m.course) == id =>
            {
                Some(m.confidence)
            }
            _ => None,
        });
        CourseCheck {
            kind,
            course: day.course.started,
            program: visible(&day.course.program).into_owned(),
            // The goals come from the history file: shown, never sent, as the commands do.
            goals: (day.course.goals.iter())
                .map(|goal| visible(goal).into_owned())
                .collect(),
            goals_then: day
                .ratings
                .goals
                .iter()
                .map(|goal| goal.rating.start)
                .collect(),
            pain_then: day.ratings.pain_week.start,
            confidence_then: confidence_then.flatten(),
            sessions_done: day.sessions_done(),
            sessions_planned: day.planned.len(),
            levels: levels(records, day, &self.time_zone),
            step: CheckStep::PainWeek,
            scale: Scale::default(),
            pain_week: None,
            ratings: Vec::new(),
            confidence: None,
            change_at: None,
            change_without_answer: false,
            change: None,
            acceptable: None,
            goal_change: None,
        }
    }

    /// The screen the app opens on once nothing stands in the way: what the course asks for,
    /// before home; else where `route` goes.
    pub(super) fn opening(&self, route: Route, wall: Timestamp) -> Screen {
        if let Route::Home { program, level } = route
            && let Some(check) = self.course_check_due()
        {
            return Screen::CourseCheck(check, Home { program, level });
        }
        self.follow(route, wall)
    }

    /// `c` on home when the course asks for something: that.
    pub(super) fn open_course_check(&mut self, home: Home) -> bool {
        let Some(check) = self.course_check_due() else {
            return false;
        };
        self.screen = Screen::CourseCheck(check, home);
        true
    }

    pub(super) fn act_on_course_check(
        &mut self,
        action: Action,
        wall: Timestamp,
        effects: &mut Vec<Effect>,
    ) {
        let Screen::CourseCheck(check, home) = &mut self.screen else {
            return;
        };
        let home = *home;
        match check.act(action, wall) {
            CheckOutcome::Asking => {}
            CheckOutcome::Later | CheckOutcome::Home => self.screen = Screen::Home(home),
            CheckOutcome::NotKept => {
                self.screen = Screen::Home(home);
                self.notice = Some(Notice::CourseCheckNotKept);
            }
            CheckOutcome::Write(measure) => {
                if check.step != CheckStep::Meaning {
                    self.screen = Screen::Home(home);
                    self.notice = Some(Notice::CourseCheckKept);
                }
                self.append(Record::Measure(measure), effects);
            }
        }
    }
}
