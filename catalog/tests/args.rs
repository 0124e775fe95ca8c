//! Entries with typed arguments: every placeholder rule with the position of
//! the placeholder in the file, and entries without arguments unchanged.

use errcat_catalog::format::ArgType;
use errcat_catalog::{load_str, Diagnostic};

fn errors(source: &str) -> Vec<Diagnostic> {
    match load_str(source, "args.yaml") {
        Ok(_) => panic!("catalog was accepted:\n{source}"),
        Err(errors) => errors,
    }
}

/// Each error as `rule line:column: message`.
fn listed(source: &str) -> Vec<String> {
    errors(source)
        .iter()
        .map(|e| {
            let at =
                e.span.map_or_else(String::new, |s| format!("{}:{}", s.start.line, s.start.column));
            format!("{} {at}: {}", e.rule.id(), e.headline())
        })
        .collect()
}

const HEAD: &str =
    "name: StorageError\nlanguages: [en, zh]\ncodes:\n  - code: 611\n    name: DISK_NOT_FOUND\n";

#[test]
fn a_valid_entry_keeps_its_arguments_in_order() {
    let source = format!(
        "{HEAD}    args: {{disk_id: u64, host: string, busy: bool}}\n    message:\n      en: \"disk {{disk_id}} on {{host}} (busy: {{busy}}), {{{{literal}}}}\"\n      zh: \"主机 {{host}} 上的磁盘 {{disk_id}}（{{busy}}）\"\n    description: \"{{host}} is down\"\n    solution: {{zh: \"检查 {{host}}\"}}\n"
    );
    let catalog = load_str(&source, "args.yaml").unwrap();
    let args: Vec<(&str, ArgType)> =
        catalog.entries()[0].args.iter().map(|a| (a.name.as_str(), a.ty)).collect();
    assert_eq!(
        args,
        [("disk_id", ArgType::U64), ("host", ArgType::String), ("busy", ArgType::Bool)]
    );
}

#[test]
fn entries_without_arguments_keep_literal_braces() {
    let source = "name: E\ncodes:\n  - code: 1\n    message: \"{not a placeholder} and } alone\"\n  - code: 2\n    args: {}\n    message: \"{still literal}\"\n";
    let catalog = load_str(source, "args.yaml").unwrap();
    assert!(catalog.entries().iter().all(|e| e.args.is_empty()));
}

#[test]
fn an_undeclared_placeholder_is_pointed_at_with_a_suggestion() {
    let source = format!("{HEAD}    args: {{host: string}}\n    message: \"disk on {{hots}}\"\n");
    let errors = errors(&source);
    // The typo is the one error: `host` being unused is not reported on top.
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let undeclared = &errors[0];
    assert_eq!(undeclared.rule.id(), "E0020");
    let span = undeclared.span.unwrap();
    assert_eq!((span.start.line, span.start.column, span.end.column), (7, 23, 29));
    assert_eq!(undeclared.message, "`{hots}` in the message is not an argument");
    assert_eq!(undeclared.help.as_deref(), Some("did you mean `{host}`?"));
    let shown = undeclared.to_string();
    assert!(
        shown.contains("7 |     message: \"disk on {hots}\"\n  |                       ^^^^^^"),
        "{shown}"
    );
}

#[test]
fn every_language_must_use_the_same_placeholders() {
    let source = format!(
        "{HEAD}    args: {{disk_id: u64, host: string}}\n    message:\n      en: \"disk {{disk_id}} on {{host}}\"\n      zh: \"磁盘 {{disk_id}} 不存在\"\n    description:\n      zh: \"{{host}}\"\n      en: \"{{host}} and {{disk_id}}\"\n"
    );
    assert_eq!(
        listed(&source),
        [
            "E0022 9:11: the `zh` message uses {disk_id} but the `en` message uses {disk_id}, {host}",
            "E0022 11:11: the `zh` description uses {host} but the `en` description uses {disk_id}, {host}",
        ]
    );
}

#[test]
fn without_the_default_language_the_first_language_is_the_reference() {
    let source = format!(
        "{HEAD}    args: {{host: string}}\n    message: \"{{host}}\"\n    solution:\n      zh: \"检查\"\n"
    );
    assert_eq!(load_str(&source, "args.yaml").err(), None, "one language is its own reference");
    let missing = format!("{HEAD}    args: {{host: string}}\n    message: {{zh: \"{{host}}\"}}\n");
    assert_eq!(
        listed(&missing),
        ["E0021 6:11: the entry declares arguments but has no message in the default language `en`"]
    );
}

#[test]
fn names_and_types_are_checked() {
    let source = format!(
        "{HEAD}    args: {{diskId: u64, type: string, status: u8, host: strng, host: string, n: u65}}\n    message: \"{{diskId}} {{type}} {{status}} {{host}} {{n}}\"\n"
    );
    assert_eq!(
        listed(&source),
        [
            "E0023 6:12: `diskId` is not a snake_case argument name",
            "E0023 6:25: `type` is a Rust keyword",
            "E0023 6:39: `status` is a member of problem details, which carry each argument as a member",
            "E0024 6:57: unknown argument type `strng`",
            "E0023 6:64: argument `host` is declared twice (first defined at line 6)",
            "E0024 6:81: unknown argument type `u65`",
        ]
    );
    let types = errors(&source);
    assert_eq!(types[3].help.as_deref(), Some("did you mean `string`?"));
    assert_eq!(types[5].help.as_deref(), Some("did you mean `u64`?"));
}

#[test]
fn unbalanced_braces_are_pointed_at() {
    let source = format!(
        "{HEAD}    args: {{host: string}}\n    message: \"{{host}} {{oops\"\n    description: \"{{host}} }}\"\n"
    );
    let listed = listed(&source);
    assert_eq!(
        listed,
        [
            "E0025 7:22: unbalanced `{` in the message",
            "E0025 8:26: unbalanced `}` in the description",
        ],
        "the message's argument check is skipped once its braces are broken"
    );
}

#[test]
fn a_placeholder_yaml_escapes_hide_is_located_by_its_text() {
    // `\x7b` is `{` to YAML: the source has no `{x}` to point at.
    let source = format!("{HEAD}    args: {{host: string}}\n    message: \"{{host}} \\x7bx}}\"\n");
    let errors = errors(&source);
    assert_eq!(
        errors[0].message,
        "`{x}` in the message is not an argument (character 8 of the text)"
    );
    assert_eq!(errors[0].span.unwrap().start.column, 14, "the text's own position");
}

#[test]
fn too_many_arguments_are_a_limit() {
    let args: Vec<String> = (0..65).map(|i| format!("a{i}: u8")).collect();
    let source = format!("{HEAD}    args: {{{}}}\n    message: m\n", args.join(", "));
    let errors = errors(&source);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].rule.id(), "E0002");
    assert_eq!(errors[0].message, "65 arguments, over the limit of 64 for one entry");
}

#[test]
fn an_unused_argument_is_pointed_at() {
    let source = format!(
        "{HEAD}    args: {{disk_id: u64, host: string}}\n    message: {{en: \"disk {{disk_id}}\", zh: \"磁盘 {{disk_id}}\"}}\n"
    );
    assert_eq!(
        listed(&source),
        ["E0021 6:26: argument `host` does not appear in the `en` message"]
    );
}
