//! The warning signs as lines: a group's heading, its signs as bullets that wrap under their own
//! text, what to do, and a paragraph that keeps them whole on a small terminal; shared by the
//! safety check, the box from help and the result screen.

use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::Theme;
use crate::app::SignsGroup;
use ryg_core::words::{self, Lang, Tr};

const BULLET: &str = "  • ";
const UNDER_BULLET: &str = "    ";

/// The group's heading and its signs, each sign wrapped to `width` columns.
pub fn group(group: SignsGroup, lang: Lang, theme: Theme, width: u16) -> Vec<Line<'static>> {
    let (title, signs): (Tr, &[Tr]) = match group {
        SignsGroup::Emergency => (words::SIGNS_NOW_TITLE, &words::EMERGENCY_SIGNS),
        SignsGroup::WithinDays => (words::SIGNS_DAYS_TITLE, &words::WITHIN_DAYS_SIGNS),
    };
    let mut lines = vec![Line::styled(title.get(lang), theme.strong())];
    for sign in signs {
        lines.extend(bullet(sign.get(lang), width).into_iter().map(Line::raw));
    }
    lines
}

/// What to do when a sign of `group` applies.
pub fn what_to_do(group: SignsGroup) -> Tr {
    match group {
        SignsGroup::Emergency => words::CALL_NOW,
        SignsGroup::WithinDays => words::DAYS_STOP_TITLE,
    }
}

/// `lines` as a paragraph for `area`; when they would not fit, the blank lines go first, so that
/// a sign or the question after them is not cut off on a small terminal.
pub fn fitted(mut lines: Vec<Line<'static>>, area: Rect, wrap: Wrap) -> Paragraph<'static> {
    let text = Paragraph::new(lines.clone()).wrap(wrap);
    if text.line_count(area.width) <= usize::from(area.height) {
        return text;
    }
    lines.retain(|line| line.width() > 0);
    Paragraph::new(lines).wrap(wrap)
}

/// `text` as a bullet whose following lines start under its first word, so a long sign still
/// reads as one; a word longer than the line is left to the paragraph to cut.
fn bullet(text: &str, width: u16) -> Vec<String> {
    let room = usize::from(width).saturating_sub(BULLET.width()).max(10);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.width() + 1 + word.width() > room {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines
        .into_iter()
        .enumerate()
        .map(|(n, line)| format!("{}{line}", if n == 0 { BULLET } else { UNDER_BULLET }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_sign_wraps_under_its_own_text() {
        let lines = bullet("one two three four five six seven", 18);
        assert_eq!(
            lines,
            ["  • one two three", "    four five six", "    seven"]
        );
        assert!(lines.iter().all(|line| line.width() <= 18));
    }
}
