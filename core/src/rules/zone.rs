//! The zone of one session: how its pain answers say the load suited the back.

use crate::journal::{Morning, SessionRecord};

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

/// What made a session red, in the order the rules check it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RedCause {
    /// Pain after was 6 or more.
    PainAfter(u8),
    /// Pain rose by 3 points or more.
    RoseBy(u8),
    /// The back was worse on the morning after.
    WorseMorning,
}

/// Why a session is in its zone; each cause belongs to exactly one zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ZoneCause {
    Red(RedCause),
    /// Amber: pain rose by exactly 2 points.
    RoseByTwo,
    /// Amber: not every planned rep was done.
    NotFinished,
    /// Amber: the session stopped before the pain question, and the morning was not worse.
    Interrupted,
    /// Amber: every rep was done, but the pain question after it was not answered (ryg was
    /// closed there). docs/pain-rules.md has no green without a pain after, so it stays amber; only
    /// the words differ from a session that stopped early.
    NotAnswered,
    /// Green: pain stayed low and steady, the session was done, the morning was not worse.
    UnderTheRadar,
}

impl ZoneCause {
    pub fn zone(self) -> Zone {
        match self {
            ZoneCause::Red(_) => Zone::Red,
            ZoneCause::RoseByTwo
            | ZoneCause::NotFinished
            | ZoneCause::Interrupted
            | ZoneCause::NotAnswered => Zone::Amber,
            ZoneCause::UnderTheRadar => Zone::Green,
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
    let worse_morning = morning == Some(Morning::Worse);
    let rise = rise(session);
    let mut red = Vec::new();
    if let Some(after) = session.pain_after.filter(|after| *after >= 6) {
        red.push(ZoneCause::Red(RedCause::PainAfter(after)));
    }
    if let Some(rise) = rise.filter(|rise| *rise >= 3) {
        // `rise` is at most the pain after, a u8, so it fits.
        red.push(ZoneCause::Red(RedCause::RoseBy(rise as u8)));
    }
    if worse_morning {
        red.push(ZoneCause::Red(RedCause::WorseMorning));
    }
    if !red.is_empty() {
        return red;
    }
    // Without a pain rating only the morning can tell the session was too much; otherwise it
    // is amber, as not finished too.
    let mut amber = Vec::new();
    match (session.pain_after, session.completed) {
        (None, true) => amber.push(ZoneCause::NotAnswered),
        (None, false) => amber.push(ZoneCause::Interrupted),
        (Some(_), _) => {}
    }
    if rise == Some(2) {
        amber.push(ZoneCause::RoseByTwo);
    }
    if !session.completed {
        amber.push(ZoneCause::NotFinished);
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
        use RedCause::*;
        use ZoneCause::*;
        let cases = [
            // (before, after, completed, morning) -> cause
            ((5, Some(5), true, None), UnderTheRadar),
            ((4, Some(5), true, None), UnderTheRadar),
            ((5, Some(6), true, None), Red(PainAfter(6))),
            ((2, Some(3), true, None), UnderTheRadar),
            ((2, Some(4), true, None), RoseByTwo),
            ((2, Some(5), true, None), Red(RoseBy(3))),
            ((5, Some(1), true, None), UnderTheRadar),
            ((2, Some(2), true, Some(Worse)), Red(WorseMorning)),
            ((2, Some(2), true, Some(Better)), UnderTheRadar),
            ((2, Some(2), true, Some(Same)), UnderTheRadar),
            ((2, Some(2), false, None), NotFinished),
            ((2, Some(4), false, None), RoseByTwo),
            ((2, Some(2), false, Some(Worse)), Red(WorseMorning)),
            ((2, None, false, None), Interrupted),
            ((2, None, true, Some(Same)), NotAnswered),
            ((2, None, true, None), NotAnswered),
            ((2, None, false, Some(Better)), Interrupted),
            ((2, None, false, Some(Worse)), Red(WorseMorning)),
            // First match wins: a high rating is named before the rise and the morning.
            ((0, Some(9), true, Some(Worse)), Red(PainAfter(9))),
            ((1, Some(5), true, Some(Worse)), Red(RoseBy(4))),
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
    fn every_rule_of_the_zone_that_holds_is_named_the_deciding_one_first() {
        let all_red = causes_of(&session(2, 3, Some(6), true), Some(Morning::Worse));
        assert_eq!(
            all_red,
            [
                ZoneCause::Red(RedCause::PainAfter(6)),
                ZoneCause::Red(RedCause::RoseBy(3)),
                ZoneCause::Red(RedCause::WorseMorning)
            ]
        );
        // Amber causes are not named when the session is red.
        let red = causes_of(&session(2, 3, Some(5), false), Some(Morning::Worse));
        assert_eq!(red, [ZoneCause::Red(RedCause::WorseMorning)]);
        let amber = causes_of(&session(2, 3, Some(5), false), None);
        assert_eq!(amber, [ZoneCause::RoseByTwo, ZoneCause::NotFinished]);
        let stopped = causes_of(&session(2, 3, None, false), Some(Morning::Same));
        assert_eq!(stopped, [ZoneCause::Interrupted, ZoneCause::NotFinished]);
        let green = causes_of(&session(2, 3, Some(4), true), None);
        assert_eq!(green, [ZoneCause::UnderTheRadar]);
    }

    #[test]
    fn each_cause_belongs_to_its_zone() {
        assert_eq!(ZoneCause::Red(RedCause::WorseMorning).zone(), Zone::Red);
        assert_eq!(ZoneCause::RoseByTwo.zone(), Zone::Amber);
        assert_eq!(ZoneCause::NotFinished.zone(), Zone::Amber);
        assert_eq!(ZoneCause::Interrupted.zone(), Zone::Amber);
        assert_eq!(ZoneCause::NotAnswered.zone(), Zone::Amber);
        assert_eq!(ZoneCause::UnderTheRadar.zone(), Zone::Green);
        let names: Vec<_> = [Zone::Green, Zone::Amber, Zone::Red]
            .map(Zone::as_str)
            .into();
        assert_eq!(names, ["green", "amber", "red"]);
    }
}
