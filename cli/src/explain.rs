//! `errcat explain FILE CODE...`: everything a catalog says about codes an
//! operator found in a log, by number or by name.

use serde_json::{json, Value};

use errcat_catalog::format::Deprecation;
use errcat_catalog::model::{Entry, Group, Localized};
use errcat_catalog::Catalog;

/// How many known codes an unknown one is shown with.
const NEAREST: usize = 3;

/// What one query found.
#[derive(Debug)]
pub enum Found<'a> {
    /// The entry with that code or name.
    Entry(&'a Entry),
    /// No entry: the group whose range holds the number (if it is one), and
    /// the known codes nearest to it.
    Unknown {
        /// The query as given.
        query: String,
        /// The group whose range holds the number.
        group: Option<&'a Group>,
        /// The nearest known codes (by number), or names that look alike.
        nearest: Vec<&'a Entry>,
    },
}

/// A name as it may be spelt: lowercase, without `_`, `-` or spaces
/// (`DISK_NOT_FOUND`, `DiskNotFound` and `disk-not-found` are the same).
fn folded(name: &str) -> String {
    name.chars().filter(|c| !matches!(c, '_' | '-' | ' ')).flat_map(char::to_lowercase).collect()
}

/// Looks `query` up as a code (decimal, negative allowed), else as a name
/// or variant in any spelling.
pub fn lookup<'a>(catalog: &'a Catalog, query: &str) -> Found<'a> {
    let entries = catalog.entries();
    let query = query.trim();
    if let Ok(code) = query.parse::<i128>() {
        // Entries are in code order: the nearest codes lie around where `code` would be.
        let at = entries.partition_point(|e| e.code < code);
        if let Some(entry) = entries.get(at).filter(|e| e.code == code) {
            return Found::Entry(entry);
        }
        let group = catalog
            .groups()
            .iter()
            .find(|g| g.range.is_some_and(|(lo, hi)| lo <= code && code <= hi));
        let around = at.saturating_sub(NEAREST)..entries.len().min(at + NEAREST);
        let mut nearest: Vec<&Entry> = entries.get(around).unwrap_or_default().iter().collect();
        nearest.sort_by_key(|e| (e.code.abs_diff(code), e.code));
        nearest.truncate(NEAREST);
        nearest.sort_by_key(|e| e.code);
        return Found::Unknown { query: query.to_owned(), group, nearest };
    }
    let wanted = folded(query);
    let by_name = entries.iter().find(|e| e.name == query || e.ident == query).or_else(|| {
        entries.iter().find(|e| folded(&e.name) == wanted || folded(&e.ident) == wanted)
    });
    match by_name {
        Some(entry) => Found::Entry(entry),
        None => {
            let nearest = entries
                .iter()
                .filter(|e| !wanted.is_empty() && folded(&e.name).contains(&wanted))
                .take(NEAREST)
                .collect();
            Found::Unknown { query: query.to_owned(), group: None, nearest }
        }
    }
}

fn range(group: &Group) -> String {
    group.range.map_or(String::new(), |(lo, hi)| format!(" [{lo}, {hi}]"))
}

/// The languages to show, as (index, tag): `lang` alone (falling back as
/// `message_in` does), or every catalog language.
fn shown_languages<'a>(catalog: &'a Catalog, lang: Option<&str>) -> Vec<(usize, &'a str)> {
    let languages = catalog.languages();
    match lang {
        Some(lang) => {
            let index = languages.iter().position(|l| l.eq_ignore_ascii_case(lang)).unwrap_or(0);
            languages.get(index).map(|l| vec![(index, l.as_str())]).unwrap_or_default()
        }
        None => languages.iter().map(String::as_str).enumerate().collect(),
    }
}

fn texts(
    text: Option<&Localized>,
    languages: &[(usize, &str)],
    all: bool,
) -> Vec<(String, String)> {
    let Some(text) = text else { return Vec::new() };
    let mut out = Vec::new();
    for &(index, tag) in languages {
        let value = if all { text.own(index) } else { text.get(index) };
        if let Some(value) = value {
            out.push((tag.to_owned(), value.to_owned()));
        }
    }
    out
}

/// One query for people.
pub fn found_text(catalog: &Catalog, file: &str, found: &Found<'_>, lang: Option<&str>) -> String {
    let entry = match found {
        Found::Entry(entry) => entry,
        Found::Unknown { query, group, nearest } => {
            let mut out = format!("{query}: not in {file}\n");
            if let Some(group) = group {
                out.push_str(&format!(
                    "  in the range of group `{}`{}\n",
                    group.name,
                    range(group)
                ));
            } else if query.parse::<i128>().is_ok() {
                out.push_str("  in no group's range\n");
            }
            if !nearest.is_empty() {
                let list: Vec<String> =
                    nearest.iter().map(|e| format!("{} (`{}`)", e.code, e.name)).collect();
                out.push_str(&format!("  nearest known: {}\n", list.join(", ")));
            }
            return out;
        }
    };
    let languages = shown_languages(catalog, lang);
    let all = lang.is_none();
    let mut out = format!("{} {}", entry.code, entry.name);
    if entry.ident != entry.name {
        out.push_str(&format!(" (variant `{}`)", entry.ident));
    }
    out.push_str(&format!(
        "\n  defined at {file}:{}:{}\n",
        entry.span.start.line, entry.span.start.column
    ));
    if let Some(group) = entry.group.and_then(|g| catalog.groups().get(g)) {
        out.push_str(&format!("  group: {}{}\n", group.name, range(group)));
    }
    for (label, text) in [
        ("message", entry.message.as_ref()),
        ("description", entry.description.as_ref()),
        ("solution", entry.solution.as_ref()),
    ] {
        for (tag, value) in texts(text, &languages, all) {
            out.push_str(&format!("  {label} [{tag}]: {value}\n"));
        }
    }
    out.push_str(&format!("  HTTP status: {}\n", entry.http));
    out.push_str(&format!("  severity: {}\n", entry.severity.as_str()));
    out.push_str(&format!("  retryable: {}\n", if entry.retryable { "yes" } else { "no" }));
    match &entry.deprecated {
        Some(Deprecation::Plain) => out.push_str("  deprecated\n"),
        Some(Deprecation::Note(note)) => out.push_str(&format!("  deprecated: {note}\n")),
        None => {}
    }
    if !entry.args.is_empty() {
        let args: Vec<String> =
            entry.args.iter().map(|a| format!("{}: {}", a.name, a.ty.as_str())).collect();
        out.push_str(&format!("  args: {}\n", args.join(", ")));
    }
    out
}

/// One query for machines.
pub fn found_json(catalog: &Catalog, file: &str, found: &Found<'_>, lang: Option<&str>) -> Value {
    let entry = match found {
        Found::Entry(entry) => entry,
        Found::Unknown { query, group, nearest } => {
            return json!({
                "query": query,
                "found": false,
                "group": group.map(|g| json!({ "name": g.name, "range": g.range.map(|(lo, hi)| [lo, hi]) })),
                "nearest": nearest.iter().map(|e| json!({ "code": e.code, "name": e.name })).collect::<Vec<_>>(),
            });
        }
    };
    let languages = shown_languages(catalog, lang);
    let all = lang.is_none();
    let by_language = |text: Option<&Localized>| {
        let pairs = texts(text, &languages, all);
        Value::Object(pairs.into_iter().map(|(tag, value)| (tag, Value::String(value))).collect())
    };
    let group = entry.group.and_then(|g| catalog.groups().get(g));
    json!({
        "found": true,
        "code": entry.code,
        "name": entry.name,
        "variant": entry.ident,
        "file": file,
        "line": entry.span.start.line,
        "column": entry.span.start.column,
        "group": group.map(|g| json!({ "name": g.name, "range": g.range.map(|(lo, hi)| [lo, hi]) })),
        "message": by_language(entry.message.as_ref()),
        "description": by_language(entry.description.as_ref()),
        "solution": by_language(entry.solution.as_ref()),
        "http": entry.http,
        "severity": entry.severity.as_str(),
        "retryable": entry.retryable,
        "deprecated": match &entry.deprecated {
            None => Value::Bool(false),
            Some(Deprecation::Plain) => Value::Bool(true),
            Some(Deprecation::Note(note)) => Value::String(note.clone()),
        },
        "args": entry.args.iter().map(|a| json!({ "name": a.name, "type": a.ty.as_str() })).collect::<Vec<_>>(),
    })
}
