//! Texts from files on the screen: their control characters shown as the commands print them.

use super::*;
use crate::app::Notice;
use crate::shell::store::programs::load_folder;

const ESC: &str = r"\u{1b}]0;x\u{7}";

#[test]
fn titles_names_steps_ids_problems_and_notices_show_their_control_characters() {
    let folder = tempfile::tempdir().unwrap();
    let mine = r#"Program(id: "odd", title: "Title\u{1b}]0;x\u{7}", exercises: [Exercise(id: "e",
        name: "Name", purpose: "Purpose", steps: ["Step\u{1b}]0;x\u{7}"],
        levels: [Level(variant: "Variant\u{1b}]0;x\u{7}", sets: 1, reps: 2, rest_secs: 0,
        tempo: [Phase(kind: Move, secs: 3, label: "Label\u{1b}]0;x\u{7}")])])])"#;
    std::fs::write(folder.path().join("odd.ron"), mine).unwrap();
    std::fs::write(folder.path().join("bad\u{1b}]0;x\u{7}.ron"), "Program(").unwrap();
    let id = "gone\u{1b}]0;x\u{7}";
    let mut records = last_session();
    if let Record::Session(session) = &mut records[1] {
        session.program = id.into();
    }
    let catalog = Catalog::new(Vec::new(), load_folder(folder.path()));
    let history = History {
        records,
        skipped: Vec::new(),
    };
    let mut scene = Scene::with_catalog(Lang::En, catalog, history);
    scene.app.notice = Some(Notice::FileNotUsed("x.wav\u{1b}]0;x\u{7}".into()));
    let home = scene.draw(100, 30);
    for shown in [
        format!("Title{ESC}"),
        format!("Variant{ESC}"),
        format!("bad{ESC}.ron"),
        format!("x.wav{ESC}"),
    ] {
        assert!(home.contains(&shown), "{shown} is not on\n{home}");
    }
    let history = scene.press(&[Action::OpenHistory]).draw(100, 30);
    assert!(history.contains(&format!("gone{ESC}")), "{history}");
    let ready = scene
        .press(&[
            Action::Back,
            Action::Confirm,
            Action::Digit(3),
            Action::Confirm,
        ])
        .draw(100, 30);
    for shown in [
        format!("Title{ESC}"),
        format!("Step{ESC}"),
        format!("Variant{ESC}"),
    ] {
        assert!(ready.contains(&shown), "{shown} is not on\n{ready}");
    }
    // The phase label is drawn in large letters; program::shown's tests cover it.
}
