//! Text from files made safe to print: its control characters shown, never sent to the terminal.
//!
//! A program's title, a history line's program id or a file's name can hold any character, and
//! some are commands to the terminal: ESC starts a sequence that can set the window title, the
//! clipboard (OSC 52) or the colours, BEL rings, and in some terminals the C1 characters
//! (U+0080–U+009F) do what ESC does. Every text that comes from a file or a file name is passed
//! through [`visible`] before a person sees it, on the command line and in the full-screen app
//! alike, so a strange byte is seen and can be fixed instead of acting on the terminal.
//!
//! The visible form is the one Rust and RON use in a quoted string: `\n`, `\r`, `\t`, `\0`, and
//! `\u{1b}` (lower-case hexadecimal) for any other; so `ryg check`'s quoted names and the rest
//! read alike. The bidirectional embeddings, overrides and isolates (U+202A–U+202E,
//! U+2066–U+2069) are shown the same way: they would reorder what follows them on screen, so a
//! file name could read as something else (the "Trojan Source" trick). The plain marks LRM, RLM
//! and ALM reorder nothing beyond themselves and are kept. The line and paragraph separators
//! (U+2028, U+2029) are shown too: they are line breaks in the data.
//!
//! JSON stays exact: serde_json writes C0 characters as `\u001b`, and [`json`] writes the others
//! above the same way, which a JSON reader turns back into the very same text. CSV keeps the
//! data too: see [`csv`].

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `c` must not reach a terminal as it is.
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
}

/// `text` as a person should see it: each hidden character written out (`\u{1b}`, `\n`, …);
/// the text itself when it has none, without a copy.
pub fn visible(text: &str) -> Cow<'_, str> {
    escape(text, is_hidden, false)
}

/// A CSV field's text: line breaks and tabs are kept, as CSV quoting carries them to a reader
/// unchanged; every other hidden character is written as [`visible`] writes it, and a backslash
/// is doubled, so the exact text can always be recovered (`\\` is a backslash, `\u{1b}` was
/// ESC). The program ids ryg writes have neither, so a normal export is not changed at all.
pub fn csv(text: &str) -> Cow<'_, str> {
    escape(text, |c| is_hidden(c) && c != '\n' && c != '\t', true)
}

/// Serialized JSON with every hidden character that serde_json leaves as it is (DEL, C1, the
/// bidirectional controls, the separators) written as a `\u00XX` escape instead. They can only
/// be inside strings, where the escape means the same character, so the value is unchanged.
pub fn json(serialized: String) -> String {
    if !serialized.contains(is_hidden) {
        return serialized;
    }
    let mut safe = String::with_capacity(serialized.len() + 16);
    for c in serialized.chars() {
        if is_hidden(c) {
            // Every hidden character is in the Basic Multilingual Plane: one \u escape each.
            let _ = write!(safe, "\\u{:04x}", u32::from(c));
        } else {
            safe.push(c);
        }
    }
    safe
}

fn escape(text: &str, hidden: impl Fn(char) -> bool, double_backslash: bool) -> Cow<'_, str> {
    let needs = |c: char| hidden(c) || (double_backslash && c == '\\');
    if !text.contains(needs) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' if double_backslash => shown.push_str("\\\\"),
            c if !hidden(c) => shown.push(c),
            '\n' => shown.push_str("\\n"),
            '\r' => shown.push_str("\\r"),
            '\t' => shown.push_str("\\t"),
            '\0' => shown.push_str("\\0"),
            c => {
                let _ = write!(shown, "\\u{{{:x}}}", u32::from(c));
            }
        }
    }
    Cow::Owned(shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the adversarial test put in a title: set the clipboard, then the window title.
    const ATTACK: &str = "Back\u{1b}]52;c;aGk=\u{7}\u{1b}]0;owned\u{1b}\\ \u{9b}31m";

    #[test]
    fn control_characters_are_written_out_and_nothing_hidden_is_left() {
        let shown = visible(ATTACK);
        assert_eq!(
            shown,
            r"Back\u{1b}]52;c;aGk=\u{7}\u{1b}]0;owned\u{1b}\ \u{9b}31m"
        );
        assert!(!shown.contains(is_hidden));
        assert_eq!(visible("a\tb\nc\rd\0"), r"a\tb\nc\rd\0");
        assert_eq!(visible("\u{7f}"), r"\u{7f}");
    }

    #[test]
    fn the_visible_form_is_the_one_rust_debug_gives() {
        for c in [
            '\u{1b}', '\u{7}', '\u{7f}', '\u{85}', '\u{9b}', '\n', '\u{202e}', '\u{2066}',
        ] {
            let text = format!("a{c}b");
            assert_eq!(
                format!("\"{}\"", visible(&text)),
                format!("{text:?}"),
                "{c:?}"
            );
        }
    }

    #[test]
    fn reordering_controls_are_shown_but_ordinary_text_is_not_touched() {
        assert_eq!(visible("txt.\u{202e}nor"), r"txt.\u{202e}nor");
        assert_eq!(visible("a\u{2066}b\u{2069}"), r"a\u{2066}b\u{2069}");
        assert_eq!(visible("a\u{2028}b"), r"a\u{2028}b");
        for text in ["Bækkenvip — «ro» 🧘‍♀️", "שלום\u{200f}", r"C:\back", "é"] {
            assert!(
                matches!(visible(text), Cow::Borrowed(t) if t == text),
                "{text}"
            );
        }
    }

    #[test]
    fn csv_keeps_line_breaks_and_tabs_and_can_be_read_back() {
        assert_eq!(csv("lower-back"), "lower-back");
        assert_eq!(csv("two\nlines\tand"), "two\nlines\tand");
        assert_eq!(csv("a\u{1b}]0;x\u{7}\r"), r"a\u{1b}]0;x\u{7}\r");
        // A backslash written as text cannot be taken for an escaped character.
        assert_eq!(csv(r"a\u{1b}"), r"a\\u{1b}");
        assert_ne!(csv(r"a\u{1b}"), csv("a\u{1b}"));
    }

    #[test]
    fn json_stays_the_same_value_with_nothing_hidden_left() {
        let text = format!("{ATTACK}\u{7f}\u{202e}\u{2029}\"\\");
        let serialized = json(serde_json::to_string(&text).unwrap());
        assert!(!serialized.contains(is_hidden), "{serialized}");
        assert!(serialized.contains(r"\u009b") && serialized.contains(r"\u202e"));
        let back: String = serde_json::from_str(&serialized).unwrap();
        assert_eq!(back, text);
    }
}
