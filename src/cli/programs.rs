//! `ryg programs [--json]`: the programs found, with their levels and session lengths.

use std::io;

use serde::Serialize;

use super::table::{Align, Table};
use super::{Context, ExitStatus};
use ryg_core::program::{Catalog, Origin};
use ryg_core::visible::visible;
use ryg_core::words;
use ryg_core::words::clock;

/// A program as `ryg programs --json` writes it (docs/history-format.md).
#[derive(Serialize)]
struct ProgramJson<'a> {
    id: &'a str,
    title: &'a str,
    levels: u32,
    /// A session's length at each level, from level 1, warm-up included.
    session_secs: Vec<u64>,
    /// The user's file it was loaded from; `null` for a built-in program.
    file: Option<String>,
    replaces_built_in: bool,
}

pub fn run(context: &mut Context, json: bool) -> io::Result<ExitStatus> {
    let lang = context.lang;
    let catalog = context.catalog()?;
    let outcome = if catalog.problems.is_empty() {
        ExitStatus::Ok
    } else {
        ExitStatus::FileProblem
    };
    if json {
        write_json(context, &catalog)?;
        return Ok(outcome);
    }
    if catalog.entries.is_empty() {
        writeln!(context.out, "{}", words::NO_PROGRAMS.get(lang))?;
    } else {
        let mut table = Table::new(&[
            (words::HEAD_ID.get(lang), Align::Left),
            (words::HEAD_PROGRAM.get(lang), Align::Left),
            (words::HEAD_LEVELS.get(lang), Align::Right),
            (words::HEAD_LENGTH_BY_LEVEL.get(lang), Align::Left),
        ]);
        for entry in &catalog.entries {
            let program = &entry.program;
            let lengths: Vec<String> = entry
                .lengths()
                .iter()
                .map(|length| clock(length.total_whole_secs()))
                .collect();
            table.row(vec![
                program.id.clone(),
                program.title.get(lang).to_string(),
                program.levels().to_string(),
                lengths.join(" · "),
            ]);
        }
        write!(context.out, "{}", table.render())?;
    }
    let users: Vec<_> = catalog
        .entries
        .iter()
        .filter_map(|entry| match &entry.origin {
            Origin::User {
                path,
                replaces_built_in,
            } => Some((&entry.program.id, path, *replaces_built_in)),
            Origin::BuiltIn => None,
        })
        .collect();
    if !users.is_empty() {
        writeln!(context.out)?;
    }
    for (id, path, replaces) in users {
        let path = path.display().to_string();
        let path = visible(&path);
        let line = if replaces {
            words::program_from_replacing(lang, id, &path)
        } else {
            words::program_from(lang, id, &path)
        };
        writeln!(context.out, "{line}")?;
    }
    writeln!(context.out)?;
    let folder = context.places.programs.display().to_string();
    let folder = visible(&folder);
    writeln!(
        context.out,
        "{}",
        words::your_programs_folder(lang, &folder)
    )?;
    Ok(outcome)
}

/// The programs as one JSON array, in the order of the table.
fn write_json(context: &mut Context, catalog: &Catalog) -> io::Result<()> {
    let lang = context.lang;
    let rows: Vec<ProgramJson> = catalog
        .entries
        .iter()
        .map(|entry| {
            let (file, replaces_built_in) = match &entry.origin {
                Origin::User {
                    path,
                    replaces_built_in,
                } => (Some(path.display().to_string()), *replaces_built_in),
                Origin::BuiltIn => (None, false),
            };
            ProgramJson {
                id: &entry.program.id,
                title: entry.program.title.get(lang),
                levels: entry.program.levels(),
                session_secs: entry
                    .lengths()
                    .iter()
                    .map(|length| length.total_whole_secs())
                    .collect(),
                file,
                replaces_built_in,
            }
        })
        .collect();
    let text = serde_json::to_string(&rows).map_err(io::Error::other)?;
    // Written whole, so that a reader closing the pipe early is an io error like any other.
    context
        .out
        .write_all((ryg_core::visible::json(text) + "\n").as_bytes())
}
