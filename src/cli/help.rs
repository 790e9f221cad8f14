//! The command line's help in the user's language. The English words are the doc comments of
//! `Args`; this gives clap the Danish and Norwegian ones from `words::cli_help`.

use clap::{Arg, Command};

use ryg_core::words::Lang;
use ryg_core::words::cli_help::{self, ARGUMENTS, COMMAND, COMMANDS, OPTIONS, USAGE};

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
}
