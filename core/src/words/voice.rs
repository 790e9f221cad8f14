//! What the voice says during a session: short, calm phrases, numbers as digits (the speech
//! engine reads them as words in each language).

messages! {
    /// At an exercise's get-ready: its name and its dose.
    next_sets(name: &str, sets: u32, reps: u32) =
        "Next: {name}, {sets} sets of {reps}.",
        "Næste: {name}, {sets} sæt med {reps}.",
        "Neste: {name}, {sets} sett med {reps}.";
    next_sets_sided(name: &str, sets: u32, reps: u32) =
        "Next: {name}, {sets} sets of {reps} on each side.",
        "Næste: {name}, {sets} sæt med {reps} på hver side.",
        "Neste: {name}, {sets} sett med {reps} på hver side.";
    next_once(name: &str, reps: u32) =
        "Next: {name}, {reps} times.",
        "Næste: {name}, {reps} gange.",
        "Neste: {name}, {reps} ganger.";
    next_once_sided(name: &str, reps: u32) =
        "Next: {name}, {reps} times on each side.",
        "Næste: {name}, {reps} gange på hver side.",
        "Neste: {name}, {reps} ganger på hver side.";
    /// The get-ready's shorter form, when the dose would run into what comes next.
    next_short(name: &str) = "Next: {name}.", "Næste: {name}.", "Neste: {name}.";
    /// At a set's start (after the first).
    set_of(set: u32, sets: u32) = "Set {set} of {sets}.", "Sæt {set} af {sets}.", "Sett {set} av {sets}.";
    set_of_side(set: u32, sets: u32, side: &str) =
        "Set {set} of {sets}, {side}.",
        "Sæt {set} af {sets}, {side}.",
        "Sett {set} av {sets}, {side}.";
    set_short(set: u32) = "Set {set}.", "Sæt {set}.", "Sett {set}.";
    /// The change of side in the middle of a set, when the exercise has no side words of its own.
    now_side(side: &str) = "Now the {side}.", "Nu {side}.", "Nå {side}.";
    rest_for(secs: u32) = "Rest, {secs} seconds.", "Pause, {secs} sekunder.", "Pause, {secs} sekunder.";
}

words! {
    LAST_ONE = "Last one.", "Den sidste.", "Den siste.";
    REST = "Rest.", "Pause.", "Pause.";
    HALFWAY = "Halfway.", "Halvvejs.", "Halvveis.";
    SESSION_DONE = "Session done.", "Træningen er slut.", "Økten er ferdig.";
}

// The status line during a session, its notice, and the help's line for `v`.
words! {
    VOICE_ON = "voice on", "stemme til", "stemme på";
    VOICE_OFF = "voice off", "stemme fra", "stemme av";
    NO_SPEECH_ENGINE =
        "voice off: no speech engine (install espeak-ng to hear it)",
        "stemme fra: intet taleprogram (installer espeak-ng for at høre den)",
        "stemme av: ingen talemotor (installer espeak-ng for å høre den)";
    HELP_VOICE = "voice on and off", "stemme til og fra", "stemme på og av";
}

/// A side said on its own, in the exercise's own words or "left side": a sentence of its own,
/// so it begins with a capital as the others do ("Left side.", "Venstre side.").
pub fn side_alone(side: &str) -> String {
    let mut letters = side.chars();
    match letters.next() {
        Some(first) => first.to_uppercase().chain(letters).chain(['.']).collect(),
        None => String::new(),
    }
}
