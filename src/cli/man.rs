//! `ryg man`: the manual page, ryg.1, made from the one command definition (clap_mangen), with
//! every command's options in one page and what the definition cannot say: exit codes, JSON
//! output, the environment and the files. In English, as the option names are; `make` writes it
//! to `target/man/ryg.1` and `make install` puts it in `share/man/man1/`.

use std::io::{self, Write};

use clap::CommandFactory;
use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, italic, roman};

use super::{Args, ExitStatus};

/// Writes the manual page in roff.
pub fn run(out: &mut dyn Write) -> io::Result<ExitStatus> {
    let mut command = Args::command();
    command.build();
    let man = Man::new(command.clone()).manual("ryg manual");
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    let mut roff = Roff::new();
    roff.control("SH", ["COMMANDS"]);
    out.write_all(roff.to_roff().as_bytes())?;
    for sub in command.get_subcommands() {
        commands(out, sub)?;
    }
    out.write_all(sections().to_roff().as_bytes())?;
    Ok(ExitStatus::Ok)
}

/// A command's usage and options under a heading of its own, then its own commands'.
fn commands(out: &mut dyn Write, command: &clap::Command) -> io::Result<()> {
    let name = command.get_bin_name().unwrap_or(command.get_name());
    let mut roff = Roff::new();
    roff.control("SS", [name]);
    if let Some(about) = command.get_about() {
        roff.text([roman(about.to_string())]);
    }
    out.write_all(roff.to_roff().as_bytes())?;
    // The options every command takes are told once, at the top.
    let own = command.clone().mut_args(|arg| {
        if arg.is_global_set() {
            arg.hide(true)
        } else {
            arg
        }
    });
    let man = Man::new(own);
    let mut section = Vec::new();
    man.render_synopsis_section(&mut section)?;
    man.render_options_section(&mut section)?;
    // clap_mangen heads each part as a section of the page; here they are paragraphs of the
    // command's.
    for line in String::from_utf8_lossy(&section).lines() {
        match line.starts_with(".SH ") {
            true => writeln!(out, ".PP")?,
            false => writeln!(out, "{line}")?,
        }
    }
    for sub in command.get_subcommands() {
        commands(out, sub)?;
    }
    Ok(())
}

/// What the command definition cannot say: exit codes, JSON, the environment and the files.
fn sections() -> Roff {
    let mut roff = Roff::new();
    let item = |roff: &mut Roff, term: &str, text: &str| {
        roff.control("TP", [])
            .text([bold(term)])
            .text([roman(text)]);
    };
    roff.control("SH", ["EXIT STATUS"]);
    item(&mut roff, "0", "All went well.");
    item(
        &mut roff,
        "1",
        "A problem in your files: a program that does not load, a history that cannot be read or written.",
    );
    item(
        &mut roff,
        "2",
        "A usage error: an unknown command, option, program or level, or the trainer started without a terminal.",
    );
    item(
        &mut roff,
        "128+N",
        "The trainer was ended by signal N (130 for SIGINT, 143 for SIGTERM); a session in progress is saved first.",
    );
    roff.control("PP", []).text([roman(
        "Unreadable lines of the history are named on standard error and never change the exit code.",
    )]);
    roff.control("SH", ["JSON OUTPUT"]);
    roff.text([roman(
        "These print JSON on standard output, one document, for scripts; messages stay on standard error (docs/history-format.md has every field):",
    )]);
    item(
        &mut roff,
        "ryg programs --json",
        "The programs found: id, title, levels, a session's length in seconds at each level, and the file of your own (null for a built-in one).",
    );
    item(
        &mut roff,
        "ryg plan PROGRAM --json",
        "The session's timeline: its exercises (a warm-up's first, as warm-up/exercise), sets, reps and seconds.",
    );
    item(
        &mut roff,
        "ryg status --json",
        "The recommended next level of each program, and why.",
    );
    item(
        &mut roff,
        "ryg course --json",
        "The course as docs/history-format.md spells it, or null when none was started.",
    );
    item(
        &mut roff,
        "ryg history --format json",
        "The sessions, oldest first: started, finished, program, level, completed, reps_done, reps_planned, pain_before, pain_after, morning, zone (times in UTC; null where there is none). --format csv gives the same columns.",
    );
    roff.control("SH", ["ENVIRONMENT"]);
    item(
        &mut roff,
        "RYG_DATA_DIR",
        "The data folder, as --data-dir; empty counts as unset.",
    );
    item(
        &mut roff,
        "RYG_LANG",
        "The language, as --lang; else LC_ALL, LC_MESSAGES and LANG (da gives Danish; nb, no and nn give Norwegian bokmål), else English.",
    );
    item(
        &mut roff,
        "NO_COLOR",
        "When set and not empty, the trainer draws without colour.",
    );
    item(
        &mut roff,
        "RYG_COMPLETE",
        "Set by the completion scripts (ryg completions SHELL) when they ask ryg for completions.",
    );
    roff.control("SH", ["FILES"]);
    roff.text([
        roman("Without --data-dir: the history in "),
        italic("~/.local/share/ryg/history.ron"),
        roman("; your own programs, sounds and settings in "),
        italic("~/.config/ryg/"),
        roman(" (programs/, sounds/, config.ron). With it, all of them in that folder."),
    ]);
    roff
}
