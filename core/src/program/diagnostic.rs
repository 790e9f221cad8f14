//! Problems found in a program file, and how they are told to the user in each language.

use std::fmt::Write as _;

use crate::file_problem::NotRead;
use crate::words::Lang;

pub use super::syntax::{Expected, Syntax};
use super::text::{TextName, languages};

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
    /// By the end of this exercise, a session at this level lasts longer than a session may.
    SessionTooLong,
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
            Problem::SessionTooLong => {
                let hours = super::validate::MAX_SESSION_SECS / 3600.0;
                match lang {
                    En => format!("by the end of this exercise a session at this level lasts more than {hours} hours, the most a session may last"),
                    Da => format!("ved slutningen af denne øvelse varer en træning på dette niveau over {hours} timer, det længste en træning må vare"),
                    Nb => format!("ved slutten av denne øvelsen varer en økt på dette nivået over {hours} timer, det lengste en økt kan vare"),
                }
            }
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
