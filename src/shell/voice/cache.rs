//! Phrases made once and kept in the user's cache folder, one WAV file each, named by a hash of
//! the text, the voice and the engine's version: a second session starts without any speech
//! being made. Files are written whole (a temporary file, then renamed), read only within the
//! size limit and after the WAV header check, and the folder is kept under [`MOST_BYTES`].

use std::path::PathBuf;
use std::time::SystemTime;

use rodio::buffer::SamplesBuffer;

use super::engine::Engine;
use crate::shell::audio::own_sound;

/// The most the cache folder holds; the files used longest ago go first. A session's phrases take
/// about 2 MB.
pub const MOST_BYTES: u64 = 32 << 20;

/// Where a phrase came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Read from the cache.
    Cached,
    /// Made by the engine now, and cached.
    Made,
}

/// The cache folder of the phrases.
#[derive(Clone, Debug)]
pub struct Cache {
    pub dir: PathBuf,
}

impl Cache {
    /// The phrase `text` in `voice`: from the cache, else made by `engine` and cached.
    pub fn phrase(
        &self,
        engine: &Engine,
        text: &str,
        voice: &str,
    ) -> Result<(SamplesBuffer, Origin), String> {
        let path = self
            .dir
            .join(format!("{}.wav", key(text, voice, &engine.version)));
        match own_sound::read(&path) {
            Ok(Some(sound)) => {
                // Touched, so that pruning keeps what is used.
                let _ = std::fs::File::open(&path).and_then(|f| f.set_modified(SystemTime::now()));
                return Ok((sound, Origin::Cached));
            }
            Ok(None) => {}
            // A file broken some other way is made again.
            Err(_) => {}
        }
        std::fs::create_dir_all(&self.dir).map_err(|error| error.to_string())?;
        let temporary = self.dir.join(format!(
            ".{}.{}.tmp",
            key(text, voice, &engine.version),
            std::process::id()
        ));
        let made = engine
            .synthesise(text, voice, &temporary)
            .and_then(|()| std::fs::rename(&temporary, &path).map_err(|error| error.to_string()));
        if let Err(why) = made {
            let _ = std::fs::remove_file(&temporary);
            return Err(why);
        }
        match own_sound::read(&path) {
            Ok(Some(sound)) => Ok((sound, Origin::Made)),
            Ok(None) => Err("the phrase was not written".to_string()),
            Err(why) => Err(why.describe(ryg_core::words::Lang::En)),
        }
    }

    /// Removes the files used longest ago until the folder holds at most `most` bytes, and
    /// temporary files left by a ryg that ended while making a phrase (an hour old: one being
    /// written by a ryg running now is never that old).
    pub fn prune(&self, most: u64) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        let an_hour_ago = SystemTime::now() - std::time::Duration::from_secs(3_600);
        let mut files: Vec<(SystemTime, u64, PathBuf)> = entries
            .flatten()
            .filter_map(|entry| {
                let metadata = entry.metadata().ok()?;
                let used = metadata.modified().unwrap_or(SystemTime::UNIX_EPOCH);
                let is = |end: &str| entry.path().extension().is_some_and(|ext| ext == end);
                if metadata.is_file() && is("tmp") && used < an_hour_ago {
                    let _ = std::fs::remove_file(entry.path());
                }
                (metadata.is_file() && is("wav")).then(|| (used, metadata.len(), entry.path()))
            })
            .collect();
        let mut total: u64 = files.iter().map(|(_, size, _)| size).sum();
        files.sort();
        for (_, size, path) in files {
            if total <= most {
                break;
            }
            if std::fs::remove_file(&path).is_ok() {
                total -= size;
            }
        }
    }
}

/// The file name of a phrase: FNV-1a over the text, the voice and the engine's version, each
/// ended by a zero byte so that no two different triples run together into the same bytes.
/// Written out here rather than Rust's own hasher, whose output may change between releases.
pub fn key(text: &str, voice: &str, version: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in [text, voice, version] {
        for byte in part.bytes().chain([0]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shell::audio::wav_header::test_wav;
    use rodio::Source;

    #[test]
    fn the_key_is_stable_and_names_the_text_the_voice_and_the_version() {
        let key_of = |text, voice, version| key(text, voice, version);
        assert_eq!(
            key_of("Halfway.", "en", "1.51"),
            key_of("Halfway.", "en", "1.51")
        );
        let all = [
            key_of("Halfway.", "en", "1.51"),
            key_of("Halfway!", "en", "1.51"),
            key_of("Halfway.", "da", "1.51"),
            key_of("Halfway.", "en", "1.52"),
            key_of("Halfway.e", "n", "1.51"),
        ];
        let distinct: std::collections::HashSet<_> = all.iter().collect();
        assert_eq!(distinct.len(), all.len(), "{all:?}");
        // Fixed, so that a new Rust does not empty everyone's cache.
        assert_eq!(key_of("", "", ""), "d94d12186c0f2fb7");
    }

    #[test]
    fn a_cached_phrase_is_read_without_the_engine() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache {
            dir: dir.path().to_path_buf(),
        };
        let engine = Engine {
            version: "none such".to_string(),
        };
        let path = dir
            .path()
            .join(format!("{}.wav", key("Rest.", "en", "none such")));
        std::fs::write(&path, test_wav(1, 22_050, 16, 4_410)).unwrap();
        let (sound, origin) = cache.phrase(&engine, "Rest.", "en").unwrap();
        assert_eq!(origin, Origin::Cached);
        assert_eq!(
            sound.total_duration(),
            Some(std::time::Duration::from_millis(100))
        );
    }

    #[test]
    fn the_folder_is_kept_within_its_size_the_oldest_going_first() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache {
            dir: dir.path().to_path_buf(),
        };
        let day = std::time::Duration::from_secs(86_400);
        for (name, age) in [("old", 3), ("middle", 2), ("new", 1)] {
            let path = dir.path().join(format!("{name}.wav"));
            std::fs::write(&path, vec![0u8; 1_000]).unwrap();
            let file = std::fs::File::options().write(true).open(&path).unwrap();
            file.set_modified(SystemTime::now() - day * age).unwrap();
        }
        std::fs::write(dir.path().join("notes.txt"), vec![0u8; 5_000]).unwrap();
        for (name, age) in [(".left.1.tmp", 2 * 3_600), (".making.2.tmp", 60)] {
            let path = dir.path().join(name);
            std::fs::write(&path, vec![0u8; 100]).unwrap();
            let file = std::fs::File::options().write(true).open(&path).unwrap();
            let made = SystemTime::now() - std::time::Duration::from_secs(age);
            file.set_modified(made).unwrap();
        }
        cache.prune(2_000);
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [".making.2.tmp", "middle.wav", "new.wav", "notes.txt"],
            "a temporary file an hour old is left over; a newer one is being written"
        );
    }
}
