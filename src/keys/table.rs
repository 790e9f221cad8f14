//! The table of keys of every screen: each row's keys, what they do, the words help gives them,
//! and the footer's words with their place on the footer.

use super::Action::*;
use super::Key::*;
use super::{Action, Bind, Key, Keymap, Row};
use ryg_core::words::course_check::{
    HELP_ENTER_ON, HELP_ESC_LATER, HELP_SKIP_ANSWER, KEY_CHOOSE_1_7, KEY_ESC_LATER,
};
use ryg_core::words::*;

fn key(key: Key, action: Action) -> Bind {
    Bind::Key(key, action)
}

/// The keys that answer yes: y, and in Danish and Norwegian also j (ja), where a hand reaches for
/// it; in English j is no answer at all.
fn yes(lang: Lang) -> Vec<Bind> {
    let mut keys = vec![key(Letter('y'), Yes)];
    if lang != Lang::En {
        keys.push(key(Letter('j'), Yes));
    }
    keys
}

/// The keys of `keymap`, in the order help lists them.
pub fn table(keymap: Keymap, lang: Lang) -> Vec<Row> {
    match keymap {
        Keymap::SafetyQuestion => vec![yes_no(lang), quit_app(2)]
            .into_iter()
            .chain(everywhere(1))
            .collect(),
        Keymap::SafetyStop => vec![
            Row::new(vec![key(Char('c'), CheckAgain)], HELP_CHECK_AGAIN).hint(0, KEY_CHECK_AGAIN),
            quit_app(1),
        ]
        .into_iter()
        .chain(everywhere(2))
        .collect(),
        Keymap::SafetySeeDoctor => vec![
            Row::new(vec![key(Char('d'), ClinicianChecked)], HELP_CLINICIAN).hint(0, KEY_CLINICIAN),
            Row::new(vec![key(Char('c'), CheckAgain)], HELP_CHECK_AGAIN).hint(1, KEY_CHECK_AGAIN),
            quit_app(3),
        ]
        .into_iter()
        .chain(everywhere(2))
        .collect(),
        Keymap::Home => vec![
            Row::new(up_down(), HELP_UP_DOWN).hint(1, KEY_UP_DOWN_PROGRAM),
            Row::new(
                vec![
                    key(Key::Left, Action::Left),
                    key(Key::Right, Action::Right),
                    Bind::Digits(1, 9),
                ],
                HELP_LEFT_RIGHT,
            )
            .hint(2, KEY_LEFT_RIGHT_LEVEL),
            Row::new(vec![key(Enter, Confirm)], HELP_ENTER_START).hint(0, KEY_ENTER_START),
            Row::new(vec![key(Char('h'), OpenHistory)], HELP_HISTORY).hint(3, KEY_HISTORY),
            Row::new(vec![key(Char('l'), OpenLearn)], HELP_LEARN).hint(6, KEY_LEARN),
            Row::new(vec![key(Char('c'), OpenCourseStart)], HELP_COURSE).hint(7, KEY_COURSE),
        ]
        .into_iter()
        .chain(sound(None))
        .chain([quit_app(5)])
        .chain(everywhere(4))
        .collect(),
        Keymap::MorningAnswer | Keymap::MorningAnswerFromHistory => {
            let back = match keymap {
                Keymap::MorningAnswerFromHistory => HELP_BACK_HISTORY,
                _ => HELP_HOME,
            };
            let mut choose = up_down();
            choose.push(Bind::Digits(1, 4));
            vec![
                Row::new(choose, HELP_CHOOSE_ANSWER).hint(0, KEY_CHOOSE_1_4),
                Row::new(vec![key(Enter, Confirm)], HELP_ENTER_ANSWER).hint(1, KEY_ENTER_ANSWER),
                Row::new(vec![key(Esc, Back)], back).hint(2, KEY_ESC_BACK),
            ]
            .into_iter()
            .chain(sound(None))
            .chain(everywhere(3))
            .collect()
        }
        Keymap::PainBefore | Keymap::PainBeforeBadDay | Keymap::PainAfter => {
            let mut rows = vec![
                Row::new(rating(), HELP_PAIN).hint(0, KEY_CHOOSE_0_10),
                Row::new(vec![key(Enter, Confirm)], HELP_ENTER_ANSWER).hint(1, KEY_ENTER_ANSWER),
            ];
            // Only the question before a session can go back; the one after must be answered.
            if keymap != Keymap::PainAfter {
                rows.push(Row::new(vec![key(Esc, Back)], HELP_HOME));
            }
            // Only on a bad day, when a gentler session is on offer.
            if keymap == Keymap::PainBeforeBadDay {
                rows.push(
                    Row::new(vec![key(Char('g'), Gentler)], HELP_GENTLER).hint(2, KEY_GENTLER),
                );
            }
            rows.into_iter()
                .chain(sound(None))
                .chain(everywhere(2))
                .collect()
        }
        Keymap::Training => vec![
            Row::new(vec![key(Space, Pause), key(Char('p'), Pause)], HELP_SPACE).hint(0, KEY_PAUSE),
            Row::new(vec![key(Char('s'), Skip)], HELP_SKIP).hint(1, KEY_SKIP),
            Row::new(vec![key(Char('n'), NextExercise)], HELP_NEXT).hint(2, KEY_NEXT),
        ]
        .into_iter()
        .chain(sound(Some(5)))
        .chain([Row::new(
            vec![key(Char('q'), Quit), key(Esc, Quit)],
            HELP_QUIT_SESSION,
        )
        .hint(4, KEY_QUIT)])
        .chain(everywhere(3))
        .collect(),
        // A session stopped with `q`: why. Esc saves it with no reason rather than undo the stop.
        Keymap::WhyStopped => {
            let mut choose = up_down();
            choose.push(Bind::Digits(1, 3));
            vec![
                Row::new(choose, HELP_CHOOSE_ANSWER).hint(0, KEY_CHOOSE_1_3),
                Row::new(vec![key(Enter, Confirm)], HELP_ENTER_ANSWER).hint(1, KEY_ENTER_ANSWER),
                Row::new(vec![key(Esc, Back)], HELP_NO_REASON).hint(2, KEY_ESC_NO_REASON),
            ]
            .into_iter()
            .chain(sound(None))
            .chain(everywhere(3))
            .collect()
        }
        Keymap::Result => vec![
            Row::new(
                vec![
                    key(Enter, Confirm),
                    key(Esc, Confirm),
                    key(Char('q'), Confirm),
                    key(Space, Confirm),
                ],
                HELP_HOME,
            )
            .hint(0, KEY_ENTER_HOME),
        ]
        .into_iter()
        .chain(sound(None))
        .chain(everywhere(1))
        .collect(),
        Keymap::History => vec![
            Row::new(up_down(), HELP_CHOOSE_SESSION).hint(0, KEY_UP_DOWN_SESSION),
            page(),
            ends(),
            Row::new(
                vec![key(Key::Left, Action::Left), key(Key::Right, Action::Right)],
                HELP_FILTER,
            )
            .hint(1, KEY_LEFT_RIGHT_PROGRAM),
            Row::new(vec![key(Enter, Confirm)], HELP_DETAIL).hint(2, KEY_ENTER_DETAIL),
            Row::new(vec![key(Char('w'), SwitchPeriod)], HELP_WIDEN).hint(5, KEY_WIDEN),
            answer_morning(),
            Row::new(back_keys(), HELP_HOME).hint(3, KEY_ESC_BACK),
        ]
        .into_iter()
        .chain(everywhere(4))
        .collect(),
        Keymap::HistoryDetail => {
            let mut back = vec![key(Enter, Confirm)];
            back.extend(back_keys());
            vec![
                Row::new(up_down(), HELP_CHOOSE_SESSION).hint(0, KEY_UP_DOWN_SESSION),
                page(),
                ends(),
                Row::new(back, HELP_BACK_LIST).hint(1, KEY_ESC_LIST),
                answer_morning(),
            ]
            .into_iter()
            .chain(everywhere(2))
            .collect()
        }
        // `a` answers that there is nothing to answer yet.
        Keymap::HistoryEmpty => vec![
            answer_morning(),
            Row::new(back_keys(), HELP_HOME).hint(0, KEY_ESC_BACK),
        ]
        .into_iter()
        .chain(everywhere(1))
        .collect(),
        Keymap::LearnList => vec![
            Row::new(up_down(), HELP_CHOOSE_MODULE).hint(0, KEY_UP_DOWN_MODULE),
            Row::new(vec![key(Enter, Confirm)], HELP_ENTER_READ).hint(1, KEY_ENTER_READ),
            Row::new(back_keys(), HELP_HOME).hint(2, KEY_ESC_BACK),
        ]
        .into_iter()
        .chain(everywhere(3))
        .collect(),
        // The plan line takes every character, `?` and `q` too: help and leaving are Esc's.
        Keymap::LearnModule => [
            Row::new(vec![Bind::Text], HELP_TYPING),
            Row::new(vec![key(Enter, Confirm)], HELP_ENTER_SAVE).hint(0, KEY_ENTER_SAVE),
            Row::new(vec![key(Esc, Back)], HELP_ESC_UNSAVED).hint(1, KEY_ESC_LIST),
            Row::new(
                vec![
                    key(Key::Up, Action::Up),
                    key(Key::Down, Action::Down),
                    key(Key::PageUp, Action::PageUp),
                    key(Key::PageDown, Action::PageDown),
                ],
                HELP_SCROLL,
            )
            .hint(2, KEY_SCROLL),
        ]
        .into_iter()
        .chain(chords())
        .collect(),
        Keymap::CourseProgram => vec![
            Row::new(up_down(), HELP_CHOOSE_PROGRAM).hint(1, KEY_UP_DOWN_PROGRAM_CHOICE),
            Row::new(vec![key(Enter, Confirm)], HELP_ENTER_NEXT).hint(0, KEY_ENTER_NEXT),
            Row::new(vec![key(Esc, Back)], HELP_ESC_NO_COURSE).hint(2, KEY_ESC_CANCEL),
        ]
        .into_iter()
        .chain(everywhere(3))
        .collect(),
        Keymap::CourseDays => vec![
            Row::new(
                vec![
                    key(Key::Left, Action::Left),
                    key(Key::Right, Action::Right),
                    key(Key::Up, Action::Up),
                    key(Key::Down, Action::Down),
                ],
                HELP_MOVE_DAY,
            )
            .hint(2, KEY_MOVE_DAY),
            Row::new(vec![key(Space, Yes), Bind::Digits(1, 7)], HELP_CHOOSE_DAY)
                .hint(1, KEY_CHOOSE_DAY),
            Row::new(vec![key(Enter, Confirm)], HELP_ENTER_NEXT).hint(0, KEY_ENTER_NEXT),
            Row::new(vec![key(Esc, Back)], HELP_ESC_BEFORE).hint(3, KEY_ESC_BEFORE),
        ]
        .into_iter()
        .chain(everywhere(4))
        .collect(),
        // The goal's field takes every character, `?` and `s` too: going back is Esc's.
        Keymap::CourseGoal => [
            Row::new(vec![Bind::Text], HELP_TYPING_GOAL),
            Row::new(vec![key(Enter, Confirm)], HELP_ENTER_NEXT).hint(0, KEY_ENTER_NEXT),
            Row::new(vec![key(Esc, Back)], HELP_ESC_BEFORE).hint(1, KEY_ESC_BEFORE),
        ]
        .into_iter()
        .chain(chords())
        .collect(),
        Keymap::CourseRating => {
            rating_rows(Row::new(vec![key(Esc, Back)], HELP_ESC_BEFORE).hint(3, KEY_ESC_BEFORE))
        }
        Keymap::CheckRating => rating_rows(later(3)),
        Keymap::CheckSummary => vec![
            Row::new(vec![key(Enter, Confirm)], HELP_ENTER_ON).hint(0, KEY_ENTER_NEXT),
            later(1),
        ]
        .into_iter()
        .chain(everywhere(2))
        .collect(),
        Keymap::CheckChange => {
            let mut choose = up_down();
            choose.push(Bind::Digits(1, 7));
            vec![
                Row::new(choose, HELP_CHOOSE_ANSWER).hint(1, KEY_CHOOSE_1_7),
                Row::new(vec![key(Enter, Confirm)], HELP_ENTER_NEXT).hint(0, KEY_ENTER_NEXT),
                Row::new(vec![key(Letter('s'), Skip)], HELP_SKIP_ANSWER).hint(2, KEY_SKIP_RATING),
                later(3),
            ]
            .into_iter()
            .chain(everywhere(4))
            .collect()
        }
        Keymap::CheckAcceptable => vec![
            yes_no(lang),
            Row::new(vec![key(Letter('s'), Skip)], HELP_SKIP_ANSWER).hint(1, KEY_SKIP_RATING),
            later(2),
        ]
        .into_iter()
        .chain(everywhere(3))
        .collect(),
        Keymap::CheckMeaning => vec![
            Row::new(
                vec![key(Enter, Confirm), key(Esc, Back), key(Char('q'), Back)],
                HELP_HOME,
            )
            .hint(0, KEY_ENTER_HOME),
        ]
        .into_iter()
        .chain(everywhere(1))
        .collect(),
        // The warning signs are one key away from every screen's help, so they can always be
        // read again.
        Keymap::HelpOverlay => [
            Row::new(vec![key(Char('!'), WarningSigns)], HELP_WARNING_SIGNS)
                .hint(1, KEY_WARNING_SIGNS),
            close_box(HELP_CLOSE),
        ]
        .into_iter()
        .chain(chords())
        .collect(),
        Keymap::WarningSigns => [
            Row::new(
                vec![key(Key::Left, Action::Left), key(Key::Right, Action::Right)],
                HELP_OTHER_GROUP,
            )
            .hint(1, KEY_OTHER_GROUP),
            close_box(HELP_CLOSE_SIGNS),
        ]
        .into_iter()
        .chain(chords())
        .collect(),
        // Ending a session loses the rest of it: only y (or j) ends it; Space, the key a hand on
        // the keyboard reaches for to go on, means no.
        Keymap::ConfirmQuit => [Row::new(
            yes(lang)
                .into_iter()
                .chain([key(Letter('n'), No), key(Esc, No), key(Space, No)])
                .collect(),
            QUIT_KEYS,
        )
        .either()
        .hint(0, QUIT_KEYS)]
        .into_iter()
        .chain(chords())
        .collect(),
    }
}

/// The keys that close a box over the screen. Space goes on in a session, so over one it closes
/// the box and the session goes on.
fn close_box(help: Tr) -> Row {
    Row::new(
        [Char('?'), Esc, Enter, Char('q'), Space]
            .into_iter()
            .map(|k| key(k, Help))
            .collect(),
        help,
    )
    .hint(0, KEY_CLOSE)
}

/// "y yes · n no" (and j in Danish and Norwegian).
fn yes_no(lang: Lang) -> Row {
    Row::new(
        yes(lang)
            .into_iter()
            .chain([key(Letter('n'), No)])
            .collect(),
        HELP_YES_NO,
    )
    .either()
    .hint(0, YES_NO)
}

/// A course's 0–10 rating: the scale, Enter, `s` to skip, and `esc` (back a question when
/// starting a course, "later" on a check-in).
fn rating_rows(esc: Row) -> Vec<Row> {
    vec![
        Row::new(rating(), HELP_RATE).hint(1, KEY_RATE),
        Row::new(vec![key(Enter, Confirm)], HELP_ENTER_NEXT).hint(0, KEY_ENTER_NEXT),
        Row::new(vec![key(Letter('s'), Skip)], HELP_SKIP_RATING).hint(2, KEY_SKIP_RATING),
        esc,
    ]
    .into_iter()
    .chain(everywhere(4))
    .collect()
}

/// Esc on a course's measure: home, asked again from `c`.
fn later(place: u8) -> Row {
    Row::new(vec![key(Esc, Back)], HELP_ESC_LATER).hint(place, KEY_ESC_LATER)
}

/// The keys of a 0–10 scale: the arrows move along it, a digit chooses.
fn rating() -> Vec<Bind> {
    vec![
        key(Key::Left, Action::Left),
        key(Key::Right, Action::Right),
        key(Key::Down, Action::Left),
        key(Key::Up, Action::Right),
        Bind::Digits(0, 9),
    ]
}

/// The arrows, and j and k as in less and vi, for a list. Not for a screen that takes a yes:
/// there j is yes in Danish and Norwegian (`yes`), and a screen keeps its keys in every language.
fn up_down() -> Vec<Bind> {
    vec![
        key(Key::Up, Action::Up),
        key(Key::Down, Action::Down),
        key(Char('k'), Action::Up),
        key(Char('j'), Action::Down),
    ]
}

fn page() -> Row {
    Row::new(
        vec![
            key(Key::PageUp, Action::PageUp),
            key(Key::PageDown, Action::PageDown),
        ],
        HELP_PAGE,
    )
}

fn ends() -> Row {
    Row::new(
        vec![
            key(Home, Newest),
            key(End, Oldest),
            key(Char('g'), Newest),
            key(Char('G'), Oldest),
        ],
        HELP_NEWEST_OLDEST,
    )
}

fn answer_morning() -> Row {
    Row::new(vec![key(Char('a'), AnswerMorning)], HELP_ANSWER_MORNING)
}

fn back_keys() -> Vec<Bind> {
    vec![key(Esc, Back), key(Char('h'), Back), key(Char('q'), Back)]
}

fn quit_app(place: u8) -> Row {
    Row::new(vec![key(Char('q'), Quit), key(Esc, Quit)], HELP_QUIT_APP).hint(place, KEY_QUIT)
}

/// The sound's keys, on the screens around a session; `mute`: the footer's place for `m`.
fn sound(mute: Option<u8>) -> Vec<Row> {
    let mut mute_row = Row::new(vec![key(Char('m'), Mute)], HELP_MUTE);
    if let Some(place) = mute {
        mute_row = mute_row.hint(place, KEY_MUTE);
    }
    vec![
        mute_row,
        Row::new(vec![key(Char('v'), Voice)], voice::HELP_VOICE),
        Row::new(
            vec![
                key(Char('+'), Louder),
                key(Char('-'), Quieter),
                key(Char('='), Louder),
            ],
            HELP_VOLUME,
        ),
    ]
}

/// Ctrl-C and Ctrl-Z, which work everywhere, even over a box.
fn chords() -> Vec<Row> {
    vec![
        Row::new(vec![key(Ctrl('c'), Interrupt)], HELP_CTRL_C),
        Row::new(vec![key(Ctrl('z'), Suspend)], HELP_CTRL_Z),
    ]
}

/// The keys of every screen: the chords, and `?` for help, at `place` on the footer.
fn everywhere(place: u8) -> Vec<Row> {
    let mut rows = chords();
    rows.push(Row::new(vec![key(Char('?'), Help)], HELP_KEYS).hint(place, KEY_HELP));
    rows
}
