//! The home screen: the programs on the left, the chosen one on the right.

use jiff::tz::TimeZone;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::Theme;
use crate::app::{App, Home, LevelChoice};
use ryg_core::journal::SessionRecord;
use ryg_core::program::Sides;
use ryg_core::rules::{Advice, zone_of};
use ryg_core::visible::visible;
use ryg_core::words::clock;
use ryg_core::words::{self, Lang};

pub fn render(app: &App, home: &Home, theme: Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    if app.catalog.entries.is_empty() {
        let mut lines = vec![
            Line::styled(words::NO_PROGRAM.get(lang), theme.strong()),
            Line::raw(""),
        ];
        lines.extend(problems(app, theme));
        return Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(area, buf);
    }
    let area = super::rhythm::band(app, theme, area, buf);
    let list_width = app
        .catalog
        .programs()
        .map(|p| p.title.get(lang).width() as u16 + 4)
        .max()
        .unwrap_or(10)
        .clamp(16, 28);
    let [list, detail] =
        Layout::horizontal([Constraint::Length(list_width), Constraint::Fill(1)]).areas(area);
    programs(app, home, theme, list, buf);
    let detail = detail.inner(ratatui::layout::Margin::new(1, 0));
    program_detail(app, home, theme, detail, buf);
}

fn programs(app: &App, home: &Home, theme: Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let block = Block::new()
        .borders(Borders::RIGHT)
        .title(Line::styled(words::PROGRAMS.get(lang), theme.strong()));
    let lines: Vec<Line> = app
        .catalog
        .programs()
        .enumerate()
        .map(|(index, program)| {
            let title = program.title.get(lang);
            if index == home.program {
                Line::styled(format!("▶ {title} "), theme.selected())
            } else {
                Line::raw(format!("  {title}"))
            }
        })
        .collect();
    Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false })
        .render(area, buf);
}

fn program_detail(app: &App, home: &Home, theme: Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let entry = app.program(home.program);
    let program = &entry.program;
    let level = app.level_of(home.program, home.level);
    let recommendation = app.recommendation(home.program);
    let mut lines = vec![Line::styled(program.title.get(lang), theme.title())];
    lines.push(Line::raw(""));
    let why = match home.level {
        LevelChoice::Recommended => {
            words::recommended_because_of(lang, &recommendation.reason.told(lang, &app.catalog))
        }
        LevelChoice::Chosen(_) => words::your_choice(lang, recommendation.level),
    };
    // An arrow only on a side that has a level to go to, and no gap where there is none.
    let easier = if level > 1 { "◀ " } else { "" };
    let harder = if level < program.levels() { " ▶" } else { "" };
    lines.push(Line::from(vec![
        Span::styled(
            words::level_of_levels(lang, easier, level, harder, program.levels()),
            theme.strong(),
        ),
        Span::raw(format!(" · {why}")),
    ]));
    // Three sessions in a row that were too much: said here too, not only after the session.
    if let Some(gentle) = app.plan_review(home.program) {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            Advice::ReviewThePlan.text(lang),
            theme.strong(),
        ));
        if let Some(gentle) = gentle {
            let title = app.program(gentle).program.title.get(lang);
            lines.push(Line::raw(words::try_gentle(lang, title)));
        }
    }
    let doses: Vec<(String, String)> = program
        .exercises
        .iter()
        .filter_map(|exercise| {
            let dose = program.level_of(exercise, level)?;
            let how = match exercise.sides_at(dose) {
                Sides::None => words::sets_of_reps(lang, dose.sets, dose.reps),
                Sides::Alternate | Sides::EachSide => {
                    words::sets_of_reps_per_side(lang, dose.sets, dose.reps)
                }
            };
            let name = exercise.name_at(dose).get(lang).to_string();
            Some((name, how))
        })
        .collect();
    // A dose is never broken over two lines: where the pane is too narrow for the longest name
    // beside its dose, names are cut with "…" instead.
    let dose_width = doses.iter().map(|(_, dose)| dose.width()).max();
    let room = usize::from(area.width).saturating_sub(4 + dose_width.unwrap_or(0));
    let doses: Vec<(String, String)> = doses
        .into_iter()
        .map(|(name, dose)| (super::shortened(&name, room.max(4)), dose))
        .collect();
    let name_width = doses
        .iter()
        .map(|(name, _)| name.width())
        .max()
        .unwrap_or(0);
    lines.push(Line::raw(""));
    let warm_up_at = lines.len();
    // The warm-up's own exercises are not listed: it is one program, run the same at every level.
    if let Some((warm_up, length)) = app.catalog.warm_up_length(program) {
        let time = clock(length.total_whole_secs());
        let text = words::warm_up_first(lang, warm_up.title.get(lang), &time);
        lines.push(Line::raw(text));
    }
    let warm_up_ends = lines.len();
    for (name, dose) in doses {
        let pad = " ".repeat(name_width - name.width() + 2);
        lines.push(Line::raw(format!("  {name}{pad}{dose}")));
    }
    let length_at = lines.len();
    if let Some(length) = entry.length_at(level) {
        lines.push(Line::raw(""));
        let time = clock(length.total_whole_secs());
        lines.push(Line::raw(words::length_and_reps(
            lang,
            &time,
            length.reps_planned,
        )));
    }
    let how_often_at = lines.len();
    lines.push(Line::raw(words::HOW_OFTEN.get(lang)));
    lines.extend(problems(app, theme));
    let last_at = lines.len();
    lines.push(Line::raw(""));
    match &app.program_figures(home.program).last {
        Some((session, morning)) => {
            lines.push(last_session(session, *morning, &app.time_zone, lang, theme))
        }
        None => lines.push(Line::styled(words::NO_SESSION_YET.get(lang), theme.quiet())),
    }
    // Under a course's band the pane is shorter: the last session goes first, then how often
    // to train (the course plans the days), the session's length, the line naming the warm-up
    // and the space under the title; the exercises stay. Each cut lies before the one before it.
    if app.rhythm().is_some() {
        let ends = lines.len();
        for cut in [
            last_at..ends,
            how_often_at..how_often_at + 1,
            length_at..how_often_at,
            warm_up_at..warm_up_ends,
            1..2,
        ] {
            if super::fits(&lines, area) {
                break;
            }
            lines.drain(cut);
        }
    }
    // The summary is the first thing to go when the screen is short.
    if let Some(summary) = &program.summary {
        let mut with_summary = lines.clone();
        with_summary.insert(1, Line::raw(summary.get(lang)));
        if super::fits(&with_summary, area) {
            lines = with_summary;
        }
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(area, buf);
}

fn last_session<'a>(
    session: &SessionRecord,
    morning: Option<ryg_core::journal::Morning>,
    time_zone: &TimeZone,
    lang: Lang,
    theme: Theme,
) -> Line<'a> {
    let when = session.started.to_zoned(time_zone.clone());
    let after = session
        .pain_after
        .map_or("–".to_string(), |p| p.to_string());
    let zone = zone_of(session, morning).zone;
    let mut text = words::last_session(
        lang,
        &when
            .strftime(words::dates::DATE_AND_TIME_IN_SENTENCE.get(lang))
            .to_string(),
        session.level,
        session.reps_done,
        session.reps_planned,
        session.pain_before,
        &after,
    );
    if !session.completed {
        text.push_str(&format!(" · {}", words::NOT_FINISHED.get(lang)));
    }
    Line::from(vec![
        Span::raw(text + " · "),
        Span::styled(zone.name(lang), theme.zone(zone)),
    ])
}

/// Problems in the user's program files, so a broken file is never silently missing.
fn problems(app: &App, theme: Theme) -> Vec<Line<'static>> {
    if app.catalog.problems.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![
        Line::raw(""),
        Line::styled(
            format!("{}:", words::FILE_PROBLEM.get(app.lang)),
            theme.warning(),
        ),
    ];
    lines.extend(
        app.catalog
            .problems
            .iter()
            .map(|problem| Line::raw(visible(&problem.render(app.lang)).into_owned())),
    );
    lines
}
