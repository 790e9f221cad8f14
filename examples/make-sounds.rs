//! Makes the cue sounds in `sounds/` from their description in `src/sounds/synth.rs`.
//! Run from the repository: `cargo run --example make-sounds`.

use std::fs;
use std::path::Path;

use ryg::sounds::{CUES, file_name, synth};

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
