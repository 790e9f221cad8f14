//! Problems found in a program file, and how they are told to the user in each language.

use std::fmt::Write as _;

use crate::i18n::Lang;
use crate::regular_file::NotRead;

use super::source_map::Position;

/// Whether a problem stops the program from loading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// What is wrong, with the facts needed to say it in any language.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The file was not read: it is not a file, it is too large, or the system refused it.
    CannotRead(NotRead),
    /// The bytes at the position are not UTF-8.
    NotUtf8,
    /// More exercises than a program may have.
    TooManyExercises {
        count: usize,
    },
    /// The file holds nothing but blanks and comments.
    EmptyFile,
    /// A text gives the same language twice.
    RepeatedLanguage {
        code: String,
    },
    /// A text written as `{}`, with no language at all.
    EmptyText,
    /// The file is not valid RON; `detail` is the parser's own words when no plainer ones are known.
    Syntax(Syntax),
    /// A value of the wrong kind, as written, and the field it was given for when it has one.
    WrongType {
        field: Option<String>,
        found: String,
        expected: Expected,
    },
    UnknownField {
        found: String,
        expected: Vec<String>,
    },
    MissingField {
        field: String,
    },
    RepeatedField {
        field: String,
    },
    UnknownChoice {
        found: String,
        expected: Vec<String>,
    },
    WrongStructName {
        expected: String,
        found: String,
    },
    BadId {
        id: String,
    },
    RepeatedExercise {
        id: String,
    },
    NoExercises,
    NoLevels,
    TooManyLevels {
        count: usize,
    },
    LevelCountDiffers {
        count: usize,
        first_exercise: String,
        expected: usize,
    },
    OutOfRange {
        field: &'static str,
        value: String,
        min: String,
        max: String,
    },
    EmptyTempo,
    FigureTooTall {
        drawing: &'static str,
        lines: usize,
    },
    FigureTooWide {
        drawing: &'static str,
        line: usize,
        columns: usize,
    },
    FigureHasTab {
        drawing: &'static str,
        line: usize,
    },
    MissingLanguages {
        text: TextName,
        languages: Vec<Lang>,
    },
    /// Two of the user's files define the same program id.
    RepeatedProgram {
        id: String,
        other_file: String,
    },
}

/// Which text of its place a problem is about: a field such as `title`, or one of the steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextName {
    Field(&'static str),
    /// The step at this index (from 0).
    Step(usize),
}

impl TextName {
    fn describe(self, lang: Lang) -> String {
        match (self, lang) {
            (TextName::Field(field), _) => field.to_string(),
            (TextName::Step(index), Lang::En) => format!("step {}", index + 1),
            (TextName::Step(index), Lang::Da) => format!("trin {}", index + 1),
            (TextName::Step(index), Lang::Nb) => format!("trinn {}", index + 1),
        }
    }
}

/// "Danish or Norwegian", "English, Danish or Norwegian": the languages a text lacks, in `lang`.
fn languages(missing: &[Lang], lang: Lang) -> String {
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

/// Where in the program a problem is, in the user's terms.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Place {
    pub exercise: Option<String>,
    pub level: Option<usize>,
}

/// One problem in one file, located as precisely as is known.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    /// The file as the user named it (or the built-in program's file name).
    pub file: String,
    pub position: Option<Position>,
    pub severity: Severity,
    pub place: Place,
    pub problem: Problem,
}

impl Diagnostic {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `FILE:LINE:COL: message`, in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let mut line = self.file.clone();
        if let Some(at) = self.position {
            let _ = write!(line, ":{}:{}", at.line, at.col);
        }
        line.push_str(": ");
        if self.severity == Severity::Warning {
            line.push_str(match lang {
                Lang::En => "warning: ",
                Lang::Da => "advarsel: ",
                Lang::Nb => "advarsel: ",
            });
        }
        if let Some(exercise) = &self.place.exercise {
            let word = match lang {
                Lang::En => "exercise",
                Lang::Da | Lang::Nb => "øvelse",
            };
            let _ = write!(line, "{word} {exercise:?}");
            if let Some(level) = self.place.level {
                let word = match lang {
                    Lang::En => "level",
                    Lang::Da => "niveau",
                    Lang::Nb => "nivå",
                };
                let _ = write!(line, ", {word} {level}");
            }
            line.push_str(": ");
        }
        line.push_str(&self.problem.describe(lang));
        line
    }
}

/// "1 level", "2 levels", in `lang`.
fn levels(count: usize, lang: Lang) -> String {
    let word = match (lang, count) {
        (Lang::En, 1) => "level",
        (Lang::En, _) => "levels",
        (Lang::Da, 1) => "niveau",
        (Lang::Da, _) => "niveauer",
        (Lang::Nb, 1) => "nivå",
        (Lang::Nb, _) => "nivåer",
    };
    format!("{count} {word}")
}

fn list(names: &[String]) -> String {
    names
        .iter()
        .map(|name| format!("`{name}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Problem {
    /// The problem in plain words.
    pub fn describe(&self, lang: Lang) -> String {
        use Lang::*;
        match self {
            Problem::CannotRead(why) => {
                let why = why.describe(lang);
                match lang {
                    En => format!("skipped: {why}"),
                    Da => format!("sprunget over: {why}"),
                    Nb => format!("hoppet over: {why}"),
                }
            }
            Problem::NotUtf8 => match lang {
                En => "this is not UTF-8 text; save the file as UTF-8 in your editor".to_string(),
                Da => "dette er ikke UTF-8-tekst; gem filen som UTF-8 i din editor".to_string(),
                Nb => "dette er ikke UTF-8-tekst; lagre filen som UTF-8 i redigeringsprogrammet".to_string(),
            },
            Problem::TooManyExercises { count } => {
                let max = super::validate::MAX_EXERCISES;
                match lang {
                    En => format!("the program has {count} exercises; at most {max} are allowed"),
                    Da => format!("programmet har {count} øvelser; der må højst være {max}"),
                    Nb => format!("programmet har {count} øvelser; det kan være høyst {max}"),
                }
            }
            Problem::EmptyFile => match lang {
                En => "the file is empty; a program file holds one Program( … )".to_string(),
                Da => "filen er tom; en programfil indeholder ét Program( … )".to_string(),
                Nb => "filen er tom; en programfil inneholder ett Program( … )".to_string(),
            },
            Problem::RepeatedLanguage { code } => match lang {
                En => format!("this text gives the language {code:?} twice"),
                Da => format!("denne tekst har sproget {code:?} to gange"),
                Nb => format!("denne teksten har språket {code:?} to ganger"),
            },
            Problem::EmptyText => match lang {
                En => "this text is empty; write it as \"words\" or {\"en\": \"words\", \"da\": \"ord\", \"nb\": \"ord\"}".to_string(),
                Da => "denne tekst er tom; skriv den som \"ord\" eller {\"en\": \"words\", \"da\": \"ord\", \"nb\": \"ord\"}".to_string(),
                Nb => "denne teksten er tom; skriv den som \"ord\" eller {\"en\": \"words\", \"da\": \"ord\", \"nb\": \"ord\"}".to_string(),
            },
            Problem::FigureHasTab { drawing, line } => match lang {
                En => format!("line {line} of the {drawing} drawing has a tab; use spaces so the drawing keeps its shape"),
                Da => format!("linje {line} i tegningen `{drawing}` har et tabulatortegn; brug mellemrum, så tegningen bevarer sin form"),
                Nb => format!("linje {line} i tegningen `{drawing}` har et tabulatortegn; bruk mellomrom så tegningen beholder formen"),
            },
            Problem::Syntax(syntax) => syntax.describe(lang),
            Problem::WrongType {
                field,
                found,
                expected,
            } => {
                let what = expected.describe(lang);
                match (field, lang) {
                    (Some(field), En) => format!("{field} is {found}; it must be {what}"),
                    (Some(field), Da) => format!("{field} er {found}; den skal være {what}"),
                    (Some(field), Nb) => format!("{field} er {found}; den må være {what}"),
                    (None, En) => format!("{found} is found here; it must be {what}"),
                    (None, Da) => format!("her står {found}; det skal være {what}"),
                    (None, Nb) => format!("her står {found}; det må være {what}"),
                }
            }
            Problem::UnknownField { found, expected } => match lang {
                En => format!("there is no field `{found}` here; the fields are {}", list(expected)),
                Da => format!("der er intet felt `{found}` her; felterne er {}", list(expected)),
                Nb => format!("det finnes ikke noe felt `{found}` her; feltene er {}", list(expected)),
            },
            Problem::MissingField { field } => match lang {
                En => format!("the field `{field}` is missing"),
                Da => format!("feltet `{field}` mangler"),
                Nb => format!("feltet `{field}` mangler"),
            },
            Problem::RepeatedField { field } => match lang {
                En => format!("the field `{field}` is given twice"),
                Da => format!("feltet `{field}` står der to gange"),
                Nb => format!("feltet `{field}` står to ganger"),
            },
            Problem::UnknownChoice { found, expected } => match lang {
                En => format!("`{found}` is not one of the choices: {}", list(expected)),
                Da => format!("`{found}` er ikke en af mulighederne: {}", list(expected)),
                Nb => format!("`{found}` er ikke et av valgene: {}", list(expected)),
            },
            Problem::WrongStructName { expected, found } => match lang {
                En => format!("expected `{expected}(` here, found `{found}(`"),
                Da => format!("her skulle stå `{expected}(`, men der står `{found}(`"),
                Nb => format!("her skulle det stå `{expected}(`, men det står `{found}(`"),
            },
            Problem::BadId { id } => match lang {
                En => format!(
                    "the id {id:?} may only use small letters a–z, digits and dashes (like \"my-program\")"
                ),
                Da => format!(
                    "id'et {id:?} må kun bruge små bogstaver a–z, tal og bindestreger (som \"mit-program\")"
                ),
                Nb => format!(
                    "id-en {id:?} kan bare bruke små bokstaver a–z, sifre og bindestreker (som \"mitt-program\")"
                ),
            },
            Problem::RepeatedExercise { id } => match lang {
                En => format!("two exercises have the id {id:?}; each needs its own"),
                Da => format!("to øvelser har id'et {id:?}; hver skal have sit eget"),
                Nb => format!("to øvelser har id-en {id:?}; hver må ha sin egen"),
            },
            Problem::NoExercises => match lang {
                En => "the program has no exercises; it needs at least one".to_string(),
                Da => "programmet har ingen øvelser; det skal have mindst én".to_string(),
                Nb => "programmet har ingen øvelser; det må ha minst én".to_string(),
            },
            Problem::NoLevels => match lang {
                En => "the exercise has no levels; it needs at least one".to_string(),
                Da => "øvelsen har ingen niveauer; den skal have mindst ét".to_string(),
                Nb => "øvelsen har ingen nivåer; den må ha minst ett".to_string(),
            },
            Problem::TooManyLevels { count } => match lang {
                En => format!("the exercise has {count} levels; at most 10 are allowed"),
                Da => format!("øvelsen har {count} niveauer; der må højst være 10"),
                Nb => format!("øvelsen har {count} nivåer; det kan være høyst 10"),
            },
            Problem::LevelCountDiffers {
                count,
                first_exercise,
                expected,
            } => {
                let count = levels(*count, lang);
                match lang {
                    En => format!(
                        "the exercise has {count} but {first_exercise:?} has {expected}; every exercise needs the same number"
                    ),
                    Da => format!(
                        "øvelsen har {count}, men {first_exercise:?} har {expected}; alle øvelser skal have lige mange"
                    ),
                    Nb => format!(
                        "øvelsen har {count}, men {first_exercise:?} har {expected}; alle øvelser må ha like mange"
                    ),
                }
            }
            Problem::OutOfRange {
                field,
                value,
                min,
                max,
            } => match lang {
                En => format!("{field} is {value}; it must be between {min} and {max}"),
                Da => format!("{field} er {value}; den skal være mellem {min} og {max}"),
                Nb => format!("{field} er {value}; den må være mellom {min} og {max}"),
            },
            Problem::EmptyTempo => match lang {
                En => "the tempo is empty; a rep needs at least one phase, like Phase(kind: Move, secs: 2)".to_string(),
                Da => "tempoet er tomt; en gentagelse skal have mindst én fase, som Phase(kind: Move, secs: 2)".to_string(),
                Nb => "tempoet er tomt; en repetisjon må ha minst én fase, som Phase(kind: Move, secs: 2)".to_string(),
            },
            Problem::FigureTooTall { drawing, lines } => match lang {
                En => format!("the {drawing} drawing has {lines} lines; at most 12 fit on the screen"),
                Da => format!("tegningen `{drawing}` har {lines} linjer; der er plads til højst 12"),
                Nb => format!("tegningen `{drawing}` har {lines} linjer; det er plass til høyst 12"),
            },
            Problem::FigureTooWide {
                drawing,
                line,
                columns,
            } => match lang {
                En => format!(
                    "line {line} of the {drawing} drawing is {columns} columns wide; at most 40 fit on the screen"
                ),
                Da => format!(
                    "linje {line} i tegningen `{drawing}` er {columns} tegn bred; der er plads til højst 40"
                ),
                Nb => format!(
                    "linje {line} i tegningen `{drawing}` er {columns} tegn bred; det er plass til høyst 40"
                ),
            },
            Problem::MissingLanguages { text, languages: missing } => {
                let text = text.describe(lang);
                let missing = languages(missing, lang);
                match lang {
                    En => format!("{text} has no {missing}"),
                    Da | Nb => format!("{text} mangler {missing}"),
                }
            }
            Problem::RepeatedProgram { id, other_file } => match lang {
                En => format!("the program id {id:?} is already used by {other_file}; this file is not loaded"),
                Da => format!("program-id'et {id:?} bruges allerede af {other_file}; denne fil indlæses ikke"),
                Nb => format!("program-id-en {id:?} er allerede brukt av {other_file}; denne filen lastes ikke"),
            },
        }
    }
}

impl Syntax {
    fn describe(&self, lang: Lang) -> String {
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
    fn describe(self, lang: Lang) -> &'static str {
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
