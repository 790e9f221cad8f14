//! The eight-week course as of a day: its week, its planned days, the sessions done and what is due.
//!
//! Everything is counted on the local calendar: the course's records hold UTC times, which are
//! read as dates in the time zone passed in (the one the user is in now). Week 1 is the 7 days
//! from the start's local date, week n the 7 days after week n−1; a day is a calendar day, so a
//! daylight-saving change (a 23- or 25-hour day) never moves a week's end, and after a move to
//! another zone every date, the start's included, is read in the new zone.

mod due;
mod ratings;
mod review;
mod rhythm;
mod start;

pub use due::{Due, FOLLOW_UP_MONTHS, FollowUpDue};
pub use ratings::{GoalRatings, Ratings, Then};
pub use review::{
    GoalChange, Levels, MOST_SESSIONS, Meaning, REAL_CHANGE_POINTS, goal_change, levels,
};
pub use rhythm::{
    Rhythm, WeekMark, WeekModule, Weeks, module_of_week, rhythm, strip_text, week_start,
};
pub use start::{GOAL_LIMIT, GOALS_MAX, day_word, goal_ok, goals_ok, weekdays};

use jiff::civil::{Date, Weekday};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

use crate::journal::{Course, Measure, Record, whole_second};

/// The days of the week, Monday first.
pub const WEEK: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

/// Where a course stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Today is within its weeks.
    Running,
    /// Its weeks are over (the review may still be due).
    Finished,
    /// The user ended it early.
    Stopped,
}

impl State {
    /// The stable word `ryg course --json` uses.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Running => "running",
            State::Finished => "finished",
            State::Stopped => "stopped",
        }
    }
}

/// The latest course as of one local day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseDay {
    pub course: Course,
    pub state: State,
    /// The local date it started on: the first day of week 1.
    pub start: Date,
    /// The course week today is in, from 1; it stays at the last week after the course ends,
    /// and for a stopped course it is the week it was stopped in.
    pub week: u32,
    /// The course's weekdays within its weeks, in order: two a week, sixteen in all.
    pub planned: Vec<Date>,
    /// The planned days before today; today's session may still be done.
    pub sessions_due_so_far: usize,
    /// The first planned day from today on; `None` after the last, and once stopped.
    pub next_session: Option<Date>,
    /// Completed sessions of the course's program in each course week, week 1 first.
    pub done_by_week: Vec<u32>,
    /// Whether a completed session of the course's program was done today.
    pub done_today: bool,
    pub ratings: Ratings,
    /// What the user is asked for now, in the order to ask it.
    pub due: Vec<Due>,
    pub follow_ups: Vec<FollowUpDue>,
}

impl CourseDay {
    /// The completed sessions of the course's program within its weeks.
    pub fn sessions_done(&self) -> u32 {
        self.done_by_week.iter().sum()
    }

    /// Whether today is one of the planned days and its session is not done yet.
    pub fn session_today(&self, today: Date) -> bool {
        self.state == State::Running && self.next_session == Some(today) && !self.done_today
    }
}

/// The local date of `at` in `zone`.
pub fn local_date(at: Timestamp, zone: &TimeZone) -> Date {
    at.to_zoned(zone.clone()).date()
}

/// The course week (from 1) that `date` falls in, for a course that started on `start`; 0
/// before the start.
pub fn week_of(start: Date, date: Date) -> u32 {
    let days = (date - start).get_days();
    if date < start {
        return 0;
    }
    // `date - start` is in days only for civil dates, so this is a count of calendar days.
    u32::try_from(days / 7 + 1).unwrap_or(u32::MAX)
}

/// The first day after a course's weeks.
fn end_of(start: Date, weeks: u32) -> Date {
    start
        .checked_add(i64::from(weeks).saturating_mul(7).days())
        .unwrap_or(Date::MAX)
}

/// The latest course in `records` (the one started last; of equal starts, the one written last)
/// as of the local day `today` in `zone`; `None` when no course was ever started.
pub fn latest(records: &[Record], today: Date, zone: &TimeZone) -> Option<CourseDay> {
    let course = records
        .iter()
        .filter_map(|record| match record {
            Record::Course(course) => Some(course),
            _ => None,
        })
        .max_by_key(|course| course.started)?
        .clone();
    let id = whole_second(course.started);
    let of_course = |at: Timestamp| whole_second(at) == id;
    let stopped_at = records.iter().find_map(|record| match record {
        Record::CourseStopped(stopped) if of_course(stopped.course) => Some(stopped.at),
        _ => None,
    });
    let measures: Vec<&Measure> = records
        .iter()
        .filter_map(|record| match record {
            Record::Measure(measure) if of_course(measure.course) => Some(measure),
            _ => None,
        })
        .collect();
    let start = local_date(course.started, zone);
    let end = end_of(start, course.weeks);
    let state = match stopped_at {
        Some(_) => State::Stopped,
        None if today >= end => State::Finished,
        None => State::Running,
    };
    // A stopped course stands still on the day it was stopped.
    let as_of = stopped_at.map_or(today, |at| local_date(at, zone).min(today));
    let planned = planned_days(start, end, &course.weekdays);
    let sessions_due_so_far = planned.iter().filter(|day| **day < today).count();
    let next_session = match state {
        State::Stopped => None,
        _ => planned.iter().copied().find(|day| *day >= today),
    };
    let mut done_by_week = vec![0; usize::try_from(course.weeks).unwrap_or(0)];
    let mut done_today = false;
    for record in records {
        let Record::Session(session) = record else {
            continue;
        };
        let counts = session.completed
            && session.program == course.program
            && session.started >= course.started
            && stopped_at.is_none_or(|stop| session.started <= stop);
        if !counts {
            continue;
        }
        let day = local_date(session.started, zone);
        let week = week_of(start, day);
        if let Some(done) = usize::try_from(week)
            .ok()
            .and_then(|week| week.checked_sub(1))
            .and_then(|index| done_by_week.get_mut(index))
        {
            *done += 1;
        }
        done_today |= day == today;
    }
    let week = week_of(start, as_of).clamp(1, course.weeks.max(1));
    let ratings = Ratings::of(&course, &measures);
    let follow_ups = due::follow_ups(start, &measures);
    let due = match state {
        State::Stopped => Vec::new(),
        _ => due::due_on(today, start, course.weeks, &measures, &follow_ups),
    };
    Some(CourseDay {
        course,
        state,
        start,
        week,
        planned,
        sessions_due_so_far,
        next_session,
        done_by_week,
        done_today,
        ratings,
        due,
        follow_ups,
    })
}

/// The days from `start` up to `end` (not included) that fall on one of `weekdays`.
fn planned_days(start: Date, end: Date, weekdays: &[Weekday]) -> Vec<Date> {
    start
        .series(1.day())
        .take_while(|day| *day < end)
        .filter(|day| weekdays.contains(&day.weekday()))
        .collect()
}

#[cfg(test)]
mod tests;
