//! The words for a program file's problems: what is wrong, and where, in each language.

use std::fmt::Write as _;

use super::Lang;
use crate::program::{Diagnostic, MAX_EXERCISES, MAX_SESSION_SECS, Problem, Severity};

messages! {
    session_too_long(hours: f64) =
        "by the end of this exercise a session at this level lasts more than {hours} hours, the most a session may last",
        "ved slutningen af denne øvelse varer en træning på dette niveau over {hours} timer, det længste en træning må vare",
        "ved slutten av denne øvelsen varer en økt på dette nivået over {hours} timer, det lengste en økt kan vare";
    too_many_exercises(count: usize, max: usize) =
        "the program has {count} exercises; at most {max} are allowed",
        "programmet har {count} øvelser; der må højst være {max}",
        "programmet har {count} øvelser; det kan være høyst {max}";
    repeated_language(code: &str) =
        "this text gives the language {code:?} twice",
        "denne tekst har sproget {code:?} to gange",
        "denne teksten har språket {code:?} to ganger";
    figure_has_tab(drawing: &str, line: usize) =
        "line {line} of the {drawing} drawing has a tab; use spaces so the drawing keeps its shape",
        "linje {line} i tegningen `{drawing}` har et tabulatortegn; brug mellemrum, så tegningen bevarer sin form",
        "linje {line} i tegningen `{drawing}` har et tabulatortegn; bruk mellomrom så tegningen beholder formen";
    field_of_wrong_type(field: &str, found: &str, what: &str) =
        "{field} is {found}; it must be {what}",
        "{field} er {found}; den skal være {what}",
        "{field} er {found}; den må være {what}";
    value_of_wrong_type(found: &str, what: &str) =
        "{found} is found here; it must be {what}",
        "her står {found}; det skal være {what}",
        "her står {found}; det må være {what}";
    unknown_field(found: &str, fields: &str) =
        "there is no field `{found}` here; the fields are {fields}",
        "der er intet felt `{found}` her; felterne er {fields}",
        "det finnes ikke noe felt `{found}` her; feltene er {fields}";
    repeated_field(field: &str) =
        "the field `{field}` is given twice",
        "feltet `{field}` står der to gange",
        "feltet `{field}` står to ganger";
    unknown_choice(found: &str, choices: &str) =
        "`{found}` is not one of the choices: {choices}",
        "`{found}` er ikke en af mulighederne: {choices}",
        "`{found}` er ikke et av valgene: {choices}";
    wrong_struct_name(expected: &str, found: &str) =
        "expected `{expected}(` here, found `{found}(`",
        "her skulle stå `{expected}(`, men der står `{found}(`",
        "her skulle det stå `{expected}(`, men det står `{found}(`";
    bad_id(id: &str) =
        "the id {id:?} may only use small letters a–z, digits and dashes (like \"my-program\")",
        "id'et {id:?} må kun bruge små bogstaver a–z, tal og bindestreger (som \"mit-program\")",
        "id-en {id:?} kan bare bruke små bokstaver a–z, sifre og bindestreker (som \"mitt-program\")";
    repeated_exercise(id: &str) =
        "two exercises have the id {id:?}; each needs its own",
        "to øvelser har id'et {id:?}; hver skal have sit eget",
        "to øvelser har id-en {id:?}; hver må ha sin egen";
    too_many_levels(count: usize) =
        "the exercise has {count} levels; at most 10 are allowed",
        "øvelsen har {count} niveauer; der må højst være 10",
        "øvelsen har {count} nivåer; det kan være høyst 10";
    one_level_differs(first_exercise: &str, expected: usize) =
        "the exercise has 1 level but {first_exercise:?} has {expected}; every exercise needs the same number",
        "øvelsen har 1 niveau, men {first_exercise:?} har {expected}; alle øvelser skal have lige mange",
        "øvelsen har 1 nivå, men {first_exercise:?} har {expected}; alle øvelser må ha like mange";
    level_count_differs(count: usize, first_exercise: &str, expected: usize) =
        "the exercise has {count} levels but {first_exercise:?} has {expected}; every exercise needs the same number",
        "øvelsen har {count} niveauer, men {first_exercise:?} har {expected}; alle øvelser skal have lige mange",
        "øvelsen har {count} nivåer, men {first_exercise:?} har {expected}; alle øvelser må ha like mange";
    out_of_range(field: &str, value: &str, min: &str, max: &str) =
        "{field} is {value}; it must be between {min} and {max}",
        "{field} er {value}; den skal være mellem {min} og {max}",
        "{field} er {value}; den må være mellom {min} og {max}";
    figure_too_tall(drawing: &str, lines: usize) =
        "the {drawing} drawing has {lines} lines; at most 12 fit on the screen",
        "tegningen `{drawing}` har {lines} linjer; der er plads til højst 12",
        "tegningen `{drawing}` har {lines} linjer; det er plass til høyst 12";
    figure_too_wide(drawing: &str, line: usize, columns: usize) =
        "line {line} of the {drawing} drawing is {columns} columns wide; at most 40 fit on the screen",
        "linje {line} i tegningen `{drawing}` er {columns} tegn bred; der er plads til højst 40",
        "linje {line} i tegningen `{drawing}` er {columns} tegn bred; det er plass til høyst 40";
    missing_languages(text: &str, missing: &str) =
        "{text} has no {missing}",
        "{text} mangler {missing}",
        "{text} mangler {missing}";
    repeated_program(id: &str, other_file: &str) =
        "the program id {id:?} is already used by {other_file}; this file is not loaded",
        "program-id'et {id:?} bruges allerede af {other_file}; denne fil indlæses ikke",
        "program-id-en {id:?} er allerede brukt av {other_file}; denne filen lastes ikke";
    unknown_next(id: &str) =
        "next names the program {id:?}, which is not known; no program is suggested after this one",
        "next nævner programmet {id:?}, som ikke findes; der foreslås intet program efter dette",
        "next nevner programmet {id:?}, som ikke finnes; det foreslås ikke noe program etter dette";
    unknown_warm_up(id: &str) =
        "warm_up names the program {id:?}, which is not known; sessions run without a warm-up",
        "warm_up nævner programmet {id:?}, som ikke findes; træningen kører uden opvarmning",
        "warm_up nevner programmet {id:?}, som ikke finnes; økten går uten oppvarming";
    warm_up_has_warm_up(id: &str, its_warm_up: &str) =
        "the warm-up {id:?} names a warm-up of its own ({its_warm_up:?}); a warm-up cannot have one",
        "opvarmningen {id:?} har selv en opvarmning ({its_warm_up:?}); det kan en opvarmning ikke have",
        "oppvarmingen {id:?} har selv en oppvarming ({its_warm_up:?}); det kan ikke en oppvarming ha";
    at_exercise(exercise: &str) =
        "exercise {exercise:?}: ",
        "øvelse {exercise:?}: ",
        "øvelse {exercise:?}: ";
    at_exercise_level(exercise: &str, level: usize) =
        "exercise {exercise:?}, level {level}: ",
        "øvelse {exercise:?}, niveau {level}: ",
        "øvelse {exercise:?}, nivå {level}: ";
}

words! {
    WARNING = "warning: ", "advarsel: ", "advarsel: ";
    NOT_UTF8 =
        "this is not UTF-8 text; save the file as UTF-8 in your editor",
        "dette er ikke UTF-8-tekst; gem filen som UTF-8 i din editor",
        "dette er ikke UTF-8-tekst; lagre filen som UTF-8 i redigeringsprogrammet";
    EMPTY_FILE =
        "the file is empty; a program file holds one Program( … )",
        "filen er tom; en programfil indeholder ét Program( … )",
        "filen er tom; en programfil inneholder ett Program( … )";
    EMPTY_TEXT =
        "this text is empty; write it as \"words\" or {\"en\": \"words\", \"da\": \"ord\", \"nb\": \"ord\"}",
        "denne tekst er tom; skriv den som \"ord\" eller {\"en\": \"words\", \"da\": \"ord\", \"nb\": \"ord\"}",
        "denne teksten er tom; skriv den som \"ord\" eller {\"en\": \"words\", \"da\": \"ord\", \"nb\": \"ord\"}";
    NO_EXERCISES =
        "the program has no exercises; it needs at least one",
        "programmet har ingen øvelser; det skal have mindst én",
        "programmet har ingen øvelser; det må ha minst én";
    NO_LEVELS =
        "the exercise has no levels; it needs at least one",
        "øvelsen har ingen niveauer; den skal have mindst ét",
        "øvelsen har ingen nivåer; den må ha minst ett";
    SIDE_WORDS_UNUSED =
        "side_words are never shown: no level of this exercise is done on both sides",
        "side_words vises aldrig: intet niveau af denne øvelse laves i begge sider",
        "side_words vises aldri: ingen nivåer av denne øvelsen gjøres på begge sider";
    EMPTY_TEMPO =
        "the tempo is empty; a rep needs at least one phase, like Phase(kind: Move, secs: 2)",
        "tempoet er tomt; en gentagelse skal have mindst én fase, som Phase(kind: Move, secs: 2)",
        "tempoet er tomt; en repetisjon må ha minst én fase, som Phase(kind: Move, secs: 2)";
}

impl Diagnostic {
    /// `FILE:LINE:COL: message`, in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let mut line = self.file.clone();
        if let Some(at) = self.position {
            let _ = write!(line, ":{}:{}", at.line, at.col);
        }
        line.push_str(": ");
        if self.severity == Severity::Warning {
            line.push_str(WARNING.get(lang));
        }
        match (&self.place.exercise, self.place.level) {
            (Some(exercise), Some(level)) => {
                line.push_str(&at_exercise_level(lang, exercise, level))
            }
            (Some(exercise), None) => line.push_str(&at_exercise(lang, exercise)),
            (None, _) => {}
        }
        line.push_str(&self.problem.describe(lang));
        line
    }
}

/// The names as code, for example "`reps`, `sets`".
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
        match self {
            Problem::CannotRead(why) => super::file_problems::skipped(lang, &why.describe(lang)),
            Problem::NotUtf8 => NOT_UTF8.get(lang).to_string(),
            Problem::SessionTooLong => session_too_long(lang, MAX_SESSION_SECS / 3600.0),
            Problem::TooManyExercises { count } => too_many_exercises(lang, *count, MAX_EXERCISES),
            Problem::EmptyFile => EMPTY_FILE.get(lang).to_string(),
            Problem::RepeatedLanguage { code } => repeated_language(lang, code),
            Problem::EmptyText => EMPTY_TEXT.get(lang).to_string(),
            Problem::FigureHasTab { drawing, line } => figure_has_tab(lang, drawing, *line),
            Problem::Syntax(syntax) => syntax.describe(lang),
            Problem::WrongType {
                field,
                found,
                expected,
            } => {
                let what = expected.describe(lang);
                match field {
                    Some(field) => field_of_wrong_type(lang, field, found, what),
                    None => value_of_wrong_type(lang, found, what),
                }
            }
            Problem::UnknownField { found, expected } => {
                unknown_field(lang, found, &list(expected))
            }
            Problem::MissingField { field } => super::file_problems::missing_field(lang, field),
            Problem::RepeatedField { field } => repeated_field(lang, field),
            Problem::UnknownChoice { found, expected } => {
                unknown_choice(lang, found, &list(expected))
            }
            Problem::WrongStructName { expected, found } => {
                wrong_struct_name(lang, expected, found)
            }
            Problem::BadId { id } => bad_id(lang, id),
            Problem::RepeatedExercise { id } => repeated_exercise(lang, id),
            Problem::NoExercises => NO_EXERCISES.get(lang).to_string(),
            Problem::NoLevels => NO_LEVELS.get(lang).to_string(),
            Problem::TooManyLevels { count } => too_many_levels(lang, *count),
            Problem::LevelCountDiffers {
                count: 1,
                first_exercise,
                expected,
            } => one_level_differs(lang, first_exercise, *expected),
            Problem::LevelCountDiffers {
                count,
                first_exercise,
                expected,
            } => level_count_differs(lang, *count, first_exercise, *expected),
            Problem::OutOfRange {
                field,
                value,
                min,
                max,
            } => {
                // The limits are numbers, so they read as numbers do in `lang` (0,5 in Danish).
                let [value, min, max] = [value, min, max].map(|n| super::decimal(lang, n));
                out_of_range(lang, field, &value, &min, &max)
            }
            Problem::EmptyTempo => EMPTY_TEMPO.get(lang).to_string(),
            Problem::FigureTooTall { drawing, lines } => figure_too_tall(lang, drawing, *lines),
            Problem::FigureTooWide {
                drawing,
                line,
                columns,
            } => figure_too_wide(lang, drawing, *line, *columns),
            Problem::MissingLanguages {
                text,
                languages: missing,
            } => missing_languages(
                lang,
                &text.describe(lang),
                &super::program_syntax::languages(missing, lang),
            ),
            Problem::RepeatedProgram { id, other_file } => repeated_program(lang, id, other_file),
            Problem::SideWordsUnused => SIDE_WORDS_UNUSED.get(lang).to_string(),
            Problem::UnknownNext { id } => unknown_next(lang, id),
            Problem::UnknownWarmUp { id } => unknown_warm_up(lang, id),
            Problem::WarmUpHasWarmUp { id, its_warm_up } => {
                warm_up_has_warm_up(lang, id, its_warm_up)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_with_a_fraction_read_as_numbers_do_in_each_language() {
        let problem = Problem::OutOfRange {
            field: "secs",
            value: "0.4".to_string(),
            min: "0.5".to_string(),
            max: "120".to_string(),
        };
        assert_eq!(
            problem.describe(Lang::En),
            "secs is 0.4; it must be between 0.5 and 120"
        );
        assert_eq!(
            problem.describe(Lang::Da),
            "secs er 0,4; den skal være mellem 0,5 og 120"
        );
        assert_eq!(
            problem.describe(Lang::Nb),
            "secs er 0,4; den må være mellom 0,5 og 120"
        );
    }
}
