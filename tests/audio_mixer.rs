//! The cues of a whole session rendered through rodio's own mixer, with no sound device: sound
//! where the session has a cue, silence in between.
#![cfg(feature = "audio")]

use std::num::NonZero;
use std::time::{Duration, Instant};

use rodio::Source;
use ryg::shell::audio::{own_sound, sounds};
use ryg_core::program::load_str;
use ryg_core::session::{Cue, Session};

const RATE: u32 = 11_025;

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
    let (mut session, mut cues) = Session::start(&program, 1, t0).expect("level 1");
    while let Some(deadline) = session.next_deadline() {
        cues.extend(session.advance(deadline));
    }
    let (mixer, mut output) =
        rodio::mixer::mixer(NonZero::new(1).unwrap(), NonZero::new(RATE).unwrap());
    let at_sample = |at: Instant| ((at - t0).as_secs_f64() * f64::from(RATE)).round() as usize;
    let total = at_sample(session.ended_at().unwrap()) + RATE as usize;
    let mut rendered = Vec::with_capacity(total);
    let mut pending = cues.iter().peekable();
    while rendered.len() < total {
        // Each cue joins the mixer at its own moment, as the player adds it then.
        while let Some(cue) = pending.next_if(|cue| at_sample(cue.at) <= rendered.len()) {
            let sound = own_sound::decode(sounds::built_in(cue.cue).to_vec()).unwrap();
            mixer.add(sound.amplify(0.8));
        }
        rendered.push(output.next().unwrap_or(0.0));
    }
    // Every cue is heard in the 40 ms after its moment.
    for cue in &cues {
        let start = at_sample(cue.at);
        let level = loud(&rendered[start..start + (RATE as usize / 25)]);
        assert!(
            level > 0.05,
            "{:?} at {:?} is not heard: {level}",
            cue.cue,
            cue.at - t0
        );
    }
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
