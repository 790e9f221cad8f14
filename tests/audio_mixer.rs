//! The cues of a whole session rendered through ryg's mixer, with no sound device, each handed
//! over ahead of its moment as the app does and the buffers asked for as a device would: sound
//! from the frame of each cue's moment, silence before it and in between.
#![cfg(feature = "audio")]

use std::num::NonZero;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rodio::Source;
use rodio::source::UniformSourceIterator;
use ryg::shell::audio::mix::{Handle, Kind, Mix, Voice};
use ryg::shell::audio::{own_sound, sounds};
use ryg_core::program::load_str;
use ryg_core::session::{Cue, Session};

const RATE: u32 = 11_025;
/// Frames the device asks for at a time.
const BUFFER: usize = 1_024;
/// How long before its moment the app hands a cue over.
const AHEAD: Duration = Duration::from_millis(500);

/// Get ready 3 s, then two reps of 2 s (move 1 s, return 1 s), a 2 s rest, and two more.
const PROGRAM: &str = r#"Program(id: "beeps", title: "Beeps", prepare_secs: 3, exercises: [
    Exercise(id: "a", name: "A", purpose: "p", steps: [], levels: [
        Level(sets: 2, reps: 2, rest_secs: 2, tempo: [Phase(kind: Move, secs: 1), Phase(kind: Return, secs: 1)]),
    ]),
])"#;

fn loud(window: &[f32]) -> f32 {
    (window.iter().map(|s| s * s).sum::<f32>() / window.len().max(1) as f32).sqrt()
}

#[test]
fn cues_sound_at_their_moments_and_the_mixer_is_silent_between() {
    let program = load_str(PROGRAM, "beeps.ron")
        .program
        .expect("the program loads");
    let t0 = Instant::now();
    let mut session = Session::start(&program, 1, t0).expect("level 1");
    let mut cues = session.advance(t0);
    while let Some(deadline) = session.next_deadline() {
        cues.extend(session.advance(deadline));
    }
    let mut mix = Mix::new(1, RATE);
    let at_sample = |at: Instant| ((at - t0).as_secs_f64() * f64::from(RATE)).round() as usize;
    let total = at_sample(session.ended_at().unwrap()) + RATE as usize;
    let mut rendered = Vec::with_capacity(total);
    let mut pending = cues.iter().peekable();
    while rendered.len() < total {
        let now = t0 + Duration::from_secs_f64(rendered.len() as f64 / f64::from(RATE));
        while let Some(cue) = pending.next_if(|cue| cue.at <= now + AHEAD) {
            let sound = own_sound::decode(sounds::built_in(cue.cue).to_vec()).unwrap();
            let one = NonZero::new(1).unwrap();
            let fitted = UniformSourceIterator::new(sound, one, NonZero::new(RATE).unwrap());
            mix.add(Voice {
                samples: fitted.collect::<Arc<[f32]>>(),
                moment: cue.at,
                gain: 0.8,
                kind: Kind::Tone,
                handle: Handle::default(),
            });
        }
        let frames = BUFFER.min(total - rendered.len());
        match mix.render(frames, now, Duration::ZERO) {
            Some(samples) => rendered.extend_from_slice(samples),
            None => rendered.resize(rendered.len() + frames, 0.0),
        }
    }
    // Every cue is heard from the frame of its moment: in its first 10 ms, and not in the 10 ms
    // before (where no cue before it still sounds).
    let ten_ms = RATE as usize / 100;
    for cue in &cues {
        let start = at_sample(cue.at);
        let level = loud(&rendered[start..start + ten_ms]);
        assert!(
            level > 0.05,
            "{:?} at {:?} is not heard: {level}",
            cue.cue,
            cue.at - t0
        );
    }
    let mut checked_before = 0;
    for pair in cues.windows(2) {
        let (before, cue) = (at_sample(pair[0].at), at_sample(pair[1].at));
        if cue >= before + RATE as usize / 2 {
            let level = loud(&rendered[cue - ten_ms..cue]);
            assert!(level < 0.001, "sound before {:?}: {level}", pair[1].cue);
            checked_before += 1;
        }
    }
    assert!(checked_before >= 5, "cues with quiet before them to check");
    // Half a second after the last cue of a stretch, until the next cue, it is quiet.
    let moments: Vec<usize> = cues.iter().map(|c| at_sample(c.at)).collect();
    let longest = sounds::CUES
        .iter()
        .map(|c| {
            own_sound::decode(sounds::built_in(*c).to_vec())
                .unwrap()
                .total_duration()
                .unwrap()
        })
        .max()
        .unwrap();
    let quiet_after = (longest.as_secs_f64() * f64::from(RATE)) as usize + 1;
    let mut quiet_stretches = 0;
    for pair in moments.windows(2) {
        let (from, to) = (pair[0] + quiet_after, pair[1]);
        if to > from + RATE as usize / 10 {
            let level = loud(&rendered[from..to]);
            assert!(level < 0.001, "not quiet between {from} and {to}: {level}");
            quiet_stretches += 1;
        }
    }
    assert!(
        quiet_stretches >= 3,
        "the program has quiet stretches to check"
    );
    assert!(cues.iter().any(|c| c.cue == Cue::SessionDone));
    // 3 s to get ready, two sets of 4 s with a 2 s rest between, and a second of tail.
    assert_eq!(
        Duration::from_secs_f64(rendered.len() as f64 / f64::from(RATE)),
        Duration::from_secs(14)
    );
}
