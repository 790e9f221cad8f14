//! Looking things up in a read history: sessions with their mornings, the safety check, follow-ups due.

use std::collections::BTreeMap;

use jiff::Timestamp;

use super::read::History;
use super::record::{Morning, Record, Screening, SessionRecord, whole_second};

/// A session together with how the back was on the morning after, if that was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionWithMorning<'a> {
    pub session: &'a SessionRecord,
    pub morning: Option<Morning>,
}

impl History {
    /// Every session in order of `started`, each with its morning follow-up.
    pub fn sessions(&self) -> Vec<SessionWithMorning<'_>> {
        self.joined(|_| true)
    }

    /// The sessions of one program in order of `started`, each with its morning follow-up.
    pub fn sessions_of(&self, program: &str) -> Vec<SessionWithMorning<'_>> {
        self.joined(|session| session.program == program)
    }

    /// Every session as it was written, in the file's order.
    pub fn session_records(&self) -> impl Iterator<Item = &SessionRecord> {
        self.records.iter().filter_map(|record| match record {
            Record::Session(session) => Some(session),
            _ => None,
        })
    }

    /// The most recent answer to the safety check, if there is one.
    pub fn latest_screening(&self) -> Option<&Screening> {
        self.latest_screening_by(Timestamp::MAX)
    }

    /// The most recent answer to the safety check given by `until`: one dated later does not
    /// stand for an answer (a clock set wrong).
    pub fn latest_screening_by(&self, until: Timestamp) -> Option<&Screening> {
        // `max_by_key` keeps the last of equal times, which is the one written last.
        self.records
            .iter()
            .filter_map(|record| match record {
                Record::Screening(screening) if screening.at <= until => Some(screening),
                _ => None,
            })
            .max_by_key(|screening| screening.at)
    }

    fn joined(&self, wanted: impl Fn(&SessionRecord) -> bool) -> Vec<SessionWithMorning<'_>> {
        let index = self.index();
        self.in_order(&index)
            .filter(|joined| wanted(joined.session))
            .collect()
    }

    /// Where every session is, in order of `started`, with its morning.
    pub fn index(&self) -> SessionIndex {
        // A later follow-up about the same session replaces an earlier one: the file is append-only,
        // so a corrected answer can only be written after the first. Times are matched to the whole
        // second because that is all the file keeps of a session's id.
        let mut mornings: BTreeMap<Timestamp, Morning> = BTreeMap::new();
        for record in &self.records {
            if let Record::FollowUp(follow_up) = record {
                mornings.insert(whole_second(follow_up.session), follow_up.morning);
            }
        }
        let mut sessions: Vec<(usize, Option<Morning>)> = self
            .records
            .iter()
            .enumerate()
            .filter_map(|(place, record)| match record {
                Record::Session(session) => {
                    Some((place, mornings.get(&whole_second(session.started)).copied()))
                }
                _ => None,
            })
            .collect();
        // Stable, so sessions with the same start keep the order they were written in.
        sessions.sort_by_key(|(place, _)| match &self.records[*place] {
            Record::Session(session) => Some(session.started),
            _ => None,
        });
        SessionIndex {
            sessions,
            records: self.records.len(),
        }
    }

    /// The sessions `index` points at, oldest first; the index must be of this history as it is.
    pub fn in_order<'a, 'i>(
        &'a self,
        index: &'i SessionIndex,
    ) -> impl DoubleEndedIterator<Item = SessionWithMorning<'a>> + Clone + use<'a, 'i> {
        debug_assert_eq!(
            index.records,
            self.records.len(),
            "an index of another history"
        );
        index
            .sessions
            .iter()
            .filter_map(|(place, morning)| match self.records.get(*place) {
                Some(Record::Session(session)) => Some(SessionWithMorning {
                    session,
                    morning: *morning,
                }),
                _ => None,
            })
    }
}

/// Where each session of a history is, in order of `started`, with its morning. Working it out
/// joins and sorts every record; one who reads the same history again and again (the history
/// screen, at every key) keeps it, and works it out again after appending.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionIndex {
    sessions: Vec<(usize, Option<Morning>)>,
    /// How many records the history had: an index is of one history as it was.
    records: usize,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::FollowUp;

    fn at(day: u32) -> Timestamp {
        format!("2026-11-{:02}T08:00:00Z", 10 + day)
            .parse()
            .unwrap()
    }

    fn session(program: &str, day: u32) -> Record {
        Record::Session(SessionRecord {
            started: at(day),
            finished: at(day),
            program: program.to_string(),
            ..crate::test_support::session()
        })
    }

    fn follow_up(day: u32, morning: Morning) -> Record {
        Record::FollowUp(FollowUp {
            session: at(day),
            morning,
        })
    }

    fn history(records: Vec<Record>) -> History {
        History {
            records,
            skipped: Vec::new(),
        }
    }

    fn days(sessions: &[SessionWithMorning<'_>]) -> Vec<(String, Option<Morning>)> {
        sessions
            .iter()
            .map(|s| (s.session.started.to_string(), s.morning))
            .collect()
    }

    #[test]
    fn sessions_of_a_program_come_in_started_order_with_their_mornings() {
        let history = history(vec![
            session("back", 3),
            session("other", 2),
            session("back", 1),
            follow_up(1, Morning::Better),
            follow_up(2, Morning::Worse),
        ]);
        assert_eq!(
            days(&history.sessions_of("back")),
            [
                (at(1).to_string(), Some(Morning::Better)),
                (at(3).to_string(), None)
            ]
        );
        assert_eq!(history.sessions().len(), 3);
        assert_eq!(history.sessions()[1].morning, Some(Morning::Worse));
        assert_eq!(history.sessions_of("nothing"), []);
    }

    #[test]
    fn the_latest_follow_up_wins() {
        let history = history(vec![
            session("back", 1),
            follow_up(1, Morning::Worse),
            follow_up(1, Morning::Same),
        ]);
        assert_eq!(history.sessions_of("back")[0].morning, Some(Morning::Same));
    }

    #[test]
    fn a_follow_up_matches_a_session_kept_with_sub_seconds_in_memory() {
        let Record::Session(mut record) = session("back", 1) else {
            unreachable!()
        };
        record.started = "2026-11-11T08:00:00.250Z".parse().unwrap();
        let history = history(vec![record.into(), follow_up(1, Morning::Better)]);
        assert_eq!(history.sessions()[0].morning, Some(Morning::Better));
    }

    #[test]
    fn the_latest_screening_is_the_latest_in_time() {
        let screening = |day, clear| {
            Record::Screening(Screening {
                at: at(day),
                clear,
                clinician: false,
            })
        };
        let history = history(vec![
            screening(2, false),
            screening(3, true),
            screening(1, false),
        ]);
        assert_eq!(
            history.latest_screening(),
            Some(&Screening {
                at: at(3),
                clear: true,
                clinician: false
            })
        );
        assert_eq!(History::default().latest_screening(), None);
    }
}
