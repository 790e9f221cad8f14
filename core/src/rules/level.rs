//! The next level of a program, chosen from its sessions by the pain rules.

use crate::journal::SessionWithMorning;

use super::advice::{Advice, advice_after};
use super::reason::Reason;
use super::zone::{Zone, ZoneCause, zone_of};

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
/// its morning follow-up, and `levels`, the program's number of levels (L).
///
/// A recorded level above L (the program was edited and lost levels) counts as L, and a level
/// below 1 as 1, so the answer is always a level the program has. A program with no levels is
/// treated as having one.
pub fn next_level(sessions: &[SessionWithMorning<'_>], levels: u32) -> Recommendation {
    let top = levels.max(1);
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
    let (level, reason) = match zone.cause {
        ZoneCause::Red(cause) if done == 1 => (1, Reason::RedAtEasiestLevel(cause)),
        ZoneCause::Red(cause) => (done - 1, Reason::Red(cause)),
        ZoneCause::RoseByTwo => (done, Reason::RoseByTwo),
        ZoneCause::NotFinished => (done, Reason::NotFinished),
        ZoneCause::Interrupted => (done, Reason::Interrupted),
        ZoneCause::NotAnswered => (done, Reason::NotAnswered),
        ZoneCause::UnderTheRadar => {
            let green_before_at_this_level = earlier.last().is_some_and(|before| {
                within(before.session.level) == done
                    && zone_of(before.session, before.morning).zone == Zone::Green
            });
            // At the top level one green is still "one so far": only a second would have gone
            // up, and only then is the top what holds the level.
            match (green_before_at_this_level, done == top) {
                (true, true) => (top, Reason::AlreadyAtTopLevel),
                (true, false) => (done + 1, Reason::TwoGreensInARow { level: done }),
                (false, _) => (done, Reason::OneGreenSoFar { level: done }),
            }
        }
    };
    Recommendation {
        level,
        latest_zone: Some(zone.zone),
        reason,
        advice: advice_after(sessions, done == 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{Morning, SessionRecord};
    use crate::rules::RedCause;
    use crate::rules::zone::tests::session;
    use crate::words::Lang;

    const L: u32 = 4;

    /// (level, before, after, completed, morning), as the worked examples write a session.
    type Example = (u32, u8, Option<u8>, bool, Option<Morning>);

    fn recommend(examples: &[Example], levels: u32) -> Recommendation {
        let records: Vec<SessionRecord> = examples
            .iter()
            .map(|&(level, before, after, completed, _)| session(level, before, after, completed))
            .collect();
        let sessions: Vec<SessionWithMorning<'_>> = records
            .iter()
            .zip(examples)
            .map(|(session, example)| SessionWithMorning {
                session,
                morning: example.4,
            })
            .collect();
        next_level(&sessions, levels)
    }

    #[test]
    fn the_worked_examples_of_pain_rules_md() {
        use Morning::Worse;
        let cases: [(&[Example], u32, Reason); 9] = [
            (&[], 1, Reason::NoSessionsYet),
            (
                &[(1, 3, Some(3), true, None)],
                1,
                Reason::OneGreenSoFar { level: 1 },
            ),
            (
                &[(1, 3, Some(3), true, None), (1, 2, Some(3), true, None)],
                2,
                Reason::TwoGreensInARow { level: 1 },
            ),
            (&[(2, 3, Some(5), true, None)], 2, Reason::RoseByTwo),
            (
                &[(2, 3, Some(6), true, None)],
                1,
                Reason::Red(RedCause::PainAfter(6)),
            ),
            (
                &[(2, 3, Some(4), true, Some(Worse))],
                1,
                Reason::Red(RedCause::WorseMorning),
            ),
            (
                &[(4, 1, Some(1), true, None), (4, 1, Some(2), true, None)],
                4,
                Reason::AlreadyAtTopLevel,
            ),
            (&[(2, 2, Some(2), false, None)], 2, Reason::NotFinished),
            (
                &[(1, 0, Some(7), true, None)],
                1,
                Reason::RedAtEasiestLevel(RedCause::PainAfter(7)),
            ),
        ];
        for (sessions, level, reason) in cases {
            let got = recommend(sessions, L);
            assert_eq!((got.level, got.reason), (level, reason), "{sessions:?}");
        }
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
        assert!(rows.len() >= 9, "{rows:?}");
        for row in rows {
            let [sessions, level, zone, reason] = row[..] else {
                panic!("a row of four columns: {row:?}");
            };
            let examples: Vec<Example> = sessions
                .split(['(', ')'])
                .skip(1)
                .step_by(2)
                .map(|session| {
                    let fields: Vec<&str> = session.split(", ").collect();
                    let (before, after) = fields[1].split_once('→').unwrap();
                    let morning = fields.get(3).map(|word| match *word {
                        "Better" => Morning::Better,
                        "Same" => Morning::Same,
                        "Worse" => Morning::Worse,
                        other => panic!("a morning answer: {other}"),
                    });
                    let done = match fields[2] {
                        "yes" => true,
                        "no" => false,
                        other => panic!("yes or no: {other}"),
                    };
                    let level = fields[0].parse().unwrap();
                    (
                        level,
                        before.parse().unwrap(),
                        after.parse().ok(),
                        done,
                        morning,
                    )
                })
                .collect();
            assert_eq!(examples.is_empty(), sessions == "none", "{sessions}");
            let got = recommend(&examples, L);
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
    fn the_latest_zone_is_reported() {
        assert_eq!(recommend(&[], L).latest_zone, None);
        let zones = [
            ((2, 2, Some(2), true), Zone::Green),
            ((2, 2, Some(4), true), Zone::Amber),
            ((2, 2, Some(6), true), Zone::Red),
        ];
        for ((level, before, after, completed), zone) in zones {
            let got = recommend(&[(level, before, after, completed, None)], L);
            assert_eq!(got.latest_zone, Some(zone));
        }
    }

    #[test]
    fn a_step_up_needs_the_session_just_before_to_be_green_at_the_same_level() {
        let green = |level| (level, 2, Some(2), true, None);
        let amber = (2, 2, Some(4), true, None);
        let cases: [(&[Example], u32, Reason); 4] = [
            // Green at level 1 then green at level 2: the first green at 2 does not count double.
            (&[green(1), green(2)], 2, Reason::OneGreenSoFar { level: 2 }),
            // An amber in between breaks the row.
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
                &[(2, 2, Some(2), true, Some(Morning::Worse)), green(2)],
                2,
                Reason::OneGreenSoFar { level: 2 },
            ),
        ];
        for (sessions, level, reason) in cases {
            let got = recommend(sessions, L);
            assert_eq!((got.level, got.reason), (level, reason), "{sessions:?}");
        }
    }

    #[test]
    fn one_green_at_the_top_level_is_one_so_far_not_the_top() {
        // Amber, then green: the level stays because there is one green, whatever the top is.
        let after_amber = recommend(
            &[(4, 2, Some(4), true, None), (4, 2, Some(2), true, None)],
            L,
        );
        assert_eq!(
            (after_amber.level, after_amber.reason),
            (4, Reason::OneGreenSoFar { level: 4 })
        );
    }

    #[test]
    fn a_recorded_level_above_the_top_counts_as_the_top() {
        let red = recommend(&[(6, 2, Some(7), true, None)], L);
        assert_eq!(
            (red.level, red.reason),
            (3, Reason::Red(RedCause::PainAfter(7)))
        );
        let amber = recommend(&[(6, 2, Some(2), false, None)], L);
        assert_eq!(amber.level, 4);
        let green = recommend(&[(5, 2, Some(2), true, None)], L);
        assert_eq!(
            (green.level, green.reason),
            (4, Reason::OneGreenSoFar { level: 4 })
        );
        let after_edit = recommend(
            &[(6, 2, Some(2), true, None), (4, 2, Some(2), true, None)],
            L,
        );
        assert_eq!(
            (after_edit.level, after_edit.reason),
            (4, Reason::AlreadyAtTopLevel)
        );
        let single_level = recommend(&[(3, 2, Some(2), true, None)], 1);
        assert_eq!(single_level.level, 1);
    }

    #[test]
    fn advice_follows_red_sessions() {
        use Advice::*;
        let red = (2, 3, Some(6), true, None);
        let green = (2, 2, Some(2), true, None);
        let cases: [(&[Example], &[Advice]); 9] = [
            (&[green], &[]),
            (&[(2, 2, Some(4), true, None)], &[]),
            (&[red], &[EasierNextTime]),
            (&[(1, 3, Some(6), true, None)], &[StayAtEasiestLevel]),
            (&[(2, 4, Some(7), true, None)], &[EasierNextTime]),
            (
                &[(2, 6, Some(8), true, None)],
                &[EasierNextTime, SeeClinicianIfLasting],
            ),
            // A rise of 3 is red; only a rise of 4 adds the doctor.
            (&[(2, 1, Some(4), true, None)], &[EasierNextTime]),
            (
                &[(2, 1, Some(5), true, None)],
                &[EasierNextTime, SeeClinicianIfLasting],
            ),
            (&[green, red, red], &[EasierNextTime]),
        ];
        for (sessions, want) in cases {
            assert_eq!(recommend(sessions, L).advice, want, "{sessions:?}");
        }
        let three_reds = [
            red,
            (1, 2, Some(2), true, Some(Morning::Worse)),
            (1, 1, Some(8), true, None),
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
    fn a_worse_morning_answered_later_changes_the_recommendation() {
        use crate::journal::History;
        let session = |day: u32| {
            format!(
                "Session(started: \"2026-11-{day}T08:00:00Z\", finished: \"2026-11-{day}T08:20:00Z\", \
                 program: \"lower-back\", level: 2, completed: true, reps_done: 96, reps_planned: 96, \
                 pain_before: 2, pain_after: Some(3))\n"
            )
        };
        let mut text = session(20) + &session(23);
        let history = History::parse(&text);
        let before = next_level(&history.sessions_of("lower-back"), L);
        assert_eq!(
            (before.level, before.reason),
            (3, Reason::TwoGreensInARow { level: 2 })
        );

        text.push_str("FollowUp(session: \"2026-11-23T08:00:00Z\", morning: Worse)\n");
        let history = History::parse(&text);
        let after = next_level(&history.sessions_of("lower-back"), L);
        assert_eq!(
            (after.level, after.reason, after.latest_zone),
            (1, Reason::Red(RedCause::WorseMorning), Some(Zone::Red))
        );
    }
}
