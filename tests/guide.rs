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
