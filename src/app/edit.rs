//! A change to the text of a field, as the keys ask for it, and what it asks of the text field
//! (`tui-input`). Every field of the app takes the same edits.

use tui_input::InputRequest;

/// A change to the text of a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edit {
    Insert(char),
    DeleteBack,
    DeleteForward,
    DeleteWordBack,
    DeleteToStart,
    Left,
    Right,
    WordLeft,
    WordRight,
    Start,
    End,
}

impl Edit {
    /// What the edit asks of the text field.
    pub fn request(self) -> InputRequest {
        match self {
            Edit::Insert(c) => InputRequest::InsertChar(c),
            Edit::DeleteBack => InputRequest::DeletePrevChar,
            Edit::DeleteForward => InputRequest::DeleteNextChar,
            Edit::DeleteWordBack => InputRequest::DeletePrevWord,
            Edit::DeleteToStart => InputRequest::DeleteFromStart,
            Edit::Left => InputRequest::GoToPrevChar,
            Edit::Right => InputRequest::GoToNextChar,
            Edit::WordLeft => InputRequest::GoToPrevWord,
            Edit::WordRight => InputRequest::GoToNextWord,
            Edit::Start => InputRequest::GoToStart,
            Edit::End => InputRequest::GoToEnd,
        }
    }
}
