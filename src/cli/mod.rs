//! The command line: parsing it, and the commands that work without a terminal screen.

mod check;
mod complete;
mod course;
mod help;
mod history;
mod learn;
mod man;
mod places;
mod plan;
mod programs;
mod report;
mod status;
mod status_short;
mod table;
mod trainer;

pub use places::Places;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use clap_complete::ArgValueCandidates;

use crate::shell::store::programs::{load_file, load_folder};
use ryg_core::journal::History;
use ryg_core::program::{Catalog, Origin, ProgramEntry, built_in};
use ryg_core::visible::visible;
use ryg_core::words::{self, Lang};

/// ryg — a guided exercise trainer for common low back pain, in the terminal.
#[derive(Debug, Parser)]
#[command(
    name = "ryg",
    version,
    about,
    long_about = None,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
pub struct Args {
    /// Print help.
    #[arg(short, long, global = true, action = clap::ArgAction::Help)]
    help: Option<bool>,
    /// Print the version.
    #[arg(short = 'V', long, action = clap::ArgAction::Version)]
    version: Option<bool>,
    /// Keep the history and your own programs and sounds in DIR (else RYG_DATA_DIR, else the
    /// usual folders).
    // RYG_DATA_DIR is read by `data_dir`, not by clap, which takes an empty one as a missing
    // value and refuses even an explicit --data-dir.
    #[arg(long, global = true, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub data_dir: Option<PathBuf>,
    /// The language to use: en, da or nb (else RYG_LANG, else the locale, else English).
    #[arg(long, global = true, value_name = "LANG", add = ArgValueCandidates::new(complete::languages))]
    pub lang: Option<Lang>,
    /// Start with the sound muted.
    #[arg(long)]
    pub mute: bool,
    /// Write what the trainer does (every cue with its planned and played time, errors) to FILE.
    #[arg(long, value_name = "FILE")]
    pub log: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Go straight into a session: the morning question if due, pain before, the session, pain after.
    Start {
        /// A program id, or the path of a .ron file (default: the first program).
        #[arg(add = ArgValueCandidates::new(complete::program_ids))]
        program: Option<String>,
        /// The level (default: the recommended one).
        #[arg(long)]
        level: Option<u32>,
        /// Start with the sound muted.
        #[arg(long)]
        mute: bool,
        /// Write what the trainer does to FILE.
        #[arg(long, value_name = "FILE")]
        log: Option<PathBuf>,
    },
    /// List the programs found (built-in and your own), with levels and session lengths.
    Programs {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Check program files (or folders of them) and print every problem as FILE:LINE:COL.
    Check {
        /// The program files or folders to check.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Show a session's timeline and total length without running it.
    Plan {
        /// A program id, or the path of a .ron file.
        #[arg(add = ArgValueCandidates::new(complete::program_ids))]
        program: String,
        /// The level (default: the recommended one).
        #[arg(long)]
        level: Option<u32>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Show the recommended next level of each program, and why.
    Status {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// One line for a shell prompt: what is due today, or nothing.
        #[arg(long, conflicts_with = "json")]
        short: bool,
    },
    /// Show the eight-week course: its week, sessions done, ratings and what is due.
    Course {
        #[command(subcommand)]
        action: Option<CourseAction>,
        /// Print JSON instead of a summary.
        #[arg(long)]
        json: bool,
    },
    /// Show the sessions done, for reading or export.
    History {
        /// Only the sessions of this program.
        #[arg(long, value_name = "ID", add = ArgValueCandidates::new(complete::program_ids))]
        program: Option<String>,
        /// How to print: a table to read, or CSV or JSON to export.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Write a report for your physiotherapist or doctor: one HTML page to open or print.
    Report {
        /// Write it to FILE (replacing it) instead of ryg-report-DATE.html here.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// The Learn modules on back pain: the list, or module N as plain text to read.
    Learn {
        /// The module's number, 1 to 9.
        #[arg(value_name = "N")]
        number: Option<String>,
    },
    /// Print the completion script for bash, zsh or fish (see `make install`).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: complete::Shell,
    },
    /// Print the manual page (roff), as `make` writes it to target/man/ryg.1.
    Man,
}

/// What `ryg course` does besides showing the course.
#[derive(Debug, Subcommand)]
pub enum CourseAction {
    /// Start an eight-week course without the screen; the ratings are asked when ryg starts next.
    Start {
        /// The program's id.
        #[arg(add = ArgValueCandidates::new(complete::program_ids))]
        program: String,
        /// The two training days, such as mon,thu.
        #[arg(long, value_delimiter = ',', required = true, value_name = "DAYS")]
        days: Vec<String>,
        /// A goal in your own words: an activity that is hard now because of the back (up to three times).
        #[arg(long = "goal", value_name = "TEXT")]
        goals: Vec<String>,
    },
    /// End the running course early.
    Stop,
}

/// How `ryg history` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
}

/// How a command ended, as the exit code tells it.
#[derive(Debug, PartialEq, Eq)]
pub enum ExitStatus {
    Ok,
    /// A problem in the user's files (exit 1).
    FileProblem,
    /// The command line asked for something that does not exist (exit 2).
    Usage,
}

impl From<ExitStatus> for ExitCode {
    fn from(outcome: ExitStatus) -> ExitCode {
        match outcome {
            ExitStatus::Ok => ExitCode::SUCCESS,
            ExitStatus::FileProblem => ExitCode::from(1),
            ExitStatus::Usage => ExitCode::from(2),
        }
    }
}

/// What every command works with: the user's language and folders, and where to print.
pub struct Context<'a> {
    pub lang: Lang,
    pub places: Places,
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
}

impl Context<'_> {
    /// Built-in programs and the user's; problems in the user's files are printed as found.
    pub fn catalog(&mut self) -> io::Result<Catalog> {
        let catalog = Catalog::new(built_in(), load_folder(&self.places.programs));
        for problem in &catalog.problems {
            writeln!(self.err, "{}", visible(&problem.render(self.lang)))?;
        }
        Ok(catalog)
    }

    /// The history; lines that cannot be read are reported once and otherwise left alone.
    pub fn history(&mut self) -> anyhow::Result<History> {
        let lang = self.lang;
        // The message already names the file and the system's reason; no chain to repeat it.
        let history = crate::shell::store::history::read(&self.places.history)
            .map_err(|error| anyhow::anyhow!(error.describe(lang)))?;
        for skipped in &history.skipped {
            writeln!(self.err, "{}", visible(&skipped.render(lang)))?;
        }
        Ok(history)
    }

    /// The history as the rules judge it at `now`: a record dated in the future is named once
    /// and left out, though `ryg history` still lists it.
    pub fn counted_history(&mut self, now: jiff::Timestamp) -> anyhow::Result<History> {
        let history = self.history()?;
        let until = ryg_core::journal::counted_until(now);
        let file = self.places.history.file_name().unwrap_or_default();
        for record in history.dated_after(until) {
            writeln!(
                self.err,
                "{}",
                record.render(&file.to_string_lossy(), self.lang)
            )?;
        }
        Ok(history.counted(until))
    }

    /// A program named by id, or by the path of a `.ron` file.
    pub fn find_program(&mut self, catalog: &Catalog, name: &str) -> io::Result<Found> {
        let lang = self.lang;
        let looks_like_file = name.ends_with(".ron") || name.contains(std::path::MAIN_SEPARATOR);
        if looks_like_file {
            let loaded = load_file(std::path::Path::new(name));
            for problem in &loaded.diagnostics {
                writeln!(self.err, "{}", visible(&problem.render(lang)))?;
            }
            return Ok(match (loaded.program, loaded.path) {
                (Some(program), Some(path)) => {
                    let origin = Origin::User {
                        path,
                        replaces_built_in: false,
                    };
                    Found::Program(Box::new(ProgramEntry::new(program, origin)))
                }
                _ => Found::Refused(ExitStatus::FileProblem),
            });
        }
        if let Some(entry) = catalog.find(name) {
            return Ok(Found::Program(Box::new(entry.clone())));
        }
        Ok(Found::Refused(self.unknown_program(catalog, name)?))
    }

    /// Tells that there is no program called `name`, and which there are: a usage error.
    pub fn unknown_program(&mut self, catalog: &Catalog, name: &str) -> io::Result<ExitStatus> {
        let lang = self.lang;
        let known: Vec<&str> = catalog.programs().map(|p| p.id.as_str()).collect();
        let known = known.join(", ");
        writeln!(
            self.err,
            "ryg: {}",
            words::unknown_program(lang, name, &known)
        )?;
        Ok(ExitStatus::Usage)
    }
}

/// The program a command asked for, or how the command ends when there is none to use.
pub enum Found {
    /// Boxed: a program is large beside an exit status.
    Program(Box<ProgramEntry>),
    Refused(ExitStatus),
}

/// Runs the command line of this process and returns its exit code.
pub fn main() -> ExitCode {
    complete::answer_if_asked();
    let env = |name: &str| std::env::var(name).ok();
    // The help is in the user's language, so a first guess at it comes before the parse.
    // A file named on the command line need not be UTF-8; only `--lang` is looked for here.
    let raw: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let words: Vec<String> = raw.iter().map(|arg| arg.to_string_lossy().into()).collect();
    let help_lang = Lang::choose(help::lang_option(&words), env);
    let parsed = help::localized(Args::command(), help_lang)
        .try_get_matches_from(&raw)
        .and_then(|matches| Args::from_arg_matches(&matches));
    let args = match parsed {
        Ok(args) => args,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(error.exit_code().clamp(0, 255) as u8);
        }
    };
    let lang = Lang::choose(args.lang, env);
    let data_dir = args.data_dir.clone().or_else(|| {
        // Empty counts as unset, as for the locale variables: `RYG_DATA_DIR= ryg` is a way to
        // clear it.
        std::env::var_os("RYG_DATA_DIR")
            .filter(|dir| !dir.is_empty())
            .map(PathBuf::from)
    });
    let places = match Places::new(data_dir) {
        Some(places) => places,
        None => {
            eprintln!("ryg: {}", words::NO_HOME.get(lang));
            return ExitCode::from(2);
        }
    };
    // Said once, before any command fails on it file by file; `check` reads only what it is given.
    if !matches!(args.command, Some(Command::Check { .. }))
        && let Some(problem) = places.not_a_folder()
    {
        eprintln!("ryg: {}", problem.describe(lang));
        return ExitStatus::FileProblem.into();
    }
    // Not locked for the whole run: a signal handler restoring the terminal must be able to write.
    // Buffered, because standard output alone writes every line on its own, and an export can
    // have a hundred thousand; the trainer draws its screen without going through it.
    let (mut out, mut err) = (io::BufWriter::new(io::stdout()), io::stderr());
    let mut context = Context {
        lang,
        places,
        out: &mut out,
        err: &mut err,
    };
    let ran = run(args, &mut context).and_then(|outcome| {
        context.out.flush()?;
        Ok(outcome)
    });
    match ran {
        Ok(outcome) => outcome.into(),
        Err(error) if is_closed_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            // What was printed before the failure comes before its message.
            let _ = context.out.flush();
            // The message may name a file, and a file's name may hold any character.
            let _ = writeln!(context.err, "ryg: {}", visible(&format!("{error:#}")));
            ExitCode::from(1)
        }
    }
}

/// `ryg … | head` closes the pipe early; that is not a failure worth a message.
fn is_closed_pipe(error: &anyhow::Error) -> bool {
    error
        .downcast_ref::<io::Error>()
        .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
}

fn run(args: Args, context: &mut Context) -> anyhow::Result<ExitStatus> {
    let (mute, log) = (args.mute, args.log);
    match args.command {
        None => trainer::run(context, None, mute, log.as_deref()),
        Some(Command::Start {
            program,
            level,
            mute: start_muted,
            log: start_log,
        }) => {
            let start = trainer::Start { program, level };
            let log = start_log.or(log);
            trainer::run(context, Some(start), mute || start_muted, log.as_deref())
        }
        Some(Command::Programs { json }) => Ok(programs::run(context, json)?),
        Some(Command::Check { files }) => Ok(check::run(context, &files)?),
        Some(Command::Plan {
            program,
            level,
            json,
        }) => plan::run(context, &program, level, json),
        Some(Command::Status { short: true, .. }) => status_short::run(context),
        Some(Command::Status { json, .. }) => status::run(context, json),
        Some(Command::Course { action, json }) => match action {
            None => course::show(context, json),
            Some(CourseAction::Start {
                program,
                days,
                goals,
            }) => course::start(
                context,
                course::CourseRequest {
                    program,
                    days,
                    goals,
                },
            ),
            Some(CourseAction::Stop) => course::stop(context),
        },
        Some(Command::History { program, format }) => {
            history::run(context, program.as_deref(), format)
        }
        Some(Command::Learn { number }) => Ok(learn::run(context, number.as_deref())?),
        Some(Command::Report { out }) => report::run(context, out.as_deref()),
        Some(Command::Completions { shell }) => Ok(complete::run(context.out, shell)?),
        Some(Command::Man) => Ok(man::run(context.out)?),
    }
}
