//! What can go wrong when reading or writing the history file, in words a user can act on.

use std::io;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("could not read the history file {}: {source}", path.display())]
    Read { path: PathBuf, source: io::Error },

    #[error("could not create the folder {} for the history file: {source}", path.display())]
    CreateFolder { path: PathBuf, source: io::Error },

    #[error("could not open the history file {} for writing: {source}", path.display())]
    Open { path: PathBuf, source: io::Error },

    #[error("could not lock the history file {} for writing: {source}", path.display())]
    Lock { path: PathBuf, source: io::Error },

    #[error("could not write to the history file {}: {source}", path.display())]
    Write { path: PathBuf, source: io::Error },

    /// The record reached the file but the disk did not confirm it, so writing it again could
    /// leave it there twice.
    #[error(
        "the record was written to {} but the disk did not confirm it was saved: {source}",
        path.display()
    )]
    NotConfirmed { path: PathBuf, source: io::Error },

    #[error("could not turn the record into a line of the history file: {0}")]
    Encode(#[from] ron::Error),
}
