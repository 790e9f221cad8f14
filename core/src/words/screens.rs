//! The words of the full-screen trainer in every language.

words! {
    // Home.
    PROGRAMS = "Programs", "Programmer", "Programmer";
    NO_SESSION_YET = "No sessions yet: level 1 is a gentle start.", "Ingen træninger endnu: niveau 1 er en blid start.", "Ingen økter ennå: nivå 1 er en rolig start.";
    NO_PROGRAM = "No program could be loaded.", "Intet program kunne indlæses.", "Ingen programmer kunne lastes.";
    FILE_PROBLEM = "A program file has a problem", "En programfil har et problem", "En programfil har et problem";
    NOT_FINISHED = "not finished", "ikke gennemført", "ikke fullført";

    // The morning after.
    MORNING_BETTER = "Better than usual", "Bedre end sædvanligt", "Bedre enn vanlig";
    MORNING_SAME = "As usual", "Som sædvanligt", "Som vanlig";
    MORNING_WORSE = "Worse than usual", "Værre end sædvanligt", "Verre enn vanlig";
    MORNING_SKIP = "Skip", "Spring over", "Hopp over";

    // The pain question.
    PAIN_AFTER = "After the session", "Efter træningen", "Etter økten";
    PAIN_QUESTION = "How much does your back hurt right now?", "Hvor ondt har du i ryggen lige nu?", "Hvor vondt har du i ryggen akkurat nå?";
    PAIN_NONE = "no pain", "ingen smerter", "ingen smerter";
    PAIN_MILD = "mild", "lette smerter", "lette smerter";
    PAIN_MODERATE = "moderate", "moderate smerter", "moderate smerter";
    PAIN_SEVERE = "severe", "stærke smerter", "sterke smerter";
    PAIN_WORST = "worst imaginable", "værst tænkelige smerter", "verst tenkelige smerter";
    PAIN_NOT_CHOSEN = "No answer chosen yet", "Intet svar valgt endnu", "Ingen svar valgt ennå";
    PAIN_CHOOSE_FIRST = "Choose an answer first: ←→ or 0–10, then Enter", "Vælg et svar først: ←→ eller 0–10, og så Enter", "Velg et svar først: ←→ eller 0–10, og så Enter";

    // The session.
    BIG_PAUSED = "PAUSED", "PAUSE", "PAUSE";
    SWITCH_TO_RIGHT = "Change to the right side", "Skift til højre side", "Bytt til høyre side";
    SMALL_SESSION_GOES_ON = "The session goes on · Space pauses", "Træningen fortsætter · Mellemrum sætter på pause", "Økten fortsetter · Mellomrom setter på pause";
    SMALL_SESSION_PAUSED = "The session is paused · Space goes on", "Træningen er sat på pause · Mellemrum fortsætter", "Økten er satt på pause · Mellomrom fortsetter";
    PAUSED_HINT = "Paused: every timer has stopped. Space goes on.", "På pause: alle ure står stille. Mellemrum fortsætter.", "På pause: alle klokker står stille. Mellomrom fortsetter.";
    SET_WORD = "Set", "Sæt", "Sett";
    LEFT_SIDE = "left side", "venstre side", "venstre side";
    RIGHT_SIDE = "right side", "højre side", "høyre side";
    AFTER_THIS = "After this", "Derefter", "Deretter";
    THEN_PAIN = "the question about pain, and you are done", "spørgsmålet om smerter, og du er færdig", "spørsmålet om smerter, og du er ferdig";
    WHOLE_SESSION = "Session", "Træning", "Økt";
    GOOD_TO_KNOW = "Good to know", "Godt at vide", "Godt å vite";
    START_POSE = "Start", "Start", "Start";
    END_POSE = "End", "Slut", "Slutt";

    // The result.
    RESULT_TITLE = "Session done", "Træningen er slut", "Økten er ferdig";
    RESULT_TITLE_EARLY = "Session ended early", "Træningen sluttede før tid", "Økten ble avsluttet før tiden";
    ZONE_GREEN = "Green: the pain stayed calm – ready to build on", "Grøn: smerten holdt sig i ro – klar til at bygge på", "Grønn: smerten holdt seg i ro – klar til å bygge på";
    ZONE_AMBER = "Amber: acceptable, stay at this level", "Gul: acceptabelt, bliv på dette niveau", "Gul: akseptabelt, bli på dette nivået";
    ZONE_RED = "Red: this was too much for now, next time one level easier", "Rød: det var for meget lige nu, næste gang et lettere niveau", "Rød: dette var for mye nå, neste gang et lettere nivå";
    ZONE_RED_EASIEST = "Red: this was too much for now", "Rød: det var for meget lige nu", "Rød: dette var for mye nå";
    DONE_REPS = "Reps done", "Gentagelser udført", "Repetisjoner utført";
    PAIN_WORD = "Pain", "Smerte", "Smerte";

    // The history screen.
    ALL_PROGRAMS = "All programs", "Alle programmer", "Alle programmer";
    LAST_8_WEEKS = "last 8 weeks", "seneste 8 uger", "siste 8 uker";
    ALL_TIME = "all time", "hele perioden", "hele perioden";
    NO_SESSIONS_SCREEN = "No sessions yet. Go back to the home screen (Esc), choose a program and press Enter to start your first session. Each session is listed here afterwards, with how your back responded.",
        "Ingen træninger endnu. Gå tilbage til startskærmen (Esc), vælg et program og tryk Enter for at starte din første træning. Bagefter vises hver træning her sammen med, hvordan din ryg reagerede.",
        "Ingen økter ennå. Gå tilbake til startskjermen (Esc), velg et program og trykk Enter for å starte din første økt. Etterpå vises hver økt her sammen med hvordan ryggen din reagerte.";
    CHART_PAIN_BEFORE = "pain before", "smerte før", "smerte før";
    CHART_PAIN_AFTER = "pain after", "smerte efter", "smerte etter";
    CHART_LEVEL = "level", "niveau", "nivå";
    CHART_CHOSEN = "chosen session", "valgt træning", "valgt økt";
    CHART_EMPTY = "No sessions in the last 8 weeks; w shows all time.", "Ingen træninger de seneste 8 uger; w viser hele perioden.", "Ingen økter de siste 8 ukene; w viser hele perioden.";
    DETAIL_WHEN = "When", "Hvornår", "Når";
    DETAIL_MORNING = "Morning after", "Morgenen efter", "Morgenen etter";
    NOT_ANSWERED = "not answered", "ikke besvaret", "ikke besvart";
    SAFETY_AGAIN_FLAG = "Asked again: your last check found a warning sign.", "Spurgt igen: dit seneste tjek fandt et advarselstegn.", "Spurt igjen: den siste sjekken fant et faresignal.";
    PAIN_NOT_GIVEN = "not answered: ryg was closed at the question", "ikke besvaret: ryg blev lukket ved spørgsmålet", "ikke besvart: ryg ble lukket ved spørsmålet";
    NOT_ASKED = "not asked: the session stopped first", "ikke spurgt: træningen stoppede inden spørgsmålet", "ikke spurt: økten stoppet før spørsmålet";
    WHY_WORD = "Why", "Hvorfor", "Hvorfor";
    COUNT_LAST_7 = "Last 7 days", "Seneste 7 dage", "Siste 7 dager";
    COUNT_LAST_28 = "last 28 days", "seneste 28 dage", "siste 28 dager";
    COUNT_IN_ALL = "in all", "i alt", "totalt";
    FINISHED_WORD = "finished", "gennemført", "fullført";

    // Overlays and the status line.
    HELP_TITLE = "Keys", "Taster", "Taster";
    QUIT_QUESTION = "End the session now? It is saved as not finished.", "Afslut træningen nu? Den gemmes som ikke gennemført.", "Avslutte økten nå? Den lagres som ikke fullført.";
    SOUND_NO_DEVICE = "sound off: no audio device", "lyd fra: ingen lydenhed", "lyd av: ingen lydenhet";
    SOUND_LOST = "sound off: the device was lost", "lyd fra: lydenheden forsvandt", "lyd av: lydenheten forsvant";
    SOUND_NOT_BUILT = "sound off: built without sound", "lyd fra: bygget uden lyd", "lyd av: bygget uten lyd";
    HELP_VOLUME = "louder and quieter", "højere og lavere", "høyere og lavere";
    SOUND_MUTED = "sound muted", "lyd slået fra", "lyd av";
    ENDED_WITHOUT_REPS = "The session ended before its first rep. It is kept in the history, and left out of the counts.", "Træningen sluttede før den første gentagelse. Den gemmes i historikken og tælles ikke med.", "Økten sluttet før den første repetisjonen. Den lagres i historikken og telles ikke med.";
    SAVED_WITHOUT_PAIN_AFTER = "The session was saved with every rep done; the pain after it was not given.", "Træningen blev gemt med alle gentagelser udført; smerten bagefter blev ikke angivet.", "Økten ble lagret med alle repetisjoner utført; smerten etterpå ble ikke oppgitt.";
    SKIPS_ONLY_COUNTDOWNS = "s skips a countdown or a rest; during the reps, n skips the exercise.", "s springer en nedtælling eller en hvilepause over; under gentagelserne springer n øvelsen over.", "s hopper over en nedtelling eller en hvilepause; under repetisjonene hopper n over øvelsen.";
    NO_MORNING_NO_SESSIONS = "There is no session yet, so no morning after to tell about.", "Der er ingen træning endnu, så ingen morgen efter at fortælle om.", "Det er ingen økt ennå, så ingen morgen etter å fortelle om.";
    NO_MORNING_ANSWERED = "The morning after this session is answered already.", "Morgenen efter denne træning er allerede besvaret.", "Morgenen etter denne økten er allerede besvart.";
    NO_MORNING_NOT_YET = "The morning after this session has not come yet: a answers it from tomorrow.", "Morgenen efter denne træning er ikke kommet endnu: a kan svare fra i morgen.", "Morgenen etter denne økten har ikke kommet ennå: a kan svare fra i morgen.";
    NO_MORNING_NOT_LATEST = "Only the latest session of a program is asked about its morning after.", "Kun den seneste træning i et program bliver spurgt om morgenen efter.", "Bare den siste økten i et program blir spurt om morgenen etter.";
    QUIT_KEYS = "y yes, end it · n or Space no, go on", "j ja, afslut · n eller mellemrum nej, fortsæt", "j ja, avslutt · n eller mellomrom nei, fortsett";
    SAVED_UNFINISHED = "The session was saved as not finished.", "Træningen blev gemt som ikke gennemført.", "Økten ble lagret som ikke fullført.";
    LEVEL_UPDATED = "Your answer about the morning after changed the recommended level.", "Dit svar om morgenen efter ændrede det anbefalede niveau.", "Svaret ditt om morgenen etter endret anbefalt nivå.";
    NEEDS_TERMINAL = "the trainer needs a terminal; without one, use ryg programs, check, plan, status, history or learn",
        "træneren kræver en terminal; uden en kan du bruge ryg programs, check, plan, status, history eller learn",
        "treneren trenger en terminal; uten en kan du bruke ryg programs, check, plan, status, history eller learn";

    // Key hints.
    KEY_UP_DOWN_PROGRAM = "↑↓ program", "↑↓ program", "↑↓ program";
    KEY_LEFT_RIGHT_LEVEL = "←→ level", "←→ niveau", "←→ nivå";
    KEY_ENTER_START = "Enter start", "Enter start", "Enter start";
    KEY_ENTER_ANSWER = "Enter answer", "Enter svar", "Enter svar";
    KEY_ENTER_HOME = "Enter home", "Enter hjem", "Enter hjem";
    KEY_ESC_BACK = "Esc back", "Esc tilbage", "Esc tilbake";
    KEY_HELP = "? help", "? hjælp", "? hjelp";
    KEY_QUIT = "q quit", "q afslut", "q avslutt";
    KEY_CHECK_AGAIN = "c check again", "c tjek igen", "c sjekk igjen";
    KEY_CHOOSE_0_10 = "←→ or 0–10 choose", "←→ eller 0–10 vælg", "←→ eller 0–10 velg";
    KEY_CHOOSE_1_4 = "↑↓ or 1–4 choose", "↑↓ eller 1–4 vælg", "↑↓ eller 1–4 velg";
    KEY_SPACE = "Space", "Mellemrum", "Mellomrom";
    KEY_PAUSE = "Space pause", "Mellemrum pause", "Mellomrom pause";
    KEY_RESUME = "Space go on", "Mellemrum fortsæt", "Mellomrom fortsett";
    KEY_SKIP = "s skip", "s spring over", "s hopp over";
    KEY_NEXT = "n next exercise", "n næste øvelse", "n neste øvelse";
    KEY_MUTE = "m mute", "m lyd", "m lyd";
    KEY_CLOSE = "? or Esc close", "? eller Esc luk", "? eller Esc lukk";
    KEY_HISTORY = "h history", "h historik", "h historikk";
    KEY_UP_DOWN_SESSION = "↑↓ session", "↑↓ træning", "↑↓ økt";
    KEY_LEFT_RIGHT_PROGRAM = "←→ program", "←→ program", "←→ program";
    KEY_ENTER_DETAIL = "Enter details", "Enter detaljer", "Enter detaljer";
    KEY_WIDEN = "w 8 weeks/all", "w 8 uger/alt", "w 8 uker/alt";
    KEY_ESC_LIST = "Esc list", "Esc liste", "Esc liste";

    // Help texts: what each key does.
    HELP_UP_DOWN = "choose a program", "vælg et program", "velg et program";
    HELP_LEFT_RIGHT = "choose a level", "vælg et niveau", "velg et nivå";
    HELP_ENTER_START = "start the session", "start træningen", "start økten";
    HELP_SPACE = "pause, and go on", "pause, og fortsæt", "pause, og fortsett";
    HELP_SKIP = "skip a countdown or a rest", "spring en nedtælling eller hvilepause over", "hopp over en nedtelling eller hvilepause";
    HELP_NEXT = "skip to the next exercise (press twice)", "spring til næste øvelse (tryk to gange)", "hopp til neste øvelse (trykk to ganger)";
    HELP_MUTE = "sound off and on", "lyd fra og til", "lyd av og på";
    HELP_QUIT_SESSION = "end the session (asks first)", "afslut træningen (spørger først)", "avslutt økten (spør først)";
    HELP_QUIT_APP = "quit ryg", "afslut ryg", "avslutt ryg";
    HELP_PAIN = "choose 0 to 10 (1 and 0 typed quickly is 10)", "vælg 0 til 10 (1 og 0 hurtigt efter hinanden er 10)", "velg 0 til 10 (1 og 0 raskt etter hverandre er 10)";
    HELP_ENTER_ANSWER = "answer", "svar", "svar";
    HELP_CHOOSE_ANSWER = "choose an answer", "vælg et svar", "velg et svar";
    HELP_HOME = "back to the home screen", "tilbage til startskærmen", "tilbake til startskjermen";
    HELP_YES_NO = "answer yes or no", "svar ja eller nej", "svar ja eller nei";
    HELP_CHECK_AGAIN = "take the check again", "tag tjekket igen", "ta sjekken igjen";
    HELP_CTRL_C = "stop now (a session in progress is saved)", "stop nu (en igangværende træning gemmes)", "stopp nå (en pågående økt lagres)";
    HELP_CLOSE = "close this help", "luk denne hjælp", "lukk denne hjelpen";
    HELP_HISTORY = "the history of your sessions", "historikken over dine træninger", "historikken over øktene dine";
    HELP_CHOOSE_SESSION = "choose a session", "vælg en træning", "velg en økt";
    HELP_PAGE = "a page up or down", "en side op eller ned", "en side opp eller ned";
    HELP_NEWEST_OLDEST = "the newest or the oldest", "den nyeste eller den ældste", "den nyeste eller den eldste";
    HELP_FILTER = "every program, or one of them", "alle programmer, eller ét af dem", "alle programmer, eller ett av dem";
    HELP_DETAIL = "the session in full, and why its zone is what it is", "træningen i detaljer og hvorfor den fik sin zone", "økten i detalj og hvorfor den fikk sin sone";
    HELP_WIDEN = "the chart: last 8 weeks or all time", "grafen: seneste 8 uger eller hele perioden", "grafen: siste 8 uker eller hele perioden";
    HELP_ANSWER_MORNING = "how your back was the morning after", "hvordan ryggen havde det morgenen efter", "hvordan ryggen var morgenen etter";
    HELP_BACK_LIST = "back to the list", "tilbage til listen", "tilbake til listen";
    HELP_BACK_HISTORY = "back to the history", "tilbage til historikken", "tilbake til historikken";
    HELP_CTRL_Z = "hand the terminal back (fg brings ryg back)", "giv terminalen tilbage (fg henter ryg tilbage)", "gi terminalen tilbake (fg henter ryg tilbake)";
    HELP_KEYS = "the keys of this screen", "tasterne på denne skærm", "tastene på denne skjermen";
}
