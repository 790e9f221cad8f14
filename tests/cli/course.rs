//! The course on the command line: a course run through with histories prepared around today.

use jiff::civil::Date;
use jiff::{ToSpan, Zoned};
use serde_json::json;

use super::User;

fn today() -> Date {
    Zoned::now().with_time_zone(jiff::tz::TimeZone::UTC).date()
}

/// A moment on `day`, early so that it is not in the future on today's date.
fn at(day: Date) -> String {
    format!("{day}T00:00:30Z")
}

fn course(start: Date) -> String {
    format!(
        r#"Course(started: "{}", program: "lower-back", weekdays: [Mon, Thu], weeks: 8, goals: ["Lift my grandchild"])"#,
        at(start)
    )
}

fn measure(start: Date, day: Date, point: &str, pain: u8, goal: u8) -> String {
    format!(
        r#"Measure(at: "{}", course: "{}", point: {point}, pain_week: {pain}, goals: [{goal}])"#,
        at(day).replace("00:00:30", "00:00:40"),
        at(start)
    )
}

fn session(day: Date) -> String {
    format!(
        r#"Session(started: "{}", finished: "{}", program: "lower-back", level: 1, completed: true, reps_done: 9, reps_planned: 9, pain_before: 3, pain_after: Some(3))"#,
        at(day).replace("00:00:30", "00:00:50"),
        at(day).replace("00:00:30", "00:10:50")
    )
}

/// `ryg course --json` for `lines`, with the fields a step checks.
fn course_json(user: &User, lines: &[String]) -> serde_json::Value {
    user.write_history(&lines.iter().map(String::as_str).collect::<Vec<_>>());
    let run = user.run(&["course", "--json"]);
    assert_eq!((run.code(), run.err()), (0, String::new()));
    run.json()
}

fn pick(value: &serde_json::Value, keys: &[&str]) -> serde_json::Value {
    keys.iter()
        .map(|key| (key.to_string(), value[key].clone()))
        .collect()
}

#[test]
fn no_course_is_null_and_a_started_one_is_running_in_week_1() {
    let user = User::new();
    let run = user.run(&["course", "--json"]);
    assert_eq!(run.out(), "null\n");
    assert_eq!(user.run(&["status", "--short"]).out(), "");
    let run = user.run(&[
        "course",
        "start",
        "lower-back",
        "--days",
        "mon,thu",
        "--goal",
        "Bære indkøb æøå",
        "--goal",
        "Sit through a film",
    ]);
    assert_eq!(run.code(), 0, "{}", run.err());
    assert!(
        run.out()
            .starts_with("Course started: lower-back on Mon+Thu"),
        "{}",
        run.out()
    );
    let json = user.run(&["course", "--json"]).json();
    assert_eq!(
        pick(
            &json,
            &[
                "program",
                "weekdays",
                "weeks",
                "state",
                "week",
                "sessions_done",
                "sessions_planned",
                "sessions_due_so_far",
                "pain_week",
                "goals",
                "due"
            ]
        ),
        json!({
            "program": "lower-back", "weekdays": ["mon", "thu"], "weeks": 8, "state": "running",
            "week": 1, "sessions_done": 0, "sessions_planned": 16, "sessions_due_so_far": 0,
            "pain_week": {"start": null, "latest": null},
            "goals": [{"goal": "Bære indkøb æøå", "start": null, "latest": null},
                      {"goal": "Sit through a film", "start": null, "latest": null}],
            "due": []
        })
    );
    let summary = user.run(&["--lang", "da", "course"]).out();
    let lines: Vec<&str> = summary.lines().collect();
    assert!(
        lines[0].starts_with("Forløb: lower-back man+tor, uge 1 af 8 (i gang)"),
        "{summary}"
    );
    assert!(lines.contains(&"Mål: Bære indkøb æøå: – → –"), "{summary}");
    assert!(
        lines.contains(&"Uger: 0/2 0/2 0/2 0/2 0/2 0/2 0/2 0/2"),
        "{summary}"
    );
    let again = user.run(&["course", "start", "lower-back", "--days", "tue,fri"]);
    assert_eq!(again.code(), 2);
    assert!(
        again.err().contains("already running (week 1 of 8)"),
        "{}",
        again.err()
    );
    let stop = user.run(&["course", "stop"]);
    assert_eq!(stop.code(), 0, "{}", stop.err());
    assert_eq!(user.run(&["course", "--json"]).json()["state"], "stopped");
    assert_eq!(user.run(&["course", "stop"]).code(), 2);
    let history = std::fs::read_to_string(user.data().join("history.ron")).unwrap();
    assert_eq!(history.lines().count(), 2, "{history}");
    assert!(
        history
            .lines()
            .nth(1)
            .unwrap()
            .starts_with("CourseStopped("),
        "{history}"
    );
}

#[test]
fn a_course_runs_through_check_ins_the_review_and_a_follow_up() {
    let user = User::new();
    // A week ago and a day: week 2, week 1's check-in due until answered.
    let start = today() - 8.days();
    let mut lines = vec![course(start), measure(start, start, "Start", 5, 3)];
    lines.extend([1, 4].map(|d| session(start + d.days())));
    let json = course_json(&user, &lines);
    assert_eq!(
        pick(&json, &["week", "sessions_done", "due", "pain_week"]),
        json!({"week": 2, "sessions_done": 2, "due": ["check-in-1"], "pain_week": {"start": 5, "latest": 5}})
    );
    assert_eq!(
        user.run(&["status", "--short"]).out(),
        "ryg: check-in due\n"
    );
    lines.push(measure(start, today(), "Week(1)", 4, 5));
    let json = course_json(&user, &lines);
    assert_eq!(
        pick(&json, &["due", "pain_week", "goals"]),
        json!({"due": [], "pain_week": {"start": 5, "latest": 4},
               "goals": [{"goal": "Lift my grandchild", "start": 3, "latest": 5}]})
    );
    // Eight weeks and a day ago: sixteen sessions, none in week 4; the review is due.
    let start = today() - 57.days();
    let mut lines = vec![course(start), measure(start, start, "Start", 5, 3)];
    for (week, days) in [
        (1, 2),
        (2, 2),
        (3, 2),
        (4, 0),
        (5, 3),
        (6, 3),
        (7, 2),
        (8, 2),
    ] {
        for day in 0..days {
            lines.push(session(start + (7 * (week - 1) + 2 * day).days()));
        }
    }
    let json = course_json(&user, &lines);
    assert_eq!(
        pick(
            &json,
            &[
                "state",
                "week",
                "sessions_done",
                "sessions_due_so_far",
                "next_session",
                "due"
            ]
        ),
        json!({"state": "finished", "week": 8, "sessions_done": 16, "sessions_due_so_far": 16,
               "next_session": null, "due": ["review"]})
    );
    lines.push(measure(start, today(), "End", 3, 7));
    assert_eq!(course_json(&user, &lines)["due"], json!([]));
    // Three months ago today: the 3-month follow-up is due, then done.
    let start = today() - 3.months();
    let mut lines = vec![
        course(start),
        measure(start, start + 57.days(), "End", 3, 7),
    ];
    let json = course_json(&user, &lines);
    assert_eq!(json["due"], json!(["follow-up-3"]));
    assert_eq!(
        json["follow_ups"][0],
        json!({"months": 3, "due": today().to_string(), "done": false})
    );
    assert_eq!(
        user.run(&["status", "--short"]).out(),
        "ryg: follow-up due\n"
    );
    lines.push(measure(start, today(), "Months(3)", 2, 8));
    let json = course_json(&user, &lines);
    assert_eq!(json["due"], json!([]));
    assert_eq!(json["follow_ups"][0]["done"], true);
    assert_eq!(user.run(&["status", "--short"]).out(), "");
}

#[test]
fn the_short_status_names_todays_session_and_its_level() {
    let user = User::new();
    let day = |date: Date| format!("{:?}", date.weekday()).to_lowercase()[..3].to_string();
    let days = format!("{},{}", day(today()), day(today() + 1.days()));
    let run = user.run(&["course", "start", "lower-back", "--days", &days]);
    assert_eq!(run.code(), 0, "{}", run.err());
    assert_eq!(
        user.run(&["status", "--short"]).out(),
        "ryg: session today · lower-back level 1\n"
    );
    let danish = user.run(&["--lang", "da", "status", "--short"]);
    assert_eq!(danish.out(), "ryg: træning i dag · lower-back niveau 1\n");
}

#[test]
fn a_course_start_that_cannot_be_is_refused_in_plain_words() {
    let user = User::new();
    let cases: [(&[&str], &str); 7] = [
        (&["--days", "mon"], "two different training days"),
        (&["--days", "mon,mon"], "two different training days"),
        (&["--days", "mon,thu,sat"], "two different training days"),
        (&["--days", "mon,someday"], "`someday` is not a day"),
        (
            &[
                "--days", "mon,thu", "--goal", "a", "--goal", "b", "--goal", "c", "--goal", "d",
            ],
            "At most three goals",
        ),
        (
            &["--days", "mon,thu", "--goal", "line\nbreak"],
            "control characters",
        ),
        (
            &["--days", "mon,thu", "--goal", &"x".repeat(81)],
            "at most 80 characters",
        ),
    ];
    for (args, why) in cases {
        let run = user.run(&[&["course", "start", "lower-back"], args].concat());
        assert_eq!(run.code(), 2, "{args:?}");
        assert!(run.err().contains(why), "{args:?}: {}", run.err());
    }
    assert_eq!(
        user.run(&["course", "start", "nope", "--days", "mon,thu"])
            .code(),
        2
    );
    assert!(!user.data().join("history.ron").exists());
}

#[test]
fn the_status_names_a_due_follow_up_after_its_table_and_its_json_stays_the_programs() {
    let user = User::new();
    let start = today() - 3.months();
    let mut lines = vec![
        course(start),
        measure(start, start + 57.days(), "End", 3, 7),
    ];
    user.write_history(&lines.iter().map(String::as_str).collect::<Vec<_>>());
    let run = user.run(&["status"]);
    assert_eq!((run.code(), run.err()), (0, String::new()));
    assert!(
        run.out()
            .ends_with("\n\nCourse: follow-up at 3 months due now.\n"),
        "{}",
        run.out()
    );
    let danish = user.run(&["--lang", "da", "status"]).out();
    assert!(
        danish.ends_with("\nForløb: opfølgning efter 3 måneder venter nu.\n"),
        "{danish}"
    );
    let json = user.run(&["status", "--json"]).json();
    for row in json.as_array().unwrap() {
        let keys: Vec<&String> = row.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["levels", "next_level", "program", "reason", "zone"]);
    }
    lines.push(measure(start, today(), "Months(3)", 2, 8));
    user.write_history(&lines.iter().map(String::as_str).collect::<Vec<_>>());
    let answered = user.run(&["status"]).out();
    assert!(!answered.contains("Course:"), "{answered}");
}
