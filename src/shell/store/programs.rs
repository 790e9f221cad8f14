//! Program files on disk: the user's programs folder, one file named on the command line, and the
//! programs built into the binary.

use std::fs;
use std::path::{Path, PathBuf};

use ryg_core::file_problem::NotRead;
use ryg_core::program::{Loaded, MAX_FILE_BYTES, load_bytes, unreadable};

use super::regular_file;

/// Reads and checks the program file at `path`: only a regular file (or a link to one) of at most
/// [`MAX_FILE_BYTES`] is read.
pub fn load_file(path: &Path) -> Loaded {
    let mut loaded = match regular_file::read(path, MAX_FILE_BYTES) {
        Ok(bytes) => load_bytes(&bytes, &path.display().to_string()),
        Err(why) => unreadable(path, why),
    };
    loaded.path = Some(path.to_path_buf());
    loaded
}

/// Reads every `*.ron` in `folder`, in file-name order. A folder that does not exist holds no
/// programs; one that cannot be read is reported as a problem, and so is every `*.ron` in it
/// that is not a file (a folder, a pipe, a link that leads nowhere): nothing is skipped silently.
pub fn load_folder(folder: &Path) -> Vec<Loaded> {
    let entries = match fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Vec::new(),
        Err(error) => {
            let why = NotRead::Failed {
                why: regular_file::without_error_number(&error),
            };
            return vec![unreadable(folder, why)];
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
        .collect();
    paths.sort();
    paths.iter().map(|path| load_file(path)).collect()
}

#[cfg(test)]
mod tests {
    use ryg_core::words::Lang;

    use super::*;

    #[test]
    fn a_file_over_one_megabyte_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.ron");
        std::fs::write(&path, "// padding\n".repeat(1_000_000 / 11 + 1)).unwrap();
        let loaded = load_file(&path);
        assert!(loaded.program.is_none());
        assert_eq!(
            loaded.diagnostics[0].render(Lang::En),
            format!(
                "{}: skipped: it is larger than 1 MB, more than such a file ever needs",
                path.display()
            )
        );
    }

    #[test]
    fn a_missing_file_is_a_plain_problem() {
        let loaded = load_file(Path::new("no-such-file.ron"));
        assert!(loaded.program.is_none());
        assert_eq!(
            loaded.diagnostics[0].render(Lang::En),
            "no-such-file.ron: skipped: there is no such file"
        );
    }
}
