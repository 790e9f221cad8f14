//! The dates under the history chart: each Monday ("5 Oct") for a span of up to sixteen weeks,
//! each month ("Nov", "Jan 2026" where a year begins) for a longer one; every one, or every
//! second, third… as many as fit without touching, so that no date is written twice.

use jiff::civil::{Date, Weekday};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, ToSpan};
use unicode_width::UnicodeWidthStr;

use ryg_core::words::{self, Lang, dates::MONTHS};

const SECS_A_DAY: f64 = 86_400.0;
/// Up to this span the dates are weeks; past it, months.
const WEEKS_UP_TO_DAYS: f64 = 16.0 * 7.0;

/// A date under the chart, starting at its day's column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tick {
    pub column: u16,
    pub text: String,
}

/// The dates for a chart `columns` wide whose first column is `from` and last `days` later.
pub fn ticks(from: Timestamp, days: f64, columns: u16, zone: &TimeZone, lang: Lang) -> Vec<Tick> {
    if columns < 2 || days <= 0.0 {
        return Vec::new();
    }
    let first = zone.to_datetime(from).date();
    let end = from
        .checked_add(SignedDuration::from_secs_f64(days * SECS_A_DAY))
        .unwrap_or(from);
    let last = zone.to_datetime(end).date();
    let column = |date: Date| -> Option<u16> {
        let at = date.to_zoned(zone.clone()).ok()?.timestamp();
        let day = at.duration_since(from).as_secs_f64() / SECS_A_DAY;
        let column = (day / days * f64::from(columns - 1)).round();
        (0.0..f64::from(columns))
            .contains(&column)
            .then_some(column as u16)
    };
    let weeks = days <= WEEKS_UP_TO_DAYS;
    let candidates: Vec<Date> = if weeks {
        let monday = match first.weekday() {
            Weekday::Monday => Some(first),
            _ => first.nth_weekday(1, Weekday::Monday).ok(),
        };
        dates_from(monday, 7.days(), last)
    } else {
        let month = match first.day() {
            1 => Some(first),
            _ => first.first_of_month().checked_add(1.month()).ok(),
        };
        dates_from(month, 1.month(), last)
    };
    let strides: &[usize] = if weeks {
        &[1, 2, 4, 8, 16]
    } else {
        &[1, 2, 3, 6, 12, 24, 60, 120]
    };
    for &stride in strides {
        let chosen: Vec<(usize, Date)> = candidates
            .iter()
            .copied()
            .enumerate()
            .filter(|(index, date)| match weeks {
                true => index.is_multiple_of(stride),
                // Months on a stride line up with the year: Jan, Apr, Jul, Oct.
                false => (date.month() as usize - 1).is_multiple_of(stride),
            })
            .collect();
        let mut placed: Vec<Tick> = Vec::new();
        let mut fits = true;
        for (shown, (_, date)) in chosen.iter().enumerate() {
            let Some(at) = column(*date) else { continue };
            let month = MONTHS[date.month() as usize - 1].get(lang);
            let text = if weeks {
                words::chart_day(lang, date.day(), month)
            } else if shown == 0 || date.month() == 1 {
                words::chart_month_of_year(lang, month, date.year())
            } else {
                month.to_string()
            };
            let ends = usize::from(at) + text.width();
            if placed.last().is_some_and(|before| {
                usize::from(before.column) + before.text.width() >= usize::from(at)
            }) {
                fits = false;
                break;
            }
            // A date that would run off the right edge is left out, not cut.
            if ends <= usize::from(columns) {
                placed.push(Tick { column: at, text });
            }
        }
        if fits {
            return placed;
        }
    }
    Vec::new()
}

/// `start` and each date `step` after it, up to `last`.
fn dates_from(start: Option<Date>, step: jiff::Span, last: Date) -> Vec<Date> {
    let mut dates = Vec::new();
    let mut next = start;
    while let Some(date) = next.filter(|date| *date <= last) {
        dates.push(date);
        next = date.checked_add(step).ok();
    }
    dates
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(from: &str, days: f64, columns: u16, lang: Lang) -> Vec<(u16, String)> {
        let from: Timestamp = from.parse().unwrap();
        ticks(from, days, columns, &TimeZone::UTC, lang)
            .into_iter()
            .map(|tick| (tick.column, tick.text))
            .collect()
    }

    fn names(from: &str, days: f64, columns: u16, lang: Lang) -> Vec<String> {
        let ticks = texts(from, days, columns, lang);
        ticks.into_iter().map(|(_, text)| text).collect()
    }

    #[test]
    fn eight_weeks_are_labelled_by_their_mondays_and_none_twice() {
        // Friday 2026-09-25 to Friday 2026-11-20.
        let wide = texts("2026-09-25T08:00:00Z", 56.0, 71, Lang::En);
        assert_eq!(
            names("2026-09-25T08:00:00Z", 56.0, 71, Lang::En),
            [
                "28 Sep", "5 Oct", "12 Oct", "19 Oct", "26 Oct", "2 Nov", "9 Nov", "16 Nov"
            ]
        );
        assert!(wide.windows(2).all(|pair| pair[0].0 < pair[1].0));
        // Narrower, every second Monday; in Danish as a Dane writes it.
        assert_eq!(
            names("2026-09-25T08:00:00Z", 56.0, 40, Lang::Da),
            ["28. sep", "12. okt", "26. okt", "9. nov"]
        );
    }

    #[test]
    fn long_spans_are_labelled_by_months_with_the_year_where_it_begins() {
        // 2024-01-07 to 2026-11-20: too many months for 70 columns one by one.
        assert_eq!(
            names("2024-01-07T20:00:00Z", 1048.0, 70, Lang::En),
            ["Jul 2024", "Jan 2025", "Jul", "Jan 2026", "Jul"]
        );
        assert_eq!(
            names("2026-06-10T08:00:00Z", 150.0, 70, Lang::Nb),
            ["jul 2026", "aug", "sep", "okt", "nov"]
        );
    }

    #[test]
    fn no_room_gives_no_dates_rather_than_dates_over_each_other() {
        assert_eq!(texts("2026-09-25T08:00:00Z", 56.0, 5, Lang::En), []);
        assert_eq!(texts("2026-09-25T08:00:00Z", 0.0, 60, Lang::En), []);
    }
}
