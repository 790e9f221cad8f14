//! `ryg status --short`: one line for a shell prompt or a status bar, empty when nothing is due.
//!
//! Fast enough to run at every prompt: it reads the history once and looks at the programs only
//! when a session is planned today (docs/performance.md, "A line for the prompt").

use jiff::tz::TimeZone;

use super::{Context, ExitStatus};
use ryg_core::course::{self, Due};
use ryg_core::rules::{Ladder, Today, next_level};
use ryg_core::visible;
use ryg_core::words::{self, course as w};

pub fn run(context: &mut Context) -> anyhow::Result<ExitStatus> {
    let lang = context.lang;
    let now = jiff::Timestamp::now();
    let history = context.counted_history(now)?;
    let zone = TimeZone::system();
    let today = course::local_date(now, &zone);
    let Some(day) = course::latest(&history.records, today, &zone) else {
        return Ok(ExitStatus::Ok);
    };
    let mut parts = Vec::new();
    if day.session_today(today) {
        parts.push(w::SESSION_TODAY.get(lang).to_string());
        let catalog = context.catalog()?;
        let program = &day.course.program;
        if let Some(entry) = catalog.find(program) {
            let ladder = Ladder {
                levels: entry.program.levels(),
                next: entry.program.next.as_deref(),
            };
            let level =
                next_level(&history.sessions_of(program), ladder, Today::at(now, &zone)).level;
            parts.push(format!("{program} {}", words::level_n(lang, level)));
        }
    }
    let check_in = day.due.iter().any(|due| matches!(due, Due::CheckIn(_)));
    let review = day.due.contains(&Due::Review);
    let follow_up = day.due.iter().any(|due| matches!(due, Due::FollowUp(_)));
    for (due, text) in [
        (check_in, w::short_check_in(lang)),
        (review, w::REVIEW_DUE.get(lang).to_string()),
        (follow_up, w::short_follow_up(lang)),
    ] {
        if due {
            parts.push(text);
        }
    }
    if !parts.is_empty() {
        writeln!(context.out, "ryg: {}", visible::visible(&parts.join(" · ")))?;
    }
    Ok(ExitStatus::Ok)
}
