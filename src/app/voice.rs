//! The voice as the model knows it: the phrases of a session laid out as it starts, each said as
//! its step really starts (so pauses and skips carry it along), the texts the shell should make
//! before they are due, and `v`.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use super::ahead::Ahead;
use super::{App, Effect, Loudness, Pain, PainMoment, Screen, Training, sounded};
use ryg_core::session::voice::{Phrase, estimate, every_text, phrases};
use ryg_core::session::{Cue, DueCue, Session};
use ryg_core::words::Lang;

/// A phrase that fell due, for the shell to say.
#[derive(Clone, Debug, PartialEq)]
pub struct Said {
    /// What may be said, longest first: the shell says the longest that fits in `room` by its
    /// real length.
    pub forms: Vec<String>,
    /// How long the phrase may last before it would run into the next one; `None` for the last.
    pub room: Option<Duration>,
    /// When it is due: its step's real start.
    pub at: Instant,
    /// Its moment as planned, from the start of the session.
    pub planned: Duration,
}

/// What the shell should have ready before a session's phrases fall due: every text it may say,
/// in the voice of `lang`.
#[derive(Clone, Debug, PartialEq)]
pub struct VoiceAhead {
    pub lang: Lang,
    pub texts: Vec<String>,
}

/// Whether speech can be heard, as the shell found out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeechEngine {
    /// Not looked for yet, or found.
    Usable,
    /// No speech engine on this computer: the voice stays off, the tones go on.
    Missing,
}

/// A session's phrases, and how far it has got through them.
#[derive(Clone, Debug)]
pub struct Voicing {
    phrases: Vec<Phrase>,
    next: usize,
}

impl Voicing {
    /// The phrases of `session` in `lang`, laid out by the real length of each where the shell
    /// made it already (it does while the question before the session is answered), else by an
    /// estimate; the shell checks the real length again as it says one.
    pub fn of(session: &Session, lang: Lang, lengths: &HashMap<String, Duration>) -> Voicing {
        let length = |text: &str| lengths.get(text).copied().unwrap_or_else(|| estimate(text));
        Voicing {
            phrases: phrases(session.plan(), session.timeline(), lang, length),
            next: 0,
        }
    }

    /// The phrases due now that `session` has moved on (giving `cues`). A phrase whose step was
    /// passed without being on at a wake-up is not said: late, it would say the wrong thing.
    /// Once the session is over, only "session done" is said, and only when it ended by itself
    /// or by skipping its last exercise.
    pub(super) fn due(&mut self, session: &Session, cues: &[DueCue], now: Instant) -> Vec<Said> {
        let steps = session.timeline().steps.len();
        let ended = cues
            .iter()
            .find(|c| c.cue == Cue::SessionDone)
            .map(|c| c.at);
        let mut due = Vec::new();
        while let Some(phrase) = self.phrases.get(self.next) {
            let at = if phrase.step == steps {
                match ended {
                    Some(at) => at,
                    None => break,
                }
            } else if session.is_over() || phrase.step < session.index() {
                self.next += 1;
                continue;
            } else if phrase.step == session.index() {
                // A step begun by a key starts a moment later: its phrase is due then, and not
                // while a pause holds it back.
                if session.clock_from().is_none_or(|from| from > now) {
                    break;
                }
                let status = session.status(now);
                now.checked_sub(session.step().length.saturating_sub(status.left))
                    .unwrap_or(now)
            } else {
                break;
            };
            due.push(Said {
                forms: phrase.forms.clone(),
                room: phrase.room,
                at,
                planned: phrase.at,
            });
            self.next += 1;
        }
        due
    }
}

/// How the cues and the voice are heard as things stand: `m`, the volume and the voice.
#[derive(Clone, Copy, Debug)]
pub(super) struct Hearing {
    pub cues: Loudness,
    /// `None` when the voice is off.
    pub voice: Option<Loudness>,
}

/// The cues as effects, then the phrases that fell due with them: a cue is never behind a phrase.
/// Those handed over ahead already are not given again.
pub(super) fn heard(
    training: &mut Training,
    ahead: &mut Ahead,
    cues: Vec<DueCue>,
    now: Instant,
    hearing: Hearing,
) -> Vec<Effect> {
    let said = training.voicing.due(&training.session, &cues, now);
    let said = ahead.fresh_phrases(said);
    let mut effects: Vec<Effect> = sounded(ahead.fresh_cues(cues), hearing.cues).collect();
    if let Some(voice) = hearing.voice {
        effects.extend(said.into_iter().map(|said| Effect::Say(said, voice)));
    }
    effects
}

impl App {
    pub(super) fn hearing(&self) -> Hearing {
        Hearing {
            cues: Loudness::of(self.muted, &self.settings),
            voice: self.voice_loudness(),
        }
    }

    /// How the voice is heard now: `None` when it is off (by `v` or for want of an engine).
    pub(super) fn voice_loudness(&self) -> Option<Loudness> {
        self.voice_on()
            .then(|| Loudness::of(self.muted, &self.settings))
    }

    /// The voice is on: wanted, and not known to have no engine.
    pub fn voice_on(&self) -> bool {
        self.settings.voice && self.speech != SpeechEngine::Missing
    }

    /// What the shell should make ready now: the texts of the session about to start (from the
    /// question before it) or running, when the voice is on and could be heard (there is no
    /// making phrases for a computer without a sound device, or a build without sound).
    pub fn voice_ahead(&self) -> Option<VoiceAhead> {
        let heard = matches!(self.sound, super::Sound::On | super::Sound::Lost);
        if !self.voice_on() || !heard {
            return None;
        }
        let texts = match &self.screen {
            Screen::Pain(Pain {
                moment: PainMoment::Before { program, level, .. },
                ..
            }) => {
                let plan = self.catalog.plan(&self.program(*program).program, *level)?;
                let timeline = ryg_core::session::Timeline::of(&plan)?;
                every_text(&plan, &timeline, self.lang)
            }
            Screen::Training(training) => {
                let session = &training.session;
                every_text(session.plan(), session.timeline(), self.lang)
            }
            _ => return None,
        };
        Some(VoiceAhead {
            lang: self.lang,
            texts,
        })
    }
}
