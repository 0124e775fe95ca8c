//! Files committed to the repository that are generated from the code: each
//! must be what the code generates now. `ERRCAT_BLESS=1 cargo test -p
//! errcat-catalog --test committed` rewrites them instead of failing (never
//! under `CI`); review the diff before committing it.

use std::path::Path;

use errcat_catalog::schema;

/// Compares `generated` with the committed file at `path` (relative to the
/// repository's root); `ERRCAT_BLESS=1` rewrites it (see errcat-testkit).
fn assert_committed(path: &str, generated: &str) {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path);
    let refresh = if path.contains("export") {
        "cargo test -p errcat-catalog --features export --test committed"
    } else {
        "cargo test -p errcat-catalog --test committed"
    };
    errcat_testkit::assert_committed(&full, generated, refresh);
}

/// The text of `document` between `<!-- begin NAME -->` and `<!-- end NAME -->`
/// replaced by `generated`.
fn with_section(document: &str, name: &str, generated: &str) -> String {
    let (begin, end) = (format!("<!-- begin {name} -->\n"), format!("<!-- end {name} -->"));
    let (Some(start), Some(stop)) = (document.find(&begin), document.find(&end)) else {
        panic!("the document has no section `{name}`");
    };
    format!("{}{begin}{generated}{}", &document[..start], &document[stop..])
}

#[test]
fn the_json_schema_is_current() {
    // catalog/schema.json is what editors load; `errcat schema` prints the same.
    assert_committed("catalog/schema.json", &schema::json_schema());
}

#[cfg(feature = "export")]
#[test]
fn the_export_schema_is_current() {
    // The shape of `errcat export --lang json`, for the tools that read it.
    assert_committed("catalog/export.schema.json", &errcat_catalog::export::json_schema());
}

#[test]
fn the_reference_tables_are_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/reference.md");
    let document = std::fs::read_to_string(path).unwrap();
    let document = with_section(&document, "keys", &schema::key_tables());
    let document = with_section(&document, "limits", &schema::limits_table());
    let document = with_section(&document, "rules", &schema::rule_table());
    assert_committed("docs/reference.md", &document);
}

/// The repository documents itself: no file points at a specification or a
/// directory that a clone does not have.
#[test]
fn nothing_points_outside_the_repository() {
    let output = std::process::Command::new("git")
        .args(["ls-files", "-z"])
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .output()
        .unwrap();
    assert!(output.status.success(), "git ls-files failed");
    // Spelt in pieces, so that this file does not match itself.
    let spec = format!("{}{}", "SP", "EC");
    let shared = format!("{}/shared", "..");
    let names_spec = |line: &str| {
        line.match_indices(spec.as_str()).any(|(at, _)| {
            let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
            let before = line[..at].chars().next_back().is_some_and(word);
            let after = line[at + spec.len()..].chars().next().is_some_and(word);
            !before && !after
        })
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut found = Vec::new();
    for file in output.stdout.split(|b| *b == 0).filter(|f| !f.is_empty()) {
        let file = String::from_utf8_lossy(file);
        let Ok(text) = std::fs::read_to_string(root.join(file.as_ref())) else { continue };
        for (number, line) in text.lines().enumerate() {
            if names_spec(line) || line.contains(shared.as_str()) {
                found.push(format!("{file}:{}: {line}", number + 1));
            }
        }
    }
    assert!(found.is_empty(), "references outside the repository:\n{}", found.join("\n"));
}
