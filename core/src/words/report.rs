//! The words of `ryg report`: the page for the physiotherapist, its sections, tables and charts.

use crate::journal::MeasurePoint;

use super::Lang;

words! {
    REPORT_TITLE = "Training report", "Træningsrapport", "Treningsrapport";
    REPORT_FOR = "For the physiotherapist or doctor: what was trained with ryg, how the back answered, and the exercises now.",
        "Til fysioterapeuten eller lægen: hvad der er trænet med ryg, hvordan ryggen har reageret, og øvelserne nu.",
        "Til fysioterapeuten eller legen: hva som er trent med ryg, hvordan ryggen har svart, og øvelsene nå.";
    NAME_LABEL = "Name", "Navn", "Navn";
    PERIOD_LABEL = "Period", "Periode", "Periode";
    MADE_LABEL = "Made", "Lavet", "Laget";
    COURSE_HEADING = "The eight-week course", "Forløbet på otte uger", "Kurset på åtte uker";
    RECENT_HEADING = "The last eight weeks", "De sidste otte uger", "De siste åtte ukene";
    NO_COURSE_YET = "No course has been started; this section covers the last eight weeks.",
        "Der er ikke startet et forløb; dette afsnit dækker de sidste otte uger.",
        "Det er ikke startet et kurs; denne delen dekker de siste åtte ukene.";
    NO_SESSIONS = "No sessions in this period.", "Ingen træninger i denne periode.",
        "Ingen økter i denne perioden.";
    GOALS_HEADING = "Goals, in the person's own words", "Mål, med personens egne ord",
        "Mål, med personens egne ord";
    NO_GOALS = "No goals were written.", "Der blev ikke skrevet nogen mål.", "Det ble ikke skrevet noen mål.";
    HEAD_GOAL = "Goal", "Mål", "Mål";
    HEAD_AT_START = "At the start", "Ved start", "Ved start";
    HEAD_LATEST = "Latest", "Seneste", "Siste";
    PAIN_WEEK_HEADING = "Average back pain over a week", "Gennemsnitlig rygsmerte over en uge",
        "Gjennomsnittlig ryggsmerte over en uke";
    NO_MEASURES = "No ratings given yet.", "Ingen vurderinger givet endnu.", "Ingen vurderinger gitt ennå.";
    SESSIONS_WEEK_HEADING = "Sessions done each week, against the plan of two",
        "Gennemførte træninger hver uge, mod planen om to",
        "Gjennomførte økter hver uke, mot planen om to";
    LEVELS_HEADING = "Level and zone of each session", "Niveau og zone for hver træning",
        "Nivå og sone for hver økt";
    ZONES_HEADING = "Zones", "Zoner", "Soner";
    ZONES_EXPLAINED = "Green: the back took the session well. Amber: acceptable, stay at the level. Red: too much for now.",
        "Grøn: ryggen tog godt imod træningen. Gul: acceptabelt, bliv på niveauet. Rød: for meget lige nu.",
        "Grønn: ryggen tok økten godt. Gul: akseptabelt, bli på nivået. Rød: for mye akkurat nå.";
    MORNINGS_HEADING = "The back on the morning after", "Ryggen morgenen efter", "Ryggen morgenen etter";
    NOT_ANSWERED_WORD = "not answered", "ikke besvaret", "ikke besvart";
    REVIEW_HEADING = "Check-ins, review and follow-ups", "Opfølgninger, opsamling og efterfølgende opfølgninger",
        "Oppfølginger, oppsummering og senere oppfølginger";
    HEAD_WHEN = "When", "Hvornår", "Når";
    HEAD_DATE = "Date", "Dato", "Dato";
    HEAD_PAIN_WEEK = "Pain over a week", "Smerte over en uge", "Smerte over en uke";
    HEAD_CONFIDENCE = "Confidence", "Tiltro", "Tiltro";
    HEAD_CHANGE = "Change since the start", "Ændring siden start", "Endring siden start";
    HEAD_ACCEPTABLE = "Acceptable as it is", "Acceptabel som den er", "Akseptabel som den er";
    YES = "yes", "ja", "ja";
    NO = "no", "nej", "nei";
    POINT_START = "start", "start", "start";
    POINT_END = "review", "opsamling", "oppsummering";
    SESSIONS_HEADING = "Sessions", "Træninger", "Økter";
    LEARNED_HEADING = "Learn modules read", "Læste moduler i Lær", "Leste moduler i Lær";
    HEAD_MODULE = "Module", "Modul", "Modul";
    HEAD_WILL_TRY = "What the person will try", "Hvad personen vil prøve", "Hva personen vil prøve";
    HEAD_PROGRAM = "Program", "Program", "Program";
    HEAD_LEVEL = "Level", "Niveau", "Nivå";
    HEAD_PAIN = "Pain before → after", "Smerte før → efter", "Smerte før → etter";
    HEAD_MORNING = "Morning after", "Morgenen efter", "Morgenen etter";
    HEAD_ZONE = "Zone", "Zone", "Sone";
    HEAD_DONE = "Done", "Gennemført", "Gjennomført";
    PROGRAM_HEADING = "The exercises now", "Øvelserne nu", "Øvelsene nå";
    NO_PROGRAM = "No program to show.", "Intet program at vise.", "Ikke noe program å vise.";
    WARM_UP_MARK = "warm-up", "opvarmning", "oppvarming";
    FIGURE_START = "Start", "Start", "Start";
    FIGURE_END = "End", "Slut", "Slutt";
    SKIPPED_HEADING = "Lines of the history that could not be read",
        "Linjer i historikken, der ikke kunne læses", "Linjer i historikken som ikke kunne leses";
    SKIPPED_EXPLAINED = "They were left out of this report and are still in the file, unchanged.",
        "De er udeladt af denne rapport og står stadig uændret i filen.",
        "De er utelatt fra denne rapporten og står fortsatt uendret i filen.";
    AXIS_WEEK = "Course week", "Forløbsuge", "Kursuke";
    AXIS_RECENT_WEEK = "Week", "Uge", "Uke";
    AXIS_PAIN = "Pain 0–10", "Smerte 0–10", "Smerte 0–10";
    AXIS_SESSIONS = "Sessions", "Træninger", "Økter";
    AXIS_LEVEL = "Level", "Niveau", "Nivå";
    AXIS_DATE = "Date", "Dato", "Dato";
    LEGEND_PLAN = "plan: two a week", "plan: to om ugen", "plan: to i uken";
    LEGEND_DONE = "sessions done", "gennemførte træninger", "gjennomførte økter";
    LEGEND_PAIN = "average pain over the week before", "gennemsnitlig smerte ugen før",
        "gjennomsnittlig smerte uken før";
    FOOTER = "Made by ryg from the person's own training history. The zones follow ryg's pain rules; they are a guide, not a diagnosis.",
        "Lavet af ryg ud fra personens egen træningshistorik. Zonerne følger rygs smerteregler; de er en rettesnor, ikke en diagnose.",
        "Laget av ryg ut fra personens egen treningshistorikk. Sonene følger rygs smerteregler; de er en rettesnor, ikke en diagnose.";
}

messages! {
    /// The period a report covers, as two dates.
    report_period(from: &str, to: &str) = "{from} to {to}", "{from} til {to}", "{from} til {to}";
    /// The program and level the exercises are shown at.
    program_at_level(title: &str, level: u32, levels: u32) =
        "{title}, level {level} of {levels}", "{title}, niveau {level} af {levels}", "{title}, nivå {level} av {levels}";
    /// Why that level: the rules' reason.
    level_because(why: &str) = "The recommended level: {why}.", "Det anbefalede niveau: {why}.", "Det anbefalte nivået: {why}.";
    session_length(length: &str, reps: u32) =
        "A session takes {length} with {reps} repetitions.",
        "En træning tager {length} med {reps} gentagelser.",
        "En økt tar {length} med {reps} repetisjoner.";
    /// A dose: sets of reps, then the tempo of one rep and the rest between sets.
    dose(sets: u32, reps: &str, tempo: &str, rest: &str) =
        "{sets} × {reps} · {tempo} · rest {rest}",
        "{sets} × {reps} · {tempo} · pause {rest}",
        "{sets} × {reps} · {tempo} · pause {rest}";
    check_in_point(week: u32) = "week {week}", "uge {week}", "uke {week}";
    follow_up_point(months: u32) = "after {months} months", "efter {months} måneder", "etter {months} måneder";
    goal_column(n: usize) = "Goal {n}", "Mål {n}", "Mål {n}";
    /// Under the level chart when there is no course: whose sessions it shows.
    levels_of(program: &str) = "Sessions of {program}.", "Træninger i {program}.", "Økter i {program}.";
    /// At the top of a report with lines left out, which the last section names.
    skipped_note(count: usize) =
        "Lines of the history that could not be read: {count}. They are named at the end.",
        "Linjer i historikken, der ikke kunne læses: {count}. De er nævnt til sidst.",
        "Linjer i historikken som ikke kunne leses: {count}. De er nevnt til slutt.";
    skipped_line(line: usize, why: &str) = "line {line}: {why}", "linje {line}: {why}", "linje {line}: {why}";
    /// Where the report was written, printed by `ryg report`.
    report_written(path: &str) = "Report written: {path}", "Rapport skrevet: {path}", "Rapport skrevet: {path}";
    /// The report could not be written; the system's own reason follows.
    report_not_written(path: &str, why: &str) =
        "could not write the report {path}: {why}",
        "kunne ikke skrive rapporten {path}: {why}",
        "kunne ikke skrive rapporten {path}: {why}";
}

/// A measure's point in a course, as its table names it.
pub fn point_name(point: MeasurePoint, lang: Lang) -> String {
    match point {
        MeasurePoint::Start => POINT_START.get(lang).to_string(),
        MeasurePoint::Week(week) => check_in_point(lang, week),
        MeasurePoint::End => POINT_END.get(lang).to_string(),
        MeasurePoint::Months(months) => follow_up_point(lang, months),
    }
}
