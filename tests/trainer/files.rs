//! The files: the history screen and a late morning answer, a data folder that is a file, a broken config.

use super::support::*;

#[test]
fn the_history_screen_lists_sessions_and_takes_a_late_morning_answer() {
    let user = User::new();
    let now = Timestamp::now();
    let ago = |hours: i64| {
        let at = now - jiff::SignedDuration::from_hours(hours);
        ryg_core::journal::whole_second(at).to_string()
    };
    let session = |hours: i64, before: u8, after: u8| {
        format!(
            "Session(started: \"{}\", finished: \"{}\", program: \"lower-back\", level: 1, \
             completed: true, reps_done: 96, reps_planned: 96, pain_before: {before}, \
             pain_after: Some({after}))",
            ago(hours),
            ago(hours - 1)
        )
    };
    let lines = [
        format!("Screening(at: \"{}\", clear: true)", ago(100)),
        session(98, 3, 3),
        "Session(started: \"not a time\")".to_string(),
        format!("FollowUp(session: \"{}\", morning: Same)", ago(98)),
        session(30, 2, 2),
    ];
    let written = lines.join("\n") + "\n";
    fs::write(Path::new(user.data()).join("history.ron"), &written).unwrap();

    let tmux = user.trainer("history", &[]);
    tmux.wait_for("Enter start");
    tmux.keys(&["h"]);
    // A frame can be caught half drawn, so each screen is waited for as a whole.
    tmux.wait_until(
        "both sessions, the skipped line and the morning question",
        WAIT,
        |list| {
            list.contains("session 1 of 2")
                && list.matches("Lower back basics     1 96/96").count() == 2
                && list.contains("Line 3 of history.ron is unreadable")
                && list.contains("not answered yet: press a")
        },
    );

    tmux.keys(&["a"]);
    tmux.wait_for("How was your back the morning after");
    tmux.keys(&["3", "Enter"]);
    let saved = tmux.wait_until("the level the answer leads to", WAIT, |screen| {
        screen.contains("Saved. Lower back basics: next session at level 1")
            && screen.contains("session 1 of 2")
    });
    assert!(!saved.contains("press a"), "{saved}");
    tmux.keys(&["Enter"]);
    tmux.wait_until("the session in full", WAIT, |detail| {
        detail.contains("Morning after: Worse than usual")
            && detail.contains("Why: the back was worse than usual the morning after")
    });
    tmux.keys(&["Escape"]);
    tmux.wait_for("session 1 of 2");
    tmux.keys(&["Escape"]);
    tmux.wait_for("Enter start");
    tmux.keys(&["q"]);
    assert_eq!(tmux.exit_status(), 0);

    // Everything that was there is kept as it was, and the answer is added at the end.
    let text = fs::read_to_string(Path::new(user.data()).join("history.ron")).unwrap();
    assert_eq!(
        text,
        format!(
            "{written}FollowUp(session: \"{}\", morning: Worse)\n",
            ago(30)
        )
    );
}

/// Alt+[ then ? (or <) sends the start of a sequence that crossterm's reader waits on for ever.
#[test]
fn a_data_folder_that_is_a_file_is_said_plainly_instead_of_the_safety_check() {
    let user = User::new();
    let file = format!("{}/not-a-folder", user.data());
    fs::write(&file, "mine").unwrap();
    let report = format!("\"$@\"; echo \"{ENDED}$?\"; exec sleep 60");
    let tmux = Tmux::start(
        "data-file",
        &[
            "sh",
            "-c",
            &report,
            "sh",
            env!("CARGO_BIN_EXE_ryg"),
            "--data-dir",
            &file,
        ],
    );
    assert_eq!(tmux.exit_status(), 1);
    let screen = tmux.screen().replace('\n', "");
    assert!(
        screen.contains("nothing can be kept in") && screen.contains("is a file, not a folder"),
        "{screen}"
    );
    assert!(!screen.contains("os error"), "{screen}");
    assert_eq!(fs::read_to_string(&file).unwrap(), "mine");
}

#[test]
fn a_broken_config_is_said_and_kept_aside_when_a_setting_changes() {
    let user = User::new();
    let config = Path::new(user.data()).join("config.ron");
    let broken = "(volume: 0.3, bell: maybe)\n";
    fs::write(&config, broken).unwrap();
    let tmux = user.trainer("broken-config", &[]);
    let screen = tmux.wait_for("Does any of these apply to you now?");
    assert!(screen.contains("is not understood"), "{screen}");
    assert_eq!(fs::read_to_string(&config).unwrap(), broken, "left alone");
    pass_the_safety_check(&tmux);
    tmux.wait_for("Programs");
    // Keys are taken in order: the setting is saved before q is read.
    tmux.keys(&["+", "q"]);
    assert_eq!(tmux.exit_status(), 0);
    let copy = Path::new(user.data()).join("config.ron.broken");
    assert_eq!(fs::read_to_string(copy).unwrap(), broken);
    assert!(fs::read_to_string(&config).unwrap().contains("volume: 0.9"));
}
