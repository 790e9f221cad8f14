//! The result of a session: its zone in colour and in words, the next level and why, and advice.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Theme;
use crate::app::{App, Outcome};
use crate::i18n::{self, Lang, clock};
use crate::rules::Zone;

pub fn render(app: &App, outcome: &Outcome, theme: Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let record = &outcome.record;
    let zone = outcome.zone.zone;
    let duration = record.duration_secs();
    let after = record.pain_after.map_or("–".to_string(), |p| p.to_string());
    let mut lines = vec![
        Line::styled(i18n::RESULT_TITLE.get(lang), theme.title()),
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
        Line::raw(format!(
            "{}: {} {} {} {} {} · {} {} → {after}",
            i18n::DONE_REPS.get(lang),
            record.reps_done,
            i18n::OF_WORD.get(lang),
            record.reps_planned,
            i18n::IN_TIME.get(lang),
            clock(duration),
            i18n::PAIN_WORD.get(lang),
            record.pain_before,
        )),
        Line::from(vec![
            Span::styled(
                format!(
                    "{}: {} {}",
                    i18n::NEXT_TIME.get(lang),
                    i18n::LEVEL_WORD.get(lang).to_lowercase(),
                    outcome.next.level
                ),
                theme.strong(),
            ),
            Span::raw(format!(" — {}", outcome.next.reason.text(lang))),
        ]),
    ];
    if !outcome.next.advice.is_empty() {
        lines.push(Line::raw(""));
    }
    for advice in &outcome.next.advice {
        lines.push(Line::raw(advice.text(lang)));
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

/// A zone's name with what it means for the user; at level 1 there is no easier level to offer.
pub(super) fn zone_meaning(zone: Zone, level: u32, lang: Lang) -> &'static str {
    match zone {
        Zone::Green => i18n::ZONE_GREEN,
        Zone::Amber => i18n::ZONE_AMBER,
        Zone::Red if level <= 1 => i18n::ZONE_RED_EASIEST,
        Zone::Red => i18n::ZONE_RED,
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
