//! Records dated in the future (a clock set wrong, a line written by hand): listed, not counted.

use jiff::{SignedDuration, Timestamp};

use super::read::History;
use super::record::Record;

/// How far ahead of this computer's clock a record may be dated and still count: another
/// computer's clock, or this one set right since, may be a little ahead.
pub const CLOCK_SKEW: SignedDuration = SignedDuration::from_mins(5);

/// The last moment a record may be dated and still count for the rules at `now`.
pub fn counted_until(now: Timestamp) -> Timestamp {
    now.checked_add(CLOCK_SKEW).unwrap_or(now)
}

/// A record that is not counted because of its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotCounted {
    Session(Timestamp),
    Screening(Timestamp),
}

/// Whether `record` is dated by `until`. A follow-up has no date of its own: it counts with
/// the session it is about.
fn dated_by(record: &Record, until: Timestamp) -> bool {
    match record {
        Record::Session(session) => session.started <= until,
        Record::Screening(screening) => screening.at <= until,
        Record::FollowUp(_) => true,
        Record::Course(course) => course.started <= until,
        Record::Measure(measure) => measure.at <= until,
        Record::CourseStopped(stopped) => stopped.at <= until,
        Record::Learned(learned) => learned.at <= until,
    }
}

impl History {
    /// The sessions and safety checks dated after `until`, in the file's order.
    pub fn dated_after(&self, until: Timestamp) -> Vec<NotCounted> {
        self.records
            .iter()
            .filter(|record| !dated_by(record, until))
            .filter_map(|record| match record {
                Record::Session(session) => Some(NotCounted::Session(session.started)),
                Record::Screening(screening) => Some(NotCounted::Screening(screening.at)),
                // Left out like the others, but not named: they change no level.
                _ => None,
            })
            .collect()
    }

    /// The history as the rules judge it at `until`: without what is dated after it. The
    /// records stay in the file and in every listing.
    pub fn counted(&self, until: Timestamp) -> History {
        History {
            records: self
                .records
                .iter()
                .filter(|record| dated_by(record, until))
                .cloned()
                .collect(),
            skipped: self.skipped.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::Lang;

    #[test]
    fn what_is_dated_after_the_skew_is_named_and_left_out() {
        let history = History::parse(
            "Screening(at: \"2026-11-20T07:58:12Z\", clear: true)\n\
             Session(started: \"2036-03-01T08:00:00Z\", finished: \"2036-03-01T08:10:00Z\", program: \"p\", level: 1, completed: true, reps_done: 1, reps_planned: 1, pain_before: 1, pain_after: Some(1))\n\
             Screening(at: \"2026-11-20T08:04:00Z\", clear: true)\n\
             Screening(at: \"2026-11-20T08:06:00Z\", clear: false)\n",
        );
        let until = counted_until("2026-11-20T08:00:00Z".parse().unwrap());
        let future = history.dated_after(until);
        assert_eq!(
            future,
            [
                NotCounted::Session("2036-03-01T08:00:00Z".parse().unwrap()),
                NotCounted::Screening("2026-11-20T08:06:00Z".parse().unwrap()),
            ]
        );
        assert_eq!(history.counted(until).records.len(), 2);
        assert_eq!(
            future[0].render("history.ron", Lang::Nb),
            "history.ron: en økt datert i fremtiden telles ikke med (2036-03-01T08:00:00Z)"
        );
    }
}
