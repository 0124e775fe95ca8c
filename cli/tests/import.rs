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

mod support;

use support::{errcat, import, import_bytes, scratch, DOCS, REPO};

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
