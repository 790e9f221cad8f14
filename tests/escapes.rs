//! Terminal commands hidden in files — titles, labels, history lines, file names — are shown, not
//! obeyed: every command is run as a user runs it, on real files, and its output searched for them.

use std::ffi::OsStr;
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::Output;

use tempfile::TempDir;

/// Sets the clipboard (OSC 52), then the window title, then a colour through the one-byte CSI.
const ATTACK: &str = "\u{1b}]52;c;aGk=\u{7}\u{1b}]0;owned\u{7}\u{9b}31m\u{202e}";
/// The same, as a person sees it.
const SHOWN: &str = r"\u{1b}]52;c;aGk=\u{7}\u{1b}]0;owned\u{7}\u{9b}31m\u{202e}";

/// A file name with the window-title command in it (a file name may hold any byte but `/`).
const NAME_ATTACK: &str = "a\u{1b}]0;owned\u{7}.ron";
const NAME_SHOWN: &str = r"a\u{1b}]0;owned\u{7}.ron";

/// ryg run in `data` as its data folder, in English and UTC.
fn ryg(data: &Path, args: &[&OsStr]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_ryg"))
        .args(args)
        .env("RYG_DATA_DIR", data)
        .env("TZ", "UTC")
        .env("RYG_LANG", "en")
        .output()
        .expect("ryg runs")
}

fn run(data: &Path, args: &[&str]) -> Output {
    let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
    ryg(data, &args)
}

/// Both streams, after checking that neither holds a character the terminal would obey.
fn clean(output: &Output) -> (String, String) {
    assert_ne!(output.status.code(), Some(101), "ryg panicked: {output:?}");
    let text = |bytes: &[u8]| {
        let text = String::from_utf8(bytes.to_vec()).expect("output is UTF-8");
        let hidden: Vec<char> = text
            .chars()
            .filter(|&c| c != '\n' && ryg_core::visible::is_hidden(c))
            .collect();
        assert!(
            hidden.is_empty(),
            "{hidden:?} reached the terminal in {text:?}"
        );
        text
    };
    (text(&output.stdout), text(&output.stderr))
}

/// A program of one exercise with `attack` in its title, its variant name and a phase label.
fn program(id: &str, attack: &str) -> String {
    let attack = attack.escape_default();
    format!(
        r#"Program(
    id: "{id}",
    title: "Title {attack}",
    exercises: [
        Exercise(
            id: "tilt",
            name: "Tilt",
            purpose: "Purpose",
            steps: ["Step {attack}"],
            levels: [
                Level(variant: "Variant {attack}", sets: 1, reps: 2, rest_secs: 0,
                      tempo: [Phase(kind: Move, secs: 1, label: "Label {attack}"), Phase(kind: Return, secs: 1)]),
            ],
        ),
    ],
)
"#
    )
}

fn programs_folder(data: &Path) -> PathBuf {
    let folder = data.join("programs");
    fs::create_dir_all(&folder).unwrap();
    folder
}

fn session(program: &str) -> String {
    format!(
        "Session(started: \"2026-11-02T08:00:00Z\", finished: \"2026-11-02T08:10:00Z\", program: \"{}\", \
         level: 1, completed: true, reps_done: 10, reps_planned: 10, pain_before: 2, pain_after: Some(2))\n",
        program.escape_default()
    )
}

#[test]
fn programs_shows_a_title_and_a_file_name_with_their_escapes_visible() {
    let data = TempDir::new().unwrap();
    let folder = programs_folder(data.path());
    fs::write(folder.join(NAME_ATTACK), program("mine", ATTACK)).unwrap();
    let (out, err) = clean(&run(data.path(), &["programs"]));
    assert!(out.contains(&format!("Title {SHOWN}")), "{out}");
    let from = format!("mine: from {}/{NAME_SHOWN}\n", folder.display());
    assert!(out.contains(&from), "{out}");
    assert_eq!(err, "");
}

#[test]
fn plan_shows_title_variant_and_label_visibly_and_its_json_is_exact() {
    let data = TempDir::new().unwrap();
    fs::write(
        programs_folder(data.path()).join("mine.ron"),
        program("mine", ATTACK),
    )
    .unwrap();
    let (out, _) = clean(&run(data.path(), &["plan", "mine", "--level", "1"]));
    for shown in ["Title", "Variant", "Label"] {
        assert!(out.contains(&format!("{shown} {SHOWN}")), "{shown}: {out}");
    }
    let (json, _) = clean(&run(
        data.path(),
        &["plan", "mine", "--level", "1", "--json"],
    ));
    let plan: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(plan["exercises"][0]["name"], format!("Variant {ATTACK}"));
}

#[test]
fn history_table_csv_and_json_show_a_program_id_safely() {
    let data = TempDir::new().unwrap();
    let id = format!("x{ATTACK},\\");
    fs::write(data.path().join("history.ron"), session(&id)).unwrap();
    let (table, _) = clean(&run(data.path(), &["history"]));
    assert!(table.contains(&format!("x{SHOWN},\\")), "{table}");
    let (csv, _) = clean(&run(data.path(), &["history", "--format", "csv"]));
    let row = csv.lines().nth(1).unwrap();
    assert!(row.contains(&format!(",\"x{SHOWN},\\\\\",1,")), "{row}");
    let (json, _) = clean(&run(data.path(), &["history", "--format", "json"]));
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(rows[0]["program"], id);
    let (filtered, _) = clean(&run(data.path(), &["history", "--program", &id]));
    assert!(filtered.contains(&format!("x{SHOWN}")), "{filtered}");
}

#[test]
fn check_of_a_folder_names_odd_files_visibly() {
    let data = TempDir::new().unwrap();
    let folder = programs_folder(data.path());
    fs::write(folder.join(NAME_ATTACK), program("good", ATTACK)).unwrap();
    let broken = program("bad", ATTACK).replace("reps: 2", "reps: 0");
    fs::write(folder.join(format!("b{NAME_ATTACK}")), broken).unwrap();
    let output = run(data.path(), &["check", folder.to_str().unwrap()]);
    let (out, _) = clean(&output);
    assert_eq!(output.status.code(), Some(1), "{out}");
    assert!(out.contains(&format!("{NAME_SHOWN}: ok")), "{out}");
    assert!(
        out.contains(&format!("b{NAME_SHOWN}:")) && out.contains("reps is 0"),
        "{out}"
    );
}

#[test]
fn status_and_other_commands_name_a_broken_file_visibly_on_standard_error() {
    let data = TempDir::new().unwrap();
    let broken = program("bad", ATTACK).replace("reps: 2", "reps: 0");
    fs::write(programs_folder(data.path()).join(NAME_ATTACK), broken).unwrap();
    for command in [&["status"][..], &["programs"], &["plan", "lower-back"]] {
        let (_, err) = clean(&run(data.path(), command));
        assert!(err.contains(NAME_SHOWN), "{command:?}: {err}");
    }
}

#[test]
fn an_error_naming_the_data_folder_shows_it_visibly() {
    let parent = TempDir::new().unwrap();
    let data = parent.path().join(format!("data{ATTACK}"));
    // A folder where the history file should be: it cannot be read.
    fs::create_dir_all(data.join("history.ron")).unwrap();
    let output = run(&data, &["history"]);
    let (_, err) = clean(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(err.contains(&format!("data{SHOWN}")), "{err}");
}

#[test]
fn a_file_name_that_is_not_utf8_is_shown_without_a_panic() {
    let data = TempDir::new().unwrap();
    let folder = programs_folder(data.path());
    let name = OsStr::from_bytes(b"not-utf8-\xff\x1b]0;x\x07.ron");
    fs::write(
        folder.join(name),
        program("odd", "").replace("reps: 2", "reps: 0"),
    )
    .unwrap();
    let (_, err) = clean(&run(data.path(), &["programs"]));
    assert!(err.contains(r"not-utf8-�\u{1b}]0;x\u{7}.ron"), "{err}");
    let (out, _) = clean(&ryg(
        data.path(),
        &[OsStr::new("check"), folder.as_os_str()],
    ));
    assert!(out.contains(r"not-utf8-�\u{1b}]0;x\u{7}.ron"), "{out}");
    let (out, _) = clean(&ryg(
        data.path(),
        &[OsStr::new("check"), folder.join(name).as_os_str()],
    ));
    assert!(out.contains(r"not-utf8-�\u{1b}]0;x\u{7}.ron"), "{out}");
}
