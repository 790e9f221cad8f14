//! The history screen: which sessions it lists and what its keys do. Sessions are listed newest
//! first, for every program or one; a session's detail; answering a morning question late.

use jiff::Timestamp;

use super::{App, Home, MorningAnswer, MorningChoice, MorningWhy, Notice, Route, Screen};
use crate::app::Action;
use ryg_core::journal::{History, Morning, SessionIndex, SessionRecord, SessionWithMorning};
use ryg_core::program::Catalog;

/// How far a page key moves the chosen row.
pub const PAGE: usize = 10;

/// What the history screen shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HistoryView {
    /// `None`: every program; `Some(n)`: the `n`-th of [`App::history_programs`].
    pub filter: Option<usize>,
    /// The chosen row, counted from the newest session listed.
    pub selected: usize,
    pub period: Period,
    pub mode: HistoryMode,
    /// The moment of the last key: the counts and the chart are seen from its day.
    pub now: Timestamp,
    /// The home screen to go back to, with its program and level.
    pub home: Home,
}

/// How much time the chart covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    LastEightWeeks,
    AllTime,
}

/// The list of sessions, or one session in full.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryMode {
    List,
    Detail,
}

impl HistoryView {
    pub fn new(home: Home, now: Timestamp) -> HistoryView {
        HistoryView {
            filter: None,
            selected: 0,
            period: Period::LastEightWeeks,
            mode: HistoryMode::List,
            now,
            home,
        }
    }
}

/// The history as the history screen lists it: worked out when the app starts and again after
/// each record the app appends, so that a key on that screen costs no sorting of the history.
#[derive(Clone, Debug, Default)]
pub struct Listing {
    index: SessionIndex,
    /// The ids of the programs with sessions: the catalog's order first, then programs that are
    /// no longer found (a removed file of the user's), by id.
    programs: Vec<String>,
}

impl Listing {
    pub fn of(history: &History, catalog: &Catalog) -> Listing {
        let index = history.index();
        let mut programs: Vec<String> = Vec::new();
        for row in history.in_order(&index) {
            if !programs.contains(&row.session.program) {
                programs.push(row.session.program.clone());
            }
        }
        let place = |id: &str| {
            catalog
                .programs()
                .position(|program| program.id == id)
                .unwrap_or(usize::MAX)
        };
        programs.sort_by(|a, b| (place(a), a).cmp(&(place(b), b)));
        Listing { index, programs }
    }
}

impl App {
    /// The ids of the programs with sessions, in the order the filter goes through them.
    pub fn history_programs(&self) -> &[String] {
        &self.listing.programs
    }

    /// Every session of the history, oldest first, with its morning.
    pub fn listed_sessions(&self) -> impl DoubleEndedIterator<Item = SessionWithMorning<'_>> {
        self.history.in_order(&self.listing.index)
    }

    /// The sessions of the program `id` that the rules count, oldest first, with their
    /// mornings: one dated in the future is listed, but not counted.
    pub fn sessions_of_id(&self, id: &str) -> Vec<SessionWithMorning<'_>> {
        self.listed_sessions()
            .filter(|row| row.session.program == id && row.session.started <= self.counted_until)
            .collect()
    }

    /// The program a filter shows, or `None` for every program.
    pub fn filtered_program(&self, view: &HistoryView) -> Option<&str> {
        view.filter
            .and_then(|index| self.listing.programs.get(index))
            .map(String::as_str)
    }

    /// The sessions the view lists, newest first, each with its morning.
    pub fn history_rows(&self, view: &HistoryView) -> Vec<SessionWithMorning<'_>> {
        let filter = self.filtered_program(view);
        self.listed_sessions()
            .rev()
            .filter(|row| filter.is_none_or(|id| row.session.program == id))
            .collect()
    }

    /// A program's name as the user knows it: its title when it is still found, else its id.
    pub fn program_name(&self, id: &str) -> String {
        self.catalog
            .programs()
            .find(|program| program.id == id)
            .map_or_else(
                // An id from the history file, which may hold any character.
                || ryg_core::visible::visible(id).into_owned(),
                |program| program.title.get(self.lang).to_string(),
            )
    }

    /// How many levels a program has: the catalog's count, or, for a program no longer found,
    /// the highest level recorded for it.
    pub fn levels_of(&self, id: &str) -> u32 {
        match self.catalog.programs().find(|program| program.id == id) {
            Some(program) => program.levels(),
            None => self
                .history
                .session_records()
                .filter(|session| session.program == id)
                .map(|session| session.level)
                .max()
                .unwrap_or(1),
        }
    }

    /// The newest session among `rows` whose morning can still be told: the latest of its
    /// program, with no answer, and its morning has come.
    pub fn morning_due<'a>(
        &self,
        rows: &[SessionWithMorning<'a>],
        now: Timestamp,
    ) -> Option<&'a SessionRecord> {
        let programs = self.history_programs().len();
        let mut seen: Vec<&str> = Vec::new();
        for row in rows {
            let program = row.session.program.as_str();
            if seen.contains(&program) {
                continue;
            }
            if row.morning.is_none() && self.morning_has_come(row.session, now) {
                return Some(row.session);
            }
            seen.push(program);
            if seen.len() == programs {
                break;
            }
        }
        None
    }

    pub(super) fn act_on_history(&mut self, action: Action, now: Timestamp) {
        let Screen::History(mut view) = self.screen else {
            return;
        };
        view.now = now;
        let rows = self.history_rows(&view).len();
        let last = rows.saturating_sub(1);
        match (view.mode, action) {
            (_, Action::Up) => view.selected = view.selected.saturating_sub(1),
            (_, Action::Down) => view.selected = (view.selected + 1).min(last),
            (_, Action::PageUp) => view.selected = view.selected.saturating_sub(PAGE),
            (_, Action::PageDown) => view.selected = (view.selected + PAGE).min(last),
            (_, Action::Newest) => view.selected = 0,
            (_, Action::Oldest) => view.selected = last,
            (HistoryMode::List, Action::Left | Action::Right) => {
                // Every program, then each one, and round again.
                let programs = self.history_programs().len();
                view.filter = match (view.filter, action) {
                    (None, Action::Right) => (programs > 0).then_some(0),
                    (None, _) => programs.checked_sub(1),
                    (Some(n), Action::Right) => Some(n + 1).filter(|next| *next < programs),
                    (Some(n), _) => n.checked_sub(1),
                };
                view.selected = 0;
            }
            (_, Action::SwitchPeriod) => {
                view.period = match view.period {
                    Period::LastEightWeeks => Period::AllTime,
                    Period::AllTime => Period::LastEightWeeks,
                }
            }
            (HistoryMode::List, Action::Confirm) if rows > 0 => view.mode = HistoryMode::Detail,
            (HistoryMode::Detail, Action::Confirm | Action::Back) => view.mode = HistoryMode::List,
            (_, Action::AnswerMorning) => return self.ask_morning_late(view),
            (HistoryMode::List, Action::Back) => {
                self.screen = Screen::Home(view.home);
                return;
            }
            _ => {}
        }
        self.screen = Screen::History(view);
    }

    /// The morning question for the chosen session, or, when its morning cannot be told, why.
    fn ask_morning_late(&mut self, view: HistoryView) {
        self.screen = Screen::History(view);
        let session = match self.morning_of_chosen(&view) {
            Ok(session) => session,
            Err(why) => {
                self.notice = Some(Notice::NoMorningToTell(why));
                return;
            }
        };
        self.screen = Screen::MorningAnswer(MorningAnswer {
            session,
            choice: MorningChoice::Answer(Morning::Same),
            then: Route::History(HistoryView {
                mode: HistoryMode::List,
                ..view
            }),
        });
    }

    /// The chosen session, if its morning can be told now: the same rule as [`App::morning_due`]
    /// (the latest of its program, not answered, and its morning has come).
    fn morning_of_chosen(&self, view: &HistoryView) -> Result<Timestamp, MorningWhy> {
        let rows = self.history_rows(view);
        let chosen = rows
            .get(view.selected.min(rows.len().saturating_sub(1)))
            .ok_or(MorningWhy::NoSessions)?;
        let session = chosen.session;
        let latest = rows
            .iter()
            .find(|row| row.session.program == session.program)
            .is_some_and(|row| row.session.started == session.started);
        if chosen.morning.is_some() {
            Err(MorningWhy::AlreadyAnswered)
        } else if !latest {
            Err(MorningWhy::NotTheLatest)
        } else if !self.morning_has_come(session, view.now) {
            Err(MorningWhy::NotYet)
        } else {
            Ok(session.started)
        }
    }
}
