//! Which key means what on which screen: one table per screen (the keys, the action, the words
//! help gives them), from which key handling, the footer hints, the help box and the README's table
//! of keys all come. Unknown keys mean nothing, so they change nothing.

#[cfg(test)]
mod readme;
mod table;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ryg_core::words::{Lang, Tr};

pub use crate::app::{Action, Edit, Keymap};
pub use table::table;

/// A key as a table names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// This character exactly (`g` and `G` are two keys).
    Char(char),
    /// A letter in either case, for answers typed with Caps Lock on.
    Letter(char),
    Space,
    Up,
    Down,
    Left,
    Right,
    Enter,
    Esc,
    PageUp,
    PageDown,
    Home,
    End,
    Backspace,
    Delete,
    /// The letter with Ctrl held.
    Ctrl(char),
}

impl Key {
    /// The key pressed, as the tables name keys; `None` for a chord no table can hold.
    fn of(event: KeyEvent) -> Option<Key> {
        if event.modifiers.contains(KeyModifiers::CONTROL) {
            return match event.code {
                KeyCode::Char(c) => Some(Key::Ctrl(c.to_ascii_lowercase())),
                _ => None,
            };
        }
        Some(match event.code {
            KeyCode::Char(' ') => Key::Space,
            KeyCode::Char(c) => Key::Char(c),
            KeyCode::Up => Key::Up,
            KeyCode::Down => Key::Down,
            KeyCode::Left => Key::Left,
            KeyCode::Right => Key::Right,
            KeyCode::Enter => Key::Enter,
            KeyCode::Esc => Key::Esc,
            KeyCode::PageUp => Key::PageUp,
            KeyCode::PageDown => Key::PageDown,
            KeyCode::Home => Key::Home,
            KeyCode::End => Key::End,
            KeyCode::Backspace => Key::Backspace,
            KeyCode::Delete => Key::Delete,
            _ => return None,
        })
    }

    /// The key's name as help writes it.
    /// The key as help writes it in `lang`: the space bar by its name in the language, as the
    /// footer says it; the others as their keycaps read.
    pub fn name(self, lang: Lang) -> String {
        match self {
            Key::Char(c) | Key::Letter(c) => c.to_string(),
            Key::Space => ryg_core::words::KEY_SPACE.get(lang).into(),
            Key::Up => "↑".into(),
            Key::Down => "↓".into(),
            Key::Left => "←".into(),
            Key::Right => "→".into(),
            Key::Enter => "Enter".into(),
            Key::Esc => "Esc".into(),
            Key::PageUp => "PgUp".into(),
            Key::PageDown => "PgDn".into(),
            Key::Home => "Home".into(),
            Key::End => "End".into(),
            Key::Backspace => "Backspace".into(),
            Key::Delete => "Delete".into(),
            Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
        }
    }
}

/// Keys and what they do, in a row of a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bind {
    Key(Key, Action),
    /// Each digit from the first to the last stands for itself.
    Digits(u8, u8),
    /// Every character types itself, and the keys that edit a line of text edit it.
    Text,
}

impl Bind {
    fn action(self, pressed: Key) -> Option<Action> {
        match (self, pressed) {
            (Bind::Key(key, action), pressed) if key == pressed => Some(action),
            (Bind::Key(Key::Letter(letter), action), Key::Char(c)) => {
                (c.to_ascii_lowercase() == letter).then_some(action)
            }
            (Bind::Digits(first, last), Key::Char(c)) => c
                .to_digit(10)
                .map(|d| d as u8)
                .filter(|d| (first..=last).contains(d))
                .map(Action::Digit),
            (Bind::Text, pressed) => edit(pressed).map(Action::Edit),
            _ => None,
        }
    }

    fn name(self, lang: Lang) -> String {
        match self {
            Bind::Key(key, _) => key.name(lang),
            Bind::Digits(first, last) => format!("{first}–{last}"),
            Bind::Text => ryg_core::words::KEY_TYPING.get(lang).into(),
        }
    }

    /// What the bind does, digits counted as one.
    fn does(self) -> Action {
        match self {
            Bind::Key(_, action) => action,
            Bind::Digits(..) => Action::Digit(0),
            Bind::Text => Action::Edit(Edit::Insert(' ')),
        }
    }
}

/// What `pressed` does to a line of text being written, as editors of one line agree (Ctrl-W a
/// word back, Ctrl-U to the start).
fn edit(pressed: Key) -> Option<Edit> {
    Some(match pressed {
        Key::Char(c) | Key::Letter(c) => Edit::Insert(c),
        Key::Space => Edit::Insert(' '),
        Key::Left => Edit::Left,
        Key::Right => Edit::Right,
        Key::Home => Edit::Start,
        Key::End => Edit::End,
        Key::Backspace => Edit::DeleteBack,
        Key::Delete => Edit::DeleteForward,
        Key::Ctrl('w') => Edit::DeleteWordBack,
        Key::Ctrl('u') => Edit::DeleteToStart,
        _ => return None,
    })
}

/// One line of a screen's table: its keys, what help says they do, and the footer's words for
/// them when the footer names them.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub binds: Vec<Bind>,
    pub help: Tr,
    /// The footer's words and their place on the footer (the most important first).
    pub hint: Option<(u8, Tr)>,
    /// The keys are two answers (`y j / n`), set apart by a slash.
    pub either: bool,
}

impl Row {
    pub fn new(binds: Vec<Bind>, help: Tr) -> Row {
        Row {
            binds,
            help,
            hint: None,
            either: false,
        }
    }

    pub fn hint(self, place: u8, words: Tr) -> Row {
        Row {
            hint: Some((place, words)),
            ..self
        }
    }

    pub fn either(self) -> Row {
        Row {
            either: true,
            ..self
        }
    }

    /// The keys as help writes them, e.g. `← → 1–9` or `y j / n`.
    pub fn keys(&self, lang: Lang) -> String {
        let mut text = String::new();
        let mut last: Option<Action> = None;
        for bind in &self.binds {
            if let Some(last) = last {
                text.push_str(if self.either && last != bind.does() {
                    " / "
                } else {
                    " "
                });
            }
            text.push_str(&bind.name(lang));
            last = Some(bind.does());
        }
        text
    }

    fn opens_help(&self) -> bool {
        self.binds.iter().any(|bind| bind.does() == Action::Help)
    }
}

/// The action `key` stands for on `keymap`, if any.
pub fn action(keymap: Keymap, lang: Lang, event: KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let key = Key::of(event)?;
    table(keymap, lang)
        .iter()
        .flat_map(|row| &row.binds)
        .find_map(|bind| bind.action(key))
}

/// The footer's words for the keys of `keymap`, most important first.
pub fn hints(keymap: Keymap, lang: Lang) -> Vec<Tr> {
    let mut hints: Vec<(u8, Tr)> = table(keymap, lang)
        .iter()
        .filter_map(|row| row.hint)
        .collect();
    hints.sort_by_key(|(place, _)| *place);
    hints.into_iter().map(|(_, words)| words).collect()
}

/// What the help box lists over a screen: the screen's keys, then those of help itself (in
/// help, `?` closes it).
pub fn help(screen: Keymap, lang: Lang) -> Vec<Row> {
    let mut rows: Vec<Row> = table(screen, lang)
        .into_iter()
        .filter(|row| !row.opens_help())
        .collect();
    for row in table(Keymap::HelpOverlay, lang) {
        if !rows.iter().any(|shown| shown.binds == row.binds) {
            rows.push(row);
        }
    }
    rows
}

/// The keys that do `action` on `keymap`, as help writes them (`l`), for a screen that names
/// its way on in its own words; `None` when no key does it there.
pub fn keys_for(keymap: Keymap, action: Action, lang: Lang) -> Option<String> {
    table(keymap, lang)
        .into_iter()
        .find(|row| row.binds.iter().any(|bind| bind.does() == action))
        .map(|row| row.keys(lang))
}

#[cfg(test)]
mod tests;
