//! Starting a course from home in Danish at 60×20: two days, a goal typed with æøå and partly
//! pasted, its rating, last week's pain, a skipped confidence; the course in the history file.

use super::support::*;

#[test]
fn a_course_is_started_from_home_with_a_goal_typed_and_pasted() {
    let user = User::new();
    let history = user.checked_now();

    let tmux = user.trainer("course-start", &["--lang", "da"]);
    tmux.wait_for("Enter start");
    tmux.run(&["resize-window", "-t", TARGET, "-x", "60", "-y", "20"]);
    tmux.keys(&["c"]);
    tmux.wait_for("Hvilket program vil du følge?");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Hvilke to dage om ugen vil du træne?");
    tmux.keys(&["1", "4"]);
    tmux.wait_for("Valgt: man+tor");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Mål 1 af 3");
    tmux.type_text("Gå på trappen");
    tmux.run(&["set-buffer", " uden at stoppe"]);
    tmux.run(&["paste-buffer", "-t", TARGET]);
    tmux.wait_for("› Gå på trappen uden at stoppe");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Hvor godt kan du det nu?");
    tmux.keys(&["3", "Enter"]);
    tmux.wait_for("Mål 2 af 3");
    // An empty line ends the goals.
    tmux.keys(&["Enter"]);
    tmux.wait_for("Din smerte i ryggen i gennemsnit den seneste uge?");
    tmux.keys(&["6", "Enter"]);
    tmux.wait_for("Hvor sikker er du");
    tmux.keys(&["s"]);
    tmux.wait_for("Forløb startet");
    tmux.keys(&["q"]);
    assert_eq!(tmux.exit_status(), 0);

    let text = fs::read_to_string(&history).unwrap();
    let course: Vec<&str> = text.lines().filter(|l| l.starts_with("Course(")).collect();
    assert_eq!(course.len(), 1, "{text}");
    assert!(
        course[0].contains("Gå på trappen uden at stoppe") && course[0].contains("Thu"),
        "{text}"
    );
    let measure: Vec<&str> = text.lines().filter(|l| l.starts_with("Measure(")).collect();
    assert_eq!(measure.len(), 1, "{text}");
    assert!(measure[0].contains("pain_week: 6"), "{text}");
}
