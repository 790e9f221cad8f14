//! Which program is the gentle one to offer instead of another on a bad day or after three
//! sessions in a row that were too much.

use super::catalog::Catalog;

/// The built-in gentle program, offered when no program leads on to the one in question.
pub const GENTLE_START: &str = "gentle-start";

impl Catalog {
    /// The index of the gentle program to offer instead of program `id`: a program whose `next`
    /// names `id` (it is the way in to `id`, as gentle-start is to lower-back), else the
    /// built-in `gentle-start`; never `id` itself, and `None` when there is no such program.
    pub fn gentle_for(&self, id: &str) -> Option<usize> {
        let leads_to = |index: usize| self.entries[index].program.next.as_deref() == Some(id);
        let is = |index: usize, wanted: &str| self.entries[index].program.id == wanted;
        let others = || (0..self.entries.len()).filter(|&index| !is(index, id));
        others()
            .find(|&index| leads_to(index))
            .or_else(|| others().find(|&index| is(index, GENTLE_START)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::{built_in, load_str};

    fn id_of(catalog: &Catalog, index: Option<usize>) -> Option<&str> {
        index.map(|index| catalog.entries[index].program.id.as_str())
    }

    #[test]
    fn the_program_that_leads_on_to_it_or_else_gentle_start() {
        let catalog = Catalog::new(built_in(), Vec::new());
        let gentle = |id: &str| id_of(&catalog, catalog.gentle_for(id));
        assert_eq!(gentle("lower-back"), Some("gentle-start"));
        assert_eq!(gentle("everyday"), Some("gentle-start"));
        assert_eq!(gentle("gentle-start"), None, "never itself");
    }

    #[test]
    fn a_users_program_that_leads_on_to_it_comes_first() {
        let mut mine = load_str(
            r#"Program(id: "easy-everyday", title: "Easy", next: Some("everyday"), exercises: [
                Exercise(id: "tilt", name: "Tilt", purpose: "p", steps: [], levels: [
                    Level(sets: 1, reps: 2, rest_secs: 0, tempo: [Phase(kind: Move, secs: 1.0)]),
                ]),
            ])"#,
            "easy-everyday.ron",
        );
        mine.path = Some("easy-everyday.ron".into());
        let catalog = Catalog::new(built_in(), vec![mine]);
        assert_eq!(
            id_of(&catalog, catalog.gentle_for("everyday")),
            Some("easy-everyday")
        );
        assert_eq!(
            id_of(&catalog, catalog.gentle_for("lower-back")),
            Some("gentle-start")
        );
    }
}
