//! Makes the cue sounds in `sounds/` from their description in `src/shell/audio/synth.rs`.
//! Run from the repository: `cargo run --example make-sounds`.

use std::fs;
use std::path::Path;

use ryg::shell::audio::sounds::{CUES, file_name};

/// The synthesiser is not part of the library the binary links: the binary only embeds what it
/// made.
#[path = "../src/shell/audio/synth.rs"]
mod synth;

fn main() -> std::io::Result<()> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("sounds");
    fs::create_dir_all(&folder)?;
    for cue in CUES {
        let bytes = synth::wav(&synth::samples(cue));
        let path = folder.join(file_name(cue));
        fs::write(&path, &bytes)?;
        println!("{} ({} bytes)", path.display(), bytes.len());
    }
    Ok(())
}
