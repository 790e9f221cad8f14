//! Why a line of the history file could not be read, told in plain words in every language.

use crate::words::Lang;

/// Why a line was skipped, with the facts needed to say it in any language. It holds no text
/// from the parser, so no library's wording can reach the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// The line starts with a kind of record this version does not know.
    UnknownKind {
        found: String,
    },
    /// A field holds a word that is not one of its choices.
    UnknownValue {
        field: &'static str,
        found: String,
        expected: &'static [&'static str],
    },
    MissingField {
        field: &'static str,
    },
    RepeatedField {
        field: &'static str,
    },
    /// A number outside what the field allows. `highest` is `None` when the only upper limit is
    /// the largest whole number ryg keeps (over four billion), which is not worth stating.
    OutOfRange {
        field: &'static str,
        value: i64,
        lowest: i64,
        highest: Option<i64>,
    },
    /// A time that is not an RFC 3339 time such as `2026-11-20T08:00:00Z`.
    NotATime {
        field: &'static str,
    },
    /// `pain_after: 4` instead of `pain_after: Some(4)`; `written` is what stands there instead.
    PainAfterWithoutSome {
        written: String,
    },
    /// The last line has no line break and stops partway, most likely because a write was
    /// interrupted.
    CutShort,
    NotUtf8,
    /// Brackets nested deeper than the parser follows.
    TooDeep,
    /// Anything else; `column` (1-based, in characters) is where the parser gave up.
    NotARecord {
        column: usize,
    },
}

impl Unreadable {
    /// The reason in plain words, without the file and line it is about.
    pub fn text(&self, lang: Lang) -> String {
        use Lang::*;
        match self {
            Unreadable::UnknownKind { found } => match lang {
                En => format!("unknown kind of record `{found}`; a newer version of ryg may have written it"),
                Da => format!("ukendt slags registrering `{found}`; en nyere version af ryg har måske skrevet den"),
                Nb => format!("ukjent type registrering `{found}`; en nyere versjon av ryg kan ha skrevet den"),
            },
            Unreadable::UnknownValue {
                field,
                found,
                expected,
            } => {
                let choices = one_of(expected, lang);
                match lang {
                    En => format!("`{field}` is `{found}`, which this version of ryg does not know; it can be {choices}"),
                    Da => format!("`{field}` er `{found}`, som denne version af ryg ikke kender; den kan være {choices}"),
                    Nb => format!("`{field}` er `{found}`, som denne versjonen av ryg ikke kjenner; den kan være {choices}"),
                }
            }
            Unreadable::MissingField { field } => match lang {
                En => format!("the field `{field}` is missing"),
                Da => format!("feltet `{field}` mangler"),
                Nb => format!("feltet `{field}` mangler"),
            },
            Unreadable::RepeatedField { field } => match lang {
                En => format!("the field `{field}` is written twice"),
                Da => format!("feltet `{field}` står der to gange"),
                Nb => format!("feltet `{field}` står der to ganger"),
            },
            Unreadable::OutOfRange {
                field,
                value,
                lowest,
                highest: Some(highest),
            } => match lang {
                En => format!("`{field}` is {value}, but it can only be from {lowest} to {highest}"),
                Da => format!("`{field}` er {value}, men den kan kun være fra {lowest} til {highest}"),
                Nb => format!("`{field}` er {value}, men den kan bare være fra {lowest} til {highest}"),
            },
            Unreadable::OutOfRange {
                field,
                value,
                lowest,
                highest: None,
            } if value < lowest => match lang {
                En => format!("`{field}` is {value}, but it must be {lowest} or more"),
                Da => format!("`{field}` er {value}, men den skal være {lowest} eller mere"),
                Nb => format!("`{field}` er {value}, men den må være {lowest} eller mer"),
            },
            Unreadable::OutOfRange {
                field,
                value,
                highest: None,
                ..
            } => match lang {
                En => format!("`{field}` is {value}, which is more than ryg can count"),
                Da => format!("`{field}` er {value}, hvilket er mere, end ryg kan tælle"),
                Nb => format!("`{field}` er {value}, som er mer enn ryg kan telle"),
            },
            Unreadable::NotATime { field } => match lang {
                En => format!("`{field}` is not a time ryg can read; write it like \"2026-11-20T08:00:00Z\""),
                Da => format!("`{field}` er ikke et tidspunkt, ryg kan læse; skriv det som \"2026-11-20T08:00:00Z\""),
                Nb => format!("`{field}` er ikke et tidspunkt ryg kan lese; skriv det som \"2026-11-20T08:00:00Z\""),
            },
            Unreadable::PainAfterWithoutSome { written } => {
                // Only a plain number is worth repeating back inside `Some(…)`.
                let number = if !written.is_empty() && written.bytes().all(|b| b.is_ascii_digit()) {
                    written.as_str()
                } else {
                    "4"
                };
                match lang {
                    En => format!("`pain_after` needs Some( ) around its number: write Some({number}), or None if there is no answer"),
                    Da => format!("`pain_after` skal have Some( ) om tallet: skriv Some({number}), eller None hvis der ikke er noget svar"),
                    Nb => format!("`pain_after` må ha Some( ) rundt tallet: skriv Some({number}), eller None hvis det ikke er noe svar"),
                }
            }
            Unreadable::CutShort => match lang {
                En => "the last line stops partway, probably because a write was interrupted; it is kept as it is",
                Da => "den sidste linje slutter midt i, sandsynligvis fordi en skrivning blev afbrudt; den bliver stående, som den er",
                Nb => "den siste linjen slutter midt i, sannsynligvis fordi en skriving ble avbrutt; den blir stående som den er",
            }
            .to_string(),
            Unreadable::NotUtf8 => match lang {
                En => "the line is not readable text (it is not valid UTF-8)",
                Da => "linjen er ikke læsbar tekst (den er ikke gyldig UTF-8)",
                Nb => "linjen er ikke lesbar tekst (den er ikke gyldig UTF-8)",
            }
            .to_string(),
            Unreadable::TooDeep => match lang {
                En => "the line has too many brackets inside one another to be a history record",
                Da => "linjen har for mange parenteser inden i hinanden til at være en registrering i historikken",
                Nb => "linjen har for mange parenteser inni hverandre til å være en registrering i historikken",
            }
            .to_string(),
            Unreadable::NotARecord { column } => match lang {
                En => format!("the line is not a history record ryg can read (look near column {column})"),
                Da => format!("linjen er ikke en registrering, ryg kan læse (se omkring kolonne {column})"),
                Nb => format!("linjen er ikke en registrering ryg kan lese (se rundt kolonne {column})"),
            },
        }
    }

    /// Whether this reason can come from a line ryg wrote that lost its end. Appending writes whole
    /// lines, so a cut leaves the start of a well-formed record: it can stop inside a word, a
    /// character or a field, but it cannot close a record with a field missing, repeat a field,
    /// nest brackets, or hold a wrong value in a field it finished.
    pub(super) fn may_be_a_cut(&self) -> bool {
        match self {
            Unreadable::UnknownKind { .. }
            | Unreadable::UnknownValue { .. }
            | Unreadable::PainAfterWithoutSome { .. }
            | Unreadable::CutShort
            | Unreadable::NotUtf8
            | Unreadable::NotARecord { .. } => true,
            Unreadable::MissingField { .. }
            | Unreadable::RepeatedField { .. }
            | Unreadable::OutOfRange { .. }
            | Unreadable::NotATime { .. }
            | Unreadable::TooDeep => false,
        }
    }
}

/// `` `A`, `B` or `C` `` in `lang`.
fn one_of(choices: &[&str], lang: Lang) -> String {
    let or = match lang {
        Lang::En => "or",
        Lang::Da | Lang::Nb => "eller",
    };
    let quoted: Vec<String> = choices.iter().map(|c| format!("`{c}`")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {or} {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// One sample of every way a reason is told; `OutOfRange` is told in three shapes, so each
    /// shape has its own.
    fn samples() -> Vec<Unreadable> {
        vec![
            Unreadable::UnknownKind {
                found: "Weight".into(),
            },
            Unreadable::UnknownValue {
                field: "morning",
                found: "Awful".into(),
                expected: &["Better", "Same", "Worse"],
            },
            Unreadable::MissingField { field: "clear" },
            Unreadable::RepeatedField { field: "clear" },
            Unreadable::OutOfRange {
                field: "pain_after",
                value: 11,
                lowest: 0,
                highest: Some(10),
            },
            Unreadable::OutOfRange {
                field: "level",
                value: 0,
                lowest: 1,
                highest: None,
            },
            Unreadable::OutOfRange {
                field: "reps_done",
                value: 5_000_000_000,
                lowest: 0,
                highest: None,
            },
            Unreadable::NotATime { field: "started" },
            Unreadable::PainAfterWithoutSome {
                written: "4".into(),
            },
            Unreadable::CutShort,
            Unreadable::NotUtf8,
            Unreadable::TooDeep,
            Unreadable::NotARecord { column: 18 },
        ]
    }

    /// Adding a variant breaks this match, which is the reminder to add a sample of it.
    const KINDS: usize = 11;
    fn kind(why: &Unreadable) -> usize {
        match why {
            Unreadable::UnknownKind { .. } => 0,
            Unreadable::UnknownValue { .. } => 1,
            Unreadable::MissingField { .. } => 2,
            Unreadable::RepeatedField { .. } => 3,
            Unreadable::OutOfRange { .. } => 4,
            Unreadable::NotATime { .. } => 5,
            Unreadable::PainAfterWithoutSome { .. } => 6,
            Unreadable::CutShort => 7,
            Unreadable::NotUtf8 => 8,
            Unreadable::TooDeep => 9,
            Unreadable::NotARecord { .. } => 10,
        }
    }

    #[test]
    fn every_reason_has_its_own_words_in_every_language() {
        let samples = samples();
        let kinds: BTreeSet<usize> = samples.iter().map(kind).collect();
        assert_eq!(kinds.len(), KINDS, "a kind of reason has no sample");
        for lang in Lang::ALL {
            let texts: BTreeSet<String> = samples.iter().map(|why| why.text(lang)).collect();
            assert_eq!(
                texts.len(),
                samples.len(),
                "two reasons read alike in {lang}"
            );
            assert!(texts.iter().all(|text| !text.trim().is_empty()), "{lang}");
        }
        for why in &samples {
            let english = why.text(Lang::En);
            for lang in [Lang::Da, Lang::Nb] {
                assert_ne!(
                    why.text(lang),
                    english,
                    "{why:?} is not translated to {lang}"
                );
            }
        }
    }

    #[test]
    fn the_facts_appear_in_the_words() {
        let unknown = Unreadable::UnknownValue {
            field: "morning",
            found: "Awful".into(),
            expected: &["Better", "Same", "Worse"],
        };
        assert_eq!(
            unknown.text(Lang::En),
            "`morning` is `Awful`, which this version of ryg does not know; it can be `Better`, `Same` or `Worse`"
        );
        assert!(
            unknown
                .text(Lang::Da)
                .ends_with("`Better`, `Same` eller `Worse`")
        );
        let pain = Unreadable::PainAfterWithoutSome {
            written: "7".into(),
        };
        for lang in Lang::ALL {
            assert!(pain.text(lang).contains("Some(7)"), "{}", pain.text(lang));
            assert!(pain.text(lang).contains("None"), "{}", pain.text(lang));
        }
        // A word that is not a number is not repeated back as if it were one.
        let word = Unreadable::PainAfterWithoutSome {
            written: "four".into(),
        };
        assert!(
            word.text(Lang::En).contains("Some(4)"),
            "{}",
            word.text(Lang::En)
        );
        let column = Unreadable::NotARecord { column: 42 };
        for lang in Lang::ALL {
            assert!(column.text(lang).contains("42"), "{}", column.text(lang));
        }
    }

    #[test]
    fn choices_are_joined_like_a_sentence() {
        assert_eq!(one_of(&[], Lang::En), "");
        assert_eq!(one_of(&["A"], Lang::En), "`A`");
        assert_eq!(one_of(&["A", "B"], Lang::Nb), "`A` eller `B`");
        assert_eq!(one_of(&["A", "B", "C"], Lang::En), "`A`, `B` or `C`");
    }
}
