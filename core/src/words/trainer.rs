//! The words of the trainer's screens that take values: home, the questions, the session and
//! its result.

messages! {
    // Home.
    recommended_because_of(reason: &str) =
        "recommended ({reason})",
        "anbefalet ({reason})",
        "anbefalt ({reason})";
    your_choice(recommended: u32) =
        "your choice (recommended {recommended})",
        "dit valg (anbefalet {recommended})",
        "ditt valg (anbefalt {recommended})";
    /// `easier` and `harder` are the arrows shown where there is a level to go to.
    level_of_levels(easier: &str, level: u32, harder: &str, levels: u32) =
        "Level {easier}{level}{harder} of {levels}",
        "Niveau {easier}{level}{harder} af {levels}",
        "Nivå {easier}{level}{harder} av {levels}";
    sets_of_reps(sets: u32, reps: u32) = "{sets} × {reps}", "{sets} × {reps}", "{sets} × {reps}";
    sets_of_reps_per_side(sets: u32, reps: u32) =
        "{sets} × {reps} per side",
        "{sets} × {reps} pr. side",
        "{sets} × {reps} per side";
    length_and_reps(length: &str, reps: u32) =
        "Length {length} · {reps} reps",
        "Varighed {length} · {reps} gentagelser",
        "Varighet {length} · {reps} repetisjoner";
    last_session(when: &str, level: u32, done: u32, planned: u32, before: u8, after: &str) =
        "Last session: {when} · level {level} · {done}/{planned} reps · pain {before}→{after}",
        "Seneste træning: {when} · niveau {level} · {done}/{planned} gentagelser · smerte {before}→{after}",
        "Siste økt: {when} · nivå {level} · {done}/{planned} repetisjoner · smerte {before}→{after}";

    // The questions.
    safety_again(date: &str) =
        "Asked again: your last check was on {date}, and the check comes back every 30 days.",
        "Spurgt igen: dit seneste tjek var den {date}, og tjekket kommer igen hver 30. dag.",
        "Spurt igjen: den siste sjekken var {date}, og sjekken kommer igjen hver 30. dag.";
    morning_question(date: &str) =
        "How was your back the morning after your last session on {date}?",
        "Hvordan havde din ryg det morgenen efter din seneste træning den {date}?",
        "Hvordan var ryggen din morgenen etter siste økt den {date}?";
    /// Which session a morning question is about.
    session_asked_about(program: &str, level: u32, before: u8, after: &str) =
        "{program} · level {level} · pain {before} → {after}",
        "{program} · niveau {level} · smerte {before} → {after}",
        "{program} · nivå {level} · smerte {before} → {after}";
    pain_before_title(program: &str, level: u32) =
        "Before the session · {program} · level {level}",
        "Før træningen · {program} · niveau {level}",
        "Før økten · {program} · nivå {level}";

    // The session.
    big_get_ready(seconds: &str) = "GET READY {seconds}", "GØR DIG KLAR {seconds}", "GJØR DEG KLAR {seconds}";
    big_rest(seconds: &str) = "REST {seconds}", "HVIL {seconds}", "HVIL {seconds}";
    big_switch(seconds: &str) = "SWITCH {seconds}", "SKIFT {seconds}", "BYTT {seconds}";
    next_set(set: u32, sets: u32, exercise: &str) =
        "Next: Set {set} of {sets} — {exercise}",
        "Næste: Sæt {set} af {sets} — {exercise}",
        "Neste: Sett {set} av {sets} — {exercise}";
    set_n_of(set: u32, sets: u32) = "Set {set} of {sets}", "Sæt {set} af {sets}", "Sett {set} av {sets}";
    // The terminal's title in a session: short, for a tab.
    title_set(set: u32, sets: u32) = "set {set}/{sets}", "sæt {set}/{sets}", "sett {set}/{sets}";
    rep_n_of(rep: u32, reps: u32) =
        "Rep {rep} of {reps}",
        "Gentagelse {rep} af {reps}",
        "Repetisjon {rep} av {reps}";
    time_left(time: &str) = "{time} left", "{time} tilbage", "{time} igjen";

    // The result.
    reps_and_pain(done: u32, planned: u32, time: &str, before: u8, after: &str) =
        "Reps done: {done} of {planned} in {time} · Pain {before} → {after}",
        "Gentagelser udført: {done} af {planned} på {time} · Smerte {before} → {after}",
        "Repetisjoner utført: {done} av {planned} på {time} · Smerte {before} → {after}";
    next_time_level(level: u32) =
        "Next time: level {level}",
        "Næste gang: niveau {level}",
        "Neste gang: nivå {level}";
}
