//! The sounds handed to the mixer whose moments have not come: to take back when the session
//! changes, and to know which of them could not be taken back. The device holds up to two periods
//! of sound made already (a third of a second); a sound already made into it will be heard, so
//! when the app hands the same sound over again (after a new volume, say) it is not made twice.

use std::time::Instant;

use super::schedule::Handle;

#[derive(Default)]
pub struct Handed {
    waiting: Vec<Item>,
    /// Made into the device's buffer before the app took it back: heard whatever happens.
    kept: Vec<(String, Instant)>,
}

/// A sound handed over: what it is (for the log), its moment, and the means to take it back.
struct Item {
    what: String,
    at: Instant,
    handle: Handle,
}

impl Handed {
    pub fn push(&mut self, what: String, at: Instant, handle: Handle) {
        self.waiting.push(Item { what, at, handle });
    }

    /// Whether `what` on `at` is in the device's buffer already: taken back too late, so not
    /// worth handing over again.
    pub fn holds(&self, what: &str, at: Instant) -> bool {
        self.kept
            .iter()
            .any(|(kept, moment)| kept == what && *moment == at)
    }

    /// Takes back every sound whose moment is after `now`; returns what was taken back, for the
    /// log. What had been made into the device's buffer already is kept, to be heard.
    pub fn withdraw(&mut self, now: Instant) -> Vec<(String, Instant)> {
        let mut withdrawn = Vec::new();
        for item in self.waiting.drain(..).filter(|item| item.at > now) {
            if item.handle.withdraw() {
                withdrawn.push((item.what, item.at));
            } else {
                self.kept.push((item.what, item.at));
            }
        }
        withdrawn
    }

    /// Forgets the sounds whose moment has passed.
    pub fn keep_time(&mut self, now: Instant) {
        self.waiting.retain(|item| item.at > now);
        self.kept.retain(|(_, at)| *at > now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_sound_already_made_is_kept_and_not_made_again_and_the_rest_is_taken_back() {
        let now = Instant::now();
        let soon = now + Duration::from_millis(200);
        let later = now + Duration::from_millis(400);
        let mut handed = Handed::default();
        let (made, waiting) = (Handle::default(), Handle::default());
        handed.push("cue Go".into(), soon, made.clone());
        handed.push("cue Pip".into(), later, waiting.clone());
        assert!(made.start(), "the mixer made it into the device's buffer");
        handed.keep_time(now);
        assert_eq!(handed.withdraw(now), [("cue Pip".to_string(), later)]);
        assert!(waiting.withdrawn());
        assert!(handed.holds("cue Go", soon), "heard anyway");
        assert!(!handed.holds("cue Pip", later), "to be handed over again");
        handed.keep_time(soon);
        assert!(!handed.holds("cue Go", soon), "its moment has passed");
    }

    #[test]
    fn a_sound_whose_moment_passed_is_neither_taken_back_nor_kept() {
        let now = Instant::now();
        let mut handed = Handed::default();
        let handle = Handle::default();
        handed.push("phrase".into(), now, handle.clone());
        assert!(handed.withdraw(now + Duration::from_millis(1)).is_empty());
        assert!(handle.waiting(), "not taken back");
        assert!(!handed.holds("phrase", now));
    }
}
