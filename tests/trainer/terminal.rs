//! The terminal and signals: restored on every way out, Ctrl-Z and fg, keys that cannot freeze input.

use super::support::*;

pub(super) fn shell(user: &User, test: &str) -> Tmux {
    let histfile = format!("HISTFILE={}/bash_history", user.data());
    let tmux = Tmux::start(
        test,
        &["PS1=shell$ ", &histfile, "bash", "--norc", "--noprofile"],
    );
    tmux.wait_for("shell$");
    tmux
}

/// ryg on its safety screen, started from an interactive shell in the pane, and then ended
/// with SIGTERM; returns the pane once the shell has its prompt back.
fn shell_after_sigterm(user: &User, test: &str) -> Tmux {
    let tmux = shell(user, test);
    let ryg = env!("CARGO_BIN_EXE_ryg");
    tmux.type_text(&format!(
        "{ryg} --data-dir {}; echo \"{ENDED}$?\"",
        user.data()
    ));
    tmux.keys(&["Enter"]);
    tmux.wait_for("Does any of these apply to you now?");
    assert_eq!(
        tmux.pane("#{alternate_on}"),
        "1",
        "ryg has a screen of its own"
    );

    let pid = tmux.ryg_pid().to_string();
    let kill = Command::new("kill").args(["-TERM", &pid]).status();
    assert!(kill.expect("kill runs").success());
    // 128 + 15: the conventional status of a process that ends on SIGTERM.
    assert_eq!(tmux.exit_status(), 143);
    tmux
}

/// The terminal is the shell's again: the normal screen, and the modes a shell works in (the
/// shell hands its commands the modes it found when ryg stopped or ended, so a terminal left raw
/// would show here as `-icanon -echo`).
fn assert_terminal_restored(tmux: &Tmux) {
    assert_eq!(
        tmux.pane("#{alternate_on}"),
        "0",
        "the alternate screen is left"
    );
    tmux.type_text("stty -a; echo stty-done");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_until("the output of stty", WAIT, |screen| {
        screen.lines().any(|line| line.trim_end() == "stty-done")
    });
    let flags: Vec<&str> = screen
        .split(|c: char| c.is_whitespace() || c == ';')
        .collect();
    for flag in ["icanon", "echo", "isig", "icrnl", "opost"] {
        assert!(flags.contains(&flag), "{flag} is on:\n{screen}");
    }
    tmux.type_text("clear");
    tmux.keys(&["Enter"]);
    tmux.wait_until("a cleared screen", WAIT, |screen| {
        !screen.contains("stty-done")
    });
}

#[test]
fn the_terminal_is_restored_after_sigterm() {
    let user = User::new();
    let tmux = shell_after_sigterm(&user, "sigterm");

    let screen = tmux.screen();
    assert!(!screen.contains("safety check"), "{screen}");
    assert_terminal_restored(&tmux);
}

#[test]
fn the_cursor_shows_again_after_sigterm() {
    let user = User::new();
    let tmux = shell_after_sigterm(&user, "cursor");
    // ryg hides the cursor while it runs; a shell does not show it again by itself.
    assert_eq!(tmux.pane("#{cursor_flag}"), "1", "the cursor is hidden");
}

const ALT_BRACKET_QUESTION: [&str; 3] = ["1b", "5b", "3f"];
const ALT_BRACKET_LESS: [&str; 3] = ["1b", "5b", "3c"];

#[test]
fn esc_and_q_still_work_after_alt_bracket_then_question_mark() {
    let user = User::new();
    user.write_tiny_program(2);
    let tmux = user.trainer("alt-bracket", &[]);
    tmux.wait_for("Does any of these apply to you now?");
    pass_the_safety_check(&tmux);
    tmux.wait_for("Enter start");
    tmux.keys(&["?"]);
    let help = "start the session";
    tmux.wait_for(help);

    tmux.bytes(&ALT_BRACKET_QUESTION);
    tmux.keys(&["Escape"]);
    tmux.wait_until("help closed by Esc", WAIT, |screen| {
        !screen.contains(help) && screen.contains("Enter start")
    });
    // `q` right after the sequence may be taken as its last byte, as a terminal would; the
    // next one quits.
    tmux.bytes(&ALT_BRACKET_LESS);
    tmux.keys(&["q", "q"]);
    assert_eq!(tmux.exit_status(), 0);
}

#[test]
fn ctrl_c_stops_at_once_after_alt_bracket_then_less_than() {
    let user = User::new();
    user.write_tiny_program(20);
    let tmux = user.start_tiny_session("alt-bracket-ctrl-c");

    tmux.bytes(&ALT_BRACKET_LESS);
    tmux.keys(&["C-c"]);
    assert_eq!(tmux.exit_status(), 0);
    let sessions = user.sessions();
    assert_eq!(sessions.len(), 1, "{sessions:?}");
    assert!(!sessions[0].completed, "{sessions:?}");
    assert!(sessions[0].reps_done < 20, "{sessions:?}");
}

/// Sends `signal` to `pid`.
pub(super) fn send(pid: u32, signal: libc::c_int) {
    // SAFETY: kill only sends a signal; the process is one this test started.
    let sent = unsafe { libc::kill(pid as libc::pid_t, signal) };
    assert_eq!(sent, 0, "signal {signal} to {pid}");
}

#[test]
fn ctrl_z_gives_the_terminal_back_and_fg_brings_the_session_back_paused() {
    let user = User::new();
    user.write_tiny_program(20);
    let tmux = shell(&user, "suspend");
    let ryg = env!("CARGO_BIN_EXE_ryg");
    tmux.type_text(&format!("{ryg} --data-dir {} start tiny", user.data()));
    tmux.keys(&["Enter"]);
    tmux.wait_for("Does any of these apply to you now?");
    pass_the_safety_check(&tmux);
    tmux.wait_for("How much does your back hurt right now?");
    tmux.keys(&["3", "Enter"]);
    tmux.wait_until("the reps", WAIT, |screen| rep_on(screen).is_some());
    let pid = tmux.ryg_pid();

    // The key (in raw mode Ctrl-Z is a byte, not a signal), then the signal itself.
    for (round, suspend) in ["Ctrl-Z", "SIGTSTP"].into_iter().enumerate() {
        match suspend {
            "Ctrl-Z" => tmux.keys(&["C-z"]),
            _ => send(pid, libc::SIGTSTP),
        }
        tmux.wait_until(&format!("the shell after {suspend}"), WAIT, |screen| {
            screen.contains("Stopped") && screen.trim_end().ends_with("shell$")
        });
        assert_eq!(stat(pid).map(|(_, state, _)| state), Some('T'), "{suspend}");
        assert_eq!(tmux.pane("#{cursor_flag}"), "1", "the cursor shows");
        assert_terminal_restored(&tmux);

        // The last time, the shell says how ryg ended.
        let fg = if round == 0 {
            "fg".to_string()
        } else {
            format!("fg; echo \"{ENDED}$?\"")
        };
        tmux.type_text(&fg);
        tmux.keys(&["Enter"]);
        // Every line is drawn again, and the session waits.
        let paused = tmux.wait_until(
            &format!("the session back after {suspend}"),
            WAIT,
            |screen| {
                screen.contains("Paused: every timer has stopped")
                    && screen.contains("Session")
                    && rep_on(screen).is_some()
                    && !screen.contains("shell$")
            },
        );
        assert_eq!(tmux.pane("#{alternate_on}"), "1", "{suspend}");
        let rep = rep_on(&paused).expect("a rep");
        sleep(Duration::from_millis(1500));
        assert_eq!(rep_on(&tmux.screen()), Some(rep), "paused after {suspend}");
    }
    tmux.keys(&["Space"]);
    tmux.wait_until("the session going on", WAIT, |screen| {
        !screen.contains("Paused")
    });
    tmux.keys(&["q"]);
    tmux.wait_for("End the session now?");
    tmux.keys(&["y"]);
    tmux.wait_for("Why did you stop the session?");
    tmux.keys(&["Escape"]);
    tmux.wait_for("Enter start");
    tmux.keys(&["q"]);
    assert_eq!(tmux.exit_status(), 0);
    let sessions = user.sessions();
    assert_eq!(sessions.len(), 1, "{sessions:?}");
    assert!(!sessions[0].completed, "{sessions:?}");
    assert_eq!(sessions[0].stopped, None, "Esc saves with no reason");
}

#[test]
fn every_signal_that_would_end_ryg_saves_the_session_and_restores_the_terminal() {
    let signals = [
        libc::SIGUSR1,
        libc::SIGUSR2,
        libc::SIGALRM,
        libc::SIGIO,
        libc::SIGXCPU,
        libc::SIGRTMIN(),
    ];
    let threads: Vec<_> = signals
        .into_iter()
        .map(|signal| {
            std::thread::spawn(move || {
                let user = User::new();
                user.write_tiny_program(20);
                let tmux = user.start_tiny_session(&format!("signal-{signal}"));
                send(tmux.ryg_pid(), signal);
                assert_eq!(tmux.exit_status(), 128 + signal, "signal {signal}");
                assert_eq!(tmux.pane("#{alternate_on}"), "0", "signal {signal}");
                assert_eq!(tmux.pane("#{cursor_flag}"), "1", "signal {signal}");
                let sessions = user.sessions();
                assert_eq!(sessions.len(), 1, "signal {signal}: {sessions:?}");
                let session = &sessions[0];
                assert!(!session.completed, "signal {signal}: {session:?}");
                assert_eq!(session.pain_before, 3, "signal {signal}: {session:?}");
            })
        })
        .collect();
    for thread in threads {
        thread.join().expect("every signal is answered");
    }
}

#[test]
fn sigpipe_and_sigxfsz_do_not_end_ryg() {
    let user = User::new();
    let tmux = user.trainer("ignored-signals", &[]);
    tmux.wait_for("Does any of these apply to you now?");
    let pid = tmux.ryg_pid();
    send(pid, libc::SIGPIPE);
    send(pid, libc::SIGXFSZ);
    pass_the_safety_check(&tmux);
    tmux.wait_for("Enter start");
    tmux.keys(&["q"]);
    assert_eq!(tmux.exit_status(), 0);
}
