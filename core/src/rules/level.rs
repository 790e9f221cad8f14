//! The next level of a program, chosen from its sessions by the pain rules.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan, Unit};

use crate::journal::SessionWithMorning;

use super::advice::{Advice, advice_after};
use super::reason::Reason;
use super::zone::{Zone, ZoneCause, zone_of};

/// Two greens further apart than this many days are not "in a row".
pub const GREENS_WITHIN_DAYS: i32 = 14;
/// A break of this many days or more makes the next session one level easier.
pub const BREAK_DAYS: i32 = 15;
/// A break of this many days or more starts again at level 1.
pub const LONG_BREAK_DAYS: i32 = 43;
/// How many earlier sessions the usual pain before is the median of.
const USUAL_OF: usize = 4;

/// What the rules need to know of a program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ladder<'a> {
    /// Its number of levels (L); a program with none counts as one.
    pub levels: u32,
    /// The id of the program to go on to after its top level, if it names one.
    pub next: Option<&'a str>,
}

/// The user's today: the local date, and the time zone that gives a session its local date.
#[derive(Debug, Clone, Copy)]
pub struct Today<'a> {
    pub date: Date,
    pub time_zone: &'a TimeZone,
}

impl<'a> Today<'a> {
    /// The local date at `now` in `time_zone`.
    pub fn at(now: Timestamp, time_zone: &'a TimeZone) -> Today<'a> {
        Today {
            date: time_zone.to_datetime(now).date(),
            time_zone,
        }
    }

    fn date_of(&self, at: Timestamp) -> Date {
        self.time_zone.to_datetime(at).date()
    }

    /// Whole calendar days from `from` to `to`.
    fn days(from: Date, to: Date) -> i32 {
        from.until((Unit::Day, to))
            .map_or(0, |span| span.get_days())
    }
}

/// The level to do next, why, and what to tell the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recommendation {
    pub level: u32,
    /// The zone of the latest session, or `None` when there is none.
    pub latest_zone: Option<Zone>,
    pub reason: Reason,
    pub advice: Vec<Advice>,
}

/// The next level of one program, from that program's sessions in order of `started`, each with
/// its morning follow-up (docs/pain-rules.md, "The next level of a program").
///
/// A recorded level above L (the program was edited and lost levels) counts as L, and a level
/// below 1 as 1, so the answer is always a level the program has.
pub fn next_level(
    sessions: &[SessionWithMorning<'_>],
    ladder: Ladder<'_>,
    today: Today<'_>,
) -> Recommendation {
    let top = ladder.levels.max(1);
    let within = |level: u32| level.clamp(1, top);
    let Some((latest, earlier)) = sessions.split_last() else {
        return Recommendation {
            level: 1,
            latest_zone: None,
            reason: Reason::NoSessionsYet,
            advice: Vec::new(),
        };
    };
    // The rules start from the level actually done, so a level the user chose is respected.
    let done = within(latest.session.level);
    let zone = zone_of(latest.session, latest.morning);
    let (step, reason) = match zone.cause {
        ZoneCause::Red(cause) if done == 1 => (1, Reason::RedAtEasiestLevel(cause)),
        ZoneCause::Red(cause) => (done - 1, Reason::Red(cause)),
        ZoneCause::RoseBy(points) => (done, Reason::RoseBy(points)),
        ZoneCause::HighPainDay(_) => (done, Reason::HighPainDay),
        ZoneCause::NotFinished => (done, Reason::NotFinished),
        ZoneCause::StoppedForPain => (done, Reason::StoppedForPain),
        ZoneCause::Interrupted => (done, Reason::Interrupted),
        ZoneCause::NotAnswered => (done, Reason::NotAnswered),
        ZoneCause::Settled(_) | ZoneCause::UnderTheRadar => {
            green_step(latest, earlier, done, top, ladder.next, &today)
        }
    };
    let latest_date = today.date_of(latest.session.started);
    let gap = Today::days(latest_date, today.date);
    let (level, reason) = if gap >= LONG_BREAK_DAYS {
        (1, Reason::LongBreak { days: gap })
    } else if gap >= BREAK_DAYS && done.saturating_sub(1).max(1) < step {
        (done.saturating_sub(1).max(1), Reason::Break { days: gap })
    } else {
        (step, reason)
    };
    Recommendation {
        level,
        latest_zone: Some(zone.zone),
        reason,
        advice: advice_after(sessions, done == 1),
    }
}

/// The step after a green session at level `done`: up one after two greens in a row at that
/// level at most 14 days apart, unless pain before has crept up; at the top, stay, or suggest the
/// program to go on to.
fn green_step(
    latest: &SessionWithMorning<'_>,
    earlier: &[SessionWithMorning<'_>],
    done: u32,
    top: u32,
    next: Option<&str>,
    today: &Today<'_>,
) -> (u32, Reason) {
    let Some(before) = earlier.last().filter(|before| {
        before.session.level.clamp(1, top) == done
            && zone_of(before.session, before.morning).zone == Zone::Green
    }) else {
        return (done, Reason::OneGreenSoFar { level: done });
    };
    let apart = Today::days(
        today.date_of(before.session.started),
        today.date_of(latest.session.started),
    );
    if apart > GREENS_WITHIN_DAYS {
        return (done, Reason::GreensFarApart { days: apart });
    }
    if pain_has_crept_up(latest, earlier) {
        return (
            done,
            Reason::UsualPainHigher {
                before: latest.session.pain_before,
            },
        );
    }
    match (done == top, next) {
        (true, Some(next)) => (top, Reason::ReadyFor(next.to_string())),
        (true, None) => (top, Reason::AlreadyAtTopLevel),
        (false, _) => (done + 1, Reason::TwoGreensInARow { level: done }),
    }
}

/// Pain before the latest session is at least 2 above the median pain before of the (up to 4)
/// sessions before it: the usual pain has been higher lately, so this is no time to step up.
fn pain_has_crept_up(latest: &SessionWithMorning<'_>, earlier: &[SessionWithMorning<'_>]) -> bool {
    let mut usual: Vec<u8> = earlier
        .iter()
        .rev()
        .take(USUAL_OF)
        .map(|s| s.session.pain_before)
        .collect();
    twice_median(&mut usual)
        .is_some_and(|twice_median| 2 * u16::from(latest.session.pain_before) >= twice_median + 4)
}

/// Twice the median of `values` (so an even count's middle pair needs no fraction), or `None`
/// when there are none.
pub(super) fn twice_median(values: &mut [u8]) -> Option<u16> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let middle = values.len() / 2;
    Some(if values.len().is_multiple_of(2) {
        u16::from(values[middle - 1]) + u16::from(values[middle])
    } else {
        2 * u16::from(values[middle])
    })
}

/// Whether the morning question about a session on `session_date` may still be asked on
/// `today`: from the next calendar day until 3 days after (docs/pain-rules.md, "The morning
/// question"). Later the session keeps the zone it has.
pub fn morning_question_open(session_date: Date, today: Date) -> bool {
    let last_day = session_date
        .checked_add(MORNING_DAYS.days())
        .unwrap_or(Date::MAX);
    session_date < today && today <= last_day
}

/// How many days after a session its morning may be asked about before the next session.
pub const MORNING_DAYS: i32 = 3;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{Morning, SessionRecord};
    use crate::rules::RedCause;
    use crate::rules::zone::tests::session_days_before;
    use crate::words::Lang;

    const L: u32 = 4;
    const TODAY: &str = "2026-11-30";

    /// (level, before, after, completed, morning, days before today), as the worked examples
    /// write a session; `None` days means "two days after the one before, the latest two days ago".
    type Example = (u32, u8, Option<u8>, bool, Option<Morning>, Option<i32>);

    fn s(level: u32, before: u8, after: u8) -> Example {
        (level, before, Some(after), true, None, None)
    }

    fn records(examples: &[Example]) -> Vec<SessionRecord> {
        let today: Date = TODAY.parse().unwrap();
        let count = examples.len() as i32;
        examples
            .iter()
            .zip(0..)
            .map(|(&(level, before, after, completed, _, days_ago), place)| {
                let days_ago = days_ago.unwrap_or(2 * (count - place));
                session_days_before(today, days_ago, (level, before, after, completed))
            })
            .collect()
    }

    fn recommend_in(examples: &[Example], ladder: Ladder<'_>) -> Recommendation {
        let records = records(examples);
        let sessions: Vec<SessionWithMorning<'_>> = records
            .iter()
            .zip(examples)
            .map(|(session, example)| SessionWithMorning {
                session,
                morning: example.4,
            })
            .collect();
        let today = Today {
            date: TODAY.parse().unwrap(),
            time_zone: &TimeZone::UTC,
        };
        next_level(&sessions, ladder, today)
    }

    fn recommend(examples: &[Example], levels: u32) -> Recommendation {
        recommend_in(examples, Ladder { levels, next: None })
    }

    /// Every row of "Worked examples" in pain-rules.md, version 2.
    #[test]
    fn the_worked_examples_of_pain_rules_version_2() {
        use Morning::{Better, Same, Worse};
        let at = |example: Example, days_ago: i32| {
            (
                example.0,
                example.1,
                example.2,
                example.3,
                example.4,
                Some(days_ago),
            )
        };
        let with = |example: Example, morning: Morning| {
            (
                example.0,
                example.1,
                example.2,
                example.3,
                Some(morning),
                example.5,
            )
        };
        let not_done =
            |example: Example| (example.0, example.1, example.2, false, example.4, example.5);
        let cases: Vec<(Vec<Example>, u32, Option<Zone>, Reason)> = vec![
            (vec![], 1, None, Reason::NoSessionsYet),
            (
                vec![s(1, 3, 3)],
                1,
                Some(Zone::Green),
                Reason::OneGreenSoFar { level: 1 },
            ),
            (
                vec![s(1, 3, 3), s(1, 2, 3)],
                2,
                Some(Zone::Green),
                Reason::TwoGreensInARow { level: 1 },
            ),
            (vec![s(2, 3, 5)], 2, Some(Zone::Amber), Reason::RoseBy(2)),
            (
                vec![with(s(2, 3, 5), Same)],
                2,
                Some(Zone::Green),
                Reason::OneGreenSoFar { level: 2 },
            ),
            (
                vec![s(2, 2, 2), with(s(2, 3, 5), Better)],
                3,
                Some(Zone::Green),
                Reason::TwoGreensInARow { level: 2 },
            ),
            (
                vec![s(2, 3, 6)],
                1,
                Some(Zone::Red),
                Reason::Red(RedCause::RoseTo { by: 3, to: 6 }),
            ),
            (
                vec![s(2, 4, 6)],
                1,
                Some(Zone::Red),
                Reason::Red(RedCause::RoseTo { by: 2, to: 6 }),
            ),
            (vec![s(2, 5, 6)], 2, Some(Zone::Amber), Reason::HighPainDay),
            (vec![s(3, 7, 7)], 3, Some(Zone::Amber), Reason::HighPainDay),
            (
                vec![s(2, 0, 5)],
                1,
                Some(Zone::Red),
                Reason::Red(RedCause::RoseBy(5)),
            ),
            (vec![s(2, 1, 4)], 2, Some(Zone::Amber), Reason::RoseBy(3)),
            (
                vec![with(s(2, 3, 4), Worse)],
                1,
                Some(Zone::Red),
                Reason::Red(RedCause::WorseMorning),
            ),
            (
                vec![s(4, 1, 1), s(4, 1, 2)],
                4,
                Some(Zone::Green),
                Reason::AlreadyAtTopLevel,
            ),
            (
                vec![not_done(s(2, 2, 2))],
                2,
                Some(Zone::Amber),
                Reason::NotFinished,
            ),
            (
                vec![s(1, 0, 7)],
                1,
                Some(Zone::Red),
                Reason::RedAtEasiestLevel(RedCause::RoseBy(7)),
            ),
            (
                vec![at(s(2, 2, 2), 20), at(s(2, 2, 2), 0)],
                2,
                Some(Zone::Green),
                Reason::GreensFarApart { days: 20 },
            ),
            (
                vec![at(s(2, 2, 2), 22), at(s(2, 2, 2), 20)],
                1,
                Some(Zone::Green),
                Reason::Break { days: 20 },
            ),
            (
                vec![at(s(3, 2, 2), 50)],
                1,
                Some(Zone::Green),
                Reason::LongBreak { days: 50 },
            ),
            (
                vec![s(2, 2, 2), s(2, 2, 2), s(2, 2, 2), s(2, 5, 5)],
                2,
                Some(Zone::Green),
                Reason::UsualPainHigher { before: 5 },
            ),
        ];
        for (sessions, level, zone, reason) in cases {
            let got = recommend(&sessions, L);
            assert_eq!(
                (got.level, got.latest_zone, got.reason),
                (level, zone, reason),
                "{sessions:?}"
            );
        }
        let gentle = Ladder {
            levels: 2,
            next: Some("lower-back"),
        };
        let got = recommend_in(&[s(2, 2, 2), s(2, 2, 2)], gentle);
        assert_eq!(
            (got.level, got.reason),
            (2, Reason::ReadyFor("lower-back".into()))
        );
    }

    /// The first table under "Worked examples" in docs/pain-rules.md, row by row: the sessions,
    /// the next level, the latest zone and the reason, so the page cannot drift from the code.
    #[test]
    fn the_worked_examples_of_docs_pain_rules_md_hold() {
        const PAGE: &str = include_str!("../../../docs/pain-rules.md");
        let table = PAGE
            .split("## Worked examples")
            .nth(1)
            .expect("docs/pain-rules.md has worked examples");
        let rows: Vec<Vec<&str>> = table
            .lines()
            .skip_while(|line| !line.starts_with('|'))
            .take_while(|line| line.starts_with('|'))
            .skip(2)
            .map(|line| line.trim_matches('|').split(" | ").map(str::trim).collect())
            .collect();
        assert!(rows.len() >= 21, "{rows:?}");
        for row in rows {
            let [sessions, level, zone, reason] = row[..] else {
                panic!("a row of four columns: {row:?}");
            };
            // "L = 2, next lower-back: (…)" names the program's ladder; else L = 4 and no next.
            let (ladder, sessions) = match sessions.strip_prefix("L = ") {
                Some(rest) => {
                    let (head, sessions) = rest.split_once(": ").unwrap();
                    let (levels, next) = head.split_once(", next ").unwrap();
                    (
                        Ladder {
                            levels: levels.parse().unwrap(),
                            next: Some(next),
                        },
                        sessions,
                    )
                }
                None => (
                    Ladder {
                        levels: L,
                        next: None,
                    },
                    sessions,
                ),
            };
            let examples: Vec<Example> = sessions
                .split(['(', ')'])
                .skip(1)
                .step_by(2)
                .map(|session| {
                    let fields: Vec<&str> = session.split(", ").collect();
                    let (before, after) = fields[1].split_once('→').unwrap();
                    let done = match fields[2] {
                        "yes" => true,
                        "no" => false,
                        other => panic!("yes or no: {other}"),
                    };
                    let mut morning = None;
                    let mut days_ago = None;
                    for field in &fields[3..] {
                        match *field {
                            "Better" => morning = Some(Morning::Better),
                            "Same" => morning = Some(Morning::Same),
                            "Worse" => morning = Some(Morning::Worse),
                            "today" => days_ago = Some(0),
                            other => {
                                let days = other.strip_suffix(" days ago");
                                days_ago =
                                    Some(days.and_then(|d| d.parse().ok()).unwrap_or_else(|| {
                                        panic!("a morning answer or N days ago: {other}")
                                    }));
                            }
                        }
                    }
                    let level = fields[0].parse().unwrap();
                    (
                        level,
                        before.parse().unwrap(),
                        after.parse().ok(),
                        done,
                        morning,
                        days_ago,
                    )
                })
                .collect();
            assert_eq!(examples.is_empty(), sessions == "none", "{sessions}");
            let got = recommend_in(&examples, ladder);
            let got_zone = got.latest_zone.map_or("–", Zone::as_str);
            assert_eq!(
                (
                    got.level.to_string().as_str(),
                    got_zone,
                    got.reason.text(Lang::En).as_str()
                ),
                (level, zone, reason),
                "{sessions}"
            );
        }
    }

    #[test]
    fn a_step_up_needs_the_session_just_before_to_be_green_at_the_same_level() {
        let green = |level| s(level, 2, 2);
        let amber = s(2, 2, 4);
        let cases: [(&[Example], u32, Reason); 5] = [
            (&[green(1), green(2)], 2, Reason::OneGreenSoFar { level: 2 }),
            (
                &[green(2), amber, green(2)],
                2,
                Reason::OneGreenSoFar { level: 2 },
            ),
            (
                &[amber, green(2), green(2)],
                3,
                Reason::TwoGreensInARow { level: 2 },
            ),
            // A worse morning, answered later, turns the earlier green red.
            (
                &[(2, 2, Some(2), true, Some(Morning::Worse), None), green(2)],
                2,
                Reason::OneGreenSoFar { level: 2 },
            ),
            // 14 days apart is still in a row.
            (
                &[
                    (2, 2, Some(2), true, None, Some(16)),
                    (2, 2, Some(2), true, None, Some(2)),
                ],
                3,
                Reason::TwoGreensInARow { level: 2 },
            ),
        ];
        for (sessions, level, reason) in cases {
            let got = recommend(sessions, L);
            assert_eq!((got.level, got.reason), (level, reason), "{sessions:?}");
        }
    }

    #[test]
    fn pain_creeping_up_holds_the_level_by_the_median_of_up_to_four_before() {
        // The four before the latest have pain before 2, 2, 6, 6: a median of 4. The 9 five
        // sessions back is not counted; if it were, the median would be 6 and 6 no creep.
        let row = |latest: u8| {
            [
                s(2, 9, 5),
                s(2, 2, 2),
                s(2, 2, 2),
                s(2, 6, 5),
                s(2, 6, 5),
                s(2, latest, latest.min(5)),
            ]
        };
        let got = recommend(&row(6), L);
        assert_eq!(
            (got.level, got.reason),
            (2, Reason::UsualPainHigher { before: 6 })
        );
        let got = recommend(&row(5), L);
        assert_eq!(
            (got.level, got.reason),
            (3, Reason::TwoGreensInARow { level: 2 })
        );
        // The top of a program with a next: creeping pain holds the suggestion back too.
        let gentle = Ladder {
            levels: 2,
            next: Some("lower-back"),
        };
        let got = recommend_in(&[s(2, 1, 1), s(2, 1, 1), s(2, 4, 4)], gentle);
        assert_eq!(got.reason, Reason::UsualPainHigher { before: 4 });
        let got = recommend_in(&[s(2, 1, 1), s(2, 1, 1), s(2, 2, 2)], gentle);
        assert_eq!(got.reason, Reason::ReadyFor("lower-back".into()));
    }

    #[test]
    fn a_break_eases_the_start_by_its_length() {
        let green_at = |level, days_ago| (level, 2, Some(2), true, None, Some(days_ago));
        let red_at = |level, days_ago| (level, 2, Some(7), true, None, Some(days_ago));
        let cases: [(&[Example], u32, Reason); 6] = [
            (&[green_at(3, 14)], 3, Reason::OneGreenSoFar { level: 3 }),
            (&[green_at(3, 15)], 2, Reason::Break { days: 15 }),
            (&[green_at(3, 42)], 2, Reason::Break { days: 42 }),
            (&[green_at(3, 43)], 1, Reason::LongBreak { days: 43 }),
            // Red already steps down as far as a break would.
            (&[red_at(3, 20)], 2, Reason::Red(RedCause::RoseBy(5))),
            (&[green_at(1, 20)], 1, Reason::OneGreenSoFar { level: 1 }),
        ];
        for (sessions, level, reason) in cases {
            let got = recommend(sessions, L);
            assert_eq!((got.level, got.reason), (level, reason), "{sessions:?}");
        }
    }

    #[test]
    fn the_morning_question_is_open_from_the_next_day_for_three_days() {
        let day = |text: &str| -> Date { text.parse().unwrap() };
        let session = day("2026-11-20");
        let open: Vec<bool> = ["2026-11-20", "2026-11-21", "2026-11-23", "2026-11-24"]
            .iter()
            .map(|today| morning_question_open(session, day(today)))
            .collect();
        assert_eq!(open, [false, true, true, false]);
    }

    #[test]
    fn a_recorded_level_above_the_top_counts_as_the_top() {
        let red = recommend(&[s(6, 2, 7)], L);
        assert_eq!(
            (red.level, red.reason),
            (3, Reason::Red(RedCause::RoseBy(5)))
        );
        let green = recommend(&[s(5, 2, 2)], L);
        assert_eq!(
            (green.level, green.reason),
            (4, Reason::OneGreenSoFar { level: 4 })
        );
        let after_edit = recommend(&[s(6, 2, 2), s(4, 2, 2)], L);
        assert_eq!(
            (after_edit.level, after_edit.reason),
            (4, Reason::AlreadyAtTopLevel)
        );
        assert_eq!(recommend(&[s(3, 2, 2)], 1).level, 1);
    }

    #[test]
    fn advice_follows_red_sessions_and_high_pain_days() {
        use Advice::*;
        let red = s(2, 3, 6);
        let green = s(2, 2, 2);
        let cases: [(&[Example], &[Advice]); 10] = [
            (&[green], &[]),
            (&[s(2, 2, 4)], &[]),
            (&[red], &[EasierNextTime]),
            (&[s(1, 3, 6)], &[StayAtEasiestLevel]),
            (&[s(2, 6, 8)], &[EasierNextTime, SeeClinicianIfLasting]),
            // A rise of 4 is amber unless it reaches 6; as red it adds the doctor.
            (&[s(2, 1, 5)], &[]),
            (&[s(2, 2, 6)], &[EasierNextTime, SeeClinicianIfLasting]),
            (&[s(2, 7, 7)], &[HighPainDayIsFine]),
            (&[s(2, 9, 8)], &[HighPainDayIsFine]),
            (&[green, red, red], &[EasierNextTime]),
        ];
        for (sessions, want) in cases {
            assert_eq!(recommend(sessions, L).advice, want, "{sessions:?}");
        }
        let three_reds = [
            red,
            (1, 2, Some(2), true, Some(Morning::Worse), None),
            s(1, 1, 8),
        ];
        assert_eq!(
            recommend(&three_reds, L).advice,
            [StayAtEasiestLevel, SeeClinicianIfLasting, ReviewThePlan]
        );
        assert_eq!(
            recommend(&[red, red, red, red], L).advice,
            [EasierNextTime, ReviewThePlan]
        );
        assert_eq!(recommend(&[red, red, red, green], L).advice, []);
    }

    #[test]
    fn a_person_whose_usual_pain_is_7_is_not_told_it_was_too_much() {
        let sessions = [s(2, 7, 7), s(2, 7, 6), s(2, 7, 7)];
        let got = recommend(&sessions, L);
        assert_eq!((got.level, got.latest_zone), (2, Some(Zone::Amber)));
        assert_eq!(got.advice, [Advice::HighPainDayIsFine]);
    }
}
