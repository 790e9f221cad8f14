//! The full-screen trainer end to end: the real binary in a real pseudo-terminal (tmux), driven by keys and signals, checked on screen and in the history file.

mod course_review;
mod course_start;
mod files;
mod journeys;
mod learn;
mod paste;
mod rhythm;
mod safety;
mod session;
#[cfg(feature = "audio")]
mod sound;
mod support;
mod terminal;
mod title;
