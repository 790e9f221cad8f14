//! The words of starting a course in the app (`c` on home): its questions, its keys and the
//! notice once it is started.

words! {
    KEY_COURSE = "c course", "c forløb", "c kurs";
    HELP_COURSE = "what the course asks now, or start a course", "forløbets spørgsmål nu, eller start et forløb",
        "kursets spørsmål nå, eller start et kurs";
    COURSE_START_TITLE = "Start a course", "Start et forløb", "Start et kurs";
    COURSE_START_INTRO = "Eight weeks, two sessions a week, with goals of your own.",
        "Otte uger, to træninger om ugen, med dine egne mål.",
        "Åtte uker, to økter i uken, med dine egne mål.";
    ASK_COURSE_PROGRAM = "Which program will you follow?", "Hvilket program vil du følge?",
        "Hvilket program vil du følge?";
    ASK_COURSE_DAYS = "Which two days of the week will you train?",
        "Hvilke to dage om ugen vil du træne?", "Hvilke to dager i uken vil du trene?";
    DAYS_CHOSEN = "Chosen:", "Valgt:", "Valgt:";
    ASK_GOAL = "What would you like to do again, or do more easily? Write it in your own words.",
        "Hvad vil du gerne kunne igen, eller gøre lettere? Skriv det med dine egne ord.",
        "Hva vil du gjerne klare igjen, eller gjøre lettere? Skriv det med dine egne ord.";
    GOAL_EMPTY_GOES_ON = "(optional) Enter on an empty line goes on without more goals",
        "(valgfrit) Enter på en tom linje går videre uden flere mål",
        "(valgfritt) Enter på en tom linje går videre uten flere mål";
    ASK_GOAL_RATING = "How well can you do it now?", "Hvor godt kan du det nu?",
        "Hvor godt klarer du det nå?";
    GOAL_RATING_ENDS = "0 cannot do it · 10 as before the back pain",
        "0 kan ikke · 10 som før ondt i ryggen", "0 klarer det ikke · 10 som før vondt i ryggen";
    ASK_PAIN_WEEK = "Your back pain on average over the last week?",
        "Din smerte i ryggen i gennemsnit den seneste uge?",
        "Smerten i ryggen i gjennomsnitt den siste uken?";
    PAIN_WEEK_ENDS = "0 no pain · 10 worst imaginable", "0 ingen smerte · 10 værst tænkelige",
        "0 ingen smerte · 10 verst tenkelige";
    ASK_CONFIDENCE = "How sure are you that you can exercise even when your back hurts?",
        "Hvor sikker er du på, at du kan træne, også når ryggen gør ondt?",
        "Hvor sikker er du på at du kan trene, også når ryggen gjør vondt?";
    CONFIDENCE_ENDS = "0 not sure at all · 10 completely sure", "0 slet ikke sikker · 10 helt sikker",
        "0 ikke sikker i det hele tatt · 10 helt sikker";
    RATING_SKIPPABLE = "(optional) s skips it", "(valgfrit) s springer over", "(valgfritt) s hopper over";
    KEY_ESC_CANCEL = "Esc cancel", "Esc fortryd", "Esc avbryt";
    HELP_ESC_NO_COURSE = "back home without a course", "tilbage til start uden et forløb",
        "tilbake til start uten et kurs";
    KEY_ESC_BEFORE = "Esc back", "Esc tilbage", "Esc tilbake";
    HELP_ESC_BEFORE = "the question before, with its answer kept", "det forrige spørgsmål, med svaret gemt",
        "forrige spørsmål, med svaret beholdt";
    KEY_ENTER_NEXT = "Enter next", "Enter videre", "Enter videre";
    HELP_ENTER_NEXT = "take the answer and go on", "tag svaret og gå videre", "ta svaret og gå videre";
    KEY_UP_DOWN_PROGRAM_CHOICE = "↑↓ program", "↑↓ program", "↑↓ program";
    HELP_CHOOSE_PROGRAM = "choose the program", "vælg programmet", "velg programmet";
    KEY_MOVE_DAY = "←→ day", "←→ dag", "←→ dag";
    HELP_MOVE_DAY = "move between the days", "flyt mellem dagene", "flytt mellom dagene";
    KEY_CHOOSE_DAY = "Space choose", "Mellemrum vælg", "Mellomrom velg";
    HELP_CHOOSE_DAY = "choose the day or unchoose it (1–7: Monday to Sunday)",
        "vælg dagen eller fravælg den (1–7: mandag til søndag)",
        "velg dagen eller velg den bort (1–7: mandag til søndag)";
    KEY_RATE = "←→ 0–9 rate", "←→ 0–9 vurder", "←→ 0–9 vurder";
    HELP_RATE = "choose the rating (1 then 0 makes 10)", "vælg vurderingen (1 og så 0 giver 10)",
        "velg vurderingen (1 og så 0 gir 10)";
    KEY_SKIP_RATING = "s skip", "s spring over", "s hopp over";
    HELP_SKIP_RATING = "leave this rating out", "spring denne vurdering over", "hopp over denne vurderingen";
    HELP_TYPING_GOAL = "write a goal: letters, ← → Home End, Backspace, Delete, Ctrl-W a word, Ctrl-U the line",
        "skriv et mål: bogstaver, ← → Home End, Backspace, Delete, Ctrl-W et ord, Ctrl-U linjen",
        "skriv et mål: bokstaver, ← → Home End, Backspace, Delete, Ctrl-W et ord, Ctrl-U linjen";
}

messages! {
    goal_number(n: usize, of: usize) = "Goal {n} of {of}", "Mål {n} af {of}", "Mål {n} av {of}";
    course_started_here(program: &str, days: &str) =
        "Course started: {program} on {days}, for eight weeks.",
        "Forløb startet: {program} {days}, i otte uger.",
        "Kurs startet: {program} {days}, i åtte uker.";
}
