//! The command line, run as a user runs it: the real binary, real files, a temporary data folder.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;

/// A user with an empty data folder, English, and UTC as the local time zone.
struct User {
    dir: TempDir,
}

impl User {
    fn new() -> User {
        User {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn data(&self) -> &Path {
        self.dir.path()
    }

    fn ryg(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_ryg"));
        command
            .args(args)
            .env("RYG_DATA_DIR", self.data())
            .env("TZ", "UTC")
            .env_remove("RYG_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8");
        command
    }

    fn run(&self, args: &[&str]) -> Run {
        Run(self.ryg(args).output().expect("ryg runs"))
    }

    fn write_program(&self, name: &str, source: &str) -> PathBuf {
        let folder = self.data().join("programs");
        fs::create_dir_all(&folder).unwrap();
        let path = folder.join(name);
        fs::write(&path, source).unwrap();
        path
    }

    fn write_history(&self, lines: &[&str]) {
        let mut text = lines.join("\n");
        text.push('\n');
        fs::write(self.data().join("history.ron"), text).unwrap();
    }
}

struct Run(Output);

impl Run {
    fn code(&self) -> i32 {
        self.0.status.code().expect("exited")
    }
    fn out(&self) -> String {
        String::from_utf8(self.0.stdout.clone()).unwrap()
    }
    fn err(&self) -> String {
        String::from_utf8(self.0.stderr.clone()).unwrap()
    }
    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.out()).unwrap_or_else(|e| panic!("{e}: {}", self.out()))
    }
}

const MINE: &str = r#"Program(
    id: "mine",
    title: "My morning",
    exercises: [
        Exercise(
            id: "tilt",
            name: "Tilt",
            purpose: "Move the lower back",
            steps: ["Lie down.", "Tilt."],
            levels: [
                Level(sets: 1, reps: 3, rest_secs: 0, tempo: [Phase(kind: Move, secs: 1), Phase(kind: Return, secs: 1)]),
            ],
        ),
    ],
)
"#;

fn shipped(name: &str) -> String {
    format!("{}/programs/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn programs_lists_the_built_in_ones_with_levels_and_lengths() {
    let user = User::new();
    let run = user.run(&["programs"]);
    assert_eq!(run.code(), 0, "{}", run.err());
    let out = run.out();
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with("ID") && lines[0].contains("LEVELS"),
        "{out}"
    );
    assert!(
        lines[1].starts_with("lower-back ") && lines[1].contains(" 4 "),
        "{out}"
    );
    assert!(
        lines[2].starts_with("gentle-start ") && lines[2].contains(" 2 "),
        "{out}"
    );
    assert!(out.contains(&user.data().join("programs").display().to_string()));
    assert_eq!(run.err(), "");
}

#[test]
fn a_user_program_joins_the_list_and_one_with_a_built_in_id_replaces_it() {
    let user = User::new();
    let mine = user.write_program("mine.ron", MINE);
    let replacing = user.write_program(
        "my-lower-back.ron",
        &MINE.replace(r#"id: "mine""#, r#"id: "lower-back""#),
    );
    let run = user.run(&["programs"]);
    assert_eq!(run.code(), 0, "{}", run.err());
    let out = run.out();
    assert!(out.contains("lower-back    My morning"), "{out}");
    assert!(out.contains("mine          My morning"), "{out}");
    assert!(out.contains(&format!(
        "lower-back: from {}; replaces the built-in program with the same id",
        replacing.display()
    )));
    assert!(out.contains(&format!("mine: from {}", mine.display())));
}

#[test]
fn a_broken_user_program_is_reported_and_the_others_still_load() {
    let user = User::new();
    let broken = user.write_program("broken.ron", &MINE.replace("reps: 3", "reps: 0"));
    user.write_program(
        "mine.ron",
        MINE.replace("\"mine\"", "\"mine-too\"").as_str(),
    );
    let run = user.run(&["programs"]);
    assert_eq!(run.code(), 1);
    assert_eq!(
        run.err(),
        format!(
            "{}:11:38: exercise \"tilt\", level 1: reps is 0; it must be between 1 and 100\n",
            broken.display()
        )
    );
    let out = run.out();
    assert!(out.contains("lower-back") && out.contains("gentle-start") && out.contains("mine-too"));
}

#[test]
fn check_passes_the_shipped_programs_without_a_warning() {
    let user = User::new();
    let run = user.run(&[
        "check",
        &shipped("lower-back.ron"),
        &shipped("gentle-start.ron"),
    ]);
    assert_eq!(run.code(), 0, "{}", run.out());
    let out = run.out();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].ends_with("lower-back.ron: ok — \"lower-back\", 5 exercises, 4 levels"),
        "{out}"
    );
    assert!(
        lines[1].ends_with("gentle-start.ron: ok — \"gentle-start\", 3 exercises, 2 levels"),
        "{out}"
    );
}

#[test]
fn check_prints_every_problem_with_its_position_and_fails() {
    let user = User::new();
    let typo = user.write_program("typo.ron", &MINE.replace("reps: 3", "rpes: 3"));
    let syntax = user.write_program("syntax.ron", &MINE.replace("\"Tilt\",", "\"Tilt\""));
    let good = user.write_program("good.ron", MINE);
    let run = user.run(&[
        "check",
        typo.to_str().unwrap(),
        syntax.to_str().unwrap(),
        good.to_str().unwrap(),
        "missing.ron",
    ]);
    assert_eq!(run.code(), 1);
    let out = run.out();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        format!(
            "{}:11:32: there is no field `rpes` here; the fields are `variant`, `steps`, `sides`, `sets`, `reps`, `rest_secs`, `tempo`",
            typo.display()
        )
    );
    assert_eq!(
        lines[1],
        format!("{}:8:13: a comma is missing here", syntax.display())
    );
    let good_ok = format!("{}: ok", good.display());
    assert!(lines.iter().any(|line| line.starts_with(&good_ok)), "{out}");
    let last = lines.last().unwrap();
    assert_eq!(
        *last, "missing.ron: skipped: there is no such file",
        "{out}"
    );
    assert!(!out.contains("os error"), "{out}");
}

#[test]
fn check_warns_about_missing_languages_without_failing() {
    let user = User::new();
    let path = user.write_program("mine.ron", MINE);
    let run = user.run(&["check", path.to_str().unwrap()]);
    assert_eq!(run.code(), 0);
    let out = run.out();
    assert!(
        out.contains(&format!(
            "{}:3:12: warning: title has no Danish or Norwegian",
            path.display()
        )),
        "{out}"
    );
    assert!(
        out.trim_end()
            .ends_with("ok — \"mine\", 1 exercise, 1 level, 5 warnings"),
        "{out}"
    );
}

#[test]
fn check_takes_a_folder() {
    let user = User::new();
    user.write_program("mine.ron", MINE);
    let run = user.run(&["check", user.data().join("programs").to_str().unwrap()]);
    assert_eq!(run.code(), 0);
    assert!(run.out().contains("mine.ron: ok"));
}

#[test]
fn plan_json_matches_the_contract_and_the_formula() {
    let user = User::new();
    let run = user.run(&["plan", "lower-back", "--level", "2", "--json"]);
    assert_eq!(run.code(), 0, "{}", run.err());
    let plan = run.json();
    let keys: Vec<&str> = plan
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "exercises",
            "level",
            "program",
            "reps_planned",
            "total_secs"
        ]
    );
    assert_eq!(plan["program"], "lower-back");
    assert_eq!(plan["level"], 2);
    let exercises = plan["exercises"].as_array().unwrap();
    let ids: Vec<&str> = exercises
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    // The warm-up's exercises first, each id naming the warm-up.
    assert_eq!(
        ids,
        [
            "warm-up/march",
            "warm-up/hip-circles",
            "warm-up/trunk-turns",
            "warm-up/shoulder-rolls",
            "pelvic-tilt",
            "bridge",
            "bird-dog",
            "clamshell",
            "dead-bug"
        ]
    );
    for exercise in exercises {
        let keys: Vec<&str> = exercise
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            ["executions_per_set", "id", "name", "reps", "secs", "sets"]
        );
    }
    let sum: u64 = exercises.iter().map(|e| e["secs"].as_u64().unwrap()).sum();
    let total = plan["total_secs"].as_u64().unwrap();
    assert!(
        sum.abs_diff(total) <= exercises.len() as u64,
        "{sum} vs {total}"
    );
    let reps: u64 = exercises
        .iter()
        .map(|e| e["sets"].as_u64().unwrap() * e["executions_per_set"].as_u64().unwrap())
        .sum();
    assert_eq!(plan["reps_planned"].as_u64().unwrap(), reps);
    // Seed doses at level 2: pelvic tilt 10–15 × 2–3, bird-dog 6–8 per side × 2.
    let (pelvic_tilt, bird_dog) = (&exercises[4], &exercises[6]);
    assert!((10..=15).contains(&pelvic_tilt["reps"].as_u64().unwrap()));
    assert!((2..=3).contains(&pelvic_tilt["sets"].as_u64().unwrap()));
    assert!((6..=8).contains(&bird_dog["reps"].as_u64().unwrap()));
    assert_eq!(
        bird_dog["executions_per_set"],
        bird_dog["reps"].as_u64().unwrap() * 2
    );
}

#[test]
fn plan_reads_as_a_timeline() {
    let user = User::new();
    let path = user.write_program("mine.ron", MINE);
    let run = user.run(&["plan", path.to_str().unwrap()]);
    assert_eq!(run.code(), 0, "{}", run.err());
    assert_eq!(
        run.out(),
        "My morning — level 1 (recommended: no sessions yet)\n\
         Session length 0:16 · 3 reps\n\
         Train two or three times a week.\n\
         \n\
         TIME  WHAT\n\
         0:00  Tilt — Move 1 s · Return 1 s\n\
         0:00    Get ready 10 s\n\
         0:10    Set 1 of 1: 3 reps\n\
         0:16  Done\n"
    );
}

#[test]
fn plan_names_the_warm_up_and_how_often_to_train_in_every_language() {
    let user = User::new();
    let lines = |lang: &str| -> Vec<String> {
        let run = user.run(&["--lang", lang, "plan", "lower-back", "--level", "2"]);
        assert_eq!(run.code(), 0, "{}", run.err());
        run.out()
            .lines()
            .skip(2)
            .take(2)
            .map(str::to_string)
            .collect()
    };
    assert_eq!(
        lines("en"),
        [
            "Train two or three times a week.",
            "First the warm-up: Warm-up (3:28)"
        ]
    );
    assert_eq!(
        lines("da"),
        [
            "Træn to eller tre gange om ugen.",
            "Først opvarmningen: Opvarmning (3:28)"
        ]
    );
    assert_eq!(
        lines("nb"),
        [
            "Tren to eller tre ganger i uken.",
            "Først oppvarmingen: Oppvarming (3:28)"
        ]
    );
}

#[test]
fn plan_runs_the_warm_up_first_and_counts_it_in_the_session() {
    let user = User::new();
    let json = |program: &str, level: &str| {
        let run = user.run(&["plan", program, "--level", level, "--json"]);
        assert_eq!(run.code(), 0, "{}", run.err());
        run.json()
    };
    let warm_up = json("warm-up", "1");
    let session = json("lower-back", "3");
    let secs = |plan: &serde_json::Value| plan["total_secs"].as_u64().unwrap();
    let reps = |plan: &serde_json::Value| plan["reps_planned"].as_u64().unwrap();
    let own: u64 = session["exercises"].as_array().unwrap()[4..]
        .iter()
        .map(|e| e["secs"].as_u64().unwrap())
        .sum();
    assert_eq!(secs(&session).abs_diff(secs(&warm_up) + own), 0);
    let own_reps: u64 = session["exercises"].as_array().unwrap()[4..]
        .iter()
        .map(|e| e["sets"].as_u64().unwrap() * e["executions_per_set"].as_u64().unwrap())
        .sum();
    assert_eq!(reps(&session), reps(&warm_up) + own_reps);
    let table = user.run(&["plan", "lower-back", "--level", "3"]).out();
    let rows: Vec<&str> = table.lines().skip(6).take(3).collect();
    assert_eq!(
        rows,
        [
            " 0:00  March on the spot — Lift 1 s · Down 1 s",
            " 0:00    Get ready 5 s",
            " 0:05    Set 1 of 1: 15 reps per side, left and right in turn"
        ],
        "{table}"
    );
    assert!(table.contains("\n 3:28  Pelvic tilt"), "{table}");
    // `ryg programs` counts it too.
    let programs = user.run(&["programs"]).out();
    assert!(
        programs.contains(&format!("{}:", secs(&session) / 60)),
        "{programs}"
    );
}

#[test]
fn a_user_program_whose_warm_up_is_missing_runs_without_one() {
    let user = User::new();
    let mine = MINE.replace("title:", "warm_up: \"nowhere\", title:");
    user.write_program("mine.ron", &mine);
    let run = user.run(&["plan", "mine", "--json"]);
    assert_eq!(run.code(), 0, "{}", run.err());
    let plan = run.json();
    assert_eq!(plan["exercises"].as_array().unwrap().len(), 1, "{plan}");
    assert_eq!(plan["total_secs"], 16);
    let table = user.run(&["plan", "mine"]).out();
    assert!(!table.contains("warm-up"), "{table}");
}

#[test]
fn plan_names_the_sides_in_the_exercises_own_words_in_every_language() {
    let user = User::new();
    let expected = [
        (
            "en",
            "Set 1 of 2: 12 reps lying on your left side, then 12 lying on your right side (switch side 5 s)",
        ),
        (
            "da",
            "Sæt 1 af 2: 12 gentagelser liggende på venstre side, så 12 liggende på højre side (skift side 5 s)",
        ),
        (
            "nb",
            "Sett 1 av 2: 12 repetisjoner liggende på venstre side, så 12 liggende på høyre side (bytt side 5 s)",
        ),
    ];
    for (lang, clamshell) in expected {
        let out = user
            .run(&["--lang", lang, "plan", "lower-back", "--level", "2"])
            .out();
        assert!(out.contains(&format!("  {clamshell}\n")), "{out}");
    }
}

#[test]
fn plan_refuses_unknown_programs_and_levels_as_usage_errors() {
    let user = User::new();
    let run = user.run(&["plan", "upper-back"]);
    assert_eq!(run.code(), 2);
    assert_eq!(
        run.err(),
        "ryg: there is no program \"upper-back\"; the programs are: lower-back, gentle-start, everyday, warm-up\n"
    );
    let run = user.run(&["plan", "gentle-start", "--level", "3"]);
    assert_eq!(run.code(), 2);
    assert_eq!(
        run.err(),
        "ryg: \"gentle-start\" has no level 3; its levels are 1 to 2\n"
    );
}

#[test]
fn usage_errors_exit_2() {
    let user = User::new();
    assert_eq!(user.run(&["frobnicate"]).code(), 2);
    assert_eq!(user.run(&["check"]).code(), 2);
    assert_eq!(user.run(&["history", "--format", "xml"]).code(), 2);
    assert_eq!(user.run(&["--lang", "sv", "programs"]).code(), 2);
}

const TWO_GREENS: [&str; 3] = [
    r#"Screening(at: "2026-11-02T07:58:12Z", clear: true)"#,
    r#"Session(started: "2026-11-02T08:00:00Z", finished: "2026-11-02T08:12:18Z", program: "lower-back", level: 1, completed: true, reps_done: 96, reps_planned: 96, pain_before: 3, pain_after: Some(3))"#,
    r#"Session(started: "2026-11-05T18:30:00Z", finished: "2026-11-05T18:42:30Z", program: "lower-back", level: 1, completed: true, reps_done: 96, reps_planned: 96, pain_before: 2, pain_after: Some(3))"#,
];

/// A session of `lower-back` at level `level` started `days` days before now, pain 2 → `after`.
fn session_days_ago(days: i64, level: u32, after: u8) -> String {
    let started = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(24 * days);
    let started = jiff::Timestamp::from_second(started.as_second()).unwrap();
    format!(
        r#"Session(started: "{started}", finished: "{started}", program: "lower-back", level: {level}, completed: true, reps_done: 96, reps_planned: 96, pain_before: 2, pain_after: Some({after}))"#
    )
}

#[test]
fn status_json_has_the_contract_keys_and_follows_the_rules() {
    let user = User::new();
    // Recent, so that no break counts: the rules count a break to today.
    user.write_history(&[&session_days_ago(4, 1, 2), &session_days_ago(1, 1, 3)]);
    let run = user.run(&["status", "--json"]);
    assert_eq!(run.code(), 0, "{}", run.err());
    assert_eq!(
        run.json(),
        serde_json::json!([
            {"program": "lower-back", "levels": 4, "next_level": 2, "zone": "green", "reason": "two green sessions in a row at level 1"},
            {"program": "gentle-start", "levels": 2, "next_level": 1, "zone": null, "reason": "no sessions yet"},
            {"program": "everyday", "levels": 4, "next_level": 1, "zone": null, "reason": "no sessions yet"},
            {"program": "warm-up", "levels": 1, "next_level": 1, "zone": null, "reason": "no sessions yet"},
        ])
    );
    let table = user.run(&["status"]).out();
    assert!(
        table.contains("lower-back         4     2  green  two green sessions in a row at level 1"),
        "{table}"
    );
}

#[test]
fn after_a_long_break_status_starts_again_at_level_1() {
    let user = User::new();
    user.write_history(&[&session_days_ago(95, 3, 2), &session_days_ago(93, 3, 2)]);
    let status = user.run(&["status", "--json"]).json();
    assert_eq!(status[0]["next_level"], 1, "{status}");
    assert_eq!(status[0]["zone"], "green");
    let reason = status[0]["reason"].as_str().unwrap();
    assert!(reason.starts_with("a long break ("), "{reason}");
    let da = user.run(&["--lang", "da", "status"]).out();
    assert!(da.contains("en lang pause ("), "{da}");
}

#[test]
fn two_greens_at_the_top_of_gentle_start_suggest_the_next_program_by_its_title() {
    let user = User::new();
    let gentle = |days: i64| session_days_ago(days, 2, 2).replace("lower-back", "gentle-start");
    user.write_history(&[&gentle(4), &gentle(1)]);
    let status = user.run(&["status", "--json"]).json();
    assert_eq!(status[1]["program"], "gentle-start");
    // Nothing switches by itself: gentle-start stays at its top level.
    assert_eq!(status[1]["next_level"], 2, "{status}");
    assert_eq!(
        status[1]["reason"],
        "two green sessions at the top level; ready for Lower back basics: try it at level 1"
    );
    let plan = user.run(&["--lang", "da", "plan", "gentle-start"]).out();
    assert!(
        plan.contains("klar til Lænd – grundprogram: prøv det på niveau 1"),
        "{plan}"
    );
}

#[test]
fn a_worse_morning_turns_the_recommendation_down() {
    let user = User::new();
    let mut lines = TWO_GREENS.to_vec();
    lines.push(r#"FollowUp(session: "2026-11-05T18:30:00Z", morning: Worse)"#);
    user.write_history(&lines);
    let status = user.run(&["status", "--json"]).json();
    assert_eq!(status[0]["next_level"], 1);
    assert_eq!(status[0]["zone"], "red");
}

#[test]
fn history_exports_csv_and_json_with_the_contract_columns() {
    let user = User::new();
    let mut lines = TWO_GREENS.to_vec();
    lines.push(r#"FollowUp(session: "2026-11-05T18:30:00Z", morning: Better)"#);
    lines.push(r#"Session(started: "2026-11-09T08:00:00Z", finished: "2026-11-09T08:03:00Z", program: "gentle-start", level: 1, completed: false, reps_done: 12, reps_planned: 40, pain_before: 6, pain_after: None)"#);
    user.write_history(&lines);
    let csv = user.run(&["history", "--format", "csv"]);
    assert_eq!(csv.code(), 0, "{}", csv.err());
    assert_eq!(
        csv.out(),
        "started,finished,program,level,completed,reps_done,reps_planned,pain_before,pain_after,morning,zone\n\
         2026-11-02T08:00:00Z,2026-11-02T08:12:18Z,lower-back,1,true,96,96,3,3,,green\n\
         2026-11-05T18:30:00Z,2026-11-05T18:42:30Z,lower-back,1,true,96,96,2,3,better,green\n\
         2026-11-09T08:00:00Z,2026-11-09T08:03:00Z,gentle-start,1,false,12,40,6,,,amber\n"
    );
    let only = user
        .run(&["history", "--program", "gentle-start", "--format", "csv"])
        .out();
    assert_eq!(only.lines().count(), 2);
    let json = user.run(&["history", "--format", "json"]).json();
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(
        rows[2],
        serde_json::json!({"started": "2026-11-09T08:00:00Z", "finished": "2026-11-09T08:03:00Z", "program": "gentle-start", "level": 1, "completed": false, "reps_done": 12, "reps_planned": 40, "pain_before": 6, "pain_after": null, "morning": null, "zone": "amber"})
    );
}

#[test]
fn history_table_fits_eighty_columns() {
    let user = User::new();
    user.write_history(&TWO_GREENS);
    let run = user.run(&["history"]);
    assert_eq!(run.code(), 0);
    let out = run.out();
    assert!(out.contains("2026-11-05 18:30  lower-back"), "{out}");
    assert!(out.contains("96/96  12:30  2→3"), "{out}");
    for line in out.lines() {
        assert!(line.chars().count() <= 80, "{line}");
    }
}

#[test]
fn an_empty_history_says_what_to_do() {
    let user = User::new();
    let run = user.run(&["history"]);
    assert_eq!(run.code(), 0);
    assert!(run.out().starts_with("No sessions recorded yet."));
    assert_eq!(
        user.run(&["history", "--format", "csv"])
            .out()
            .lines()
            .count(),
        1
    );
    assert_eq!(user.run(&["history", "--format", "json"]).out(), "[]\n");
}

#[test]
fn unreadable_history_lines_are_reported_and_kept() {
    let user = User::new();
    let mut lines = TWO_GREENS.to_vec();
    lines.insert(2, "this is not a record");
    user.write_history(&lines);
    let before = fs::read(user.data().join("history.ron")).unwrap();
    let run = user.run(&["history", "--format", "csv"]);
    assert_eq!(run.code(), 0);
    assert!(
        run.err().starts_with("history.ron:3: skipped: "),
        "{}",
        run.err()
    );
    assert_eq!(run.out().lines().count(), 3);
    assert_eq!(fs::read(user.data().join("history.ron")).unwrap(), before);
}

#[test]
fn the_language_comes_from_the_option_the_variable_or_the_locale() {
    let user = User::new();
    let danish = user.run(&["--lang", "da", "status"]).out();
    assert!(danish.contains("ingen træninger endnu"), "{danish}");
    let with = |name: &str, value: &str| {
        Run(user.ryg(&["status"]).env(name, value).output().unwrap()).out()
    };
    let norwegian = with("RYG_LANG", "nb");
    assert!(norwegian.contains("ingen økter ennå"), "{norwegian}");
    let locale = with("LANG", "da_DK.UTF-8");
    assert!(locale.contains("NÆSTE"), "{locale}");
    let nynorsk = with("LC_ALL", "nn_NO.UTF-8");
    assert!(nynorsk.contains("NESTE"), "{nynorsk}");
}

#[test]
fn the_trainer_refuses_to_start_without_a_terminal() {
    let user = User::new();
    for args in [
        &[][..],
        &["start"][..],
        &["start", "lower-back", "--level", "2"][..],
    ] {
        let run = user.run(args);
        assert_eq!(run.code(), 2, "{args:?}");
        assert_eq!(run.out(), "");
        assert_eq!(
            run.err(),
            "ryg: the trainer needs a terminal; without one, use ryg programs, check, plan, status, history or learn\n"
        );
    }
    assert!(!user.data().join("history.ron").exists());
}

#[test]
fn check_refuses_two_files_with_one_program_id() {
    let user = User::new();
    let first = user.write_program("a.ron", MINE);
    let second = user.write_program("b.ron", MINE);
    let run = user.run(&["check", first.to_str().unwrap(), second.to_str().unwrap()]);
    assert_eq!(run.code(), 1);
    assert!(
        run.out().contains(&format!(
            "{}:2:9: the program id \"mine\" is already used by {}; this file is not loaded",
            second.display(),
            first.display()
        )),
        "{}",
        run.out()
    );
}

#[test]
fn check_of_a_folder_without_programs_is_a_problem() {
    let user = User::new();
    let empty = user.data().join("empty");
    fs::create_dir_all(&empty).unwrap();
    let run = user.run(&["check", empty.to_str().unwrap()]);
    assert_eq!(run.code(), 1);
    assert_eq!(
        run.out(),
        format!("{}: no .ron files in this folder\n", empty.display())
    );
}

#[test]
fn a_broken_program_of_the_user_does_not_fail_other_commands() {
    let user = User::new();
    user.write_program("broken.ron", &MINE.replace("reps: 3", "reps: 0"));
    let status = user.run(&["status", "--json"]);
    assert_eq!(status.code(), 0);
    assert!(
        status.err().contains("broken.ron:11:38:"),
        "{}",
        status.err()
    );
    let plan = user.run(&["plan", "gentle-start"]);
    assert_eq!(plan.code(), 0);
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let user = User::new();
    let lines: Vec<String> = (0..3000)
        .map(|day| format!(r#"Session(started: "{}", finished: "2026-01-01T00:10:00Z", program: "lower-back", level: 1, completed: true, reps_done: 96, reps_planned: 96, pain_before: 3, pain_after: Some(3))"#, jiff::Timestamp::from_second(1_700_000_000 + day * 86_400).unwrap()))
        .collect();
    user.write_history(&lines.iter().map(String::as_str).collect::<Vec<_>>());
    for format in ["json", "csv", "table"] {
        let mut child = user
            .ryg(&["history", "--format", format])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        assert_eq!(String::from_utf8_lossy(&output.stderr), "", "{format}");
        assert_eq!(output.status.code(), Some(0), "{format}");
    }
}

#[test]
fn course_records_and_records_of_a_newer_version_are_read_without_a_warning_and_kept() {
    let user = User::new();
    let mut lines = TWO_GREENS.to_vec();
    lines.insert(
        1,
        r#"Course(started: "2026-11-02T07:59:00Z", program: "lower-back", weekdays: [Mon, Thu], weeks: 8, goals: ["Lift my grandchild"])"#,
    );
    lines.push(r#"Measure(at: "2026-11-05T18:45:00Z", course: "2026-11-02T07:59:00Z", point: Week(1), pain_week: 5, goals: [3])"#);
    // A name this version does not know: a newer version wrote it.
    lines.push(r#"Badge(at: "2026-11-05T18:46:00Z", name: "first-week", days: [Mon])"#);
    lines.push(r#"Session(started: "2026-11-06T08:00:00Z", finished: "2026-11-06T08:05:00Z", program: "gentle-start", level: 1, completed: false, reps_done: 10, reps_planned: 40, pain_before: 3, pain_after: Some(5), stopped: Some(Pain))"#);
    user.write_history(&lines);
    let before = fs::read(user.data().join("history.ron")).unwrap();
    let plain = user.run(&["status", "--json"]);
    assert_eq!(plain.code(), 0);
    assert_eq!(plain.err(), "");
    let history = user.run(&["history", "--format", "json"]);
    assert_eq!(history.err(), "");
    assert_eq!(history.json().as_array().unwrap().len(), 3);
    assert_eq!(fs::read(user.data().join("history.ron")).unwrap(), before);
}

#[test]
fn problems_with_the_history_are_told_in_the_users_language_once() {
    let user = User::new();
    user.write_history(&["Weight: 80 kg"]);
    let run = user.run(&["--lang", "da", "status"]);
    assert_eq!(run.code(), 0);
    assert!(
        run.err().starts_with("history.ron:1: sprunget over: "),
        "{}",
        run.err()
    );
    let unreadable = User::new();
    fs::create_dir_all(unreadable.data().join("history.ron")).unwrap();
    let run = unreadable.run(&["status"]);
    assert_eq!(run.code(), 1);
    let err = run.err();
    assert!(
        err.starts_with("ryg: ") && err.contains("history.ron"),
        "{err}"
    );
    assert_eq!(
        err.matches("it is a folder, not a file").count(),
        1,
        "{err}"
    );
    assert!(!err.contains("os error"), "{err}");
}

#[test]
fn csv_quotes_a_program_id_with_commas_quotes_or_line_breaks() {
    let user = User::new();
    user.write_history(&[
        r#"Session(started: "2026-11-02T08:00:00Z", finished: "2026-11-02T08:10:00Z", program: "hips, \"knees\"", level: 1, completed: true, reps_done: 10, reps_planned: 10, pain_before: 2, pain_after: Some(2))"#,
        r#"Session(started: "2026-11-03T08:00:00Z", finished: "2026-11-03T08:10:00Z", program: "two\nlines", level: 1, completed: true, reps_done: 10, reps_planned: 10, pain_before: 2, pain_after: Some(2))"#,
    ]);
    let csv = user.run(&["history", "--format", "csv"]).out();
    let rows: Vec<&str> = csv.split_inclusive('\n').collect();
    assert_eq!(
        rows[1],
        "2026-11-02T08:00:00Z,2026-11-02T08:10:00Z,\"hips, \"\"knees\"\"\",1,true,10,10,2,2,,green\n"
    );
    assert_eq!(
        rows[2..].concat(),
        "2026-11-03T08:00:00Z,2026-11-03T08:10:00Z,\"two\nlines\",1,true,10,10,2,2,,green\n"
    );
    let json = user.run(&["history", "--format", "json"]).json();
    assert_eq!(json[0]["program"], "hips, \"knees\"");
    assert_eq!(json[1]["program"], "two\nlines");
}

#[test]
fn history_of_an_unknown_program_is_a_usage_error_but_a_removed_one_is_listed() {
    let user = User::new();
    user.write_history(&[
        r#"Session(started: "2026-11-02T08:00:00Z", finished: "2026-11-02T08:10:00Z", program: "removed", level: 1, completed: true, reps_done: 10, reps_planned: 10, pain_before: 2, pain_after: Some(2))"#,
    ]);
    let typo = user.run(&["history", "--program", "lowerback"]);
    assert_eq!(typo.code(), 2);
    assert!(
        typo.err().starts_with(
            "ryg: there is no program \"lowerback\"; the programs are: lower-back, gentle-start"
        ),
        "{}",
        typo.err()
    );
    let removed = user.run(&["history", "--program", "removed"]);
    assert_eq!(removed.code(), 0);
    assert!(
        removed.out().ends_with("\n1 session\n"),
        "{}",
        removed.out()
    );
    let none_yet = user.run(&["history", "--program", "gentle-start"]);
    assert_eq!(none_yet.code(), 0);
    assert_eq!(
        none_yet.out(),
        "No sessions recorded for \"gentle-start\".\n"
    );
}

#[test]
fn a_data_folder_that_is_a_file_is_named_plainly_by_every_command() {
    let user = User::new();
    let file = user.data().join("not-a-folder");
    fs::write(&file, "mine").unwrap();
    let nested = file.join("ryg");
    for dir in [&file, &nested] {
        for command in [
            &["status"][..],
            &["history"],
            &["programs"],
            &["plan", "lower-back"],
            &["start"],
        ] {
            let run = user.run(&[&["--data-dir", dir.to_str().unwrap()], command].concat());
            assert_eq!(run.code(), 1, "{command:?}: {}", run.err());
            assert_eq!(
                run.err(),
                format!(
                    "ryg: nothing can be kept in {}: {} is a file, not a folder; \
                     move it away or choose another folder with --data-dir DIR\n",
                    dir.display(),
                    if dir == &file {
                        "it".to_string()
                    } else {
                        file.display().to_string()
                    }
                ),
                "{command:?}"
            );
            assert_eq!(run.out(), "", "{command:?}");
        }
    }
    assert_eq!(fs::read_to_string(&file).unwrap(), "mine", "left as it was");
    for (lang, start) in [
        ("da", "ryg: intet kan gemmes i "),
        ("nb", "ryg: ingenting kan lagres i "),
    ] {
        let run = user.run(&[
            "--lang",
            lang,
            "--data-dir",
            file.to_str().unwrap(),
            "status",
        ]);
        assert!(run.err().starts_with(start), "{}", run.err());
    }
}

#[test]
fn an_empty_ryg_data_dir_counts_as_unset() {
    let user = User::new();
    let home = tempfile::tempdir().unwrap();
    // With --data-dir, that folder is used.
    let explicit = user
        .ryg(&["--data-dir", user.data().to_str().unwrap(), "programs"])
        .env("RYG_DATA_DIR", "")
        .output()
        .unwrap();
    assert!(explicit.status.success(), "{explicit:?}");
    assert!(
        String::from_utf8_lossy(&explicit.stdout)
            .contains(&format!("{}", user.data().join("programs").display()))
    );
    // Without it, the usual folders.
    let usual = user
        .ryg(&["programs"])
        .env("RYG_DATA_DIR", "")
        .env("HOME", home.path())
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("XDG_DATA_HOME")
        .output()
        .unwrap();
    assert!(usual.status.success(), "{usual:?}");
    assert!(String::from_utf8_lossy(&usual.stdout).contains(&format!(
        "{}",
        home.path().join(".config/ryg/programs").display()
    )));
}

#[test]
fn a_session_dated_in_the_future_is_listed_but_not_counted_and_named_once() {
    let user = User::new();
    user.write_history(&[
        r#"Session(started: "2026-11-02T08:00:00Z", finished: "2026-11-02T08:10:00Z", program: "lower-back", level: 2, completed: true, reps_done: 10, reps_planned: 10, pain_before: 2, pain_after: Some(9))"#,
        r#"Session(started: "2099-01-01T08:00:00Z", finished: "2099-01-01T08:10:00Z", program: "lower-back", level: 4, completed: true, reps_done: 10, reps_planned: 10, pain_before: 2, pain_after: Some(2))"#,
    ]);
    let named =
        "history.ron: a session dated in the future is not counted (2099-01-01T08:00:00Z)\n";
    let status = user.run(&["status", "--json"]);
    assert_eq!(status.code(), 0, "{}", status.err());
    let lower_back = &status.json()[0];
    assert_eq!(lower_back["next_level"], 1, "{lower_back}");
    assert_eq!(lower_back["zone"], "red", "{lower_back}");
    assert_eq!(status.err(), named);
    let plan = user.run(&["plan", "lower-back"]);
    assert!(plan.out().contains("level 1"), "{}", plan.out());
    assert_eq!(plan.err(), named);
    let listed = user.run(&["history", "--format", "csv"]);
    assert!(
        listed.out().contains("2099-01-01T08:00:00Z,"),
        "{}",
        listed.out()
    );
    let danish = user.run(&["--lang", "da", "status"]);
    assert!(
        danish
            .err()
            .contains("en træning dateret i fremtiden tælles ikke med"),
        "{}",
        danish.err()
    );
}

/// `ryg course` and `ryg status --short`, with histories prepared around today.
#[path = "cli/course.rs"]
mod course;

/// Completions, the manual page and `make install`.
#[path = "cli/citizen.rs"]
mod citizen;
