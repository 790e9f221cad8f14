//! The list of sessions, newest first. Only the rows on screen are built, so a list of any length
//! draws in the same time.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Cell, Row, StatefulWidget, Table, TableState};
use unicode_width::UnicodeWidthStr;

use super::super::Theme;
use crate::app::{App, HistoryView};
use ryg_core::journal::SessionWithMorning;
use ryg_core::rules::zone_of;
use ryg_core::words::{self, Lang, clock};

/// The columns, in the order they are shown.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Column {
    When,
    Program,
    Level,
    Reps,
    Duration,
    Pain,
    Zone,
    Morning,
}

/// Every column. The program's is left out when one program is shown (every row would say the
/// same); when the screen is narrow, a long program name is shortened first, then the morning,
/// the time taken and the program give way, in that order.
const COLUMNS: [Column; 8] = [
    Column::When,
    Column::Program,
    Column::Level,
    Column::Reps,
    Column::Duration,
    Column::Pain,
    Column::Zone,
    Column::Morning,
];
const GIVE_WAY: [Column; 3] = [Column::Morning, Column::Duration, Column::Program];
/// A program's name is never shortened below this.
const PROGRAM_MIN: u16 = 10;

impl Column {
    fn heading(self, lang: Lang) -> &'static str {
        match self {
            Column::When => words::HEAD_WHEN,
            Column::Program => words::HEAD_PROGRAM,
            Column::Level => words::HEAD_LEVEL,
            Column::Reps => words::HEAD_REPS,
            Column::Duration => words::HEAD_TIME,
            Column::Pain => words::HEAD_PAIN,
            Column::Zone => words::HEAD_ZONE,
            Column::Morning => words::HEAD_MORNING,
        }
        .get(lang)
    }

    /// Numbers line up on the right.
    fn right_aligned(self) -> bool {
        matches!(
            self,
            Column::Level | Column::Reps | Column::Duration | Column::Pain
        )
    }

    /// What the column says about a session, and the style it says it in.
    fn text(self, app: &App, row: &SessionWithMorning<'_>, theme: Theme) -> (String, Style) {
        let lang = app.lang;
        let session = row.session;
        let text = match self {
            Column::When => app
                .time_zone
                .to_datetime(session.started)
                .strftime(words::dates::DATE_AND_TIME)
                .to_string(),
            Column::Program => app.program_name(&session.program),
            Column::Level => session.level.to_string(),
            Column::Reps => format!("{}/{}", session.reps_done, session.reps_planned),
            Column::Duration => clock(session.duration_secs()),
            Column::Pain => session.pain_change(),
            Column::Zone => {
                let zone = zone_of(session, row.morning).zone;
                return (zone.name(lang).to_string(), theme.zone(zone));
            }
            Column::Morning => row.morning.map_or("–", |m| m.word(lang)).to_string(),
        };
        (text, Style::new())
    }

    fn cell(self, text: String, style: Style) -> Cell<'static> {
        let line = Line::styled(text, style);
        Cell::from(if self.right_aligned() {
            line.right_aligned()
        } else {
            line
        })
    }
}

pub fn render(
    app: &App,
    view: &HistoryView,
    rows: &[SessionWithMorning<'_>],
    selected: usize,
    theme: Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let lang = app.lang;
    let shown = usize::from(area.height.saturating_sub(1));
    // The chosen row stays in the middle once the list has scrolled, so what comes next is seen
    // in both directions; the window is worked out from the row alone, so drawing keeps no state.
    let first = selected
        .saturating_sub(shown / 2)
        .min(rows.len().saturating_sub(shown));
    let window = &rows[first..(first + shown).min(rows.len())];

    let mut columns: Vec<Column> = COLUMNS.to_vec();
    if app.filtered_program(view).is_some() {
        columns.retain(|c| *c != Column::Program);
    }
    let mut texts: Vec<Vec<(String, Style)>> = window
        .iter()
        .map(|row| columns.iter().map(|c| c.text(app, row, theme)).collect())
        .collect();
    let mut widths: Vec<u16> = columns
        .iter()
        .enumerate()
        .map(|(index, column)| {
            texts
                .iter()
                .map(|row| row[index].0.width())
                .chain([column.heading(lang).width()])
                .max()
                .unwrap_or(0)
                .min(usize::from(area.width)) as u16
        })
        .collect();
    // Each width is at most the screen's, so the sum of eight fits easily.
    let total =
        |widths: &[u16]| widths.iter().map(|w| usize::from(*w)).sum::<usize>() + widths.len() - 1;
    // A long program name is shortened before any column gives way.
    if let Some(index) = columns.iter().position(|c| *c == Column::Program) {
        let over = total(&widths).saturating_sub(usize::from(area.width));
        let width = widths[index]
            .saturating_sub(u16::try_from(over).unwrap_or(u16::MAX))
            .max(PROGRAM_MIN);
        if width < widths[index] {
            widths[index] = width;
            for row in &mut texts {
                row[index].0 = shortened(&row[index].0, usize::from(width));
            }
        }
    }
    for give_way in GIVE_WAY {
        if total(&widths) <= usize::from(area.width) {
            break;
        }
        if let Some(index) = columns.iter().position(|c| *c == give_way) {
            columns.remove(index);
            widths.remove(index);
            for row in &mut texts {
                row.remove(index);
            }
        }
    }
    let heading = Row::new(
        columns
            .iter()
            .map(|column| column.cell(column.heading(lang).to_string(), theme.strong())),
    );
    let rows = texts.into_iter().map(|row| {
        Row::new(
            columns
                .iter()
                .zip(row)
                .map(|(column, (text, style))| column.cell(text, style)),
        )
    });
    let table = Table::new(rows, widths.into_iter().map(Constraint::Length))
        .header(heading)
        .column_spacing(1)
        .row_highlight_style(theme.selected());
    let mut state = TableState::new().with_selected(Some(selected - first));
    StatefulWidget::render(table, area, buf, &mut state);
}

/// `text` cut to `width` columns, with "…" where it was cut.
fn shortened(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut cut = String::new();
    for c in text.chars() {
        if cut.width() + c.to_string().width() + 1 > width {
            break;
        }
        cut.push(c);
    }
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shortened_name_keeps_its_width_and_says_it_was_cut() {
        assert_eq!(shortened("Lower back", 10), "Lower back");
        assert_eq!(shortened("Korsrygg – grunnprogram", 12), "Korsrygg –…");
        assert_eq!(shortened("Korsrygg – grunnprogram", 14), "Korsrygg – gr…");
        assert!(shortened("Korsrygg – grunnprogram", 14).width() <= 14);
    }
}
