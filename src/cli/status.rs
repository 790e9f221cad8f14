//! `ryg status [--json]`: the recommended next level of each program, and why.

use serde::Serialize;

use super::table::{Align, Table};
use super::{Context, Outcome};
use crate::i18n;
use crate::rules::{Zone, next_level};

#[derive(Serialize)]
struct StatusJson<'a> {
    program: &'a str,
    levels: u32,
    next_level: u32,
    zone: Option<&'static str>,
    reason: String,
}

pub fn run(context: &mut Context, json: bool) -> anyhow::Result<Outcome> {
    let lang = context.lang;
    let catalog = context.catalog()?;
    let history = context.history()?;
    let recommendations: Vec<_> = catalog
        .programs()
        .map(|program| {
            let levels = program.levels();
            (
                program,
                next_level(&history.sessions_of(&program.id), levels),
            )
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
                reason: recommendation.reason.text(lang),
            })
            .collect();
        // Written whole, so that a reader closing the pipe early is an io error like any other.
        context
            .out
            .write_all((serde_json::to_string(&rows)? + "\n").as_bytes())?;
    } else {
        let mut table = Table::new(&[
            (i18n::HEAD_PROGRAM.get(lang), Align::Left),
            (i18n::HEAD_LEVELS.get(lang), Align::Right),
            (i18n::HEAD_NEXT.get(lang), Align::Right),
            (i18n::HEAD_LAST.get(lang), Align::Left),
            (i18n::HEAD_WHY.get(lang), Align::Left),
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
                recommendation.reason.text(lang),
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
            writeln!(context.out, "{}", i18n::SAFETY_CHECK_NOT_CLEAR.get(lang))?;
        }
    }
    // A broken program file of the user's was reported above; the status of the others is
    // still right, so it does not fail the command (`ryg programs` and `ryg check` do).
    Ok(Outcome::Ok)
}
