//! `ryg` and `ryg start`: the full-screen trainer, when there is a terminal to show it on.

use std::io::IsTerminal;
use std::path::Path;

use anyhow::Context as _;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::{Context, ExitStatus, Found};
use crate::app::Settings;
use crate::app::Sound;
use crate::app::{App, LevelChoice, Notice, Setup};
use crate::shell::audio::{Bell, Silent, Sink};
#[cfg(feature = "audio")]
use crate::shell::audio::{Later, Make, Player};
use crate::shell::log::EventLog;
use crate::shell::runtime::{self, Files, QuietStderr};
use crate::shell::store::programs::load_folder;
use ryg_core::journal::History;
use ryg_core::program::{Catalog, built_in};
use ryg_core::words;

/// What `ryg start` asked for.
pub struct Start {
    pub program: Option<String>,
    pub level: Option<u32>,
}

pub fn run(
    context: &mut Context,
    start: Option<Start>,
    muted: bool,
    log: Option<&Path>,
) -> anyhow::Result<ExitStatus> {
    let lang = context.lang;
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        writeln!(context.err, "ryg: {}", words::NEEDS_TERMINAL.get(lang))?;
        return Ok(ExitStatus::Usage);
    }
    // Problems in the user's program files are shown on the home screen.
    let mut catalog = Catalog::new(built_in(), load_folder(&context.places.programs));
    let start = match start {
        None => None,
        Some(start) => match resolve(context, &mut catalog, start)? {
            Ok(start) => Some(start),
            Err(outcome) => return Ok(outcome),
        },
    };
    let (history, notice) = match crate::shell::store::history::read(&context.places.history) {
        Ok(history) => {
            let skipped = history.skipped.len();
            (
                history,
                (skipped > 0).then_some(Notice::SkippedLines(skipped)),
            )
        }
        Err(error) => (
            History::default(),
            Some(Notice::HistoryUnreadable(error.describe(lang))),
        ),
    };
    let log = match log {
        Some(path) => {
            EventLog::open(path).with_context(|| words::opening_the_log(lang, path.display()))?
        }
        None => EventLog::default(),
    };
    log.write(format!("ryg {} starts", env!("CARGO_PKG_VERSION")));
    let (settings, settings_problem) =
        crate::shell::store::settings::load(&context.places.settings);
    // From here until the screen closes, nothing but the screen may write to the terminal.
    let quiet = QuietStderr::new(&log)?;
    let (mut sink, sound) = open_sound(&context.places.sounds, &log, settings);
    let notice =
        notice.or(settings_problem.map(|problem| Notice::Settings(problem.describe(lang))));
    let setup = Setup {
        lang,
        catalog,
        history,
        time_zone: TimeZone::system(),
        muted,
        settings,
        sound,
        colors: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        start,
        notice,
    };
    let mut app = App::new(setup, Timestamp::now());
    let files = Files {
        history: context.places.history.clone(),
        settings: context.places.settings.clone(),
        voice_cache: context.places.voice_cache.clone(),
        log: log.clone(),
    };
    let unwritten = runtime::run(&mut app, files, sink.as_mut());
    drop(sink);
    drop(quiet);
    // The screen is gone: a session Ctrl-C saved is told in the words `q` shows on the screen,
    // and what could not be saved is told here, so that it is not lost.
    let unwritten = unwritten?;
    if let Some(saved) = app.farewell() {
        writeln!(context.err, "ryg: {}", app.notice_text(&saved))?;
    }
    for (record, why) in unwritten {
        writeln!(context.err, "ryg: {}", ryg_core::visible::visible(&why))?;
        if let Ok(line) = record.to_line() {
            writeln!(context.err, "  {line}")?;
        }
    }
    log.write("ryg ends");
    Ok(ExitStatus::Ok)
}

/// The sound output: the device when one opens, else the terminal bell if the user wants it, else
/// silence. The sounds are prepared, and the user's sound files looked at, only when a session
/// first wants sound ([`Later`]): until then the home screen costs what it costs without sound,
/// and a sound file of the user's that cannot be used is named then, where it would be heard.
fn open_sound(user_sounds: &Path, log: &EventLog, settings: Settings) -> (Box<dyn Sink>, Sound) {
    let fallback: Box<dyn Sink> = if settings.bell {
        Box::new(Bell)
    } else {
        Box::new(Silent)
    };
    #[cfg(feature = "audio")]
    {
        let (user_sounds, log) = (user_sounds.to_path_buf(), log.clone());
        let make: Make = Box::new(move || {
            // Whether a device opens is found out right after, by `Sink::want`.
            let (player, problems) = Player::new(&user_sounds, &log, settings.bell)
                .map_err(|why| format!("the sounds could not be prepared: {why}"))?;
            Ok((Box::new(player) as Box<dyn Sink>, problems))
        });
        (Box::new(Later::new(make, fallback)), Sound::On)
    }
    #[cfg(not(feature = "audio"))]
    {
        let _ = (user_sounds, log);
        (fallback, Sound::NotBuilt)
    }
}

/// The program and level `ryg start` names, checked before the screen opens.
fn resolve(
    context: &mut Context,
    catalog: &mut Catalog,
    start: Start,
) -> anyhow::Result<Result<(usize, LevelChoice), ExitStatus>> {
    let index = match &start.program {
        None if catalog.entries.is_empty() => return Ok(Err(ExitStatus::FileProblem)),
        None => 0,
        Some(name) => match context.find_program(catalog, name)? {
            Found::Refused(outcome) => return Ok(Err(outcome)),
            // A file named on the command line stands in for a program of the same id.
            Found::Program(entry) => {
                let entry = *entry;
                let same_id = catalog
                    .entries
                    .iter()
                    .position(|e| e.program.id == entry.program.id);
                match same_id {
                    Some(index) => {
                        catalog.entries[index] = entry;
                        index
                    }
                    None => {
                        catalog.entries.push(entry);
                        catalog.entries.len() - 1
                    }
                }
            }
        },
    };
    let program = &catalog.entries[index].program;
    let level = match start.level {
        None => LevelChoice::Recommended,
        Some(level) if (1..=program.levels()).contains(&level) => LevelChoice::Chosen(level),
        Some(level) => {
            let levels = program.levels();
            let why = words::no_such_level(context.lang, &program.id, level, levels);
            writeln!(context.err, "ryg: {why}")?;
            return Ok(Err(ExitStatus::Usage));
        }
    };
    Ok(Ok((index, level)))
}
