//! The words for the pain rules: why a session is in its zone, why the next level is what it
//! is, and the advice after a session that was too much or on a high-pain day.

use super::Lang;
use crate::program::Catalog;
use crate::rules::{Advice, Reason, RedCause, ZoneCause};
use crate::visible::visible;

messages! {
    one_green_so_far(level: u32) =
        "one green session so far at level {level}",
        "én grøn træning indtil videre på niveau {level}",
        "én grønn økt så langt på nivå {level}";
    greens_far_apart(days: i32) =
        "the last two green sessions were {days} days apart; two within 14 days step up",
        "de sidste to grønne træninger lå {days} dage fra hinanden; to inden for 14 dage giver et niveau op",
        "de to siste grønne øktene var {days} dager fra hverandre; to innen 14 dager gir et nivå opp";
    two_greens_in_a_row(level: u32) =
        "two green sessions in a row at level {level}",
        "to grønne træninger i træk på niveau {level}",
        "to grønne økter på rad på nivå {level}";
    usual_pain_higher(before: u8) =
        "your pain has been higher than usual lately ({before} before the session), so we stay at this level",
        "dine smerter har været højere end sædvanligt på det seneste ({before} før træningen), så vi bliver på niveauet",
        "smertene dine har vært høyere enn vanlig i det siste ({before} før økten), så vi blir på samme nivå";
    ready_for(next: &str) =
        "two green sessions at the top level; ready for {next}: try it at level 1",
        "to grønne træninger på det højeste niveau; klar til {next}: prøv det på niveau 1",
        "to grønne økter på øverste nivå; klar for {next}: prøv det på nivå 1";
    /// `red` is one of the red reasons below.
    red_at_easiest_level(red: &str) =
        "{red}; level 1 is already the easiest",
        "{red}; niveau 1 er allerede det letteste",
        "{red}; nivå 1 er allerede det letteste";
    red_rose_by(points: u8) =
        "pain rose by {points} points last time",
        "smerten steg {points} point sidste gang",
        "smerten steg {points} poeng forrige gang";
    red_rose_to(points: u8, to: u8) =
        "pain rose by {points} points, to {to}, last time",
        "smerten steg {points} point, til {to}, sidste gang",
        "smerten steg {points} poeng, til {to}, forrige gang";
    rose_by(points: u8) =
        "pain rose by {points} points last time, so we stay at this level",
        "smerten steg {points} point sidste gang, så vi bliver på niveauet",
        "smerten steg {points} poeng forrige gang, så vi blir på samme nivå";
    a_break(days: i32) =
        "a break of {days} days: one level easier to start again",
        "en pause på {days} dage: et lettere niveau for at komme i gang igen",
        "en pause på {days} dager: ett nivå lettere for å komme i gang igjen";
    a_long_break(days: i32) =
        "a long break ({days} days): start again gently at level 1",
        "en lang pause ({days} dage): start blidt igen på niveau 1",
        "en lang pause ({days} dager): start forsiktig igjen på nivå 1";
    cause_rose_by(points: u8) =
        "pain rose by {points} points during the session – so red",
        "smerten steg {points} point under træningen – derfor rød",
        "smerten steg {points} poeng under økten – derfor rød";
    cause_rose_to(points: u8, to: u8) =
        "pain rose by {points} points during the session, to {to} – so red",
        "smerten steg {points} point under træningen, til {to} – derfor rød",
        "smerten steg {points} poeng under økten, til {to} – derfor rød";
    cause_settled(points: u8) =
        "pain rose by {points} points but had settled by the next morning – so green",
        "smerten steg {points} point, men var faldet til ro morgenen efter – derfor grøn",
        "smerten steg {points} poeng, men hadde roet seg morgenen etter – derfor grønn";
    cause_amber_rose_by(points: u8) =
        "pain rose by {points} points during the session – so amber",
        "smerten steg {points} point under træningen – derfor gul",
        "smerten steg {points} poeng under økten – derfor gul";
    cause_high_pain_day(after: u8) =
        "a high-pain day ({after} after), and the session did not add to it – so amber",
        "en dag med mange smerter ({after} bagefter), og træningen gjorde dem ikke værre – derfor gul",
        "en dag med mye smerter ({after} etterpå), og økten gjorde dem ikke verre – derfor gul";
}

words! {
    NO_SESSIONS_YET = "no sessions yet", "ingen træninger endnu", "ingen økter ennå";
    ALREADY_AT_TOP_LEVEL =
        "already at the top level",
        "allerede på det højeste niveau",
        "allerede på øverste nivå";
    HIGH_PAIN_DAY =
        "a high-pain day that the session did not add to, so we stay at this level",
        "en dag med mange smerter, som træningen ikke gjorde værre, så vi bliver på niveauet",
        "en dag med mye smerter som økten ikke gjorde verre, så vi blir på samme nivå";
    NOT_FINISHED =
        "last session was not finished",
        "sidste træning blev ikke gennemført",
        "forrige økt ble ikke fullført";
    STOPPED_FOR_PAIN =
        "last session was stopped because of pain",
        "sidste træning blev stoppet på grund af smerter",
        "forrige økt ble stoppet på grunn av smerter";
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
        "din ryg havde det værre morgenen efter",
        "ryggen din var verre morgenen etter";
    CAUSE_WORSE_MORNING =
        "the back was worse than usual the morning after – so red",
        "ryggen havde det værre end sædvanligt morgenen efter – derfor rød",
        "ryggen var verre enn vanlig morgenen etter – derfor rød";
    CAUSE_NOT_FINISHED =
        "not every planned rep was done – so amber",
        "ikke alle planlagte gentagelser blev udført – derfor gul",
        "ikke alle planlagte repetisjoner ble utført – derfor gul";
    CAUSE_STOPPED_FOR_PAIN =
        "the session was stopped because of pain – so amber",
        "træningen blev stoppet på grund af smerter – derfor gul",
        "økten ble stoppet på grunn av smerter – derfor gul";
    CAUSE_INTERRUPTED =
        "the session stopped before the question about pain; without that answer it is amber",
        "træningen stoppede før spørgsmålet om smerte; uden det svar er den gul",
        "økten stoppet før spørsmålet om smerte; uten det svaret er den gul";
    CAUSE_NOT_ANSWERED =
        "every rep was done, but the question about pain after was not answered; without that answer it is amber",
        "alle gentagelser blev udført, men spørgsmålet om smerte bagefter blev ikke besvaret; uden det svar er den gul",
        "alle repetisjoner ble utført, men spørsmålet om smerte etterpå ble ikke besvart; uten det svaret er den gul";
    CAUSE_UNDER_THE_RADAR =
        "pain stayed steady (5 or less after, a rise of at most 1), every rep was done, and the back was not worse the morning after – so green",
        "smerten holdt sig i ro (5 eller mindre bagefter, højst 1 point op), alle gentagelser blev udført, og ryggen var ikke værre morgenen efter – derfor grøn",
        "smerten holdt seg i ro (5 eller mindre etterpå, høyst 1 poeng opp), alle repetisjoner ble utført, og ryggen var ikke verre morgenen etter – derfor grønn";
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
    HIGH_PAIN_DAY_IS_FINE =
        "Training on a day with a lot of pain is fine when it does not add to the pain.",
        "Det er fint at træne på en dag med mange smerter, når træningen ikke gør dem værre.",
        "Det er fint å trene på en dag med mye smerter når økten ikke gjør dem verre.";
}

impl Reason {
    /// One calm, short line, without a full stop, to show next to the level.
    pub fn text(&self, lang: Lang) -> String {
        let fixed = match self {
            Reason::NoSessionsYet => NO_SESSIONS_YET,
            Reason::OneGreenSoFar { level } => return one_green_so_far(lang, *level),
            Reason::GreensFarApart { days } => return greens_far_apart(lang, *days),
            Reason::TwoGreensInARow { level } => return two_greens_in_a_row(lang, *level),
            Reason::UsualPainHigher { before } => return usual_pain_higher(lang, *before),
            Reason::AlreadyAtTopLevel => ALREADY_AT_TOP_LEVEL,
            Reason::ReadyFor(next) => return ready_for(lang, next),
            Reason::Red(cause) => return red(*cause, lang),
            Reason::RedAtEasiestLevel(cause) => {
                return red_at_easiest_level(lang, &red(*cause, lang));
            }
            Reason::RoseBy(points) => return rose_by(lang, *points),
            Reason::HighPainDay => HIGH_PAIN_DAY,
            Reason::NotFinished => NOT_FINISHED,
            Reason::StoppedForPain => STOPPED_FOR_PAIN,
            Reason::Interrupted => INTERRUPTED,
            Reason::NotAnswered => NOT_ANSWERED,
            Reason::Break { days } => return a_break(lang, *days),
            Reason::LongBreak { days } => return a_long_break(lang, *days),
        };
        fixed.get(lang).to_string()
    }

    /// [`Reason::text`], with the program to go on to named by its title in `catalog` as a person
    /// reads it, rather than by its id; an id the catalog does not know is shown as it is.
    pub fn told(&self, lang: Lang, catalog: &Catalog) -> String {
        match self {
            Reason::ReadyFor(next) => {
                let title = catalog
                    .find(next)
                    .map_or(next.as_str(), |entry| entry.program.title.get(lang));
                ready_for(lang, &visible(title))
            }
            other => other.text(lang),
        }
    }
}

/// What made the latest session red, as the reason for the next level.
fn red(cause: RedCause, lang: Lang) -> String {
    match cause {
        RedCause::WorseMorning => RED_WORSE_MORNING.get(lang).to_string(),
        RedCause::RoseBy(points) => red_rose_by(lang, points),
        RedCause::RoseTo { by, to } => red_rose_to(lang, by, to),
    }
}

impl ZoneCause {
    /// The rule of pain-rules.md that decided the zone, with the numbers it looked at; one line,
    /// without a full stop.
    pub fn text(self, lang: Lang) -> String {
        let fixed = match self {
            ZoneCause::Red(RedCause::WorseMorning) => CAUSE_WORSE_MORNING,
            ZoneCause::Red(RedCause::RoseBy(points)) => return cause_rose_by(lang, points),
            ZoneCause::Red(RedCause::RoseTo { by, to }) => return cause_rose_to(lang, by, to),
            ZoneCause::NotFinished => CAUSE_NOT_FINISHED,
            ZoneCause::StoppedForPain => CAUSE_STOPPED_FOR_PAIN,
            ZoneCause::Interrupted => CAUSE_INTERRUPTED,
            ZoneCause::NotAnswered => CAUSE_NOT_ANSWERED,
            ZoneCause::Settled(points) => return cause_settled(lang, points),
            ZoneCause::RoseBy(points) => return cause_amber_rose_by(lang, points),
            ZoneCause::HighPainDay(after) => return cause_high_pain_day(lang, after),
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
            Advice::HighPainDayIsFine => HIGH_PAIN_DAY_IS_FINE,
        }
        .get(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{Morning, SessionRecord, Stopped};
    use crate::rules::zone_of;
    use crate::rules::zone_tests::session;
    use std::collections::HashSet;

    #[test]
    fn each_cause_is_told_with_its_numbers_in_every_language() {
        let stopped = SessionRecord {
            stopped: Some(Stopped::Pain),
            ..session(2, 3, Some(4), false)
        };
        let cases = [
            (
                session(2, 3, Some(7), true),
                None,
                "pain rose by 4 points during the session, to 7 – so red",
            ),
            (
                session(2, 0, Some(5), true),
                None,
                "pain rose by 5 points during the session – so red",
            ),
            (
                session(2, 3, Some(3), true),
                Some(Morning::Worse),
                "the back was worse than usual the morning after – so red",
            ),
            (
                session(2, 3, Some(5), true),
                None,
                "pain rose by 2 points during the session – so amber",
            ),
            (
                session(2, 1, Some(4), true),
                Some(Morning::Same),
                "pain rose by 3 points but had settled by the next morning – so green",
            ),
            (
                session(2, 7, Some(7), true),
                None,
                "a high-pain day (7 after), and the session did not add to it – so amber",
            ),
            (
                session(2, 3, Some(3), false),
                None,
                "not every planned rep was done – so amber",
            ),
            (
                stopped,
                None,
                "the session was stopped because of pain – so amber",
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
                "pain stayed steady (5 or less after, a rise of at most 1), every rep was done, and the back was not worse the morning after – so green",
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
