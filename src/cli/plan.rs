//! `ryg plan PROGRAM [--level N] [--json]`: a session's timeline and length, without running it.

use serde::Serialize;

use super::table::{Align, Table, clock};
use super::{Context, Outcome};
use crate::i18n::{self, Lang, Tr};
use crate::program::{Phase, PhaseKind, Program, SessionLength, Sides};
use crate::rules::next_level;

#[derive(Serialize)]
struct PlanJson<'a> {
    program: &'a str,
    level: u32,
    total_secs: u64,
    reps_planned: u32,
    exercises: Vec<ExerciseJson<'a>>,
}

#[derive(Serialize)]
struct ExerciseJson<'a> {
    id: &'a str,
    name: &'a str,
    sets: u32,
    reps: u32,
    executions_per_set: u32,
    secs: u64,
}

pub fn run(
    context: &mut Context,
    name: &str,
    level: Option<u32>,
    json: bool,
) -> anyhow::Result<Outcome> {
    let lang = context.lang;
    let catalog = context.catalog()?;
    let program = match context.find_program(&catalog, name)? {
        Ok(entry) => entry.program,
        Err(outcome) => return Ok(outcome),
    };
    let levels = program.levels();
    let (level, why) = match level {
        Some(level) => (level, i18n::YOU_CHOSE.get(lang).to_string()),
        None => {
            let history = context.history()?;
            let advice = next_level(&history.sessions_of(&program.id), levels);
            let why = format!(
                "{}: {}",
                i18n::RECOMMENDED.get(lang),
                advice.reason.text(lang)
            );
            (advice.level, why)
        }
    };
    let Some(length) = SessionLength::of(&program, level) else {
        writeln!(
            context.err,
            "ryg: {:?} {} {level}; {} {levels}",
            program.id,
            i18n::NO_SUCH_LEVEL.get(lang),
            i18n::IT_HAS_LEVELS.get(lang),
        )?;
        return Ok(Outcome::Usage);
    };
    if json {
        let plan = PlanJson {
            program: &program.id,
            level,
            total_secs: length.total_whole_secs(),
            reps_planned: length.reps_planned,
            exercises: program
                .exercises
                .iter()
                .zip(&length.exercises)
                .map(|(exercise, exercise_length)| ExerciseJson {
                    id: &exercise.id,
                    name: exercise.name.get(lang),
                    sets: exercise_length.sets,
                    reps: exercise_length.reps,
                    executions_per_set: exercise_length.executions_per_set,
                    secs: exercise_length.secs.round() as u64,
                })
                .collect(),
        };
        serde_json::to_writer(&mut *context.out, &plan)?;
        writeln!(context.out)?;
    } else {
        write!(context.out, "{}", timeline(&program, &length, lang, &why))?;
    }
    Ok(Outcome::Ok)
}

/// The timeline as a person reads it: when each exercise, set and rest starts.
fn timeline(program: &Program, length: &SessionLength, lang: Lang, why: &str) -> String {
    let word = |tr: Tr| tr.get(lang);
    let mut text = format!(
        "{} — {} {} ({why})\n{} {} · {} {}\n\n",
        program.title.get(lang),
        word(i18n::LEVEL),
        length.level,
        word(i18n::SESSION_LENGTH),
        clock(length.total_whole_secs()),
        length.reps_planned,
        word(i18n::REPS),
    );
    let mut table = Table::new(&[
        (word(i18n::HEAD_TIME), Align::Right),
        (word(i18n::HEAD_WHAT), Align::Left),
    ]);
    let mut at = 0.0_f64;
    let mut row = |at: f64, what: String| table.row(vec![clock(at.round() as u64), what]);
    for (exercise, exercise_length) in program.exercises.iter().zip(&length.exercises) {
        let Some(dose) = program.level_of(exercise, length.level) else {
            continue;
        };
        let tempo: Vec<String> = dose
            .tempo
            .iter()
            .map(|phase| format!("{} {}", phase_word(phase, lang), seconds(phase.secs)))
            .collect();
        row(
            at,
            format!(
                "{} — {}",
                exercise.name_at(dose).get(lang),
                tempo.join(" · ")
            ),
        );
        if exercise_length.prepare_secs > 0.0 {
            row(
                at,
                format!(
                    "  {} {}",
                    word(i18n::GET_READY),
                    seconds(exercise_length.prepare_secs)
                ),
            );
        }
        at += exercise_length.prepare_secs;
        for set in 1..=dose.sets {
            let reps = dose.reps;
            let how = match exercise.sides {
                Sides::None => format!("{reps} {}", word(i18n::REPS)),
                Sides::Alternate => {
                    format!(
                        "{reps} {} {}",
                        word(i18n::REPS),
                        word(i18n::PER_SIDE_ALTERNATING)
                    )
                }
                Sides::EachSide => format!(
                    "{reps} {} {} {reps} {} ({} {})",
                    word(i18n::REPS),
                    word(i18n::LEFT_THEN_RIGHT),
                    word(i18n::ON_THE_RIGHT),
                    word(i18n::SWITCH_SIDE),
                    seconds(f64::from(program.switch_secs)),
                ),
            };
            let set_word = word(i18n::SET);
            let of = word(i18n::OF);
            row(at, format!("  {set_word} {set} {of} {}: {how}", dose.sets));
            at += exercise_length.set_secs;
            if set < dose.sets && exercise_length.rest_secs > 0.0 {
                row(
                    at,
                    format!(
                        "  {} {}",
                        word(i18n::REST),
                        seconds(exercise_length.rest_secs)
                    ),
                );
                at += exercise_length.rest_secs;
            }
        }
    }
    row(length.total_secs, word(i18n::DONE).to_string());
    text.push_str(&table.render());
    text
}

/// The word shown for a phase: its label, else the word for its kind.
pub fn phase_word(phase: &Phase, lang: Lang) -> String {
    match &phase.label {
        Some(label) => label.get(lang).to_string(),
        None => match phase.kind {
            PhaseKind::Move => i18n::PHASE_MOVE,
            PhaseKind::Hold => i18n::PHASE_HOLD,
            PhaseKind::Return => i18n::PHASE_RETURN,
        }
        .get(lang)
        .to_string(),
    }
}

/// Seconds as written in a plan: `5 s`, `1.5 s`.
fn seconds(secs: f64) -> String {
    if secs.fract() == 0.0 {
        format!("{secs:.0} s")
    } else {
        format!("{} s", (secs * 100.0).round() / 100.0)
    }
}
