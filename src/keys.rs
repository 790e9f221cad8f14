//! Which key means what on which screen. Unknown keys mean nothing, so they change nothing.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// What the user asked for, in the app's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    Left,
    Right,
    Digit(u8),
    Confirm,
    Yes,
    No,
    Back,
    Pause,
    Skip,
    NextExercise,
    Mute,
    Louder,
    Quieter,
    Help,
    Quit,
    /// Ctrl-C: stop now, saving what was done.
    Interrupt,
    /// Ctrl-Z: hand the terminal back to the shell for now; a running session pauses.
    Suspend,
    /// Take the safety check again from its stop screen.
    CheckAgain,
    /// Open the history screen.
    OpenHistory,
    PageUp,
    PageDown,
    /// The newest session.
    Newest,
    /// The oldest session.
    Oldest,
    /// Switch the chart between the last eight weeks and all time.
    SwitchPeriod,
    /// Answer the morning question of a past session.
    AnswerMorning,
}

/// The kinds of screen, as far as keys are concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keymap {
    SafetyQuestion,
    SafetyStop,
    Home,
    FollowUp,
    Pain,
    Training,
    Result,
    History,
    HistoryDetail,
    /// The history screen with nothing to list yet.
    HistoryEmpty,
    HelpOverlay,
    ConfirmQuit,
}

/// The action `key` stands for on `keymap`, if any.
pub fn action(keymap: Keymap, key: KeyEvent) -> Option<Action> {
    use Action::*;
    if key.kind == KeyEventKind::Release {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return match key.code {
            KeyCode::Char('c') => Some(Interrupt),
            KeyCode::Char('z') => Some(Suspend),
            _ => None,
        };
    }
    let digit = match key.code {
        KeyCode::Char(c) => c.to_digit(10).map(|d| d as u8),
        _ => None,
    };
    match keymap {
        // Space goes on in a session, so over one it closes the box and the session goes on.
        Keymap::HelpOverlay => matches!(
            key.code,
            KeyCode::Char('?')
                | KeyCode::Esc
                | KeyCode::Enter
                | KeyCode::Char('q')
                | KeyCode::Char(' ')
        )
        .then_some(Help),
        // Ending a session loses the rest of it: only y (or j) ends it; Space, the key a hand
        // on the keyboard reaches for to go on, means no.
        Keymap::ConfirmQuit => match key.code {
            KeyCode::Char('y') | KeyCode::Char('Y') | KeyCode::Char('j') | KeyCode::Char('J') => {
                Some(Yes)
            }
            KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc | KeyCode::Char(' ') => Some(No),
            _ => None,
        },
        Keymap::SafetyQuestion => match key.code {
            KeyCode::Char('y') | KeyCode::Char('Y') | KeyCode::Char('j') | KeyCode::Char('J') => {
                Some(Yes)
            }
            KeyCode::Char('n') | KeyCode::Char('N') => Some(No),
            KeyCode::Char('q') | KeyCode::Esc => Some(Quit),
            KeyCode::Char('?') => Some(Help),
            _ => None,
        },
        Keymap::SafetyStop => match key.code {
            KeyCode::Char('q') | KeyCode::Esc => Some(Quit),
            KeyCode::Char('c') => Some(CheckAgain),
            KeyCode::Char('?') => Some(Help),
            _ => None,
        },
        Keymap::Home => match key.code {
            KeyCode::Up | KeyCode::Char('k') => Some(Up),
            KeyCode::Down | KeyCode::Char('j') => Some(Down),
            KeyCode::Left => Some(Left),
            KeyCode::Right => Some(Right),
            KeyCode::Char('1'..='9') => digit.map(Digit),
            KeyCode::Enter => Some(Confirm),
            KeyCode::Char('h') => Some(OpenHistory),
            KeyCode::Char('q') | KeyCode::Esc => Some(Quit),
            _ => sound_and_help(key.code),
        },
        Keymap::HistoryEmpty => match key.code {
            KeyCode::Char('?') => Some(Help),
            // Answers that there is nothing to answer yet.
            KeyCode::Char('a') => Some(AnswerMorning),
            KeyCode::Esc | KeyCode::Char('q') | KeyCode::Char('h') => Some(Back),
            _ => None,
        },
        Keymap::History | Keymap::HistoryDetail => match key.code {
            KeyCode::Up | KeyCode::Char('k') => Some(Up),
            KeyCode::Down | KeyCode::Char('j') => Some(Down),
            KeyCode::PageUp => Some(PageUp),
            KeyCode::PageDown => Some(PageDown),
            KeyCode::Home | KeyCode::Char('g') => Some(Newest),
            KeyCode::End | KeyCode::Char('G') => Some(Oldest),
            KeyCode::Left if keymap == Keymap::History => Some(Left),
            KeyCode::Right if keymap == Keymap::History => Some(Right),
            KeyCode::Enter => Some(Confirm),
            KeyCode::Char('w') if keymap == Keymap::History => Some(SwitchPeriod),
            KeyCode::Char('a') => Some(AnswerMorning),
            KeyCode::Char('?') => Some(Help),
            KeyCode::Esc | KeyCode::Char('q') | KeyCode::Char('h') => Some(Back),
            _ => None,
        },
        Keymap::FollowUp => match key.code {
            KeyCode::Up | KeyCode::Char('k') => Some(Up),
            KeyCode::Down | KeyCode::Char('j') => Some(Down),
            KeyCode::Char('1'..='4') => digit.map(Digit),
            KeyCode::Enter => Some(Confirm),
            KeyCode::Esc => Some(Back),
            _ => sound_and_help(key.code),
        },
        Keymap::Pain => match key.code {
            KeyCode::Left | KeyCode::Down => Some(Left),
            KeyCode::Right | KeyCode::Up => Some(Right),
            KeyCode::Char('0'..='9') => digit.map(Digit),
            KeyCode::Enter => Some(Confirm),
            KeyCode::Esc => Some(Back),
            _ => sound_and_help(key.code),
        },
        Keymap::Training => match key.code {
            KeyCode::Char(' ') | KeyCode::Char('p') => Some(Pause),
            KeyCode::Char('s') => Some(Skip),
            KeyCode::Char('n') => Some(NextExercise),
            KeyCode::Char('q') | KeyCode::Esc => Some(Quit),
            _ => sound_and_help(key.code),
        },
        Keymap::Result => match key.code {
            KeyCode::Enter | KeyCode::Esc | KeyCode::Char('q') | KeyCode::Char(' ') => {
                Some(Confirm)
            }
            _ => sound_and_help(key.code),
        },
    }
}

/// The keys that mean the same on every screen that has sound: the sound itself, and help.
fn sound_and_help(code: KeyCode) -> Option<Action> {
    match code {
        KeyCode::Char('m') => Some(Action::Mute),
        KeyCode::Char('+') | KeyCode::Char('=') => Some(Action::Louder),
        KeyCode::Char('-') => Some(Action::Quieter),
        KeyCode::Char('?') => Some(Action::Help),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
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
            (SafetyQuestion, ch('j'), Some(Yes)),
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
            (FollowUp, ch('4'), Some(Digit(4))),
            (FollowUp, ch('5'), None),
            (FollowUp, key(KeyCode::Esc), Some(Back)),
            (Pain, ch('0'), Some(Digit(0))),
            (Pain, key(KeyCode::Left), Some(Left)),
            (Pain, key(KeyCode::Enter), Some(Confirm)),
            (Training, ch(' '), Some(Pause)),
            (Training, ch('s'), Some(Skip)),
            (Training, ch('n'), Some(NextExercise)),
            (Training, ch('m'), Some(Mute)),
            (Training, ch('+'), Some(Louder)),
            (Home, ch('='), Some(Louder)),
            (Pain, ch('-'), Some(Quieter)),
            (Training, ch('?'), Some(Help)),
            (Training, ch('q'), Some(Quit)),
            (Training, ch('1'), None),
            (Training, key(KeyCode::Enter), None),
            (Result, key(KeyCode::Enter), Some(Confirm)),
            (HelpOverlay, ch('?'), Some(Help)),
            (HelpOverlay, ch('s'), None),
            (ConfirmQuit, ch('y'), Some(Yes)),
            (ConfirmQuit, key(KeyCode::Esc), Some(No)),
            (ConfirmQuit, ch('q'), None),
            // Space is the key that goes on in a session, so here it goes on, never ends it.
            (ConfirmQuit, ch(' '), Some(No)),
            (HelpOverlay, ch(' '), Some(Help)),
            (HistoryEmpty, ch('a'), Some(AnswerMorning)),
        ];
        for (keymap, event, want) in cases {
            assert_eq!(action(keymap, event), want, "{keymap:?} {event:?}");
        }
    }

    #[test]
    fn ctrl_c_interrupts_and_ctrl_z_suspends_everywhere_and_other_chords_do_nothing() {
        let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        for keymap in [
            SafetyQuestion,
            Home,
            Pain,
            Training,
            Result,
            HelpOverlay,
            ConfirmQuit,
        ] {
            assert_eq!(action(keymap, ctrl('c')), Some(Interrupt));
            assert_eq!(action(keymap, ctrl('z')), Some(Suspend));
            assert_eq!(action(keymap, ctrl('s')), None);
        }
    }

    #[test]
    fn key_releases_are_ignored() {
        let mut release = ch('q');
        release.kind = KeyEventKind::Release;
        assert_eq!(action(Home, release), None);
    }
}
