//! The pain question: no answer until one is chosen, and "1", "0" is 10 only when typed quickly.

use super::*;

fn rating(run: &Run) -> Option<u8> {
    match &run.app.screen {
        Screen::Pain(pain) => pain.rating,
        other => panic!("not the pain question: {other:?}"),
    }
}

#[test]
fn one_then_zero_makes_ten_only_when_typed_within_a_second() {
    let mut run = Run::new(vec![clear_check(1)], None);
    run.press(Action::Confirm);
    run.press(Action::Digit(1));
    run.at += 0.6;
    run.press(Action::Digit(0));
    assert_eq!(rating(&run), Some(10), "typed as one number");
    run.press(Action::Digit(1));
    // Five seconds later the 0 is an answer of its own.
    run.at += 5.0;
    run.press(Action::Digit(0));
    assert_eq!(rating(&run), Some(0));
}

#[test]
fn each_question_starts_with_no_answer_and_enter_without_one_records_nothing() {
    let mut run = Run::new(vec![clear_check(1)], None);
    run.press(Action::Confirm);
    assert_eq!(rating(&run), None, "before the session");
    run.press(Action::Confirm);
    assert!(
        matches!(run.app.screen, Screen::Pain(_)),
        "no session starts on a stray Enter"
    );
    run.press(Action::Digit(3));
    run.press(Action::Confirm);
    run.wait_until(10.0);
    assert_eq!(rating(&run), None, "after the session");
    run.press(Action::Confirm);
    assert!(run.sessions().is_empty(), "a stray Enter records no 0");
    run.press(Action::Digit(4));
    run.press(Action::Confirm);
    assert_eq!(run.sessions()[0].pain_after, Some(4));
}

#[test]
fn esc_from_the_pain_question_keeps_the_level_chosen_on_home() {
    let mut run = Run::new(vec![clear_check(1)], None);
    run.press(Action::Right);
    run.press(Action::Confirm);
    run.press(Action::Back);
    let Screen::Home(home) = &run.app.screen else {
        panic!("back home")
    };
    assert_eq!(home.level, LevelChoice::Chosen(2));
}

#[test]
fn esc_from_the_morning_question_keeps_the_level_chosen_on_home() {
    let mut run = Run::new(yesterday_session(), None);
    run.press(Action::Digit(1));
    run.press(Action::Confirm);
    assert!(matches!(run.app.screen, Screen::MorningAnswer(_)));
    run.press(Action::Back);
    let Screen::Home(home) = &run.app.screen else {
        panic!("back home")
    };
    assert_eq!(home.level, LevelChoice::Chosen(1));
}
