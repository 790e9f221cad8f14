//! A course's measure on screen: each rating under the check's title, the review's then → now,
//! the global rating of change, "acceptable?", and what the change means with how to keep going.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Theme;
use super::course_start::pointed;
use super::scale::rating_lines;
use crate::app::{App, CheckKind, CheckStep, CourseCheck};
use ryg_core::journal::Change;
use ryg_core::words::course_check as w;
use ryg_core::words::{self, Lang};

pub fn render(app: &App, check: &CourseCheck, theme: Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let area = area.inner(Margin::new(1, 0));
    let (title, intro) = match check.kind {
        CheckKind::Start => (
            w::CHECK_START_TITLE.get(lang).to_string(),
            w::CHECK_START_INTRO,
        ),
        CheckKind::Week(week) => (w::check_in_title(lang, week), w::CHECK_IN_INTRO),
        CheckKind::Review => (w::REVIEW_TITLE.get(lang).to_string(), w::REVIEW_INTRO),
        CheckKind::FollowUp(months) => (w::follow_up_title(lang, months), w::FOLLOW_UP_INTRO),
    };
    let mut lines = vec![
        Line::styled(title, theme.title()),
        Line::styled(intro.get(lang), theme.quiet()),
        Line::raw(""),
    ];
    match check.step {
        CheckStep::PainWeek | CheckStep::Goal(_) | CheckStep::Confidence => {
            rating(&mut lines, check, lang, theme)
        }
        CheckStep::Summary => summary(&mut lines, check, lang, theme),
        CheckStep::Change => {
            lines.push(Line::styled(w::ASK_CHANGE.get(lang), theme.title()));
            lines.push(Line::raw(""));
            for (at, change) in Change::ALL.into_iter().enumerate() {
                let text = format!("{} {}", at + 1, w::change_word(change, lang));
                lines.push(pointed(&text, check.change_at == Some(at), theme));
            }
            lines.push(Line::raw(""));
            lines.push(if check.change_without_answer {
                Line::styled(w::CHOOSE_OR_SKIP.get(lang), theme.warning())
            } else {
                Line::styled(words::RATING_SKIPPABLE.get(lang), theme.quiet())
            });
        }
        CheckStep::Acceptable => {
            lines.push(Line::styled(w::ASK_ACCEPTABLE.get(lang), theme.title()));
            lines.push(Line::raw(""));
            lines.push(Line::raw(words::YES_NO.get(lang)));
            lines.push(Line::raw(""));
            lines.push(Line::styled(
                words::RATING_SKIPPABLE.get(lang),
                theme.quiet(),
            ));
        }
        CheckStep::Meaning => meaning(&mut lines, app, check, lang, theme),
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(area, buf);
}

/// A rating, numbered among the check's ratings, a goal's words above its scale.
fn rating(lines: &mut Vec<Line<'static>>, check: &CourseCheck, lang: Lang, theme: Theme) {
    let confidence = usize::from(!matches!(check.kind, CheckKind::Week(_)));
    let of = 1 + check.goals.len() + confidence;
    let (n, ask, ends, skip) = match check.step {
        CheckStep::Goal(n) => (
            n + 2,
            words::ASK_GOAL_RATING,
            words::GOAL_RATING_ENDS,
            words::RATING_SKIPPABLE,
        ),
        CheckStep::Confidence => (
            of,
            words::ASK_CONFIDENCE,
            words::CONFIDENCE_ENDS,
            words::RATING_SKIPPABLE,
        ),
        _ => (
            1,
            words::ASK_PAIN_WEEK,
            words::PAIN_WEEK_ENDS,
            w::PAIN_WEEK_NEEDED,
        ),
    };
    lines.push(Line::styled(w::question_number(lang, n, of), theme.quiet()));
    if let CheckStep::Goal(goal) = check.step {
        let goal = format!("{}. {}", goal + 1, check.goals[goal]);
        lines.push(Line::styled(goal, theme.strong()));
    }
    lines.extend(rating_lines(&check.scale, ask, ends, skip, lang, theme));
}

fn rated(rating: Option<u8>, lang: Lang) -> String {
    rating.map_or_else(|| w::NOT_RATED.get(lang).to_string(), |r| r.to_string())
}

/// A rating then → now before what it rates, the numbers in a column of their own.
fn then_now(then: Option<u8>, now: Option<u8>, what: &str, lang: Lang) -> Line<'static> {
    let (then, now) = (rated(then, lang), rated(now, lang));
    Line::raw(format!("{then:>2} → {now:<2}  {what}"))
}

/// The course then → now: the goals, last week's pain, confidence, the sessions and levels.
fn summary(lines: &mut Vec<Line<'static>>, check: &CourseCheck, lang: Lang, theme: Theme) {
    lines.push(Line::styled(w::THEN_AND_NOW.get(lang), theme.title()));
    for (n, goal) in check.goals.iter().enumerate() {
        let then = check.goals_then.get(n).copied().flatten();
        let now = check.ratings.get(n).copied().flatten();
        lines.push(then_now(then, now, &format!("{}. {goal}", n + 1), lang));
    }
    let pain = w::SUMMARY_PAIN.get(lang);
    lines.push(then_now(check.pain_then, check.pain_week, pain, lang));
    if check.confidence_then.is_some() || check.confidence.is_some() {
        let confidence = w::SUMMARY_CONFIDENCE.get(lang);
        lines.push(then_now(
            check.confidence_then,
            check.confidence,
            confidence,
            lang,
        ));
    }
    lines.push(Line::raw(""));
    let sessions = w::summary_sessions(lang, check.sessions_done, check.sessions_planned);
    lines.push(Line::raw(sessions));
    lines.push(Line::raw(match check.levels {
        None => w::NO_LEVELS.get(lang).to_string(),
        Some(l) if l.last == l.highest => w::summary_levels(lang, l.first, l.highest),
        Some(l) => w::summary_levels_last(lang, l.first, l.highest, l.last),
    }));
}

/// What the goals' change means (nothing when no goal was rated both times), and how to keep
/// going: the program at the level home recommends now.
fn meaning(
    lines: &mut Vec<Line<'static>>,
    app: &App,
    check: &CourseCheck,
    lang: Lang,
    theme: Theme,
) {
    if let Some(change) = check.goal_change {
        lines.push(Line::styled(w::MEANING_TITLE.get(lang), theme.title()));
        lines.push(Line::raw(w::meaning(
            lang,
            change.meaning,
            change.mean_tenths,
            check.sessions_done,
            check.sessions_planned,
        )));
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(w::KEEP_GOING_TITLE.get(lang), theme.title()));
    let index = app
        .catalog
        .entries
        .iter()
        .position(|entry| entry.program.id == check.program);
    lines.push(Line::raw(match index {
        Some(index) => {
            let title = app.program(index).program.title.get(lang);
            w::keep_going_at(lang, title, app.recommendation(index).level)
        }
        None => w::keep_going(lang, &check.program),
    }));
}
