//! The limits that keep programs quick to check and to lay out: size, exercises, session length,
//! and the lengths worked out once per program.

use super::super::*;
use super::GOOD;
use crate::words::Lang;

/// A program of `count` exercises, each a valid one with its own id.
fn program_of(count: usize) -> String {
    let exercise = |n: usize| {
        format!(
            r#"Exercise(id: "e{n}", name: "E", purpose: "P", steps: [], levels: [Level(sets: 1, reps: 1, rest_secs: 0, tempo: [Phase(kind: Move, secs: 1)])]),"#
        )
    };
    let exercises: Vec<String> = (0..count).map(exercise).collect();
    format!(
        "Program(id: \"x\", title: \"X\", exercises: [\n{}\n])\n",
        exercises.join("\n")
    )
}

#[test]
fn at_most_two_hundred_exercises() {
    assert!(load_str(&program_of(200), "x.ron").program.is_some());
    let loaded = load_str(&program_of(250), "x.ron");
    assert!(loaded.program.is_none());
    let errors: Vec<String> = loaded.errors().map(|d| d.render(Lang::En)).collect();
    assert_eq!(
        errors,
        ["x.ron:202:1: the program has 250 exercises; at most 200 are allowed"]
    );
}

#[test]
fn a_session_lasts_at_most_four_hours_at_any_level() {
    // 20 sets of 100 reps of 2 seconds, and the get-ready: 4,010 seconds an exercise, so the
    // fourth ends past four hours.
    let long = |count| {
        program_of(count).replace(
            "Level(sets: 1, reps: 1, rest_secs: 0, tempo: [Phase(kind: Move, secs: 1)])",
            "Level(sets: 20, reps: 100, rest_secs: 0, tempo: [Phase(kind: Move, secs: 2)])",
        )
    };
    let errors: Vec<String> = load_str(&long(30), "x.ron")
        .errors()
        .map(|d| d.render(Lang::En))
        .collect();
    assert_eq!(
        errors,
        [
            r#"x.ron:5:65: exercise "e3", level 1: by the end of this exercise a session at this level lasts more than 4 hours, the most a session may last"#
        ]
    );
    assert!(load_str(&long(3), "x.ron").program.is_some());
}

#[test]
fn invalid_utf8_is_placed_at_its_line_and_column() {
    let mut bytes = GOOD.replace("\"Bro\"", "\"Br\u{f8}\"").into_bytes();
    let at = bytes.windows(2).position(|w| w == [0xc3, 0xb8]).unwrap();
    bytes.splice(at..at + 2, [0xf8]);
    let loaded = load_bytes(&bytes, "latin1.ron");
    assert!(loaded.program.is_none());
    assert_eq!(
        loaded.diagnostics[0].render(Lang::En),
        "latin1.ron:9:45: this is not UTF-8 text; save the file as UTF-8 in your editor"
    );
}

#[test]
fn a_programs_session_lengths_are_worked_out_when_it_is_listed() {
    let catalog = Catalog::new(built_in(), Vec::new());
    for entry in &catalog.entries {
        let levels = entry.program.levels();
        assert_eq!(entry.lengths().len(), levels as usize);
        for level in 1..=levels {
            // With the warm-up, when the program has one.
            let plan = catalog.plan(&entry.program, level).unwrap();
            let length = crate::session::SessionLength::of_plan(&plan);
            assert_eq!(entry.length_at(level), length.as_ref());
        }
        assert_eq!(entry.length_at(0), None);
        assert_eq!(entry.length_at(levels + 1), None);
    }
}
