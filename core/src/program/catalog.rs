//! The programs a user can choose from: the built-in ones, replaced or joined by the user's own.

use std::path::PathBuf;

use super::Program;
use super::diagnostic::{Diagnostic, Severity};
use super::links::check_links;
use super::load::{Loaded, refuse_repeated_ids};
use crate::session::{Plan, SessionLength};

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

/// A program that can be chosen, with where it came from and how long its sessions are.
#[derive(Clone, Debug)]
pub struct ProgramEntry {
    pub program: Program,
    pub origin: Origin,
    /// The session length at each level, level 1 first, warm-up included: worked out once
    /// here, since the home screen shows one at every redraw and laying out a session walks
    /// every rep of it.
    lengths: Vec<SessionLength>,
}

impl ProgramEntry {
    /// An entry whose sessions run without a warm-up.
    pub fn new(program: Program, origin: Origin) -> ProgramEntry {
        ProgramEntry::with_warm_up(program, origin, None)
    }

    /// An entry whose sessions start with `warm_up`'s level 1.
    pub fn with_warm_up(
        program: Program,
        origin: Origin,
        warm_up: Option<&Program>,
    ) -> ProgramEntry {
        let lengths = (1..=program.levels())
            .filter_map(|level| Plan::with_warm_up(&program, level, warm_up))
            .filter_map(|plan| SessionLength::of_plan(&plan))
            .collect();
        ProgramEntry {
            program,
            origin,
            lengths,
        }
    }

    /// The session length at `level` (from 1), if the program has that level.
    pub fn length_at(&self, level: u32) -> Option<&SessionLength> {
        self.lengths.get((level as usize).checked_sub(1)?)
    }

    /// The session length at every level, level 1 first.
    pub fn lengths(&self) -> &[SessionLength] {
        &self.lengths
    }
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
    pub fn new(built_in: Vec<Loaded>, mut user: Vec<Loaded>) -> Catalog {
        let mut catalog = Catalog::default();
        for loaded in built_in {
            if let Some(program) = loaded.program {
                catalog
                    .entries
                    .push(ProgramEntry::new(program, Origin::BuiltIn));
            }
        }
        refuse_repeated_ids(&mut user);
        let shipped: Vec<&Program> = catalog.programs().collect();
        check_links(&mut user, &shipped, Severity::Warning);
        for loaded in user {
            catalog
                .problems
                .extend(loaded.diagnostics.iter().filter(|d| d.is_error()).cloned());
            let (Some(program), Some(path)) = (loaded.program, loaded.path) else {
                continue;
            };
            let replaces = catalog
                .entries
                .iter()
                .position(|entry| entry.program.id == program.id);
            let origin = Origin::User {
                path,
                replaces_built_in: replaces.is_some(),
            };
            let entry = ProgramEntry::new(program, origin);
            match replaces {
                Some(index) => catalog.entries[index] = entry,
                None => catalog.entries.push(entry),
            }
        }
        catalog.time_warm_ups();
        catalog
    }

    /// Counts each program's warm-up in its session lengths, now that every program is known
    /// (a user's program may name a warm-up that comes after it, or replace a shipped one).
    fn time_warm_ups(&mut self) {
        for index in 0..self.entries.len() {
            let Some(warm_up) = self.warm_up_of(&self.entries[index].program).cloned() else {
                continue;
            };
            let ProgramEntry {
                program, origin, ..
            } = self.entries[index].clone();
            self.entries[index] = ProgramEntry::with_warm_up(program, origin, Some(&warm_up));
        }
    }

    /// The warm-up `program`'s sessions start with: the program its `warm_up` names, when that is
    /// known, is not the program itself and has no warm-up of its own (loading reports the
    /// others; their sessions run without a warm-up rather than nest).
    pub fn warm_up_of(&self, program: &Program) -> Option<&Program> {
        let id = program.warm_up.as_deref()?;
        let warm_up = &self.find(id)?.program;
        (warm_up.id != program.id && warm_up.warm_up.is_none()).then_some(warm_up)
    }

    /// The warm-up `program`'s sessions start with, and how long it takes.
    pub fn warm_up_length(&self, program: &Program) -> Option<(&Program, &SessionLength)> {
        let warm_up = self.warm_up_of(program)?;
        Some((warm_up, self.find(&warm_up.id)?.length_at(1)?))
    }

    /// What a session of `program` at `level` runs: its warm-up's level 1, then its own
    /// exercises at `level`; `None` when it has no such level.
    pub fn plan(&self, program: &Program, level: u32) -> Option<Plan> {
        Plan::with_warm_up(program, level, self.warm_up_of(program))
    }

    /// The program with this id.
    pub fn find(&self, id: &str) -> Option<&ProgramEntry> {
        self.entries.iter().find(|e| e.program.id == id)
    }

    pub fn programs(&self) -> impl Iterator<Item = &Program> {
        self.entries.iter().map(|e| &e.program)
    }
}
