//! `ryg course --json` at each step of a course run through with the day passed in: the start,
//! sixteen sessions over eight weeks with a missed week, the check-ins, the review and the
//! follow-ups, the whole object compared with docs/history-format.md each time.

use jiff::civil::{Date, date};
use jiff::tz::TimeZone;
use serde_json::{Value, json};

use super::course_json;
use ryg_core::journal::History;

const STARTED: &str = "2026-12-01T08:00:00Z";

/// The history so far, as lines of the history file.
#[derive(Default)]
struct Lines(Vec<String>);

impl Lines {
    fn add(&mut self, line: impl Into<String>) {
        self.0.push(line.into());
    }

    /// A completed session of `program` on `day` at 18:00 in Copenhagen.
    fn session(&mut self, day: Date, program: &str, completed: bool) {
        self.add(format!(
            "Session(started: \"{day}T17:00:00Z\", finished: \"{day}T17:20:00Z\", \
             program: \"{program}\", level: 2, completed: {completed}, reps_done: 9, \
             reps_planned: 9, pain_before: 3, pain_after: Some(3))"
        ));
    }

    fn trained(&mut self, days: &[Date]) {
        for &day in days {
            self.session(day, "lower-back", true);
        }
    }

    fn measure(&mut self, at: &str, point: &str, pain: u8, goals: &str, rest: &str) {
        self.add(format!(
            "Measure(at: \"{at}\", course: \"{STARTED}\", point: {point}, pain_week: {pain}, \
             goals: {goals}{rest})"
        ));
    }

    /// `ryg course --json` on the local day `today` in Copenhagen.
    fn json(&self, today: Date) -> Value {
        let text: String = self.0.iter().map(|line| format!("{line}\n")).collect();
        let history = History::parse(&text);
        assert_eq!(history.skipped, []);
        let zone = TimeZone::get("Europe/Copenhagen").unwrap();
        let line = course_json(&history.records, today, &zone).unwrap();
        assert!(!line.contains('\n'), "one line: {line}");
        serde_json::from_str(&line).unwrap()
    }
}

/// `want` with the fields of `change` in place of its own.
fn with(want: &Value, change: Value) -> Value {
    let mut want = want.clone();
    for (key, value) in change.as_object().unwrap() {
        assert!(want.get(key).is_some(), "no field {key} in the contract");
        want[key] = value.clone();
    }
    want
}

/// The whole object on `today` is `want`.
fn check(lines: &Lines, today: Date, want: &Value) {
    assert_eq!(&lines.json(today), want, "on {today}");
}

fn follow_ups(done: [bool; 3]) -> Value {
    json!([
        {"months": 3, "due": "2027-03-01", "done": done[0]},
        {"months": 6, "due": "2027-06-01", "done": done[1]},
        {"months": 12, "due": "2027-12-01", "done": done[2]},
    ])
}

fn goals(lift: [Option<u8>; 2], film: [Option<u8>; 2]) -> Value {
    json!([
        {"goal": "Lift my grandchild", "start": lift[0], "latest": lift[1]},
        {"goal": "Sit through a film", "start": film[0], "latest": film[1]},
    ])
}

#[test]
fn the_json_is_right_at_every_step_of_a_course_with_a_missed_week() {
    let mut lines = Lines::default();
    // A session before any course: still no course.
    lines.session(date(2026, 11, 30), "lower-back", true);
    assert_eq!(lines.json(date(2026, 12, 1)), Value::Null);

    // Started on the command line (Tuesday 1 December): no ratings until the next start.
    lines.add(format!(
        "Course(started: \"{STARTED}\", program: \"lower-back\", weekdays: [Mon, Thu], \
         weeks: 8, goals: [\"Lift my grandchild\", \"Sit through a film\"])"
    ));
    let start = json!({
        "started": STARTED, "program": "lower-back", "weekdays": ["mon", "thu"], "weeks": 8,
        "state": "running", "week": 1, "sessions_done": 0, "sessions_planned": 16,
        "sessions_due_so_far": 0, "next_session": "2026-12-03",
        "pain_week": {"start": null, "latest": null}, "goals": goals([None; 2], [None; 2]),
        "due": [], "follow_ups": follow_ups([false; 3]),
    });
    check(&lines, date(2026, 12, 1), &start);
    lines.measure(
        "2026-12-01T08:01:00Z",
        "Start",
        5,
        "[3, 4]",
        ", confidence: Some(4)",
    );
    let rated = with(
        &start,
        json!({"pain_week": {"start": 5, "latest": 5},
               "goals": goals([Some(3), Some(3)], [Some(4), Some(4)])}),
    );
    check(&lines, date(2026, 12, 1), &rated);

    // Week 1: Thursday's session is today's until done; another program's, or one not
    // completed, does not count.
    check(&lines, date(2026, 12, 3), &rated);
    lines.session(date(2026, 12, 3), "gentle-start", true);
    lines.session(date(2026, 12, 3), "lower-back", false);
    lines.trained(&[date(2026, 12, 3)]);
    let thursday = with(&rated, json!({"sessions_done": 1}));
    check(&lines, date(2026, 12, 3), &thursday);
    check(
        &lines,
        date(2026, 12, 4),
        &with(
            &thursday,
            json!({"sessions_due_so_far": 1, "next_session": "2026-12-07"}),
        ),
    );

    // Week 2: week 1's check-in, answered.
    lines.trained(&[date(2026, 12, 7)]);
    let week_2 = with(
        &rated,
        json!({"week": 2, "sessions_done": 2, "sessions_due_so_far": 2,
               "next_session": "2026-12-10", "due": ["check-in-1"]}),
    );
    check(&lines, date(2026, 12, 8), &week_2);
    lines.measure("2026-12-08T07:55:00Z", "Week(1)", 4, "[3, 5]", "");
    let week_2 = with(
        &week_2,
        json!({"due": [], "pain_week": {"start": 5, "latest": 4},
               "goals": goals([Some(3), Some(3)], [Some(4), Some(5)])}),
    );
    check(&lines, date(2026, 12, 8), &week_2);

    // Week 3: week 2's check-in, answered.
    lines.trained(&[date(2026, 12, 10), date(2026, 12, 14)]);
    lines.measure("2026-12-15T07:50:00Z", "Week(2)", 4, "[4, 5]", "");
    let week_3 = with(
        &week_2,
        json!({"week": 3, "sessions_done": 4, "sessions_due_so_far": 4,
               "next_session": "2026-12-17",
               "goals": goals([Some(3), Some(4)], [Some(4), Some(5)])}),
    );
    check(&lines, date(2026, 12, 15), &week_3);

    // Week 4 is missed, and week 3's check-in is not answered in it.
    lines.trained(&[date(2026, 12, 17), date(2026, 12, 21)]);
    let week_4 = with(
        &week_3,
        json!({"week": 4, "sessions_done": 6, "sessions_due_so_far": 6,
               "next_session": "2026-12-24", "due": ["check-in-3"]}),
    );
    check(&lines, date(2026, 12, 22), &week_4);
    check(
        &lines,
        date(2026, 12, 28),
        &with(
            &week_4,
            json!({"sessions_due_so_far": 7, "next_session": "2026-12-28"}),
        ),
    );

    // Week 5: week 3's check-in is no longer asked, week 4's is; nothing was done in week 4.
    let week_5 = with(
        &week_4,
        json!({"week": 5, "sessions_due_so_far": 8, "next_session": "2026-12-31",
               "due": ["check-in-4"]}),
    );
    check(&lines, date(2026, 12, 29), &week_5);
    lines.measure("2026-12-29T08:00:00Z", "Week(4)", 5, "[4, 5]", "");
    let week_5 = with(
        &week_5,
        json!({"due": [], "pain_week": {"start": 5, "latest": 5}}),
    );
    check(&lines, date(2026, 12, 29), &week_5);

    // Weeks 5 and 6 make up for it with three sessions each.
    lines.trained(&[date(2026, 12, 29), date(2026, 12, 31), date(2027, 1, 4)]);
    lines.trained(&[date(2027, 1, 5), date(2027, 1, 7), date(2027, 1, 11)]);
    lines.measure("2027-01-05T08:00:00Z", "Week(5)", 4, "[5, 6]", "");
    let week_7 = with(
        &week_5,
        json!({"week": 7, "sessions_done": 12, "sessions_due_so_far": 12,
               "next_session": "2027-01-14", "due": ["check-in-6"],
               "pain_week": {"start": 5, "latest": 4},
               "goals": goals([Some(3), Some(5)], [Some(4), Some(6)])}),
    );
    check(&lines, date(2027, 1, 12), &week_7);

    // Week 8, its Thursday: the session is today's; week 7's check-in, answered; the last
    // week has no check-in of its own.
    lines.trained(&[date(2027, 1, 14), date(2027, 1, 18)]);
    lines.measure("2027-01-19T08:00:00Z", "Week(7)", 3, "[6, 6]", "");
    let week_8 = with(
        &week_7,
        json!({"week": 8, "sessions_done": 14, "sessions_due_so_far": 14,
               "next_session": "2027-01-21", "due": [],
               "pain_week": {"start": 5, "latest": 3},
               "goals": goals([Some(3), Some(6)], [Some(4), Some(6)])}),
    );
    check(&lines, date(2027, 1, 21), &week_8);
    lines.trained(&[date(2027, 1, 21)]);
    check(
        &lines,
        date(2027, 1, 25),
        &with(
            &week_8,
            json!({"sessions_done": 15, "sessions_due_so_far": 15,
                   "next_session": "2027-01-25"}),
        ),
    );
    lines.trained(&[date(2027, 1, 25)]);

    // After the eighth week: finished, sixteen of sixteen, the review.
    let finished = with(
        &week_8,
        json!({"state": "finished", "sessions_done": 16, "sessions_due_so_far": 16,
               "next_session": null, "due": ["review"]}),
    );
    check(&lines, date(2027, 1, 26), &finished);
    lines.measure(
        "2027-01-26T08:00:00Z",
        "End",
        3,
        "[6, 7]",
        ", confidence: Some(7), change: Some(Better), acceptable: Some(true)",
    );
    // A session after the course's weeks is not the course's.
    lines.trained(&[date(2027, 2, 1)]);
    let reviewed = with(
        &finished,
        json!({"due": [], "goals": goals([Some(3), Some(6)], [Some(4), Some(7)])}),
    );
    check(&lines, date(2027, 2, 1), &reviewed);

    // The follow-ups: three months after the start, until answered.
    check(&lines, date(2027, 2, 28), &reviewed);
    let three_months = with(&reviewed, json!({"due": ["follow-up-3"]}));
    check(&lines, date(2027, 3, 1), &three_months);
    lines.measure("2027-03-02T09:00:00Z", "Months(3)", 2, "[7, 8]", "");
    let answered = with(
        &reviewed,
        json!({"pain_week": {"start": 5, "latest": 2},
               "goals": goals([Some(3), Some(7)], [Some(4), Some(8)]),
               "follow_ups": follow_ups([true, false, false])}),
    );
    check(&lines, date(2027, 3, 2), &answered);
    check(&lines, date(2027, 5, 31), &answered);
    check(
        &lines,
        date(2027, 6, 1),
        &with(&answered, json!({"due": ["follow-up-6"]})),
    );
}

#[test]
fn a_stopped_course_stands_still_in_the_week_it_was_stopped() {
    let mut lines = Lines::default();
    lines.add(format!(
        "Course(started: \"{STARTED}\", program: \"lower-back\", weekdays: [Mon, Thu], \
         weeks: 8, goals: [])"
    ));
    lines.trained(&[date(2026, 12, 3), date(2026, 12, 7), date(2026, 12, 10)]);
    lines.add(format!(
        "CourseStopped(at: \"2026-12-16T10:00:00Z\", course: \"{STARTED}\")"
    ));
    // A session after the stop is not the course's.
    lines.trained(&[date(2026, 12, 17)]);
    let stopped = json!({
        "started": STARTED, "program": "lower-back", "weekdays": ["mon", "thu"], "weeks": 8,
        "state": "stopped", "week": 3, "sessions_done": 3, "sessions_planned": 16,
        "sessions_due_so_far": 5, "next_session": null,
        "pain_week": {"start": null, "latest": null}, "goals": [],
        "due": [], "follow_ups": follow_ups([false; 3]),
    });
    check(&lines, date(2026, 12, 18), &stopped);
    // Later still, no check-in, review or follow-up is asked of a stopped course.
    check(
        &lines,
        date(2027, 3, 1),
        &with(&stopped, json!({"sessions_due_so_far": 16})),
    );
}

#[test]
fn the_summary_names_the_review_once_it_is_due() {
    let mut lines = Lines::default();
    lines.add(format!(
        "Course(started: \"{STARTED}\", program: \"lower-back\", weekdays: [Mon, Thu], \
         weeks: 8, goals: [])"
    ));
    let text: String = lines.0.iter().map(|line| format!("{line}\n")).collect();
    let records = History::parse(&text).records;
    let zone = TimeZone::get("Europe/Copenhagen").unwrap();
    let day = ryg_core::course::latest(&records, date(2027, 1, 27), &zone).unwrap();
    let summary = super::summary(&day, ryg_core::words::Lang::En);
    assert!(summary.contains("Due now: 8-week review"), "{summary}");
}
