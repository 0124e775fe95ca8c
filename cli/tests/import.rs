//! `errcat import` on documents in the shapes of the seed documents (their
//! tables verbatim, the prose around them rewritten): each draft must hold
//! the codes and texts of the catalog committed for that document. Where a
//! draft and the catalog differ, the difference is listed with the reason,
//! so a new one fails the test.

use std::collections::BTreeMap;

use errcat_catalog::{load_str, Catalog};
use errcat_cli::commands::{docs, import};
use errcat_cli::import::{DocFormat, Draft};
use errcat_cli::output::Output;

const REPO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
const DOCS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/import");

fn import(doc: &str, with: &[&str], section: Option<&str>) -> Draft {
    let args = import::Args {
        with: with.iter().map(|w| format!("{DOCS}/{w}")).collect(),
        section: section.map(str::to_owned),
        ..import::Args::new(&format!("{DOCS}/{doc}"))
    };
    let draft = import::run(&args).unwrap();
    assert_eq!(draft.errors, Vec::<String>::new(), "{}", draft.yaml);
    draft
}

/// Per code: its name and every text, keyed `field.lang`.
fn facts(catalog: &Catalog) -> BTreeMap<i128, BTreeMap<String, String>> {
    facts_in(catalog, None)
}

/// [`facts`], with only the texts a reader of the language at `shown`
/// sees (the catalog's fallback included), as `field.shown`.
fn facts_in(catalog: &Catalog, shown: Option<usize>) -> BTreeMap<i128, BTreeMap<String, String>> {
    let languages = catalog.languages();
    catalog
        .entries()
        .iter()
        .map(|entry| {
            let mut facts = BTreeMap::from([("name".to_owned(), entry.name.clone())]);
            if entry.deprecated.is_some() {
                facts.insert("deprecated".to_owned(), "yes".to_owned());
            }
            let fields = [
                ("message", &entry.message),
                ("description", &entry.description),
                ("solution", &entry.solution),
            ];
            for (field, text) in fields {
                for (index, lang) in languages.iter().enumerate() {
                    let text = match shown {
                        None => text.as_ref().and_then(|t| t.own(index)),
                        Some(shown) if shown == index => text.as_ref().and_then(|t| t.get(index)),
                        Some(_) => None,
                    };
                    // A reference shows a line break as one, and every other
                    // character errcat never writes raw by its name, `<U+202E>`.
                    let text = text.map(|t| {
                        if shown.is_some() {
                            t.replace("\r\n", "\n")
                                .split('\n')
                                .map(errcat_catalog::escape::visible)
                                .collect::<Vec<_>>()
                                .join("\n")
                        } else {
                            t.to_owned()
                        }
                    });
                    if let Some(text) = text {
                        facts.insert(format!("{field}.{lang}"), text);
                    }
                }
            }
            (entry.code, facts)
        })
        .collect()
}

/// Every difference between the draft and the committed catalog, one line
/// each: `code: only in …`, or `code field: committed … draft …`.
fn differences(draft: &Draft, committed: &str) -> Vec<String> {
    let path = format!("{REPO}/examples/catalogs/{committed}");
    let committed = load_str(&std::fs::read_to_string(&path).unwrap(), &path).unwrap();
    let drafted = load_str(&draft.yaml, "draft.yaml").unwrap();
    let (theirs, ours) = (facts(&committed), facts(&drafted));
    let mut found = Vec::new();
    for code in theirs.keys().chain(ours.keys().filter(|c| !theirs.contains_key(c))) {
        match (theirs.get(code), ours.get(code)) {
            (Some(_), None) => found.push(format!("{code}: only in the committed catalog")),
            (None, Some(_)) => found.push(format!("{code}: only in the draft")),
            (Some(a), Some(b)) => {
                for key in a.keys().chain(b.keys().filter(|k| !a.contains_key(*k))) {
                    if a.get(key) != b.get(key) {
                        found.push(format!(
                            "{code} {key}: committed {:?}, draft {:?}",
                            a.get(key),
                            b.get(key)
                        ));
                    }
                }
            }
            (None, None) => {}
        }
    }
    found
}

fn findings(draft: &Draft) -> Vec<String> {
    draft
        .findings
        .iter()
        .map(|f| {
            format!(
                "{}:{} {}",
                f.document.as_deref().unwrap_or(""),
                f.line.unwrap_or(0),
                f.kind.as_str()
            )
        })
        .collect()
}

fn committed(file: &str) -> Catalog {
    let path = format!("{REPO}/examples/catalogs/{file}");
    load_str(&std::fs::read_to_string(&path).unwrap(), &path).unwrap()
}

fn lines(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn blobstore_with_its_go_constants_has_every_code_text_and_name() {
    let draft = import("blobstore.zh.md", &["blobstore_errors.go"], None);
    // The document gives no names; the Go constants do, joined by code. The
    // source (at the commit the document describes) has 8 codes the
    // document never listed: the draft adds them, the committed catalog,
    // which reproduces the document, does not.
    let added = [466, 550, 634, 674, 675, 934, 935, 936];
    let expected: Vec<String> = added.iter().map(|c| format!("{c}: only in the draft")).collect();
    assert_eq!(differences(&draft, "blobstore.yaml"), expected);
    let go = format!("{DOCS}/blobstore_errors.go");
    let reported: Vec<String> =
        [8, 9, 40, 52, 53, 100, 101, 102].iter().map(|l| format!("{go}:{l} missing")).collect();
    assert_eq!(findings(&draft), reported);
    // The ranges the document states are the groups' ranges.
    for range in ["[550, 599]", "[800, 899]", "[900, 999]", "[600, 699]", "[700, 799]"] {
        assert!(draft.yaml.contains(&format!("    range: {range}\n")), "{range}");
    }
    assert!(draft.yaml.contains("strip_prefix: \"Code\"\n"));
}

#[test]
fn info2soft_reports_its_repeated_codes_and_rows_without_text() {
    let draft = import("info2soft.zh.md", &[], None);
    // Names (the document has none) and group names, ranges and HTTP
    // statuses (decisions of the committed catalog) aside, nothing differs.
    assert_eq!(differences(&draft, "info2soft.yaml"), Vec::<String>::new());
    let duplicates: Vec<&str> = draft
        .findings
        .iter()
        .filter(|f| f.kind.as_str() == "duplicate-code")
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(
        duplicates,
        [
            "code 3907 is listed again (first at line 146): the draft keeps the row at line 146 and leaves out the one at line 148",
            "code 4350 is listed again (first at line 196): the draft keeps the row at line 196 and leaves out the one at line 197",
        ]
    );
    let without_text = draft.findings.iter().filter(|f| f.kind.as_str() == "no-text").count();
    assert_eq!(without_text, 55);
    assert_eq!(draft.findings.len(), 57, "nothing else to report");
    // Each block between separator rows is a group of its own.
    assert_eq!(draft.yaml.matches("  - name: \"group_").count(), 15);
}

#[test]
fn api_switch_assignments_in_a_code_block_keep_their_names() {
    let draft = import("api_switch.zh.md", &[], None);
    // Same codes, names and messages; the committed catalog's groups by
    // hundreds, HTTP statuses and body are its own decisions.
    assert_eq!(differences(&draft, "api_switch.yaml"), Vec::<String>::new());
    assert_eq!(findings(&draft), lines(&[":269 no-text"]));
    assert_eq!(draft.codes, 103);
}

#[test]
fn mooncake_transfer_engine_joins_the_header_numbers_and_the_english_page() {
    let draft =
        import("mooncake.zh.md", &["mooncake_error.h", "mooncake.en.txt"], Some("TransferEngine"));
    // The English page was copied from a rendered page that lost its inline
    // code, and the sentences holding it end there; the committed catalog
    // has the whole sentences, from the documentation's table.
    let cut = |code: i128, whole: &str, kept: &str| {
        format!("{code} message.en: committed Some({whole:?}), draft Some({kept:?})")
    };
    assert_eq!(
        differences(&draft, "mooncake_transfer_engine.yaml"),
        [
            cut(-301, "The system does not support `clock_gettime` interface", "The system does not support"),
            cut(-201, "Exceptions during the creation and use of `RdmaEndPoint` objects", "Exceptions during the creation and use of"),
            cut(-4, "Reclaim a `BatchID` that is currently executing a request", "Reclaim a"),
            cut(-2, "The number of requests passed by the user when calling the `SubmitTransfer` interface exceeds the maximum value specified by the allocated `BatchID`", "The number of requests passed by the user when calling the"),
        ]
    );
    let header = format!("{DOCS}/mooncake_error.h");
    let page = format!("{DOCS}/mooncake.en.txt");
    assert_eq!(
        findings(&draft),
        [
            ":11 note".to_owned(),
            format!("{page}:10 note"),
            format!("{header}:18 missing"),
            format!("{header}:22 missing")
        ]
    );
    assert!(draft.yaml.contains("success: [0]\n"));
}

#[test]
fn mooncake_store_in_both_languages() {
    let draft = import("mooncake.zh.md", &["mooncake.en.txt"], Some("Store"));
    assert_eq!(differences(&draft, "mooncake_store.yaml"), Vec::<String>::new());
    // Each document's reader reports its own success line.
    let page = format!("{DOCS}/mooncake.en.txt");
    assert_eq!(findings(&draft), [":34 note".to_owned(), format!("{page}:63 note")]);
    // The English page alone gives the same codes, in English.
    let english = import("mooncake.en.txt", &[], Some("Store"));
    let theirs = facts(&committed("mooncake_store.yaml"));
    let ours = facts(&load_str(&english.yaml, "en.yaml").unwrap());
    assert_eq!(ours.keys().collect::<Vec<_>>(), theirs.keys().collect::<Vec<_>>());
    for (code, facts) in &ours {
        assert_eq!(facts.get("message.en"), theirs[code].get("message.en"), "{code}");
    }
}

/// `errcat docs --lang L` of a catalog, imported again with `--lang L`,
/// gives back every code, name and text the reference shows.
fn docs_round_trip(catalog: &str) {
    let path = format!("{REPO}/{catalog}");
    let source = load_str(&std::fs::read_to_string(&path).unwrap(), &path).unwrap();
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("import-docs");
    std::fs::create_dir_all(&dir).unwrap();
    for (index, lang) in source.languages().iter().enumerate() {
        let docs = docs::run(&docs::Args {
            file: path.clone(),
            format: docs::Format::Markdown,
            lang: Some(lang.clone()),
            output: Output::STDOUT,
        })
        .unwrap();
        let stem =
            std::path::Path::new(catalog).file_stem().unwrap().to_string_lossy().into_owned();
        let reference = dir.join(format!("{stem}.{lang}.md"));
        std::fs::write(&reference, &docs.text).unwrap();
        let draft = import::run(&import::Args {
            lang: Some(lang.clone()),
            ..import::Args::new(&reference.to_string_lossy())
        })
        .unwrap();
        assert_eq!(draft.errors, Vec::<String>::new(), "{}", draft.yaml);
        let drafted = load_str(&draft.yaml, "draft.yaml").unwrap();
        let shown = facts_in(&source, Some(index));
        let back = facts_in(&drafted, drafted.languages().iter().position(|l| l == lang));
        assert_eq!(back, shown, "{catalog} in {lang}");
        for (theirs, ours) in source.entries().iter().zip(drafted.entries()) {
            assert_eq!(
                (theirs.http, theirs.severity),
                (ours.http, ours.severity),
                "{}",
                theirs.code
            );
        }
    }
}

#[test]
fn references_of_the_seed_catalogs_import_back() {
    for catalog in
        ["blobstore", "info2soft", "api_switch", "mooncake_store", "mooncake_transfer_engine"]
    {
        docs_round_trip(&format!("examples/catalogs/{catalog}.yaml"));
    }
}

#[test]
fn references_of_hostile_and_argument_catalogs_import_back() {
    docs_round_trip("tests/catalogs/hostile_text.yaml");
    docs_round_trip("examples/storage.yaml");
}

#[test]
fn linux_errno_header_reports_its_aliases() {
    let draft = import("linux_errno.h", &[], None);
    assert_eq!(draft.codes, 131);
    let skipped: Vec<(Option<usize>, &str)> =
        draft.findings.iter().map(|f| (f.line, f.message.as_str())).collect();
    assert_eq!(
        skipped,
        [
            (Some(46), "`EWOULDBLOCK` is another name for `EAGAIN` (11): left out, a catalog has one name per code"),
            (Some(63), "`EDEADLOCK` is another name for `EDEADLK` (35): left out, a catalog has one name per code"),
        ]
    );
    let catalog = load_str(&draft.yaml, "errno.yaml").unwrap();
    let eperm = &catalog.entries()[0];
    assert_eq!((eperm.code, eperm.name.as_str()), (1, "EPERM"));
    assert_eq!(eperm.message.as_ref().and_then(|m| m.own(0)), Some("Operation not permitted"));
}

#[test]
fn mooncake_types_header_reports_codes_outside_their_stated_ranges() {
    let draft = import("mooncake_types.h", &[], None);
    let found: Vec<(Option<usize>, &str)> =
        draft.findings.iter().map(|f| (f.line, f.message.as_str())).collect();
    assert_eq!(
        found,
        [
            (Some(10), "code 0 reads as success: listed in `success`, not as an error"),
            (Some(16), "code -10 is outside [-99, -20], the range line 15 states for its section"),
            (
                Some(56),
                "code -713 is outside [-712, -703], the range line 45 states for its section"
            ),
            (
                Some(57),
                "code -714 is outside [-712, -703], the range line 45 states for its section"
            ),
        ]
    );
    assert_eq!(draft.codes, 71);
    // A range its codes break is left out; the others are the groups' ranges.
    assert!(!draft.yaml.contains("[-99, -20]") && !draft.yaml.contains("[-712, -703]"));
    assert!(draft.yaml.contains("    range: [-199, -100]\n"));
    assert!(draft.yaml.contains("success: [0]\n"));
}

#[test]
fn etcd_messages_come_from_the_map_before_the_constants() {
    let draft = import("etcd_errors.go", &[], None);
    assert_eq!((draft.codes, draft.findings.len()), (32, 0));
    let catalog = load_str(&draft.yaml, "etcd.yaml").unwrap();
    let message = |code: i128| {
        let entry = catalog.entries().iter().find(|e| e.code == code).unwrap();
        (entry.name.clone(), entry.message.as_ref().and_then(|m| m.own(0)).map(str::to_owned))
    };
    assert_eq!(message(100), ("EcodeKeyNotFound".to_owned(), Some("Key not found".to_owned())));
    assert_eq!(
        message(103),
        (
            "ecodeNoMorePeer".to_owned(),
            Some("Reached the max number of peers in the cluster".to_owned())
        )
    );
}

#[test]
fn text_that_looks_like_yaml_reads_back_exactly() {
    let texts = [
        "key: value",
        "# not a comment",
        "&anchor",
        "*alias",
        "- item",
        "? key",
        ": value",
        "---",
        "...",
        "'single'",
        "\"double\"",
        "yes",
        "no",
        "null",
        "~",
        "0x1F",
        "1e3",
        ".inf",
        "2001-12-14",
        "@at",
        "%TAG ! x",
        "!tag",
        "[a, b]",
        "{a: b}",
        "> folded",
        "<<: *merge",
        "a \\| pipe",
        "tab\there",
        "😀 émoji 中文",
    ];
    let mut doc = String::from("| Code | Message |\n| --- | --- |\n");
    for (code, text) in texts.iter().enumerate() {
        doc.push_str(&format!("| {} | {text} |\n", code + 1));
    }
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("import-tricky");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("tricky.md");
    std::fs::write(&path, doc).unwrap();
    let args = import::Args {
        lang: Some("en".to_owned()),
        name: Some("Tricky".to_owned()),
        ..import::Args::new(&path.to_string_lossy())
    };
    let draft = import::run(&args).unwrap();
    let catalog = load_str(&draft.yaml, "tricky.yaml").unwrap();
    let read_back: Vec<&str> =
        catalog.entries().iter().filter_map(|e| e.message.as_ref()?.own(0)).collect();
    // `\|` is how a table cell writes `|`.
    let expected: Vec<String> = texts.iter().map(|t| t.replace("\\|", "|")).collect();
    assert_eq!(read_back, expected);
}

fn errcat(args: &[&str], dir: &std::path::Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_errcat"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("import-cli").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `errcat import` on a document with `bytes` and returns its exit
/// status and standard error.
fn import_bytes(name: &str, bytes: &[u8]) -> (Option<i32>, String) {
    let dir = scratch(name);
    std::fs::write(dir.join(name), bytes).unwrap();
    let output = errcat(&["import", "--color", "never", name], &dir);
    (output.status.code(), String::from_utf8_lossy(&output.stderr).into_owned())
}

#[test]
fn documents_that_are_not_text_end_with_a_clear_message_and_status_2() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    assert_eq!(
        import_bytes("logo.md", png),
        (
            Some(2),
            "error: cannot import logo.md: it is binary (it has NUL bytes), not a text document\n"
                .to_owned()
        )
    );
    assert_eq!(
        import_bytes("empty.md", b" \n\n"),
        (Some(2), "error: cannot import empty.md: it is empty\n".to_owned())
    );
    // 错误码 in GBK.
    let (status, err) = import_bytes("gbk.md", b"| \xb4\xed\xce\xf3\xc2\xeb | message |\n");
    assert_eq!(status, Some(2));
    assert!(err.contains("it is not UTF-8 (byte 2 is not); convert it first"), "{err}");
    let row = b"| 1 | a message that repeats |\n";
    let huge: Vec<u8> = row.iter().copied().cycle().take(50 << 20).collect();
    let (status, err) = import_bytes("huge.md", &huge);
    assert_eq!(status, Some(2));
    assert_eq!(err, "error: cannot import huge.md: it is larger than 32 MiB; error tables are far smaller, is it the right file?\n");
}

#[test]
fn a_table_it_cannot_read_is_named_in_the_error() {
    let (status, err) =
        import_bytes("notes.md", b"# Notes\n\n| Foo | Bar |\n| --- | --- |\n| 1 | x |\n");
    assert_eq!(status, Some(2));
    assert_eq!(
        err,
        "error: notes.md: no codes found as markdown; a table needs a header row with a code column (`code`, `错误码`, `状态码`…); `--format` picks another shape\n  notes.md:3: a table without a code column (headers: Foo, Bar): skipped\n"
    );
}

#[test]
fn ragged_rows_and_unknown_columns_are_reported_and_the_draft_checks() {
    let dir = scratch("ragged");
    let doc = "| 状态码 | 错误信息 | Owner |\n| --- | --- | --- |\n| 1 | short row |\n| 2 | long row | ops | extra |\n| 2 | again | ops |\n| ?? | not a code | ops |\n";
    std::fs::write(dir.join("ragged.md"), doc).unwrap();
    let output = errcat(&["import", "ragged.md", "-o", "ragged.yaml"], &dir);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "ragged.md:1: skipped: column `Owner` is not one errcat knows: left out\n\
         ragged.md:3: note: the row has 2 cells and the header 3: read as the header's columns\n\
         ragged.md:4: note: the row has 4 cells and the header 3: read as the header's columns\n\
         ragged.md:5: duplicate-code: code 2 is listed again (first at line 4): the draft keeps the row at line 4 and leaves out the one at line 5\n\
         ragged.md:6: skipped: `??` is neither a code nor a name: the row is left out\n\
         ragged.md: drafted 2 codes, 5 findings\n"
    );
    let check = errcat(&["check", "ragged.yaml"], &dir);
    assert_eq!(check.status.code(), Some(0), "{}", String::from_utf8_lossy(&check.stderr));
    // A draft never overwrites a file.
    let again = errcat(&["import", "ragged.md", "-o", "ragged.yaml"], &dir);
    assert_eq!(again.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&again.stderr),
        "error: ragged.yaml exists: a draft does not overwrite it; remove it or choose another OUT\n"
    );
}

#[test]
fn the_report_as_json() {
    let output =
        errcat(&["import", "--report", "json", "info2soft.zh.md"], std::path::Path::new(DOCS));
    assert_eq!(output.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&output.stderr).unwrap();
    assert_eq!(report["codes"], 240);
    assert_eq!(report["findings"].as_array().map(Vec::len), Some(57));
    assert_eq!(
        report["findings"][56],
        serde_json::json!({
            "doc": "info2soft.zh.md",
            "line": 197,
            "kind": "duplicate-code",
            "message": "code 4350 is listed again (first at line 196): the draft keeps the row at line 196 and leaves out the one at line 197"
        })
    );
    assert!(String::from_utf8_lossy(&output.stdout)
        .starts_with("# A draft catalog, imported by `errcat import` from info2soft.zh.md."));
    let section =
        errcat(&["import", "--section", "x", "etcd_errors.go"], std::path::Path::new(DOCS));
    assert_eq!(section.status.code(), Some(2));
    // Names without numbers, and no header to number them.
    let unnumbered = errcat(
        &["import", "--section", "TransferEngine", "mooncake.zh.md"],
        std::path::Path::new(DOCS),
    );
    assert_eq!(unnumbered.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unnumbered.stderr).ends_with(
        "\n  `ERR_INVALID_ARGUMENT`, `ERR_TOO_MANY_REQUESTS`, `ERR_ADDRESS_NOT_REGISTERED`… are named without a number: `--with` a document that numbers them (a C header, say)\n"
    ));
}

/// Every reader over every text file of the repository: an error or a
/// draft that the catalog loader accepts, never a panic.
#[test]
fn any_document_in_any_shape_gives_a_valid_draft_or_an_error() {
    let mut files = Vec::new();
    for dir in [
        "cli/tests/import",
        "examples/catalogs",
        "tests/catalogs",
        "tests/ui",
        "docs",
        "cli/src/import",
        ".",
    ] {
        for entry in std::fs::read_dir(format!("{REPO}/{dir}")).unwrap() {
            let path = entry.unwrap().path();
            let text_like = ["md", "yaml", "rs", "go", "h", "txt", "stderr", "toml"];
            if path.extension().is_some_and(|e| text_like.iter().any(|t| e == *t)) {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 50, "{}", files.len());
    let mut drafts = 0;
    for path in &files {
        for format in DocFormat::ALL {
            let args =
                import::Args { format: Some(format), ..import::Args::new(&path.to_string_lossy()) };
            if let Ok(draft) = import::run(&args) {
                assert_eq!(draft.errors, Vec::<String>::new(), "{} as {format:?}", path.display());
                assert!(
                    load_str(&draft.yaml, "draft.yaml").is_ok(),
                    "{} as {format:?}",
                    path.display()
                );
                drafts += 1;
            }
        }
    }
    assert!(drafts > 30, "{drafts}");
}

#[test]
fn what_the_command_line_and_file_names_bring_cannot_break_the_draft() {
    let dir = scratch("names");
    // A file name with YAML line breaks in it, and two message columns in one language.
    let name = "a\rrepr: i64\r#.md";
    std::fs::write(
        dir.join(name),
        "| Code | Message | Error message |\n| --- | --- | --- |\n| 1 | one | uno |\n",
    )
    .unwrap();
    let output = errcat(&["import", name], &dir);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let draft = String::from_utf8_lossy(&output.stdout).into_owned();
    let catalog = load_str(&draft, "draft.yaml").unwrap();
    assert_eq!(catalog.repr(), errcat_catalog::format::Repr::I32, "{draft}");
    assert_eq!(catalog.entries()[0].message.as_ref().and_then(|m| m.own(0)), Some("one"));
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains(":1: skipped: column `Error message` holds the message (en) an earlier column holds: left out"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let bad_lang = errcat(&["import", "--lang", "en, zh", name], &dir);
    assert_eq!(bad_lang.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&bad_lang.stderr),
        "error: --lang \"en, zh\" is not a language tag: use one such as en, zh or pt-BR\n"
    );
}

/// The drafts of the test documents, as `errcat import` prints them, are
/// committed in `tests/import/drafts/` (the facade's `tests/imported.rs`
/// compiles them with `catalog!`). `ERRCAT_BLESS=1` rewrites them (never under `CI`).
#[test]
fn committed_drafts_are_what_import_prints() {
    let cases: [(&str, &[&str]); 8] = [
        ("blobstore", &["blobstore.zh.md", "--with", "blobstore_errors.go"]),
        ("info2soft", &["info2soft.zh.md"]),
        ("api_switch", &["api_switch.zh.md"]),
        (
            "transfer_engine",
            &[
                "mooncake.zh.md",
                "--section",
                "TransferEngine",
                "--with",
                "mooncake_error.h",
                "--with",
                "mooncake.en.txt",
                "--name",
                "TransferEngineError",
            ],
        ),
        (
            "store",
            &[
                "mooncake.zh.md",
                "--section",
                "Store",
                "--with",
                "mooncake.en.txt",
                "--name",
                "StoreError",
            ],
        ),
        ("linux_errno", &["linux_errno.h", "--name", "Errno"]),
        ("mooncake_types", &["mooncake_types.h", "--name", "ErrorCode"]),
        ("etcd", &["etcd_errors.go", "--name", "EtcdError"]),
    ];
    let docs = std::path::Path::new(DOCS);
    for (name, args) in cases {
        let mut command = vec!["import"];
        command.extend(args);
        let output = errcat(&command, docs);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{name}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let draft = String::from_utf8(output.stdout).unwrap();
        let path = docs.join("drafts").join(format!("{name}.yaml"));
        errcat_testkit::assert_committed(&path, &draft, "cargo test -p errcat-cli --test import");
    }
}

#[test]
fn go_grpc_codes_from_a_map_literal_become_grpc_keys() {
    let args = import::Args::new(&format!("{DOCS}/grpc_codes.go"));
    let draft = import::run(&args).unwrap();
    let catalog = load_str(&draft.yaml, "grpc.yaml").unwrap();
    let codes: Vec<(i128, &str)> =
        catalog.entries().iter().map(|e| (e.code, e.grpc.as_str())).collect();
    assert_eq!(codes, [(611, "NOT_FOUND"), (612, "UNAVAILABLE"), (613, "RESOURCE_EXHAUSTED")]);
    let findings: Vec<String> = draft.findings.iter().map(|f| f.message.clone()).collect();
    assert_eq!(
        findings,
        [
            "a gRPC code for `ErrUnknownThing`, which is no constant here: left out",
            "`codes.Bogus` for `ErrQuotaExceeded` is no gRPC error code: left out",
        ]
    );
}

#[test]
fn protobuf_enums_become_groups_with_reserved_codes_and_aliases_reported() {
    let draft = import("error_reason.proto", &[], None);
    let catalog = load_str(&draft.yaml, "proto.yaml").unwrap();
    let entries: Vec<(i128, &str, Option<&str>, bool)> = catalog
        .entries()
        .iter()
        .map(|e| {
            (
                e.code,
                e.name.as_str(),
                e.message.as_ref().and_then(|m| m.own(0)),
                e.deprecated.is_some(),
            )
        })
        .collect();
    assert_eq!(
        entries,
        [
            (611, "DISK_NOT_FOUND", Some("The disk is not mounted on the host."), false),
            (612, "DISK_BUSY", Some("The disk is busy; retry later."), false),
            (630, "QUOTA_EXCEEDED", Some("The quota of the volume is used up."), true),
            (904, "VOLUME_NOT_FOUND", Some("The volume does not exist."), false),
            (905, "VOLUME_READONLY", Some("The volume is read-only."), false),
        ]
    );
    let groups: Vec<&str> = catalog.groups().iter().map(|g| g.name.as_str()).collect();
    assert_eq!(groups, ["error_reason", "volume_reason"]);
    assert_eq!(catalog.reserved(), [(613, 613), (620, 629)]);
    assert_eq!(catalog.success(), [(0, 0)]);
    let findings: Vec<(Option<usize>, &str)> =
        draft.findings.iter().map(|f| (f.line, f.message.as_str())).collect();
    assert_eq!(
        findings,
        [
            (Some(11), "`ERROR_REASON_UNSPECIFIED` = 0, the enum's default, is listed in `success`, not as an error"),
            (Some(16), "the reserved name \"DISK_GONE\" has no code: left out"),
            (Some(27), "`REASON_UNSPECIFIED` = 0, the enum's default, is listed in `success`, not as an error"),
            (Some(30), "`VOLUME_MISSING` is an alias of `VOLUME_NOT_FOUND` (904): left out"),
        ]
    );
}

/// Per entry: code, name, default-language message, argument names.
fn rust_entries(draft: &Draft) -> Vec<(i128, String, String, Vec<String>)> {
    let catalog = load_str(&draft.yaml, "rust.yaml").unwrap();
    catalog
        .entries()
        .iter()
        .map(|e| {
            let message = e.message.as_ref().and_then(|m| m.own(0)).unwrap_or_default().to_owned();
            (e.code, e.name.clone(), message, e.args.iter().map(|a| a.name.clone()).collect())
        })
        .collect()
}

#[test]
fn a_rust_enum_with_discriminants_keeps_its_name_repr_docs_and_strum_names() {
    let draft = import("status_code.rs", &[], None);
    assert!(
        draft.yaml.contains("\nname: StatusCode\n") && draft.yaml.contains("\nrepr: u32\n"),
        "{}",
        draft.yaml
    );
    let entries = rust_entries(&draft);
    let codes: Vec<i128> = entries.iter().map(|e| e.0).collect();
    // Counted on after an explicit discriminant: 4000, 4001, 4002.
    assert_eq!(codes, [1000, 1001, 1002, 1003, 1004, 4000, 4001, 4002, 6000, 7100]);
    assert_eq!(entries[6].1, "TableNotFound");
    assert_eq!(entries[6].2, "Table not found.");
    assert_eq!(entries[8].1, "region_busy", "#[strum(serialize)] names it");
    assert!(draft.yaml.contains(
        "description: \"The table named in the query does not exist in the current database.\""
    ));
    let findings: Vec<(Option<usize>, &str)> =
        draft.findings.iter().map(|f| (f.line, f.message.as_str())).collect();
    assert_eq!(
        findings,
        [
            (Some(12), "code 0 reads as success: listed in `success`, not as an error"),
            (Some(36), "`LicenseRequired` is `#[cfg]`-gated: read, but it may not exist in every build"),
            (Some(41), "`define_more_codes!` is a macro the reader cannot expand: what it defines is not read"),
            (Some(71), "an arm whose value the reader cannot evaluate: its variants keep no value"),
        ]
    );
    // A bool function errcat has no key for: a declared field of its name.
    assert!(
        draft.yaml.contains("fields:\n  should_log_error: {type: bool, default: false}\n"),
        "{}",
        draft.yaml
    );
    // The mapping functions beside the enum: what each returns for each variant.
    let catalog = load_str(&draft.yaml, "status.yaml").unwrap();
    let facts: Vec<(i128, u16, &str, bool)> =
        catalog.entries().iter().map(|e| (e.code, e.http, e.grpc.as_str(), e.retryable)).collect();
    assert_eq!(
        facts,
        [
            (1000, 500, "INTERNAL", false),
            // An arm the reader cannot evaluate: the code of HTTP 500.
            (1001, 500, "INTERNAL", false),
            (1002, 500, "INTERNAL", false),
            (1003, 500, "INTERNAL", true),
            (1004, 500, "INVALID_ARGUMENT", false),
            (4000, 409, "ALREADY_EXISTS", false),
            (4001, 400, "NOT_FOUND", false),
            (4002, 400, "NOT_FOUND", false),
            (6000, 503, "RESOURCE_EXHAUSTED", true),
            (7100, 500, "INTERNAL", false),
        ]
    );
}

#[test]
fn thiserror_messages_give_typed_arguments_and_consts_are_another_item() {
    let draft = import("disk_error.rs", &[], None);
    let entries = rust_entries(&draft);
    assert_eq!(
        entries[0],
        (
            611,
            "DiskNotFound".into(),
            "disk {disk_id} not found on {host}".into(),
            vec!["disk_id".into(), "host".into()]
        )
    );
    assert!(
        draft.yaml.contains("args: {\"disk_id\": \"u64\", \"host\": \"string\"}"),
        "{}",
        draft.yaml
    );
    assert_eq!(entries[2].3, Vec::<String>::new(), "a Duration is no argument type");
    let notes: Vec<&str> = draft.findings.iter().map(|f| f.message.as_str()).collect();
    assert!(
        notes.contains(&"mod codes also holds 2 codes: not read (`--item codes` reads it instead)"),
        "{notes:?}"
    );
    let args = import::Args {
        item: Some("codes".into()),
        ..import::Args::new(&format!("{DOCS}/disk_error.rs"))
    };
    let consts = import::run(&args).unwrap();
    let entries = rust_entries(&consts);
    assert_eq!(
        entries.iter().map(|e| (e.0, e.1.as_str())).collect::<Vec<_>>(),
        [(904, "VOLUME_NOT_EXIST"), (905, "VOLUME_READONLY")]
    );
}

#[test]
fn a_rust_file_that_does_not_parse_is_exit_2_with_its_position() {
    let (status, stderr) = import_bytes("broken.rs", b"pub enum E {\n    A = 1,\n    B = ,\n}\n");
    assert_eq!(status, Some(2));
    assert!(stderr.contains("broken.rs: it does not parse as Rust: line 3, column"), "{stderr}");
}

#[test]
fn hostile_rust_files_are_read_or_refused_never_a_crash() {
    // Nesting that would take syn's recursion past the stack: refused first.
    let deep = format!("{}{}", "mod a {".repeat(100_000), "}".repeat(100_000));
    let (status, stderr) = import_bytes("deep.rs", deep.as_bytes());
    assert_eq!(status, Some(2));
    assert!(stderr.contains("brackets nest 129 deep, more than the 128"), "{stderr}");
    // Ten megabytes around a small enum: read.
    let blob = "x".repeat(10 << 20);
    let big = format!("pub const BLOB: &str = \"{blob}\";\n#[repr(u8)]\npub enum E {{\n    /// one\n    A = 1,\n    B,\n}}\n");
    let dir = scratch("big_rs");
    std::fs::write(dir.join("big.rs"), big).unwrap();
    let output = errcat(&["import", "--color", "never", "big.rs"], &dir);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let yaml = String::from_utf8_lossy(&output.stdout);
    assert!(
        yaml.contains(
            "  - code: 1\n    name: \"A\"\n    message: \"one\"\n  - code: 2\n    name: \"B\"\n"
        ),
        "{yaml}"
    );
}

#[test]
fn derive_says_what_goes_on_the_enum_and_what_it_replaces() {
    let dir = scratch("derive_text");
    std::fs::copy(format!("{DOCS}/status_code.rs"), dir.join("status_code.rs")).unwrap();
    let output = errcat(&["import", "status_code.rs", "--derive", "errors/status.yaml"], &dir);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "// On `enum StatusCode` (status_code.rs:10):\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ErrorCatalog)]\n\
         #[catalog(path = \"errors/status.yaml\")]\n\
         // The derive replaces these; delete them:\n\
         //   #[derive(EnumString)] (status_code.rs:8): `FromStr` and `from_name`\n\
         //   #[derive(AsRefStr)] (status_code.rs:8): `name()` and `Display`\n\
         //   #[derive(EnumIter)] (status_code.rs:8): `ALL`\n\
         //   #[derive(FromRepr)] (status_code.rs:8): `from_code` and `TryFrom`\n\
         //   #[strum(…)] (status_code.rs:33): the catalog's name and message\n\
         //   fn is_retryable (status_code.rs:47): `is_retryable()` (`retryable` in the catalog)\n\
         //   fn http_status (status_code.rs:52): `http_status()` (`http` in the catalog)\n\
         //   fn grpc_code (status_code.rs:65): `grpc_code()` (`grpc` in the catalog)\n\
         //   fn should_log_error (status_code.rs:77): the accessor of the declared field of the same name\n\
         // Before the derive compiles:\n\
         //   Success (status_code.rs:12) has no entry in the catalog (a success code, or left out): remove it, or add its entry\n"
    );
    let disk = std::fs::copy(format!("{DOCS}/disk_error.rs"), dir.join("disk_error.rs"));
    assert!(disk.is_ok());
    let output = errcat(&["import", "disk_error.rs", "--derive", "disk.yaml"], &dir);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains("//   DiskNoSpace (disk_error.rs:13): #[catalog(name = \"DiskNoSpace\")]\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "//   DiskNotFound (disk_error.rs:7) has fields: the derive takes unit variants"
        ),
        "{text}"
    );
    let go = errcat(&["import", "--derive", "x.yaml", &format!("{DOCS}/etcd_errors.go")], &dir);
    assert_eq!(go.status.code(), Some(2));
}

/// Builds and runs a scratch binary crate depending on this errcat, with
/// `files`; its standard output.
fn run_crate(name: &str, files: &[(&str, &str)]) -> String {
    let root = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("adopt");
    let dir = root.join(name);
    let _ = std::fs::remove_dir_all(&dir);
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\nerrcat = {{ path = {:?} }}\n\n[workspace]\n",
        repo.display().to_string()
    );
    for (path, text) in
        std::iter::once(("Cargo.toml", manifest.as_str())).chain(files.iter().copied())
    {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    std::fs::copy(repo.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let output = std::process::Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--offline"])
        .env("CARGO_TARGET_DIR", root.join("target"))
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(output.status.success(), "{name}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_suggested_derive_compiles_and_answers_as_the_deleted_functions_did() {
    let fixture = std::fs::read_to_string(format!("{DOCS}/plain_codes.rs")).unwrap();
    let draft = import("plain_codes.rs", &[], None);
    let output = errcat(
        &["import", "plain_codes.rs", "--derive", "catalogs/store.yaml"],
        std::path::Path::new(DOCS),
    );
    let suggestion = String::from_utf8(output.stdout).unwrap();
    // Before: the enum and its hand-written functions.
    let before = format!(
        "{fixture}\nfn main() {{\n    for e in StoreError::ALL {{\n        println!(\"{{e:?}} {{}} {{}} {{:?}} {{}}\", e as u32, e.http_status(), e.grpc_code(), e.is_retryable());\n    }}\n}}\n"
    );
    // After: the suggested attributes instead of the derive line, and the
    // items it says to delete (the whole impl block) deleted.
    let attributes: Vec<&str> = suggestion.lines().filter(|l| !l.starts_with("//")).collect();
    let (head, _) = fixture.split_once("impl StoreError {").unwrap();
    let enum_at = head.find("#[derive(Debug, Clone, Copy, PartialEq, Eq)]\n#[repr(u32)]").unwrap();
    let after_enum = head[enum_at..].replacen(
        "#[derive(Debug, Clone, Copy, PartialEq, Eq)]",
        &attributes.join("\n"),
        1,
    );
    let after = format!(
        "#![allow(dead_code)]\n{}{after_enum}\nfn main() {{\n    for &e in <StoreError as errcat::ErrorCode>::ALL {{\n        println!(\"{{e:?}} {{}} {{}} {{:?}} {{}}\", e.code(), e.http_status(), e.grpc_code(), e.is_retryable());\n    }}\n}}\n",
        &head[..enum_at]
    );
    let old = run_crate("adopt_before", &[("src/main.rs", before.as_str())]);
    let new = run_crate(
        "adopt_after",
        &[("src/main.rs", after.as_str()), ("catalogs/store.yaml", draft.yaml.as_str())],
    );
    assert_eq!(
        old,
        "Unknown 1000 500 Internal false\nInvalidArguments 1004 400 InvalidArgument false\nTableNotFound 4001 400 NotFound false\nRegionBusy 6000 503 ResourceExhausted true\n"
    );
    assert_eq!(new, old, "the derive answers as the deleted functions did");
}

#[test]
fn a_macro_table_of_codes_is_read_with_its_doc_comments() {
    let draft = import("exception_codes.rs", &[], None);
    let entries: Vec<(i128, String, String)> = rust_entries(&draft)
        .into_iter()
        .map(|(code, name, message, _)| (code, name, message))
        .collect();
    assert_eq!(
        entries,
        [
            (
                1001,
                "Internal".into(),
                "Internal means this is the internal error that no action can be taken.".into()
            ),
            (1002, "Unimplemented".into(), "The feature is not implemented yet.".into()),
            (1003, "UnknownDatabase".into(), "The database does not exist.".into()),
            (1025, "UnknownTable".into(), "The table does not exist.".into()),
        ]
    );
    assert!(draft.findings.is_empty(), "{:?}", draft.findings);
}

#[test]
fn a_str_function_becomes_a_declared_string_field() {
    let draft = import("meili_code.rs", &[], None);
    let catalog = load_str(&draft.yaml, "meili.yaml").unwrap();
    assert_eq!(
        catalog.fields().iter().map(|f| f.name.as_str()).collect::<Vec<_>>(),
        ["error_type"]
    );
    let facts: Vec<(i128, u16, String)> = catalog
        .entries()
        .iter()
        .map(|e| (e.code, e.http, e.fields[0].as_ref().map(|v| v.to_text()).unwrap_or_default()))
        .collect();
    assert_eq!(
        facts,
        [
            (1, 404, "invalid_request".into()),
            (2, 409, "invalid_request".into()),
            (3, 403, "auth".into()),
            (4, 500, "internal".into()),
        ]
    );
}

#[test]
fn a_directory_is_read_as_a_crates_rust_files() {
    let dir = scratch("crate_dir");
    std::fs::create_dir_all(dir.join("src/errors")).unwrap();
    std::fs::create_dir_all(dir.join("target/debug")).unwrap();
    std::fs::copy(format!("{DOCS}/status_code.rs"), dir.join("src/errors/status.rs")).unwrap();
    std::fs::copy(format!("{DOCS}/exception_codes.rs"), dir.join("src/exceptions.rs")).unwrap();
    std::fs::write(dir.join("src/main.rs"), "fn main() {}\n").unwrap();
    std::fs::write(dir.join("src/broken.rs"), "pub fn x( {").unwrap();
    // Not the crate's source: never read.
    std::fs::write(dir.join("target/debug/generated.rs"), "pub enum G { A = 1 }").unwrap();
    let args = import::Args::new(dir.to_str().unwrap());
    let draft = import::run(&args).unwrap();
    assert!(
        draft.yaml.contains("\nname: StatusCode\n"),
        "the file with the most codes: {}",
        draft.yaml
    );
    let findings: Vec<String> = draft
        .findings
        .iter()
        .filter(|f| f.line.is_none())
        .map(|f| f.message.replace(&dir.display().to_string(), "DIR"))
        .collect();
    assert_eq!(
        findings,
        [
            // By document: src/broken.rs, then src/exceptions.rs.
            "it does not parse as Rust: line 1, column 11: cannot parse string into token stream",
            "DIR/src/exceptions.rs also holds 4 codes: not read (import it alone)",
        ]
    );
    let args = import::Args {
        item: Some("build_exceptions".into()),
        ..import::Args::new(dir.to_str().unwrap())
    };
    let draft = import::run(&args).unwrap();
    assert!(draft.yaml.contains("  - code: 1025\n    name: \"UnknownTable\""), "{}", draft.yaml);
}

#[test]
fn the_suggested_derive_keeps_the_status_and_error_type_of_the_meilisearch_shape() {
    let fixture = std::fs::read_to_string(format!("{DOCS}/meili_code.rs")).unwrap();
    let draft = import("meili_code.rs", &[], None);
    let output = errcat(
        &["import", "meili_code.rs", "--derive", "catalogs/meili.yaml"],
        std::path::Path::new(DOCS),
    );
    let suggestion = String::from_utf8(output.stdout).unwrap();
    // What the fixture's `http::StatusCode` needs, without the http crate.
    let shim = "#[derive(Debug)]\npub struct StatusCode(u16);\nimpl StatusCode {\n    pub const NOT_FOUND: StatusCode = StatusCode(404);\n    pub const CONFLICT: StatusCode = StatusCode(409);\n    pub const FORBIDDEN: StatusCode = StatusCode(403);\n    pub const INTERNAL_SERVER_ERROR: StatusCode = StatusCode(500);\n}\n";
    let variants =
        "[Code::IndexNotFound, Code::IndexAlreadyExists, Code::InvalidApiKey, Code::Internal]";
    let before = format!(
        "{fixture}\n{shim}\nfn main() {{\n    for e in {variants} {{\n        println!(\"{{e:?}} {{}} {{}} {{}}\", e as u16, e.http().0, e.error_type());\n    }}\n}}\n"
    );
    let attributes: Vec<&str> = suggestion.lines().filter(|l| !l.starts_with("//")).collect();
    let (head, _) = fixture.split_once("impl Code {").unwrap();
    let after_head =
        head.replacen("#[derive(Debug, Clone, Copy, PartialEq, Eq)]", &attributes.join("\n"), 1);
    let after = format!(
        "{after_head}\nfn main() {{\n    for e in {variants} {{\n        println!(\"{{e:?}} {{}} {{}} {{}}\", e.code(), e.http_status(), e.error_type().unwrap_or_default());\n    }}\n}}\n"
    );
    let old = run_crate("meili_before", &[("src/main.rs", before.as_str())]);
    let new = run_crate(
        "meili_after",
        &[("src/main.rs", after.as_str()), ("catalogs/meili.yaml", draft.yaml.as_str())],
    );
    assert_eq!(
        old,
        "IndexNotFound 1 404 invalid_request\nIndexAlreadyExists 2 409 invalid_request\nInvalidApiKey 3 403 auth\nInternal 4 500 internal\n"
    );
    assert_eq!(new, old, "the derive answers as the deleted functions did");
}

#[test]
fn the_suggested_derive_on_the_strum_enum_answers_as_its_functions_but_for_what_the_report_names() {
    // The fixture without strum and with the `enterprise` variant on; what its
    // functions need from http and tonic, as small stand-ins.
    let fixture = std::fs::read_to_string(format!("{DOCS}/status_code.rs")).unwrap();
    let fixture = fixture
        .replace("//!", "//")
        .replace("use strum::{AsRefStr, EnumIter, EnumString, FromRepr};\n", "")
        .replace("#[cfg(feature = \"enterprise\")]\n", "");
    let shims = "mod http {\n    #[derive(Debug)]\n    pub struct StatusCode(pub u16);\n    impl StatusCode {\n        pub const OK: StatusCode = StatusCode(200);\n        pub const BAD_REQUEST: StatusCode = StatusCode(400);\n        pub const SERVICE_UNAVAILABLE: StatusCode = StatusCode(503);\n        pub const INTERNAL_SERVER_ERROR: StatusCode = StatusCode(500);\n        pub fn from_u16(n: u16) -> Result<StatusCode, ()> { Ok(StatusCode(n)) }\n    }\n}\nmod tonic {\n    #[derive(Debug)]\n    pub enum Code { NotFound, AlreadyExists, InvalidArgument, ResourceExhausted, Internal, Unimplemented }\n}\nfn code_for_unsupported() -> tonic::Code { tonic::Code::Unimplemented }\nmacro_rules! define_more_codes { ($($t:tt)*) => {}; }\n";
    let dir = scratch("strum_derive");
    std::fs::write(dir.join("status_code.rs"), &fixture).unwrap();
    let args = import::Args::new(dir.join("status_code.rs").to_str().unwrap());
    let draft = import::run(&args).unwrap();
    let output = errcat(&["import", "status_code.rs", "--derive", "catalogs/status.yaml"], &dir);
    let suggestion = String::from_utf8(output.stdout).unwrap();
    let all = "[StatusCode::Unknown, StatusCode::Unsupported, StatusCode::Unexpected, StatusCode::Internal, StatusCode::InvalidArguments, StatusCode::TableAlreadyExists, StatusCode::TableNotFound, StatusCode::TableColumnNotFound, StatusCode::RegionBusy, StatusCode::LicenseRequired]";
    let plain = fixture
        .replace(", EnumString, AsRefStr, EnumIter, FromRepr)]", ")]")
        .replace("    #[strum(serialize = \"region_busy\")]\n", "");
    let before = format!(
        "#![allow(dead_code)]\n{shims}{plain}\nfn main() {{\n    for e in {all} {{\n        println!(\"{{e:?}} {{}} {{}} {{:?}} {{}} {{}}\", e as u32, e.http_status().0, e.grpc_code(), e.is_retryable(), e.should_log_error());\n    }}\n}}\n"
    );
    // After: the suggested attributes, and what the suggestion lists deleted:
    // the strum derives and attribute, the functions, and the success variant.
    let attributes: Vec<&str> = suggestion.lines().filter(|l| !l.starts_with("//")).collect();
    let (head, _) = fixture.split_once("impl StatusCode {").unwrap();
    let head = head
        .replace("#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumString, AsRefStr, EnumIter, FromRepr)]", &attributes.join("\n"))
        .replace("    #[strum(serialize = \"region_busy\")]\n", "    #[catalog(name = \"region_busy\")]\n")
        .replace("    /// Success.\n    Success = 0,\n", "");
    let after = format!(
        "#![allow(dead_code)]\nmacro_rules! define_more_codes {{ ($($t:tt)*) => {{}}; }}\n{head}\nfn main() {{\n    for e in {all} {{\n        println!(\"{{e:?}} {{}} {{}} {{:?}} {{}} {{}}\", e.code(), e.http_status(), e.grpc_code(), e.is_retryable(), e.should_log_error());\n    }}\n}}\n"
    );
    let old = run_crate("strum_before", &[("src/main.rs", before.as_str())]);
    let new = run_crate(
        "strum_after",
        &[("src/main.rs", after.as_str()), ("catalogs/status.yaml", draft.yaml.as_str())],
    );
    let old: Vec<&str> = old.lines().collect();
    let new: Vec<&str> = new.lines().collect();
    // Every code answers the same, but `Unsupported`, whose gRPC arm the
    // report said it could not evaluate (the draft takes its HTTP status's code).
    for (old, new) in old.iter().zip(&new) {
        if old.starts_with("Unsupported") {
            assert_eq!(
                (*old, *new),
                (
                    "Unsupported 1001 500 Unimplemented false false",
                    "Unsupported 1001 500 Internal false false"
                )
            );
        } else {
            assert_eq!(old, new);
        }
    }
    assert_eq!(old.len(), 10);
    assert!(draft.findings.iter().any(|f| f.message.contains("cannot evaluate")));
}
