//! Programs as the screen shows them: every text with its control characters made visible.

use crate::visible::visible;

use super::{Catalog, Program, Text};

impl Catalog {
    /// The catalog with each program's texts as [`Program::shown`] makes them. Problems keep their
    /// facts; they are made visible when they are put into words.
    pub fn shown(mut self) -> Catalog {
        for entry in &mut self.entries {
            entry.program.show();
        }
        self
    }
}

impl Program {
    /// Writes out every control character of every text (title, summary, names, purposes, steps,
    /// variants, phase labels, figures) as [`visible`] does, so that the screen shows what a
    /// command of ryg prints. Ids are left alone: they are checked to be plain when loaded, and
    /// the history is matched by them.
    fn show(&mut self) {
        self.title.show();
        self.summary.iter_mut().for_each(Text::show);
        for exercise in &mut self.exercises {
            exercise.name.show();
            exercise.purpose.show();
            exercise.steps.iter_mut().for_each(Text::show);
            if let Some((left, right)) = &mut exercise.side_words {
                left.show();
                right.show();
            }
            if let Some(figure) = &mut exercise.figure {
                figure.start = drawing(&figure.start);
                figure.end = drawing(&figure.end);
            }
            for level in &mut exercise.levels {
                level.variant.iter_mut().for_each(Text::show);
                level.steps.iter_mut().flatten().for_each(Text::show);
                for phase in &mut level.tempo {
                    phase.label.iter_mut().for_each(Text::show);
                }
            }
        }
    }
}

impl Text {
    fn show(&mut self) {
        self.map(|text| visible(text).into_owned());
    }
}

/// A figure's drawing, its lines kept as lines (see [`Figure::lines`]), each made visible.
fn drawing(drawing: &str) -> String {
    drawing
        .split('\n')
        .map(|line| visible(line.strip_suffix('\r').unwrap_or(line)).into_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::Figure;
    use crate::program::{Origin, ProgramEntry, load_str};
    use crate::session::SessionLength;
    use crate::words::Lang;

    #[test]
    fn every_text_of_a_program_is_shown_and_its_id_and_numbers_are_kept() {
        let source = r#"Program(id: "odd", title: {"en": "T\u{1b}", "da": "D\u{9b}"},
            summary: "S\u{7}", exercises: [Exercise(id: "e", name: "N\u{1b}", purpose: "P\u{1b}",
            steps: ["1\u{1b}"], figure: Figure(start: "\n o\u{1b}\n/|", end: "x"),
            levels: [Level(variant: "V\u{1b}", steps: ["2\u{1b}"], sets: 1, reps: 2,
            rest_secs: 0, tempo: [Phase(kind: Move, secs: 1, label: "L\u{1b}")])])])"#;
        let program = load_str(source, "odd.ron").program.unwrap();
        let catalog = Catalog {
            entries: vec![ProgramEntry::new(program.clone(), Origin::BuiltIn)],
            problems: Vec::new(),
        };
        let shown = &catalog.shown().entries[0].program;
        let exercise = &shown.exercises[0];
        let level = &exercise.levels[0];
        let texts = [
            shown.title.get(Lang::En),
            shown.title.get(Lang::Da),
            shown.summary.as_ref().unwrap().get(Lang::En),
            exercise.name.get(Lang::En),
            exercise.purpose.get(Lang::En),
            exercise.steps[0].get(Lang::En),
            level.variant.as_ref().unwrap().get(Lang::En),
            level.steps.as_ref().unwrap()[0].get(Lang::En),
            level.tempo[0].word(Lang::En),
        ];
        assert_eq!(
            texts,
            [
                r"T\u{1b}", r"D\u{9b}", r"S\u{7}", r"N\u{1b}", r"P\u{1b}", r"1\u{1b}", r"V\u{1b}",
                r"2\u{1b}", r"L\u{1b}"
            ]
        );
        let figure = exercise.figure.as_ref().unwrap();
        assert_eq!(Figure::lines(&figure.start), [r" o\u{1b}", "/|"]);
        assert_eq!((shown.id.as_str(), shown.levels()), ("odd", 1));
        assert_eq!(SessionLength::of(shown, 1), SessionLength::of(&program, 1));
    }

    #[test]
    fn a_drawing_keeps_its_lines() {
        assert_eq!(drawing("\n o\u{1b}\r\n/|\\\n"), "\n o\\u{1b}\n/|\\\n");
        let figure = "\n  o\n /|\\\n";
        assert_eq!(Figure::lines(&drawing(figure)), Figure::lines(figure));
    }
}
