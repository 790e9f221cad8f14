//! Reading a file the user named only when it is an ordinary file of a sensible size, and saying
//! in plain words what it is when it is not.
//!
//! A FIFO given as a file would make a plain read wait for ever, a device such as `/dev/zero`
//! would fill the memory, and a folder, a link that leads nowhere or a loop of links cannot be read
//! at all; each of these is refused before any byte is read.

use std::fs::{File, Metadata, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use std::path::Path;

use ryg_core::file_problem::{NotRead, Special};

/// The bytes of the regular file at `path`, following symbolic links, if it holds at most
/// `limit` bytes.
pub fn read(path: &Path, limit: u64) -> Result<Vec<u8>, NotRead> {
    // `metadata` never blocks; opening a FIFO for reading would wait for a writer.
    let metadata = std::fs::metadata(path).map_err(|error| not_found_why(path, &error))?;
    check(&metadata, limit)?;
    // Non-blocking, in case the name was replaced by a FIFO between the look and the open.
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
        .map_err(|error| not_found_why(path, &error))?;
    check(&file.metadata().map_err(|e| failed(&e))?, limit)?;
    read_at_most(file, limit)
}

/// What `path` is when it is not a regular file, or `None` when it is one (or the look failed in
/// a way that reading it will report).
pub fn not_a_regular_file(path: &Path) -> Option<NotRead> {
    match std::fs::metadata(path) {
        Ok(metadata) => check(&metadata, u64::MAX).err(),
        Err(error) => Some(not_found_why(path, &error)),
    }
}

/// Whether what `metadata` describes is a regular file: a FIFO, a device or a folder is named.
pub fn is_a_file(metadata: &Metadata) -> Result<(), NotRead> {
    check(metadata, u64::MAX)
}

fn check(metadata: &Metadata, limit: u64) -> Result<(), NotRead> {
    let kind = metadata.file_type();
    if kind.is_dir() {
        return Err(NotRead::Folder);
    }
    if !kind.is_file() {
        let what = if kind.is_fifo() {
            Special::Fifo
        } else if kind.is_socket() {
            Special::Socket
        } else {
            Special::Device
        };
        return Err(NotRead::NotAFile { what });
    }
    if metadata.len() > limit {
        return Err(NotRead::TooLarge { limit });
    }
    Ok(())
}

/// The file may grow while it is read; no more than `limit` bytes are ever held.
fn read_at_most(file: File, limit: u64) -> Result<Vec<u8>, NotRead> {
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| failed(&e))?;
    if bytes.len() as u64 > limit {
        return Err(NotRead::TooLarge { limit });
    }
    Ok(bytes)
}

fn not_found_why(path: &Path, error: &io::Error) -> NotRead {
    match error.kind() {
        io::ErrorKind::NotFound if path.symlink_metadata().is_ok() => NotRead::LinkLeadsNowhere,
        io::ErrorKind::NotFound => NotRead::Missing,
        io::ErrorKind::PermissionDenied => NotRead::NoPermission,
        io::ErrorKind::IsADirectory => NotRead::Folder,
        _ if error.raw_os_error() == Some(libc::ELOOP) => NotRead::LinkLoop,
        _ => failed(error),
    }
}

fn failed(error: &io::Error) -> NotRead {
    NotRead::Failed {
        why: without_error_number(error),
    }
}

/// The system's words for `error` without the ` (os error N)` that Rust adds: the number helps
/// no one who reads the sentence.
pub fn without_error_number(error: &io::Error) -> String {
    let text = error.to_string();
    match text.rfind(" (os error ") {
        Some(at) if text.ends_with(')') => text[..at].to_string(),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::symlink;

    use super::*;

    fn make_fifo(path: &Path) {
        let name = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: `name` is a valid NUL-terminated path that outlives the call.
        assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
    }

    #[test]
    fn names_what_is_not_a_file_without_waiting_or_filling_the_memory() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo.ron");
        make_fifo(&fifo);
        assert!(matches!(
            read(&fifo, 100),
            Err(NotRead::NotAFile {
                what: Special::Fifo
            })
        ));
        assert!(matches!(
            read(Path::new("/dev/zero"), 100),
            Err(NotRead::NotAFile {
                what: Special::Device
            })
        ));
        assert!(matches!(read(dir.path(), 100), Err(NotRead::Folder)));
        let nowhere = dir.path().join("nowhere.ron");
        symlink(dir.path().join("gone"), &nowhere).unwrap();
        assert!(matches!(
            read(&nowhere, 100),
            Err(NotRead::LinkLeadsNowhere)
        ));
        let (a, b) = (dir.path().join("a.ron"), dir.path().join("b.ron"));
        symlink(&b, &a).unwrap();
        symlink(&a, &b).unwrap();
        assert!(matches!(read(&a, 100), Err(NotRead::LinkLoop)));
        assert!(matches!(
            read(&dir.path().join("missing"), 100),
            Err(NotRead::Missing)
        ));
    }

    #[test]
    fn reads_a_file_up_to_its_limit_and_no_further() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("ten.ron");
        std::fs::write(&file, b"0123456789").unwrap();
        assert_eq!(read(&file, 10).unwrap(), b"0123456789");
        assert!(matches!(
            read(&file, 9),
            Err(NotRead::TooLarge { limit: 9 })
        ));
    }

    #[test]
    fn no_sentence_carries_an_error_number() {
        let error = io::Error::from_raw_os_error(libc::EIO);
        let text = without_error_number(&error);
        assert!(!text.contains("os error"), "{text}");
        assert!(!text.is_empty());
    }
}
