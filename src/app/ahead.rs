//! Sounds handed to the shell ahead of their moment. A sound device asks for sound a buffer at a
//! time; a cue given when its moment comes would wait for the next buffer. So the app gives each
//! cue and phrase [`LOOK_AHEAD`] before its moment, and the shell starts it on the moment itself.
//! What was handed over and has not come yet is taken back (`Effect::Withdraw`) as soon as it no
//! longer stands — a pause, a skip, `n`, the end, muting, a new volume, the voice turned off —
//! and what stands then is handed over again.
//!
//! A cue whose moment is the moment it becomes known could not be handed over ahead; so a step
//! begun by a key (the session's start, `s`, `n`, going on after a pause) begins a short lead
//! after the key ([`begins`]): the screen shows it at once, and its clock and its cues start then.

use std::time::{Duration, Instant};

use super::voice::{Hearing, Said};
use super::{App, Effect, Loudness, Screen, Training, sounded};
use ryg_core::session::{DueCue, Session};

/// How long before its moment a sound is handed over: longer than what a large device buffer
/// holds (two periods of 8,192 frames, 341 ms at 48 kHz) and a late wake-up together.
pub const LOOK_AHEAD: Duration = Duration::from_millis(500);

/// How long after the key going on after a pause begins the step. The sound device is closed
/// while a session is paused (`App::wants_sound`) and opens again with the key, and a new
/// stream does not keep time at once: with a PulseAudio server, a cue given at once was heard
/// 56 ms late or not at all, one handed over for 150–250 ms after the key about 120 ms early, and
/// one 400 ms or more after it within 5 ms (docs/performance.md); 600 ms leaves a margin.
pub const AFTER_PAUSE: Duration = Duration::from_millis(600);

/// When a step that a key at `now` begins in `session` starts its clock: [`LOOK_AHEAD`] after the
/// key, so that its first cues are handed over ahead like every other; [`AFTER_PAUSE`] after it
/// when the session is paused. Until then the step shows its whole time.
pub(super) fn begins(session: &Session, now: Instant) -> Instant {
    now + if session.is_paused() {
        AFTER_PAUSE
    } else {
        LOOK_AHEAD
    }
}

/// What was handed over ahead of its moment, and how loud.
#[derive(Clone, Debug, Default)]
pub struct Ahead {
    cues: Vec<(DueCue, Loudness)>,
    phrases: Vec<(Said, Loudness)>,
    /// Everything due by this moment has been handed over.
    until: Option<Instant>,
}

impl Ahead {
    /// Of the cues a session gave as it reached them, those not handed over already.
    pub(super) fn fresh_cues(&mut self, cues: Vec<DueCue>) -> Vec<DueCue> {
        cues.into_iter()
            .filter(|cue| !take(&mut self.cues, |(handed, _)| handed == cue))
            .collect()
    }

    /// Of the phrases that fell due, those not handed over already.
    pub(super) fn fresh_phrases(&mut self, said: Vec<Said>) -> Vec<Said> {
        said.into_iter()
            .filter(|said| !take(&mut self.phrases, |(handed, _)| handed == said))
            .collect()
    }
}

/// Removes the first item that `is` picks; whether there was one.
fn take<T>(items: &mut Vec<T>, is: impl Fn(&T) -> bool) -> bool {
    match items.iter().position(is) {
        Some(index) => {
            items.remove(index);
            true
        }
        None => false,
    }
}

impl App {
    /// After each message with a clock: hands over what falls due in the next [`LOOK_AHEAD`] of
    /// a running session, and takes back first whatever was handed over and no longer stands.
    pub(super) fn hand_ahead(&mut self, now: Instant, effects: &mut Vec<Effect>) {
        let hearing = self.hearing();
        let Ahead { cues, phrases, .. } = match &self.screen {
            Screen::Training(training) => coming(training, now, hearing),
            _ => Ahead::default(),
        };
        let ahead = &mut self.ahead;
        let stands = ahead
            .cues
            .iter()
            .filter(|(cue, _)| cue.at > now)
            .all(|handed| cues.contains(handed))
            && ahead
                .phrases
                .iter()
                .filter(|(said, _)| said.at > now)
                .all(|handed| phrases.contains(handed));
        if !stands {
            effects.push(Effect::Withdraw(now));
            ahead.cues.retain(|(cue, _)| cue.at <= now);
            ahead.phrases.retain(|(said, _)| said.at <= now);
        }
        for (cue, loudness) in cues {
            if !ahead.cues.contains(&(cue, loudness)) {
                effects.extend(sounded(vec![cue], loudness));
                ahead.cues.push((cue, loudness));
            }
        }
        for (said, voice) in phrases {
            if !ahead.phrases.contains(&(said.clone(), voice)) {
                effects.push(Effect::Say(said.clone(), voice));
                ahead.phrases.push((said, voice));
            }
        }
        let running =
            matches!(&self.screen, Screen::Training(t) if t.session.next_deadline().is_some());
        ahead.until = running.then_some(now + LOOK_AHEAD);
        if !running {
            // Nothing comes any more: what is left was heard or taken back.
            ahead.cues.clear();
            ahead.phrases.clear();
        }
    }

    /// A running session's next wake-up: [`LOOK_AHEAD`] before its next deadline to hand over
    /// what falls due then, and at the deadline itself to show it.
    pub(super) fn training_deadline(&self, training: &Training) -> Option<Instant> {
        let deadline = training.session.next_deadline()?;
        Some(match self.ahead.until {
            Some(until) if until >= deadline => deadline,
            _ => deadline.checked_sub(LOOK_AHEAD).unwrap_or(deadline),
        })
    }
}

/// What a running session gives in the next [`LOOK_AHEAD`] after `now`, as it stands: its cues
/// at `loudness` and, when the voice is on, its phrases.
fn coming(training: &Training, now: Instant, hearing: Hearing) -> Ahead {
    let mut session = training.session.clone();
    let mut voicing = training.voicing.clone();
    let horizon = now + LOOK_AHEAD;
    let cues = session.advance(horizon);
    let said = voicing.due(&session, &cues, horizon);
    let cues = cues
        .into_iter()
        .filter(|cue| cue.at > now)
        .map(|cue| (cue, hearing.cues))
        .collect();
    let phrases = match hearing.voice {
        Some(voice) => said
            .into_iter()
            .filter(|said| said.at > now)
            .map(|said| (said, voice))
            .collect(),
        None => Vec::new(),
    };
    Ahead {
        cues,
        phrases,
        until: None,
    }
}
