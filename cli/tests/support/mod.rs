//! What the `errcat import` tests share: running the importer on a
//! fixture of `tests/import`, running the binary in a directory, scratch
//! directories. Each test file uses part of it.
#![allow(dead_code)]

use errcat_cli::commands::import;
use errcat_cli::import::Draft;

pub const REPO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
pub const DOCS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/import");

/// The draft of the fixture `doc`, with `--with` fixtures and `--section`.
pub fn import(doc: &str, with: &[&str], section: Option<&str>) -> Draft {
    let args = import::Args {
        with: with.iter().map(|w| format!("{DOCS}/{w}")).collect(),
        section: section.map(str::to_owned),
        ..import::Args::new(&format!("{DOCS}/{doc}"))
    };
    let draft = import::run(&args).unwrap();
    assert_eq!(draft.errors, Vec::<String>::new(), "{}", draft.yaml);
    draft
}

/// Runs the binary with `args` in `dir`.
pub fn errcat(args: &[&str], dir: &std::path::Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_errcat"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

/// A fresh directory under cargo's test scratch directory.
pub fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("import-cli").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `errcat import` on a document with `bytes` and returns its exit
/// status and standard error.
pub fn import_bytes(name: &str, bytes: &[u8]) -> (Option<i32>, String) {
    let dir = scratch(name);
    std::fs::write(dir.join(name), bytes).unwrap();
    let output = errcat(&["import", "--color", "never", name], &dir);
    (output.status.code(), String::from_utf8_lossy(&output.stderr).into_owned())
}
