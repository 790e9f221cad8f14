//! `ryg completions SHELL`: the shell's completion script, made from the one command definition.
//!
//! The scripts are dynamic (clap_complete's `CompleteEnv`): at each Tab the shell runs
//! `RYG_COMPLETE=SHELL ryg -- WORDS…`, and ryg answers from the command definition itself. So
//! commands and options never go stale, and a program id is offered from the catalog as it is
//! now: the built-in programs and the user's own, from the data folder named on the line being
//! completed (`--data-dir`), else `RYG_DATA_DIR`, else the usual folders. The scripts call `ryg`
//! by name, so it must be on PATH. Completions are in English, as the option names are.

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::PathBuf;

use clap::{CommandFactory, ValueEnum};
use clap_complete::env::{EnvCompleter, Shells};
use clap_complete::{CompleteEnv, CompletionCandidate};

use super::{Args, ExitStatus, Places};
use crate::shell::store::programs::load_folder;
use ryg_core::program::{Catalog, built_in};
use ryg_core::words::Lang;

/// The environment variable that turns a run of ryg into an answer to a completion request.
pub const VAR: &str = "RYG_COMPLETE";

/// The shells `ryg completions` writes a script for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
}

impl Shell {
    fn completer(self) -> &'static dyn EnvCompleter {
        match self {
            Shell::Bash => &clap_complete::env::Bash,
            Shell::Zsh => &clap_complete::env::Zsh,
            Shell::Fish => &clap_complete::env::Fish,
        }
    }
}

/// Answers a completion request and ends the process, when this run is one; else returns at once.
/// Comes before anything is written to standard output.
pub fn answer_if_asked() {
    CompleteEnv::with_factory(Args::command)
        .var(VAR)
        .bin("ryg")
        .completer("ryg")
        .shells(Shells(&[
            &clap_complete::env::Bash,
            &clap_complete::env::Zsh,
            &clap_complete::env::Fish,
        ]))
        .complete();
}

/// Writes the completion script for `shell`.
pub fn run(out: &mut dyn Write, shell: Shell) -> io::Result<ExitStatus> {
    shell
        .completer()
        .write_registration(VAR, "ryg", "ryg", "ryg", out)?;
    if shell == Shell::Zsh {
        // Installed as `_ryg` in a folder of $fpath, the file is the body of the function zsh
        // autoloads at the first Tab: it must complete then too, not only define the completer.
        writeln!(
            out,
            "if [[ ${{funcstack[1]}} == _ryg ]]; then _clap_dynamic_completer_ryg \"$@\"; fi"
        )?;
    }
    Ok(ExitStatus::Ok)
}

/// The ids of the programs in the catalog, each with its title, for completing a program argument.
pub fn program_ids() -> Vec<CompletionCandidate> {
    let env = |name: &str| std::env::var(name).ok();
    let words: Vec<OsString> = std::env::args_os().collect();
    let lang = Lang::choose(None, env);
    let Some(places) = Places::new(data_dir(&words)) else {
        return built_in_ids(lang);
    };
    let catalog = Catalog::new(built_in(), load_folder(&places.programs));
    candidates(&catalog, lang)
}

/// The languages `--lang` takes.
pub fn languages() -> Vec<CompletionCandidate> {
    Lang::ALL
        .iter()
        .map(|lang| CompletionCandidate::new(lang.code()))
        .collect()
}

fn built_in_ids(lang: Lang) -> Vec<CompletionCandidate> {
    candidates(&Catalog::new(built_in(), Vec::new()), lang)
}

fn candidates(catalog: &Catalog, lang: Lang) -> Vec<CompletionCandidate> {
    catalog
        .programs()
        .map(|program| {
            let title = ryg_core::visible::visible(program.title.get(lang));
            CompletionCandidate::new(program.id.clone()).help(Some(title.to_string().into()))
        })
        .collect()
}

/// The data folder the command line being completed names, else `RYG_DATA_DIR`'s.
fn data_dir(words: &[OsString]) -> Option<PathBuf> {
    let named = words.iter().enumerate().rev().find_map(|(at, word)| {
        match word.to_string_lossy().strip_prefix("--data-dir") {
            Some("") => words.get(at + 1).map(PathBuf::from),
            Some(rest) => rest.strip_prefix('=').map(PathBuf::from),
            None => None,
        }
    });
    named.or_else(|| {
        std::env::var_os("RYG_DATA_DIR")
            .filter(|dir| !dir.is_empty())
            .map(PathBuf::from)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<OsString> {
        line.split(' ').map(OsString::from).collect()
    }

    #[test]
    fn the_data_folder_is_taken_from_the_line_being_completed() {
        assert_eq!(
            data_dir(&words("ryg -- ryg --data-dir /d start l")),
            Some(PathBuf::from("/d"))
        );
        assert_eq!(
            data_dir(&words("ryg -- ryg plan --data-dir=/e")),
            Some(PathBuf::from("/e"))
        );
    }

    #[test]
    fn the_built_in_programs_are_offered_with_their_titles() {
        let ids: Vec<String> = built_in_ids(Lang::En)
            .iter()
            .map(|c| c.get_value().to_string_lossy().into_owned())
            .collect();
        assert!(ids.contains(&"lower-back".to_string()), "{ids:?}");
        assert!(
            built_in_ids(Lang::Da)
                .iter()
                .all(|c| c.get_help().is_some())
        );
    }
}
