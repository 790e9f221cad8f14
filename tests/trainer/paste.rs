//! Bracketed paste: a paste with a line break is one line in a goal and confirms nothing; the
//! terminal marks pastes only while ryg is on it, after Ctrl-Z and fg as before, not after its end.

use super::support::*;

/// Pastes `text` as a terminal does, marked as a paste when the program asked for that.
fn paste(tmux: &Tmux, text: &str) {
    tmux.run(&["set-buffer", text]);
    tmux.run(&["paste-buffer", "-p", "-t", TARGET]);
}

/// Pastes into the shell's (canonical, echoing) line: the echo shows the marks of a bracketed
/// paste as `^[[200~`, which ryg must not have left on. The line is then erased.
fn assert_pastes_are_plain(tmux: &Tmux, when: &str) {
    paste(tmux, "plainpaste");
    let screen = tmux.wait_for("plainpaste");
    assert!(!screen.contains("200~"), "{when}:\n{screen}");
    tmux.keys(&["C-u"]);
    tmux.wait_until("the line erased", WAIT, |screen| {
        !screen.contains("plainpaste")
    });
}

#[test]
fn a_pasted_line_break_is_a_space_in_a_goal_and_pastes_are_plain_again_outside_ryg() {
    let user = User::new();
    user.checked_now();
    // dash: a shell with job control that, unlike bash's readline, asks for no bracketed paste.
    let tmux = Tmux::start("paste", &["PS1=shell$ ", "dash", "-i"]);
    tmux.wait_for("shell$");
    let ryg = env!("CARGO_BIN_EXE_ryg");
    tmux.type_text(&format!("{ryg} --data-dir {}", user.data()));
    tmux.keys(&["Enter"]);
    tmux.wait_for("Enter start");
    tmux.keys(&["c"]);
    tmux.wait_for("Which program");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Which two days");
    tmux.keys(&["1", "4", "Enter"]);
    tmux.wait_for("Goal 1 of 3");
    paste(&tmux, "a\nb");
    tmux.wait_for("› a b");
    // Had the line break been Enter, the goal would be taken and its rating asked.
    assert!(!tmux.screen().contains("How well can you do it now?"));

    tmux.keys(&["C-z"]);
    tmux.wait_until("the shell after Ctrl-Z", WAIT, |screen| {
        screen.contains("Stopped") && screen.trim_end().ends_with("shell$")
    });
    assert_pastes_are_plain(&tmux, "after Ctrl-Z");
    // The shell says how ryg ended once it is brought back and ends.
    tmux.type_text(&format!("fg; echo \"{ENDED}$?\""));
    tmux.keys(&["Enter"]);
    tmux.wait_for("› a b");
    paste(&tmux, "\nc\td\n");
    tmux.wait_for("› a b c d");
    assert!(!tmux.screen().contains("How well can you do it now?"));
    tmux.keys(&["Enter"]);
    tmux.wait_for("How well can you do it now?");

    tmux.keys(&["C-c"]);
    assert_eq!(tmux.exit_status(), 0);
    assert_pastes_are_plain(&tmux, "after the end");
}
