//! Reading the history journal tolerantly: every readable line counts, every other one is reported.

use std::fmt;

use crate::words::Lang;

use super::record::Record;
use super::unreadable::Unreadable;
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
    pub why: Unreadable,
}

/// The English form that docs/history-format.md shows.
impl fmt::Display for SkippedLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl History {
    /// Reads the journal's text; lines are reported as coming from `history.ron`.
    pub fn parse(text: &str) -> History {
        parse_bytes(text.as_bytes(), FILE_NAME)
    }

    /// Reads the journal's bytes, as read from the file named `file` (its name, not its path,
    /// which the messages about skipped lines show).
    pub fn from_bytes(bytes: &[u8], file: &str) -> History {
        parse_bytes(bytes, file)
    }
}

/// Works on bytes so that one line of broken UTF-8 costs that line only, not the whole file.
fn parse_bytes(bytes: &[u8], file: &str) -> History {
    // Some editors start a UTF-8 file with a byte-order mark; it is not part of the first line.
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let mut history = History::default();
    let torn = !bytes.is_empty() && !bytes.ends_with(b"\n");
    let lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
    let last = lines.len();
    for (index, raw) in lines.into_iter().enumerate() {
        let number = index + 1;
        let read = match std::str::from_utf8(raw) {
            Ok(line) if line.trim().is_empty() => continue,
            Ok(line) => parse_line(line),
            Err(_) => Err(Unreadable::NotUtf8),
        };
        match read {
            Ok(Some(record)) => history.records.push(record),
            // A record of a newer version: kept in the file, not counted, not reported.
            Ok(None) => {}
            Err(why) => {
                // A last line without its line break was most likely cut short by a write that
                // never finished; saying so helps a user who opens the file to look. A reason a
                // cut cannot cause is still told as it is.
                let why = if torn && number == last && why.may_be_a_cut() {
                    Unreadable::CutShort
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
    use crate::journal::{FollowUp, Morning, Screening};

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
                clear: true,
                clinician: false
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
        assert_eq!(
            history.skipped[0].why,
            Unreadable::UnknownKind {
                found: "garbage".to_string()
            }
        );
    }

    #[test]
    fn a_record_of_a_newer_version_is_skipped_silently() {
        let text = lines(&[
            SCREENING,
            r#"Weight(started: "2026-12-01T08:00:00Z", kg: 80, days: [Mon, Thu])"#,
            SESSION,
            r#"Badge(at: "2026-12-01T08:05:00Z", name: "first-week", note: None)"#,
            FOLLOW_UP,
        ]);
        let history = History::parse(&text);
        assert_eq!(history.skipped, []);
        assert_eq!(
            history,
            History::parse(&lines(&[SCREENING, SESSION, FOLLOW_UP]))
        );
    }

    #[test]
    fn the_course_records_of_version_2_are_read() {
        let text = lines(&[
            r#"Course(started: "2026-12-01T08:00:00Z", program: "lower-back", weekdays: [Mon, Thu], weeks: 8, goals: ["Lift my grandchild"])"#,
            r#"Measure(at: "2026-12-08T07:55:00Z", course: "2026-12-01T08:00:00Z", point: Week(1), pain_week: 5, goals: [3])"#,
            r#"CourseStopped(at: "2026-12-20T10:00:00Z", course: "2026-12-01T08:00:00Z")"#,
            r#"Learned(at: "2026-12-01T08:05:00Z", module: "pain-is-an-alarm", plan: None)"#,
        ]);
        let history = History::parse(&text);
        assert_eq!(history.skipped, []);
        assert!(matches!(
            history.records[..],
            [
                Record::Course(_),
                Record::Measure(_),
                Record::CourseStopped(_),
                Record::Learned(_)
            ]
        ));
    }

    #[test]
    fn a_line_that_is_no_record_is_skipped_with_a_plain_reason() {
        let text = lines(&[SCREENING, "Weight: 80 kg", SESSION]);
        let history = History::parse(&text);
        assert_eq!(history.records.len(), 2);
        assert_eq!(
            history.skipped[0].to_string(),
            "history.ron:2: skipped: unknown kind of record `Weight`; a newer version of ryg may have written it"
        );
    }

    #[test]
    fn a_skipped_line_is_told_in_the_users_language() {
        let history = History::parse(&lines(&[SCREENING, "Weight"]));
        let skipped = &history.skipped[0];
        assert_eq!(skipped.render(Lang::En), skipped.to_string());
        assert_eq!(
            skipped.render(Lang::Da),
            "history.ron:2: sprunget over: ukendt slags registrering `Weight`; en nyere version af ryg har måske skrevet den"
        );
        assert_eq!(
            skipped.render(Lang::Nb),
            "history.ron:2: hoppet over: ukjent type registrering `Weight`; en nyere versjon av ryg kan ha skrevet den"
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
        let reasons: Vec<&Unreadable> = history.skipped.iter().map(|s| &s.why).collect();
        assert_eq!(
            reasons,
            [
                &Unreadable::NotARecord { column: 18 },
                &Unreadable::NotARecord { column: 1 }
            ]
        );
        for skipped in &history.skipped {
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
        assert_eq!(history.skipped[0].why, Unreadable::CutShort);
    }

    #[test]
    fn a_cut_is_recognised_wherever_the_line_stops() {
        // Every way a write can stop partway: inside the kind, a text, a word, a value, an
        // option, and between two bytes of one character.
        let session = SESSION.replace("lower-back", "ryg-øvelser");
        let cut_points = [4, 30, 105, 112, session.len() - 9, session.len() - 1];
        for cut in cut_points
            .into_iter()
            .chain([session.find('ø').unwrap() + 1])
        {
            let mut bytes = lines(&[SCREENING]).into_bytes();
            bytes.extend_from_slice(&session.as_bytes()[..cut]);
            let history = parse_bytes(&bytes, FILE_NAME);
            assert_eq!(history.records.len(), 1, "cut at {cut}");
            let reasons: Vec<&Unreadable> = history.skipped.iter().map(|s| &s.why).collect();
            assert_eq!(reasons, [&Unreadable::CutShort], "cut at {cut}");
        }
    }

    #[test]
    fn a_last_line_that_no_cut_explains_keeps_its_own_reason() {
        let level_zero = SESSION.replace("level: 2", "level: 0");
        let history = History::parse(&format!("{SCREENING}\n{level_zero}"));
        assert_eq!(
            history.skipped[0].why,
            Unreadable::OutOfRange {
                field: "level",
                value: 0,
                lowest: 1,
                highest: None
            }
        );
        let missing = History::parse(r#"Screening(at: "2026-11-20T07:58:12Z")"#);
        assert_eq!(
            missing.skipped[0].why,
            Unreadable::MissingField { field: "clear" }
        );
        // The same unreadable line in the middle of the file is not called cut short.
        let middle = History::parse(&format!("{}\n{SCREENING}\n", &SESSION[..60]));
        assert_eq!(middle.skipped[0].why, Unreadable::NotARecord { column: 52 });
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
        assert_eq!(
            history.skipped[0].why,
            Unreadable::MissingField { field: "clear" }
        );
        assert_eq!(
            history.skipped[0].to_string(),
            "history.ron:1: skipped: the field `clear` is missing"
        );
    }

    #[test]
    fn broken_utf8_costs_only_its_line() {
        let mut bytes = lines(&[SCREENING]).into_bytes();
        bytes.extend_from_slice(b"\xff\xfe\n");
        bytes.extend_from_slice(lines(&[SESSION]).as_bytes());
        let history = History::from_bytes(&bytes, "journal.ron");
        assert_eq!(history.records.len(), 2);
        assert_eq!(
            history.skipped[0].to_string(),
            "journal.ron:2: skipped: the line is not readable text (it is not valid UTF-8)"
        );
        assert_eq!(history.skipped[0].why, Unreadable::NotUtf8);
    }
}
