//! The Learn screens: the list of modules (read ones marked) and one module, wrapped to the
//! screen, with the plan line under it.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use tui_input::Input;

use super::Theme;
use crate::app::{App, Learn};
use ryg_core::words::learn::{MODULES, TRY_THIS_WEEK, text as module_text};
use ryg_core::words::{self, Lang};

pub fn render(app: &App, learn: &Learn, theme: Theme, area: Rect, buf: &mut Buffer) {
    let area = area.inner(Margin::new(1, 0));
    match learn {
        Learn::List { chosen, .. } => list(app, *chosen, theme, area, buf),
        Learn::Module {
            chosen,
            scroll,
            plan,
            ..
        } => module(app.lang, *chosen, *scroll, plan, theme, area, buf),
    }
}

fn list(app: &App, chosen: usize, theme: Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let read = app.modules_read();
    let mut lines = vec![
        Line::styled(words::LEARN_TITLE.get(lang), theme.title()),
        Line::styled(words::LEARN_INTRO.get(lang), theme.quiet()),
        Line::raw(""),
    ];
    lines.extend(MODULES.iter().enumerate().map(|(index, module)| {
        let mark = if read.contains(&module.id) {
            format!(" ✓ {}", words::learn::READ_ALREADY.get(lang))
        } else {
            String::new()
        };
        let title = format!("{}. {}", index + 1, module.title.get(lang));
        let (pointer, style) = if index == chosen {
            ("▶ ", theme.selected())
        } else {
            ("  ", ratatui::style::Style::default())
        };
        Line::from(vec![
            Span::styled(format!("{pointer}{title}"), style),
            Span::styled(mark, theme.quiet()),
        ])
    }));
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(area, buf);
}

fn module(
    lang: Lang,
    chosen: usize,
    scroll: usize,
    plan: &Input,
    theme: Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let module = &MODULES[chosen];
    // The closing question stays in sight beside its line; only the text above it scrolls.
    let [title, text, more, question, field, under] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    // A long title takes the blank line under it rather than lose its end at 60 columns.
    Paragraph::new(Line::styled(
        format!("{}. {}", chosen + 1, module.title.get(lang)),
        theme.title(),
    ))
    .wrap(Wrap { trim: true })
    .render(title, buf);
    let lines = module_text(module, lang, usize::from(text.width));
    // A wide screen needs less scrolling than the model allows for the narrowest one.
    let scroll = scroll.min(lines.len().saturating_sub(usize::from(text.height)));
    if scroll + usize::from(text.height) < lines.len() {
        Line::styled(words::MORE_BELOW.get(lang), theme.quiet()).render(more, buf);
    }
    let shown: Vec<Line> = lines
        .into_iter()
        .skip(scroll)
        .take(usize::from(text.height))
        .map(Line::raw)
        .collect();
    Paragraph::new(shown).render(text, buf);
    Line::raw(TRY_THIS_WEEK.get(lang)).render(question, buf);
    plan_line(plan, theme, field, buf);
    if plan.value().is_empty() {
        Line::styled(words::PLAN_OPTIONAL.get(lang), theme.quiet()).render(under, buf);
    }
}

/// A text field (the plan, a goal) as written, scrolled to keep the cursor in view, the cursor a reversed cell.
pub(super) fn plan_line(plan: &Input, theme: Theme, area: Rect, buf: &mut Buffer) {
    let prompt = "› ";
    let width = usize::from(area.width)
        .saturating_sub(prompt.len() + 1)
        .max(1);
    let skip = plan.visual_scroll(width);
    let text: Vec<char> = plan.value().chars().collect();
    let cursor = plan.cursor();
    let mut spans = vec![Span::styled(prompt, theme.strong())];
    let before: String = text[..cursor.min(text.len())].iter().collect();
    let at: String = text.get(cursor).map_or(" ".into(), |c| c.to_string());
    let after: String = text
        .get(cursor + 1..)
        .map_or(String::new(), |rest| rest.iter().collect());
    let before: String = before.chars().skip(skip).collect();
    spans.push(Span::raw(before));
    spans.push(Span::styled(at, theme.selected()));
    spans.push(Span::raw(after));
    Line::from(spans).render(area, buf);
}
