//! What every trainer test shares: a private tmux server running the real binary, a user's
//! data folder, and the history file read back.

pub use std::fs;
pub use std::io::ErrorKind;
pub use std::path::Path;
pub use std::process::{Command, Output};
pub use std::thread::sleep;
pub use std::time::{Duration, Instant};

pub use jiff::Timestamp;
pub use ron::extensions::Extensions;
pub use serde::Deserialize;
pub use tempfile::TempDir;

/// How long any one thing may take to show up before the test gives up.
pub const WAIT: Duration = Duration::from_secs(10);
/// How often the screen is looked at while waiting.
pub const POLL: Duration = Duration::from_millis(50);
/// The tmux session every test works in (each test has its own server, so one name does).
pub const TARGET: &str = "ryg";
/// What the shell around ryg prints when ryg has ended, before its exit status.
pub const ENDED: &str = "ryg ended with ";

/// The environment of the pane's program, set through `env` in the pane's command itself:
/// a tmux server hands its panes its own environment and terminal type, and neither the test
/// runner's language nor its time zone may leak into the test.
pub const ENV: [&str; 9] = [
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
pub struct Tmux {
    /// The server's name (`-L`).
    socket: String,
    /// Where the server listens: the file is left behind when the server is killed.
    socket_path: String,
}

impl Tmux {
    /// Starts `command` in a new pane, under `ENV`.
    pub fn start(test: &str, command: &[&str]) -> Tmux {
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
    pub fn run(&self, args: &[&str]) -> String {
        let output = self.command(args);
        assert!(
            output.status.success(),
            "tmux {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("tmux writes UTF-8")
    }

    pub fn command(&self, args: &[&str]) -> Output {
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
    pub fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", TARGET])
    }

    /// Presses keys, named as tmux names them (`Enter`, `Space`, or the characters themselves).
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", TARGET];
        args.extend(keys);
        self.run(&args);
    }

    /// Sends bytes as they are, in one write, each in hex (`1b` for Esc).
    pub fn bytes(&self, hex: &[&str]) {
        let mut args = vec!["send-keys", "-t", TARGET, "-H"];
        args.extend(hex);
        self.run(&args);
    }

    /// Types `text` literally, character by character.
    pub fn type_text(&self, text: &str) {
        self.run(&["send-keys", "-t", TARGET, "-l", text]);
    }

    /// A value about the pane, in tmux's format language (`#{pane_pid}`, …).
    pub fn pane(&self, format: &str) -> String {
        let value = self.run(&["display-message", "-p", "-t", TARGET, format]);
        value.trim_end().to_string()
    }

    /// Waits until the screen shows `text`, and returns that screen.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?} on screen"), WAIT, |screen| {
            screen.contains(text)
        })
    }

    /// Waits until `ready` holds for the screen, for at most `timeout`; fails with the last
    /// screen seen.
    pub fn wait_until(
        &self,
        what: &str,
        timeout: Duration,
        ready: impl Fn(&str) -> bool,
    ) -> String {
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
    pub fn exit_status(&self) -> i32 {
        // A line of its own: the command line typed into a shell holds the words too.
        let status = |screen: &str| {
            let mut lines = screen.lines();
            lines.find_map(|line| line.trim_end().strip_prefix(ENDED)?.parse().ok())
        };
        let screen = self.wait_until("ryg to end", WAIT, |screen| status(screen).is_some());
        status(&screen).expect("an exit status")
    }

    /// The one ryg process in the pane.
    pub fn ryg_pid(&self) -> u32 {
        let pane: u32 = self.pane("#{pane_pid}").parse().expect("a process id");
        match children(pane)[..] {
            [(pid, ref name)] if name == "ryg" => pid,
            ref other => panic!("one ryg in the pane, not {other:?}"),
        }
    }

    /// Closes the terminal: kills the server, so that every program in the pane gets SIGHUP.
    /// Returns whether they all ended within `WAIT`.
    pub fn kill(&self) -> bool {
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
pub fn alive(pid: u32) -> bool {
    stat(pid).is_some_and(|(_, state, _)| !matches!(state, 'Z' | 'X'))
}

/// The processes whose parent is `parent`, with their names.
pub fn children(parent: u32) -> Vec<(u32, String)> {
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
pub fn stat(pid: u32) -> Option<(String, char, u32)> {
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
pub struct User {
    dir: TempDir,
}

impl User {
    /// Writes a clear safety check dated now as the whole history, so the trainer opens on home;
    /// returns the history file's path.
    pub fn checked_now(&self) -> std::path::PathBuf {
        let checked = ryg_core::journal::whole_second(Timestamp::now());
        let history = Path::new(self.data()).join("history.ron");
        fs::write(
            &history,
            format!("Screening(at: \"{checked}\", clear: true)\n"),
        )
        .unwrap();
        history
    }

    pub fn new() -> User {
        User {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn data(&self) -> &str {
        self.dir.path().to_str().expect("a UTF-8 temporary folder")
    }

    /// Writes `programs/tiny.ron`: one exercise of `reps` one-second reps, after a one-second
    /// get-ready countdown, so that a whole session takes `reps + 1` seconds.
    pub fn write_tiny_program(&self, reps: u32) {
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
    pub fn trainer(&self, test: &str, args: &[&str]) -> Tmux {
        self.trainer_with(test, &[], args)
    }

    /// [`User::trainer`] with `NAME=VALUE`s added to the environment.
    pub fn trainer_with(&self, test: &str, env: &[&str], args: &[&str]) -> Tmux {
        // The shell stays (asleep) after printing: what a pane writes just before it closes
        // does not always reach tmux's screen, nor does tmux always notice the pane's end at
        // once when several servers run side by side.
        let report = format!("\"$@\"; echo \"{ENDED}$?\"; exec sleep 60");
        let mut command = env.to_vec();
        command.extend(["sh", "-c", &report, "sh", env!("CARGO_BIN_EXE_ryg")]);
        command.extend(["--data-dir", self.data()]);
        command.extend(args);
        Tmux::start(test, &command)
    }

    /// `ryg start tiny` up to its reps: the safety check answered "no", pain 3 before.
    pub fn start_tiny_session(&self, test: &str) -> Tmux {
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
    pub fn history(&self) -> Vec<Line> {
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

    pub fn sessions(&self) -> Vec<Session> {
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
pub enum Line {
    Screening {
        at: String,
        clear: bool,
        #[serde(default)]
        clinician: bool,
    },
    Session(Session),
}

#[derive(Debug, Deserialize)]
pub struct Session {
    pub started: String,
    pub finished: String,
    pub program: String,
    pub level: u32,
    pub completed: bool,
    pub reps_done: u32,
    pub reps_planned: u32,
    pub pain_before: u8,
    pub pain_after: Option<u8>,
    #[serde(default)]
    pub stopped: Option<Stopped>,
}

/// Why a session was ended early, as the history file spells it.
#[derive(Debug, Deserialize, PartialEq, Eq)]
pub enum Stopped {
    Pain,
    Time,
    Other,
}

/// A history time: RFC 3339 in UTC with a `Z`, to the second.
pub fn time(text: &str) -> Timestamp {
    assert!(text.ends_with('Z') && !text.contains('.'), "{text}");
    text.parse().unwrap_or_else(|e| panic!("{e}: {text}"))
}

/// The rep shown on a training screen ("Set 1 of 1 · Rep 7 of 20" gives 7).
pub fn rep_on(screen: &str) -> Option<u32> {
    let after = &screen[screen.find("Rep ")? + "Rep ".len()..];
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// Answers no to both groups of the safety check, each when its own signs are on screen.
pub fn pass_the_safety_check(tmux: &Tmux) {
    tmux.wait_for("Signs that need emergency care now");
    tmux.keys(&["n"]);
    tmux.wait_for("Signs to see a doctor about");
    tmux.keys(&["n"]);
}
