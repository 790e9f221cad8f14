//! The counts the history screen shows: how often, how long, and the rhythm of two sessions a week.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

use super::record::SessionRecord;

/// How many sessions a week keep the rhythm (GLA:D Ryg trains twice a week).
pub const SESSIONS_A_WEEK: u32 = 2;

/// What a list of sessions adds up to, seen from one day.
///
/// Every recorded session counts, finished or not, so the numbers agree with the rows of the
/// table. Days and weeks are calendar ones in the user's time zone; a week starts on Monday.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Sessions started today or on the six days before.
    pub last_7_days: usize,
    /// Sessions started today or on the 27 days before.
    pub last_28_days: usize,
    /// The time spent in every session, rounded to the nearest minute.
    pub total_minutes: u64,
    /// Weeks in a row, up to this one, with at least two sessions each. This week counts once it
    /// has two; until then it does not break a run that ended last week.
    pub weeks_in_a_row: u32,
}

impl Counts {
    /// The counts of `newest_first` (sessions in order from the newest) on the day of `now`.
    pub fn of<'a, I>(newest_first: I, now: Timestamp, time_zone: &TimeZone) -> Counts
    where
        I: IntoIterator<Item = &'a SessionRecord>,
        I::IntoIter: Clone,
    {
        let sessions = newest_first.into_iter();
        let seconds: i64 = sessions
            .clone()
            .map(|session| session.finished.duration_since(session.started).as_secs())
            .filter(|secs| *secs > 0)
            .sum();
        let today = time_zone.to_datetime(now).date();
        let mut counts = Counts {
            total_minutes: (seconds.unsigned_abs() + 30) / 60,
            ..Counts::default()
        };
        let mut weeks = Weeks::new(today);
        for session in sessions {
            // A session dated after today (a clock put back) counts as today's.
            let day = time_zone.to_datetime(session.started).date().min(today);
            let days_ago = days_between(day, today);
            if days_ago < 7 {
                counts.last_7_days += 1;
            }
            if days_ago < 28 {
                counts.last_28_days += 1;
            }
            weeks.add(day);
            // Sessions come newest first, so once both counts and the run are settled, no older
            // session can change them: a long history costs only its last weeks.
            if days_ago >= 28 && weeks.run_is_over() {
                break;
            }
        }
        counts.weeks_in_a_row = weeks.in_a_row();
        counts
    }
}

/// Sessions per week, counted back from this week.
struct Weeks {
    this_monday: Date,
    /// `per_week[n]` is the number of sessions `n` weeks ago (0 is this week).
    per_week: Vec<u32>,
}

impl Weeks {
    fn new(today: Date) -> Weeks {
        Weeks {
            this_monday: monday_of(today),
            per_week: vec![0],
        }
    }

    fn add(&mut self, day: Date) {
        let ago = usize::try_from(days_between(monday_of(day), self.this_monday) / 7).unwrap_or(0);
        if ago >= self.per_week.len() {
            self.per_week.resize(ago + 1, 0);
        }
        self.per_week[ago] += 1;
    }

    /// A finished week (not this one, nor the oldest seen, which may still be filling up) had
    /// fewer than two sessions, so the run cannot reach further back.
    fn run_is_over(&self) -> bool {
        let finished = self.per_week.len().saturating_sub(1);
        self.per_week[1..finished.max(1)]
            .iter()
            .any(|count| *count < SESSIONS_A_WEEK)
    }

    fn in_a_row(&self) -> u32 {
        let this_week = u32::from(self.per_week[0] >= SESSIONS_A_WEEK);
        let before = self.per_week[1..]
            .iter()
            .take_while(|count| **count >= SESSIONS_A_WEEK)
            .count();
        this_week + u32::try_from(before).unwrap_or(u32::MAX)
    }
}

fn monday_of(day: Date) -> Date {
    let back = i64::from(day.weekday().to_monday_zero_offset());
    day.checked_sub(back.days()).unwrap_or(day)
}

/// Whole days from `earlier` to `later`; never negative.
fn days_between(earlier: Date, later: Date) -> i64 {
    later
        .since(earlier)
        .map_or(0, |span| i64::from(span.get_days()))
        .max(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-11-22 is a Sunday; 2026-11-16 the Monday of its week.
    const NOW: &str = "2026-11-22T20:00:00Z";

    fn session(started: &str, minutes: i64) -> SessionRecord {
        let started: Timestamp = started.parse().unwrap();
        SessionRecord {
            started,
            finished: started.checked_add(minutes.minutes()).unwrap(),
            program: "lower-back".into(),
            level: 1,
            completed: true,
            reps_done: 10,
            reps_planned: 10,
            pain_before: 2,
            pain_after: Some(2),
        }
    }

    fn on_days(days: &[&str]) -> Vec<SessionRecord> {
        let mut sessions: Vec<SessionRecord> = days
            .iter()
            .map(|day| session(&format!("{day}T08:00:00Z"), 20))
            .collect();
        sessions.reverse();
        sessions
    }

    fn counts(newest_first: &[SessionRecord]) -> Counts {
        Counts::of(newest_first, NOW.parse().unwrap(), &TimeZone::UTC)
    }

    #[test]
    fn no_sessions_count_nothing() {
        assert_eq!(counts(&[]), Counts::default());
    }

    #[test]
    fn the_last_7_and_28_days_are_calendar_days_with_today() {
        let sessions = on_days(&[
            "2026-10-25", // 28 days ago: outside both
            "2026-10-26", // 27 days ago: the oldest day of the 28
            "2026-11-15", // 7 days ago
            "2026-11-16", // 6 days ago: the oldest day of the 7
            "2026-11-22",
        ]);
        let counts = counts(&sessions);
        assert_eq!((counts.last_7_days, counts.last_28_days), (2, 4));
    }

    #[test]
    fn total_minutes_add_every_session_and_round_once() {
        let sessions = [
            session("2026-11-20T08:00:00Z", 17),
            session("2026-01-01T08:00:00Z", 1),
        ];
        let mut half = session("2026-11-21T08:00:00Z", 0);
        half.finished = half.started.checked_add(30.seconds()).unwrap();
        assert_eq!(counts(&sessions).total_minutes, 18);
        let sessions = [half.clone(), half];
        assert_eq!(counts(&sessions).total_minutes, 1);
    }

    #[test]
    fn weeks_in_a_row_count_back_from_this_week() {
        // Two weeks with two sessions, then one week with one: a run of two.
        let sessions = on_days(&[
            "2026-10-27",
            "2026-10-28",
            "2026-11-03",
            "2026-11-09",
            "2026-11-11",
            "2026-11-16",
            "2026-11-19",
        ]);
        assert_eq!(counts(&sessions).weeks_in_a_row, 2);
    }

    #[test]
    fn this_week_counts_once_it_has_two_and_never_breaks_the_run_before() {
        let last_week = ["2026-11-09", "2026-11-11"];
        assert_eq!(counts(&on_days(&last_week)).weeks_in_a_row, 1);
        let one_this_week = [last_week[0], last_week[1], "2026-11-17"];
        assert_eq!(counts(&on_days(&one_this_week)).weeks_in_a_row, 1);
        let two_this_week = [last_week[0], last_week[1], "2026-11-17", "2026-11-22"];
        assert_eq!(counts(&on_days(&two_this_week)).weeks_in_a_row, 2);
    }

    #[test]
    fn a_week_without_sessions_ends_the_run() {
        let sessions = on_days(&["2026-11-02", "2026-11-03", "2026-11-16", "2026-11-17"]);
        assert_eq!(counts(&sessions).weeks_in_a_row, 1);
        assert_eq!(
            counts(&on_days(&["2026-11-02", "2026-11-03"])).weeks_in_a_row,
            0
        );
    }

    #[test]
    fn days_are_the_users_local_days() {
        // 23:30 UTC on Sunday is already Monday in Copenhagen: a new week there.
        let zone = TimeZone::get("Europe/Copenhagen").unwrap();
        let late = [session("2026-11-15T23:30:00Z", 20)];
        let now: Timestamp = "2026-11-16T10:00:00Z".parse().unwrap();
        let utc = Counts::of(&late, now, &TimeZone::UTC);
        let local = Counts::of(&late, now, &zone);
        assert_eq!((utc.last_7_days, local.last_7_days), (1, 1));
        assert_eq!(
            days_between(
                monday_of("2026-11-15".parse().unwrap()),
                "2026-11-16".parse().unwrap()
            ),
            7
        );
        let week_of = |counts: Counts| counts.weeks_in_a_row;
        assert_eq!((week_of(utc), week_of(local)), (0, 0));
        let two = [late[0].clone(), session("2026-11-15T23:40:00Z", 20)];
        // In Copenhagen both fall in this week (Monday), in UTC in last week: both make a run of one.
        assert_eq!(Counts::of(&two, now, &zone).weeks_in_a_row, 1);
        assert_eq!(Counts::of(&two, now, &TimeZone::UTC).weeks_in_a_row, 1);
        assert_eq!(Counts::of(&two, now, &zone).last_7_days, 2);
    }

    #[test]
    fn a_long_history_gives_the_same_counts_as_counting_all_of_it() {
        // Monday and Thursday for ten years up to this week, but for the week 52 weeks ago.
        let start: Timestamp = "2016-11-21T08:00:00Z".parse().unwrap();
        let missed = 521 - 52;
        let mut sessions: Vec<SessionRecord> = (0..522)
            .filter(|week: &i64| *week != missed)
            .flat_map(|week| [0, 3].map(move |day| week * 7 + day))
            .map(|day| {
                let started = start.checked_add((day * 24).hours()).unwrap();
                session(&started.to_string(), 20)
            })
            .collect();
        sessions.reverse();
        let counts = counts(&sessions);
        assert_eq!(counts.weeks_in_a_row, 52);
        assert_eq!(counts.total_minutes, 20 * sessions.len() as u64);
        assert_eq!((counts.last_7_days, counts.last_28_days), (2, 8));
    }
}
