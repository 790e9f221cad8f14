//! Starting a course: each question on its own screen under the answers given so far (the
//! program, the days chosen, the goals), a goal's field drawn as the Learn plan line is, and
//! a rating's scale with the key that skips it.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Theme;
use super::learn::plan_line;
use super::scale::rating_lines;
use crate::app::{App, CourseStart, CourseStep};
use ryg_core::course::{GOALS_MAX, WEEK};
use ryg_core::words::{self, Lang, course::days_text, course::weekday};

pub fn render(app: &App, start: &CourseStart, theme: Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let area = area.inner(Margin::new(1, 0));
    let mut lines = vec![
        Line::styled(words::COURSE_START_TITLE.get(lang), theme.title()),
        Line::styled(words::COURSE_START_INTRO.get(lang), theme.quiet()),
        Line::raw(""),
    ];
    let days_chosen = format!(
        "{} {}",
        words::DAYS_CHOSEN.get(lang),
        days_text(&start.days, lang)
    );
    let title = |index: usize| app.program(index).program.title.get(lang).to_string();
    if start.step != CourseStep::Program {
        lines.push(Line::styled(title(start.program), theme.strong()));
    }
    if !matches!(start.step, CourseStep::Program | CourseStep::Days) {
        lines.push(Line::raw(days_chosen.clone()));
    }
    // The goals written before this question; the one being written or rated is shown with it.
    let shown = match start.step {
        CourseStep::Goal(n) | CourseStep::GoalRating(n) => n,
        _ => start.goals.len(),
    };
    for (n, goal) in start.goals.iter().take(shown).enumerate() {
        let rating = start.ratings.get(n).copied().flatten();
        let rating = rating.map_or(String::new(), |rating| format!(" ({rating})"));
        lines.push(Line::raw(format!("{}. {goal}{rating}", n + 1)));
    }
    if lines.len() > 3 {
        lines.push(Line::raw(""));
    }
    let mut field = None;
    match start.step {
        CourseStep::Program => {
            lines.push(Line::styled(
                words::ASK_COURSE_PROGRAM.get(lang),
                theme.title(),
            ));
            lines.extend((0..start.programs).map(|index| {
                let chosen = index == start.program;
                pointed(&title(index), chosen, theme)
            }));
        }
        CourseStep::Days => {
            lines.push(Line::styled(
                words::ASK_COURSE_DAYS.get(lang),
                theme.title(),
            ));
            lines.push(Line::raw(""));
            lines.push(week_line(start, lang, theme));
            lines.push(Line::raw(""));
            lines.push(Line::raw(days_chosen));
        }
        CourseStep::Goal(n) => {
            let number = words::goal_number(lang, n + 1, GOALS_MAX);
            lines.push(Line::styled(number, theme.quiet()));
            lines.push(Line::styled(words::ASK_GOAL.get(lang), theme.title()));
            lines.push(Line::raw(""));
            field = Some(lines.len());
            lines.push(Line::raw(""));
            if start.field.value().is_empty() {
                lines.push(Line::styled(
                    words::GOAL_EMPTY_GOES_ON.get(lang),
                    theme.quiet(),
                ));
            }
        }
        CourseStep::GoalRating(n) => {
            let goal = format!("{}. {}", n + 1, start.goals[n]);
            lines.push(Line::styled(goal, theme.strong()));
            lines.extend(rating_lines(
                &start.scale,
                words::ASK_GOAL_RATING,
                words::GOAL_RATING_ENDS,
                words::RATING_SKIPPABLE,
                lang,
                theme,
            ));
        }
        CourseStep::PainWeek => {
            lines.extend(rating_lines(
                &start.scale,
                words::ASK_PAIN_WEEK,
                words::PAIN_WEEK_ENDS,
                words::RATING_SKIPPABLE,
                lang,
                theme,
            ));
        }
        CourseStep::Confidence => {
            lines.extend(rating_lines(
                &start.scale,
                words::ASK_CONFIDENCE,
                words::CONFIDENCE_ENDS,
                words::RATING_SKIPPABLE,
                lang,
                theme,
            ));
        }
    }
    if let Some(problem) = &start.problem {
        lines.push(Line::raw(""));
        lines.push(Line::styled(problem.clone(), theme.warning()));
    }
    // The field's row is known only once the lines above it are wrapped to the width.
    let text = Paragraph::new(lines.clone()).wrap(Wrap { trim: false });
    text.render(area, buf);
    if let Some(at) = field {
        let above = Paragraph::new(lines[..at].to_vec()).wrap(Wrap { trim: false });
        let row = u16::try_from(above.line_count(area.width)).unwrap_or(u16::MAX);
        if row < area.height {
            let line = Rect::new(area.x, area.y + row, area.width, 1);
            plan_line(&start.field, theme, line, buf);
        }
    }
}

/// A line of a list, the chosen one pointed at.
pub(super) fn pointed(text: &str, chosen: bool, theme: Theme) -> Line<'static> {
    let (pointer, style) = if chosen {
        ("▶ ", theme.selected())
    } else {
        ("  ", Style::default())
    };
    Line::styled(format!("{pointer}{text}"), style)
}

/// The seven days, the chosen ones marked, the one the arrows are on reversed.
fn week_line(start: &CourseStart, lang: Lang, theme: Theme) -> Line<'static> {
    let mut spans = Vec::new();
    for (index, day) in WEEK.into_iter().enumerate() {
        let mark = if start.days.contains(&day) {
            "✓"
        } else {
            " "
        };
        let text = format!("{mark}{}", weekday(day, lang));
        let style = if index == start.day {
            theme.selected()
        } else if start.days.contains(&day) {
            theme.strong()
        } else {
            Style::default()
        };
        spans.push(Span::styled(text, style));
        spans.push(Span::raw(" "));
    }
    Line::from(spans)
}
