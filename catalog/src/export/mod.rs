//! The catalog for code in other languages: TypeScript, Go, Python, C (and
//! C++), an OpenAPI 3.1 document and the resolved catalog as JSON. Each
//! target is the code a user of that language would write by hand: the
//! codes as named constants; name, message in every language, HTTP status,
//! severity, retryable and group of each; lookups by code and by name;
//! group ranges; a typed way to render the messages of entries with
//! arguments. Deterministic: the same catalog gives the same bytes.
//!
//! Identifiers: every target starts from the Rust variant identifier
//! (UpperCamelCase, unique in the catalog) and renames it by one rule per
//! target ([`Naming`]), checked again for collisions; texts are escaped for
//! the target's string syntax, so any catalog text comes back byte for byte.

use crate::format::BodyKey;
use crate::model::{Catalog, Entry, Localized};

mod c;
mod go;
mod json;

pub use json::schema as json_schema;
mod openapi;
mod python;
mod typescript;
mod yaml;

/// A language or format `errcat export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Target {
    /// A TypeScript module.
    TypeScript,
    /// A Go package.
    Go,
    /// A Python module.
    Python,
    /// A C header that C++ includes as well.
    C,
    /// An OpenAPI 3.1 document.
    OpenApi,
    /// The resolved catalog as JSON.
    Json,
}

impl Target {
    /// Every target, in the order the help lists them.
    pub const ALL: [Target; 6] =
        [Target::TypeScript, Target::Go, Target::Python, Target::C, Target::OpenApi, Target::Json];

    /// The name `--lang` takes.
    pub const fn as_str(self) -> &'static str {
        match self {
            Target::TypeScript => "typescript",
            Target::Go => "go",
            Target::Python => "python",
            Target::C => "c",
            Target::OpenApi => "openapi",
            Target::Json => "json",
        }
    }

    /// The target `--lang WORD` names.
    pub fn from_word(word: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.as_str() == word)
    }
}

/// How a document-shaped target is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// JSON.
    Json,
    /// YAML (block style, every string double-quoted).
    Yaml,
}

/// Why a catalog cannot be exported to a target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportError {
    /// What went wrong, for people.
    pub message: String,
}

/// The catalog as `target` code or document (OpenAPI in `syntax`).
pub fn export(catalog: &Catalog, target: Target, syntax: Syntax) -> Result<String, ExportError> {
    match target {
        Target::TypeScript => typescript::render(catalog),
        Target::Go => go::render(catalog),
        Target::Python => python::render(catalog),
        Target::C => c::render(catalog),
        Target::OpenApi => Ok(openapi::render(catalog, syntax)),
        Target::Json => Ok(json::render(catalog)),
    }
}

/// A text of every entry: one slot per catalog language, resolved as
/// `message_in(lang)` resolves it (its own text, else the default
/// language's, else the first language's that has one).
fn per_language<'c>(catalog: &'c Catalog, text: Option<&'c Localized>) -> Vec<Option<&'c str>> {
    (0..catalog.languages().len()).map(|lang| text.and_then(|t| t.get(lang))).collect()
}

/// The three texts of an entry, by name.
fn fields(entry: &Entry) -> [(&'static str, Option<&Localized>); 3] {
    [
        ("message", entry.message.as_ref()),
        ("description", entry.description.as_ref()),
        ("solution", entry.solution.as_ref()),
    ]
}

/// A rule that turns variant identifiers into a target's identifiers.
#[derive(Debug, Clone, Copy)]
enum Naming {
    /// `ACCESS_LIMITED`: Python enum members, C constants after a prefix.
    Screaming,
    /// `AccessLimited` as it is: TypeScript keys, Go constants after the type name.
    Camel,
}

/// Each entry's identifier in a target: the variant identifier renamed by
/// `naming`; identifiers that collide (or hit one of `reserved`) get
/// `_<code>` (`_N5` for -5) appended, and the result is checked once more.
fn identifiers(
    catalog: &Catalog,
    naming: Naming,
    reserved: &[&str],
) -> Result<Vec<String>, ExportError> {
    let renamed: Vec<String> = catalog
        .entries()
        .iter()
        .map(|e| match naming {
            Naming::Screaming => heck::ToShoutySnakeCase::to_shouty_snake_case(e.ident.as_str()),
            Naming::Camel => e.ident.clone(),
        })
        .collect();
    let mut count: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for name in &renamed {
        *count.entry(name).or_default() += 1;
    }
    let taken = |name: &str| count.get(name).copied().unwrap_or(0) > 1 || reserved.contains(&name);
    let names: Vec<String> =
        renamed
            .iter()
            .zip(catalog.entries())
            .map(|(name, entry)| {
                if taken(name) {
                    format!("{name}_{}", code_suffix(entry.code))
                } else {
                    name.clone()
                }
            })
            .collect();
    let mut seen = std::collections::HashSet::new();
    for (name, entry) in names.iter().zip(catalog.entries()) {
        if !seen.insert(name.as_str()) {
            return Err(ExportError {
                message: format!(
                    "code {} would be `{name}`, like another code, after renaming: give one of them another `name`",
                    entry.code
                ),
            });
        }
    }
    Ok(names)
}

/// `5` → `5`, `-5` → `N5`: a code as part of an identifier.
/// Where a reader of the error body finds the error: the code member, or
/// the name member when `body` leaves the code out (validation makes the
/// body carry one of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BodyCode<'a> {
    /// The code, a number, under this name.
    Code(&'a str),
    /// `name()`, a string, under this name.
    Name(&'a str),
}

fn body_code(catalog: &Catalog) -> BodyCode<'_> {
    let wire = catalog.wire();
    match (wire.field(BodyKey::Code), wire.field(BodyKey::Name)) {
        (Some(code), _) => BodyCode::Code(code),
        (None, Some(name)) => BodyCode::Name(name),
        (None, None) => BodyCode::Code("code"),
    }
}

/// The members of a problem that are not arguments: RFC 9457's, `code`,
/// and the catalog's `problem.members`.
fn problem_members(catalog: &Catalog) -> Vec<&str> {
    let mut members = crate::format::PROBLEM_MEMBERS.to_vec();
    members.extend(catalog.wire().problem_members().iter().map(|m| m.name()));
    members
}

fn code_suffix(code: i128) -> String {
    if code < 0 {
        format!("N{}", code.unsigned_abs())
    } else {
        code.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_become_identifiers_and_words_targets() {
        assert_eq!(code_suffix(-5), "N5");
        assert_eq!(Target::from_word("openapi"), Some(Target::OpenApi));
    }

    fn hostile() -> Catalog {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/catalogs/hostile_text.yaml");
        crate::load_str(&std::fs::read_to_string(path).unwrap(), "hostile_text.yaml").unwrap()
    }

    #[test]
    fn hostile_text_never_reaches_an_export_raw() {
        let catalog = hostile();
        for target in Target::ALL {
            for syntax in [Syntax::Json, Syntax::Yaml] {
                let text = export(&catalog, target, syntax).unwrap();
                assert_eq!(
                    text,
                    export(&catalog, target, syntax).unwrap(),
                    "{target:?}: deterministic"
                );
                let raw: Vec<char> = text
                    .chars()
                    .filter(|&c| crate::escape::never_raw(c) && !matches!(c, '\n' | '\t'))
                    .collect();
                assert_eq!(raw, Vec::<char>::new(), "{target:?} {syntax:?}");
                // No comment closes early: every `*/` of the texts was broken up.
                for line in text.lines().filter(|l| l.trim_start().starts_with("/*")) {
                    assert_eq!(line.matches("*/").count(), 1, "{target:?}: {line}");
                    assert!(line.trim_end().ends_with("*/"), "{target:?}: {line}");
                }
            }
        }
    }
}
