//! From what a reader found to a catalog draft that errcat accepts: repeated
//! codes, names that are not identifiers or collide, ranges the codes do not
//! keep, are repaired, and each repair is reported at its line. The draft
//! is written with every text double-quoted (so YAML reads back exactly the
//! document's text) and checked with the catalog loader before it is given.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;

use errcat_catalog::escape::{self, Syntax};
use errcat_catalog::format::limits::MAX_FILE_BYTES;
use errcat_catalog::format::{EntryKey, Key as _};
use errcat_catalog::names;

use super::{Finding, FindingKind, Imported, Row, Section};

/// A catalog draft and the report on its document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// The catalog, as YAML.
    pub yaml: String,
    /// What the document got wrong and what the importer decided, by line.
    pub findings: Vec<Finding>,
    /// How many codes the draft has.
    pub codes: usize,
    /// The loader's errors, when the draft still does not validate (a bug
    /// of the importer: it is reported rather than hidden).
    pub errors: Vec<String>,
    /// The Rust enum the draft comes from, for `--derive`.
    pub rust_enum: Option<super::RustEnum>,
}

/// What the draft leaves out to be valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Choices {
    ranges: bool,
    args: bool,
}

/// Makes the draft of `imported`, an enum named `name`, from the documents
/// `doc` names.
pub(crate) fn draft(mut imported: Imported, name: &str, doc: &str) -> Draft {
    let mut findings = std::mem::take(&mut imported.findings);
    let rows = keep_rows(&imported.rows, &mut findings);
    let names = choose_names(&rows, &mut findings);
    let groups = choose_groups(&rows, &imported.sections);
    let mut choices = Choices { ranges: true, args: true };
    check_ranges(&rows, &imported.sections, &groups, &mut findings);
    loop {
        let yaml = write(&imported, &rows, &names, &groups, choices, name, doc);
        // A draft errcat would not read is not validated; the caller says why.
        if yaml.len() as u64 > MAX_FILE_BYTES {
            return Draft {
                yaml,
                findings,
                codes: rows.len(),
                errors: Vec::new(),
                rust_enum: imported.rust_enum.take(),
            };
        }
        let errors: Vec<errcat_catalog::Diagnostic> = match errcat_catalog::load_str(&yaml, doc) {
            Ok(_) => Vec::new(),
            Err(errors) => errors,
        };
        let ids: Vec<&str> = errors.iter().map(|e| e.rule.id()).collect();
        if ids.contains(&"E0013") && choices.ranges {
            choices.ranges = false;
            findings.push(note("the sections' ranges contradict each other or their codes: the draft has none; set them by hand"));
            continue;
        }
        if ids.iter().any(|id| ("E0020"..="E0025").contains(id)) && choices.args {
            choices.args = false;
            findings
                .push(note("the arguments do not fit the texts' placeholders: the draft has none"));
            continue;
        }
        findings.sort_by_key(|f| (f.line.is_none(), f.document.clone(), f.line, f.kind));
        let errors = errors.iter().map(|e| format!("{}: {}", e.rule.id(), e.headline())).collect();
        return Draft {
            yaml,
            findings,
            codes: rows.len(),
            errors,
            rust_enum: imported.rust_enum.take(),
        };
    }
}

fn note(message: &str) -> Finding {
    Finding { document: None, line: None, kind: FindingKind::Note, message: message.to_owned() }
}

/// Rows with a code, each code once: of rows that repeat a code, the one
/// with the most text (the first, if equal).
fn keep_rows<'a>(rows: &'a [Row], findings: &mut Vec<Finding>) -> Vec<&'a Row> {
    let mut kept: Vec<&Row> = Vec::new();
    let mut by_code: BTreeMap<i128, usize> = BTreeMap::new();
    // Codes are i64, or u64 when none is negative.
    let negative = rows.iter().any(|r| r.code.is_some_and(|c| c < 0));
    let (repr, highest) =
        if negative { ("i64", i128::from(i64::MAX)) } else { ("u64", i128::from(u64::MAX)) };
    for row in rows {
        if let Some(code) = row.code.filter(|c| !(i128::from(i64::MIN)..=highest).contains(c)) {
            let message = format!(
                "code {code} does not fit {repr}, the widest integer the codes can share: left out"
            );
            findings.push(Finding::at(row, FindingKind::Skipped, message));
            continue;
        }
        let Some(code) = row.code else {
            let name = row.name.as_deref().unwrap_or("a row");
            findings.push(Finding::at(
                row,
                FindingKind::Skipped,
                format!("`{name}` has no code: left out"),
            ));
            continue;
        };
        match by_code.get(&code).copied() {
            None => {
                by_code.insert(code, kept.len());
                kept.push(row);
            }
            Some(index) => {
                let Some(earlier) = kept.get(index).copied() else { continue };
                let (keep, drop) = if row.text_len() > earlier.text_len() {
                    (row, earlier)
                } else {
                    (earlier, row)
                };
                findings.push(Finding::at(
                    row,
                    FindingKind::Duplicate,
                    format!(
                        "code {code} is listed again (first at {}): the draft keeps the row at {} and leaves out the one at {}",
                        earlier.place(),
                        keep.place(),
                        drop.place()
                    ),
                ));
                if let Some(slot) = kept.get_mut(index) {
                    *slot = keep;
                }
            }
        }
    }
    // A row from the `--with` document was reported when it was added.
    for row in kept.iter().filter(|r| r.document.is_none()) {
        if row.texts.is_empty() {
            let code = row.code.unwrap_or_default();
            findings.push(Finding::at(
                row,
                FindingKind::NoText,
                format!("code {code} has no text"),
            ));
        }
    }
    kept
}

/// The `name` each row keeps (by its index in `rows`), and the
/// `strip_prefix` the names share; names that make no identifier, or the
/// same one as another's, are left out (the variant is then `Code{code}`).
fn choose_names(
    rows: &[&Row],
    findings: &mut Vec<Finding>,
) -> (HashMap<usize, String>, Option<String>) {
    let written: Vec<&str> = rows.iter().filter_map(|r| r.name.as_deref()).collect();
    let prefix = common_prefix(&written);
    let mut chosen = HashMap::new();
    let mut idents: HashMap<String, String> = HashMap::new();
    for (index, row) in rows.iter().enumerate() {
        let (Some(name), Some(code)) = (&row.name, row.code) else { continue };
        let ident = names::variant_ident(Some(name), prefix.as_deref(), code);
        let problem = names::ident_problem(&ident);
        let clash = idents.get(&ident).cloned();
        match (problem, clash) {
            (Some(problem), _) => findings.push(Finding::at(
                row,
                FindingKind::Name,
                format!("name `{name}` makes no Rust identifier ({problem}): left out, the variant is Code{code}"),
            )),
            (None, Some(first)) => findings.push(Finding::at(
                row,
                FindingKind::Name,
                format!("name `{name}` becomes `{ident}`, like the name at {first}: left out, the variant is Code{code}"),
            )),
            (None, None) => {
                idents.insert(ident, row.place());
                chosen.insert(index, name.clone());
            }
        }
    }
    (chosen, prefix)
}

/// The prefix every name shares up to a word boundary (`ERR_`, `Code`),
/// when there are two names or more and none is the prefix alone.
fn common_prefix(names: &[&str]) -> Option<String> {
    let (first, rest) = names.split_first()?;
    if rest.is_empty() {
        return None;
    }
    let mut len = first.len();
    for name in rest {
        len = len.min(first.bytes().zip(name.bytes()).take_while(|(a, b)| a == b).count());
    }
    // A word ends after `_`, or where a lowercase letter or digit meets an uppercase one.
    let boundary = |name: &str, at: usize| {
        let (before, after) = (name.as_bytes().get(at.wrapping_sub(1)), name.as_bytes().get(at));
        match (before, after) {
            (Some(b'_'), Some(_)) => true,
            (Some(b), Some(a)) => {
                (b.is_ascii_lowercase() || b.is_ascii_digit()) && a.is_ascii_uppercase()
            }
            _ => false,
        }
    };
    let cut = (1..=len).rev().find(|&at| names.iter().all(|n| boundary(n, at)))?;
    first.get(..cut).map(str::to_owned)
}

/// A group of the draft: its name, its section, its rows (indices into the kept rows).
struct Group {
    name: String,
    section: Option<usize>,
    rows: Vec<usize>,
}

/// A group per section that holds rows, in the order the sections first
/// hold one, when there are two or more: named after the section's title
/// (`group_N` when the title makes no identifier; `_N` added to a name
/// another group has).
fn choose_groups(rows: &[&Row], sections: &[Section]) -> Vec<Group> {
    let mut order: Vec<Option<usize>> = Vec::new();
    let mut members: HashMap<Option<usize>, Vec<usize>> = HashMap::new();
    for (index, row) in rows.iter().enumerate() {
        members.entry(row.section).or_insert_with(|| {
            order.push(row.section);
            Vec::new()
        });
        if let Some(list) = members.get_mut(&row.section) {
            list.push(index);
        }
    }
    // One section (a document with one heading over its table) groups nothing.
    if order.len() < 2 {
        return Vec::new();
    }
    let mut taken: HashSet<String> = HashSet::new();
    let mut groups = Vec::with_capacity(order.len());
    for (n, section) in order.into_iter().enumerate() {
        let title = section.and_then(|s| sections.get(s)).map_or("other", |s| s.title.as_str());
        let snake = heck::ToSnakeCase::to_snake_case(title);
        let usable =
            title.is_ascii() && names::ident_problem(&names::group_ident(&snake)).is_none();
        let base = if usable { snake } else { format!("group_{}", n + 1) };
        let mut name = base.clone();
        let mut suffix = n + 1;
        while !taken.insert(names::group_ident(&name)) {
            name = format!("{base}_{suffix}");
            suffix += 1;
        }
        groups.push(Group { name, section, rows: members.remove(&section).unwrap_or_default() });
    }
    groups
}

/// The range a group's section states, if every code of the group is in it.
fn kept_range(group: &Group, rows: &[&Row], sections: &[Section]) -> Option<(i128, i128)> {
    let ((lo, hi), _) = group.section.and_then(|s| sections.get(s))?.range?;
    let inside =
        group.rows.iter().filter_map(|&i| rows.get(i)?.code).all(|c| (lo..=hi).contains(&c));
    inside.then_some((lo, hi))
}

/// Reports each code outside the range its section states.
fn check_ranges(
    rows: &[&Row],
    sections: &[Section],
    groups: &[Group],
    findings: &mut Vec<Finding>,
) {
    for group in groups {
        let Some(((lo, hi), line)) =
            group.section.and_then(|s| sections.get(s)).and_then(|s| s.range)
        else {
            continue;
        };
        for row in group.rows.iter().filter_map(|&i| rows.get(i)) {
            let code = row.code.unwrap_or_default();
            if !(lo..=hi).contains(&code) {
                findings.push(Finding::at(
                    row,
                    FindingKind::OutsideRange,
                    format!("code {code} is outside [{lo}, {hi}], the range line {line} states for its section"),
                ));
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn write(
    imported: &Imported,
    rows: &[&Row],
    (names, prefix): &(HashMap<usize, String>, Option<String>),
    groups: &[Group],
    choices: Choices,
    name: &str,
    doc: &str,
) -> String {
    let mut languages: Vec<&str> = Vec::new();
    for field in [EntryKey::Message, EntryKey::Description, EntryKey::Solution] {
        for text in rows.iter().flat_map(|r| &r.texts).filter(|t| t.field == field) {
            if !languages.contains(&text.language.as_str()) {
                languages.push(&text.language);
            }
        }
    }
    if languages.is_empty() {
        languages.push("en");
    }
    let mut out = format!(
        "# A draft catalog, imported by `errcat import` from {}.\n# Review it before use: names, groups, ranges, HTTP statuses and severities are\n# decisions the document does not make; the import report lists what it got wrong.\n",
        // A line break in a path would end the comment; a bidi control would
        // reorder it.
        escape::comment(doc)
    );
    let _ = writeln!(out, "name: {name}");
    let quoted_languages: Vec<String> = languages.iter().map(|l| quoted(l)).collect();
    let _ = writeln!(out, "languages: [{}]", quoted_languages.join(", "));
    let codes = || rows.iter().filter_map(|r| r.code);
    if let Some(repr) = &imported.repr {
        let _ = writeln!(out, "repr: {repr}");
    } else if codes().any(|c| i32::try_from(c).is_err()) {
        let repr = if codes().all(|c| c >= 0) { "u64" } else { "i64" };
        let _ = writeln!(out, "repr: {repr}");
    }
    if let Some(prefix) = prefix {
        let _ = writeln!(out, "strip_prefix: {}", quoted(prefix));
    }
    let mut success: Vec<i128> = imported.success.iter().map(|(c, _)| *c).collect();
    success.sort_unstable();
    success.dedup();
    if !imported.fields.is_empty() {
        let _ = writeln!(out, "fields:");
        for (field, ty, _) in &imported.fields {
            let default = if *ty == "bool" { ", default: false" } else { "" };
            let _ = writeln!(out, "  {field}: {{type: {ty}{default}}}");
        }
    }
    let mut reserved: Vec<(i128, i128)> =
        imported.reserved.iter().map(|&(lo, hi, _)| (lo, hi)).collect();
    reserved.sort_unstable();
    reserved.dedup();
    if !reserved.is_empty() {
        let list: Vec<String> = reserved
            .iter()
            .map(|&(lo, hi)| if lo == hi { lo.to_string() } else { format!("[{lo}, {hi}]") })
            .collect();
        let _ = writeln!(out, "reserved: [{}]", list.join(", "));
    }
    if !success.is_empty() {
        let list: Vec<String> = success.iter().map(i128::to_string).collect();
        let _ = writeln!(out, "success: [{}]", list.join(", "));
    }
    let entry = |out: &mut String, index: usize, row: &Row, indent: &str| {
        write_entry(out, row, names.get(&index), &languages, choices, indent)
    };
    if groups.is_empty() {
        out.push_str("codes:\n");
        for (index, row) in rows.iter().enumerate() {
            entry(&mut out, index, row, "  ");
        }
        return out;
    }
    out.push_str("groups:\n");
    for group in groups {
        let section = group.section.and_then(|s| imported.sections.get(s));
        let _ = writeln!(out, "  - name: {}", quoted(&group.name));
        if let Some(title) =
            section.map(|s| s.title.as_str()).filter(|t| !t.eq_ignore_ascii_case(&group.name))
        {
            let _ = writeln!(out, "    description: {}", quoted(title));
        }
        if let (true, Some((lo, hi))) =
            (choices.ranges, kept_range(group, rows, &imported.sections))
        {
            let _ = writeln!(out, "    range: [{lo}, {hi}]");
        }
        out.push_str("    codes:\n");
        for &index in &group.rows {
            if let Some(row) = rows.get(index) {
                entry(&mut out, index, row, "      ");
            }
        }
    }
    out
}

fn write_entry(
    out: &mut String,
    row: &Row,
    name: Option<&String>,
    languages: &[&str],
    choices: Choices,
    indent: &str,
) {
    let _ = writeln!(out, "{indent}- code: {}", row.code.unwrap_or_default());
    if let Some(name) = name {
        let _ = writeln!(out, "{indent}  name: {}", quoted(name));
    }
    for field in [EntryKey::Message, EntryKey::Description, EntryKey::Solution] {
        let texts: Vec<(&str, &str)> = languages
            .iter()
            .filter_map(|lang| {
                row.texts
                    .iter()
                    .find(|t| t.field == field && t.language == *lang)
                    .map(|t| (*lang, t.text.as_str()))
            })
            .collect();
        match texts.as_slice() {
            [] => {}
            [(lang, text)] if languages.first() == Some(lang) => {
                let _ = writeln!(out, "{indent}  {}: {}", field.as_str(), quoted(text));
            }
            texts => {
                let pairs: Vec<String> =
                    texts.iter().map(|(lang, text)| format!("{lang}: {}", quoted(text))).collect();
                let _ = writeln!(out, "{indent}  {}: {{{}}}", field.as_str(), pairs.join(", "));
            }
        }
    }
    if let Some(severity) = &row.severity {
        let _ = writeln!(out, "{indent}  severity: {severity}");
    }
    if row.deprecated {
        let _ = writeln!(out, "{indent}  deprecated: true");
    }
    if let Some(http) = row.http {
        let _ = writeln!(out, "{indent}  http: {http}");
    }
    if let Some(grpc) = &row.grpc {
        let _ = writeln!(out, "{indent}  grpc: {grpc}");
    }
    if row.retryable == Some(true) {
        let _ = writeln!(out, "{indent}  retryable: true");
    }
    for (field, value) in &row.fields {
        let value = if value == "true" || value == "false" { value.clone() } else { quoted(value) };
        let _ = writeln!(out, "{indent}  {field}: {value}");
    }
    if choices.args && !row.args.is_empty() {
        let pairs: Vec<String> =
            row.args.iter().map(|(n, t)| format!("{}: {}", quoted(n), quoted(t))).collect();
        let _ = writeln!(out, "{indent}  args: {{{}}}", pairs.join(", "));
    }
}

/// A YAML double-quoted scalar that reads back as exactly `text` (YAML
/// reads JSON's escapes), with no character errcat never writes raw.
fn quoted(text: &str) -> String {
    escape::quoted(text, Syntax::Json)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_text_reads_back_exactly() {
        let every: String = escape::NEVER_RAW.iter().flat_map(|&(lo, hi)| lo..=hi).collect();
        for text in [
            every.as_str(),
            "a: b",
            "# not a comment",
            "&anchor *alias",
            "- item",
            "'single'",
            "\"double\" \\ back",
            "line\nbreak\ttab",
            "\u{0}\u{1b}\u{202E}\u{85}\u{61C}\u{2066}\u{2069}\u{2028}\u{FEFF}\u{FFFE}",
            "yes",
            "null",
            "~",
            "0x1F",
            "[a, b]",
            "{a: b}",
            "@x `y` %z !tag |pipe >fold",
        ] {
            assert!(!quoted(text).contains(escape::never_raw), "{text:?}");
            let yaml = format!("name: E\ncodes:\n  - code: 1\n    message: {}\n", quoted(text));
            let catalog = errcat_catalog::load_str(&yaml, "q.yaml").unwrap();
            assert_eq!(
                catalog.entries()[0].message.as_ref().and_then(|m| m.get(0)),
                Some(text),
                "{yaml}"
            );
        }
    }

    #[test]
    fn shared_prefixes_end_at_a_word() {
        assert_eq!(common_prefix(&["ERR_DNS", "ERR_SOCKET"]), Some("ERR_".to_owned()));
        assert_eq!(
            common_prefix(&["CodeAccessLimited", "CodeDiskNotFound"]),
            Some("Code".to_owned())
        );
        assert_eq!(
            common_prefix(&["CodeAccessLimited", "CodeAccessUnexpect"]),
            Some("CodeAccess".to_owned())
        );
        assert_eq!(common_prefix(&["ILLEGAL_PARAMETER", "INTERNAL_ERROR"]), None);
        assert_eq!(common_prefix(&["ONLY"]), None);
    }
}
