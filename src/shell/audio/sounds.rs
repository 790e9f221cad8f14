//! The cue sounds: every cue's WAV file, made by the project (see `synth`) and built into the
//! binary, by the name a user's own file uses to replace it.

use ryg_core::program::PhaseKind;
use ryg_core::session::Cue;

/// Every cue, in the order the sounds are listed.
pub const CUES: [Cue; 9] = [
    Cue::Pip,
    Cue::Go,
    Cue::Phase(PhaseKind::Move),
    Cue::Phase(PhaseKind::Hold),
    Cue::Phase(PhaseKind::Return),
    Cue::RepDone,
    Cue::SetDone,
    Cue::RestOver,
    Cue::SessionDone,
];

/// The file name of a cue's sound, in `sounds/` and in the user's sounds folder.
pub fn file_name(cue: Cue) -> &'static str {
    match cue {
        Cue::Pip => "pip.wav",
        Cue::Go => "go.wav",
        Cue::Phase(PhaseKind::Move) => "move.wav",
        Cue::Phase(PhaseKind::Hold) => "hold.wav",
        Cue::Phase(PhaseKind::Return) => "return.wav",
        Cue::RepDone => "rep-done.wav",
        Cue::SetDone => "set-done.wav",
        Cue::RestOver => "rest-over.wav",
        Cue::SessionDone => "session-done.wav",
    }
}

/// The built-in sound of a cue, as a WAV file.
pub fn built_in(cue: Cue) -> &'static [u8] {
    match cue {
        Cue::Pip => include_bytes!("../../../sounds/pip.wav"),
        Cue::Go => include_bytes!("../../../sounds/go.wav"),
        Cue::Phase(PhaseKind::Move) => include_bytes!("../../../sounds/move.wav"),
        Cue::Phase(PhaseKind::Hold) => include_bytes!("../../../sounds/hold.wav"),
        Cue::Phase(PhaseKind::Return) => include_bytes!("../../../sounds/return.wav"),
        Cue::RepDone => include_bytes!("../../../sounds/rep-done.wav"),
        Cue::SetDone => include_bytes!("../../../sounds/set-done.wav"),
        Cue::RestOver => include_bytes!("../../../sounds/rest-over.wav"),
        Cue::SessionDone => include_bytes!("../../../sounds/session-done.wav"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::synth;
    use super::*;

    /// The committed sounds are exactly what the generator makes; after changing `synth`, run
    /// `cargo run --example make-sounds` and commit the files.
    #[test]
    fn the_shipped_sounds_are_what_the_generator_makes() {
        for cue in CUES {
            let made = synth::wav(&synth::samples(cue));
            assert!(
                made == built_in(cue),
                "sounds/{} differs from the generator",
                file_name(cue)
            );
        }
    }

    #[test]
    fn each_sound_is_short_small_and_audible() {
        for cue in CUES {
            let samples = synth::samples(cue);
            let secs = samples.len() as f64 / f64::from(synth::SAMPLE_RATE);
            assert!((0.04..=1.0).contains(&secs), "{cue:?} lasts {secs} s");
            assert!(built_in(cue).len() < 24_000, "{cue:?}");
            let peak = samples.iter().map(|s| s.unsigned_abs()).max().unwrap();
            assert!(peak > 5_000, "{cue:?} is too quiet: {peak}");
        }
    }

    /// Move rises and return falls: the pitch in the last quarter against the first.
    #[test]
    fn move_rises_and_return_falls() {
        let pitch = |samples: &[i16]| {
            let crossings = samples
                .windows(2)
                .filter(|w| (w[0] < 0) != (w[1] < 0))
                .count();
            crossings as f64 / samples.len() as f64
        };
        for (cue, rising) in [
            (Cue::Phase(PhaseKind::Move), true),
            (Cue::Phase(PhaseKind::Return), false),
        ] {
            let samples = synth::samples(cue);
            let quarter = samples.len() / 4;
            let (start, end) = (pitch(&samples[..quarter]), pitch(&samples[3 * quarter..]));
            assert_eq!(end > start * 1.5, rising, "{cue:?}: {start} → {end}");
            assert_eq!(start > end * 1.5, !rising, "{cue:?}: {start} → {end}");
        }
    }

    #[test]
    fn every_cue_has_its_own_sound() {
        for (i, a) in CUES.iter().enumerate() {
            for b in &CUES[i + 1..] {
                assert_ne!(built_in(*a), built_in(*b), "{a:?} and {b:?}");
            }
        }
    }
}
