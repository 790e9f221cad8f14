//! The command line's help in the user's language. The English words are the doc comments of
//! `Args`; this gives clap the Danish and Norwegian ones.

use clap::{Arg, Command};

use ryg_core::words::{Lang, Tr};

macro_rules! help {
    ($($key:literal => $da:literal, $nb:literal;)*) => {
        /// The Danish and Norwegian text for a help key: `about`, a command, or `command.arg`.
        fn text(key: &str) -> Option<(&'static str, &'static str)> {
            match key {
                $($key => Some(($da, $nb)),)*
                _ => None,
            }
        }
    };
}

help! {
    "about" => "ryg — guidet træning for almindelige lændesmerter, i terminalen",
        "ryg — veiledet trening for vanlige korsryggsmerter, i terminalen";
    "help" => "Vis hjælp", "Vis hjelp";
    "version" => "Vis versionen", "Vis versjonen";
    "data_dir" => "Gem historikken og dine egne programmer og lyde i DIR (ellers RYG_DATA_DIR, ellers de sædvanlige mapper)",
        "Lagre historikken og dine egne programmer og lyder i DIR (ellers RYG_DATA_DIR, ellers de vanlige mappene)";
    "lang" => "Sproget: en, da eller nb (ellers RYG_LANG, ellers systemets sprog, ellers engelsk)",
        "Språket: en, da eller nb (ellers RYG_LANG, ellers systemets språk, ellers engelsk)";
    "mute" => "Start med lyden slået fra", "Start med lyden slått av";
    "log" => "Skriv hvad træneren gør (hvert lydsignal med planlagt og faktisk tid, fejl) i FIL", "Skriv hva treneren gjør (hvert lydsignal med planlagt og faktisk tid, feil) til FIL";
    "start" => "Gå direkte til en træning: morgenspørgsmålet hvis det er tid, smerter før, træningen, smerter efter",
        "Gå rett til en økt: morgenspørsmålet hvis det er tid, smerter før, økten, smerter etter";
    "start.program" => "Et program-id eller stien til en .ron-fil (standard: det første program)", "En program-id eller stien til en .ron-fil (standard: det første programmet)";
    "start.level" => "Niveauet (standard: det anbefalede)", "Nivået (standard: det anbefalte)";
    "programs" => "Vis de programmer, der findes (indbyggede og dine egne), med niveauer og varighed",
        "Vis programmene som finnes (innebygde og dine egne), med nivåer og varighet";
    "check" => "Tjek programfiler (eller mapper med dem) og vis hvert problem som FIL:LINJE:KOLONNE",
        "Sjekk programfiler (eller mapper med dem) og vis hvert problem som FIL:LINJE:KOLONNE";
    "check.files" => "Programfilerne eller mapperne, der skal tjekkes", "Programfilene eller mappene som skal sjekkes";
    "plan" => "Vis en trænings tidsplan og samlede varighed uden at køre den",
        "Vis en økts tidsplan og samlede varighet uten å kjøre den";
    "plan.program" => "Et program-id eller stien til en .ron-fil", "En program-id eller stien til en .ron-fil";
    "plan.level" => "Niveauet (standard: det anbefalede)", "Nivået (standard: det anbefalte)";
    "plan.json" => "Skriv JSON i stedet for en tabel", "Skriv JSON i stedet for en tabell";
    "status" => "Vis det anbefalede næste niveau for hvert program, og hvorfor",
        "Vis anbefalt neste nivå for hvert program, og hvorfor";
    "status.json" => "Skriv JSON i stedet for en tabel", "Skriv JSON i stedet for en tabell";
    "history" => "Vis de træninger, du har lavet, til læsning eller eksport",
        "Vis øktene du har gjort, for lesing eller eksport";
    "history.program" => "Kun træningerne i dette program", "Bare øktene i dette programmet";
    "history.format" => "Hvordan historikken skrives", "Hvordan historikken skrives";
}

const USAGE: Tr = Tr {
    en: "Usage:",
    da: "Brug:",
    nb: "Bruk:",
};
const COMMANDS: Tr = Tr {
    en: "Commands",
    da: "Kommandoer",
    nb: "Kommandoer",
};
const OPTIONS: Tr = Tr {
    en: "Options",
    da: "Tilvalg",
    nb: "Valg",
};
const ARGUMENTS: Tr = Tr {
    en: "Arguments",
    da: "Argumenter",
    nb: "Argumenter",
};
const COMMAND: Tr = Tr {
    en: "COMMAND",
    da: "KOMMANDO",
    nb: "KOMMANDO",
};

/// The `--lang` value given on the command line, if it names a language.
pub fn lang_option(args: &[String]) -> Option<Lang> {
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next().map(String::as_str),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        if let Some(lang) = value.and_then(|v| v.parse().ok()) {
            return Some(lang);
        }
    }
    None
}

/// `command` with its help in `lang`.
pub fn localized(command: Command, lang: Lang) -> Command {
    if lang == Lang::En {
        return command;
    }
    let pick = |key: &str| {
        text(key).map(|(da, nb)| match lang {
            Lang::Da => da,
            _ => nb,
        })
    };
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}\n",
        USAGE.get(lang)
    );
    let args = |command: Command, prefix: &str| {
        command.mut_args(|arg: Arg| {
            let id = arg.get_id().as_str().to_string();
            let heading = if arg.is_positional() {
                ARGUMENTS
            } else {
                OPTIONS
            };
            let arg = arg.help_heading(heading.get(lang));
            match pick(&format!("{prefix}{id}")).or_else(|| pick(&id)) {
                Some(help) => arg.help(help),
                None => arg,
            }
        })
    };
    let mut command = args(command, "")
        .about(pick("about"))
        .help_template(template.clone())
        .subcommand_help_heading(COMMANDS.get(lang))
        .subcommand_value_name(COMMAND.get(lang));
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for name in names {
        let about = pick(&name);
        let prefix = format!("{name}.");
        let template = template.clone();
        command = command.mut_subcommand(&name, |sub| {
            args(sub, &prefix).about(about).help_template(template)
        });
    }
    command
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn args(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn the_lang_option_is_found_before_parsing() {
        assert_eq!(
            lang_option(&args(&["ryg", "--lang", "da", "plan"])),
            Some(Lang::Da)
        );
        assert_eq!(
            lang_option(&args(&["ryg", "status", "--lang=nb"])),
            Some(Lang::Nb)
        );
        assert_eq!(lang_option(&args(&["ryg", "--lang", "xx"])), None);
        assert_eq!(lang_option(&args(&["ryg", "--", "--lang", "da"])), None);
        assert_eq!(lang_option(&args(&["ryg"])), None);
    }

    /// Every argument and command has help in every language; a new one without is caught here.
    #[test]
    fn every_argument_and_command_has_danish_and_norwegian_help() {
        let command = super::super::Args::command();
        let mut missing = Vec::new();
        for arg in command.get_arguments() {
            let id = arg.get_id().as_str();
            if text(id).is_none() {
                missing.push(id.to_string());
            }
        }
        for sub in command.get_subcommands() {
            let name = sub.get_name();
            if text(name).is_none() {
                missing.push(name.to_string());
            }
            for arg in sub.get_arguments() {
                let id = arg.get_id().as_str();
                if text(&format!("{name}.{id}")).is_none() && text(id).is_none() {
                    missing.push(format!("{name}.{id}"));
                }
            }
        }
        assert_eq!(missing, Vec::<String>::new());
    }

    #[test]
    fn danish_help_reads_danish() {
        for lang in [Lang::Da, Lang::Nb] {
            let mut command = localized(super::super::Args::command(), lang);
            let help = command.render_help().to_string();
            assert!(help.contains(USAGE.get(lang)), "{help}");
            assert!(help.contains(COMMANDS.get(lang)), "{help}");
            assert!(!help.contains("Print help"), "{help}");
            let mut plan = command.find_subcommand_mut("plan").unwrap().clone();
            let help = plan.render_help().to_string();
            assert!(help.contains(pick_for(lang, "plan.level")), "{help}");
        }
    }

    fn pick_for(lang: Lang, key: &str) -> &'static str {
        let (da, nb) = text(key).unwrap();
        if lang == Lang::Da { da } else { nb }
    }
}
