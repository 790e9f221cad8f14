//! The screens that ask: the safety check, the morning after, and the pain question.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{Theme, big, signs};
use crate::app::{
    App, MorningAnswer, MorningChoice, Pain, PainMoment, STOP_REASONS, SafetyCheck, SignsGroup,
    WhyStopped,
};
use ryg_core::journal::{Morning, Stopped};
use ryg_core::words::{self, Lang, Tr};

/// The safety check: one group of signs at a time, and what to do when one applies.
pub fn safety(app: &App, safety: &SafetyCheck, theme: Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let lines = match *safety {
        SafetyCheck::Asking { group, .. } => {
            let mut lines = vec![Line::styled(words::SAFETY_TITLE.get(lang), theme.title())];
            // The first question says why the check is here, and, when it comes back, why; the
            // second goes straight to its signs.
            if group == SignsGroup::Emergency {
                lines.extend(again(app, theme));
                lines.extend([Line::raw(""), Line::raw(words::SAFETY_INTRO.get(lang))]);
            }
            lines.push(Line::raw(""));
            lines.extend(signs::group(group, lang, theme, area.width));
            lines.push(Line::raw(""));
            lines.push(Line::from(vec![
                Span::styled(words::SAFETY_QUESTION.get(lang), theme.strong()),
                Span::raw("   "),
                Span::styled(words::YES_NO.get(lang), theme.quiet()),
            ]));
            lines
        }
        SafetyCheck::Stop { group, .. } => {
            let (title, style, why, what, locked) = match group {
                SignsGroup::Emergency => (
                    words::NOW_STOP_TITLE,
                    theme.danger(),
                    words::NOW_STOP_WHY,
                    words::CALL_NOW,
                    words::NOW_STOP_LOCKED,
                ),
                SignsGroup::WithinDays => (
                    words::DAYS_STOP_TITLE,
                    theme.warning(),
                    words::DAYS_STOP_WHY,
                    words::DAYS_STOP_CLINICIAN,
                    words::DAYS_STOP_LOCKED,
                ),
            };
            vec![
                Line::styled(title.get(lang), style),
                Line::raw(""),
                Line::raw(why.get(lang)),
                Line::raw(""),
                Line::styled(what.get(lang), theme.strong()),
                Line::raw(""),
                Line::raw(locked.get(lang)),
            ]
        }
    };
    signs::fitted(lines, area, Wrap { trim: false }).render(area, buf);
}

/// Why a check comes back, so that it does not seem to have been lost.
fn again(app: &App, theme: Theme) -> Option<Line<'static>> {
    let lang = app.lang;
    let check = app.latest_safety_check()?;
    Some(if check.clear {
        let date = app.time_zone.to_datetime(check.at);
        let date = date
            .strftime(words::dates::DATE_IN_SENTENCE.get(lang))
            .to_string();
        Line::styled(words::safety_again(lang, &date), theme.quiet())
    } else {
        Line::styled(words::SAFETY_AGAIN_FLAG.get(lang), theme.quiet())
    })
}

pub fn morning(app: &App, question: &MorningAnswer, theme: Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let date = question.session.to_zoned(app.time_zone.clone());
    let mut lines = vec![Line::styled(
        words::morning_question(
            lang,
            &date
                .strftime(words::dates::DATE_IN_SENTENCE.get(lang))
                .to_string(),
        ),
        theme.title(),
    )];
    // Which session it was, so a question asked days later is clear.
    if let Some(session) = app
        .history
        .session_records()
        .find(|session| session.started == question.session)
    {
        let after = session.pain_after.map_or("–".into(), |p| p.to_string());
        lines.push(Line::styled(
            words::session_asked_about(
                lang,
                &app.program_name(&session.program),
                session.level,
                session.pain_before,
                &after,
            ),
            theme.quiet(),
        ));
    }
    lines.push(Line::raw(""));
    for (index, choice) in MorningChoice::ALL.into_iter().enumerate() {
        let word = choice_word(choice).get(lang);
        lines.push(choice_line(index, word, choice == question.choice, theme));
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(area, buf);
}

pub fn why_stopped(app: &App, question: &WhyStopped, theme: Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let mut lines = vec![
        Line::styled(words::WHY_STOPPED.get(lang), theme.title()),
        Line::styled(words::SAVED_EITHER_WAY.get(lang), theme.quiet()),
        Line::raw(""),
    ];
    lines.extend(STOP_REASONS.into_iter().enumerate().map(|(index, reason)| {
        let word = match reason {
            Stopped::Pain => words::STOPPED_PAIN,
            Stopped::Time => words::STOPPED_TIME,
            Stopped::Other => words::STOPPED_OTHER,
        };
        choice_line(index, word.get(lang), reason == question.choice, theme)
    }));
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(area, buf);
}

/// One answer of a list, numbered from 1, marked when chosen.
fn choice_line(index: usize, word: &str, chosen: bool, theme: Theme) -> Line<'static> {
    let text = format!(" {} {word} ", index + 1);
    if chosen {
        Line::styled(format!("▶{text}"), theme.selected())
    } else {
        Line::raw(format!(" {text}"))
    }
}

fn choice_word(choice: MorningChoice) -> Tr {
    match choice {
        MorningChoice::Answer(Morning::Better) => words::MORNING_BETTER,
        MorningChoice::Answer(Morning::Same) => words::MORNING_SAME,
        MorningChoice::Answer(Morning::Worse) => words::MORNING_WORSE,
        MorningChoice::Skip => words::MORNING_SKIP,
    }
}

pub fn pain(app: &App, pain: &Pain, theme: Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let title = match &pain.moment {
        PainMoment::Before { program, level, .. } => {
            words::pain_before_title(lang, app.program(*program).program.title.get(lang), *level)
        }
        PainMoment::After(finished) if finished.record.stopped == Some(Stopped::Pain) => {
            words::PAIN_NOW_STOPPED.get(lang).to_string()
        }
        PainMoment::After(_) => words::PAIN_AFTER.get(lang).to_string(),
    };
    let [heading, number_area, scale, offer] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Length(6),
        Constraint::Length(4),
        Constraint::Fill(1),
    ])
    .areas(area);
    if let Some(gentler) = app.gentler_offer(pain) {
        let title = app.program(gentler.program).program.title.get(lang);
        Paragraph::new(vec![
            Line::raw(""),
            Line::styled(words::BAD_DAY.get(lang), theme.strong()).centered(),
            Line::raw(words::gentler_offer(lang, title, gentler.level)).centered(),
        ])
        .wrap(Wrap { trim: true })
        .render(offer, buf);
    }
    Paragraph::new(vec![
        Line::styled(title, theme.quiet()),
        Line::styled(words::PAIN_QUESTION.get(lang), theme.title()),
    ])
    .wrap(Wrap { trim: true })
    .render(heading, buf);
    // No answer is chosen until the user chooses one: a question mark, and no mark on the scale.
    let number = pain
        .rating
        .map_or("?".to_string(), |rating| rating.to_string());
    big::render(&number, theme.strong(), number_area, buf);
    let mut marks = Vec::new();
    for value in 0..=10u8 {
        marks.push(if Some(value) == pain.rating {
            Span::styled(format!("[{value}]"), theme.selected())
        } else {
            Span::raw(format!(" {value} "))
        });
        marks.push(Span::raw(" "));
    }
    let answer = match pain.rating {
        Some(rating) => Line::styled(
            format!("{rating} — {}", anchor(rating, lang)),
            theme.strong(),
        ),
        None if pain.enter_without_answer => {
            Line::styled(words::PAIN_CHOOSE_FIRST.get(lang), theme.warning())
        }
        None => Line::styled(words::PAIN_NOT_CHOSEN.get(lang), theme.quiet()),
    };
    Paragraph::new(vec![
        Line::from(marks).centered(),
        Line::raw(""),
        answer.centered(),
        Line::styled(
            format!(
                "0 {} · 10 {}",
                words::PAIN_NONE.get(lang),
                words::PAIN_WORST.get(lang)
            ),
            theme.quiet(),
        )
        .centered(),
    ])
    .render(scale, buf);
}

/// The words that anchor a rating on the 0–10 scale.
pub fn anchor(rating: u8, lang: Lang) -> &'static str {
    match rating {
        0 => words::PAIN_NONE,
        1..=3 => words::PAIN_MILD,
        4..=6 => words::PAIN_MODERATE,
        7..=9 => words::PAIN_SEVERE,
        _ => words::PAIN_WORST,
    }
    .get(lang)
}
