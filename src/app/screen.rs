//! Which screen is on, and where the journey goes once a question is answered.

use jiff::Timestamp;

use super::{
    App, CourseCheck, CourseStart, HistoryView, Home, Learn, LevelChoice, MorningAnswer, Outcome,
    Pain, PainMoment, SafetyCheck, Training, WhyStopped,
};

/// The screen that is on.
#[derive(Clone, Debug)]
pub enum Screen {
    SafetyCheck(SafetyCheck),
    Home(Home),
    MorningAnswer(MorningAnswer),
    Pain(Pain),
    Training(Training),
    /// Why a session was ended early, asked after `q`.
    WhyStopped(WhyStopped),
    Result(Outcome),
    History(HistoryView),
    /// The Learn modules (`l` on home).
    Learn(Learn),
    /// Starting a course (`c` on home), and home as it was, to go back to.
    CourseStart(CourseStart, Home),
    /// A course's measure (first ratings, check-in, review, follow-up), and home to go to.
    CourseCheck(CourseCheck, Home),
}

/// Where the journey goes once a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// Back to the home screen, with this program and level selected.
    Home { program: usize, level: LevelChoice },
    /// Straight on into a session, as `ryg start` asks.
    Start { program: usize, level: LevelChoice },
    /// Back to the history screen as it was.
    History(HistoryView),
}

impl App {
    /// Where a route goes now that nothing stands in its way but a morning question.
    pub(super) fn follow(&self, route: Route, wall: Timestamp) -> Screen {
        let program = route_program(route);
        if let Route::Start { .. } = route
            && let Some(question) = self.ask_morning_question(program, route, wall)
        {
            return question;
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

pub(super) fn route_program(route: Route) -> usize {
    match route {
        Route::Home { program, .. } | Route::Start { program, .. } => program,
        Route::History(view) => view.home.program,
    }
}
