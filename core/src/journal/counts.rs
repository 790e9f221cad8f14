//! The counts the history screen shows: how often, how long, and the rhythm of two sessions a week.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

use super::record::SessionRecord;

/// How many sessions a week keep the rhythm (GLA:D Ryg trains twice a week).
pub const SESSIONS_A_WEEK: u32 = 2;

/// What a list of sessions adds up to, seen from one day.
///
/// Every recorded session with at least one rep counts, finished or not. A session ended before
/// its first rep is kept in the history (and listed), but no training was done in it, so it
/// counts for nothing here. Days and weeks are calendar ones in the user's time zone; a week
/// starts on Monday.
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
        let sessions = newest_first
            .into_iter()
            .filter(|session| session.reps_done > 0);
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
            // Sessions come newest first, so once the 28 days are past and the run is over, no
            // older session can change these counts (the total above adds every session).
            if days_ago >= 28 && weeks.run_is_over() {
                break;
            }
        }
        counts.weeks_in_a_row = weeks.in_a_row();
        counts
    }
}

/// Weeks with two sessions or more, counted back from this week, one session at a time from the
/// newest: each week is settled when a session of an earlier week comes, so it costs the same
/// for every session however long the run.
struct Weeks {
    this_monday: Date,
    /// The week being counted, in weeks before this one (0 is this week).
    week: i64,
    /// Sessions seen so far in that week.
    count: u32,
    /// This week had two sessions or more.
    this_week: bool,
    /// Finished weeks before this one in a row with two sessions or more.
    run: u32,
    /// A finished week before this one had fewer than two: the run cannot reach further back.
    over: bool,
}

impl Weeks {
    fn new(today: Date) -> Weeks {
        Weeks {
            this_monday: monday_of(today),
            week: 0,
            count: 0,
            this_week: false,
            run: 0,
            over: false,
        }
    }

    fn add(&mut self, day: Date) {
        let week = days_between(monday_of(day), self.this_monday) / 7;
        // Every week from the one being counted up to this session's is finished, the empty
        // ones between included; the first short one ends the run.
        while self.week < week && !self.over {
            self.settle();
            self.week += 1;
            self.count = 0;
        }
        self.count += 1;
    }

    /// The week being counted has all its sessions.
    fn settle(&mut self) {
        let enough = self.count >= SESSIONS_A_WEEK;
        match self.week {
            0 => self.this_week = enough,
            _ if enough => self.run += 1,
            _ => self.over = true,
        }
    }

    fn run_is_over(&self) -> bool {
        self.over
    }

    /// The run, once every session has been added (or the run is over).
    fn in_a_row(mut self) -> u32 {
        if !self.over {
            self.settle();
        }
        u32::from(self.this_week) + self.run
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
    use crate::test_support::at;

    /// 2026-11-22 is a Sunday; 2026-11-16 the Monday of its week.
    const NOW: &str = "2026-11-22T20:00:00Z";

    fn session(started: &str, minutes: i64) -> SessionRecord {
        let started = at(started);
        SessionRecord {
            started,
            finished: started.checked_add(minutes.minutes()).unwrap(),
            ..crate::test_support::session()
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
        // 23:30 UTC on Sunday 15 November is already Monday 16 November in Copenhagen, the first
        // day of this week there, and one of the last 7 days.
        let zone = TimeZone::get("Europe/Copenhagen").unwrap();
        let now: Timestamp = "2026-11-22T10:00:00Z".parse().unwrap();
        let late = [session("2026-11-15T23:30:00Z", 20)];
        assert_eq!(Counts::of(&late, now, &TimeZone::UTC).last_7_days, 0);
        assert_eq!(Counts::of(&late, now, &zone).last_7_days, 1);
        // Two late on Sunday 8 November (Monday the 9th in Copenhagen), and two this week: in UTC
        // last week is empty and this week is a run of one; in Copenhagen it is a run of two.
        let mut run = on_days(&["2026-11-16", "2026-11-17"]);
        run.extend([
            session("2026-11-08T23:40:00Z", 20),
            session("2026-11-08T23:30:00Z", 20),
        ]);
        assert_eq!(Counts::of(&run, now, &TimeZone::UTC).weeks_in_a_row, 1);
        assert_eq!(Counts::of(&run, now, &zone).weeks_in_a_row, 2);
    }

    #[test]
    fn sessions_without_a_rep_are_not_counted() {
        // A session started and ended at once: kept in the history, but no training done.
        let mut empty = session("2026-11-22T09:00:00Z", 0);
        empty.finished = empty.started.checked_add(2.seconds()).unwrap();
        (empty.completed, empty.reps_done) = (false, 0);
        // Last week had two, this week one: with the empty session this week would make a run.
        let mut sessions = on_days(&["2026-11-09", "2026-11-11", "2026-11-17"]);
        let run = counts(&sessions);
        assert_eq!(run.weeks_in_a_row, 1);
        sessions.insert(0, empty.clone());
        assert_eq!(counts(&sessions), run);
        let only_empty = counts(&[empty.clone(), empty]);
        assert_eq!(only_empty, Counts::default());
    }

    #[test]
    fn the_last_7_days_are_not_the_last_168_hours() {
        // Less than 7 × 24 hours before now, but on the day before the oldest of the 7.
        let sessions = [session("2026-11-15T22:00:00Z", 20)];
        assert_eq!(counts(&sessions).last_7_days, 0);
        assert_eq!(counts(&sessions).last_28_days, 1);
    }

    #[test]
    fn the_run_stops_at_a_gap_however_far_back_sessions_go() {
        // A run of three up to last week, a gap of two weeks, then weeks of two again.
        let sessions = on_days(&[
            "2026-09-28",
            "2026-09-29",
            "2026-10-05",
            "2026-10-06",
            "2026-10-26",
            "2026-10-27",
            "2026-11-02",
            "2026-11-03",
            "2026-11-09",
            "2026-11-10",
            "2026-11-16",
        ]);
        assert_eq!(counts(&sessions).weeks_in_a_row, 3);
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
