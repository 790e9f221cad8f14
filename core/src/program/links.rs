//! The rules that join programs: `next` and `warm_up` name programs that exist, and a warm-up has
//! no warm-up of its own.

use super::Program;
use super::diagnostic::{Diagnostic, Place, Problem, Severity};
use super::load::Loaded;

/// Checks the `next` and `warm_up` of every program in `files` against the programs of `files`
/// and `others` (a program of `files` is found before one of `others` with the same id).
///
/// A `next` that names no known program is a warning: the program works, only nothing is
/// suggested after it. A warm-up that names a warm-up of its own is an error, since sessions would
/// nest. A missing warm-up has the severity `missing_warm_up`: an error for the shipped programs,
/// which must be whole, a warning for a user's program, whose sessions then run without one.
/// A file with an error is not loaded.
pub fn check_links(files: &mut [Loaded], others: &[&Program], missing_warm_up: Severity) {
    let known: Vec<(String, Option<String>)> = files
        .iter()
        .filter_map(|file| file.program.as_ref())
        .chain(others.iter().copied())
        .map(|program| (program.id.clone(), program.warm_up.clone()))
        .collect();
    let find = |id: &str| known.iter().find(|(known, _)| known == id);
    for file in files.iter_mut() {
        let Some(program) = &file.program else {
            continue;
        };
        let mut found = Vec::new();
        if let Some(next) = &program.next
            && find(next).is_none()
        {
            let problem = Problem::UnknownNext { id: next.clone() };
            found.push((file.next_at, Severity::Warning, problem));
        }
        if let Some(warm_up) = &program.warm_up {
            match find(warm_up) {
                None => {
                    let problem = Problem::UnknownWarmUp {
                        id: warm_up.clone(),
                    };
                    found.push((file.warm_up_at, missing_warm_up, problem));
                }
                Some((_, Some(its_warm_up))) => {
                    let problem = Problem::WarmUpHasWarmUp {
                        id: warm_up.clone(),
                        its_warm_up: its_warm_up.clone(),
                    };
                    found.push((file.warm_up_at, Severity::Error, problem));
                }
                Some((_, None)) => {}
            }
        }
        for (position, severity, problem) in found {
            file.diagnostics.push(Diagnostic {
                file: file.file.clone(),
                position,
                severity,
                place: Place::default(),
                problem,
            });
        }
        if file.errors().next().is_some() {
            file.program = None;
        }
    }
}
