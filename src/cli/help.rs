//! The command line's help in the user's language. The English words are the doc comments of
//! `Args`; this gives clap the Danish and Norwegian ones from `words::cli_help`.

use clap::builder::Str;
use clap::{Arg, Command};

use ryg_core::words::Lang;
use ryg_core::words::cli_help::{
    self, ARGUMENTS, COMMAND, COMMANDS, OPTIONS, OPTIONS_IN_USAGE, USAGE,
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
    let pick = |key: &str| cli_help::help(key, lang);
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
            let arg = placeholders(arg.help_heading(heading.get(lang)), lang);
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
    usage_lines(command, lang)
}

/// `arg` with its value's placeholder in `lang`: `--data-dir <MAPPE>`.
fn placeholders(arg: Arg, lang: Lang) -> Arg {
    if !arg.get_action().takes_values() {
        return arg;
    }
    let Some(english) = arg.get_value_names().map(<[Str]>::to_vec) else {
        // Without a name of its own, clap shows the argument's id in capitals.
        return match cli_help::value_name(&arg.get_id().as_str().to_uppercase(), lang) {
            Some(name) => arg.value_name(name),
            None => arg,
        };
    };
    let names: Vec<Str> = english
        .iter()
        .map(|name| cli_help::value_name(name, lang).map_or_else(|| name.clone(), Str::from))
        .collect();
    arg.value_names(names)
}

/// `command` with the usage line of itself and each command in `lang`. clap writes `[OPTIONS]`
/// in English whatever the help says, so the usage it works out is kept with that one word
/// changed; it also stands in the usage shown under a mistyped command line.
fn usage_lines(command: Command, lang: Lang) -> Command {
    let mut built = command.clone();
    built.build();
    let usage = |command: &mut Command| {
        let line = command.render_usage().to_string();
        let line = line.split_once(' ').map_or(line.as_str(), |(_, rest)| rest);
        line.replace(OPTIONS_IN_USAGE.en, OPTIONS_IN_USAGE.get(lang))
    };
    let mut command = command.override_usage(usage(&mut built));
    let names: Vec<String> = built
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for name in names {
        let Some(sub) = built.find_subcommand_mut(&name) else {
            continue;
        };
        let line = usage(sub);
        command = command.mut_subcommand(&name, |sub| sub.override_usage(line));
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

    /// Whether `key` has help in Danish and in Norwegian.
    fn translated(key: &str) -> bool {
        [Lang::Da, Lang::Nb]
            .iter()
            .all(|&lang| cli_help::help(key, lang).is_some())
    }

    /// Every argument and command has help in every language; a new one without is caught here.
    #[test]
    fn every_argument_and_command_has_danish_and_norwegian_help() {
        let command = super::super::Args::command();
        let mut missing = Vec::new();
        for arg in command.get_arguments() {
            let id = arg.get_id().as_str();
            if !translated(id) {
                missing.push(id.to_string());
            }
        }
        for sub in command.get_subcommands() {
            let name = sub.get_name();
            if !translated(name) {
                missing.push(name.to_string());
            }
            for arg in sub.get_arguments() {
                let id = arg.get_id().as_str();
                if !translated(&format!("{name}.{id}")) && !translated(id) {
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
            assert!(
                help.contains(cli_help::help("level", lang).unwrap()),
                "{help}"
            );
        }
    }

    /// The whole help of `ryg` and of each command, as clap renders it in `lang`.
    fn every_help(lang: Lang) -> String {
        let mut command = localized(super::super::Args::command(), lang);
        let mut all = command.render_help().to_string();
        let names: Vec<String> = command
            .get_subcommands()
            .map(|sub| sub.get_name().to_string())
            .collect();
        for name in names {
            let sub = command.find_subcommand_mut(&name).unwrap();
            all.push_str(&sub.render_help().to_string());
        }
        all
    }

    #[test]
    fn placeholders_and_the_usage_line_are_in_the_language_of_the_help() {
        let da = every_help(Lang::Da);
        let nb = every_help(Lang::Nb);
        for english in ["[OPTIONS]", "<DIR>", "<FILE>", "<LANG>", "<LEVEL>"] {
            assert!(!da.contains(english), "{english} in:\n{da}");
            assert!(!nb.contains(english), "{english} in:\n{nb}");
        }
        for danish in [
            "Brug: ryg [TILVALG] [KOMMANDO]",
            "Brug: ryg check [TILVALG] <FIL>...",
            "--data-dir <MAPPE>",
            "--lang <SPROG>",
            "--level <NIVEAU>",
            "<FIL>...",
        ] {
            assert!(da.contains(danish), "no {danish} in:\n{da}");
        }
        for norwegian in [
            "Bruk: ryg plan [VALG] <PROGRAM>",
            "--data-dir <MAPPE>",
            "--lang <SPRÅK>",
            "--level <NIVÅ>",
        ] {
            assert!(nb.contains(norwegian), "no {norwegian} in:\n{nb}");
        }
        let en = every_help(Lang::En);
        assert!(en.contains("Usage: ryg [OPTIONS] [COMMAND]"), "{en}");
        assert!(en.contains("--data-dir <DIR>"), "{en}");
    }
}
