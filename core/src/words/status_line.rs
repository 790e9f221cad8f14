//! The words of the trainer's title bar, status line and notices that take values.

messages! {
    /// The title bar's level, after the program's name.
    level_n(level: u32) = "level {level}", "niveau {level}", "nivå {level}";
    sound_at(percent: &str) = "sound {percent}%", "lyd {percent}%", "lyd {percent}%";
    enlarge_terminal(min_width: u16, min_height: u16, width: u16, height: u16) =
        "Please make the terminal at least {min_width}×{min_height} (it is {width}×{height} now).",
        "Gør venligst terminalen mindst {min_width}×{min_height} (den er {width}×{height} nu).",
        "Gjør terminalen minst {min_width}×{min_height} (den er {width}×{height} nå).";
    not_saved(why: &str) =
        "Could not save to the history; it is tried again: {why}",
        "Kunne ikke gemme i historikken; det prøves igen: {why}",
        "Kunne ikke lagre i historikken; det prøves igjen: {why}";
    history_unreadable(why: &str) =
        "The history could not be read; sessions still run: {why}",
        "Historikken kunne ikke læses; træning virker stadig: {why}",
        "Historikken kunne ikke leses; økter virker fortsatt: {why}";
    one_skipped_line() =
        "1 line of the history could not be read and is left as it is (h shows which)",
        "1 linje i historikken kunne ikke læses og står urørt (h viser hvilken)",
        "1 linje i historikken kunne ikke leses og står urørt (h viser hvilken)";
    skipped_lines(count: usize) =
        "{count} lines of the history could not be read and are left as they are (h shows which)",
        "{count} linjer i historikken kunne ikke læses og står urørt (h viser hvilke)",
        "{count} linjer i historikken kunne ikke leses og står urørt (h viser hvilke)";
    file_not_used(why: &str) =
        "Not used, the built-in one is: {why}",
        "Ikke brugt, den indbyggede bruges: {why}",
        "Ikke brukt, den innebygde brukes: {why}";
    future_sessions(count: usize) =
        "{count} sessions dated in the future are not counted",
        "{count} træninger dateret i fremtiden tælles ikke med",
        "{count} økter datert i fremtiden telles ikke med";
    only_level_1(program: &str) =
        "{program} has only level 1.",
        "{program} har kun niveau 1.",
        "{program} har bare nivå 1.";
    levels_1_to(program: &str, levels: u32) =
        "{program} has levels 1 to {levels}.",
        "{program} har niveau 1 til {levels}.",
        "{program} har nivå 1 til {levels}.";
    next_again(exercise: &str) =
        "Press n again to skip the rest of {exercise}; any other key carries on.",
        "Tryk n igen for at springe resten af {exercise} over; enhver anden tast fortsætter.",
        "Trykk n igjen for å hoppe over resten av {exercise}; en hvilken som helst annen tast fortsetter.";
    next_again_ends(exercise: &str) =
        "Press n again to end the session without the rest of {exercise}; any other key carries on.",
        "Tryk n igen for at afslutte træningen uden resten af {exercise}; enhver anden tast fortsætter.",
        "Trykk n igjen for å avslutte økten uten resten av {exercise}; en hvilken som helst annen tast fortsetter.";
    saved_next_level(program: &str, level: u32, reason: &str) =
        "Saved. {program}: next session at level {level} ({reason}).",
        "Gemt. {program}: næste træning på niveau {level} ({reason}).",
        "Lagret. {program}: neste økt på nivå {level} ({reason}).";
}
