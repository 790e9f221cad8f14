//! How a date and a time of day are written wherever ryg shows one: the same in every language.
//!
//! ISO order (2026-11-20) reads the same in English, Danish and Norwegian, sorts as text, and is
//! how the history file and the exports write dates; the time of day has 24 hours, as in Denmark
//! and Norway. Every screen and command formats with these, so they cannot drift apart.

/// A calendar day: `2026-11-20`.
pub const DATE: &str = "%Y-%m-%d";
/// A day and the time of day: `2026-11-20 08:00`.
pub const DATE_AND_TIME: &str = "%Y-%m-%d %H:%M";
/// The time of day: `08:00`.
pub const TIME: &str = "%H:%M";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_format_writes_what_its_name_says() {
        let at = jiff::civil::date(2026, 1, 5).at(7, 4, 9, 0);
        assert_eq!(at.strftime(DATE).to_string(), "2026-01-05");
        assert_eq!(at.strftime(DATE_AND_TIME).to_string(), "2026-01-05 07:04");
        assert_eq!(at.strftime(TIME).to_string(), "07:04");
    }
}
