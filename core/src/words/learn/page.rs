//! A module laid out as lines of a given width: its paragraphs, then the question that closes it.

use unicode_width::UnicodeWidthStr;

use super::{Module, TRY_THIS_WEEK};
use crate::words::Lang;

/// The module's text and closing question in `lang`, wrapped to `width` columns, with a blank
/// line between paragraphs, as printed by `ryg learn N`. The title is left to whoever shows the
/// page (a heading, a border).
pub fn page(module: &Module, lang: Lang, width: usize) -> Vec<String> {
    let mut lines = text(module, lang, width);
    lines.push(String::new());
    lines.extend(wrap(TRY_THIS_WEEK.get(lang), width));
    lines
}

/// The module's text alone, laid out as in `page`: the Learn screen keeps the closing question
/// in sight beside the line it asks for, so only the text scrolls.
pub fn text(module: &Module, lang: Lang, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in module.text.get(lang).split("\n\n") {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.extend(wrap(paragraph, width));
    }
    lines
}

/// `text` broken into lines of at most `width` columns, at spaces; a word longer than a whole
/// line is cut, so that no line is ever wider than asked.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        for piece in pieces(word, width) {
            let needed = if line.is_empty() {
                piece.width()
            } else {
                line.width() + 1 + piece.width()
            };
            if needed > width && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(piece);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `word` cut into pieces no wider than `width` (one piece for any ordinary word).
fn pieces(word: &str, width: usize) -> Vec<&str> {
    let mut pieces = Vec::new();
    let (mut start, mut used) = (0, 0);
    for (at, c) in word.char_indices() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > width && at > start {
            pieces.push(&word[start..at]);
            (start, used) = (at, 0);
        }
        used += w;
    }
    pieces.push(&word[start..]);
    pieces
}
