//! Hostile catalogs are rejected with a clear error, never a hang or a panic.
//! (How fast: `cargo bench -p errcat-catalog --bench hostile`.)

use errcat_catalog::load_str;

fn first_error(source: &str) -> String {
    load_str(source, "hostile.yaml").unwrap_err()[0].message.clone()
}

/// Ten levels of ten aliases each: 10^10 nodes if expanded.
fn billion_laughs() -> String {
    let mut yaml = String::from(
        "name: LaughError\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n",
    );
    for level in 1..10 {
        let refs = vec![format!("*a{}", level - 1); 10].join(", ");
        yaml.push_str(&format!("a{level}: &a{level} [{refs}]\n"));
    }
    yaml.push_str("codes:\n  - code: 1\n");
    yaml
}

#[test]
fn billion_laughs_is_rejected() {
    assert_eq!(first_error(&billion_laughs()), "YAML aliases expand to more than 100000 nodes");
}

#[test]
fn fifty_megabytes_is_rejected() {
    let mut huge = String::from("name: HugeError\ncodes:\n");
    while huge.len() < 50 * 1024 * 1024 {
        huge.push_str(
            "  - code: 1\n    message: padding padding padding padding padding padding\n",
        );
    }
    assert!(first_error(&huge).contains("over the limit of 33554432"));
}

#[test]
fn deep_nesting_is_rejected() {
    for open in ["[", "{a: "] {
        let close = if open == "[" { "]" } else { "}" };
        let source =
            format!("name: DeepError\nx: {}{}\n", open.repeat(10_000), close.repeat(10_000));
        assert_eq!(first_error(&source), "the catalog nests deeper than 32 levels", "{open}");
    }
    let block =
        (0..100).map(|depth| format!("{}k{depth}:\n", "  ".repeat(depth))).collect::<String>();
    assert_eq!(first_error(&block), "the catalog nests deeper than 32 levels");
}

#[test]
fn aliases_within_budget_are_fine() {
    let source = "name: AliasError\ncodes:\n  - code: 1\n    description: &shared the same text\n  - code: 2\n    description: *shared\n";
    let catalog = load_str(source, "alias.yaml").unwrap();
    let texts: Vec<Option<&str>> =
        catalog.entries().iter().map(|e| e.description.as_ref().and_then(|d| d.get(0))).collect();
    assert_eq!(texts, [Some("the same text"), Some("the same text")]);
}

#[test]
fn odd_yaml_is_an_error_not_a_panic() {
    let cases = [
        "\u{0}",
        "name: !!binary AAAA\ncodes: [{code: 1}]\n",
        "? [complex, key]\n: value\n",
        "name: A\ncodes: *nowhere\n",
        "- just\n- a list\n",
        "42",
        "name: A\ncodes:\n  - code: 99999999999999999999999999999999999999999\n",
        "name: A\nname: B\ncodes: [{code: 1}]\n",
        "name: A\ncodes: [{code: 1}]\n---\nname: B\n",
        "name: A\ncodes: [{code: 1, code: 2}]\n",
        "\u{feff}name: A\ncodes: [{code: -0x8000000000000000000000000000000}]\n",
    ];
    for source in cases {
        let errors = load_str(source, "odd.yaml").unwrap_err();
        assert!(!errors.is_empty(), "{source:?}");
        for error in &errors {
            assert!(!error.to_string().is_empty());
        }
    }
}

#[test]
fn a_flood_of_errors_is_capped() {
    let mut source = String::from("name: FloodError\ncodes:\n");
    for _ in 0..1000 {
        source.push_str("  - code: 1\n");
    }
    let errors = load_str(&source, "flood.yaml").unwrap_err();
    assert_eq!(errors.len(), errcat_catalog::format::limits::MAX_DIAGNOSTICS + 1);
    assert_eq!(errors.last().unwrap().message, "799 more errors not shown");
}

#[test]
fn ten_thousand_arguments_are_one_error() {
    let args: Vec<String> = (0..10_000).map(|i| format!("a{i}: u8")).collect();
    let source = format!(
        "name: E\ncodes:\n  - code: 1\n    args: {{{}}}\n    message: \"{{a0}}\"\n",
        args.join(", ")
    );
    let errors = load_str(&source, "many.yaml").unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].message, "10000 arguments, over the limit of 64 for one entry");
}

#[test]
fn deeply_nested_and_code_like_braces_are_errors_not_hangs() {
    let entry = |message: &str| {
        format!("name: E\ncodes:\n  - code: 1\n    args: {{x: string}}\n    message: {message:?}\n")
    };
    let rules = |source: &str| -> Vec<&'static str> {
        load_str(source, "braces.yaml").unwrap_err().iter().map(|e| e.rule.id()).collect()
    };
    assert_eq!(rules(&entry(&"{".repeat(100_001))), ["E0025"]);
    // An even run is escaped braces: text, so `x` is missing from the message.
    let even = entry(&format!("{}x{}", "{".repeat(100_000), "}".repeat(100_000)));
    assert_eq!(rules(&even), ["E0021"]);
    // Escaped pairs all the way down around the placeholder: accepted as data.
    let escaped = entry(&format!("{}{{x}}{}", "{{".repeat(50_000), "}}".repeat(50_000)));
    assert!(load_str(&escaped, "escaped.yaml").is_ok());
    // Code between braces is a placeholder name like any other: not an argument.
    assert_eq!(rules(&entry("{x} {\"); } fn evil() { (\"}")), ["E0020", "E0020"]);
    let name_like = entry("{x} {r#type} {}");
    let messages: Vec<String> =
        load_str(&name_like, "name.yaml").unwrap_err().into_iter().map(|e| e.message).collect();
    assert_eq!(
        messages,
        ["`{r#type}` in the message is not an argument", "`{}` in the message is not an argument"]
    );
}

/// The exporters fill templates by replacing placeholder words: a catalog
/// named with those words comes out under its own name, not rewritten.
#[cfg(feature = "export")]
#[test]
fn a_catalog_named_like_a_template_placeholder_exports_under_its_name() {
    use errcat_catalog::export::{export, Syntax, Target};
    let source = "name: PARSEBITSCODEError\nrepr: u32\ncodes:\n  - {code: 1, name: A, message: \"a {n}\", args: {n: u32}}\n";
    let catalog = load_str(source, "placeholder.yaml").unwrap();
    let go = export(&catalog, Target::Go, Syntax::Yaml).unwrap();
    assert!(go.contains("\tCode PARSEBITSCODEError\n"), "{go}");
    assert!(!go.contains("ParseUintUint") && !go.contains("PARSE32"), "{go}");
    let typescript = export(&catalog, Target::TypeScript, Syntax::Yaml).unwrap();
    assert!(typescript.contains("readonly code: PARSEBITSCODEError;"), "{typescript}");
    assert!(typescript.contains("export function isPARSEBITSCODEError("), "{typescript}");
}
