//! The full-screen trainer end to end: the real binary in a real pseudo-terminal (tmux), driven by keys and signals, checked on screen and in the history file.

use std::fs;
use std::io::ErrorKind;
use std::path::Path;
use std::process::{Command, Output};
use std::thread::sleep;
use std::time::{Duration, Instant};

use jiff::Timestamp;
use ron::extensions::Extensions;
use serde::Deserialize;
use tempfile::TempDir;

/// How long any one thing may take to show up before the test gives up.
const WAIT: Duration = Duration::from_secs(10);
/// How often the screen is looked at while waiting.
const POLL: Duration = Duration::from_millis(50);
/// The tmux session every test works in (each test has its own server, so one name does).
const TARGET: &str = "ryg";
/// What the shell around ryg prints when ryg has ended, before its exit status.
const ENDED: &str = "ryg ended with ";

/// The environment of the pane's program, set through `env` in the pane's command itself:
/// a tmux server hands its panes its own environment and terminal type, and neither the test
/// runner's language nor its time zone may leak into the test.
const ENV: [&str; 9] = [
    "-u",
    "RYG_LANG",
    "-u",
    "LC_ALL",
    "-u",
    "LC_MESSAGES",
    "TERM=xterm-256color",
    "TZ=UTC",
    "LANG=C.UTF-8",
];

/// A private tmux server with one 80×24 pane running a command. The server is killed when the
/// guard is dropped, so a failing test leaves no server (and no trainer) behind.
struct Tmux {
    /// The server's name (`-L`).
    socket: String,
    /// Where the server listens: the file is left behind when the server is killed.
    socket_path: String,
}

impl Tmux {
    /// Starts `command` in a new pane, under `ENV`.
    fn start(test: &str, command: &[&str]) -> Tmux {
        match Command::new("tmux").arg("-V").output() {
            Ok(output) if output.status.success() => {}
            Ok(output) => panic!("`tmux -V` failed: {output:?}"),
            Err(error) if error.kind() == ErrorKind::NotFound => panic!(
                "tmux is not installed, and the trainer's end-to-end tests need it: \
                 run `make test` (which installs it) or install tmux yourself"
            ),
            Err(error) => panic!("tmux could not be run: {error}"),
        }
        let mut tmux = Tmux {
            socket: format!("ryg-test-{}-{test}", std::process::id()),
            socket_path: String::new(),
        };
        #[rustfmt::skip]
        let mut args = vec![
            // The pane stays when its program ends, so its last screen can still be read.
            "set-option", "-g", "remain-on-exit", "on", ";",
            // Without a status line the pane has all 24 rows.
            "set-option", "-g", "status", "off", ";",
            "new-session", "-d", "-s", TARGET, "-x", "80", "-y", "24", "--", "env",
        ];
        args.extend(ENV);
        args.extend(command);
        tmux.run(&args);
        tmux.socket_path = tmux.pane("#{socket_path}");
        tmux
    }

    /// Runs a tmux command against this server and returns its standard output.
    fn run(&self, args: &[&str]) -> String {
        let output = self.command(args);
        assert!(
            output.status.success(),
            "tmux {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("tmux writes UTF-8")
    }

    fn command(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            // Inside another tmux, the variable would point the client at that server.
            .env_remove("TMUX")
            .env("LANG", "C.UTF-8")
            .output()
            .expect("tmux runs")
    }

    /// The pane as it looks now, one line per row.
    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", TARGET])
    }

    /// Presses keys, named as tmux names them (`Enter`, `Space`, or the characters themselves).
    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", TARGET];
        args.extend(keys);
        self.run(&args);
    }

    /// Sends bytes as they are, in one write, each in hex (`1b` for Esc).
    fn bytes(&self, hex: &[&str]) {
        let mut args = vec!["send-keys", "-t", TARGET, "-H"];
        args.extend(hex);
        self.run(&args);
    }

    /// Types `text` literally, character by character.
    fn type_text(&self, text: &str) {
        self.run(&["send-keys", "-t", TARGET, "-l", text]);
    }

    /// A value about the pane, in tmux's format language (`#{pane_pid}`, …).
    fn pane(&self, format: &str) -> String {
        let value = self.run(&["display-message", "-p", "-t", TARGET, format]);
        value.trim_end().to_string()
    }

    /// Waits until the screen shows `text`, and returns that screen.
    fn wait_for(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?} on screen"), WAIT, |screen| {
            screen.contains(text)
        })
    }

    /// Waits until `ready` holds for the screen, for at most `timeout`; fails with the last
    /// screen seen.
    fn wait_until(&self, what: &str, timeout: Duration, ready: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + timeout;
        loop {
            let screen = self.screen();
            if ready(&screen) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "waited {timeout:?} for {what}; the screen shows:\n{screen}"
            );
            sleep(POLL);
        }
    }

    /// Waits for the shell around ryg to say that ryg has ended, and returns its exit status.
    fn exit_status(&self) -> i32 {
        // A line of its own: the command line typed into a shell holds the words too.
        let status = |screen: &str| {
            let mut lines = screen.lines();
            lines.find_map(|line| line.trim_end().strip_prefix(ENDED)?.parse().ok())
        };
        let screen = self.wait_until("ryg to end", WAIT, |screen| status(screen).is_some());
        status(&screen).expect("an exit status")
    }

    /// The one ryg process in the pane.
    fn ryg_pid(&self) -> u32 {
        let pane: u32 = self.pane("#{pane_pid}").parse().expect("a process id");
        match children(pane)[..] {
            [(pid, ref name)] if name == "ryg" => pid,
            ref other => panic!("one ryg in the pane, not {other:?}"),
        }
    }

    /// Closes the terminal: kills the server, so that every program in the pane gets SIGHUP.
    /// Returns whether they all ended within `WAIT`.
    fn kill(&self) -> bool {
        let mut programs = Vec::new();
        let pane = self.command(&["display-message", "-p", "-t", TARGET, "#{pane_pid}"]);
        if let Ok(pane) = String::from_utf8_lossy(&pane.stdout).trim().parse::<u32>() {
            programs.push(pane);
            programs.extend(children(pane).into_iter().map(|(pid, _)| pid));
        }
        // An error only means that the server is gone already.
        let _ = self.command(&["kill-server"]);
        let _ = fs::remove_file(&self.socket_path);
        let deadline = Instant::now() + WAIT;
        while programs.iter().any(|&pid| alive(pid)) {
            if Instant::now() > deadline {
                return false;
            }
            sleep(POLL);
        }
        true
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        // Waiting for the programs to end keeps them from writing into a data folder that is
        // being removed.
        self.kill();
    }
}

/// Whether a process still runs (a zombie has ended: only its exit status is left to collect).
fn alive(pid: u32) -> bool {
    stat(pid).is_some_and(|(_, state, _)| !matches!(state, 'Z' | 'X'))
}

/// The processes whose parent is `parent`, with their names.
fn children(parent: u32) -> Vec<(u32, String)> {
    let Ok(entries) = fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|entry| entry.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| {
            let (name, _, ppid) = stat(pid)?;
            (ppid == parent).then_some((pid, name))
        })
        .collect()
}

/// A process's name, state and parent, from `/proc/PID/stat`.
fn stat(pid: u32) -> Option<(String, char, u32)> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The name is in parentheses and may hold anything, even spaces and parentheses.
    let (head, tail) = stat.rsplit_once(") ")?;
    let name = head.split_once(" (")?.1.to_string();
    let mut fields = tail.split_whitespace();
    let state = fields.next()?.chars().next()?;
    let ppid = fields.next()?.parse().ok()?;
    Some((name, state, ppid))
}

/// A user with an empty data folder.
struct User {
    dir: TempDir,
}

impl User {
    fn new() -> User {
        User {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn data(&self) -> &str {
        self.dir.path().to_str().expect("a UTF-8 temporary folder")
    }

    /// Writes `programs/tiny.ron`: one exercise of `reps` one-second reps, after a one-second
    /// get-ready countdown, so that a whole session takes `reps + 1` seconds.
    fn write_tiny_program(&self, reps: u32) {
        let folder = self.dir.path().join("programs");
        fs::create_dir_all(&folder).unwrap();
        let source = format!(
            r#"Program(
    id: "tiny",
    title: "Tiny",
    prepare_secs: 1,
    exercises: [
        Exercise(
            id: "tilt",
            name: "Tilt",
            purpose: "Move the lower back a little",
            steps: ["Lie on your back with your knees bent.", "Tilt your pelvis, then let go."],
            levels: [
                Level(
                    sets: 1,
                    reps: {reps},
                    rest_secs: 0,
                    tempo: [Phase(kind: Move, secs: 0.5), Phase(kind: Return, secs: 0.5)],
                ),
            ],
        ),
    ],
)
"#
        );
        fs::write(folder.join("tiny.ron"), source).unwrap();
    }

    /// Opens `ryg --data-dir DIR ARGS…` in a pane, in a shell that says how it ended.
    fn trainer(&self, test: &str, args: &[&str]) -> Tmux {
        // The shell stays (asleep) after printing: what a pane writes just before it closes
        // does not always reach tmux's screen, nor does tmux always notice the pane's end at
        // once when several servers run side by side.
        let report = format!("\"$@\"; echo \"{ENDED}$?\"; exec sleep 60");
        let mut command = vec!["sh", "-c", &report, "sh", env!("CARGO_BIN_EXE_ryg")];
        command.extend(["--data-dir", self.data()]);
        command.extend(args);
        Tmux::start(test, &command)
    }

    /// `ryg start tiny` up to its reps: the safety check answered "no", pain 3 before.
    fn start_tiny_session(&self, test: &str) -> Tmux {
        let tmux = self.trainer(test, &["start", "tiny"]);
        tmux.wait_for("Does any of these apply to you now?");
        pass_the_safety_check(&tmux);
        tmux.wait_for("How much does your back hurt right now?");
        tmux.keys(&["3", "Enter"]);
        // Any rep will do ("Rep 1 of 20" lasts only a second, and a slow machine may miss it).
        tmux.wait_until("the reps", WAIT, |screen| {
            screen.contains(" of 20") && rep_on(screen).is_some()
        });
        tmux
    }

    /// The history file, one record per line, as docs/history-format.md spells it.
    fn history(&self) -> Vec<Line> {
        let path = Path::new(self.data()).join("history.ron");
        let text = fs::read_to_string(path).expect("a history file");
        assert!(text.ends_with('\n'), "every line ends: {text:?}");
        // `Session(started: …)` spells the record's fields inside the variant's brackets.
        let ron =
            ron::Options::default().with_default_extension(Extensions::UNWRAP_VARIANT_NEWTYPES);
        text.lines()
            .map(|line| ron.from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
            .collect()
    }

    fn sessions(&self) -> Vec<Session> {
        self.history()
            .into_iter()
            .filter_map(|line| match line {
                Line::Session(session) => Some(session),
                Line::Screening { .. } => None,
            })
            .collect()
    }
}

/// A line of `history.ron`, read independently of the app's own reader so that the file format
/// itself is what is checked.
#[derive(Debug, Deserialize)]
enum Line {
    Screening {
        at: String,
        clear: bool,
        #[serde(default)]
        clinician: bool,
    },
    Session(Session),
}

#[derive(Debug, Deserialize)]
struct Session {
    started: String,
    finished: String,
    program: String,
    level: u32,
    completed: bool,
    reps_done: u32,
    reps_planned: u32,
    pain_before: u8,
    pain_after: Option<u8>,
    #[serde(default)]
    stopped: Option<Stopped>,
}

/// Why a session was ended early, as the history file spells it.
#[derive(Debug, Deserialize, PartialEq, Eq)]
enum Stopped {
    Pain,
    Time,
    Other,
}

/// A history time: RFC 3339 in UTC with a `Z`, to the second.
fn time(text: &str) -> Timestamp {
    assert!(text.ends_with('Z') && !text.contains('.'), "{text}");
    text.parse().unwrap_or_else(|e| panic!("{e}: {text}"))
}

/// The rep shown on a training screen ("Set 1 of 1 · Rep 7 of 20" gives 7).
fn rep_on(screen: &str) -> Option<u32> {
    let after = &screen[screen.find("Rep ")? + "Rep ".len()..];
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// Answers no to both groups of the safety check, each when its own signs are on screen.
fn pass_the_safety_check(tmux: &Tmux) {
    tmux.wait_for("Signs that need emergency care now");
    tmux.keys(&["n"]);
    tmux.wait_for("Signs to see a doctor about");
    tmux.keys(&["n"]);
}

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
fn checks(user: &User) -> Vec<(bool, bool)> {
    (user.history().into_iter())
        .filter_map(|line| match line {
            Line::Screening {
                clear, clinician, ..
            } => Some((clear, clinician)),
            Line::Session(_) => None,
        })
        .collect()
}

/// Per language: the headings of the two groups of signs, and the number to call.
const GROUPS: [(&str, &str, &str, &str); 3] = [
    (
        "en",
        "Signs that need emergency care now",
        "Signs to see a doctor about",
        "112 in Europe",
    ),
    (
        "da",
        "Tegn, der kræver akut lægehjælp nu",
        "Tegn, du skal til lægen med",
        "1813",
    ),
    (
        "nb",
        "Tegn som krever akutt legehjelp nå",
        "Tegn du bør gå til lege med",
        "116 117",
    ),
];

#[test]
fn someone_who_had_cancer_passes_the_check_with_the_clinician_key() {
    let cancer = [
        "New back pain, and you have had cancer",
        "Nye rygsmerter, og du har haft kræft",
        "Nye ryggsmerter, og du har hatt kreft",
    ];
    for ((lang, emergency, days, _), cancer) in GROUPS.into_iter().zip(cancer) {
        let user = User::new();
        user.write_tiny_program(2);
        let tmux = user.trainer(
            &format!("cancer-{lang}"),
            &["--lang", lang, "start", "tiny"],
        );
        tmux.wait_for(emergency);
        tmux.keys(&["n"]);
        tmux.wait_for(days);
        tmux.wait_for(cancer);
        tmux.keys(&["y"]);
        tmux.wait_for(" d ");
        // Nothing but the clinician's key goes on from here.
        tmux.keys(&["Enter", "3", "n", "d"]);
        tmux.wait_for("0–10");
        // Back home (programs in every language), then quit.
        tmux.keys(&["Escape"]);
        tmux.wait_for("Program");
        tmux.keys(&["q"]);
        assert_eq!(tmux.exit_status(), 0);
        assert_eq!(checks(&user), [(false, false), (true, true)], "{lang}");
    }
}

#[test]
fn a_sign_that_needs_emergency_care_blocks_until_a_later_check_says_no() {
    for (lang, emergency, days, number) in GROUPS {
        let user = User::new();
        user.write_tiny_program(2);
        let test = format!("emergency-{lang}");
        let tmux = user.trainer(&test, &["--lang", lang, "start", "tiny"]);
        tmux.wait_for(emergency);
        tmux.keys(&["y"]);
        tmux.wait_for(number);
        // Neither Enter, a pain rating nor the clinician's key starts a session.
        tmux.keys(&["Enter", "3", "d", "n", "q"]);
        assert_eq!(tmux.exit_status(), 0);
        assert_eq!(checks(&user), [(false, false)], "{lang}");
        // The next start asks again; no to both groups lets the session start.
        let again = user.trainer(&format!("{test}-again"), &["--lang", lang, "start", "tiny"]);
        again.wait_for(emergency);
        again.keys(&["n"]);
        again.wait_for(days);
        again.keys(&["n"]);
        again.wait_for("0–10");
        again.keys(&["Escape"]);
        again.wait_for("Program");
        again.keys(&["q"]);
        assert_eq!(again.exit_status(), 0);
        assert_eq!(checks(&user), [(false, false), (true, false)], "{lang}");
    }
}

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
const DA_SEE_A_DOCTOR: &str = "Tegn, du skal til lægen med inden for få dage";

#[test]
fn a_quit_asks_why_and_for_pain_records_the_pain_now() {
    let user = User::new();
    user.write_tiny_program(20);
    let tmux = user.trainer("quit-pain", &["--lang", "da", "start", "tiny"]);
    tmux.wait_for("Tegn, der kræver akut lægehjælp nu");
    tmux.keys(&["n"]);
    tmux.wait_for(DA_SEE_A_DOCTOR);
    tmux.keys(&["n"]);
    tmux.wait_for("Hvor ondt har du i ryggen lige nu?");
    tmux.keys(&["3", "Enter"]);
    // A rep done first, so that the session has something to save.
    tmux.wait_until("rep 2", WAIT, |screen| {
        ["Gentagelse 2 ", "Gentagelse 3 ", "Gentagelse 4 "]
            .iter()
            .any(|rep| screen.contains(rep))
    });
    tmux.keys(&["q"]);
    tmux.wait_for("Afslut træningen nu?");
    tmux.keys(&["j"]);
    let why = tmux.wait_for("Hvorfor stoppede du træningen?");
    assert!(
        why.contains("Ingen tid") && why.contains("Noget andet"),
        "{why}"
    );
    tmux.keys(&["1", "Enter"]);
    let pain_now = tmux.wait_for("Stoppet på grund af smerter");
    assert!(
        pain_now.contains("Hvor ondt har du i ryggen lige nu?"),
        "{pain_now}"
    );
    tmux.keys(&["5", "Enter"]);
    tmux.wait_for("Træningen sluttede før tid");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Enter start");
    tmux.keys(&["q"]);
    assert_eq!(tmux.exit_status(), 0);
    let sessions = user.sessions();
    assert_eq!(sessions.len(), 1, "{sessions:?}");
    let session = &sessions[0];
    assert_eq!(session.stopped, Some(Stopped::Pain), "{session:?}");
    assert_eq!((session.pain_before, session.pain_after), (3, Some(5)));
    assert!(!session.completed, "{session:?}");
}

/// An interactive shell (with job control) in a pane, at its prompt.
fn shell(user: &User, test: &str) -> Tmux {
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
fn send(pid: u32, signal: libc::c_int) {
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

/// A line of `history.ron` for a session of `program` at `level` `hours` hours ago, every rep
/// done, pain `before` → `after`; and a clear safety check `hours` hours ago.
fn session_line(program: &str, level: u32, hours: i64, before: u8, after: u8) -> String {
    let at = |hours: i64| {
        let at = Timestamp::now() - jiff::SignedDuration::from_hours(hours);
        ryg_core::journal::whole_second(at).to_string()
    };
    format!(
        "Session(started: \"{}\", finished: \"{}\", program: \"{program}\", level: {level}, \
         completed: true, reps_done: 40, reps_planned: 40, pain_before: {before}, \
         pain_after: Some({after}))",
        at(hours),
        at(hours - 1)
    )
}

fn check_line(hours: i64) -> String {
    let at = Timestamp::now() - jiff::SignedDuration::from_hours(hours);
    format!(
        "Screening(at: \"{}\", clear: true)",
        ryg_core::journal::whole_second(at)
    )
}

impl User {
    fn write_history(&self, lines: &[String]) {
        let text = lines.join("\n") + "\n";
        fs::write(Path::new(self.data()).join("history.ron"), text).unwrap();
    }
}

#[test]
fn someone_whose_usual_pain_is_7_trains_three_times_without_being_told_it_was_too_much() {
    let user = User::new();
    user.write_tiny_program(2);
    let tmux = user.trainer("usual-7", &["start", "tiny"]);
    tmux.wait_for("Does any of these apply to you now?");
    pass_the_safety_check(&tmux);
    for time in 1..=3 {
        let before = tmux.wait_for("How much does your back hurt right now?");
        assert!(before.contains("Before the session · Tiny"), "{before}");
        tmux.keys(&["7"]);
        // Pain 7 is a bad day: a gentler session is offered, and Enter goes on as chosen.
        tmux.wait_for("a gentler session is fine");
        tmux.keys(&["Enter"]);
        tmux.wait_for("After the session");
        tmux.keys(&["7", "Enter"]);
        let result = tmux.wait_for("Session done");
        assert!(result.contains("Amber"), "session {time}: {result}");
        assert!(!result.contains("too much"), "session {time}: {result}");
        assert!(
            result.contains("Training on a day with a lot of pain is fine"),
            "session {time}: {result}"
        );
        tmux.keys(&["Enter"]);
        let home = tmux.wait_for("Enter start");
        assert!(!home.contains("too much"), "after session {time}: {home}");
        assert!(
            !home.contains("physiotherapist"),
            "after session {time}: {home}"
        );
        if time < 3 {
            tmux.keys(&["Enter"]);
        }
    }
    tmux.keys(&["q"]);
    assert_eq!(tmux.exit_status(), 0);
    let sessions = user.sessions();
    assert_eq!(sessions.len(), 3, "{sessions:?}");
    assert!(
        sessions
            .iter()
            .all(|s| (s.pain_before, s.pain_after) == (7, Some(7)))
    );
}

#[test]
fn a_bad_day_start_offers_the_gentle_session() {
    let user = User::new();
    // Usual pain 2 over the last two weeks, one green session at level 1 a week ago.
    user.write_history(&[check_line(24), session_line("lower-back", 1, 24 * 7, 2, 2)]);
    let tmux = user.trainer("bad-day", &["--lang", "nb", "start", "lower-back"]);
    let before = tmux.wait_for("Hvor vondt har du i ryggen akkurat nå?");
    assert!(
        before.contains("Korsrygg – grunnprogram · nivå 1"),
        "{before}"
    );
    tmux.keys(&["4"]);
    let usual = tmux.wait_for("4 — moderate smerter");
    assert!(
        !usual.contains("roligere økt"),
        "2 above the usual is no bad day: {usual}"
    );
    tmux.keys(&["5"]);
    let offer = tmux.wait_for("På en dag med mye smerter er en roligere økt helt greit.");
    assert!(offer.contains("g starter Rolig start på nivå 1"), "{offer}");
    assert!(
        offer.contains("g roligere"),
        "the footer names the key: {offer}"
    );
    tmux.keys(&["g"]);
    tmux.wait_until("the gentle session", WAIT, |screen| {
        screen.contains("Rolig start") && !screen.contains("akkurat nå?")
    });
    tmux.keys(&["q"]);
    tmux.wait_for("Avslutte økten nå?");
    tmux.keys(&["j"]);
    tmux.wait_for("Hvorfor stoppet du økten?");
    tmux.keys(&["2", "Enter"]);
    tmux.wait_for("Enter start");
    tmux.keys(&["q"]);
    assert_eq!(tmux.exit_status(), 0);
    let sessions = user.sessions();
    let gentle = sessions.last().expect("the gentle session");
    assert_eq!(
        (gentle.program.as_str(), gentle.level, gentle.pain_before),
        ("gentle-start", 1, 5),
        "{sessions:?}"
    );
    assert_eq!(gentle.stopped, Some(Stopped::Time));
}

#[test]
fn a_three_month_break_starts_again_at_level_1_without_the_old_morning_question() {
    let user = User::new();
    user.write_history(&[
        check_line(24),
        session_line("lower-back", 3, 24 * 95, 2, 2),
        session_line("lower-back", 3, 24 * 92, 2, 2),
    ]);
    let tmux = user.trainer("break", &[]);
    let home = tmux.wait_for("Enter start");
    assert!(home.contains("a long break ("), "{home}");
    assert!(home.contains("Level 1 ▶ of 4"), "{home}");
    tmux.keys(&["Enter"]);
    let next = tmux.wait_until("the next screen", WAIT, |screen| {
        screen.contains("How much does your back hurt") || screen.contains("morning after")
    });
    assert!(!next.contains("morning after"), "{next}");
    assert!(next.contains("Lower back basics · level 1"), "{next}");
    tmux.keys(&["Escape"]);
    tmux.wait_for("Enter start");
    tmux.keys(&["q"]);
    assert_eq!(tmux.exit_status(), 0);
}
