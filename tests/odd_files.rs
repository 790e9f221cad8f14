//! Files that are not ordinary files, or not quite: pipes, devices, folders and links where a
//! program or the history is expected, and files that start with a byte-order mark. The real
//! binary reads them from a temporary data folder.

use std::fs;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

const PROGRAM: &str = r#"Program(id: "mine", title: "Mine", exercises: [Exercise(id: "tilt", name: "Tilt", purpose: "Back", steps: [], levels: [Level(sets: 1, reps: 3, rest_secs: 0, tempo: [Phase(kind: Move, secs: 1)])])])"#;

/// Runs ryg on `data` in English. A run that does not end within a minute is stopped and fails
/// the test: that is the hang these tests are about, not a measure of speed.
fn ryg(data: &Path, args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ryg"))
        .arg("--data-dir")
        .arg(data)
        .args(["--lang", "en"])
        .args(args)
        .env("TZ", "UTC")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ryg starts");
    let began = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if began.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("ryg {args:?} did not end: it waits on a file that is not a file");
        }
        sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn make_fifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success());
}

/// A programs folder with one good program and every kind of `*.ron` that is not a file.
fn odd_programs_folder(data: &Path) -> std::path::PathBuf {
    let folder = data.join("programs");
    fs::create_dir_all(folder.join("folder.ron")).unwrap();
    fs::write(folder.join("mine.ron"), PROGRAM).unwrap();
    make_fifo(&folder.join("pipe.ron"));
    symlink(folder.join("nothing-here"), folder.join("gone.ron")).unwrap();
    symlink(folder.join("loop-b.ron"), folder.join("loop-a.ron")).unwrap();
    symlink(folder.join("loop-a.ron"), folder.join("loop-b.ron")).unwrap();
    folder
}

fn expected_skips(folder: &Path) -> Vec<String> {
    [
        ("folder.ron", "it is a folder, not a file"),
        ("gone.ron", "it is a link to a file that does not exist"),
        (
            "loop-a.ron",
            "it is a link that leads round in a circle of links",
        ),
        (
            "loop-b.ron",
            "it is a link that leads round in a circle of links",
        ),
        ("pipe.ron", "it is a pipe (FIFO), not a file"),
    ]
    .iter()
    .map(|(name, why)| format!("{}: skipped: {why}", folder.join(name).display()))
    .collect()
}

#[test]
fn programs_names_every_ron_in_the_folder_that_is_not_a_file() {
    let data = tempfile::tempdir().unwrap();
    let folder = odd_programs_folder(data.path());
    let run = ryg(data.path(), &["programs"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(text(&run.stdout).contains("mine"), "{}", text(&run.stdout));
    let err = text(&run.stderr);
    assert_eq!(err.lines().collect::<Vec<_>>(), expected_skips(&folder));
}

#[test]
fn check_of_a_folder_names_every_ron_that_is_not_a_file() {
    let data = tempfile::tempdir().unwrap();
    let folder = odd_programs_folder(data.path());
    let run = ryg(data.path(), &["check", folder.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(1));
    let out = text(&run.stdout);
    for skipped in expected_skips(&folder) {
        assert!(out.lines().any(|line| line == skipped), "{skipped}\n{out}");
    }
    assert!(out.contains("mine.ron: ok"), "{out}");
}

#[test]
fn a_pipe_named_as_a_program_is_refused_at_once() {
    let data = tempfile::tempdir().unwrap();
    let pipe = data.path().join("pipe.ron");
    make_fifo(&pipe);
    let run = ryg(data.path(), &["check", pipe.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(1));
    assert_eq!(
        text(&run.stdout),
        format!(
            "{}: skipped: it is a pipe (FIFO), not a file\n",
            pipe.display()
        )
    );
}

#[test]
fn a_history_that_is_a_pipe_or_a_device_is_refused_at_once() {
    let data = tempfile::tempdir().unwrap();
    let history = data.path().join("history.ron");
    make_fifo(&history);
    let run = ryg(data.path(), &["status"]);
    assert_eq!(run.status.code(), Some(1), "{}", text(&run.stderr));
    let expected = format!(
        "could not read the history file {}: it is a pipe (FIFO), not a file",
        history.display()
    );
    assert!(
        text(&run.stderr).contains(&expected),
        "{}",
        text(&run.stderr)
    );
    fs::remove_file(&history).unwrap();
    symlink("/dev/zero", &history).unwrap();
    let run = ryg(data.path(), &["status"]);
    assert_eq!(run.status.code(), Some(1), "{}", text(&run.stderr));
    assert!(
        text(&run.stderr).contains("it is a device, not a file"),
        "{}",
        text(&run.stderr)
    );
}

#[test]
fn a_history_starting_with_a_byte_order_mark_reads_normally() {
    let data = tempfile::tempdir().unwrap();
    let lines = [
        r#"Screening(at: "2026-11-20T07:58:12Z", clear: true)"#,
        r#"Session(started: "2026-11-20T08:00:00Z", finished: "2026-11-20T08:17:40Z", program: "lower-back", level: 2, completed: true, reps_done: 96, reps_planned: 96, pain_before: 3, pain_after: Some(4))"#,
    ];
    fs::write(
        data.path().join("history.ron"),
        format!("\u{feff}{}\n", lines.join("\n")),
    )
    .unwrap();
    let run = ryg(data.path(), &["history", "--format", "csv"]);
    assert_eq!(text(&run.stderr), "");
    assert_eq!(run.status.code(), Some(0));
    assert!(
        text(&run.stdout).contains("2026-11-20"),
        "{}",
        text(&run.stdout)
    );
}

#[test]
fn a_program_starting_with_a_byte_order_mark_reads_normally() {
    let data = tempfile::tempdir().unwrap();
    let path = data.path().join("bom.ron");
    fs::write(&path, format!("\u{feff}{PROGRAM}")).unwrap();
    let run = ryg(data.path(), &["check", path.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stdout));
}
