//! The contract of docs/program-format.md, rule by rule.

use super::*;
use crate::words::Lang;

mod doses;
mod limits;
mod version2;

/// A valid program with two exercises and two levels; tests break one thing at a time.
/// Shared with the session tests, which time this same program.
pub(crate) const GOOD: &str = r##"Program(
    id: "test",
    title: {"en": "Test", "da": "Test", "nb": "Test"},
    prepare_secs: 5,
    switch_secs: 3,
    exercises: [
        Exercise(
            id: "bridge",
            name: {"en": "Bridge", "da": "Bro", "nb": "Bro"},
            purpose: {"en": "Glutes", "da": "Balder", "nb": "Sete"},
            steps: [{"en": "Lift.", "da": "Løft.", "nb": "Løft."}],
            levels: [
                Level(sets: 2, reps: 10, rest_secs: 30, tempo: [Phase(kind: Move, secs: 2), Phase(kind: Hold, secs: 3), Phase(kind: Return, secs: 2)]),
                Level(sets: 3, reps: 12, rest_secs: 30, tempo: [Phase(kind: Move, secs: 1.5), Phase(kind: Return, secs: 1.5)]),
            ],
        ),
        Exercise(
            id: "clamshell",
            name: {"en": "Clamshell", "da": "Musling", "nb": "Musling"},
            purpose: {"en": "Hips", "da": "Hofter", "nb": "Hofter"},
            steps: [{"en": "Open.", "da": "Åbn.", "nb": "Åpne."}],
            sides: EachSide,
            figure: Figure(start: r#"
  o
 /|\
"#, end: "  o"),
            levels: [
                Level(sets: 2, reps: 12, rest_secs: 20, tempo: [Phase(kind: Move, secs: 1), Phase(kind: Return, secs: 1)]),
                Level(sets: 2, reps: 15, rest_secs: 20, tempo: [Phase(kind: Move, secs: 1), Phase(kind: Hold, secs: 1, label: {"en": "Squeeze", "da": "Klem", "nb": "Klem"}), Phase(kind: Return, secs: 1)]),
            ],
        ),
    ],
)
"##;

fn messages(source: &str) -> Vec<String> {
    load_str(source, "test.ron")
        .diagnostics
        .iter()
        .map(|d| d.render(Lang::En))
        .collect()
}

/// The one error `source` has, rendered in English.
fn only_error(source: &str) -> String {
    let loaded = load_str(source, "test.ron");
    assert!(
        loaded.program.is_none(),
        "a file with an error must not load"
    );
    let errors: Vec<String> = loaded.errors().map(|d| d.render(Lang::En)).collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    errors.into_iter().next().unwrap()
}

fn with(from: &str, to: &str) -> String {
    assert!(GOOD.contains(from), "fixture lacks {from:?}");
    GOOD.replacen(from, to, 1)
}

#[test]
fn the_good_program_loads_with_no_problems() {
    let loaded = load_str(GOOD, "test.ron");
    assert_eq!(loaded.diagnostics, vec![]);
    let program = loaded.program.unwrap();
    assert_eq!(program.levels(), 2);
    assert_eq!(program.exercises[0].sides, Sides::None);
    assert_eq!(program.exercises[1].sides, Sides::EachSide);
    let figure = program.exercises[1].figure.as_ref().unwrap();
    assert_eq!(Figure::lines(&figure.start), vec!["  o", " /|\\"]);
}

#[test]
fn optional_fields_take_their_defaults() {
    let source = with("    prepare_secs: 5,\n    switch_secs: 3,\n", "");
    let program = load_str(&source, "t.ron").program.unwrap();
    assert_eq!(program.prepare_secs, DEFAULT_PREPARE_SECS);
    assert_eq!(program.switch_secs, DEFAULT_SWITCH_SECS);
    assert_eq!(program.summary, None);
}

#[test]
fn sides_none_is_the_variant_not_an_option() {
    let source = with("sides: EachSide", "sides: None");
    let program = load_str(&source, "t.ron").program.unwrap();
    assert_eq!(program.exercises[1].sides, Sides::None);
}

#[test]
fn syntax_errors_have_line_and_column() {
    let source = with("reps: 10,", "reps: 10");
    assert_eq!(
        only_error(&source),
        "test.ron:13:41: a comma is missing here"
    );
}

#[test]
fn type_errors_have_line_and_column() {
    let source = with("reps: 10,", "reps: \"ten\",");
    assert_eq!(
        only_error(&source),
        "test.ron:13:38: reps is \"ten\"; it must be a whole number, like 10"
    );
    let source = with("sets: 3,", "sets: \"two\",");
    assert_eq!(
        only_error(&source),
        "test.ron:14:29: sets is \"two\"; it must be a whole number, like 10"
    );
    let source = with(r#"steps: [{"en": "Lift.""#, r#"steps: [12, {"en": "Lift.""#);
    assert_eq!(
        only_error(&source),
        "test.ron:11:21: 12 is found here; it must be a text in quotes, like \"Bridge\""
    );
}

#[test]
fn type_errors_are_told_in_danish_and_norwegian() {
    let loaded = load_str(&with("reps: 10,", "reps: true,"), "test.ron");
    let problem = &loaded.diagnostics[0];
    assert_eq!(
        problem.render(Lang::Da),
        "test.ron:13:38: reps er true; den skal være et helt tal, som 10"
    );
    assert_eq!(
        problem.render(Lang::Nb),
        "test.ron:13:38: reps er true; den må være et heltall, som 10"
    );
}

#[test]
fn unknown_fields_are_errors_that_list_the_expected_names() {
    let source = with("reps: 10,", "rpes: 10,");
    let message = only_error(&source);
    assert!(
        message.starts_with("test.ron:13:32: there is no field `rpes` here;"),
        "{message}"
    );
    assert!(
        message.contains("`sets`, `reps`, `rest_secs`, `tempo`"),
        "{message}"
    );
}

#[test]
fn an_unknown_side_lists_the_choices() {
    let source = with("sides: EachSide", "sides: Both");
    let message = only_error(&source);
    assert!(
        message.contains("`Both` is not one of the choices: `None`, `Alternate`, `EachSide`"),
        "{message}"
    );
}

#[test]
fn ids_must_be_small_letters_digits_and_dashes() {
    for bad in ["Test", "my test", "", "øvelse", "a_b"] {
        let source = with(r#"id: "test""#, &format!("id: {bad:?}"));
        assert!(
            only_error(&source).starts_with("test.ron:2:9: the id"),
            "{bad}"
        );
    }
    let source = with(r#"id: "bridge""#, r#"id: "Bridge""#);
    assert!(only_error(&source).starts_with(r#"test.ron:8:17: exercise "Bridge": the id"#));
}

#[test]
fn exercise_ids_are_unique_in_a_program() {
    let source = with(r#"id: "clamshell""#, r#"id: "bridge""#);
    assert_eq!(
        only_error(&source),
        r#"test.ron:18:17: two exercises have the id "bridge"; each needs its own"#
    );
}

#[test]
fn a_program_needs_an_exercise() {
    let start = GOOD.find("    exercises: [").unwrap();
    let source = format!("{}    exercises: [],\n)\n", &GOOD[..start]);
    assert_eq!(
        only_error(&source),
        "test.ron:6:16: the program has no exercises; it needs at least one"
    );
}

#[test]
fn an_exercise_needs_a_level_and_all_have_the_same_number() {
    let mut source = GOOD.to_string();
    let first_level = "                Level(sets: 2, reps: 10, rest_secs: 30, tempo: [Phase(kind: Move, secs: 2), Phase(kind: Hold, secs: 3), Phase(kind: Return, secs: 2)]),\n";
    source = source.replacen(first_level, "", 1);
    assert_eq!(
        only_error(&source),
        r#"test.ron:26:21: exercise "clamshell": the exercise has 2 levels but "bridge" has 1; every exercise needs the same number"#
    );
    let level = "Level(sets: 1, reps: 1, rest_secs: 0, tempo: [Phase(kind: Move, secs: 1)]),";
    let one_level = format!(
        r#"Program(id: "x", title: "X", exercises: [
Exercise(id: "bridge", name: "A", purpose: "A", steps: [], levels: [{level}{level}]),
Exercise(id: "clamshell", name: "B", purpose: "B", steps: [], levels: [{level}]),
])"#
    );
    assert_eq!(
        only_error(&one_level),
        r#"test.ron:3:71: exercise "clamshell": the exercise has 1 level but "bridge" has 2; every exercise needs the same number"#
    );
    let start = GOOD.find("            levels: [").unwrap();
    let end = GOOD[start..].find("            ],\n").unwrap() + start + "            ],\n".len();
    let source = format!(
        "{}            levels: [],\n{}",
        &GOOD[..start],
        &GOOD[end..]
    );
    let errors = messages(&source);
    assert!(
        errors.contains(&r#"test.ron:12:21: exercise "bridge": the exercise has no levels; it needs at least one"#.to_string()),
        "{errors:#?}"
    );
}

#[test]
fn at_most_ten_levels() {
    let level = "Level(sets: 1, reps: 1, rest_secs: 0, tempo: [Phase(kind: Move, secs: 1)]),";
    let source = format!(
        r#"Program(id: "x", title: "X", exercises: [Exercise(id: "a", name: "A", purpose: "A", steps: [], levels: [{}])])"#,
        level.repeat(11)
    );
    let errors: Vec<String> = load_str(&source, "x.ron")
        .errors()
        .map(|d| d.render(Lang::En))
        .collect();
    assert_eq!(
        errors,
        [r#"x.ron:1:104: exercise "a": the exercise has 11 levels; at most 10 are allowed"#]
    );
}

#[test]
fn numbers_out_of_range_name_the_exercise_level_and_limits() {
    let cases = [
        (
            "sets: 3",
            "sets: 0",
            "test.ron:14:29: exercise \"bridge\", level 2: sets is 0; it must be between 1 and 20",
        ),
        (
            "sets: 3",
            "sets: 21",
            "test.ron:14:29: exercise \"bridge\", level 2: sets is 21; it must be between 1 and 20",
        ),
        (
            "reps: 12",
            "reps: 0",
            "test.ron:14:38: exercise \"bridge\", level 2: reps is 0; it must be between 1 and 100",
        ),
        (
            "reps: 12",
            "reps: 101",
            "test.ron:14:38: exercise \"bridge\", level 2: reps is 101; it must be between 1 and 100",
        ),
        (
            "rest_secs: 30",
            "rest_secs: 601",
            "test.ron:13:53: exercise \"bridge\", level 1: rest_secs is 601; it must be between 0 and 600",
        ),
        (
            "prepare_secs: 5",
            "prepare_secs: 121",
            "test.ron:4:19: prepare_secs is 121; it must be between 0 and 120",
        ),
        (
            "switch_secs: 3",
            "switch_secs: 61",
            "test.ron:5:18: switch_secs is 61; it must be between 0 and 60",
        ),
        (
            "secs: 1.5)",
            "secs: 0.4)",
            "test.ron:14:89: exercise \"bridge\", level 2: secs is 0.4; it must be between 0.5 and 120",
        ),
        (
            "secs: 2)",
            "secs: 120.5)",
            "test.ron:13:89: exercise \"bridge\", level 1: secs is 120.5; it must be between 0.5 and 120",
        ),
    ];
    for (from, to, want) in cases {
        assert_eq!(only_error(&with(from, to)), want, "{to}");
    }
}

#[test]
fn limits_themselves_are_allowed() {
    for (from, to) in [
        ("sets: 3", "sets: 20"),
        ("reps: 12", "reps: 100"),
        ("rest_secs: 30", "rest_secs: 0"),
        ("rest_secs: 30", "rest_secs: 600"),
        ("prepare_secs: 5", "prepare_secs: 0"),
        ("switch_secs: 3", "switch_secs: 60"),
        ("secs: 1.5)", "secs: 0.5)"),
        ("secs: 2)", "secs: 120)"),
    ] {
        let loaded = load_str(&with(from, to), "t.ron");
        assert!(loaded.program.is_some(), "{to}: {:?}", loaded.diagnostics);
    }
}

#[test]
fn negative_numbers_are_refused_in_plain_words() {
    let message = only_error(&with("sets: 3", "sets: -1"));
    assert!(message.starts_with("test.ron:14:"), "{message}");
}

#[test]
fn a_tempo_needs_a_phase() {
    let source = with(
        "tempo: [Phase(kind: Move, secs: 1.5), Phase(kind: Return, secs: 1.5)]",
        "tempo: []",
    );
    assert_eq!(
        only_error(&source),
        "test.ron:14:64: exercise \"bridge\", level 2: the tempo is empty; a rep needs at least one phase, like Phase(kind: Move, secs: 2)"
    );
}

#[test]
fn figures_are_at_most_twelve_lines_of_forty_columns() {
    let tall = format!("end: r#\"\n{}\"#", "x\n".repeat(13));
    let message = only_error(&with(r#"end: "  o""#, &tall));
    assert_eq!(
        message,
        "test.ron:26:10: exercise \"clamshell\": the end drawing has 13 lines; at most 12 fit on the screen"
    );
    let wide = format!("end: \"{}\"", "x".repeat(41));
    let message = only_error(&with(r#"end: "  o""#, &wide));
    assert_eq!(
        message,
        "test.ron:26:10: exercise \"clamshell\": line 1 of the end drawing is 41 columns wide; at most 40 fit on the screen"
    );
    let wide_chars = format!("end: \"{}\"", "漢".repeat(21));
    let message = only_error(&with(r#"end: "  o""#, &wide_chars));
    assert!(
        message.ends_with(
            "line 1 of the end drawing is 42 columns wide; at most 40 fit on the screen"
        ),
        "{message}"
    );
    let tab = only_error(&with(r#"end: "  o""#, "end: \"a\\tb\""));
    assert!(
        tab.ends_with(
            "line 1 of the end drawing has a tab; use spaces so the drawing keeps its shape"
        ),
        "{tab}"
    );
    let just_fits = format!(
        "end: r#\"\n{}\"#",
        format!("{}\n", "x".repeat(40)).repeat(12)
    );
    assert!(
        load_str(&with(r#"end: "  o""#, &just_fits), "t.ron")
            .program
            .is_some()
    );
}

#[test]
fn a_missing_language_is_a_warning_and_the_program_still_loads() {
    let source = with(
        r#"name: {"en": "Bridge", "da": "Bro", "nb": "Bro"}"#,
        r#"name: "Bridge""#,
    );
    let loaded = load_str(&source, "test.ron");
    assert!(loaded.program.is_some());
    assert_eq!(
        messages(&source),
        [r#"test.ron:9:19: warning: exercise "bridge": name has no Danish or Norwegian"#]
    );
}

#[test]
fn a_missing_language_names_the_text_in_every_language() {
    let source = with(
        r#"{"en": "Lift.", "da": "Løft.", "nb": "Løft."}"#,
        r#"{"da": "Løft."}"#,
    )
    .replace(
        r#"title: {"en": "Test", "da": "Test", "nb": "Test"}"#,
        r#"title: {"nb": "Test"}"#,
    );
    let loaded = load_str(&source, "test.ron");
    let told =
        |lang| -> Vec<String> { loaded.diagnostics.iter().map(|d| d.render(lang)).collect() };
    assert_eq!(
        told(Lang::En),
        [
            "test.ron:3:12: warning: title has no English or Danish",
            r#"test.ron:11:21: warning: exercise "bridge": step 1 has no English or Norwegian"#,
        ]
    );
    assert_eq!(
        told(Lang::Da),
        [
            "test.ron:3:12: advarsel: title mangler engelsk og dansk",
            r#"test.ron:11:21: advarsel: øvelse "bridge": trin 1 mangler engelsk og norsk"#,
        ]
    );
    assert_eq!(
        told(Lang::Nb),
        [
            "test.ron:3:12: advarsel: title mangler engelsk og dansk",
            r#"test.ron:11:21: advarsel: øvelse "bridge": trinn 1 mangler engelsk og norsk"#,
        ]
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let source = with("sets: 3", "sets: 0").replacen("reps: 15", "reps: 0", 1);
    let loaded = load_str(&source, "test.ron");
    assert_eq!(loaded.errors().count(), 2);
}

#[test]
fn problems_are_told_in_danish_and_norwegian() {
    let loaded = load_str(&with("reps: 12", "reps: 0"), "test.ron");
    let problem = &loaded.diagnostics[0];
    assert_eq!(
        problem.render(Lang::Da),
        "test.ron:14:38: øvelse \"bridge\", niveau 2: reps er 0; den skal være mellem 1 og 100"
    );
    assert_eq!(
        problem.render(Lang::Nb),
        "test.ron:14:38: øvelse \"bridge\", nivå 2: reps er 0; den må være mellom 1 og 100"
    );
}

#[test]
fn a_broken_user_file_does_not_stop_the_others() {
    let broken = load_str(&with("reps: 12", "reps: 0"), "broken.ron");
    let mut good = load_str(&GOOD.replace(r#"id: "test""#, r#"id: "mine""#), "mine.ron");
    good.path = Some("mine.ron".into());
    let mut replacing = load_str(
        &GOOD.replace(r#"id: "test""#, r#"id: "lower-back""#),
        "lb.ron",
    );
    replacing.path = Some("lb.ron".into());
    let catalog = Catalog::new(built_in(), vec![broken, good, replacing]);
    let ids: Vec<&str> = catalog.programs().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        ["lower-back", "gentle-start", "everyday", "warm-up", "mine"]
    );
    assert_eq!(
        catalog.entries[0].origin,
        Origin::User {
            path: "lb.ron".into(),
            replaces_built_in: true
        }
    );
    assert_eq!(catalog.problems.len(), 1);
    assert!(
        catalog.problems[0]
            .render(Lang::En)
            .starts_with("broken.ron:14:38:")
    );
}

#[test]
fn two_user_files_with_one_id_keep_the_first() {
    let mut first = load_str(&GOOD.replace(r#"id: "test""#, r#"id: "mine""#), "a.ron");
    first.path = Some("a.ron".into());
    let mut second = load_str(&GOOD.replace(r#"id: "test""#, r#"id: "mine""#), "b.ron");
    second.path = Some("b.ron".into());
    let catalog = Catalog::new(Vec::new(), vec![first, second]);
    assert_eq!(catalog.entries.len(), 1);
    assert_eq!(
        catalog.problems[0].render(Lang::En),
        r#"b.ron:2:9: the program id "mine" is already used by a.ron; this file is not loaded"#
    );
}

#[test]
fn the_shipped_programs_load_without_any_warning() {
    for loaded in built_in() {
        let problems: Vec<String> = loaded
            .diagnostics
            .iter()
            .map(|d| d.render(Lang::En))
            .collect();
        assert_eq!(problems, Vec::<String>::new(), "{}", loaded.file);
        assert!(loaded.program.is_some());
    }
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_program() {
    let loaded = load_str(&format!("\u{feff}{GOOD}"), "bom.ron");
    assert_eq!(loaded.diagnostics, vec![]);
}
