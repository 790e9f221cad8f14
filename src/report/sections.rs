//! The report's sections about training: the course (or the last eight weeks), its charts and
//! tables, the sessions, and the history's lines that could not be read.

use jiff::civil::Date;

use ryg_core::course::{CourseDay, GoalRatings};
use ryg_core::journal::{Measure, Morning};
use ryg_core::rules::Zone;
use ryg_core::words::{self, Lang, Tr, dates, report as w};

use super::charts;
use super::html::{Html, escape};
use super::model::{Report, Session};

fn word(tr: Tr, lang: Lang) -> &'static str {
    tr.get(lang)
}

/// A rating, or a dash where none was given.
fn rating(value: Option<u8>) -> String {
    value.map_or_else(|| "–".to_string(), |value| value.to_string())
}

/// The course: its plan and progress, goals, pain by week, sessions, levels, zones, mornings and
/// every rating given.
pub fn course(page: &mut Html, report: &Report, day: &CourseDay, measures: &[(Date, Measure)]) {
    let lang = report.lang;
    let state = match day.state {
        ryg_core::course::State::Running => words::course::COURSE_RUNNING,
        ryg_core::course::State::Finished => words::course::COURSE_FINISHED,
        ryg_core::course::State::Stopped => words::course::COURSE_STOPPED,
    };
    let days = words::course::days_text(&day.course.weekdays, lang);
    page.raw("<section id=\"course\">\n")
        .element("h2", word(w::COURSE_HEADING, lang))
        .element(
            "p",
            &words::course::course_title(
                lang,
                &day.course.program,
                &days,
                day.week,
                day.course.weeks,
                word(state, lang),
            ),
        )
        .element(
            "p",
            &words::course::course_sessions(
                lang,
                day.sessions_done(),
                day.planned.len(),
                day.sessions_due_so_far,
            ),
        );
    page.element("h3", word(w::GOALS_HEADING, lang));
    goals(page, &day.ratings.goals, lang);
    page.raw("<div class=\"keep\">\n")
        .element("h3", word(w::PAIN_WEEK_HEADING, lang));
    let points = charts::pain_points(measures.iter().map(|(_, m)| m), day.course.weeks);
    if points.is_empty() {
        page.element("p", word(w::NO_MEASURES, lang));
    } else {
        let caption = format!(
            "<span style=\"color:{}\">●</span> {} · {}",
            charts::css(charts::PAIN),
            escape(word(w::LEGEND_PAIN, lang)),
            escape(word(words::PAIN_WEEK_ENDS, lang)),
        );
        let svg = charts::pain_by_week(&points, day.course.weeks, lang);
        page.chart("chart-pain", points.len(), &svg, &caption);
    }
    page.raw("</div>\n");
    training(page, report, w::AXIS_WEEK);
    learned(page, report);
    page.element("h3", word(w::REVIEW_HEADING, lang));
    ratings(page, measures, day.course.goals.len(), lang);
    sessions(page, report);
    page.raw("</section>\n");
}

/// Without a course: the last eight weeks of training.
pub fn recent(page: &mut Html, report: &Report) {
    let lang = report.lang;
    page.raw("<section id=\"recent\">\n")
        .element("h2", word(w::RECENT_HEADING, lang))
        .element("p", word(w::NO_COURSE_YET, lang));
    training(page, report, w::AXIS_RECENT_WEEK);
    learned(page, report);
    sessions(page, report);
    page.raw("</section>\n");
}

/// The goals in the person's words, rated at the start and latest.
fn goals(page: &mut Html, goals: &[GoalRatings], lang: Lang) {
    if goals.is_empty() {
        page.element("p", word(w::NO_GOALS, lang));
        return;
    }
    let rows: Vec<Vec<String>> = goals
        .iter()
        .map(|goal| {
            vec![
                goal.goal.clone(),
                rating(goal.rating.start),
                rating(goal.rating.latest),
            ]
        })
        .collect();
    let head = [
        word(w::HEAD_GOAL, lang),
        word(w::HEAD_AT_START, lang),
        word(w::HEAD_LATEST, lang),
    ];
    page.table(&head, "tnn", &rows)
        .with_class("p", "note", word(words::GOAL_RATING_ENDS, lang));
}

/// Sessions per week against two, each session's level and zone, and the counts of zones and
/// mornings.
fn training(page: &mut Html, report: &Report, axis: Tr) {
    let lang = report.lang;
    page.raw("<div class=\"keep\">\n")
        .element("h3", word(w::SESSIONS_WEEK_HEADING, lang));
    let caption = format!(
        "<span class=\"legend\"><span><span style=\"color:{}\">■</span> {}</span>\
         <span>– – {}</span></span>",
        charts::css(charts::BARS),
        escape(word(w::LEGEND_DONE, lang)),
        escape(word(w::LEGEND_PLAN, lang)),
    );
    let svg = charts::sessions_per_week(&report.done_by_week, axis, lang);
    page.chart("chart-weeks", report.done_by_week.len(), &svg, &caption)
        .raw("</div>\n");
    if report.sessions.is_empty() {
        page.element("p", word(w::NO_SESSIONS, lang));
        return;
    }
    let charted: Vec<&Session> = report.charted_sessions().collect();
    let levels = report.program.as_ref().map_or(1, |now| {
        if Some(&now.program.id) == report.charted.as_ref() {
            now.program.levels()
        } else {
            1
        }
    });
    let days = u32::try_from(
        (report
            .from
            .until(report.to)
            .map_or(0, |span| span.get_days())
            + 1)
        .max(1),
    )
    .unwrap_or(1)
    .max(report.weeks * 7);
    let svg = charts::levels(&charted, report.from, days, levels, lang);
    let mut caption = String::from("<span class=\"legend\">");
    for (zone, mark) in [(Zone::Green, "●"), (Zone::Amber, "▲"), (Zone::Red, "■")] {
        caption.push_str(&format!(
            "<span><span style=\"color:{}\">{mark}</span> {}</span>",
            charts::css(charts::zone_colour(zone)),
            escape(zone.name(lang))
        ));
    }
    caption.push_str("</span><br>");
    if report.course.is_none()
        && let Some(program) = &report.charted
    {
        caption.push_str(&escape(&w::levels_of(lang, program)));
        caption.push(' ');
    }
    caption.push_str(&escape(word(w::ZONES_EXPLAINED, lang)));
    page.raw("<div class=\"keep\">\n")
        .element("h3", word(w::LEVELS_HEADING, lang))
        .chart("chart-levels", charted.len(), &svg, &caption)
        .raw("</div>\n");
    let count = |zone: Zone| report.sessions.iter().filter(|s| s.zone == zone).count();
    let zones: Vec<Vec<String>> = [Zone::Green, Zone::Amber, Zone::Red]
        .into_iter()
        .map(|zone| vec![zone.name(lang).to_string(), count(zone).to_string()])
        .collect();
    let mornings = |morning: Option<Morning>| {
        report
            .sessions
            .iter()
            .filter(|s| s.morning == morning)
            .count()
            .to_string()
    };
    let mut answers: Vec<Vec<String>> = [Morning::Better, Morning::Same, Morning::Worse]
        .into_iter()
        .map(|morning| vec![morning.word(lang).to_string(), mornings(Some(morning))])
        .collect();
    answers.push(vec![
        word(w::NOT_ANSWERED_WORD, lang).to_string(),
        mornings(None),
    ]);
    page.raw("<div class=\"keep pair\">\n<div>\n")
        .element("h3", word(w::ZONES_HEADING, lang))
        .table(
            &[word(w::HEAD_ZONE, lang), word(w::AXIS_SESSIONS, lang)],
            "tn",
            &zones,
        )
        .raw("</div>\n<div>\n")
        .element("h3", word(w::MORNINGS_HEADING, lang))
        .table(
            &[word(w::HEAD_MORNING, lang), word(w::AXIS_SESSIONS, lang)],
            "tn",
            &answers,
        )
        .raw("</div>\n</div>\n");
}

/// Every rating the course holds: the start, the weekly check-ins, the review and follow-ups.
fn ratings(page: &mut Html, measures: &[(Date, Measure)], goals: usize, lang: Lang) {
    if measures.is_empty() {
        page.element("p", word(w::NO_MEASURES, lang));
        return;
    }
    let goal_heads: Vec<String> = (1..=goals).map(|n| w::goal_column(lang, n)).collect();
    let mut head = vec![
        word(w::HEAD_WHEN, lang),
        word(w::HEAD_DATE, lang),
        word(w::HEAD_PAIN_WEEK, lang),
    ];
    head.extend(goal_heads.iter().map(String::as_str));
    head.extend([
        word(w::HEAD_CONFIDENCE, lang),
        word(w::HEAD_CHANGE, lang),
        word(w::HEAD_ACCEPTABLE, lang),
    ]);
    let kinds = format!("dd{}tt", "n".repeat(goals + 2));
    let rows: Vec<Vec<String>> = measures
        .iter()
        .map(|(date, measure)| {
            let mut row = vec![
                w::point_name(measure.point, lang),
                date.strftime(dates::DATE).to_string(),
                measure.pain_week.to_string(),
            ];
            row.extend((0..goals).map(|n| rating(measure.goals.get(n).copied())));
            row.push(rating(measure.confidence));
            row.push(measure.change.map_or_else(
                || "–".to_string(),
                |change| ryg_core::words::course_check::change_word(change, lang).to_string(),
            ));
            row.push(match measure.acceptable {
                Some(true) => word(w::YES, lang).to_string(),
                Some(false) => word(w::NO, lang).to_string(),
                None => "–".to_string(),
            });
            row
        })
        .collect();
    page.table(&head, &kinds, &rows);
}

/// The Learn modules read, with the person's own line of what they will try.
fn learned(page: &mut Html, report: &Report) {
    let lang = report.lang;
    if report.learned.is_empty() {
        return;
    }
    let rows: Vec<Vec<String>> = report
        .learned
        .iter()
        .map(|(date, title, plan)| {
            let plan = plan.clone().unwrap_or_else(|| "–".to_string());
            vec![date.strftime(dates::DATE).to_string(), title.clone(), plan]
        })
        .collect();
    let head = [
        word(w::HEAD_DATE, lang),
        word(w::HEAD_MODULE, lang),
        word(w::HEAD_WILL_TRY, lang),
    ];
    page.element("h3", word(w::LEARNED_HEADING, lang))
        .table(&head, "dtt", &rows);
}

/// One row for each session of the period.
fn sessions(page: &mut Html, report: &Report) {
    let lang = report.lang;
    if report.sessions.is_empty() {
        return;
    }
    let rows: Vec<Vec<String>> = report
        .sessions
        .iter()
        .map(|session| {
            let pain = match session.pain_after {
                Some(after) => format!("{} → {after}", session.pain_before),
                None => format!("{} → –", session.pain_before),
            };
            vec![
                session.date.strftime(dates::DATE).to_string(),
                session.program.clone(),
                session.level.to_string(),
                word(if session.completed { w::YES } else { w::NO }, lang).to_string(),
                pain,
                session
                    .morning
                    .map_or_else(|| "–".to_string(), |m| m.word(lang).to_string()),
                session.zone.name(lang).to_string(),
            ]
        })
        .collect();
    let head = [
        word(w::HEAD_DATE, lang),
        word(w::HEAD_PROGRAM, lang),
        word(w::HEAD_LEVEL, lang),
        word(w::HEAD_DONE, lang),
        word(w::HEAD_PAIN, lang),
        word(w::HEAD_MORNING, lang),
        word(w::HEAD_ZONE, lang),
    ];
    page.element("h3", word(w::SESSIONS_HEADING, lang))
        .table(&head, "ddntdtt", &rows);
}

/// The lines of the history left out, by line number and why.
pub fn skipped(page: &mut Html, report: &Report) {
    let lang = report.lang;
    if report.skipped.is_empty() {
        return;
    }
    page.raw("<section id=\"skipped\">\n")
        .element("h2", word(w::SKIPPED_HEADING, lang))
        .element("p", word(w::SKIPPED_EXPLAINED, lang))
        .raw("<ul>\n");
    for line in &report.skipped {
        page.element(
            "li",
            &w::skipped_line(lang, line.line, &line.why.text(lang)),
        );
    }
    page.raw("</ul>\n</section>\n");
}
