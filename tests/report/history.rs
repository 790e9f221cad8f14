//! A prepared history: an eight-week course that ended a week ago, trained twice a week, with
//! its ratings, morning answers, a goal written to test the page's escaping, and a broken line.

use jiff::ToSpan;
use jiff::civil::Date;

/// What the prepared history holds, for the tests to count against.
pub struct Prepared {
    pub text: String,
    /// Sessions of the course, and how many of each zone.
    pub sessions: usize,
    pub green: usize,
    pub amber: usize,
    pub red: usize,
    /// Ratings on the course's weeks: the start, seven check-ins and the review.
    pub pain_points: usize,
    /// The line number of the line that cannot be read.
    pub broken_line: usize,
}

/// A goal with markup and control characters in it, as a hand-edited file could hold.
pub const HOSTILE_GOAL: &str = "Lift <script>alert(1)</script> & \\u{1b}[31m the \\u{7}grandchild";

/// A line of what the person will try, with markup and a control character.
pub const HOSTILE_PLAN: &str = "walk <b>daily</b>\\u{1b}]0;title\\u{7}";

fn at(day: Date, time: &str) -> String {
    format!("{day}T{time}Z")
}

fn weekday(day: Date) -> &'static str {
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        [day.weekday().to_monday_zero_offset() as usize]
}

/// The course started 63 days before `today`: its eight weeks ended a week ago.
pub fn eight_week_course(today: Date) -> Prepared {
    let start = today.checked_sub(63.days()).unwrap();
    let second = start.checked_add(3.days()).unwrap();
    let course = at(start, "07:00:00");
    let mut lines = vec![
        format!(r#"Screening(at: "{}", clear: true)"#, at(start, "06:58:00")),
        format!(
            r#"Course(started: "{course}", program: "lower-back", weekdays: [{}, {}], weeks: 8, goals: ["{HOSTILE_GOAL}", "Sit through a film"])"#,
            weekday(start),
            weekday(second)
        ),
        format!(
            r#"Measure(at: "{}", course: "{course}", point: Start, pain_week: 6, goals: [2, 3], confidence: Some(3))"#,
            at(start, "07:01:00")
        ),
    ];
    let (mut green, mut amber, mut red) = (0, 0, 0);
    let mut broken_line = 0;
    for week in 0..8u32 {
        for (n, offset) in [0, 3].into_iter().enumerate() {
            let day = start
                .checked_add(i64::from(7 * week + offset).days())
                .unwrap();
            let level = 1 + week / 3;
            // Week 3's second session stopped early (amber), week 5's first rose by five (red);
            // every other one is green.
            let (completed, before, after, reps) = match (week, n) {
                (2, 1) => (false, 3, 3, 40),
                (4, 0) => (true, 2, 7, 96),
                _ => (true, 3, 3, 96),
            };
            match (completed, after - before) {
                (false, _) => amber += 1,
                (true, 5) => red += 1,
                _ => green += 1,
            }
            let started = at(day, "08:00:00");
            lines.push(format!(
                r#"Session(started: "{started}", finished: "{}", program: "lower-back", level: {level}, completed: {completed}, reps_done: {reps}, reps_planned: 96, pain_before: {before}, pain_after: Some({after}))"#,
                at(day, "08:18:00")
            ));
            // The morning after: better after the first session of each week; the red one was
            // followed by a back as usual, which keeps it red by the rise alone.
            if n == 0 {
                let morning = if week == 4 { "Same" } else { "Better" };
                lines.push(format!(
                    r#"FollowUp(session: "{started}", morning: {morning})"#
                ));
            }
            if week == 1 && n == 0 {
                lines.push("Session(started: \"not a time\"".to_string());
                broken_line = lines.len();
            }
        }
        let check_in = start.checked_add(i64::from(7 * week + 7).days()).unwrap();
        let pain = 6 - (week / 2) as u8;
        let point = if week == 7 {
            "End".to_string()
        } else {
            format!("Week({})", week + 1)
        };
        let review = if week == 7 {
            ", confidence: Some(7), change: Some(Better), acceptable: Some(true)"
        } else {
            ""
        };
        lines.push(format!(
            r#"Measure(at: "{}", course: "{course}", point: {point}, pain_week: {pain}, goals: [{}, {}]{review})"#,
            at(check_in, "07:30:00"),
            2 + week / 2,
            3 + week / 2
        ));
    }
    lines.push(format!(
        r#"Learned(at: "{}", module: "pain-is-an-alarm", plan: Some("{HOSTILE_PLAN}"))"#,
        at(second, "09:00:00")
    ));
    let mut text = lines.join("\n");
    text.push('\n');
    Prepared {
        text,
        sessions: 16,
        green,
        amber,
        red,
        pain_points: 9,
        broken_line,
    }
}
