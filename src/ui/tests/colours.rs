//! Colour and emphasis, which the text snapshots cannot see: the zones in their colours, and with
//! `NO_COLOR` no colour at all but the same words and the same bold and reversed cells.

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier, Style};

use super::history::weeks_of_training;
use super::*;

impl Scene {
    /// Rows `rows` of the screen as text, each followed by its runs of cells that have a colour or
    /// an emphasis, as `  from–to style "text"`; unstyled cells are left out.
    fn draw_styled(&self, width: u16, height: u16, rows: std::ops::Range<u16>) -> String {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal
            .draw(|frame| frame.render_widget(&self.app, frame.area()))
            .unwrap();
        let buffer = terminal.backend().buffer();
        let mut text = String::new();
        for y in rows {
            let line: String = (0..width).map(|x| buffer[(x, y)].symbol()).collect();
            text.push_str(&format!("{:?}\n", line));
            for (from, to, style) in runs(buffer, y) {
                let cells: String = (from..to).map(|x| buffer[(x, y)].symbol()).collect();
                text.push_str(&format!("  {from}–{to} {} {cells:?}\n", described(style)));
            }
        }
        text
    }
}

/// The runs of cells of row `y` that share one style other than the plain one.
fn runs(buffer: &Buffer, y: u16) -> Vec<(u16, u16, Style)> {
    let mut runs: Vec<(u16, u16, Style)> = Vec::new();
    for x in 0..buffer.area.width {
        let style = buffer[(x, y)].style();
        if style.fg.is_none_or(|fg| fg == Color::Reset)
            && style.bg.is_none_or(|bg| bg == Color::Reset)
            && style.add_modifier.is_empty()
        {
            continue;
        }
        match runs.last_mut() {
            Some((_, to, last)) if *to == x && *last == style => *to = x + 1,
            _ => runs.push((x, x + 1, style)),
        }
    }
    runs
}

fn described(style: Style) -> String {
    let mut words = Vec::new();
    if let Some(fg) = style.fg.filter(|fg| *fg != Color::Reset) {
        words.push(format!("{fg:?}"));
    }
    if let Some(bg) = style.bg.filter(|bg| *bg != Color::Reset) {
        words.push(format!("on {bg:?}"));
    }
    for (modifier, word) in [
        (Modifier::BOLD, "bold"),
        (Modifier::DIM, "dim"),
        (Modifier::ITALIC, "italic"),
        (Modifier::UNDERLINED, "underlined"),
        (Modifier::REVERSED, "reversed"),
    ] {
        if style.add_modifier.contains(modifier) {
            words.push(word.to_string());
        }
    }
    words.join(" ")
}

/// The history screen of weeks of training, in colour (`colors`) or without.
fn weeks_of_history(colors: bool) -> Scene {
    let mut records = vec![Record::Screening(Screening {
        at: wall0() - SignedDuration::from_hours(24),
        clear: true,
        clinician: false,
    })];
    records.extend(weeks_of_training());
    let mut scene = Scene::new(Lang::En, records);
    scene.press(&[Action::OpenHistory]);
    scene.app.colors = colors;
    scene
}

/// The history list's rows, with each session's zone in its colour, and without colours.
#[test]
fn the_zone_column_is_green_amber_and_red_and_plain_without_colour() {
    assert_snapshot!(
        "history_list_colours_80x40",
        weeks_of_history(true).draw_styled(80, 40, 19..35)
    );
    assert_snapshot!(
        "history_list_no_color_80x40",
        weeks_of_history(false).draw_styled(80, 40, 19..35)
    );
}

/// The result of a red session, with colours and with `NO_COLOR`.
#[test]
fn the_result_of_a_red_session_in_colour_and_without() {
    let mut scene = red_result(Lang::En);
    scene.app.colors = true;
    assert_snapshot!("result_red_colours_80x24", scene.draw_styled(80, 24, 0..24));
    scene.app.colors = false;
    assert_snapshot!(
        "result_red_no_color_80x24",
        scene.draw_styled(80, 24, 0..24)
    );
}

/// The history chart: each session's mark of pain after in its zone's colour and shape, pain
/// before quiet, the level in its own colour; without colour the same shapes and words.
#[test]
fn the_chart_marks_zones_by_colour_and_shape_and_by_shape_alone_without_colour() {
    assert_snapshot!(
        "history_chart_colours_80x24",
        weeks_of_history(true).draw_styled(80, 24, 4..20)
    );
    assert_snapshot!(
        "history_chart_no_color_80x24",
        weeks_of_history(false).draw_styled(80, 24, 4..20)
    );
}
