//! `ryg programs`: the programs found, with their levels and session lengths.

use std::io;

use super::table::{Align, Table};
use super::{Context, ExitStatus};
use ryg_core::program::Origin;
use ryg_core::visible::visible;
use ryg_core::words;
use ryg_core::words::clock;

pub fn run(context: &mut Context) -> io::Result<ExitStatus> {
    let lang = context.lang;
    let catalog = context.catalog()?;
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
    Ok(if catalog.problems.is_empty() {
        ExitStatus::Ok
    } else {
        ExitStatus::FileProblem
    })
}
