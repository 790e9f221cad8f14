//! The one way into the app: messages wait in one queue, each goes through `update`, every effect
//! it returns is carried out, and what an effect reports back (a failed write) joins the queue.

use std::collections::VecDeque;
use std::time::Instant;

use crate::app::Settings;
use crate::app::{App, Effect, Loudness, Msg, Said};
use ryg_core::journal::Record;
use ryg_core::session::DueCue;
use ryg_core::words::Lang;

/// What the app's effects act on: the history file, the settings file and the sound.
pub trait World {
    /// Appends `record` to the history file; why not, in `lang`'s words, when it cannot.
    fn append(&mut self, record: &Record, lang: Lang) -> Result<(), String>;
    /// Keeps the settings for next time; a failure is only logged, as the settings still apply.
    fn save_settings(&mut self, settings: &Settings);
    /// Sounds `cue` as loud as the app decided.
    fn cue(&mut self, cue: DueCue, loudness: Loudness);
    /// Says a phrase, in `lang`'s voice, as loud as the app decided.
    fn say(&mut self, said: &Said, loudness: Loudness, lang: Lang);
    /// Takes back the cues and phrases handed over whose moment is after `after`.
    fn withdraw(&mut self, after: Instant);
}

/// What came of a queue handed to the app.
#[derive(Debug, Default, PartialEq)]
pub struct Settled {
    /// The app asked to quit.
    pub quit: bool,
    /// Records that could not be written, with why (the app keeps them and tries again).
    pub failed: Vec<(Record, String)>,
}

/// Hands every message in `queue` to the app, oldest first, until none is left, and carries out
/// every effect in the order the app gave them. A message an effect reports joins the back of the
/// queue, so the app hears it before anything the user does next, and its own effects are carried
/// out like any others.
pub fn settle(app: &mut App, queue: &mut VecDeque<Msg>, world: &mut impl World) -> Settled {
    let mut settled = Settled::default();
    while let Some(msg) = queue.pop_front() {
        for effect in app.update(msg) {
            match effect {
                Effect::Cue(cue, loudness) => world.cue(cue, loudness),
                Effect::Say(said, loudness) => world.say(&said, loudness, app.lang),
                Effect::Withdraw(after) => world.withdraw(after),
                Effect::SaveSettings(settings) => world.save_settings(&settings),
                Effect::Append(record) => {
                    if let Err(why) = world.append(&record, app.lang) {
                        settled.failed.push((record.clone(), why.clone()));
                        queue.push_back(Msg::WriteFailed { record, why });
                    }
                }
                Effect::Quit => settled.quit = true,
            }
        }
    }
    settled
}

#[cfg(test)]
mod tests {
    use jiff::Timestamp;
    use jiff::tz::TimeZone;

    use super::*;
    use crate::app::Action;
    use crate::app::Sound;
    use crate::app::{Clock, Notice, Setup};
    use ryg_core::journal::History;
    use ryg_core::program::{Catalog, built_in};

    /// A history file that refuses the first `refusals` writes, and settings and sound that do
    /// nothing.
    #[derive(Default)]
    struct Disk {
        refusals: usize,
        written: Vec<Record>,
    }

    impl World for Disk {
        fn append(&mut self, record: &Record, _lang: Lang) -> Result<(), String> {
            if self.refusals > 0 {
                self.refusals -= 1;
                return Err("disk full".into());
            }
            self.written.push(record.clone());
            Ok(())
        }
        fn save_settings(&mut self, _settings: &Settings) {}
        fn cue(&mut self, _cue: DueCue, _loudness: Loudness) {}
        fn say(&mut self, _said: &Said, _loudness: Loudness, _lang: Lang) {}
        fn withdraw(&mut self, _after: Instant) {}
    }

    fn first_run() -> App {
        let setup = Setup {
            lang: Lang::En,
            catalog: Catalog::new(built_in(), Vec::new()),
            history: History::default(),
            time_zone: TimeZone::UTC,
            muted: false,
            settings: Settings::default(),
            sound: Sound::On,
            colors: true,
            start: None,
            notice: None,
        };
        App::new(setup, wall())
    }

    fn wall() -> Timestamp {
        "2026-11-20T08:00:00Z".parse().unwrap()
    }

    fn press(action: Action) -> VecDeque<Msg> {
        let clock = Clock {
            now: Instant::now(),
            wall: wall(),
        };
        VecDeque::from([Msg::Action(action, clock)])
    }

    #[test]
    fn a_failed_write_comes_back_to_the_app_and_is_written_at_the_next_chance() {
        let mut app = first_run();
        let mut disk = Disk {
            refusals: 1,
            ..Disk::default()
        };
        // The safety check's answer is the first record, and the disk refuses it: no to the first
        // group of signs, then no to the second.
        settle(&mut app, &mut press(Action::No), &mut disk);
        let settled = settle(&mut app, &mut press(Action::No), &mut disk);
        let [(record, why)] = &settled.failed[..] else {
            panic!("one write failed: {settled:?}");
        };
        assert_eq!(why, "disk full");
        assert_eq!(app.notice, Some(Notice::NotSaved("disk full".into())));
        let unsaved = app.unsaved(Instant::now(), wall()).records;
        assert_eq!(unsaved, std::slice::from_ref(record));
        assert!(disk.written.is_empty());
        // Leaving writes it first: the app knew of the failure, so its retry is an effect.
        let settled = settle(&mut app, &mut press(Action::Interrupt), &mut disk);
        assert_eq!(
            settled,
            Settled {
                quit: true,
                failed: Vec::new()
            }
        );
        assert_eq!(disk.written, std::slice::from_ref(record));
    }
}
