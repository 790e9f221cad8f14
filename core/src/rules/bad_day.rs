//! The bad-day offer on the pain question before a session (docs/pain-rules.md, "On the day").

use jiff::ToSpan;

use crate::journal::SessionRecord;

use super::level::{Today, twice_median};

/// Pain before of this much or more is a bad day whatever the usual pain is.
pub const BAD_DAY_PAIN: u8 = 7;
/// Pain before this many points above the usual is a bad day too.
pub const BAD_DAY_ABOVE_USUAL: u8 = 3;
/// The usual pain is the median pain before of the sessions of this many days before today.
pub const USUAL_OVER_DAYS: i32 = 14;

/// Whether a pain before of `pain_before` today makes a bad day, on which a gentler session is
/// offered: 7 or more, or at least 3 above the median pain before of `sessions` (every program's)
/// whose local date is within the 14 days before `today` (today included, so a second session
/// on one day counts the first). With no such session only the first test applies.
pub fn is_bad_day<'a>(
    pain_before: u8,
    sessions: impl IntoIterator<Item = &'a SessionRecord>,
    today: Today<'_>,
) -> bool {
    if pain_before >= BAD_DAY_PAIN {
        return true;
    }
    let from = today
        .date
        .checked_sub(USUAL_OVER_DAYS.days())
        .unwrap_or(today.date);
    let mut usual: Vec<u8> = sessions
        .into_iter()
        .filter(|session| {
            let date = today.time_zone.to_datetime(session.started).date();
            from <= date && date <= today.date
        })
        .map(|session| session.pain_before)
        .collect();
    twice_median(&mut usual).is_some_and(|twice_median| {
        2 * u16::from(pain_before) >= twice_median + 2 * u16::from(BAD_DAY_ABOVE_USUAL)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::zone_tests::session_days_before;
    use jiff::civil::Date;
    use jiff::tz::TimeZone;

    const TODAY: &str = "2026-11-30";

    /// A session `days_ago` days before today with pain `before` before it.
    fn before(days_ago: i32, before: u8) -> SessionRecord {
        let today: Date = TODAY.parse().unwrap();
        session_days_before(today, days_ago, (2, before, Some(before), true))
    }

    fn bad(pain: u8, sessions: &[SessionRecord]) -> bool {
        let today = Today {
            date: TODAY.parse().unwrap(),
            time_zone: &TimeZone::UTC,
        };
        is_bad_day(pain, sessions, today)
    }

    #[test]
    fn seven_or_more_is_a_bad_day_whatever_the_usual() {
        assert!(bad(7, &[]));
        assert!(bad(10, &[before(2, 7), before(4, 8)]));
        assert!(!bad(6, &[]));
        assert!(!bad(0, &[]));
    }

    #[test]
    fn three_above_the_median_of_the_last_14_days_is_a_bad_day() {
        let usual = [before(1, 2), before(3, 3), before(5, 2)];
        assert!(bad(5, &usual), "median 2, 5 is 3 above");
        assert!(!bad(4, &usual), "2 above is a usual day");
        // An even count: the median of 2 and 3 is 2.5, so 5 is 2.5 above and 6 is 3.5.
        let even = [before(1, 2), before(3, 3)];
        assert!(!bad(5, &even));
        assert!(bad(6, &even));
    }

    #[test]
    fn only_the_14_days_before_today_count() {
        // Low pain long ago does not make today's usual pain low.
        let old = [before(15, 1), before(20, 0), before(3, 4)];
        assert!(!bad(6, &old), "the usual is 4");
        assert!(bad(4, &[before(14, 1)]), "14 days ago still counts");
        assert!(!bad(4, &[before(15, 1)]), "15 days ago does not");
        assert!(bad(3, &[before(0, 0)]), "earlier today counts");
        assert!(
            !bad(3, &[before(-1, 0)]),
            "a session dated after today does not"
        );
    }
}
