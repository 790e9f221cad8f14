use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Decoder, Input, LONGEST, PASTE_LONGEST};

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::from(code)
}

fn ch(c: char) -> KeyEvent {
    key(KeyCode::Char(c))
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// The keys among `inputs`, which hold no paste.
fn only_keys(inputs: Vec<Input>) -> Vec<KeyEvent> {
    let key = |input| match input {
        Input::Key(key) => key,
        Input::Paste(text) => panic!("a paste of {text:?} among keys"),
    };
    inputs.into_iter().map(key).collect()
}

fn keys(bytes: &[u8]) -> Vec<KeyEvent> {
    only_keys(Decoder::default().feed(bytes))
}

/// Gives up on what is begun, expecting a key or nothing.
fn give_up(decoder: &mut Decoder) -> Option<KeyEvent> {
    decoder.give_up().map(|input| only_keys(vec![input])[0])
}

fn paste(text: &str) -> Input {
    Input::Paste(text.to_string())
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
    assert_eq!(only_keys(decoder.feed(b"\x1b")), []);
    assert!(decoder.is_waiting());
    assert_eq!(give_up(&mut decoder), Some(key(KeyCode::Esc)));
    assert!(!decoder.is_waiting());
    // Split over two reads, a sequence is still one key.
    assert_eq!(only_keys(decoder.feed(b"\x1b[")), []);
    assert_eq!(only_keys(decoder.feed(b"A")), [key(KeyCode::Up)]);
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
        assert_eq!(only_keys(decoder.feed(start)), [], "{start:?}");
        assert_eq!(only_keys(decoder.feed(b"\x03")), [ctrl('c')], "{start:?}");
        assert_eq!(only_keys(decoder.feed(start)), []);
        assert_eq!(
            only_keys(decoder.feed(b"\r")),
            [key(KeyCode::Enter)],
            "{start:?}"
        );
        assert_eq!(only_keys(decoder.feed(start)), []);
        assert_eq!(only_keys(decoder.feed(b"\x1b")), [], "{start:?}");
        assert_eq!(give_up(&mut decoder), Some(key(KeyCode::Esc)), "{start:?}");
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
    assert_eq!(only_keys(decoder.feed(b"\x1b[?")), []);
    assert!(decoder.is_waiting());
    assert_eq!(give_up(&mut decoder), None);
    assert_eq!(only_keys(decoder.feed(b"q")), [ch('q')]);
}

#[test]
fn an_endless_sequence_is_dropped() {
    let mut decoder = Decoder::default();
    let endless = [b'1'; 10 * LONGEST];
    assert_eq!(only_keys(decoder.feed(b"\x1b[")), []);
    assert_eq!(only_keys(decoder.feed(&endless)), []);
    assert_eq!(only_keys(decoder.feed(b"~")), []);
    assert_eq!(only_keys(decoder.feed(b"q")), [ch('q')]);
}

#[test]
fn broken_utf8_is_dropped_and_the_next_key_counts() {
    assert_eq!(keys(b"\xc3q"), [ch('q')]);
    assert_eq!(keys(b"\x80\xffq"), [ch('q')]);
    assert_eq!(keys(b"\xe2\x82"), []);
}

#[test]
fn a_bracketed_paste_is_one_paste_whatever_its_bytes() {
    // Enter, Tab, Ctrl-C, a lone Esc and a whole key's sequence: text, not keys.
    assert_eq!(
        Decoder::default().feed(b"q\x1b[200~a\rb\tc\x03\x1b\x1b[A\x1b[201~q"),
        [
            Input::Key(ch('q')),
            paste("a\rb\tc\x03\x1b\x1b[A"),
            Input::Key(ch('q'))
        ]
    );
    assert_eq!(Decoder::default().feed(b"\x1b[200~\x1b[201~"), [paste("")]);
    assert_eq!(
        Decoder::default().feed("\x1b[200~Gå på trappen\x1b[201~".as_bytes()),
        [paste("Gå på trappen")]
    );
}

#[test]
fn a_paste_split_across_reads_is_still_one_paste() {
    let whole = "\x1b[200~løft\nbarnebarnet\x1b[201~".as_bytes();
    // Split at every byte: in the begin mark, inside a character, in the end mark.
    for at in 1..whole.len() {
        let mut decoder = Decoder::default();
        let mut inputs = decoder.feed(&whole[..at]);
        assert!(inputs.is_empty() && decoder.is_waiting(), "split at {at}");
        inputs.extend(decoder.feed(&whole[at..]));
        assert_eq!(inputs, [paste("løft\nbarnebarnet")], "split at {at}");
        assert!(!decoder.is_waiting(), "split at {at}");
    }
}

#[test]
fn a_paste_with_no_end_ends_with_what_came_and_the_keys_after_count() {
    let mut decoder = Decoder::default();
    assert_eq!(decoder.feed(b"\x1b[200~half a line\x1b[20"), []);
    assert!(decoder.is_waiting());
    // The part of an end mark is no text.
    assert_eq!(decoder.give_up(), Some(paste("half a line")));
    assert!(!decoder.is_waiting());
    assert_eq!(only_keys(decoder.feed(b"q\x03")), [ch('q'), ctrl('c')]);
}

#[test]
fn a_paste_beyond_the_limit_keeps_its_start_and_drops_the_rest_up_to_its_end() {
    let mut decoder = Decoder::default();
    assert_eq!(decoder.feed(b"\x1b[200~"), []);
    // A two-byte character cut by the limit is dropped whole.
    let mut long = "a".repeat(PASTE_LONGEST - 1);
    long.push('ø');
    long.push_str(&"\r".repeat(3 * PASTE_LONGEST));
    for chunk in long.as_bytes().chunks(1000) {
        assert_eq!(decoder.feed(chunk), []);
    }
    let pasted = decoder.feed(b"\x1b[201~q");
    assert_eq!(
        pasted,
        [paste(&"a".repeat(PASTE_LONGEST - 1)), Input::Key(ch('q'))]
    );
    // Just past the limit, the end mark is found all the same.
    let mut decoder = Decoder::default();
    let mut bytes = b"\x1b[200~".to_vec();
    bytes.extend(b"b".repeat(PASTE_LONGEST + 3));
    bytes.extend(b"\x1b[201~");
    assert_eq!(decoder.feed(&bytes), [paste(&"b".repeat(PASTE_LONGEST))]);
}

#[test]
fn an_end_mark_without_a_paste_is_no_key() {
    assert_eq!(keys(b"\x1b[201~q"), [ch('q')]);
}
