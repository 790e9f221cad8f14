//! How a date and a time of day are written wherever ryg shows one: in tables and exports the
//! same in every language, inside a sentence the way each language writes it.
//!
//! ISO order (2026-11-20) reads the same in English, Danish and Norwegian, sorts as text, and is
//! how the history file and the exports write dates, so tables (the history list, its chart, the
//! detail's "When" row, `ryg history`) use it. Inside a sentence a Dane or a Norwegian writes
//! 20.11.2026, so the sentences that name a day use the `IN_SENTENCE` formats: the morning
//! question, the line saying why the safety check is asked again, the last session on the home
//! screen, and the history screen's line about a morning not answered yet. English keeps ISO
//! there too, since day-first and month-first English disagree and ISO reads the same to both.
//! A record dated in the future is named by its time as the history file writes it, so that it
//! can be found there. The time of day has 24 hours, as in Denmark and Norway.

use super::Tr;

/// A calendar day: `2026-11-20`.
pub const DATE: &str = "%Y-%m-%d";
/// A day and the time of day: `2026-11-20 08:00`.
pub const DATE_AND_TIME: &str = "%Y-%m-%d %H:%M";
/// The time of day: `08:00`.
pub const TIME: &str = "%H:%M";

/// A calendar day inside a sentence: `2026-11-20`; `20.11.2026` in Danish and Norwegian.
pub const DATE_IN_SENTENCE: Tr = Tr {
    en: DATE,
    da: "%d.%m.%Y",
    nb: "%d.%m.%Y",
};
/// A day and the time of day inside a sentence: `2026-11-20 08:00`; `20.11.2026 kl. 08:00` in
/// Danish and Norwegian.
pub const DATE_AND_TIME_IN_SENTENCE: Tr = Tr {
    en: DATE_AND_TIME,
    da: "%d.%m.%Y kl. %H:%M",
    nb: "%d.%m.%Y kl. %H:%M",
};

/// The months, short, as the history chart names them under its weeks and months.
pub const MONTHS: [Tr; 12] = [
    Tr {
        en: "Jan",
        da: "jan",
        nb: "jan",
    },
    Tr {
        en: "Feb",
        da: "feb",
        nb: "feb",
    },
    Tr {
        en: "Mar",
        da: "mar",
        nb: "mar",
    },
    Tr {
        en: "Apr",
        da: "apr",
        nb: "apr",
    },
    Tr {
        en: "May",
        da: "maj",
        nb: "mai",
    },
    Tr {
        en: "Jun",
        da: "jun",
        nb: "jun",
    },
    Tr {
        en: "Jul",
        da: "jul",
        nb: "jul",
    },
    Tr {
        en: "Aug",
        da: "aug",
        nb: "aug",
    },
    Tr {
        en: "Sep",
        da: "sep",
        nb: "sep",
    },
    Tr {
        en: "Oct",
        da: "okt",
        nb: "okt",
    },
    Tr {
        en: "Nov",
        da: "nov",
        nb: "nov",
    },
    Tr {
        en: "Dec",
        da: "dec",
        nb: "des",
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::Lang;

    #[test]
    fn each_format_writes_what_its_name_says() {
        let at = jiff::civil::date(2026, 1, 5).at(7, 4, 9, 0);
        assert_eq!(at.strftime(DATE).to_string(), "2026-01-05");
        assert_eq!(at.strftime(DATE_AND_TIME).to_string(), "2026-01-05 07:04");
        assert_eq!(at.strftime(TIME).to_string(), "07:04");
    }

    #[test]
    fn sentences_write_the_day_as_each_language_does() {
        let at = jiff::civil::date(2026, 11, 26).at(8, 0, 0, 0);
        let day = |lang: Lang| at.strftime(DATE_IN_SENTENCE.get(lang)).to_string();
        let day_and_time =
            |lang: Lang| at.strftime(DATE_AND_TIME_IN_SENTENCE.get(lang)).to_string();
        assert_eq!(day(Lang::En), "2026-11-26");
        assert_eq!(day(Lang::Da), "26.11.2026");
        assert_eq!(day(Lang::Nb), "26.11.2026");
        assert_eq!(day_and_time(Lang::En), "2026-11-26 08:00");
        assert_eq!(day_and_time(Lang::Da), "26.11.2026 kl. 08:00");
        assert_eq!(day_and_time(Lang::Nb), "26.11.2026 kl. 08:00");
    }
}
