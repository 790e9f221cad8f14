//! Keeping the computer awake while a session runs, through logind's inhibitor: the
//! `systemd-inhibit` program holds a lock against sleeping and idling (which desktops take as
//! "do not blank the screen") for as long as the command it runs — here `cat`, reading a pipe
//! from ryg — is alive. The program rather than logind's D-Bus call: no D-Bus library in ryg's
//! build, and the lock cannot outlive ryg — however ryg ends (its own exit, a signal, a panic,
//! even SIGKILL), the pipe closes, `cat` ends, and the lock goes with it. Where there is no
//! logind (a container, a system without systemd) the program is missing or fails at once;
//! nothing else happens, and the log says so once.

use std::io;
use std::process::{Child, Command, Stdio};

use crate::shell::log::EventLog;

/// The program that holds the lock.
pub const PROGRAM: &str = "systemd-inhibit";

/// The lock, held while wanted.
pub struct Awake {
    program: String,
    /// The program holding the lock, while it is held.
    holder: Option<Child>,
    /// The system has no inhibitor to offer: nothing is tried again.
    unavailable: bool,
    log: EventLog,
}

impl Awake {
    pub fn new(program: &str, log: &EventLog) -> Awake {
        Awake {
            program: program.to_string(),
            holder: None,
            unavailable: false,
            log: log.clone(),
        }
    }

    /// Holds the lock when `wanted` and releases it when not; notes, once, a system that has no
    /// inhibitor. Never waits: a holder that failed is found at the next call.
    pub fn keep_up(&mut self, wanted: bool) {
        if let Some(holder) = &mut self.holder
            && let Ok(Some(status)) = holder.try_wait()
        {
            self.holder = None;
            self.unavailable = true;
            self.log.write(format!(
                "awake: {} ended ({status}); the system may sleep during a session",
                self.program
            ));
        }
        match (wanted, self.holder.is_some()) {
            (true, false) if !self.unavailable => match self.hold() {
                Ok(holder) => {
                    self.holder = Some(holder);
                    self.log.write(format!(
                        "awake: {} asked to keep the system awake while the session runs",
                        self.program
                    ));
                }
                Err(error) => {
                    self.unavailable = true;
                    self.log.write(format!(
                        "awake: no {}: {error}; the system may sleep during a session",
                        self.program
                    ));
                }
            },
            (false, true) => self.release(),
            _ => {}
        }
    }

    fn hold(&self) -> io::Result<Child> {
        Command::new(&self.program)
            .args([
                "--what=idle:sleep",
                "--who=ryg",
                "--why=A guided session is running",
                "--mode=block",
                "cat",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
    }

    fn release(&mut self) {
        if let Some(mut holder) = self.holder.take() {
            // Closing the pipe ends `cat`, and with it the lock; the wait only reaps the process.
            drop(holder.stdin.take());
            let _ = holder.wait();
            self.log.write("awake: released");
        }
    }
}

impl Drop for Awake {
    fn drop(&mut self) {
        self.release();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;
    use std::path::Path;

    /// A stand-in for `systemd-inhibit` that notes its arguments, runs the command it is given,
    /// and notes when it ends.
    fn stand_in(dir: &Path, fails: bool) -> String {
        let script = dir.join("inhibit");
        let body = if fails {
            "#!/bin/sh\necho 'Failed to connect to bus' >&2\nexit 1\n".to_string()
        } else {
            format!(
                "#!/bin/sh\necho \"$@\" > '{0}/held'\nfor last; do :; done\n\"$last\"\ntouch '{0}/released'\n",
                dir.display()
            )
        };
        std::fs::write(&script, body).unwrap();
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        script.display().to_string()
    }

    fn log_of(dir: &Path) -> (EventLog, std::path::PathBuf) {
        let path = dir.join("ryg.log");
        (EventLog::open(&path).unwrap(), path)
    }

    /// A folder with a stand-in that holds the lock, an `Awake` using it, and the log's path.
    fn with_stand_in() -> (tempfile::TempDir, Awake, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let (log, log_path) = log_of(dir.path());
        let awake = Awake::new(&stand_in(dir.path(), false), &log);
        (dir, awake, log_path)
    }

    #[test]
    fn the_lock_is_held_while_wanted_and_released_after() {
        let (dir, mut awake, log_path) = with_stand_in();
        awake.keep_up(false);
        assert!(awake.holder.is_none());
        awake.keep_up(true);
        awake.keep_up(true);
        let holder = awake.holder.as_ref().expect("held").id();
        awake.keep_up(false);
        assert!(awake.holder.is_none());
        // The stand-in has ended by the time release returns: it waited for it.
        assert!(dir.path().join("released").exists());
        let held = std::fs::read_to_string(dir.path().join("held")).unwrap();
        assert_eq!(
            held.trim(),
            "--what=idle:sleep --who=ryg --why=A guided session is running --mode=block cat"
        );
        let logged = std::fs::read_to_string(log_path).unwrap();
        assert_eq!(logged.matches("asked to keep").count(), 1, "{logged}");
        assert!(logged.contains("awake: released"), "{logged}");
        assert_ne!(holder, std::process::id());
    }

    #[test]
    fn dropping_it_releases_the_lock() {
        let (dir, mut awake, _) = with_stand_in();
        awake.keep_up(true);
        drop(awake);
        assert!(dir.path().join("released").exists());
    }

    #[test]
    fn without_logind_or_the_program_nothing_happens_and_the_log_says_so_once() {
        let dir = tempfile::tempdir().unwrap();
        let (log, log_path) = log_of(dir.path());
        let mut failing = Awake::new(&stand_in(dir.path(), true), &log);
        failing.keep_up(true);
        let mut holder = failing.holder.take().unwrap();
        holder.wait().unwrap();
        failing.holder = Some(holder);
        failing.keep_up(true);
        failing.keep_up(false);
        failing.keep_up(true);
        assert!(failing.holder.is_none() && failing.unavailable);
        let mut missing = Awake::new(&dir.path().join("none").display().to_string(), &log);
        missing.keep_up(true);
        missing.keep_up(false);
        missing.keep_up(true);
        let logged = std::fs::read_to_string(log_path).unwrap();
        assert_eq!(
            logged.matches("ended (exit status: 1)").count(),
            1,
            "{logged}"
        );
        assert_eq!(logged.matches("awake: no ").count(), 1, "{logged}");
    }
}
