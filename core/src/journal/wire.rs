//! How a record is spelled on one line of `history.ron` (docs/history-format.md, version 2).

use std::borrow::Cow;

use jiff::Timestamp;
use ron::error::{Position, SpannedError};
use ron::ser::PrettyConfig;
use serde::{Deserialize, Serialize};

use super::course_record::{Course, CourseStopped, Learned, Measure};
use super::record::{FollowUp, Morning, Record, Screening, SessionRecord, Stopped, whole_second};
use super::unreadable::Unreadable;
use super::wire_course::{CHANGES, ChangeLine, POINTS, PointLine, WEEKDAYS, WeekdayLine};

/// The line as serde sees it. Kept apart from `Record` so the file format can only change here.
/// Unknown fields are ignored (serde's default) so this version reads files from newer ones.
/// Times are read as text and numbers as wide integers, and checked in `TryFrom<Line>`, because
/// only there is the field known that a bad time or number must be named by. Texts are borrowed
/// from the line when they hold no escapes, so reading a line copies only the program's id.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
enum Line<'a> {
    Screening {
        #[serde(borrow)]
        at: Cow<'a, str>,
        clear: bool,
        /// Version 2. Absent in version-1 lines, and written only when true, so a check without a
        /// clinician is spelled exactly as version 1 spelled it.
        #[serde(default, skip_serializing_if = "is_false")]
        clinician: bool,
    },
    Session {
        #[serde(borrow)]
        started: Cow<'a, str>,
        #[serde(borrow)]
        finished: Cow<'a, str>,
        #[serde(borrow)]
        program: Cow<'a, str>,
        level: i64,
        completed: bool,
        reps_done: i64,
        reps_planned: i64,
        pain_before: i64,
        #[serde(default)]
        pain_after: Option<i64>,
        /// Version 2; left out when `None`, so a session without it is spelled as version 1 did.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        stopped: Option<StoppedLine>,
    },
    FollowUp {
        #[serde(borrow)]
        session: Cow<'a, str>,
        morning: MorningLine,
    },
    // Version 2: the course. Optional fields are left out when `None`, as the contract shows.
    Course {
        #[serde(borrow)]
        started: Cow<'a, str>,
        #[serde(borrow)]
        program: Cow<'a, str>,
        weekdays: Vec<WeekdayLine>,
        weeks: i64,
        #[serde(default)]
        goals: Vec<String>,
    },
    Measure {
        #[serde(borrow)]
        at: Cow<'a, str>,
        #[serde(borrow)]
        course: Cow<'a, str>,
        point: PointLine,
        pain_week: i64,
        #[serde(default)]
        goals: Vec<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        confidence: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        change: Option<ChangeLine>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        acceptable: Option<bool>,
    },
    CourseStopped {
        #[serde(borrow)]
        at: Cow<'a, str>,
        #[serde(borrow)]
        course: Cow<'a, str>,
    },
    Learned {
        #[serde(borrow)]
        at: Cow<'a, str>,
        #[serde(borrow)]
        module: Cow<'a, str>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        plan: Option<String>,
    },
}

fn is_false(value: &bool) -> bool {
    !*value
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
enum StoppedLine {
    Pain,
    Time,
    Other,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
enum MorningLine {
    Better,
    Same,
    Worse,
}

impl Record {
    /// The record as one line of `history.ron`, without the line break.
    /// Times are cut to the whole second, as the file format asks.
    pub fn to_line(&self) -> Result<String, ron::Error> {
        // `compact_structs` with no new line and no indent gives `Kind(field: value, …)` on one
        // line; string escaping stays on, so a line break inside a program id cannot split a line.
        let spelling = PrettyConfig::new()
            .compact_structs(true)
            .compact_arrays(true)
            .new_line("")
            .indentor("");
        ron::ser::to_string_pretty(&Line::from(self), spelling)
    }
}

/// Reads one non-blank line, or says why it cannot be read. The RON parser reads every line:
/// it reads any spelling and explains any problem, and it is fast enough for ten thousand
/// sessions, about a hundred years of training (docs/performance.md, "The history at scale").
///
/// `Ok(None)` is a record from a newer version: a name this version does not know, followed by
/// a well-formed body in brackets (docs/history-format.md, "Forward compatibility"). It is left in
/// place and not reported, so a file a newer version added records to reads without a warning.
pub(super) fn parse_line(line: &str) -> Result<Option<Record>, Unreadable> {
    let parsed: Line = match ron::from_str(line) {
        Ok(parsed) => parsed,
        Err(error) => {
            let why = explain(&error, line);
            if matches!(why, Unreadable::UnknownKind { .. }) && is_a_record(line) {
                return Ok(None);
            }
            return Err(why);
        }
    };
    Record::try_from(parsed).map(Some)
}

/// The line is shaped like a record, `Name(…)`, of any name: a capitalised name, then brackets
/// around a body RON can read. A bare word or a broken body is not one.
fn is_a_record(line: &str) -> bool {
    let line = line.trim();
    let name_end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(line.len());
    let capitalised = line.starts_with(|c: char| c.is_ascii_uppercase());
    let bracketed = line[name_end..].trim_start().starts_with('(') && line.ends_with(')');
    capitalised && bracketed && ron::from_str::<ron::Value>(line).is_ok()
}

/// Turns the parser's error into a reason a user can act on; the parser's own words are dropped.
fn explain(error: &SpannedError, line: &str) -> Unreadable {
    let column = first_mark(line, error.span.start);
    match &error.code {
        // serde names each enum by its Rust type: `Line` is the kind of record, `MorningLine`
        // the value of `morning`.
        ron::Error::NoSuchEnumVariant { found, outer, .. } if outer.as_deref() == Some("Line") => {
            Unreadable::UnknownKind {
                found: found.clone(),
            }
        }
        ron::Error::NoSuchEnumVariant {
            found,
            expected,
            outer,
        } if outer.as_deref() == Some("MorningLine") => Unreadable::UnknownValue {
            field: "morning",
            found: found.clone(),
            expected,
        },
        ron::Error::NoSuchEnumVariant {
            found,
            expected,
            outer,
        } if outer.as_deref() == Some("StoppedLine") => Unreadable::UnknownValue {
            field: "stopped",
            found: found.clone(),
            expected,
        },
        ron::Error::NoSuchEnumVariant {
            found,
            outer: Some(outer),
            ..
        } if value_of(outer).is_some() => {
            let (field, expected) = value_of(outer).unwrap_or(("", &[]));
            Unreadable::UnknownValue {
                field,
                found: found.clone(),
                expected,
            }
        }
        ron::Error::MissingStructField { field, .. } => Unreadable::MissingField { field },
        ron::Error::DuplicateStructField { field, .. } => Unreadable::RepeatedField { field },
        // Unknown fields are skipped without looking inside, so only a known optional field can
        // ask for an option.
        ron::Error::ExpectedOption if optional(&field_before(line, column)).is_some() => {
            let (field, expected) = optional(&field_before(line, column)).unwrap_or(("", &[]));
            Unreadable::UnknownValue {
                field,
                found: word_at(line, column),
                expected,
            }
        }
        ron::Error::ExpectedOption if field_before(line, column) == "stopped" => {
            Unreadable::UnknownValue {
                field: "stopped",
                found: word_at(line, column),
                expected: &["Some(Pain)", "Some(Time)", "Some(Other)", "None"],
            }
        }
        ron::Error::ExpectedOption => Unreadable::PainAfterWithoutSome {
            written: word_at(line, column),
        },
        ron::Error::ExceededRecursionLimit => Unreadable::TooDeep,
        _ => Unreadable::NotARecord { column },
    }
}

/// The field and its choices of each enum of version 2, by serde's name for it.
fn value_of(outer: &str) -> Option<(&'static str, &'static [&'static str])> {
    match outer {
        "WeekdayLine" => Some(("weekdays", WEEKDAYS)),
        "PointLine" => Some(("point", POINTS)),
        "ChangeLine" => Some(("change", CHANGES)),
        _ => None,
    }
}

/// The optional fields of version 2's records and how each is written.
fn optional(field: &str) -> Option<(&'static str, &'static [&'static str])> {
    match field {
        "confidence" => Some(("confidence", &["Some(0)", "…", "Some(10)", "None"])),
        "change" => Some(("change", &["Some(Better)", "…", "None"])),
        "acceptable" => Some(("acceptable", &["Some(true)", "Some(false)", "None"])),
        "plan" => Some(("plan", &["Some(\"…\")", "None"])),
        _ => None,
    }
}

/// The 1-based column of the first non-blank character at or after `at`: ron's errors start
/// before the blanks in front of the value, but a user looks for the value.
fn first_mark(line: &str, at: Position) -> usize {
    let start = at.col.max(1);
    let blanks = line
        .chars()
        .skip(start - 1)
        .take_while(|c| c.is_whitespace())
        .count();
    start + blanks
}

/// The name of the field whose value starts at `column`: the word before the last `:` in front.
fn field_before(line: &str, column: usize) -> String {
    let before: String = line.chars().take(column.saturating_sub(1)).collect();
    let Some((name, _)) = before.rsplit_once(':') else {
        return String::new();
    };
    let name = name.trim_end();
    let start = name
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |at| at + 1);
    name[start..].to_string()
}

/// The word that starts at `column`, cut to a length worth repeating to the user.
fn word_at(line: &str, column: usize) -> String {
    line.chars()
        .skip(column.saturating_sub(1))
        .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | ':' | '(' | ')'))
        .take(20)
        .collect()
}

fn time(field: &'static str, text: &str) -> Result<Timestamp, Unreadable> {
    text.parse().map_err(|_| Unreadable::NotATime { field })
}

fn pain(field: &'static str, value: i64) -> Result<u8, Unreadable> {
    u8::try_from(value)
        .ok()
        .filter(|pain| *pain <= 10)
        .ok_or(Unreadable::OutOfRange {
            field,
            value,
            lowest: 0,
            highest: Some(10),
        })
}

/// A count kept as `u32`, from `lowest` on.
fn count(field: &'static str, value: i64, lowest: u32) -> Result<u32, Unreadable> {
    u32::try_from(value)
        .ok()
        .filter(|count| *count >= lowest)
        .ok_or(Unreadable::OutOfRange {
            field,
            value,
            lowest: lowest.into(),
            highest: None,
        })
}

impl TryFrom<Line<'_>> for Record {
    type Error = Unreadable;

    fn try_from(line: Line<'_>) -> Result<Self, Unreadable> {
        Ok(match line {
            Line::Screening {
                at,
                clear,
                clinician,
            } => Record::Screening(Screening {
                at: time("at", &at)?,
                clear,
                clinician,
            }),
            // Values outside the contract would mislead the pain rules, so such a line is
            // reported like any other unreadable line instead of being trusted.
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
                stopped,
            } => Record::Session(SessionRecord {
                started: time("started", &started)?,
                finished: time("finished", &finished)?,
                program: program.into_owned(),
                level: count("level", level, 1)?,
                completed,
                reps_done: count("reps_done", reps_done, 0)?,
                reps_planned: count("reps_planned", reps_planned, 0)?,
                pain_before: pain("pain_before", pain_before)?,
                pain_after: pain_after.map(|a| pain("pain_after", a)).transpose()?,
                stopped: stopped.map(Stopped::from),
            }),
            Line::FollowUp { session, morning } => Record::FollowUp(FollowUp {
                session: time("session", &session)?,
                morning: morning.into(),
            }),
            Line::Course {
                started,
                program,
                weekdays,
                weeks,
                goals,
            } => Record::Course(Course {
                started: time("started", &started)?,
                program: program.into_owned(),
                weekdays: weekdays.into_iter().map(Into::into).collect(),
                weeks: count("weeks", weeks, 1)?,
                goals,
            }),
            Line::Measure {
                at,
                course,
                point,
                pain_week,
                goals,
                confidence,
                change,
                acceptable,
            } => Record::Measure(Measure {
                at: time("at", &at)?,
                course: time("course", &course)?,
                point: point.read()?,
                pain_week: pain("pain_week", pain_week)?,
                goals: goals
                    .into_iter()
                    .map(|goal| pain("goals", goal))
                    .collect::<Result<_, _>>()?,
                confidence: confidence.map(|c| pain("confidence", c)).transpose()?,
                change: change.map(Into::into),
                acceptable,
            }),
            Line::CourseStopped { at, course } => Record::CourseStopped(CourseStopped {
                at: time("at", &at)?,
                course: time("course", &course)?,
            }),
            Line::Learned { at, module, plan } => Record::Learned(Learned {
                at: time("at", &at)?,
                module: module.into_owned(),
                plan,
            }),
        })
    }
}

impl<'a> From<&'a Record> for Line<'a> {
    fn from(record: &'a Record) -> Self {
        match record {
            Record::Screening(s) => Line::Screening {
                at: whole_second(s.at).to_string().into(),
                clear: s.clear,
                clinician: s.clinician,
            },
            Record::Session(s) => Line::Session {
                started: whole_second(s.started).to_string().into(),
                finished: whole_second(s.finished).to_string().into(),
                program: Cow::Borrowed(&s.program),
                level: s.level.into(),
                completed: s.completed,
                reps_done: s.reps_done.into(),
                reps_planned: s.reps_planned.into(),
                pain_before: s.pain_before.into(),
                pain_after: s.pain_after.map(i64::from),
                stopped: s.stopped.map(StoppedLine::from),
            },
            Record::FollowUp(f) => Line::FollowUp {
                session: whole_second(f.session).to_string().into(),
                morning: f.morning.into(),
            },
            Record::Course(c) => Line::Course {
                started: whole_second(c.started).to_string().into(),
                program: Cow::Borrowed(&c.program),
                weekdays: c.weekdays.iter().map(|&day| day.into()).collect(),
                weeks: c.weeks.into(),
                goals: c.goals.clone(),
            },
            Record::Measure(m) => Line::Measure {
                at: whole_second(m.at).to_string().into(),
                course: whole_second(m.course).to_string().into(),
                point: m.point.into(),
                pain_week: m.pain_week.into(),
                goals: m.goals.iter().map(|&goal| goal.into()).collect(),
                confidence: m.confidence.map(i64::from),
                change: m.change.map(Into::into),
                acceptable: m.acceptable,
            },
            Record::CourseStopped(s) => Line::CourseStopped {
                at: whole_second(s.at).to_string().into(),
                course: whole_second(s.course).to_string().into(),
            },
            Record::Learned(l) => Line::Learned {
                at: whole_second(l.at).to_string().into(),
                module: Cow::Borrowed(&l.module),
                plan: l.plan.clone(),
            },
        }
    }
}

impl From<StoppedLine> for Stopped {
    fn from(stopped: StoppedLine) -> Self {
        match stopped {
            StoppedLine::Pain => Stopped::Pain,
            StoppedLine::Time => Stopped::Time,
            StoppedLine::Other => Stopped::Other,
        }
    }
}

impl From<Stopped> for StoppedLine {
    fn from(stopped: Stopped) -> Self {
        match stopped {
            Stopped::Pain => StoppedLine::Pain,
            Stopped::Time => StoppedLine::Time,
            Stopped::Other => StoppedLine::Other,
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
    use crate::test_support::{at, session};

    #[test]
    fn lines_are_spelled_exactly_as_the_contract_shows() {
        let cases = [
            (
                Record::Screening(Screening {
                    at: at("2026-11-20T07:58:12Z"),
                    clear: true,
                    clinician: false,
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
            assert_eq!(parse_line(&line), Ok(Some(record)), "{line}");
        }
    }

    #[test]
    fn a_check_passed_by_a_clinician_says_so_and_old_lines_read_unchanged() {
        let passed = Record::Screening(Screening {
            at: at("2026-12-01T07:58:12Z"),
            clear: true,
            clinician: true,
        });
        let line = r#"Screening(at: "2026-12-01T07:58:12Z", clear: true, clinician: true)"#;
        assert_eq!(passed.to_line().unwrap(), line);
        assert_eq!(parse_line(line), Ok(Some(passed)));
        // A version-1 line has no `clinician`: it reads as no clinician, and is written back
        // exactly as it was.
        let old = r#"Screening(at: "2026-11-20T07:58:12Z", clear: false)"#;
        let read = parse_line(old).unwrap().unwrap();
        assert_eq!(
            read,
            Record::Screening(Screening {
                at: at("2026-11-20T07:58:12Z"),
                clear: false,
                clinician: false,
            })
        );
        assert_eq!(read.to_line().unwrap(), old);
    }

    #[test]
    fn sub_seconds_are_cut_when_writing() {
        let record = Record::Screening(Screening {
            at: at("2026-11-20T07:58:12.987654321Z"),
            clear: false,
            clinician: false,
        });
        assert_eq!(
            record.to_line().unwrap(),
            r#"Screening(at: "2026-11-20T07:58:12Z", clear: false)"#
        );
        let before_1970 = Record::Screening(Screening {
            at: at("1969-12-31T23:59:59.5Z"),
            clear: true,
            clinician: false,
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
        assert_eq!(parse_line(&line), Ok(Some(record)));
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
            assert_eq!(parse_line(&plain), Ok(Some(record.clone())), "{plain}");
            let pretty = ron::ser::to_string_pretty(&Line::from(&record), PrettyConfig::new())
                .unwrap()
                .replace('\n', " ");
            assert_eq!(parse_line(&pretty), Ok(Some(record)), "{pretty}");
        }
    }

    const SESSION: &str = r#"Session(started: "2026-11-20T08:00:00Z", finished: "2026-11-20T08:17:40Z", program: "p", level: 1, completed: true, reps_done: 1, reps_planned: 1, pain_before: 3, pain_after: Some(4))"#;

    fn out_of_range(
        field: &'static str,
        value: i64,
        lowest: i64,
        highest: Option<i64>,
    ) -> Unreadable {
        Unreadable::OutOfRange {
            field,
            value,
            lowest,
            highest,
        }
    }

    #[test]
    fn out_of_range_values_are_refused_with_the_field_and_its_range() {
        let cases = [
            (
                "pain_after: Some(4)",
                "pain_after: Some(11)",
                out_of_range("pain_after", 11, 0, Some(10)),
            ),
            (
                "pain_before: 3",
                "pain_before: 300",
                out_of_range("pain_before", 300, 0, Some(10)),
            ),
            (
                "pain_before: 3",
                "pain_before: -1",
                out_of_range("pain_before", -1, 0, Some(10)),
            ),
            ("level: 1", "level: 0", out_of_range("level", 0, 1, None)),
            ("level: 1", "level: -1", out_of_range("level", -1, 1, None)),
            (
                "reps_done: 1",
                "reps_done: 5000000000",
                out_of_range("reps_done", 5_000_000_000, 0, None),
            ),
            (
                "reps_planned: 1",
                "reps_planned: -3",
                out_of_range("reps_planned", -3, 0, None),
            ),
        ];
        for (good, bad, why) in cases {
            let line = SESSION.replace(good, bad);
            assert_eq!(parse_line(&line), Err(why), "{line}");
        }
        let edges = SESSION
            .replace("pain_before: 3", "pain_before: 0")
            .replace("Some(4)", "Some(10)");
        assert!(parse_line(&edges).is_ok(), "{edges}");
    }

    #[test]
    fn an_unknown_morning_is_not_called_an_unknown_record() {
        assert_eq!(
            parse_line(r#"FollowUp(session: "2026-11-20T08:00:00Z", morning: Awful)"#),
            Err(Unreadable::UnknownValue {
                field: "morning",
                found: "Awful".to_string(),
                expected: &["Better", "Same", "Worse"],
            })
        );
        assert_eq!(
            parse_line(r#"Weight(at: "2026-11-20T08:00:00Z", kg: 80)"#),
            Ok(None)
        );
    }

    #[test]
    fn a_record_of_a_newer_version_is_skipped_but_a_line_that_is_no_record_is_not() {
        let newer = [
            r#"Weight(at: "2026-12-01T08:00:00Z", kg: 80, course: "2026-12-01T08:00:00Z")"#,
            r#"Goal(at: "2026-12-01T08:01:00Z", point: Week(1), goals: [3, 4])"#,
            "Foo()",
            "  Foo (1, \"two\")  ",
        ];
        for line in newer {
            assert_eq!(parse_line(line), Ok(None), "{line}");
        }
        let not_records = [
            ("garbage", "garbage"),
            ("Foo", "Foo"),
            ("foo(a: 1)", "foo"),
            (r#"Foo(a: "unclosed)"#, "Foo"),
            ("Foo(a: 1) trailing", "Foo"),
        ];
        for (line, found) in not_records {
            assert_eq!(
                parse_line(line),
                Err(Unreadable::UnknownKind {
                    found: found.to_string()
                }),
                "{line}"
            );
        }
    }

    #[test]
    fn why_a_session_stopped_is_read_and_written_and_a_wrong_one_named() {
        use crate::journal::Stopped;
        for (word, stopped) in [
            ("Pain", Stopped::Pain),
            ("Time", Stopped::Time),
            ("Other", Stopped::Other),
        ] {
            let record = Record::Session(SessionRecord {
                stopped: Some(stopped),
                completed: false,
                ..session()
            });
            let line = record.to_line().unwrap();
            assert!(
                line.ends_with(&format!(", stopped: Some({word}))")),
                "{line}"
            );
            assert_eq!(parse_line(&line), Ok(Some(record)));
        }
        let plain = SESSION.to_string();
        assert_eq!(
            parse_line(&plain.replace("Some(4))", "Some(4), stopped: Some(Tired))")),
            Err(Unreadable::UnknownValue {
                field: "stopped",
                found: "Tired".to_string(),
                expected: &["Pain", "Time", "Other"],
            })
        );
        assert_eq!(
            parse_line(&plain.replace("Some(4))", "Some(4), stopped: Pain)")),
            Err(Unreadable::UnknownValue {
                field: "stopped",
                found: "Pain".to_string(),
                expected: &["Some(Pain)", "Some(Time)", "Some(Other)", "None"],
            })
        );
        assert_eq!(
            parse_line(&plain.replace("Some(4))", "Some(4), stopped: None)")),
            parse_line(&plain)
        );
    }

    #[test]
    fn a_bad_time_names_its_field() {
        let cases = [
            (
                r#"Screening(at: "2026-13-20T07:58:12Z", clear: true)"#,
                "at",
            ),
            (r#"Screening(at: "2026-11-20 07:58:12", clear: true)"#, "at"),
            (r#"Screening(at: "yesterday", clear: true)"#, "at"),
            (
                r#"FollowUp(session: "2026-02-30T08:00:00Z", morning: Same)"#,
                "session",
            ),
            (&SESSION.replace("T08:00:00Z", "T25:00:00Z"), "started"),
            (&SESSION.replace("T08:17:40Z", "T08:17:40"), "finished"),
        ];
        for (line, field) in cases {
            assert_eq!(
                parse_line(line),
                Err(Unreadable::NotATime { field }),
                "{line}"
            );
        }
        // An offset other than Z names the same moment, so it is read, not refused.
        let offset = r#"Screening(at: "2026-11-20T08:58:12+01:00", clear: true)"#;
        assert_eq!(
            parse_line(offset),
            Ok(Some(Record::Screening(Screening {
                at: at("2026-11-20T07:58:12Z"),
                clear: true,
                clinician: false
            })))
        );
    }

    #[test]
    fn pain_after_without_some_says_how_to_write_it() {
        let line = SESSION.replace("Some(4)", "7");
        assert_eq!(
            parse_line(&line),
            Err(Unreadable::PainAfterWithoutSome {
                written: "7".to_string()
            })
        );
        let no_answer = SESSION.replace("pain_after: Some(4)", "pain_after: None");
        assert!(parse_line(&no_answer).is_ok());
        let left_out = SESSION.replace(", pain_after: Some(4)", "");
        assert!(parse_line(&left_out).is_ok());
    }

    #[test]
    fn fields_that_are_missing_or_repeated_are_named() {
        assert_eq!(
            parse_line(r#"Screening(at: "2026-11-20T07:58:12Z")"#),
            Err(Unreadable::MissingField { field: "clear" })
        );
        assert_eq!(
            parse_line(&SESSION.replace("level: 1, ", "")),
            Err(Unreadable::MissingField { field: "level" })
        );
        assert_eq!(
            parse_line(r#"Screening(at: "2026-11-20T07:58:12Z", clear: true, clear: false)"#),
            Err(Unreadable::RepeatedField { field: "clear" })
        );
    }

    #[test]
    fn brackets_nested_too_deep_are_told_apart() {
        let deep = format!(
            r#"Screening(at: "2026-11-20T07:58:12Z", clear: true, note: {}{})"#,
            "[".repeat(200),
            "]".repeat(200)
        );
        assert_eq!(parse_line(&deep), Err(Unreadable::TooDeep));
    }

    #[test]
    fn anything_else_points_at_the_column_where_reading_stopped() {
        let cases = [
            // The blank before `oops` is not where the problem is.
            ("Session(started: oops", 18),
            (r#"Screening(at: "2026-11-20T07:58:12Z", clear: yes)"#, 46),
            (
                r#"Screening(at: "2026-11-20T07:58:12Z", clear: true) extra"#,
                52,
            ),
            ("\u{1F600}", 1),
            (r#"(at: "2026-11-20T07:58:12Z", clear: true)"#, 1),
        ];
        for (line, column) in cases {
            assert_eq!(
                parse_line(line),
                Err(Unreadable::NotARecord { column }),
                "{line}"
            );
        }
    }
}
