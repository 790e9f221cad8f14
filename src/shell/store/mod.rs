//! The files ryg reads and writes: the history, the settings and program files.

pub mod history;
pub mod programs;
pub mod regular_file;
pub mod settings;
