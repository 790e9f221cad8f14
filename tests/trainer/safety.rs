//! The safety check: the clinician key, and the emergency group that blocks.

use super::support::*;

fn checks(user: &User) -> Vec<(bool, bool)> {
    (user.history().into_iter())
        .filter_map(|line| match line {
            Line::Screening {
                clear, clinician, ..
            } => Some((clear, clinician)),
            Line::Session(_) => None,
        })
        .collect()
}

/// Per language: the headings of the two groups of signs, and the number to call.
const GROUPS: [(&str, &str, &str, &str); 3] = [
    (
        "en",
        "Signs that need emergency care now",
        "Signs to see a doctor about",
        "112 in Europe",
    ),
    (
        "da",
        "Tegn, der kræver akut lægehjælp nu",
        "Tegn, du skal til lægen med",
        "1813",
    ),
    (
        "nb",
        "Tegn som krever akutt legehjelp nå",
        "Tegn du bør gå til lege med",
        "116 117",
    ),
];

#[test]
fn someone_who_had_cancer_passes_the_check_with_the_clinician_key() {
    let cancer = [
        "New back pain, and you have had cancer",
        "Nye rygsmerter, og du har haft kræft",
        "Nye ryggsmerter, og du har hatt kreft",
    ];
    for ((lang, emergency, days, _), cancer) in GROUPS.into_iter().zip(cancer) {
        let user = User::new();
        user.write_tiny_program(2);
        let tmux = user.trainer(
            &format!("cancer-{lang}"),
            &["--lang", lang, "start", "tiny"],
        );
        tmux.wait_for(emergency);
        tmux.keys(&["n"]);
        tmux.wait_for(days);
        tmux.wait_for(cancer);
        tmux.keys(&["y"]);
        tmux.wait_for(" d ");
        // Nothing but the clinician's key goes on from here.
        tmux.keys(&["Enter", "3", "n", "d"]);
        tmux.wait_for("0–10");
        // Back home (programs in every language), then quit.
        tmux.keys(&["Escape"]);
        tmux.wait_for("Program");
        tmux.keys(&["q"]);
        assert_eq!(tmux.exit_status(), 0);
        assert_eq!(checks(&user), [(false, false), (true, true)], "{lang}");
    }
}

#[test]
fn a_sign_that_needs_emergency_care_blocks_until_a_later_check_says_no() {
    for (lang, emergency, days, number) in GROUPS {
        let user = User::new();
        user.write_tiny_program(2);
        let test = format!("emergency-{lang}");
        let tmux = user.trainer(&test, &["--lang", lang, "start", "tiny"]);
        tmux.wait_for(emergency);
        tmux.keys(&["y"]);
        tmux.wait_for(number);
        // Neither Enter, a pain rating nor the clinician's key starts a session.
        tmux.keys(&["Enter", "3", "d", "n", "q"]);
        assert_eq!(tmux.exit_status(), 0);
        assert_eq!(checks(&user), [(false, false)], "{lang}");
        // The next start asks again; no to both groups lets the session start.
        let again = user.trainer(&format!("{test}-again"), &["--lang", lang, "start", "tiny"]);
        again.wait_for(emergency);
        again.keys(&["n"]);
        again.wait_for(days);
        again.keys(&["n"]);
        again.wait_for("0–10");
        again.keys(&["Escape"]);
        again.wait_for("Program");
        again.keys(&["q"]);
        assert_eq!(again.exit_status(), 0);
        assert_eq!(checks(&user), [(false, false), (true, false)], "{lang}");
    }
}
