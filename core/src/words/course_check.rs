//! The words of a course's measures in the app: the first ratings, the weekly check-in, the
//! review after eight weeks and the follow-ups, with what the change means.

use super::{Lang, Tr, commands::decimal};
use crate::course::Meaning;
use crate::journal::Change;

words! {
    CHECK_START_TITLE = "Your course's first ratings", "Forløbets første vurderinger",
        "Kursets første vurderinger";
    CHECK_START_INTRO = "A few ratings to look back on when the eight weeks are over.",
        "Et par vurderinger at se tilbage på, når de otte uger er gået.",
        "Noen vurderinger å se tilbake på når de åtte ukene er over.";
    CHECK_IN_INTRO = "A minute on last week: it helps you see the change as it comes.",
        "Et minut om den seneste uge: det hjælper dig med at se forandringen, mens den kommer.",
        "Et minutt om den siste uken: det hjelper deg å se endringen mens den kommer.";
    REVIEW_TITLE = "The review after eight weeks", "Opsamling efter otte uger",
        "Oppsummering etter åtte uker";
    REVIEW_INTRO = "The ratings now, the eight weeks side by side, and what the change means.",
        "Vurderingerne nu, de otte uger side om side, og hvad forandringen betyder.",
        "Vurderingene nå, de åtte ukene side om side, og hva endringen betyr.";
    FOLLOW_UP_INTRO = "The same questions as at the end of the course, to see how it holds.",
        "De samme spørgsmål som ved forløbets afslutning, for at se hvordan det holder.",
        "De samme spørsmålene som ved slutten av kurset, for å se hvordan det holder.";
    PAIN_WEEK_NEEDED = "(optional) s skips it; without it nothing is kept, and it is asked again later",
        "(valgfrit) s springer over; uden den gemmes intet, og der spørges igen senere",
        "(valgfritt) s hopper over; uten den lagres ingenting, og det spørres igjen senere";
    CHOOSE_OR_SKIP = "Choose an answer first, or press s to skip it.",
        "Vælg et svar først, eller tryk s for at springe over.",
        "Velg et svar først, eller trykk s for å hoppe over.";
    NO_ANSWER_YET = "No answer chosen yet", "Intet svar valgt endnu", "Ingen svar valgt ennå";
    SUMMARY_PAIN = "Average back pain over a week", "Gennemsnitlig smerte i ryggen over en uge",
        "Gjennomsnittlig smerte i ryggen over en uke";
    SUMMARY_CONFIDENCE = "Confidence in exercising", "Tiltro til at træne", "Tro på å trene";
    THEN_AND_NOW = "At the start → now", "Ved starten → nu", "Ved starten → nå";
    NOT_RATED = "–", "–", "–";
    NO_LEVELS = "Levels: no session done in the course's weeks",
        "Niveauer: ingen træning gennemført i forløbets uger",
        "Nivåer: ingen økt gjennomført i kursets uker";
    ASK_CHANGE = "Compared with before the course, how is your back now?",
        "Sammenlignet med før forløbet, hvordan har din ryg det nu?",
        "Sammenlignet med før kurset, hvordan har ryggen din det nå?";
    ASK_ACCEPTABLE = "Is your back in a state you can accept?",
        "Er din ryg i en tilstand, du kan acceptere?",
        "Er ryggen din i en tilstand du kan akseptere?";
    MEANING_TITLE = "What it means", "Hvad det betyder", "Hva det betyr";
    KEEP_GOING_TITLE = "Keeping it going", "Sådan holder du det ved lige", "Slik holder du det ved like";
    CHECK_KEPT = "Kept: your answers are in the history.", "Gemt: dine svar er i historikken.",
        "Lagret: svarene dine er i historikken.";
    CHECK_NOT_KEPT = "Nothing kept: without last week's pain the answers are not written. c on home asks again.",
        "Intet gemt: uden den seneste uges smerte skrives svarene ikke. c på startskærmen spørger igen.",
        "Ingenting lagret: uten smerten den siste uken skrives ikke svarene. c på startskjermen spør igjen.";
    KEY_ESC_LATER = "Esc later", "Esc senere", "Esc senere";
    HELP_ESC_LATER = "later: home, and c on home asks again", "senere: hjem, og c spørger igen",
        "senere: hjem, og c spør igjen";
    KEY_CHOOSE_1_7 = "↑↓ or 1–7 choose", "↑↓ eller 1–7 vælg", "↑↓ eller 1–7 velg";
    HELP_SKIP_ANSWER = "leave this answer out", "spring dette svar over", "hopp over dette svaret";
    HELP_ENTER_ON = "go on", "gå videre", "gå videre";
}

messages! {
    check_in_title(week: u32) = "Check-in after week {week}", "Status efter uge {week}",
        "Status etter uke {week}";
    follow_up_title(months: u32) = "Follow-up, {months} months after the start",
        "Opfølgning, {months} måneder efter starten", "Oppfølging, {months} måneder etter starten";
    summary_sessions(done: u32, planned: usize) = "Sessions done: {done} of {planned}",
        "Træninger gennemført: {done} af {planned}", "Økter gjennomført: {done} av {planned}";
    summary_levels(first: u32, highest: u32) = "Levels: {first} → {highest}",
        "Niveauer: {first} → {highest}", "Nivåer: {first} → {highest}";
    summary_levels_last(first: u32, highest: u32, last: u32) =
        "Levels: {first} → {highest} (the latest at {last})",
        "Niveauer: {first} → {highest} (den seneste på {last})",
        "Nivåer: {first} → {highest} (den siste på {last})";
    real_change(points: &str) =
        "Your goals rose by {points} points on average since the start. That is a real change: one you can notice in daily life.",
        "Dine mål er steget {points} point i gennemsnit siden starten. Det er en reel forandring: en, du kan mærke i hverdagen.",
        "Målene dine har økt {points} poeng i gjennomsnitt siden starten. Det er en reell endring: en du kan merke i hverdagen.";
    little_after_most(points: &str, done: u32, planned: usize) =
        "Your goals changed by {points} points on average, with {done} of {planned} sessions done. It can help to ask a physiotherapist to look at the plan with you: another level, another program or another way of training may suit you better.",
        "Dine mål har ændret sig med {points} point i gennemsnit, med {done} af {planned} træninger gennemført. Det kan hjælpe at bede en fysioterapeut om at se på planen sammen med dig: et andet niveau, et andet program eller en anden måde at træne på kan passe dig bedre.",
        "Målene dine har endret seg med {points} poeng i gjennomsnitt, med {done} av {planned} økter gjennomført. Det kan hjelpe å be en fysioterapeut se på planen sammen med deg: et annet nivå, et annet program eller en annen måte å trene på kan passe deg bedre.";
    little_with_few(points: &str, done: u32, planned: usize) =
        "Your goals changed by {points} points on average, with {done} of {planned} sessions done. Change often comes with the training itself, so more sessions may well help; any week is a good week to pick it up again.",
        "Dine mål har ændret sig med {points} point i gennemsnit, med {done} af {planned} træninger gennemført. Forandringen kommer ofte med selve træningen, så flere træninger kan sagtens hjælpe; enhver uge er en god uge at tage den op igen.",
        "Målene dine har endret seg med {points} poeng i gjennomsnitt, med {done} av {planned} økter gjennomført. Endringen kommer ofte med selve treningen, så flere økter kan godt hjelpe; enhver uke er en god uke å ta den opp igjen.";
    keep_going_at(program: &str, level: u32) =
        "To keep what you built: train once or twice a week, {program} at level {level}, and go up a level when it feels easy.",
        "For at holde fast i det, du har bygget op: træn en eller to gange om ugen, {program} på niveau {level}, og gå et niveau op, når det føles let.",
        "For å holde på det du har bygget opp: tren én eller to ganger i uken, {program} på nivå {level}, og gå et nivå opp når det føles lett.";
    keep_going(program: &str) =
        "To keep what you built: train once or twice a week, {program} at the level home recommends.",
        "For at holde fast i det, du har bygget op: træn en eller to gange om ugen, {program} på det niveau, startskærmen anbefaler.",
        "For å holde på det du har bygget opp: tren én eller to ganger i uken, {program} på nivået startskjermen anbefaler.";
}

/// One answer of the global rating of change, in words.
pub fn change_word(change: Change, lang: Lang) -> &'static str {
    let (en, da, nb) = match change {
        Change::MuchBetter => ("Much better", "Meget bedre", "Mye bedre"),
        Change::Better => ("Better", "Bedre", "Bedre"),
        Change::SlightlyBetter => ("A little better", "Lidt bedre", "Litt bedre"),
        Change::Same => ("About the same", "Omtrent det samme", "Omtrent det samme"),
        Change::SlightlyWorse => ("A little worse", "Lidt værre", "Litt verre"),
        Change::Worse => ("Worse", "Værre", "Verre"),
        Change::MuchWorse => ("Much worse", "Meget værre", "Mye verre"),
    };
    Tr { en, da, nb }.get(lang)
}

/// A mean gain in tenths of a point as `lang` writes it, with its sign when it rose: `+2.5`,
/// `-0,7`, `0`.
pub fn points(lang: Lang, tenths: i32) -> String {
    let sign = if tenths > 0 {
        "+"
    } else if tenths < 0 {
        "-"
    } else {
        ""
    };
    let (whole, tenth) = (tenths.abs() / 10, tenths.abs() % 10);
    let number = if tenth == 0 {
        format!("{whole}")
    } else {
        format!("{whole}.{tenth}")
    };
    format!("{sign}{}", decimal(lang, &number))
}

/// What the goals' change means, in words: `points` is the mean gain, `done` of `planned` the
/// sessions.
pub fn meaning(lang: Lang, meaning: Meaning, tenths: i32, done: u32, planned: usize) -> String {
    let points = points(lang, tenths);
    match meaning {
        // "Rose by" says the sign already.
        Meaning::RealChange => real_change(lang, points.trim_start_matches('+')),
        Meaning::LittleAfterMostSessions => little_after_most(lang, &points, done, planned),
        Meaning::LittleWithFewSessions => little_with_few(lang, &points, done, planned),
    }
}

messages! {
    question_number(n: usize, of: usize) = "Question {n} of {of}", "Spørgsmål {n} af {of}",
        "Spørsmål {n} av {of}";
}
