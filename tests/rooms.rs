//! The rules of the house that a compiler cannot keep: every sentence lives in the words
//! (`core/src/words`), and the app's model (`src/app`) and the report (`src/report`) are as pure
//! as the core — they import nothing of the shell, the keys or the terminal, and read no clock, file
//! or environment. (The core is its own crate, so its own rule is kept by its `Cargo.toml`.)

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

/// What the model may not name outside its tests: the shell, the key table (which knows the
/// terminal's key events), the terminal crates, and the ways to read a clock, a file or the
/// environment.
const NOT_IN_THE_MODEL: [&str; 9] = [
    "crate::shell",
    "crate::keys",
    "crossterm",
    "ratatui",
    "std::fs",
    "std::env",
    "Instant::now",
    "SystemTime::now",
    "Timestamp::now",
];

#[test]
fn the_model_imports_nothing_of_the_shell_and_reads_no_clock() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/app"), &mut files);
    assert!(files.len() > 10, "the model was not found under {root:?}");
    // The report's page is worked out as purely as the model: `cli::report` reads and writes.
    rust_files(&root.join("src/report"), &mut files);
    let mut found = Vec::new();
    for file in files
        .iter()
        .filter(|f| !f.to_string_lossy().contains("test"))
    {
        let text = fs::read_to_string(file).unwrap();
        // A file's own unit tests may use the shell's helpers; the model's code may not.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (index, line) in code.lines().enumerate() {
            if let Some(name) = NOT_IN_THE_MODEL.iter().find(|name| line.contains(*name)) {
                let file = file.strip_prefix(root).unwrap().display();
                found.push(format!("{file}:{}: {name}: {}", index + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "the model names what belongs to the shell:\n{}",
        found.join("\n")
    );
}
