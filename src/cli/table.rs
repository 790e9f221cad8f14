//! Aligned plain-text tables for the terminal.

use std::borrow::Cow;

use ryg_core::visible::visible;
use unicode_width::UnicodeWidthStr;

/// How a column lines up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// A table with a heading row; columns are as wide as their widest cell, measured in the
/// terminal's columns: a wide character (most CJK, many emoji) takes two, a combining accent none.
pub struct Table {
    aligns: Vec<Align>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(headings: &[(&str, Align)]) -> Table {
        Table {
            aligns: headings.iter().map(|(_, align)| *align).collect(),
            rows: vec![headings.iter().map(|(h, _)| h.to_string()).collect()],
        }
    }

    /// A row; a cell's control characters are shown, not sent to the terminal (cells hold
    /// titles, ids and names from files), and count in its width as shown.
    pub fn row(&mut self, cells: Vec<String>) {
        let shown = cells.into_iter().map(|cell| match visible(&cell) {
            Cow::Borrowed(_) => cell,
            Cow::Owned(shown) => shown,
        });
        self.rows.push(shown.collect());
    }

    /// The table as lines, two spaces between columns, no trailing spaces.
    pub fn render(&self) -> String {
        let width = |column: usize| {
            self.rows
                .iter()
                .filter_map(|row| row.get(column))
                .map(|cell| cell.width())
                .max()
                .unwrap_or(0)
        };
        let widths: Vec<usize> = (0..self.aligns.len()).map(width).collect();
        let mut text = String::new();
        for row in &self.rows {
            let mut line = String::new();
            for (column, cell) in row.iter().enumerate() {
                let pad = widths[column].saturating_sub(cell.width());
                if column > 0 {
                    line.push_str("  ");
                }
                match self.aligns[column] {
                    Align::Left => {
                        line.push_str(cell);
                        line.push_str(&" ".repeat(pad));
                    }
                    Align::Right => {
                        line.push_str(&" ".repeat(pad));
                        line.push_str(cell);
                    }
                }
            }
            text.push_str(line.trim_end());
            text.push('\n');
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_line_up_by_characters_not_bytes() {
        let mut table = Table::new(&[("NAME", Align::Left), ("N", Align::Right)]);
        table.row(vec!["bækken".into(), "2".into()]);
        table.row(vec!["ab".into(), "10".into()]);
        assert_eq!(table.render(), "NAME     N\nbækken   2\nab      10\n");
    }

    #[test]
    fn columns_line_up_by_the_columns_a_terminal_gives_each_character() {
        let mut table = Table::new(&[("NAME", Align::Left), ("N", Align::Right)]);
        // Four wide characters take eight columns; "o" with a combining acute takes one.
        table.row(vec!["腰痛体操".into(), "2".into()]);
        table.row(vec!["bro\u{301}".into(), "10".into()]);
        assert_eq!(
            table.render(),
            "NAME       N\n腰痛体操   2\nbro\u{301}       10\n"
        );
    }

    #[test]
    fn a_cell_with_a_control_character_is_shown_and_lined_up_as_shown() {
        let mut table = Table::new(&[("NAME", Align::Left), ("N", Align::Right)]);
        table.row(vec!["a\u{1b}]0;x\u{7}".into(), "2".into()]);
        table.row(vec!["ab".into(), "10".into()]);
        let text = table.render();
        assert_eq!(
            text,
            "NAME               N\na\\u{1b}]0;x\\u{7}   2\nab                10\n"
        );
    }
}
