//! `ryg learn`, run as a user runs it: the real binary, with a temporary data folder.

use std::process::Output;

/// Runs `ryg ARGS` with an empty data folder, `vars` set and no language from the environment.
fn learn(args: &[&str], vars: &[(&str, &str)]) -> (i32, String, String) {
    let data = tempfile::tempdir().unwrap();
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_ryg"));
    command.arg("--data-dir").arg(data.path()).args(args);
    for name in ["RYG_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "COLUMNS"] {
        command.env_remove(name);
    }
    command.envs(vars.iter().copied());
    let Output {
        status,
        stdout,
        stderr,
    } = command.output().expect("ryg runs");
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (status.code().unwrap(), text(stdout), text(stderr))
}

fn widest(text: &str) -> usize {
    text.lines()
        .map(|line| line.chars().count())
        .max()
        .unwrap_or(0)
}

#[test]
fn learn_lists_the_nine_modules_by_number_in_english_and_danish() {
    let (code, out, err) = learn(&["learn"], &[]);
    assert_eq!((code, err.as_str()), (0, ""));
    let numbered: Vec<&str> = out.lines().filter(|l| !l.is_empty()).take(9).collect();
    for (line, n) in numbered.iter().zip(1..) {
        assert!(line.trim_start().starts_with(&format!("{n}  ")), "{out}");
    }
    assert!(
        out.contains(" 2  Pain is an alarm, not a damage meter"),
        "{out}"
    );
    assert!(out.contains(" 9  When to seek help"), "{out}");
    assert!(out.contains("ryg learn N"), "{out}");

    let (code, out, _) = learn(&["--lang", "da", "learn"], &[]);
    assert_eq!(code, 0);
    assert!(
        out.contains(" 2  Smerte er en alarm, ikke en skademåler"),
        "{out}"
    );
    assert!(out.contains("Læs et med: ryg learn N"), "{out}");
    assert!(widest(&out) <= 80, "{out}");
}

#[test]
fn learn_n_prints_the_module_as_plain_text_ending_with_the_question() {
    let (code, out, err) = learn(&["learn", "2"], &[]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(
        out.starts_with("2. Pain is an alarm, not a damage meter\n\n"),
        "{out}"
    );
    assert!(out.contains("smoke alarm"), "{out}");
    assert!(out.ends_with("\nWhat will you try this week?\n"), "{out}");
    assert!(!out.contains('\x1b'), "{out:?}");
    assert!(widest(&out) <= 80, "{out}");

    let (code, out, _) = learn(&["learn", "2"], &[("LANG", "da_DK.UTF-8")]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("2. Smerte er en alarm, ikke en skademåler\n"),
        "{out}"
    );
    assert!(out.contains("røgalarm"), "{out}");
    assert!(out.ends_with("\nHvad vil du prøve i denne uge?\n"), "{out}");
}

/// Narrower than 80 columns the text follows the terminal; wider, it stays at 80 to be read.
#[test]
fn learn_n_wraps_to_the_width_it_is_given_up_to_80() {
    let (_, narrow, _) = learn(&["learn", "4"], &[("COLUMNS", "50")]);
    assert!(widest(&narrow) <= 50, "{narrow}");
    assert!(widest(&narrow) > 40, "{narrow}");
    let (_, wide, _) = learn(&["learn", "4"], &[("COLUMNS", "200")]);
    assert!(widest(&wide) <= 80, "{wide}");
    assert!(widest(&wide) > 70, "{wide}");
    let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(words(&narrow), words(&wide));
}

#[test]
fn a_module_that_does_not_exist_is_a_usage_error_naming_1_to_9() {
    for given in ["10", "0", "two"] {
        let (code, out, err) = learn(&["learn", given], &[]);
        assert_eq!(code, 2, "{given}");
        assert_eq!(out, "", "{given}");
        assert!(err.contains("from 1 to 9"), "{given}: {err}");
        assert!(err.contains(given), "{given}: {err}");
    }
    let (code, _, err) = learn(&["--lang", "nb", "learn", "10"], &[]);
    assert_eq!(code, 2);
    assert!(err.contains("fra 1 til 9"), "{err}");
}

#[test]
fn learn_marks_the_modules_the_history_says_were_read() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(
        data.path().join("history.ron"),
        "Learned(at: \"2026-12-01T08:05:00Z\", module: \"pain-is-an-alarm\", plan: Some(\"a walk after lunch\"))\n",
    )
    .unwrap();
    for (lang, read) in [("en", "read"), ("da", "læst"), ("nb", "lest")] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_ryg"))
            .arg("--data-dir")
            .arg(data.path())
            .args(["--lang", lang, "learn"])
            .output()
            .expect("ryg runs");
        let out = String::from_utf8(output.stdout).unwrap();
        let marked: Vec<&str> = out.lines().filter(|l| l.ends_with(read)).collect();
        assert_eq!(marked.len(), 1, "{out}");
        assert!(marked[0].trim_start().starts_with("2  "), "{out}");
        assert!(output.stderr.is_empty());
    }
}
