//! The terminal's title: where a session is while ryg runs, and the shell's own title back after
//! a stop and after the end.

use super::support::*;
use super::terminal::{send, shell};

const SHELL_TITLE: &str = "the shell title";

/// The pane's title once it is `title`; fails after [`WAIT`] with the title it has.
fn wait_for_title(tmux: &Tmux, title: &str) {
    let started = Instant::now();
    loop {
        let now = tmux.pane("#{pane_title}");
        if now == title {
            return;
        }
        assert!(started.elapsed() < WAIT, "title {now:?}, not {title:?}");
        sleep(Duration::from_millis(50));
    }
}

#[test]
fn the_title_shows_the_exercise_and_set_and_the_shells_title_comes_back() {
    let user = User::new();
    user.write_tiny_program(30);
    let tmux = shell(&user, "title");
    tmux.type_text(&format!("printf '\\033]2;{SHELL_TITLE}\\007'"));
    tmux.keys(&["Enter"]);
    wait_for_title(&tmux, SHELL_TITLE);
    let ryg = env!("CARGO_BIN_EXE_ryg");
    tmux.type_text(&format!("{ryg} --data-dir {} start tiny", user.data()));
    tmux.keys(&["Enter"]);
    pass_the_safety_check(&tmux);
    tmux.wait_for("How much does your back hurt right now?");
    wait_for_title(&tmux, "ryg · Tiny");
    tmux.keys(&["3", "Enter"]);
    wait_for_title(&tmux, "ryg · Tilt · set 1/1");

    tmux.keys(&["C-z"]);
    tmux.wait_until("the shell", WAIT, |screen| {
        screen.trim_end().ends_with("shell$")
    });
    wait_for_title(&tmux, SHELL_TITLE);
    tmux.type_text("fg");
    tmux.keys(&["Enter"]);
    wait_for_title(&tmux, "ryg · Tilt · set 1/1");

    send(tmux.ryg_pid(), libc::SIGTERM);
    tmux.wait_until("the shell", WAIT, |screen| {
        screen.trim_end().ends_with("shell$")
    });
    wait_for_title(&tmux, SHELL_TITLE);
}
