//! What the screens show that is worked out from the whole history — each program's recommended
//! level and last session, the course's rhythm, the history screen's counts, chart and due
//! morning — worked out in the model when the history, the records the rules count or the
//! history view change, so that drawing a frame only reads them.

use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};

use super::{App, HistoryView, Period, Screen};
use ryg_core::course::{Rhythm, latest, rhythm};
use ryg_core::journal::{Counts, Morning, Screening, SessionRecord, SessionWithMorning};
use ryg_core::rules::{Ladder, Recommendation, Today, Zone, next_level, zone_of};

const SECS_A_DAY: f64 = 86_400.0;

/// The figures, with what they were worked out from.
#[derive(Clone, Debug, Default)]
pub struct Figures {
    made_from: Option<MadeFrom>,
    /// One for each program of the catalog, in its order.
    programs: Vec<ProgramFigures>,
    /// The latest safety check in the history, counted or not, which the safety check names.
    latest_safety_check: Option<Screening>,
    /// The history screen's, for the view they were worked out for.
    history: Option<(HistoryView, HistoryFigures)>,
    /// What home shows of the latest course.
    rhythm: Option<Rhythm>,
}

/// What the program figures depend on: the records, and which of them the rules count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct MadeFrom {
    records: usize,
    /// The rules count a break to today.
    today: Date,
    /// The latest session counted and the earliest not counted yet (dated after the moment
    /// records count until): what counts changes only when the clock passes one of them.
    last_counted: Option<Timestamp>,
    next_counted: Option<Timestamp>,
}

impl MadeFrom {
    /// Still true of the history at `counted_until`, or `None` when it needs working out again.
    fn still(self, records: usize, today: Date, counted_until: Timestamp) -> Option<MadeFrom> {
        let counts = |at: Timestamp| at <= counted_until;
        (records == self.records
            && today == self.today
            && self.last_counted.is_none_or(counts)
            && !self.next_counted.is_some_and(counts))
        .then_some(self)
    }
}

/// One program's figures for the home screen and the level a session starts at.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgramFigures {
    pub recommendation: Recommendation,
    /// The program's latest session that counts, with its morning.
    pub last: Option<(SessionRecord, Option<Morning>)>,
}

/// The history screen's figures for one view.
#[derive(Clone, Debug, PartialEq)]
pub struct HistoryFigures {
    /// Of the sessions listed, on the view's day.
    pub counts: Counts,
    /// The newest listed session whose morning can still be told (see [`App::morning_due`]).
    pub morning_due: Option<SessionRecord>,
    /// The chart of the program filtered on, or else of the chosen session's program.
    pub chart: Option<ChartPoints>,
}

/// One program's sessions over the view's period, in days from the period's start.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartPoints {
    pub program: String,
    /// One for each session in the period, oldest first.
    pub points: Vec<Point>,
    /// The chosen session, when it is of this program and in the period.
    pub chosen: Option<f64>,
    /// How many days the period spans.
    pub days: f64,
    pub from: Timestamp,
    /// The program's levels, for the level chart's scale.
    pub levels: u32,
}

/// One session on the chart, or the average of the sessions that share a column.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub day: f64,
    pub before: f64,
    pub after: Option<f64>,
    pub level: f64,
    /// The session's zone (of sessions sharing a column, the worst: a red one is never hidden).
    pub zone: Zone,
}

impl ChartPoints {
    /// The points of `sessions` (one program's, oldest first) from the start of `period` to `now`.
    pub fn of(
        sessions: &[SessionWithMorning],
        chosen: Option<Timestamp>,
        period: Period,
        now: Timestamp,
    ) -> ChartPoints {
        let eight_weeks_ago = now
            .checked_sub(SignedDuration::from_hours(8 * 7 * 24))
            .unwrap_or(now);
        let from = match period {
            Period::LastEightWeeks => eight_weeks_ago,
            // All time starts at the first session, and spans at least a day.
            Period::AllTime => sessions.first().map_or(eight_weeks_ago, |first| {
                let a_day_ago = now
                    .checked_sub(SignedDuration::from_hours(24))
                    .unwrap_or(now);
                first.session.started.min(a_day_ago)
            }),
        };
        let day = |at: Timestamp| at.duration_since(from).as_secs_f64() / SECS_A_DAY;
        let in_period = |at: Timestamp| at >= from && at <= now;
        ChartPoints {
            points: sessions
                .iter()
                .filter(|row| in_period(row.session.started))
                .map(|row| Point {
                    day: day(row.session.started),
                    before: f64::from(row.session.pain_before),
                    after: row.session.pain_after.map(f64::from),
                    level: f64::from(row.session.level),
                    zone: zone_of(row.session, row.morning).zone,
                })
                .collect(),
            chosen: chosen.filter(|at| in_period(*at)).map(day),
            days: day(now),
            from,
            ..ChartPoints::default()
        }
    }
}

impl App {
    /// The level the rules recommend next for a program (an index into the catalog), with why.
    pub fn recommendation(&self, program: usize) -> Recommendation {
        self.program_figures(program).recommendation.clone()
    }

    /// A program's figures (an index into the catalog, kept within it as [`App::program`] does).
    pub fn program_figures(&self, program: usize) -> &ProgramFigures {
        let programs = &self.figures.programs;
        &programs[program.min(programs.len().saturating_sub(1))]
    }

    /// The latest safety check in the history file, to say when it was answered.
    pub fn latest_safety_check(&self) -> Option<&Screening> {
        self.figures.latest_safety_check.as_ref()
    }

    /// What home shows of the latest course today: its weeks while they run and until the review
    /// is answered, and what is due; `None` when there is nothing to show.
    pub fn rhythm(&self) -> Option<&Rhythm> {
        self.figures.rhythm.as_ref()
    }

    /// The running course's program (an index into the catalog), which home starts on while
    /// the course's weeks are shown: the next session is of that program.
    pub fn course_program(&self) -> Option<usize> {
        let weeks = self.rhythm()?.weeks.as_ref()?;
        (self.catalog.entries.iter()).position(|entry| entry.program.id == weeks.program)
    }

    /// The history screen's figures for `view`, once the model has worked them out.
    pub fn history_figures(&self, view: &HistoryView) -> Option<&HistoryFigures> {
        let (made_for, figures) = self.figures.history.as_ref()?;
        (made_for == view).then_some(figures)
    }

    /// Works out again whatever figures the history, the clock or the screen changed.
    pub(super) fn refresh_figures(&mut self) {
        let made_from = self.made_from();
        if self.figures.made_from != Some(made_from) {
            self.figures.programs = (0..self.catalog.entries.len())
                .map(|program| self.work_out_program(program))
                .collect();
            self.figures.latest_safety_check = self.history.latest_screening().cloned();
            let records = &self.history.records;
            self.figures.rhythm = latest(records, self.today, &self.time_zone)
                .and_then(|day| rhythm(&day, records, self.today, &self.time_zone));
            self.figures.made_from = Some(made_from);
            self.figures.history = None;
        }
        let view = match &self.screen {
            Screen::History(view) => *view,
            _ => return self.figures.history = None,
        };
        if self.history_figures(&view).is_none() {
            self.figures.history = Some((view, self.work_out_history(&view)));
        }
    }

    fn made_from(&self) -> MadeFrom {
        let records = self.history.records.len();
        let still = (self.figures.made_from)
            .and_then(|made| made.still(records, self.today, self.counted_until));
        still.unwrap_or_else(|| {
            let (counted, not_counted): (Vec<Timestamp>, Vec<Timestamp>) = self
                .history
                .session_records()
                .map(|session| session.started)
                .partition(|started| *started <= self.counted_until);
            MadeFrom {
                records,
                today: self.today,
                last_counted: counted.into_iter().max(),
                next_counted: not_counted.into_iter().min(),
            }
        })
    }

    fn work_out_program(&self, program: usize) -> ProgramFigures {
        let sessions = self.sessions_of(program);
        let program = &self.program(program).program;
        let ladder = Ladder {
            levels: program.levels(),
            next: program.next.as_deref(),
        };
        let today = Today {
            date: self.today,
            time_zone: &self.time_zone,
        };
        ProgramFigures {
            recommendation: next_level(&sessions, ladder, today),
            last: sessions
                .last()
                .map(|row| (row.session.clone(), row.morning)),
        }
    }

    fn work_out_history(&self, view: &HistoryView) -> HistoryFigures {
        let rows = self.history_rows(view);
        let chosen = rows
            .get(view.selected.min(rows.len().saturating_sub(1)))
            .map(|row| row.session);
        let program = self
            .filtered_program(view)
            .or_else(|| chosen.map(|session| session.program.as_str()));
        let chart = program.map(|program| {
            let sessions = self.sessions_of_id(program);
            let chosen = chosen
                .filter(|session| session.program == program)
                .map(|session| session.started);
            ChartPoints {
                program: program.to_string(),
                levels: self.levels_of(program),
                ..ChartPoints::of(&sessions, chosen, view.period, view.now)
            }
        });
        HistoryFigures {
            counts: Counts::of(
                rows.iter().map(|row| row.session),
                view.now,
                &self.time_zone,
            ),
            morning_due: self.morning_due(&rows, view.now).cloned(),
            chart,
        }
    }
}
