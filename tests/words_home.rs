//! Every sentence lives in the words (`core/src/words`): no other source file chooses text by
//! language, so a sentence cannot be written outside the one place that has every language.

use std::fs;
use std::path::{Path, PathBuf};

/// The Rust files under `dir`, at any depth.
fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

/// Whether a line chooses by language: a `match` on the language, or an arm for one language.
fn chooses_by_language(line: &str) -> bool {
    let line = line.trim_start();
    let is_match_on_lang = line.starts_with("match ") && line.contains("lang");
    let arm = line.split_once("=>").map(|(pattern, _)| pattern);
    let is_arm_for_a_language = arm.is_some_and(|pattern| {
        ["Lang::En", "Lang::Da", "Lang::Nb"]
            .iter()
            .any(|l| pattern.contains(l))
    });
    is_match_on_lang || is_arm_for_a_language
}

#[test]
fn only_the_words_choose_text_by_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let words = root.join("core/src/words");
    let mut files = Vec::new();
    for dir in ["src", "core/src", "tests", "examples"] {
        if root.join(dir).is_dir() {
            rust_files(&root.join(dir), &mut files);
        }
    }
    assert!(
        files.len() > 50,
        "the sources were not found under {root:?}"
    );
    let mut outside = Vec::new();
    let mut inside = 0;
    for file in &files {
        let text = fs::read_to_string(file).unwrap();
        for (index, line) in text.lines().enumerate() {
            if !chooses_by_language(line) {
                continue;
            }
            if file.starts_with(&words) {
                inside += 1;
            } else {
                let file = file.strip_prefix(root).unwrap().display();
                outside.push(format!("{file}:{}: {}", index + 1, line.trim()));
            }
        }
    }
    // The words themselves choose by language, so the check is seen to find what it looks for.
    assert!(
        inside > 0,
        "no choice by language was found even in the words"
    );
    assert!(
        outside.is_empty(),
        "text chosen by language outside core/src/words; write it as a message there:\n{}",
        outside.join("\n")
    );
}
