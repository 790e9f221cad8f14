//! `ryg plan PROGRAM [--level N] [--json]`: a session's timeline and length, without running it.

use serde::Serialize;

use super::table::{Align, Table};
use super::{Context, ExitStatus, Found};
use ryg_core::rules::{Ladder, Today, next_level};
use ryg_core::session::{Part, Plan, SessionLength, Timeline};
use ryg_core::visible::{self, visible};
use ryg_core::words::{self, Lang, Tr};
use ryg_core::words::{clock, seconds};

#[derive(Serialize)]
struct PlanJson<'a> {
    program: &'a str,
    level: u32,
    total_secs: u64,
    reps_planned: u32,
    exercises: Vec<ExerciseJson<'a>>,
}

/// One exercise of the session. A warm-up's exercises come first, each `id` written as the
/// warm-up's id, a slash and the exercise's id (`warm-up/march`): the keys stay those of a session
/// without one, and no exercise of the program can be mistaken for one of its warm-up.
#[derive(Serialize)]
struct ExerciseJson<'a> {
    id: String,
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
) -> anyhow::Result<ExitStatus> {
    let lang = context.lang;
    let catalog = context.catalog()?;
    let program = match context.find_program(&catalog, name)? {
        Found::Program(entry) => entry.program,
        Found::Refused(outcome) => return Ok(outcome),
    };
    let levels = program.levels();
    let (level, why) = match level {
        Some(level) => (level, words::YOU_CHOSE.get(lang).to_string()),
        None => {
            let now = jiff::Timestamp::now();
            let history = context.counted_history(now)?;
            let time_zone = jiff::tz::TimeZone::system();
            let today = Today::at(now, &time_zone);
            let ladder = Ladder {
                levels,
                next: program.next.as_deref(),
            };
            let advice = next_level(&history.sessions_of(&program.id), ladder, today);
            let why = words::recommended_because(lang, &advice.reason.told(lang, &catalog));
            (advice.level, why)
        }
    };
    let laid_out = catalog
        .plan(&program, level)
        .and_then(|plan| Timeline::of(&plan).map(|timeline| (plan, timeline)));
    let Some((plan, timeline)) = laid_out else {
        let why = words::no_such_level(lang, &program.id, level, levels);
        writeln!(context.err, "ryg: {why}")?;
        return Ok(ExitStatus::Usage);
    };
    let length = SessionLength::of_timeline(&plan, &timeline);
    let text = if json {
        let exercises = plan.exercises.iter().zip(&length.exercises);
        let json = PlanJson {
            program: &program.id,
            level,
            total_secs: length.total_whole_secs(),
            reps_planned: length.reps_planned,
            exercises: exercises
                .map(|(planned, exercise_length)| ExerciseJson {
                    id: if planned.warm_up {
                        format!("{}/{}", planned.program, planned.exercise.id)
                    } else {
                        planned.exercise.id.clone()
                    },
                    name: planned.name().get(lang),
                    sets: exercise_length.sets,
                    reps: exercise_length.reps,
                    executions_per_set: exercise_length.executions_per_set,
                    secs: exercise_length.secs.round() as u64,
                })
                .collect(),
        };
        visible::json(serde_json::to_string(&json)?) + "\n"
    } else {
        let title = visible(program.title.get(lang));
        let warm_up = catalog.warm_up_length(&program).map(|(warm_up, length)| {
            let title = visible(warm_up.title.get(lang));
            words::warm_up_first(lang, &title, &clock(length.total_whole_secs()))
        });
        readable(&title, &plan, &timeline, &length, lang, &why, warm_up)
    };
    context.out.write_all(text.as_bytes())?;
    Ok(ExitStatus::Ok)
}

/// The timeline as a person reads it: when each exercise, set and rest starts, the warm-up's
/// exercises first.
fn readable(
    title: &str,
    plan: &Plan,
    timeline: &Timeline,
    length: &SessionLength,
    lang: Lang,
    why: &str,
    warm_up: Option<String>,
) -> String {
    let word = |tr: Tr| tr.get(lang);
    let length_line =
        words::plan_length(lang, &clock(length.total_whole_secs()), length.reps_planned);
    let mut text = format!(
        "{}\n{length_line}\n{}\n",
        words::plan_title(lang, title, length.level, why),
        word(words::HOW_OFTEN),
    );
    // The session's length above counts the warm-up; this line names it with its own length.
    if let Some(warm_up) = warm_up {
        text.push_str(&warm_up);
        text.push('\n');
    }
    text.push('\n');
    let mut table = Table::new(&[
        (word(words::HEAD_TIME), Align::Right),
        (word(words::HEAD_WHAT), Align::Left),
    ]);
    let mut previous: Option<(usize, Part)> = None;
    for step in &timeline.steps {
        let at = clock(step.starts_at.as_secs_f64().round() as u64);
        let planned = &plan.exercises[step.exercise];
        let dose = &timeline.doses[step.exercise];
        let new_exercise = previous.is_none_or(|(index, _)| index != step.exercise);
        if new_exercise {
            let tempo: Vec<String> = planned
                .level
                .tempo
                .iter()
                .map(|phase| format!("{} {}", phase.word(lang), seconds(lang, phase.secs)))
                .collect();
            let name = planned.name().get(lang);
            table.row(vec![at.clone(), format!("{name} — {}", tempo.join(" · "))]);
        }
        let same_set = |part: Part| set_of(part).is_some_and(|set| Some(set) == set_of(step.part));
        let set_starts = match (step.part, previous) {
            (Part::Phase { .. }, Some((index, before)))
                if index == step.exercise && same_set(before) =>
            {
                None
            }
            (Part::Phase { set, .. }, _) => Some(set),
            _ => None,
        };
        let what = match step.part {
            Part::Prepare => Some(words::get_ready_for(
                lang,
                &seconds(lang, step.length.as_secs_f64()),
            )),
            Part::Rest { .. } => Some(words::rest_for(
                lang,
                &seconds(lang, step.length.as_secs_f64()),
            )),
            Part::Phase { .. } | Part::Switch { .. } => set_starts
                .map(|set| words::set_of(lang, set, dose.sets, &planned.reps_and_sides(lang))),
        };
        if let Some(what) = what {
            table.row(vec![at, format!("  {what}")]);
        }
        previous = Some((step.exercise, step.part));
    }
    table.row(vec![
        clock(length.total_whole_secs()),
        word(words::DONE).to_string(),
    ]);
    text.push_str(&table.render());
    text
}

/// The set a step belongs to, if it is part of one.
fn set_of(part: Part) -> Option<u32> {
    match part {
        Part::Phase { set, .. } | Part::Switch { set } => Some(set),
        Part::Prepare | Part::Rest { .. } => None,
    }
}
