//! `ryg course [--json]`, `ryg course start` and `ryg course stop`: the eight-week course on the command line.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::Serialize;

use super::{Context, ExitStatus};
use crate::shell::store::history::append;
use ryg_core::course::{self, CourseDay, State, Then, day_word, goals_ok, weekdays};
use ryg_core::journal::{Course, CourseStopped, Record, whole_second};
use ryg_core::visible;
use ryg_core::words::course as w;
use ryg_core::words::{Lang, Tr};

/// What `ryg course start` was asked for.
pub struct CourseRequest {
    pub program: String,
    pub days: Vec<String>,
    pub goals: Vec<String>,
}

/// The history counted at now, with today's date in this computer's time zone.
struct Here {
    records: Vec<Record>,
    today: Date,
    zone: TimeZone,
    now: jiff::Timestamp,
}

fn here(context: &mut Context) -> anyhow::Result<Here> {
    let now = jiff::Timestamp::now();
    let records = context.counted_history(now)?.records;
    let zone = TimeZone::system();
    let today = course::local_date(now, &zone);
    Ok(Here {
        records,
        today,
        zone,
        now,
    })
}

/// The course as of today in this computer's time zone, from the history counted at `now`.
fn today(context: &mut Context) -> anyhow::Result<(Option<CourseDay>, jiff::Timestamp)> {
    let here = here(context)?;
    let day = course::latest(&here.records, here.today, &here.zone);
    Ok((day, here.now))
}

/// `ryg course --json` as of the local day `today` in `zone`: the latest course in `records`
/// as docs/history-format.md spells it, `null` when none was started; one line, with the user's
/// text escaped as JSON escapes control characters.
pub fn course_json(records: &[Record], today: Date, zone: &TimeZone) -> serde_json::Result<String> {
    let day = course::latest(records, today, zone);
    Ok(visible::json(serde_json::to_string(
        &day.as_ref().map(CourseJson::of),
    )?))
}

pub fn show(context: &mut Context, json: bool) -> anyhow::Result<ExitStatus> {
    let lang = context.lang;
    let here = here(context)?;
    let text = match json {
        true => course_json(&here.records, here.today, &here.zone)? + "\n",
        false => match course::latest(&here.records, here.today, &here.zone) {
            None => format!("{}\n", w::NO_COURSE.get(lang)),
            Some(day) => summary(&day, lang),
        },
    };
    context.out.write_all(text.as_bytes())?;
    Ok(ExitStatus::Ok)
}

pub fn start(context: &mut Context, start: CourseRequest) -> anyhow::Result<ExitStatus> {
    let lang = context.lang;
    let catalog = context.catalog()?;
    if catalog.find(&start.program).is_none() {
        return Ok(context.unknown_program(&catalog, &start.program)?);
    }
    let weekdays = match weekdays(&start.days, lang)
        .and_then(|days| goals_ok(&start.goals, lang).map(|()| days))
    {
        Ok(days) => days,
        Err(why) => return refuse(context, &why),
    };
    let (day, now) = today(context)?;
    if let Some(day) = day.filter(|day| day.state == State::Running) {
        return refuse(
            context,
            &w::course_already_running(lang, day.week, day.course.weeks),
        );
    }
    let record = Record::Course(Course {
        started: whole_second(now),
        program: start.program.clone(),
        weekdays,
        weeks: 8,
        goals: start
            .goals
            .iter()
            .map(|goal| goal.trim().to_string())
            .collect(),
    });
    append(&context.places.history, &record)
        .map_err(|error| anyhow::anyhow!(error.describe(lang)))?;
    let (day, _) = today(context)?;
    let next = day.and_then(|day| day.next_session).map_or_else(
        || w::NEXT_NONE.get(lang).to_string(),
        |date| date.to_string(),
    );
    let days = match &record {
        Record::Course(course) => w::days_text(&course.weekdays, lang),
        _ => String::new(),
    };
    writeln!(
        context.out,
        "{}",
        visible::visible(&w::course_started(lang, &start.program, &days, &next))
    )?;
    Ok(ExitStatus::Ok)
}

pub fn stop(context: &mut Context) -> anyhow::Result<ExitStatus> {
    let lang = context.lang;
    let (day, now) = today(context)?;
    let Some(day) = day.filter(|day| day.state == State::Running) else {
        return refuse(context, w::NO_COURSE_RUNNING.get(lang));
    };
    let record = Record::CourseStopped(CourseStopped {
        at: whole_second(now),
        course: day.course.started,
    });
    append(&context.places.history, &record)
        .map_err(|error| anyhow::anyhow!(error.describe(lang)))?;
    writeln!(
        context.out,
        "{}",
        visible::visible(&w::course_stopped(lang, &day.course.program))
    )?;
    Ok(ExitStatus::Ok)
}

/// Says why the command line cannot be done as asked: a usage error (exit 2).
fn refuse(context: &mut Context, why: &str) -> anyhow::Result<ExitStatus> {
    writeln!(context.err, "ryg: {}", visible::visible(why))?;
    Ok(ExitStatus::Usage)
}

fn state_word(state: State) -> Tr {
    match state {
        State::Running => w::COURSE_RUNNING,
        State::Finished => w::COURSE_FINISHED,
        State::Stopped => w::COURSE_STOPPED,
    }
}

fn rating(value: Option<u8>) -> String {
    value.map_or_else(|| "–".to_string(), |value| value.to_string())
}

/// The readable summary: the course, its weeks as a strip of sessions done, ratings, what is due.
fn summary(day: &CourseDay, lang: Lang) -> String {
    let course = &day.course;
    let strip: Vec<String> = day
        .done_by_week
        .iter()
        .map(|done| format!("{done}/2"))
        .collect();
    let next = day.next_session.map_or_else(
        || w::NEXT_NONE.get(lang).to_string(),
        |date| date.to_string(),
    );
    let mut lines = vec![
        w::course_title(
            lang,
            &course.program,
            &w::days_text(&course.weekdays, lang),
            day.week,
            course.weeks,
            state_word(day.state).get(lang),
        ),
        w::course_sessions(
            lang,
            day.sessions_done(),
            day.planned.len(),
            day.sessions_due_so_far,
        ),
        w::course_weeks(lang, &strip.join(" ")),
        w::course_next(lang, &next),
    ];
    let Then { start, latest } = day.ratings.pain_week;
    lines.push(w::course_pain(lang, &rating(start), &rating(latest)));
    for goal in &day.ratings.goals {
        lines.push(w::course_goal(
            lang,
            &goal.goal,
            &rating(goal.rating.start),
            &rating(goal.rating.latest),
        ));
    }
    let due: Vec<String> = day
        .due
        .iter()
        .map(|&due| ryg_core::words::rhythm::due_item(due, lang))
        .collect();
    lines.push(match due.is_empty() {
        true => w::NOTHING_DUE.get(lang).to_string(),
        false => w::course_due(lang, &due.join(", ")),
    });
    for follow_up in &day.follow_ups {
        let done = if follow_up.done {
            w::FOLLOW_UP_DONE.get(lang)
        } else {
            ""
        };
        lines.push(w::course_follow_up(
            lang,
            follow_up.months,
            &follow_up.due.to_string(),
            done,
        ));
    }
    // Line by line: a goal is the user's text and may hold any character, but the line breaks
    // between the lines are ryg's.
    lines
        .iter()
        .map(|line| format!("{}\n", visible::visible(line)))
        .collect()
}

/// `ryg course --json`, field by field as docs/history-format.md spells it.
#[derive(Serialize)]
struct CourseJson<'a> {
    started: String,
    program: &'a str,
    weekdays: Vec<&'static str>,
    weeks: u32,
    state: &'static str,
    week: u32,
    sessions_done: u32,
    sessions_planned: usize,
    sessions_due_so_far: usize,
    next_session: Option<String>,
    pain_week: ThenJson,
    goals: Vec<GoalJson<'a>>,
    due: Vec<String>,
    follow_ups: Vec<FollowUpJson>,
}

#[derive(Serialize)]
struct ThenJson {
    start: Option<u8>,
    latest: Option<u8>,
}

#[derive(Serialize)]
struct GoalJson<'a> {
    goal: &'a str,
    start: Option<u8>,
    latest: Option<u8>,
}

#[derive(Serialize)]
struct FollowUpJson {
    months: u32,
    due: String,
    done: bool,
}

impl<'a> CourseJson<'a> {
    fn of(day: &'a CourseDay) -> CourseJson<'a> {
        let course = &day.course;
        CourseJson {
            started: whole_second(course.started).to_string(),
            program: &course.program,
            weekdays: course.weekdays.iter().map(|&day| day_word(day)).collect(),
            weeks: course.weeks,
            state: day.state.as_str(),
            week: day.week,
            sessions_done: day.sessions_done(),
            sessions_planned: day.planned.len(),
            sessions_due_so_far: day.sessions_due_so_far,
            next_session: day.next_session.map(|date| date.to_string()),
            pain_week: ThenJson {
                start: day.ratings.pain_week.start,
                latest: day.ratings.pain_week.latest,
            },
            goals: day
                .ratings
                .goals
                .iter()
                .map(|goal| GoalJson {
                    goal: &goal.goal,
                    start: goal.rating.start,
                    latest: goal.rating.latest,
                })
                .collect(),
            due: day.due.iter().map(|due| due.word()).collect(),
            follow_ups: day
                .follow_ups
                .iter()
                .map(|f| FollowUpJson {
                    months: f.months,
                    due: f.due.to_string(),
                    done: f.done,
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests;
