//! The trend of one program over the last eight weeks or all time: pain before and after each
//! session on a scale of 0 to 10, and under it, on its own scale, the level.

use jiff::{SignedDuration, Timestamp};
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Color;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Chart, Dataset, GraphType, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::super::Theme;
use crate::app::{App, ChartPoints, HistoryView, Period, Point};
use ryg_core::words;

const SECS_A_DAY: f64 = 86_400.0;
/// Rows of the level's chart: two of plot (four half-block steps, the levels of a program of
/// four), its axis and the dates.
pub const LEVEL_ROWS: u16 = 4;

/// The points of the charts, in days from the start of their period.
#[derive(Debug, Default, PartialEq)]
struct Trend {
    before: Vec<(f64, f64)>,
    after: Vec<(f64, f64)>,
    /// Each session's level, held until the next session.
    level: Vec<(f64, f64)>,
    /// The chosen session, when it is in the period.
    chosen: Option<f64>,
    days: f64,
    from: Timestamp,
}

impl Trend {
    /// The lines of `chart` for a chart `columns` wide.
    fn of(chart: &ChartPoints, columns: usize) -> Trend {
        let mut trend = Trend {
            days: chart.days,
            from: chart.from,
            chosen: chart.chosen,
            ..Trend::default()
        };
        let averages;
        let shown = if chart.points.len() > columns {
            averages = averaged(&chart.points, chart.days / columns.max(1) as f64);
            &averages
        } else {
            &chart.points
        };
        for (index, point) in shown.iter().enumerate() {
            trend.before.push((point.day, point.before));
            if let Some(after) = point.after {
                trend.after.push((point.day, after));
            }
            let until = shown.get(index + 1).map_or(point.day, |next| next.day);
            trend
                .level
                .extend([(point.day, point.level), (until, point.level)]);
        }
        trend
    }
}

/// Sessions grouped by `width` days: their average pain before and after, and the level of
/// the last of them. With more sessions than the chart has columns, single sessions would draw
/// over each other into a block; their averages show the trend.
fn averaged(points: &[Point], width: f64) -> Vec<Point> {
    let mut groups: Vec<Vec<Point>> = Vec::new();
    let mut column = None;
    for point in points {
        let this = (point.day / width).floor();
        if column != Some(this) {
            groups.push(Vec::new());
            column = Some(this);
        }
        if let Some(group) = groups.last_mut() {
            group.push(*point);
        }
    }
    let mean = |values: &mut dyn Iterator<Item = f64>| {
        let (sum, count) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
        (count > 0).then(|| sum / count as f64)
    };
    groups
        .iter()
        .filter_map(|group| {
            Some(Point {
                day: mean(&mut group.iter().map(|p| p.day))?,
                before: mean(&mut group.iter().map(|p| p.before))?,
                after: mean(&mut group.iter().filter_map(|p| p.after)),
                level: group.last()?.level,
            })
        })
        .collect()
}

pub fn render(
    app: &App,
    view: &HistoryView,
    chart: &ChartPoints,
    theme: Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let lang = app.lang;
    let trend = Trend::of(chart, usize::from(area.width));
    let period = match view.period {
        Period::LastEightWeeks => words::LAST_8_WEEKS,
        Period::AllTime => words::ALL_TIME,
    }
    .get(lang);
    let name = app.program_name(&chart.program);
    if trend.before.is_empty() {
        let lines = vec![
            Line::styled(format!("{name} · {period}"), theme.strong()),
            Line::raw(words::CHART_EMPTY.get(lang)),
        ];
        return Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(area, buf);
    }
    let color = |color: Color| theme.color(color);
    let (before_style, after_style, level_style) = (
        color(Color::Cyan),
        color(Color::Magenta),
        color(Color::Green),
    );
    // Each line has its own mark as well as its own colour, so the key reads without colour.
    let mut key = Vec::new();
    for (mark, name, style) in [
        ("•", words::CHART_PAIN_BEFORE, before_style),
        ("⠒", words::CHART_PAIN_AFTER, after_style),
        ("▄", words::CHART_LEVEL, level_style),
    ] {
        key.push(Span::raw("   "));
        key.push(Span::styled(format!("{mark} {}", name.get(lang)), style));
    }
    // The key always shows; the program's name gives way to it first, then the period.
    let room = usize::from(area.width).saturating_sub(Line::from(key.clone()).width());
    let heading = [format!("{name} · {period}"), period.to_string()]
        .into_iter()
        .find(|heading| heading.width() <= room)
        .unwrap_or_default();
    let mut title = vec![Span::styled(heading, theme.strong())];
    title.extend(key);

    let [pain_area, level_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(LEVEL_ROWS)]).areas(area);
    let chosen_line = trend.chosen.map(|x| [(x, 0.0), (x, 10.0)]);
    let chosen_level = trend
        .chosen
        .map(|x| [(x, 0.0), (x, f64::from(chart.levels) + 1.0)]);
    // The chosen session is drawn first, as a thin upright line the others are drawn over.
    let mut pain = Vec::new();
    if let Some(line) = &chosen_line {
        pain.push(upright(line, theme));
    }
    pain.push(
        Dataset::default()
            .marker(Marker::Dot)
            .graph_type(GraphType::Scatter)
            .style(before_style)
            .data(&trend.before),
    );
    pain.push(
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(after_style)
            .data(&trend.after),
    );
    // Both charts have y labels of the same width, so that their days line up.
    Chart::new(pain)
        .block(Block::new().title(Line::from(title)))
        .x_axis(Axis::default().bounds([0.0, trend.days]))
        .y_axis(
            Axis::default()
                .bounds([0.0, 10.0])
                .labels(["0", "5", "10"])
                .labels_alignment(Alignment::Right)
                .style(theme.quiet()),
        )
        .render(pain_area, buf);

    let top = chart.levels.max(1);
    let mut level = Vec::new();
    if let Some(line) = &chosen_level {
        level.push(upright(line, theme));
    }
    level.push(
        Dataset::default()
            .marker(Marker::HalfBlock)
            .graph_type(GraphType::Line)
            .style(level_style)
            .data(&trend.level),
    );
    let date = |days: f64| {
        let at = trend
            .from
            .checked_add(SignedDuration::from_secs_f64(days * SECS_A_DAY))
            .unwrap_or(trend.from);
        app.time_zone
            .to_datetime(at)
            .strftime(words::dates::DATE)
            .to_string()
    };
    Chart::new(level)
        .x_axis(
            Axis::default()
                .bounds([0.0, trend.days])
                .labels([date(0.0), date(trend.days / 2.0), date(trend.days)])
                .labels_alignment(Alignment::Right)
                .style(theme.quiet()),
        )
        .y_axis(
            Axis::default()
                .bounds([0.5, f64::from(top) + 0.5])
                .labels([" 1".to_string(), format!("{top:>2}")])
                .labels_alignment(Alignment::Right)
                .style(theme.quiet()),
        )
        .render(level_area, buf);
}

/// A thin upright line through the chosen session.
fn upright<'a>(points: &'a [(f64, f64)], theme: Theme) -> Dataset<'a> {
    Dataset::default()
        .marker(Marker::Braille)
        .graph_type(GraphType::Line)
        .style(theme.quiet())
        .data(points)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ryg_core::journal::SessionRecord;

    /// The lines the model's points of `sessions` make on a chart `columns` wide.
    fn lines_of(
        sessions: &[&SessionRecord],
        chosen: Option<Timestamp>,
        period: Period,
        now: Timestamp,
        columns: usize,
    ) -> Trend {
        Trend::of(&ChartPoints::of(sessions, chosen, period, now), columns)
    }

    fn session(day: i64, level: u32, before: u8, after: Option<u8>) -> SessionRecord {
        let at: Timestamp = "2026-09-01T08:00:00Z".parse().unwrap();
        let started = at
            .checked_add(SignedDuration::from_hours(day * 24))
            .unwrap();
        SessionRecord {
            started,
            finished: started,
            program: "lower-back".into(),
            level,
            completed: true,
            reps_done: 10,
            reps_planned: 10,
            pain_before: before,
            pain_after: after,
            stopped: None,
        }
    }

    #[test]
    fn eight_weeks_show_only_their_sessions_and_levels_hold_until_the_next() {
        let now: Timestamp = "2026-11-22T08:00:00Z".parse().unwrap();
        let sessions = [
            session(0, 1, 5, Some(5)),  // 82 days before now: outside
            session(40, 1, 4, Some(3)), // 42 days before now: day 14
            session(50, 2, 3, None),    // day 24
            session(80, 2, 2, Some(2)), // day 54
        ];
        let refs: Vec<&SessionRecord> = sessions.iter().collect();
        let trend = lines_of(
            &refs,
            Some(sessions[2].started),
            Period::LastEightWeeks,
            now,
            80,
        );
        assert_eq!(trend.days, 56.0);
        assert_eq!(trend.before, [(14.0, 4.0), (24.0, 3.0), (54.0, 2.0)]);
        assert_eq!(trend.after, [(14.0, 3.0), (54.0, 2.0)]);
        assert_eq!(
            trend.level,
            [
                (14.0, 1.0),
                (24.0, 1.0),
                (24.0, 2.0),
                (54.0, 2.0),
                (54.0, 2.0),
                (54.0, 2.0)
            ],
            "the last level ends at its session"
        );
        assert_eq!(trend.chosen, Some(24.0));
        let outside = lines_of(
            &refs,
            Some(sessions[0].started),
            Period::LastEightWeeks,
            now,
            80,
        );
        assert_eq!(outside.chosen, None);
    }

    #[test]
    fn more_sessions_than_columns_are_averaged_by_column() {
        let now: Timestamp = "2026-11-22T08:00:00Z".parse().unwrap();
        // Twelve sessions over eight weeks (days 26–81, all in the period), on a chart of four
        // columns of 14 days each.
        let sessions: Vec<SessionRecord> = (0..12)
            .map(|n| session(26 + 5 * n, 1 + n as u32 / 6, 2 + (n % 2) as u8, Some(4)))
            .collect();
        let refs: Vec<&SessionRecord> = sessions.iter().collect();
        let trend = lines_of(&refs, None, Period::LastEightWeeks, now, 4);
        let columns: Vec<f64> = trend
            .before
            .iter()
            .map(|(day, _)| (day / 14.0).floor())
            .collect();
        assert_eq!(columns, [0.0, 1.0, 2.0, 3.0]);
        assert!(
            trend
                .before
                .iter()
                .all(|(_, pain)| *pain > 2.0 && *pain < 3.0),
            "{trend:?}"
        );
        assert!(trend.after.iter().all(|(_, pain)| *pain == 4.0));
        assert_eq!(trend.level.first().map(|p| p.1), Some(1.0));
        assert_eq!(trend.level.last().map(|p| p.1), Some(2.0));
        let wide = lines_of(&refs, None, Period::LastEightWeeks, now, 80);
        assert_eq!(
            wide.before.len(),
            12,
            "one point a session when there is room"
        );
    }

    #[test]
    fn all_time_runs_from_the_first_session() {
        let now: Timestamp = "2026-11-22T08:00:00Z".parse().unwrap();
        let sessions = [session(0, 1, 5, Some(5)), session(80, 2, 2, Some(2))];
        let refs: Vec<&SessionRecord> = sessions.iter().collect();
        let all = lines_of(&refs, Some(sessions[0].started), Period::AllTime, now, 80);
        assert_eq!(all.days, 82.0);
        assert_eq!(all.before[0], (0.0, 5.0));
        assert_eq!(all.chosen, Some(0.0));
        // A history of one session today still spans a day, and one of none the eight weeks.
        let today = [session(82, 1, 2, Some(2))];
        let refs: Vec<&SessionRecord> = today.iter().collect();
        assert_eq!(lines_of(&refs, None, Period::AllTime, now, 80).days, 1.0);
        assert_eq!(lines_of(&[], None, Period::AllTime, now, 80).days, 56.0);
    }
}
