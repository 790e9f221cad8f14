//! Why the next level is what it is, in words the user reads.

use crate::words::Lang;

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

impl Reason {
    /// One calm, short line, without a full stop, to show next to the level.
    pub fn text(&self, lang: Lang) -> String {
        match *self {
            Reason::NoSessionsYet => match lang {
                Lang::En => "no sessions yet".into(),
                Lang::Da => "ingen træninger endnu".into(),
                Lang::Nb => "ingen økter ennå".into(),
            },
            Reason::OneGreenSoFar { level } => match lang {
                Lang::En => format!("one green session so far at level {level}"),
                Lang::Da => format!("én grøn træning indtil videre på niveau {level}"),
                Lang::Nb => format!("én grønn økt så langt på nivå {level}"),
            },
            Reason::TwoGreensInARow { level } => match lang {
                Lang::En => format!("two green sessions in a row at level {level}"),
                Lang::Da => format!("to grønne træninger i træk på niveau {level}"),
                Lang::Nb => format!("to grønne økter på rad på nivå {level}"),
            },
            Reason::AlreadyAtTopLevel => match lang {
                Lang::En => "already at the top level".into(),
                Lang::Da => "allerede på det højeste niveau".into(),
                Lang::Nb => "allerede på øverste nivå".into(),
            },
            Reason::Red(cause) => red(cause, lang),
            Reason::RedAtEasiestLevel(cause) => match lang {
                Lang::En => format!("{}; level 1 is already the easiest", red(cause, lang)),
                Lang::Da => format!("{}; niveau 1 er allerede det letteste", red(cause, lang)),
                Lang::Nb => format!("{}; nivå 1 er allerede det letteste", red(cause, lang)),
            },
            Reason::RoseByTwo => match lang {
                Lang::En => "pain rose by 2 points last time, so we stay at this level".into(),
                Lang::Da => "smerten steg 2 point sidste gang, så vi bliver på niveauet".into(),
                Lang::Nb => "smerten steg 2 poeng forrige gang, så vi blir på samme nivå".into(),
            },
            Reason::NotFinished => match lang {
                Lang::En => "last session was not finished".into(),
                Lang::Da => "sidste træning blev ikke gennemført".into(),
                Lang::Nb => "forrige økt ble ikke fullført".into(),
            },
            Reason::Interrupted => match lang {
                Lang::En => "last session stopped before the question about pain".into(),
                Lang::Da => "sidste træning stoppede før spørgsmålet om smerte".into(),
                Lang::Nb => "forrige økt stoppet før spørsmålet om smerte".into(),
            },
            Reason::NotAnswered => match lang {
                Lang::En => "last session was done, but the pain after it was not given".into(),
                Lang::Da => {
                    "sidste træning blev gennemført, men smerten bagefter blev ikke angivet".into()
                }
                Lang::Nb => "forrige økt ble fullført, men smerten etterpå ble ikke oppgitt".into(),
            },
        }
    }
}

fn red(cause: RedCause, lang: Lang) -> String {
    match cause {
        RedCause::PainAfter(after) => match lang {
            Lang::En => format!("pain was {after} out of 10 after last time"),
            Lang::Da => format!("smerten var {after} ud af 10 efter sidste gang"),
            Lang::Nb => format!("smerten var {after} av 10 etter forrige gang"),
        },
        RedCause::RoseBy(points) => match lang {
            Lang::En => format!("pain rose by {points} points last time"),
            Lang::Da => format!("smerten steg {points} point sidste gang"),
            Lang::Nb => format!("smerten steg {points} poeng forrige gang"),
        },
        RedCause::WorseMorning => match lang {
            Lang::En => "your back was worse the morning after".into(),
            Lang::Da => "din ryg var værre morgenen efter".into(),
            Lang::Nb => "ryggen din var verre morgenen etter".into(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
