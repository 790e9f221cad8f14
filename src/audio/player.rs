//! Playing cues through the system's sound output with rodio: the device is opened once and
//! every sound decoded once, so a cue costs only adding it to the mixer.

use std::collections::HashMap;
use std::io::Cursor;
use std::path::Path;
use std::time::Instant;

use rodio::buffer::SamplesBuffer;
use rodio::{Decoder, DeviceSinkBuilder, MixerDeviceSink, Source};

use super::{Played, Sink, lateness};
use crate::log::EventLog;
use crate::session::{Cue, DueCue};
use crate::sounds;

/// Every cue's sound ready to play, and the output device while a session wants it: an open
/// device keeps a sound thread busy, so it is closed the rest of the time.
pub struct Player {
    device: Option<MixerDeviceSink>,
    sounds: HashMap<Cue, SamplesBuffer>,
    log: EventLog,
}

/// About 23 ms of sound per device buffer at 44.1 kHz: small enough for cues to start promptly,
/// large enough not to run dry on a busy machine or through a sound server.
const BUFFER_FRAMES: u32 = 1024;

impl Player {
    /// Opens the default output device and prepares every sound; a user's `NAME.wav` in
    /// `user_sounds` replaces the built-in one. Returns the player and the user's sound files that
    /// could not be read (the built-in sound is used for those), or why no device could be opened.
    pub fn open(user_sounds: &Path, log: &EventLog) -> Result<(Player, Vec<String>), String> {
        // Opened once to learn whether there is sound at all, then closed until wanted.
        drop(open_device(log)?);
        let (sounds, problems) = prepare(user_sounds)?;
        for problem in &problems {
            log.write(format!("sound file not used: {problem}"));
        }
        let player = Player {
            device: None,
            sounds,
            log: log.clone(),
        };
        Ok((player, problems))
    }
}

/// Opens the default output device with a small buffer, or the device's own choice when it
/// refuses one.
fn open_device(log: &EventLog) -> Result<MixerDeviceSink, String> {
    let open = |frames: Option<u32>| {
        let log = log.clone();
        let mut builder = DeviceSinkBuilder::from_default_device()
            .map_err(|e| e.to_string())?
            .with_error_callback(move |error| log.write(format!("sound error: {error}")));
        if let Some(frames) = frames {
            builder = builder.with_buffer_size(rodio::cpal::BufferSize::Fixed(frames));
        }
        builder.open_stream().map_err(|e| e.to_string())
    };
    let mut device = open(Some(BUFFER_FRAMES)).or_else(|_| open(None))?;
    device.log_on_drop(false);
    Ok(device)
}

/// Every cue's sound decoded and ready: the user's `NAME.wav` where there is one that reads, the
/// built-in sound otherwise; with the user's files that could not be used, and why.
pub fn prepare(user_sounds: &Path) -> Result<(HashMap<Cue, SamplesBuffer>, Vec<String>), String> {
    let mut problems = Vec::new();
    let mut prepared = HashMap::new();
    for cue in sounds::CUES {
        let own = user_sounds.join(sounds::file_name(cue));
        let buffer = match std::fs::read(&own).map(decode) {
            Ok(Ok(buffer)) => buffer,
            Ok(Err(why)) => {
                problems.push(format!("{}: {why}", own.display()));
                decode(sounds::built_in(cue).to_vec())?
            }
            Err(_) => decode(sounds::built_in(cue).to_vec())?,
        };
        prepared.insert(cue, buffer);
    }
    Ok((prepared, problems))
}

/// A WAV file decoded into samples, once.
fn decode(bytes: Vec<u8>) -> Result<SamplesBuffer, String> {
    let decoder = Decoder::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let (channels, rate) = (decoder.channels(), decoder.sample_rate());
    let samples: Vec<f32> = decoder.collect();
    if samples.is_empty() {
        return Err("the file holds no sound".to_string());
    }
    Ok(SamplesBuffer::new(channels, rate, samples))
}

impl Sink for Player {
    fn play(&mut self, cue: DueCue, now: Instant, volume: f32) -> Played {
        let Some(device) = &self.device else {
            return Played::Skipped;
        };
        match lateness(cue, now) {
            Ok(late) => {
                if let Some(sound) = self.sounds.get(&cue.cue) {
                    device.mixer().add(sound.clone().amplify(volume));
                }
                Played::OnTime(late)
            }
            Err(late) => Played::Dropped(late),
        }
    }

    fn want(&mut self, wanted: bool) -> Result<(), String> {
        match (wanted, self.device.is_some()) {
            (true, false) => {
                self.device = Some(open_device(&self.log)?);
                self.log.write("sound device opened");
            }
            (false, true) => {
                self.device = None;
                self.log.write("sound device closed");
            }
            _ => {}
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_users_sound_replaces_the_cue_and_a_broken_one_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let own_pip = sounds::synth::wav(&sounds::synth::samples(Cue::SessionDone));
        std::fs::write(dir.path().join("pip.wav"), own_pip).unwrap();
        std::fs::write(dir.path().join("go.wav"), b"not a sound").unwrap();
        let (prepared, problems) = prepare(dir.path()).unwrap();
        assert_eq!(prepared.len(), sounds::CUES.len());
        let length = |cue| prepared[&cue].total_duration().unwrap();
        assert_eq!(
            length(Cue::Pip),
            length(Cue::SessionDone),
            "the user's pip is used"
        );
        assert_eq!(problems.len(), 1);
        assert!(problems[0].contains("go.wav"), "{problems:?}");
        let (built_in, _) = prepare(&dir.path().join("none")).unwrap();
        assert!(built_in[&Cue::Go].total_duration() == prepared[&Cue::Go].total_duration());
    }
}
