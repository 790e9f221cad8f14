//! How a record is spelled on one line of `history.ron` (history-format.md, version 1).

use jiff::{RoundMode, Timestamp, TimestampRound, Unit};
use ron::ser::PrettyConfig;
use serde::{Deserialize, Serialize};

use super::error::HistoryError;
use super::record::{FollowUp, Morning, Record, Screening, SessionRecord};

/// The line as serde sees it. Kept apart from `Record` so the file format can only change here.
/// Unknown fields are ignored (serde's default) so this version reads files from newer ones.
#[derive(Serialize, Deserialize)]
enum Line {
    Screening {
        at: Timestamp,
        clear: bool,
    },
    Session {
        started: Timestamp,
        finished: Timestamp,
        program: String,
        level: u32,
        completed: bool,
        reps_done: u32,
        reps_planned: u32,
        pain_before: u8,
        #[serde(default)]
        pain_after: Option<u8>,
    },
    FollowUp {
        session: Timestamp,
        morning: MorningLine,
    },
}

#[derive(Serialize, Deserialize)]
enum MorningLine {
    Better,
    Same,
    Worse,
}

impl Record {
    /// The record as one line of `history.ron`, without the line break.
    /// Times are cut to the whole second, as the file format asks.
    pub fn to_line(&self) -> Result<String, HistoryError> {
        // `compact_structs` with no new line and no indent gives `Kind(field: value, …)` on one
        // line; string escaping stays on, so a line break inside a program id cannot split a line.
        let spelling = PrettyConfig::new()
            .compact_structs(true)
            .new_line("")
            .indentor("");
        Ok(ron::ser::to_string_pretty(&Line::from(self), spelling)?)
    }
}

/// Reads one non-blank line, or says in plain words why it cannot be read.
pub(super) fn parse_line(line: &str) -> Result<Record, String> {
    let line: Line = ron::from_str(line).map_err(|error| explain(&error))?;
    Record::try_from(line)
}

fn explain(error: &ron::error::SpannedError) -> String {
    match &error.code {
        // `Line` is the record enum; any other enum in a line is a field's value.
        ron::Error::NoSuchEnumVariant { found, outer, .. } if outer.as_deref() == Some("Line") => {
            format!("unknown kind of record `{found}` (written by a newer version of ryg?)")
        }
        ron::Error::NoSuchEnumVariant {
            found, expected, ..
        } => format!(
            "unknown value `{found}` (column {}); this version knows {}",
            error.span.start.col,
            expected.join(", ")
        ),
        code => {
            // ron's messages start with a capital; the rest of the report line does not.
            let message = code.to_string();
            let (first, rest) = message.split_at(message.chars().next().map_or(0, char::len_utf8));
            format!(
                "{}{rest} (column {})",
                first.to_lowercase(),
                error.span.start.col
            )
        }
    }
}

pub(super) fn whole_second(at: Timestamp) -> Timestamp {
    // Floor rather than toward zero so a time before 1970 does not move later. Flooring never
    // passes `Timestamp::MIN`, which is itself a whole second, so this cannot fail.
    let floor = TimestampRound::new()
        .smallest(Unit::Second)
        .mode(RoundMode::Floor);
    at.round(floor).unwrap_or(at)
}

fn pain(name: &str, value: u8) -> Result<u8, String> {
    if value <= 10 {
        Ok(value)
    } else {
        Err(format!("{name} is {value}, but pain is rated from 0 to 10"))
    }
}

impl TryFrom<Line> for Record {
    type Error = String;

    fn try_from(line: Line) -> Result<Self, String> {
        Ok(match line {
            Line::Screening { at, clear } => Record::Screening(Screening { at, clear }),
            Line::Session {
                started,
                finished,
                program,
                level,
                completed,
                reps_done,
                reps_planned,
                pain_before,
                pain_after,
            } => {
                // Values outside the contract would mislead the pain rules, so such a line is
                // reported like any other unreadable line instead of being trusted.
                if level == 0 {
                    return Err("level is 0, but levels start at 1".to_string());
                }
                Record::Session(SessionRecord {
                    started,
                    finished,
                    program,
                    level,
                    completed,
                    reps_done,
                    reps_planned,
                    pain_before: pain("pain_before", pain_before)?,
                    pain_after: pain_after.map(|a| pain("pain_after", a)).transpose()?,
                })
            }
            Line::FollowUp { session, morning } => Record::FollowUp(FollowUp {
                session,
                morning: morning.into(),
            }),
        })
    }
}

impl From<&Record> for Line {
    fn from(record: &Record) -> Self {
        match record {
            Record::Screening(s) => Line::Screening {
                at: whole_second(s.at),
                clear: s.clear,
            },
            Record::Session(s) => Line::Session {
                started: whole_second(s.started),
                finished: whole_second(s.finished),
                program: s.program.clone(),
                level: s.level,
                completed: s.completed,
                reps_done: s.reps_done,
                reps_planned: s.reps_planned,
                pain_before: s.pain_before,
                pain_after: s.pain_after,
            },
            Record::FollowUp(f) => Line::FollowUp {
                session: whole_second(f.session),
                morning: f.morning.into(),
            },
        }
    }
}

impl From<MorningLine> for Morning {
    fn from(morning: MorningLine) -> Self {
        match morning {
            MorningLine::Better => Morning::Better,
            MorningLine::Same => Morning::Same,
            MorningLine::Worse => Morning::Worse,
        }
    }
}

impl From<Morning> for MorningLine {
    fn from(morning: Morning) -> Self {
        match morning {
            Morning::Better => MorningLine::Better,
            Morning::Same => MorningLine::Same,
            Morning::Worse => MorningLine::Worse,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    fn session() -> SessionRecord {
        SessionRecord {
            started: at("2026-11-20T08:00:00Z"),
            finished: at("2026-11-20T08:17:40Z"),
            program: "lower-back".to_string(),
            level: 2,
            completed: true,
            reps_done: 96,
            reps_planned: 96,
            pain_before: 3,
            pain_after: Some(4),
        }
    }

    #[test]
    fn lines_are_spelled_exactly_as_the_contract_shows() {
        let cases = [
            (
                Record::Screening(Screening {
                    at: at("2026-11-20T07:58:12Z"),
                    clear: true,
                }),
                r#"Screening(at: "2026-11-20T07:58:12Z", clear: true)"#,
            ),
            (
                Record::Session(session()),
                r#"Session(started: "2026-11-20T08:00:00Z", finished: "2026-11-20T08:17:40Z", program: "lower-back", level: 2, completed: true, reps_done: 96, reps_planned: 96, pain_before: 3, pain_after: Some(4))"#,
            ),
            (
                Record::Session(SessionRecord {
                    pain_after: None,
                    completed: false,
                    ..session()
                }),
                r#"Session(started: "2026-11-20T08:00:00Z", finished: "2026-11-20T08:17:40Z", program: "lower-back", level: 2, completed: false, reps_done: 96, reps_planned: 96, pain_before: 3, pain_after: None)"#,
            ),
            (
                Record::FollowUp(FollowUp {
                    session: at("2026-11-20T08:00:00Z"),
                    morning: Morning::Worse,
                }),
                r#"FollowUp(session: "2026-11-20T08:00:00Z", morning: Worse)"#,
            ),
        ];
        for (record, want) in cases {
            let line = record.to_line().unwrap();
            assert_eq!(line, want);
            assert_eq!(parse_line(&line), Ok(record), "{line}");
        }
    }

    #[test]
    fn sub_seconds_are_cut_when_writing() {
        let record = Record::Screening(Screening {
            at: at("2026-11-20T07:58:12.987654321Z"),
            clear: false,
        });
        assert_eq!(
            record.to_line().unwrap(),
            r#"Screening(at: "2026-11-20T07:58:12Z", clear: false)"#
        );
        let before_1970 = Record::Screening(Screening {
            at: at("1969-12-31T23:59:59.5Z"),
            clear: true,
        });
        assert!(
            before_1970
                .to_line()
                .unwrap()
                .contains("1969-12-31T23:59:59Z")
        );
    }

    #[test]
    fn a_line_break_in_a_program_id_cannot_split_the_line() {
        let record = Record::Session(SessionRecord {
            program: "odd\nname \"quoted\"".to_string(),
            ..session()
        });
        let line = record.to_line().unwrap();
        assert!(!line.contains('\n'), "{line}");
        assert_eq!(parse_line(&line), Ok(record));
    }

    #[test]
    fn reads_what_ron_itself_writes() {
        for record in [
            Record::Session(session()),
            Record::FollowUp(FollowUp {
                session: at("2026-11-20T08:00:00Z"),
                morning: Morning::Better,
            }),
        ] {
            let plain = ron::to_string(&Line::from(&record)).unwrap();
            assert_eq!(parse_line(&plain), Ok(record.clone()), "{plain}");
            let pretty = ron::ser::to_string_pretty(&Line::from(&record), PrettyConfig::new())
                .unwrap()
                .replace('\n', " ");
            assert_eq!(parse_line(&pretty), Ok(record), "{pretty}");
        }
    }

    #[test]
    fn out_of_range_values_are_refused_with_a_reason() {
        let line = r#"Session(started: "2026-11-20T08:00:00Z", finished: "2026-11-20T08:17:40Z", program: "p", level: 1, completed: true, reps_done: 1, reps_planned: 1, pain_before: 3, pain_after: Some(11))"#;
        assert_eq!(
            parse_line(line),
            Err("pain_after is 11, but pain is rated from 0 to 10".to_string())
        );
        let level_zero = line.replace("level: 1", "level: 0");
        assert!(parse_line(&level_zero).unwrap_err().contains("level is 0"));
    }

    #[test]
    fn an_unknown_morning_is_not_called_an_unknown_record() {
        let why =
            parse_line(r#"FollowUp(session: "2026-11-20T08:00:00Z", morning: Awful)"#).unwrap_err();
        assert!(why.starts_with("unknown value `Awful`"), "{why}");
        assert!(why.contains("Better, Same, Worse"), "{why}");
    }
}
