//! The rules of docs/program-format.md that the parser cannot check, applied to a parsed program.

use std::collections::HashSet;

use unicode_width::UnicodeWidthStr;

use super::diagnostic::{Place, Problem, Severity};
use super::source_map::PathStep::{self, Field, Item};
use super::text::TextName;
use super::{Exercise, Figure, Level, Program, Sides, Text};

/// A problem found in a program, with the path to the value it is about.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub path: Vec<PathStep>,
    pub severity: Severity,
    pub place: Place,
    pub problem: Problem,
}

/// Most levels an exercise may have.
pub const MAX_LEVELS: usize = 10;

/// The longest a session may last at any level, in seconds. The shipped programs take 5 to 30
/// minutes; four hours is far beyond any real session. Without it, a file within the other limits
/// could plan a session of hundreds of hours (200 exercises of 20 sets of 100 reps), whose layout
/// alone fills hundreds of megabytes.
pub const MAX_SESSION_SECS: f64 = 4.0 * 3600.0;

/// Most exercises a program may have. The shipped programs have three and five; two hundred is a
/// session of hours. The limit keeps every check and every session length quick to work out.
pub const MAX_EXERCISES: usize = 200;

/// Every problem of `program`, in the order they stand in the file.
pub fn validate(program: &Program) -> Vec<Finding> {
    let mut check = Check::default();
    let top = Place::default();
    check.id(&[Field("id")], &top, &program.id);
    check.text(&[Field("title")], &top, &program.title);
    if let Some(summary) = &program.summary {
        check.text(&[Field("summary")], &top, summary);
    }
    for (field, link) in [("next", &program.next), ("warm_up", &program.warm_up)] {
        if let Some(id) = link {
            check.id(&[Field(field)], &top, id);
        }
    }
    check.range_int(
        &[Field("prepare_secs")],
        &top,
        "prepare_secs",
        program.prepare_secs,
        0,
        120,
    );
    check.range_int(
        &[Field("switch_secs")],
        &top,
        "switch_secs",
        program.switch_secs,
        0,
        60,
    );
    let count = program.exercises.len();
    if count == 0 {
        check.error(&[Field("exercises")], &top, Problem::NoExercises);
    }
    if count > MAX_EXERCISES {
        // Told once, at the first exercise too many; the exercises themselves are not checked,
        // since a file this far off would bury this one problem under thousands.
        let path = [Field("exercises"), Item(MAX_EXERCISES)];
        check.error(&path, &top, Problem::TooManyExercises { count });
        return check.findings;
    }
    let mut ids = HashSet::new();
    for (index, exercise) in program.exercises.iter().enumerate() {
        let path = [Field("exercises"), Item(index)];
        if !ids.insert(exercise.id.as_str()) {
            let place = Place::default();
            check.error(
                &[&path[..], &[Field("id")]].concat(),
                &place,
                Problem::RepeatedExercise {
                    id: exercise.id.clone(),
                },
            );
        }
        check.exercise(&path, exercise, &program.exercises[0]);
    }
    // Only a program with sound numbers has a length worth telling.
    if !check.findings.iter().any(|f| f.severity == Severity::Error) {
        check.session_lengths(program);
    }
    check.findings
}

/// Seconds `exercise` takes at `dose`, as the session lays it out (session/timeline.rs): the
/// get-ready countdown, every set's reps (and its switch of side), and the rests between sets.
fn exercise_secs(program: &Program, exercise: &Exercise, dose: &Level) -> f64 {
    let rep: f64 = dose.tempo.iter().map(|phase| phase.secs).sum();
    let executions = f64::from(exercise.sides_at(dose).executions(dose.reps));
    let switch = match exercise.sides_at(dose) {
        Sides::EachSide => f64::from(program.switch_secs),
        Sides::None | Sides::Alternate => 0.0,
    };
    let sets = f64::from(dose.sets);
    let rests = f64::from(dose.sets.saturating_sub(1)) * f64::from(dose.rest_secs);
    f64::from(program.prepare_secs) + sets * (executions * rep + switch) + rests
}

#[derive(Default)]
struct Check {
    findings: Vec<Finding>,
}

impl Check {
    fn push(&mut self, path: &[PathStep], place: &Place, severity: Severity, problem: Problem) {
        self.findings.push(Finding {
            path: path.to_vec(),
            severity,
            place: place.clone(),
            problem,
        });
    }

    fn error(&mut self, path: &[PathStep], place: &Place, problem: Problem) {
        self.push(path, place, Severity::Error, problem);
    }

    fn id(&mut self, path: &[PathStep], place: &Place, id: &str) {
        let valid = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !valid {
            self.error(path, place, Problem::BadId { id: id.to_string() });
        }
    }

    fn text(&mut self, path: &[PathStep], place: &Place, text: &Text) {
        let languages = text.missing_languages();
        if languages.is_empty() {
            return;
        }
        // A text is a field of its own (`title`) or an item of a field's list (`steps`).
        let name = match path {
            [.., Field("side_words"), Item(_)] => TextName::Field("side_words"),
            [.., Field(_), Item(index)] => TextName::Step(*index),
            [.., Field(field)] => TextName::Field(field),
            _ => TextName::Field("text"),
        };
        let problem = Problem::MissingLanguages {
            text: name,
            languages,
        };
        self.push(path, place, Severity::Warning, problem);
    }

    fn texts(&mut self, path: &[PathStep], place: &Place, texts: &[Text]) {
        for (index, text) in texts.iter().enumerate() {
            self.text(&[path, &[Item(index)]].concat(), place, text);
        }
    }

    fn range_int(
        &mut self,
        path: &[PathStep],
        place: &Place,
        field: &'static str,
        value: u32,
        min: u32,
        max: u32,
    ) {
        if !(min..=max).contains(&value) {
            let problem = Problem::OutOfRange {
                field,
                value: value.to_string(),
                min: min.to_string(),
                max: max.to_string(),
            };
            self.error(path, place, problem);
        }
    }

    fn exercise(&mut self, path: &[PathStep], exercise: &Exercise, first: &Exercise) {
        let place = Place {
            exercise: Some(exercise.id.clone()),
            level: None,
        };
        let at = |steps: &[PathStep]| [path, steps].concat();
        self.id(&at(&[Field("id")]), &place, &exercise.id);
        self.text(&at(&[Field("name")]), &place, &exercise.name);
        self.text(&at(&[Field("purpose")]), &place, &exercise.purpose);
        self.texts(&at(&[Field("steps")]), &place, &exercise.steps);
        if let Some((left, right)) = &exercise.side_words {
            let words = at(&[Field("side_words")]);
            self.text(&[&words[..], &[Item(0)]].concat(), &place, left);
            self.text(&[&words[..], &[Item(1)]].concat(), &place, right);
            if !exercise.uses_sides() {
                self.push(&words, &place, Severity::Warning, Problem::SideWordsUnused);
            }
        }
        if let Some(figure) = &exercise.figure {
            for (drawing, field) in [(&figure.start, "start"), (&figure.end, "end")] {
                self.drawing(
                    &at(&[Field("figure"), Field(field)]),
                    &place,
                    field,
                    drawing,
                );
            }
        }
        let count = exercise.levels.len();
        if count == 0 {
            self.error(&at(&[Field("levels")]), &place, Problem::NoLevels);
        } else if count > MAX_LEVELS {
            self.error(
                &at(&[Field("levels")]),
                &place,
                Problem::TooManyLevels { count },
            );
        } else if count != first.levels.len() && !first.levels.is_empty() {
            let problem = Problem::LevelCountDiffers {
                count,
                first_exercise: first.id.clone(),
                expected: first.levels.len(),
            };
            self.error(&at(&[Field("levels")]), &place, problem);
        }
        for (index, level) in exercise.levels.iter().enumerate() {
            let place = Place {
                exercise: Some(exercise.id.clone()),
                level: Some(index + 1),
            };
            self.level(&at(&[Field("levels"), Item(index)]), &place, level);
        }
    }

    /// At each level, the exercise by whose end the session passes [`MAX_SESSION_SECS`].
    fn session_lengths(&mut self, program: &Program) {
        for level in 0..program.levels() as usize {
            let mut secs = 0.0;
            for (index, exercise) in program.exercises.iter().enumerate() {
                let Some(dose) = exercise.levels.get(level) else {
                    continue;
                };
                secs += exercise_secs(program, exercise, dose);
                if secs > MAX_SESSION_SECS {
                    let place = Place {
                        exercise: Some(exercise.id.clone()),
                        level: Some(level + 1),
                    };
                    let path = [
                        Field("exercises"),
                        Item(index),
                        Field("levels"),
                        Item(level),
                    ];
                    self.error(&path, &place, Problem::SessionTooLong);
                    break;
                }
            }
        }
    }

    fn drawing(&mut self, path: &[PathStep], place: &Place, name: &'static str, drawing: &str) {
        let lines = Figure::lines(drawing);
        if lines.len() > Figure::MAX_LINES {
            let problem = Problem::FigureTooTall {
                drawing: name,
                lines: lines.len(),
            };
            self.error(path, place, problem);
        }
        if let Some(line) = lines.iter().position(|line| line.contains('\t')) {
            let problem = Problem::FigureHasTab {
                drawing: name,
                line: line + 1,
            };
            self.error(path, place, problem);
        } else if let Some((line, columns)) = lines
            .iter()
            .map(|line| line.width())
            .enumerate()
            .find(|&(_, columns)| columns > Figure::MAX_COLUMNS)
        {
            let problem = Problem::FigureTooWide {
                drawing: name,
                line: line + 1,
                columns,
            };
            self.error(path, place, problem);
        }
    }

    fn level(&mut self, path: &[PathStep], place: &Place, level: &Level) {
        let at = |steps: &[PathStep]| [path, steps].concat();
        if let Some(variant) = &level.variant {
            self.text(&at(&[Field("variant")]), place, variant);
        }
        if let Some(steps) = &level.steps {
            self.texts(&at(&[Field("steps")]), place, steps);
        }
        self.range_int(&at(&[Field("sets")]), place, "sets", level.sets, 1, 20);
        self.range_int(&at(&[Field("reps")]), place, "reps", level.reps, 1, 100);
        self.range_int(
            &at(&[Field("rest_secs")]),
            place,
            "rest_secs",
            level.rest_secs,
            0,
            600,
        );
        if level.tempo.is_empty() {
            self.error(&at(&[Field("tempo")]), place, Problem::EmptyTempo);
        }
        for (index, phase) in level.tempo.iter().enumerate() {
            let phase_path = at(&[Field("tempo"), Item(index)]);
            if !(0.5..=120.0).contains(&phase.secs) {
                let problem = Problem::OutOfRange {
                    field: "secs",
                    value: phase.secs.to_string(),
                    min: "0.5".to_string(),
                    max: "120".to_string(),
                };
                self.error(
                    &[&phase_path[..], &[Field("secs")]].concat(),
                    place,
                    problem,
                );
            }
            if let Some(label) = &phase.label {
                self.text(&[&phase_path[..], &[Field("label")]].concat(), place, label);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::built_in;
    use crate::session::SessionLength;

    #[test]
    fn the_length_checked_is_the_length_the_session_runs() {
        for loaded in built_in() {
            let program = loaded.program.unwrap();
            for level in 1..=program.levels() {
                let checked: f64 = program
                    .exercises
                    .iter()
                    .map(|e| exercise_secs(&program, e, &e.levels[level as usize - 1]))
                    .sum();
                let runs = SessionLength::of(&program, level).unwrap().total_secs;
                assert!((checked - runs).abs() < 1e-6, "{checked} vs {runs}");
            }
        }
    }
}
