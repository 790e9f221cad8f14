//! The bytes a terminal sends, turned into keys, so that no unfinished escape sequence can hold the keyboard.
//!
//! crossterm's own reader (0.29, `src/event/sys/unix/parse.rs`, `parse_csi`) waits for more bytes
//! after `ESC [ ?` until the last byte is `u` or `c`, and `parse_csi_sgr_mouse` waits after
//! `ESC [ <` until it is `m` or `M`; every byte in between, Ctrl-C and Esc included, is added to
//! the sequence and lost. Here a sequence ends as ECMA-48 says (its final byte, 0x40–0x7E); a
//! control byte, Esc or a byte beyond ASCII ends it unfinished and is then taken as itself; and a
//! sequence still unfinished after [`ESCAPE_WAIT`] is given up.
//!
//! A bracketed paste (`ESC [ 200 ~` text `ESC [ 201 ~`, sent once the terminal is asked for it)
//! is one [`Input::Paste`], never keys: whatever its bytes (Enter, Esc, Ctrl-C), they are text up
//! to the end mark. Its rules follow the keys': a paste still unfinished after [`ESCAPE_WAIT`] of
//! silence ends there, with the text that came; and the text is kept up to [`PASTE_LONGEST`]
//! bytes, the rest up to the end mark being dropped (never read as keys).

use std::time::Duration;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// How long a started escape sequence may wait for its next byte. A terminal sends a whole
/// sequence at once, so this only decides how soon a lone Esc is the Esc key.
pub const ESCAPE_WAIT: Duration = Duration::from_millis(50);

/// No key's sequence is longer; a longer one is no key and is dropped up to its last byte.
const LONGEST: usize = 32;

/// The most of one paste that is kept, in bytes: 64 KiB, far more than any field of ryg takes (a
/// goal is a line), and little enough to hold at once. A paste's text beyond it is dropped.
pub const PASTE_LONGEST: usize = 64 * 1024;

const ESC: u8 = 0x1B;

/// The control sequence a paste begins with, after `ESC [`.
const PASTE_BEGIN: &[u8] = b"200~";
/// The bytes a paste ends with.
const PASTE_END: &[u8] = b"\x1b[201~";

/// What the terminal sent: a key, or text pasted as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Key(KeyEvent),
    /// The pasted text as it came, line breaks and all; broken UTF-8 is dropped.
    Paste(String),
}

/// Keys from bytes, one read at a time; what is unfinished is kept for the next read.
#[derive(Debug, Default)]
pub struct Decoder {
    /// An escape sequence or a character begun but not finished.
    pending: Vec<u8>,
    /// A paste begun: its bytes so far, the first [`PASTE_LONGEST`] and the last few, where its
    /// end mark is looked for.
    paste: Option<Vec<u8>>,
}

impl Decoder {
    /// The keys and pastes that `bytes` finish, in order.
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<Input> {
        let mut keys = Vec::new();
        for &byte in bytes {
            self.push(byte, &mut keys);
        }
        keys
    }

    /// Whether something begun waits for more bytes (and for [`Decoder::give_up`] if none come).
    pub fn is_waiting(&self) -> bool {
        !self.pending.is_empty() || self.paste.is_some()
    }

    /// No more bytes came in time: a lone Esc is the Esc key, a paste ends with what came of it
    /// (without a part of its end mark), anything else begun is dropped.
    pub fn give_up(&mut self) -> Option<Input> {
        if let Some(mut paste) = self.paste.take() {
            if let Some(part) = (1..PASTE_END.len())
                .rev()
                .find(|&n| paste.ends_with(&PASTE_END[..n]))
            {
                paste.truncate(paste.len() - part);
            }
            return Some(Input::Paste(text(&paste)));
        }
        let lone_escape = self.pending == [ESC];
        self.pending.clear();
        lone_escape.then(|| Input::Key(KeyEvent::from(KeyCode::Esc)))
    }

    fn push(&mut self, byte: u8, keys: &mut Vec<Input>) {
        if let Some(paste) = &mut self.paste {
            paste.push(byte);
            if paste.len() > PASTE_LONGEST + PASTE_END.len() {
                // Beyond the limit only the last bytes are kept, for the end mark to be found.
                paste.remove(PASTE_LONGEST);
            }
            if paste.ends_with(PASTE_END) {
                paste.truncate(paste.len() - PASTE_END.len());
                keys.push(Input::Paste(text(paste)));
                self.paste = None;
            }
            return;
        }
        match self.pending.first() {
            None => self.begin(byte, keys),
            Some(&ESC) => self.escape(byte, keys),
            Some(_) => self.character(byte, keys),
        }
    }

    /// A byte with nothing pending.
    fn begin(&mut self, byte: u8, keys: &mut Vec<Input>) {
        match byte {
            // An escape sequence or a character of several bytes starts.
            ESC | 0xC2..=0xF4 => self.pending.push(byte),
            // A byte that cannot start a character.
            0x80..=0xFF => {}
            _ => keys.push(Input::Key(single(byte))),
        }
    }

    /// A byte after Esc.
    fn escape(&mut self, byte: u8, keys: &mut Vec<Input>) {
        let lone = self.pending.len() == 1;
        if !(0x20..=0x7E).contains(&byte) {
            // Not part of any sequence: what was begun ends here, and the byte counts on its own,
            // so that Ctrl-C, Enter and Esc always arrive.
            if let Some(key) = self.give_up() {
                keys.push(key);
            }
            return self.begin(byte, keys);
        }
        if lone {
            match byte {
                b'[' | b'O' => self.pending.push(byte),
                // Esc then a key is that key with Alt, as terminals send it.
                _ => {
                    self.pending.clear();
                    let mut key = single(byte);
                    key.modifiers |= KeyModifiers::ALT;
                    keys.push(Input::Key(key));
                }
            }
            return;
        }
        self.pending.push(byte);
        let body = &self.pending[2..];
        let key = match self.pending[1] {
            b'O' => Some(ss3(byte)),
            // Parameter and intermediate bytes (0x20–0x3F) go on; any other byte is the last.
            _ if byte < 0x40 => {
                if self.pending.len() > LONGEST {
                    // Kept short as a private sequence, which is no key: the rest of it up to its
                    // last byte is dropped with it rather than read as typed digits.
                    self.pending.truncate(2);
                    self.pending.push(b'?');
                }
                return;
            }
            _ if body == PASTE_BEGIN => {
                self.pending.clear();
                self.paste = Some(Vec::new());
                return;
            }
            _ => Some(csi(body)),
        };
        self.pending.clear();
        if let Some(Some(key)) = key {
            keys.push(Input::Key(key));
        }
    }

    /// A byte after the first of a character of several bytes.
    fn character(&mut self, byte: u8, keys: &mut Vec<Input>) {
        if !(0x80..=0xBF).contains(&byte) {
            // Broken UTF-8: what was begun is dropped, and the byte starts afresh.
            self.pending.clear();
            return self.begin(byte, keys);
        }
        self.pending.push(byte);
        let length = match self.pending[0] {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        if self.pending.len() == length {
            if let Some(c) = std::str::from_utf8(&self.pending)
                .ok()
                .and_then(|s| s.chars().next())
            {
                keys.push(Input::Key(character(c)));
            }
            self.pending.clear();
        }
    }
}

/// A paste's bytes as text: its first [`PASTE_LONGEST`] bytes, less what is not UTF-8 (a
/// character cut at the limit among it), as typed characters would be.
fn text(bytes: &[u8]) -> String {
    let kept = &bytes[..bytes.len().min(PASTE_LONGEST)];
    kept.utf8_chunks().map(|chunk| chunk.valid()).collect()
}

/// The key of one byte that is not Esc.
fn single(byte: u8) -> KeyEvent {
    let ctrl = |c: char| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
    match byte {
        b'\r' | b'\n' => KeyCode::Enter.into(),
        b'\t' => KeyCode::Tab.into(),
        0x7F | 0x08 => KeyCode::Backspace.into(),
        0x00 => ctrl(' '),
        0x01..=0x1A => ctrl((b'a' + byte - 1) as char),
        0x1C..=0x1F => ctrl((b'4' + byte - 0x1C) as char),
        _ => character(byte as char),
    }
}

/// A typed character; a capital letter carries Shift, as crossterm reports it.
fn character(c: char) -> KeyEvent {
    let modifiers = if c.is_uppercase() {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    KeyEvent::new(KeyCode::Char(c), modifiers)
}

/// `ESC O x`: arrows, Home, End and F1–F4 in the terminal's application mode.
fn ss3(last: u8) -> Option<KeyEvent> {
    lettered(last).map(KeyEvent::from)
}

/// The keys a single letter ends the sequence of, after `ESC O` or `ESC [`.
fn lettered(last: u8) -> Option<KeyCode> {
    Some(match last {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'P'..=b'S' => KeyCode::F(1 + last - b'P'),
        _ => return None,
    })
}

/// `ESC [ parameters last`: the keys among control sequences; the rest (reports that were never
/// asked for, mouse sequences, private ones) are no key.
fn csi(body: &[u8]) -> Option<KeyEvent> {
    let (&last, parameters) = body.split_last()?;
    if parameters.first().is_some_and(|b| b"<=>?".contains(b)) {
        return None;
    }
    let numbers: Vec<u16> = std::str::from_utf8(parameters)
        .ok()?
        .split(';')
        .map(|n| n.split(':').next().unwrap_or("").parse().unwrap_or(1))
        .collect();
    let code = match last {
        b'Z' => KeyCode::BackTab,
        b'~' => match numbers.first()? {
            1 | 7 => KeyCode::Home,
            2 => KeyCode::Insert,
            3 => KeyCode::Delete,
            4 | 8 => KeyCode::End,
            5 => KeyCode::PageUp,
            6 => KeyCode::PageDown,
            n @ 11..=15 => KeyCode::F((n - 10) as u8),
            n @ 17..=21 => KeyCode::F((n - 11) as u8),
            n @ 23..=24 => KeyCode::F((n - 12) as u8),
            _ => return None,
        },
        _ => lettered(last)?,
    };
    // The second number, less one, holds Shift (1), Alt (2) and Ctrl (4).
    let bits = numbers.get(1).map_or(0, |m| m.saturating_sub(1));
    let mut modifiers = KeyModifiers::NONE;
    for (bit, modifier) in [
        (1, KeyModifiers::SHIFT),
        (2, KeyModifiers::ALT),
        (4, KeyModifiers::CONTROL),
    ] {
        if bits & bit != 0 {
            modifiers |= modifier;
        }
    }
    if code == KeyCode::BackTab {
        modifiers |= KeyModifiers::SHIFT;
    }
    Some(KeyEvent::new(code, modifiers))
}

#[cfg(test)]
mod tests;
