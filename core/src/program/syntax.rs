//! Syntax errors in a program file, in the groups a person can act on; their words are in
//! `words::program_syntax`.

/// Syntax errors, in the groups a person can act on.
#[derive(Clone, Debug, PartialEq)]
pub enum Syntax {
    EndsTooEarly,
    MissingComma,
    UnexpectedChar(char),
    UnclosedString,
    UnclosedComment,
    Expected(Expected),
    TrailingText,
    NumberOutOfRange,
    Other(String),
}

/// What the parser expected to see.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Expected {
    WholeNumber,
    Number,
    Text,
    YesNo,
    List,
    ListEnd,
    Map,
    MapEnd,
    Colon,
    Parenthesis,
    ParenthesisEnd,
    Name,
}
