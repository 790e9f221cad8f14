//! What a new course may be given: exactly two training days and up to three goals in the user's words.

use jiff::civil::Weekday;

use super::WEEK;
use crate::words::Lang;
use crate::words::course as w;

/// The longest goal, in characters: a short activity in the user's words fits a line of the
/// course's screens with room to spare.
pub const GOAL_LIMIT: usize = 80;

/// The most goals a course holds.
pub const GOALS_MAX: usize = 3;

/// Exactly two different days from `mon,thu`, in the order given.
pub fn weekdays(days: &[String], lang: Lang) -> Result<Vec<Weekday>, String> {
    let mut chosen = Vec::new();
    for day in days.iter().map(|day| day.trim().to_lowercase()) {
        let Some(weekday) = WEEK.into_iter().find(|&weekday| day_word(weekday) == day) else {
            return Err(w::unknown_day(lang, &day));
        };
        if !chosen.contains(&weekday) {
            chosen.push(weekday);
        }
    }
    if chosen.len() != 2 || days.len() != 2 {
        return Err(w::DAYS_NOT_TWO.get(lang).to_string());
    }
    Ok(chosen)
}

/// At most three goals, none empty, none longer than `GOAL_LIMIT`, none with control characters.
pub fn goals_ok(goals: &[String], lang: Lang) -> Result<(), String> {
    if goals.len() > GOALS_MAX {
        return Err(w::TOO_MANY_GOALS.get(lang).to_string());
    }
    goals.iter().try_for_each(|goal| goal_ok(goal, lang))
}

/// One goal: not empty, not longer than `GOAL_LIMIT`, no control characters.
pub fn goal_ok(goal: &str, lang: Lang) -> Result<(), String> {
    if goal.chars().any(char::is_control) {
        return Err(w::GOAL_CONTROL.get(lang).to_string());
    }
    if goal.trim().is_empty() {
        return Err(w::GOAL_EMPTY.get(lang).to_string());
    }
    if goal.trim().chars().count() > GOAL_LIMIT {
        return Err(w::goal_too_long(lang, GOAL_LIMIT));
    }
    Ok(())
}

/// The contract's stable day words, also what `--days` takes: "mon", "thu".
pub fn day_word(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "mon",
        Weekday::Tuesday => "tue",
        Weekday::Wednesday => "wed",
        Weekday::Thursday => "thu",
        Weekday::Friday => "fri",
        Weekday::Saturday => "sat",
        Weekday::Sunday => "sun",
    }
}
