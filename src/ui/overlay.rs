//! Boxes over the screen: the keys of the screen (`?`) and the question before ending a session.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::{Theme, centered};
use crate::app::{App, FollowUp, Overlay, Pain, PainMoment, Route, Screen};
use crate::keys::Keymap;
use ryg_core::words::{self, Tr};

pub fn render(app: &App, overlay: Overlay, theme: Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let (title, lines) = match overlay {
        Overlay::Help => {
            let keys = help(app);
            let key_width = keys.iter().map(|(key, _)| key.width()).max().unwrap_or(0);
            let lines: Vec<Line> = keys
                .iter()
                .map(|(key, what)| {
                    Line::from(vec![
                        Span::styled(format!("{key:<key_width$}  "), theme.strong()),
                        Span::raw(what.get(lang)),
                    ])
                })
                .collect();
            (words::HELP_TITLE.get(lang), lines)
        }
        Overlay::ConfirmQuit => (
            "ryg",
            vec![
                Line::styled(words::QUIT_QUESTION.get(lang), theme.strong()),
                Line::raw(""),
                Line::styled(words::QUIT_KEYS.get(lang), theme.quiet()),
            ],
        ),
    };
    let width = lines
        .iter()
        .map(Line::width)
        .max()
        .unwrap_or(0)
        .max(30)
        .min(usize::from(area.width.saturating_sub(4))) as u16
        + 4;
    let height = lines.len() as u16 + 4;
    let area = centered(area, width, height);
    Clear.render(area, buf);
    let block = Block::new()
        .borders(Borders::ALL)
        .title(Line::styled(format!(" {title} "), theme.title()))
        .padding(ratatui::widgets::Padding::new(1, 1, 1, 0));
    Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

/// The keys of the screen under the help and what each does.
pub fn help(app: &App) -> Vec<(&'static str, Tr)> {
    use words::*;
    let mut keys = match app.screen_keymap() {
        // Both y and j answer yes; each language shows its own word's key.
        Keymap::SafetyQuestion => vec![
            (
                if app.lang == Lang::En {
                    "y / n"
                } else {
                    "j / n"
                },
                HELP_YES_NO,
            ),
            ("q", HELP_QUIT_APP),
        ],
        Keymap::SafetyStop => vec![("c", HELP_CHECK_AGAIN), ("q", HELP_QUIT_APP)],
        Keymap::Home => vec![
            ("↑ ↓", HELP_UP_DOWN),
            ("← → 1–9", HELP_LEFT_RIGHT),
            ("Enter", HELP_ENTER_START),
            ("h", HELP_HISTORY),
            ("m", HELP_MUTE),
            ("+ -", HELP_VOLUME),
            ("q", HELP_QUIT_APP),
        ],
        Keymap::FollowUp => vec![
            ("↑ ↓ 1–4", HELP_CHOOSE_ANSWER),
            ("Enter", HELP_ENTER_ANSWER),
            match app.screen {
                Screen::FollowUp(FollowUp {
                    then: Route::History(_),
                    ..
                }) => ("Esc", HELP_BACK_HISTORY),
                _ => ("Esc", HELP_ESC_BACK),
            },
            ("m", HELP_MUTE),
            ("+ -", HELP_VOLUME),
        ],
        Keymap::History => vec![
            ("↑ ↓", HELP_CHOOSE_SESSION),
            ("PgUp PgDn", HELP_PAGE),
            ("Home End", HELP_NEWEST_OLDEST),
            ("← →", HELP_FILTER),
            ("Enter", HELP_DETAIL),
            ("w", HELP_WIDEN),
            ("a", HELP_ANSWER_MORNING),
            ("Esc h q", HELP_HOME),
        ],
        Keymap::HistoryEmpty => vec![("a", HELP_ANSWER_MORNING), ("Esc h q", HELP_HOME)],
        Keymap::HistoryDetail => vec![
            ("↑ ↓", HELP_CHOOSE_SESSION),
            ("Enter Esc", HELP_BACK_LIST),
            ("a", HELP_ANSWER_MORNING),
        ],
        Keymap::Pain => {
            let mut keys = vec![("← → 0–9", HELP_PAIN), ("Enter", HELP_ENTER_ANSWER)];
            // Only the question before a session can go back; the one after must be answered.
            if let Screen::Pain(Pain {
                moment: PainMoment::Before { .. },
                ..
            }) = app.screen
            {
                keys.push(("Esc", HELP_ESC_BACK));
            }
            keys.extend([("m", HELP_MUTE), ("+ -", HELP_VOLUME)]);
            keys
        }
        Keymap::Training => vec![
            ("Space", HELP_SPACE),
            ("s", HELP_SKIP),
            ("n", HELP_NEXT),
            ("m", HELP_MUTE),
            ("+ -", HELP_VOLUME),
            ("q", HELP_QUIT_SESSION),
        ],
        Keymap::Result => vec![("Enter", HELP_HOME), ("m", HELP_MUTE), ("+ -", HELP_VOLUME)],
        Keymap::HelpOverlay | Keymap::ConfirmQuit => Vec::new(),
    };
    keys.push(("Ctrl-C", HELP_CTRL_C));
    keys.push(("?", HELP_CLOSE));
    keys
}
