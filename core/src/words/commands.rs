//! The fixed words of the command line in every language. A `Tr` must name all three, so a
//! missing translation does not compile.

words! {
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
    YOUR_PROGRAMS_FOLDER = "Your own programs go in", "Dine egne programmer ligger i", "Dine egne programmer ligger i";
    REPLACES_BUILT_IN = "replaces the built-in program with the same id", "erstatter det indbyggede program med samme id", "erstatter det innebygde programmet med samme id";
    FROM_FILE = "from", "fra", "fra";
    NO_PROGRAMS = "No programs could be loaded.", "Ingen programmer kunne indlæses.", "Ingen programmer kunne lastes.";

    // `ryg check`
    CHECK_OK = "ok", "ok", "ok";
    EXERCISES = "exercises", "øvelser", "øvelser";
    LEVELS = "levels", "niveauer", "nivåer";
    WARNINGS = "warnings", "advarsler", "advarsler";
    NO_RON_FILES = "no .ron files in this folder", "ingen .ron-filer i denne mappe", "ingen .ron-filer i denne mappen";

    // `ryg plan`
    LEVEL = "level", "niveau", "nivå";
    RECOMMENDED = "recommended", "anbefalet", "anbefalt";
    YOU_CHOSE = "chosen with --level", "valgt med --level", "valgt med --level";
    SESSION_LENGTH = "Session length", "Varighed", "Varighet";
    REPS = "reps", "gentagelser", "repetisjoner";
    GET_READY = "Get ready", "Gør dig klar", "Gjør deg klar";
    SET = "Set", "Sæt", "Sett";
    OF = "of", "af", "av";
    PER_SIDE_ALTERNATING = "per side, left and right in turn", "pr. side, skiftevis venstre og højre", "per side, vekselvis venstre og høyre";
    LEFT_THEN_RIGHT = "on the left, then", "i venstre side, så", "på venstre side, så";
    ON_THE_RIGHT = "on the right", "i højre side", "på høyre side";
    SWITCH_SIDE = "switch side", "skift side", "bytt side";
    REST = "Rest", "Pause", "Pause";
    DONE = "Done", "Færdig", "Ferdig";

    // `ryg status`
    SAFETY_CHECK_NOT_CLEAR = "Your last safety check said a warning sign applies to you: no session can start until a new check says none does.",
        "Dit seneste sikkerhedstjek sagde, at et af advarselstegnene gælder for dig: ingen træning kan startes, før et nyt tjek siger, at ingen af dem gælder.",
        "Den siste sikkerhetssjekken sa at et av faresignalene gjelder deg: ingen økt kan starte før en ny sjekk sier at ingen av dem gjelder.";

    // `ryg history`
    NO_HISTORY = "No sessions recorded yet. Start one with `ryg`; each session you do is kept here.",
        "Ingen træninger registreret endnu. Start en med `ryg`; hver træning, du laver, gemmes her.",
        "Ingen økter registrert ennå. Start en med `ryg`; hver økt du gjør lagres her.";
    NO_HISTORY_FOR = "No sessions recorded for", "Ingen træninger registreret for", "Ingen økter registrert for";
    ONE_SESSION = "session", "træning", "økt";
    SESSIONS = "sessions", "træninger", "økter";

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
    FUTURE_SESSIONS = "sessions dated in the future are not counted", "træninger dateret i fremtiden tælles ikke med", "økter datert i fremtiden telles ikke med";
    FUTURE_SCREENING = "a safety check dated in the future is not counted", "et sikkerhedstjek dateret i fremtiden tælles ikke med", "en sikkerhetssjekk datert i fremtiden telles ikke med";
    UNKNOWN_PROGRAM = "there is no program", "der er intet program", "det finnes ikke noe program";
    KNOWN_PROGRAMS = "the programs are", "programmerne er", "programmene er";
    NO_SUCH_LEVEL = "has no level", "har intet niveau", "har ikke nivå";
    IT_HAS_LEVELS = "its levels are 1 to", "dets niveauer er 1 til", "nivåene er 1 til";
}

words! {
    // The default on-screen word of each kind of phase (a program's `label` replaces it).
    PHASE_MOVE = "Move", "Bevæg", "Beveg";
    PHASE_HOLD = "Hold", "Hold", "Hold";
    PHASE_RETURN = "Return", "Tilbage", "Tilbake";
}
