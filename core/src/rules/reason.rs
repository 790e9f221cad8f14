//! Why the next level is what it is, as data; `words::rules` says it in the user's words.

use super::zone::RedCause;

/// The rule that chose the next level, with the numbers it looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    NoSessionsYet,
    /// The latest session was green, but the one before it was not green at the same level.
    OneGreenSoFar {
        level: u32,
    },
    /// Two green sessions in a row at this level: one level up.
    TwoGreensInARow {
        level: u32,
    },
    /// Green, but there is no harder level.
    AlreadyAtTopLevel,
    /// The latest session was red: one level easier.
    Red(RedCause),
    /// The latest session was red at level 1, so the level stays.
    RedAtEasiestLevel(RedCause),
    /// Amber: pain rose by 2 points, so the level stays.
    RoseByTwo,
    /// Amber: the latest session was not finished.
    NotFinished,
    /// Amber: the latest session stopped before the pain question.
    Interrupted,
    /// Amber: the latest session was done, but the pain after it was not given.
    NotAnswered,
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
            Reason::TwoGreensInARow { level: 2 },
            Reason::AlreadyAtTopLevel,
            Reason::Red(RedCause::PainAfter(7)),
            Reason::Red(RedCause::RoseBy(3)),
            Reason::Red(RedCause::WorseMorning),
            Reason::RedAtEasiestLevel(RedCause::PainAfter(7)),
            Reason::RedAtEasiestLevel(RedCause::RoseBy(3)),
            Reason::RedAtEasiestLevel(RedCause::WorseMorning),
            Reason::RoseByTwo,
            Reason::NotFinished,
            Reason::Interrupted,
            Reason::NotAnswered,
        ];
        for reason in &reasons {
            match reason {
                Reason::NoSessionsYet
                | Reason::OneGreenSoFar { .. }
                | Reason::TwoGreensInARow { .. }
                | Reason::AlreadyAtTopLevel
                | Reason::Red(_)
                | Reason::RedAtEasiestLevel(_)
                | Reason::RoseByTwo
                | Reason::NotFinished
                | Reason::Interrupted
                | Reason::NotAnswered => {}
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
                Reason::Red(RedCause::RoseBy(3)),
                "pain rose by 3 points last time",
            ),
            (
                Reason::Red(RedCause::WorseMorning),
                "your back was worse the morning after",
            ),
            (Reason::NotFinished, "last session was not finished"),
            (Reason::AlreadyAtTopLevel, "already at the top level"),
            (Reason::NoSessionsYet, "no sessions yet"),
        ];
        for (reason, want) in cases {
            assert_eq!(reason.text(Lang::En), want);
        }
        assert_eq!(
            Reason::TwoGreensInARow { level: 3 }.text(Lang::Da),
            "to grønne træninger i træk på niveau 3"
        );
        assert_eq!(
            Reason::Red(RedCause::PainAfter(8)).text(Lang::Nb),
            "smerten var 8 av 10 etter forrige gang"
        );
    }
}
