//! The programs shipped with ryg, built into the binary as text and loaded like any file.

use super::{Loaded, Severity, check_links, load_str};

/// The programs shipped with ryg, in the order they are listed: (file name, source).
const BUILT_IN: [(&str, &str); 4] = [
    (
        "lower-back.ron",
        include_str!("../../../programs/lower-back.ron"),
    ),
    (
        "gentle-start.ron",
        include_str!("../../../programs/gentle-start.ron"),
    ),
    (
        "everyday.ron",
        include_str!("../../../programs/everyday.ron"),
    ),
    ("warm-up.ron", include_str!("../../../programs/warm-up.ron")),
];

/// The programs built into the binary, each loaded and checked like any file.
/// A shipped program whose warm-up is missing is an error: the shipped set must be whole.
pub fn built_in() -> Vec<Loaded> {
    let mut loaded: Vec<Loaded> = BUILT_IN
        .iter()
        .map(|(file, source)| load_str(source, file))
        .collect();
    check_links(&mut loaded, &[], Severity::Error);
    loaded
}
