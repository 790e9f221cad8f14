//! The guided session: a pure, deadline-driven state machine that runs a program at a level.
//!
//! Time is data: every method takes `now`, and nothing here reads a clock. Each step ends at a
//! deadline, and the next step's deadline is the previous deadline plus its length, never `now`
//! plus a length — so a late wake-up only delays the screen, never the session: `advance` walks
//! through every step and second that ended, gives every cue with the moment it belonged to, and
//! a session of any length ends within nanoseconds of its planned length.
//!
//! A step begun by a key (the start, a skip, the next exercise, going on after a pause) begins at
//! a moment the caller gives, a little after the key: its cues then come from `advance` like every
//! other cue, so they are known before their moment, and until then the step's time stands still.

mod cue;
mod length;
mod plan;
mod timeline;
pub mod voice;

pub use cue::{Cue, DueCue};
pub use length::{ExerciseLength, SessionLength};
pub use plan::{Plan, Planned};
pub use timeline::{Dose, Part, Step, Timeline};

use std::time::{Duration, Instant};

use crate::program::Program;

const SECOND: Duration = Duration::from_secs(1);
/// Countdowns give a pip in each of their last this many seconds.
const PIPS: u32 = 3;

/// A session in progress (or just over).
#[derive(Clone, Debug)]
pub struct Session {
    plan: Plan,
    timeline: Timeline,
    /// The step that is on.
    index: usize,
    timer: Timer,
    /// Whole seconds before the step's end not yet reached: the step's remaining time as shown
    /// changes at each of them, and the last three of a countdown give a pip.
    ticks_left: u32,
    reps_done: u32,
    /// The cues of the step's start not given yet: a step begun by a key gives them at the
    /// moment its clock starts (`Timer::Running::from`), by `advance`.
    opening: Vec<Cue>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Timer {
    /// The step's clock runs from `from` (which may still be to come: its time stands still
    /// until then) and the step ends at `ends_at`.
    Running {
        from: Instant,
        ends_at: Instant,
    },
    Paused {
        left: Duration,
    },
    Over {
        at: Instant,
    },
}

/// What is on at one moment: everything the screen shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Status {
    /// Index of the exercise in the session's plan (the warm-up's exercises first).
    pub exercise: usize,
    /// The step that is on; `None` once the session is over.
    pub part: Option<Part>,
    pub dose: Dose,
    /// Time left in the step.
    pub left: Duration,
    /// Time left in the whole session, if nothing is paused or skipped from now on.
    pub session_left: Duration,
    pub paused: bool,
    /// How far the current set is, from 0 to 1 (during a rest: the set just done, so 1; once
    /// the session is over, 1).
    pub set_progress: f64,
    /// How far the whole session is, from 0 to 1, by planned time.
    pub session_progress: f64,
    pub reps_done: u32,
    pub reps_planned: u32,
}

impl Session {
    /// A session of `program` at `level` (from 1) alone, beginning at `at`; `None` when the
    /// program has no such level.
    pub fn start(program: &Program, level: u32, at: Instant) -> Option<Session> {
        Session::start_plan(Plan::of(program, level)?, at)
    }

    /// A session of every exercise of `plan`, beginning at `at`: its first step is on from now,
    /// its clock starts at `at`, and its first cues come from `advance` then. `None` when the
    /// plan has no step.
    pub fn start_plan(plan: Plan, at: Instant) -> Option<Session> {
        let timeline = Timeline::of(&plan)?;
        let mut session = Session {
            plan,
            timeline,
            index: 0,
            timer: Timer::Over { at },
            ticks_left: 0,
            reps_done: 0,
            opening: Vec::new(),
        };
        session.enter(0, at, true);
        Some(session)
    }

    /// What the session runs, exercise by exercise; a step's `exercise` indexes it.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    pub fn timeline(&self) -> &Timeline {
        &self.timeline
    }

    /// The step that is on (the last one once the session is over).
    pub fn step(&self) -> &Step {
        &self.timeline.steps[self.index]
    }

    pub fn index(&self) -> usize {
        self.index
    }

    pub fn is_paused(&self) -> bool {
        matches!(self.timer, Timer::Paused { .. })
    }

    pub fn is_over(&self) -> bool {
        matches!(self.timer, Timer::Over { .. })
    }

    /// When the session ended, once it has.
    pub fn ended_at(&self) -> Option<Instant> {
        match self.timer {
            Timer::Over { at } => Some(at),
            _ => None,
        }
    }

    /// Executions done so far (one rep on one side each), as the history records them.
    pub fn reps_done(&self) -> u32 {
        self.reps_done
    }

    pub fn reps_planned(&self) -> u32 {
        self.timeline.reps_planned
    }

    /// Every planned rep was done. Skipping a rest or a countdown does not change this; skipping
    /// an exercise or quitting does.
    pub fn completed(&self) -> bool {
        self.reps_done == self.timeline.reps_planned
    }

    /// The next moment at which something changes: the start of a step begun by a key, a second
    /// of the countdown, a pip, or the end of the step. `None` while paused or once over: then
    /// only the user can change anything.
    pub fn next_deadline(&self) -> Option<Instant> {
        match self.timer {
            Timer::Running { from, .. } if !self.opening.is_empty() => Some(from),
            Timer::Running { ends_at, .. } => Some(ends_at - SECOND * self.ticks_left),
            Timer::Paused { .. } | Timer::Over { .. } => None,
        }
    }

    /// When the clock of the step on starts or started: a step begun by a key starts a moment
    /// after it. `None` while paused or once over.
    pub fn clock_from(&self) -> Option<Instant> {
        match self.timer {
            Timer::Running { from, .. } => Some(from),
            Timer::Paused { .. } | Timer::Over { .. } => None,
        }
    }

    /// Brings the session up to `now`: every second, pip, phase, rep and set that ended by then,
    /// in order, each cue with the moment it was due.
    pub fn advance(&mut self, now: Instant) -> Vec<DueCue> {
        let mut cues = Vec::new();
        while let Timer::Running { from, ends_at } = self.timer {
            if !self.opening.is_empty() {
                if now < from {
                    break;
                }
                let opening = self.opening.drain(..);
                cues.extend(opening.map(|cue| DueCue { cue, at: from }));
                continue;
            }
            if self.ticks_left > 0 {
                let tick = ends_at - SECOND * self.ticks_left;
                if now < tick {
                    break;
                }
                if self.step().part.is_countdown() && self.ticks_left <= PIPS {
                    cues.push(DueCue {
                        cue: Cue::Pip,
                        at: tick,
                    });
                }
                self.ticks_left -= 1;
                continue;
            }
            if now < ends_at {
                break;
            }
            if let Some(cue) = self.leave() {
                cues.push(DueCue { cue, at: ends_at });
            }
            if self.index + 1 == self.timeline.steps.len() {
                self.timer = Timer::Over { at: ends_at };
            } else {
                self.enter(self.index + 1, ends_at, false);
            }
        }
        cues
    }

    /// Stops every timer; the step keeps the time it had left (all of it, if its clock had not
    /// started yet, and the cues of its start are kept for when it goes on).
    pub fn pause(&mut self, now: Instant) -> Vec<DueCue> {
        let cues = self.advance(now);
        if let Timer::Running { from, ends_at } = self.timer {
            self.timer = Timer::Paused {
                left: ends_at.saturating_duration_since(now.max(from)),
            };
        }
        cues
    }

    /// Starts the timers again, from `at`, where they stopped.
    pub fn resume(&mut self, at: Instant) {
        if let Timer::Paused { left } = self.timer {
            self.timer = Timer::Running {
                from: at,
                ends_at: at + left,
            };
        }
    }

    /// Ends the countdown or rest that is on at `now` (resuming a paused session first); the next
    /// step begins at `at` (not before `now`), with the countdown's closing cue. During a rep it
    /// does nothing: reps are not skipped one by one.
    pub fn skip(&mut self, now: Instant, at: Instant) -> Vec<DueCue> {
        let mut cues = self.advance(now);
        if !self.step().part.is_countdown() || self.is_over() {
            return cues;
        }
        self.opening.clear();
        let closing = self.leave();
        if self.index + 1 == self.timeline.steps.len() {
            self.timer = Timer::Over { at: now };
            cues.extend(closing.map(|cue| DueCue { cue, at }));
        } else {
            self.opening.extend(closing);
            self.enter(self.index + 1, at, false);
        }
        cues
    }

    /// Leaves the exercise that is on at `now` for the next one's get-ready countdown, which
    /// begins at `at` (resuming a paused session first); after the last exercise the session is
    /// over, and its closing cue comes at `at`.
    pub fn next_exercise(&mut self, now: Instant, at: Instant) -> Vec<DueCue> {
        let mut cues = self.advance(now);
        if self.is_over() {
            return cues;
        }
        self.opening.clear();
        match self.timeline.next_exercise_start(self.index) {
            Some(next) => self.enter(next, at, true),
            None => {
                self.timer = Timer::Over { at: now };
                cues.push(DueCue {
                    cue: Cue::SessionDone,
                    at,
                });
            }
        }
        cues
    }

    /// The step that is on belongs to the last exercise, so skipping it ends the session.
    pub fn on_last_exercise(&self) -> bool {
        self.timeline.next_exercise_start(self.index).is_none()
    }

    /// Ends the session now, with whatever was done by then (reps that ended since the last
    /// wake-up count, and a session whose time is up ends when it ended, not now).
    pub fn quit(&mut self, now: Instant) -> Vec<DueCue> {
        let cues = self.advance(now);
        if !self.is_over() {
            self.timer = Timer::Over { at: now };
        }
        cues
    }

    /// What is on at `now` (which should not be before the last `advance`).
    pub fn status(&self, now: Instant) -> Status {
        let step = self.step();
        let (left, part) = match self.timer {
            Timer::Running { from, ends_at } => (
                ends_at.saturating_duration_since(now.max(from)),
                Some(step.part),
            ),
            Timer::Paused { left } => (left, Some(step.part)),
            Timer::Over { .. } => (Duration::ZERO, None),
        };
        let total = self.timeline.total;
        let done_in_step = step.length.saturating_sub(left);
        let elapsed = if part.is_some() {
            step.starts_at + done_in_step
        } else {
            total
        };
        Status {
            exercise: step.exercise,
            part,
            dose: self.timeline.doses[step.exercise],
            left,
            session_left: total.saturating_sub(elapsed),
            paused: self.is_paused(),
            set_progress: if part.is_some() {
                self.set_progress(done_in_step)
            } else {
                1.0
            },
            session_progress: fraction(elapsed, total),
            reps_done: self.reps_done,
            reps_planned: self.timeline.reps_planned,
        }
    }

    /// The part of the current set done, by planned time; a rest shows the set just done.
    fn set_progress(&self, done_in_step: Duration) -> f64 {
        let steps = &self.timeline.steps;
        let step = &steps[self.index];
        let set = match step.part {
            Part::Phase { set, .. } | Part::Switch { set } => set,
            Part::Rest { .. } => return 1.0,
            Part::Prepare => return 0.0,
        };
        let in_set = |s: &&Step| {
            s.exercise == step.exercise
                && matches!(s.part, Part::Phase { set: n, .. } | Part::Switch { set: n } if n == set)
        };
        let first = steps
            .iter()
            .find(in_set)
            .map_or(step.starts_at, |s| s.starts_at);
        let length: Duration = steps.iter().filter(in_set).map(|s| s.length).sum();
        fraction(step.starts_at - first + done_in_step, length)
    }

    /// Makes step `index` the current one, its clock starting at `at`; the cues of its start
    /// come from `advance` then. `fresh` marks a start that does not follow from the previous
    /// step (the first step, or a jump to another exercise).
    fn enter(&mut self, index: usize, at: Instant, fresh: bool) {
        self.index = index;
        let step = &self.timeline.steps[index];
        let length = step.length;
        self.timer = Timer::Running {
            from: at,
            ends_at: at + length,
        };
        // The seconds strictly inside the step: a 10 s countdown changes at 9, 8, … 1 s left.
        self.ticks_left = whole_secs_below(length);
        if let Part::Phase { kind, .. } = step.part {
            // After a countdown, leaving it gave the "go"; a rep that starts cold gives its own.
            if fresh {
                self.opening.push(Cue::Go);
            }
            self.opening.push(Cue::Phase(kind));
        } else if length <= SECOND * PIPS && length.subsec_nanos() == 0 && !length.is_zero() {
            // A countdown of exactly 1, 2 or 3 s has its first pip at its start.
            self.opening.push(Cue::Pip);
        }
    }

    /// Finishes the current step, counting its rep; its closing cue.
    fn leave(&mut self) -> Option<Cue> {
        let step = &self.timeline.steps[self.index];
        let last = self.index + 1 == self.timeline.steps.len();
        match step.part {
            Part::Prepare | Part::Switch { .. } => Some(Cue::Go),
            Part::Rest { .. } => Some(Cue::RestOver),
            Part::Phase { .. } if step.ends_execution => {
                self.reps_done += 1;
                Some(if last {
                    Cue::SessionDone
                } else if step.ends_set {
                    Cue::SetDone
                } else {
                    Cue::RepDone
                })
            }
            Part::Phase { .. } => None,
        }
    }
}

/// How many whole seconds lie strictly between the start and the end of `length`.
fn whole_secs_below(length: Duration) -> u32 {
    let whole = length.as_secs() as u32;
    if length.subsec_nanos() == 0 {
        whole.saturating_sub(1)
    } else {
        whole
    }
}

fn fraction(part: Duration, whole: Duration) -> f64 {
    if whole.is_zero() {
        1.0
    } else {
        (part.as_secs_f64() / whole.as_secs_f64()).clamp(0.0, 1.0)
    }
}

#[cfg(test)]
mod tests;
