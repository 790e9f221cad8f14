//! The zone of one session: how its pain answers say the load suited the back.

use crate::journal::{Morning, SessionRecord, Stopped};

/// Green: under the radar, ready to build up. Amber: acceptable, stay. Red: too much for now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Zone {
    Green,
    Amber,
    Red,
}

impl Zone {
    /// The zone's name in the user's language.
    pub fn name(self, lang: crate::words::Lang) -> &'static str {
        match self {
            Zone::Green => crate::words::GREEN,
            Zone::Amber => crate::words::AMBER,
            Zone::Red => crate::words::RED,
        }
        .get(lang)
    }

    /// The name used in machine-readable output.
    pub fn as_str(self) -> &'static str {
        match self {
            Zone::Green => "green",
            Zone::Amber => "amber",
            Zone::Red => "red",
        }
    }
}

/// What made a session red, in the order the rules check it (rules 1–3 of docs/pain-rules.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RedCause {
    /// Rule 1: the back was worse on the morning after.
    WorseMorning,
    /// Rule 2: pain rose by 5 points or more.
    RoseBy(u8),
    /// Rule 3: pain rose by 2 points or more, to 6 or more.
    RoseTo { by: u8, to: u8 },
}

/// Why a session is in its zone; each cause belongs to exactly one zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ZoneCause {
    /// Rules 1–3.
    Red(RedCause),
    /// Rule 4, amber: not every planned rep was done.
    NotFinished,
    /// Rule 4, amber: the user stopped because of pain.
    StoppedForPain,
    /// Rule 4, amber: the session stopped before the pain question.
    Interrupted,
    /// Rule 4, amber: every rep was done, but the pain question after it was not answered (ryg
    /// was closed there). Without a pain after the rules cannot call a session easy, so it is
    /// amber like a session that stopped; only the words differ.
    NotAnswered,
    /// Rule 5, green: pain rose by 2–4 points but had settled by the next morning.
    Settled(u8),
    /// Rule 6, amber: pain rose by 2–4 points.
    RoseBy(u8),
    /// Rule 7, amber: pain after was 6 or more, and the session did not add to it.
    HighPainDay(u8),
    /// Rule 8, green: pain stayed low and steady, the session was done, the morning not worse.
    UnderTheRadar,
}

impl ZoneCause {
    pub fn zone(self) -> Zone {
        match self {
            ZoneCause::Red(_) => Zone::Red,
            ZoneCause::NotFinished
            | ZoneCause::StoppedForPain
            | ZoneCause::Interrupted
            | ZoneCause::NotAnswered
            | ZoneCause::RoseBy(_)
            | ZoneCause::HighPainDay(_) => Zone::Amber,
            ZoneCause::Settled(_) | ZoneCause::UnderTheRadar => Zone::Green,
        }
    }
}

/// A session's zone with the cause that decided it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SessionZone {
    pub zone: Zone,
    pub cause: ZoneCause,
}

/// The zone of one session, given the morning follow-up if it was answered.
/// The first rule that matches wins, in the order of the table in docs/pain-rules.md.
pub fn zone_of(session: &SessionRecord, morning: Option<Morning>) -> SessionZone {
    let cause = causes_of(session, morning)[0];
    SessionZone {
        zone: cause.zone(),
        cause,
    }
}

/// Every rule of the session's zone that holds for it, in the order of docs/pain-rules.md: the
/// first is the one that decides (see [`zone_of`]); the others say what else put it there.
pub fn causes_of(session: &SessionRecord, morning: Option<Morning>) -> Vec<ZoneCause> {
    let after = session.pain_after;
    // A fall in pain counts as no rise; `rise` is at most the pain after, so it fits a u8.
    let rise = rise(session).map(|rise| rise.max(0) as u8);
    let mut red = Vec::new();
    if morning == Some(Morning::Worse) {
        red.push(ZoneCause::Red(RedCause::WorseMorning));
    }
    // Rule 3 is left out when rule 2 holds: it would only say the same rise again.
    match (rise, after) {
        (Some(by @ 5..), _) => red.push(ZoneCause::Red(RedCause::RoseBy(by))),
        (Some(by @ 2..), Some(to @ 6..)) => red.push(ZoneCause::Red(RedCause::RoseTo { by, to })),
        _ => {}
    }
    if !red.is_empty() {
        return red;
    }
    let mut amber = Vec::new();
    if !session.completed || after.is_none() {
        amber.push(match (session.stopped, after, session.completed) {
            (Some(Stopped::Pain), _, _) => ZoneCause::StoppedForPain,
            (_, None, true) => ZoneCause::NotAnswered,
            (_, None, false) => ZoneCause::Interrupted,
            (_, Some(_), _) => ZoneCause::NotFinished,
        });
    }
    let settled = matches!(morning, Some(Morning::Same | Morning::Better));
    match (rise, after) {
        (Some(by @ 2..=4), _) if settled && amber.is_empty() => {
            return vec![ZoneCause::Settled(by)];
        }
        (Some(by @ 2..=4), _) => amber.push(ZoneCause::RoseBy(by)),
        (_, Some(high @ 6..)) => amber.push(ZoneCause::HighPainDay(high)),
        _ => {}
    }
    if amber.is_empty() {
        amber.push(ZoneCause::UnderTheRadar);
    }
    amber
}

/// How many points pain rose during the session, if both answers were given; negative when it fell.
pub(super) fn rise(session: &SessionRecord) -> Option<i16> {
    session
        .pain_after
        .map(|after| points_rose(session.pain_before, after))
}

fn points_rose(before: u8, after: u8) -> i16 {
    i16::from(after) - i16::from(before)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A session of `level`, pain `before` → `after`, started at 8:00 UTC `days_ago` days before
    /// `today`.
    pub fn session_days_before(
        today: jiff::civil::Date,
        days_ago: i32,
        (level, before, after, completed): (u32, u8, Option<u8>, bool),
    ) -> SessionRecord {
        use jiff::ToSpan;
        let date = today.checked_sub(days_ago.days()).unwrap();
        SessionRecord {
            started: date
                .at(8, 0, 0, 0)
                .to_zoned(jiff::tz::TimeZone::UTC)
                .unwrap()
                .timestamp(),
            ..session(level, before, after, completed)
        }
    }

    /// A session as the worked examples in docs/pain-rules.md write it.
    pub fn session(level: u32, before: u8, after: Option<u8>, completed: bool) -> SessionRecord {
        SessionRecord {
            level,
            completed,
            reps_done: if completed { 96 } else { 40 },
            pain_before: before,
            pain_after: after,
            ..crate::test_support::session()
        }
    }

    #[test]
    fn zone_boundaries() {
        use Morning::{Better, Same, Worse};
        use RedCause::{RoseTo, WorseMorning};
        use ZoneCause::*;
        let cases = [
            // (before, after, completed, morning) -> cause
            ((5, Some(5), true, None), UnderTheRadar),
            ((4, Some(5), true, None), UnderTheRadar),
            ((5, Some(6), true, None), HighPainDay(6)),
            ((7, Some(7), true, None), HighPainDay(7)),
            ((9, Some(6), true, None), HighPainDay(6)),
            ((4, Some(6), true, None), Red(RoseTo { by: 2, to: 6 })),
            ((2, Some(3), true, None), UnderTheRadar),
            ((2, Some(4), true, None), RoseBy(2)),
            ((1, Some(4), true, None), RoseBy(3)),
            ((1, Some(5), true, None), RoseBy(4)),
            ((0, Some(5), true, None), Red(RedCause::RoseBy(5))),
            ((1, Some(6), true, None), Red(RedCause::RoseBy(5))),
            ((1, Some(5), true, Some(Same)), Settled(4)),
            ((1, Some(5), true, Some(Better)), Settled(4)),
            ((5, Some(1), true, None), UnderTheRadar),
            ((2, Some(2), true, Some(Worse)), Red(WorseMorning)),
            ((2, Some(2), true, Some(Better)), UnderTheRadar),
            ((2, Some(2), false, None), NotFinished),
            // Not finished comes before a rise and before a settled morning.
            ((2, Some(4), false, Some(Same)), NotFinished),
            ((2, Some(2), false, Some(Worse)), Red(WorseMorning)),
            ((2, None, false, None), Interrupted),
            ((2, None, true, Some(Same)), NotAnswered),
            ((2, None, true, None), NotAnswered),
            ((2, None, false, Some(Better)), Interrupted),
            ((2, None, false, Some(Worse)), Red(WorseMorning)),
            // First match wins: the morning is named before the rise.
            ((0, Some(9), true, Some(Worse)), Red(WorseMorning)),
        ];
        for ((before, after, completed, morning), want) in cases {
            let got = zone_of(&session(1, before, after, completed), morning);
            assert_eq!(
                got.cause, want,
                "{before}→{after:?} {completed} {morning:?}"
            );
            assert_eq!(got.zone, want.zone());
        }
    }

    #[test]
    fn a_session_stopped_for_pain_says_so() {
        let stopped = |after| SessionRecord {
            stopped: Some(Stopped::Pain),
            ..session(2, 3, after, false)
        };
        assert_eq!(
            zone_of(&stopped(Some(4)), None).cause,
            ZoneCause::StoppedForPain
        );
        assert_eq!(
            zone_of(&stopped(None), None).cause,
            ZoneCause::StoppedForPain
        );
        assert_eq!(
            zone_of(&stopped(Some(7)), None).cause,
            ZoneCause::Red(RedCause::RoseTo { by: 4, to: 7 })
        );
        let for_time = SessionRecord {
            stopped: Some(Stopped::Time),
            ..session(2, 3, Some(3), false)
        };
        assert_eq!(zone_of(&for_time, None).cause, ZoneCause::NotFinished);
    }

    #[test]
    fn every_rule_of_the_zone_that_holds_is_named_the_deciding_one_first() {
        let all_red = causes_of(&session(2, 3, Some(6), true), Some(Morning::Worse));
        assert_eq!(
            all_red,
            [
                ZoneCause::Red(RedCause::WorseMorning),
                ZoneCause::Red(RedCause::RoseTo { by: 3, to: 6 }),
            ]
        );
        // Amber causes are not named when the session is red.
        let red = causes_of(&session(2, 3, Some(5), false), Some(Morning::Worse));
        assert_eq!(red, [ZoneCause::Red(RedCause::WorseMorning)]);
        let amber = causes_of(&session(2, 3, Some(5), false), None);
        assert_eq!(amber, [ZoneCause::NotFinished, ZoneCause::RoseBy(2)]);
        let high = causes_of(&session(2, 7, Some(7), false), None);
        assert_eq!(high, [ZoneCause::NotFinished, ZoneCause::HighPainDay(7)]);
        let stopped = causes_of(&session(2, 3, None, false), Some(Morning::Same));
        assert_eq!(stopped, [ZoneCause::Interrupted]);
        let green = causes_of(&session(2, 3, Some(4), true), None);
        assert_eq!(green, [ZoneCause::UnderTheRadar]);
    }

    #[test]
    fn each_cause_belongs_to_its_zone() {
        assert_eq!(ZoneCause::Red(RedCause::WorseMorning).zone(), Zone::Red);
        assert_eq!(ZoneCause::RoseBy(2).zone(), Zone::Amber);
        assert_eq!(ZoneCause::HighPainDay(7).zone(), Zone::Amber);
        assert_eq!(ZoneCause::NotFinished.zone(), Zone::Amber);
        assert_eq!(ZoneCause::StoppedForPain.zone(), Zone::Amber);
        assert_eq!(ZoneCause::Interrupted.zone(), Zone::Amber);
        assert_eq!(ZoneCause::NotAnswered.zone(), Zone::Amber);
        assert_eq!(ZoneCause::Settled(3).zone(), Zone::Green);
        assert_eq!(ZoneCause::UnderTheRadar.zone(), Zone::Green);
        let names: Vec<_> = [Zone::Green, Zone::Amber, Zone::Red]
            .map(Zone::as_str)
            .into();
        assert_eq!(names, ["green", "amber", "red"]);
    }
}
