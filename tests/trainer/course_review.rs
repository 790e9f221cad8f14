//! The review after eight weeks in a prepared history whose course began 60 days ago: asked
//! after the safety check, answered, and its `End` measure found in the history file.

use super::support::*;

#[test]
fn the_review_comes_after_the_safety_check_and_its_end_measure_is_written() {
    let user = User::new();
    let now = ryg_core::journal::whole_second(Timestamp::now());
    let started = now - jiff::SignedDuration::from_hours(24 * 60);
    let mut history = format!(
        "Course(started: \"{started}\", program: \"lower-back\", weekdays: [Mon, Thu], weeks: 8, goals: [\"Lift my grandchild\", \"Gå på trappen\"])\n\
         Measure(at: \"{started}\", course: \"{started}\", point: Start, pain_week: 6, goals: [3, 4], confidence: Some(4))\n"
    );
    // Twelve sessions over the eight weeks, the later ones at level 2.
    for n in 0..12 {
        let at = started + jiff::SignedDuration::from_hours(24 * 4 * n + 1);
        let end = at + jiff::SignedDuration::from_mins(18);
        let level = if n < 6 { 1 } else { 2 };
        history.push_str(&format!(
            "Session(started: \"{at}\", finished: \"{end}\", program: \"lower-back\", level: {level}, completed: true, reps_done: 96, reps_planned: 96, pain_before: 3, pain_after: Some(3))\n"
        ));
    }
    let path = Path::new(user.data()).join("history.ron");
    fs::write(&path, history).unwrap();

    let tmux = user.trainer("course-review", &[]);
    pass_the_safety_check(&tmux);
    tmux.wait_for("The review after eight weeks");
    tmux.wait_for("Your back pain on average over the last week?");
    tmux.keys(&["3", "Enter"]);
    tmux.wait_for("1. Lift my grandchild");
    tmux.keys(&["6", "Enter"]);
    tmux.wait_for("2. Gå på trappen");
    tmux.keys(&["7", "Enter"]);
    tmux.wait_for("How sure are you");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Choose an answer first");
    tmux.keys(&["Right", "Right", "Enter"]);
    let summary = tmux.wait_for("At the start → now");
    for line in [
        " 3 → 6   1. Lift my grandchild",
        " 4 → 7   2. Gå på trappen",
        " 6 → 3   Average back pain over a week",
        " 4 → 6   Confidence in exercising",
        "Sessions done: 12 of 16",
        "Levels: 1 → 2",
    ] {
        assert!(summary.contains(line), "{line:?} in:\n{summary}");
    }
    tmux.keys(&["Enter"]);
    tmux.wait_for("Compared with before the course, how is your back now?");
    tmux.keys(&["2", "Enter"]);
    tmux.wait_for("Is your back in a state you can accept?");
    tmux.keys(&["y"]);
    tmux.wait_for("Your goals rose by 3 points on average");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Enter start");
    tmux.keys(&["q"]);
    assert_eq!(tmux.exit_status(), 0);

    let text = fs::read_to_string(&path).unwrap();
    let ends: Vec<&str> = text
        .lines()
        .filter(|line| line.starts_with("Measure(") && line.contains("point: End"))
        .collect();
    assert_eq!(ends.len(), 1, "{text}");
    for field in [
        format!("course: \"{started}\""),
        "pain_week: 3".into(),
        "goals: [6, 7]".into(),
        "confidence: Some(6)".into(),
        "change: Some(Better)".into(),
        "acceptable: Some(true)".into(),
    ] {
        assert!(ends[0].contains(&field), "{field} in {}", ends[0]);
    }
}
