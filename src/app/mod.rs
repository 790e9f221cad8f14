//! The app's model: every screen's state, one `update` for everything that happens, and the
//! effects the shell carries out. Pure: time arrives inside the messages, nothing here reads a
//! clock, touches a file or draws.

mod history;
mod screen;
mod update;

pub use history::{HistoryMode, HistoryView, Listing, PAGE, Period};

pub use screen::{
    Finished, FollowUp, FollowUpChoice, Home, Level, Outcome, Pain, PainMoment, Route, Safety,
    Screen, TEN_WITHIN, Training,
};

use std::time::Instant;

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

use crate::keys::{Action, Keymap};
use crate::shell::audio::Sound;
use crate::shell::store::settings::Settings;
use ryg_core::journal::{
    History, NotCounted, Record, SessionRecord, SessionWithMorning, counted_until,
};
use ryg_core::program::{Catalog, ProgramEntry};
use ryg_core::rules::{Recommendation, next_level};
use ryg_core::session::DueCue;
use ryg_core::words::Lang;

/// How old the last safety check may be before it is asked again.
pub const SAFETY_CHECK_VALID: SignedDuration = SignedDuration::from_hours(30 * 24);

/// The moment a message happens, on both clocks: `now` times the session, `wall` dates records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clock {
    pub now: Instant,
    pub wall: Timestamp,
}

/// Everything that can happen to the app.
#[derive(Clone, Debug)]
pub enum Msg {
    /// The user asked for something.
    Action(Action, Clock),
    /// A deadline passed.
    Tick(Clock),
    /// The terminal went away or the process is told to stop: save what was done, then quit.
    HangUp(Clock),
    /// A record could not be written; it is kept and written again at the next chance.
    WriteFailed { record: Record, why: String },
    /// The sound output changed: the device could not be opened after all, was lost, or is
    /// open again.
    Sound(Sound),
}

/// What the shell is asked to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    Cue(DueCue),
    Append(Record),
    /// The settings changed: keep them for next time.
    SaveSettings(Settings),
    Quit,
}

/// What is not in the history file yet.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Unsaved {
    /// Records to write as they are.
    pub records: Vec<Record>,
    /// The session still running, saved as interrupted: its end is the moment it is saved.
    pub running: Option<SessionRecord>,
}

/// A box shown over the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    Help,
    ConfirmQuit,
}

/// A one-line message in the status line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The history could not be written; the record is kept and tried again.
    NotSaved(String),
    /// A session ended early and was saved as not finished.
    SavedUnfinished,
    /// The morning answer changed the recommended level.
    LevelUpdated,
    /// A morning answer was saved: the level it leads to for this program (a catalog index).
    NextLevel(usize),
    /// The history file could not be read; sessions still run and are written when possible.
    HistoryUnreadable(String),
    /// Lines of the history that could not be read (they are kept as they are).
    SkippedLines(usize),
    /// A file of the user's that could not be used (a sound); the default is used.
    FileNotUsed(String),
    /// The settings file is not used as it is written: why, and what happens to it, in words.
    Settings(String),
    /// Records dated in the future are listed but not counted: how many of them are sessions
    /// (none: only safety checks).
    DatedInTheFuture { sessions: usize },
    /// `n` was pressed once during this exercise (an index into the program): pressed again
    /// at once, it skips the rest of it (`last`: and so ends the session).
    NextAgain { exercise: usize, last: bool },
    /// A session ended before its first rep: it is saved, as the history keeps every session
    /// started, but left out of the counts and not called done.
    EndedWithoutReps,
    /// Saved with every rep done, when ryg was left at the pain question after it.
    SavedWithoutPainAfter,
    /// `a` on the history screen, when the chosen session's morning cannot be told.
    NoMorningToTell(MorningWhy),
    /// `s` during a rep: it skips only a countdown or a rest.
    SkipsOnlyCountdowns,
    /// A level key beyond the levels of this program (a catalog index).
    NoSuchLevel(usize),
}

/// Why the morning after the chosen session cannot be told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MorningWhy {
    NoSessions,
    AlreadyAnswered,
    /// The session was today: its morning has not come.
    NotYet,
    /// Only the latest session of a program is asked about (docs/pain-rules.md).
    NotTheLatest,
}

impl Notice {
    /// Said once: it goes with the next key. The others stay until what they report is over
    /// (a record written, a file fixed), so that they cannot be missed.
    pub fn passes(&self) -> bool {
        match self {
            Notice::NotSaved(_)
            | Notice::HistoryUnreadable(_)
            | Notice::SkippedLines(_)
            | Notice::FileNotUsed(_)
            | Notice::Settings(_) => false,
            Notice::SavedUnfinished
            | Notice::LevelUpdated
            | Notice::NextLevel(_)
            | Notice::NextAgain { .. }
            | Notice::EndedWithoutReps
            | Notice::SavedWithoutPainAfter
            | Notice::NoMorningToTell(_)
            | Notice::SkipsOnlyCountdowns
            | Notice::NoSuchLevel(_)
            | Notice::DatedInTheFuture { .. } => true,
        }
    }
}

/// What the app starts with.
pub struct Setup {
    pub lang: Lang,
    pub catalog: Catalog,
    pub history: History,
    pub time_zone: TimeZone,
    pub muted: bool,
    pub settings: Settings,
    pub sound: Sound,
    pub colors: bool,
    /// `ryg start`: the program (an index into the catalog) and level to go straight to.
    pub start: Option<(usize, Level)>,
    /// Something to tell the user from the start.
    pub notice: Option<Notice>,
}

/// The whole app.
#[derive(Clone, Debug)]
pub struct App {
    pub lang: Lang,
    pub catalog: Catalog,
    pub history: History,
    pub time_zone: TimeZone,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub notice: Option<Notice>,
    pub muted: bool,
    pub settings: Settings,
    pub sound: Sound,
    pub colors: bool,
    /// The history's sessions in order, kept up to date by `append`.
    listing: Listing,
    /// Records the history file did not take yet, oldest first.
    unsaved: Vec<Record>,
    /// Sessions whose morning question was skipped in this run, so it is not asked again.
    skipped_follow_ups: Vec<Timestamp>,
    /// The session was paused by an overlay, and goes on when it closes.
    paused_by_overlay: bool,
    /// Records dated after this are listed but not counted by the rules; it moves on with every
    /// message's clock, so that what the app itself records always counts.
    counted_until: Timestamp,
    /// A session saved on the way out by Ctrl-C, with the words the screen would have given.
    left_saved: Option<(Record, Notice)>,
}

impl App {
    pub fn new(setup: Setup, wall: Timestamp) -> App {
        let counted_until = counted_until(wall);
        // Named once, at the start; the records stay in the file and in the history screen.
        let future = setup.history.dated_after(counted_until);
        let future_notice = (!future.is_empty()).then(|| Notice::DatedInTheFuture {
            sessions: future
                .iter()
                .filter(|record| matches!(record, NotCounted::Session(_)))
                .count(),
        });
        let mut app = App {
            listing: Listing::of(&setup.history, &setup.catalog),
            lang: setup.lang,
            // The screen shows a file's odd characters as the commands print them.
            catalog: setup.catalog.shown(),
            history: setup.history,
            time_zone: setup.time_zone,
            screen: Screen::Home(Home {
                program: 0,
                level: Level::Recommended,
            }),
            overlay: None,
            notice: setup.notice.or(future_notice),
            muted: setup.muted,
            settings: setup.settings,
            sound: setup.sound,
            colors: setup.colors,
            unsaved: Vec::new(),
            skipped_follow_ups: Vec::new(),
            paused_by_overlay: false,
            counted_until,
            left_saved: None,
        };
        let route = match setup.start {
            Some((program, level)) => Route::Start { program, level },
            None => Route::Home {
                program: 0,
                level: Level::Recommended,
            },
        };
        app.screen = if app.safety_check_due(wall) {
            Screen::Safety(Safety::Asking { then: route })
        } else {
            app.follow(route, wall)
        };
        app
    }

    /// The keys that apply now.
    pub fn keymap(&self) -> Keymap {
        match self.overlay {
            Some(Overlay::Help) => Keymap::HelpOverlay,
            Some(Overlay::ConfirmQuit) => Keymap::ConfirmQuit,
            None => self.screen_keymap(),
        }
    }

    /// The keys of the screen itself, under any overlay.
    pub fn screen_keymap(&self) -> Keymap {
        match &self.screen {
            Screen::Safety(Safety::Asking { .. }) => Keymap::SafetyQuestion,
            Screen::Safety(Safety::Stop { .. }) => Keymap::SafetyStop,
            Screen::Home(_) => Keymap::Home,
            Screen::FollowUp(_) => Keymap::FollowUp,
            Screen::Pain(_) => Keymap::Pain,
            Screen::Training(_) => Keymap::Training,
            Screen::Result(_) => Keymap::Result,
            Screen::History(_) if self.history.session_records().next().is_none() => {
                Keymap::HistoryEmpty
            }
            Screen::History(view) => match view.mode {
                HistoryMode::List => Keymap::History,
                HistoryMode::Detail => Keymap::HistoryDetail,
            },
        }
    }

    /// Sound is wanted from the question before a session to the question after it, so that the
    /// device is ready for the first cue and the last one is heard to its end; not while the
    /// session is paused, nor anywhere else, where an open device would cost a sound thread's
    /// time for nothing.
    pub fn wants_sound(&self) -> bool {
        match &self.screen {
            Screen::Training(training) => !training.session.is_paused(),
            Screen::Pain(_) => true,
            _ => false,
        }
    }

    /// When the app next needs to wake up by itself; `None` when only the user can change
    /// anything (every screen but a running session).
    pub fn next_deadline(&self) -> Option<Instant> {
        match &self.screen {
            Screen::Training(training) => training.session.next_deadline(),
            _ => None,
        }
    }

    pub fn program(&self, index: usize) -> &ProgramEntry {
        &self.catalog.entries[index.min(self.catalog.entries.len().saturating_sub(1))]
    }

    /// The sessions of a program, oldest first, with their mornings.
    pub fn sessions_of(&self, program: usize) -> Vec<SessionWithMorning<'_>> {
        self.sessions_of_id(&self.program(program).program.id)
    }

    pub fn recommendation(&self, program: usize) -> Recommendation {
        let levels = self.program(program).program.levels();
        next_level(&self.sessions_of(program), levels)
    }

    /// The level a session would be done at.
    pub fn level_of(&self, program: usize, level: Level) -> u32 {
        let levels = self.program(program).program.levels().max(1);
        match level {
            Level::Recommended => self.recommendation(program).level,
            Level::Chosen(level) => level.clamp(1, levels),
        }
    }

    /// First run, a check older than 30 days, or a last check that found a warning sign.
    pub fn safety_check_due(&self, wall: Timestamp) -> bool {
        match self.history.latest_screening_by(self.counted_until) {
            None => true,
            Some(check) => !check.clear || wall.duration_since(check.at) > SAFETY_CHECK_VALID,
        }
    }

    /// The program's last session, when its morning has not been asked about and that morning
    /// has come: the session was on an earlier calendar day than `wall`, in local time.
    pub fn follow_up_due(&self, program: usize, wall: Timestamp) -> Option<&SessionRecord> {
        // Only the latest session is asked about: an older one without an answer is past.
        let latest = self.sessions_of(program).last().copied()?;
        let session = latest.session;
        let skipped = self.skipped_follow_ups.contains(&session.started);
        let due = latest.morning.is_none() && self.morning_has_come(session, wall) && !skipped;
        due.then_some(session)
    }

    /// The session was on an earlier calendar day than `wall`, in local time.
    pub fn morning_has_come(&self, session: &SessionRecord, wall: Timestamp) -> bool {
        let day = |t: Timestamp| self.time_zone.to_datetime(t).date();
        day(session.started) < day(wall)
    }

    /// What to say once the screen is gone about a session Ctrl-C saved: the words `q` gives on
    /// the screen. Nothing when nothing was at risk, or when the session could not be written
    /// (the shell names what was not written instead).
    pub fn farewell(&self) -> Option<Notice> {
        let (record, notice) = self.left_saved.as_ref()?;
        (!self.unsaved.contains(record)).then(|| notice.clone())
    }

    /// What would be lost if the process ended at `wall`: records the history file did not take
    /// yet, and the session on screen as an interrupted one.
    pub fn unsaved(&self, now: Instant, wall: Timestamp) -> Unsaved {
        let mut unsaved = Unsaved {
            records: self.unsaved.clone(),
            running: None,
        };
        if let Some((record, _)) = self.interrupted(now, wall) {
            // A running session ends when it is saved; one already over keeps its own end.
            if matches!(self.screen, Screen::Training(_)) {
                unsaved.running = Some(record);
            } else {
                unsaved.records.push(Record::Session(record));
            }
        }
        unsaved
    }

    /// The session on screen as it would be saved if interrupted at `wall`, and its program.
    fn interrupted(&self, now: Instant, wall: Timestamp) -> Option<(SessionRecord, usize)> {
        match &self.screen {
            Screen::Training(training) => {
                let mut session = training.session.clone();
                session.quit(now);
                Some((
                    update::record_of(training, &session, wall),
                    training.program,
                ))
            }
            Screen::Pain(Pain {
                moment: PainMoment::After(finished),
                ..
            }) => Some((finished.record.clone(), finished.program)),
            _ => None,
        }
    }

    /// The morning question for the program's last session, if it is due, going on to `then`.
    fn ask_follow_up(&self, program: usize, then: Route, wall: Timestamp) -> Option<Screen> {
        let session = self.follow_up_due(program, wall)?;
        Some(Screen::FollowUp(FollowUp {
            session: session.started,
            choice: FollowUpChoice::Answer(ryg_core::journal::Morning::Same),
            then,
        }))
    }

    /// Where a route goes now that nothing stands in its way but a morning question.
    fn follow(&self, route: Route, wall: Timestamp) -> Screen {
        let program = update::route_program(route);
        if let Route::Start { .. } = route
            && let Some(follow_up) = self.ask_follow_up(program, route, wall)
        {
            return follow_up;
        }
        match route {
            Route::Home { program, level } => Screen::Home(Home { program, level }),
            Route::History(view) => Screen::History(view),
            Route::Start { program, level } => Screen::Pain(Pain::ask(PainMoment::Before {
                program,
                level: self.level_of(program, level),
                chosen: level,
            })),
        }
    }
}

#[cfg(test)]
mod tests;
