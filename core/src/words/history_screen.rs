//! The words of the history screen that take values.

messages! {
    /// A Monday under the chart: "5 Oct", "5. okt".
    chart_day(day: i8, month: &str) = "{day} {month}", "{day}. {month}", "{day}. {month}";
    /// A January, or the first month, under the chart of a long span: "Jan 2026".
    chart_month_of_year(month: &str, year: i16) = "{month} {year}", "{month} {year}", "{month} {year}";
    history_title(filter: &str) =
        "History · ◀ {filter} ▶",
        "Historik · ◀ {filter} ▶",
        "Historikk · ◀ {filter} ▶";
    session_n_of(n: usize, count: usize) =
        "session {n} of {count}",
        "træning {n} af {count}",
        "økt {n} av {count}";
    weeks_in_a_row_with(per_week: u32) =
        "weeks in a row with {per_week}+:",
        "uger i træk med {per_week}+:",
        "uker på rad med {per_week}+:";
    one_line_unreadable(numbers: &str, file: &str) =
        "Line {numbers} of {file} is unreadable and left as it is (ryg history says why).",
        "Linje {numbers} i {file} kan ikke læses og står urørt (se ryg history).",
        "Linje {numbers} i {file} kan ikke leses og står urørt (se ryg history).";
    lines_unreadable(numbers: &str, file: &str) =
        "Lines {numbers} of {file} are unreadable and left as they are (ryg history says why).",
        "Linje {numbers} i {file} kan ikke læses og står urørt (se ryg history).",
        "Linje {numbers} i {file} kan ikke leses og står urørt (se ryg history).";
    /// The morning question that can be answered, when its session is the chosen one.
    morning_due_press_a(date: &str, program: &str) =
        "Morning after {date} ({program}) not answered yet: press a.",
        "Morgenen efter {date} ({program}) mangler svar: tryk a.",
        "Morgenen etter {date} ({program}) mangler svar: trykk a.";
    /// The morning question that can be answered, when another session is chosen.
    morning_due_choose_it(date: &str, program: &str) =
        "Morning after {date} ({program}) not answered yet: choose it and press a.",
        "Morgenen efter {date} ({program}) mangler svar: vælg den og tryk a.",
        "Morgenen etter {date} ({program}) mangler svar: velg den og trykk a.";
    /// A session's title in its detail: the program and the level.
    program_at_level(program: &str, level: u32) =
        "{program} · level {level}",
        "{program} · niveau {level}",
        "{program} · nivå {level}";
    count_of(done: u32, planned: u32) = "{done} of {planned}", "{done} af {planned}", "{done} av {planned}";
}
