//! Playing cues through the system's sound output: every sound is decoded once, and put in the
//! device's format once each time the device opens, so a cue costs only handing it to the mixer
//! — ahead of its moment, to start on the frame of it ([`super::mix`]).

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use rodio::buffer::SamplesBuffer;

use super::device::Device;
use super::handed::Handed;
use super::mix::{Kind, Voice};
use super::schedule::Handle;
use super::{Played, Sink, lateness, own_sound};
use super::{SoundProblem, sounds};
use crate::shell::log::EventLog;
use ryg_core::session::{Cue, DueCue};

/// Every cue's sound ready to play, and the output device while a session wants it: an open
/// device keeps a sound thread busy, so it is closed the rest of the time.
pub struct Player {
    device: Option<Device>,
    sounds: HashMap<Cue, SamplesBuffer>,
    /// The sounds in the open device's format.
    fitted: HashMap<Cue, Arc<[f32]>>,
    /// The sounds handed to the mixer whose moments have not come.
    handed: Handed,
    /// Cues for the terminal bell, waiting for their moment.
    bells: Vec<(DueCue, f32)>,
    /// What was handed over while the device was closed, for when it opens: the app hands cues
    /// over ahead in the same step that makes it want sound again (going on after a pause,
    /// unmuting), and the device opens just after.
    closed: Vec<Closed>,
    /// No device could be opened the last time one was tried: the terminal bell stands in for
    /// the cues that matter most, when the user wants it (`bell`).
    missing: bool,
    bell: bool,
    log: EventLog,
}

impl Player {
    /// Prepares every sound; a user's `NAME.wav` in `user_sounds` replaces the built-in one.
    /// The device is not looked for yet: opening it reads the sound system's configuration, which
    /// would take longer than drawing the first frame, so it waits until sound is first wanted
    /// ([`Sink::want`]). With `bell`, the terminal bell stands in when no device can be opened.
    /// Returns the player and the user's sound files that could not be read (the built-in sound is
    /// used for those), or why the built-in sounds could not be prepared.
    pub fn new(
        user_sounds: &Path,
        log: &EventLog,
        bell: bool,
    ) -> Result<(Player, Vec<SoundProblem>), String> {
        let (sounds, problems) = prepare(user_sounds)?;
        for problem in &problems {
            log.write(format!("sound file not used: {problem}"));
        }
        let player = Player {
            device: None,
            sounds,
            fitted: HashMap::new(),
            handed: Handed::default(),
            bells: Vec::new(),
            closed: Vec::new(),
            missing: false,
            bell,
            log: log.clone(),
        };
        Ok((player, problems))
    }
}

/// Every cue's sound decoded and ready: the user's `NAME.wav` where there is one that can be
/// used, the built-in sound otherwise; with the user's files that could not be used, and why.
pub fn prepare(
    user_sounds: &Path,
) -> Result<(HashMap<Cue, SamplesBuffer>, Vec<SoundProblem>), String> {
    let mut problems = Vec::new();
    let mut prepared = HashMap::new();
    for cue in sounds::CUES {
        let path = user_sounds.join(sounds::file_name(cue));
        let own = own_sound::read(&path).unwrap_or_else(|why| {
            problems.push(SoundProblem { path, why });
            None
        });
        let buffer = match own {
            Some(buffer) => buffer,
            None => own_sound::decode(sounds::built_in(cue).to_vec())
                .map_err(|why| why.describe(ryg_core::words::Lang::En))?,
        };
        prepared.insert(cue, buffer);
    }
    Ok((prepared, problems))
}

/// A sound handed over while the device was closed.
enum Closed {
    Cue(DueCue, f32),
    Phrase(SamplesBuffer, Instant, f32),
}

impl Closed {
    fn at(&self) -> Instant {
        match self {
            Closed::Cue(cue, _) => cue.at,
            Closed::Phrase(_, at, _) => *at,
        }
    }
}

impl Sink for Player {
    fn play(&mut self, cue: DueCue, now: Instant, volume: f32) -> Played {
        if self.device.is_none() {
            return if !self.missing {
                self.closed.push(Closed::Cue(cue, volume));
                Played::Ahead(cue.at.saturating_duration_since(now))
            } else if !self.bell {
                Played::Skipped
            } else if cue.at > now {
                // Only the cues the bell rings for are played at all; the others are not sounded.
                if !super::bell::rings(cue.cue, volume) {
                    return Played::Skipped;
                }
                self.bells.push((cue, volume));
                Played::Ahead(cue.at - now)
            } else {
                super::Bell.play(cue, now, volume)
            };
        }
        let late = match lateness(cue, now) {
            Ok(late) => late,
            Err(late) => return Played::Dropped(late),
        };
        if let Some(samples) = self.fitted.get(&cue.cue) {
            let samples = Arc::clone(samples);
            self.hand(
                format!("cue {:?}", cue.cue),
                |_| samples,
                cue.at,
                volume,
                Kind::Tone,
            );
        }
        match cue.at.checked_duration_since(now) {
            Some(ahead) if !ahead.is_zero() => Played::Ahead(ahead),
            _ => Played::OnTime(late),
        }
    }

    fn speak(&mut self, phrase: SamplesBuffer, at: Instant, volume: f32) -> bool {
        if self.device.is_none() {
            if !self.missing {
                self.closed.push(Closed::Phrase(phrase, at, volume));
            }
            return !self.missing;
        }
        // The newer phrase says what is happening from its moment on; the mixer stops the one
        // before as it starts, rather than talk over it.
        let fit = |device: &Device| device.fit(phrase);
        self.hand("phrase".to_string(), fit, at, volume, Kind::Phrase);
        true
    }

    fn withdraw(&mut self, now: Instant) {
        self.bells.retain(|(cue, _)| cue.at <= now);
        self.closed.retain(|closed| closed.at() <= now);
        for (what, at) in self.handed.withdraw(now) {
            let planned = crate::shell::runtime::wall_of(at);
            self.log
                .write(format!("{what} planned {planned:.3}: withdrawn"));
        }
    }

    fn keep_time(&mut self, now: Instant) {
        let (due, later) = self.bells.drain(..).partition(|(cue, _)| cue.at <= now);
        self.bells = later;
        for (cue, volume) in due {
            super::Bell.play(cue, now, volume);
        }
        self.handed.keep_time(now);
    }

    fn want(&mut self, wanted: bool) -> Result<(), String> {
        match (wanted, self.device.is_some()) {
            (true, false) => {
                let device = Device::open(&self.log);
                self.missing = device.is_err();
                if self.missing {
                    self.closed.clear();
                }
                let device = device?;
                self.fitted = self
                    .sounds
                    .iter()
                    .map(|(&cue, sound)| (cue, device.fit(sound.clone())))
                    .collect();
                self.device = Some(device);
                self.log.write("sound device opened");
                let now = Instant::now();
                for closed in std::mem::take(&mut self.closed) {
                    match closed {
                        Closed::Cue(cue, volume) => {
                            let _ = self.play(cue, now, volume);
                        }
                        Closed::Phrase(phrase, at, volume) => {
                            let _ = self.speak(phrase, at, volume);
                        }
                    }
                }
            }
            (false, true) => self.close(),
            _ => {}
        }
        Ok(())
    }

    fn lost(&mut self) -> bool {
        let lost = self.device.as_ref().is_some_and(Device::lost);
        if lost {
            self.close();
        }
        lost
    }
}

impl Player {
    /// Hands a sound to the open device's mixer to start on `at`, unless the device holds it
    /// already: taken back too late, it will be heard as it is.
    fn hand(
        &mut self,
        what: String,
        samples: impl FnOnce(&Device) -> Arc<[f32]>,
        at: Instant,
        volume: f32,
        kind: Kind,
    ) {
        let Some(device) = self.device.as_ref() else {
            return;
        };
        if self.handed.holds(&what, at) {
            return;
        }
        let handle = Handle::default();
        device.send(Voice {
            samples: samples(device),
            moment: at,
            gain: volume,
            kind,
            handle: handle.clone(),
        });
        self.handed.push(what, at, handle);
    }

    fn close(&mut self) {
        self.device = None;
        self.handed = Handed::default();
        self.closed.clear();
        self.log.write("sound device closed");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shell::audio::wav_header::test_wav as wav;
    use rodio::Source;

    #[test]
    fn a_users_sound_replaces_the_cue_and_a_broken_one_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let own_pip =
            crate::shell::audio::synth::wav(&crate::shell::audio::synth::samples(Cue::SessionDone));
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
        assert!(problems[0].path.ends_with("go.wav"), "{problems:?}");
        let (built_in, _) = prepare(&dir.path().join("none")).unwrap();
        assert!(built_in[&Cue::Go].total_duration() == prepared[&Cue::Go].total_duration());
    }

    /// Before the device is looked for, nothing stands in for it: the cue waits for the device;
    /// once none can be opened, the terminal bell does for the go, when the user wants it.
    #[test]
    fn the_bell_stands_in_only_once_no_device_could_be_opened() {
        let dir = tempfile::tempdir().unwrap();
        let go = DueCue {
            cue: Cue::Go,
            at: Instant::now(),
        };
        let log = EventLog::default();
        let (mut with_bell, _) = Player::new(dir.path(), &log, true).unwrap();
        assert_eq!(
            with_bell.play(go, go.at, 1.0),
            Played::Ahead(std::time::Duration::ZERO),
            "not looked for yet: it waits for the device"
        );
        assert_eq!(with_bell.closed.len(), 1);
        with_bell.missing = true;
        assert!(matches!(with_bell.play(go, go.at, 1.0), Played::OnTime(_)));
        let (mut without, _) = Player::new(dir.path(), &log, false).unwrap();
        without.missing = true;
        assert_eq!(without.play(go, go.at, 1.0), Played::Skipped);
    }

    /// With no device, a cue handed over ahead is played only when the bell rings for it; the
    /// others are not sounded, and the log says so rather than "played on time".
    #[test]
    fn without_a_device_only_the_bells_cues_are_played_when_handed_ahead() {
        let dir = tempfile::tempdir().unwrap();
        let now = Instant::now();
        let soon = now + std::time::Duration::from_millis(200);
        let log = EventLog::default();
        let (mut player, _) = Player::new(dir.path(), &log, true).unwrap();
        player.missing = true;
        let rep = DueCue {
            cue: Cue::RepDone,
            at: soon,
        };
        let go = DueCue {
            cue: Cue::Go,
            at: soon,
        };
        assert_eq!(player.play(rep, now, 1.0), Played::Skipped);
        assert!(matches!(player.play(go, now, 1.0), Played::Ahead(_)));
    }

    /// Going on after a pause hands the next cues over before the device opens again: they wait
    /// for it, unless taken back first.
    #[test]
    fn what_is_handed_over_while_the_device_is_closed_waits_for_it() {
        let dir = tempfile::tempdir().unwrap();
        let (mut player, _) = Player::new(dir.path(), &EventLog::default(), false).unwrap();
        let now = Instant::now();
        let at = |ms| DueCue {
            cue: Cue::Pip,
            at: now + std::time::Duration::from_millis(ms),
        };
        assert!(matches!(player.play(at(100), now, 1.0), Played::Ahead(_)));
        assert!(matches!(player.play(at(200), now, 1.0), Played::Ahead(_)));
        player.withdraw(now + std::time::Duration::from_millis(150));
        let left: Vec<Instant> = player.closed.iter().map(Closed::at).collect();
        assert_eq!(left, [at(100).at], "the later one was taken back");
        player.want(false).unwrap();
        assert_eq!(player.closed.len(), 1, "closed already: nothing changes");
    }

    /// Prepares the sounds with `go.wav` made by `make`, and returns the one problem found.
    fn broken_go(make: impl FnOnce(&Path)) -> String {
        let dir = tempfile::tempdir().unwrap();
        let go = dir.path().join("go.wav");
        make(&go);
        let (prepared, problems) = prepare(dir.path()).expect("the built-in sounds decode");
        let built_in = own_sound::decode(sounds::built_in(Cue::Go).to_vec()).unwrap();
        assert_eq!(
            prepared[&Cue::Go].total_duration(),
            built_in.total_duration(),
            "the built-in go is used"
        );
        assert_eq!(problems.len(), 1, "{problems:?}");
        let problem = problems[0].to_string();
        assert!(problem.contains("go.wav"), "the file is named: {problem}");
        problem
    }

    #[test]
    fn a_sample_rate_of_zero_is_a_broken_file_not_a_panic() {
        let problem = broken_go(|go| std::fs::write(go, wav(1, 0, 16, 2_000)).unwrap());
        assert!(problem.contains("sample rate"), "{problem}");
    }

    #[test]
    fn a_file_with_no_channels_is_a_broken_file() {
        let problem = broken_go(|go| std::fs::write(go, wav(0, 11_025, 16, 2_000)).unwrap());
        assert!(problem.contains("channels"), "{problem}");
    }

    #[test]
    fn a_huge_file_is_refused_without_reading_it() {
        let problem = broken_go(|go| {
            // Sparse: a gigabyte that takes no room and no time to make.
            let file = std::fs::File::create(go).unwrap();
            let mut header = wav(1, 44_100, 16, 0);
            header[40..44].copy_from_slice(&((1u32 << 30) - 44).to_le_bytes());
            std::io::Write::write_all(&mut &file, &header).unwrap();
            file.set_len(1 << 30).unwrap();
        });
        assert!(problem.contains("MB"), "{problem}");
    }

    #[test]
    fn a_sound_longer_than_a_cue_is_refused() {
        let problem =
            broken_go(|go| std::fs::write(go, wav(1, 8_000, 16, 8_000 * 2 * 11)).unwrap());
        assert!(problem.contains("10 s"), "{problem}");
    }

    /// A pipe would be read for ever, a folder cannot be: neither is waited for.
    #[test]
    fn a_folder_or_a_pipe_is_not_a_sound_file() {
        let problem = broken_go(|go| std::fs::create_dir(go).unwrap());
        assert!(problem.contains("not a regular file"), "{problem}");
        let problem = broken_go(|go| {
            let made = std::process::Command::new("mkfifo").arg(go).status();
            assert!(made.unwrap().success(), "mkfifo");
        });
        assert!(problem.contains("not a regular file"), "{problem}");
    }

    #[test]
    fn a_header_cut_short_is_a_broken_file() {
        for length in [4, 12, 20, 30, 43] {
            let problem =
                broken_go(|go| std::fs::write(go, &wav(1, 11_025, 16, 0)[..length]).unwrap());
            assert!(problem.contains("cut short"), "{length} bytes: {problem}");
        }
    }
}
