//! The shell around the app: the terminal, the wait for a key or the next deadline, the history
//! file, sound, and the signals that end a process. It reads the clocks and hands the time in.

use std::collections::VecDeque;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use jiff::Timestamp;
use signal_hook::iterator::Signals;

use crate::app::Settings;
use crate::app::Sound;
use crate::app::{App, Clock, Loudness, Msg, Said, Unsaved};
use crate::keys::{self, Action};
use crate::shell::audio::{Played, Sink};
use crate::shell::awake::Awake;
use crate::shell::effects::{World, settle};
use crate::shell::log::EventLog;
use crate::shell::signals;
use crate::shell::store::history;
use crate::shell::terminal::{self, FullScreen, Keyboard, Wakeup, restore};
use crate::shell::voice::Voice;
use ryg_core::journal::{Record, whole_second};
use ryg_core::session::DueCue;
use ryg_core::words::Lang;

/// What would be lost if the process ended now, kept where a signal handler or the panic hook
/// can save it. The main thread holds it while it draws and while it writes the history, so a
/// signal never saves what is being written, and never draws over a restored terminal.
#[derive(Clone, Default)]
struct AtRisk(Arc<Mutex<Unsaved>>);

impl AtRisk {
    fn lock(&self) -> MutexGuard<'_, Unsaved> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Writes what is unsaved, a running session as ended now. Nothing can be shown any more, so a
/// failure here is left to the history's own rule: lines are only ever appended.
fn save(unsaved: &mut Unsaved, history: &Path) {
    for record in std::mem::take(&mut unsaved.records) {
        let _ = history::append(history, &record);
    }
    if let Some(mut record) = unsaved.running.take() {
        let now = Timestamp::now();
        record.finished = whole_second(now).max(record.started);
        let _ = history::append(history, &Record::Session(record));
    }
}

/// Runs the full-screen app until the user leaves it. The terminal is restored on every way
/// out: a normal end, an error, a panic, or a signal.
/// Where the shell keeps what it writes besides the screen.
pub struct Files {
    pub history: PathBuf,
    pub settings: PathBuf,
    /// Where the voice keeps the phrases it made.
    pub voice_cache: PathBuf,
    pub log: EventLog,
}

/// Returns the records that could not be written on the way out, with why, for the caller to
/// show once standard error is back on the terminal.
pub fn run(app: &mut App, files: Files, sink: &mut dyn Sink) -> io::Result<Vec<(Record, String)>> {
    let history = files.history.clone();
    let at_risk = AtRisk::default();
    watch_signals(at_risk.clone(), history.clone())?;
    signals::ignore_unhelpful();
    let mut keyboard = Keyboard::new()?;
    let mut terminal = terminal::open()?;
    let previous_hook = std::panic::take_hook();
    {
        let (at_risk, history) = (at_risk.clone(), history.clone());
        std::panic::set_hook(Box::new(move |info| {
            // A panic while the main thread holds the record must not wait for itself.
            if let Ok(mut unsaved) = at_risk.0.try_lock() {
                save(&mut unsaved, &history);
            }
            restore();
            speak_again();
            previous_hook(info);
        }));
    }
    let result = event_loop(app, &mut terminal, &mut keyboard, &at_risk, &files, sink);
    restore();
    result
}

/// Runs until the user quits; returns the records that could not be written on the way out.
fn event_loop(
    app: &mut App,
    terminal: &mut FullScreen,
    keyboard: &mut Keyboard,
    at_risk: &AtRisk,
    files: &Files,
    sink: &mut dyn Sink,
) -> io::Result<Vec<(Record, String)>> {
    let voice = Voice::new(files.voice_cache.clone(), &files.log);
    // Released when the loop ends, by returning or by an error; on a signal or a panic, by the
    // process ending (see `awake`).
    let mut awake = Awake::new(crate::shell::awake::PROGRAM, &files.log);
    let mut shell = Shell { files, sink, voice };
    // Every message goes through this one queue: the user's, the sound's and what an effect
    // reports back, so that no effect the app returns is ever dropped.
    let mut queue = VecDeque::new();
    let mut sound = SoundDevice::default();
    let mut dirty = true;
    let mut suspend = false;
    // The title last shown; `None` when the terminal has its own (at first, and after a stop).
    let mut title: Option<String> = None;
    loop {
        if !queue.is_empty() {
            // Until the slot is set again below, a signal saves what was at risk before these
            // messages: none of their writes has happened yet.
            let mut unsaved = at_risk.lock();
            let settled = settle(app, &mut queue, &mut shell);
            *unsaved = app.unsaved(Instant::now(), Timestamp::now());
            dirty = true;
            if settled.quit {
                return Ok(settled.failed);
            }
            if std::mem::take(&mut suspend) {
                // Held while the terminal is the shell's: a signal that ends ryg meanwhile
                // waits until the terminal is taken back, and then puts it back for good.
                restore();
                terminal::stop();
                terminal::take_back(terminal)?;
                title = None;
            }
        }
        // Before waiting: the device is open by the time a session's first cue is due.
        sound.keep_up(app, &mut *shell.sink, &files.log, &mut queue);
        shell.sink.keep_time(Instant::now());
        if !queue.is_empty() {
            continue;
        }
        if dirty {
            let _drawing = at_risk.lock();
            terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
            // Written only when it changes: a title rewritten at every frame makes some
            // terminals flicker their tab.
            let now = app.title();
            if title.as_ref() != Some(&now) {
                terminal::set_title(terminal, &now)?;
                title = Some(now);
            }
            dirty = false;
        }
        // After the frame, so that none of these delays it: the voice looks for its engine (a
        // few ms, once) and hands the texts of the session ahead to its own thread, which makes
        // them while the user answers the question before it; and the system is kept awake while
        // a session runs (starting a small program, once per session).
        shell.voice.keep_up(app, &mut queue);
        awake.keep_up(app.wants_awake());
        if !queue.is_empty() {
            continue;
        }
        let event = keyboard.next(app.next_deadline());
        // What the voice made while the user was answering is known before the answer is.
        shell.voice.tell(&mut queue);
        let clock = Clock {
            now: Instant::now(),
            wall: Timestamp::now(),
        };
        queue.push_back(match event {
            Ok(Wakeup::Deadline) => Msg::Tick(clock),
            Ok(Wakeup::Key(key)) => match keys::action(app.keymap(), app.lang, key) {
                Some(action) => {
                    suspend = action == Action::Suspend;
                    Msg::Action(action, clock)
                }
                None => continue,
            },
            Ok(Wakeup::Paste(text)) => Msg::Paste(text, clock),
            Ok(Wakeup::Signals(woken)) => {
                dirty = true;
                if woken.resumed {
                    let _drawing = at_risk.lock();
                    terminal::take_back(terminal)?;
                    title = None;
                }
                if !woken.suspend {
                    continue;
                }
                suspend = true;
                Msg::Action(Action::Suspend, clock)
            }
            // The terminal is gone: there is no one left to ask.
            Ok(Wakeup::Gone) | Err(_) => Msg::HangUp(clock),
        });
    }
}

/// The files and the sound, as the app's effects reach them.
struct Shell<'a> {
    files: &'a Files,
    sink: &'a mut dyn Sink,
    voice: Voice,
}

impl World for Shell<'_> {
    fn append(&mut self, record: &Record, lang: Lang) -> Result<(), String> {
        history::append(&self.files.history, record).map_err(|error| error.describe(lang))
    }

    fn save_settings(&mut self, settings: &Settings) {
        if let Err(error) = crate::shell::store::settings::save(settings, &self.files.settings) {
            self.files.log.write(format!("settings not saved: {error}"));
        }
    }

    fn cue(&mut self, cue: DueCue, loudness: Loudness) {
        match loudness {
            Loudness::Muted => self.files.log.write(format!("cue {:?} muted", cue.cue)),
            Loudness::At(volume) => {
                let clock = Clock {
                    now: Instant::now(),
                    wall: Timestamp::now(),
                };
                let played = self.sink.play(cue, clock.now, volume);
                log_cue(&self.files.log, cue, clock, played);
            }
        }
    }

    fn say(&mut self, said: &Said, loudness: Loudness, lang: Lang) {
        self.voice.say(said, loudness, &mut *self.sink, lang.code());
    }

    fn withdraw(&mut self, after: Instant) {
        self.sink.withdraw(after);
    }
}

/// The sound device kept in step with what the app wants; what becomes of it is told to the app.
///
/// The device is looked for only when sound is first wanted — from the question before a session
/// on — never at start: opening it reads the sound system's whole configuration and loads its
/// client libraries (about 5 MB), which the home screen has no use for. So a computer without a
/// device learns so when a session is about to start, in the status line, and until then the
/// status line shows the user's own setting (the volume, or "sound muted"), which `m`, `+` and
/// `-` change on home as well.
#[derive(Default)]
struct SoundDevice {
    wanted: bool,
    /// The device failed to open or was lost: the next one that opens turns the sound back on.
    failed: bool,
}

impl SoundDevice {
    fn keep_up(
        &mut self,
        app: &App,
        sink: &mut dyn Sink,
        log: &EventLog,
        queue: &mut VecDeque<Msg>,
    ) {
        if sink.lost() {
            log.write("sound off: the device was lost");
            queue.push_back(Msg::Sound(Sound::Lost));
            self.failed = true;
        }
        if app.wants_sound() != self.wanted {
            self.wanted = app.wants_sound();
            match sink.want(self.wanted) {
                Err(why) => {
                    log.write(format!("sound off: the device could not be opened: {why}"));
                    queue.push_back(Msg::Sound(Sound::NoDevice));
                    self.failed = true;
                }
                Ok(()) if self.wanted && self.failed => {
                    queue.push_back(Msg::Sound(Sound::On));
                    self.failed = false;
                }
                Ok(()) => {}
            }
        }
        // Found when the sounds are prepared, as a session first wants sound (the player has
        // written each to the log); the first is named on the screen.
        if let Some(problem) = sink.not_used().first() {
            queue.push_back(Msg::SoundFileNotUsed(problem.describe(app.lang)));
        }
    }
}

/// A cue in the log: its moment, when it was played (or why not), on the wall clock.
fn log_cue(log: &EventLog, cue: DueCue, clock: Clock, played: Played) {
    let planned = wall_at(cue.at, clock);
    let what = match played {
        Played::OnTime(late) => format!("played {}ms after", late.as_millis()),
        Played::Ahead(ahead) => format!("played on time, handed {}ms ahead", ahead.as_millis()),
        Played::Dropped(late) => format!("dropped, {}ms late", late.as_millis()),
        Played::Skipped => "not sounded".to_string(),
    };
    log.write(format!("cue {:?} planned {planned:.3}: {what}", cue.cue));
}

/// The moment `at` on the wall clock, to the millisecond, as the log names moments.
pub fn wall_of(at: Instant) -> Timestamp {
    wall_at(
        at,
        Clock {
            now: Instant::now(),
            wall: Timestamp::now(),
        },
    )
}

/// `at` may be past or, for a sound handed over ahead, still to come.
fn wall_at(at: Instant, clock: Clock) -> Timestamp {
    let ago = match clock.now.checked_duration_since(at) {
        Some(ago) => jiff::SignedDuration::try_from(ago).unwrap_or_default(),
        None => -jiff::SignedDuration::try_from(at - clock.now).unwrap_or_default(),
    };
    let wall = clock.wall.checked_sub(ago).unwrap_or(clock.wall);
    wall.round(jiff::Unit::Millisecond).unwrap_or(wall)
}

/// On SIGTERM and every other signal that would end the process (see [`signals::ending`]):
/// save the session at risk, restore the terminal, and end with the conventional code.
fn watch_signals(at_risk: AtRisk, history: PathBuf) -> io::Result<()> {
    let mut signals = Signals::new(signals::ending())?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                // Held until the process ends: the main thread must not write or draw after this.
                let mut unsaved = at_risk.lock();
                save(&mut unsaved, &history);
                restore();
                std::process::exit(128 + signal);
            }
        })?;
    Ok(())
}

/// While the trainer is on the screen, standard error goes to the log (or nowhere), so that no
/// library — ALSA, cpal, rodio — can write over the screen. Put back when dropped, and by the
/// panic hook so that a panic's message is seen.
pub struct QuietStderr {
    saved: libc::c_int,
}

/// The standard error put aside by [`QuietStderr`], for the panic hook.
static SAVED_STDERR: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(-1);

impl QuietStderr {
    pub fn new(log: &EventLog) -> io::Result<QuietStderr> {
        let target = match log.file() {
            Some(file) => file,
            None => std::fs::OpenOptions::new().write(true).open("/dev/null")?,
        };
        use std::os::fd::AsRawFd;
        // SAFETY: dup and dup2 only copy descriptors this process owns; `target` stays open until
        // dup2 has made its copy, and the saved descriptor is closed exactly once, in `drop`.
        let saved = unsafe { libc::dup(libc::STDERR_FILENO) };
        if saved < 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: as above.
        if unsafe { libc::dup2(target.as_raw_fd(), libc::STDERR_FILENO) } < 0 {
            // SAFETY: `saved` was just made by dup and is closed once.
            unsafe { libc::close(saved) };
            return Err(io::Error::last_os_error());
        }
        SAVED_STDERR.store(saved, std::sync::atomic::Ordering::SeqCst);
        Ok(QuietStderr { saved })
    }
}

/// Gives standard error back its terminal, if it was put aside.
fn speak_again() {
    let saved = SAVED_STDERR.swap(-1, std::sync::atomic::Ordering::SeqCst);
    if saved >= 0 {
        // SAFETY: `saved` is a descriptor made by dup in `QuietStderr::new`, taken out of the
        // static exactly once by the swap above, so it is restored and closed once.
        unsafe {
            libc::dup2(saved, libc::STDERR_FILENO);
            libc::close(saved);
        }
    }
}

impl Drop for QuietStderr {
    fn drop(&mut self) {
        let _ = self.saved;
        speak_again();
    }
}
