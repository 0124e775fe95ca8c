//! Declared fields and help links without a compiler in the loop: every
//! rule (E0027-E0030, and the unknown key's help) with its position, the
//! resolved values, and what `diff` and the references make of them.

use errcat_catalog::diff::diff;
use errcat_catalog::docs::markdown;
use errcat_catalog::model::FieldValue;
use errcat_catalog::rules::Rule;
use errcat_catalog::{load_str, Catalog, Diagnostic};

fn errors(source: &str) -> Vec<Diagnostic> {
    match load_str(source, "test.yaml") {
        Ok(_) => panic!("catalog was accepted:\n{source}"),
        Err(errors) => errors,
    }
}

/// Each error as `rule line:column: message (help)`.
fn shown(source: &str) -> Vec<String> {
    errors(source)
        .iter()
        .map(|e| {
            let span = e.span.expect("error has a position");
            let help = e.help.as_deref().map(|h| format!(" ({h})")).unwrap_or_default();
            format!(
                "{} {}:{}: {}{help}",
                e.rule.id(),
                span.start.line,
                span.start.column,
                e.message
            )
        })
        .collect()
}

fn catalog(source: &str) -> Catalog {
    load_str(source, "test.yaml").unwrap()
}

const FIELDS: &str = "name: E\nfields:\n  sqlstate: {type: string, pattern: \"^[0-9A-Z]{5}$\", default: \"XX000\"}\n  logged: {type: bool, default: true}\n  kind: {type: enum, values: [invalid_request, internal, auth], default: internal}\n  priority: {type: int, min: 0, max: 9}\n";

#[test]
fn values_come_from_the_entry_its_group_or_the_default() {
    let source = format!("{FIELDS}groups:\n  - name: g\n    kind: auth\n    codes:\n      - {{code: 1, sqlstate: \"42P01\", priority: 3}}\n      - {{code: 2, kind: internal, logged: false}}\n");
    let catalog = catalog(&source);
    let values: Vec<Vec<Option<FieldValue>>> =
        catalog.entries().iter().map(|e| e.fields.clone()).collect();
    let word = |w: &str| Some(FieldValue::Word(w.to_owned()));
    let text = |t: &str| Some(FieldValue::Str(t.to_owned()));
    assert_eq!(
        values,
        [
            vec![
                text("42P01"),
                Some(FieldValue::Bool(true)),
                word("auth"),
                Some(FieldValue::Int(3))
            ],
            vec![text("XX000"), Some(FieldValue::Bool(false)), word("internal"), None],
        ]
    );
    assert!(catalog.field("priority").unwrap().is_optional());
    assert!(!catalog.field("logged").unwrap().is_optional());
}

#[test]
fn every_wrong_value_is_reported_at_once() {
    let source = format!("{FIELDS}codes:\n  - {{code: 1, sqlstate: \"42p01\", logged: \"yes\", kind: auht, priority: 12}}\n  - {{code: 2, sqlstate: 42601, priority: \"3\"}}\n");
    assert_eq!(
        shown(&source),
        [
            "E0028 8:25: `42p01` does not match the pattern of `sqlstate` (the declaration asks for `^[0-9A-Z]{5}$`)",
            "E0028 8:42: `logged` takes a boolean (`true` or `false`), found a string (write the value without quotes)",
            "E0028 8:55: `auht` is not a value of `kind` (did you mean `auth`?)",
            "E0028 8:71: 12 is out of range for `priority` (`priority` takes 0..=9)",
            "E0028 9:25: `sqlstate` takes a string, found an integer (write the value in quotes)",
            "E0028 9:42: `priority` takes an integer, found a string (write the value without quotes)",
        ]
    );
}

#[test]
fn declarations_are_checked() {
    let source = "name: E\nfields:\n  code: {type: string}\n  Kind: {type: bool}\n  type: {type: int}\n  retryable: {type: bool}\n  mode: {type: enum}\n  level: {type: int, min: 5, max: 1, pattern: \"x\"}\n  state: {type: string, pattern: \"([a-z]\", default: 3}\n  must: {type: bool, required: true, default: false}\n  tags: {type: enum, values: [a, a, B]}\ncodes:\n  - {code: 1, must: true}\n";
    assert_eq!(
        shown(source),
        [
            "E0027 3:3: `code` is already a key of entries or groups (name the field in snake_case ASCII, e.g. `sqlstate` or `error_kind`, and not after a built-in key or method)",
            "E0027 4:3: `Kind` is not snake_case (name the field in snake_case ASCII, e.g. `sqlstate` or `error_kind`, and not after a built-in key or method)",
            "E0027 5:3: `type` is a Rust keyword (name the field in snake_case ASCII, e.g. `sqlstate` or `error_kind`, and not after a built-in key or method)",
            "E0027 6:3: `retryable` is already a key of entries or groups (name the field in snake_case ASCII, e.g. `sqlstate` or `error_kind`, and not after a built-in key or method)",
            "E0027 7:9: the enum field `mode` lists no `values` (add `values: [first, second]`: the snake_case words it may take)",
            "E0027 8:35: `max` (1) is below `min` (5) (swap them)",
            "E0027 8:47: `pattern` applies to `string` fields, not `int` (remove `pattern`, or declare the field `type: string`)",
            "E0027 9:34: invalid pattern: found open group without closing ')' (patterns use the syntax of the `regex` crate (no look-around or backreferences); escape a literal `.` as `\\\\.` in a double-quoted YAML string)",
            "E0028 9:53: `state` takes a string, found an integer (write the value in quotes)",
            "E0027 10:47: `must` is required and has a default (a required field is set by every entry, so its default would never be used: remove `default` or `required`)",
            "E0027 11:34: `a` is listed twice (remove one of the two)",
            "E0027 11:37: `B` is not a snake_case word (enum values become variants: write them in snake_case ASCII, e.g. `invalid_request`)",
        ]
    );
    let clash = "name: E\nfields:\n  help_url: {type: string}\n  http_status: {type: int}\ncodes:\n  - {code: 1}\n";
    let errors = shown(clash);
    assert!(errors[0].starts_with("E0027 3:3: `help_url` is already a key"), "{errors:?}");
    assert!(errors[1].starts_with("E0027 4:3: a field named `http_status` would clash with the generated method `http_status()`"), "{errors:?}");
}

#[test]
fn a_required_field_must_be_set_by_each_entry_or_its_group() {
    let source = "name: E\nfields:\n  owner: {type: string, required: true}\ngroups:\n  - name: a\n    owner: storage\n    codes: [{code: 1}]\n  - name: b\n    codes: [{code: 2}, {code: 3, owner: net}]\n";
    assert_eq!(
        shown(source),
        ["E0029 9:13: code 2 does not set the required field `owner` (add `owner: …` to the entry or to its group)"]
    );
}

#[test]
fn an_undeclared_key_is_unknown_with_the_declared_ones_suggested() {
    let source = format!("{FIELDS}codes:\n  - {{code: 1, sqlstat: \"42P01\"}}\n");
    assert_eq!(
        shown(&source),
        ["E0005 8:15: unknown key `sqlstat` in a code entry (did you mean `sqlstate`, or declare `sqlstat` under `fields:`?)"]
    );
    let too_many: String = (0..33).map(|i| format!("  f{i}: {{type: bool}}\n")).collect();
    let source = format!("name: E\nfields:\n{too_many}codes:\n  - {{code: 1}}\n");
    assert_eq!(errors(&source)[0].rule, Rule::Limit);
}

#[test]
fn help_links_render_per_entry_and_must_be_absolute() {
    let source = "name: E\nhelp_url: \"https://docs.example.com/errors#{code}\"\ngroups:\n  - name: g\n    help_url: \"https://docs.example.com/{variant}/{name}\"\n    codes: [{code: 1, name: disk full}]\n  - name: h\n    codes: [{code: 2}, {code: 3, help_url: \"https://example.org/x\"}]\n";
    let links: Vec<Option<String>> =
        catalog(source).entries().iter().map(|e| e.help_url.clone()).collect();
    assert_eq!(
        links,
        [
            Some("https://docs.example.com/DiskFull/disk%20full".to_owned()),
            Some("https://docs.example.com/errors#2".to_owned()),
            Some("https://example.org/x".to_owned()),
        ]
    );
    let bad = "name: E\nhelp_url: \"docs/{code}\"\ngroups:\n  - name: g\n    help_url: \"https://x.io/{message}\"\n    codes: [{code: 1}]\n  - name: h\n    codes: [{code: 2}, {code: 3}]\n";
    assert_eq!(
        shown(bad),
        [
            "E0030 2:11: code 2's help link `docs/2` is not usable: a help link must be an absolute URL starting with `http://` or `https://` (write an absolute link such as `https://docs.example.com/errors#{code}`)",
            "E0030 5:15: `{message}` is not a link placeholder: use `{code}`, `{name}` or `{variant}`",
        ]
    );
}

#[test]
fn problem_members_name_declared_fields() {
    let source = format!("{FIELDS}problem: {{type: help_url, members: [kind, knd, kind, detail]}}\ncodes:\n  - {{code: 1, args: {{detail: string}}, message: \"{{detail}}\"}}\n");
    let errors = shown(&source);
    assert_eq!(
        errors,
        [
            "E0019 7:17: `type: help_url`, but no entry has a help link (set `help_url` on the catalog, a group or the entries, or remove `type`)",
            "E0019 7:43: `knd` is neither a declared field nor `help_url` (did you mean `kind`?)",
            "E0019 7:48: `kind` is listed twice (`problem.members` lists declared fields and `help_url`, each once: sqlstate, logged, kind, priority, help_url)",
            "E0019 7:54: `detail` is neither a declared field nor `help_url` (`problem.members` lists declared fields and `help_url`, each once: sqlstate, logged, kind, priority, help_url)",
            "E0023 9:22: `detail` is a member of problem details, which carry each argument as a member (name it with lowercase ASCII words joined by `_`, such as `disk_id`)",
        ]
    );
}

#[test]
fn diff_sorts_field_changes() {
    let old = catalog(&format!("{FIELDS}  note: {{type: string, breaking: false}}\ncodes:\n  - {{code: 1, kind: auth, note: a}}\n"));
    let new = catalog("name: E\nfields:\n  sqlstate: {type: string, default: \"XX000\"}\n  logged: {type: int, default: 1}\n  kind: {type: enum, values: [invalid_request, internal, auth], default: internal}\n  note: {type: string, breaking: false}\n  owner: {type: string, default: x}\nhelp_url: \"https://e.example/{code}\"\ncodes:\n  - {code: 1, kind: internal, note: b}\n");
    let changes: Vec<(bool, &str)> =
        diff(&old, &new).iter().map(|c| (c.breaking, c.kind)).collect();
    assert_eq!(
        changes,
        [
            (true, "field-type-changed"),
            (true, "field-removed"),
            (true, "field-value-changed"),
            (false, "field-added"),
            (false, "field-value-changed"),
            (false, "help-url-changed"),
        ]
    );
}

#[test]
fn diff_sees_problem_members_and_type() {
    let link = "help_url: \"https://e.example/{code}\"\n";
    let old = catalog(&format!(
        "{FIELDS}{link}problem: {{members: [kind, logged]}}\ncodes:\n  - {{code: 1}}\n"
    ));
    let new = catalog(&format!("{FIELDS}{link}problem: {{type: help_url, members: [kind, help_url]}}\ncodes:\n  - {{code: 1}}\n"));
    let changes: Vec<(bool, &str)> =
        diff(&old, &new).iter().map(|c| (c.breaking, c.kind)).collect();
    assert_eq!(
        changes,
        [
            (true, "problem-type-changed"),
            (true, "problem-member-removed"),
            (false, "problem-member-added")
        ]
    );
}

#[test]
fn the_markdown_reference_shows_fields_and_links() {
    let source = format!("{FIELDS}help_url: \"https://docs.example.com/e#{{code}}\"\ncodes:\n  - {{code: 1, message: Hi, priority: 2}}\n");
    let text = markdown(&catalog(&source), 0);
    assert!(
        text.contains("- `sqlstate` (string, matching `^[0-9A-Z]{5}$`, default `XX000`)\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "- `kind` (enum, one of invalid_request, internal, auth, default `internal`)\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("| Code | Name | Message | HTTP | gRPC | Severity | Fields | Help |\n"),
        "{text}"
    );
    assert!(
        text.contains("| 1 | `Code1` | Hi | 500 | INTERNAL | error | `sqlstate`: XX000<br>`logged`: true<br>`kind`: internal<br>`priority`: 2 | [docs](<https://docs.example.com/e#1>) |"),
        "{text}"
    );
}

/// The toolchain checks (tests/exports/check.py) compare the TypeScript and
/// Python exports' fields with the JSON export; these pin Go's and C's.
#[cfg(feature = "export")]
#[test]
fn go_and_c_carry_each_entrys_values() {
    use errcat_catalog::export::{export, Syntax, Target};
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/catalogs/database.yaml");
    let source = std::fs::read_to_string(path).unwrap();
    let database = load_str(&source, "database.yaml").unwrap();
    let go = export(&database, Target::Go, Syntax::Yaml).unwrap();
    assert!(go.contains("fields: Fields{Sqlstate: \"42P01\", MysqlError: \"ER_NO_SUCH_TABLE\", Logged: false, Workaround: fieldPtr(\"Run SHOW TABLES to list the tables.\")}}"), "{go}");
    assert!(go.contains("\tPriority *int64\n"), "{go}");
    let c = export(&database, Target::C, Syntax::Yaml).unwrap();
    assert!(c.contains("    {\"42P01\", \"ER_NO_SUCH_TABLE\", 0, 0, \"Run SHOW TABLES to list the tables.\", {0, 1}},\n"), "{c}");
    assert!(
        c.contains("    {\"XX000\", \"ER_INTERNAL_ERROR\", 1, INT64_C(9), NULL, {1, 0}},\n"),
        "{c}"
    );
    let keyword = catalog("name: E\nfields:\n  default: {type: bool}\ncodes:\n  - {code: 1}\n");
    let refused = export(&keyword, Target::C, Syntax::Yaml).unwrap_err();
    assert!(refused.message.contains("the field `default` cannot be a member of a C struct"));
}
