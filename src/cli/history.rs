//! `ryg history [--program ID] [--format table|csv|json]`: the sessions done, to read or export.

use std::borrow::Cow;
use std::io::{self, Write};

use jiff::tz::TimeZone;
use serde::Serialize;

use super::table::{Align, Table};
use super::{Context, ExitStatus, Format};
use ryg_core::journal::{Morning, SessionWithMorning};
use ryg_core::rules::zone_of;
use ryg_core::visible;
use ryg_core::words;
use ryg_core::words::clock;

/// One exported session: the contract's columns, in the contract's order.
#[derive(Serialize)]
struct SessionRow<'a> {
    started: String,
    finished: String,
    program: &'a str,
    level: u32,
    completed: bool,
    reps_done: u32,
    reps_planned: u32,
    pain_before: u8,
    pain_after: Option<u8>,
    morning: Option<&'static str>,
    zone: &'static str,
}

const COLUMNS: &str = "started,finished,program,level,completed,reps_done,reps_planned,pain_before,pain_after,morning,zone";

impl<'a> SessionRow<'a> {
    fn of(entry: &SessionWithMorning<'a>) -> SessionRow<'a> {
        let session = entry.session;
        SessionRow {
            started: session.started.to_string(),
            finished: session.finished.to_string(),
            program: &session.program,
            level: session.level,
            completed: session.completed,
            reps_done: session.reps_done,
            reps_planned: session.reps_planned,
            pain_before: session.pain_before,
            pain_after: session.pain_after,
            morning: entry.morning.map(morning_code),
            zone: zone_of(session, entry.morning).zone.as_str(),
        }
    }

    /// The row as one CSV line, written straight out: an export can have a hundred thousand.
    fn write_csv(&self, out: &mut dyn Write) -> io::Result<()> {
        let program = csv_field(self.program);
        write!(
            out,
            "{},{},{program},{},{},{},{},{},",
            self.started,
            self.finished,
            self.level,
            self.completed,
            self.reps_done,
            self.reps_planned,
            self.pain_before,
        )?;
        if let Some(after) = self.pain_after {
            write!(out, "{after}")?;
        }
        writeln!(out, ",{},{}", self.morning.unwrap_or_default(), self.zone)
    }
}

/// The morning answer as exported: lower case, like the zone.
fn morning_code(morning: Morning) -> &'static str {
    match morning {
        Morning::Better => "better",
        Morning::Same => "same",
        Morning::Worse => "worse",
    }
}

/// A CSV field: control characters written out as `visible::csv` says, then quoted when it
/// holds a comma, a quote or a line break (RFC 4180).
fn csv_field(text: &str) -> Cow<'_, str> {
    let text = visible::csv(text);
    if text.contains([',', '"', '\n', '\r']) {
        Cow::Owned(format!("\"{}\"", text.replace('"', "\"\"")))
    } else {
        text
    }
}

pub fn run(
    context: &mut Context,
    program: Option<&str>,
    format: Format,
) -> anyhow::Result<ExitStatus> {
    let lang = context.lang;
    let history = context.history()?;
    let sessions = match program {
        Some(id) => history.sessions_of(id),
        None => history.sessions(),
    };
    // A program with no sessions must at least exist: a typing error is told, not taken for an
    // empty history. A program whose file is gone still has its sessions listed above.
    if let Some(id) = program
        && sessions.is_empty()
    {
        let catalog = context.catalog()?;
        if catalog.find(id).is_none() {
            return Ok(context.unknown_program(&catalog, id)?);
        }
    }
    match format {
        Format::Csv => {
            writeln!(context.out, "{COLUMNS}")?;
            for entry in &sessions {
                SessionRow::of(entry).write_csv(context.out)?;
            }
        }
        Format::Json => {
            let rows: Vec<SessionRow> = sessions.iter().map(SessionRow::of).collect();
            // Written whole, so that a reader closing the pipe early is an io error like any other.
            context
                .out
                .write_all((visible::json(serde_json::to_string(&rows)?) + "\n").as_bytes())?;
        }
        Format::Table if sessions.is_empty() => match program {
            Some(id) => writeln!(context.out, "{}", words::no_history_for(lang, id))?,
            None => writeln!(context.out, "{}", words::NO_HISTORY.get(lang))?,
        },
        Format::Table => {
            let zone = TimeZone::system();
            let mut table = Table::new(&[
                (words::HEAD_WHEN.get(lang), Align::Left),
                (words::HEAD_PROGRAM.get(lang), Align::Left),
                (words::HEAD_LEVEL.get(lang), Align::Right),
                (words::HEAD_REPS.get(lang), Align::Right),
                (words::HEAD_TIME.get(lang), Align::Right),
                (words::HEAD_PAIN.get(lang), Align::Left),
                (words::HEAD_ZONE.get(lang), Align::Left),
                (words::HEAD_MORNING.get(lang), Align::Left),
            ]);
            for entry in &sessions {
                let session = entry.session;
                let when = session.started.to_zoned(zone.clone());
                let after = session
                    .pain_after
                    .map_or("–".to_string(), |p| p.to_string());
                table.row(vec![
                    when.strftime(words::dates::DATE_AND_TIME).to_string(),
                    session.program.clone(),
                    session.level.to_string(),
                    format!("{}/{}", session.reps_done, session.reps_planned),
                    clock(session.duration_secs()),
                    format!("{}→{after}", session.pain_before),
                    zone_of(session, entry.morning).zone.name(lang).to_string(),
                    entry.morning.map_or("–", |m| m.word(lang)).to_string(),
                ]);
            }
            write!(context.out, "{}", table.render())?;
            writeln!(
                context.out,
                "{}",
                words::session_count(lang, sessions.len())
            )?;
        }
    }
    Ok(ExitStatus::Ok)
}
