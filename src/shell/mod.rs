//! The imperative shell: the terminal, keys and signals, the files ryg keeps, sound and the log.
//! Everything that reads a clock, a file or the environment is here or in `cli`.

pub mod audio;
pub mod awake;
pub mod effects;
pub mod input;
pub mod log;
pub mod runtime;
pub mod signals;
pub mod store;
pub mod terminal;
pub mod voice;
