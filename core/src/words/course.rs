//! The words of `ryg course` and `ryg status --short`.

use jiff::civil::Weekday;

use super::{Lang, Tr};

words! {
    COURSE_RUNNING = "running", "i gang", "pågår";
    COURSE_FINISHED = "finished", "afsluttet", "fullført";
    COURSE_STOPPED = "stopped", "stoppet", "stoppet";
    NO_COURSE = "No course started yet. `ryg course start PROGRAM --days mon,thu` starts one.",
        "Intet forløb startet endnu. `ryg course start PROGRAM --days mon,thu` starter et.",
        "Ingen kurs startet ennå. `ryg course start PROGRAM --days mon,thu` starter et.";
    NO_COURSE_RUNNING = "No course is running.", "Intet forløb er i gang.", "Ingen kurs pågår.";
    NOTHING_DUE = "Nothing due now.", "Intet at svare på nu.", "Ingenting å svare på nå.";
    NEXT_NONE = "no more planned days", "ikke flere planlagte dage", "ingen flere planlagte dager";
    REVIEW_DUE = "review due", "opsamling venter", "oppsummering venter";
    SESSION_TODAY = "session today", "træning i dag", "økt i dag";
    DAYS_NOT_TWO = "Give two different training days, such as --days mon,thu.",
        "Angiv to forskellige træningsdage, fx --days mon,thu.",
        "Oppgi to forskjellige treningsdager, f.eks. --days mon,thu.";
    TOO_MANY_GOALS = "At most three goals (--goal up to three times).",
        "Højst tre mål (--goal op til tre gange).",
        "Høyst tre mål (--goal opptil tre ganger).";
    GOAL_EMPTY = "A goal cannot be empty.", "Et mål kan ikke være tomt.", "Et mål kan ikke være tomt.";
    GOAL_CONTROL = "A goal cannot hold control characters such as a line break.",
        "Et mål kan ikke indeholde styretegn som et linjeskift.",
        "Et mål kan ikke inneholde kontrolltegn som et linjeskift.";
}

messages! {
    course_title(program: &str, days: &str, week: u32, weeks: u32, state: &str) =
        "Course: {program} on {days}, week {week} of {weeks} ({state})",
        "Forløb: {program} {days}, uge {week} af {weeks} ({state})",
        "Kurs: {program} {days}, uke {week} av {weeks} ({state})";
    course_sessions(done: u32, planned: usize, so_far: usize) =
        "Sessions done: {done} of {planned} ({so_far} planned so far)",
        "Træninger gennemført: {done} af {planned} ({so_far} planlagt indtil nu)",
        "Økter gjennomført: {done} av {planned} ({so_far} planlagt til nå)";
    course_weeks(strip: &str) = "Weeks: {strip}", "Uger: {strip}", "Uker: {strip}";
    course_next(next: &str) = "Next planned day: {next}", "Næste planlagte dag: {next}", "Neste planlagte dag: {next}";
    course_pain(then: &str, now: &str) =
        "Average pain over a week: {then} → {now}",
        "Gennemsnitlig smerte over en uge: {then} → {now}",
        "Gjennomsnittlig smerte over en uke: {then} → {now}";
    course_goal(goal: &str, then: &str, now: &str) = "Goal: {goal}: {then} → {now}", "Mål: {goal}: {then} → {now}", "Mål: {goal}: {then} → {now}";
    course_due(what: &str) = "Due now: {what}", "Venter nu: {what}", "Venter nå: {what}";
    check_in_due(week: u32) = "check-in for week {week}", "status for uge {week}", "status for uke {week}";
    follow_up_due(months: u32) = "follow-up at {months} months", "opfølgning efter {months} måneder", "oppfølging etter {months} måneder";
    course_follow_up(months: u32, date: &str, done: &str) =
        "Follow-up at {months} months: {date}{done}",
        "Opfølgning efter {months} måneder: {date}{done}",
        "Oppfølging etter {months} måneder: {date}{done}";
    short_check_in() = "check-in due", "opfølgning venter", "oppfølging venter";
    short_follow_up() = "follow-up due", "opfølgning venter", "oppfølging venter";
    course_started(program: &str, days: &str, next: &str) =
        "Course started: {program} on {days} for eight weeks. Next planned day: {next}. The ratings are asked when ryg starts next.",
        "Forløb startet: {program} {days} i otte uger. Næste planlagte dag: {next}. Vurderingerne spørges om, næste gang ryg starter.",
        "Kurs startet: {program} {days} i åtte uker. Neste planlagte dag: {next}. Vurderingene spørres om neste gang ryg starter.";
    course_stopped(program: &str) =
        "Course stopped: {program}. A new one can be started at any time.",
        "Forløb stoppet: {program}. Et nyt kan startes når som helst.",
        "Kurs stoppet: {program}. Et nytt kan startes når som helst.";
    course_already_running(week: u32, weeks: u32) =
        "A course is already running (week {week} of {weeks}); `ryg course stop` ends it.",
        "Et forløb er allerede i gang (uge {week} af {weeks}); `ryg course stop` afslutter det.",
        "Et kurs pågår allerede (uke {week} av {weeks}); `ryg course stop` avslutter det.";
    unknown_day(day: &str) =
        "`{day}` is not a day; use mon, tue, wed, thu, fri, sat or sun.",
        "`{day}` er ikke en dag; brug mon, tue, wed, thu, fri, sat eller sun.",
        "`{day}` er ikke en dag; bruk mon, tue, wed, thu, fri, sat eller sun.";
    goal_too_long(limit: usize) =
        "A goal can be at most {limit} characters.",
        "Et mål kan højst være {limit} tegn.",
        "Et mål kan høyst være {limit} tegn.";
}

/// Words for "done" after a follow-up's date.
pub const FOLLOW_UP_DONE: Tr = Tr {
    en: " (done)",
    da: " (besvaret)",
    nb: " (besvart)",
};

/// A weekday's short name.
pub fn weekday(day: Weekday, lang: Lang) -> &'static str {
    let (en, da, nb) = match day {
        Weekday::Monday => ("Mon", "man", "man"),
        Weekday::Tuesday => ("Tue", "tir", "tir"),
        Weekday::Wednesday => ("Wed", "ons", "ons"),
        Weekday::Thursday => ("Thu", "tor", "tor"),
        Weekday::Friday => ("Fri", "fre", "fre"),
        Weekday::Saturday => ("Sat", "lør", "lør"),
        Weekday::Sunday => ("Sun", "søn", "søn"),
    };
    Tr { en, da, nb }.get(lang)
}

/// A course's days as its summary and notices write them: `Mon+Thu`.
pub fn days_text(days: &[Weekday], lang: Lang) -> String {
    days.iter()
        .map(|&day| weekday(day, lang))
        .collect::<Vec<_>>()
        .join("+")
}
