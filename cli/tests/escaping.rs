//! No writer of errcat writes raw a character that `errcat_catalog::escape`
//! lists (controls, bidi controls, line and paragraph separators, the
//! byte-order mark, U+FFFE/U+FFFF), and every writer of code writes text
//! that reads back as itself.
//!
//! Every writer runs over a catalog that holds one text with each such
//! character in every place a catalog has text, and over the hostile-text
//! catalog. Read back here: the Rust expansion (parsed by syn), the JSON and
//! OpenAPI exports (serde_json; YAML's double-quoted scalars are JSON
//! strings), the CLI's JSON reports. TypeScript, Go, Python and C read their
//! exports of `tests/catalogs/hostile_text.yaml` (whose entry `never_raw`
//! holds the same text) back with their own toolchains in `.ci/run`
//! (`tests/exports/check.py`); the import draft's YAML is read back by the
//! catalog loader in `cli/src/import/draft.rs`'s tests.

use errcat_catalog::export::{export, Syntax, Target};
use errcat_catalog::{load_str, Catalog};
use errcat_cli::commands::{expand, Cli, Io};
use errcat_cli::render::{Stream, Style};

/// The characters no file errcat writes may hold raw, listed here apart
/// from errcat's own list so that a change to that list fails this test:
/// controls (C0, DEL, C1), every bidi control, the line and paragraph
/// separators, the byte-order mark and the noncharacters U+FFFE/U+FFFF.
const NEVER_RAW: &[(char, char)] = &[
    ('\u{0}', '\u{1F}'),
    ('\u{7F}', '\u{9F}'),
    ('\u{61C}', '\u{61C}'),
    ('\u{200E}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2066}', '\u{2069}'),
    ('\u{2028}', '\u{2029}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFFE}', '\u{FFFF}'),
];

fn never_raw(c: char) -> bool {
    NEVER_RAW.iter().any(|&(lo, hi)| lo <= c && c <= hi)
}

/// Every character errcat never writes raw, once each.
fn every_character() -> String {
    NEVER_RAW.iter().flat_map(|&(lo, hi)| lo..=hi).collect()
}

/// A catalog with [`every_character`] in every text, as YAML escapes.
fn catalog_source() -> String {
    let escaped: String =
        every_character().chars().map(|c| format!("\\u{:04X}", u32::from(c))).collect();
    let text = format!("\"{escaped}\"");
    format!(
        "name: HiddenError\n\
         description: {text}\n\
         languages: [en, zh]\n\
         groups:\n  \
           - name: hidden\n    \
             range: [1, 9]\n    \
             description: {text}\n    \
             codes:\n      \
               - code: 1\n        \
                 name: \"HIDDEN{escaped}\"\n        \
                 message: {{en: {text}, zh: {text}}}\n        \
                 description: {text}\n        \
                 solution: {text}\n        \
                 deprecated: {text}\n      \
               - code: 2\n        \
                 name: \"SECOND{escaped}\"\n        \
                 message: plain\n"
    )
}

fn catalogs() -> Vec<(String, String, Catalog)> {
    let hostile = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/catalogs/hostile_text.yaml");
    let hostile_source = std::fs::read_to_string(hostile).unwrap();
    [("hidden.yaml".to_owned(), catalog_source()), (hostile.to_owned(), hostile_source)]
        .into_iter()
        .map(|(name, source)| {
            let catalog = load_str(&source, &name).unwrap();
            (name, source, catalog)
        })
        .collect()
}

/// The characters of `written` that it should not hold raw; `allowed` are
/// the writer's own (line breaks, Go's indentation).
fn raw(written: &str, allowed: &[char]) -> Vec<String> {
    let found = written.chars().filter(|&c| never_raw(c) && !allowed.contains(&c));
    found.map(|c| format!("U+{:04X}", u32::from(c))).collect()
}

#[test]
fn the_rust_expansion_escapes_every_character_and_reads_back() {
    for (name, source, catalog) in catalogs() {
        let source = errcat_catalog::Source::new(&name, &source);
        let expansion = expand::expanded(&source, &catalog, &name, "errcat expand").unwrap().text;
        assert_eq!(raw(&expansion, &['\n']), Vec::<String>::new(), "{name}");
        syn::parse_file(&expansion).unwrap();
        let mut strings = Vec::new();
        collect_strings(expansion.parse().unwrap(), &mut strings);
        if name == "hidden.yaml" {
            assert!(strings.contains(&every_character()), "the message table holds the text");
        }
        // Doc comments show each character by name; none holds it.
        let docs: Vec<&String> = strings.iter().filter(|s| s.contains("<U+202E")).collect();
        assert!(!docs.is_empty(), "{name}: no doc names U+202E");
        for doc in docs {
            assert_eq!(raw(doc, &['\n']), Vec::<String>::new(), "{name}: {doc}");
        }
    }
}

/// The value of every string literal in `tokens`, as rustc reads it.
fn collect_strings(tokens: proc_macro2::TokenStream, strings: &mut Vec<String>) {
    for tree in tokens {
        match tree {
            proc_macro2::TokenTree::Group(group) => collect_strings(group.stream(), strings),
            proc_macro2::TokenTree::Literal(literal) => {
                if let Ok(string) = syn::parse_str::<syn::LitStr>(&literal.to_string()) {
                    strings.push(string.value());
                }
            }
            _ => {}
        }
    }
}

#[test]
fn every_export_escapes_every_character() {
    for (name, _, catalog) in catalogs() {
        for target in Target::ALL {
            for syntax in [Syntax::Json, Syntax::Yaml] {
                let written = export(&catalog, target, syntax).unwrap();
                // Go's files are indented with tabs, by gofmt's rule.
                let own: &[char] = if target == Target::Go { &['\n', '\t'] } else { &['\n'] };
                assert_eq!(raw(&written, own), Vec::<String>::new(), "{name}: {target:?}");
            }
        }
    }
}

#[test]
fn the_json_and_openapi_exports_read_back() {
    let (_, _, catalog) = catalogs().remove(0);
    let text = every_character();
    let json: serde_json::Value =
        serde_json::from_str(&export(&catalog, Target::Json, Syntax::Json).unwrap()).unwrap();
    assert!(strings_of(&json).contains(&text), "{json:#}");
    let openapi = export(&catalog, Target::OpenApi, Syntax::Json).unwrap();
    let openapi: serde_json::Value = serde_json::from_str(&openapi).unwrap();
    assert!(strings_of(&openapi).iter().any(|s| s.contains(&text)), "{openapi:#}");
    // Every double-quoted YAML scalar errcat writes is a JSON string.
    let yaml = export(&catalog, Target::OpenApi, Syntax::Yaml).unwrap();
    let scalars: Vec<String> = yaml
        .lines()
        .filter_map(|line| line.find('"').map(|at| &line[at..]))
        .filter_map(|quoted| serde_json::from_str::<String>(quoted).ok())
        .collect();
    assert!(scalars.iter().any(|s| s.contains(&text)), "{yaml}");
}

fn strings_of(value: &serde_json::Value) -> Vec<String> {
    match value {
        serde_json::Value::String(s) => vec![s.clone()],
        serde_json::Value::Array(items) => items.iter().flat_map(strings_of).collect(),
        serde_json::Value::Object(members) => {
            members.iter().flat_map(|(k, v)| [vec![k.clone()], strings_of(v)].concat()).collect()
        }
        _ => Vec::new(),
    }
}

#[test]
fn the_references_name_every_character() {
    for (name, _, catalog) in catalogs() {
        for lang in 0..catalog.languages().len() {
            let markdown = errcat_catalog::docs::markdown(&catalog, lang);
            assert_eq!(raw(&markdown, &['\n']), Vec::<String>::new(), "{name}");
            assert!(markdown.contains(r"\<U+202E\>"), "{name}: {markdown}");
        }
        let html = errcat_catalog::docs::html(&catalog);
        assert_eq!(raw(&html, &['\n']), Vec::<String>::new(), "{name}");
        assert!(html.contains("&lt;U+202E&gt;"), "{name}");
    }
}

/// What `errcat ARGS` prints (standard output, then standard error) and its
/// exit status, run through the library as `main.rs` runs it.
fn errcat(args: &[&str], stdin: &str) -> (String, String, u8) {
    let cli = Cli::parse_from(std::iter::once("errcat").chain(args.iter().copied())).unwrap();
    let (mut input, mut streamed) = (stdin.as_bytes(), Vec::new());
    let mut io = Io { stdin: &mut input, stdout: &mut streamed };
    let outcome = cli.command.exec(&mut io, Style { color: false }).unwrap();
    let mut out = String::from_utf8(streamed).unwrap();
    let mut err = String::new();
    for (stream, text) in outcome.printed {
        match stream {
            Stream::Out => out.push_str(&text),
            Stream::Err => err.push_str(&text),
        }
    }
    (out, err, outcome.status)
}

#[test]
fn every_report_names_every_character_for_people_and_escapes_it_for_machines() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("escaping");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("hidden.yaml");
    std::fs::write(&path, catalog_source()).unwrap();
    // A second version whose changes name the entry: another HTTP status.
    let changed = dir.join("hidden2.yaml");
    std::fs::write(
        &changed,
        catalog_source().replace("range: [1, 9]", "range: [1, 9]\n    http: 404"),
    )
    .unwrap();
    let log = dir.join("app.log");
    std::fs::write(&log, "request failed code=1\n").unwrap();
    let (path, changed, log) =
        (path.to_str().unwrap(), changed.to_str().unwrap(), log.to_str().unwrap());
    let runs: Vec<Vec<&str>> = vec![
        vec!["explain", path, "1"],
        vec!["explain", path, "1", "--format", "json"],
        vec!["check", path],
        vec!["check", path, "--format", "json"],
        vec!["check", path, "--format", "github"],
        vec!["diff", path, changed],
        vec!["diff", path, changed, "--format", "json"],
        vec!["diff", path, changed, "--format", "github"],
        vec!["annotate", path, log],
        vec!["unused", path, "--src", log],
    ];
    for args in runs {
        let (out, err, _) = errcat(&args, "");
        for (stream, text) in [("stdout", &out), ("stderr", &err)] {
            assert_eq!(raw(text, &['\n']), Vec::<String>::new(), "{args:?} {stream}: {text}");
        }
        let both = format!("{out}{err}");
        assert!(both.contains("<U+202E>") || both.contains("\\u202e"), "{args:?}: {both}");
        if args.contains(&"json") {
            let value: serde_json::Value = serde_json::from_str(&out).unwrap();
            let strings = strings_of(&value);
            let text = every_character();
            assert!(strings.iter().any(|s| s.contains(&text)), "{args:?}: the JSON reads back");
        }
    }
}
