//! One test per validation rule: each names the problem and its position
//! (line:column of the offending node).

use errcat_catalog::format::{limits, Severity};
use errcat_catalog::load::FileProblem;
use errcat_catalog::{load_source, load_str, read_file, Diagnostic, PathBase, Source};

fn errors(source: &str) -> Vec<Diagnostic> {
    match load_str(source, "test.yaml") {
        Ok(_) => panic!("catalog was accepted:\n{source}"),
        Err(errors) => errors,
    }
}

/// The single error of `source`, as `line:column: message`.
fn only_error(source: &str) -> String {
    let errors = errors(source);
    assert_eq!(errors.len(), 1, "expected one error, got {errors:#?}");
    let e = &errors[0];
    let span = e.span.expect("error has a position");
    format!("{}:{}: {}", span.start.line, span.start.column, e.headline())
}

const HEAD: &str = "name: TestError\n";

#[test]
fn yaml_syntax_error() {
    let error = only_error("name: [TestError\ncodes: []\n");
    assert!(error.contains("YAML syntax error"), "{error}");
}

#[test]
fn wrong_type() {
    assert_eq!(
        only_error("name: TestError\ncodes:\n  - code: abc\n"),
        "3:11: expected an integer, found a string"
    );
    assert_eq!(
        only_error("name: TestError\nexhaustive: 3\ncodes:\n  - code: 1\n"),
        "2:13: expected a boolean (`true` or `false`), found an integer"
    );
    assert_eq!(
        only_error("name: TestError\ncodes: {a: 1}\n"),
        "2:8: expected a list, found a mapping"
    );
}

#[test]
fn quoted_number_is_a_string() {
    let errors = errors("name: TestError\ncodes:\n  - code: \"1\"\n");
    assert_eq!(errors[0].message, "expected an integer, found a string");
    assert_eq!(errors[0].help.as_deref(), Some("write the number without quotes"));
}

#[test]
fn unknown_key_with_suggestion() {
    let errors = errors("name: TestError\ncodes:\n  - code: 1\n    mesage: hi\n");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].message, "unknown key `mesage` in a code entry");
    assert_eq!(
        errors[0].help.as_deref(),
        Some("did you mean `message`, or declare `mesage` under `fields:`?")
    );
    assert_eq!(errors[0].span.unwrap().start.line, 4);
}

#[test]
fn missing_required_key() {
    assert_eq!(only_error("codes:\n  - code: 1\n"), "1:1: missing key `name` in the catalog");
    assert_eq!(
        only_error("name: TestError\ncodes:\n  - message: hi\n"),
        "3:5: missing key `code` in a code entry"
    );
    assert_eq!(
        only_error("name: TestError\ngroups:\n  - codes:\n      - code: 1\n"),
        "3:5: missing key `name` in a group"
    );
}

#[test]
fn duplicate_code_points_at_both() {
    let error = only_error("name: TestError\ncodes:\n  - code: 7\n  - code: 8\n  - code: 7\n");
    assert_eq!(error, "5:11: duplicate code 7 (first defined at line 3)");
}

#[test]
fn duplicate_name() {
    let error =
        only_error("name: TestError\ncodes:\n  - code: 1\n    name: A\n  - code: 2\n    name: A\n");
    assert_eq!(error, "6:11: duplicate name `A` (first defined at line 4)");
}

#[test]
fn names_that_become_one_identifier() {
    let error = only_error("name: TestError\ncodes:\n  - code: 1\n    name: NOT_FOUND\n  - code: 2\n    name: NotFound\n");
    assert_eq!(error, "6:11: `NotFound` and `NOT_FOUND` both become the variant `NotFound` (first defined at line 4)");
    // A derived `Code{n}` identifier collides with an explicit name too.
    let error = only_error("name: TestError\ncodes:\n  - code: 1\n    name: CODE_2\n  - code: 2\n");
    assert!(error.contains("both become the variant `Code2`"), "{error}");
}

#[test]
fn identifier_that_is_not_rust() {
    let error = only_error("name: TestError\ncodes:\n  - code: 1\n    name: self\n");
    assert_eq!(
        error,
        "4:11: `self` does not make a Rust identifier (`Self`): `Self` is a Rust keyword"
    );
    let error = only_error("name: TestError\ncodes:\n  - code: 1\n    name: 404_NOT_FOUND\n");
    assert!(error.contains("starts with a digit"), "{error}");
    let error = only_error("name: TestError\ncodes:\n  - code: 1\n    name: 未找到\n");
    assert!(error.contains("not an ASCII letter"), "{error}");
}

#[test]
fn enum_name_must_be_upper_camel_case() {
    let error = only_error("name: test_error\ncodes:\n  - code: 1\n");
    assert!(error.starts_with("1:7: `test_error` cannot be the enum's name"), "{error}");
}

#[test]
fn code_must_fit_repr() {
    assert_eq!(
        only_error("name: TestError\nrepr: u8\ncodes:\n  - code: 256\n"),
        "4:11: code 256 does not fit `repr: u8`"
    );
    assert_eq!(
        only_error("name: TestError\nrepr: u16\ncodes:\n  - code: -1\n"),
        "4:11: code -1 does not fit `repr: u16`"
    );
}

#[test]
fn code_in_reserved_or_success() {
    let source = "name: TestError\nsuccess: [0]\nreserved: [5, [10, 19]]\ncodes:\n  - code: 0\n  - code: 5\n  - code: 12\n  - code: 20\n";
    let messages: Vec<String> = errors(source).iter().map(|e| e.message.clone()).collect();
    assert_eq!(
        messages,
        ["code 0 is listed in `success`", "code 5 is reserved", "code 12 is reserved"]
    );
    let group_reserved =
        "name: TestError\ngroups:\n  - name: a\n    reserved: [3]\n    codes:\n      - code: 3\n";
    assert_eq!(only_error(group_reserved), "6:15: code 3 is reserved");
}

#[test]
fn code_outside_its_group_range() {
    let source = "name: TestError\ngroups:\n  - name: app\n    range: [100, 199]\n    codes:\n      - code: 250\n  - name: volume\n    range: [200, 299]\n    codes:\n      - code: 201\n";
    let errors = errors(source);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].message, "code 250 is outside the range [100, 199] of group `app`");
    assert_eq!(
        errors[0].help.as_deref(),
        Some("its range puts it in group `volume`; move it there")
    );
}

#[test]
fn overlapping_ranges() {
    let source = "name: TestError\ngroups:\n  - name: a\n    range: [1, 10]\n    codes: [{code: 1}]\n  - name: b\n    range: [10, 20]\n    codes: [{code: 11}]\n";
    assert_eq!(
        only_error(source),
        "7:12: group range [10, 20] overlaps [1, 10] (first defined at line 4)"
    );
}

#[test]
fn range_with_lo_above_hi() {
    let source =
        "name: TestError\ngroups:\n  - name: a\n    range: [10, 1]\n    codes: [{code: 5}]\n";
    assert_eq!(only_error(source), "4:12: range [10, 1] is empty: lo > hi");
}

#[test]
fn range_must_fit_repr() {
    let source = "name: TestError\nrepr: i8\ngroups:\n  - name: a\n    range: [0, 300]\n    codes: [{code: 5}]\n";
    assert_eq!(only_error(source), "5:16: range bound 300 does not fit `repr: i8`");
}

#[test]
fn unranged_group_code_in_another_groups_range() {
    let source = "name: TestError\ngroups:\n  - name: a\n    range: [1, 10]\n    codes: [{code: 1}]\n  - name: b\n    codes: [{code: 5}]\n";
    assert_eq!(only_error(source), "7:20: code 5 lies in the range of group `a`");
}

#[test]
fn empty_code_lists() {
    assert_eq!(only_error("name: TestError\ncodes: []\n"), "2:8: `codes` is empty");
    let source = "name: TestError\ngroups:\n  - name: a\n    codes: []\n";
    assert_eq!(only_error(source), "4:12: this group's `codes` is empty");
    assert_eq!(only_error("name: TestError\n"), "1:1: the catalog has no codes");
    assert_eq!(
        only_error("name: TestError\ngroups: []\n"),
        "2:9: `groups` is empty: the catalog has no codes"
    );
}

#[test]
fn groups_and_codes_together() {
    let source =
        "name: TestError\ngroups:\n  - name: a\n    codes: [{code: 1}]\ncodes:\n  - code: 2\n";
    assert!(only_error(source).contains("either `groups` or `codes`"));
}

#[test]
fn an_open_catalog_has_no_enum_settings() {
    let source = format!(
        "{HEAD}representation: open\ndiscriminant: code\nexhaustive: true\ncodes:\n  - code: 1\n"
    );
    let found: Vec<String> = errors(&source)
        .iter()
        .map(|e| {
            let span = e.span.expect("a position");
            format!("{}:{}: {} {}", span.start.line, span.start.column, e.rule.id(), e.message)
        })
        .collect();
    assert_eq!(
        found,
        [
            "3:15: E0026 `discriminant: code` does not apply to `representation: open`",
            "4:13: E0026 `exhaustive: true` does not apply to `representation: open`",
        ]
    );
}

#[test]
fn http_status_range() {
    let source = format!("{HEAD}http: 99\ncodes:\n  - code: 1\n    http: 1000\n");
    let messages: Vec<String> = errors(&source).iter().map(|e| e.message.clone()).collect();
    assert_eq!(
        messages,
        ["HTTP status 99 is outside 100..=999", "HTTP status 1000 is outside 100..=999"]
    );
}

#[test]
fn language_key_not_in_languages() {
    let source = "name: TestError\nlanguages: [en, zh]\ncodes:\n  - code: 1\n    message:\n      en: hi\n      fr: salut\n";
    assert_eq!(only_error(source), "7:7: language `fr` is not in `languages`");
}

#[test]
fn group_name_that_is_not_ascii() {
    let source = "name: TestError\ngroups:\n  - name: 组别\n    codes: [{code: 1}]\n";
    let error = only_error(source);
    assert!(
        error.starts_with("3:11: group name `组别` does not make a Rust identifier"),
        "{error}"
    );
}

#[test]
fn display_template_errors() {
    let unknown = format!("{HEAD}display: \"{{code}} {{mesage}}\"\ncodes: [{{code: 1}}]\n");
    assert_eq!(only_error(&unknown), "2:10: unknown placeholder `{mesage}` in display template");
    let unbalanced = format!("{HEAD}display: \"{{code\"\ncodes: [{{code: 1}}]\n");
    assert!(only_error(&unbalanced).contains("unbalanced `{`"));
    let group = format!("{HEAD}display: \"{{group}}: {{message}}\"\ncodes: [{{code: 1}}]\n");
    assert!(only_error(&group)
        .contains("`{group}` in the display template of a catalog without groups"));
}

#[test]
fn empty_file() {
    let errors = errors("");
    assert_eq!(errors[0].message, "the catalog file is empty");
    assert_eq!(errors[0].span, None);
}

#[test]
fn all_errors_are_reported_together() {
    let source = "name: TestError\nrepr: u8\ncodes:\n  - code: 300\n  - code: 1\n    http: 42\n    colour: red\n  - code: 1\n";
    let errors = errors(source);
    let lines: Vec<usize> = errors.iter().map(|e| e.span.unwrap().start.line).collect();
    assert_eq!(lines, [4, 6, 7, 8], "{errors:#?}");
    assert_eq!(errors[3].headline(), "duplicate code 1 (first defined at line 5)");
    assert!(errors.iter().all(|e| e.file == "test.yaml"));
}

#[test]
fn file_errors_name_the_file_and_say_what_went_wrong() {
    let dir = std::env::temp_dir().join(format!("errcat-rules-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let read = |path: &std::path::Path, name: &str, base| read_file(path, name, base).unwrap_err();

    let missing = read(&dir.join("missing.yaml"), "missing.yaml", PathBase::CrateDir);
    assert_eq!((missing.problem, missing.is_io()), (FileProblem::Unreadable, true));
    let shown = missing.diagnostic.to_string();
    assert!(shown.starts_with("cannot read catalog file missing.yaml"), "{shown}");
    assert!(shown.contains("\n --> missing.yaml\n"), "{shown}");
    assert!(shown.ends_with("relative to the crate's directory (CARGO_MANIFEST_DIR)"), "{shown}");
    let from_cli = read(&dir.join("missing.yaml"), "missing.yaml", PathBase::CurrentDir);
    let help = from_cli.diagnostic.help.unwrap();
    assert_eq!(help, "the path is relative to the current directory");

    let directory = read(&dir, "dir", PathBase::CurrentDir);
    assert_eq!((directory.problem, directory.is_io()), (FileProblem::Directory, true));
    assert!(directory.diagnostic.message.contains("is a directory"));

    let latin1 = dir.join("latin1.yaml");
    std::fs::write(&latin1, b"name: Caf\xe9\n").unwrap();
    let not_utf8 = read(&latin1, "latin1.yaml", PathBase::CurrentDir);
    assert_eq!((not_utf8.problem, not_utf8.is_io()), (FileProblem::NotUtf8, false));
    assert_eq!(not_utf8.diagnostic.rule.id(), "E0003");
    assert!(not_utf8.diagnostic.message.starts_with("catalog file is not UTF-8"));

    let huge = dir.join("huge.yaml");
    // Sparse: the limit is checked before anything is read.
    std::fs::File::create(&huge).unwrap().set_len(limits::MAX_FILE_BYTES + 1).unwrap();
    let too_big = read(&huge, "huge.yaml", PathBase::CurrentDir);
    assert_eq!((too_big.problem, too_big.is_io()), (FileProblem::TooLarge, false));
    assert_eq!(too_big.diagnostic.rule.id(), "E0002");
    assert!(too_big.diagnostic.message.contains("over the limit"), "{}", too_big.diagnostic);

    // load_file reports the same diagnostics.
    let errors = errcat_catalog::load_file(&latin1, "latin1.yaml", PathBase::CrateDir).unwrap_err();
    assert_eq!(errors, [*not_utf8.diagnostic]);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_catalog() {
    let text = "\u{feff}name: TestError\ncodes:\n  - code: 1\n  - code: 1\n";
    let source = Source::new("bom.yaml", text);
    assert_eq!(source.text(), &text[3..]);
    let errors = load_source(&source).unwrap_err();
    assert_eq!(errors[0].source_line.as_deref(), Some("  - code: 1"));
    assert_eq!(errors, load_str(text, "bom.yaml").unwrap_err());
}

#[test]
fn a_valid_catalog_resolves_defaults() {
    let source = "name: TestError\nhttp: 503\nseverity: warning\ngroups:\n  - name: a\n    http: 404\n    codes:\n      - code: 2\n      - code: 1\n        http: 418\n        severity: fatal\n";
    let catalog = load_str(source, "test.yaml").unwrap();
    let facts: Vec<(i128, u16, &str)> =
        catalog.entries().iter().map(|e| (e.code, e.http, e.ident.as_str())).collect();
    assert_eq!(facts, [(1, 418, "Code1"), (2, 404, "Code2")]);
    assert_eq!(catalog.entries()[1].severity, Severity::Warning);
}

#[test]
fn implicit_names_are_names_too() {
    // With this prefix `Code5` becomes the variant `De5`, so only the names clash.
    let source =
        "name: TestError\nstrip_prefix: Co\ncodes:\n  - code: 1\n    name: Code5\n  - code: 5\n";
    assert_eq!(
        only_error(source),
        "6:11: code 5 has no `name`, so it is named `Code5`, which is taken (first defined at line 5)"
    );
    // Whichever comes first, a collision names both entries.
    let source = "name: TestError\ncodes:\n  - code: 2\n  - code: 1\n    name: CODE_2\n";
    assert_eq!(
        only_error(source),
        "5:11: `CODE_2` and `Code2` both become the variant `Code2` (first defined at line 3)"
    );
}

#[test]
fn diagnostics_render_like_rustc() {
    let source = "name: InfoError\ncodes:\n  - code: 3907\n  - code: 3908\n  - code: 3907\n";
    let expected = [
        "duplicate code 3907",
        " --> test.yaml:5:11",
        "  |",
        "5 |   - code: 3907",
        "  |           ^^^^ first defined at line 3",
        "  |",
        "  = help: each code may appear once; remove or renumber one of them",
    ];
    assert_eq!(errors(source)[0].to_string(), expected.join("\n"));
}

#[test]
fn carets_sit_under_the_node_in_terminal_columns() {
    // Chinese characters take two columns in a terminal: the carets move right
    // by one column for each of them before the error, and widen under them.
    let source =
        "name: TestError\nlanguages: [zh]\ncodes:\n  - code: 1\n    message: {zh: 消息, fr: x}\n";
    let rendered = errors(source)[0].to_string();
    let tail = "5 |     message: {zh: 消息, fr: x}\n  |                         ^^\n";
    assert!(rendered.contains(tail), "{rendered}");
    let source = "name: TestError\nlanguages: [zh]\ncodes:\n  - code: 1\n    message: {zh: 消息}\n    名前: x\n";
    let rendered = errors(source)[0].to_string();
    let tail = "6 |     名前: x\n  |     ^^^^\n";
    assert!(rendered.contains(tail), "{rendered}");
}

#[test]
fn every_diagnostic_carries_a_stable_rule_id() {
    let id = |source: &str| errors(source)[0].rule.id();
    assert_eq!(id("name: [A\n"), "E0001");
    assert_eq!(id(&format!("name: A\nx: {}{}\n", "[".repeat(40), "]".repeat(40))), "E0002");
    assert_eq!(id(""), "E0003");
    assert_eq!(id("name: TestError\ncodes:\n  - code: x\n"), "E0004");
    assert_eq!(id("name: TestError\ncodes:\n  - code: 1\n    mesage: x\n"), "E0005");
    assert_eq!(id("codes:\n  - code: 1\n"), "E0006");
    assert_eq!(id("name: TestError\nname: B\ncodes:\n  - code: 1\n"), "E0007");
    assert_eq!(id("name: TestError\ncodes:\n  - code: 1\n  - code: 1\n"), "E0008");
    assert_eq!(
        id("name: TestError\ncodes:\n  - code: 1\n    name: A\n  - code: 2\n    name: A\n"),
        "E0009"
    );
    assert_eq!(id("name: TestError\ncodes:\n  - code: 1\n    name: self\n"), "E0010");
    assert_eq!(id("name: TestError\nrepr: u8\ncodes:\n  - code: 300\n"), "E0011");
    assert_eq!(id("name: TestError\nreserved: [1]\ncodes:\n  - code: 1\n"), "E0012");
    assert_eq!(
        id("name: TestError\ngroups:\n  - name: a\n    range: [5, 1]\n    codes: [{code: 3}]\n"),
        "E0013"
    );
    assert_eq!(id("name: TestError\ncodes: []\n"), "E0014");
    assert_eq!(id("name: TestError\nhttp: 42\ncodes:\n  - code: 1\n"), "E0015");
    assert_eq!(id("name: TestError\ncodes:\n  - code: 1\n    message: {fr: x}\n"), "E0016");
    assert_eq!(id("name: TestError\ndisplay: \"{x}\"\ncodes:\n  - code: 1\n"), "E0017");
}
