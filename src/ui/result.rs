//! The result of a session: its zone in colour and in words, the next level and why, advice,
//! and the warning signs after strong pain.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Widget, Wrap};

use super::{Theme, signs};
use crate::app::{App, Outcome};
use ryg_core::rules::Zone;
use ryg_core::words::{self, Lang, clock};

pub fn render(app: &App, outcome: &Outcome, theme: Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let record = &outcome.record;
    let zone = outcome.zone.zone;
    let duration = record.duration_secs();
    let after = record.pain_after.map_or("–".to_string(), |p| p.to_string());
    // A session stopped early (for pain, or by skipping its last exercise) is not called done.
    let title = if record.completed {
        words::RESULT_TITLE
    } else {
        words::RESULT_TITLE_EARLY
    };
    let mut lines = vec![
        Line::styled(title.get(lang), theme.title()),
        Line::raw(""),
        Line::from(vec![
            Span::styled(
                format!(" {} ", zone_marker(zone)),
                theme.zone(zone).reversed(),
            ),
            Span::raw(" "),
            Span::styled(zone_meaning(zone, record.level, lang), theme.zone(zone)),
        ]),
        Line::raw(""),
        Line::raw(words::reps_and_pain(
            lang,
            record.reps_done,
            record.reps_planned,
            &clock(duration),
            record.pain_before,
            &after,
        )),
        Line::from(vec![
            Span::styled(
                words::next_time_level(lang, outcome.next.level),
                theme.strong(),
            ),
            Span::raw(format!(
                " — {}",
                outcome.next.reason.told(lang, &app.catalog)
            )),
        ]),
    ];
    if !outcome.next.advice.is_empty() {
        lines.push(Line::raw(""));
    }
    for advice in &outcome.next.advice {
        lines.push(Line::raw(advice.text(lang)));
    }
    if shows_warning_signs(record.pain_after) {
        lines.extend([
            Line::raw(""),
            Line::from(vec![
                Span::styled(words::SIGNS_AGAIN_TITLE.get(lang), theme.strong()),
                Span::raw(": "),
                Span::raw(words::SIGNS_NOW_SHORT.get(lang)),
            ]),
            Line::raw(words::SIGNS_DAYS_SHORT.get(lang)),
        ]);
    }
    signs::fitted(lines, area, Wrap { trim: true }).render(area, buf);
}

/// Pain of 8 or more after a session brings the warning signs back to mind (SPEC.md, the safety
/// check), whatever the zone: the pain itself is rarely a sign of harm, but it is the moment to
/// know what would be. The result has room for a short form of both groups; `?` then `!` shows
/// every sign in full.
fn shows_warning_signs(pain_after: Option<u8>) -> bool {
    pain_after.is_some_and(|pain| pain >= 8)
}

/// A zone's name with what it means for the user; at level 1 there is no easier level to offer.
pub(super) fn zone_meaning(zone: Zone, level: u32, lang: Lang) -> &'static str {
    match zone {
        Zone::Green => words::ZONE_GREEN,
        Zone::Amber => words::ZONE_AMBER,
        Zone::Red if level <= 1 => words::ZONE_RED_EASIEST,
        Zone::Red => words::ZONE_RED,
    }
    .get(lang)
}

/// A shape for each zone, so that it reads without colour too.
pub(super) fn zone_marker(zone: Zone) -> &'static str {
    match zone {
        Zone::Green => "●",
        Zone::Amber => "◆",
        Zone::Red => "■",
    }
}
