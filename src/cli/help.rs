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

/// `command` with its help in `lang`, at every level of commands (`ryg course start`).
pub fn localized(command: Command, lang: Lang) -> Command {
    if lang == Lang::En {
        return command;
    }
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}\n",
        USAGE.get(lang)
    );
    usage_lines(localized_from(command, "", lang, &template), lang)
}

/// `command`, whose help keys are `path` (`course.start`; empty for `ryg` itself), and each of
/// its commands below it, with their help in `lang`.
fn localized_from(command: Command, path: &str, lang: Lang, template: &str) -> Command {
    let pick = |key: &str| cli_help::help(key, lang);
    let prefix = match path {
        "" => String::new(),
        path => format!("{path}."),
    };
    let command = command.mut_args(|arg: Arg| {
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
    });
    let mut command = command
        .about(pick(if path.is_empty() { "about" } else { path }))
        .help_template(template.to_string())
        .subcommand_help_heading(COMMANDS.get(lang))
        .subcommand_value_name(COMMAND.get(lang));
    for name in names(&command) {
        let path = format!("{prefix}{name}");
        command = command.mut_subcommand(&name, |sub| localized_from(sub, &path, lang, template));
    }
    command
}

/// The names of the commands right under `command`.
fn names(command: &Command) -> Vec<String> {
    command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect()
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

/// `command` with the usage line of itself and each command under it in `lang`. clap writes
/// `[OPTIONS]` in English whatever the help says, so the usage it works out is kept with that one
/// word changed; it also stands in the usage shown under a mistyped command line.
fn usage_lines(command: Command, lang: Lang) -> Command {
    let mut built = command.clone();
    built.build();
    with_usage_lines(command, &mut built, lang)
}

/// `command` with the usage lines of `built`, the same command built (which names the commands
/// above it in its usage: `ryg course start`).
fn with_usage_lines(command: Command, built: &mut Command, lang: Lang) -> Command {
    let line = built.render_usage().to_string();
    let line = line.split_once(' ').map_or(line.as_str(), |(_, rest)| rest);
    let mut command =
        command.override_usage(line.replace(OPTIONS_IN_USAGE.en, OPTIONS_IN_USAGE.get(lang)));
    for name in names(built) {
        let Some(sub) = built.find_subcommand_mut(&name) else {
            continue;
        };
        command = command.mut_subcommand(&name, |command| with_usage_lines(command, sub, lang));
    }
    command
}

#[cfg(test)]
mod tests;
