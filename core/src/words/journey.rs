//! The words of the journey around a session that the pain rules shape: why a session was
//! stopped, the bad-day offer, and the gentle program after sessions that were too much.

words! {
    // Why a session was stopped.
    WHY_STOPPED = "Why did you stop the session?", "Hvorfor stoppede du træningen?", "Hvorfor stoppet du økten?";
    SAVED_EITHER_WAY = "What was done is saved either way.", "Det, du nåede, gemmes under alle omstændigheder.", "Det du rakk, lagres uansett.";
    STOPPED_PAIN = "Pain", "Smerter", "Smerter";
    STOPPED_TIME = "No time", "Ingen tid", "Ikke tid";
    STOPPED_OTHER = "Something else", "Noget andet", "Noe annet";
    PAIN_NOW_STOPPED = "Stopped because of pain", "Stoppet på grund af smerter", "Stoppet på grunn av smerter";
    KEY_CHOOSE_1_3 = "↑↓ or 1–3 choose", "↑↓ eller 1–3 vælg", "↑↓ eller 1–3 velg";
    KEY_ESC_NO_REASON = "Esc no reason", "Esc ingen grund", "Esc ingen grunn";
    HELP_NO_REASON = "save the session without a reason", "gem træningen uden en grund", "lagre økten uten en grunn";

    // A bad day.
    BAD_DAY = "On a day with a lot of pain, a gentler session is fine.", "På en dag med mange smerter er en blidere træning helt i orden.", "På en dag med mye smerter er en roligere økt helt greit.";
    KEY_GENTLER = "g gentler", "g blidere", "g roligere";
    HELP_GENTLER = "a gentler session today, when one is offered", "en blidere træning i dag, når den tilbydes", "en roligere økt i dag, når den tilbys";
}

messages! {
    gentler_offer(title: &str, level: u32) =
        "g starts {title} at level {level} instead; Enter goes on as chosen.",
        "g starter {title} på niveau {level} i stedet; Enter fortsætter som valgt.",
        "g starter {title} på nivå {level} i stedet; Enter fortsetter som valgt.";
    try_gentle(title: &str) =
        "You could try {title} for now: choose it in the list with ↑↓.",
        "Du kan prøve {title} indtil videre: vælg det på listen med ↑↓.",
        "Du kan prøve {title} inntil videre: velg det i listen med ↑↓.";
}
