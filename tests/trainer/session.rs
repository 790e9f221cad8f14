//! A session followed to its end, paused, quit, cut short or shown too small.

use super::support::*;

#[test]
fn a_whole_short_session_is_recorded() {
    let user = User::new();
    user.write_tiny_program(2);
    let tmux = user.trainer("whole", &["start", "tiny"]);

    tmux.wait_for("Does any of these apply to you now?");
    pass_the_safety_check(&tmux);
    let before = tmux.wait_for("How much does your back hurt right now?");
    assert!(before.contains("Before the session"), "{before}");
    tmux.keys(&["3", "Enter"]);
    // The session runs on its own: a second to get ready, then two one-second reps.
    let after = tmux.wait_for("After the session");
    assert!(after.contains("How much does your back hurt right now?"));
    tmux.keys(&["4", "Enter"]);
    let result = tmux.wait_for("Session done");
    assert!(result.contains("Green"), "{result}");
    assert!(result.contains("Reps done: 2 of 2"), "{result}");
    assert!(result.contains("Pain 3 → 4"), "{result}");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Enter start");
    tmux.keys(&["q"]);
    assert_eq!(tmux.exit_status(), 0);

    let history = user.history();
    let clear_at = match history.first() {
        Some(Line::Screening {
            at,
            clear: true,
            clinician: false,
        }) => time(at),
        other => panic!("the safety check comes first, and clear: {other:?}"),
    };
    let sessions = user.sessions();
    assert_eq!(sessions.len(), 1, "{history:?}");
    let session = &sessions[0];
    assert_eq!(
        (
            session.program.as_str(),
            session.level,
            session.completed,
            session.reps_done,
            session.reps_planned,
            session.pain_before,
            session.pain_after
        ),
        ("tiny", 1, true, 2, 2, 3, Some(4)),
        "{session:?}"
    );
    let (started, finished) = (time(&session.started), time(&session.finished));
    assert!(clear_at <= started, "{history:?}");
    // Three seconds of session, with both ends cut to the whole second.
    let took = finished.duration_since(started).as_secs();
    assert!((2..=5).contains(&took), "took {took} s: {session:?}");
}

/// The checks in the history, as (clear, clinician).
#[test]
fn hanging_up_mid_session_saves_an_interrupted_session() {
    let user = User::new();
    user.write_tiny_program(20);
    let tmux = user.start_tiny_session("hangup");
    let ryg = tmux.ryg_pid();

    // The terminal goes away: the server closes the pane, and ryg gets SIGHUP.
    assert!(tmux.kill(), "ryg ({ryg}) still runs after SIGHUP");

    let history = user.history();
    let Some(Line::Session(last)) = history.last() else {
        panic!("the last line is the session: {history:?}");
    };
    assert_eq!(last.program, "tiny", "{last:?}");
    assert!(!last.completed, "{last:?}");
    assert_eq!(last.pain_before, 3, "{last:?}");
    assert_eq!(last.pain_after, None, "{last:?}");
    assert_eq!(last.reps_planned, 20, "{last:?}");
    assert!(last.reps_done < last.reps_planned, "{last:?}");
    assert!(time(&last.started) <= time(&last.finished), "{last:?}");
    // Saved once, however many ways the hang-up reached ryg.
    assert_eq!(user.sessions().len(), 1, "{history:?}");
}

#[test]
fn quitting_mid_session_asks_and_saves_it_as_not_finished() {
    let user = User::new();
    user.write_tiny_program(20);
    let tmux = user.start_tiny_session("quit");
    // A rep done first: a session ended before its first rep says so instead.
    tmux.wait_until("rep 2", WAIT, |screen| {
        rep_on(screen).is_some_and(|rep| rep >= 2)
    });

    tmux.keys(&["q"]);
    tmux.wait_for("End the session now?");
    tmux.keys(&["y"]);
    tmux.wait_for("Why did you stop the session?");
    tmux.keys(&["2", "Enter"]);
    // Not just "saved as not finished": the question itself says that too.
    let home = tmux.wait_for("The session was saved as not finished.");
    assert!(home.contains("Enter start"), "{home}");
    tmux.keys(&["q"]);
    assert_eq!(tmux.exit_status(), 0);

    let sessions = user.sessions();
    assert_eq!(sessions.len(), 1, "{sessions:?}");
    let session = &sessions[0];
    assert_eq!(session.program, "tiny");
    assert!(!session.completed, "{session:?}");
    assert_eq!(session.pain_before, 3, "{session:?}");
    assert_eq!(session.pain_after, None, "{session:?}");
    assert_eq!(session.reps_planned, 20, "{session:?}");
    assert!(session.reps_done < 20, "{session:?}");
    assert_eq!(session.stopped, Some(Stopped::Time), "{session:?}");
}

/// The Danish title of the safety check's second group.
#[test]
fn pause_stops_the_clock() {
    let user = User::new();
    user.write_tiny_program(20);
    let tmux = user.start_tiny_session("pause");

    tmux.keys(&["Space"]);
    tmux.wait_for("Paused: every timer has stopped");
    // A moment for the rest of that frame to reach the screen.
    sleep(POLL);
    let paused = tmux.screen();
    let rep = rep_on(&paused).expect("the rep is shown while paused");
    // A rep lasts a second: were any timer still running, the screen would change by then.
    sleep(Duration::from_millis(1500));
    assert_eq!(tmux.screen(), paused, "nothing moves while paused");

    tmux.keys(&["Space"]);
    tmux.wait_until(
        &format!("a rep after rep {rep}"),
        Duration::from_secs(2),
        |screen| !screen.contains("Paused") && rep_on(screen).is_some_and(|now| now > rep),
    );
}

#[test]
fn a_terminal_too_small_says_the_session_goes_on_and_space_pauses_it() {
    let user = User::new();
    user.write_tiny_program(20);
    let tmux = user.start_tiny_session("small");

    tmux.run(&["resize-window", "-t", TARGET, "-x", "50", "-y", "15"]);
    tmux.wait_for("The session goes on · Space pauses");
    tmux.keys(&["Space"]);
    tmux.wait_for("The session is paused · Space goes on");
    tmux.run(&["resize-window", "-t", TARGET, "-x", "80", "-y", "24"]);
    tmux.wait_for("Paused: every timer has stopped");
}

#[test]
fn n_asks_before_it_skips_and_a_session_without_a_rep_is_saved_but_not_done() {
    let user = User::new();
    user.write_tiny_program(20);
    let tmux = user.trainer("next", &["start", "tiny"]);
    tmux.wait_for("Does any of these apply to you now?");
    pass_the_safety_check(&tmux);
    tmux.wait_for("How much does your back hurt right now?");
    // Paused at once, in the second of getting ready, so that no rep is done meanwhile.
    tmux.keys(&["3", "Enter", "Space"]);
    tmux.wait_for("Paused: every timer has stopped");

    tmux.keys(&["n"]);
    tmux.wait_for("Press n again to end the session without the rest of Tilt");
    tmux.keys(&["n"]);
    let home = tmux.wait_for("The session ended before its first rep.");
    assert!(!home.contains("Session done"), "{home}");
    assert!(home.contains("Enter start"), "{home}");
    tmux.keys(&["q"]);
    assert_eq!(tmux.exit_status(), 0);

    let sessions = user.sessions();
    assert_eq!(sessions.len(), 1, "saved all the same: {sessions:?}");
    let session = &sessions[0];
    assert_eq!(
        (session.reps_done, session.completed, session.pain_after),
        (0, false, None),
        "{session:?}"
    );
}

#[test]
fn ctrl_c_mid_session_says_what_q_says_once_the_screen_is_gone() {
    let user = User::new();
    user.write_tiny_program(20);
    let tmux = user.start_tiny_session("ctrl-c");
    tmux.wait_until("rep 2", WAIT, |screen| {
        rep_on(screen).is_some_and(|rep| rep >= 2)
    });

    tmux.keys(&["C-c"]);
    assert_eq!(tmux.exit_status(), 0);
    // The words the screen gives after q, y: the same session, saved the same way.
    let screen = tmux.screen();
    assert!(
        screen.contains("ryg: The session was saved as not finished."),
        "{screen}"
    );
    let sessions = user.sessions();
    assert_eq!(sessions.len(), 1, "{sessions:?}");
    assert!(!sessions[0].completed && sessions[0].reps_done > 0);
}
