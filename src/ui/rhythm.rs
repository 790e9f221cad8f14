//! The course's band on home, under the header: the week and its strip, the next day to train,
//! what is due, the week's Learn module and the user's plan for the week.
//!
//! A band across the whole width rather than lines in the program's pane: the course is not the
//! program chosen on the left, and a whole line holds the strip and the next day at 80 columns
//! and nearly at 60. Its lines are grouped — the weeks, what is due, Learn — and within a group
//! the pieces share a line, joined by " · ", when they fit. The week's module names the key
//! that opens it, taken from the key table: at 60 columns the footer has no room for it.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::Theme;
use crate::app::App;
use crate::keys::{Action, Keymap, keys_for};
use ryg_core::course::{Rhythm, Weeks};
use ryg_core::visible::visible;
use ryg_core::words::course::course_due;
use ryg_core::words::learn::{MODULES, READ_ALREADY};
use ryg_core::words::rhythm as w;

const BETWEEN: &str = " · ";

/// Draws the band at the top of `area` when there is a course to show, and gives back the
/// rest of `area`.
pub fn band(app: &App, theme: Theme, area: Rect, buf: &mut Buffer) -> Rect {
    let Some(rhythm) = app.rhythm() else {
        return area;
    };
    let lines = lines(app, rhythm, theme, area.width);
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: true });
    // One row more for the rule under it.
    let height = paragraph.line_count(area.width) as u16 + 1;
    let [top, rest] =
        Layout::vertical([Constraint::Length(height), Constraint::Fill(1)]).areas(area);
    paragraph
        .block(Block::new().borders(Borders::BOTTOM))
        .render(top, buf);
    rest
}

/// One piece of a line: spans that stay together.
type Piece = Vec<Span<'static>>;

fn lines(app: &App, rhythm: &Rhythm, theme: Theme, width: u16) -> Vec<Line<'static>> {
    let lang = app.lang;
    let mut groups: Vec<Vec<Piece>> = Vec::new();
    if let Some(weeks) = &rhythm.weeks {
        groups.push(weeks_group(app, weeks, theme));
    }
    if !rhythm.due.is_empty() {
        let due = course_due(lang, &w::due_items(&rhythm.due, lang));
        groups.push(vec![vec![Span::styled(due, theme.strong())]]);
    }
    if let Some(weeks) = &rhythm.weeks {
        let mut learn = Vec::new();
        if let Some(module) = weeks.module {
            let title = MODULES[module.index].title.get(lang);
            let key = keys_for(Keymap::Home, Action::OpenLearn, lang).unwrap_or_default();
            let text = w::week_module(lang, &key, module.index + 1, title);
            let mut piece = vec![Span::raw(text)];
            if module.read {
                let read = format!(" ✓ {}", READ_ALREADY.get(lang));
                piece.push(Span::styled(read, theme.quiet()));
            }
            learn.push(piece);
        }
        if let Some(plan) = &weeks.plan {
            // The user's own words, which may hold any character and be of any length: a line
            // at most, so that the band never pushes the program off the screen.
            let room = usize::from(width).saturating_sub(w::your_plan(lang, "").width());
            let plan = super::shortened(&visible(plan), room);
            learn.push(vec![Span::raw(w::your_plan(lang, &plan))]);
        }
        groups.push(learn);
    }
    groups
        .into_iter()
        .flat_map(|group| pack(group, usize::from(width)))
        .collect()
}

/// The week and its strip, then the next day to train.
fn weeks_group(app: &App, weeks: &Weeks, theme: Theme) -> Vec<Piece> {
    let lang = app.lang;
    let label = match weeks.over {
        false => w::course_week(lang, weeks.week, weeks.weeks),
        true => w::course_weeks_over(lang, weeks.weeks),
    };
    let mut strip = vec![Span::styled(label, theme.strong()), Span::raw("  ")];
    for (index, mark) in weeks.strip.iter().enumerate() {
        if index > 0 {
            strip.push(Span::raw(" "));
        }
        // Coloured and bold, not reversed: it is where the course stands, not a choice.
        let style = match mark.current {
            true => theme.title(),
            false => Style::new(),
        };
        strip.push(Span::styled(mark.text(), style));
    }
    let mut group = vec![strip];
    if let Some(next) = weeks.next {
        let day = w::day_from(app.today(), next, lang);
        group.push(vec![Span::raw(w::next_session(lang, &day))]);
    }
    group
}

/// Lays the pieces out in lines of `width` columns: each piece joins the line before it, after
/// " · ", when it fits there, and starts a line of its own when it does not.
fn pack(pieces: Vec<Piece>, width: usize) -> Vec<Line<'static>> {
    let mut lines: Vec<Vec<Span<'static>>> = Vec::new();
    let mut used = 0;
    for piece in pieces {
        let length: usize = piece.iter().map(|span| span.content.width()).sum();
        match lines.last_mut() {
            Some(line) if used + BETWEEN.width() + length <= width => {
                line.push(Span::raw(BETWEEN));
                line.extend(piece);
                used += BETWEEN.width() + length;
            }
            _ => {
                lines.push(piece);
                used = length;
            }
        }
    }
    lines.into_iter().map(Line::from).collect()
}
