//! The Markdown reference: a heading per group with its range, then a table.
//!
//! Catalog text is escaped so that a CommonMark renderer with GitHub's table
//! and strikethrough extensions shows it exactly as written: it can form no
//! HTML, link, emphasis, code span, strikethrough or block.

use std::fmt::Write;

use crate::escape;
use crate::format::{BodyKey, FieldType, Key as _};
use crate::model::{BodyPart, Catalog, Entry, Localized};

/// Renders the reference in the language at `lang` (an index into
/// [`Catalog::languages`]; texts fall back as lookups do).
pub fn markdown(catalog: &Catalog, lang: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", catalog.name());
    if let Some(text) = catalog.description().and_then(|d| d.get(lang)) {
        let _ = writeln!(out, "{}\n", escape(text));
    }
    wire(&mut out, catalog);
    declarations(&mut out, catalog);
    if catalog.groups().is_empty() {
        table(&mut out, catalog, catalog.entries().iter(), lang);
        return out;
    }
    for (index, group) in catalog.groups().iter().enumerate() {
        let range = group.range.map(|(lo, hi)| format!(" [{lo}, {hi}]")).unwrap_or_default();
        let _ = writeln!(out, "## {}{range}\n", escape(&group.name));
        if let Some(text) = group.description.as_ref().and_then(|d| d.get(lang)) {
            let _ = writeln!(out, "{}\n", escape(text));
        }
        let entries = catalog.entries().iter().filter(|e| e.group == Some(index));
        table(&mut out, catalog, entries, lang);
    }
    out
}

/// The error body and problem `type`, when the catalog sets them: what a
/// client of the service reads.
fn wire(out: &mut String, catalog: &Catalog) {
    // Inside a code span nothing is escaped, so only what would end it is replaced.
    let code = |text: &str| escape::visible(&text.replace('`', "'").replace(['\r', '\n'], " "));
    let wire = catalog.wire();
    let fields: Vec<String> = wire
        .fields()
        .map(|(part, field)| {
            // The code is a number, the arguments an object; every other part a string.
            let value = match part {
                BodyPart::Key(BodyKey::Code) => "<code>".to_owned(),
                BodyPart::Key(BodyKey::Args) => "{…}".to_owned(),
                BodyPart::Key(key) => format!("\"<{}>\"", key.as_str()),
                BodyPart::Field(name) => match catalog.field(name).map(|f| f.ty) {
                    Some(FieldType::Bool | FieldType::Int) => format!("<{}>", code(name)),
                    _ => format!("\"<{}>\"", code(name)),
                },
            };
            format!("{:?}: {value}", code(field))
        })
        .collect();
    if !wire.has_default_body() {
        let _ = writeln!(
            out,
            "Errors are answered with the HTTP status below and the JSON body `{{{}}}`.\n",
            fields.join(", ")
        );
    }
    if wire.problem_type_from().is_some() {
        let fallback = wire
            .problem_type_base()
            .map(|base| format!(", or `{}<code>` for an error without one", code(base)));
        let _ = writeln!(
            out,
            "As RFC 9457 problem details, an error's `type` is its help link{}.\n",
            fallback.unwrap_or_default()
        );
    } else if let Some(base) = wire.problem_type_base() {
        let _ = writeln!(
            out,
            "As RFC 9457 problem details, an error's `type` is `{}<code>`.\n",
            code(base)
        );
    }
}

/// Declared fields, one line each: name, type, constraints, default, doc.
fn declarations(out: &mut String, catalog: &Catalog) {
    if catalog.fields().is_empty() {
        return;
    }
    let _ = writeln!(out, "Each code also has these fields:\n");
    for field in catalog.fields() {
        let mut facts = vec![field.ty.as_str().to_owned()];
        if field.ty == FieldType::Enum {
            facts.push(format!("one of {}", field.values.join(", ")));
        }
        if let Some(pattern) = &field.pattern {
            facts.push(format!("matching {}", code_span(pattern)));
        }
        match (field.min, field.max) {
            (Some(min), Some(max)) => facts.push(format!("{min}..={max}")),
            (Some(min), None) => facts.push(format!("at least {min}")),
            (None, Some(max)) => facts.push(format!("at most {max}")),
            (None, None) => {}
        }
        match (&field.default, field.required) {
            (Some(default), _) => facts.push(format!("default {}", code_span(&default.to_text()))),
            (None, true) => facts.push("required".to_owned()),
            (None, false) => facts.push("optional".to_owned()),
        }
        let doc = field.doc.as_deref().map(|d| format!(": {}", escape(d))).unwrap_or_default();
        let _ = writeln!(out, "- `{}` ({}){doc}", field.name, facts.join(", "));
    }
    out.push('\n');
}

/// The cells of an entry's declared fields: one per field when there are
/// few, else one cell with a line per field.
const FIELD_COLUMNS: usize = 3;

fn field_cells(catalog: &Catalog, entry: &Entry) -> Vec<String> {
    let value =
        |v: Option<&crate::model::FieldValue>| v.map(|v| escape(&v.to_text())).unwrap_or_default();
    let values = catalog.fields().iter().zip(&entry.fields);
    if catalog.fields().len() <= FIELD_COLUMNS {
        return values.map(|(_, v)| value(v.as_ref())).collect();
    }
    let lines: Vec<String> = values
        .filter_map(|(field, v)| Some(format!("`{}`: {}", field.name, value(Some(v.as_ref()?)))))
        .collect();
    vec![lines.join("<br>")]
}

fn table<'a>(
    out: &mut String,
    catalog: &Catalog,
    entries: impl Iterator<Item = &'a Entry> + Clone,
    lang: usize,
) {
    let text = |field: Option<&Localized>| field.and_then(|t| t.get(lang)).map(escape);
    let with_description = entries.clone().any(|e| e.description.is_some());
    let with_solution = entries.clone().any(|e| e.solution.is_some());
    let with_args = entries.clone().any(|e| !e.args.is_empty());
    let mut header = vec!["Code", "Name", "Message"];
    if with_args {
        header.push("Arguments");
    }
    if with_description {
        header.push("Description");
    }
    header.extend(["HTTP", "gRPC", "Severity"]);
    if with_solution {
        header.push("Solution");
    }
    if catalog.fields().len() > FIELD_COLUMNS {
        header.push("Fields");
    } else {
        header.extend(catalog.fields().iter().map(|f| f.name.as_str()));
    }
    let with_links = entries.clone().any(|e| e.help_url.is_some());
    if with_links {
        header.push("Help");
    }
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(out, "|{}", " --- |".repeat(header.len()));
    for entry in entries {
        let mut cells = vec![
            entry.code.to_string(),
            code_span(&entry.name),
            text(entry.message.as_ref()).unwrap_or_default(),
        ];
        if with_args {
            let args: Vec<String> =
                entry.args.iter().map(|a| format!("`{}`: {}", a.name, a.ty)).collect();
            cells.push(args.join(", "));
        }
        if with_description {
            cells.push(text(entry.description.as_ref()).unwrap_or_default());
        }
        cells.push(entry.http.to_string());
        cells.push(escape(entry.grpc.as_str()));
        cells.push(entry.severity.as_str().to_owned());
        if with_solution {
            cells.push(text(entry.solution.as_ref()).unwrap_or_default());
        }
        cells.extend(field_cells(catalog, entry));
        if with_links {
            // Validation keeps spaces, `<`, `>` and control characters out of links.
            cells.push(
                entry.help_url.as_ref().map(|url| format!("[docs](<{url}>)")).unwrap_or_default(),
            );
        }
        if entry.deprecated.is_some() {
            if let Some(name) = cells.get_mut(1) {
                name.push_str(" (deprecated)");
            }
        }
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out.push('\n');
}

/// Catalog text as inline Markdown that renders back to exactly itself:
/// the punctuation that can open markup backslash-escaped, what would open a
/// block at the start escaped too, line breaks as `<br>` (a table cell or our
/// one-line paragraphs have no other), spaces at either end, which
/// paragraphs and cells trim, as character references, and every other
/// character that [`escape::never_raw`] lists shown as `<U+202E>`: never
/// raw, and never as a character reference that would become it again.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let lines: Vec<&str> = text.split('\n').collect();
    let last = lines.len().saturating_sub(1);
    for (index, line) in lines.iter().enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if index > 0 {
            out.push_str("<br>");
        }
        escape_line(line, index == 0, index == last, &mut out);
    }
    out
}

fn escape_line(line: &str, first: bool, last: bool, out: &mut String) {
    let body = line.trim_matches(' ');
    let (leading, trailing) = match line.find(body) {
        Some(start) if !body.is_empty() => (start, line.len() - start - body.len()),
        _ => (line.len(), 0),
    };
    // Spaces at the edges of the whole text are trimmed by the parser; a
    // `<br>` keeps them inside.
    let spaces = |count: usize, out: &mut String| out.push_str(&"&#32;".repeat(count));
    if first {
        spaces(leading, out);
    } else {
        out.push_str(line.get(..leading).unwrap_or_default());
    }
    let mut at_start = true;
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if escape::never_raw(c) {
            escape::push_visible_between(out, c, ("\\<", "\\>"));
            at_start = false;
            continue;
        }
        let block_start = at_start && matches!(c, '#' | '>' | '-' | '+' | '=');
        let list_number = c.is_ascii_digit() && matches!(chars.peek(), Some('.' | ')'));
        if block_start
            || matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!')
        {
            out.push('\\');
        }
        out.push(c);
        if list_number && at_start {
            // `1.` or `1)` opening the text would start a list.
            if let Some(marker) = chars.next() {
                out.push('\\');
                out.push(marker);
            }
        }
        at_start = at_start && c.is_ascii_digit();
    }
    if last {
        spaces(trailing, out);
    } else {
        out.push_str(line.get(line.len() - trailing..).unwrap_or_default());
    }
}

/// `name` as a code span that shows it exactly: fenced with one backtick
/// more than its longest run, padded when it starts or ends with a backtick,
/// pipes escaped for the table (GFM reads `\|` as `|` even there).
fn code_span(name: &str) -> String {
    let name = escape::visible(&name.replace(['\r', '\n'], " "));
    let longest = name.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if name.starts_with('`') || name.ends_with('`') { " " } else { "" };
    format!("{fence}{pad}{}{pad}{fence}", name.replace('|', "\\|"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_custom_body_and_problem_type_are_documented() {
        let source = "name: E\nbody: {code: Code, message: Message, name: \"a`b\"}\n\
                      problem: {type_base: \"https://e.example/\"}\ncodes:\n  - code: 1\n";
        let text = markdown(&crate::load_str(source, "e.yaml").unwrap(), 0);
        assert!(text.contains("the JSON body `{\"Code\": <code>, \"Message\": \"<message>\", \"a'b\": \"<name>\"}`.\n"), "{text}");
        assert!(text.contains("`type` is `https://e.example/<code>`."), "{text}");
        let plain =
            markdown(&crate::load_str("name: E\ncodes:\n  - code: 1\n", "e.yaml").unwrap(), 0);
        assert!(!plain.contains("JSON body") && !plain.contains("RFC 9457"), "{plain}");
    }

    #[test]
    fn arguments_get_a_column_with_their_types() {
        let source = "name: E\ncodes:\n  - code: 1\n    args: {disk_id: u64, host: string}\n    message: \"disk {disk_id} on {host}\"\n  - code: 2\n    message: \"{literal}\"\n";
        let text = markdown(&crate::load_str(source, "e.yaml").unwrap(), 0);
        assert!(
            text.contains("| Code | Name | Message | Arguments | HTTP | gRPC | Severity |\n"),
            "{text}"
        );
        assert!(
            text.contains(
                "| 1 | `Code1` | disk {disk\\_id} on {host} | `disk_id`: u64, `host`: string | 500 |"
            ),
            "{text}"
        );
        assert!(text.contains("| 2 | `Code2` | {literal} |  | 500 |"), "{text}");
    }

    #[test]
    fn groups_become_headings_and_tables() {
        let source = "name: E\nlanguages: [en, zh]\ngroups:\n  - name: app\n    range: [1, 9]\n    codes:\n      - code: 2\n        name: B\n        message: {en: \"a | b\", zh: 乙}\n      - code: 1\n        name: A\n        message: \"line\\nbreak\"\n        http: 404\n";
        let catalog = crate::load_str(source, "e.yaml").unwrap();
        let en = markdown(&catalog, 0);
        assert!(en.starts_with("# E\n\n"), "{en}");
        assert!(en.contains("## app [1, 9]\n\n| Code | Name | Message | HTTP | gRPC | Severity |\n| --- | --- | --- | --- | --- | --- |\n| 1 | `A` | line<br>break | 404 | NOT\\_FOUND | error |\n| 2 | `B` | a \\| b | 500 | INTERNAL | error |\n"), "{en}");
        let zh = markdown(&catalog, 1);
        assert!(zh.contains("| 2 | `B` | 乙 |"), "{zh}");
        assert!(zh.contains("| 1 | `A` | line<br>break |"), "falls back to en: {zh}");
        assert_eq!(markdown(&catalog, 0), en, "deterministic");
    }
}
