//! The programs a user can choose from: the built-in ones, replaced or joined by the user's own.

use std::path::PathBuf;

use super::Program;
use super::diagnostic::{Diagnostic, Place, Problem, Severity};
use super::load::Loaded;

/// Where a program came from.
#[derive(Clone, Debug, PartialEq)]
pub enum Origin {
    BuiltIn,
    User {
        path: PathBuf,
        /// The user's file has the id of a built-in program and is used in its place.
        replaces_built_in: bool,
    },
}

/// A program that can be chosen, with where it came from.
#[derive(Clone, Debug)]
pub struct ProgramEntry {
    pub program: Program,
    pub origin: Origin,
}

/// Every program that loaded, in the order they are listed, and the errors of those that did not.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    pub entries: Vec<ProgramEntry>,
    /// Errors in the user's files; each such file is left out, every other program still loads.
    pub problems: Vec<Diagnostic>,
}

impl Catalog {
    /// Built-in programs first, in their shipped order, each replaced in place by a user program
    /// with the same id; then the user's other programs in file-name order.
    pub fn new(built_in: Vec<Loaded>, user: Vec<Loaded>) -> Catalog {
        let mut catalog = Catalog::default();
        for loaded in built_in {
            if let Some(program) = loaded.program {
                catalog.entries.push(ProgramEntry {
                    program,
                    origin: Origin::BuiltIn,
                });
            }
        }
        for loaded in user {
            catalog
                .problems
                .extend(loaded.diagnostics.iter().filter(|d| d.is_error()).cloned());
            let (Some(program), Some(path)) = (loaded.program, loaded.path) else {
                continue;
            };
            catalog.add_user_program(program, path, &loaded.file);
        }
        catalog
    }

    fn add_user_program(&mut self, program: Program, path: PathBuf, file: &str) {
        let existing = self.entries.iter_mut().find(|e| e.program.id == program.id);
        match existing {
            Some(entry) if entry.origin == Origin::BuiltIn => {
                *entry = ProgramEntry {
                    program,
                    origin: Origin::User {
                        path,
                        replaces_built_in: true,
                    },
                };
            }
            Some(entry) => {
                let other_file = match &entry.origin {
                    Origin::User { path, .. } => path.display().to_string(),
                    Origin::BuiltIn => String::new(),
                };
                self.problems.push(Diagnostic {
                    file: file.to_string(),
                    position: None,
                    severity: Severity::Error,
                    place: Place::default(),
                    problem: Problem::RepeatedProgram {
                        id: program.id,
                        other_file,
                    },
                });
            }
            None => self.entries.push(ProgramEntry {
                program,
                origin: Origin::User {
                    path,
                    replaces_built_in: false,
                },
            }),
        }
    }

    /// The program with this id.
    pub fn find(&self, id: &str) -> Option<&ProgramEntry> {
        self.entries.iter().find(|e| e.program.id == id)
    }

    pub fn programs(&self) -> impl Iterator<Item = &Program> {
        self.entries.iter().map(|e| &e.program)
    }
}
