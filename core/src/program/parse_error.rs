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
        return wrong_type(source, number, Expected::WholeNumber);
    }
    match problem_of(&error.code) {
        Problem::Syntax(Syntax::Expected(expected)) if is_a_value(expected) => {
            wrong_type(source, at, expected)
        }
        problem => (at, problem),
    }
}

/// What the parser expects in place of a value, as opposed to punctuation between values.
fn is_a_value(expected: Expected) -> bool {
    matches!(
        expected,
        Expected::WholeNumber
            | Expected::Number
            | Expected::Text
            | Expected::YesNo
            | Expected::List
    )
}

/// A value of the wrong kind, named by its field and shown as written (`sets: "two"`), placed at
/// the value itself. Falls back to the plain "expected …" when the value cannot be made out.
fn wrong_type(source: &str, at: Position, expected: Expected) -> (Position, Problem) {
    let Some(line) = source.lines().nth(at.line - 1) else {
        return (at, Problem::Syntax(Syntax::Expected(expected)));
    };
    let chars: Vec<char> = line.chars().collect();
    // The parser may stop just before the value, on the blank after the colon.
    let start = (at.col - 1..chars.len()).find(|&i| !chars[i].is_whitespace());
    let Some(found) = start.and_then(|start| value_at(&chars[start..])) else {
        return (at, Problem::Syntax(Syntax::Expected(expected)));
    };
    let start = start.unwrap_or(at.col - 1);
    let before: String = chars[..start].iter().collect();
    let field = before
        .trim_end()
        .strip_suffix(':')
        .map(|rest| {
            let rest = rest.trim_end();
            let name_start = rest
                .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
                .map_or(0, |i| i + 1);
            rest[name_start..].to_string()
        })
        .filter(|name| !name.is_empty());
    let position = Position {
        line: at.line,
        col: start + 1,
    };
    let problem = Problem::WrongType {
        field,
        found,
        expected,
    };
    (position, problem)
}

/// The value starting at the beginning of `chars` as written: a quoted text, a number or a word,
/// or the one bracket that opens a list, map or struct. Long values are cut short.
fn value_at(chars: &[char]) -> Option<String> {
    const LONGEST: usize = 40;
    let first = *chars.first()?;
    let end = if first == '"' {
        let mut escaped = false;
        let close = chars.iter().skip(1).position(|&c| {
            let closes = c == '"' && !escaped;
            escaped = c == '\\' && !escaped;
            closes
        });
        close.map_or(chars.len(), |close| close + 2)
    } else if first.is_alphanumeric() || matches!(first, '-' | '+' | '.' | '_') {
        chars
            .iter()
            .position(|&c| !(c.is_alphanumeric() || matches!(c, '-' | '+' | '.' | '_')))
            .unwrap_or(chars.len())
    } else if matches!(first, '[' | '{' | '(') {
        1
    } else {
        return None;
    };
    let value: String = chars[..end].iter().collect();
    if value.chars().count() > LONGEST {
        let cut: String = value.chars().take(LONGEST).collect();
        return Some(format!("{cut}…"));
    }
    Some(value)
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
                Problem::WrongType {
                    field: Some("sets".to_string()),
                    found: sets.to_string(),
                    expected: Expected::WholeNumber
                },
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
        let (at, found) = problem(r#"Program(id: "x", title: 12, exercises: [])"#);
        assert_eq!(at, Position { line: 1, col: 25 });
        assert_eq!(
            found,
            Problem::WrongType {
                field: Some("title".to_string()),
                found: "12".to_string(),
                expected: Expected::Text
            }
        );
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
