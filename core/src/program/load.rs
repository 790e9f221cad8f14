//! Reading programs from text, files and folders, and the programs built into the binary.

use std::path::{Path, PathBuf};

use ron::extensions::Extensions;

use super::Program;
use super::diagnostic::{Diagnostic, Place, Problem, Severity};
use super::parse_error::parse_problem;
use super::source_map::{PathStep, Position, SourceMap};
use super::validate::validate;
use crate::file_problem::NotRead;

/// The largest program file read, in bytes. The largest shipped program is 32 KB; a file thirty
/// times larger is a mistake, and refusing it keeps every check fast.
pub const MAX_FILE_BYTES: u64 = 1_000_000;

/// The result of loading one file: the program when it has no errors, and every problem found.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The file as the user named it.
    pub file: String,
    pub path: Option<PathBuf>,
    pub program: Option<Program>,
    pub diagnostics: Vec<Diagnostic>,
    /// Where the program's id is written, for problems about the program as a whole.
    pub id_at: Option<Position>,
    /// Where `next` and `warm_up` are written, for problems found against other programs.
    pub next_at: Option<Position>,
    pub warm_up_at: Option<Position>,
}

impl Loaded {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }

    /// The problem of this file when an earlier file already defines its program's id.
    pub fn repeats_id_of(&self, id: &str, other_file: &str) -> Diagnostic {
        Diagnostic {
            file: self.file.clone(),
            position: self.id_at,
            severity: Severity::Error,
            place: Place::default(),
            problem: Problem::RepeatedProgram {
                id: id.to_string(),
                other_file: other_file.to_string(),
            },
        }
    }
}

/// Marks every file whose program id an earlier file already has; such a file is not loaded.
pub fn refuse_repeated_ids(files: &mut [Loaded]) {
    for index in 0..files.len() {
        let Some(id) = files[index].program.as_ref().map(|p| p.id.clone()) else {
            continue;
        };
        let earlier = files[..index]
            .iter()
            .find(|f| f.program.as_ref().is_some_and(|p| p.id == id));
        if let Some(earlier) = earlier {
            let problem = files[index].repeats_id_of(&id, &earlier.file);
            files[index].diagnostics.push(problem);
            files[index].program = None;
        }
    }
}

/// Parses and checks one program; `file` names it in messages.
pub fn load_str(source: &str, file: &str) -> Loaded {
    // Some editors start a UTF-8 file with a byte-order mark; it is not part of the program.
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let diagnostic = |position, severity, place, problem| Diagnostic {
        file: file.to_string(),
        position,
        severity,
        place,
        problem,
    };
    // The contract writes optional values bare (`figure: Figure(…)`), not as `Some(Figure(…))`.
    let options = ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME);
    let (mut id_at, mut next_at, mut warm_up_at) = (None, None, None);
    let (program, diagnostics) = match options.from_str::<Program>(source) {
        Err(error) => {
            let (position, problem) = parse_problem(source, &error);
            let found = diagnostic(Some(position), Severity::Error, Place::default(), problem);
            (None, vec![found])
        }
        Ok(program) => {
            let map = SourceMap::new(source);
            id_at = map.locate(&[PathStep::Field("id")]);
            next_at = map.locate(&[PathStep::Field("next")]);
            warm_up_at = map.locate(&[PathStep::Field("warm_up")]);
            let diagnostics: Vec<Diagnostic> = validate(&program)
                .into_iter()
                .map(|finding| {
                    let position = map.locate(&finding.path);
                    diagnostic(position, finding.severity, finding.place, finding.problem)
                })
                .collect();
            let has_errors = diagnostics.iter().any(Diagnostic::is_error);
            ((!has_errors).then_some(program), diagnostics)
        }
    };
    Loaded {
        file: file.to_string(),
        path: None,
        program,
        diagnostics,
        id_at,
        next_at,
        warm_up_at,
    }
}

/// Parses and checks a program given as bytes; text that is not UTF-8 is placed where it stops
/// being UTF-8.
pub fn load_bytes(bytes: &[u8], file: &str) -> Loaded {
    match std::str::from_utf8(bytes) {
        Ok(source) => load_str(source, file),
        Err(error) => {
            let valid = &bytes[..error.valid_up_to()];
            // Everything before the bad byte is valid UTF-8, so it can be counted in characters.
            let before = std::str::from_utf8(valid).unwrap_or_default();
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
            Loaded {
                file: file.to_string(),
                path: None,
                program: None,
                id_at: None,
                next_at: None,
                warm_up_at: None,
                diagnostics: vec![Diagnostic {
                    file: file.to_string(),
                    position: Some(Position { line, col }),
                    severity: Severity::Error,
                    place: Place::default(),
                    problem: Problem::NotUtf8,
                }],
            }
        }
    }
}

/// A file or folder that could not be read at all.
pub fn unreadable(path: &Path, why: NotRead) -> Loaded {
    let file = path.display().to_string();
    Loaded {
        file: file.clone(),
        path: Some(path.to_path_buf()),
        program: None,
        id_at: None,
        next_at: None,
        warm_up_at: None,
        diagnostics: vec![Diagnostic {
            file,
            position: None,
            severity: Severity::Error,
            place: Place::default(),
            problem: Problem::CannotRead(why),
        }],
    }
}
