//! ryg in the shell around it: completions in bash, zsh and fish, the manual page, `make install`.

use std::path::Path;
use std::process::Command;

use super::{MINE, User};

/// The folder of the binary under test, for the front of PATH: the scripts call `ryg` by name.
fn path_with_ryg() -> String {
    let bin = Path::new(env!("CARGO_BIN_EXE_ryg")).parent().unwrap();
    format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

/// Runs `script` in `shell` as `user`, with ryg on PATH; its standard output.
fn in_shell(user: &User, shell: &str, args: &[&str], script: &str) -> String {
    let output = Command::new(shell)
        .args(args)
        .arg(script)
        .env("PATH", path_with_ryg())
        .env("RYG_DATA_DIR", user.data())
        .env("LANG", "C.UTF-8")
        .env_remove("RYG_LANG")
        .env_remove("LC_ALL")
        .output()
        .unwrap_or_else(|e| panic!("{shell} runs (scripts/install-deps.sh installs it): {e}"));
    let (out, err) = (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    );
    assert!(output.status.success(), "{shell}: {out}\n{err}");
    out
}

/// What bash offers for the words of `line` at its last word, one per line.
const BASH_COMPLETE: &str = r#"
source <(ryg completions bash)
complete -p ryg
offer() {
    COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_TYPE=9
    _clap_complete_ryg ryg "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    echo "[$*]"; printf '%s\n' "${COMPREPLY[@]}"
}
offer ryg pl
offer ryg start ''
offer ryg --data-dir "$OTHER" plan m
offer ryg history --program ''
"#;

#[test]
fn bash_completes_commands_and_program_ids_the_users_own_too() {
    let (user, other) = (User::new(), User::new());
    user.write_program("mine.ron", MINE);
    other.write_program("mine.ron", &MINE.replace("\"mine\"", "\"minty\""));
    let script = format!("OTHER={}\n{BASH_COMPLETE}", other.data().display());
    let out = in_shell(&user, "bash", &["-c"], &script);
    assert!(
        out.starts_with("complete -o bashdefault -o nosort -o nospace -F _clap_complete_ryg ryg"),
        "{out}"
    );
    let offered = |line: &str| -> Vec<String> {
        let after = out.split(&format!("[{line}]\n")).nth(1).expect(line);
        let until = after.find("\n[").map_or(after.len(), |end| end + 1);
        after[..until].lines().map(str::to_string).collect()
    };
    assert_eq!(offered("ryg pl"), ["plan"]);
    let start = offered("ryg start ");
    for id in ["lower-back", "gentle-start", "mine"] {
        assert!(start.contains(&id.to_string()), "{id} in {start:?}");
    }
    // The data folder named on the line is the one whose programs are offered.
    let other_dir = other.data().display().to_string();
    assert_eq!(
        offered(&format!("ryg --data-dir {other_dir} plan m")),
        ["minty"]
    );
    assert!(offered("ryg history --program ").contains(&"mine".to_string()));
}

#[test]
fn zsh_loads_the_script_from_fpath_and_ryg_answers_its_requests() {
    let user = User::new();
    user.write_program("mine.ron", MINE);
    let functions = user.data().join("site-functions");
    std::fs::create_dir_all(&functions).unwrap();
    let script = user.run(&["completions", "zsh"]).out();
    std::fs::write(functions.join("_ryg"), &script).unwrap();
    let loaded = format!(
        "fpath=({} $fpath); autoload -U compinit; compinit -u -D; print -r -- ${{_comps[ryg]}}; \
         source <(ryg completions zsh); print -r -- ${{_comps[ryg]}}",
        functions.display()
    );
    let out = in_shell(&user, "zsh", &["-f", "-c"], &loaded);
    assert_eq!(out, "_ryg\n_clap_dynamic_completer_ryg\n");
    // What the script asks when Tab is pressed after `ryg start `.
    let output = user
        .ryg(&["--", "ryg", "start", ""])
        .env("RYG_COMPLETE", "zsh")
        .env("_CLAP_COMPLETE_INDEX", "2")
        .env("_CLAP_IFS", "\n")
        .output()
        .unwrap();
    let answer = String::from_utf8(output.stdout).unwrap();
    assert!(answer.contains("lower-back:"), "{answer}");
    assert!(answer.contains("mine:My morning"), "{answer}");
}

#[test]
fn fish_completes_commands_and_program_ids() {
    let user = User::new();
    user.write_program("mine.ron", MINE);
    let out = in_shell(
        &user,
        "fish",
        &["--no-config", "-c"],
        "ryg completions fish | source; complete -C 'ryg pl'; complete -C 'ryg start '",
    );
    assert!(out.lines().any(|line| line.starts_with("plan")), "{out}");
    assert!(out.lines().any(|line| line == "mine\tMy morning"), "{out}");
}

#[test]
fn the_manual_page_renders_without_warnings_and_tells_exit_codes_and_json() {
    let user = User::new();
    let page = user.data().join("ryg.1");
    std::fs::write(&page, user.run(&["man"]).out()).unwrap();
    let output = Command::new("man")
        .args(["--warnings", "-l"])
        .arg(&page)
        .env("MANWIDTH", "80")
        .env("MANPAGER", "cat")
        .env("LANG", "C.UTF-8")
        .output()
        .expect("man runs (scripts/install-deps.sh installs man-db)");
    let (out, err) = (
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
    );
    assert!(output.status.success() && err.is_empty(), "{err}");
    for part in [
        "SYNOPSIS",
        "ryg plan [--level] [--json] <PROGRAM>",
        "ryg course start",
        "EXIT STATUS",
        "128+N",
        "JSON OUTPUT",
        "ryg history --format json",
        "ryg programs --json",
        "RYG_DATA_DIR",
    ] {
        assert!(out.contains(part), "no {part} in:\n{out}");
    }
}

#[test]
fn make_install_puts_the_binary_the_manual_and_the_completions_under_prefix() {
    let user = User::new();
    let prefix = user.data().join("prefix");
    let output = Command::new("make")
        .args(["-s", "install-files"])
        .arg(format!("PREFIX={}", prefix.display()))
        .arg(format!("RYG={}", env!("CARGO_BIN_EXE_ryg")))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let installed = |path: &str| std::fs::read(prefix.join(path)).unwrap_or_default();
    assert_eq!(
        installed("bin/ryg"),
        std::fs::read(env!("CARGO_BIN_EXE_ryg")).unwrap()
    );
    assert_eq!(
        installed("share/man/man1/ryg.1"),
        user.run(&["man"]).0.stdout
    );
    for (path, shell) in [
        ("share/bash-completion/completions/ryg", "bash"),
        ("share/zsh/site-functions/_ryg", "zsh"),
        ("share/fish/vendor_completions.d/ryg.fish", "fish"),
    ] {
        let script = user.run(&["completions", shell]).0.stdout;
        assert!(!script.is_empty());
        assert_eq!(installed(path), script, "{path}");
    }
}

#[test]
fn programs_json_lists_each_program_with_its_lengths_and_file() {
    let user = User::new();
    let mine = user.write_program("mine.ron", MINE);
    let run = user.run(&["programs", "--json"]);
    assert_eq!(run.code(), 0, "{}", run.err());
    let programs = run.json();
    let ids: Vec<&str> = programs
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids[0], "lower-back");
    assert!(ids.contains(&"mine"), "{ids:?}");
    let lower_back = &programs[0];
    assert_eq!(lower_back["levels"], 4);
    assert_eq!(lower_back["session_secs"].as_array().unwrap().len(), 4);
    assert_eq!(lower_back["file"], serde_json::Value::Null);
    let mine_json = programs
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "mine")
        .unwrap();
    assert_eq!(mine_json["title"], "My morning");
    assert_eq!(mine_json["file"], mine.display().to_string());
    // The get-ready countdown (10 s unless the program says) and three reps of 2 s.
    assert_eq!(mine_json["session_secs"], serde_json::json!([16]));
    // A program that does not load is named on standard error, and the exit code says so.
    user.write_program("broken.ron", "Program(");
    let broken = user.run(&["programs", "--json"]);
    assert_eq!(broken.code(), 1);
    assert!(broken.err().contains("broken.ron"), "{}", broken.err());
    assert!(broken.json().is_array());
}
