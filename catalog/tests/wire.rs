//! The catalog's wire settings (`serde`, `body`, `problem`): what they
//! resolve to, and E0019 for the ones no client could use.

use errcat_catalog::format::BodyKey;
use errcat_catalog::model::BodyPart;
use errcat_catalog::{load_str, Diagnostic};

const CODES: &str = "codes:\n  - code: 1\n";

fn errors(source: &str) -> Vec<String> {
    let errors: Vec<Diagnostic> = match load_str(source, "test.yaml") {
        Ok(_) => panic!("catalog was accepted:\n{source}"),
        Err(errors) => errors,
    };
    errors
        .iter()
        .map(|e| {
            let span = e.span.expect("error has a position");
            format!("{}:{}: {}", span.start.line, span.start.column, e.headline())
        })
        .collect()
}

#[test]
fn defaults_are_by_code_with_lowercase_fields() {
    let catalog = load_str(&format!("name: E\n{CODES}"), "t.yaml").unwrap();
    let wire = catalog.wire();
    assert!(!wire.by_name() && wire.serde_impls());
    let fields: Vec<(BodyPart, &str)> = wire.fields().map(|(p, n)| (p.clone(), n)).collect();
    assert_eq!(
        fields,
        [(BodyPart::Key(BodyKey::Code), "code"), (BodyPart::Key(BodyKey::Message), "message")]
    );
    assert!(wire.has_default_body());
    assert_eq!(wire.problem_type_base(), None);
}

#[test]
fn every_setting_is_read() {
    let source =
        "name: E\nserde: name\nbody: {code: Code, message: Message, name: Name, group: Group}\n\
                  problem: {type_base: \"https://errors.example.com/e/\"}\n\
                  groups:\n  - name: g\n    codes:\n      - code: 1\n";
    let catalog = load_str(source, "t.yaml").unwrap();
    let wire = catalog.wire();
    assert!(wire.by_name());
    let fields: Vec<(BodyPart, &str)> = wire.fields().map(|(p, n)| (p.clone(), n)).collect();
    assert_eq!(
        fields,
        [
            (BodyPart::Key(BodyKey::Code), "Code"),
            (BodyPart::Key(BodyKey::Message), "Message"),
            (BodyPart::Key(BodyKey::Name), "Name"),
            (BodyPart::Key(BodyKey::Group), "Group")
        ]
    );
    assert!(!wire.has_default_body());
    assert_eq!(wire.problem_type_base(), Some("https://errors.example.com/e/"));
}

#[test]
fn serde_none_turns_the_impls_off() {
    let catalog = load_str(&format!("name: E\nserde: none\n{CODES}"), "t.yaml").unwrap();
    assert!(!catalog.wire().serde_impls());
    let code =
        errcat_catalog::generate::catalog(&catalog, errcat_catalog::generate::Tracking::None);
    let code = code.to_string();
    assert!(!code.contains("__impl_serde"), "{code}");
    assert!(code.contains("__impl_http") && code.contains("__impl_axum"), "{code}");
}

#[test]
fn unusable_settings_are_all_reported() {
    let source = format!(
        "name: E\nserde: text\nbody: {{code: id, message: id, name: \"\", group: g, kind: k}}\n\
         problem: {{type_base: \"https://x/ y\"}}\n{CODES}"
    );
    assert_eq!(
        errors(&source),
        [
            "2:8: expected one of code, name, none, found `text`",
            "3:27: `id` names two fields of `body` (first defined at line 3)",
            "3:37: an empty JSON field name",
            "3:48: a `group` field in a catalog without groups",
            "3:51: unknown key `kind` in `body`",
            "4:22: \"https://x/ y\" cannot start a URI",
        ]
    );
}

#[test]
fn a_field_named_like_a_default_clashes_with_it() {
    let source = format!("name: E\nbody: {{name: code}}\n{CODES}");
    assert_eq!(errors(&source), ["2:14: `code` is already the name of the code field"]);
}
