//! Why one session is in its zone, in words the user reads next to that session.

use crate::words::Lang;

use super::zone::{RedCause, ZoneCause};

impl ZoneCause {
    /// The rule of docs/pain-rules.md that decided the zone, with the numbers it looked at; one
    /// line, without a full stop.
    pub fn text(self, lang: Lang) -> String {
        match self {
            ZoneCause::Red(RedCause::PainAfter(after)) => match lang {
                Lang::En => format!("pain after the session was {after} out of 10; 6 or more is red"),
                Lang::Da => format!("smerten efter træningen var {after} ud af 10; 6 eller mere er rødt"),
                Lang::Nb => format!("smerten etter økten var {after} av 10; 6 eller mer er rødt"),
            },
            ZoneCause::Red(RedCause::RoseBy(points)) => match lang {
                Lang::En => format!("pain rose by {points} points during the session; 3 or more is red"),
                Lang::Da => format!("smerten steg {points} point under træningen; 3 point eller mere er rødt"),
                Lang::Nb => format!("smerten steg {points} poeng under økten; 3 poeng eller mer er rødt"),
            },
            ZoneCause::Red(RedCause::WorseMorning) => match lang {
                Lang::En => "the back was worse than usual the morning after, which is red".into(),
                Lang::Da => "ryggen var værre end sædvanligt morgenen efter, og det er rødt".into(),
                Lang::Nb => "ryggen var verre enn vanlig morgenen etter, og det er rødt".into(),
            },
            ZoneCause::RoseByTwo => match lang {
                Lang::En => "pain rose by 2 points during the session, which is amber".into(),
                Lang::Da => "smerten steg 2 point under træningen, og det er gult".into(),
                Lang::Nb => "smerten steg 2 poeng under økten, og det er gult".into(),
            },
            ZoneCause::NotFinished => match lang {
                Lang::En => "not every planned rep was done, which is amber".into(),
                Lang::Da => "ikke alle planlagte gentagelser blev udført, og det er gult".into(),
                Lang::Nb => "ikke alle planlagte repetisjoner ble gjort, og det er gult".into(),
            },
            ZoneCause::Interrupted => match lang {
                Lang::En => "the session stopped before the question about pain; without that answer it is amber".into(),
                Lang::Da => "træningen stoppede før spørgsmålet om smerte; uden det svar er den gul".into(),
                Lang::Nb => "økten stoppet før spørsmålet om smerte; uten det svaret er den gul".into(),
            },
            ZoneCause::NotAnswered => match lang {
                Lang::En => "every rep was done, but the question about pain after was not answered; without that answer it is amber".into(),
                Lang::Da => "alle gentagelser blev udført, men spørgsmålet om smerte bagefter blev ikke besvaret; uden det svar er den gul".into(),
                Lang::Nb => "alle repetisjoner ble gjort, men spørsmålet om smerte etterpå ble ikke besvart; uten det svaret er den gul".into(),
            },
            ZoneCause::UnderTheRadar => match lang {
                Lang::En => "pain after was 5 or less and rose by at most 1 point, every rep was done, and the morning after was not reported worse".into(),
                Lang::Da => "smerten efter var 5 eller mindre og steg højst 1 point, alle gentagelser blev udført, og morgenen efter er ikke angivet som værre".into(),
                Lang::Nb => "smerten etter var 5 eller mindre og steg høyst 1 poeng, alle repetisjoner ble gjort, og morgenen etter er ikke oppgitt som verre".into(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{Morning, SessionRecord};
    use crate::rules::zone_of;
    use std::collections::HashSet;

    fn session(before: u8, after: Option<u8>, completed: bool) -> SessionRecord {
        crate::rules::zone::tests::session(2, before, after, completed)
    }

    #[test]
    fn every_rule_of_the_zone_that_holds_is_named_the_deciding_one_first() {
        use crate::rules::causes_of;
        let all_red = causes_of(&session(3, Some(6), true), Some(Morning::Worse));
        assert_eq!(
            all_red,
            [
                ZoneCause::Red(RedCause::PainAfter(6)),
                ZoneCause::Red(RedCause::RoseBy(3)),
                ZoneCause::Red(RedCause::WorseMorning)
            ]
        );
        // Amber causes are not named when the session is red.
        let red = causes_of(&session(3, Some(5), false), Some(Morning::Worse));
        assert_eq!(red, [ZoneCause::Red(RedCause::WorseMorning)]);
        let amber = causes_of(&session(3, Some(5), false), None);
        assert_eq!(amber, [ZoneCause::RoseByTwo, ZoneCause::NotFinished]);
        let stopped = causes_of(&session(3, None, false), Some(Morning::Same));
        assert_eq!(stopped, [ZoneCause::Interrupted, ZoneCause::NotFinished]);
        let green = causes_of(&session(3, Some(4), true), None);
        assert_eq!(green, [ZoneCause::UnderTheRadar]);
    }

    #[test]
    fn each_cause_is_told_with_its_numbers_in_every_language() {
        let cases = [
            (
                session(3, Some(7), true),
                None,
                "pain after the session was 7 out of 10; 6 or more is red",
            ),
            (
                session(1, Some(5), true),
                None,
                "pain rose by 4 points during the session; 3 or more is red",
            ),
            (
                session(3, Some(3), true),
                Some(Morning::Worse),
                "the back was worse than usual the morning after, which is red",
            ),
            (
                session(3, Some(5), true),
                None,
                "pain rose by 2 points during the session, which is amber",
            ),
            (
                session(3, Some(3), false),
                None,
                "not every planned rep was done, which is amber",
            ),
            (
                session(3, None, false),
                None,
                "the session stopped before the question about pain; without that answer it is amber",
            ),
            (
                session(3, None, true),
                None,
                "every rep was done, but the question about pain after was not answered; without that answer it is amber",
            ),
            (
                session(3, Some(4), true),
                Some(Morning::Better),
                "pain after was 5 or less and rose by at most 1 point, every rep was done, and the morning after was not reported worse",
            ),
        ];
        let mut seen = HashSet::new();
        for (record, morning, english) in cases {
            let cause = zone_of(&record, morning).cause;
            assert_eq!(cause.text(Lang::En), english);
            let texts: HashSet<String> = Lang::ALL.iter().map(|&lang| cause.text(lang)).collect();
            assert_eq!(
                texts.len(),
                Lang::ALL.len(),
                "{cause:?} is untranslated somewhere"
            );
            assert!(seen.insert(cause.text(Lang::Da)), "{cause:?}");
        }
    }
}
