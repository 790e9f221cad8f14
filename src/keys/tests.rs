//! Key handling, checked against help and the README.

use super::*;
use Action::*;
use Keymap::*;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ch(c: char) -> KeyEvent {
    key(KeyCode::Char(c))
}

#[test]
fn each_screen_has_its_keys() {
    let cases = [
        (SafetyQuestion, ch('y'), Some(Yes)),
        (SafetyQuestion, ch('j'), None),
        (SafetyQuestion, ch('n'), Some(No)),
        (SafetyQuestion, ch('x'), None),
        (SafetyStop, ch('c'), Some(CheckAgain)),
        (SafetyStop, ch('y'), None),
        (Home, key(KeyCode::Up), Some(Up)),
        (Home, ch('j'), Some(Down)),
        (Home, key(KeyCode::Right), Some(Right)),
        (Home, ch('3'), Some(Digit(3))),
        (Home, ch('0'), None),
        (Home, key(KeyCode::Enter), Some(Confirm)),
        (Home, ch('q'), Some(Quit)),
        (Home, ch('s'), None),
        (Home, ch('h'), Some(OpenHistory)),
        (History, key(KeyCode::Down), Some(Down)),
        (History, key(KeyCode::PageDown), Some(PageDown)),
        (History, key(KeyCode::End), Some(Oldest)),
        (History, key(KeyCode::Left), Some(Left)),
        (History, ch('w'), Some(SwitchPeriod)),
        (History, ch('a'), Some(AnswerMorning)),
        (History, key(KeyCode::Enter), Some(Confirm)),
        (History, ch('q'), Some(Back)),
        (History, ch('h'), Some(Back)),
        (HistoryDetail, key(KeyCode::Left), None),
        (HistoryEmpty, key(KeyCode::Down), None),
        (HistoryEmpty, key(KeyCode::Esc), Some(Back)),
        (HistoryDetail, key(KeyCode::Esc), Some(Back)),
        (HistoryDetail, key(KeyCode::Up), Some(Up)),
        (MorningAnswer, ch('4'), Some(Digit(4))),
        (MorningAnswer, ch('5'), None),
        (MorningAnswer, key(KeyCode::Esc), Some(Back)),
        (PainBefore, ch('0'), Some(Digit(0))),
        (PainAfter, key(KeyCode::Left), Some(Left)),
        (PainBefore, key(KeyCode::Enter), Some(Confirm)),
        (Training, ch(' '), Some(Pause)),
        (Training, ch('s'), Some(Skip)),
        (Training, ch('n'), Some(NextExercise)),
        (Training, ch('m'), Some(Mute)),
        (Training, ch('+'), Some(Louder)),
        (Home, ch('='), Some(Louder)),
        (PainAfter, ch('-'), Some(Quieter)),
        (Training, ch('?'), Some(Help)),
        (Training, ch('q'), Some(Quit)),
        (Training, ch('1'), None),
        (Training, key(KeyCode::Enter), None),
        (Result, key(KeyCode::Enter), Some(Confirm)),
        (HelpOverlay, ch('?'), Some(Help)),
        (HelpOverlay, ch('s'), None),
        (HelpOverlay, ch('!'), Some(Action::WarningSigns)),
        (Keymap::WarningSigns, key(KeyCode::Right), Some(Right)),
        (Keymap::WarningSigns, key(KeyCode::Esc), Some(Help)),
        (Keymap::WarningSigns, ch('!'), None),
        (SafetySeeDoctor, ch('d'), Some(ClinicianChecked)),
        (SafetySeeDoctor, ch('c'), Some(CheckAgain)),
        (SafetyStop, ch('d'), None),
        (SafetyQuestion, ch('d'), None),
        (ConfirmQuit, ch('y'), Some(Yes)),
        (ConfirmQuit, key(KeyCode::Esc), Some(No)),
        (ConfirmQuit, ch('q'), None),
        // Space is the key that goes on in a session, so here it goes on, never ends it.
        (ConfirmQuit, ch(' '), Some(No)),
        (HelpOverlay, ch(' '), Some(Help)),
        (HistoryEmpty, ch('a'), Some(AnswerMorning)),
    ];
    for (keymap, event, want) in cases {
        assert_eq!(
            action(keymap, Lang::En, event),
            want,
            "{keymap:?} {event:?}"
        );
    }
}

#[test]
fn ctrl_c_interrupts_and_ctrl_z_suspends_everywhere_and_other_chords_do_nothing() {
    let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
    for keymap in [
        SafetyQuestion,
        Home,
        PainBefore,
        PainAfter,
        Training,
        Result,
        HelpOverlay,
        ConfirmQuit,
    ] {
        assert_eq!(action(keymap, Lang::En, ctrl('c')), Some(Interrupt));
        assert_eq!(action(keymap, Lang::En, ctrl('z')), Some(Suspend));
        assert_eq!(action(keymap, Lang::En, ctrl('s')), None);
    }
}

#[test]
fn key_releases_are_ignored() {
    let mut release = ch('q');
    release.kind = KeyEventKind::Release;
    assert_eq!(action(Home, Lang::En, release), None);
}

/// Every key a user can press alone or with Ctrl: the printable characters and the named keys.
fn every_key() -> Vec<KeyEvent> {
    let named = [
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::Tab,
        KeyCode::Backspace,
        KeyCode::Delete,
        KeyCode::Insert,
        KeyCode::F(1),
    ];
    let chars = (' '..='~').map(KeyCode::Char);
    let plain = named.into_iter().chain(chars).map(key);
    let ctrl = ('a'..='z').map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
    plain.chain(ctrl).collect()
}

/// The key a word of help names.
fn named(word: &str) -> Vec<KeyEvent> {
    let code = match word {
        "↑" => KeyCode::Up,
        "↓" => KeyCode::Down,
        "←" => KeyCode::Left,
        "→" => KeyCode::Right,
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "PgUp" => KeyCode::PageUp,
        "PgDn" => KeyCode::PageDown,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        "Backspace" => KeyCode::Backspace,
        "Delete" => KeyCode::Delete,
        "Space" | "Mellemrum" | "Mellomrom" => KeyCode::Char(' '),
        _ => {
            if let Some(letter) = word.strip_prefix("Ctrl-") {
                let c = letter
                    .to_lowercase()
                    .chars()
                    .next()
                    .expect("a letter after Ctrl-");
                return vec![KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)];
            }
            if let Some((first, last)) = word.split_once('–') {
                let (first, last): (u8, u8) = (first.parse().unwrap(), last.parse().unwrap());
                return (first..=last).map(|d| ch(char::from(b'0' + d))).collect();
            }
            let mut chars = word.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => KeyCode::Char(c),
                _ => panic!("help names a key no one can press: {word:?}"),
            }
        }
    };
    vec![key(code)]
}

/// The keys the help box shows over `screen`, read back from the words it writes.
fn shown_in_help(screen: Keymap, lang: Lang) -> Vec<KeyEvent> {
    (help(screen, lang).iter())
        .flat_map(|row| {
            // A text field's row stands for every key that edits the text.
            if row.binds.contains(&Bind::Text) {
                return every_key()
                    .into_iter()
                    .filter(|event| matches!(action(screen, lang, *event), Some(Action::Edit(_))))
                    .collect();
            }
            let keys = row.keys(lang);
            keys.split(' ')
                .filter(|word| *word != "/")
                .flat_map(named)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn help_shows_every_key_that_works_and_no_key_that_does_nothing() {
    let screens = Keymap::ALL
        .into_iter()
        .filter(|keymap| !matches!(keymap, HelpOverlay | Keymap::WarningSigns | ConfirmQuit));
    for (screen, lang) in screens.flat_map(|screen| Lang::ALL.map(|lang| (screen, lang))) {
        let shown = shown_in_help(screen, lang);
        for event in every_key() {
            let Some(does) = action(screen, lang, event) else {
                continue;
            };
            // A letter typed with Caps Lock that does what its small letter does is that key.
            let small = match event.code {
                KeyCode::Char(c) if c.is_ascii_uppercase() => ch(c.to_ascii_lowercase()),
                _ => event,
            };
            let same_key = action(screen, lang, small) == Some(does) && shown.contains(&small);
            assert!(
                shown.contains(&event) || same_key,
                "on {screen:?} in {lang}, {event:?} does {does:?}, but help does not show it"
            );
        }
        for event in &shown {
            // In help, the keys of help itself are those of the box.
            let keymap = match action(HelpOverlay, lang, *event) {
                Some(Help | Action::WarningSigns) => HelpOverlay,
                _ => screen,
            };
            assert!(
                action(keymap, lang, *event).is_some(),
                "on {screen:?} in {lang}, help shows {event:?}, which does nothing there"
            );
        }
    }
}

#[test]
fn j_answers_yes_in_danish_and_norwegian_and_is_no_key_in_english() {
    for keymap in [SafetyQuestion, ConfirmQuit] {
        assert_eq!(action(keymap, Lang::En, ch('j')), None);
        assert_eq!(action(keymap, Lang::Da, ch('j')), Some(Yes));
        assert_eq!(action(keymap, Lang::Nb, ch('j')), Some(Yes));
        assert_eq!(action(keymap, Lang::En, ch('y')), Some(Yes));
    }
}

#[test]
fn a_screen_can_name_the_key_of_an_action_from_its_table() {
    assert_eq!(
        keys_for(Keymap::Home, Action::OpenLearn, Lang::Da).as_deref(),
        Some("l")
    );
    assert_eq!(
        keys_for(Keymap::LearnList, Action::OpenLearn, Lang::En),
        None
    );
}

/// j and k move as ↓ and ↑ wherever the arrows move a choice up and down a list, but never on a
/// screen that takes a yes: there j is yes in Danish and Norwegian, so in English too it stays
/// free, and the same screen has the same keys in every language. In a text field they type.
#[test]
fn j_and_k_move_in_every_list_that_asks_no_yes() {
    for keymap in Keymap::ALL {
        for lang in Lang::ALL {
            let moves = action(keymap, lang, key(KeyCode::Down)) == Some(Down)
                && action(keymap, lang, key(KeyCode::Up)) == Some(Up);
            let takes_yes = every_key()
                .into_iter()
                .any(|pressed| action(keymap, lang, pressed) == Some(Yes));
            let (j, k) = (action(keymap, lang, ch('j')), action(keymap, lang, ch('k')));
            if takes_yes {
                assert_ne!(j, Some(Down), "{keymap:?} in {lang}: j is for yes");
                assert_ne!(k, Some(Up), "{keymap:?} in {lang}");
            } else if moves && !matches!(j, Some(Edit(_))) {
                assert_eq!((j, k), (Some(Down), Some(Up)), "{keymap:?} in {lang}");
            }
        }
    }
}
