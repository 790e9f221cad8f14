//! Appending one record to the history file so that concurrent writers and crashes cannot mix lines.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::Path;

use super::error::HistoryError;
use super::record::Record;

/// Adds `record` as the last line of the history file at `path`, creating the file and its folder
/// if needed. Nothing already in the file is changed.
pub fn append(path: &Path, record: &Record) -> Result<(), HistoryError> {
    let line = record.to_line()?;
    if let Some(folder) = path
        .parent()
        .filter(|folder| !folder.as_os_str().is_empty())
    {
        std::fs::create_dir_all(folder).map_err(|source| HistoryError::CreateFolder {
            path: folder.to_path_buf(),
            source,
        })?;
    }
    // Read access is needed to look at the last byte; append mode makes every write land at the
    // end whatever the read position is.
    let mut file = OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .open(path)
        .map_err(|source| HistoryError::Open {
            path: path.to_path_buf(),
            source,
        })?;
    file.lock().map_err(|source| HistoryError::Lock {
        path: path.to_path_buf(),
        source,
    })?;

    // Looked at under the lock, because another writer may have just added to the file.
    let torn = !ends_in_line_break(&mut file).map_err(|source| HistoryError::Write {
        path: path.to_path_buf(),
        source,
    })?;
    let mut bytes = Vec::with_capacity(line.len() + 2);
    if torn {
        // A write cut short left a line without its end; our record must start on a line of its
        // own so the torn bytes stay as they are and are reported, not glued to this record.
        bytes.push(b'\n');
    }
    bytes.extend_from_slice(line.as_bytes());
    bytes.push(b'\n');
    // One `write_all` so that a reader never sees a record without its line break.
    file.write_all(&bytes)
        .map_err(|source| HistoryError::Write {
            path: path.to_path_buf(),
            source,
        })?;
    file.sync_data()
        .map_err(|source| HistoryError::NotConfirmed {
            path: path.to_path_buf(),
            source,
        })?;
    // The record is saved now; an unlock that fails is not worth reporting, since it would make
    // the caller write the record again, and closing the file releases the lock anyway.
    let _ = file.unlock();
    Ok(())
}

fn ends_in_line_break(file: &mut File) -> io::Result<bool> {
    if file.metadata()?.len() == 0 {
        return Ok(true);
    }
    file.seek(SeekFrom::End(-1))?;
    let mut last = [0u8; 1];
    file.read_exact(&mut last)?;
    Ok(last[0] == b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::{History, Screening};

    fn screening(second: u32, clear: bool) -> Record {
        Record::Screening(Screening {
            at: format!("2026-11-20T07:58:{second:02}Z").parse().unwrap(),
            clear,
        })
    }

    #[test]
    fn creates_the_folder_and_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deep").join("er").join("history.ron");
        append(&path, &screening(12, true)).unwrap();
        append(&path, &screening(13, false)).unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "Screening(at: \"2026-11-20T07:58:12Z\", clear: true)\n\
             Screening(at: \"2026-11-20T07:58:13Z\", clear: false)\n"
        );
    }

    #[test]
    fn what_was_in_the_file_is_kept_byte_for_byte() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.ron");
        let before: &[u8] =
            b"// my own note\n\nScreening(at: \"2026-11-20T07:58:12Z\", clear: true)\n\xff junk\n";
        std::fs::write(&path, before).unwrap();
        append(&path, &screening(14, true)).unwrap();
        let after = std::fs::read(&path).unwrap();
        assert_eq!(&after[..before.len()], before);
        assert_eq!(
            &after[before.len()..],
            b"Screening(at: \"2026-11-20T07:58:14Z\", clear: true)\n"
        );
    }

    #[test]
    fn after_a_torn_line_the_record_starts_on_a_new_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.ron");
        let before =
            "Screening(at: \"2026-11-20T07:58:12Z\", clear: true)\nSession(started: \"2026-11";
        std::fs::write(&path, before).unwrap();
        append(&path, &screening(15, true)).unwrap();

        let after = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            after,
            format!("{before}\nScreening(at: \"2026-11-20T07:58:15Z\", clear: true)\n")
        );
        let history = History::read(&path).unwrap();
        assert_eq!(history.records, [screening(12, true), screening(15, true)]);
        assert_eq!(history.skipped.len(), 1);
        assert_eq!(history.skipped[0].line, 2);
    }

    #[test]
    fn an_error_names_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("not-a-folder");
        std::fs::write(&blocker, "").unwrap();
        let path = blocker.join("history.ron");
        let error = append(&path, &screening(16, true)).unwrap_err();
        assert!(
            matches!(error, HistoryError::CreateFolder { .. }),
            "{error:?}"
        );
        assert!(error.to_string().contains("not-a-folder"), "{error}");
        let danish = error.describe(crate::i18n::Lang::Da);
        assert!(
            danish.starts_with("kunne ikke oprette mappen ") && danish.contains("not-a-folder"),
            "{danish}"
        );
    }
}
