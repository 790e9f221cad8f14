//! Where each value of a RON file stands, so that a problem found after parsing can name its line
//! and column.
//!
//! `ron` reports positions for syntax and type errors only; the rules of docs/program-format.md are
//! checked on the parsed program, so this small scanner finds the value a rule is about by its path
//! (`exercises[2].levels[1].reps`). It runs on files `ron` has already accepted, but it never
//! panics on any input: whatever it cannot make sense of is simply not located.

use std::iter::Peekable;
use std::str::CharIndices;

/// A line and column, both from 1, as editors count them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub col: usize,
}

/// One step of a path to a value: a named field or an item of a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathStep {
    Field(&'static str),
    Item(usize),
}

/// The positions of the values of one RON document.
#[derive(Debug)]
pub struct SourceMap {
    root: Option<Node>,
}

#[derive(Debug)]
struct Node {
    at: Position,
    /// Named fields of a struct or entries of a map, by name or key.
    fields: Vec<(String, Node)>,
    /// Items of a list or of a tuple.
    items: Vec<Node>,
}

impl SourceMap {
    pub fn new(source: &str) -> SourceMap {
        let mut scanner = Scanner::new(source);
        SourceMap {
            root: scanner.value(0),
        }
    }

    /// The position of the value at `path`, or of the nearest enclosing value that exists
    /// (a field left out for its default is located at the struct that lacks it).
    pub fn locate(&self, path: &[PathStep]) -> Option<Position> {
        let mut node = self.root.as_ref()?;
        for step in path {
            let next = match step {
                PathStep::Field(name) => node
                    .fields
                    .iter()
                    .find(|(field, _)| field == name)
                    .map(|(_, value)| value),
                PathStep::Item(index) => node.items.get(*index),
            };
            match next {
                Some(next) => node = next,
                None => break,
            }
        }
        Some(node.at)
    }
}

/// Deeper than any program file needs; stops a hostile file from overflowing the stack.
const MAX_DEPTH: usize = 64;

struct Scanner<'a> {
    source: &'a str,
    chars: Peekable<CharIndices<'a>>,
    line: usize,
    col: usize,
}

impl<'a> Scanner<'a> {
    fn new(source: &'a str) -> Self {
        Scanner {
            source,
            chars: source.char_indices().peekable(),
            line: 1,
            col: 1,
        }
    }

    fn position(&self) -> Position {
        Position {
            line: self.line,
            col: self.col,
        }
    }

    fn peek(&mut self) -> Option<char> {
        self.chars.peek().map(|&(_, c)| c)
    }

    fn rest(&mut self) -> &'a str {
        match self.chars.peek() {
            Some(&(at, _)) => &self.source[at..],
            None => "",
        }
    }

    fn bump(&mut self) -> Option<char> {
        let (_, c) = self.chars.next()?;
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    /// Skips white space and comments (`// …` and nested `/* … */`).
    fn skip_blank(&mut self) {
        loop {
            match self.peek() {
                Some(c) if c.is_whitespace() => {
                    self.bump();
                }
                Some('/') if self.rest().starts_with("//") => {
                    while self.peek().is_some_and(|c| c != '\n') {
                        self.bump();
                    }
                }
                Some('/') if self.rest().starts_with("/*") => {
                    let mut depth = 0usize;
                    while let Some(c) = self.bump() {
                        if c == '/' && self.peek() == Some('*') {
                            self.bump();
                            depth += 1;
                        } else if c == '*' && self.peek() == Some('/') {
                            self.bump();
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                    }
                }
                _ => return,
            }
        }
    }

    fn value(&mut self, depth: usize) -> Option<Node> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_blank();
        let at = self.position();
        let leaf = |at| Node {
            at,
            fields: Vec::new(),
            items: Vec::new(),
        };
        match self.peek()? {
            '"' => {
                self.string();
                Some(leaf(at))
            }
            'r' if self.rest().starts_with("r\"") || self.rest().starts_with("r#") => {
                self.raw_string();
                Some(leaf(at))
            }
            '\'' => {
                self.bump();
                while let Some(c) = self.bump() {
                    match c {
                        '\\' => {
                            self.bump();
                        }
                        '\'' => break,
                        _ => {}
                    }
                }
                Some(leaf(at))
            }
            '[' => {
                self.bump();
                let items = self.items(']', depth);
                Some(Node {
                    at,
                    fields: Vec::new(),
                    items,
                })
            }
            '{' => {
                self.bump();
                let fields = self.entries(depth);
                Some(Node {
                    at,
                    fields,
                    items: Vec::new(),
                })
            }
            '(' => self.parenthesised(at, depth),
            c if c.is_alphanumeric() || matches!(c, '_' | '-' | '+' | '.') => {
                while self.peek().is_some_and(|c| {
                    c.is_alphanumeric() || matches!(c, '_' | '-' | '+' | '.' | '#')
                }) {
                    self.bump();
                }
                self.skip_blank();
                if self.peek() == Some('(') {
                    self.parenthesised(at, depth)
                } else {
                    Some(leaf(at))
                }
            }
            _ => None,
        }
    }

    /// `( … )` after an optional struct name: named fields or tuple items.
    fn parenthesised(&mut self, at: Position, depth: usize) -> Option<Node> {
        self.bump();
        self.skip_blank();
        let mut node = Node {
            at,
            fields: Vec::new(),
            items: Vec::new(),
        };
        if self.starts_named_field() {
            loop {
                self.skip_blank();
                match self.peek() {
                    Some(')') => {
                        self.bump();
                        break;
                    }
                    Some(',') => {
                        self.bump();
                    }
                    Some(_) => {
                        let name = self.identifier();
                        self.skip_blank();
                        if name.is_empty() || self.peek() != Some(':') {
                            break;
                        }
                        self.bump();
                        let Some(value) = self.value(depth + 1) else {
                            break;
                        };
                        node.fields.push((name, value));
                    }
                    None => break,
                }
            }
        } else {
            node.items = self.items(')', depth);
        }
        Some(node)
    }

    fn starts_named_field(&mut self) -> bool {
        let rest = self.rest();
        let name_len = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        name_len > 0
            && !rest.starts_with(|c: char| c.is_ascii_digit())
            && rest[name_len..].trim_start().starts_with(':')
    }

    fn identifier(&mut self) -> String {
        let mut name = String::new();
        while let Some(c) = self.peek().filter(|&c| c.is_alphanumeric() || c == '_') {
            name.push(c);
            self.bump();
        }
        name
    }

    fn items(&mut self, close: char, depth: usize) -> Vec<Node> {
        let mut items = Vec::new();
        loop {
            self.skip_blank();
            match self.peek() {
                Some(c) if c == close => {
                    self.bump();
                    break;
                }
                Some(',') => {
                    self.bump();
                }
                Some(_) => match self.value(depth + 1) {
                    Some(item) => items.push(item),
                    None => break,
                },
                None => break,
            }
        }
        items
    }

    fn entries(&mut self, depth: usize) -> Vec<(String, Node)> {
        let mut entries = Vec::new();
        loop {
            self.skip_blank();
            match self.peek() {
                Some('}') => {
                    self.bump();
                    break;
                }
                Some(',') => {
                    self.bump();
                }
                Some('"') => {
                    let key = self.string();
                    self.skip_blank();
                    if self.peek() != Some(':') {
                        break;
                    }
                    self.bump();
                    match self.value(depth + 1) {
                        Some(value) => entries.push((key, value)),
                        None => break,
                    }
                }
                _ => break,
            }
        }
        entries
    }

    /// A quoted string; returns its text with simple escapes undone (enough for map keys).
    fn string(&mut self) -> String {
        let mut text = String::new();
        self.bump();
        while let Some(c) = self.bump() {
            match c {
                '\\' => {
                    if let Some(escaped) = self.bump() {
                        text.push(escaped);
                    }
                }
                '"' => break,
                _ => text.push(c),
            }
        }
        text
    }

    fn raw_string(&mut self) {
        self.bump();
        let mut hashes = 0;
        while self.peek() == Some('#') {
            self.bump();
            hashes += 1;
        }
        if self.peek() != Some('"') {
            return;
        }
        self.bump();
        let closing = format!("\"{}", "#".repeat(hashes));
        while self.peek().is_some() {
            if self.rest().starts_with(&closing) {
                for _ in 0..closing.chars().count() {
                    self.bump();
                }
                return;
            }
            self.bump();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PathStep::*;

    const SOURCE: &str = r##"// a comment with a ( and a "
Program(
    id: "demo", /* block /* nested */ comment */
    title: {"en": "Demo", "da": "Demo"},
    exercises: [
        Exercise(
            id: "one",
            figure: Figure(start: r#"
  o ( "
"#, end: "x"),
            levels: [
                Level(sets: 2, reps: 10, tempo: [Phase(kind: Move, secs: 1.5)]),
                Level(
                    sets: 3,
                    reps: 0,
                ),
            ],
        ),
    ],
    note: Some(4),
)
"##;

    fn at(line: usize, col: usize) -> Option<Position> {
        Some(Position { line, col })
    }

    #[test]
    fn finds_fields_items_and_map_entries() {
        let map = SourceMap::new(SOURCE);
        assert_eq!(map.locate(&[]), at(2, 1));
        assert_eq!(map.locate(&[Field("id")]), at(3, 9));
        assert_eq!(map.locate(&[Field("title")]), at(4, 12));
        assert_eq!(map.locate(&[Field("exercises"), Item(0)]), at(6, 9));
        let reps = [
            Field("exercises"),
            Item(0),
            Field("levels"),
            Item(1),
            Field("reps"),
        ];
        assert_eq!(map.locate(&reps), at(15, 27));
        let secs = [
            Field("exercises"),
            Item(0),
            Field("levels"),
            Item(0),
            Field("tempo"),
            Item(0),
            Field("secs"),
        ];
        assert_eq!(map.locate(&secs), at(12, 74));
        assert_eq!(map.locate(&[Field("note")]), at(20, 11));
    }

    #[test]
    fn a_missing_field_is_located_at_its_struct() {
        let map = SourceMap::new(SOURCE);
        let rest = [
            Field("exercises"),
            Item(0),
            Field("levels"),
            Item(1),
            Field("rest_secs"),
        ];
        assert_eq!(map.locate(&rest), at(12 + 1, 17));
    }

    #[test]
    fn never_panics_on_broken_input() {
        for source in [
            "",
            "(",
            "Program(id:",
            "[1, 2",
            "{\"a\": ",
            "r#\"open",
            "/* open",
            "'",
            "é(ø: [",
            "(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((",
        ] {
            let map = SourceMap::new(source);
            let _ = map.locate(&[Field("id"), Item(3)]);
        }
    }
}
