//! Boxes over the screen: the keys of the screen (`?`), the warning signs (`!` in help) and the
//! question before ending a session.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::{Theme, centered, signs};
use crate::app::{App, Overlay, SignsGroup};
use ryg_core::words::{self, Tr};

pub fn render(app: &App, overlay: Overlay, theme: Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    if let Overlay::WarningSigns(group) = overlay {
        return warning_signs(app, group, theme, area, buf);
    }
    let (title, lines) = match overlay {
        Overlay::Help => {
            let keys = help(app);
            // The keys that close help come last, and are too many to set the column's width.
            let screen_keys = &keys[..keys.len().saturating_sub(1)];
            let key_width = screen_keys.iter().map(|(key, _)| key.width()).max();
            let key_width = key_width.unwrap_or(0);
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
        Overlay::WarningSigns(_) => return,
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

/// One group of warning signs and what to do, over all but the header and the footer, so that
/// the signs are read whole even on a small terminal.
fn warning_signs(app: &App, group: SignsGroup, theme: Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let area = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(2),
        ..area
    };
    let page = match group {
        SignsGroup::Emergency => 1,
        SignsGroup::WithinDays => 2,
    };
    let title = format!(" {} {page}/2 ", words::SIGNS_AGAIN_TITLE.get(lang));
    let block = Block::new()
        .borders(Borders::ALL)
        .title(Line::styled(title, theme.title()))
        .padding(ratatui::widgets::Padding::horizontal(1));
    let inner_width = block.inner(area).width;
    let mut lines = signs::group(group, lang, theme, inner_width);
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        signs::what_to_do(group).get(lang),
        theme.strong(),
    ));
    Clear.render(area, buf);
    Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false })
        .render(area, buf);
}

/// The keys of the screen under the help, as help writes them, and what each does.
pub fn help(app: &App) -> Vec<(String, Tr)> {
    (crate::keys::help(app.screen_keymap(), app.lang).iter())
        .map(|row| (row.keys(app.lang), row.help))
        .collect()
}
