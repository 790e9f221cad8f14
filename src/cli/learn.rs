//! `ryg learn`: the Learn modules as a list, or one of them as plain text to read or to page
//! through (`ryg learn 2 | less`).

use std::collections::HashSet;
use std::io;

use super::{Context, ExitStatus};
use ryg_core::journal::Record;
use ryg_core::visible::visible;
use ryg_core::words::learn::{self, MODULES, READ_ALREADY, READ_ONE};

/// The widest a module is printed: lines longer than this are hard to read, however wide the
/// terminal.
const MAX_WIDTH: usize = 80;

/// Lists the modules, or prints module `number` (counted from 1) wrapped to `width()`.
pub fn run(context: &mut Context, number: Option<&str>) -> io::Result<ExitStatus> {
    let lang = context.lang;
    let Some(given) = number else {
        // A module the history says was read is marked; a history that cannot be read marks
        // none, and says why as every command does.
        let read: HashSet<String> = match context.history() {
            Ok(history) => history
                .records
                .into_iter()
                .filter_map(|record| match record {
                    Record::Learned(learned) => Some(learned.module),
                    _ => None,
                })
                .collect(),
            Err(error) => {
                writeln!(context.err, "ryg: {}", visible(&error.to_string()))?;
                HashSet::new()
            }
        };
        for (index, module) in MODULES.iter().enumerate() {
            let title = module.title.get(lang);
            if read.contains(module.id) {
                let mark = READ_ALREADY.get(lang);
                writeln!(context.out, "{:>2}  {title} · {mark}", index + 1)?;
            } else {
                writeln!(context.out, "{:>2}  {title}", index + 1)?;
            }
        }
        writeln!(context.out)?;
        writeln!(context.out, "{}", READ_ONE.get(lang))?;
        return Ok(ExitStatus::Ok);
    };
    let chosen = given.trim().parse().ok();
    let Some((number, module)) = chosen.and_then(|n| Some((n, learn::module(n)?))) else {
        let message = learn::no_such_module(lang, &visible(given), MODULES.len());
        writeln!(context.err, "ryg: {message}")?;
        return Ok(ExitStatus::Usage);
    };
    let width = width();
    let title = format!("{number}. {}", module.title.get(lang));
    for line in learn::wrap(&title, width) {
        writeln!(context.out, "{line}")?;
    }
    writeln!(context.out)?;
    for line in learn::page(module, lang, width) {
        writeln!(context.out, "{line}")?;
    }
    Ok(ExitStatus::Ok)
}

/// The width to wrap to: `COLUMNS` if set (as many tools honour it), else the width of the
/// terminal ryg runs in, even when its output goes to a pager, else 80; never more than 80.
fn width() -> usize {
    let from_env = std::env::var("COLUMNS")
        .ok()
        .and_then(|columns| columns.trim().parse::<usize>().ok());
    let from_terminal = || {
        ratatui::crossterm::terminal::window_size()
            .ok()
            .map(|size| usize::from(size.columns))
    };
    from_env
        .or_else(from_terminal)
        .filter(|&columns| columns > 0)
        .unwrap_or(MAX_WIDTH)
        .min(MAX_WIDTH)
}
