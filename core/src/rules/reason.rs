//! Why the next level is what it is, as data; `words::rules` says it in the user's words.

use super::zone::RedCause;

/// The rule that chose the next level, with the numbers it looked at.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Reason {
    NoSessionsYet,
    /// The latest session was green, but the one before it was not green at the same level.
    OneGreenSoFar {
        level: u32,
    },
    /// The latest two sessions were green at this level, but further apart than 14 days.
    GreensFarApart {
        days: i32,
    },
    /// Two green sessions in a row at this level, at most 14 days apart: one level up.
    TwoGreensInARow {
        level: u32,
    },
    /// Two greens, but pain before the latest was at least 2 above the usual (the median of the
    /// sessions before it): the level stays.
    UsualPainHigher {
        before: u8,
    },
    /// Two greens at the top level of a program that names no program to go on to.
    AlreadyAtTopLevel,
    /// Two greens at the top level of a program that names the next one (by its id).
    ReadyFor(String),
    /// The latest session was red: one level easier.
    Red(RedCause),
    /// The latest session was red at level 1, so the level stays.
    RedAtEasiestLevel(RedCause),
    /// Amber: pain rose by 2–4 points, so the level stays.
    RoseBy(u8),
    /// Amber: a high-pain day that the session did not add to.
    HighPainDay,
    /// Amber: the latest session was not finished.
    NotFinished,
    /// Amber: the latest session was stopped because of pain.
    StoppedForPain,
    /// Amber: the latest session stopped before the pain question.
    Interrupted,
    /// Amber: the latest session was done, but the pain after it was not given.
    NotAnswered,
    /// 15–42 days since the latest session: one level easier than it was.
    Break {
        days: i32,
    },
    /// 43 days or more since the latest session: level 1.
    LongBreak {
        days: i32,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::Lang;
    use std::collections::HashSet;

    /// One of each reason; the match below stops compiling when a reason is added and not listed.
    fn every_reason() -> Vec<Reason> {
        let reasons = vec![
            Reason::NoSessionsYet,
            Reason::OneGreenSoFar { level: 2 },
            Reason::GreensFarApart { days: 20 },
            Reason::TwoGreensInARow { level: 2 },
            Reason::UsualPainHigher { before: 5 },
            Reason::AlreadyAtTopLevel,
            Reason::ReadyFor("lower-back".into()),
            Reason::Red(RedCause::WorseMorning),
            Reason::Red(RedCause::RoseBy(5)),
            Reason::Red(RedCause::RoseTo { by: 3, to: 6 }),
            Reason::RedAtEasiestLevel(RedCause::WorseMorning),
            Reason::RedAtEasiestLevel(RedCause::RoseBy(5)),
            Reason::RedAtEasiestLevel(RedCause::RoseTo { by: 3, to: 6 }),
            Reason::RoseBy(3),
            Reason::HighPainDay,
            Reason::NotFinished,
            Reason::StoppedForPain,
            Reason::Interrupted,
            Reason::NotAnswered,
            Reason::Break { days: 20 },
            Reason::LongBreak { days: 50 },
        ];
        for reason in &reasons {
            match reason {
                Reason::NoSessionsYet
                | Reason::OneGreenSoFar { .. }
                | Reason::GreensFarApart { .. }
                | Reason::TwoGreensInARow { .. }
                | Reason::UsualPainHigher { .. }
                | Reason::AlreadyAtTopLevel
                | Reason::ReadyFor(_)
                | Reason::Red(_)
                | Reason::RedAtEasiestLevel(_)
                | Reason::RoseBy(_)
                | Reason::HighPainDay
                | Reason::NotFinished
                | Reason::StoppedForPain
                | Reason::Interrupted
                | Reason::NotAnswered
                | Reason::Break { .. }
                | Reason::LongBreak { .. } => {}
            }
        }
        reasons
    }

    #[test]
    fn every_reason_has_its_own_line_in_every_language() {
        for lang in Lang::ALL {
            let texts: Vec<String> = every_reason().iter().map(|r| r.text(lang)).collect();
            for text in &texts {
                assert!(!text.trim().is_empty(), "{lang}");
                assert!(!text.contains('\n'), "{lang}: {text}");
            }
            let distinct: HashSet<&String> = texts.iter().collect();
            assert_eq!(distinct.len(), texts.len(), "{lang}: {texts:#?}");
        }
        for reason in every_reason() {
            let texts: HashSet<String> = Lang::ALL.iter().map(|&l| reason.text(l)).collect();
            assert_eq!(
                texts.len(),
                Lang::ALL.len(),
                "{reason:?} is untranslated somewhere"
            );
        }
    }

    #[test]
    fn the_examples_of_the_contract_read_as_written() {
        let cases = [
            (
                Reason::TwoGreensInARow { level: 2 },
                "two green sessions in a row at level 2",
            ),
            (
                Reason::Red(RedCause::RoseTo { by: 3, to: 6 }),
                "pain rose by 3 points, to 6, last time",
            ),
            (
                Reason::Red(RedCause::WorseMorning),
                "your back was worse the morning after",
            ),
            (Reason::NotFinished, "last session was not finished"),
            (Reason::AlreadyAtTopLevel, "already at the top level"),
            (Reason::NoSessionsYet, "no sessions yet"),
            (
                Reason::ReadyFor("lower-back".into()),
                "two green sessions at the top level; ready for lower-back: try it at level 1",
            ),
        ];
        for (reason, want) in cases {
            assert_eq!(reason.text(Lang::En), want);
        }
        assert_eq!(
            Reason::TwoGreensInARow { level: 3 }.text(Lang::Da),
            "to grønne træninger i træk på niveau 3"
        );
        assert_eq!(
            Reason::Break { days: 20 }.text(Lang::Nb),
            "en pause på 20 dager: ett nivå lettere for å komme i gang igjen"
        );
    }
}
