//! `errcat import FILE.rs --derive PATH`: what to put on the enum the
//! draft was imported from so that it compiles against the new catalog
//! through `#[derive(ErrorCatalog)]`, and which hand-written items the
//! derive replaces, each with its line.

use std::fmt::Write as _;

/// The Rust enum a draft was imported from, as the adoption text needs it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RustEnum {
    /// Its name.
    pub name: String,
    /// The line of `enum`.
    pub line: usize,
    /// The derives on it, each with its line.
    pub derives: Vec<(String, usize)>,
    /// Each variant: its identifier, its code, its line, and whether it has fields.
    pub variants: Vec<(String, Option<i128>, usize, bool)>,
    /// The mapping functions the reader read: name, line, what they map to.
    pub mappings: Vec<(String, usize, &'static str)>,
    /// The file it is in, when a directory was imported.
    pub file: Option<String>,
    /// Attributes on variants that belong to replaced derives
    /// (`#[strum(…)]`, `#[error(…)]`): the attribute and its line.
    pub variant_attributes: Vec<(String, usize)>,
}

/// What each derive of strum or thiserror becomes with errcat's derive.
fn replaced_by(derive: &str) -> Option<&'static str> {
    Some(match derive {
        "EnumString" => "`FromStr` and `from_name`",
        "AsRefStr" | "IntoStaticStr" | "Display" => "`name()` and `Display`",
        "EnumIter" | "EnumCount" | "VariantArray" => "`ALL`",
        "FromRepr" => "`from_code` and `TryFrom`",
        "Error" => "`Display` and `core::error::Error` (the messages are in the catalog)",
        _ => return None,
    })
}

/// The adoption text for `draft_yaml` (the catalog written to `path`).
pub fn derive_text(rust: &RustEnum, draft_yaml: &str, path: &str, file: &str) -> String {
    let catalog = errcat_catalog::load_str(draft_yaml, path).ok();
    let mut out = String::new();
    let _ = writeln!(out, "// On `enum {}` ({file}:{}):", rust.name, rust.line);
    let kept: Vec<&str> =
        rust.derives.iter().map(|(d, _)| d.as_str()).filter(|d| replaced_by(d).is_none()).collect();
    let mut derives: Vec<&str> = kept.clone();
    for needed in ["Debug", "Clone", "Copy", "PartialEq", "Eq"] {
        if !derives.contains(&needed) {
            derives.push(needed);
        }
    }
    derives.push("errcat::ErrorCatalog");
    let _ = writeln!(out, "#[derive({})]", derives.join(", "));
    let _ = writeln!(out, "#[catalog(path = {path:?})]");
    let entries = catalog.as_ref().map(errcat_catalog::Catalog::entries).unwrap_or_default();
    let mut renames = Vec::new();
    let mut blockers = Vec::new();
    for (ident, code, line, has_fields) in &rust.variants {
        if *has_fields {
            blockers.push(format!("{ident} ({file}:{line}) has fields: the derive takes unit variants; errcat's context selectors carry the values (`{}::{ident} {{ … }}`)", heck::ToSnakeCase::to_snake_case(rust.name.as_str())));
            continue;
        }
        match code.and_then(|code| entries.iter().find(|e| e.code == code)) {
            Some(entry) if entry.ident == *ident => {}
            Some(entry) => renames.push(format!("//   {ident} ({file}:{line}): #[catalog(name = {:?})]", entry.name)),
            None => blockers.push(format!("{ident} ({file}:{line}) has no entry in the catalog (a success code, or left out): remove it, or add its entry")),
        }
    }
    if !renames.is_empty() {
        let _ = writeln!(out, "// On each variant whose name in the catalog is not its own:");
        for rename in renames {
            let _ = writeln!(out, "{rename}");
        }
    }
    let replaced: Vec<String> = rust
        .derives
        .iter()
        .filter_map(|(d, line)| {
            replaced_by(d).map(|by| format!("//   #[derive({d})] ({file}:{line}): {by}"))
        })
        .chain(rust.variant_attributes.iter().map(|(attr, line)| {
            format!("//   #[{attr}(…)] ({file}:{line}): the catalog's name and message")
        }))
        .chain(rust.mappings.iter().map(|(name, line, what)| {
            // Constants are SCREAMING_CASE; everything else here is a function.
            let kind = if name.chars().all(|c| c.is_ascii_uppercase() || c == '_') {
                "const"
            } else {
                "fn"
            };
            format!("//   {kind} {name} ({file}:{line}): {what}")
        }))
        .collect();
    if !replaced.is_empty() {
        let _ = writeln!(out, "// The derive replaces these; delete them:");
        for item in replaced {
            let _ = writeln!(out, "{item}");
        }
    }
    if !blockers.is_empty() {
        let _ = writeln!(out, "// Before the derive compiles:");
        for blocker in blockers {
            let _ = writeln!(out, "//   {blocker}");
        }
    }
    out
}
