//! The user guide's example program must be one that ryg accepts as it stands.

use ryg_core::program::load_str;

#[test]
fn the_guide_example_loads_without_a_single_problem() {
    let guide = include_str!("../docs/program-format.md");
    let start = guide.find("```ron\n").expect("the guide has a RON example") + "```ron\n".len();
    let end = start + guide[start..].find("```").expect("the example is closed");
    let loaded = load_str(&guide[start..end], "short-break.ron");
    assert_eq!(loaded.diagnostics, vec![]);
    let program = loaded.program.expect("the example loads");
    assert_eq!(program.id, "short-break");
    assert_eq!(program.levels(), 2);
}

/// The example is copied by people writing their own programs: it must not teach the Danish and
/// Norwegian wording the shipped programs corrected ("Lig på" for "Læg dig på", pushing off with the
/// heels for pressing them into the floor, feet "left together" for kept together).
#[test]
fn the_guide_example_uses_the_corrected_wording() {
    let guide = include_str!("../docs/program-format.md");
    for old in [
        "Lig på",
        "Skub fra",
        "Skyv fra",
        "Lad fødderne blive",
        "La føttene være",
    ] {
        assert!(!guide.contains(old), "the guide still says {old:?}");
    }
    for new in [
        "Læg dig på ryggen",
        "Pres hælene ned i gulvet",
        "Press hælene ned i gulvet",
    ] {
        assert!(guide.contains(new), "the guide does not say {new:?}");
    }
}
