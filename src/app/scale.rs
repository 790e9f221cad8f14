//! A 0–10 rating being chosen, as the course's questions ask it: no answer at first, so that a
//! stray Enter cannot record a rating nobody gave (as on the pain question); the arrows start
//! from the middle, a digit chooses, 1 then 0 makes 10, Enter takes it and `s` leaves it out.

use crate::app::Action;

/// Where the arrows start when nothing is chosen yet: the middle of the scale.
pub const MIDDLE: u8 = 5;

/// The rating on screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Scale {
    /// `None` until the user chooses.
    pub value: Option<u8>,
    /// Enter was pressed with nothing chosen, so the screen asks to choose or skip.
    pub enter_without_answer: bool,
    /// The last key was the digit 1, so a 0 now makes 10.
    one_typed: bool,
}

/// What a key did to the rating.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rated {
    /// Still choosing (or the key does nothing here).
    Choosing,
    /// Enter on a chosen rating (`Some`) or `s` (`None`).
    Given(Option<u8>),
}

impl Scale {
    /// The question asked again with an earlier answer on it, or with none.
    pub fn at(value: Option<u8>) -> Scale {
        Scale {
            value,
            ..Scale::default()
        }
    }

    pub fn act(&mut self, action: Action) -> Rated {
        let one_typed = std::mem::take(&mut self.one_typed);
        self.enter_without_answer = false;
        match action {
            Action::Left | Action::Down => {
                self.value = Some(self.value.map_or(MIDDLE, |v| v.saturating_sub(1)));
            }
            Action::Right | Action::Up => {
                self.value = Some(self.value.map_or(MIDDLE, |v| (v + 1).min(10)));
            }
            Action::Digit(0) if one_typed => self.value = Some(10),
            Action::Digit(d) => {
                self.value = Some(d.min(10));
                self.one_typed = d == 1;
            }
            Action::Confirm if self.value.is_none() => self.enter_without_answer = true,
            Action::Confirm => return Rated::Given(self.value),
            Action::Skip => return Rated::Given(None),
            _ => {}
        }
        Rated::Choosing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enter_with_nothing_chosen_asks_for_an_answer_and_gives_none() {
        let mut scale = Scale::default();
        assert_eq!(scale.act(Action::Confirm), Rated::Choosing);
        assert!(scale.enter_without_answer);
        assert_eq!(scale.act(Action::Skip), Rated::Given(None));
    }

    #[test]
    fn the_arrows_start_from_the_middle_and_one_then_zero_makes_ten() {
        let mut scale = Scale::default();
        scale.act(Action::Right);
        assert_eq!(scale.value, Some(MIDDLE));
        scale.act(Action::Left);
        assert_eq!(scale.value, Some(MIDDLE - 1));
        scale.act(Action::Digit(1));
        scale.act(Action::Digit(0));
        assert_eq!(scale.act(Action::Confirm), Rated::Given(Some(10)));
        // 1, an arrow, then 0 is 0: only a 0 typed right after the 1 makes 10.
        let mut scale = Scale::default();
        for action in [Action::Digit(1), Action::Right, Action::Digit(0)] {
            scale.act(action);
        }
        assert_eq!(scale.value, Some(0));
    }
}
