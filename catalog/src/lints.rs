//! Lints: things that compile but make a catalog less useful (`W` rules).
//! `errcat check` prints them as warnings; `--deny-warnings` fails on them.

use crate::diagnostic::{Diagnostic, Diagnostics, Rule};
use crate::format::Deprecation;
use crate::model::Catalog;
use crate::source::Source;

/// The lint warnings of a validated catalog, except the `allowed` ones;
/// `source` is what it was loaded from, for positions and snippets.
pub fn lints(catalog: &Catalog, source: &Source, allowed: &[Rule]) -> Vec<Diagnostic> {
    let mut cx = Diagnostics::new(source.name());
    cx.set_source(source.text());
    let wanted = |rule: Rule| !allowed.contains(&rule);
    for entry in catalog.entries() {
        let name = &entry.name;
        if entry.message.is_none() && wanted(Rule::NoMessage) {
            cx.error(
                Rule::NoMessage,
                entry.span,
                format!("code {} (`{name}`) has no message", entry.code),
            )
            .help("add `message:`")
            .emit();
        }
        if entry.description.is_none() && wanted(Rule::NoDescription) {
            cx.error(
                Rule::NoDescription,
                entry.span,
                format!("code {} (`{name}`) has no description", entry.code),
            )
            .help("add `description:`")
            .emit();
        }
        if entry.http_is_default && wanted(Rule::DefaultHttp) {
            let message = format!(
                "code {} (`{name}`) maps to the default HTTP status {}",
                entry.code, entry.http
            );
            cx.error(Rule::DefaultHttp, entry.span, message)
                .help("set `http:` on the entry or its group")
                .emit();
        }
        if entry.deprecated == Some(Deprecation::Plain) && wanted(Rule::DeprecatedWithoutNote) {
            cx.error(
                Rule::DeprecatedWithoutNote,
                entry.span,
                format!("`{name}` is deprecated without a note"),
            )
            .help("write `deprecated: use OTHER_NAME`")
            .emit();
        }
    }
    let mut found = cx.into_sorted();
    if wanted(Rule::RawCharacter) && !catalog.source_warnings().is_empty() {
        found.extend(catalog.source_warnings().iter().cloned());
        // In file order, what is about the file as a whole (the counts of
        // what was not shown) last; stable, so one position keeps the order
        // its diagnostics were found in.
        found.sort_by_key(|d| (d.span.is_none(), d.span.map(|s| s.start)));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_lint() {
        let source = "name: E\ngroups:\n  - name: g\n    http: 404\n    codes:\n      - code: 1\n        message: m\n        description: d\n      - code: 2\n        deprecated: true\n";
        let source = Source::new("e.yaml", source);
        let catalog = crate::load_source(&source).unwrap();
        let found: Vec<(&str, usize)> = lints(&catalog, &source, &[])
            .iter()
            .map(|d| (d.rule.id(), d.span.map_or(0, |s| s.start.line)))
            .collect();
        assert_eq!(found, [("W0001", 9), ("W0002", 9), ("W0004", 9)]);
        let ungrouped = "name: E\ncodes:\n  - code: 1\n    message: m\n    description: d\n";
        let source = Source::new("e.yaml", ungrouped);
        let catalog = crate::load_source(&source).unwrap();
        let found: Vec<&str> = lints(&catalog, &source, &[]).iter().map(|d| d.rule.id()).collect();
        assert_eq!(found, ["W0003"]);
        assert!(lints(&catalog, &source, &[Rule::DefaultHttp]).is_empty());
    }

    #[test]
    fn raw_characters_come_in_file_order_with_their_count_last() {
        let text = format!("name: E\ncodes:\n  - code: 1 # {}\n", "\u{202E}".repeat(300));
        let source = Source::new("e.yaml", &text);
        let catalog = crate::load_source(&source).unwrap();
        let found =
            lints(&catalog, &source, &[Rule::NoMessage, Rule::NoDescription, Rule::DefaultHttp]);
        assert_eq!(found.len(), 200);
        assert!(found.iter().all(|d| d.rule == Rule::RawCharacter));
        assert_eq!(found[199].message, "101 more such characters are written raw");
        let columns: Vec<usize> =
            found[..199].iter().map(|d| d.span.unwrap().start.column).collect();
        assert!(columns.windows(2).all(|w| w[0] + 1 == w[1]), "{columns:?}");
    }
}
