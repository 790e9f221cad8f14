//! The app's model: every screen's state, one `update` for everything that happens, and the
//! effects the shell carries out. Pure: time arrives inside the messages, nothing here reads a
//! clock, touches a file or draws. Each screen's state and update live in a file of its own.

mod action;
mod ahead;
mod awake;
mod bad_day;
mod course_check;
mod course_start;
mod edit;
mod figures;
mod history;
mod home;
mod learn;
mod morning;
mod notice;
mod overlay;
mod pain;
mod paste;
mod result;
mod safety;
mod scale;
mod screen;
mod settings;
mod sound;
mod stopped;
mod title;
mod training;
mod update;
mod voice;

pub use action::{Action, Keymap};
pub use ahead::{AFTER_PAUSE, LOOK_AHEAD};
pub use bad_day::Gentler;
pub use course_check::{CheckKind, CheckStep, CourseCheck};
pub use course_start::{CourseStart, CourseStep};
pub use edit::Edit;
use figures::Figures;
pub use figures::{ChartPoints, HistoryFigures, Point, ProgramFigures};
pub use history::{HistoryMode, HistoryView, Listing, PAGE, Period};
pub use home::{Home, LevelChoice};
pub use learn::{LEARN_PAGE, Learn, NARROWEST_TEXT};
pub use morning::{MorningAnswer, MorningChoice};
pub use notice::{MorningWhy, Notice};
pub use overlay::Overlay;
pub use pain::{Pain, PainMoment, TEN_WITHIN};
pub use result::Outcome;
pub use safety::{SAFETY_CHECK_VALID, SafetyCheck, SignsGroup};
pub use scale::Scale;
pub use screen::{Route, Screen};
pub use settings::Settings;
pub use sound::Sound;
pub use stopped::{STOP_REASONS, WhyStopped};
pub use training::{Finished, Training};
pub use voice::{Said, SpeechEngine, VoiceAhead, Voicing};

use std::time::Instant;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use ryg_core::journal::{History, NotCounted, Record, SessionRecord, counted_until};
use ryg_core::program::{Catalog, ProgramEntry};
use ryg_core::session::DueCue;
use ryg_core::words::Lang;

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
    /// The user pasted text (the terminal marked it as pasted): it goes into the field being
    /// typed in, if there is one, as one line.
    Paste(String, Clock),
    /// A deadline passed.
    Tick(Clock),
    /// The terminal went away or the process is told to stop: save what was done, then quit.
    HangUp(Clock),
    /// A record could not be written; it is kept and written again at the next chance.
    WriteFailed { record: Record, why: String },
    /// The sound output changed: the device could not be opened after all, was lost, or is
    /// open again.
    Sound(Sound),
    /// A sound file of the user's cannot be used (why, in words): the built-in sound plays.
    SoundFileNotUsed(String),
    /// The shell looked for a speech engine and found none.
    NoSpeechEngine,
    /// Phrases the shell made ready, each with how long it takes to say.
    PhraseLengths(Vec<(String, std::time::Duration)>),
}

/// What the shell is asked to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Sound a cue as loud as the app decided; the shell only carries it out.
    Cue(DueCue, Loudness),
    /// Say a phrase, after the cues given with it, as loud as the app decided.
    Say(Said, Loudness),
    /// Take back every cue and phrase handed over whose moment is after this one: it no longer
    /// stands (see `ahead`).
    Withdraw(Instant),
    Append(Record),
    /// The settings changed: keep them for next time.
    SaveSettings(Settings),
    Quit,
}

/// How loud a cue sounds: the app decides from `m` (mute) and the volume setting (`+`/`-`), as
/// they stand when the cue falls due.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Loudness {
    /// Not sounded; the shell notes it in the log.
    Muted,
    /// At this volume, from 0 to 1.
    At(f32),
}

impl Loudness {
    pub fn of(muted: bool, settings: &Settings) -> Loudness {
        if muted {
            Loudness::Muted
        } else {
            Loudness::At(settings.volume)
        }
    }
}

/// The cues that fell due, as effects at `loudness`.
fn sounded(cues: Vec<DueCue>, loudness: Loudness) -> impl Iterator<Item = Effect> {
    cues.into_iter().map(move |cue| Effect::Cue(cue, loudness))
}

/// What is not in the history file yet.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Unsaved {
    /// Records to write as they are.
    pub records: Vec<Record>,
    /// The session still running, saved as interrupted: its end is the moment it is saved.
    pub running: Option<SessionRecord>,
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
    pub start: Option<(usize, LevelChoice)>,
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
    /// Whether speech can be heard, as the shell found out.
    pub speech: SpeechEngine,
    /// How long each phrase made so far takes to say: a session's phrases are laid out by these.
    phrase_lengths: std::collections::HashMap<String, std::time::Duration>,
    pub colors: bool,
    /// The history's sessions in order, kept up to date by `append`.
    listing: Listing,
    /// What the screens show from the whole history, kept up to date by `update`.
    figures: Figures,
    /// Records the history file did not take yet, oldest first.
    unsaved: Vec<Record>,
    /// Sessions whose morning question was skipped in this run, so it is not asked again.
    skipped_mornings: Vec<Timestamp>,
    /// The session was paused by an overlay, and goes on when it closes.
    paused_by_overlay: bool,
    /// Records dated after this are listed but not counted by the rules; it moves on with every
    /// message's clock, so that what the app itself records always counts.
    counted_until: Timestamp,
    /// The local date of the latest message's clock: how long a break has lasted is counted to it.
    today: jiff::civil::Date,
    /// A session saved on the way out by Ctrl-C, with the words the screen would have given.
    left_saved: Option<(Record, Notice)>,
    /// The cues and phrases handed to the shell ahead of their moment.
    ahead: ahead::Ahead,
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
            figures: Figures::default(),
            lang: setup.lang,
            // The screen shows a file's odd characters as the commands print them.
            catalog: setup.catalog.shown(),
            history: setup.history,
            time_zone: setup.time_zone.clone(),
            screen: Screen::Home(Home {
                program: 0,
                level: LevelChoice::Recommended,
            }),
            overlay: None,
            notice: setup.notice.or(future_notice),
            muted: setup.muted,
            settings: setup.settings,
            sound: setup.sound,
            speech: SpeechEngine::Usable,
            phrase_lengths: std::collections::HashMap::new(),
            colors: setup.colors,
            unsaved: Vec::new(),
            skipped_mornings: Vec::new(),
            paused_by_overlay: false,
            counted_until,
            today: setup.time_zone.to_datetime(wall).date(),
            left_saved: None,
            ahead: ahead::Ahead::default(),
        };
        app.refresh_figures();
        let route = match setup.start {
            Some((program, level)) => Route::Start { program, level },
            None => Route::Home {
                program: app.course_program().unwrap_or(0),
                level: LevelChoice::Recommended,
            },
        };
        app.screen = if app.safety_check_due(wall) {
            Screen::SafetyCheck(SafetyCheck::asking(route))
        } else {
            app.opening(route, wall)
        };
        app.refresh_figures();
        app
    }

    /// The keys that apply now.
    pub fn keymap(&self) -> Keymap {
        match self.overlay {
            Some(Overlay::Help) => Keymap::HelpOverlay,
            Some(Overlay::WarningSigns(_)) => Keymap::WarningSigns,
            Some(Overlay::ConfirmQuit) => Keymap::ConfirmQuit,
            None => self.screen_keymap(),
        }
    }

    /// The keys of the screen itself, under any overlay.
    pub fn screen_keymap(&self) -> Keymap {
        match &self.screen {
            Screen::SafetyCheck(SafetyCheck::Asking { .. }) => Keymap::SafetyQuestion,
            Screen::SafetyCheck(SafetyCheck::Stop {
                group: SignsGroup::Emergency,
                ..
            }) => Keymap::SafetyStop,
            Screen::SafetyCheck(SafetyCheck::Stop { .. }) => Keymap::SafetySeeDoctor,
            Screen::Home(_) => Keymap::Home,
            Screen::MorningAnswer(MorningAnswer {
                then: Route::History(_),
                ..
            }) => Keymap::MorningAnswerFromHistory,
            Screen::MorningAnswer(_) => Keymap::MorningAnswer,
            Screen::Pain(
                pain @ Pain {
                    moment: PainMoment::Before { .. },
                    ..
                },
            ) if self.gentler_offer(pain).is_some() => Keymap::PainBeforeBadDay,
            Screen::Pain(Pain {
                moment: PainMoment::Before { .. },
                ..
            }) => Keymap::PainBefore,
            Screen::Pain(_) => Keymap::PainAfter,
            Screen::Training(_) => Keymap::Training,
            Screen::WhyStopped(_) => Keymap::WhyStopped,
            Screen::Result(_) => Keymap::Result,
            Screen::Learn(Learn::List { .. }) => Keymap::LearnList,
            Screen::Learn(Learn::Module { .. }) => Keymap::LearnModule,
            Screen::CourseStart(start, _) => match start.step {
                CourseStep::Program => Keymap::CourseProgram,
                CourseStep::Days => Keymap::CourseDays,
                CourseStep::Goal(_) => Keymap::CourseGoal,
                _ => Keymap::CourseRating,
            },
            Screen::CourseCheck(check, _) => match check.step {
                CheckStep::PainWeek | CheckStep::Goal(_) | CheckStep::Confidence => {
                    Keymap::CheckRating
                }
                CheckStep::Summary => Keymap::CheckSummary,
                CheckStep::Change => Keymap::CheckChange,
                CheckStep::Acceptable => Keymap::CheckAcceptable,
                CheckStep::Meaning => Keymap::CheckMeaning,
            },
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
    /// session is paused or the sound muted, nor anywhere else, where an open device would cost a
    /// sound thread's time for nothing (unmuting opens it again before the next cue).
    pub fn wants_sound(&self) -> bool {
        if self.muted {
            return false;
        }
        match &self.screen {
            Screen::Training(training) => !training.session.is_paused(),
            // The stop's cue is heard to its end while the user says why.
            Screen::Pain(_) | Screen::WhyStopped(_) => true,
            _ => false,
        }
    }

    /// When the app next needs to wake up by itself; `None` when only the user can change
    /// anything (every screen but a running session).
    pub fn next_deadline(&self) -> Option<Instant> {
        match &self.screen {
            Screen::Training(training) => self.training_deadline(training),
            _ => None,
        }
    }

    pub fn program(&self, index: usize) -> &ProgramEntry {
        &self.catalog.entries[index.min(self.catalog.entries.len().saturating_sub(1))]
    }

    /// The local date of the latest message's clock: the day screens name days from.
    pub fn today(&self) -> jiff::civil::Date {
        self.today
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
}

#[cfg(test)]
mod tests;
