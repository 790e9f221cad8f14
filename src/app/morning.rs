//! The morning question: how the back was the morning after the last session, asked before the
//! next one or from the history screen.

use jiff::Timestamp;

use super::screen::route_program;
use super::{App, Effect, HistoryView, Home, Notice, Route, Screen};
use crate::app::Action;
use ryg_core::journal::{FollowUp, Morning, Record, SessionRecord};

/// "How was your back the morning after your last session?" The answer is saved as a
/// `FollowUp` record: the history file's name is a contract and stays.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MorningAnswer {
    pub session: Timestamp,
    pub choice: MorningChoice,
    pub then: Route,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MorningChoice {
    Answer(Morning),
    Skip,
}

impl MorningChoice {
    pub const ALL: [MorningChoice; 4] = [
        MorningChoice::Answer(Morning::Better),
        MorningChoice::Answer(Morning::Same),
        MorningChoice::Answer(Morning::Worse),
        MorningChoice::Skip,
    ];

    pub fn index(self) -> usize {
        MorningChoice::ALL
            .iter()
            .position(|c| *c == self)
            .unwrap_or(0)
    }
}

impl App {
    /// The program's last session, when its morning has not been asked about, that morning has
    /// come, and it is at most 3 days ago (docs/pain-rules.md, "The morning question"); after
    /// that the session keeps its zone and only the history screen still takes an answer.
    pub fn morning_question_due(&self, program: usize, wall: Timestamp) -> Option<&SessionRecord> {
        // Only the latest session is asked about: an older one without an answer is past.
        let latest = self.sessions_of(program).last().copied()?;
        let session = latest.session;
        let skipped = self.skipped_mornings.contains(&session.started);
        let day = |t: Timestamp| self.time_zone.to_datetime(t).date();
        let open = ryg_core::rules::morning_question_open(day(session.started), day(wall));
        let due = latest.morning.is_none() && open && !skipped;
        due.then_some(session)
    }

    /// The session was on an earlier calendar day than `wall`, in local time.
    pub fn morning_has_come(&self, session: &SessionRecord, wall: Timestamp) -> bool {
        let day = |t: Timestamp| self.time_zone.to_datetime(t).date();
        day(session.started) < day(wall)
    }

    /// The morning question for the program's last session, if it is due, going on to `then`.
    pub(super) fn ask_morning_question(
        &self,
        program: usize,
        then: Route,
        wall: Timestamp,
    ) -> Option<Screen> {
        let session = self.morning_question_due(program, wall)?;
        Some(Screen::MorningAnswer(MorningAnswer {
            session: session.started,
            choice: MorningChoice::Answer(ryg_core::journal::Morning::Same),
            then,
        }))
    }

    pub(super) fn act_on_morning_question(
        &mut self,
        action: Action,
        wall: Timestamp,
        effects: &mut Vec<Effect>,
    ) {
        let Screen::MorningAnswer(question) = &mut self.screen else {
            return;
        };
        match action {
            Action::Up => question.choice = step_choice(question.choice, -1),
            Action::Down => question.choice = step_choice(question.choice, 1),
            Action::Digit(n @ 1..=4) => question.choice = MorningChoice::ALL[usize::from(n) - 1],
            Action::Confirm => self.answer_morning(wall, effects),
            // Back where the question came from, with the level home had.
            Action::Back => match question.then {
                Route::History(view) => self.screen = Screen::History(view),
                Route::Home { program, level } | Route::Start { program, level } => {
                    self.screen = Screen::Home(Home { program, level });
                }
            },
            _ => {}
        }
    }

    fn answer_morning(&mut self, wall: Timestamp, effects: &mut Vec<Effect>) {
        let Screen::MorningAnswer(question) = &self.screen else {
            return;
        };
        let (session, choice, then) = (question.session, question.choice, question.then);
        if let Route::History(view) = then {
            return self.answer_morning_late(session, choice, view, wall, effects);
        }
        let program = route_program(then);
        let before = self.recommendation(program).level;
        match choice {
            MorningChoice::Answer(morning) => {
                let record = Record::FollowUp(FollowUp { session, morning });
                self.append(record, effects);
            }
            MorningChoice::Skip => self.skipped_mornings.push(session),
        }
        let changed = self.recommendation(program).level != before;
        let then = match then {
            // Back home only when the answer changed the recommendation, to confirm the level.
            Route::Home { program, level } if !changed => Route::Start { program, level },
            other => other,
        };
        self.screen = self.follow(then, wall);
        if changed && matches!(then, Route::Home { .. }) {
            self.notice = Some(Notice::LevelUpdated);
        }
    }

    /// A morning answered from the history screen: saved, and back to the list, which shows it at
    /// once, with the level it leads to.
    fn answer_morning_late(
        &mut self,
        session: Timestamp,
        choice: MorningChoice,
        view: HistoryView,
        wall: Timestamp,
        effects: &mut Vec<Effect>,
    ) {
        if let MorningChoice::Answer(morning) = choice {
            let program = self
                .history
                .session_records()
                .find(|record| record.started == session)
                .and_then(|record| {
                    self.catalog
                        .programs()
                        .position(|program| program.id == record.program)
                });
            self.append(Record::FollowUp(FollowUp { session, morning }), effects);
            if let Some(program) = program {
                self.notice = Some(Notice::NextLevel(program));
            }
        }
        // Skipping here only means "not now": the history keeps offering the question, and
        // home still asks it before the next session.
        self.screen = Screen::History(HistoryView { now: wall, ..view });
    }
}

fn step_choice(choice: MorningChoice, by: isize) -> MorningChoice {
    let all = MorningChoice::ALL;
    let index = (choice.index() as isize + by).clamp(0, all.len() as isize - 1);
    all[index as usize]
}
