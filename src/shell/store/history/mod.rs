//! The history file on disk: read whole when ryg starts, appended to one record at a time.

mod append;
mod error;

use std::path::Path;

use ryg_core::file_problem::NotRead;
use ryg_core::journal::History;

use super::regular_file;

pub use append::append;
pub use error::HistoryError;

/// The largest history file read, in bytes: about 400,000 sessions, or four thousand years of
/// training twice a week. Anything larger is not a history ryg wrote, and reading it would only
/// fill the memory.
pub const MAX_FILE_BYTES: u64 = 100_000_000;

/// Reads the history file. A file that does not exist yet is an empty history; anything that is
/// not a regular file, or is larger than [`MAX_FILE_BYTES`], is refused unread.
pub fn read(path: &Path) -> Result<History, HistoryError> {
    let bytes = match regular_file::read(path, MAX_FILE_BYTES) {
        Ok(bytes) => bytes,
        Err(NotRead::Missing) => return Ok(History::default()),
        Err(why) => {
            return Err(HistoryError::NotRead {
                path: path.to_path_buf(),
                why,
            });
        }
    };
    let file = path
        .file_name()
        .map_or_else(|| "history.ron".into(), |name| name.to_string_lossy());
    Ok(History::from_bytes(&bytes, &file))
}

#[cfg(test)]
mod tests {
    use ryg_core::words::Lang;

    use super::*;

    #[test]
    fn a_missing_file_is_an_empty_history() {
        let dir = tempfile::tempdir().unwrap();
        let history = read(&dir.path().join("history.ron")).unwrap();
        assert_eq!(history, History::default());
    }

    #[test]
    fn a_folder_in_place_of_the_file_is_an_error_naming_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let error = read(dir.path()).unwrap_err();
        assert!(
            error
                .to_string()
                .contains(&dir.path().display().to_string()),
            "{error}"
        );
        let norwegian = error.describe(Lang::Nb);
        assert!(
            norwegian.starts_with("kunne ikke lese historikkfilen ")
                && norwegian.contains(&dir.path().display().to_string()),
            "{norwegian}"
        );
    }
}
