//! The phrases made ready ahead of a session by a thread of their own, and saying one of them.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use rodio::Source;
use rodio::buffer::SamplesBuffer;

use super::cache::{Cache, MOST_BYTES, Origin};
use super::engine::Engine;
use crate::app::{Said, VoiceAhead};
use crate::shell::audio::{Sink, TOO_LATE};
use crate::shell::log::EventLog;

/// A phrase's text in a voice.
type Key = (String, String);

/// Whether the engine was looked for, and what was found.
enum Found {
    NotYet,
    Missing,
    /// The thread that makes phrases, fed by this.
    Making(Sender<(String, Vec<String>)>),
}

/// The phrases ready to say, and the thread that makes the rest.
pub struct Ready {
    cache: Cache,
    found: Found,
    sounds: Arc<Mutex<HashMap<Key, SamplesBuffer>>>,
    /// Every phrase handed to the thread, so that none is made twice.
    asked: HashSet<Key>,
    /// The phrases made since the app was last told, with their lengths.
    made: Arc<Mutex<Vec<(String, Duration)>>>,
    log: EventLog,
}

impl Ready {
    pub fn new(cache: PathBuf, log: &EventLog) -> Ready {
        Ready {
            cache: Cache { dir: cache },
            found: Found::NotYet,
            sounds: Arc::default(),
            asked: HashSet::new(),
            made: Arc::default(),
            log: log.clone(),
        }
    }

    /// Hands every text of `ahead` not yet asked for to the making thread (looking for the
    /// engine first, once); `false` when the engine was just found missing.
    pub fn make(&mut self, ahead: &VoiceAhead) -> bool {
        if let Found::NotYet = self.found {
            self.found = match Engine::find() {
                Ok(engine) => {
                    self.log.write(format!("voice: {}", engine.version));
                    Found::Making(self.start(engine))
                }
                Err(why) => {
                    self.log
                        .write(format!("voice off: no speech engine: {why}"));
                    Found::Missing
                }
            };
            if let Found::Missing = self.found {
                return false;
            }
        }
        let Found::Making(making) = &self.found else {
            return true;
        };
        let voice = ahead.lang.code().to_string();
        let texts: Vec<String> = ahead
            .texts
            .iter()
            .filter(|text| self.asked.insert((voice.clone(), (*text).clone())))
            .cloned()
            .collect();
        if !texts.is_empty() {
            let _ = making.send((voice, texts));
        }
        true
    }

    /// The thread that makes phrases, one batch at a time, and keeps the cache within its size.
    fn start(&self, engine: Engine) -> Sender<(String, Vec<String>)> {
        let (send, receive) = channel::<(String, Vec<String>)>();
        let made_ready = Arc::clone(&self.made);
        let (cache, sounds, log) = (
            self.cache.clone(),
            Arc::clone(&self.sounds),
            self.log.clone(),
        );
        let spawned = std::thread::Builder::new()
            .name("voice".into())
            .spawn(move || {
                for (voice, texts) in receive {
                    let (mut made, mut cached) = (0, 0);
                    for text in texts {
                        match cache.phrase(&engine, &text, &voice) {
                            Ok((sound, origin)) => {
                                match origin {
                                    Origin::Made => made += 1,
                                    Origin::Cached => cached += 1,
                                }
                                let length = sound.total_duration().unwrap_or_default();
                                lock(&made_ready).push((text.clone(), length));
                                lock(&sounds).insert((voice.clone(), text), sound);
                            }
                            Err(why) => log.write(format!("phrase {text:?} not made: {why}")),
                        }
                    }
                    log.write(format!(
                        "voice ready: {made} phrases made, {cached} from the cache ({})",
                        cache.dir.display()
                    ));
                    cache.prune(MOST_BYTES);
                }
            });
        if let Err(error) = spawned {
            self.log
                .write(format!("voice: no thread to make phrases: {error}"));
        }
        send
    }

    /// The phrases made since the last call, with how long each takes to say.
    pub fn lengths(&mut self) -> Vec<(String, Duration)> {
        std::mem::take(&mut *lock(&self.made))
    }

    /// Says the longest form of `said` that is ready and ends before the next phrase's moment;
    /// what became of it, for the log.
    pub fn say(&mut self, said: &Said, volume: f32, sink: &mut dyn Sink, voice: &str) -> String {
        let now = Instant::now();
        let late = now.saturating_duration_since(said.at);
        if late > TOO_LATE {
            return format!("dropped, {}ms late", late.as_millis());
        }
        let sounds = lock(&self.sounds);
        let ready: Vec<(&String, &SamplesBuffer)> = said
            .forms
            .iter()
            .filter_map(|form| Some((form, sounds.get(&(voice.to_string(), form.clone()))?)))
            .collect();
        if ready.is_empty() {
            return "not ready, skipped".to_string();
        }
        let fits = |sound: &SamplesBuffer| {
            let length = sound.total_duration().unwrap_or_default();
            said.room.is_none_or(|room| late + length <= room)
        };
        let Some((form, sound)) = ready.into_iter().find(|(_, sound)| fits(sound)) else {
            return "dropped: it would run into the next phrase".to_string();
        };
        if !sink.speak(sound.clone(), said.at, volume) {
            return "not said: no sound device".to_string();
        }
        let length = sound.total_duration().unwrap_or_default().as_millis();
        let shorter = if *form == said.forms[0] {
            String::new()
        } else {
            format!(" as {form:?}")
        };
        let when = match said.at.checked_duration_since(now) {
            Some(ahead) if !ahead.is_zero() => {
                format!("on time, handed {}ms ahead", ahead.as_millis())
            }
            _ => format!("{}ms after", late.as_millis()),
        };
        format!("said {when}{shorter}, {length}ms long")
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use std::num::NonZero;

    use super::*;
    use ryg_core::session::DueCue;

    /// A sink that keeps the length of every phrase it is given.
    #[derive(Default)]
    struct Heard(Vec<Duration>);

    impl Sink for Heard {
        fn play(
            &mut self,
            _cue: DueCue,
            _now: Instant,
            _volume: f32,
        ) -> crate::shell::audio::Played {
            crate::shell::audio::Played::Skipped
        }
        fn speak(&mut self, phrase: SamplesBuffer, _at: Instant, _volume: f32) -> bool {
            self.0.push(phrase.total_duration().unwrap());
            true
        }
    }

    fn ready(phrases: &[(&str, u64)]) -> Ready {
        let ready = Ready::new(PathBuf::from("/nonexistent"), &EventLog::default());
        for (text, millis) in phrases {
            let samples = vec![0.0; *millis as usize * 8];
            let sound = SamplesBuffer::new(
                NonZero::new(1).unwrap(),
                NonZero::new(8_000).unwrap(),
                samples,
            );
            lock(&ready.sounds).insert(("en".into(), text.to_string()), sound);
        }
        ready
    }

    fn said(forms: &[&str], room: Option<u64>, late: u64) -> Said {
        Said {
            forms: forms.iter().map(|form| form.to_string()).collect(),
            room: room.map(Duration::from_millis),
            at: Instant::now() - Duration::from_millis(late),
            planned: Duration::ZERO,
        }
    }

    #[test]
    fn the_longest_form_that_fits_is_said_and_one_that_fits_in_none_is_dropped() {
        let mut ready = ready(&[("Rest, 30 seconds.", 1_500), ("Rest.", 500)]);
        let mut sink = Heard::default();
        let forms = ["Rest, 30 seconds.", "Rest."];
        let what = ready.say(&said(&forms, Some(2_000), 0), 1.0, &mut sink, "en");
        assert!(what.starts_with("said"), "{what}");
        let what = ready.say(&said(&forms, Some(1_000), 0), 1.0, &mut sink, "en");
        assert!(what.contains("as \"Rest.\""), "{what}");
        let what = ready.say(&said(&forms, Some(400), 0), 1.0, &mut sink, "en");
        assert!(what.contains("would run into the next phrase"), "{what}");
        let what = ready.say(&said(&forms, None, 0), 1.0, &mut sink, "en");
        assert!(what.starts_with("said"), "{what}");
        let millis: Vec<u128> = sink.0.iter().map(Duration::as_millis).collect();
        assert_eq!(millis, [1_500, 500, 1_500]);
    }

    #[test]
    fn a_phrase_not_ready_or_late_is_skipped_never_queued() {
        let mut ready = ready(&[("Halfway.", 800)]);
        let mut sink = Heard::default();
        let what = ready.say(&said(&["Last one."], None, 0), 1.0, &mut sink, "en");
        assert_eq!(what, "not ready, skipped");
        let what = ready.say(&said(&["Halfway."], None, 200), 1.0, &mut sink, "en");
        assert!(what.starts_with("dropped, 2"), "{what}");
        let what = ready.say(&said(&["Halfway."], None, 0), 1.0, &mut sink, "da");
        assert_eq!(
            what, "not ready, skipped",
            "another voice's phrase is not said"
        );
        assert!(sink.0.is_empty());
    }
}
