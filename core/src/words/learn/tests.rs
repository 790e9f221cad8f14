use unicode_width::UnicodeWidthStr;

use super::*;
use crate::words::{CALL_NOW, Lang};

/// The screen a module must fit: 80×24 less a border, a title and a line of keys.
const SCREEN_COLUMNS: usize = 78;
const SCREEN_LINES: usize = 20;

#[test]
fn every_module_fits_one_screen_in_every_language() {
    let mut too_long = Vec::new();
    for module in &MODULES {
        for lang in Lang::ALL {
            let lines = page(module, lang, SCREEN_COLUMNS);
            if lines.len() > SCREEN_LINES {
                too_long.push(format!("{} {lang}: {} lines", module.id, lines.len()));
            }
        }
    }
    assert_eq!(too_long, Vec::<String>::new());
}

#[test]
fn every_module_ends_with_the_question_in_its_language() {
    for module in &MODULES {
        for lang in Lang::ALL {
            let lines = page(module, lang, SCREEN_COLUMNS);
            assert_eq!(
                lines.last().map(String::as_str),
                Some(TRY_THIS_WEEK.get(lang)),
                "{} {lang}",
                module.id
            );
        }
    }
}

/// Each language has its own text, of a length to read in a minute or two; a text copied from
/// English, or left short, is caught.
#[test]
fn every_module_is_written_in_every_language() {
    for module in &MODULES {
        for lang in [Lang::Da, Lang::Nb] {
            assert_ne!(
                module.text.get(lang),
                module.text.en,
                "{} {lang}",
                module.id
            );
            assert_ne!(
                module.title.get(lang),
                module.title.en,
                "{} {lang}",
                module.id
            );
        }
        for lang in Lang::ALL {
            let words = module.text.get(lang).split_whitespace().count();
            assert!(
                (100..=250).contains(&words),
                "{} {lang}: {words} words",
                module.id
            );
        }
    }
}

#[test]
fn ids_are_distinct_and_stable_in_form() {
    let mut ids: Vec<&str> = MODULES.iter().map(|m| m.id).collect();
    assert!(
        ids.iter()
            .all(|id| { !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c == '-') })
    );
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), MODULES.len());
    // The id the history format's example names.
    assert_eq!(module(2).map(|m| m.id), Some("pain-is-an-alarm"));
}

#[test]
fn modules_are_numbered_from_one_to_nine() {
    assert_eq!(module(1), Some(&MODULES[0]));
    assert_eq!(module(9), Some(&MODULES[8]));
    assert_eq!(module(0), None);
    assert_eq!(module(10), None);
}

/// Words the modules must not hold: the name of the course the seeds describe, licensed
/// questionnaires, and blame on posture or a weak core.
#[test]
fn no_module_holds_a_forbidden_word() {
    const FORBIDDEN: &[&str] = &[
        "gla:d",
        "glad ryg",
        "oswestry",
        "roland",
        "start back",
        "sf-36",
        "eq-5d",
        "fabq",
        "pseq",
        "weak core",
        "core strength",
        "svag core",
        "svag kerne",
        "svak kjerne",
        "kjernemuskulatur",
        "posture",
        "holdning",
        "holdningen",
    ];
    for module in &MODULES {
        for lang in Lang::ALL {
            let all =
                format!("{} {}", module.title.get(lang), module.text.get(lang)).to_lowercase();
            for word in FORBIDDEN {
                assert!(!all.contains(word), "{} {lang}: {word}", module.id);
            }
        }
    }
}

/// The module on warning signs gives the same numbers to call as the safety check.
#[test]
fn the_warning_signs_module_gives_the_safety_checks_numbers() {
    let signs = module(9).unwrap();
    for lang in Lang::ALL {
        let call = CALL_NOW.get(lang);
        let numbers = call
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| n.len() >= 3);
        for number in numbers {
            assert!(signs.text.get(lang).contains(number), "{lang}: {number}");
        }
    }
}

#[test]
fn wrapping_keeps_every_word_and_every_line_within_the_width() {
    let text = "Smerte er kroppens alarm, og den går i gang tidligt, længe før noget tager skade.";
    for width in [10, 20, 33, 78] {
        let lines = wrap(text, width);
        assert!(
            lines.iter().all(|line| line.width() <= width),
            "{width}: {lines:?}"
        );
        assert_eq!(lines.join(" "), text);
    }
    assert_eq!(wrap("a bb ccc", 4), ["a bb", "ccc"]);
    assert_eq!(wrap("", 10), Vec::<String>::new());
}

#[test]
fn a_word_longer_than_a_line_is_cut() {
    assert_eq!(wrap("abcdefg hi", 3), ["abc", "def", "g", "hi"]);
    assert_eq!(wrap("æøåæø", 2), ["æø", "åæ", "ø"]);
}
