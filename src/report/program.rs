//! The report's last section: the program trained now, at its recommended level, with each
//! exercise's dose, steps and figures, to print and keep.

use ryg_core::program::Figure;
use ryg_core::session::Planned;
use ryg_core::words::{self, Lang, clock, report as w, seconds};

use super::html::{Html, escape};
use super::model::Report;

/// The program now, or a line saying there is none to show.
pub fn program(page: &mut Html, report: &Report) {
    let lang = report.lang;
    page.raw("<section id=\"program\">\n")
        .element("h2", w::PROGRAM_HEADING.get(lang));
    let Some(now) = &report.program else {
        page.element("p", w::NO_PROGRAM.get(lang))
            .raw("</section>\n");
        return;
    };
    let title = now.program.title.get(lang);
    page.element(
        "p",
        &w::program_at_level(lang, title, now.level, now.program.levels()),
    )
    .element("p", &w::level_because(lang, &now.why));
    match &now.plan {
        Some((plan, length)) => {
            page.element(
                "p",
                &w::session_length(lang, &clock(length.total_whole_secs()), length.reps_planned),
            )
            .element("p", words::HOW_OFTEN.get(lang));
            for planned in &plan.exercises {
                exercise(page, planned, lang);
            }
        }
        None => {
            page.element("p", w::NO_PROGRAM.get(lang));
        }
    }
    page.raw("</section>\n");
}

/// One exercise: its name, purpose, dose, steps and the two figures.
fn exercise(page: &mut Html, planned: &Planned, lang: Lang) {
    let name = planned.name().get(lang);
    let name = if planned.warm_up {
        format!("{name} ({})", w::WARM_UP_MARK.get(lang))
    } else {
        name.to_string()
    };
    let level = &planned.level;
    let tempo: Vec<String> = level
        .tempo
        .iter()
        .map(|phase| format!("{} {}", phase.word(lang), seconds(lang, phase.secs)))
        .collect();
    let dose = w::dose(
        lang,
        level.sets,
        &planned.reps_and_sides(lang),
        &tempo.join(" · "),
        &seconds(lang, f64::from(level.rest_secs)),
    );
    page.raw("<div class=\"exercise\">\n")
        .element("h3", &name)
        .element("p", planned.exercise.purpose.get(lang))
        .with_class("p", "dose", &dose);
    let steps = planned.steps();
    if !steps.is_empty() {
        page.raw("<ol>\n");
        for step in steps {
            page.element("li", step.get(lang));
        }
        page.raw("</ol>\n");
    }
    if let Some(figure) = &planned.exercise.figure {
        page.raw("<div class=\"figures\">\n");
        for (label, drawing) in [
            (w::FIGURE_START, &figure.start),
            (w::FIGURE_END, &figure.end),
        ] {
            let lines: Vec<String> = Figure::lines(drawing).into_iter().map(escape).collect();
            page.raw(&format!(
                "<div><b>{}</b><pre>{}</pre></div>\n",
                escape(label.get(lang)),
                lines.join("\n")
            ));
        }
        page.raw("</div>\n");
    }
    page.raw("</div>\n");
}
