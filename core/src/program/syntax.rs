//! Syntax errors in a program file, in the groups a person can act on, and their words.

use crate::words::Lang;

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

impl Syntax {
    pub(super) fn describe(&self, lang: Lang) -> String {
        use Lang::*;
        let plain = |en: &str, da: &str, nb: &str| {
            match lang {
                En => en,
                Da => da,
                Nb => nb,
            }
            .to_string()
        };
        match self {
            Syntax::EndsTooEarly => plain(
                "the file ends too early; a closing bracket, parenthesis or quote may be missing",
                "filen slutter for tidligt; der mangler måske en slutparentes eller et anførselstegn",
                "filen slutter for tidlig; det mangler kanskje en sluttparentes eller et anførselstegn",
            ),
            Syntax::MissingComma => plain(
                "a comma is missing here",
                "der mangler et komma her",
                "det mangler et komma her",
            ),
            Syntax::UnexpectedChar(c) => match lang {
                En => format!("the character {c:?} does not belong here"),
                Da => format!("tegnet {c:?} hører ikke til her"),
                Nb => format!("tegnet {c:?} hører ikke hjemme her"),
            },
            Syntax::UnclosedString => plain(
                "a text in quotes is not closed; add the closing \"",
                "en tekst i anførselstegn er ikke afsluttet; tilføj det afsluttende \"",
                "en tekst i anførselstegn er ikke avsluttet; legg til det avsluttende \"",
            ),
            Syntax::UnclosedComment => plain(
                "a /* comment is not closed with */",
                "en /*-kommentar er ikke afsluttet med */",
                "en /*-kommentar er ikke avsluttet med */",
            ),
            Syntax::Expected(expected) => {
                let what = expected.describe(lang);
                match lang {
                    En => format!("expected {what} here"),
                    Da => format!("her skulle stå {what}"),
                    Nb => format!("her skulle det stå {what}"),
                }
            }
            Syntax::TrailingText => plain(
                "there is more text after the end of the program; a file holds one Program( … )",
                "der står mere tekst efter programmets slutning; en fil indeholder ét Program( … )",
                "det står mer tekst etter slutten av programmet; en fil inneholder ett Program( … )",
            ),
            Syntax::NumberOutOfRange => plain(
                "this number is too large, or negative where it cannot be",
                "tallet er for stort, eller negativt hvor det ikke må være",
                "tallet er for stort, eller negativt der det ikke kan være",
            ),
            Syntax::Other(detail) => match lang {
                En => format!("the file is not valid RON: {detail}"),
                Da => format!("filen er ikke gyldig RON: {detail}"),
                Nb => format!("filen er ikke gyldig RON: {detail}"),
            },
        }
    }
}

impl Expected {
    pub(super) fn describe(self, lang: Lang) -> &'static str {
        use Lang::*;
        match (self, lang) {
            (Expected::WholeNumber, En) => "a whole number, like 10",
            (Expected::WholeNumber, Da) => "et helt tal, som 10",
            (Expected::WholeNumber, Nb) => "et heltall, som 10",
            (Expected::Number, En) => "a number, like 2 or 1.5",
            (Expected::Number, Da) => "et tal, som 2 eller 1.5",
            (Expected::Number, Nb) => "et tall, som 2 eller 1.5",
            (Expected::Text, En) => "a text in quotes, like \"Bridge\"",
            (Expected::Text, Da) => "en tekst i anførselstegn, som \"Bro\"",
            (Expected::Text, Nb) => "en tekst i anførselstegn, som \"Bro\"",
            (Expected::YesNo, En) => "true or false",
            (Expected::YesNo, Da) => "true eller false",
            (Expected::YesNo, Nb) => "true eller false",
            (Expected::List, En) => "a list starting with [",
            (Expected::List, Da) => "en liste, der begynder med [",
            (Expected::List, Nb) => "en liste som begynner med [",
            (Expected::ListEnd, En) => "a ] closing the list (or a comma between items)",
            (Expected::ListEnd, Da) => {
                "et ], der afslutter listen (eller et komma mellem elementerne)"
            }
            (Expected::ListEnd, Nb) => {
                "en ] som avslutter listen (eller et komma mellom elementene)"
            }
            (Expected::Map, En) => "a { starting a text map",
            (Expected::Map, Da) => "en {, der begynder en tekst-tabel",
            (Expected::Map, Nb) => "en { som begynner en teksttabell",
            (Expected::MapEnd, En) => "a } closing the map (or a comma between entries)",
            (Expected::MapEnd, Da) => {
                "en }, der afslutter tabellen (eller et komma mellem felterne)"
            }
            (Expected::MapEnd, Nb) => "en } som avslutter tabellen (eller et komma mellom feltene)",
            (Expected::Colon, En) => "a colon, as in reps: 10",
            (Expected::Colon, Da) => "et kolon, som i reps: 10",
            (Expected::Colon, Nb) => "et kolon, som i reps: 10",
            (Expected::Parenthesis, En) => "an opening (",
            (Expected::Parenthesis, Da) => "en startparentes (",
            (Expected::Parenthesis, Nb) => "en startparentes (",
            (Expected::ParenthesisEnd, En) => {
                "a ) closing the parenthesis (or a comma between fields)"
            }
            (Expected::ParenthesisEnd, Da) => {
                "en ), der afslutter parentesen (eller et komma mellem felterne)"
            }
            (Expected::ParenthesisEnd, Nb) => {
                "en ) som avslutter parentesen (eller et komma mellom feltene)"
            }
            (Expected::Name, En) => "a name",
            (Expected::Name, Da) => "et navn",
            (Expected::Name, Nb) => "et navn",
        }
    }
}
