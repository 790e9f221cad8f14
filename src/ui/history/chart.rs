//! The trend of one program over the last eight weeks or all time, in two panes on one time
//! line: pain after each session on a scale of 0 to 10, each marked by its zone in colour and in
//! shape (● green, ◆ amber, ■ red), with the pain before it as a quiet dot; under it the level, a
//! line with the level's number wherever it changes; under both, the dates (see [`ticks`]).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::Canvas;
use ratatui::widgets::{Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::super::Theme;
use super::super::result::zone_marker;
use super::ticks::ticks;
use super::trend::{LevelCell, PAIN_EXACT, PAIN_PAIRS, Trend, pain_labels, pain_row};
use crate::app::{App, ChartPoints, HistoryView, Period};
use ryg_core::rules::Zone;
use ryg_core::words;

/// Rows besides the pain pane: the heading, the key, the level and the dates.
const AROUND_PAIN: u16 = 4;
pub const CHART_TALL: u16 = AROUND_PAIN + PAIN_EXACT;
pub const CHART_SHORT: u16 = AROUND_PAIN + PAIN_PAIRS;
/// The mark of pain before a session, quieter than the zone's mark of pain after.
const BEFORE: &str = "·";
/// The upright line through the session chosen in the list.
const CHOSEN: &str = "┊";
const LEVEL_LINE: &str = "━";

pub fn render(
    app: &App,
    view: &HistoryView,
    chart: &ChartPoints,
    theme: Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let lang = app.lang;
    let period = match view.period {
        Period::LastEightWeeks => words::LAST_8_WEEKS,
        Period::AllTime => words::ALL_TIME,
    }
    .get(lang);
    let name = app.program_name(&chart.program);
    if chart.points.is_empty() {
        let lines = vec![
            Line::styled(format!("{name} · {period}"), theme.strong()),
            Line::raw(words::CHART_EMPTY.get(lang)),
        ];
        return Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(area, buf);
    }
    // The level's name labels its line, so the labels' column is as wide as it.
    let level_word = words::CHART_LEVEL.get(lang);
    let labels = (level_word.width().max("9–10".width()) + 1) as u16;
    let [heading, key, pain_rows, level_row, dates_row] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let columns = |row: Rect| {
        Layout::horizontal([Constraint::Length(labels), Constraint::Fill(1)]).areas::<2>(row)
    };
    let [pain_labels, pain_plot] = columns(pain_rows);
    let trend = Trend::of(chart, usize::from(pain_plot.width));
    let has_chosen = trend.chosen.is_some();
    heading_line(&name, period, has_chosen, theme, lang, heading.width).render(heading, buf);
    key_line(theme, lang).render(key, buf);
    pain_axis(pain_rows.height, labels, theme).render(pain_labels, buf);
    pain_pane(&trend, theme, pain_plot, buf);

    let [level_label, level_plot] = columns(level_row);
    let level_style = theme.color(Color::Cyan);
    Line::from(vec![
        Span::styled(level_word, theme.quiet()),
        Span::styled("┤", theme.quiet()),
    ])
    .right_aligned()
    .render(level_label, buf);
    let chosen = trend
        .chosen
        .map(|day| usize::from(trend.column(day, level_plot.width)));
    let spans: Vec<Span> = trend
        .level_cells(level_plot.width)
        .into_iter()
        .enumerate()
        .map(|(column, cell)| {
            let (text, style) = match cell {
                Some(LevelCell::Digit(digit)) => {
                    (digit.to_string(), level_style.add_modifier(Modifier::BOLD))
                }
                Some(LevelCell::Line) => (LEVEL_LINE.to_string(), level_style),
                None => (" ".to_string(), Style::new()),
            };
            // The chosen session's level stands out under its line.
            let style = match chosen == Some(column) && cell.is_some() {
                true => style.add_modifier(Modifier::REVERSED),
                false => style,
            };
            Span::styled(text, style)
        })
        .collect();
    Line::from(spans).render(level_plot, buf);

    let [_, dates_plot] = columns(dates_row);
    let mut dates = String::new();
    for tick in ticks(
        trend.from,
        trend.days,
        dates_plot.width,
        &app.time_zone,
        lang,
    ) {
        let gap = usize::from(tick.column).saturating_sub(dates.width());
        dates.push_str(&" ".repeat(gap));
        dates.push_str(&tick.text);
    }
    Line::styled(dates, theme.quiet()).render(dates_plot, buf);
}

/// "Lower back basics · last 8 weeks" and, when a session is chosen in the period, what its line
/// is; the program's name gives way first, then the period.
fn heading_line(
    name: &str,
    period: &str,
    chosen: bool,
    theme: Theme,
    lang: words::Lang,
    width: u16,
) -> Line<'static> {
    let key = match chosen {
        true => format!("{CHOSEN} {}", words::CHART_CHOSEN.get(lang)),
        false => String::new(),
    };
    let room = usize::from(width).saturating_sub(key.width() + 2);
    let heading = [format!("{name} · {period}"), period.to_string()]
        .into_iter()
        .find(|heading| heading.width() <= room)
        .unwrap_or_default();
    let gap = usize::from(width).saturating_sub(heading.width() + key.width());
    Line::from(vec![
        Span::styled(heading, theme.strong()),
        Span::raw(" ".repeat(gap)),
        Span::styled(key, theme.quiet()),
    ])
}

/// What the marks mean: "pain after ● green ◆ amber ■ red   · pain before".
fn key_line(theme: Theme, lang: words::Lang) -> Line<'static> {
    let mut spans = vec![Span::raw(words::CHART_PAIN_AFTER.get(lang))];
    for zone in [Zone::Green, Zone::Amber, Zone::Red] {
        spans.push(Span::styled(
            format!(" {} {}", zone_marker(zone), zone.name(lang)),
            theme.zone(zone),
        ));
    }
    spans.push(Span::styled(
        format!("   {BEFORE} {}", words::CHART_PAIN_BEFORE.get(lang)),
        theme.quiet(),
    ));
    Line::from(spans)
}

/// The pain scale's labels beside the pane's edge (see [`pain_labels`]).
fn pain_axis(rows: u16, width: u16, theme: Theme) -> Paragraph<'static> {
    let lines: Vec<Line> = pain_labels(rows)
        .into_iter()
        .map(|label| {
            let edge = if label.is_empty() { "│" } else { "┤" };
            let text = format!("{label:>width$}{edge}", width = usize::from(width) - 1);
            Line::styled(text, theme.quiet())
        })
        .collect();
    Paragraph::new(lines)
}

/// Each session's pain before and after, at its day; the chosen one's upright line behind them.
fn pain_pane(trend: &Trend, theme: Theme, area: Rect, buf: &mut Buffer) {
    let (columns, rows) = (area.width, area.height);
    if columns < 2 || rows < 2 {
        return;
    }
    let top = f64::from(rows - 1);
    Canvas::default()
        .x_bounds([0.0, f64::from(columns - 1)])
        .y_bounds([0.0, top])
        .paint(|ctx| {
            // Cells, not coordinates: a mark on the row of its pain, whole.
            let at = |day: f64, pain: f64| {
                let column = f64::from(trend.column(day, columns));
                (column, top - f64::from(pain_row(pain, rows)))
            };
            if let Some(day) = trend.chosen {
                for row in 0..rows {
                    let (x, _) = at(day, 0.0);
                    ctx.print(x, f64::from(row), Span::styled(CHOSEN, theme.quiet()));
                }
            }
            for point in &trend.points {
                let (x, y) = at(point.day, point.before);
                ctx.print(x, y, Span::styled(BEFORE, theme.quiet()));
            }
            for point in &trend.points {
                if let Some(after) = point.after {
                    let (x, y) = at(point.day, after);
                    ctx.print(
                        x,
                        y,
                        Span::styled(zone_marker(point.zone), theme.zone(point.zone)),
                    );
                }
            }
        })
        .render(area, buf);
}
