//! What went wrong when the RON parser refused a file, said in the user's words and placed where
//! the user has to look.

use ron::error::SpannedError;

use super::diagnostic::{Expected, Problem, Syntax};
use super::source_map::Position;
use super::text;

/// Where the parser stopped and what it could not accept there.
pub(super) fn parse_problem(source: &str, error: &SpannedError) -> (Position, Problem) {
    let at = Position {
        line: error.span.start.line.max(1),
        col: error.span.start.col.max(1),
    };
    if is_blank(source) {
        return (Position { line: 1, col: 1 }, Problem::EmptyFile);
    }
    // `sets: 2.5` stops the parser at the `.` with "expected a comma": the number is the problem.
    if let Some(number) = fraction_in_whole_number(source, at) {
        return (
            number,
            Problem::Syntax(Syntax::Expected(Expected::WholeNumber)),
        );
    }
    (at, problem_of(&error.code))
}

/// Only white space and comments.
fn is_blank(source: &str) -> bool {
    source.lines().all(|line| {
        let line = line.trim();
        line.is_empty() || line.starts_with("//")
    })
}

/// The start of a number like `2.5` or `1e3` whose digits end just before `at`, if there is one.
fn fraction_in_whole_number(source: &str, at: Position) -> Option<Position> {
    let line: Vec<char> = source.lines().nth(at.line - 1)?.chars().collect();
    let here = at.col.checked_sub(1)?;
    let digits_end = (0..=here.min(line.len()))
        .rev()
        .find(|&i| i < line.len() && matches!(line[i], '.' | 'e' | 'E'))?;
    if digits_end + 2 < here || digits_end == 0 || !line[digits_end - 1].is_ascii_digit() {
        return None;
    }
    let start = (0..digits_end)
        .rev()
        .take_while(|&i| line[i].is_ascii_digit() || line[i] == '-' || line[i] == '+')
        .last()?;
    Some(Position {
        line: at.line,
        col: start + 1,
    })
}

/// The parser's error code as a problem a person can act on.
fn problem_of(error: &ron::Error) -> Problem {
    use ron::Error as E;
    let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let syntax = match error {
        E::NoSuchStructField {
            expected, found, ..
        } => {
            return Problem::UnknownField {
                found: found.clone(),
                expected: names(expected),
            };
        }
        E::MissingStructField { field, .. } => {
            return Problem::MissingField {
                field: field.to_string(),
            };
        }
        E::DuplicateStructField { field, .. } => {
            return Problem::RepeatedField {
                field: field.to_string(),
            };
        }
        E::NoSuchEnumVariant {
            expected, found, ..
        } => {
            return Problem::UnknownChoice {
                found: found.clone(),
                expected: names(expected),
            };
        }
        E::ExpectedDifferentStructName { expected, found } => {
            return Problem::WrongStructName {
                expected: expected.to_string(),
                found: found.clone(),
            };
        }
        E::Eof => Syntax::EndsTooEarly,
        E::ExpectedComma => Syntax::MissingComma,
        E::UnexpectedChar(c) => Syntax::UnexpectedChar(*c),
        E::ExpectedStringEnd => Syntax::UnclosedString,
        E::UnclosedBlockComment => Syntax::UnclosedComment,
        E::TrailingCharacters => Syntax::TrailingText,
        E::IntegerOutOfBounds => Syntax::NumberOutOfRange,
        E::ExpectedInteger => Syntax::Expected(Expected::WholeNumber),
        E::ExpectedFloat => Syntax::Expected(Expected::Number),
        E::ExpectedString => Syntax::Expected(Expected::Text),
        E::ExpectedBoolean => Syntax::Expected(Expected::YesNo),
        E::ExpectedArray => Syntax::Expected(Expected::List),
        E::ExpectedArrayEnd => Syntax::Expected(Expected::ListEnd),
        E::ExpectedMap => Syntax::Expected(Expected::Map),
        E::ExpectedMapEnd => Syntax::Expected(Expected::MapEnd),
        E::ExpectedMapColon => Syntax::Expected(Expected::Colon),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            Syntax::Expected(Expected::Parenthesis)
        }
        E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => {
            Syntax::Expected(Expected::ParenthesisEnd)
        }
        E::ExpectedIdentifier => Syntax::Expected(Expected::Name),
        E::InvalidValueForType { expected, .. } if expected.contains("integer") => {
            Syntax::NumberOutOfRange
        }
        E::InvalidValueForType { expected, .. } if expected.starts_with(text::EXPECTING) => {
            Syntax::Expected(Expected::Text)
        }
        E::InvalidIntegerDigit { .. } => Syntax::Expected(Expected::WholeNumber),
        E::Message(message) => {
            if let Some(code) = message.strip_prefix(text::REPEATED_LANGUAGE) {
                return Problem::RepeatedLanguage {
                    code: code.to_string(),
                };
            }
            if message == text::EMPTY {
                return Problem::EmptyText;
            }
            Syntax::Other(message.clone())
        }
        other => Syntax::Other(other.to_string()),
    };
    Problem::Syntax(syntax)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(source: &str) -> (Position, Problem) {
        let options = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
        let error = options
            .from_str::<crate::program::Program>(source)
            .unwrap_err();
        parse_problem(source, &error)
    }

    const LEVEL: &str = r#"Program(id: "x", title: "X", exercises: [Exercise(id: "a", name: "A", purpose: "A", steps: [], levels: [Level(sets: SETS, reps: 1, rest_secs: 0, tempo: [Phase(kind: Move, secs: 1)])])])"#;

    #[test]
    fn a_fraction_where_a_whole_number_belongs_is_named_at_the_number() {
        for sets in ["2.5", "1e3", "12.0"] {
            let (at, found) = problem(&LEVEL.replace("SETS", sets));
            assert_eq!(
                found,
                Problem::Syntax(Syntax::Expected(Expected::WholeNumber)),
                "{sets}"
            );
            assert_eq!(at, Position { line: 1, col: 117 }, "{sets}");
        }
    }

    #[test]
    fn empty_files_say_so() {
        for source in ["", "  \n", "// nothing yet\n\n"] {
            assert_eq!(
                problem(source),
                (Position { line: 1, col: 1 }, Problem::EmptyFile)
            );
        }
    }

    #[test]
    fn text_mistakes_are_told_plainly() {
        let (_, found) = problem(r#"Program(id: "x", title: 12, exercises: [])"#);
        assert_eq!(found, Problem::Syntax(Syntax::Expected(Expected::Text)));
        let (_, found) =
            problem(r#"Program(id: "x", title: {"en": "a", "en": "b"}, exercises: [])"#);
        assert_eq!(
            found,
            Problem::RepeatedLanguage {
                code: "en".to_string()
            }
        );
        let (_, found) = problem(r#"Program(id: "x", title: {}, exercises: [])"#);
        assert_eq!(found, Problem::EmptyText);
    }
}
