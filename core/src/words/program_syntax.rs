//! The words for what the parser of a program file found or expected, and for a text's languages.

use super::{Lang, Tr};
use crate::program::{Expected, Syntax, TextName};

messages! {
    unexpected_char(c: char) =
        "the character {c:?} does not belong here",
        "tegnet {c:?} hører ikke til her",
        "tegnet {c:?} hører ikke hjemme her";
    expected_here(what: &str) =
        "expected {what} here",
        "her skulle stå {what}",
        "her skulle det stå {what}";
    not_ron(detail: &str) =
        "the file is not valid RON: {detail}",
        "filen er ikke gyldig RON: {detail}",
        "filen er ikke gyldig RON: {detail}";
    step(number: usize) = "step {number}", "trin {number}", "trinn {number}";
}

words! {
    ENDS_TOO_EARLY =
        "the file ends too early; a closing bracket, parenthesis or quote may be missing",
        "filen slutter for tidligt; der mangler måske en slutparentes eller et anførselstegn",
        "filen slutter for tidlig; det mangler kanskje en sluttparentes eller et anførselstegn";
    MISSING_COMMA = "a comma is missing here", "der mangler et komma her", "det mangler et komma her";
    UNCLOSED_STRING =
        "a text in quotes is not closed; add the closing \"",
        "en tekst i anførselstegn er ikke afsluttet; tilføj det afsluttende \"",
        "en tekst i anførselstegn er ikke avsluttet; legg til det avsluttende \"";
    UNCLOSED_COMMENT =
        "a /* comment is not closed with */",
        "en /*-kommentar er ikke afsluttet med */",
        "en /*-kommentar er ikke avsluttet med */";
    TRAILING_TEXT =
        "there is more text after the end of the program; a file holds one Program( … )",
        "der står mere tekst efter programmets slutning; en fil indeholder ét Program( … )",
        "det står mer tekst etter slutten av programmet; en fil inneholder ett Program( … )";
    NUMBER_OUT_OF_RANGE =
        "this number is too large, or negative where it cannot be",
        "tallet er for stort, eller negativt hvor det ikke må være",
        "tallet er for stort, eller negativt der det ikke kan være";
}

impl Syntax {
    pub(crate) fn describe(&self, lang: Lang) -> String {
        let fixed = match self {
            Syntax::EndsTooEarly => ENDS_TOO_EARLY,
            Syntax::MissingComma => MISSING_COMMA,
            Syntax::UnexpectedChar(c) => return unexpected_char(lang, *c),
            Syntax::UnclosedString => UNCLOSED_STRING,
            Syntax::UnclosedComment => UNCLOSED_COMMENT,
            Syntax::Expected(expected) => return expected_here(lang, expected.describe(lang)),
            Syntax::TrailingText => TRAILING_TEXT,
            Syntax::NumberOutOfRange => NUMBER_OUT_OF_RANGE,
            Syntax::Other(detail) => return not_ron(lang, detail),
        };
        fixed.get(lang).to_string()
    }
}

impl Expected {
    pub(crate) fn describe(self, lang: Lang) -> &'static str {
        let (en, da, nb) = match self {
            Expected::WholeNumber => (
                "a whole number, like 10",
                "et helt tal, som 10",
                "et heltall, som 10",
            ),
            Expected::Number => (
                "a number, like 2 or 1.5",
                "et tal, som 2 eller 1.5",
                "et tall, som 2 eller 1.5",
            ),
            Expected::Text => (
                "a text in quotes, like \"Bridge\"",
                "en tekst i anførselstegn, som \"Bro\"",
                "en tekst i anførselstegn, som \"Bro\"",
            ),
            Expected::YesNo => ("true or false", "true eller false", "true eller false"),
            Expected::List => (
                "a list starting with [",
                "en liste, der begynder med [",
                "en liste som begynner med [",
            ),
            Expected::ListEnd => (
                "a ] closing the list (or a comma between items)",
                "et ], der afslutter listen (eller et komma mellem elementerne)",
                "en ] som avslutter listen (eller et komma mellom elementene)",
            ),
            Expected::Map => (
                "a { starting a text map",
                "en {, der begynder en tekst-tabel",
                "en { som begynner en teksttabell",
            ),
            Expected::MapEnd => (
                "a } closing the map (or a comma between entries)",
                "en }, der afslutter tabellen (eller et komma mellem felterne)",
                "en } som avslutter tabellen (eller et komma mellom feltene)",
            ),
            Expected::Colon => (
                "a colon, as in reps: 10",
                "et kolon, som i reps: 10",
                "et kolon, som i reps: 10",
            ),
            Expected::Parenthesis => ("an opening (", "en startparentes (", "en startparentes ("),
            Expected::ParenthesisEnd => (
                "a ) closing the parenthesis (or a comma between fields)",
                "en ), der afslutter parentesen (eller et komma mellem felterne)",
                "en ) som avslutter parentesen (eller et komma mellom feltene)",
            ),
            Expected::Name => ("a name", "et navn", "et navn"),
        };
        Tr { en, da, nb }.get(lang)
    }
}

impl TextName {
    pub(crate) fn describe(self, lang: Lang) -> String {
        match self {
            TextName::Field(field) => field.to_string(),
            TextName::Step(index) => step(lang, index + 1),
        }
    }
}

/// "Danish or Norwegian", "English, Danish or Norwegian": the languages a text lacks, in `lang`.
pub(super) fn languages(missing: &[Lang], lang: Lang) -> String {
    let name = |missing: &Lang| match (lang, missing) {
        (Lang::En, Lang::En) => "English",
        (Lang::En, Lang::Da) => "Danish",
        (Lang::En, Lang::Nb) => "Norwegian",
        (_, Lang::En) => "engelsk",
        (_, Lang::Da) => "dansk",
        (_, Lang::Nb) => "norsk",
    };
    let names: Vec<&str> = missing.iter().map(name).collect();
    let last_joint = match lang {
        Lang::En => " or ",
        Lang::Da | Lang::Nb => " og ",
    };
    match names.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{}{last_joint}{last}", rest.join(", ")),
        None => String::new(),
    }
}
