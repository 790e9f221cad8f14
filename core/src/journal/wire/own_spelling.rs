//! A quick reading of a line spelled exactly as ryg itself writes it (`Record::to_line`), so that a
//! long history is not read one character at a time by the general RON parser. A line spelled in
//! any other way, be it by a single blank, goes to that parser, which stays the authority on what
//! a line means and on why one cannot be read.

use std::borrow::Cow;

use super::{Line, MorningLine};

/// The line, when it is spelled exactly as ryg writes it; `None` leaves it to the RON parser.
pub(super) fn read(line: &str) -> Option<Line<'_>> {
    let mut rest = Rest(line);
    let read = if rest.word("Screening(at: ") {
        Line::Screening {
            at: rest.time()?,
            clear: rest.after(", clear: ")?.boolean()?,
        }
    } else if rest.word("Session(started: ") {
        Line::Session {
            started: rest.time()?,
            finished: rest.after(", finished: ")?.time()?,
            program: rest.after(", program: ")?.text()?,
            level: rest.after(", level: ")?.number()?,
            completed: rest.after(", completed: ")?.boolean()?,
            reps_done: rest.after(", reps_done: ")?.number()?,
            reps_planned: rest.after(", reps_planned: ")?.number()?,
            pain_before: rest.after(", pain_before: ")?.number()?,
            pain_after: rest.after(", pain_after: ")?.pain_after()?,
        }
    } else if rest.word("FollowUp(session: ") {
        Line::FollowUp {
            session: rest.time()?,
            morning: rest.after(", morning: ")?.morning()?,
        }
    } else {
        return None;
    };
    let ends_here = rest.word(")") && rest.0.is_empty();
    ends_here.then_some(read)
}

/// What is left of the line to read.
struct Rest<'a>(&'a str);

/// The shape of a time as ryg writes it: UTC, to the second; `0` stands for any digit.
const TIME_SHAPE: &[u8; 20] = b"0000-00-00T00:00:00Z";

impl<'a> Rest<'a> {
    /// Steps over `word` if the line goes on with it, and says whether it did.
    fn word(&mut self, word: &str) -> bool {
        match self.0.strip_prefix(word) {
            Some(rest) => {
                self.0 = rest;
                true
            }
            None => false,
        }
    }

    /// Steps over `word`, which must come next, to read the value after it.
    fn after(&mut self, word: &str) -> Option<&mut Self> {
        self.word(word).then_some(self)
    }

    /// A quoted time in the shape ryg writes, kept as text like the parser keeps it.
    fn time(&mut self) -> Option<Cow<'a, str>> {
        let time = self.text()?;
        let shaped = time.len() == TIME_SHAPE.len()
            && time.bytes().zip(TIME_SHAPE).all(|(byte, &shape)| {
                if shape == b'0' {
                    byte.is_ascii_digit()
                } else {
                    byte == shape
                }
            });
        shaped.then_some(time)
    }

    /// A quoted text that the parser would take as it stands: no escapes, no control characters.
    fn text(&mut self) -> Option<Cow<'a, str>> {
        let inside = self.0.strip_prefix('"')?;
        let end = inside.find(|c: char| c == '"' || c == '\\' || c.is_control())?;
        let (text, after) = inside.split_at(end);
        self.0 = after.strip_prefix('"')?;
        Some(Cow::Borrowed(text))
    }

    /// A whole number as ryg writes it: plain digits, without a sign, a leading zero or `_`,
    /// and few enough of them that the number always fits.
    fn number(&mut self) -> Option<i64> {
        let digits = self.0.bytes().take_while(u8::is_ascii_digit).count();
        let (number, after) = self.0.split_at(digits);
        if !(1..=18).contains(&digits) || (digits > 1 && number.starts_with('0')) {
            return None;
        }
        self.0 = after;
        number.parse().ok()
    }

    fn boolean(&mut self) -> Option<bool> {
        if self.word("true") {
            Some(true)
        } else if self.word("false") {
            Some(false)
        } else {
            None
        }
    }

    /// `Some(N)`, or `None` when the question was not reached.
    fn pain_after(&mut self) -> Option<Option<i64>> {
        if self.word("None") {
            return Some(None);
        }
        let pain = self.after("Some(")?.number()?;
        self.word(")").then_some(Some(pain))
    }

    fn morning(&mut self) -> Option<MorningLine> {
        if self.word("Better") {
            Some(MorningLine::Better)
        } else if self.word("Same") {
            Some(MorningLine::Same)
        } else if self.word("Worse") {
            Some(MorningLine::Worse)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{parse_line, read_with_ron};
    use super::*;
    use crate::journal::{FollowUp, Morning, Record, Screening, SessionRecord};

    fn ron(line: &str) -> Option<Line<'_>> {
        ron::from_str(line).ok()
    }

    /// Records of every kind with a wide spread of values, written by ryg itself.
    fn written_lines() -> Vec<String> {
        let times = [
            "2026-11-20T08:00:00Z",
            "1100-01-01T08:00:00Z",
            "1970-01-01T00:00:00Z",
            "9999-12-30T12:00:00Z",
        ];
        let programs = [
            "lower-back",
            "gentle-start",
            "ryg-øvelser",
            "two words",
            "comma,and;semicolon",
            "(brackets) [and] {braces}",
            "slash/and#hash//",
            "日本語",
            "",
        ];
        let mut records = Vec::new();
        for (index, time) in times.iter().enumerate() {
            let at: jiff::Timestamp = time.parse().unwrap();
            records.push(Record::Screening(Screening {
                at,
                clear: index % 2 == 0,
            }));
            for morning in [Morning::Better, Morning::Same, Morning::Worse] {
                records.push(Record::FollowUp(FollowUp {
                    session: at,
                    morning,
                }));
            }
            for (n, program) in programs.iter().enumerate() {
                for pain_before in 0..=10u8 {
                    let pain_afters = [None, Some(0), Some(pain_before), Some(10)];
                    for (m, pain_after) in pain_afters.into_iter().enumerate() {
                        records.push(Record::Session(SessionRecord {
                            started: at,
                            finished: at,
                            program: program.to_string(),
                            level: [1, 2, 9, 10, 123, u32::MAX][(n + m) % 6],
                            completed: (n + m) % 2 == 0,
                            reps_done: [0, 7, 96, u32::MAX][m],
                            reps_planned: [0, 10, 96, 4_000_000][(n + index) % 4],
                            pain_before,
                            pain_after,
                        }));
                    }
                }
            }
        }
        records.iter().map(|r| r.to_line().unwrap()).collect()
    }

    /// Lines ryg writes, changed in every small way: each character left out, doubled, or
    /// replaced by one that means something to RON.
    fn changed_lines() -> Vec<String> {
        let samples = [
            r#"Screening(at: "2026-11-20T07:58:12Z", clear: true)"#,
            r#"Session(started: "2026-11-20T08:00:00Z", finished: "2026-11-20T08:17:40Z", program: "lower-back", level: 2, completed: true, reps_done: 96, reps_planned: 96, pain_before: 3, pain_after: Some(4))"#,
            r#"Session(started: "2026-11-20T08:00:00Z", finished: "2026-11-20T08:17:40Z", program: "p", level: 10, completed: false, reps_done: 0, reps_planned: 10, pain_before: 10, pain_after: None)"#,
            r#"FollowUp(session: "2026-11-20T08:00:00Z", morning: Worse)"#,
        ];
        let replacements = [
            ' ', '\t', '"', '\\', '0', '9', '_', 'x', ',', ':', '(', ')', '/', 'ø',
        ];
        let mut lines = Vec::new();
        for sample in samples {
            let chars: Vec<char> = sample.chars().collect();
            for at in 0..=chars.len() {
                let (before, after) = chars.split_at(at);
                let joined = |middle: &[char]| -> String {
                    before.iter().chain(middle).chain(after).collect()
                };
                lines.push(before.iter().collect());
                for &c in &replacements {
                    lines.push(joined(&[c]));
                }
                if let Some((_, rest)) = after.split_first() {
                    lines.push(before.iter().chain(rest).collect());
                    for &c in &replacements {
                        lines.push(before.iter().chain([&c]).chain(rest).collect());
                    }
                }
            }
        }
        lines
    }

    #[test]
    fn every_line_ryg_writes_is_read_as_the_parser_reads_it() {
        let lines = written_lines();
        assert!(lines.len() > 1500, "{}", lines.len());
        for line in &lines {
            let quick = read(line);
            assert!(quick.is_some(), "not read quickly: {line}");
            assert_eq!(quick, ron(line), "{line}");
            assert_eq!(parse_line(line), read_with_ron(line), "{line}");
        }
    }

    #[test]
    fn where_a_changed_line_is_read_it_is_read_as_the_parser_reads_it() {
        let lines = changed_lines();
        let mut read_quickly = 0;
        for line in &lines {
            if let Some(quick) = read(line) {
                read_quickly += 1;
                assert_eq!(Some(quick), ron(line), "{line}");
            }
            assert_eq!(parse_line(line), read_with_ron(line), "{line}");
        }
        // Digits changed into other digits are still ryg's spelling; nearly nothing else is.
        assert!(
            read_quickly > 50 && read_quickly < lines.len() / 5,
            "{read_quickly}"
        );
    }

    #[test]
    fn every_other_spelling_is_left_to_the_parser() {
        let session = r#"Session(started: "2026-11-20T08:00:00Z", finished: "2026-11-20T08:17:40Z", program: "lower-back", level: 2, completed: true, reps_done: 96, reps_planned: 96, pain_before: 3, pain_after: Some(4))"#;
        let screening = r#"Screening(at: "2026-11-20T07:58:12Z", clear: true)"#;
        let changed = |from: &str, to: &str| session.replacen(from, to, 1);
        let cases = [
            // Unknown and reordered fields.
            changed(")", ", note: \"x\")"),
            changed("Session(", "Session(note: 1, "),
            screening
                .replace(", clear: true", "")
                .replace("(at", "(clear: true, at"),
            changed("level: 2, completed: true", "completed: true, level: 2"),
            changed(", pain_after: Some(4)", ""),
            // Escapes in the program's id, as ryg itself writes some ids.
            changed("lower-back", r#"odd\nname"#),
            changed("lower-back", r#"say \"hi\""#),
            changed("lower-back", r"\u{e6}"),
            changed("lower-back", "tab\there"),
            changed(r#""lower-back""#, r##"r#"lower-back"#"##),
            // Times other than UTC to the second.
            changed("08:00:00Z", "08:00:00.5Z"),
            changed("08:17:40Z", "08:17:40.000Z"),
            changed("08:00:00Z", "09:00:00+01:00"),
            changed("08:00:00Z", "08:00:00z"),
            changed("2026-11-20T08:00:00Z", "+12026-11-20T08:00:00Z"),
            changed("2026-11-20T08:00:00Z", "2026-11-20 08:00:00Z"),
            // Blanks and line ends.
            format!(" {session}"),
            format!("{session} "),
            format!("{session}\r"),
            changed(": 2", ":2"),
            changed(": 2", ":  2"),
            changed(", level", " , level"),
            changed(", level", ",level"),
            changed("Session(", "Session ("),
            changed("Some(4)", "Some( 4 )"),
            changed("Some(4))", "Some(4) )"),
            changed("Some(4))", "Some(4),)"),
            changed(", ", ",\t"),
            // Numbers, words and kinds spelled another way.
            changed(": 96", ": 0x60"),
            changed(": 96", ": 9_6"),
            changed(": 96", ": +96"),
            changed(": 96", ": 096"),
            changed(": 96", ": 96.0"),
            changed(": 96", ": 1234567890123456789"),
            changed("Some(4)", "4"),
            changed("true", "True"),
            changed("Session", "r#Session"),
            changed("Session", "session"),
            changed("level", "r#level"),
            format!("{session} // a note"),
            changed(", level", " /* a note */, level"),
            format!("#![enable(implicit_some)] {session}"),
            r#"FollowUp(session: "2026-11-20T08:00:00Z", morning: worse)"#.to_string(),
            r#"FollowUp(session: "2026-11-20T08:00:00Z", morning: Worse, morning: Same)"#
                .to_string(),
            "Weight(kg: 80)".to_string(),
        ];
        for line in &cases {
            assert_eq!(read(line), None, "{line}");
            assert_eq!(parse_line(line), read_with_ron(line), "{line}");
        }
        // A line cut short anywhere is not ryg's spelling either.
        for cut in 0..session.len() {
            assert_eq!(read(&session[..cut]), None, "{}", &session[..cut]);
        }
    }

    #[test]
    fn values_out_of_range_get_the_parsers_reason() {
        let session = r#"Session(started: "2026-11-20T08:00:00Z", finished: "2026-11-20T08:17:40Z", program: "p", level: 0, completed: true, reps_done: 96, reps_planned: 96, pain_before: 11, pain_after: Some(4))"#;
        let screening = r#"Screening(at: "2026-13-40T08:00:00Z", clear: true)"#;
        for line in [session, screening] {
            assert!(read(line).is_some(), "{line}");
            assert!(parse_line(line).is_err(), "{line}");
            assert_eq!(parse_line(line), read_with_ron(line), "{line}");
        }
    }
}
