//! ryg: a terminal trainer for common low back pain — the library behind the `ryg` binary.

pub mod app;
pub mod audio;
pub mod cli;
pub mod history;
pub mod i18n;
pub mod input;
pub mod keys;
pub mod log;
pub mod program;
pub mod regular_file;
pub mod rules;
pub mod runtime;
pub mod session;
pub mod settings;
pub mod signals;
pub mod sounds;
pub mod terminal;
pub mod tips;
pub mod ui;
pub mod visible;
