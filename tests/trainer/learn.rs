//! Learn: a module read in Danish from home, at 60×20, with a plan typed and pasted, and the
//! record that it was read in the history file.

use super::support::*;

#[test]
fn a_module_is_read_with_a_plan_typed_and_pasted_and_the_history_keeps_it() {
    let user = User::new();
    let history = user.checked_now();

    let tmux = user.trainer("learn", &["--lang", "da"]);
    tmux.wait_for("l lær");
    tmux.keys(&["l"]);
    tmux.wait_for("2. Smerte er en alarm, ikke en skademåler");
    tmux.keys(&["j", "Enter"]);
    tmux.wait_for("Enter gem");
    // The smallest screen: the text no longer fits and scrolls to its question.
    tmux.run(&["resize-window", "-t", TARGET, "-x", "60", "-y", "20"]);
    tmux.keys(&["PageDown", "PageDown", "PageDown"]);
    tmux.wait_for("Hvad vil du prøve i denne uge?");
    tmux.type_text("Gå en tur");
    tmux.run(&["set-buffer", " før frokost"]);
    tmux.run(&["paste-buffer", "-t", TARGET]);
    tmux.wait_for("› Gå en tur før frokost");
    tmux.keys(&["Enter"]);
    tmux.wait_for("2. Smerte er en alarm, ikke en skademåler ✓ læst");
    tmux.keys(&["Escape"]);
    tmux.wait_for("Enter start");
    tmux.keys(&["q"]);
    assert_eq!(tmux.exit_status(), 0);

    let text = fs::read_to_string(&history).unwrap();
    let learned: Vec<&str> = text.lines().filter(|l| l.starts_with("Learned(")).collect();
    assert_eq!(learned.len(), 1, "{text}");
    assert!(
        learned[0].contains(r#"module: "pain-is-an-alarm""#)
            && learned[0].contains(r#"plan: Some("Gå en tur før frokost")"#),
        "{text}"
    );
}
