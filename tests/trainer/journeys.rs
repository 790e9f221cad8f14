//! The journeys of the pain rules: stopping early, a bad day, high usual pain, a long break.

use super::support::*;

const DA_SEE_A_DOCTOR: &str = "Tegn, du skal til lægen med inden for få dage";

#[test]
fn a_quit_asks_why_and_for_pain_records_the_pain_now() {
    let user = User::new();
    user.write_tiny_program(20);
    let tmux = user.trainer("quit-pain", &["--lang", "da", "start", "tiny"]);
    tmux.wait_for("Tegn, der kræver akut lægehjælp nu");
    tmux.keys(&["n"]);
    tmux.wait_for(DA_SEE_A_DOCTOR);
    tmux.keys(&["n"]);
    tmux.wait_for("Hvor ondt har du i ryggen lige nu?");
    tmux.keys(&["3", "Enter"]);
    // A rep done first, so that the session has something to save.
    tmux.wait_until("rep 2", WAIT, |screen| {
        ["Gentagelse 2 ", "Gentagelse 3 ", "Gentagelse 4 "]
            .iter()
            .any(|rep| screen.contains(rep))
    });
    tmux.keys(&["q"]);
    tmux.wait_for("Afslut træningen nu?");
    tmux.keys(&["j"]);
    let why = tmux.wait_for("Hvorfor stoppede du træningen?");
    assert!(
        why.contains("Ingen tid") && why.contains("Noget andet"),
        "{why}"
    );
    tmux.keys(&["1", "Enter"]);
    let pain_now = tmux.wait_for("Stoppet på grund af smerter");
    assert!(
        pain_now.contains("Hvor ondt har du i ryggen lige nu?"),
        "{pain_now}"
    );
    tmux.keys(&["5", "Enter"]);
    tmux.wait_for("Træningen sluttede før tid");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Enter start");
    tmux.keys(&["q"]);
    assert_eq!(tmux.exit_status(), 0);
    let sessions = user.sessions();
    assert_eq!(sessions.len(), 1, "{sessions:?}");
    let session = &sessions[0];
    assert_eq!(session.stopped, Some(Stopped::Pain), "{session:?}");
    assert_eq!((session.pain_before, session.pain_after), (3, Some(5)));
    assert!(!session.completed, "{session:?}");
}

/// An interactive shell (with job control) in a pane, at its prompt.
/// A line of `history.ron` for a session of `program` at `level` `hours` hours ago, every rep
/// done, pain `before` → `after`; and a clear safety check `hours` hours ago.
fn session_line(program: &str, level: u32, hours: i64, before: u8, after: u8) -> String {
    let at = |hours: i64| {
        let at = Timestamp::now() - jiff::SignedDuration::from_hours(hours);
        ryg_core::journal::whole_second(at).to_string()
    };
    format!(
        "Session(started: \"{}\", finished: \"{}\", program: \"{program}\", level: {level}, \
         completed: true, reps_done: 40, reps_planned: 40, pain_before: {before}, \
         pain_after: Some({after}))",
        at(hours),
        at(hours - 1)
    )
}

fn check_line(hours: i64) -> String {
    let at = Timestamp::now() - jiff::SignedDuration::from_hours(hours);
    format!(
        "Screening(at: \"{}\", clear: true)",
        ryg_core::journal::whole_second(at)
    )
}

impl User {
    fn write_history(&self, lines: &[String]) {
        let text = lines.join("\n") + "\n";
        fs::write(Path::new(self.data()).join("history.ron"), text).unwrap();
    }
}

#[test]
fn someone_whose_usual_pain_is_7_trains_three_times_without_being_told_it_was_too_much() {
    let user = User::new();
    user.write_tiny_program(2);
    let tmux = user.trainer("usual-7", &["start", "tiny"]);
    tmux.wait_for("Does any of these apply to you now?");
    pass_the_safety_check(&tmux);
    for time in 1..=3 {
        let before = tmux.wait_for("How much does your back hurt right now?");
        assert!(before.contains("Before the session · Tiny"), "{before}");
        tmux.keys(&["7"]);
        // Pain 7 is a bad day: a gentler session is offered, and Enter goes on as chosen.
        tmux.wait_for("a gentler session is fine");
        tmux.keys(&["Enter"]);
        tmux.wait_for("After the session");
        tmux.keys(&["7", "Enter"]);
        let result = tmux.wait_for("Session done");
        assert!(result.contains("Amber"), "session {time}: {result}");
        assert!(!result.contains("too much"), "session {time}: {result}");
        assert!(
            result.contains("Training on a day with a lot of pain is fine"),
            "session {time}: {result}"
        );
        tmux.keys(&["Enter"]);
        let home = tmux.wait_for("Enter start");
        assert!(!home.contains("too much"), "after session {time}: {home}");
        assert!(
            !home.contains("physiotherapist"),
            "after session {time}: {home}"
        );
        if time < 3 {
            tmux.keys(&["Enter"]);
        }
    }
    tmux.keys(&["q"]);
    assert_eq!(tmux.exit_status(), 0);
    let sessions = user.sessions();
    assert_eq!(sessions.len(), 3, "{sessions:?}");
    assert!(
        sessions
            .iter()
            .all(|s| (s.pain_before, s.pain_after) == (7, Some(7)))
    );
}

#[test]
fn a_bad_day_start_offers_the_gentle_session() {
    let user = User::new();
    // Usual pain 2 over the last two weeks, one green session at level 1 a week ago.
    user.write_history(&[check_line(24), session_line("lower-back", 1, 24 * 7, 2, 2)]);
    let tmux = user.trainer("bad-day", &["--lang", "nb", "start", "lower-back"]);
    let before = tmux.wait_for("Hvor vondt har du i ryggen akkurat nå?");
    assert!(
        before.contains("Korsrygg – grunnprogram · nivå 1"),
        "{before}"
    );
    tmux.keys(&["4"]);
    let usual = tmux.wait_for("4 — moderate smerter");
    assert!(
        !usual.contains("roligere økt"),
        "2 above the usual is no bad day: {usual}"
    );
    tmux.keys(&["5"]);
    let offer = tmux.wait_for("På en dag med mye smerter er en roligere økt helt greit.");
    assert!(offer.contains("g starter Rolig start på nivå 1"), "{offer}");
    assert!(
        offer.contains("g roligere"),
        "the footer names the key: {offer}"
    );
    tmux.keys(&["g"]);
    tmux.wait_until("the gentle session", WAIT, |screen| {
        screen.contains("Rolig start") && !screen.contains("akkurat nå?")
    });
    tmux.keys(&["q"]);
    tmux.wait_for("Avslutte økten nå?");
    tmux.keys(&["j"]);
    tmux.wait_for("Hvorfor stoppet du økten?");
    tmux.keys(&["2", "Enter"]);
    tmux.wait_for("Enter start");
    tmux.keys(&["q"]);
    assert_eq!(tmux.exit_status(), 0);
    let sessions = user.sessions();
    let gentle = sessions.last().expect("the gentle session");
    assert_eq!(
        (gentle.program.as_str(), gentle.level, gentle.pain_before),
        ("gentle-start", 1, 5),
        "{sessions:?}"
    );
    assert_eq!(gentle.stopped, Some(Stopped::Time));
}

#[test]
fn a_three_month_break_starts_again_at_level_1_without_the_old_morning_question() {
    let user = User::new();
    user.write_history(&[
        check_line(24),
        session_line("lower-back", 3, 24 * 95, 2, 2),
        session_line("lower-back", 3, 24 * 92, 2, 2),
    ]);
    let tmux = user.trainer("break", &[]);
    let home = tmux.wait_for("Enter start");
    assert!(home.contains("a long break ("), "{home}");
    assert!(home.contains("Level 1 ▶ of 4"), "{home}");
    tmux.keys(&["Enter"]);
    let next = tmux.wait_until("the next screen", WAIT, |screen| {
        screen.contains("How much does your back hurt") || screen.contains("morning after")
    });
    assert!(!next.contains("morning after"), "{next}");
    assert!(next.contains("Lower back basics · level 1"), "{next}");
    tmux.keys(&["Escape"]);
    tmux.wait_for("Enter start");
    tmux.keys(&["q"]);
    assert_eq!(tmux.exit_status(), 0);
}
