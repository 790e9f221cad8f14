//! Why a line of the history file could not be read, as data; `words::journal` tells it in plain
//! words in every language.

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

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::words::Lang;

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
}
