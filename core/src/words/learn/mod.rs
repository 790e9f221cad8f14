//! Learn: the nine short modules of patient education, each one screen, in every language
//! (SPEC.md "Learn"; seeds 001, 003 and 004, in the app's own words).

mod acting;
mod living;
mod page;
mod understanding;

pub use page::{page, text, wrap};

use super::Tr;

/// One module: a stable id (kept in the history when it has been read), a title and its text.
/// The text is paragraphs separated by a blank line; the question that closes every module is
/// `TRY_THIS_WEEK`, kept apart so that a screen can put the user's answer right under it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Module {
    pub id: &'static str,
    pub title: Tr,
    pub text: Tr,
}

/// Every module, in the order they are read: understanding the pain first, then what to do
/// about it, then living with it and when to get help.
pub const MODULES: [Module; 9] = [
    understanding::COMMON_BACK_PAIN,
    understanding::PAIN_IS_AN_ALARM,
    understanding::LOAD_AND_CAPACITY,
    acting::UNDER_THE_RADAR,
    acting::FLARE_UP_PLAN,
    acting::WORK_AND_PEOPLE,
    living::SLEEP_STRESS_MOOD,
    living::TREATMENTS_AND_CURES,
    living::WHEN_TO_SEEK_HELP,
];

words! {
    // The optional question that closes every module; the answer is the user's own line.
    TRY_THIS_WEEK = "What will you try this week?", "Hvad vil du prøve i denne uge?", "Hva vil du prøve denne uken?";
    // `ryg learn`, under the list.
    READ_ONE = "Read one with: ryg learn N", "Læs et med: ryg learn N", "Les en med: ryg learn N";
    // After the title of a module the history says was read.
    READ_ALREADY = "read", "læst", "lest";
}

messages! {
    /// `ryg learn N` with an N that names no module.
    no_such_module(given: &str, last: usize) =
        "there is no module {given} to read; give a number from 1 to {last}",
        "der er intet modul {given} at læse; angiv et tal fra 1 til {last}",
        "det finnes ingen modul {given} å lese; oppgi et tall fra 1 til {last}";
}

/// The module numbered `number` as the user counts them, from 1.
pub fn module(number: usize) -> Option<&'static Module> {
    number.checked_sub(1).and_then(|index| MODULES.get(index))
}

#[cfg(test)]
mod tests;
