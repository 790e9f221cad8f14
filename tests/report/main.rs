//! `ryg report` run as a user runs it, its page then opened in a real browser: headless Chromium
//! reads it without a console error, shows every section, draws a mark for every session and
//! rating, and prints it on A4 pages.
//!
//! Where Chromium is not installed the browser's part says so and passes, so `cargo test` works
//! anywhere; `make test` installs Chromium (scripts/install-deps.sh) and sets
//! `RYG_REQUIRE_BROWSER=1`, which makes its absence a failure.

mod browser;
mod history;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use jiff::civil::Date;
use jiff::{Timestamp, tz::TimeZone};
use tempfile::TempDir;

use history::{HOSTILE_GOAL, Prepared, eight_week_course};

/// A user with a data folder, UTC as the local time zone, working in a folder of their own.
struct User {
    data: TempDir,
    work: TempDir,
}

impl User {
    fn with_history(text: &str) -> User {
        let user = User {
            data: tempfile::tempdir().unwrap(),
            work: tempfile::tempdir().unwrap(),
        };
        fs::write(user.data.path().join("history.ron"), text).unwrap();
        user
    }

    fn ryg(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_ryg"))
            .args(args)
            .current_dir(self.work.path())
            .env("RYG_DATA_DIR", self.data.path())
            .env("TZ", "UTC")
            .env_remove("RYG_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8")
            .output()
            .expect("ryg runs")
    }

    /// Writes the report in `lang` to a file of the work folder and returns its path and text.
    fn report(&self, lang: &str) -> (PathBuf, String) {
        let path = self.work.path().join(format!("report-{lang}.html"));
        let run = self.ryg(&["--lang", lang, "report", "--out", path.to_str().unwrap()]);
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        let text = fs::read_to_string(&path).unwrap();
        (path, text)
    }
}

fn today() -> Date {
    Timestamp::now().to_zoned(TimeZone::UTC).date()
}

fn prepared() -> (User, Prepared) {
    let prepared = eight_week_course(today());
    (User::with_history(&prepared.text), prepared)
}

/// The part of `page` from the element with `id` to the end of that element's tag name.
fn element<'a>(page: &'a str, tag: &str, id: &str) -> &'a str {
    let start = page
        .find(&format!("<{tag} id=\"{id}\""))
        .unwrap_or_else(|| panic!("no {tag} #{id} in the page"));
    let end = page[start..].find(&format!("</{tag}>")).unwrap() + start;
    &page[start..end]
}

/// How many times `colour` fills a mark in `chart`, as plotters writes it or a browser keeps it.
fn marks(chart: &str, colour: &str) -> usize {
    chart.matches(&format!("fill=\"{colour}\"")).count()
}

#[test]
fn a_course_report_has_every_section_in_every_language_with_the_users_text_escaped() {
    let (user, prepared) = prepared();
    for (lang, heading, review) in [
        ("en", "The eight-week course", "review"),
        ("da", "Forløbet på otte uger", "opsamling"),
        ("nb", "Kurset på åtte uker", "oppsummering"),
    ] {
        let (_, page) = user.report(lang);
        assert!(page.contains(&format!("<html lang=\"{lang}\">")));
        for id in ["course", "program", "skipped"] {
            assert!(
                page.contains(&format!("<section id=\"{id}\">")),
                "{lang}: {id}"
            );
        }
        assert!(page.contains(heading), "{lang}");
        assert!(page.contains(review), "{lang}");
        // The goal's markup is text on the page and its control characters are shown.
        assert!(!page.contains("<script"), "{lang}");
        assert!(page.contains("Lift &lt;script&gt;alert(1)&lt;/script&gt; &amp; \\u{1b}[31m"));
        assert!(
            !page.contains('\u{1b}') && !page.contains('\u{7}'),
            "{lang}"
        );
        assert!(!page.contains(HOSTILE_GOAL.split('<').nth(1).unwrap()));
        // So is the line of what the person will try after reading a Learn module.
        assert!(
            page.contains("walk &lt;b&gt;daily&lt;/b&gt;\\u{1b}]0;title\\u{7}"),
            "{lang}"
        );
        assert!(!page.contains("<b>daily"), "{lang}");
        // The broken line is named by its number.
        let skipped = element(&page, "section", "skipped");
        assert!(
            skipped.contains(&format!(" {}: ", prepared.broken_line)),
            "{lang}: {skipped}"
        );
        // Nothing is fetched: no address outside the page, and the page forbids it.
        assert!(page.contains("default-src 'none'"));
        assert!(!page.contains("src=\"http") && !page.contains("href=\"http"));
    }
}

#[test]
fn the_charts_have_a_mark_for_every_session_and_rating() {
    let (user, prepared) = prepared();
    let (_, page) = user.report("en");
    check_marks(&page, &prepared);
}

/// The level chart has one mark per session in its zone's colour, the pain chart one point per
/// rating, and the weeks chart one bar per course week.
fn check_marks(page: &str, prepared: &Prepared) {
    let levels = element(page, "figure", "chart-levels");
    assert_eq!(marks(levels, "#2E7D32"), prepared.green, "green");
    assert_eq!(marks(levels, "#B26A00"), prepared.amber, "amber");
    assert_eq!(marks(levels, "#C62828"), prepared.red, "red");
    assert_eq!(
        prepared.green + prepared.amber + prepared.red,
        prepared.sessions
    );
    let pain = element(page, "figure", "chart-pain");
    assert_eq!(
        pain.matches("<circle").count(),
        prepared.pain_points,
        "{pain}"
    );
    let weeks = element(page, "figure", "chart-weeks");
    assert_eq!(marks(weeks, "#5B8DB8"), 8, "{weeks}");
}

#[test]
fn without_a_course_the_report_covers_the_last_eight_weeks() {
    let session = |day: Date| {
        format!(
            r#"Session(started: "{day}T08:00:00Z", finished: "{day}T08:18:00Z", program: "gentle-start", level: 1, completed: true, reps_done: 20, reps_planned: 20, pain_before: 4, pain_after: Some(4))"#
        )
    };
    let old = today().checked_sub(jiff::ToSpan::days(100)).unwrap();
    let recent = today().checked_sub(jiff::ToSpan::days(3)).unwrap();
    let user = User::with_history(&format!("{}\n{}\n", session(old), session(recent)));
    let (_, page) = user.report("da");
    assert!(page.contains("<section id=\"recent\">"));
    assert!(page.contains("De sidste otte uger"));
    assert!(!page.contains("<section id=\"course\">"));
    // Only the session of the last eight weeks is charted, and the program is gentle-start's.
    let levels = element(&page, "figure", "chart-levels");
    assert_eq!(marks(levels, "#2E7D32"), 1);
    assert!(page.contains("Træninger i gentle-start."));
    assert!(element(&page, "section", "program").contains("niveau 1 af 2"));
}

#[test]
fn a_users_own_program_is_shown_with_its_words_escaped() {
    let user = User::with_history(&format!(
        "{}\n",
        r#"Session(started: "2026-11-20T08:00:00Z", finished: "2026-11-20T08:05:00Z", program: "mine", level: 1, completed: true, reps_done: 3, reps_planned: 3, pain_before: 2, pain_after: Some(2))"#
    ));
    let programs = user.data.path().join("programs");
    fs::create_dir_all(&programs).unwrap();
    fs::write(programs.join("mine.ron"), MINE).unwrap();
    let (_, page) = user.report("en");
    let program = element(&page, "section", "program");
    assert!(
        program.contains("&lt;i&gt;My&lt;/i&gt; morning, level 1 of 1"),
        "{program}"
    );
    assert!(
        program.contains("<li>Lie down &lt;script&gt;x&lt;/script&gt;\\u{1b}[2J</li>"),
        "{program}"
    );
    assert!(program.contains("&lt;/pre&gt;"), "{program}");
    assert!(!page.contains("<script") && !page.contains("<i>My"));
}

/// A program of the user's whose words hold markup and a control character.
const MINE: &str = r#"Program(
    id: "mine",
    title: "<i>My</i> morning",
    exercises: [
        Exercise(
            id: "tilt",
            name: "Tilt",
            purpose: "Move the lower back",
            steps: ["Lie down <script>x</script>\u{1b}[2J", "Tilt."],
            figure: Figure(start: "o</pre>", end: "_o_"),
            levels: [
                Level(sets: 1, reps: 3, rest_secs: 0, tempo: [Phase(kind: Move, secs: 1), Phase(kind: Return, secs: 1)]),
            ],
        ),
    ],
)
"#;

#[test]
fn an_empty_history_still_gives_a_report() {
    let user = User::with_history("");
    let (_, page) = user.report("nb");
    assert!(page.contains("Ingen økter i denne perioden."));
    assert!(page.contains("<section id=\"program\">"));
    assert!(!page.contains("<section id=\"skipped\">"));
}

#[test]
fn without_out_the_report_is_named_by_the_day_and_an_earlier_one_is_kept() {
    let user = User::with_history("");
    let first = user.ryg(&["report"]);
    let second = user.ryg(&["report"]);
    let name = format!("ryg-report-{}.html", today());
    let again = format!("ryg-report-{}-2.html", today());
    assert_eq!(
        String::from_utf8_lossy(&first.stdout),
        format!("Report written: {name}\n")
    );
    assert_eq!(
        String::from_utf8_lossy(&second.stdout),
        format!("Report written: {again}\n")
    );
    for name in [name, again] {
        assert!(user.work.path().join(name).is_file());
    }
}

#[test]
fn a_report_that_cannot_be_written_says_where_and_exits_1() {
    let user = User::with_history("");
    let run = user.ryg(&[
        "--lang",
        "da",
        "report",
        "--out",
        "/nonexistent-folder/r.html",
    ]);
    assert_eq!(run.status.code(), Some(1));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.starts_with("ryg: kunne ikke skrive rapporten /nonexistent-folder/r.html: "),
        "{err}"
    );
}

#[test]
fn the_report_opens_in_chromium_and_prints_on_a4() {
    let Some(browser) = browser::Browser::find() else {
        return;
    };
    let (user, prepared) = prepared();
    // The check sees a console error where there is one: a page that runs a broken script.
    let broken = user.work.path().join("broken.html");
    fs::write(
        &broken,
        "<!DOCTYPE html><p>x</p><script>notDefined();</script>",
    )
    .unwrap();
    assert_eq!(browser.dump_dom(&broken).console_errors.len(), 1);
    for lang in ["en", "da", "nb"] {
        let (path, _) = user.report(lang);
        let opened = browser.dump_dom(&path);
        assert_eq!(opened.console_errors, Vec::<String>::new(), "{lang}");
        let dom = opened.dom;
        for id in ["course", "program", "skipped"] {
            assert!(
                dom.contains(&format!("<section id=\"{id}\">")),
                "{lang}: {id}"
            );
        }
        check_marks(&dom, &prepared);
        let pdf = browser.print_to_pdf(&path, user.work.path());
        assert_eq!(pdf.page_size, browser::A4, "{lang}");
        // The course over three pages (its charts, its ratings, its sessions), the program's
        // nine exercises (four of the warm-up) over three or four, the unreadable line alone.
        // Measured with Debian's Chromium and fonts; Danish words are the longest.
        let expected = [("en", 7), ("da", 8), ("nb", 7)];
        let pages = expected.iter().find(|(code, _)| *code == lang).unwrap().1;
        assert_eq!(pdf.pages.len(), pages, "{lang}: {:#?}", pdf.pages);
        // Each section starts a page of its own.
        let starts = |text: &str| {
            pdf.pages
                .iter()
                .position(|page| page.trim_start().starts_with(text))
        };
        assert_eq!(starts(heading(lang, 0)), Some(0), "{lang}: the title");
        assert!(
            pdf.pages[0].contains(heading(lang, 1)),
            "{lang}: the course"
        );
        let program = starts(heading(lang, 2));
        assert!(program.is_some_and(|page| page >= 3), "{lang}: the program");
        assert_eq!(
            starts(heading(lang, 3)),
            Some(pages - 1),
            "{lang}: the lines"
        );
    }
    // Pictures of the page in English and Danish, for a person to look at.
    let pictures = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report-screenshots");
    fs::create_dir_all(&pictures).unwrap();
    for lang in ["en", "da"] {
        let (path, _) = user.report(lang);
        let picture = pictures.join(format!("report-{lang}.png"));
        browser.screenshot(&path, &picture);
        assert!(
            fs::metadata(&picture).unwrap().len() > 10_000,
            "{picture:?}"
        );
    }
}

/// The title and the headings of the course, the program and the unreadable lines in `lang`.
fn heading(lang: &str, section: usize) -> &'static str {
    const EN: [&str; 4] = [
        "Training report",
        "The eight-week course",
        "The exercises now",
        "Lines of the history",
    ];
    const DA: [&str; 4] = [
        "Træningsrapport",
        "Forløbet på otte uger",
        "Øvelserne nu",
        "Linjer i historikken",
    ];
    const NB: [&str; 4] = [
        "Treningsrapport",
        "Kurset på åtte uker",
        "Øvelsene nå",
        "Linjer i historikken",
    ];
    let headings = [("en", EN), ("da", DA), ("nb", NB)];
    let (_, words) = headings.iter().find(|(code, _)| *code == lang).unwrap();
    words[section]
}
