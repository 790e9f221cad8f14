use super::*;
use crate::cli::Args;
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

/// The help keys under `path` (`course.start`; empty for `ryg`) that are not translated.
fn missing_help(command: &Command, path: &str, missing: &mut Vec<String>) {
    let prefix = match path {
        "" => String::new(),
        path => format!("{path}."),
    };
    for arg in command.get_arguments() {
        let id = arg.get_id().as_str();
        if !translated(&format!("{prefix}{id}")) && !translated(id) {
            missing.push(format!("{prefix}{id}"));
        }
    }
    for sub in command.get_subcommands() {
        let path = format!("{prefix}{}", sub.get_name());
        if !translated(&path) {
            missing.push(path.clone());
        }
        missing_help(sub, &path, missing);
    }
}

/// Every argument and command at every level has help in every language; a new one without is
/// caught here.
#[test]
fn every_argument_and_command_has_danish_and_norwegian_help() {
    let mut missing = Vec::new();
    missing_help(&Args::command(), "", &mut missing);
    assert!(translated("about"));
    assert_eq!(missing, Vec::<String>::new());
}

#[test]
fn danish_help_reads_danish() {
    for lang in [Lang::Da, Lang::Nb] {
        let mut command = localized(crate::cli::Args::command(), lang);
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

/// The whole help of `ryg` and of each command at every level, as clap renders it in `lang`.
fn every_help(lang: Lang) -> String {
    let mut command = localized(Args::command(), lang);
    command.build();
    let mut all = String::new();
    render_all(&mut command, &mut all);
    all
}

fn render_all(command: &mut Command, all: &mut String) {
    all.push_str(&command.render_help().to_string());
    for sub in command.get_subcommands_mut() {
        render_all(sub, all);
    }
}

/// What clap writes of the English help of `command` and every command under it: each about
/// and each argument's help.
fn english_words(command: &Command, words: &mut Vec<String>) {
    words.extend(command.get_about().map(ToString::to_string));
    for arg in command.get_arguments() {
        words.extend(arg.get_help().map(ToString::to_string));
    }
    for sub in command.get_subcommands() {
        english_words(sub, words);
    }
}

/// `text` with every run of white space one space, as a help wrapped over lines reads.
fn squashed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn no_english_is_left_in_the_help_of_any_command_at_any_level() {
    let mut english = Vec::new();
    english_words(&Args::command(), &mut english);
    assert!(
        english
            .iter()
            .any(|words| words.starts_with("End the running course")),
        "the walk reaches the commands under `course`: {english:?}"
    );
    for lang in [Lang::Da, Lang::Nb] {
        let help = squashed(&every_help(lang));
        let left: Vec<&String> = english
            .iter()
            .filter(|words| help.contains(&squashed(words)))
            .collect();
        assert!(left.is_empty(), "{lang:?}: {left:?} in:\n{help}");
        for heading in ["Usage:", "Commands:", "Options:", "Arguments:", "[COMMAND]"] {
            assert!(!help.contains(heading), "{lang:?}: {heading} in:\n{help}");
        }
    }
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
