//! Whether the app can be heard, as the model and the header know it; the shell finds out.

/// Whether the app can be heard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sound {
    /// Heard, as far as is known: the device is looked for only when a session first wants
    /// sound, so until then this is what the app starts with, and the header shows the volume.
    On,
    /// No output device could be opened; the reason is in the log.
    NoDevice,
    /// The device stopped working while it was open (the sound server ended, say); a new one is
    /// tried when the next session starts.
    Lost,
    /// This build of ryg has no sound (built without the `audio` feature).
    NotBuilt,
}
