//! What the report shows, worked out from the records: its period, the course or the last eight
//! weeks, the sessions with their zones, and the program to print at its recommended level.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

use ryg_core::course::{self, CourseDay, local_date, week_of};
use ryg_core::journal::{History, Measure, Morning, Record, SkippedLine, whole_second};
use ryg_core::program::{Catalog, Program};
use ryg_core::rules::{Ladder, Today, Zone, next_level, zone_of};
use ryg_core::session::{Plan, SessionLength};
use ryg_core::words::{Lang, learn};

/// The weeks a report without a course covers, ending today.
pub const RECENT_WEEKS: u32 = 8;

/// What a report is made from: everything is handed in, nothing is read here.
pub struct Facts<'a> {
    pub history: &'a History,
    pub catalog: &'a Catalog,
    pub now: Timestamp,
    pub zone: &'a TimeZone,
    pub lang: Lang,
}

/// The report, before it is written as a page.
pub struct Report {
    pub lang: Lang,
    /// The local date it was made on.
    pub today: Date,
    /// The first and last day it covers.
    pub from: Date,
    pub to: Date,
    /// The weeks of the period, counted from `from`: the course's, or the last eight.
    pub weeks: u32,
    /// The latest course, with its measures oldest first, each with its local date.
    pub course: Option<(CourseDay, Vec<(Date, Measure)>)>,
    /// Every session of the period (a course's: of its program), oldest first.
    pub sessions: Vec<Session>,
    /// The program whose sessions the level chart shows: the course's, else the latest session's.
    pub charted: Option<String>,
    /// Completed sessions in each week of the period, week 1 first.
    pub done_by_week: Vec<u32>,
    pub program: Option<ProgramNow>,
    /// The Learn modules read, oldest first: when, the module's title (its id when this version
    /// does not know it), and what the person wrote they will try.
    pub learned: Vec<(Date, String, Option<String>)>,
    /// The lines of the history that could not be read.
    pub skipped: Vec<SkippedLine>,
}

/// One session as the report shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub date: Date,
    /// Days from the period's first day to the session, with the time of day as a fraction.
    pub day: f64,
    pub program: String,
    pub level: u32,
    pub completed: bool,
    pub pain_before: u8,
    pub pain_after: Option<u8>,
    pub morning: Option<Morning>,
    pub zone: Zone,
}

/// The program the person trains now, at the level the rules recommend, and why.
pub struct ProgramNow {
    pub program: Program,
    pub level: u32,
    pub why: String,
    /// The session at that level, its warm-up first; `None` when the level cannot be laid out.
    pub plan: Option<(Plan, SessionLength)>,
}

impl Report {
    /// Works the report out as of `facts.now` in `facts.zone`.
    pub fn of(facts: &Facts) -> Report {
        let Facts {
            history,
            catalog,
            now,
            zone,
            lang,
        } = *facts;
        let today = local_date(now, zone);
        let course = course::latest(&history.records, today, zone);
        let (from, weeks) = match &course {
            Some(day) => (day.start, day.course.weeks.max(1)),
            None => (back_from(today, RECENT_WEEKS), RECENT_WEEKS),
        };
        let last_day = from
            .checked_add(i64::from(weeks * 7 - 1).days())
            .unwrap_or(Date::MAX);
        let to = match &course {
            Some(day) if day.state == course::State::Stopped => stopped_on(history, day, zone),
            _ => last_day.min(today),
        }
        .max(from);
        let start = from
            .to_zoned(zone.clone())
            .map_or(Timestamp::MIN, |z| z.timestamp());
        let in_period = |session: &ryg_core::journal::SessionRecord| {
            let date = local_date(session.started, zone);
            let of_course = course.as_ref().is_none_or(|day| {
                session.program == day.course.program
                    && whole_second(session.started) >= whole_second(day.course.started)
            });
            of_course && date >= from && date <= to
        };
        let sessions: Vec<Session> = history
            .sessions()
            .into_iter()
            .filter(|joined| in_period(joined.session))
            .map(|joined| {
                let session = joined.session;
                Session {
                    date: local_date(session.started, zone),
                    day: session.started.duration_since(start).as_secs_f64() / 86_400.0,
                    program: session.program.clone(),
                    level: session.level,
                    completed: session.completed,
                    pain_before: session.pain_before,
                    pain_after: session.pain_after,
                    morning: joined.morning,
                    zone: zone_of(session, joined.morning).zone,
                }
            })
            .collect();
        let mut done_by_week = vec![0; weeks as usize];
        for session in sessions.iter().filter(|session| session.completed) {
            if let Some(done) = (week_of(from, session.date) as usize)
                .checked_sub(1)
                .and_then(|week| done_by_week.get_mut(week))
            {
                *done += 1;
            }
        }
        let latest_program = history
            .sessions()
            .last()
            .map(|joined| joined.session.program.clone());
        let charted = course
            .as_ref()
            .map(|day| day.course.program.clone())
            .or_else(|| sessions.last().map(|session| session.program.clone()));
        let now_program = latest_program
            .or_else(|| charted.clone())
            .or_else(|| catalog.programs().next().map(|p| p.id.clone()));
        let program = now_program
            .and_then(|id| catalog.find(&id))
            .map(|entry| program_now(&entry.program, history, catalog, now, zone, lang));
        let course = course.map(|day| {
            let mut measures: Vec<(Date, Measure)> = history
                .records
                .iter()
                .filter_map(|record| match record {
                    Record::Measure(measure)
                        if whole_second(measure.course) == whole_second(day.course.started) =>
                    {
                        Some((local_date(measure.at, zone), measure.clone()))
                    }
                    _ => None,
                })
                .collect();
            measures.sort_by_key(|(_, measure)| measure.at);
            (day, measures)
        });
        let mut learned: Vec<(Timestamp, Date, String, Option<String>)> = history
            .records
            .iter()
            .filter_map(|record| match record {
                Record::Learned(read) => Some((
                    read.at,
                    local_date(read.at, zone),
                    module_title(&read.module, lang),
                    read.plan.clone(),
                )),
                _ => None,
            })
            .collect();
        learned.sort_by_key(|(at, ..)| *at);
        Report {
            lang,
            today,
            from,
            to,
            weeks,
            course,
            sessions,
            charted,
            done_by_week,
            program,
            learned: learned
                .into_iter()
                .map(|(_, date, title, plan)| (date, title, plan))
                .collect(),
            skipped: history.skipped.clone(),
        }
    }

    /// The sessions of the charted program.
    pub fn charted_sessions(&self) -> impl Iterator<Item = &Session> {
        self.sessions
            .iter()
            .filter(|session| Some(&session.program) == self.charted.as_ref())
    }
}

/// A Learn module's title, or its id when this version has no module of that id.
fn module_title(id: &str, lang: Lang) -> String {
    learn::MODULES
        .iter()
        .find(|module| module.id == id)
        .map_or_else(
            || id.to_string(),
            |module| module.title.get(lang).to_string(),
        )
}

/// The first day of the `weeks` weeks that end with `today`.
fn back_from(today: Date, weeks: u32) -> Date {
    today
        .checked_sub(i64::from(weeks * 7 - 1).days())
        .unwrap_or(Date::MIN)
}

/// The local date a stopped course was stopped on.
fn stopped_on(history: &History, day: &CourseDay, zone: &TimeZone) -> Date {
    let id = whole_second(day.course.started);
    history
        .records
        .iter()
        .find_map(|record| match record {
            Record::CourseStopped(stopped) if whole_second(stopped.course) == id => {
                Some(local_date(stopped.at, zone))
            }
            _ => None,
        })
        .unwrap_or(day.start)
}

/// `program` at the level its sessions lead to, as `ryg plan` and the home screen choose it.
fn program_now(
    program: &Program,
    history: &History,
    catalog: &Catalog,
    now: Timestamp,
    zone: &TimeZone,
    lang: Lang,
) -> ProgramNow {
    let ladder = Ladder {
        levels: program.levels(),
        next: program.next.as_deref(),
    };
    let advice = next_level(
        &history.sessions_of(&program.id),
        ladder,
        Today::at(now, zone),
    );
    let plan = catalog
        .plan(program, advice.level)
        .and_then(|plan| SessionLength::of_plan(&plan).map(|length| (plan, length)));
    ProgramNow {
        program: program.clone(),
        level: advice.level,
        why: advice.reason.told(lang, catalog),
        plan,
    }
}
