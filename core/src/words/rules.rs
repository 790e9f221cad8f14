//! The words for the pain rules: why a session is in its zone, why the next level is what it
//! is, and the advice after a session that was too much.

use super::Lang;
use crate::rules::{Advice, Reason, RedCause, ZoneCause};

messages! {
    one_green_so_far(level: u32) =
        "one green session so far at level {level}",
        "én grøn træning indtil videre på niveau {level}",
        "én grønn økt så langt på nivå {level}";
    two_greens_in_a_row(level: u32) =
        "two green sessions in a row at level {level}",
        "to grønne træninger i træk på niveau {level}",
        "to grønne økter på rad på nivå {level}";
    /// `red` is one of the red reasons below.
    red_at_easiest_level(red: &str) =
        "{red}; level 1 is already the easiest",
        "{red}; niveau 1 er allerede det letteste",
        "{red}; nivå 1 er allerede det letteste";
    red_pain_after(after: u8) =
        "pain was {after} out of 10 after last time",
        "smerten var {after} ud af 10 efter sidste gang",
        "smerten var {after} av 10 etter forrige gang";
    red_rose_by(points: u8) =
        "pain rose by {points} points last time",
        "smerten steg {points} point sidste gang",
        "smerten steg {points} poeng forrige gang";
    cause_pain_after(after: u8) =
        "pain after the session was {after} out of 10; 6 or more is red",
        "smerten efter træningen var {after} ud af 10; 6 eller mere er rødt",
        "smerten etter økten var {after} av 10; 6 eller mer er rødt";
    cause_rose_by(points: u8) =
        "pain rose by {points} points during the session; 3 or more is red",
        "smerten steg {points} point under træningen; 3 point eller mere er rødt",
        "smerten steg {points} poeng under økten; 3 poeng eller mer er rødt";
}

words! {
    NO_SESSIONS_YET = "no sessions yet", "ingen træninger endnu", "ingen økter ennå";
    ALREADY_AT_TOP_LEVEL =
        "already at the top level",
        "allerede på det højeste niveau",
        "allerede på øverste nivå";
    ROSE_BY_TWO =
        "pain rose by 2 points last time, so we stay at this level",
        "smerten steg 2 point sidste gang, så vi bliver på niveauet",
        "smerten steg 2 poeng forrige gang, så vi blir på samme nivå";
    NOT_FINISHED =
        "last session was not finished",
        "sidste træning blev ikke gennemført",
        "forrige økt ble ikke fullført";
    INTERRUPTED =
        "last session stopped before the question about pain",
        "sidste træning stoppede før spørgsmålet om smerte",
        "forrige økt stoppet før spørsmålet om smerte";
    NOT_ANSWERED =
        "last session was done, but the pain after it was not given",
        "sidste træning blev gennemført, men smerten bagefter blev ikke angivet",
        "forrige økt ble fullført, men smerten etterpå ble ikke oppgitt";
    RED_WORSE_MORNING =
        "your back was worse the morning after",
        "din ryg var værre morgenen efter",
        "ryggen din var verre morgenen etter";
    CAUSE_WORSE_MORNING =
        "the back was worse than usual the morning after, which is red",
        "ryggen var værre end sædvanligt morgenen efter – derfor rød",
        "ryggen var verre enn vanlig morgenen etter – derfor rød";
    CAUSE_ROSE_BY_TWO =
        "pain rose by 2 points during the session, which is amber",
        "smerten steg 2 point under træningen – derfor gul",
        "smerten steg 2 poeng under økten – derfor gul";
    CAUSE_NOT_FINISHED =
        "not every planned rep was done, which is amber",
        "ikke alle planlagte gentagelser blev udført – derfor gul",
        "ikke alle planlagte repetisjoner ble utført – derfor gul";
    CAUSE_INTERRUPTED =
        "the session stopped before the question about pain; without that answer it is amber",
        "træningen stoppede før spørgsmålet om smerte; uden det svar er den gul",
        "økten stoppet før spørsmålet om smerte; uten det svaret er den gul";
    CAUSE_NOT_ANSWERED =
        "every rep was done, but the question about pain after was not answered; without that answer it is amber",
        "alle gentagelser blev udført, men spørgsmålet om smerte bagefter blev ikke besvaret; uden det svar er den gul",
        "alle repetisjoner ble utført, men spørsmålet om smerte etterpå ble ikke besvart; uten det svaret er den gul";
    CAUSE_UNDER_THE_RADAR =
        "pain after was 5 or less and rose by at most 1 point, every rep was done, and the back was not worse the morning after",
        "smerten efter var 5 eller mindre og steg højst 1 point, alle gentagelser blev udført, og ryggen var ikke værre morgenen efter",
        "smerten etter var 5 eller mindre og steg høyst 1 poeng, alle repetisjoner ble utført, og ryggen var ikke verre morgenen etter";
    EASIER_NEXT_TIME =
        "Pain that rises and then settles is not a sign of damage. Next time we go one level easier.",
        "Smerte, der stiger og så falder til ro igen, er ikke et tegn på skade. Næste gang tager vi et lettere niveau.",
        "Smerte som øker og så roer seg igjen, er ikke et tegn på skade. Neste gang tar vi et lettere nivå.";
    STAY_AT_EASIEST_LEVEL =
        "Pain that rises and then settles is not a sign of damage. Next time we stay at the easiest level.",
        "Smerte, der stiger og så falder til ro igen, er ikke et tegn på skade. Næste gang bliver vi på det letteste niveau.",
        "Smerte som øker og så roer seg igjen, er ikke et tegn på skade. Neste gang blir vi på det letteste nivået.";
    SEE_CLINICIAN_IF_LASTING =
        "If the pain does not settle within a few days, contact your doctor or physiotherapist.",
        "Hvis smerten ikke har lagt sig inden for et par dage, så kontakt din læge eller fysioterapeut.",
        "Hvis smerten ikke har roet seg i løpet av noen dager, ta kontakt med legen din eller fysioterapeuten din.";
    REVIEW_THE_PLAN =
        "Three sessions in a row have been too much. It may help to have a physiotherapist or doctor look over your plan.",
        "Tre træninger i træk har været for meget. Det kan hjælpe at få en fysioterapeut eller læge til at se på din plan.",
        "Tre økter på rad har vært for mye. Det kan hjelpe å få en fysioterapeut eller lege til å se på planen din.";
}

impl Reason {
    /// One calm, short line, without a full stop, to show next to the level.
    pub fn text(&self, lang: Lang) -> String {
        let fixed = match *self {
            Reason::NoSessionsYet => NO_SESSIONS_YET,
            Reason::OneGreenSoFar { level } => return one_green_so_far(lang, level),
            Reason::TwoGreensInARow { level } => return two_greens_in_a_row(lang, level),
            Reason::AlreadyAtTopLevel => ALREADY_AT_TOP_LEVEL,
            Reason::Red(cause) => return red(cause, lang),
            Reason::RedAtEasiestLevel(cause) => {
                return red_at_easiest_level(lang, &red(cause, lang));
            }
            Reason::RoseByTwo => ROSE_BY_TWO,
            Reason::NotFinished => NOT_FINISHED,
            Reason::Interrupted => INTERRUPTED,
            Reason::NotAnswered => NOT_ANSWERED,
        };
        fixed.get(lang).to_string()
    }
}

/// What made the latest session red, as the reason for the next level.
fn red(cause: RedCause, lang: Lang) -> String {
    match cause {
        RedCause::PainAfter(after) => red_pain_after(lang, after),
        RedCause::RoseBy(points) => red_rose_by(lang, points),
        RedCause::WorseMorning => RED_WORSE_MORNING.get(lang).to_string(),
    }
}

impl ZoneCause {
    /// The rule of pain-rules.md that decided the zone, with the numbers it looked at; one line,
    /// without a full stop.
    pub fn text(self, lang: Lang) -> String {
        let fixed = match self {
            ZoneCause::Red(RedCause::PainAfter(after)) => return cause_pain_after(lang, after),
            ZoneCause::Red(RedCause::RoseBy(points)) => return cause_rose_by(lang, points),
            ZoneCause::Red(RedCause::WorseMorning) => CAUSE_WORSE_MORNING,
            ZoneCause::RoseByTwo => CAUSE_ROSE_BY_TWO,
            ZoneCause::NotFinished => CAUSE_NOT_FINISHED,
            ZoneCause::Interrupted => CAUSE_INTERRUPTED,
            ZoneCause::NotAnswered => CAUSE_NOT_ANSWERED,
            ZoneCause::UnderTheRadar => CAUSE_UNDER_THE_RADAR,
        };
        fixed.get(lang).to_string()
    }
}

impl Advice {
    pub fn text(self, lang: Lang) -> &'static str {
        match self {
            Advice::EasierNextTime => EASIER_NEXT_TIME,
            Advice::StayAtEasiestLevel => STAY_AT_EASIEST_LEVEL,
            Advice::SeeClinicianIfLasting => SEE_CLINICIAN_IF_LASTING,
            Advice::ReviewThePlan => REVIEW_THE_PLAN,
        }
        .get(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::Morning;
    use crate::rules::zone_of;
    use crate::rules::zone_tests::session;
    use std::collections::HashSet;

    #[test]
    fn each_cause_is_told_with_its_numbers_in_every_language() {
        let cases = [
            (
                session(2, 3, Some(7), true),
                None,
                "pain after the session was 7 out of 10; 6 or more is red",
            ),
            (
                session(2, 1, Some(5), true),
                None,
                "pain rose by 4 points during the session; 3 or more is red",
            ),
            (
                session(2, 3, Some(3), true),
                Some(Morning::Worse),
                "the back was worse than usual the morning after, which is red",
            ),
            (
                session(2, 3, Some(5), true),
                None,
                "pain rose by 2 points during the session, which is amber",
            ),
            (
                session(2, 3, Some(3), false),
                None,
                "not every planned rep was done, which is amber",
            ),
            (
                session(2, 3, None, false),
                None,
                "the session stopped before the question about pain; without that answer it is amber",
            ),
            (
                session(2, 3, None, true),
                None,
                "every rep was done, but the question about pain after was not answered; without that answer it is amber",
            ),
            (
                session(2, 3, Some(4), true),
                Some(Morning::Better),
                "pain after was 5 or less and rose by at most 1 point, every rep was done, and the back was not worse the morning after",
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
