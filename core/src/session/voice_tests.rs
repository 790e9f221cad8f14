//! The phrase timeline: a whole session's phrases in each language, none running into the next.

use std::time::Duration;

use super::*;
use crate::program::{Catalog, Program, built_in, load_str};
use crate::session::{Plan, Timeline};

fn program(source: &str) -> Program {
    let loaded = load_str(source, "test.ron");
    loaded
        .program
        .unwrap_or_else(|| panic!("{:?}", loaded.diagnostics))
}

/// A 5 s get-ready and a 4 s switch; a clamshell done on each side in its own words, 2 sets of
/// 2 with a 20 s rest; then a bridge, 1 set of 3.
const SHORT: &str = r#"Program(id: "short", title: "Short", prepare_secs: 5, switch_secs: 4,
    exercises: [
    Exercise(id: "clam", name: {"en": "Clamshell", "da": "Musling", "nb": "Musling"}, purpose: "p",
        steps: [], sides: EachSide,
        side_words: ({"en": "lying on your left side", "da": "liggende på venstre side", "nb": "liggende på venstre side"},
                     {"en": "lying on your right side", "da": "liggende på højre side", "nb": "liggende på høyre side"}),
        levels: [Level(sets: 2, reps: 2, rest_secs: 20, tempo: [Phase(kind: Move, secs: 3), Phase(kind: Return, secs: 2)])]),
    Exercise(id: "bridge", name: {"en": "Bridge", "da": "Bro", "nb": "Bro"}, purpose: "p", steps: [],
        levels: [Level(sets: 1, reps: 3, rest_secs: 0, tempo: [Phase(kind: Move, secs: 4)])]),
    ])"#;

fn said(source: &str, lang: Lang, length: impl Fn(&str) -> Duration) -> Vec<(f64, String)> {
    let plan = Plan::of(&program(source), 1).unwrap();
    let timeline = Timeline::of(&plan).unwrap();
    phrases(&plan, &timeline, lang, length)
        .iter()
        .map(|phrase| (phrase.at.as_secs_f64(), phrase.text().to_string()))
        .collect()
}

fn second(_: &str) -> Duration {
    Duration::from_secs(1)
}

fn owned(list: &[(f64, &str)]) -> Vec<(f64, String)> {
    list.iter()
        .map(|&(at, text)| (at, text.to_string()))
        .collect()
}

// Clamshell: get ready 0–5; set 1: left 5–15, switch 15–19, right 19–29; rest 29–49; set 2: left
// 49–59 (each rep 3 s up, 2 s back), switch 59–63, right 63–73. Bridge: get ready 73–78, reps 78, 82, 86; ends at 90.
#[test]
fn a_whole_session_in_english() {
    let expected = [
        (0.0, "Next: Clamshell, 2 sets of 2 on each side."),
        (5.0, "Lying on your left side."),
        (10.0, "Last one."),
        (15.0, "Lying on your right side."),
        (24.0, "Last one."),
        (29.0, "Rest, 20 seconds."),
        (49.0, "Set 2 of 2, lying on your left side."),
        (52.0, "Halfway."),
        (54.0, "Last one."),
        (59.0, "Lying on your right side."),
        (68.0, "Last one."),
        (73.0, "Next: Bridge, 3 times."),
        (86.0, "Last one."),
        (90.0, "Session done."),
    ];
    assert_eq!(said(SHORT, Lang::En, second), owned(&expected));
}

#[test]
fn a_whole_session_in_danish_and_norwegian() {
    let danish = said(SHORT, Lang::Da, second);
    let texts: Vec<&str> = danish.iter().map(|(_, text)| text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Næste: Musling, 2 sæt med 2 på hver side.",
            "Liggende på venstre side.",
            "Den sidste.",
            "Liggende på højre side.",
            "Den sidste.",
            "Pause, 20 sekunder.",
            "Sæt 2 af 2, liggende på venstre side.",
            "Halvvejs.",
            "Den sidste.",
            "Liggende på højre side.",
            "Den sidste.",
            "Næste: Bro, 3 gange.",
            "Den sidste.",
            "Træningen er slut.",
        ]
    );
    let norwegian = said(SHORT, Lang::Nb, second);
    assert_eq!(norwegian[0].1, "Neste: Musling, 2 sett med 2 på hver side.");
    assert_eq!(norwegian[6].1, "Sett 2 av 2, liggende på venstre side.");
    assert_eq!(norwegian.last().unwrap().1, "Økten er ferdig.");
    let moments = |list: &[(f64, String)]| list.iter().map(|(at, _)| *at).collect::<Vec<_>>();
    assert_eq!(moments(&danish), moments(&norwegian));
}

#[test]
fn without_side_words_the_sides_are_left_and_right_and_the_change_is_said() {
    let plain = SHORT.replace("side_words:", "figure: None, // ").replace(
        r#"{"en": "lying on your right side", "da": "liggende på højre side", "nb": "liggende på høyre side"}),"#,
        "",
    );
    let texts: Vec<String> = said(&plain, Lang::En, second)
        .into_iter()
        .map(|(_, text)| text)
        .collect();
    assert_eq!(texts[1], "Left side.");
    assert_eq!(texts[3], "Now the right side.");
    assert_eq!(texts[6], "Set 2 of 2, left side.");
}

/// Every phrase ends a breath before the next one starts, with the lengths the timeline was made
/// with, in every shipped program at every level, in every language.
#[test]
fn no_phrase_runs_into_the_next() {
    let catalog = Catalog::new(built_in(), Vec::new());
    for entry in &catalog.entries {
        for level in 1..=entry.program.levels() {
            let plan = catalog.plan(&entry.program, level).unwrap();
            let timeline = Timeline::of(&plan).unwrap();
            for lang in Lang::ALL {
                let said = phrases(&plan, &timeline, lang, estimate);
                assert!(said.len() > 3, "{} {level}", entry.program.id);
                for pair in said.windows(2) {
                    let end = pair[0].at + estimate(pair[0].text()) + BREATH;
                    assert!(end <= pair[1].at, "{:?} runs into {:?}", pair[0], pair[1]);
                    assert_eq!(pair[0].room, Some(pair[1].at - pair[0].at - BREATH));
                }
                assert_eq!(said.last().unwrap().room, None);
                let every = every_text(&plan, &timeline, lang);
                for phrase in &said {
                    assert!(phrase.forms.iter().all(|form| every.contains(form)));
                }
            }
        }
    }
}

/// A phrase too long for the time before the next is said in its shorter form, or not at all;
/// the later phrase always keeps its place.
#[test]
fn a_phrase_that_would_run_into_the_next_is_shortened_or_dropped() {
    let plain = r#"Program(id: "p", title: "P", prepare_secs: 3, switch_secs: 2, exercises: [
        Exercise(id: "tilt", name: "Tilt", purpose: "p", steps: [],
        levels: [Level(sets: 2, reps: 1, rest_secs: 2, tempo: [Phase(kind: Move, secs: 4)])])])"#;
    // Get ready 0–3, set 1 3–7, rest 7–9, set 2 9–13, done 13.
    let per_word = |secs: u64| {
        move |text: &str| Duration::from_secs(secs * text.split_whitespace().count() as u64)
    };
    assert_eq!(
        said(plain, Lang::En, per_word(1)),
        owned(&[
            (0.0, "Next: Tilt, 2 sets of 1."),
            (7.0, "Rest."),
            (9.0, "Set 2."),
            (13.0, "Session done.")
        ])
    );
    assert_eq!(
        said(plain, Lang::En, per_word(2)),
        owned(&[
            (0.0, "Next: Tilt."),
            (7.0, "Rest."),
            (13.0, "Session done.")
        ]),
        "the set's start fits in no form, the rest only in its short one"
    );
    assert_eq!(
        said(plain, Lang::En, per_word(10)),
        owned(&[(13.0, "Session done.")])
    );
}

#[test]
fn control_characters_of_a_users_exercise_name_are_not_said() {
    let mut odd = program(SHORT);
    odd.exercises[1].name = crate::program::Text::english("Bri\u{1b}[2Jdge\n");
    let plan = Plan::of(&odd, 1).unwrap();
    let timeline = Timeline::of(&plan).unwrap();
    let texts: Vec<String> = phrases(&plan, &timeline, Lang::En, second)
        .iter()
        .map(|phrase| phrase.text().to_string())
        .collect();
    assert!(
        texts.contains(&"Next: Bri[2Jdge, 3 times.".to_string()),
        "{texts:?}"
    );
}

#[test]
fn the_estimate_grows_with_the_words() {
    assert_eq!(estimate("Halfway."), Duration::from_millis(700));
    assert_eq!(estimate("Set 2 of 3."), Duration::from_millis(1_900));
}
