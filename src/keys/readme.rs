//! The README's table of keys, made from the tables so that it cannot drift from them.

use super::{Keymap, Row, table};
use ryg_core::words::Lang;

/// Where the table sits in the README.
pub const BEGIN: &str =
    "<!-- The table of keys is made from src/keys/table.rs; `cargo test keys` checks it. -->";
pub const END: &str = "<!-- End of the table of keys. -->";

/// Where a keymap applies, as the README names it.
fn place(keymap: Keymap) -> &'static str {
    match keymap {
        Keymap::SafetyQuestion => "the safety check",
        Keymap::SafetyStop => "the safety check, after a sign that needs emergency care",
        Keymap::SafetySeeDoctor => "the safety check, after a sign to see a doctor about",
        Keymap::Home => "home",
        Keymap::MorningAnswer => "the morning question, before a session",
        Keymap::MorningAnswerFromHistory => "the morning question, from the history",
        Keymap::PainBefore => "the pain question before a session",
        Keymap::PainBeforeBadDay => "the pain question before a session, on a bad day",
        Keymap::PainAfter => "the pain question after a session",
        Keymap::Training => "a session",
        Keymap::WhyStopped => "the question why a session was ended early",
        Keymap::Result => "the result of a session",
        Keymap::History => "the history",
        Keymap::HistoryDetail => "a session in full, in the history",
        Keymap::HistoryEmpty => "the history, before the first session",
        Keymap::LearnList => "the Learn modules (`l` on home)",
        Keymap::LearnModule => "a Learn module, with its plan line",
        Keymap::CourseProgram => "starting a course (`c` on home): its program",
        Keymap::CourseDays => "starting a course: its two days",
        Keymap::CourseGoal => "starting a course: a goal, in your own words",
        Keymap::CourseRating => "starting a course: a rating",
        Keymap::CheckRating => "a course's check-in, review or follow-up (`c` on home): a rating",
        Keymap::CheckSummary => "the review or a follow-up: the weeks then → now",
        Keymap::CheckChange => "the review or a follow-up: how your back is compared with before",
        Keymap::CheckAcceptable => {
            "the review or a follow-up: is your back in a state you can accept?"
        }
        Keymap::CheckMeaning => "the review or a follow-up: what the change means",
        Keymap::HelpOverlay => "help (`?`)",
        Keymap::WarningSigns => "the warning signs (`!` in help)",
        Keymap::ConfirmQuit => "ending a session early (`q` in a session)",
    }
}

fn line(place: &str, row: &Row) -> String {
    format!(
        "| {place} | `{}` | {} |\n",
        row.keys(Lang::En),
        row.help.get(Lang::En)
    )
}

/// The README's section of keys, from its first marker to its last.
pub fn readme_table() -> String {
    // The keys of every screen (the boxes over them keep only the chords, and a screen with a
    // text field gives every character to the field).
    let screens = || {
        (Keymap::ALL.into_iter()).filter(|keymap| {
            !matches!(
                keymap,
                Keymap::HelpOverlay
                    | Keymap::WarningSigns
                    | Keymap::ConfirmQuit
                    | Keymap::LearnModule
                    | Keymap::CourseGoal
            )
        })
    };
    let typing = table(Keymap::LearnModule, Lang::En);
    let everywhere: Vec<Row> = table(Keymap::Home, Lang::En)
        .into_iter()
        .filter(|row| {
            screens().all(|keymap| table(keymap, Lang::En).iter().any(|r| r.binds == row.binds))
        })
        .collect();
    let mut text = format!("{BEGIN}\n| where | keys | what they do |\n|---|---|---|\n");
    for row in &everywhere {
        let place = if typing.iter().any(|r| r.binds == row.binds) {
            "everywhere"
        } else {
            "everywhere but while typing"
        };
        text.push_str(&line(place, row));
    }
    for keymap in Keymap::ALL {
        for row in table(keymap, Lang::En) {
            // Ctrl-C, Ctrl-Z and `?` work alike on every screen, and are listed once.
            let said = everywhere.iter().any(|shown| shown.binds == row.binds);
            if !said {
                text.push_str(&line(place(keymap), &row));
            }
        }
    }
    text.push_str(END);
    text
}

#[test]
fn the_readme_lists_the_keys_of_the_tables() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("the README");
    let (start, end) = (readme.find(BEGIN), readme.find(END));
    let found = match (start, end) {
        (Some(start), Some(end)) => &readme[start..end + END.len()],
        _ => "",
    };
    let made = readme_table();
    assert!(
        found == made,
        "The README's table of keys differs from src/keys/table.rs; it should read:\n\n{made}\n"
    );
}
