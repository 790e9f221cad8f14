//! What a session runs: a program's warm-up (its level 1) and then the program's own exercises at
//! the chosen level, each with the countdowns of the program it comes from.

use crate::program::{Exercise, Level, Program, Side, Sides, Text};
use crate::visible::visible;
use crate::words::{self, Lang, seconds};

/// One exercise as a session runs it.
#[derive(Clone, Debug, PartialEq)]
pub struct Planned {
    /// The id of the program the exercise comes from: the warm-up's or the program's own.
    pub program: String,
    pub exercise: Exercise,
    /// The exercise's dose in this session.
    pub level: Level,
    /// The get-ready countdown of the program the exercise comes from.
    pub prepare_secs: u32,
    /// The change-side countdown of the program the exercise comes from.
    pub switch_secs: u32,
    /// The exercise belongs to the warm-up run before the program's own exercises.
    pub warm_up: bool,
}

impl Planned {
    /// The name shown: the level's variant name when it has one.
    pub fn name(&self) -> &Text {
        self.exercise.name_at(&self.level)
    }

    /// How the exercise uses the sides in this session.
    pub fn sides(&self) -> Sides {
        self.exercise.sides_at(&self.level)
    }

    /// The how-to in this session.
    pub fn steps(&self) -> &[Text] {
        self.exercise.steps_at(&self.level)
    }

    /// How a set's reps are done, the sides named in the exercise's own side words when it has
    /// them ("lying on your left side"), as the session screen names them; control characters
    /// from a program file are shown, not kept.
    pub fn reps_and_sides(&self, lang: Lang) -> String {
        let reps = self.level.reps;
        let exercise = &self.exercise;
        let named = exercise.side_words.is_some().then(|| {
            let left = visible(exercise.side_name(Side::Left, lang));
            let right = visible(exercise.side_name(Side::Right, lang));
            (left, right)
        });
        let switch = || seconds(lang, f64::from(self.switch_secs));
        let count = words::rep_count(lang, reps);
        match (self.sides(), named) {
            (Sides::None, _) => count,
            (Sides::Alternate, None) => words::reps_alternating(lang, &count),
            (Sides::Alternate, Some((left, right))) => {
                words::reps_alternating_named(lang, &count, &left, &right)
            }
            (Sides::EachSide, None) => words::reps_each_side(lang, &count, reps, &switch()),
            (Sides::EachSide, Some((left, right))) => {
                words::reps_each_side_named(lang, &count, reps, &left, &right, &switch())
            }
        }
    }
}

/// Every exercise of one session, in the order they are done.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// The id of the program the session is of (the history records this, not the warm-up).
    pub program: String,
    /// The program's level (the warm-up always runs at its level 1).
    pub level: u32,
    pub exercises: Vec<Planned>,
}

impl Plan {
    /// `program` at `level` (from 1) alone; `None` when it has no such level.
    pub fn of(program: &Program, level: u32) -> Option<Plan> {
        Plan::with_warm_up(program, level, None)
    }

    /// `program` at `level` (from 1), after `warm_up`'s level-1 exercises when it is given;
    /// `None` when the program has no such level. A warm-up is run as it is, at level 1: its own
    /// `warm_up` is not followed (loading refuses such a warm-up), and a warm-up without a level 1
    /// adds nothing.
    pub fn with_warm_up(program: &Program, level: u32, warm_up: Option<&Program>) -> Option<Plan> {
        let mut exercises: Vec<Planned> = warm_up
            .into_iter()
            .flat_map(|warm_up| planned(warm_up, 1, true).unwrap_or_default())
            .collect();
        exercises.extend(planned(program, level, false)?);
        Some(Plan {
            program: program.id.clone(),
            level,
            exercises,
        })
    }

    /// How many of the first exercises are the warm-up's.
    pub fn warm_up_exercises(&self) -> usize {
        self.exercises.iter().take_while(|e| e.warm_up).count()
    }
}

/// `program`'s exercises at `level`; `None` when one of them has no such level.
fn planned(program: &Program, level: u32, warm_up: bool) -> Option<Vec<Planned>> {
    program
        .exercises
        .iter()
        .map(|exercise| {
            Some(Planned {
                program: program.id.clone(),
                exercise: exercise.clone(),
                level: program.level_of(exercise, level)?.clone(),
                prepare_secs: program.prepare_secs,
                switch_secs: program.switch_secs,
                warm_up,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::*;
    use crate::program::{Catalog, built_in, load_str};
    use crate::session::{Session, SessionLength, Timeline};

    fn program(source: &str) -> Program {
        load_str(source, "test.ron").program.unwrap()
    }

    /// Two levels, a 4 s get-ready and a 2 s switch.
    const MAIN: &str = r#"Program(id: "main", title: "Main", prepare_secs: 4, switch_secs: 2,
        warm_up: "loosen", exercises: [Exercise(id: "tilt", name: "Tilt", purpose: "p", steps: [],
        levels: [Level(sets: 1, reps: 2, rest_secs: 0, tempo: [Phase(kind: Move, secs: 1)]),
                 Level(sets: 2, reps: 3, rest_secs: 5, tempo: [Phase(kind: Move, secs: 2)])])])"#;
    /// Two levels (only the first is ever run first), a 1 s get-ready and a 3 s switch.
    const LOOSEN: &str = r#"Program(id: "loosen", title: "Loosen", prepare_secs: 1, switch_secs: 3,
        exercises: [Exercise(id: "sway", name: "Sway", purpose: "p", steps: [], sides: EachSide,
        levels: [Level(sets: 1, reps: 1, rest_secs: 0, tempo: [Phase(kind: Move, secs: 1)]),
                 Level(sets: 9, reps: 9, rest_secs: 9, tempo: [Phase(kind: Move, secs: 9)])])])"#;

    #[test]
    fn the_warm_up_comes_first_at_its_level_1_with_its_own_countdowns() {
        let (main, loosen) = (program(MAIN), program(LOOSEN));
        let plan = Plan::with_warm_up(&main, 2, Some(&loosen)).unwrap();
        let order: Vec<(&str, &str, u32, bool)> = plan
            .exercises
            .iter()
            .map(|p| {
                (
                    p.program.as_str(),
                    p.exercise.id.as_str(),
                    p.level.reps,
                    p.warm_up,
                )
            })
            .collect();
        assert_eq!(
            order,
            [("loosen", "sway", 1, true), ("main", "tilt", 3, false)]
        );
        assert_eq!((plan.program.as_str(), plan.level), ("main", 2));
        assert_eq!(plan.warm_up_exercises(), 1);
        let timeline = Timeline::of(&plan).unwrap();
        let lengths: Vec<f64> = timeline
            .steps
            .iter()
            .map(|s| s.length.as_secs_f64())
            .collect();
        // Sway: get ready 1, left 1, switch 3, right 1; tilt: get ready 4, 3 reps, rest 5, 3 reps.
        assert_eq!(
            lengths,
            [1.0, 1.0, 3.0, 1.0, 4.0, 2.0, 2.0, 2.0, 5.0, 2.0, 2.0, 2.0]
        );
        let length = SessionLength::of_plan(&plan).unwrap();
        let alone = |p: &Program, level| SessionLength::of(p, level).unwrap();
        assert_eq!(
            length.total_secs,
            alone(&loosen, 1).total_secs + alone(&main, 2).total_secs
        );
        assert_eq!(length.total_secs, 27.0);
        assert_eq!(length.reps_planned, 2 + 6);
        let ids: Vec<(&str, bool)> = length
            .exercises
            .iter()
            .map(|e| (e.id.as_str(), e.warm_up))
            .collect();
        assert_eq!(ids, [("sway", true), ("tilt", false)]);
    }

    #[test]
    fn a_session_runs_the_warm_up_and_counts_its_reps() {
        let t0 = Instant::now();
        let plan = Plan::with_warm_up(&program(MAIN), 1, Some(&program(LOOSEN))).unwrap();
        let mut session = Session::start_plan(plan, t0).unwrap();
        assert_eq!(session.reps_planned(), 4);
        assert_eq!(session.status(t0).exercise, 0);
        session.advance(t0 + Duration::from_secs(7));
        // The warm-up took 1 + 1 + 3 + 1 s; the tilt's get-ready is on.
        assert_eq!(session.status(t0 + Duration::from_secs(7)).exercise, 1);
        assert_eq!(session.reps_done(), 2);
        session.advance(t0 + Duration::from_secs(60));
        assert!(session.is_over() && session.completed());
        assert_eq!(session.reps_done(), 4);
    }

    #[test]
    fn a_program_without_a_warm_up_or_without_the_level_plans_as_before() {
        let main = program(MAIN);
        let plan = Plan::of(&main, 1).unwrap();
        assert_eq!(plan.warm_up_exercises(), 0);
        assert_eq!(Timeline::of(&plan), Timeline::new(&main, 1));
        assert_eq!(Plan::with_warm_up(&main, 3, Some(&program(LOOSEN))), None);
        assert_eq!(Plan::with_warm_up(&main, 0, Some(&program(LOOSEN))), None);
    }

    #[test]
    fn the_catalog_finds_the_warm_up_and_counts_it_in_every_length() {
        let catalog = Catalog::new(built_in(), Vec::new());
        let lower_back = &catalog.find("lower-back").unwrap();
        let warm_up = &catalog.find("warm-up").unwrap().program;
        assert_eq!(catalog.warm_up_of(&lower_back.program), Some(warm_up));
        let warm_up_secs = SessionLength::of(warm_up, 1).unwrap().total_secs;
        for level in 1..=4 {
            let alone = SessionLength::of(&lower_back.program, level).unwrap();
            let with = lower_back.length_at(level).unwrap();
            assert_eq!(with.total_secs, alone.total_secs + warm_up_secs);
            let plan = catalog.plan(&lower_back.program, level).unwrap();
            assert_eq!(SessionLength::of_plan(&plan).as_ref(), Some(with));
        }
        let gentle = &catalog.find("gentle-start").unwrap().program;
        assert_eq!(catalog.warm_up_of(gentle), None);
    }

    #[test]
    fn a_users_missing_warm_up_is_not_run() {
        let mine = crate::program::Loaded {
            path: Some("mine.ron".into()),
            ..load_str(MAIN, "mine.ron")
        };
        let catalog = Catalog::new(Vec::new(), vec![mine]);
        let entry = catalog.find("main").unwrap();
        assert_eq!(catalog.warm_up_of(&entry.program), None);
        assert_eq!(catalog.plan(&entry.program, 1), Plan::of(&entry.program, 1));
        let alone = SessionLength::of(&entry.program, 1);
        assert_eq!(entry.length_at(1), alone.as_ref());
    }

    /// Loading refuses both; were one to get through, its sessions would still not nest.
    #[test]
    fn a_warm_up_with_a_warm_up_or_a_program_its_own_warm_up_is_not_run() {
        use crate::program::{Origin, ProgramEntry};
        let nested = program(&LOOSEN.replace("prepare_secs", r#"warm_up: "main", prepare_secs"#));
        let own = program(&MAIN.replace(r#""loosen""#, r#""main""#));
        for (main, loosen) in [(program(MAIN), nested), (own, program(LOOSEN))] {
            let entries = [main.clone(), loosen]
                .map(|program| ProgramEntry::new(program, Origin::BuiltIn))
                .to_vec();
            let catalog = Catalog {
                entries,
                problems: Vec::new(),
            };
            assert_eq!(catalog.warm_up_of(&main), None);
            assert_eq!(catalog.plan(&main, 1).unwrap().warm_up_exercises(), 0);
        }
    }
}
