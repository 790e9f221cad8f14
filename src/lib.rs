//! ryg: a terminal trainer for common low back pain — the app and the shell behind the `ryg`
//! binary. What is pure (programs, sessions, rules, the journal, the words) is in `ryg-core`.

pub mod app;
pub mod cli;
pub mod keys;
pub mod report;
pub mod shell;
pub mod ui;
