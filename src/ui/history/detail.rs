//! One session in full: when, what, how the back responded, and why its zone is what it is.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::super::Theme;
use super::super::result::{zone_marker, zone_meaning};
use crate::app::App;
use ryg_core::journal::{Morning, SessionWithMorning};
use ryg_core::rules::{causes_of, zone_of};
use ryg_core::words::{self, clock};

pub fn render(app: &App, row: &SessionWithMorning<'_>, theme: Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let session = row.session;
    let zone = zone_of(session, row.morning);
    let local = |at| app.time_zone.to_datetime(at);
    let label = |text: &str| Span::styled(format!("{text}: "), theme.strong());
    let finished = if session.completed {
        words::FINISHED_WORD
    } else {
        words::NOT_FINISHED
    }
    .get(lang);
    let pain = match session.pain_after {
        Some(after) => format!("{} → {after}", session.pain_before),
        // Every rep done: the question was asked, and ryg was closed there.
        None if session.completed => format!(
            "{} → – ({})",
            session.pain_before,
            words::PAIN_NOT_GIVEN.get(lang)
        ),
        None => format!(
            "{} → – ({})",
            session.pain_before,
            words::NOT_ASKED.get(lang)
        ),
    };
    let morning = match row.morning {
        Some(Morning::Better) => words::MORNING_BETTER.get(lang),
        Some(Morning::Same) => words::MORNING_SAME.get(lang),
        Some(Morning::Worse) => words::MORNING_WORSE.get(lang),
        None => words::NOT_ANSWERED.get(lang),
    };
    let mut lines = vec![
        Line::styled(
            words::program_at_level(lang, &app.program_name(&session.program), session.level),
            theme.title(),
        ),
        Line::raw(""),
        Line::from(vec![
            label(words::DETAIL_WHEN.get(lang)),
            Span::raw(format!(
                "{}–{} ({})",
                local(session.started).strftime(words::dates::DATE_AND_TIME),
                local(session.finished).strftime(words::dates::TIME),
                clock(session.duration_secs())
            )),
        ]),
        Line::from(vec![
            label(words::DONE_REPS.get(lang)),
            Span::raw(format!(
                "{} · {finished}",
                words::count_of(lang, session.reps_done, session.reps_planned)
            )),
        ]),
        Line::from(vec![label(words::PAIN_WORD.get(lang)), Span::raw(pain)]),
        Line::from(vec![
            label(words::DETAIL_MORNING.get(lang)),
            Span::raw(morning),
        ]),
        Line::raw(""),
        Line::from(vec![
            Span::styled(
                format!(" {} ", zone_marker(zone.zone)),
                theme.zone(zone.zone).reversed(),
            ),
            Span::raw(" "),
            Span::styled(
                zone_meaning(zone.zone, session.level, lang),
                theme.zone(zone.zone),
            ),
        ]),
    ];
    // Every rule that put the session in its zone, the deciding one first.
    let causes = causes_of(session, row.morning);
    match causes.as_slice() {
        [only] => lines.push(Line::from(vec![
            label(words::WHY_WORD.get(lang)),
            Span::raw(only.text(lang)),
        ])),
        several => {
            lines.push(Line::from(label(words::WHY_WORD.get(lang))));
            lines.extend(
                several
                    .iter()
                    .map(|cause| Line::raw(format!("  • {}", cause.text(lang)))),
            );
        }
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}
