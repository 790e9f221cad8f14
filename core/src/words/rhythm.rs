//! The words of a course's weekly rhythm: the band on home and the line `ryg status` adds.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::{Lang, Tr};
use crate::course::Due;

words! {
    // The next day to train, when it is today or tomorrow.
    TODAY = "today", "i dag", "i dag";
    TOMORROW = "tomorrow", "i morgen", "i morgen";
    // What is due: the review after the last week.
    DUE_REVIEW = "8-week review", "opsamling efter 8 uger", "oppsummering etter 8 uker";
}

messages! {
    /// Before the strip of weeks while the course runs.
    course_week(week: u32, weeks: u32) =
        "Course week {week} of {weeks}", "Forløb, uge {week} af {weeks}", "Kurs, uke {week} av {weeks}";
    /// Before the strip of weeks once they are over.
    course_weeks_over(weeks: u32) =
        "The {weeks} course weeks are over", "Forløbets {weeks} uger er slut", "Kursets {weeks} uker er over";
    next_session(day: &str) = "Next session: {day}", "Næste træning: {day}", "Neste økt: {day}";
    /// The week's Learn module, numbered as the Learn list numbers it, with the key that opens
    /// the list on it.
    week_module(key: &str, number: usize, title: &str) =
        "Learn ({key}): {number}. {title}", "Lær ({key}): {number}. {title}", "Lær ({key}): {number}. {title}";
    /// The user's own answer to "What will you try this week?", as written.
    your_plan(plan: &str) = "Your plan: “{plan}”", "Din plan: »{plan}«", "Planen din: «{plan}»";
    /// `ryg status`, after its table.
    status_due(what: &str) = "Course: {what} due now.", "Forløb: {what} venter nu.", "Kurs: {what} venter nå.";
}

/// What is due, named: "check-in for week 2", "8-week review", "follow-up at 3 months".
pub fn due_item(due: Due, lang: Lang) -> String {
    match due {
        Due::CheckIn(week) => super::course::check_in_due(lang, week),
        Due::Review => DUE_REVIEW.get(lang).to_string(),
        Due::FollowUp(months) => super::course::follow_up_due(lang, months),
    }
}

/// Everything due, named and joined: "check-in for week 2, follow-up at 3 months".
pub fn due_items(due: &[Due], lang: Lang) -> String {
    due.iter()
        .map(|&due| due_item(due, lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A weekday's whole name, as it is written inside a sentence.
pub fn weekday_name(day: Weekday, lang: Lang) -> &'static str {
    let (en, da, nb) = match day {
        Weekday::Monday => ("Monday", "mandag", "mandag"),
        Weekday::Tuesday => ("Tuesday", "tirsdag", "tirsdag"),
        Weekday::Wednesday => ("Wednesday", "onsdag", "onsdag"),
        Weekday::Thursday => ("Thursday", "torsdag", "torsdag"),
        Weekday::Friday => ("Friday", "fredag", "fredag"),
        Weekday::Saturday => ("Saturday", "lørdag", "lørdag"),
        Weekday::Sunday => ("Sunday", "søndag", "søndag"),
    };
    Tr { en, da, nb }.get(lang)
}

/// A day within the coming week, without its year: `17 Dec`; `17.12.` in Danish and Norwegian.
/// English names the month, which reads the same to day-first and month-first readers.
const DAY_AND_MONTH: Tr = Tr {
    en: "%-d %b",
    da: "%-d.%-m.",
    nb: "%-d.%-m.",
};

/// The next day to train, as seen from `today`: "today", "tomorrow", else its weekday and date,
/// "Thursday 17 Dec" ("torsdag 17.12.").
pub fn day_from(today: Date, day: Date, lang: Lang) -> String {
    if day == today {
        return TODAY.get(lang).to_string();
    }
    if today
        .checked_add(1.day())
        .is_ok_and(|tomorrow| tomorrow == day)
    {
        return TOMORROW.get(lang).to_string();
    }
    let date = day.strftime(DAY_AND_MONTH.get(lang));
    format!("{} {date}", weekday_name(day.weekday(), lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn the_next_day_is_today_tomorrow_or_a_weekday_with_its_date() {
        let today = date(2026, 12, 16);
        let day = |d: i8, lang: Lang| day_from(today, date(2026, 12, d), lang);
        assert_eq!(day(16, Lang::En), "today");
        assert_eq!(day(17, Lang::Da), "i morgen");
        assert_eq!(day(21, Lang::En), "Monday 21 Dec");
        assert_eq!(day(21, Lang::Da), "mandag 21.12.");
        assert_eq!(day(21, Lang::Nb), "mandag 21.12.");
        assert_eq!(
            day_from(date(2026, 12, 31), date(2027, 1, 4), Lang::En),
            "Monday 4 Jan"
        );
    }

    #[test]
    fn what_is_due_is_named_in_each_language() {
        let due = [Due::CheckIn(2), Due::FollowUp(3)];
        assert_eq!(
            due_items(&due, Lang::En),
            "check-in for week 2, follow-up at 3 months"
        );
        assert_eq!(
            status_due(Lang::Da, &due_items(&[Due::Review], Lang::Da)),
            "Forløb: opsamling efter 8 uger venter nu."
        );
    }
}
