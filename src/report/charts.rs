//! The report's charts, drawn by plotters into SVG text: pain by course week, sessions per week
//! against the plan of two, and each session's level with its zone.
//!
//! Each mark of a chart has a colour no other part of it uses (the legend is written in the
//! page, not in the chart), so what a chart shows can be counted in the page: one mark of a
//! zone's colour per session of that zone, one point per rating, one bar per week.

use jiff::ToSpan;
use jiff::civil::Date;
use plotters::prelude::*;

use ryg_core::journal::{Measure, MeasurePoint};
use ryg_core::rules::Zone;
use ryg_core::words::{Lang, Tr, dates, report as w};

use super::model::Session;

/// Width and height of every chart in SVG pixels; the page scales them to its width.
pub const SIZE: (u32, u32) = (680, 250);

pub const GREEN: RGBColor = RGBColor(0x2E, 0x7D, 0x32);
pub const AMBER: RGBColor = RGBColor(0xB2, 0x6A, 0x00);
pub const RED: RGBColor = RGBColor(0xC6, 0x28, 0x28);
/// The pain line and its points.
pub const PAIN: RGBColor = RGBColor(0x1F, 0x4E, 0x79);
/// The bars of sessions done.
pub const BARS: RGBColor = RGBColor(0x5B, 0x8D, 0xB8);
/// The plan's line of two a week.
const PLAN: RGBColor = RGBColor(0x44, 0x44, 0x44);

/// A zone's colour, as its marks and the legend show it.
pub fn zone_colour(zone: Zone) -> RGBColor {
    match zone {
        Zone::Green => GREEN,
        Zone::Amber => AMBER,
        Zone::Red => RED,
    }
}

/// The colour as CSS writes it, for the legend beside a chart.
pub fn css(colour: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", colour.0, colour.1, colour.2)
}

/// Draws into an SVG text of [`SIZE`]; a chart that cannot be drawn leaves what was drawn so far
/// (plotters fails only on a backend error, which writing into a string does not have).
fn svg(draw: impl FnOnce(&DrawingArea<SVGBackend, plotters::coord::Shift>) -> Drawn) -> String {
    let mut text = String::new();
    {
        let root = SVGBackend::with_string(&mut text, SIZE).into_drawing_area();
        let _ = root.fill(&WHITE);
        let _ = draw(&root);
        let _ = root.present();
    }
    text
}

type Drawn = Result<(), Box<dyn std::error::Error>>;

fn word(tr: Tr, lang: Lang) -> &'static str {
    tr.get(lang)
}

/// Where a rating sits on the course's weeks: the start at 0, week n's check-in at n, the review
/// at the last week; a follow-up months later is not on this axis.
fn week_at(point: MeasurePoint, weeks: u32) -> Option<u32> {
    match point {
        MeasurePoint::Start => Some(0),
        MeasurePoint::Week(week) => Some(week.min(weeks)),
        MeasurePoint::End => Some(weeks),
        MeasurePoint::Months(_) => None,
    }
}

/// The points of the pain chart: one per course week that has a rating, the last one written
/// when it was given again.
pub fn pain_points<'a>(
    measures: impl IntoIterator<Item = &'a Measure>,
    weeks: u32,
) -> Vec<(u32, u8)> {
    let mut points: Vec<(u32, u8)> = Vec::new();
    for measure in measures {
        let Some(week) = week_at(measure.point, weeks) else {
            continue;
        };
        match points.iter_mut().find(|(at, _)| *at == week) {
            Some(point) => point.1 = measure.pain_week,
            None => points.push((week, measure.pain_week)),
        }
    }
    points.sort_by_key(|(week, _)| *week);
    points
}

/// Average pain over a week, 0–10, at each rating of the course.
pub fn pain_by_week(points: &[(u32, u8)], weeks: u32, lang: Lang) -> String {
    svg(|root| {
        let mut chart = ChartBuilder::on(root)
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(50)
            .build_cartesian_2d(-0.3f64..f64::from(weeks) + 0.3, 0f64..10.5)?;
        chart
            .configure_mesh()
            .x_labels(weeks as usize + 1)
            .y_labels(6)
            .x_label_formatter(&|x| format!("{}", x.round() as i64))
            .y_label_formatter(&|y| format!("{}", y.round() as i64))
            .x_desc(word(w::AXIS_WEEK, lang))
            .y_desc(word(w::AXIS_PAIN, lang))
            .disable_x_mesh()
            .max_light_lines(0)
            .label_style(("sans-serif", 14))
            .axis_desc_style(("sans-serif", 14))
            .draw()?;
        let at = |(week, pain): &(u32, u8)| (f64::from(*week), f64::from(*pain));
        chart.draw_series(LineSeries::new(points.iter().map(at), PAIN.stroke_width(2)))?;
        chart.draw_series(
            points
                .iter()
                .map(|point| Circle::new(at(point), 5, PAIN.filled())),
        )?;
        Ok(())
    })
}

/// Sessions done in each week, as bars, with the plan of two a week as a dashed line.
pub fn sessions_per_week(done_by_week: &[u32], axis: Tr, lang: Lang) -> String {
    let weeks = done_by_week.len() as u32;
    let top = done_by_week.iter().copied().max().unwrap_or(0).max(3);
    svg(|root| {
        let mut chart = ChartBuilder::on(root)
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(50)
            .build_cartesian_2d(0.5f64..f64::from(weeks) + 0.5, 0f64..f64::from(top) + 0.5)?;
        chart
            .configure_mesh()
            .x_labels(weeks as usize)
            .y_labels(top as usize + 1)
            .x_label_formatter(&|x| format!("{}", x.round() as i64))
            .y_label_formatter(&|y| format!("{}", y.round() as i64))
            .x_desc(word(axis, lang))
            .y_desc(word(w::AXIS_SESSIONS, lang))
            .disable_x_mesh()
            .max_light_lines(0)
            .label_style(("sans-serif", 14))
            .axis_desc_style(("sans-serif", 14))
            .draw()?;
        chart.draw_series(done_by_week.iter().zip(1..).map(|(&done, week)| {
            let week = f64::from(week);
            Rectangle::new(
                [(week - 0.3, 0.0), (week + 0.3, f64::from(done))],
                BARS.filled(),
            )
        }))?;
        chart.draw_series(DashedLineSeries::new(
            [(0.5, 2.0), (f64::from(weeks) + 0.5, 2.0)],
            8,
            5,
            PLAN.stroke_width(2),
        ))?;
        Ok(())
    })
}

/// Each session's level over the period's days, its mark the zone's colour and shape: a circle
/// for green, a triangle for amber, a square for red.
pub fn levels(sessions: &[&Session], from: Date, days: u32, levels: u32, lang: Lang) -> String {
    let top = sessions
        .iter()
        .map(|session| session.level)
        .max()
        .unwrap_or(1)
        .max(levels)
        .max(1);
    // Weeks along the axis, so its labels fall on whole weeks from the start, each named by
    // its date.
    let weeks = f64::from(days) / 7.0;
    let date_at = |week: &f64| {
        from.checked_add(((week * 7.0).round() as i64).days())
            .map_or_else(
                |_| String::new(),
                |date| date.strftime(dates::DATE).to_string(),
            )
    };
    svg(|root| {
        let mut chart = ChartBuilder::on(root)
            .margin(12)
            .margin_right(30)
            .x_label_area_size(40)
            .y_label_area_size(50)
            .build_cartesian_2d(-0.15f64..weeks + 0.15, 0.5f64..f64::from(top) + 0.5)?;
        chart
            .configure_mesh()
            .x_labels(6)
            .y_labels(top as usize)
            .x_label_formatter(&date_at)
            .y_label_formatter(&|y| format!("{}", y.round() as i64))
            .x_desc(word(w::AXIS_DATE, lang))
            .y_desc(word(w::AXIS_LEVEL, lang))
            .disable_x_mesh()
            .max_light_lines(0)
            .label_style(("sans-serif", 14))
            .axis_desc_style(("sans-serif", 14))
            .draw()?;
        let at = |session: &&&Session| (session.day / 7.0, f64::from(session.level));
        let of = |zone: Zone| sessions.iter().filter(move |session| session.zone == zone);
        chart.draw_series(of(Zone::Green).map(|session| {
            EmptyElement::at(at(&session)) + Circle::new((0, 0), 5, GREEN.filled())
        }))?;
        chart.draw_series(of(Zone::Amber).map(|session| {
            EmptyElement::at(at(&session)) + TriangleMarker::new((0, 0), 7, AMBER.filled())
        }))?;
        chart.draw_series(of(Zone::Red).map(|session| {
            EmptyElement::at(at(&session)) + Rectangle::new([(-5, -5), (5, 5)], RED.filled())
        }))?;
        Ok(())
    })
}
