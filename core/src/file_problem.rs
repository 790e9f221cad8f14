//! Why a file the user named was not read, as data: the shell finds out, and the words
//! (`words::file_problems`) say it.

/// Why a file was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotRead {
    /// Nothing is there.
    Missing,
    /// A symbolic link whose target does not exist.
    LinkLeadsNowhere,
    /// Symbolic links that lead round in a circle.
    LinkLoop,
    Folder,
    /// A FIFO, a socket or a device: something that is not stored on the disk like a file.
    NotAFile {
        what: Special,
    },
    TooLarge {
        limit: u64,
    },
    NoPermission,
    /// Any other failure, in the system's words without its error number.
    Failed {
        why: String,
    },
}

/// The kinds of things that have a name in a folder but are not files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    Fifo,
    Socket,
    Device,
}
