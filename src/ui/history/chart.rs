//! The trend of one program: pain before and after each session, and the level, over the last
//! eight weeks or all time.

use jiff::{Timestamp, ToSpan};
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span as TextSpan};
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::super::Theme;
use crate::app::{App, HistoryView, Span};
use crate::history::SessionRecord;
use crate::i18n;

const SECS_A_DAY: f64 = 86_400.0;

/// The points of the chart, in days from the start of its span.
#[derive(Debug, Default, PartialEq)]
struct Trend {
    before: Vec<(f64, f64)>,
    after: Vec<(f64, f64)>,
    /// A step for each session's level, held until the next session (or now).
    level: Vec<(f64, f64)>,
    days: f64,
    from: Timestamp,
}

impl Trend {
    /// The trend of `sessions` (one program's, oldest first) from the start of `span` to `now`.
    fn of(sessions: &[&SessionRecord], span: Span, now: Timestamp) -> Trend {
        let eight_weeks_ago = now.checked_sub((8 * 7 * 24).hours()).unwrap_or(now);
        let from = match span {
            Span::LastEightWeeks => eight_weeks_ago,
            // All time starts at the first session, but is never narrower than eight weeks.
            Span::AllTime => sessions
                .first()
                .map_or(eight_weeks_ago, |first| first.started.min(eight_weeks_ago)),
        };
        let day = |at: Timestamp| at.duration_since(from).as_secs_f64() / SECS_A_DAY;
        let days = day(now);
        let mut trend = Trend {
            days,
            from,
            ..Trend::default()
        };
        let shown: Vec<&&SessionRecord> = sessions
            .iter()
            .filter(|session| session.started >= from && session.started <= now)
            .collect();
        for (index, session) in shown.iter().enumerate() {
            let x = day(session.started);
            trend.before.push((x, f64::from(session.pain_before)));
            if let Some(after) = session.pain_after {
                trend.after.push((x, f64::from(after)));
            }
            let until = shown.get(index + 1).map_or(days, |next| day(next.started));
            let level = f64::from(session.level);
            trend.level.extend([(x, level), (until, level)]);
        }
        trend
    }
}

pub fn render(
    app: &App,
    view: &HistoryView,
    program: &str,
    theme: Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let lang = app.lang;
    let sessions: Vec<&SessionRecord> = app
        .history
        .sessions_of(program)
        .into_iter()
        .map(|row| row.session)
        .collect();
    let trend = Trend::of(&sessions, view.span, view.now);
    let span = match view.span {
        Span::LastEightWeeks => i18n::LAST_8_WEEKS,
        Span::AllTime => i18n::ALL_TIME,
    }
    .get(lang);
    let heading = format!("{} · {span}", app.program_name(program));
    if trend.before.is_empty() {
        let lines = vec![
            Line::styled(heading, theme.strong()),
            Line::raw(i18n::CHART_EMPTY.get(lang)),
        ];
        return Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(area, buf);
    }
    let color = |color: Color| {
        if theme.colors {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    };
    // Each line has its own mark as well as its own colour, so the key reads without colour.
    let lines = [
        (
            "▄",
            i18n::CHART_LEVEL,
            Marker::HalfBlock,
            GraphType::Line,
            color(Color::DarkGray),
            &trend.level,
        ),
        (
            "•",
            i18n::CHART_PAIN_BEFORE,
            Marker::Dot,
            GraphType::Scatter,
            color(Color::Cyan),
            &trend.before,
        ),
        (
            "⠒",
            i18n::CHART_PAIN_AFTER,
            Marker::Braille,
            GraphType::Line,
            color(Color::Magenta),
            &trend.after,
        ),
    ];
    let mut legend = Vec::new();
    for (mark, name, _, _, style, _) in &lines {
        legend.push(TextSpan::raw("   "));
        legend.push(TextSpan::styled(
            format!("{mark} {}", name.get(lang)),
            *style,
        ));
    }
    // The key always shows; the heading gives way to it, its span first, when room is short.
    let room = usize::from(area.width).saturating_sub(Line::from(legend.clone()).width());
    let heading = [heading, app.program_name(program)]
        .into_iter()
        .find(|heading| heading.width() <= room)
        .unwrap_or_default();
    let mut title = vec![TextSpan::styled(heading, theme.strong())];
    title.extend(legend);
    let datasets = lines
        .iter()
        .map(|(_, _, marker, graph, style, data)| {
            Dataset::default()
                .marker(*marker)
                .graph_type(*graph)
                .style(*style)
                .data(data)
        })
        .collect();
    let date = |days: f64| {
        let at = trend
            .from
            .checked_add(jiff::SignedDuration::from_secs_f64(days * SECS_A_DAY))
            .unwrap_or(trend.from);
        app.time_zone
            .to_datetime(at)
            .strftime("%Y-%m-%d")
            .to_string()
    };
    let x_axis = Axis::default()
        .bounds([0.0, trend.days])
        .labels_alignment(Alignment::Right)
        .labels([date(0.0), date(trend.days / 2.0), date(trend.days)])
        .style(theme.quiet());
    let y_axis = Axis::default()
        .bounds([0.0, 10.0])
        .labels(["0", "5", "10"])
        .style(theme.quiet());
    Chart::new(datasets)
        .block(ratatui::widgets::Block::new().title(Line::from(title)))
        .x_axis(x_axis)
        .y_axis(y_axis)
        .legend_position(None)
        .render(area, buf);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(day: i64, level: u32, before: u8, after: Option<u8>) -> SessionRecord {
        let at: Timestamp = "2026-09-01T08:00:00Z".parse().unwrap();
        let started = at.checked_add((day * 24).hours()).unwrap();
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
        }
    }

    #[test]
    fn eight_weeks_show_only_their_sessions_and_levels_hold_until_the_next() {
        let now: Timestamp = "2026-11-22T08:00:00Z".parse().unwrap();
        let sessions = [
            session(0, 1, 5, Some(5)),  // 82 days before now: outside
            session(40, 1, 4, Some(3)), // 42 days before now: day 14
            session(50, 2, 3, None),    // day 24
            session(82, 2, 2, Some(2)), // now: day 56
        ];
        let refs: Vec<&SessionRecord> = sessions.iter().collect();
        let trend = Trend::of(&refs, Span::LastEightWeeks, now);
        assert_eq!(trend.days, 56.0);
        assert_eq!(trend.before, [(14.0, 4.0), (24.0, 3.0), (56.0, 2.0)]);
        assert_eq!(trend.after, [(14.0, 3.0), (56.0, 2.0)]);
        assert_eq!(
            trend.level,
            [
                (14.0, 1.0),
                (24.0, 1.0),
                (24.0, 2.0),
                (56.0, 2.0),
                (56.0, 2.0),
                (56.0, 2.0)
            ]
        );
        let all = Trend::of(&refs, Span::AllTime, now);
        assert_eq!(all.days, 82.0);
        assert_eq!(all.before.len(), 4);
        assert_eq!(all.before[0], (0.0, 5.0));
    }

    #[test]
    fn all_time_is_never_narrower_than_eight_weeks() {
        let now: Timestamp = "2026-09-11T08:00:00Z".parse().unwrap();
        let sessions = [session(5, 1, 2, Some(2))];
        let refs: Vec<&SessionRecord> = sessions.iter().collect();
        assert_eq!(Trend::of(&refs, Span::AllTime, now).days, 56.0);
        assert_eq!(
            Trend::of(&[], Span::AllTime, now),
            Trend {
                days: 56.0,
                from: now.checked_sub((56 * 24).hours()).unwrap(),
                ..Trend::default()
            }
        );
    }
}
