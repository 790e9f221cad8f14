//! The report for the physiotherapist: what it shows, worked out from the records, and its one
//! self-contained HTML page (inline style and SVG charts, no script, nothing fetched).
//!
//! Pure, as the app's model is: the history, the programs, the moment and the time zone are
//! handed in, and the page comes back as text; `cli::report` reads and writes the files.

mod charts;
mod html;
mod model;
mod program;
mod sections;
#[cfg(test)]
mod tests;

pub use model::{Facts, RECENT_WEEKS, Report};

use ryg_core::words::{dates, report as w};

use html::Html;

/// The report's page, as of `facts.now`.
pub fn page(facts: &Facts) -> String {
    write(&Report::of(facts))
}

/// The page of a report worked out.
pub fn write(report: &Report) -> String {
    let lang = report.lang;
    let mut page = Html::page(lang, w::REPORT_TITLE.get(lang));
    let in_sentence = dates::DATE_IN_SENTENCE.get(lang);
    let period = w::report_period(
        lang,
        &report.from.strftime(in_sentence).to_string(),
        &report.to.strftime(in_sentence).to_string(),
    );
    page.raw("<header>\n")
        .element("h1", w::REPORT_TITLE.get(lang))
        .element("p", w::REPORT_FOR.get(lang))
        .raw("<dl>\n")
        .element("dt", w::NAME_LABEL.get(lang))
        .raw("<dd><span class=\"blank\"></span></dd>\n")
        .element("dt", w::PERIOD_LABEL.get(lang))
        .element("dd", &period)
        .element("dt", w::MADE_LABEL.get(lang))
        .element("dd", &report.today.strftime(in_sentence).to_string())
        .raw("</dl>\n");
    if !report.skipped.is_empty() {
        page.with_class("p", "note", &w::skipped_note(lang, report.skipped.len()));
    }
    page.raw("</header>\n");
    match &report.course {
        Some((day, measures)) => sections::course(&mut page, report, day, measures),
        None => sections::recent(&mut page, report),
    }
    program::program(&mut page, report);
    sections::skipped(&mut page, report);
    page.raw("<footer>")
        .element("p", w::FOOTER.get(lang))
        .raw("</footer>\n");
    page.finish()
}
