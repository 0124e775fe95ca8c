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
    let output = errcat(&[
        "check",
        "--allow",
        "W0001,W0002,W0003",
        "examples/catalogs/blobstore.yaml",
        "examples/catalogs/info2soft.yaml",
    ]);
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
    assert!(
        err.contains("error[E0010]: `Seven` and `SEVEN` both become the variant `Seven`"),
        "{err}"
    );
    assert!(
        err.contains(" --> tests/ui/many_errors.yaml:6:5\n  |\n6 |     htpp: 404\n  |     ^^^^\n"),
        "{err}"
    );
    assert!(
        err.contains("= help: did you mean `http`, or declare `htpp` under `fields:`?"),
        "{err}"
    );
    assert!(err.contains("error: tests/ui/many_errors.yaml: 6 errors"), "{err}");
    assert!(!err.contains('\x1b'), "no colour with --color never");
    assert!(stdout(&output).contains("blobstore.yaml: ok"), "the other catalog is still checked");
    let coloured = errcat(&["check", "--color", "always", "tests/ui/duplicate_code.yaml"]);
    assert!(stderr(&coloured).contains("\x1b[1;31merror\x1b[0m[E0008]"));
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
    for sub in ["check", "docs", "expand", "diff", "explain", "schema"] {
        let help = errcat(&[sub, "--help"]);
        assert_eq!(help.status.code(), Some(0));
        assert!(stdout(&help).contains("Usage: errcat"), "{sub}");
    }
}

#[test]
fn a_catalog_that_cannot_be_read_is_an_io_error() {
    for args in [
        &["check", "missing.yaml"][..],
        &["check", "examples/catalogs/blobstore.yaml", "missing.yaml"],
        &["docs", "missing.yaml"],
        &["expand", "examples"],
        &["diff", "missing.yaml", "examples/catalogs/blobstore.yaml"],
    ] {
        let output = errcat(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {}", stderr(&output));
    }
    let err = stderr(&errcat(&["check", "--color", "never", "missing.yaml"]));
    assert!(err.starts_with("error[E0003]: cannot read catalog file missing.yaml: "), "{err}");
    assert!(err.contains("= help: the path is relative to the current directory\n"), "{err}");
    assert!(!err.contains("CARGO_MANIFEST_DIR"), "{err}");
    // A file that was read but is not a catalog fails the check instead.
    assert_eq!(errcat(&["check", "tests/ui/not_utf8.yaml"]).status.code(), Some(1));
}

#[test]
fn summaries_count_in_the_singular_and_plural() {
    let one = errcat(&["check", "--color", "never", "tests/ui/duplicate_code.yaml"]);
    assert!(
        stderr(&one).ends_with("error: tests/ui/duplicate_code.yaml: 1 error\n"),
        "{}",
        stderr(&one)
    );
    let many = errcat(&["check", "--color", "never", "tests/ui/many_errors.yaml"]);
    assert!(stderr(&many).ends_with("tests/ui/many_errors.yaml: 6 errors\n"), "{}", stderr(&many));
}

#[test]
fn diff_help_names_every_kind_of_change() {
    let help = stdout(&errcat(&["diff", "--help"]));
    for words in [
        "code moved to another group",
        "`serde` switched",
        "`body` field renamed or removed",
        "problem `type` base changed",
        "`body` fields added",
    ] {
        assert!(help.contains(words), "{words}: {help}");
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

const OLD: &str = "name: E\nreserved: [90]\ncodes:\n  - code: 1\n    name: A\n    message: \"a \\\"quoted\\\" text\"\n  - code: 2\n    name: B\n  - code: 4\n    name: D\n";

fn diff_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_errcat"))
        .arg("diff")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

#[test]
fn diff_lists_breaking_and_compatible_changes() {
    let dir = scratch("diff");
    std::fs::write(dir.join("old.yaml"), OLD).unwrap();
    std::fs::write(dir.join("same.yaml"), OLD).unwrap();
    let new = "name: E\nreserved: [90, 4]\ncodes:\n  - code: 1\n    name: A\n    message: reworded\n    http: 404\n  - code: 3\n    name: B\n  - code: 7\n    name: G\n";
    std::fs::write(dir.join("new.yaml"), new).unwrap();

    let same = diff_in(&dir, &["old.yaml", "same.yaml"]);
    assert_eq!(same.status.code(), Some(0));
    assert_eq!(stdout(&same), "0 breaking, 0 compatible\n");

    let text = diff_in(&dir, &["old.yaml", "new.yaml", "--color", "never"]);
    assert_eq!(text.status.code(), Some(1));
    let out = stdout(&text);
    assert!(out.starts_with("breaking: code 1 (`A`): HTTP status changed from 500 to 404\n    old.yaml:4:5\n    new.yaml:4:5\n"), "{out}");
    assert!(out.contains("breaking: `B` renumbered from 2 to 3\n"), "{out}");
    assert!(out.contains("compatible: code 4 (`D`) removed and reserved\n"), "{out}");
    // The gRPC code follows the HTTP status, the catalog setting none.
    assert!(
        out.contains("breaking: code 1 (`A`): gRPC code changed from INTERNAL to NOT_FOUND\n"),
        "{out}"
    );
    assert!(out.ends_with("3 breaking, 3 compatible\n"), "{out}");

    let json = diff_in(&dir, &["old.yaml", "new.yaml", "--format", "json"]);
    assert_eq!(json.status.code(), Some(1));
    let changes: serde_json::Value = serde_json::from_slice(&json.stdout).expect("valid JSON");
    let kinds: Vec<(&str, bool)> = changes
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["kind"].as_str().unwrap(), c["breaking"].as_bool().unwrap()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("http-changed", true),
            ("grpc-changed", true),
            ("code-renumbered", true),
            ("message-changed", false),
            ("code-retired", false),
            ("code-added", false)
        ]
    );
    assert_eq!(changes[2]["old"], serde_json::json!({"line": 7, "column": 5}));
    assert_eq!(changes[5]["old"], serde_json::Value::Null);
}

#[test]
fn diff_reports_each_breaking_kind_with_exit_1() {
    let dir = scratch("diff-kinds");
    let base = "name: E\ngroups:\n  - name: g\n    range: [1, 9]\n    reserved: [9]\n    codes:\n      - {code: 1, name: A}\n      - {code: 2, name: B}\n";
    std::fs::write(dir.join("old.yaml"), base).unwrap();
    let cases = [
        ("code-removed", base.replace("      - {code: 2, name: B}\n", "")),
        ("code-renumbered", base.replace("{code: 2, name: B}", "{code: 3, name: B}")),
        ("name-changed", base.replace("{code: 2, name: B}", "{code: 2, name: C}")),
        ("http-changed", base.replace("{code: 2, name: B}", "{code: 2, name: B, http: 404}")),
        ("range-narrowed", base.replace("[1, 9]", "[1, 8]").replace("    reserved: [9]\n", "")),
        ("repr-narrowed", format!("{base}repr: i16\n")),
        ("serde-changed", format!("{base}serde: name\n")),
        ("body-field-renamed", format!("{base}body: {{code: Code}}\n")),
        (
            "group-changed",
            base.replace("    range: [1, 9]\n", "    range: [1, 1]\n")
                .replace("    reserved: [9]\n", "")
                .replace(
                    "      - {code: 2, name: B}\n",
                    "  - name: h\n    range: [2, 9]\n    reserved: [9]\n    codes:\n      - {code: 2, name: B}\n",
                ),
        ),
    ];
    for (kind, new) in cases {
        std::fs::write(dir.join("new.yaml"), new).unwrap();
        let out = diff_in(&dir, &["old.yaml", "new.yaml", "--format", "json"]);
        assert_eq!(out.status.code(), Some(1), "{kind}: {}", stdout(&out));
        let changes: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(changes[0]["kind"], kind, "{changes}");
        assert_eq!(changes[0]["breaking"], true, "{changes}");
    }
    // Narrowing that leaves every code and reserved code inside is listed, not failed.
    std::fs::write(dir.join("new.yaml"), base.replace("[1, 9]", "[0, 9]")).unwrap();
    std::fs::write(dir.join("old.yaml"), base.replace("[1, 9]", "[0, 10]")).unwrap();
    let out = diff_in(&dir, &["old.yaml", "new.yaml", "--color", "never"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(
        stdout(&out),
        "compatible: group `g`: range narrowed from [0, 10] to [0, 9]; no code or reserved code falls out\n    old.yaml:3:5\n    new.yaml:3:5\n0 breaking, 1 compatible\n"
    );
}

#[test]
fn diff_names_both_groups_and_both_places_of_a_moved_code() {
    let dir = scratch("diff-group");
    let old = "name: E\ngroups:\n  - name: disk\n    codes:\n      - {code: 1, name: A}\n      - {code: 2, name: B}\n  - name: net\n    codes:\n      - {code: 3, name: C}\n";
    let new = "name: E\ngroups:\n  - name: disk\n    codes:\n      - {code: 1, name: A}\n  - name: net\n    codes:\n      - {code: 2, name: B}\n      - {code: 3, name: C}\n";
    std::fs::write(dir.join("old.yaml"), old).unwrap();
    std::fs::write(dir.join("new.yaml"), new).unwrap();
    let out = diff_in(&dir, &["old.yaml", "new.yaml", "--color", "never"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert_eq!(
        stdout(&out),
        "breaking: code 2 (`B`) moved from group `disk` to group `net`\n    old.yaml:6:9\n    new.yaml:8:9\n1 breaking, 0 compatible\n"
    );
}

#[test]
fn diff_reads_the_old_version_from_git() {
    let dir = scratch("diff_git");
    let git = |args: &[&str]| {
        let status = Command::new("git")
            .args(["-c", "user.name=errcat", "-c", "user.email=errcat@example.invalid"])
            .args(args)
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(
            status.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&status.stderr)
        );
    };
    git(&["init", "-q"]);
    std::fs::write(dir.join("errors.yaml"), OLD).unwrap();
    git(&["add", "errors.yaml"]);
    git(&["commit", "-q", "-m", "catalog"]);
    std::fs::write(dir.join("errors.yaml"), OLD.replace("code: 2", "code: 5")).unwrap();
    let output = diff_in(&dir, &["HEAD:errors.yaml", "errors.yaml"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stdout(&output).contains(
            "breaking: `B` renumbered from 2 to 5\n    HEAD:errors.yaml:7:5\n    errors.yaml:7:5\n"
        ),
        "{}",
        stdout(&output)
    );
    assert_eq!(diff_in(&dir, &["NOPE:errors.yaml", "errors.yaml"]).status.code(), Some(2));
}

#[test]
fn check_json_lists_every_diagnostic_with_its_rule() {
    let output = errcat(&[
        "check",
        "--format",
        "json",
        "tests/ui/many_errors.yaml",
        "tests/ui/not_utf8.yaml",
        "examples/catalogs/blobstore.yaml",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let list: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    let rows: Vec<(String, serde_json::Value, String)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_owned(),
                d["line"].clone(),
                d["rule"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let many = "tests/ui/many_errors.yaml".to_owned();
    assert_eq!(
        rows,
        [
            (many.clone(), 1.into(), "E0010".to_owned()),
            (many.clone(), 3.into(), "E0017".to_owned()),
            (many.clone(), 5.into(), "E0011".to_owned()),
            (many.clone(), 6.into(), "E0005".to_owned()),
            (many.clone(), 9.into(), "E0015".to_owned()),
            (many, 11.into(), "E0010".to_owned()),
            ("tests/ui/not_utf8.yaml".to_owned(), serde_json::Value::Null, "E0003".to_owned()),
        ]
    );
    assert_eq!(list[3]["message"], "unknown key `htpp` in a code entry");
    assert_eq!(list[3]["help"], "did you mean `http`, or declare `htpp` under `fields:`?");
    assert_eq!(list[3]["column"], 5);
    let clean = errcat(&["check", "--format", "json", "examples/catalogs/blobstore.yaml"]);
    assert_eq!((clean.status.code(), stdout(&clean)), (Some(0), "[]\n".to_owned()));
}

#[test]
fn explain_prints_each_rule() {
    let list = errcat(&["explain"]);
    assert_eq!(list.status.code(), Some(0));
    assert_eq!(stdout(&list).lines().count(), errcat_catalog::rules::Rule::ALL.len());
    let one = errcat(&["explain", "e0013"]);
    assert!(
        stdout(&one).starts_with("E0013: a code or range breaks the group ranges\n\n"),
        "{}",
        stdout(&one)
    );
    assert_eq!(errcat(&["explain", "E0999"]).status.code(), Some(2));
}

#[test]
fn explain_tells_everything_about_a_code_by_number_or_name() {
    let blobstore = "examples/catalogs/blobstore.yaml";
    let out = errcat(&["explain", blobstore, "611"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "611 CodeDiskNotFound (variant `DiskNotFound`)\n  defined at examples/catalogs/blobstore.yaml:298:9\n  group: blobnode [600, 699]\n  message [en]: disk not found\n  description [zh]: 磁盘不存在\n  HTTP status: 611\n  gRPC code: INTERNAL\n  severity: error\n  retryable: no\n"
    );
    // Any spelling of the name, and the variant, find the same entry.
    for name in ["CodeDiskNotFound", "DiskNotFound", "code_disk_not_found", "disk-not-found"] {
        assert_eq!(stdout(&errcat(&["explain", blobstore, name])), stdout(&out), "{name}");
    }
    // Negative codes, several at once, JSON.
    let mooncake = "examples/catalogs/mooncake_transfer_engine.yaml";
    let json = errcat(&["explain", mooncake, "-1", "ERR_INVALID_ARGUMENT", "--format", "json"]);
    let values: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(values[0], values[1]);
    assert_eq!(values[0]["code"], -1);
    assert_eq!(values[0]["group"]["range"], serde_json::json!([-99, -1]));
    assert_eq!(
        values[0]["message"]["en"],
        "Input parameters are incorrect (and cannot be detailed into other items in this group)"
    );
    // --lang keeps one language.
    let zh = stdout(&errcat(&["explain", mooncake, "-1", "--lang", "zh"]));
    assert!(zh.contains("message [zh]: 用户输入参数不正确") && !zh.contains("[en]"), "{zh}");
}

#[test]
fn explain_places_an_unknown_code_and_reads_codes_from_stdin() {
    let blobstore = "examples/catalogs/blobstore.yaml";
    let out = errcat(&["explain", blobstore, "612", "nosuch"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        "612: not in examples/catalogs/blobstore.yaml\n  in the range of group `blobnode` [600, 699]\n  nearest known: 611 (`CodeDiskNotFound`), 613 (`CodeDiskBroken`), 614 (`CodeInvalidDiskId`)\n\nnosuch: not in examples/catalogs/blobstore.yaml\n"
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_errcat"))
        .args(["explain", blobstore, "-", "--format", "json"])
        .current_dir(REPO)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write as _;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(b"611\n\n  613  \n").unwrap();
    }
    let piped = child.wait_with_output().unwrap();
    assert_eq!(piped.status.code(), Some(0));
    let values: serde_json::Value = serde_json::from_slice(&piped.stdout).unwrap();
    assert_eq!((values[0]["code"].clone(), values[1]["code"].clone()), (611.into(), 613.into()));
    // Usage and I/O errors exit 2.
    assert_eq!(errcat(&["explain", blobstore]).status.code(), Some(2));
    assert_eq!(errcat(&["explain", "no/such.yaml", "1"]).status.code(), Some(2));
    assert_eq!(errcat(&["explain", blobstore, "611", "--lang", "fr"]).status.code(), Some(2));
}

#[test]
fn annotate_appends_what_each_code_means_to_log_lines() {
    let dir = scratch("annotate");
    let log = dir.join("app.log");
    std::fs::write(&log, "put failed code=611 disk=3\nfine\n{\"Code\":613}\n").unwrap();
    let out = errcat(&["annotate", "examples/catalogs/blobstore.yaml", log.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "put failed code=611 disk=3 [errcat: CodeDiskNotFound: disk not found]\nfine\n{\"Code\":613} [errcat: CodeDiskBroken: disk is broken]\n"
    );
    // Standard input by default, and a pattern of one's own.
    let mut child = Command::new(env!("CARGO_BIN_EXE_errcat"))
        .args(["annotate", "examples/catalogs/blobstore.yaml", "--pattern", r"E(\d+)"])
        .current_dir(REPO)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write as _;
        child.stdin.take().unwrap().write_all(b"saw E611 and code=613\n").unwrap();
    }
    let piped = child.wait_with_output().unwrap();
    assert_eq!(
        stdout(&piped),
        "saw E611 and code=613 [errcat: CodeDiskNotFound: disk not found]\n"
    );
    // An invalid pattern, a missing log, a missing catalog: one line, exit 2.
    let bad = errcat(&["annotate", "examples/catalogs/blobstore.yaml", "--pattern", "(", "x"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).starts_with("error: invalid --pattern"), "{}", stderr(&bad));
    let missing = errcat(&["annotate", "examples/catalogs/blobstore.yaml", "no/such.log"]);
    assert_eq!(missing.status.code(), Some(2));
    assert_eq!(stderr(&missing).lines().count(), 1, "{}", stderr(&missing));
    assert_eq!(errcat(&["annotate", "no/such.yaml"]).status.code(), Some(2));
}

#[test]
fn unused_lists_entries_no_source_refers_to() {
    let dir = scratch("unused");
    std::fs::write(dir.join("errors.yaml"), "name: AppError\ncodes:\n  - {code: 1, name: DISK_FULL}\n  - {code: 2, name: DISK_GONE}\n  - {code: 3, name: NET_DOWN}\n  - {code: 4, name: OLD, deprecated: true}\n  - {code: 5, name: IN_A_COMMENT}\n  - {code: 6, name: ALLOWED}\n  - {code: 7, name: ONLY_EXPANDED}\n").unwrap();
    std::fs::create_dir_all(dir.join("src/nested")).unwrap();
    std::fs::create_dir_all(dir.join("target")).unwrap();
    std::fs::write(
        dir.join("src/lib.rs"),
        "// InAComment is only in this comment\nfn f() -> AppError { AppError::DiskFull }\n",
    )
    .unwrap();
    std::fs::write(dir.join("src/nested/by_name.rs"), "fn g() { let _ = AppError::from_name(\"DISK_GONE\"); let _ = \"NET_DOWN is a substring here\"; }\n").unwrap();
    std::fs::write(dir.join("src/expanded.rs"), "// errcat: generated from errors.yaml by `errcat expand errors.yaml`\nconst X: AppError = AppError::OnlyExpanded;\n").unwrap();
    std::fs::write(dir.join("src/broken.rs"), "fn h() { \"unterminated\n").unwrap();
    std::fs::write(dir.join("target/ignored.rs"), "AppError::NetDown").unwrap();
    std::fs::write(dir.join("src/latin1.rs"), b"// caf\xe9\n").unwrap();
    let run = |extra: &[&str]| {
        let mut args = vec!["unused", "errors.yaml", "--src", "src"];
        args.extend_from_slice(extra);
        Command::new(env!("CARGO_BIN_EXE_errcat")).args(&args).current_dir(&dir).output().unwrap()
    };
    let out = run(&["--allow", "ALLOWED"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "errors.yaml:5:5: 3 `NET_DOWN` (variant `NetDown`) is never referenced\n\
         errors.yaml:7:5: 5 `IN_A_COMMENT` (variant `InAComment`) is never referenced\n\
         errors.yaml:9:5: 7 `ONLY_EXPANDED` (variant `OnlyExpanded`) is never referenced\n\
         3 of 7 entries unused (2 Rust files read)\n"
    );
    assert!(
        stderr(&out).contains("broken.rs is not read: it does not lex as Rust"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("latin1.rs is not read: it does not lex as Rust (not UTF-8)"),
        "{}",
        stderr(&out)
    );
    assert_eq!(run(&["--deny", "--allow", "ALLOWED,NET_DOWN"]).status.code(), Some(1));
    let clean =
        run(&["--deny", "--allow", "ALLOWED,NetDown,IN_A_COMMENT", "--allow", "OnlyExpanded"]);
    assert_eq!(clean.status.code(), Some(0), "{}", stdout(&clean));
    assert_eq!(
        errcat(&["unused", "examples/storage.yaml", "--src", "no/such/dir"]).status.code(),
        Some(2)
    );
}

#[test]
fn lints_warn_and_fail_only_when_denied() {
    let catalog = "tests/catalogs/features.yaml";
    let warned = errcat(&["check", "--color", "never", catalog]);
    assert_eq!(warned.status.code(), Some(0));
    let err = stderr(&warned);
    assert!(err.contains("warning[W0002]: code 3 (`E_OLD_READ`) has no description\n  --> tests/catalogs/features.yaml:30:9\n"), "{err}");
    assert!(
        stdout(&warned).contains("tests/catalogs/features.yaml: ok, 6 codes, "),
        "{}",
        stdout(&warned)
    );
    assert_eq!(errcat(&["check", "--deny-warnings", catalog]).status.code(), Some(1));
    let allowed = errcat(&[
        "check",
        "--deny-warnings",
        "--allow",
        "W0001",
        "--allow",
        "W0002,W0003,W0004",
        catalog,
    ]);
    assert_eq!(allowed.status.code(), Some(0), "{}", stderr(&allowed));
    assert_eq!(stdout(&allowed), "tests/catalogs/features.yaml: ok, 6 codes\n");
    assert_eq!(
        errcat(&["check", "--allow", "E0008", catalog]).status.code(),
        Some(2),
        "only lints can be allowed"
    );
    let json = errcat(&["check", "--format", "json", catalog]);
    let list: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert!(!list.as_array().unwrap().is_empty());
    assert!(list.as_array().unwrap().iter().all(|d| d["level"] == "warning"));
}

#[test]
fn schema_is_valid_json_and_matches_the_committed_copy() {
    let output = errcat(&["schema"]);
    assert_eq!(output.status.code(), Some(0));
    let schema: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(schema["properties"]["repr"]["enum"][0], "i8");
    assert_eq!(schema["$defs"]["entry"]["required"][0], "code");
    let committed = std::fs::read_to_string(Path::new(REPO).join("catalog/schema.json")).unwrap();
    assert_eq!(stdout(&output), committed);
}

#[test]
fn check_tells_a_stale_file_from_an_edited_one() {
    let dir = scratch("stamps");
    let catalog = dir.join("errors.yaml");
    std::fs::write(&catalog, "name: E\ncodes:\n  - code: 1\n    message: first\n").unwrap();
    let (catalog, out) = (catalog.to_str().unwrap(), dir.join("errors.md"));
    let out = out.to_str().unwrap();
    for (subcommand, extra) in [("docs", "--lang=en"), ("expand", "")] {
        let args = |check: bool| {
            let mut args = vec![subcommand, catalog, "-o", out];
            args.extend((!extra.is_empty()).then_some(extra));
            args.extend(check.then_some("--check"));
            args
        };
        assert_eq!(errcat(&args(false)).status.code(), Some(0));
        let written = std::fs::read_to_string(out).unwrap();
        let header = written.lines().next().unwrap();
        assert!(header.contains(&format!("by `errcat {subcommand} {catalog}")), "{header}");
        assert_eq!(errcat(&args(true)).status.code(), Some(0));

        std::fs::write(out, written.replace("first", "edited")).unwrap();
        let edited = errcat(&args(true));
        assert_eq!(edited.status.code(), Some(1));
        assert!(
            stderr(&edited).contains("was edited by hand: the edits will be lost"),
            "{}",
            stderr(&edited)
        );
        assert!(
            stderr(&edited).contains(&format!("then run `errcat {subcommand} {catalog}")),
            "{}",
            stderr(&edited)
        );

        std::fs::write(out, &written).unwrap();
        let changed_catalog = "name: E\ncodes:\n  - code: 1\n    message: second\n";
        std::fs::write(catalog, changed_catalog).unwrap();
        let stale = errcat(&args(true));
        assert_eq!(stale.status.code(), Some(1));
        assert!(stderr(&stale).contains("the catalog changed since"), "{}", stderr(&stale));
        std::fs::write(catalog, "name: E\ncodes:\n  - code: 1\n    message: first\n").unwrap();
    }
}

#[test]
fn docs_write_a_self_contained_html_page() {
    let output = errcat(&["docs", "examples/storage.yaml", "--format", "html"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let page = stdout(&output);
    assert!(page.lines().next().unwrap().contains("--format html`; catalog "), "stamped");
    assert!(page.contains("<!DOCTYPE html>") && page.contains("<input id=\"search\""));
    assert!(page.contains("<tr id=\"611\""));
    assert!(!page.contains("<script src") && !page.contains("<link "), "nothing to fetch");
    let with_lang = errcat(&["docs", "examples/storage.yaml", "--format", "html", "--lang", "zh"]);
    assert_eq!(with_lang.status.code(), Some(2));
}

#[test]
fn declared_fields_and_help_links_reach_explain_and_docs() {
    let explained = errcat(&["explain", "tests/catalogs/database.yaml", "4001"]);
    assert_eq!(explained.status.code(), Some(0));
    assert!(
        stdout(&explained).ends_with(
            "  sqlstate: 42P01\n  mysql_error: ER_NO_SUCH_TABLE\n  logged: false\n  priority: (unset)\n  workaround: Run SHOW TABLES to list the tables.\n"
        ),
        "{}",
        stdout(&explained)
    );
    let json = errcat(&["explain", "tests/catalogs/search_api.yaml", "1", "--format", "json"]);
    let found: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    let found = if found.is_array() { found[0].clone() } else { found };
    assert_eq!(found["fields"], serde_json::json!({"kind": "invalid_request"}));
    assert_eq!(found["help_url"], "https://docs.meilisearch.com/errors#index_not_found");
    let markdown = stdout(&errcat(&["docs", "tests/catalogs/search_api.yaml"]));
    assert!(markdown.contains("- `kind` (enum, one of invalid_request, internal, auth, system, default `internal`): Who is at fault, as the body's \\`type\\` says.\n"), "{markdown}");
    assert!(
        markdown.contains("As RFC 9457 problem details, an error's `type` is its help link.\n"),
        "{markdown}"
    );
    assert!(markdown.contains("| 1 | `index_not_found` | Index \\`{index\\_uid}\\` not found. | `index_uid`: string | 404 | NOT\\_FOUND | error | invalid\\_request | [docs](<https://docs.meilisearch.com/errors#index_not_found>) |"), "{markdown}");
    let html = stdout(&errcat(&["docs", "tests/catalogs/database.yaml", "--format", "html"]));
    assert!(html.contains("<th>Fields</th></tr>"), "{html}");
    assert!(html.contains("<code>sqlstate</code>: 42P01<br><code>mysql_error</code>: ER_NO_SUCH_TABLE<br><code>logged</code>: false<br><code>workaround</code>: Run SHOW TABLES to list the tables.</td>"), "{html}");
    let html = stdout(&errcat(&["docs", "tests/catalogs/search_api.yaml", "--format", "html"]));
    assert!(html.contains("<a href=\"https://docs.meilisearch.com/errors#too_many_open_files\" rel=\"noopener\">docs</a>"), "{html}");
}
