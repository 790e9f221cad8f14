//! A paste: text put into the field being typed in, all at once and as one line. A field of ryg
//! holds one line (a goal, a plan), so a line break or a tab in the paste is a space, and any
//! other control character is dropped, as typing one would be. Where no field is being typed in
//! (or an overlay is open over it), a paste does nothing: it is never read as keys.

use super::{App, CourseStep, Edit, Learn, Screen};

impl App {
    pub(super) fn paste(&mut self, text: &str) {
        if self.overlay.is_some() {
            return;
        }
        let field = match &mut self.screen {
            Screen::CourseStart(start, _) if matches!(start.step, CourseStep::Goal(_)) => {
                // As after a key: a problem said about the text before is about the old text.
                start.problem = None;
                &mut start.field
            }
            Screen::Learn(Learn::Module { plan, .. }) => plan,
            _ => return,
        };
        for c in one_line(text).chars() {
            field.handle(Edit::Insert(c).request());
        }
    }
}

/// `text` as one line: each line break (CR LF counts as one) and tab a space, other control
/// characters left out.
pub fn one_line(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                Some(' ')
            }
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}
