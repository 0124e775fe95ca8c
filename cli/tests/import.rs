//! `errcat import` on documents in the shapes of the seed documents (their
//! tables verbatim, the prose around them rewritten): each draft must hold
//! the codes and texts of the catalog committed for that document. Where a
//! draft and the catalog differ, the difference is listed with the reason,
//! so a new one fails the test.

use std::collections::BTreeMap;

use errcat_catalog::{load_str, Catalog};
use errcat_cli::args::{DocsArgs, DocsFormat};
use errcat_cli::args::{Format, ImportArgs, Output};
use errcat_cli::import::Draft;

const REPO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
const DOCS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/import");

fn import(doc: &str, with: &[&str], section: Option<&str>) -> Draft {
    let args = ImportArgs {
        doc: format!("{DOCS}/{doc}"),
        format: None,
        lang: None,
        name: None,
        with: with.iter().map(|w| format!("{DOCS}/{w}")).collect(),
        section: section.map(str::to_owned),
        output: Output { path: None, check: false },
        report: Format::Text,
    };
    let draft = errcat_cli::import(&args).unwrap();
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
                    // A reference shows a line break as one, and U+0000 as U+FFFD
                    // (CommonMark has no way to write it).
                    let text = text.map(|t| {
                        if shown.is_some() {
                            t.replace("\r\n", "\n").replace('\0', "\u{FFFD}")
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
    assert_eq!(
        findings(&draft),
        [":11 note".to_owned(), format!("{header}:18 missing"), format!("{header}:22 missing")]
    );
    assert!(draft.yaml.contains("success: [0]\n"));
}

#[test]
fn mooncake_store_in_both_languages() {
    let draft = import("mooncake.zh.md", &["mooncake.en.txt"], Some("Store"));
    assert_eq!(differences(&draft, "mooncake_store.yaml"), Vec::<String>::new());
    assert_eq!(findings(&draft), lines(&[":34 note"]));
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
        let docs = errcat_cli::docs(&DocsArgs {
            file: path.clone(),
            format: DocsFormat::Markdown,
            lang: Some(lang.clone()),
            output: Output { path: None, check: false },
        })
        .unwrap();
        let stem =
            std::path::Path::new(catalog).file_stem().unwrap().to_string_lossy().into_owned();
        let reference = dir.join(format!("{stem}.{lang}.md"));
        std::fs::write(&reference, &docs.text).unwrap();
        let draft = errcat_cli::import(&ImportArgs {
            doc: reference.to_string_lossy().into_owned(),
            format: None,
            lang: Some(lang.clone()),
            name: None,
            with: Vec::new(),
            section: None,
            output: Output { path: None, check: false },
            report: Format::Text,
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
