//! What a course asks of the user on a day: a week's check-in, the review, a follow-up.

use jiff::ToSpan;
use jiff::civil::Date;

use crate::journal::{Measure, MeasurePoint};

/// The follow-ups, in months after the course's start.
pub const FOLLOW_UP_MONTHS: [u32; 3] = [3, 6, 12];

/// Something the course asks for now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// Week n's check-in: last week's pain and the goals re-rated.
    CheckIn(u32),
    /// The review after the last week.
    Review,
    /// The follow-up n months after the start.
    FollowUp(u32),
}

impl Due {
    /// The stable word `ryg course --json` uses: `check-in-2`, `review`, `follow-up-3`.
    pub fn word(self) -> String {
        match self {
            Due::CheckIn(week) => format!("check-in-{week}"),
            Due::Review => "review".to_string(),
            Due::FollowUp(months) => format!("follow-up-{months}"),
        }
    }
}

/// A follow-up's date and whether it was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FollowUpDue {
    pub months: u32,
    /// The course's start date plus that many calendar months (the 31st becomes the month's
    /// last day where the month is shorter).
    pub due: Date,
    /// A `Measure` with that `Months(n)` point exists.
    pub done: bool,
}

fn answered(measures: &[&Measure], point: MeasurePoint) -> bool {
    measures.iter().any(|measure| measure.point == point)
}

/// The course's three follow-ups.
pub(super) fn follow_ups(start: Date, measures: &[&Measure]) -> Vec<FollowUpDue> {
    FOLLOW_UP_MONTHS
        .iter()
        .map(|&months| FollowUpDue {
            months,
            due: start
                .checked_add(i64::from(months).months())
                .unwrap_or(Date::MAX),
            done: answered(measures, MeasurePoint::Months(months)),
        })
        .collect()
}

/// What is due on `today` for a course that started on `start` and was not stopped.
///
/// - `check-in-N` (N from 1 to the week before the last): from the day after week N ends, all
///   through week N+1, until a `Week(N)` measure is written. It asks about last week, so once
///   week N+1 is over it is no longer asked (week N+1's own check-in is).
/// - `review`: from the day after the last week ends until an `End` measure is written; the last
///   week has no check-in of its own, the review takes its place.
/// - `follow-up-M`: from the start date plus M months until a `Months(M)` measure is written or
///   the next follow-up's date comes (the 12-month one stays until answered).
pub(super) fn due_on(
    today: Date,
    start: Date,
    weeks: u32,
    measures: &[&Measure],
    follow_ups: &[FollowUpDue],
) -> Vec<Due> {
    let mut due = Vec::new();
    let week = super::week_of(start, today);
    if let Some(ended) = week.checked_sub(1)
        && ended >= 1
        && ended < weeks
        && !answered(measures, MeasurePoint::Week(ended))
    {
        due.push(Due::CheckIn(ended));
    }
    if week > weeks && !answered(measures, MeasurePoint::End) {
        due.push(Due::Review);
    }
    for (index, follow_up) in follow_ups.iter().enumerate() {
        let next = follow_ups.get(index + 1).map(|next| next.due);
        let open = today >= follow_up.due && next.is_none_or(|next| today < next);
        if open && !follow_up.done {
            due.push(Due::FollowUp(follow_up.months));
        }
    }
    due
}
