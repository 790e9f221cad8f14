//! Text in a program file: a plain string (English) or a map from language code to string; and
//! which text of its place a problem is about.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use crate::words::Lang;

/// What a text must look like; the parse-error module recognises it in the parser's message.
pub(super) const EXPECTING: &str =
    r#"a text: "words" or {"en": "words", "da": "ord", "nb": "ord"}"#;
/// The start of the error for a language given twice; the code follows it.
pub(super) const REPEATED_LANGUAGE: &str = "repeated language: ";
/// The error for `{}`.
pub(super) const EMPTY: &str = "a text needs at least one language";

/// A text as written in a program file, its translations in the order the author wrote them.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Text {
    translations: Vec<(String, String)>,
}

impl Text {
    /// A text that exists only in English.
    pub fn english(text: impl Into<String>) -> Text {
        Text {
            translations: vec![("en".to_string(), text.into())],
        }
    }

    /// The text in `lang`, else in English, else the first one written.
    pub fn get(&self, lang: Lang) -> &str {
        self.translation(lang.code())
            .or_else(|| self.translation("en"))
            .or_else(|| self.translations.first().map(|(_, text)| text.as_str()))
            .unwrap_or("")
    }

    /// The text in exactly the language `code`, if it was written.
    pub fn translation(&self, code: &str) -> Option<&str> {
        self.translations
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, text)| text.as_str())
    }

    /// The text with `change` made to each of its translations.
    pub(super) fn map(&mut self, change: impl Fn(&str) -> String) {
        for (_, text) in &mut self.translations {
            *text = change(text);
        }
    }

    /// The shipped languages this text has no translation for.
    pub fn missing_languages(&self) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|lang| self.translation(lang.code()).is_none())
            .collect()
    }
}

/// Which text of its place a problem is about: a field such as `title`, or one of the steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextName {
    Field(&'static str),
    /// The step at this index (from 0).
    Step(usize),
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(EXPECTING)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Text, E> {
        Ok(Text::english(text))
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Text, M::Error> {
        let mut translations: Vec<(String, String)> = Vec::new();
        while let Some((code, text)) = map.next_entry::<String, String>()? {
            if translations.iter().any(|(c, _)| *c == code) {
                return Err(de::Error::custom(format!("{REPEATED_LANGUAGE}{code}")));
            }
            translations.push((code, text));
        }
        if translations.is_empty() {
            return Err(de::Error::custom(EMPTY));
        }
        Ok(Text { translations })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(source: &str) -> Result<Text, ron::error::SpannedError> {
        ron::from_str(source)
    }

    #[test]
    fn a_plain_string_is_english() {
        let text = parse(r#""Bridge""#).unwrap();
        assert_eq!(text.get(Lang::En), "Bridge");
        assert_eq!(text.get(Lang::Da), "Bridge");
        assert_eq!(text.missing_languages(), vec![Lang::Da, Lang::Nb]);
    }

    #[test]
    fn a_map_gives_the_language_then_english_then_the_first() {
        let text = parse(r#"{"da": "Bro", "en": "Bridge"}"#).unwrap();
        assert_eq!(text.get(Lang::Da), "Bro");
        assert_eq!(text.get(Lang::Nb), "Bridge");
        let danish_only = parse(r#"{"da": "Bro"}"#).unwrap();
        assert_eq!(danish_only.get(Lang::Nb), "Bro");
    }

    #[test]
    fn empty_maps_repeated_languages_and_numbers_are_refused() {
        assert!(parse("{}").is_err());
        assert!(parse(r#"{"en": "a", "en": "b"}"#).is_err());
        assert!(parse("12").is_err());
    }
}
