//! How each cue sounds: short tones synthesised from a few numbers, so the sounds are the
//! project's own and can be made again byte for byte (`cargo run --example make-sounds`).

use ryg_core::program::PhaseKind;
use ryg_core::session::Cue;

/// Samples per second of every cue sound: plenty for tones below 2 kHz, and small files.
pub const SAMPLE_RATE: u32 = 11_025;

/// One tone: its pitch at the start and at the end (a glide when they differ), its length, and
/// how loud it is (0 to 1).
struct Tone {
    from_hz: f64,
    to_hz: f64,
    secs: f64,
    loudness: f64,
}

const fn tone(from_hz: f64, to_hz: f64, secs: f64, loudness: f64) -> Tone {
    Tone {
        from_hz,
        to_hz,
        secs,
        loudness,
    }
}

/// The notes of each cue. Move rises an octave and return falls one, so the two can be told
/// apart with eyes closed; hold stays on one note between them.
fn tones(cue: Cue) -> Vec<Tone> {
    match cue {
        Cue::Pip => vec![tone(988.0, 988.0, 0.07, 0.5)],
        Cue::Go => vec![
            tone(784.0, 784.0, 0.08, 0.55),
            tone(1175.0, 1175.0, 0.16, 0.6),
        ],
        Cue::Phase(PhaseKind::Move) => vec![tone(392.0, 784.0, 0.32, 0.6)],
        Cue::Phase(PhaseKind::Hold) => vec![tone(587.0, 587.0, 0.32, 0.45)],
        Cue::Phase(PhaseKind::Return) => vec![tone(784.0, 392.0, 0.32, 0.6)],
        Cue::RepDone => vec![tone(1568.0, 1568.0, 0.05, 0.3)],
        Cue::SetDone => vec![
            tone(659.0, 659.0, 0.11, 0.5),
            tone(0.0, 0.0, 0.03, 0.0),
            tone(880.0, 880.0, 0.2, 0.55),
        ],
        Cue::RestOver => vec![
            tone(523.0, 523.0, 0.09, 0.5),
            tone(659.0, 659.0, 0.09, 0.5),
            tone(784.0, 784.0, 0.14, 0.55),
        ],
        Cue::SessionDone => vec![
            tone(523.0, 523.0, 0.13, 0.5),
            tone(659.0, 659.0, 0.13, 0.5),
            tone(784.0, 784.0, 0.13, 0.5),
            tone(1047.0, 1047.0, 0.45, 0.55),
        ],
    }
}

/// The cue as 16-bit samples at [`SAMPLE_RATE`].
pub fn samples(cue: Cue) -> Vec<i16> {
    let mut out = Vec::new();
    for tone in tones(cue) {
        let count = (tone.secs * f64::from(SAMPLE_RATE)).round() as usize;
        let mut phase = 0.0_f64;
        for n in 0..count {
            let t = n as f64 / count as f64;
            let hz = tone.from_hz + (tone.to_hz - tone.from_hz) * t;
            phase += std::f64::consts::TAU * hz / f64::from(SAMPLE_RATE);
            // A soft start and end, so no tone clicks; a little of the octave above for warmth.
            let attack = (n as f64 / (0.008 * f64::from(SAMPLE_RATE))).min(1.0);
            let release = (1.0 - t).powf(1.5);
            let wave = phase.sin() + 0.25 * (2.0 * phase).sin();
            let value = tone.loudness * attack * release * wave / 1.25;
            out.push((value * f64::from(i16::MAX)).round() as i16);
        }
    }
    out
}

/// `samples` as a WAV file: 16-bit PCM, mono.
pub fn wav(samples: &[i16]) -> Vec<u8> {
    let data_len = (samples.len() * 2) as u32;
    let mut bytes = Vec::with_capacity(44 + samples.len() * 2);
    bytes.extend_from_slice(b"RIFF");
    bytes.extend_from_slice(&(36 + data_len).to_le_bytes());
    bytes.extend_from_slice(b"WAVEfmt ");
    bytes.extend_from_slice(&16u32.to_le_bytes());
    bytes.extend_from_slice(&1u16.to_le_bytes()); // PCM
    bytes.extend_from_slice(&1u16.to_le_bytes()); // mono
    bytes.extend_from_slice(&SAMPLE_RATE.to_le_bytes());
    bytes.extend_from_slice(&(SAMPLE_RATE * 2).to_le_bytes());
    bytes.extend_from_slice(&2u16.to_le_bytes());
    bytes.extend_from_slice(&16u16.to_le_bytes());
    bytes.extend_from_slice(b"data");
    bytes.extend_from_slice(&data_len.to_le_bytes());
    for sample in samples {
        bytes.extend_from_slice(&sample.to_le_bytes());
    }
    bytes
}
