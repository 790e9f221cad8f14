use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Decoder, LONGEST};

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::from(code)
}

fn ch(c: char) -> KeyEvent {
    key(KeyCode::Char(c))
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

fn keys(bytes: &[u8]) -> Vec<KeyEvent> {
    Decoder::default().feed(bytes)
}

#[test]
fn plain_keys_are_themselves() {
    assert_eq!(keys(b"q?1 "), [ch('q'), ch('?'), ch('1'), ch(' ')]);
    assert_eq!(
        keys(b"G\r\x03\x1a\x7f"),
        [
            KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT),
            key(KeyCode::Enter),
            ctrl('c'),
            ctrl('z'),
            key(KeyCode::Backspace),
        ]
    );
    assert_eq!(keys("æø".as_bytes()), [ch('æ'), ch('ø')]);
}

#[test]
fn the_sequences_of_the_keys_ryg_uses_are_read() {
    let cases: [(&[u8], KeyCode); 10] = [
        (b"\x1b[A", KeyCode::Up),
        (b"\x1b[B", KeyCode::Down),
        (b"\x1b[C", KeyCode::Right),
        (b"\x1b[D", KeyCode::Left),
        (b"\x1bOA", KeyCode::Up),
        (b"\x1b[5~", KeyCode::PageUp),
        (b"\x1b[6~", KeyCode::PageDown),
        (b"\x1b[1~", KeyCode::Home),
        (b"\x1b[F", KeyCode::End),
        (b"\x1b[15~", KeyCode::F(5)),
    ];
    for (bytes, code) in cases {
        assert_eq!(keys(bytes), [key(code)], "{bytes:?}");
    }
    assert_eq!(
        keys(b"\x1b[1;5A"),
        [KeyEvent::new(KeyCode::Up, KeyModifiers::CONTROL)]
    );
}

#[test]
fn a_lone_escape_waits_then_is_the_escape_key() {
    let mut decoder = Decoder::default();
    assert_eq!(decoder.feed(b"\x1b"), []);
    assert!(decoder.is_waiting());
    assert_eq!(decoder.give_up(), Some(key(KeyCode::Esc)));
    assert!(!decoder.is_waiting());
    // Split over two reads, a sequence is still one key.
    assert_eq!(decoder.feed(b"\x1b["), []);
    assert_eq!(decoder.feed(b"A"), [key(KeyCode::Up)]);
    assert_eq!(keys(b"\x1b\x1b"), [key(KeyCode::Esc)]);
    assert_eq!(
        keys(b"\x1bq"),
        [KeyEvent::new(KeyCode::Char('q'), KeyModifiers::ALT)]
    );
}

#[test]
fn ctrl_c_and_escape_end_an_unfinished_sequence() {
    // Alt+[ then ? (or <) begins what crossterm takes for a report or a mouse event.
    for start in [&b"\x1b[?"[..], b"\x1b[<", b"\x1b[<0;12", b"\x1b[1;"] {
        let mut decoder = Decoder::default();
        assert_eq!(decoder.feed(start), [], "{start:?}");
        assert_eq!(decoder.feed(b"\x03"), [ctrl('c')], "{start:?}");
        assert_eq!(decoder.feed(start), []);
        assert_eq!(decoder.feed(b"\r"), [key(KeyCode::Enter)], "{start:?}");
        assert_eq!(decoder.feed(start), []);
        assert_eq!(decoder.feed(b"\x1b"), [], "{start:?}");
        assert_eq!(decoder.give_up(), Some(key(KeyCode::Esc)), "{start:?}");
    }
}

#[test]
fn a_finished_sequence_that_is_no_key_is_dropped_and_the_next_key_counts() {
    // `q` is a final byte: `ESC [ ? q` is a whole sequence, and the next `q` is `q`.
    assert_eq!(keys(b"\x1b[?qq"), [ch('q')]);
    assert_eq!(keys(b"\x1b[<0;1;1Mq"), [ch('q')]);
    assert_eq!(keys(b"\x1b[?1uq"), [ch('q')]);
}

#[test]
fn an_unfinished_sequence_is_given_up_without_a_key() {
    let mut decoder = Decoder::default();
    assert_eq!(decoder.feed(b"\x1b[?"), []);
    assert!(decoder.is_waiting());
    assert_eq!(decoder.give_up(), None);
    assert_eq!(decoder.feed(b"q"), [ch('q')]);
}

#[test]
fn an_endless_sequence_is_dropped() {
    let mut decoder = Decoder::default();
    let endless = [b'1'; 10 * LONGEST];
    assert_eq!(decoder.feed(b"\x1b["), []);
    assert_eq!(decoder.feed(&endless), []);
    assert_eq!(decoder.feed(b"~"), []);
    assert_eq!(decoder.feed(b"q"), [ch('q')]);
}

#[test]
fn broken_utf8_is_dropped_and_the_next_key_counts() {
    assert_eq!(keys(b"\xc3q"), [ch('q')]);
    assert_eq!(keys(b"\x80\xffq"), [ch('q')]);
    assert_eq!(keys(b"\xe2\x82"), []);
}
