//! The command line's help in Danish and Norwegian. The English words are the doc comments of
//! the command line's arguments, which clap shows as they are.

use super::{Lang, Tr};

macro_rules! help {
    ($($key:literal => $da:literal, $nb:literal;)*) => {
        /// The Danish and Norwegian text for a help key: `about`, a command (`course`, `course.start`),
        /// or an argument after its command (`course.start.days`).
        fn text(key: &str) -> Option<(&'static str, &'static str)> {
            match key {
                $($key => Some(($da, $nb)),)*
                _ => None,
            }
        }
    };
}

help! {
    // Arguments several commands share, found by their name alone.
    "level" => "Niveauet (standard: det anbefalede)", "Nivået (standard: det anbefalte)";
    "json" => "Skriv JSON i stedet for en tabel", "Skriv JSON i stedet for en tabell";
    "about" => "ryg — guidet træning for almindelige lændesmerter, i terminalen",
        "ryg — veiledet trening for vanlige korsryggsmerter, i terminalen";
    "help" => "Vis hjælp", "Vis hjelp";
    "version" => "Vis versionen", "Vis versjonen";
    "data_dir" => "Gem historikken og dine egne programmer og lyde i MAPPE (ellers RYG_DATA_DIR, ellers de sædvanlige mapper)",
        "Lagre historikken og dine egne programmer og lyder i MAPPE (ellers RYG_DATA_DIR, ellers de vanlige mappene)";
    "lang" => "Sproget: en, da eller nb (ellers RYG_LANG, ellers systemets sprog, ellers engelsk)",
        "Språket: en, da eller nb (ellers RYG_LANG, ellers systemets språk, ellers engelsk)";
    "mute" => "Start med lyden slået fra", "Start med lyden slått av";
    "log" => "Skriv hvad træneren gør (hvert lydsignal med planlagt og faktisk tid, fejl) i FIL", "Skriv hva treneren gjør (hvert lydsignal med planlagt og faktisk tid, feil) til FIL";
    "start" => "Gå direkte til en træning: morgenspørgsmålet hvis det er tid, smerter før, træningen, smerter efter",
        "Gå rett til en økt: morgenspørsmålet hvis det er tid, smerter før, økten, smerter etter";
    "start.program" => "Et program-id eller stien til en .ron-fil (standard: det første program)", "En program-id eller stien til en .ron-fil (standard: det første programmet)";
    "programs" => "Vis de programmer, der findes (indbyggede og dine egne), med niveauer og varighed",
        "Vis programmene som finnes (innebygde og dine egne), med nivåer og varighet";
    "check" => "Tjek programfiler (eller mapper med dem) og vis hvert problem som FIL:LINJE:KOLONNE",
        "Sjekk programfiler (eller mapper med dem) og vis hvert problem som FIL:LINJE:KOLONNE";
    "check.files" => "Programfilerne eller mapperne, der skal tjekkes", "Programfilene eller mappene som skal sjekkes";
    "plan" => "Vis en trænings tidsplan og samlede varighed uden at køre den",
        "Vis en økts tidsplan og samlede varighet uten å kjøre den";
    "plan.program" => "Et program-id eller stien til en .ron-fil", "En program-id eller stien til en .ron-fil";
    "status" => "Vis det anbefalede næste niveau for hvert program, og hvorfor",
        "Vis anbefalt neste nivå for hvert program, og hvorfor";
    "short" => "Én linje til en shell-prompt: hvad der venter i dag, eller intet", "Én linje til en shell-prompt: hva som venter i dag, eller ingenting";
    "course" => "Vis forløbet på otte uger: ugen, træningerne, vurderingerne og hvad der venter",
        "Vis kurset på åtte uker: uken, øktene, vurderingene og hva som venter";
    "course.json" => "Skriv JSON i stedet for et overblik", "Skriv JSON i stedet for en oversikt";
    "course.start" => "Start et forløb på otte uger uden skærmen; du bliver spurgt om vurderingerne, næste gang ryg starter",
        "Start et kurs på åtte uker uten skjermen; du blir spurt om vurderingene neste gang ryg starter";
    "course.start.program" => "Programmets id", "Programmets id";
    "course.start.days" => "De to træningsdage, fx mon,thu", "De to treningsdagene, for eksempel mon,thu";
    "course.start.goals" => "Et mål med dine egne ord: noget, der er svært nu på grund af ryggen (op til tre gange)",
        "Et mål med dine egne ord: noe som er vanskelig nå på grunn av ryggen (opptil tre ganger)";
    "course.stop" => "Afslut det igangværende forløb før tid", "Avslutt det pågående kurset før tid";
    "history" => "Vis de træninger, du har lavet, til læsning eller eksport",
        "Vis øktene du har gjort, for lesing eller eksport";
    "history.program" => "Kun træningerne i dette program", "Bare øktene i dette programmet";
    "history.format" => "Hvordan historikken skrives", "Hvordan historikken skrives";
    "learn" => "Lær om rygsmerter: listen over moduler, eller modul N som ren tekst til læsning",
        "Lær om ryggsmerter: listen over moduler, eller modul N som ren tekst til lesing";
    "learn.number" => "Modulets nummer, 1 til 9", "Modulens nummer, 1 til 9";
    "report" => "Skriv en rapport til din fysioterapeut eller læge: én HTML-side at åbne eller udskrive",
        "Skriv en rapport til fysioterapeuten eller legen din: én HTML-side å åpne eller skrive ut";
    "report.out" => "Skriv den i FIL (og erstat den) i stedet for ryg-report-DATO.html her",
        "Skriv den til FIL (og erstatt den) i stedet for ryg-report-DATO.html her";
    "completions" => "Skriv scriptet til fuldførelse for bash, zsh eller fish (se `make install`)",
        "Skriv skriptet for fullføring for bash, zsh eller fish (se `make install`)";
    "completions.shell" => "Skallet", "Skallet";
    "man" => "Skriv manualsiden (roff), som `make` skriver til target/man/ryg.1",
        "Skriv manualsiden (roff), slik `make` skriver den til target/man/ryg.1";
}

words! {
    USAGE = "Usage:", "Brug:", "Bruk:";
    COMMANDS = "Commands", "Kommandoer", "Kommandoer";
    OPTIONS = "Options", "Tilvalg", "Valg";
    ARGUMENTS = "Arguments", "Argumenter", "Argumenter";
    COMMAND = "COMMAND", "KOMMANDO", "KOMMANDO";
    // What clap writes in a usage line where options may go.
    OPTIONS_IN_USAGE = "[OPTIONS]", "[TILVALG]", "[VALG]";
}

/// The placeholders of values (`--data-dir <DIR>`), by their English name. A placeholder not
/// listed, such as `ID` or `PROGRAM`, reads the same in every language.
const VALUE_NAMES: &[Tr] = &[
    Tr {
        en: "DIR",
        da: "MAPPE",
        nb: "MAPPE",
    },
    Tr {
        en: "FILE",
        da: "FIL",
        nb: "FIL",
    },
    Tr {
        en: "LANG",
        da: "SPROG",
        nb: "SPRÅK",
    },
    Tr {
        en: "DAYS",
        da: "DAGE",
        nb: "DAGER",
    },
    Tr {
        en: "TEXT",
        da: "TEKST",
        nb: "TEKST",
    },
    Tr {
        en: "LEVEL",
        da: "NIVEAU",
        nb: "NIVÅ",
    },
];

/// The placeholder `english` (`DIR`, `FILE`, …) in `lang`, if it has its own word there.
pub fn value_name(english: &str, lang: Lang) -> Option<&'static str> {
    VALUE_NAMES
        .iter()
        .find(|name| name.en == english)
        .map(|name| name.get(lang))
}

/// The help for `key` (`about`, a command, `command.arg`, or an argument's name alone) in `lang`: `None` in English, whose
/// words are the doc comments, and for a key that has no translation.
pub fn help(key: &str, lang: Lang) -> Option<&'static str> {
    let (da, nb) = text(key)?;
    match lang {
        Lang::En => None,
        Lang::Da => Some(da),
        Lang::Nb => Some(nb),
    }
}
