//! Appending one record to the history file so that concurrent writers and crashes cannot mix lines.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use super::error::HistoryError;
use ryg_core::journal::Record;

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
    // end whatever the read position is. Non-blocking, so that a FIFO in the file's place fails
    // at once instead of waiting for a reader for ever; it is then named below.
    let mut file = OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
        .map_err(|source| HistoryError::Open {
            path: path.to_path_buf(),
            source,
        })?;
    let metadata = file.metadata().map_err(|source| HistoryError::Open {
        path: path.to_path_buf(),
        source,
    })?;
    crate::shell::store::regular_file::is_a_file(&metadata).map_err(|why| {
        HistoryError::NotWritten {
            path: path.to_path_buf(),
            why,
        }
    })?;
    file.lock().map_err(|source| HistoryError::Lock {
        path: path.to_path_buf(),
        source,
    })?;

    // Looked at under the lock, because another writer may have just added to the file.
    let added = add_line(&mut file, line.as_bytes());
    // Closing the file releases the lock anyway; an unlock that fails is not worth reporting,
    // since after a success it would make the caller write the record again.
    let _ = file.unlock();
    added.map_err(|failure| failure.naming(path))
}

/// The file operations an append needs, so that a disk filling up half-way through a write can
/// be played in a test.
trait Journal: Read + Write + Seek {
    fn length(&mut self) -> io::Result<u64>;
    fn cut_back_to(&mut self, length: u64) -> io::Result<()>;
    fn confirm(&mut self) -> io::Result<()>;
}

impl Journal for File {
    fn length(&mut self) -> io::Result<u64> {
        Ok(self.metadata()?.len())
    }

    fn cut_back_to(&mut self, length: u64) -> io::Result<()> {
        self.set_len(length)
    }

    fn confirm(&mut self) -> io::Result<()> {
        self.sync_data()
    }
}

/// Why a line was not added.
#[derive(Debug)]
enum Failure {
    /// The file is as it was: the line can be written again.
    Write(io::Error),
    /// The line may be in the file, and could not be taken out again.
    NotConfirmed(io::Error),
}

impl Failure {
    fn naming(self, path: &Path) -> HistoryError {
        let path = path.to_path_buf();
        match self {
            Failure::Write(source) => HistoryError::Write { path, source },
            Failure::NotConfirmed(source) => HistoryError::NotConfirmed { path, source },
        }
    }
}

/// Adds `line` and its line break at the end of `file`, which the caller holds locked. A write
/// that fails half-way (a full disk) would leave the start of a record without its end, which
/// every later read reports and no retry can mend; so the file is cut back to the length it had,
/// the only time ryg shortens it, and only by bytes it has just added. A write the disk does not
/// confirm is taken out the same way, so that the record written again is there once.
fn add_line(file: &mut impl Journal, line: &[u8]) -> Result<(), Failure> {
    let before = file.length().map_err(Failure::Write)?;
    let torn = !ends_in_line_break(file, before).map_err(Failure::Write)?;
    let mut bytes = Vec::with_capacity(line.len() + 2);
    if torn {
        // A line cut short by something else (a crash, another program) is not ours to remove:
        // our record starts on a line of its own so the torn bytes stay as they are and are
        // reported, not glued to this record.
        bytes.push(b'\n');
    }
    bytes.extend_from_slice(line);
    bytes.push(b'\n');
    // One `write_all` so that a reader never sees a record without its line break.
    if let Err(error) = file.write_all(&bytes) {
        // If even this fails the next append starts on a new line, as after any torn line.
        let _ = file.cut_back_to(before);
        return Err(Failure::Write(error));
    }
    if let Err(error) = file.confirm() {
        return Err(match file.cut_back_to(before) {
            Ok(()) => Failure::Write(error),
            Err(_) => Failure::NotConfirmed(error),
        });
    }
    Ok(())
}

fn ends_in_line_break(file: &mut impl Journal, length: u64) -> io::Result<bool> {
    if length == 0 {
        return Ok(true);
    }
    file.seek(SeekFrom::Start(length - 1))?;
    let mut last = [0u8; 1];
    file.read_exact(&mut last)?;
    Ok(last[0] == b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;
    use ryg_core::file_problem::NotRead;
    use ryg_core::journal::{History, Screening};

    fn screening(second: u32, clear: bool) -> Record {
        Record::Screening(Screening {
            at: format!("2026-11-20T07:58:{second:02}Z").parse().unwrap(),
            clear,
            clinician: false,
        })
    }

    #[test]
    fn a_pipe_or_a_device_in_the_files_place_is_refused_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("history.ron");
        let name = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: `name` is a valid NUL-terminated path that lives across the call.
        assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
        // Opening a FIFO for writing with no reader would wait for one for ever.
        for path in [fifo.as_path(), Path::new("/dev/null")] {
            match append(path, &screening(1, true)) {
                Err(HistoryError::NotWritten { why, .. }) => {
                    assert!(matches!(why, NotRead::NotAFile { .. }), "{why:?}")
                }
                other => panic!("{}: {other:?}", path.display()),
            }
        }
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
        let history = super::super::read(&path).unwrap();
        assert_eq!(history.records, [screening(12, true), screening(15, true)]);
        assert_eq!(history.skipped.len(), 1);
        assert_eq!(history.skipped[0].line, 2);
    }

    /// A file on a disk with room for `room` more bytes, whose writes stop there the way a full
    /// disk's do: the bytes that fit are written, the rest fails.
    struct SmallDisk {
        bytes: Vec<u8>,
        room: usize,
        read_at: usize,
        confirms: bool,
    }

    impl SmallDisk {
        fn new(bytes: &[u8], room: usize) -> SmallDisk {
            SmallDisk {
                bytes: bytes.to_vec(),
                room,
                read_at: 0,
                confirms: true,
            }
        }
    }

    impl Write for SmallDisk {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.room == 0 {
                return Err(io::Error::from(io::ErrorKind::StorageFull));
            }
            let fits = buf.len().min(self.room);
            self.bytes.extend_from_slice(&buf[..fits]);
            self.room -= fits;
            Ok(fits)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    impl Read for SmallDisk {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let rest = self.bytes.get(self.read_at..).unwrap_or_default();
            let n = rest.len().min(buf.len());
            buf[..n].copy_from_slice(&rest[..n]);
            self.read_at += n;
            Ok(n)
        }
    }

    impl Seek for SmallDisk {
        fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
            self.read_at = match to {
                SeekFrom::Start(at) => at as usize,
                SeekFrom::End(by) => (self.bytes.len() as i64 + by) as usize,
                SeekFrom::Current(by) => (self.read_at as i64 + by) as usize,
            };
            Ok(self.read_at as u64)
        }
    }

    impl Journal for SmallDisk {
        fn length(&mut self) -> io::Result<u64> {
            Ok(self.bytes.len() as u64)
        }

        fn cut_back_to(&mut self, length: u64) -> io::Result<()> {
            self.bytes.truncate(length as usize);
            Ok(())
        }

        fn confirm(&mut self) -> io::Result<()> {
            if self.confirms {
                Ok(())
            } else {
                Err(io::Error::from(io::ErrorKind::StorageFull))
            }
        }
    }

    #[test]
    fn a_write_that_stops_after_any_number_of_bytes_leaves_the_file_as_it_was() {
        let line = screening(17, true).to_line().unwrap();
        let whole = b"Screening(at: \"2026-11-20T07:58:12Z\", clear: true)\n".as_slice();
        let torn = b"Screening(at: \"2026-11-20T07:58:12Z\", clear: tr".as_slice();
        for before in [b"".as_slice(), whole, torn] {
            let needed = line.len() + 1 + usize::from(before == torn);
            for room in 0..needed {
                let mut disk = SmallDisk::new(before, room);
                let failure = add_line(&mut disk, line.as_bytes()).unwrap_err();
                assert!(matches!(failure, Failure::Write(_)), "{failure:?}");
                assert_eq!(
                    String::from_utf8_lossy(&disk.bytes),
                    String::from_utf8_lossy(before),
                    "room for {room} bytes"
                );
            }
            let mut disk = SmallDisk::new(before, needed);
            add_line(&mut disk, line.as_bytes()).unwrap();
            assert!(disk.bytes.ends_with(format!("{line}\n").as_bytes()));
            let history = History::parse(std::str::from_utf8(&disk.bytes).unwrap());
            assert_eq!(history.records.last(), Some(&screening(17, true)));
        }
    }

    #[test]
    fn a_write_the_disk_does_not_confirm_is_taken_out_to_be_written_again() {
        let before = b"Screening(at: \"2026-11-20T07:58:12Z\", clear: true)\n";
        let mut disk = SmallDisk::new(before, 1000);
        disk.confirms = false;
        let line = screening(18, true).to_line().unwrap();
        let failure = add_line(&mut disk, line.as_bytes()).unwrap_err();
        assert!(matches!(failure, Failure::Write(_)), "{failure:?}");
        assert_eq!(disk.bytes, before);
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
        let danish = error.describe(ryg_core::words::Lang::Da);
        assert!(
            danish.starts_with("kunne ikke oprette mappen ") && danish.contains("not-a-folder"),
            "{danish}"
        );
    }
}
