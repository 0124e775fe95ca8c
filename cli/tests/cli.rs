//! The `errcat` binary end to end: every subcommand, every exit status,
//! drift detected and not detected.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const REPO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

fn errcat(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_errcat")).args(args).current_dir(REPO).output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn check_accepts_valid_catalogs() {
    let output =
        errcat(&["check", "examples/catalogs/blobstore.yaml", "examples/catalogs/info2soft.yaml"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "examples/catalogs/blobstore.yaml: ok, 71 codes\nexamples/catalogs/info2soft.yaml: ok, 240 codes\n"
    );
}

#[test]
fn check_reports_every_problem_with_positions_and_exits_1() {
    let output = errcat(&[
        "check",
        "--color",
        "never",
        "tests/ui/many_errors.yaml",
        "examples/catalogs/blobstore.yaml",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("error: `Seven` and `SEVEN` both become the variant `Seven`"), "{err}");
    assert!(
        err.contains(" --> tests/ui/many_errors.yaml:6:5\n  |\n6 |     htpp: 404\n  |     ^^^^\n"),
        "{err}"
    );
    assert!(err.contains("= help: did you mean `http`?"), "{err}");
    assert!(err.contains("error: tests/ui/many_errors.yaml: 6 errors"), "{err}");
    assert!(!err.contains('\x1b'), "no colour with --color never");
    assert!(stdout(&output).contains("blobstore.yaml: ok"), "the other catalog is still checked");
    let coloured = errcat(&["check", "--color", "always", "tests/ui/duplicate_code.yaml"]);
    assert!(stderr(&coloured).contains("\x1b[1;31merror\x1b[0m"));
}

#[test]
fn usage_and_io_errors_exit_2() {
    assert_eq!(errcat(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(errcat(&["check"]).status.code(), Some(2));
    assert_eq!(
        errcat(&["docs", "examples/catalogs/blobstore.yaml", "--lang", "fr"]).status.code(),
        Some(2)
    );
    let unwritable =
        errcat(&["docs", "examples/catalogs/blobstore.yaml", "-o", "/nonexistent/dir/x.md"]);
    assert_eq!(unwritable.status.code(), Some(2));
    assert_eq!(errcat(&["--help"]).status.code(), Some(0));
    for sub in ["check", "docs", "expand"] {
        let help = errcat(&[sub, "--help"]);
        assert_eq!(help.status.code(), Some(0));
        assert!(stdout(&help).contains("Usage: errcat"), "{sub}");
    }
}

#[test]
fn docs_render_and_check_for_drift() {
    let dir = scratch("docs");
    let out = dir.join("mooncake.md");
    let out = out.to_str().unwrap();
    let catalog = "examples/catalogs/mooncake_transfer_engine.yaml";
    assert_eq!(errcat(&["docs", catalog, "-o", out, "--lang", "en"]).status.code(), Some(0));
    let text = std::fs::read_to_string(out).unwrap();
    assert!(text.contains("## handshake [-199, -100]\n\nHandshake\n"), "{text}");
    assert!(
        text.contains("| -101 | `ERR_DNS` | Local server name is not a valid DNS hostname"),
        "{text}"
    );
    assert_eq!(
        errcat(&["docs", catalog, "-o", out, "--lang", "en", "--check"]).status.code(),
        Some(0)
    );

    std::fs::write(out, text.replace("Out of memory", "Out of mem")).unwrap();
    let drift = errcat(&["docs", catalog, "-o", out, "--lang", "en", "--check"]);
    assert_eq!(drift.status.code(), Some(1));
    assert!(stderr(&drift).contains("-| -302 | `ERR_MEMORY` | Out of mem |"), "{}", stderr(&drift));
    assert!(
        stderr(&drift).contains("+| -302 | `ERR_MEMORY` | Out of memory |"),
        "{}",
        stderr(&drift)
    );
    let zh = errcat(&["docs", catalog]);
    assert!(
        stdout(&zh).contains("| -302 | `ERR_MEMORY` | 分配内存已满 |"),
        "default language first"
    );
}

#[test]
fn expand_prints_the_macro_output_formatted() {
    let output = errcat(&["expand", "tests/catalogs/features.yaml"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let code = stdout(&output);
    assert!(code.contains("pub enum FeatureError {"), "{code}");
    assert!(code.contains("#[repr(u16)]"), "{code}");
    assert!(
        code.contains("pub const fn of_code(code: u16) -> ::core::option::Option<Self> {"),
        "{code}"
    );
    assert!(code.contains("\"/tests/catalogs/features.yaml\""), "{code}");
    assert_eq!(stdout(&errcat(&["expand", "tests/catalogs/features.yaml"])), code, "deterministic");

    let dir = scratch("expand");
    let out = dir.join("features.rs");
    let out = out.to_str().unwrap();
    assert_eq!(
        errcat(&["expand", "tests/catalogs/features.yaml", "-o", out]).status.code(),
        Some(0)
    );
    assert_eq!(
        errcat(&["expand", "tests/catalogs/features.yaml", "-o", out, "--check"]).status.code(),
        Some(0)
    );
    std::fs::write(out, "// stale\n").unwrap();
    assert_eq!(
        errcat(&["expand", "tests/catalogs/features.yaml", "-o", out, "--check"]).status.code(),
        Some(1)
    );
}
