//! The sound device as the user meets it: looked for when a session is about to start, never on
//! the home screen, and its absence said in the status line then.

use super::support::*;

/// A computer without a sound device, whatever this one has: ALSA reads an empty configuration,
/// in which there is no output device at all.
fn no_device(user: &User) -> String {
    let empty = std::path::Path::new(user.data()).join("alsa.conf");
    std::fs::write(&empty, "").unwrap();
    format!("ALSA_CONFIG_PATH={}", empty.display())
}

/// ryg on home with a log, on a computer without a sound device.
fn on_home_without_a_device(user: &User, test: &str) -> (Tmux, std::path::PathBuf) {
    user.checked_now();
    let log = std::path::Path::new(user.data()).join("ryg.log");
    let log_arg = log.to_str().unwrap().to_string();
    let tmux = user.trainer_with(
        test,
        &[&no_device(user)],
        &["--lang", "en", "--log", &log_arg],
    );
    tmux.wait_for("Lower back basics");
    (tmux, log)
}

/// `said` is not on home, nor anything of sound in the log, after `+` has been through the
/// whole loop (past where the device used to be looked for, right after the first frame); the
/// question before a session says it, the log says `logged`, and home says it after that.
fn said_from_the_question_on(tmux: &Tmux, log: &std::path::Path, said: &str, logged: &str) {
    tmux.keys(&["+"]);
    let home = tmux.wait_for("sound 90%");
    assert!(!home.contains(said), "{home}");
    let before = std::fs::read_to_string(log).unwrap();
    assert!(!before.contains("sound"), "home looked at sound:\n{before}");
    tmux.keys(&["Enter"]);
    let question = tmux.wait_for(said);
    assert!(
        question.contains("How much does your back hurt"),
        "{question}"
    );
    let after = std::fs::read_to_string(log).unwrap();
    assert!(after.contains(logged), "{after}");
    tmux.keys(&["Escape"]);
    let home = tmux.wait_for("Enter start");
    assert!(home.contains(said), "{home}");
}

/// Home shows the volume, which `+` changes there, and does not look for the device (it used
/// to, right after the first frame, and then said "no audio device" on home); the question
/// before a session opens the device, and that is where its absence is said — and stays said.
#[test]
fn no_audio_device_is_said_when_a_session_is_about_to_start_not_on_home() {
    let user = User::new();
    let (tmux, log) = on_home_without_a_device(&user, "no-device");
    said_from_the_question_on(
        &tmux,
        &log,
        "sound off: no audio device",
        "sound off: the device could not be opened",
    );
    tmux.keys(&["q"]);
    assert_eq!(tmux.exit_status(), 0);
}

/// Without a device, the terminal bell stands in for the go: the device is looked for when the
/// session is about to start, and what it finds is what the cues go by.
#[test]
fn without_a_device_the_terminal_bell_rings_for_the_go() {
    let user = User::new();
    user.write_tiny_program(3);
    let tmux = user.trainer_with(
        "bell",
        &[&no_device(&user)],
        &["--lang", "en", "start", "tiny"],
    );
    pass_the_safety_check(&tmux);
    tmux.wait_for("How much does your back hurt right now?");
    let bell = || tmux.pane("#{window_bell_flag}");
    assert_eq!(bell(), "0", "nothing rang before the session");
    tmux.keys(&["3", "Enter"]);
    tmux.wait_until("the bell", WAIT, |_| bell() == "1");
}

/// A sound file of the user's that cannot be used is named when a session is about to start,
/// where its cue would be heard — the sounds are prepared then, not at start — and stays named.
#[test]
fn a_broken_sound_file_is_named_when_a_session_is_about_to_start() {
    let user = User::new();
    let sounds = std::path::Path::new(user.data()).join("sounds");
    std::fs::create_dir_all(&sounds).unwrap();
    std::fs::write(sounds.join("go.wav"), "not a sound").unwrap();
    let (tmux, log) = on_home_without_a_device(&user, "broken-go");
    said_from_the_question_on(
        &tmux,
        &log,
        "go.wav: it is not a WAV",
        "sound file not used",
    );
}
