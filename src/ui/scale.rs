//! A 0–10 rating's question as the course asks it: the question, the scale with the chosen
//! mark (none at first), its ends, and the line that says how to skip it or, after an Enter
//! with nothing chosen, to choose first.

use ratatui::text::{Line, Span};

use super::Theme;
use crate::app::Scale;
use ryg_core::words::{Lang, Tr, course_check::CHOOSE_OR_SKIP};

/// The lines of a rating's question; `skip` says what `s` does here.
pub fn rating_lines(
    scale: &Scale,
    ask: Tr,
    ends: Tr,
    skip: Tr,
    lang: Lang,
    theme: Theme,
) -> Vec<Line<'static>> {
    let marks: Vec<Span<'static>> = (0..=10u8)
        .map(|mark| {
            if scale.value == Some(mark) {
                Span::styled(format!("[{mark}]"), theme.selected())
            } else {
                Span::raw(format!(" {mark} "))
            }
        })
        .collect();
    let last = if scale.enter_without_answer {
        Line::styled(CHOOSE_OR_SKIP.get(lang), theme.warning())
    } else {
        Line::styled(skip.get(lang), theme.quiet())
    };
    vec![
        Line::styled(ask.get(lang), theme.title()),
        Line::raw(""),
        Line::from(marks),
        Line::styled(ends.get(lang), theme.quiet()),
        Line::raw(""),
        last,
    ]
}
