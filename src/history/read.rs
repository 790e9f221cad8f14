//! Reading the history journal tolerantly: every readable line counts, every other one is reported.

use std::fmt;
use std::io;
use std::path::Path;

use super::error::HistoryError;
use super::record::Record;
use super::wire::parse_line;

/// The name a history read from text, not from a file, is reported under.
const FILE_NAME: &str = "history.ron";

/// Everything that could be read from the history file, oldest first, and what could not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    pub records: Vec<Record>,
    pub skipped: Vec<SkippedLine>,
}

/// A line that was left in place because it could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedLine {
    /// The history file's name (not its full path), as the message shows it.
    pub file: String,
    /// 1-based, as an editor counts lines.
    pub line: usize,
    pub why: String,
}

impl fmt::Display for SkippedLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: skipped: {}", self.file, self.line, self.why)
    }
}

impl History {
    /// Reads the journal's text; lines are reported as coming from `history.ron`.
    pub fn parse(text: &str) -> History {
        parse_bytes(text.as_bytes(), FILE_NAME)
    }

    /// Reads the history file. A file that does not exist yet is an empty history.
    pub fn read(path: &Path) -> Result<History, HistoryError> {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(History::default()),
            Err(source) => {
                return Err(HistoryError::Read {
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        let file = path
            .file_name()
            .map_or_else(|| FILE_NAME.into(), |name| name.to_string_lossy());
        Ok(parse_bytes(&bytes, &file))
    }
}

/// Works on bytes so that one line of broken UTF-8 costs that line only, not the whole file.
fn parse_bytes(bytes: &[u8], file: &str) -> History {
    let mut history = History::default();
    let torn = !bytes.is_empty() && !bytes.ends_with(b"\n");
    let lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
    let last = lines.len();
    for (index, raw) in lines.into_iter().enumerate() {
        let number = index + 1;
        let read = match std::str::from_utf8(raw) {
            Ok(line) if line.trim().is_empty() => continue,
            Ok(line) => parse_line(line),
            Err(_) => Err("the line is not valid UTF-8 text".to_string()),
        };
        match read {
            Ok(record) => history.records.push(record),
            Err(why) => {
                // A last line without its line break was most likely cut short by a write that
                // never finished; saying so helps a user who opens the file to look.
                let why = if torn && number == last {
                    format!("the last line is cut short (it has no line break): {why}")
                } else {
                    why
                };
                history.skipped.push(SkippedLine {
                    file: file.to_string(),
                    line: number,
                    why,
                });
            }
        }
    }
    history
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::{FollowUp, Morning, Screening};

    const SCREENING: &str = r#"Screening(at: "2026-11-20T07:58:12Z", clear: true)"#;
    const SESSION: &str = r#"Session(started: "2026-11-20T08:00:00Z", finished: "2026-11-20T08:17:40Z", program: "lower-back", level: 2, completed: true, reps_done: 96, reps_planned: 96, pain_before: 3, pain_after: Some(4))"#;
    const FOLLOW_UP: &str = r#"FollowUp(session: "2026-11-20T08:00:00Z", morning: Worse)"#;

    fn lines(lines: &[&str]) -> String {
        lines.iter().map(|line| format!("{line}\n")).collect()
    }

    #[test]
    fn reads_the_contract_example() {
        let history = History::parse(&lines(&[SCREENING, SESSION, FOLLOW_UP]));
        assert_eq!(history.skipped, []);
        assert_eq!(history.records.len(), 3);
        assert_eq!(
            history.records[0],
            Record::Screening(Screening {
                at: "2026-11-20T07:58:12Z".parse().unwrap(),
                clear: true
            })
        );
        assert_eq!(
            history.records[2],
            Record::FollowUp(FollowUp {
                session: "2026-11-20T08:00:00Z".parse().unwrap(),
                morning: Morning::Worse
            })
        );
    }

    #[test]
    fn unknown_fields_are_ignored_and_field_order_is_free() {
        let newer = r#"Session(note: "felt fine", pain_after: Some(4), pain_before: 3, reps_planned: 96, reps_done: 96, completed: true, level: 2, program: "lower-back", finished: "2026-11-20T08:17:40Z", started: "2026-11-20T08:00:00Z", heart: (rate: [70, 90], zone: Some(Low)))"#;
        let expected = History::parse(&lines(&[SESSION]));
        assert_eq!(History::parse(&lines(&[newer])), expected);
        assert_eq!(expected.skipped, []);
    }

    #[test]
    fn blank_lines_are_ignored_and_do_not_shift_line_numbers() {
        let text = format!("\n{SCREENING}\n   \n\ngarbage\n{SESSION}\n\n");
        let history = History::parse(&text);
        assert_eq!(history.records.len(), 2);
        assert_eq!(history.skipped.len(), 1);
        assert_eq!(history.skipped[0].line, 5);
    }

    #[test]
    fn an_unknown_kind_of_record_is_skipped_with_a_plain_reason() {
        let text = lines(&[
            SCREENING,
            r#"Weight(at: "2026-11-20T08:00:00Z", kg: 80)"#,
            SESSION,
        ]);
        let history = History::parse(&text);
        assert_eq!(history.records.len(), 2);
        assert_eq!(
            history.skipped[0].to_string(),
            "history.ron:2: skipped: unknown kind of record `Weight` (written by a newer version of ryg?)"
        );
    }

    #[test]
    fn garbage_is_reported_with_its_line_number_and_the_rest_is_read() {
        let text = lines(&[
            SCREENING,
            SESSION,
            "Session(started: oops",
            "\u{1F600}",
            FOLLOW_UP,
        ]);
        let history = History::parse(&text);
        assert_eq!(history.records.len(), 3);
        let numbers: Vec<usize> = history.skipped.iter().map(|s| s.line).collect();
        assert_eq!(numbers, [3, 4]);
        for skipped in &history.skipped {
            assert!(!skipped.why.is_empty());
            assert!(
                skipped
                    .to_string()
                    .starts_with(&format!("history.ron:{}: skipped: ", skipped.line))
            );
        }
    }

    #[test]
    fn a_torn_last_line_is_reported_not_dropped() {
        let torn = &SESSION[..60];
        let text = format!("{SCREENING}\n{torn}");
        let history = History::parse(&text);
        assert_eq!(history.records.len(), 1);
        assert_eq!(history.skipped.len(), 1);
        assert_eq!(history.skipped[0].line, 2);
        assert!(
            history.skipped[0].why.contains("cut short"),
            "{}",
            history.skipped[0]
        );
    }

    #[test]
    fn a_complete_last_line_without_a_line_break_is_still_read() {
        let history = History::parse(&format!("{SCREENING}\n{SESSION}"));
        assert_eq!(history.records.len(), 2);
        assert_eq!(history.skipped, []);
    }

    #[test]
    fn a_missing_field_is_named() {
        let text = lines(&[r#"Screening(at: "2026-11-20T07:58:12Z")"#]);
        let history = History::parse(&text);
        assert!(
            history.skipped[0].why.contains("clear"),
            "{}",
            history.skipped[0]
        );
    }

    #[test]
    fn broken_utf8_costs_only_its_line() {
        let mut bytes = lines(&[SCREENING]).into_bytes();
        bytes.extend_from_slice(b"\xff\xfe\n");
        bytes.extend_from_slice(lines(&[SESSION]).as_bytes());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.ron");
        std::fs::write(&path, bytes).unwrap();
        let history = History::read(&path).unwrap();
        assert_eq!(history.records.len(), 2);
        assert_eq!(
            history.skipped[0].to_string(),
            "journal.ron:2: skipped: the line is not valid UTF-8 text"
        );
    }

    #[test]
    fn a_missing_file_is_an_empty_history() {
        let dir = tempfile::tempdir().unwrap();
        let history = History::read(&dir.path().join("history.ron")).unwrap();
        assert_eq!(history, History::default());
    }

    #[test]
    fn a_folder_in_place_of_the_file_is_an_error_naming_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let error = History::read(dir.path()).unwrap_err();
        assert!(
            error
                .to_string()
                .contains(&dir.path().display().to_string()),
            "{error}"
        );
    }
}
