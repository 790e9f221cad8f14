//! The terminal window's title: where the user is, as the title bar and a tab show it.

use super::{App, PainMoment, Screen};
use ryg_core::session::Part;
use ryg_core::visible::visible;
use ryg_core::words;

/// Between the parts of a title, as the screens' headings join theirs.
const JOIN: &str = " · ";

impl App {
    /// The title for the screen that is on: in a session the exercise and the set, such as
    /// "ryg · Bridge · set 2/3"; around a session (its questions and result) the program's title;
    /// elsewhere "ryg". In the user's language, with no control character from a program's text.
    pub fn title(&self) -> String {
        let program = match &self.screen {
            Screen::Training(training) => {
                let status = training.session.status(training.seen);
                let plan = training.session.plan();
                let Some(planned) = plan.exercises.get(status.exercise) else {
                    return self.program_title(training.program);
                };
                let sets = status.dose.sets;
                // A rest and the countdowns lead into a set: the one to come is where the user is.
                let set = match status.part {
                    Some(Part::Phase { set, .. } | Part::Switch { set }) => set,
                    Some(Part::Rest { after_set }) => (after_set + 1).min(sets),
                    Some(Part::Prepare) | None => 1,
                };
                let name = planned.exercise.name_at(&planned.level).get(self.lang);
                let set = words::title_set(self.lang, set, sets);
                return ["ryg", &visible(name), &set].join(JOIN);
            }
            Screen::Pain(pain) => match &pain.moment {
                PainMoment::Before { program, .. } => *program,
                PainMoment::After(finished) => finished.program,
            },
            Screen::WhyStopped(why) => why.finished.program,
            Screen::Result(outcome) => outcome.program,
            _ => return "ryg".to_string(),
        };
        self.program_title(program)
    }

    fn program_title(&self, program: usize) -> String {
        let title = self.program(program).program.title.get(self.lang);
        ["ryg", &visible(title)].join(JOIN)
    }
}
