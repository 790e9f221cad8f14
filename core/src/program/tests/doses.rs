//! Every level of every shipped program stays within what its sources say (docs/programs.md).

use crate::program::*;
use crate::session::SessionLength;

/// What the sources allow for one exercise: sets, reps (per side where there are sides) and the
/// longest hold, in seconds. Level 1 may do fewer reps (it is the gentler start), and so may a
/// level whose variant makes the movement itself harder; no level does more.
struct Source {
    program: &'static str,
    exercise: &'static str,
    sets: (u32, u32),
    reps: (u32, u32),
    hold: f64,
    seed: &'static str,
}

const SOURCES: &[Source] = &[
    Source {
        program: "lower-back",
        exercise: "pelvic-tilt",
        sets: (2, 3),
        reps: (10, 15),
        hold: 6.0,
        seed: "002: 10–15 × 2–3; 004: hold 5 s (level 4 marches for 6 s)",
    },
    Source {
        program: "lower-back",
        exercise: "bridge",
        sets: (2, 3),
        reps: (10, 12),
        hold: 5.0,
        seed: "002: 10–12 × 2–3; 004: hold 3–5 s",
    },
    Source {
        program: "lower-back",
        exercise: "bird-dog",
        sets: (2, 2),
        reps: (6, 10),
        hold: 8.0,
        seed: "002: 6–8 per side × 2, hold 2 s; 004: 10 per side, hold a few seconds",
    },
    Source {
        program: "lower-back",
        exercise: "clamshell",
        sets: (2, 3),
        reps: (12, 15),
        hold: 2.0,
        seed: "002: 12–15 per side × 2–3",
    },
    Source {
        program: "lower-back",
        exercise: "dead-bug",
        sets: (2, 2),
        reps: (6, 8),
        hold: 3.0,
        seed: "002: 6–8 per side × 2",
    },
    Source {
        program: "gentle-start",
        exercise: "arch-and-round",
        sets: (2, 2),
        reps: (8, 12),
        hold: 0.0,
        seed: "003: small, comfortable movements lying down",
    },
    Source {
        program: "gentle-start",
        exercise: "knee-rolls",
        sets: (2, 2),
        reps: (5, 6),
        hold: 2.0,
        seed: "003: knees from side to side lying down",
    },
    Source {
        program: "gentle-start",
        exercise: "cat-cow",
        sets: (2, 2),
        reps: (5, 7),
        hold: 0.0,
        seed: "004: slowly for 1–2 minutes",
    },
    Source {
        program: "everyday",
        exercise: "sit-to-stand",
        sets: (2, 3),
        reps: (8, 12),
        hold: 0.0,
        seed: "003: natural movement; 002's pattern of 2–3 sets",
    },
    Source {
        program: "everyday",
        exercise: "lift",
        sets: (2, 3),
        reps: (8, 10),
        hold: 0.0,
        seed: "003: bending and lifting are not harmful",
    },
    Source {
        program: "everyday",
        exercise: "standing-turn",
        sets: (2, 3),
        reps: (6, 10),
        hold: 1.0,
        seed: "003: turning is not harmful",
    },
    Source {
        program: "everyday",
        exercise: "step-up",
        sets: (2, 3),
        reps: (5, 10),
        hold: 0.0,
        seed: "003: natural, varied movement",
    },
    Source {
        program: "everyday",
        exercise: "carry",
        sets: (2, 3),
        reps: (1, 1),
        hold: 40.0,
        seed: "004: walking",
    },
    Source {
        program: "warm-up",
        exercise: "march",
        sets: (1, 1),
        reps: (15, 15),
        hold: 0.0,
        seed: "easy movement, 3–4 minutes",
    },
    Source {
        program: "warm-up",
        exercise: "hip-circles",
        sets: (1, 1),
        reps: (4, 4),
        hold: 0.0,
        seed: "easy movement, 3–4 minutes",
    },
    Source {
        program: "warm-up",
        exercise: "trunk-turns",
        sets: (1, 1),
        reps: (6, 6),
        hold: 0.0,
        seed: "easy movement, 3–4 minutes",
    },
    Source {
        program: "warm-up",
        exercise: "shoulder-rolls",
        sets: (1, 1),
        reps: (8, 8),
        hold: 0.0,
        seed: "easy movement, 3–4 minutes",
    },
];

fn shipped() -> Vec<Program> {
    built_in().into_iter().filter_map(|l| l.program).collect()
}

fn longest_hold(level: &Level) -> f64 {
    level
        .tempo
        .iter()
        .filter(|phase| phase.kind == PhaseKind::Hold)
        .map(|phase| phase.secs)
        .fold(0.0, f64::max)
}

#[test]
fn every_shipped_exercise_has_a_source() {
    for program in shipped() {
        for exercise in &program.exercises {
            assert!(
                SOURCES
                    .iter()
                    .any(|s| s.program == program.id && s.exercise == exercise.id),
                "{} {} has no source",
                program.id,
                exercise.id
            );
        }
    }
}

#[test]
fn every_level_is_within_its_sources() {
    let programs = shipped();
    for source in SOURCES {
        let program = programs.iter().find(|p| p.id == source.program).unwrap();
        let exercise = program
            .exercises
            .iter()
            .find(|e| e.id == source.exercise)
            .unwrap();
        for (index, level) in exercise.levels.iter().enumerate() {
            let at = format!(
                "{} {} level {} ({})",
                program.id,
                exercise.id,
                index + 1,
                source.seed
            );
            let (low, high) = source.sets;
            assert!(
                (low..=high).contains(&level.sets),
                "{at}: {} sets",
                level.sets
            );
            assert!(level.reps <= source.reps.1, "{at}: {} reps", level.reps);
            let gentler = index == 0 || level.variant.is_some();
            assert!(
                gentler || level.reps >= source.reps.0,
                "{at}: {} reps",
                level.reps
            );
            assert!(
                longest_hold(level) <= source.hold,
                "{at}: hold {}",
                longest_hold(level)
            );
        }
    }
}

#[test]
fn lower_back_level_2_is_seed_002_and_level_3_adds_the_third_set_it_allows() {
    let programs = shipped();
    let program = programs.iter().find(|p| p.id == "lower-back").unwrap();
    for exercise in &program.exercises {
        let source = SOURCES.iter().find(|s| s.exercise == exercise.id).unwrap();
        let two = &exercise.levels[1];
        assert!(two.variant.is_none(), "{}", exercise.id);
        assert!(
            (source.reps.0..=source.reps.1).contains(&two.reps),
            "{}",
            exercise.id
        );
        assert_eq!(two.sets, 2, "{}", exercise.id);
        assert_eq!(exercise.levels[2].sets, source.sets.1, "{}", exercise.id);
    }
}

#[test]
fn lower_back_level_1_changes_the_movement_where_the_review_asked() {
    let programs = shipped();
    let program = programs.iter().find(|p| p.id == "lower-back").unwrap();
    let exercise = |id: &str| program.exercises.iter().find(|e| e.id == id).unwrap();
    assert!(exercise("bird-dog").levels[0].variant.is_some());
    assert!(exercise("dead-bug").levels[0].variant.is_some());
    let bridge = exercise("bridge");
    assert!(longest_hold(&bridge.levels[0]) < longest_hold(&bridge.levels[1]));
    assert_eq!(bridge.sides_at(&bridge.levels[3]), Sides::EachSide);
    let clamshell = exercise("clamshell");
    assert_eq!(
        clamshell.side_name(Side::Left, crate::words::Lang::En),
        "lying on your left side"
    );
}

#[test]
fn cat_cow_lasts_one_to_two_minutes_at_every_level() {
    let programs = shipped();
    let program = programs.iter().find(|p| p.id == "gentle-start").unwrap();
    let cat_cow = program
        .exercises
        .iter()
        .find(|e| e.id == "cat-cow")
        .unwrap();
    for level in &cat_cow.levels {
        let moving = f64::from(level.sets * cat_cow.sides_at(level).executions(level.reps))
            * level.rep_secs();
        assert!((60.0..=120.0).contains(&moving), "{moving} s");
    }
}

#[test]
fn the_warm_up_takes_three_to_four_minutes() {
    let programs = shipped();
    let warm_up = programs.iter().find(|p| p.id == "warm-up").unwrap();
    let secs = SessionLength::of(warm_up, 1).unwrap().total_secs;
    assert!((180.0..=240.0).contains(&secs), "{secs} s");
}

/// The table of docs/programs.md: every level of every exercise of every shipped program, with the
/// sources it keeps to, made from the programs themselves so the page cannot drift from them.
fn programs_md_table() -> String {
    let mut text = String::from(
        "<!-- Made from programs/*.ron and the sources in core/src/program/tests/doses.rs; `cargo test -p ryg-core programs_md` checks it. -->\n",
    );
    for program in shipped() {
        text.push_str(&format!(
            "\n### {} (`{}`)\n\n| exercise | level | variant | dose | hold | source |\n|---|---|---|---|---|---|\n",
            program.title.get(crate::words::Lang::En),
            program.id
        ));
        for exercise in &program.exercises {
            let source = SOURCES
                .iter()
                .find(|s| s.program == program.id && s.exercise == exercise.id)
                .map_or("", |s| s.seed);
            for (index, level) in exercise.levels.iter().enumerate() {
                let variant = level
                    .variant
                    .as_ref()
                    .unwrap_or(&exercise.name)
                    .get(crate::words::Lang::En);
                let per_side = match exercise.sides_at(level) {
                    Sides::None => "",
                    Sides::Alternate => " per side, alternating",
                    Sides::EachSide => " per side, one side then the other",
                };
                let hold: f64 = level
                    .tempo
                    .iter()
                    .filter(|phase| phase.kind == PhaseKind::Hold)
                    .map(|phase| phase.secs)
                    .sum();
                let hold = if hold > 0.0 {
                    format!("{hold} s")
                } else {
                    "–".to_string()
                };
                let (name, source) = if index == 0 {
                    (exercise.name.get(crate::words::Lang::En), source)
                } else {
                    ("", "")
                };
                text.push_str(&format!(
                    "| {name} | {} | {variant} | {} × {}{per_side} | {hold} | {source} |\n",
                    index + 1,
                    level.sets,
                    level.reps
                ));
            }
        }
    }
    text.push_str("<!-- End of the table of programs. -->\n");
    text
}

#[test]
fn programs_md_lists_every_level_with_its_source() {
    let page = include_str!("../../../../docs/programs.md");
    let made = programs_md_table();
    let begin = page.find("<!-- Made from programs/");
    let end = page.find("<!-- End of the table of programs. -->");
    let found = match (begin, end) {
        (Some(begin), Some(end)) => {
            &page[begin..end + "<!-- End of the table of programs. -->\n".len()]
        }
        _ => "",
    };
    assert!(
        found == made,
        "docs/programs.md differs from the programs; its table should read:\n\n{made}"
    );
}
