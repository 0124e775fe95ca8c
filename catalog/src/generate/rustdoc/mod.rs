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
use crate::format::{Deprecation, RustdocDetail, SerdeForm};
use crate::model::{Catalog, Entry, Group};

mod entry;

use entry::{write_range, Doc, DocLiteral, EntryDocs};

/// Catalog text as doc text: Markdown punctuation escaped so that messages
/// cannot form links, HTML or code blocks in rustdoc, and the characters
/// errcat never writes raw shown as `<U+202E>`.
pub(super) fn doc_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        for c in line.trim().chars() {
            doc_char(c, |c| out.push(c));
        }
    }
    out
}

/// One character of catalog text as doc text, given to `push`: itself,
/// backslash-escaped when it could start Markdown syntax, or for a character
/// of [`crate::escape::never_raw`], its `<U+…>` form (escaped in turn).
#[inline(always)]
fn doc_char(c: char, mut push: impl FnMut(char)) {
    if crate::escape::never_raw(c) {
        let mut shown = String::new();
        crate::escape::push_visible_between(&mut shown, c, ("\\<", "\\>"));
        shown.chars().for_each(push);
        return;
    }
    if markdown_special(c) {
        push('\\');
    }
    push(c);
}

/// The characters that could start Markdown syntax (code, emphasis, links,
/// HTML, headings, tables, strike-through, entities) in catalog text.
#[inline(always)]
fn markdown_special(c: char) -> bool {
    c.is_ascii() && MARKDOWN_SPECIAL.contains(&(c as u8))
}

/// The bytes of [`markdown_special`].
const MARKDOWN_SPECIAL: &[u8] = b"\\`*_[]<>#|~!&";

/// Catalog text on one line (a list item's or a table cell's).
fn inline_text(text: &str) -> String {
    doc_text(text).replace('\n', " ")
}

/// `text` in a Markdown code span, or escaped as text if a backtick or a
/// line break in it would end the span.
pub(super) fn code_span(text: &str) -> String {
    let mut out = String::new();
    out.code(text);
    out
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
    out.push_str(match model.wire.serde() {
        SerdeForm::Code => " With errcat's `serde` feature, a value serializes as its code.",
        SerdeForm::Name => " With errcat's `serde` feature, a value serializes as its name.",
        SerdeForm::None => " errcat writes no serde impls for it (`serde: none`).",
    });
    for (ranges, what) in [
        (&model.success, "Codes that mean success, which no entry may use"),
        (&model.reserved, "Reserved codes, which no entry may use"),
    ] {
        if !ranges.is_empty() {
            let ranges: Vec<String> = ranges
                .iter()
                .map(
                    |&(lo, hi)| if lo == hi { format!("`{lo}`") } else { format!("`{lo}..={hi}`") },
                )
                .collect();
            let _ = write!(out, " {what}: {}.", ranges.join(", "));
        }
    }
    if !model.groups.is_empty() {
        out.push_str(
            "\n\n| Group | Codes | Entries | HTTP | Severity | Description |\n\
             |---|---|---:|---:|---|---|",
        );
        for (group, count) in model.groups.iter().zip(model.group_entry_counts()) {
            let description = group
                .description
                .as_ref()
                .and_then(|d| d.get(0))
                .map_or_else(String::new, inline_text);
            let _ = write!(
                out,
                "\n| {} | {} | {count} | `{}` | `{}` | {description} |",
                code_span(&group.name),
                range_text(group),
                group.http,
                group.severity.as_str(),
            );
        }
    }
    out
}

fn range_text(group: &Group) -> String {
    let mut out = String::new();
    write_range(&mut out, group);
    out
}

/// A group variant's doc: its description, range, count of entries and defaults.
pub(super) fn group_doc(model: &Catalog, group: &Group, count: usize) -> String {
    let mut out = match &group.description {
        Some(text) => doc_text(text.get(0).unwrap_or_default()),
        None => format!("Group {}.", code_span(&group.name)),
    };
    let range = match group.range {
        Some(_) => format!("Codes {}", range_text(group)),
        None => "No range".to_owned(),
    };
    let codes = if count == 1 { "code" } else { "codes" };
    let _ = write!(out, "\n\n{range}; {count} {codes}.");
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

/// The writer of the entries' doc attributes, made once per expansion.
pub(super) fn entry_docs(model: &Catalog) -> EntryDocs<'_, DocLiteral> {
    EntryDocs::new(model)
}

/// A variant's (or an open catalog's constant's) doc and deprecation attributes.
pub(super) fn entry_attributes(
    docs: &EntryDocs<'_, DocLiteral>,
    entry: &Entry,
    out: &mut RustText,
) {
    entry::write_attribute(docs, entry, out);
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

/// Every fact the catalog has about `entry`, the message first, as Markdown.
#[cfg(test)]
fn entry_doc(model: &Catalog, entry: &Entry) -> String {
    let mut out = String::new();
    EntryDocs::new(model).write(entry, &mut out);
    out
}

/// For `#[derive(ErrorCatalog)]`, which cannot document the user's
/// variants: the doc of the inherent impl, which rustdoc shows on the
/// enum's page after the user's own docs, with each variant's facts.
pub(super) fn derive_impl_doc(model: &Catalog) -> String {
    let mut out = format!(
        "What the catalog says about `{}`{}.\n\n{}",
        model.name,
        if model.rustdoc == RustdocDetail::Brief { "" } else { " and each of its variants" },
        catalog_overview(model)
    );
    out.push_str(&example_section(&type_example(model)));
    if model.rustdoc == RustdocDetail::Brief {
        return out;
    }
    out.push_str("\n\n# Variants");
    let docs = EntryDocs::new(model);
    for entry in &model.entries {
        let _ = write!(out, "\n\n## `{}`\n\n", entry.ident);
        docs.write(entry, &mut out);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn load(yaml: &str) -> Catalog {
        crate::load_str(yaml, "test.yaml").expect("the test catalog loads")
    }

    const TWO_LANGUAGES: &str = "name: StorageError\nlanguages: [en, zh]\nhttp: 502\nsuccess: [0]\nreserved: [650, [660, 669]]\n\
        groups:\n  - name: disk\n    range: [600, 699]\n    http: 503\n    description: {en: Disks, zh: 磁盘}\n    codes:\n\
        \x20     - code: 611\n        name: DISK_NOT_FOUND\n        message: {en: \"disk not found on {host}\", zh: \"{host} 上磁盘不存在\"}\n\
        \x20       description: {en: It was removed., zh: 已移除。}\n        solution: {zh: 检查挂载}\n\
        \x20       severity: warning\n        retryable: true\n        args: {host: string}\n";

    #[test]
    fn an_entry_doc_starts_with_its_message_and_holds_every_fact() {
        let model = load(TWO_LANGUAGES);
        let entry = model.entries.first().unwrap();
        let doc = entry_doc(&model, entry);
        assert_eq!(doc.lines().next(), Some("disk not found on {host}"));
        for fact in [
            "- Code `611`, name `DISK_NOT_FOUND`, group `disk` (`600..=699`)",
            "- HTTP status `503`, gRPC `UNAVAILABLE`, severity `warning`, retryable",
            "- `zh`: {host} 上磁盘不存在",
            "- Arguments: `host` (string); context selector `storage_error::DiskNotFound`",
            "\n\nIt was removed.",
            "\n\nDescription (`zh`): 已移除。",
            "\n\nSolution (`zh`): 检查挂载",
        ] {
            assert!(doc.contains(fact), "{fact:?} missing from\n{doc}");
        }
        // No default-language solution: no unlabelled one.
        assert!(!doc.contains("Solution: "), "{doc}");
    }

    #[test]
    fn the_type_and_group_docs_give_defaults_and_ranges() {
        let model = load(TWO_LANGUAGES);
        let doc = type_doc(&model, false);
        assert!(doc.contains("Languages: `en` (default), `zh`."), "{doc}");
        assert!(doc.contains("HTTP status `502` and severity `error`"), "{doc}");
        assert!(doc.contains("`Display` writes `{message}`."), "{doc}");
        assert!(doc.contains("a value serializes as its code."), "{doc}");
        assert!(doc.contains("Codes that mean success, which no entry may use: `0`."), "{doc}");
        assert!(
            doc.contains("Reserved codes, which no entry may use: `650`, `660..=669`."),
            "{doc}"
        );
        assert!(doc.contains("| `disk` | `600..=699` | 1 | `503` | `error` | Disks |"), "{doc}");
        assert!(doc.contains("```rust,ignore\nlet error = StorageError::DiskNotFound;"), "{doc}");
        let group = group_doc(&model, model.groups.first().unwrap(), 1);
        assert_eq!(
            group,
            "Disks\n\nCodes `600..=699`; 1 code. An entry that does not say otherwise has HTTP \
             status `503` and severity `error`.\n\n`zh`: 磁盘"
        );
    }

    #[test]
    fn catalog_text_cannot_form_markdown_anywhere_in_the_docs() {
        let hostile = r#"'```rust [x](http://e) <b> | *a* `c` #h'"#;
        let yaml = format!(
            "name: E\ndisplay: \"`{{message}}`\"\ngroups:\n  - name: g\n    range: [1, 9]\n    description: {hostile}\n    codes:\n\
             \x20     - {{code: 1, message: {hostile}, description: {hostile}, solution: {hostile}, deprecated: {hostile}}}\n"
        );
        let model = load(&yaml);
        let entry = model.entries.first().unwrap();
        let escaped = r"\`\`\`rust \[x\](http://e) \<b\> \| \*a\* \`c\` \#h";
        let docs = [
            type_doc(&model, false),
            entry_doc(&model, entry),
            group_doc(&model, model.groups.first().unwrap(), 1),
            derive_impl_doc(&model),
        ];
        for doc in &docs {
            assert!(doc.contains(escaped), "{doc}");
            assert!(!doc.contains("```rust ["), "{doc}");
        }
        // A template with a backtick cannot be a code span: it is escaped text.
        assert!(docs[0].contains(r"`Display` writes \`{message}\`."), "{}", docs[0]);
        // Examples hold identifiers and numbers only.
        for example in __examples(&model) {
            assert!(!example.contains('`') && !example.contains('"'), "{example}");
        }
    }

    #[test]
    fn the_doc_literal_holds_exactly_the_markdown() {
        let escapes = r#"name: E
languages: [en, zh]
groups:
  - name: "a`b"
    range: [1, 9]
    codes:
      - code: 1
        message: {en: "a\"b\\c\rX\td\u202Ee\0f `g` <h> 中文 {x_1} {y}", zh: "\u2066x\r\ny {x_1} {y}"}
        description: "line one\n   line two\n\nline three\\"
        solution: {zh: "\"quoted\""}
        args: {x_1: string, y: u8}
"#;
        let hostile = format!(
            "name: E\ngroups:\n  - name: g\n    range: [1, 9]\n    codes:\n      - {{code: 1, message: {0}, description: {0}}}\n",
            r###"'```rust [x](http://e) <b> | *a* `c` #h "q" "# "## \ end'"###
        );
        // Code spans keep `#` as written: fences of 1, 2 and 256 `#`, the last
        // more than a raw literal may have.
        let fences = format!(
            "name: E\nfields:\n  note: {{type: string}}\ncodes:\n  - {{code: 1, note: '\"#'}}\n  - {{code: 2, note: '\"## x'}}\n  - {{code: 3, note: '\"{}'}}\n",
            "#".repeat(256)
        );
        let (mut escaped, mut fenced) = (0, 0);
        for yaml in [TWO_LANGUAGES, escapes, &hostile, &fences] {
            let model = load(yaml);
            for entry in &model.entries {
                let mut fused = RustText::with_capacity(0);
                entry::write_attribute(&entry_docs(&model), entry, &mut fused);
                let mut reference = RustText::with_capacity(0);
                reference.code("#[doc = ").str(&entry_doc(&model, entry)).code("]");
                // The same doc text; the fused one a raw literal that holds
                // line breaks and no other control character.
                let printed = fused.tokens().to_string();
                let reference = reference.tokens().to_string();
                if printed.contains(&"#".repeat(256)) {
                    // Too long a fence for a raw literal: the escaped one.
                    assert_eq!(printed, reference);
                    escaped += 1;
                    continue;
                }
                fenced += usize::from(printed.contains("r###\""));
                let raw = printed.trim_start_matches("# [doc = ").trim_end_matches(']').trim();
                let hashes =
                    raw.trim_start_matches('r').len() - raw.trim_start_matches(['r', '#']).len();
                let fence = "#".repeat(hashes);
                let inside = raw
                    .strip_prefix(&format!("r{fence}\""))
                    .and_then(|rest| rest.strip_suffix(&format!("\"{fence}")))
                    .unwrap_or_else(|| panic!("not a raw literal: {printed}"));
                assert!(!inside.contains(&format!("\"{fence}")), "{printed}");
                assert!(
                    !inside.chars().any(|c| c != '\n' && crate::escape::never_raw(c)),
                    "{printed}"
                );
                let literal = reference.trim_start_matches("# [doc = ").trim_end_matches(']');
                assert_eq!(inside, crate::generate::lists::unescape(literal.trim()));
            }
        }
        assert_eq!((escaped, fenced), (1, 1), "the 256-`#` note escaped, the `\"##` one fenced");
    }

    #[test]
    fn brief_docs_keep_the_message_and_the_description() {
        let brief = TWO_LANGUAGES.replacen("http: 502\n", "http: 502\nrustdoc: brief\n", 1);
        let model = load(&brief);
        let entry = model.entries.first().unwrap();
        assert_eq!(entry_doc(&model, entry), "disk not found on {host}\n\nIt was removed.");
        let derived = derive_impl_doc(&model);
        assert!(derived.starts_with("What the catalog says about `StorageError`.\n"), "{derived}");
        assert!(!derived.contains("# Variants"), "{derived}");
        // The type's page is the same as with full docs.
        let full = load(TWO_LANGUAGES);
        assert_eq!(type_doc(&model, false), type_doc(&full, false));
    }

    #[test]
    fn examples_skip_deprecated_entries() {
        let model = load(
            "name: E\ncodes:\n  - {code: 1, name: OLD, message: old, deprecated: true}\n  - {code: 2, name: NEW, message: new}\n",
        );
        assert_eq!(
            __examples(&model),
            ["let error = E::New;\nassert_eq!(error.code(), 2);\nassert_eq!(E::from_code(2), Some(error));\n"]
        );
    }
}
