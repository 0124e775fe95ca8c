//! Compile errors exactly as a user sees them (pinned `.stderr` files).

use std::path::Path;

#[test]
fn ui() {
    mirror_catalogs_into_trybuild_project();
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}

/// trybuild compiles the cases in its own crate, `<target>/tests/trybuild/errcat`,
/// so `CARGO_MANIFEST_DIR` is that directory there. Copying the case catalogs to
/// the same relative paths in it lets each case name its catalog exactly as a
/// user would, relative to the crate.
fn mirror_catalogs_into_trybuild_project() {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().expect("target dir");
    let project_ui = target.join("tests/trybuild/errcat/tests/ui");
    std::fs::create_dir_all(&project_ui).unwrap();
    let source_ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ui");
    for entry in std::fs::read_dir(source_ui).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            std::fs::copy(&path, project_ui.join(path.file_name().unwrap())).unwrap();
        }
    }
}
