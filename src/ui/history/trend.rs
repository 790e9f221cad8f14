//! The arithmetic of the history chart: which sessions it shows apart, in which column and on
//! which row of the pain pane, and the level line column by column.

use jiff::Timestamp;

use crate::app::{ChartPoints, Point};
use ryg_core::rules::Zone;

/// Rows of the pain pane: eleven give each point of the scale 0–10 its own row; where they do
/// not fit, six give each two points a row (0, 1–2, … 9–10), each labelled with what it holds, so
/// that no mark sits on a row that names another pain.
pub const PAIN_EXACT: u16 = 11;
pub const PAIN_PAIRS: u16 = 6;
/// A level held over more columns than this is named again where it ends.
const LONG_HELD: usize = 12;

/// A chart's sessions, as many as its columns can show apart, in days from its period's start.
#[derive(Debug, Default, PartialEq)]
pub struct Trend {
    pub points: Vec<Point>,
    /// The chosen session, when it is in the period.
    pub chosen: Option<f64>,
    pub days: f64,
    pub from: Timestamp,
}

impl Trend {
    pub fn of(chart: &ChartPoints, columns: usize) -> Trend {
        let points = if chart.points.len() > columns {
            averaged(&chart.points, chart.days / columns.max(1) as f64)
        } else {
            chart.points.clone()
        };
        Trend {
            points,
            chosen: chart.chosen,
            days: chart.days,
            from: chart.from,
        }
    }

    /// The column of `day` on a plot `columns` wide.
    pub fn column(&self, day: f64, columns: u16) -> u16 {
        let last = f64::from(columns.saturating_sub(1));
        (day / self.days.max(f64::MIN_POSITIVE) * last)
            .round()
            .clamp(0.0, last) as u16
    }

    /// The level line, column by column: the level's number where it changes (and at the first
    /// session), the line where it holds, nothing before the first session or after the last.
    /// A level held long is named at its end too, so that the level now is read at the right edge.
    pub fn level_cells(&self, columns: u16) -> Vec<Option<LevelCell>> {
        let mut cells = vec![None; usize::from(columns)];
        let mut shown: Option<u32> = None;
        let mut since = 0;
        let mut points = self.points.iter().peekable();
        let mut current = None;
        let last = self
            .points
            .last()
            .map(|point| usize::from(self.column(point.day, columns)));
        let mut column = 0;
        while column < usize::from(columns) && last.is_some_and(|last| column <= last) {
            while let Some(point) =
                points.next_if(|p| usize::from(self.column(p.day, columns)) <= column)
            {
                current = Some(point.level as u32);
            }
            let Some(level) = current else {
                column += 1;
                continue;
            };
            if shown == Some(level) {
                cells[column] = Some(LevelCell::Line);
                column += 1;
                continue;
            }
            shown = Some(level);
            since = column;
            for digit in level.to_string().chars() {
                if let Some(cell) = cells.get_mut(column) {
                    *cell = Some(LevelCell::Digit(digit));
                }
                column += 1;
            }
        }
        if let Some(level) = shown {
            let digits = level.to_string();
            let end = column.min(cells.len());
            if end.saturating_sub(since) > LONG_HELD + digits.len() {
                for (cell, digit) in cells[end - digits.len()..end]
                    .iter_mut()
                    .zip(digits.chars())
                {
                    *cell = Some(LevelCell::Digit(digit));
                }
            }
        }
        cells
    }
}

/// One column of the level line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LevelCell {
    Digit(char),
    Line,
}

/// The row of `pain` (0 to 10) on a pane `rows` high, 10 on the top row: on eleven rows or more
/// its own row; on fewer, the row of the points above 0 it shares (1–2 on six rows), 0 alone
/// at the bottom.
pub fn pain_row(pain: f64, rows: u16) -> u16 {
    let pain = pain.clamp(0.0, 10.0);
    let last = rows.saturating_sub(1);
    if rows >= PAIN_EXACT {
        return (10.0 - pain).round() as u16;
    }
    let per_row = 10.0 / f64::from(last.max(1));
    last.saturating_sub((pain / per_row).ceil() as u16)
}

/// What each row of a pain pane `rows` high holds, as its label says it: "10", "5" and "0" on
/// eleven rows (the others are read between them), "9–10" … "0" on fewer.
pub fn pain_labels(rows: u16) -> Vec<String> {
    (0..rows)
        .map(|row| {
            let on_row: Vec<u8> = (0..=10u8)
                .filter(|pain| pain_row(f64::from(*pain), rows) == row)
                .collect();
            match on_row.as_slice() {
                [one] if rows < PAIN_EXACT || one % 5 == 0 => one.to_string(),
                [low, .., high] if rows < PAIN_EXACT => format!("{low}–{high}"),
                _ => String::new(),
            }
        })
        .collect()
}

/// Sessions grouped by `width` days: their average pain before and after, the level of the last
/// of them, and the worst zone among them, so that a red session is never averaged away. With
/// more sessions than the chart has columns, single sessions would draw over each other.
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
    let worst = |zone: Zone| match zone {
        Zone::Green => 0,
        Zone::Amber => 1,
        Zone::Red => 2,
    };
    groups
        .iter()
        .filter_map(|group| {
            Some(Point {
                day: mean(&mut group.iter().map(|p| p.day))?,
                before: mean(&mut group.iter().map(|p| p.before))?,
                after: mean(&mut group.iter().filter_map(|p| p.after)),
                level: group.last()?.level,
                zone: group.iter().map(|p| p.zone).max_by_key(|z| worst(*z))?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Period;
    use jiff::SignedDuration;
    use ryg_core::journal::{Morning, SessionRecord, SessionWithMorning};

    /// The points the model makes of `sessions` on a chart `columns` wide.
    fn trend_of(
        sessions: &[SessionRecord],
        chosen: Option<Timestamp>,
        period: Period,
        now: Timestamp,
        columns: usize,
    ) -> Trend {
        let rows: Vec<SessionWithMorning> = sessions
            .iter()
            .map(|session| SessionWithMorning {
                session,
                morning: (session.pain_before == 9).then_some(Morning::Worse),
            })
            .collect();
        Trend::of(&ChartPoints::of(&rows, chosen, period, now), columns)
    }

    fn pains(trend: &Trend) -> Vec<(f64, f64, Option<f64>)> {
        let points = trend.points.iter();
        points.map(|p| (p.day, p.before, p.after)).collect()
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

    fn now() -> Timestamp {
        "2026-11-22T08:00:00Z".parse().unwrap()
    }

    #[test]
    fn eight_weeks_show_only_their_sessions_each_in_its_zone() {
        let sessions = [
            session(0, 1, 5, Some(5)),  // 82 days before now: outside
            session(40, 1, 4, Some(3)), // 42 days before now: day 14
            session(50, 2, 3, None),    // day 24, not answered after
            session(80, 2, 2, Some(6)), // day 54, pain rose by 4: red
        ];
        let chosen = Some(sessions[2].started);
        let trend = trend_of(&sessions, chosen, Period::LastEightWeeks, now(), 80);
        assert_eq!(trend.days, 56.0);
        assert_eq!(
            pains(&trend),
            [
                (14.0, 4.0, Some(3.0)),
                (24.0, 3.0, None),
                (54.0, 2.0, Some(6.0))
            ]
        );
        let zones: Vec<Zone> = trend.points.iter().map(|p| p.zone).collect();
        assert_eq!(zones, [Zone::Green, Zone::Amber, Zone::Red]);
        assert_eq!(trend.chosen, Some(24.0));
        let chosen = Some(sessions[0].started);
        let outside = trend_of(&sessions, chosen, Period::LastEightWeeks, now(), 80);
        assert_eq!(outside.chosen, None);
    }

    #[test]
    fn the_level_line_names_each_level_where_it_begins_and_holds_it_to_the_last_session() {
        let sessions = [
            session(30, 1, 3, Some(3)),
            session(40, 1, 3, Some(3)),
            session(50, 2, 3, Some(3)),
            session(60, 12, 3, Some(3)),
        ];
        let trend = trend_of(&sessions, None, Period::AllTime, now(), 80);
        // Days 0 to 52 on 27 columns: the sessions at columns 0, 5, 10 and 15.
        let cells = trend.level_cells(27);
        let text: String = cells
            .iter()
            .map(|cell| match cell {
                Some(LevelCell::Digit(digit)) => *digit,
                Some(LevelCell::Line) => '━',
                None => ' ',
            })
            .collect();
        assert_eq!(text, "1━━━━━━━━━2━━━━12          ");
        let long = [session(30, 1, 3, Some(3)), session(82, 1, 3, Some(3))];
        let held = trend_of(&long, None, Period::AllTime, now(), 80);
        let cells = held.level_cells(21);
        assert_eq!(cells.first(), Some(&Some(LevelCell::Digit('1'))));
        assert_eq!(
            cells.last(),
            Some(&Some(LevelCell::Digit('1'))),
            "{cells:?}"
        );
    }

    #[test]
    fn each_pain_row_is_labelled_with_the_pains_it_holds() {
        assert_eq!(pain_labels(6), ["9–10", "7–8", "5–6", "3–4", "1–2", "0"]);
        assert_eq!(
            pain_labels(11),
            ["10", "", "", "", "", "5", "", "", "", "", "0"]
        );
        assert_eq!(
            (pain_row(3.0, 11), pain_row(3.0, 6), pain_row(2.4, 6)),
            (7, 3, 3)
        );
        assert_eq!(pain_row(12.0, 6), 0, "off the scale stays on it");
    }

    #[test]
    fn more_sessions_than_columns_are_averaged_by_column_and_keep_the_worst_zone() {
        // Twelve sessions over eight weeks (days 26–81, all in the period), on a chart of four
        // columns of 14 days each; one of them red (a worse morning).
        let sessions: Vec<SessionRecord> = (0..12)
            .map(|n| {
                let before = if n == 4 { 9 } else { 2 + (n % 2) as u8 };
                session(26 + 5 * n, 1 + n as u32 / 6, before, Some(4))
            })
            .collect();
        let trend = trend_of(&sessions, None, Period::LastEightWeeks, now(), 4);
        let columns: Vec<f64> = trend
            .points
            .iter()
            .map(|p| (p.day / 14.0).floor())
            .collect();
        assert_eq!(columns, [0.0, 1.0, 2.0, 3.0]);
        assert!(trend.points.iter().all(|p| p.after == Some(4.0)));
        let zones: Vec<Zone> = trend.points.iter().map(|p| p.zone).collect();
        assert!(zones.contains(&Zone::Red), "{zones:?}");
        assert_eq!(trend.points.first().map(|p| p.level), Some(1.0));
        assert_eq!(trend.points.last().map(|p| p.level), Some(2.0));
        let wide = trend_of(&sessions, None, Period::LastEightWeeks, now(), 80);
        assert_eq!(
            wide.points.len(),
            12,
            "one point a session when there is room"
        );
    }

    #[test]
    fn all_time_runs_from_the_first_session() {
        let sessions = [session(0, 1, 5, Some(5)), session(80, 2, 2, Some(2))];
        let chosen = Some(sessions[0].started);
        let all = trend_of(&sessions, chosen, Period::AllTime, now(), 80);
        assert_eq!(all.days, 82.0);
        assert_eq!(pains(&all)[0], (0.0, 5.0, Some(5.0)));
        assert_eq!(all.chosen, Some(0.0));
        // A history of one session today still spans a day, and one of none the eight weeks.
        let today = [session(82, 1, 2, Some(2))];
        assert_eq!(trend_of(&today, None, Period::AllTime, now(), 80).days, 1.0);
        assert_eq!(trend_of(&[], None, Period::AllTime, now(), 80).days, 56.0);
    }
}
