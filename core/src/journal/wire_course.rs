//! How the course's records spell their values on a line of `history.ron` (history version 2).

use jiff::civil::Weekday;
use serde::{Deserialize, Serialize};

use super::course_record::{Change, MeasurePoint};
use super::unreadable::Unreadable;
use crate::course::FOLLOW_UP_MONTHS;

#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub(super) enum WeekdayLine {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

pub(super) const WEEKDAYS: &[&str] = &["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub(super) enum PointLine {
    Start,
    Week(i64),
    End,
    Months(i64),
}

pub(super) const POINTS: &[&str] = &[
    "Start",
    "Week(1)",
    "End",
    "Months(3)",
    "Months(6)",
    "Months(12)",
];

#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub(super) enum ChangeLine {
    MuchBetter,
    Better,
    SlightlyBetter,
    Same,
    SlightlyWorse,
    Worse,
    MuchWorse,
}

pub(super) const CHANGES: &[&str] = &[
    "MuchBetter",
    "Better",
    "SlightlyBetter",
    "Same",
    "SlightlyWorse",
    "Worse",
    "MuchWorse",
];

impl PointLine {
    /// The point, or why it cannot be one: a week counts from 1, and a follow-up is at 3, 6 or
    /// 12 months, so `Months(5)` is a word this version does not know rather than a number.
    pub(super) fn read(self) -> Result<MeasurePoint, Unreadable> {
        match self {
            PointLine::Start => Ok(MeasurePoint::Start),
            PointLine::End => Ok(MeasurePoint::End),
            PointLine::Week(n) => u32::try_from(n)
                .ok()
                .filter(|n| *n >= 1)
                .map(MeasurePoint::Week)
                .ok_or(Unreadable::OutOfRange {
                    field: "point",
                    value: n,
                    lowest: 1,
                    highest: None,
                }),
            PointLine::Months(n) => u32::try_from(n)
                .ok()
                .filter(|n| FOLLOW_UP_MONTHS.contains(n))
                .map(MeasurePoint::Months)
                .ok_or(Unreadable::UnknownValue {
                    field: "point",
                    found: format!("Months({n})"),
                    expected: POINTS,
                }),
        }
    }
}

impl From<MeasurePoint> for PointLine {
    fn from(point: MeasurePoint) -> Self {
        match point {
            MeasurePoint::Start => PointLine::Start,
            MeasurePoint::Week(n) => PointLine::Week(n.into()),
            MeasurePoint::End => PointLine::End,
            MeasurePoint::Months(n) => PointLine::Months(n.into()),
        }
    }
}

impl From<WeekdayLine> for Weekday {
    fn from(day: WeekdayLine) -> Self {
        match day {
            WeekdayLine::Mon => Weekday::Monday,
            WeekdayLine::Tue => Weekday::Tuesday,
            WeekdayLine::Wed => Weekday::Wednesday,
            WeekdayLine::Thu => Weekday::Thursday,
            WeekdayLine::Fri => Weekday::Friday,
            WeekdayLine::Sat => Weekday::Saturday,
            WeekdayLine::Sun => Weekday::Sunday,
        }
    }
}

impl From<Weekday> for WeekdayLine {
    fn from(day: Weekday) -> Self {
        match day {
            Weekday::Monday => WeekdayLine::Mon,
            Weekday::Tuesday => WeekdayLine::Tue,
            Weekday::Wednesday => WeekdayLine::Wed,
            Weekday::Thursday => WeekdayLine::Thu,
            Weekday::Friday => WeekdayLine::Fri,
            Weekday::Saturday => WeekdayLine::Sat,
            Weekday::Sunday => WeekdayLine::Sun,
        }
    }
}

impl From<ChangeLine> for Change {
    fn from(change: ChangeLine) -> Self {
        match change {
            ChangeLine::MuchBetter => Change::MuchBetter,
            ChangeLine::Better => Change::Better,
            ChangeLine::SlightlyBetter => Change::SlightlyBetter,
            ChangeLine::Same => Change::Same,
            ChangeLine::SlightlyWorse => Change::SlightlyWorse,
            ChangeLine::Worse => Change::Worse,
            ChangeLine::MuchWorse => Change::MuchWorse,
        }
    }
}

impl From<Change> for ChangeLine {
    fn from(change: Change) -> Self {
        match change {
            Change::MuchBetter => ChangeLine::MuchBetter,
            Change::Better => ChangeLine::Better,
            Change::SlightlyBetter => ChangeLine::SlightlyBetter,
            Change::Same => ChangeLine::Same,
            Change::SlightlyWorse => ChangeLine::SlightlyWorse,
            Change::Worse => ChangeLine::Worse,
            Change::MuchWorse => ChangeLine::MuchWorse,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::record::Record;
    use super::super::wire::parse_line;
    use super::*;
    use crate::journal::{Course, CourseStopped, Learned, Measure};
    use crate::test_support::at;

    const COURSE: &str = "2026-12-01T08:00:00Z";

    fn measure(point: MeasurePoint, pain_week: u8, goals: &[u8]) -> Measure {
        Measure {
            at: at("2026-12-08T07:55:00Z"),
            course: at(COURSE),
            point,
            pain_week,
            goals: goals.to_vec(),
            confidence: None,
            change: None,
            acceptable: None,
        }
    }

    /// The lines of docs/history-format.md's version-2 example, and the records they are.
    fn contract() -> Vec<(&'static str, Record)> {
        vec![
            (
                r#"Course(started: "2026-12-01T08:00:00Z", program: "lower-back", weekdays: [Mon, Thu], weeks: 8, goals: ["Lift my grandchild", "Sit through a film"])"#,
                Record::Course(Course {
                    started: at(COURSE),
                    program: "lower-back".to_string(),
                    weekdays: vec![Weekday::Monday, Weekday::Thursday],
                    weeks: 8,
                    goals: vec!["Lift my grandchild".into(), "Sit through a film".into()],
                }),
            ),
            (
                r#"Measure(at: "2026-12-01T08:01:00Z", course: "2026-12-01T08:00:00Z", point: Start, pain_week: 5, goals: [3, 4], confidence: Some(4))"#,
                Record::Measure(Measure {
                    at: at("2026-12-01T08:01:00Z"),
                    confidence: Some(4),
                    ..measure(MeasurePoint::Start, 5, &[3, 4])
                }),
            ),
            (
                r#"Measure(at: "2026-12-08T07:55:00Z", course: "2026-12-01T08:00:00Z", point: Week(1), pain_week: 5, goals: [3, 5])"#,
                Record::Measure(measure(MeasurePoint::Week(1), 5, &[3, 5])),
            ),
            (
                r#"Measure(at: "2027-01-26T08:00:00Z", course: "2026-12-01T08:00:00Z", point: End, pain_week: 3, goals: [6, 7], confidence: Some(7), change: Some(Better), acceptable: Some(true))"#,
                Record::Measure(Measure {
                    at: at("2027-01-26T08:00:00Z"),
                    confidence: Some(7),
                    change: Some(Change::Better),
                    acceptable: Some(true),
                    ..measure(MeasurePoint::End, 3, &[6, 7])
                }),
            ),
            (
                r#"Measure(at: "2027-03-02T09:00:00Z", course: "2026-12-01T08:00:00Z", point: Months(3), pain_week: 2, goals: [7, 8])"#,
                Record::Measure(Measure {
                    at: at("2027-03-02T09:00:00Z"),
                    ..measure(MeasurePoint::Months(3), 2, &[7, 8])
                }),
            ),
            (
                r#"CourseStopped(at: "2026-12-20T10:00:00Z", course: "2026-12-01T08:00:00Z")"#,
                Record::CourseStopped(CourseStopped {
                    at: at("2026-12-20T10:00:00Z"),
                    course: at(COURSE),
                }),
            ),
            (
                r#"Learned(at: "2026-12-01T08:05:00Z", module: "pain-is-an-alarm", plan: Some("a 10-minute walk after lunch"))"#,
                Record::Learned(Learned {
                    at: at("2026-12-01T08:05:00Z"),
                    module: "pain-is-an-alarm".to_string(),
                    plan: Some("a 10-minute walk after lunch".to_string()),
                }),
            ),
        ]
    }

    #[test]
    fn the_contract_lines_read_and_are_written_back_exactly() {
        for (line, record) in contract() {
            assert_eq!(parse_line(line), Ok(Some(record.clone())), "{line}");
            assert_eq!(record.to_line().unwrap(), line);
        }
    }

    #[test]
    fn every_value_round_trips_and_goals_in_any_script_stay_on_one_line() {
        let course = Record::Course(Course {
            started: at(COURSE),
            program: "lower-back".to_string(),
            weekdays: crate::course::WEEK.to_vec(),
            weeks: 8,
            goals: vec!["Bære æøå\n\"indkøb\"".into(), String::new()],
        });
        let line = course.to_line().unwrap();
        assert!(!line.contains('\n'), "{line}");
        assert_eq!(parse_line(&line), Ok(Some(course)));
        for change in Change::ALL {
            for point in [
                MeasurePoint::End,
                MeasurePoint::Months(6),
                MeasurePoint::Months(12),
            ] {
                let record = Record::Measure(Measure {
                    change: Some(change),
                    acceptable: Some(false),
                    ..measure(point, 0, &[])
                });
                let line = record.to_line().unwrap();
                assert_eq!(parse_line(&line), Ok(Some(record)), "{line}");
            }
        }
        let no_plan = Record::Learned(Learned {
            at: at(COURSE),
            module: "move-often".into(),
            plan: None,
        });
        let line = no_plan.to_line().unwrap();
        assert_eq!(
            line,
            r#"Learned(at: "2026-12-01T08:00:00Z", module: "move-often")"#
        );
        assert_eq!(parse_line(&line), Ok(Some(no_plan)));
    }

    #[test]
    fn a_wrong_value_names_its_field_and_the_choices() {
        let (course_line, _) = &contract()[0];
        let (end_line, _) = &contract()[3];
        let unknown = |field, found: &str, expected| {
            Err(Unreadable::UnknownValue {
                field,
                found: found.to_string(),
                expected,
            })
        };
        let out_of_range = |field, value, highest: Option<i64>| {
            Err(Unreadable::OutOfRange {
                field,
                value,
                lowest: i64::from(highest.is_none()),
                highest,
            })
        };
        assert_eq!(
            parse_line(&course_line.replace("Thu]", "Thursday]")),
            unknown("weekdays", "Thursday", WEEKDAYS)
        );
        let wrong = [
            (
                "point: End",
                "point: Final",
                unknown("point", "Final", POINTS),
            ),
            (
                "point: End",
                "point: Months(5)",
                unknown("point", "Months(5)", POINTS),
            ),
            (
                "Some(Better)",
                "Some(Great)",
                unknown("change", "Great", CHANGES),
            ),
            (
                "acceptable: Some(true)",
                "acceptable: true",
                unknown("acceptable", "true", &["Some(true)", "Some(false)", "None"]),
            ),
            (
                "goals: [6, 7]",
                "goals: [6, 11]",
                out_of_range("goals", 11, Some(10)),
            ),
            (
                "point: End",
                "point: Week(0)",
                out_of_range("point", 0, None),
            ),
        ];
        for (good, bad, why) in wrong {
            let line = end_line.replace(good, bad);
            assert_eq!(parse_line(&line), why, "{line}");
        }
        assert_eq!(
            parse_line(&course_line.replace("weeks: 8, ", "")),
            Err(Unreadable::MissingField { field: "weeks" })
        );
    }
}
