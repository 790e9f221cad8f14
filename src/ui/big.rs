//! Words and numbers in large letters, readable from the floor, at the largest size that fits.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};
use tui_big_text::{BigText, PixelSize};

/// The sizes tried, largest first: (size, columns per letter, rows).
const SIZES: [(PixelSize, u16, u16); 4] = [
    (PixelSize::Full, 8, 8),
    (PixelSize::HalfHeight, 8, 4),
    (PixelSize::Quadrant, 4, 4),
    (PixelSize::Octant, 4, 2),
];

fn pick(text: &str, width: u16, max_rows: u16) -> Option<(PixelSize, u16, u16)> {
    let letters = text.chars().count() as u16;
    SIZES
        .into_iter()
        .find(|&(_, columns, rows)| letters.saturating_mul(columns) <= width && rows <= max_rows)
}

/// Draws `text` centred in `area`, as large as fits; in plain bold letters when nothing does.
pub fn render(text: &str, style: Style, area: Rect, buf: &mut Buffer) {
    match pick(text, area.width, area.height) {
        Some((size, _, rows)) => {
            let top = area.y + (area.height - rows) / 2;
            let area = Rect::new(area.x, top, area.width, rows);
            BigText::builder()
                .pixel_size(size)
                .style(style)
                .lines(vec![Line::from(text.to_string())])
                .alignment(Alignment::Center)
                .build()
                .render(area, buf);
        }
        None => {
            let top = area.y + area.height.saturating_sub(1) / 2;
            let area = Rect::new(area.x, top, area.width, area.height.min(1));
            Paragraph::new(text.to_string())
                .style(style)
                .alignment(Alignment::Center)
                .render(area, buf);
        }
    }
}
