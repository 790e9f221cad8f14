//! The words of the Learn screens in the app: the list of modules and one module with its plan line.

words! {
    LEARN_TITLE = "Learn", "Lær", "Lær";
    // Over the list.
    LEARN_INTRO = "Short texts about back pain and what helps. Read one a week.",
        "Korte tekster om ondt i ryggen og hvad der hjælper. Læs et om ugen.",
        "Korte tekster om vondt i ryggen og hva som hjelper. Les en i uken.";
    // Under the plan line, while it is empty.
    PLAN_OPTIONAL = "(optional) Enter saves that you read it", "(valgfrit) Enter gemmer, at du har læst det",
        "(valgfritt) Enter lagrer at du har lest den";
    // Under a module's text while more of it is below.
    MORE_BELOW = "↓ more", "↓ mere", "↓ mer";
    KEY_LEARN = "l learn", "l lær", "l lær";
    HELP_LEARN = "Learn: short texts on back pain", "Lær: korte tekster om ondt i ryggen",
        "Lær: korte tekster om vondt i ryggen";
    KEY_UP_DOWN_MODULE = "↑↓ module", "↑↓ modul", "↑↓ modul";
    HELP_CHOOSE_MODULE = "choose a module", "vælg et modul", "velg en modul";
    KEY_ENTER_READ = "Enter read", "Enter læs", "Enter les";
    HELP_ENTER_READ = "read the module", "læs modulet", "les modulen";
    KEY_ENTER_SAVE = "Enter save", "Enter gem", "Enter lagre";
    HELP_ENTER_SAVE = "mark the module read, with your plan if you wrote one",
        "marker modulet som læst, med din plan hvis du skrev en",
        "merk modulen som lest, med planen din hvis du skrev en";
    HELP_ESC_UNSAVED = "back to the list without marking it read", "tilbage til listen uden at markere det som læst",
        "tilbake til listen uten å merke den som lest";
    KEY_SCROLL = "↑↓ scroll", "↑↓ rul", "↑↓ rull";
    HELP_SCROLL = "scroll the text a line or a page", "rul teksten en linje eller en side", "rull teksten en linje eller en side";
    // How help names the keys of a text field.
    KEY_TYPING = "typing", "tastning", "skriving";
    HELP_TYPING = "write your plan: letters, ← → Home End, Backspace, Delete, Ctrl-W a word, Ctrl-U the line",
        "skriv din plan: bogstaver, ← → Home End, Backspace, Delete, Ctrl-W et ord, Ctrl-U linjen",
        "skriv planen din: bokstaver, ← → Home End, Backspace, Delete, Ctrl-W et ord, Ctrl-U linjen";
}
