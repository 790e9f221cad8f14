//! The gentler way offered when the pain asks for it: on a bad day, a gentler session one key away
//! on the pain question before it (docs/pain-rules.md, "On the day"); after three sessions in a
//! row that were too much, a pointer to the gentle program on home ("Advice").

use super::{App, LevelChoice, Pain, PainMoment, Screen};
use ryg_core::rules::{Advice, Today, is_bad_day};

/// The gentler session offered instead of the one chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gentler {
    /// An index into the catalog.
    pub program: usize,
    pub level: u32,
}

impl App {
    /// The gentler session to offer for the answer on the pain question before a session, when
    /// the answer makes a bad day: the same program at level 1 when a higher level was chosen
    /// (the smallest change, and its history goes on); at level 1 already, the gentle program
    /// (`Catalog::gentle_for`) at level 1; nothing when there is nothing gentler to offer. The
    /// user's own sessions of the 14 days before, every program's, tell the usual pain.
    pub fn gentler_offer(&self, pain: &Pain) -> Option<Gentler> {
        let PainMoment::Before { program, level, .. } = pain.moment else {
            return None;
        };
        let counted = self
            .history
            .session_records()
            .filter(|session| session.started <= self.counted_until);
        let today = Today {
            date: self.today,
            time_zone: &self.time_zone,
        };
        if !is_bad_day(pain.rating?, counted, today) {
            return None;
        }
        if level > 1 {
            return Some(Gentler { program, level: 1 });
        }
        let gentle = self.catalog.gentle_for(&self.program(program).program.id)?;
        Some(Gentler {
            program: gentle,
            level: 1,
        })
    }

    /// After three red sessions in a row of `program`, the advice to have the plan looked over:
    /// `Some` with the gentle program to point to (`None` inside when `program` is the gentle one
    /// or there is none), and `None` when the advice does not apply.
    pub fn plan_review(&self, program: usize) -> Option<Option<usize>> {
        let advice = self.recommendation(program).advice;
        advice
            .contains(&Advice::ReviewThePlan)
            .then(|| self.catalog.gentle_for(&self.program(program).program.id))
    }

    /// Takes the gentler session on offer, if there is one, in place of the one chosen; the
    /// answer given stays, so the session can start at once.
    pub(super) fn take_gentler(&mut self) -> bool {
        let Screen::Pain(pain) = &self.screen else {
            return false;
        };
        let Some(gentler) = self.gentler_offer(pain) else {
            return false;
        };
        if let Screen::Pain(pain) = &mut self.screen {
            pain.moment = PainMoment::Before {
                program: gentler.program,
                level: gentler.level,
                chosen: LevelChoice::Chosen(gentler.level),
            };
        }
        true
    }
}
