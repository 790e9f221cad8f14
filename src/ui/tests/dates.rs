//! Dates inside sentences, written as each language writes them: 26.11.2026 in Danish and
//! Norwegian, while the history's table keeps ISO dates.

use super::*;

/// A session yesterday at 12:00 whose morning after is not answered yet.
fn unanswered_morning() -> Vec<Record> {
    let mut records = last_session();
    records.truncate(1);
    if let Some(Record::Session(mut session)) = last_session().into_iter().nth(1) {
        session.started = wall0() - SignedDuration::from_hours(20);
        session.finished = session.started + SignedDuration::from_secs(1094);
        records.push(Record::Session(session));
    }
    records
}

#[test]
fn the_last_session_on_home_has_a_local_date_and_time() {
    for (lang, when) in [
        (Lang::En, "2026-11-18 07:00"),
        (Lang::Da, "18.11.2026 kl. 07:00"),
        (Lang::Nb, "18.11.2026 kl. 07:00"),
    ] {
        let screen = Scene::new(lang, last_session()).draw(120, 40);
        assert!(screen.contains(when), "{lang}: {screen}");
    }
}

#[test]
fn the_morning_question_and_the_line_about_it_have_a_local_date() {
    for (lang, due, question) in [
        (
            Lang::En,
            "Morning after 2026-11-19",
            "last session on 2026-11-19?",
        ),
        (
            Lang::Da,
            "Morgenen efter 19.11.2026",
            "Hvordan havde din ryg det morgenen efter din seneste træning den 19.11.2026?",
        ),
        (
            Lang::Nb,
            "Morgenen etter 19.11.2026",
            "siste økt den 19.11.2026?",
        ),
    ] {
        let mut scene = Scene::new(lang, unanswered_morning());
        scene.press(&[Action::OpenHistory]);
        let history = scene.draw(120, 40);
        assert!(history.contains(due), "{lang}: {history}");
        // The list is a table: its dates stay in ISO order in every language.
        assert!(history.contains("2026-11-19 12:00"), "{lang}: {history}");
        scene.press(&[Action::AnswerMorning]);
        let asked = scene.draw(120, 40);
        assert!(asked.contains(question), "{lang}: {asked}");
    }
}

#[test]
fn the_safety_check_that_comes_back_names_the_last_one_by_a_local_date() {
    for (lang, date) in [
        (Lang::En, "2026-10-20"),
        (Lang::Da, "20.10.2026"),
        (Lang::Nb, "20.10.2026"),
    ] {
        let mut records = last_session();
        records.truncate(1);
        if let Some(Record::Screening(check)) = records.first_mut() {
            check.at = wall0() - SignedDuration::from_hours(24 * 31);
        }
        let screen = Scene::new(lang, records).draw(120, 40);
        assert!(screen.contains(date), "{lang}: {screen}");
    }
}
