//! A running course on home: with a history prepared around today, home shows the course week,
//! its strip of sessions against two, the week's module read with its plan, in English at 80×24
//! and in Danish at 60×20, and `l` opens the Learn list on the week's module.

use super::support::*;

use jiff::ToSpan;
use jiff::civil::Date;

/// A moment on `day`, early so that it is not in the future on today's date.
fn at(day: Date, time: &str) -> String {
    format!("{day}T{time}Z")
}

fn session(day: Date) -> String {
    format!(
        r#"Session(started: "{}", finished: "{}", program: "lower-back", level: 1, completed: true, reps_done: 9, reps_planned: 9, pain_before: 3, pain_after: Some(3))"#,
        at(day, "00:00:50"),
        at(day, "00:10:50")
    )
}

/// A course of lower-back that started 15 days ago (so today is in week 3), a session in each
/// of its weeks, module 3 read yesterday with a plan.
fn write_course(user: &User) {
    let history = user.checked_now();
    let today = jiff::Zoned::now()
        .with_time_zone(jiff::tz::TimeZone::UTC)
        .date();
    let start = today - 15.days();
    let mut text = fs::read_to_string(&history).unwrap();
    text.push_str(&format!(
        "Course(started: \"{}\", program: \"lower-back\", weekdays: [Mon, Thu], weeks: 8, goals: [\"Gå på trappen\"])\n",
        at(start, "00:00:30")
    ));
    for day in [start, start + 8.days(), today - 1.days()] {
        text.push_str(&session(day));
        text.push('\n');
    }
    text.push_str(&format!(
        "Learned(at: \"{}\", module: \"load-and-capacity\", plan: Some(\"Gå en tur før frokost\"))\n",
        at(today - 1.days(), "00:20:00")
    ));
    fs::write(&history, text).unwrap();
}

#[test]
fn home_shows_the_course_week_and_its_strip_and_l_opens_the_weeks_module() {
    let user = User::new();
    write_course(&user);

    let tmux = user.trainer("rhythm", &[]);
    // The course was begun without its first ratings: they are asked first, and put off.
    tmux.wait_for("Your course's first ratings");
    tmux.keys(&["Escape"]);
    let screen = tmux.wait_for("Course week 3 of 8  ●○ ●○ [●○] ○○ ○○ ○○ ○○ ○○");
    assert!(
        screen.contains("Learn (l): 3. Load and capacity ✓ read"),
        "{screen}"
    );
    assert!(
        screen.contains("Your plan: “Gå en tur før frokost”"),
        "{screen}"
    );
    tmux.keys(&["l"]);
    tmux.wait_for("▶ 3. Load and capacity ✓ read");
    tmux.keys(&["q"]);
    tmux.wait_for("Enter start");
    tmux.keys(&["q"]);
    assert_eq!(tmux.exit_status(), 0);

    let danish = user.trainer("rhythm-da", &["--lang", "da"]);
    danish.run(&["resize-window", "-t", TARGET, "-x", "60", "-y", "20"]);
    danish.wait_for("Forløbets første vurderinger");
    danish.keys(&["Escape"]);
    let screen = danish.wait_for("Forløb, uge 3 af 8  ●○ ●○ [●○] ○○ ○○ ○○ ○○ ○○");
    assert!(
        screen.contains("Lær (l): 3. Belastning og kapacitet ✓ læst"),
        "{screen}"
    );
    danish.keys(&["q"]);
    assert_eq!(danish.exit_status(), 0);
}
