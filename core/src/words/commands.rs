//! The fixed words of the command line in every language. A `Tr` must name all three, so a
//! missing translation does not compile.

use super::{Lang, Tr};

words! {
    // One rep, where a count of several would say "reps" (`rep_count`).
    ONE_REP = "1 rep", "1 gentagelse", "1 repetisjon";
    // Table headings.
    HEAD_ID = "ID", "ID", "ID";
    HEAD_PROGRAM = "PROGRAM", "PROGRAM", "PROGRAM";
    HEAD_LEVELS = "LEVELS", "NIVEAUER", "NIVÅER";
    HEAD_LENGTH_BY_LEVEL = "LENGTH BY LEVEL", "VARIGHED PR. NIVEAU", "VARIGHET PER NIVÅ";
    HEAD_NEXT = "NEXT", "NÆSTE", "NESTE";
    HEAD_LAST = "LAST", "SIDST", "SIST";
    HEAD_WHY = "WHY", "HVORFOR", "HVORFOR";
    HEAD_WHEN = "WHEN", "HVORNÅR", "NÅR";
    HEAD_LEVEL = "LEVEL", "NIVEAU", "NIVÅ";
    HEAD_REPS = "REPS", "GENT.", "REP.";
    HEAD_TIME = "TIME", "TID", "TID";
    HEAD_PAIN = "PAIN", "SMERTE", "SMERTE";
    HEAD_ZONE = "ZONE", "ZONE", "SONE";
    HEAD_MORNING = "MORNING", "MORGEN", "MORGEN";
    HEAD_WHAT = "WHAT", "HVAD", "HVA";

    // `ryg programs`
    NO_PROGRAMS = "No programs could be loaded.", "Ingen programmer kunne indlæses.", "Ingen programmer kunne lastes.";

    // `ryg check`
    NO_RON_FILES = "no .ron files in this folder", "ingen .ron-filer i denne mappe", "ingen .ron-filer i denne mappen";

    // `ryg plan`
    YOU_CHOSE = "chosen with --level", "valgt med --level", "valgt med --level";
    DONE = "Done", "Færdig", "Ferdig";

    // `ryg status`
    SAFETY_CHECK_NOT_CLEAR = "Your last safety check said a warning sign applies to you: no session can start until a new check says none does.",
        "Dit seneste sikkerhedstjek sagde, at et af advarselstegnene gælder for dig: ingen træning kan startes, før et nyt tjek siger, at ingen af dem gælder.",
        "Den siste sikkerhetssjekken sa at et av faresignalene gjelder deg: ingen økt kan starte før en ny sjekk sier at ingen av dem gjelder.";

    // `ryg history`
    NO_HISTORY = "No sessions recorded yet. Start one with `ryg`; each session you do is kept here.",
        "Ingen træninger registreret endnu. Start en med `ryg`; hver træning, du laver, gemmes her.",
        "Ingen økter registrert ennå. Start en med `ryg`; hver økt du gjør lagres her.";

    // Zones and mornings, as words.
    GREEN = "green", "grøn", "grønn";
    AMBER = "amber", "gul", "gul";
    RED = "red", "rød", "rød";
    BETTER = "better", "bedre", "bedre";
    SAME = "as usual", "som sædvanligt", "som vanlig";
    WORSE = "worse", "værre", "verre";

    // Errors.
    NO_HOME = "no home folder was found; give a folder for your data with --data-dir DIR",
        "der blev ikke fundet nogen hjemmemappe; angiv en mappe til dine data med --data-dir MAPPE",
        "fant ingen hjemmemappe; oppgi en mappe for dataene dine med --data-dir MAPPE";
    FUTURE_SESSION = "a session dated in the future is not counted", "en træning dateret i fremtiden tælles ikke med", "en økt datert i fremtiden telles ikke med";
    FUTURE_SCREENING = "a safety check dated in the future is not counted", "et sikkerhedstjek dateret i fremtiden tælles ikke med", "en sikkerhetssjekk datert i fremtiden telles ikke med";
}

words! {
    // The default on-screen word of each kind of phase (a program's `label` replaces it).
    PHASE_MOVE = "Move", "Bevæg", "Beveg";
    PHASE_HOLD = "Hold", "Hold", "Hold";
    PHASE_RETURN = "Return", "Tilbage", "Tilbake";
}

messages! {
    // `ryg programs`
    program_from(id: &str, path: &str) = "{id}: from {path}", "{id}: fra {path}", "{id}: fra {path}";
    program_from_replacing(id: &str, path: &str) =
        "{id}: from {path}; replaces the built-in program with the same id",
        "{id}: fra {path}; erstatter det indbyggede program med samme id",
        "{id}: fra {path}; erstatter det innebygde programmet med samme id";
    your_programs_folder(folder: &str) =
        "Your own programs go in: {folder}",
        "Dine egne programmer ligger i: {folder}",
        "Dine egne programmer ligger i: {folder}";

    // `ryg check`: `counts` are the counted exercises, levels and warnings, joined by commas.
    checked_ok_with(file: &str, id: &str, counts: &str) =
        "{file}: ok — {id:?}, {counts}",
        "{file}: ok — {id:?}, {counts}",
        "{file}: ok — {id:?}, {counts}";
    many_exercises(count: usize) = "{count} exercises", "{count} øvelser", "{count} øvelser";
    many_levels(count: usize) = "{count} levels", "{count} niveauer", "{count} nivåer";
    many_warnings(count: usize) = "{count} warnings", "{count} advarsler", "{count} advarsler";

    // `ryg plan`
    recommended_because(reason: &str) =
        "recommended: {reason}",
        "anbefalet: {reason}",
        "anbefalt: {reason}";
    /// The plan's first line: `why` is the recommendation's reason or that the level was chosen.
    plan_title(title: &str, level: u32, why: &str) =
        "{title} — level {level} ({why})",
        "{title} — niveau {level} ({why})",
        "{title} — nivå {level} ({why})";
    plan_length(length: &str, reps: u32) =
        "Session length {length} · {reps} reps",
        "Varighed {length} · {reps} gentagelser",
        "Varighet {length} · {reps} repetisjoner";
    get_ready_for(secs: &str) = "Get ready {secs}", "Gør dig klar {secs}", "Gjør deg klar {secs}";
    rest_for(secs: &str) = "Rest {secs}", "Hvil {secs}", "Hvil {secs}";
    /// One set of the plan; `how` is one of the three ways of doing its reps below.
    set_of(set: u32, sets: u32, how: &str) =
        "Set {set} of {sets}: {how}",
        "Sæt {set} af {sets}: {how}",
        "Sett {set} av {sets}: {how}";
    reps(reps: u32) = "{reps} reps", "{reps} gentagelser", "{reps} repetisjoner";
    reps_alternating(count: &str) =
        "{count} per side, left and right in turn",
        "{count} pr. side, skiftevis venstre og højre",
        "{count} per side, vekselvis venstre og høyre";
    reps_each_side(count: &str, reps: u32, switch: &str) =
        "{count} on the left, then {reps} on the right (switch side {switch})",
        "{count} i venstre side, så {reps} i højre side (skift side {switch})",
        "{count} på venstre side, så {reps} på høyre side (bytt side {switch})";
    /// As `reps_alternating`, in the exercise's own side words ("one way", "the other way").
    reps_alternating_named(count: &str, left: &str, right: &str) =
        "{count} per side, {left} and {right} in turn",
        "{count} pr. side, skiftevis {left} og {right}",
        "{count} per side, vekselvis {left} og {right}";
    /// As `reps_each_side`, in the exercise's own side words ("lying on your left side").
    reps_each_side_named(count: &str, reps: u32, left: &str, right: &str, switch: &str) =
        "{count} {left}, then {reps} {right} (switch side {switch})",
        "{count} {left}, så {reps} {right} (skift side {switch})",
        "{count} {left}, så {reps} {right} (bytt side {switch})";

    // `ryg history`
    no_history_for(id: &str) =
        "No sessions recorded for {id:?}.",
        "Ingen træninger registreret for {id:?}.",
        "Ingen økter registrert for {id:?}.";
    sessions(count: usize) = "{count} sessions", "{count} træninger", "{count} økter";

    // Errors.
    unknown_program(name: &str, known: &str) =
        "there is no program {name:?}; the programs are: {known}",
        "der er intet program {name:?}; programmerne er: {known}",
        "det finnes ikke noe program {name:?}; programmene er: {known}";
    /// What was being done when the `--log` file could not be opened; the system's reason follows.
    opening_the_log(path: impl std::fmt::Display) =
        "opening the log {path}",
        "åbner loggen {path}",
        "åpner loggen {path}";
    no_such_level_of_many(program: &str, level: u32, levels: u32) =
        "{program:?} has no level {level}; its levels are 1 to {levels}",
        "{program:?} har ikke noget niveau {level}; niveauerne er 1 til {levels}",
        "{program:?} har ikke noe nivå {level}; nivåene er 1 til {levels}";
    no_such_level_of_one(program: &str, level: u32) =
        "{program:?} has no level {level}; its only level is 1",
        "{program:?} har ikke noget niveau {level}; det eneste niveau er 1",
        "{program:?} har ikke noe nivå {level}; det eneste nivået er 1";
    data_folder_is_a_file(folder: impl std::fmt::Display) =
        "nothing can be kept in {folder}: it is a file, not a folder; move it away or choose another folder with --data-dir DIR",
        "intet kan gemmes i {folder}: den er en fil, ikke en mappe; flyt den væk eller vælg en anden mappe med --data-dir MAPPE",
        "ingenting kan lagres i {folder}: den er en fil, ikke en mappe; flytt den bort eller velg en annen mappe med --data-dir MAPPE";
    /// A file stands where one of the folders on the way to the data folder should be.
    file_in_the_way(folder: impl std::fmt::Display, file: impl std::fmt::Display) =
        "nothing can be kept in {folder}: {file} is a file, not a folder; move it away or choose another folder with --data-dir DIR",
        "intet kan gemmes i {folder}: {file} er en fil, ikke en mappe; flyt den væk eller vælg en anden mappe med --data-dir MAPPE",
        "ingenting kan lagres i {folder}: {file} er en fil, ikke en mappe; flytt den bort eller velg en annen mappe med --data-dir MAPPE";
}

words! {
    ONE_SESSION = "1 session", "1 træning", "1 økt";
    ONE_EXERCISE = "1 exercise", "1 øvelse", "1 øvelse";
    ONE_LEVEL = "1 level", "1 niveau", "1 nivå";
    ONE_WARNING = "1 warning", "1 advarsel", "1 advarsel";
}

/// `count` things: `one` when there is one, else `many` with the number ("1 level", "4 levels").
fn counted(lang: Lang, count: usize, one: Tr, many: fn(Lang, usize) -> String) -> String {
    if count == 1 {
        one.get(lang).to_string()
    } else {
        many(lang, count)
    }
}

/// "1 session", "2 sessions".
pub fn session_count(lang: Lang, count: usize) -> String {
    counted(lang, count, ONE_SESSION, sessions)
}

/// `ryg check`'s line for a program without problems: `x.ron: ok — "x", 5 exercises, 4 levels`.
pub fn checked_ok(lang: Lang, file: &str, id: &str, exercises: usize, levels: u32) -> String {
    checked_ok_counted(lang, file, id, exercises, levels, None)
}

/// `ryg check`'s line for a program that loads with warnings: `…, 1 level, 5 warnings`.
pub fn checked_ok_with_warnings(
    lang: Lang,
    file: &str,
    id: &str,
    exercises: usize,
    levels: u32,
    warnings: usize,
) -> String {
    checked_ok_counted(lang, file, id, exercises, levels, Some(warnings))
}

fn checked_ok_counted(
    lang: Lang,
    file: &str,
    id: &str,
    exercises: usize,
    levels: u32,
    warnings: Option<usize>,
) -> String {
    let mut counts = vec![
        counted(lang, exercises, ONE_EXERCISE, many_exercises),
        counted(lang, levels as usize, ONE_LEVEL, many_levels),
    ];
    counts.extend(warnings.map(|count| counted(lang, count, ONE_WARNING, many_warnings)));
    checked_ok_with(lang, file, id, &counts.join(", "))
}

/// Why `--level` cannot be used: the program has no such level, and which levels it has.
pub fn no_such_level(lang: Lang, program: &str, level: u32, levels: u32) -> String {
    match levels {
        1 => no_such_level_of_one(lang, program, level),
        _ => no_such_level_of_many(lang, program, level, levels),
    }
}

/// Seconds as written in a plan: `5 s`, `1.5 s` (`1,5 s` in Danish and Norwegian).
pub fn seconds(lang: Lang, secs: f64) -> String {
    let text = if secs.fract() == 0.0 {
        format!("{secs:.0}")
    } else {
        ((secs * 100.0).round() / 100.0).to_string()
    };
    format!("{} s", decimal(lang, &text))
}

/// A number written with a decimal point, as `lang` writes it: `0.5` in English, `0,5` in
/// Danish and Norwegian. Text that is not such a number is left as it is.
pub fn decimal(lang: Lang, number: &str) -> String {
    let is_decimal = number.contains('.')
        && number
            .trim_start_matches('-')
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.');
    match lang {
        Lang::Da | Lang::Nb if is_decimal => number.replace('.', ","),
        _ => number.to_string(),
    }
}

/// How many reps, as a set's line begins: "1 rep", "12 reps".
pub fn rep_count(lang: Lang, reps: u32) -> String {
    if reps == 1 {
        ONE_REP.get(lang).to_string()
    } else {
        self::reps(lang, reps)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_of_a_thing_is_not_written_as_many() {
        let line = |lang| checked_ok_with_warnings(lang, "x.ron", "x", 1, 1, 1);
        assert_eq!(
            line(Lang::En),
            r#"x.ron: ok — "x", 1 exercise, 1 level, 1 warning"#
        );
        assert_eq!(
            line(Lang::Da),
            r#"x.ron: ok — "x", 1 øvelse, 1 niveau, 1 advarsel"#
        );
        assert_eq!(
            line(Lang::Nb),
            r#"x.ron: ok — "x", 1 øvelse, 1 nivå, 1 advarsel"#
        );
        assert_eq!(
            checked_ok(Lang::Da, "x.ron", "x", 5, 4),
            r#"x.ron: ok — "x", 5 øvelser, 4 niveauer"#
        );
        assert_eq!(session_count(Lang::Nb, 1), "1 økt");
        assert_eq!(session_count(Lang::Nb, 0), "0 økter");
    }

    #[test]
    fn a_missing_level_names_the_levels_there_are() {
        assert_eq!(
            no_such_level(Lang::Da, "x", 7, 4),
            r#""x" har ikke noget niveau 7; niveauerne er 1 til 4"#
        );
        assert_eq!(
            no_such_level(Lang::En, "x", 2, 1),
            r#""x" has no level 2; its only level is 1"#
        );
    }

    #[test]
    fn danish_and_norwegian_write_a_decimal_comma() {
        assert_eq!(decimal(Lang::En, "0.5"), "0.5");
        assert_eq!(decimal(Lang::Da, "0.5"), "0,5");
        assert_eq!(decimal(Lang::Nb, "-120.25"), "-120,25");
        assert_eq!(decimal(Lang::Nb, "120"), "120");
        // Not a number: a name with a dot keeps it.
        assert_eq!(decimal(Lang::Da, "x.ron"), "x.ron");
        assert_eq!(seconds(Lang::Nb, 1.5), "1,5 s");
    }
}
