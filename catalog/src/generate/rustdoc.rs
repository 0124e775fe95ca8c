//! The generated items' documentation: what a reader of the user's
//! `cargo doc` learns about the catalog. Every fact the catalog holds about
//! a code is on its variant (or constant); the type's page has the
//! catalog's languages, defaults, groups and an example.
//!
//! Catalog text is escaped so that it cannot form links, HTML or code
//! blocks; errcat's own Markdown (code spans, lists, tables) is written as
//! Markdown. An entry's doc is one attribute whose first line is the
//! message, which rustdoc shows in search results and the variant list.

use std::fmt::Write as _;

use super::lists::RustText;
use crate::format::Deprecation;
use crate::model::{Catalog, Entry, Group, Localized};

/// Catalog text as doc text: Markdown punctuation escaped so that messages
/// cannot form links, HTML or code blocks in rustdoc.
pub(super) fn doc_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        for c in line.trim().chars() {
            if matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!' | '&'
            ) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// Catalog text on one line (a list item's or a table cell's).
fn inline_text(text: &str) -> String {
    doc_text(text).replace('\n', " ")
}

/// `text` in a Markdown code span, or escaped as text if a backtick in it
/// would end the span.
pub(super) fn code_span(text: &str) -> String {
    if text.contains('`') {
        doc_text(text)
    } else {
        format!("`{text}`")
    }
}

/// The enum's (or the open struct's) doc: the summary, the overview and an
/// example.
pub(super) fn type_doc(model: &Catalog, open: bool) -> String {
    let mut out = match &model.description {
        Some(text) => doc_text(text.get(0).unwrap_or_default()),
        // The name is an identifier, so the code span holds it as is.
        None => format!("Error codes of the `{}` catalog.", model.name),
    };
    if open {
        out.push_str(
            "\n\nAn open catalog: a code it does not list (one a newer peer sends) is kept; \
             see `from_code_lossy` and `is_known`.",
        );
    }
    let _ = write!(out, "\n\n{}", catalog_overview(model));
    out.push_str(&example_section(&type_example(model)));
    out
}

/// The catalog's languages, defaults and display template, and a table of
/// its groups.
fn catalog_overview(model: &Catalog) -> String {
    let languages: Vec<String> = model
        .languages
        .iter()
        .enumerate()
        .map(|(i, lang)| {
            let lang = code_span(lang);
            if i == 0 {
                format!("{lang} (default)")
            } else {
                lang
            }
        })
        .collect();
    let mut out = format!(
        "Languages: {}. An entry that does not say otherwise (nor does its group) has HTTP \
         status `{}` and severity `{}`. `Display` writes {}.",
        languages.join(", "),
        model.http,
        model.severity.as_str(),
        code_span(&model.display_text()),
    );
    if !model.groups.is_empty() {
        out.push_str(
            "\n\n| Group | Codes | Entries | HTTP | Severity | Description |\n\
             |---|---|---:|---:|---|---|",
        );
        for (index, group) in model.groups.iter().enumerate() {
            let description = group
                .description
                .as_ref()
                .and_then(|d| d.get(0))
                .map_or_else(String::new, inline_text);
            let _ = write!(
                out,
                "\n| {} | {} | {} | `{}` | `{}` | {description} |",
                code_span(&group.name),
                range_text(group),
                entry_count(model, index),
                group.http,
                group.severity.as_str(),
            );
        }
    }
    out
}

fn range_text(group: &Group) -> String {
    group.range.map_or("no range".to_owned(), |(lo, hi)| format!("`{lo}..={hi}`"))
}

fn entry_count(model: &Catalog, group: usize) -> usize {
    model.entries.iter().filter(|e| e.group == Some(group)).count()
}

/// A group variant's doc: its description, range, count and defaults.
pub(super) fn group_doc(model: &Catalog, index: usize, group: &Group) -> String {
    let mut out = match &group.description {
        Some(text) => doc_text(text.get(0).unwrap_or_default()),
        None => format!("Group {}.", code_span(&group.name)),
    };
    let count = match entry_count(model, index) {
        1 => "1 code".to_owned(),
        n => format!("{n} codes"),
    };
    match group.range {
        Some((lo, hi)) => {
            let _ = write!(out, "\n\nCodes `{lo}..={hi}`; {count}.");
        }
        None => {
            let _ = write!(out, "\n\nNo range; {count}.");
        }
    }
    let _ = write!(
        out,
        " An entry that does not say otherwise has HTTP status `{}` and severity `{}`.",
        group.http,
        group.severity.as_str()
    );
    if let Some(description) = &group.description {
        for (index, lang) in model.languages.iter().enumerate().skip(1) {
            if let Some(own) = description.own(index).filter(|_| description.own(0).is_some()) {
                let _ = write!(out, "\n\n{}: {}", code_span(lang), doc_text(own));
            }
        }
    }
    out
}

/// The group enum's doc, with an example of `of_code` and `codes`.
pub(super) fn group_enum_doc(model: &Catalog) -> String {
    let mut out = format!("The groups (code ranges) of [`{}`].", model.name);
    out.push_str(&example_section(&group_example(model)));
    out
}

/// A variant's (or an open catalog's constant's) doc and deprecation attributes.
pub(super) fn entry_attributes(model: &Catalog, entry: &Entry, out: &mut RustText) {
    out.code("#[doc = ").str(&entry_doc(model, entry)).code("]");
    match &entry.deprecated {
        None => {}
        Some(Deprecation::Plain) => {
            out.code("#[deprecated]");
        }
        Some(Deprecation::Note(note)) => {
            out.code("#[deprecated(note = ").str(note).code(")]");
        }
    }
}

/// Every fact the catalog has about `entry`, the message first.
fn entry_doc(model: &Catalog, entry: &Entry) -> String {
    let mut out = match entry.message.as_ref().and_then(|m| m.get(0)) {
        Some(message) => doc_text(message),
        None => format!("Code {} (the catalog gives no message).", entry.code),
    };
    let _ = write!(out, "\n\n- Code `{}`", entry.code);
    if let Some(group) = entry.group.and_then(|g| model.groups.get(g)) {
        let _ = write!(out, ", group {} ({})", code_span(&group.name), range_text(group));
    }
    let _ = write!(
        out,
        "\n- HTTP status `{}`, severity `{}`, {}",
        entry.http,
        entry.severity.as_str(),
        if entry.retryable { "retryable" } else { "not retryable" }
    );
    if let Some(message) = &entry.message {
        for (index, lang) in model.languages.iter().enumerate().skip(1) {
            if let Some(text) = message.own(index) {
                let _ = write!(out, "\n- {}: {}", code_span(lang), inline_text(text));
            }
        }
    }
    if !entry.args.is_empty() {
        let args: Vec<String> =
            entry.args.iter().map(|a| format!("`{}` ({})", a.name, a.ty)).collect();
        let _ = write!(
            out,
            "\n- Arguments: {}; context selector `{}::{}`",
            args.join(", "),
            crate::names::selector_module(&model.name),
            entry.ident
        );
    }
    if let Some(description) = &entry.description {
        push_paragraphs(&mut out, model, description, ("", "Description"));
    }
    if let Some(solution) = &entry.solution {
        push_paragraphs(&mut out, model, solution, ("Solution: ", "Solution"));
    }
    out
}

/// A paragraph for each language that has its own `text`: the default
/// language's after `default_prefix`, the others' after `label (lang): `.
fn push_paragraphs(
    out: &mut String,
    model: &Catalog,
    text: &Localized,
    (default_prefix, label): (&str, &str),
) {
    for (index, lang) in model.languages.iter().enumerate() {
        let Some(own) = text.own(index) else { continue };
        let own = doc_text(own);
        let _ = if index == 0 {
            write!(out, "\n\n{default_prefix}{own}")
        } else {
            write!(out, "\n\n{label} ({}): {own}", code_span(lang))
        };
    }
}

/// For `#[derive(ErrorCatalog)]`, which cannot document the user's
/// variants: the doc of the inherent impl, which rustdoc shows on the
/// enum's page after the user's own docs, with each variant's facts.
pub(super) fn derive_impl_doc(model: &Catalog) -> String {
    let mut out = format!(
        "What the catalog says about `{}` and each of its variants.\n\n{}",
        model.name,
        catalog_overview(model)
    );
    out.push_str(&example_section(&type_example(model)));
    out.push_str("\n\n# Variants");
    for entry in &model.entries {
        let _ = write!(out, "\n\n## `{}`\n\n{}", entry.ident, entry_doc(model, entry));
        match &entry.deprecated {
            None => {}
            Some(Deprecation::Plain) => out.push_str("\n\nDeprecated."),
            Some(Deprecation::Note(note)) => {
                let _ = write!(out, "\n\nDeprecated: {}", doc_text(note));
            }
        }
    }
    out
}

/// An `# Examples` section with `code`, marked `ignore`: a doctest is
/// compiled outside the user's crate, where the type's path is unknown.
fn example_section(code: &str) -> String {
    if code.is_empty() {
        return String::new();
    }
    format!("\n\n# Examples\n\n```rust,ignore\n{code}```")
}

/// The entry an example shows: the first that is not deprecated (an
/// example must not teach a deprecated name), else the first.
fn example_entry(model: &Catalog) -> Option<&Entry> {
    let usable =
        |e: &&Entry| e.deprecated.is_none() && (e.group.is_some() || model.groups.is_empty());
    model.entries.iter().find(usable).or(model.entries.first())
}

/// `code()` and `from_code()` on one entry. Identifiers and numbers only:
/// no catalog text goes into a code block.
fn type_example(model: &Catalog) -> String {
    let Some(entry) = example_entry(model) else { return String::new() };
    let name = &model.name;
    format!(
        "let error = {name}::{ident};\n\
         assert_eq!(error.code(), {code});\n\
         assert_eq!({name}::from_code({code}), Some(error));\n",
        ident = entry.ident,
        code = entry.code,
    )
}

/// `of_code()` and `codes()` on the first entry's group.
fn group_example(model: &Catalog) -> String {
    let Some((entry, group)) =
        example_entry(model).and_then(|e| Some((e, model.groups.get(e.group?)?)))
    else {
        return String::new();
    };
    let (name, groups) = (&model.name, model.group_enum_name());
    format!(
        "assert_eq!({groups}::of_code({code}), Some({groups}::{group}));\n\
         assert!({groups}::{group}.codes().contains(&{name}::{ident}));\n\
         assert_eq!({name}::{ident}.group(), {groups}::{group});\n",
        code = entry.code,
        group = group.ident,
        ident = entry.ident,
    )
}

/// The examples of the generated docs, as Rust statements, for a test that
/// compiles them with the catalog's items in scope.
#[doc(hidden)]
pub fn __examples(model: &Catalog) -> Vec<String> {
    [type_example(model), group_example(model)].into_iter().filter(|e| !e.is_empty()).collect()
}
