//! ryg's pure core: programs, the session machine, the pain rules, the journal and the words.
//! Nothing here reads a file, a clock or the environment; the app passes time and text in.

pub mod course;
pub mod file_problem;
pub mod journal;
pub mod program;
pub mod rules;
pub mod session;
#[cfg(test)]
mod test_support;
pub mod visible;
pub mod words;
