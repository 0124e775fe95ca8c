//! Files committed to the repository that are generated from the code: each
//! must be what the code generates now. `ERRCAT_BLESS=1 cargo test` rewrites
//! them instead of failing; review the diff before committing it.

use std::path::Path;

use errcat_catalog::schema;

/// Compares `generated` with the committed file at `path` (relative to the
/// repository's root), or rewrites the file under `ERRCAT_BLESS`.
fn assert_committed(path: &str, generated: &str) {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path);
    if std::env::var_os("ERRCAT_BLESS").is_some() {
        std::fs::write(&full, generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&full).unwrap_or_default();
    assert!(
        committed == generated,
        "{path} is out of date; run `ERRCAT_BLESS=1 cargo test -p errcat-catalog --test committed` and review the diff"
    );
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

#[test]
fn the_reference_tables_are_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/reference.md");
    let document = std::fs::read_to_string(path).unwrap();
    let document = with_section(&document, "keys", &schema::key_tables());
    let document = with_section(&document, "limits", &schema::limits_table());
    let document = with_section(&document, "rules", &schema::rule_table());
    assert_committed("docs/reference.md", &document);
}
