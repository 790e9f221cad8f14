//! The speech engine: eSpeak NG's program, run once per phrase before a session (never while
//! one waits on it). Running the program rather than linking its library keeps ryg's binary and
//! its build free of it: a user without it gets the tones and one notice, and a phrase costs
//! about 10 ms, once, since the cache keeps it.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// The program looked for on `PATH`.
pub const PROGRAM: &str = "espeak-ng";

/// A speech engine found on this computer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Engine {
    /// What `espeak-ng --version` says: a new version may say a text differently, so the cache
    /// keys on it.
    pub version: String,
}

impl Engine {
    /// The engine on `PATH`, or why there is none.
    pub fn find() -> Result<Engine, String> {
        let output = Command::new(PROGRAM)
            .arg("--version")
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
            .map_err(|error| format!("{PROGRAM}: {error}"))?;
        if !output.status.success() {
            return Err(format!("{PROGRAM} --version: {}", output.status));
        }
        let version = String::from_utf8_lossy(&output.stdout);
        // The line names the data folder after the version; the version is what matters.
        let version = version.lines().next().unwrap_or_default();
        let version = version.split("Data at").next().unwrap_or(version).trim();
        Ok(Engine {
            version: version.to_string(),
        })
    }

    /// Says `text` in `voice` (an eSpeak NG voice name: `en`, `da`, `nb`) into the WAV file `out`.
    /// The text goes in on standard input as UTF-8, so that no text — an exercise's name that
    /// starts with `-`, say — is ever read as an option.
    pub fn synthesise(&self, text: &str, voice: &str, out: &Path) -> Result<(), String> {
        let mut child = Command::new(PROGRAM)
            .args(["-b", "1", "-v", voice, "-w"])
            .arg(out)
            .arg("--stdin")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|error| format!("{PROGRAM}: {error}"))?;
        if let Some(mut stdin) = child.stdin.take() {
            stdin
                .write_all(text.as_bytes())
                .map_err(|error| format!("{PROGRAM}: {error}"))?;
        }
        let output = child
            .wait_with_output()
            .map_err(|error| format!("{PROGRAM}: {error}"))?;
        let said = String::from_utf8_lossy(&output.stderr);
        if !output.status.success() {
            return Err(format!("{PROGRAM}: {} {}", output.status, said.trim()));
        }
        Ok(())
    }
}

/// These run the real engine: `make deps` installs it.
#[cfg(test)]
mod tests {
    use super::*;
    use crate::shell::voice::cache::{Cache, Origin, key};
    use rodio::Source;

    #[test]
    fn a_text_that_looks_like_options_is_said_not_obeyed() {
        let engine = Engine::find().expect("espeak-ng on PATH (make deps installs it)");
        assert!(engine.version.contains("eSpeak NG"), "{engine:?}");
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("said.wav");
        let other = dir.path().join("other.wav");
        let text = format!("--version -w {}", other.display());
        engine.synthesise(&text, "en", &out).unwrap();
        let sound = crate::shell::audio::own_sound::read(&out).unwrap().unwrap();
        let length = sound.total_duration().unwrap();
        assert!(length.as_secs_f64() > 1.0, "{length:?}");
        assert!(!other.exists());
    }

    #[test]
    fn a_broken_cached_phrase_is_made_again_and_a_cache_that_cannot_be_is_an_error() {
        let engine = Engine::find().expect("espeak-ng on PATH (make deps installs it)");
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache {
            dir: dir.path().join("voice"),
        };
        let (_, origin) = cache.phrase(&engine, "Halvvejs.", "da").unwrap();
        assert_eq!(origin, Origin::Made);
        let path = cache
            .dir
            .join(format!("{}.wav", key("Halvvejs.", "da", &engine.version)));
        std::fs::write(&path, b"RIFF broken").unwrap();
        let (sound, origin) = cache.phrase(&engine, "Halvvejs.", "da").unwrap();
        assert_eq!(origin, Origin::Made);
        assert!(sound.total_duration().unwrap().as_secs_f64() > 0.3);
        assert_eq!(
            cache.phrase(&engine, "Halvvejs.", "da").unwrap().1,
            Origin::Cached
        );
        let left: Vec<_> = std::fs::read_dir(&cache.dir).unwrap().flatten().collect();
        assert_eq!(left.len(), 1, "no temporary file is left behind: {left:?}");
        let in_a_file = Cache {
            dir: path.join("voice"),
        };
        assert!(in_a_file.phrase(&engine, "Hi.", "en").is_err());
    }
}
