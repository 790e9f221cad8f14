//! Two processes appending to one history file at the same time leave every line whole.

use std::path::Path;
use std::process::{Command, Stdio};

use ryg::shell::store::history::append;
use ryg_core::journal::{History, Record, SessionRecord};

const RECORDS_PER_WRITER: u32 = 1_000;
const FILE_VAR: &str = "RYG_TEST_HISTORY_FILE";
const TAG_VAR: &str = "RYG_TEST_WRITER_TAG";

fn session(tag: &str, n: u32) -> Record {
    let started = jiff::Timestamp::from_second(1_795_161_600 + i64::from(n)).unwrap();
    Record::Session(SessionRecord {
        started,
        finished: started,
        program: tag.to_string(),
        level: 1,
        completed: true,
        reps_done: n,
        reps_planned: RECORDS_PER_WRITER,
        pain_before: 2,
        pain_after: Some(3),
        stopped: None,
    })
}

/// One of the two writer processes. It only runs when `two_writers_leave_every_line_whole`
/// starts this test binary again with the file and tag in the environment.
#[test]
#[ignore = "run as a child process by two_writers_leave_every_line_whole"]
fn writer() {
    let (Ok(file), Ok(tag)) = (std::env::var(FILE_VAR), std::env::var(TAG_VAR)) else {
        return;
    };
    for n in 0..RECORDS_PER_WRITER {
        append(Path::new(&file), &session(&tag, n)).unwrap();
    }
}

#[test]
fn two_writers_leave_every_line_whole() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("history.ron");
    let me = std::env::current_exe().unwrap();
    let tags = ["writer-a", "writer-b"];

    // Both start before either is waited for, so their appends overlap.
    let children: Vec<_> = tags
        .iter()
        .map(|tag| {
            Command::new(&me)
                .args([
                    "--exact",
                    "writer",
                    "--ignored",
                    "--nocapture",
                    "--test-threads=1",
                ])
                .env(FILE_VAR, &file)
                .env(TAG_VAR, tag)
                .stdout(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }

    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.ends_with('\n'));
    assert_eq!(text.lines().count(), 2 * RECORDS_PER_WRITER as usize);
    let history = History::parse(&text);
    assert_eq!(history.skipped, []);
    for tag in tags {
        // Each writer's own lines are whole and in the order it wrote them.
        let written: Vec<u32> = history
            .records
            .iter()
            .filter_map(|record| match record {
                Record::Session(s) if s.program == tag => Some(s.reps_done),
                _ => None,
            })
            .collect();
        assert_eq!(
            written,
            (0..RECORDS_PER_WRITER).collect::<Vec<_>>(),
            "{tag}"
        );
    }
}
