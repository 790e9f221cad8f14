//! What the app tells the user after a session that was too much or on a high-pain day, and
//! when; the words are in `words::rules`.

use crate::journal::SessionWithMorning;

use super::zone::{Zone, ZoneCause, rise, zone_of};

/// A calm piece of advice shown with a recommendation after a red session or a high-pain day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Advice {
    /// After a red session: the rise is not harm, and the next session is one level easier.
    EasierNextTime,
    /// After a red session at level 1, where there is no easier level to go to.
    StayAtEasiestLevel,
    /// After pain of 8 or more, or a rise of 4 points or more.
    SeeClinicianIfLasting,
    /// After three red sessions in a row of one program: the plan itself may need a look.
    ReviewThePlan,
    /// After a high-pain day the session did not add to (rule 7): training then is fine.
    HighPainDayIsFine,
}

impl Advice {
    pub const ALL: [Advice; 5] = [
        Advice::EasierNextTime,
        Advice::StayAtEasiestLevel,
        Advice::SeeClinicianIfLasting,
        Advice::ReviewThePlan,
        Advice::HighPainDayIsFine,
    ];
}

/// The advice after a program's sessions (in `started` order): none unless the latest was red
/// or a high-pain day. `at_easiest` says the latest session was done at level 1, so there is no
/// easier level.
pub(super) fn advice_after(sessions: &[SessionWithMorning<'_>], at_easiest: bool) -> Vec<Advice> {
    let is_red = |s: &SessionWithMorning<'_>| zone_of(s.session, s.morning).zone == Zone::Red;
    let Some(latest) = sessions.last() else {
        return Vec::new();
    };
    if let ZoneCause::HighPainDay(_) = zone_of(latest.session, latest.morning).cause {
        return vec![Advice::HighPainDayIsFine];
    }
    if !is_red(latest) {
        return Vec::new();
    }
    let mut advice = vec![if at_easiest {
        Advice::StayAtEasiestLevel
    } else {
        Advice::EasierNextTime
    }];
    let strong = latest.session.pain_after.is_some_and(|after| after >= 8)
        || rise(latest.session).is_some_and(|rise| rise >= 4);
    if strong {
        advice.push(Advice::SeeClinicianIfLasting);
    }
    // Three or more: a fourth red in a row still means the plan deserves a look.
    if sessions.len() >= 3 && sessions[sessions.len() - 3..].iter().all(is_red) {
        advice.push(Advice::ReviewThePlan);
    }
    advice
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::Lang;
    use std::collections::HashSet;

    #[test]
    fn every_advice_has_its_own_text_in_every_language() {
        for advice in Advice::ALL {
            match advice {
                // Stops compiling when advice is added without being listed in `ALL`.
                Advice::EasierNextTime
                | Advice::StayAtEasiestLevel
                | Advice::SeeClinicianIfLasting
                | Advice::ReviewThePlan
                | Advice::HighPainDayIsFine => {}
            }
            let texts: HashSet<&str> = Lang::ALL.iter().map(|&l| advice.text(l)).collect();
            assert_eq!(texts.len(), Lang::ALL.len(), "{advice:?}");
        }
        for lang in Lang::ALL {
            let texts: HashSet<&str> = Advice::ALL.iter().map(|a| a.text(lang)).collect();
            assert_eq!(texts.len(), Advice::ALL.len(), "{lang}");
            assert!(
                texts
                    .iter()
                    .all(|t| !t.trim().is_empty() && !t.contains('\n'))
            );
        }
    }
}
