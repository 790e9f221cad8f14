//! A history write on a disk that fills up half-way leaves the file as it was, and the same record
//! written again once there is room reads back whole. Needs a small tmpfs, so it mounts one when
//! the machine allows it (as root, or in a namespace that may mount) and says so when it cannot.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use ryg::shell::store::history::{append, read};
use ryg_core::journal::{History, Record, Screening};

/// A tmpfs of a few pages mounted on a temporary folder, unmounted when dropped.
struct SmallDisk {
    folder: tempfile::TempDir,
}

impl SmallDisk {
    /// `None`, with the reason printed, when mounting is not permitted here.
    fn mount() -> Option<SmallDisk> {
        let folder = tempfile::tempdir().unwrap();
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs"])
            .arg(folder.path())
            .output();
        match mounted {
            Ok(output) if output.status.success() => Some(SmallDisk { folder }),
            Ok(output) => {
                eprintln!(
                    "skipped: could not mount a small tmpfs here: {}",
                    String::from_utf8_lossy(&output.stderr).trim()
                );
                None
            }
            Err(error) => {
                eprintln!("skipped: could not run mount: {error}");
                None
            }
        }
    }

    fn path(&self) -> &Path {
        self.folder.path()
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        // Lazily, so that a file still open in a failed test cannot keep the mount behind.
        let _ = Command::new("umount").arg("-l").arg(self.path()).status();
    }
}

fn screening(n: u32) -> Record {
    Record::Screening(Screening {
        at: jiff::Timestamp::from_second(1_795_161_600 + i64::from(n)).unwrap(),
        clear: true,
        clinician: false,
    })
}

/// The session docs/history-format.md shows.
fn session() -> Record {
    let line = "Session(started: \"2026-11-20T08:00:00Z\", finished: \"2026-11-20T08:17:40Z\", \
                program: \"lower-back\", level: 2, completed: true, reps_done: 96, \
                reps_planned: 96, pain_before: 3, pain_after: Some(4))";
    History::parse(line).records.remove(0)
}

/// Writes into `path` until the disk has no room left; returns what to remove to free it.
fn fill(path: PathBuf) -> PathBuf {
    let mut filler = fs::File::create(&path).unwrap();
    let block = [b'x'; 4096];
    while filler.write_all(&block).is_ok() {}
    path
}

#[test]
fn a_full_disk_leaves_the_history_as_it_was_and_the_record_is_written_later() {
    let Some(disk) = SmallDisk::mount() else {
        return;
    };
    let history = disk.path().join("history.ron");
    // The file ends a few bytes short of a page, so the record's first bytes fit in the page the
    // file already has and the rest needs a page the full disk cannot give: a write cut short.
    let page = 4096;
    let mut n = 0;
    loop {
        append(&history, &screening(n)).unwrap();
        n += 1;
        let room = page - fs::metadata(&history).unwrap().len() % page;
        if room < 60 {
            break;
        }
    }
    let before = fs::read(&history).unwrap();
    let filler = fill(disk.path().join("filler"));

    let error = append(&history, &session()).unwrap_err();
    assert!(
        error.to_string().contains("No space left on device"),
        "{error}"
    );
    let after = fs::read(&history).unwrap();
    assert_eq!(
        String::from_utf8_lossy(after.get(before.len()..).unwrap_or_default()),
        "",
        "a failed write must take its own bytes out again"
    );
    assert!(after == before, "the history changed");

    fs::remove_file(filler).unwrap();
    append(&history, &session()).unwrap();
    let read = read(&history).unwrap();
    assert_eq!(read.skipped, []);
    assert_eq!(read.records.len(), n as usize + 1);
    assert_eq!(read.records.last(), Some(&session()));

    // And the user sees it: listed, with no line reported as skipped.
    let output = Command::new(env!("CARGO_BIN_EXE_ryg"))
        .args(["history", "--format", "csv", "--data-dir"])
        .arg(disk.path())
        .env("TZ", "UTC")
        .env("LANG", "C.UTF-8")
        .env_remove("RYG_LANG")
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    assert!(String::from_utf8_lossy(&output.stdout).contains("2026-11-20T08:00:00Z,"));
}
