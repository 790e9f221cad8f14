//! The weekly rhythm home shows of a course: the week, a strip of the eight weeks, the next day
//! to train, the week's Learn module with the user's plan, and what is due.
//!
//! It is shown while the course runs and, once its weeks are over, until the review is answered;
//! after that only what is due (a follow-up) is, and nothing once that is answered too.

use jiff::ToSpan;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::{CourseDay, Due, State, local_date};
use crate::journal::{Learned, Record};
use crate::words::learn::MODULES;

/// What home shows of the latest course; `None` when it shows nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rhythm {
    /// The weeks, while they are shown.
    pub weeks: Option<Weeks>,
    /// What is due now, in the order to ask it.
    pub due: Vec<Due>,
}

/// The course's weeks as home shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Weeks {
    /// The course's program's id.
    pub program: String,
    /// The course week today is in (the last one once they are over).
    pub week: u32,
    pub weeks: u32,
    /// Whether the weeks are over (the review is then due).
    pub over: bool,
    /// One mark for each week, week 1 first.
    pub strip: Vec<WeekMark>,
    /// The next day to train on: the next planned day, after today when today's session is done.
    pub next: Option<Date>,
    /// The module offered this week (while the weeks run).
    pub module: Option<WeekModule>,
    /// The latest "what will you try this week?" line written during this course week.
    pub plan: Option<String>,
}

/// One week of the strip: the completed sessions against two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekMark {
    pub done: u32,
    /// Today is in this week.
    pub current: bool,
}

impl WeekMark {
    /// Two marks, one for each session of the week: `●●` both done, `●○` one, `○○` none; a week
    /// with more than two is `●●+`, so that the extra session is seen without widening the strip
    /// by more than one column. The current week is in brackets, `[●○]`, so that it does not
    /// rest on colour alone.
    pub fn text(self) -> String {
        let marks = match self.done {
            0 => "○○",
            1 => "●○",
            2 => "●●",
            _ => "●●+",
        };
        match self.current {
            true => format!("[{marks}]"),
            false => marks.to_string(),
        }
    }
}

/// The strip of all the weeks, one space between weeks: `●● ●○ [●○] ○○ ○○ ○○ ○○ ○○`.
pub fn strip_text(strip: &[WeekMark]) -> String {
    strip
        .iter()
        .map(|mark| mark.text())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The Learn module offered in a course week (an index into `MODULES`), and whether it was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekModule {
    pub index: usize,
    pub read: bool,
}

/// The module offered in course week `week`, given which modules were read before the week
/// began.
///
/// Week n offers module n: the first eight modules are in the order they build on each other,
/// one a week, so a user reading along meets them in that order. When module n was read
/// before the week began (the user read ahead), the week offers the first module not read by
/// then instead, so that something new is offered; when every module was read, module n again.
/// Module 9, when to seek help, is therefore offered only once the others are read: it is on
/// the Learn list at all times, and the warning signs it names are in every screen's help. The choice is fixed for the
/// week: reading the offered module during the week marks it read, it does not move on.
pub fn module_of_week(week: u32, read_before: impl Fn(&str) -> bool) -> usize {
    let last = MODULES.len() - 1;
    let own = usize::try_from(week)
        .unwrap_or(usize::MAX)
        .saturating_sub(1)
        .min(last);
    if !read_before(MODULES[own].id) {
        return own;
    }
    MODULES
        .iter()
        .position(|module| !read_before(module.id))
        .unwrap_or(own)
}

/// The first day of course week `week` (from 1) of a course that started on `start`.
pub fn week_start(start: Date, week: u32) -> Date {
    let days = i64::from(week.saturating_sub(1)).saturating_mul(7);
    start.checked_add(days.days()).unwrap_or(Date::MAX)
}

/// What home shows of `day`, the latest course as of the local day `today` in `zone`, with the
/// `records` it was worked out from (for the Learn modules read and the plans written).
pub fn rhythm(day: &CourseDay, records: &[Record], today: Date, zone: &TimeZone) -> Option<Rhythm> {
    let shown = match day.state {
        State::Running => true,
        State::Finished => day.due.contains(&Due::Review),
        State::Stopped => false,
    };
    let weeks = shown.then(|| weeks(day, records, today, zone));
    (weeks.is_some() || !day.due.is_empty()).then(|| Rhythm {
        weeks,
        due: day.due.clone(),
    })
}

fn weeks(day: &CourseDay, records: &[Record], today: Date, zone: &TimeZone) -> Weeks {
    let over = day.state == State::Finished;
    let strip = (1..)
        .zip(&day.done_by_week)
        .map(|(week, &done)| WeekMark {
            done,
            current: !over && week == day.week,
        })
        .collect();
    let learned: Vec<(&Learned, Date)> = records
        .iter()
        .filter_map(|record| match record {
            Record::Learned(learned) => Some((learned, local_date(learned.at, zone))),
            _ => None,
        })
        .collect();
    let begins = week_start(day.start, day.week);
    let ends = week_start(day.start, day.week + 1);
    let module = (!over).then(|| {
        let read_before =
            |id: &str| (learned.iter()).any(|(learned, on)| learned.module == id && *on < begins);
        let index = module_of_week(day.week, read_before);
        let read = (learned.iter()).any(|(learned, _)| learned.module == MODULES[index].id);
        WeekModule { index, read }
    });
    let plan = learned
        .iter()
        .filter(|(_, on)| !over && *on >= begins && *on < ends)
        .filter_map(|(learned, _)| Some((learned.at, learned.plan.as_deref()?)))
        .max_by_key(|(at, _)| *at)
        .map(|(_, plan)| plan.to_string());
    let next = match day.next_session {
        Some(next) if next == today && day.done_today => {
            day.planned.iter().copied().find(|planned| *planned > today)
        }
        next => next,
    };
    Weeks {
        program: day.course.program.clone(),
        week: day.week,
        weeks: day.course.weeks,
        over,
        strip,
        next,
        module,
        plan,
    }
}

#[cfg(test)]
mod tests;
