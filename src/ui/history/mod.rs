//! The history screen: what was done and how the back responded — counts, a chart, and a list of
//! sessions newest first, or one session in full.

mod chart;
mod detail;
mod list;
mod ticks;
mod trend;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::Theme;
use crate::app::{App, HistoryMode, HistoryView};
use ryg_core::journal::{Counts, SESSIONS_A_WEEK, SessionRecord, SessionWithMorning};
use ryg_core::words::{self, Lang};

use chart::{CHART_SHORT, CHART_TALL};
/// The fewest rows of the list worth showing beside the chart: its heading and two sessions.
const LIST_MIN: u16 = 3;
/// The list's rows below which the chart is short rather than tall: its heading and three sessions.
const LIST_BESIDE_TALL: u16 = 4;

pub fn render(app: &App, view: &HistoryView, theme: Theme, area: Rect, buf: &mut Buffer) {
    let rows = app.history_rows(view);
    let selected = view.selected.min(rows.len().saturating_sub(1));
    let mut top = vec![title(app, view, rows.len(), selected, theme, area.width)];
    if rows.is_empty() {
        top.push(Line::raw(""));
        top.push(Line::raw(words::NO_SESSIONS_SCREEN.get(app.lang)));
        top.extend(skipped_lines(app, theme));
        return Paragraph::new(top)
            .wrap(Wrap { trim: true })
            .render(area, buf);
    }
    let figures = app.history_figures(view);
    if let Some(figures) = figures {
        top.push(counts(figures.counts, app.lang, theme));
    }
    let due = figures.and_then(|figures| figures.morning_due.as_ref());
    if let Some(due) = due.map(|session| morning_line(app, session, &rows, view, theme)) {
        top.push(due);
    }
    top.extend(skipped_lines(app, theme));
    let top_height = Paragraph::new(top.clone())
        .wrap(Wrap { trim: true })
        .line_count(area.width)
        .min(usize::from(area.height)) as u16;
    let [top_area, rest] =
        Layout::vertical([Constraint::Length(top_height), Constraint::Fill(1)]).areas(area);
    Paragraph::new(top)
        .wrap(Wrap { trim: true })
        .render(top_area, buf);
    if view.mode == HistoryMode::Detail
        && let Some(row) = rows.get(selected)
    {
        return detail::render(app, row, theme, rest, buf);
    }
    // The chart is what answers "how is my back doing?", so it is tall (a row for each pain)
    // wherever the list keeps three sessions beside it, else short; the list scrolls.
    let chart_height = if rest.height >= CHART_TALL + LIST_BESIDE_TALL {
        CHART_TALL
    } else {
        CHART_SHORT
    };
    let (chart_area, list_area) = if rest.height >= chart_height + LIST_MIN {
        let [chart, list] =
            Layout::vertical([Constraint::Length(chart_height), Constraint::Fill(1)]).areas(rest);
        (Some(chart), list)
    } else {
        (None, rest)
    };
    let chart = figures.and_then(|figures| figures.chart.as_ref());
    if let Some((chart_area, chart)) = chart_area.zip(chart) {
        chart::render(app, view, chart, theme, chart_area, buf);
    }
    list::render(app, view, &rows, selected, theme, list_area, buf);
}

/// "History · All programs ◀ ▶" on the left, "session 3 of 14" on the right.
fn title(
    app: &App,
    view: &HistoryView,
    rows: usize,
    selected: usize,
    theme: Theme,
    width: u16,
) -> Line<'static> {
    let lang = app.lang;
    let filter = match app.filtered_program(view) {
        Some(id) => app.program_name(id),
        None => words::ALL_PROGRAMS.get(lang).to_string(),
    };
    let left = words::history_title(lang, &filter);
    let right = if rows == 0 {
        String::new()
    } else {
        words::session_n_of(lang, selected + 1, rows)
    };
    let gap = usize::from(width).saturating_sub(left.width() + right.width());
    if gap == 0 {
        return Line::styled(left, theme.title());
    }
    Line::from(vec![
        Span::styled(left, theme.title()),
        Span::raw(" ".repeat(gap)),
        Span::styled(right, theme.quiet()),
    ])
}

/// "Last 7 days 2 · last 28 days 8 · in all 245 min · weeks in a row with 2+: 3"
fn counts(counts: Counts, lang: Lang, theme: Theme) -> Line<'static> {
    let labels = [
        words::COUNT_LAST_7.get(lang).to_string(),
        words::COUNT_LAST_28.get(lang).to_string(),
        words::COUNT_IN_ALL.get(lang).to_string(),
        words::weeks_in_a_row_with(lang, SESSIONS_A_WEEK),
    ];
    let values = [
        counts.last_7_days.to_string(),
        counts.last_28_days.to_string(),
        format!("{} min", counts.total_minutes),
        counts.weeks_in_a_row.to_string(),
    ];
    let mut spans = Vec::new();
    for (index, (label, value)) in labels.into_iter().zip(values).enumerate() {
        if index > 0 {
            spans.push(Span::styled(" · ", theme.quiet()));
        }
        spans.push(Span::raw(format!("{label} ")));
        spans.push(Span::styled(value, theme.strong()));
    }
    Line::from(spans)
}

/// The morning question that can still be answered, if any, with the key that answers it.
fn morning_line(
    app: &App,
    session: &SessionRecord,
    rows: &[SessionWithMorning<'_>],
    view: &HistoryView,
    theme: Theme,
) -> Line<'static> {
    let lang = app.lang;
    // `a` answers for the chosen session: when that is another one, say to choose this one.
    let chosen = rows
        .get(view.selected)
        .is_some_and(|row| row.session.started == session.started);
    let date = app
        .time_zone
        .to_datetime(session.started)
        .strftime(words::dates::DATE_IN_SENTENCE.get(lang))
        .to_string();
    let program = app.program_name(&session.program);
    Line::styled(
        if chosen {
            words::morning_due_press_a(lang, &date, &program)
        } else {
            words::morning_due_choose_it(lang, &date, &program)
        },
        theme.warning(),
    )
}

/// The lines of the history file that could not be read, by number, so none goes unnoticed.
fn skipped_lines(app: &App, theme: Theme) -> Option<Line<'static>> {
    let skipped = &app.history.skipped;
    let first = skipped.first()?;
    const SHOWN: usize = 5;
    let mut numbers: Vec<String> = skipped
        .iter()
        .take(SHOWN)
        .map(|line| line.line.to_string())
        .collect();
    if skipped.len() > SHOWN {
        numbers.push(format!("… (+{})", skipped.len() - SHOWN));
    }
    let numbers = numbers.join(", ");
    let file = &first.file;
    let one = skipped.len() == 1;
    let text = if one {
        words::one_line_unreadable(app.lang, &numbers, file)
    } else {
        words::lines_unreadable(app.lang, &numbers, file)
    };
    Some(Line::styled(text, theme.warning()))
}
