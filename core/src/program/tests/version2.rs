//! Version 2 of the format: `next`, `warm_up`, a level's own `sides`, an exercise's `side_words`.

use super::{GOOD, messages, only_error, with};
use crate::program::*;
use crate::session::{Part, SessionLength, Timeline};
use crate::words::Lang;

fn program(source: &str) -> Program {
    let loaded = load_str(source, "test.ron");
    assert_eq!(loaded.diagnostics, vec![], "{source}");
    loaded.program.unwrap()
}

/// `source` loaded as a user's file, with the links checked against `others`.
fn linked(source: &str, others: &[&Program], missing_warm_up: Severity) -> Loaded {
    let mut files = vec![load_str(source, "test.ron")];
    check_links(&mut files, others, missing_warm_up);
    files.pop().unwrap()
}

fn rendered(loaded: &Loaded) -> Vec<String> {
    loaded
        .diagnostics
        .iter()
        .map(|d| d.render(Lang::En))
        .collect()
}

#[test]
fn a_version_1_file_loads_with_none_of_the_new_fields() {
    let program = program(GOOD);
    assert_eq!((program.next, program.warm_up), (None, None));
    for exercise in &program.exercises {
        assert_eq!(exercise.side_words, None);
        assert!(exercise.levels.iter().all(|level| level.sides.is_none()));
    }
}

#[test]
fn next_and_warm_up_are_read() {
    let source = with(
        "    prepare_secs: 5,",
        "    next: \"lower-back\",\n    warm_up: \"warm-up\",\n    prepare_secs: 5,",
    );
    let program = program(&source);
    assert_eq!(program.next.as_deref(), Some("lower-back"));
    assert_eq!(program.warm_up.as_deref(), Some("warm-up"));
}

#[test]
fn next_and_warm_up_must_be_ids() {
    let source = with(
        "    prepare_secs: 5,",
        "    next: \"Lower Back\",\n    prepare_secs: 5,",
    );
    assert_eq!(
        only_error(&source),
        "test.ron:4:11: the id \"Lower Back\" may only use small letters a–z, digits and dashes (like \"my-program\")"
    );
    let source = with(
        "    prepare_secs: 5,",
        "    warm_up: \"\",\n    prepare_secs: 5,",
    );
    assert!(only_error(&source).starts_with("test.ron:4:14: the id \"\""));
}

#[test]
fn a_level_of_its_own_sides_is_laid_out_with_them() {
    // The bridge is done with both legs at level 1 and each leg alone at level 2.
    let source = with(
        "Level(sets: 3, reps: 12,",
        "Level(sides: EachSide, sets: 3, reps: 12,",
    );
    let program = program(&source);
    let bridge = &program.exercises[0];
    assert_eq!(bridge.sides_at(&bridge.levels[0]), Sides::None);
    assert_eq!(bridge.sides_at(&bridge.levels[1]), Sides::EachSide);
    let switches = |level| {
        Timeline::new(&program, level)
            .unwrap()
            .steps
            .iter()
            .filter(|step| step.exercise == 0 && matches!(step.part, Part::Switch { .. }))
            .count()
    };
    assert_eq!((switches(1), switches(2)), (0, 3));
    let length = SessionLength::of(&program, 2).unwrap();
    assert_eq!(length.exercises[0].executions_per_set, 24);
    // 5 prepare + 3 sets × (24 × 3 s + 3 s switch) + 2 rests × 30 s
    assert_eq!(length.exercises[0].secs, 5.0 + 3.0 * (72.0 + 3.0) + 60.0);
}

#[test]
fn side_words_name_the_sides() {
    let source = with(
        "sides: EachSide,",
        r#"sides: EachSide,
            side_words: ({"en": "lying on your left side", "da": "liggende på venstre side", "nb": "liggende på venstre side"},
                         {"en": "lying on your right side", "da": "liggende på højre side", "nb": "liggende på høyre side"}),"#,
    );
    let program = program(&source);
    let clamshell = &program.exercises[1];
    assert_eq!(
        clamshell.side_name(Side::Left, Lang::En),
        "lying on your left side"
    );
    assert_eq!(
        clamshell.side_name(Side::Right, Lang::Da),
        "liggende på højre side"
    );
    let bridge = &program.exercises[0];
    assert_eq!(bridge.side_name(Side::Right, Lang::Nb), "høyre side");
}

#[test]
fn side_words_without_sides_are_a_warning() {
    let source = with(
        r#"purpose: {"en": "Glutes""#,
        r#"side_words: ("on the left", "on the right"),
            purpose: {"en": "Glutes""#,
    );
    let loaded = load_str(&source, "test.ron");
    assert!(loaded.program.is_some());
    assert_eq!(
        messages(&source),
        [
            "test.ron:10:26: warning: exercise \"bridge\": side_words has no Danish or Norwegian",
            "test.ron:10:41: warning: exercise \"bridge\": side_words has no Danish or Norwegian",
            "test.ron:10:25: warning: exercise \"bridge\": side_words are never shown: no level of this exercise is done on both sides",
        ]
    );
    // A level done on both sides uses them.
    let source = source.replace(
        "Level(sets: 3, reps: 12,",
        "Level(sides: Alternate, sets: 3, reps: 12,",
    );
    assert_eq!(messages(&source).len(), 2);
}

#[test]
fn links_to_known_programs_are_clean() {
    let warm_up = program(&GOOD.replace(r#"id: "test""#, r#"id: "warm-up""#));
    let next = program(&GOOD.replace(r#"id: "test""#, r#"id: "lower-back""#));
    let source = with(
        "    prepare_secs: 5,",
        "    next: \"lower-back\",\n    warm_up: \"warm-up\",\n    prepare_secs: 5,",
    );
    let loaded = linked(&source, &[&warm_up, &next], Severity::Error);
    assert_eq!(rendered(&loaded), Vec::<String>::new());
    assert!(loaded.program.is_some());
}

#[test]
fn an_unknown_next_is_a_warning() {
    let source = with(
        "    prepare_secs: 5,",
        "    next: \"nowhere\",\n    prepare_secs: 5,",
    );
    let loaded = linked(&source, &[], Severity::Error);
    assert_eq!(
        rendered(&loaded),
        [
            "test.ron:4:11: warning: next names the program \"nowhere\", which is not known; no program is suggested after this one"
        ]
    );
    assert!(loaded.program.is_some());
}

#[test]
fn an_unknown_warm_up_is_an_error_when_shipped_and_a_warning_when_the_users() {
    let source = with(
        "    prepare_secs: 5,",
        "    warm_up: \"nowhere\",\n    prepare_secs: 5,",
    );
    let message = "test.ron:4:14: warm_up names the program \"nowhere\", which is not known; sessions run without a warm-up";
    let shipped = linked(&source, &[], Severity::Error);
    assert_eq!(rendered(&shipped), [message]);
    assert!(shipped.program.is_none());
    let users = linked(&source, &[], Severity::Warning);
    assert_eq!(
        rendered(&users),
        [message.replace("4:14: ", "4:14: warning: ")]
    );
    assert!(users.program.is_some());
}

#[test]
fn a_warm_up_with_a_warm_up_of_its_own_is_an_error() {
    let warm_up = program(&GOOD.replace(r#"id: "test""#, r#"id: "warm-up""#).replace(
        "    prepare_secs: 5,",
        "    warm_up: \"other\",\n    prepare_secs: 5,",
    ));
    let source = with(
        "    prepare_secs: 5,",
        "    warm_up: \"warm-up\",\n    prepare_secs: 5,",
    );
    let loaded = linked(&source, &[&warm_up], Severity::Warning);
    assert_eq!(
        rendered(&loaded),
        [
            "test.ron:4:14: the warm-up \"warm-up\" names a warm-up of its own (\"other\"); a warm-up cannot have one"
        ]
    );
    assert!(loaded.program.is_none());
    // A program cannot be its own warm-up either.
    let source = with(
        "    prepare_secs: 5,",
        "    warm_up: \"test\",\n    prepare_secs: 5,",
    );
    assert!(linked(&source, &[], Severity::Warning).program.is_none());
}

#[test]
fn the_catalog_checks_the_links_of_the_users_programs() {
    let mut missing = load_str(
        &with(
            "    prepare_secs: 5,",
            "    warm_up: \"nowhere\",\n    prepare_secs: 5,",
        ),
        "mine.ron",
    );
    missing.path = Some("mine.ron".into());
    let mut nested = load_str(
        &GOOD.replace(r#"id: "test""#, r#"id: "nested""#).replace(
            "    prepare_secs: 5,",
            "    warm_up: \"test\",\n    prepare_secs: 5,",
        ),
        "nested.ron",
    );
    nested.path = Some("nested.ron".into());
    let catalog = Catalog::new(Vec::new(), vec![missing, nested]);
    let ids: Vec<&str> = catalog.programs().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["test"], "a missing warm-up is only a warning");
    let problems: Vec<String> = catalog
        .problems
        .iter()
        .map(|d| d.render(Lang::En))
        .collect();
    assert_eq!(
        problems,
        [
            "nested.ron:4:14: the warm-up \"test\" names a warm-up of its own (\"nowhere\"); a warm-up cannot have one"
        ]
    );
}
#[test]
fn the_shipped_links_hold() {
    let shipped: Vec<Program> = built_in().into_iter().filter_map(|l| l.program).collect();
    let id = |id: &str| shipped.iter().find(|p| p.id == id).unwrap();
    assert_eq!(id("gentle-start").next.as_deref(), Some("lower-back"));
    assert_eq!(id("lower-back").warm_up.as_deref(), Some("warm-up"));
    assert_eq!(id("warm-up").levels(), 1);
    assert_eq!(id("everyday").levels(), 4);
}
