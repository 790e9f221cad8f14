//! The voice in the shell: the speech engine looked for when a session is near, every phrase of
//! the session made (or read from the cache) on a thread of its own before it is due, and each
//! phrase said when the app says so — or skipped, and the log says why, when it is not ready,
//! late, or would run into the next one. Nothing here ever makes a session wait.

#[cfg(feature = "audio")]
mod cache;
#[cfg(feature = "audio")]
mod engine;
#[cfg(feature = "audio")]
mod ready;

use std::collections::VecDeque;
use std::path::PathBuf;

use crate::app::{App, Loudness, Msg, Said};
use crate::shell::audio::Sink;
use crate::shell::log::EventLog;

/// The voice, as the runtime holds it.
pub struct Voice {
    #[cfg(feature = "audio")]
    ready: ready::Ready,
    #[cfg(not(feature = "audio"))]
    _cache: PathBuf,
    log: EventLog,
}

impl Voice {
    /// A voice that keeps its phrases in `cache`; nothing is looked for or made until a session
    /// is near.
    pub fn new(cache: PathBuf, log: &EventLog) -> Voice {
        Voice {
            #[cfg(feature = "audio")]
            ready: ready::Ready::new(cache, log),
            #[cfg(not(feature = "audio"))]
            _cache: cache,
            log: log.clone(),
        }
    }

    /// Keeps the phrases the app may soon say in the making; tells the app, once, when there is
    /// no engine to make them.
    pub fn keep_up(&mut self, app: &App, queue: &mut VecDeque<Msg>) {
        #[cfg(feature = "audio")]
        if let Some(ahead) = app.voice_ahead()
            && !self.ready.make(&ahead)
        {
            queue.push_back(Msg::NoSpeechEngine);
        }
        #[cfg(not(feature = "audio"))]
        let _ = (app, queue);
    }

    /// Tells the app how long the phrases made since the last call take to say, so that the next
    /// session is laid out by them. Called before each message from the user is handed on: the
    /// phrases are made while the user answers the question before a session.
    pub fn tell(&mut self, queue: &mut VecDeque<Msg>) {
        #[cfg(feature = "audio")]
        {
            let lengths = self.ready.lengths();
            if !lengths.is_empty() {
                queue.push_back(Msg::PhraseLengths(lengths));
            }
        }
        #[cfg(not(feature = "audio"))]
        let _ = queue;
    }

    /// Says `said` through `sink` at `loudness`, if it is ready and still fits; the log names it,
    /// its moment, and when it started or why it did not.
    pub fn say(&mut self, said: &Said, loudness: Loudness, sink: &mut dyn Sink, lang: &str) {
        let what = match loudness {
            Loudness::Muted => "muted".to_string(),
            #[cfg(feature = "audio")]
            Loudness::At(volume) => self.ready.say(said, volume, sink, lang),
            #[cfg(not(feature = "audio"))]
            Loudness::At(_) => {
                let _ = (sink, lang);
                "not said: this build has no sound".to_string()
            }
        };
        let planned = crate::shell::runtime::wall_of(said.at);
        let secs = said.planned.as_secs_f64();
        self.log.write(format!(
            "phrase {:?} at {secs:.1}s planned {planned:.3}: {what}",
            said.forms[0]
        ));
    }
}
