//! The session screen: what to do now, large enough to read from the floor.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, LineGauge, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::{Theme, big};
use crate::app::{App, Training};
use ryg_core::program::{Exercise, Figure, Level};
use ryg_core::session::{Part, Status};
use ryg_core::words::tips::tip_for;
use ryg_core::words::{self, Lang, Tr, clock};

pub fn render(app: &App, training: &Training, theme: Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let status = training.session.status(training.seen);
    let Some(part) = status.part else {
        return;
    };
    let Some(planned) = training.session.plan().exercises.get(status.exercise) else {
        return;
    };
    let (exercise, level) = (&planned.exercise, &planned.level);
    let seconds = status.left.as_millis().div_ceil(1000).to_string();
    let [title, main, bars] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(2),
    ])
    .areas(area);
    heading(exercise, level, part, &status, lang, theme, title, buf);
    progress(&status, lang, theme, bars, buf);
    if status.paused {
        let [word, hint] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(2)]).areas(main);
        // The word alone: a number after it read like a count of pauses.
        big::render(words::BIG_PAUSED.get(lang), theme.warning(), word, buf);
        Paragraph::new(words::PAUSED_HINT.get(lang))
            .style(theme.warning())
            .centered()
            .wrap(Wrap { trim: true })
            .render(hint, buf);
        return;
    }
    match part {
        Part::Phase { phase, kind, .. } => {
            let word = level
                .tempo
                .get(phase)
                .map_or("", |p| p.word(lang))
                .to_uppercase();
            let style = theme.phase(Some(kind));
            let [word_area, number_area] =
                Layout::vertical([Constraint::Fill(1), Constraint::Fill(1)]).areas(main);
            big::render(&word, style, word_area, buf);
            big::render(&seconds, style, number_area, buf);
        }
        Part::Prepare => get_ready(app, training, exercise, level, &seconds, theme, main, buf),
        Part::Rest { after_set } => {
            let [word, next, tip] = Layout::vertical([
                Constraint::Length(5),
                Constraint::Length(2),
                Constraint::Fill(1),
            ])
            .areas(main);
            let text = words::big_rest(lang, &seconds);
            big::render(&text, theme.phase(None), word, buf);
            let next_set = words::next_set(
                lang,
                after_set + 1,
                status.dose.sets,
                exercise.name_at(level).get(lang),
            );
            Paragraph::new(next_set).centered().render(next, buf);
            let rest = training.session.timeline().steps[..training.session.index()]
                .iter()
                .filter(|s| matches!(s.part, Part::Rest { .. }))
                .count();
            let seed = training.started.as_second().unsigned_abs();
            let block = Block::new().borders(Borders::TOP).title(Line::styled(
                format!("{} ", words::GOOD_TO_KNOW.get(lang)),
                theme.strong(),
            ));
            Paragraph::new(tip_for(rest, seed).get(lang))
                .block(block)
                .wrap(Wrap { trim: true })
                .render(tip, buf);
        }
        Part::Switch { .. } => {
            let [word, next] =
                Layout::vertical([Constraint::Fill(1), Constraint::Length(2)]).areas(main);
            let text = words::big_switch(lang, &seconds);
            big::render(&text, theme.phase(None), word, buf);
            Paragraph::new(words::SWITCH_TO_RIGHT.get(lang))
                .style(theme.strong())
                .centered()
                .render(next, buf);
        }
    }
}

/// The exercise's name, and where in it the session is: set, rep and side.
#[allow(clippy::too_many_arguments)]
fn heading(
    exercise: &Exercise,
    level: &Level,
    part: Part,
    status: &Status,
    lang: Lang,
    theme: Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let name = exercise.name_at(level).get(lang);
    let mut place = Vec::new();
    if let Part::Phase { set, rep, side, .. } = part {
        place.push(words::set_n_of(lang, set, status.dose.sets));
        place.push(words::rep_n_of(lang, rep, status.dose.reps));
        if let Some(side) = side {
            place.push(exercise.side_name(side, lang).to_uppercase());
        }
    }
    Paragraph::new(vec![
        Line::styled(name, theme.title()),
        Line::styled(place.join(" · "), theme.strong()),
    ])
    .render(area, buf);
}

/// A bar's done and to-do parts differ in shape, not only in colour.
const FILLED: &str = "█";
const UNFILLED: &str = "░";

/// A bar for the set and one for the whole session, with the time left.
fn progress(status: &Status, lang: Lang, theme: Theme, area: Rect, buf: &mut Buffer) {
    let [set, session] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(area);
    let label_width = [words::SET_WORD.get(lang), words::WHOLE_SESSION.get(lang)]
        .iter()
        .map(|w| w.width())
        .max()
        .unwrap_or(0);
    let label = |word: &str| format!("{word:<label_width$} ");
    LineGauge::default()
        .ratio(status.set_progress.clamp(0.0, 1.0))
        .label(label(words::SET_WORD.get(lang)))
        .filled_symbol(FILLED)
        .unfilled_symbol(UNFILLED)
        .filled_style(theme.bar())
        .render(set, buf);
    let left = format!(
        " {}",
        words::time_left(lang, &clock(status.session_left.as_secs()))
    );
    let [gauge, time] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(left.width() as u16)])
            .areas(session);
    LineGauge::default()
        .ratio(status.session_progress.clamp(0.0, 1.0))
        .label(label(words::WHOLE_SESSION.get(lang)))
        .filled_symbol(FILLED)
        .unfilled_symbol(UNFILLED)
        .filled_style(theme.bar())
        .render(gauge, buf);
    Paragraph::new(left).render(time, buf);
}

/// Get ready: the countdown, what the exercise is for, how to do it, its figure, and what follows.
/// The steps must never be cut: when room is short the figure goes first (both poses, then one),
/// then the purpose line, and the countdown gets smaller.
#[allow(clippy::too_many_arguments)]
fn get_ready(
    app: &App,
    training: &Training,
    exercise: &Exercise,
    level: &Level,
    seconds: &str,
    theme: Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let lang = app.lang;
    let steps: Vec<String> = exercise
        .steps_at(level)
        .iter()
        .map(|step| step.get(lang).to_string())
        .collect();
    // With a figure, both poses one above the other when they fit; else one at a time, turning
    // with each second of the countdown, which shows the movement.
    let second: u64 = seconds.parse().unwrap_or(0);
    let pose = if second.is_multiple_of(2) {
        words::START_POSE
    } else {
        words::END_POSE
    };
    let figures: Vec<Vec<Line>> = match &exercise.figure {
        Some(figure) => vec![
            figure_lines(figure, &[words::START_POSE, words::END_POSE], lang, theme),
            figure_lines(figure, &[pose], lang, theme),
            Vec::new(),
        ],
        None => vec![Vec::new()],
    };
    let arrangements = [(4, 2), (2, 0)]
        .into_iter()
        .flat_map(|(word_rows, about_rows)| {
            figures
                .iter()
                .map(move |figure| (word_rows, about_rows, figure))
        });
    let mut chosen = None;
    for (word_rows, about_rows, figure) in arrangements {
        let [_, _, body, _] = ready_areas(area, word_rows, about_rows);
        let figure_width = figure
            .iter()
            .map(Line::width)
            .max()
            .map_or(0, |w| w as u16 + 2);
        let steps_area = Rect {
            width: body.width.saturating_sub(figure_width),
            ..body
        };
        let figure_fits = figure.len() as u16 <= body.height;
        let lines = numbered(&steps, steps_area.width);
        if figure_fits && steps_area.width >= 30 && super::fits(&lines, steps_area) {
            chosen = Some((word_rows, about_rows, figure.clone(), figure_width));
            break;
        }
    }
    let (word_rows, about_rows, figure, figure_width) = chosen.unwrap_or((2, 0, Vec::new(), 0));
    let [word, about, body, next] = ready_areas(area, word_rows, about_rows);
    let text = words::big_get_ready(lang, seconds);
    big::render(&text, theme.phase(None), word, buf);
    Paragraph::new(exercise.purpose.get(lang))
        .style(theme.quiet())
        .wrap(Wrap { trim: true })
        .render(about, buf);
    let [steps_area, figure_area] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(figure_width)]).areas(body);
    // Not trimmed: the hanging indent is made of leading spaces.
    Paragraph::new(numbered(&steps, steps_area.width))
        .wrap(Wrap { trim: false })
        .render(steps_area, buf);
    let figure_area = Rect {
        x: figure_area.x + figure_area.width.min(3),
        width: figure_area.width.saturating_sub(3),
        ..figure_area
    };
    Paragraph::new(figure).render(figure_area, buf);
    let following = training
        .session
        .plan()
        .exercises
        .get(training.session.step().exercise + 1)
        .map_or(words::THEN_PAIN.get(lang), |next| next.name().get(lang));
    Paragraph::new(Line::from(vec![
        Span::styled(format!("{}: ", words::AFTER_THIS.get(lang)), theme.quiet()),
        Span::raw(following),
    ]))
    .render(next, buf);
}

/// The steps as a numbered list wrapped at `width`, each step's later lines hanging under its
/// text rather than under its number, so that where a step begins stands out.
fn numbered(steps: &[String], width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width);
    let mut lines = Vec::new();
    for (index, step) in steps.iter().enumerate() {
        let number = format!("{}. ", index + 1);
        let indent = " ".repeat(number.width());
        let mut line = number;
        let mut empty = true;
        for word in step.split_whitespace() {
            // A word wider than the line goes on a line of its own, and the wrap cuts it there.
            if !empty && line.width() + 1 + word.width() > width {
                lines.push(Line::raw(std::mem::replace(&mut line, indent.clone())));
                empty = true;
            }
            if !empty {
                line.push(' ');
            }
            line.push_str(word);
            empty = false;
        }
        lines.push(Line::raw(line));
    }
    lines
}

/// The get-ready screen's parts: countdown, purpose, steps and figure, what follows.
fn ready_areas(area: Rect, word_rows: u16, about_rows: u16) -> [Rect; 4] {
    Layout::vertical([
        Constraint::Length(word_rows),
        Constraint::Length(about_rows),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area)
}

/// The poses asked for, one above the other, each under its label.
fn figure_lines(figure: &Figure, poses: &[Tr], lang: Lang, theme: Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for pose in poses {
        let drawing = if *pose == words::START_POSE {
            &figure.start
        } else {
            &figure.end
        };
        lines.push(Line::styled(pose.get(lang).to_string(), theme.quiet()));
        lines.extend(
            Figure::lines(drawing)
                .into_iter()
                .map(|l| Line::raw(l.to_string())),
        );
    }
    lines
}
