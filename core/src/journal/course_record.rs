//! The records of an eight-week course, its measures and the Learn modules read (history version 2).

use jiff::Timestamp;
use jiff::civil::Weekday;

/// A course begun: a program trained on two weekdays for a number of weeks, with the user's goals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Course {
    /// When the course began; it is also the course's id, which its other records refer to.
    pub started: Timestamp,
    /// The program's id.
    pub program: String,
    /// The planned training days, in the order chosen.
    pub weekdays: Vec<Weekday>,
    /// How many weeks the course lasts: 8.
    pub weeks: u32,
    /// Up to three activities in the user's own words, in order.
    pub goals: Vec<String>,
}

/// Ratings taken at one point of a course.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measure {
    pub at: Timestamp,
    /// The `started` of the course it belongs to.
    pub course: Timestamp,
    pub point: MeasurePoint,
    /// The average back pain over the last week, 0–10.
    pub pain_week: u8,
    /// Each goal's rating 0–10, in the course's order.
    pub goals: Vec<u8>,
    /// Confidence in exercising despite the back, 0–10.
    pub confidence: Option<u8>,
    /// The global rating of change (at the end and the follow-ups).
    pub change: Option<Change>,
    /// Whether the back is in a state the person can accept (at the end and the follow-ups).
    pub acceptable: Option<bool>,
}

/// When in a course a measure was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MeasurePoint {
    Start,
    /// The check-in after course week n.
    Week(u32),
    /// The review after the last week.
    End,
    /// A follow-up 3, 6 or 12 months after the start.
    Months(u32),
}

/// The seven-point global rating of change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Change {
    MuchBetter,
    Better,
    SlightlyBetter,
    Same,
    SlightlyWorse,
    Worse,
    MuchWorse,
}

impl Change {
    /// The seven answers, best first, as they are asked.
    pub const ALL: [Change; 7] = [
        Change::MuchBetter,
        Change::Better,
        Change::SlightlyBetter,
        Change::Same,
        Change::SlightlyWorse,
        Change::Worse,
        Change::MuchWorse,
    ];
}

/// A course ended early by the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CourseStopped {
    pub at: Timestamp,
    /// The `started` of the course stopped.
    pub course: Timestamp,
}

/// A Learn module read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Learned {
    pub at: Timestamp,
    /// The module's id.
    pub module: String,
    /// The optional "what will you try this week?" line, in the user's words.
    pub plan: Option<String>,
}
