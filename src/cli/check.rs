//! `ryg check FILE...`: every problem of the given program files, as `FILE:LINE:COL: message`.

use std::io;
use std::path::PathBuf;

use super::{Context, ExitStatus};
use crate::shell::store::programs::{load_file, load_folder};
use ryg_core::program::{Program, Severity, built_in, check_links, refuse_repeated_ids};
use ryg_core::visible::visible;
use ryg_core::words;

pub fn run(context: &mut Context, paths: &[PathBuf]) -> io::Result<ExitStatus> {
    let lang = context.lang;
    let mut any_error = false;
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let found = load_folder(path);
            if found.is_empty() {
                let folder = path.display().to_string();
                writeln!(
                    context.out,
                    "{}: {}",
                    visible(&folder),
                    words::NO_RON_FILES.get(lang)
                )?;
                any_error = true;
            }
            files.extend(found);
        } else {
            files.push(load_file(path));
        }
    }
    // Program ids are unique among programs, so two checked files must not share one.
    refuse_repeated_ids(&mut files);
    // `next` and `warm_up` may name the checked files, the built-in programs or the user's own.
    let shipped = built_in();
    let own = load_folder(&context.places.programs);
    let others: Vec<&Program> = shipped
        .iter()
        .chain(&own)
        .filter_map(|loaded| loaded.program.as_ref())
        .collect();
    check_links(&mut files, &others, Severity::Warning);
    for file in files {
        // File names and the texts quoted in a problem can hold any character.
        for problem in &file.diagnostics {
            writeln!(context.out, "{}", visible(&problem.render(lang)))?;
        }
        any_error |= file.errors().next().is_some();
        if let Some(program) = &file.program {
            let (id, exercises, levels) = (&program.id, program.exercises.len(), program.levels());
            let line = match file.diagnostics.len() {
                0 => words::checked_ok(lang, &file.file, id, exercises, levels),
                warnings => words::checked_ok_with_warnings(
                    lang, &file.file, id, exercises, levels, warnings,
                ),
            };
            writeln!(context.out, "{}", visible(&line))?;
        }
    }
    Ok(if any_error {
        ExitStatus::FileProblem
    } else {
        ExitStatus::Ok
    })
}
