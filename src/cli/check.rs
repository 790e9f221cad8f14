//! `ryg check FILE...`: every problem of the given program files, as `FILE:LINE:COL: message`.

use std::io;
use std::path::PathBuf;

use super::{Context, Outcome};
use crate::i18n;
use crate::program::{Loaded, load_file, load_folder};

pub fn run(context: &mut Context, files: &[PathBuf]) -> io::Result<Outcome> {
    let lang = context.lang;
    let mut any_error = false;
    for path in files {
        let loaded: Vec<Loaded> = if path.is_dir() {
            let found = load_folder(path);
            if found.is_empty() {
                writeln!(
                    context.out,
                    "{}: {}",
                    path.display(),
                    i18n::NO_RON_FILES.get(lang)
                )?;
            }
            found
        } else {
            vec![load_file(path)]
        };
        for file in loaded {
            for problem in &file.diagnostics {
                writeln!(context.out, "{}", problem.render(lang))?;
            }
            any_error |= file.errors().next().is_some();
            if let Some(program) = &file.program {
                let warnings = file.diagnostics.len();
                let mut line = format!(
                    "{}: {} — {:?}, {}: {}, {}: {}",
                    file.file,
                    i18n::CHECK_OK.get(lang),
                    program.id,
                    i18n::EXERCISES.get(lang),
                    program.exercises.len(),
                    i18n::LEVELS.get(lang),
                    program.levels(),
                );
                if warnings > 0 {
                    line.push_str(&format!(", {}: {warnings}", i18n::WARNINGS.get(lang)));
                }
                writeln!(context.out, "{line}")?;
            }
        }
    }
    Ok(if any_error {
        Outcome::FileProblem
    } else {
        Outcome::Ok
    })
}
