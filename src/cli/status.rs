//! `ryg status [--json]`: the recommended next level of each program, and why; and, in words
//! only, what a course has due.

use std::collections::HashMap;

use serde::Serialize;

use super::table::{Align, Table};
use super::{Context, ExitStatus};
use ryg_core::journal::SessionWithMorning;
use ryg_core::rules::{Ladder, Today, Zone, next_level};
use ryg_core::visible;
use ryg_core::words;

#[derive(Serialize)]
struct StatusJson<'a> {
    program: &'a str,
    levels: u32,
    next_level: u32,
    zone: Option<&'static str>,
    reason: String,
}

pub fn run(context: &mut Context, json: bool) -> anyhow::Result<ExitStatus> {
    let lang = context.lang;
    let catalog = context.catalog()?;
    let now = jiff::Timestamp::now();
    let history = context.counted_history(now)?;
    let time_zone = jiff::tz::TimeZone::system();
    let today = Today::at(now, &time_zone);
    let by_program = by_program(history.sessions());
    let recommendations: Vec<_> = catalog
        .programs()
        .map(|program| {
            let sessions = by_program
                .get(program.id.as_str())
                .map_or(&[][..], Vec::as_slice);
            let ladder = Ladder {
                levels: program.levels(),
                next: program.next.as_deref(),
            };
            (program, next_level(sessions, ladder, today))
        })
        .collect();
    if json {
        let rows: Vec<StatusJson> = recommendations
            .iter()
            .map(|(program, recommendation)| StatusJson {
                program: &program.id,
                levels: program.levels(),
                next_level: recommendation.level,
                zone: recommendation.latest_zone.map(Zone::as_str),
                reason: recommendation.reason.told(lang, &catalog),
            })
            .collect();
        // Written whole, so that a reader closing the pipe early is an io error like any other.
        context
            .out
            .write_all((visible::json(serde_json::to_string(&rows)?) + "\n").as_bytes())?;
    } else {
        let mut table = Table::new(&[
            (words::HEAD_PROGRAM.get(lang), Align::Left),
            (words::HEAD_LEVELS.get(lang), Align::Right),
            (words::HEAD_NEXT.get(lang), Align::Right),
            (words::HEAD_LAST.get(lang), Align::Left),
            (words::HEAD_WHY.get(lang), Align::Left),
        ]);
        let mut advice = Vec::new();
        for (program, recommendation) in &recommendations {
            table.row(vec![
                program.id.clone(),
                program.levels().to_string(),
                recommendation.level.to_string(),
                recommendation
                    .latest_zone
                    .map_or("–", |zone| zone.name(lang))
                    .to_string(),
                recommendation.reason.told(lang, &catalog),
            ]);
            for piece in &recommendation.advice {
                advice.push(format!("{}: {}", program.id, piece.text(lang)));
            }
        }
        write!(context.out, "{}", table.render())?;
        if !advice.is_empty() {
            writeln!(context.out)?;
            for line in &advice {
                writeln!(context.out, "{line}")?;
            }
        }
        if history.latest_screening().is_some_and(|s| !s.clear) {
            writeln!(context.out)?;
            writeln!(context.out, "{}", words::SAFETY_CHECK_NOT_CLEAR.get(lang))?;
        }
        // What a course asks for now (a check-in, the review, a follow-up); `--json` keeps to the
        // programs, as its contract says, and `ryg course --json` has the course.
        let today = ryg_core::course::local_date(now, &time_zone);
        if let Some(day) = ryg_core::course::latest(&history.records, today, &time_zone)
            && !day.due.is_empty()
        {
            let due = words::rhythm::due_items(&day.due, lang);
            writeln!(context.out)?;
            writeln!(context.out, "{}", words::rhythm::status_due(lang, &due))?;
        }
    }
    // A broken program file of the user's was reported above; the status of the others is
    // still right, so it does not fail the command (`ryg programs` and `ryg check` do).
    Ok(ExitStatus::Ok)
}

/// The sessions of each program, each in the order of `started` like `sessions_of` gives them,
/// from one pass over the history instead of one per program.
fn by_program(sessions: Vec<SessionWithMorning<'_>>) -> HashMap<&str, Vec<SessionWithMorning<'_>>> {
    let mut by_program: HashMap<&str, Vec<SessionWithMorning<'_>>> = HashMap::new();
    for entry in sessions {
        by_program
            .entry(entry.session.program.as_str())
            .or_default()
            .push(entry);
    }
    by_program
}

#[cfg(test)]
mod tests {
    use super::*;
    use ryg_core::journal::History;

    #[test]
    fn each_program_gets_the_sessions_that_sessions_of_gives() {
        let session = |day: u32, program: &str, level: u32| {
            format!(
                "Session(started: \"2026-11-{day}T08:00:00Z\", finished: \"2026-11-{day}T08:20:00Z\", \
                 program: \"{program}\", level: {level}, completed: true, reps_done: 9, \
                 reps_planned: 9, pain_before: 2, pain_after: Some(3))\n"
            )
        };
        // Out of order, two programs on one day, the same start twice, and a morning answer.
        let text = [
            session(23, "back", 1),
            session(20, "neck", 1),
            session(20, "back", 2),
            session(23, "back", 3),
            "FollowUp(session: \"2026-11-20T08:00:00Z\", morning: Worse)\n".to_string(),
            session(21, "neck", 2),
        ]
        .concat();
        let history = History::parse(&text);
        let grouped = by_program(history.sessions());
        for program in ["back", "neck", "none"] {
            let sessions = grouped.get(program).cloned().unwrap_or_default();
            assert_eq!(sessions, history.sessions_of(program), "{program}");
        }
    }
}
