//! The sound output made when sound is first wanted rather than at start: preparing every cue's
//! sound delays the first frame by a few tenths of a millisecond and holds about 120 kB of
//! samples, and the home screen plays nothing.

use std::time::Instant;

use ryg_core::session::DueCue;

use super::{Played, Sink, SoundProblem};

/// What makes the sink: the sink and the user's sound files it could not use, or why it could
/// not be made.
pub type Make = Box<dyn FnOnce() -> Result<(Box<dyn Sink>, Vec<SoundProblem>), String>>;

/// A sink made the first time a session wants sound or hands a sound over. If it cannot be
/// made, `fallback` (the terminal bell, or silence) plays instead, and each time sound is wanted
/// the reason is given, as for a device that cannot be opened.
pub struct Later {
    make: Option<Make>,
    fallback: Option<Box<dyn Sink>>,
    sink: Option<Box<dyn Sink>>,
    failed: Option<String>,
    not_used: Vec<SoundProblem>,
}

impl Later {
    pub fn new(make: Make, fallback: Box<dyn Sink>) -> Later {
        Later {
            make: Some(make),
            fallback: Some(fallback),
            sink: None,
            failed: None,
            not_used: Vec::new(),
        }
    }

    /// The sink, made now if it was not yet.
    fn made(&mut self) -> &mut dyn Sink {
        if let Some(make) = self.make.take() {
            self.sink = Some(match make() {
                Ok((sink, not_used)) => {
                    self.not_used = not_used;
                    sink
                }
                Err(why) => {
                    self.failed = Some(why);
                    self.fallback
                        .take()
                        .unwrap_or_else(|| Box::new(super::Silent))
                }
            });
        }
        self.sink
            .get_or_insert_with(|| Box::new(super::Silent))
            .as_mut()
    }
}

impl Sink for Later {
    fn play(&mut self, cue: DueCue, now: Instant, volume: f32) -> Played {
        self.made().play(cue, now, volume)
    }

    fn speak(&mut self, phrase: rodio::buffer::SamplesBuffer, at: Instant, volume: f32) -> bool {
        self.made().speak(phrase, at, volume)
    }

    fn withdraw(&mut self, now: Instant) {
        if let Some(sink) = &mut self.sink {
            sink.withdraw(now);
        }
    }

    fn keep_time(&mut self, now: Instant) {
        if let Some(sink) = &mut self.sink {
            sink.keep_time(now);
        }
    }

    fn want(&mut self, wanted: bool) -> Result<(), String> {
        if !wanted && self.sink.is_none() {
            return Ok(());
        }
        let result = self.made().want(wanted);
        match &self.failed {
            Some(why) if wanted => Err(why.clone()),
            _ => result,
        }
    }

    fn lost(&mut self) -> bool {
        self.sink.as_mut().is_some_and(|sink| sink.lost())
    }

    fn not_used(&mut self) -> Vec<SoundProblem> {
        std::mem::take(&mut self.not_used)
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::path::PathBuf;
    use std::rc::Rc;

    use super::*;
    use crate::shell::audio::BadSound;
    use ryg_core::session::Cue;

    /// A sink that writes down what it is asked, under its name.
    struct Noted(&'static str, Rc<RefCell<Vec<String>>>);

    impl Sink for Noted {
        fn play(&mut self, cue: DueCue, _now: Instant, _volume: f32) -> Played {
            self.1
                .borrow_mut()
                .push(format!("{} play {:?}", self.0, cue.cue));
            Played::Skipped
        }

        fn want(&mut self, wanted: bool) -> Result<(), String> {
            self.1
                .borrow_mut()
                .push(format!("{} want {wanted}", self.0));
            Ok(())
        }
    }

    /// A `Later` whose making is noted as "made", its sink's calls as "player …" and its
    /// fallback's as "bell …".
    fn later(result: Result<(), &'static str>) -> (Later, Rc<RefCell<Vec<String>>>) {
        let noted = Rc::new(RefCell::new(Vec::new()));
        let made = Rc::clone(&noted);
        let make: Make = Box::new(move || {
            made.borrow_mut().push("made".to_string());
            result.map_err(str::to_string)?;
            let problem = SoundProblem {
                path: PathBuf::from("go.wav"),
                why: BadSound::NoSound,
            };
            Ok((
                Box::new(Noted("player", made)) as Box<dyn Sink>,
                vec![problem],
            ))
        });
        let fallback = Box::new(Noted("bell", Rc::clone(&noted)));
        (Later::new(make, fallback), noted)
    }

    #[test]
    fn nothing_is_made_until_sound_is_wanted_and_then_once() {
        let (mut later, noted) = later(Ok(()));
        let now = Instant::now();
        later.keep_time(now);
        later.withdraw(now);
        assert_eq!(later.want(false), Ok(()));
        assert!(!later.lost());
        assert!(later.not_used().is_empty());
        assert!(noted.borrow().is_empty(), "{:?}", noted.borrow());
        assert_eq!(later.want(true), Ok(()));
        assert_eq!(later.want(false), Ok(()));
        assert_eq!(later.want(true), Ok(()));
        assert_eq!(
            *noted.borrow(),
            [
                "made",
                "player want true",
                "player want false",
                "player want true"
            ]
        );
        let not_used = later.not_used();
        assert_eq!(
            not_used.len(),
            1,
            "the user's files found unusable are told"
        );
        assert!(later.not_used().is_empty(), "once");
    }

    /// Going on after a pause hands cues over before sound is wanted again: the first cue of a
    /// session may come first, and makes the sink.
    #[test]
    fn a_cue_handed_over_first_makes_the_sink_and_reaches_it() {
        let (mut later, noted) = later(Ok(()));
        let go = DueCue {
            cue: Cue::Go,
            at: Instant::now(),
        };
        later.play(go, go.at, 1.0);
        assert_eq!(*noted.borrow(), ["made", "player play Go"]);
    }

    #[test]
    fn a_sink_that_cannot_be_made_says_why_whenever_sound_is_wanted_and_the_fallback_plays() {
        let (mut later, noted) = later(Err("no sounds"));
        assert_eq!(later.want(true), Err("no sounds".to_string()));
        assert_eq!(later.want(false), Ok(()));
        assert_eq!(later.want(true), Err("no sounds".to_string()));
        let go = DueCue {
            cue: Cue::Go,
            at: Instant::now(),
        };
        later.play(go, go.at, 1.0);
        assert!(later.not_used().is_empty());
        assert_eq!(
            *noted.borrow(),
            [
                "made",
                "bell want true",
                "bell want false",
                "bell want true",
                "bell play Go"
            ]
        );
    }
}
