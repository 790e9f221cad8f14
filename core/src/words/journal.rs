//! The words for the history journal: why a line could not be read, and the line that says so.

use super::Lang;
use crate::journal::{NotCounted, SkippedLine, Unreadable};

messages! {
    unknown_kind(found: &str) =
        "unknown kind of record `{found}`; a newer version of ryg may have written it",
        "ukendt slags registrering `{found}`; en nyere version af ryg har måske skrevet den",
        "ukjent type registrering `{found}`; en nyere versjon av ryg kan ha skrevet den";
    unknown_value(field: &str, found: &str, choices: &str) =
        "`{field}` is `{found}`, which this version of ryg does not know; it can be {choices}",
        "`{field}` er `{found}`, som denne version af ryg ikke kender; den kan være {choices}",
        "`{field}` er `{found}`, som denne versjonen av ryg ikke kjenner; den kan være {choices}";
    repeated_field(field: &str) =
        "the field `{field}` is written twice",
        "feltet `{field}` står der to gange",
        "feltet `{field}` står der to ganger";
    out_of_range(field: &str, value: i64, lowest: i64, highest: i64) =
        "`{field}` is {value}, but it can only be from {lowest} to {highest}",
        "`{field}` er {value}, men den kan kun være fra {lowest} til {highest}",
        "`{field}` er {value}, men den kan bare være fra {lowest} til {highest}";
    below_lowest(field: &str, value: i64, lowest: i64) =
        "`{field}` is {value}, but it must be {lowest} or more",
        "`{field}` er {value}, men den skal være {lowest} eller mere",
        "`{field}` er {value}, men den må være {lowest} eller mer";
    too_large_to_count(field: &str, value: i64) =
        "`{field}` is {value}, which is more than ryg can count",
        "`{field}` er {value}, hvilket er mere, end ryg kan tælle",
        "`{field}` er {value}, som er mer enn ryg kan telle";
    not_a_time(field: &str) =
        "`{field}` is not a time ryg can read; write it like \"2026-11-20T08:00:00Z\"",
        "`{field}` er ikke et tidspunkt, ryg kan læse; skriv det som \"2026-11-20T08:00:00Z\"",
        "`{field}` er ikke et tidspunkt ryg kan lese; skriv det som \"2026-11-20T08:00:00Z\"";
    pain_after_without_some(number: &str) =
        "`pain_after` needs Some( ) around its number: write Some({number}), or None if there is no answer",
        "`pain_after` skal have Some( ) om tallet: skriv Some({number}), eller None hvis der ikke er noget svar",
        "`pain_after` må ha Some( ) rundt tallet: skriv Some({number}), eller None hvis det ikke er noe svar";
    not_a_record(column: usize) =
        "the line is not a history record ryg can read (look near column {column})",
        "linjen er ikke en registrering, ryg kan læse (se omkring kolonne {column})",
        "linjen er ikke en registrering ryg kan lese (se rundt kolonne {column})";
    future_session_at(at: jiff::Timestamp) =
        "a session dated in the future is not counted ({at})",
        "en træning dateret i fremtiden tælles ikke med ({at})",
        "en økt datert i fremtiden telles ikke med ({at})";
    future_screening_at(at: jiff::Timestamp) =
        "a safety check dated in the future is not counted ({at})",
        "et sikkerhedstjek dateret i fremtiden tælles ikke med ({at})",
        "en sikkerhetssjekk datert i fremtiden telles ikke med ({at})";
    /// The last of several choices: "`A`, `B` or `C`".
    or_last(rest: &str, last: &str) = "{rest} or {last}", "{rest} eller {last}", "{rest} eller {last}";
}

words! {
    CUT_SHORT =
        "the last line stops partway, probably because a write was interrupted; it is kept as it is",
        "den sidste linje slutter midt i, sandsynligvis fordi en skrivning blev afbrudt; den bliver stående, som den er",
        "den siste linjen slutter midt i, sannsynligvis fordi en skriving ble avbrutt; den blir stående som den er";
    NOT_UTF8_LINE =
        "the line is not readable text (it is not valid UTF-8)",
        "linjen er ikke læsbar tekst (den er ikke gyldig UTF-8)",
        "linjen er ikke lesbar tekst (den er ikke gyldig UTF-8)";
    TOO_DEEP =
        "the line has too many brackets inside one another to be a history record",
        "linjen har for mange parenteser inden i hinanden til at være en registrering i historikken",
        "linjen har for mange parenteser inni hverandre til å være en registrering i historikken";
}

impl Unreadable {
    /// The reason in plain words, without the file and line it is about.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Unreadable::UnknownKind { found } => unknown_kind(lang, found),
            Unreadable::UnknownValue {
                field,
                found,
                expected,
            } => unknown_value(lang, field, found, &one_of(expected, lang)),
            Unreadable::MissingField { field } => super::file_problems::missing_field(lang, field),
            Unreadable::RepeatedField { field } => repeated_field(lang, field),
            Unreadable::OutOfRange {
                field,
                value,
                lowest,
                highest: Some(highest),
            } => out_of_range(lang, field, *value, *lowest, *highest),
            Unreadable::OutOfRange {
                field,
                value,
                lowest,
                highest: None,
            } if value < lowest => below_lowest(lang, field, *value, *lowest),
            Unreadable::OutOfRange {
                field,
                value,
                highest: None,
                ..
            } => too_large_to_count(lang, field, *value),
            Unreadable::NotATime { field } => not_a_time(lang, field),
            Unreadable::PainAfterWithoutSome { written } => {
                // Only a plain number is worth repeating back inside `Some(…)`.
                let number = if !written.is_empty() && written.bytes().all(|b| b.is_ascii_digit()) {
                    written.as_str()
                } else {
                    "4"
                };
                pain_after_without_some(lang, number)
            }
            Unreadable::CutShort => CUT_SHORT.get(lang).to_string(),
            Unreadable::NotUtf8 => NOT_UTF8_LINE.get(lang).to_string(),
            Unreadable::TooDeep => TOO_DEEP.get(lang).to_string(),
            Unreadable::NotARecord { column } => not_a_record(lang, *column),
        }
    }
}

/// `` `A`, `B` or `C` `` in `lang`.
fn one_of(choices: &[&str], lang: Lang) -> String {
    let quoted: Vec<String> = choices.iter().map(|c| format!("`{c}`")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => or_last(lang, &rest.join(", "), last),
    }
}

impl SkippedLine {
    /// `FILE:LINE: skipped: why`, with both the word "skipped" and the reason in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let why = super::file_problems::skipped(lang, &self.why.text(lang));
        format!("{}:{}: {why}", self.file, self.line)
    }
}

impl NotCounted {
    /// `history.ron: a session dated in the future is not counted (2036-03-01T08:00:00Z)`.
    pub fn render(&self, file: &str, lang: Lang) -> String {
        let why = match *self {
            NotCounted::Session(at) => future_session_at(lang, at),
            NotCounted::Screening(at) => future_screening_at(lang, at),
        };
        format!("{file}: {why}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_are_joined_like_a_sentence() {
        assert_eq!(one_of(&[], Lang::En), "");
        assert_eq!(one_of(&["A"], Lang::En), "`A`");
        assert_eq!(one_of(&["A", "B"], Lang::Nb), "`A` eller `B`");
        assert_eq!(one_of(&["A", "B", "C"], Lang::En), "`A`, `B` or `C`");
    }
}
