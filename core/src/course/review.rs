//! What a review's (or a follow-up's) answers mean: the mean change in the goals since the
//! start, read against the sessions done, and the levels the course's sessions reached.
//!
//! The rule is the course's (SPEC.md "The course"): a mean goal gain of 2 points or more is a
//! real change; less after most of the sessions suggests asking a physiotherapist to look at the
//! plan; less after few sessions says, kindly, that more sessions may help. "Most" is
//! [`MOST_SESSIONS`] of the sixteen planned: three quarters, so that a missed week or two still
//! counts as having trained the course through.

use crate::journal::Record;

use super::{CourseDay, State, local_date, week_of};
use jiff::tz::TimeZone;

/// The sessions done, of the sixteen planned, from which the course counts as trained through.
pub const MOST_SESSIONS: u32 = 12;

/// The mean goal gain, in points, from which a change is called real.
pub const REAL_CHANGE_POINTS: i32 = 2;

/// What the goals' change means, when at least one goal was rated at the start and now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning {
    /// A mean gain of 2 points or more.
    RealChange,
    /// Less, after most of the sessions: a physiotherapist may look at the plan.
    LittleAfterMostSessions,
    /// Less, after few sessions: more sessions may help.
    LittleWithFewSessions,
}

/// The goals' change: the mean gain in tenths of a point, and what it means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GoalChange {
    /// The mean of now − then over the goals rated both times, in tenths of a point, rounded
    /// half away from zero.
    pub mean_tenths: i32,
    pub meaning: Meaning,
}

/// The goals' change between `then` (the start's ratings, by position) and `now`, read against
/// `sessions_done`; `None` when no goal was rated both times, so nothing is said about goals.
pub fn goal_change(
    then: &[Option<u8>],
    now: &[Option<u8>],
    sessions_done: u32,
) -> Option<GoalChange> {
    let gains: Vec<i32> = then
        .iter()
        .zip(now)
        .filter_map(|pair| match pair {
            (Some(then), Some(now)) => Some(i32::from(*now) - i32::from(*then)),
            _ => None,
        })
        .collect();
    let count = i32::try_from(gains.len()).ok().filter(|count| *count > 0)?;
    let sum: i32 = gains.iter().sum();
    // Compared in whole numbers: a mean of 2 or more is a sum of 2 × count or more.
    let meaning = if sum >= REAL_CHANGE_POINTS * count {
        Meaning::RealChange
    } else if sessions_done >= MOST_SESSIONS {
        Meaning::LittleAfterMostSessions
    } else {
        Meaning::LittleWithFewSessions
    };
    let tenths = sum * 10;
    let mean_tenths = (tenths + tenths.signum() * count / 2) / count;
    Some(GoalChange {
        mean_tenths,
        meaning,
    })
}

/// The levels a course's sessions were done at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Levels {
    pub first: u32,
    pub highest: u32,
    pub last: u32,
}

/// The levels of the completed sessions of the course's program within its weeks (the
/// sessions `done_by_week` counts), in the order they were started; `None` when there were none.
pub fn levels(records: &[Record], day: &CourseDay, zone: &TimeZone) -> Option<Levels> {
    // A stopped course has no review (nothing is due once it is stopped).
    if day.state == State::Stopped {
        return None;
    }
    let course = &day.course;
    let mut sessions: Vec<_> = records
        .iter()
        .filter_map(|record| match record {
            Record::Session(session) => Some(session),
            _ => None,
        })
        .filter(|session| {
            let week = week_of(day.start, local_date(session.started, zone));
            session.completed
                && session.program == course.program
                && session.started >= course.started
                && (1..=course.weeks).contains(&week)
        })
        .collect();
    sessions.sort_by_key(|session| session.started);
    let first = sessions.first()?.level;
    Some(Levels {
        first,
        highest: sessions
            .iter()
            .map(|session| session.level)
            .max()
            .unwrap_or(first),
        last: sessions.last().map_or(first, |session| session.level),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn real_change_of_two() -> GoalChange {
        GoalChange {
            mean_tenths: 20,
            meaning: Meaning::RealChange,
        }
    }

    #[test]
    fn a_mean_gain_of_two_is_a_real_change_whatever_the_sessions() {
        let change = goal_change(&[Some(3), Some(4)], &[Some(5), Some(6)], 3).unwrap();
        assert_eq!(change, real_change_of_two());
    }

    #[test]
    fn less_after_twelve_sessions_suggests_a_physiotherapist() {
        let then = [Some(3), Some(4)];
        let now = [Some(5), Some(5)];
        let change = goal_change(&then, &now, MOST_SESSIONS).unwrap();
        assert_eq!(change.meaning, Meaning::LittleAfterMostSessions);
        assert_eq!(change.mean_tenths, 15);
        let fewer = goal_change(&then, &now, MOST_SESSIONS - 1).unwrap();
        assert_eq!(fewer.meaning, Meaning::LittleWithFewSessions);
    }

    #[test]
    fn only_goals_rated_both_times_count() {
        // The second goal was not rated at the start, the third not now: only the first counts.
        let change = goal_change(&[Some(2), None, Some(1)], &[Some(4), Some(9), None], 16).unwrap();
        assert_eq!(change, real_change_of_two());
    }

    #[test]
    fn no_goal_rated_both_times_says_nothing_about_goals() {
        assert_eq!(goal_change(&[], &[], 16), None);
        assert_eq!(goal_change(&[None, Some(3)], &[Some(5), None], 16), None);
        // Ratings now for goals with none at the start (a course begun on the command line).
        assert_eq!(goal_change(&[], &[Some(5)], 16), None);
    }

    #[test]
    fn a_loss_is_less_than_a_real_change_and_its_mean_rounds_away_from_zero() {
        let change = goal_change(
            &[Some(5), Some(5), Some(5)],
            &[Some(4), Some(4), Some(5)],
            2,
        )
        .unwrap();
        assert_eq!(change.meaning, Meaning::LittleWithFewSessions);
        assert_eq!(change.mean_tenths, -7, "−2/3 of a point");
    }

    #[test]
    fn just_under_two_is_not_a_real_change() {
        let change = goal_change(
            &[Some(0), Some(0), Some(0)],
            &[Some(2), Some(2), Some(1)],
            16,
        )
        .unwrap();
        assert_eq!(change.meaning, Meaning::LittleAfterMostSessions);
        assert_eq!(change.mean_tenths, 17);
    }

    /// The course of the contract's example, and sessions (day, program, level, completed).
    fn day_with(sessions: &[(&str, &str, u32, bool)]) -> (Vec<Record>, CourseDay) {
        let mut text = String::from(
            "Course(started: \"2026-12-01T08:00:00Z\", program: \"lower-back\", weekdays: [Mon, Thu], weeks: 8, goals: [])\n",
        );
        for (day, program, level, completed) in sessions {
            text.push_str(&format!(
                "Session(started: \"{day}T17:00:00Z\", finished: \"{day}T17:20:00Z\", program: \"{program}\", \
                 level: {level}, completed: {completed}, reps_done: 9, reps_planned: 9, pain_before: 3, pain_after: Some(3))\n"
            ));
        }
        let history = crate::journal::History::parse(&text);
        assert_eq!(history.skipped, []);
        let day = super::super::latest(
            &history.records,
            jiff::civil::date(2027, 1, 27),
            &TimeZone::UTC,
        )
        .unwrap();
        (history.records, day)
    }

    #[test]
    fn the_levels_are_those_of_the_courses_completed_sessions_within_its_weeks() {
        let (records, day) = day_with(&[
            // Before the course, another program, not completed, after its weeks: none count.
            ("2026-11-30", "lower-back", 4, true),
            ("2026-12-03", "gentle-start", 3, true),
            ("2026-12-07", "lower-back", 4, false),
            ("2027-01-26", "lower-back", 4, true),
            // Written out of order: the first is the one started first.
            ("2026-12-10", "lower-back", 2, true),
            ("2026-12-03", "lower-back", 1, true),
            ("2027-01-04", "lower-back", 3, true),
            ("2027-01-21", "lower-back", 2, true),
        ]);
        assert_eq!(
            levels(&records, &day, &TimeZone::UTC),
            Some(Levels {
                first: 1,
                highest: 3,
                last: 2
            })
        );
        let (records, day) = day_with(&[("2026-12-03", "gentle-start", 3, true)]);
        assert_eq!(levels(&records, &day, &TimeZone::UTC), None);
    }
}
