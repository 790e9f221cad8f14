//! A course's ratings then and now: the last week's pain and each goal, at the start and latest.

use crate::journal::{Course, Measure, MeasurePoint};

/// A rating at the course's start and the latest one given; `None` where none was given.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Then {
    pub start: Option<u8>,
    pub latest: Option<u8>,
}

/// One goal in the user's words, with its ratings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalRatings {
    pub goal: String,
    pub rating: Then,
}

/// The course's ratings: average pain over a week, and each goal (0–10).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ratings {
    pub pain_week: Then,
    pub goals: Vec<GoalRatings>,
}

impl Ratings {
    /// From the course's measures, in the file's order. The start is the `Start` measure (the
    /// last one written, if the ratings were given again); the latest is the measure taken last,
    /// of any point, the start's included, and for a goal the last one that rated it.
    pub fn of(course: &Course, measures: &[&Measure]) -> Ratings {
        let start = measures
            .iter()
            .rev()
            .find(|measure| measure.point == MeasurePoint::Start);
        let mut by_time: Vec<&Measure> = measures.to_vec();
        // Stable: of equal times, the one written last stays last.
        by_time.sort_by_key(|measure| measure.at);
        let goal = |index: usize| Then {
            start: start.and_then(|m| m.goals.get(index).copied()),
            latest: by_time
                .iter()
                .rev()
                .find_map(|m| m.goals.get(index).copied()),
        };
        Ratings {
            pain_week: Then {
                start: start.map(|m| m.pain_week),
                latest: by_time.last().map(|m| m.pain_week),
            },
            goals: course
                .goals
                .iter()
                .enumerate()
                .map(|(index, text)| GoalRatings {
                    goal: text.clone(),
                    rating: goal(index),
                })
                .collect(),
        }
    }
}
