//! Protocol buffers (proto2 and proto3): every `enum`, nested ones included
//! (a section each, titled by its full name, `Outer.Inner`), its values as
//! codes with their comments as messages, `reserved` numbers and ranges as
//! the catalog's `reserved`, and aliases (`option allow_alias = true`)
//! reported. A zero value (proto3's first, `…_UNSPECIFIED`, the value of a
//! field nobody set) is listed in `success`, not as an error; `[deprecated =
//! true]` marks the entry deprecated.

use super::section_for;
use crate::import::lines::{push_named, Lines};
use crate::import::{parse_code, FindingKind, Imported};

/// Reads the enums of a `.proto` file.
pub(in crate::import) fn read_proto(text: &str, lang: Option<&str>) -> Imported {
    let mut imported = Imported::default();
    let mut lines = Lines::new(text, &["//"]);
    // The names of the open `message` and `enum` blocks, outermost first,
    // and whether each is an enum.
    let mut scopes: Vec<(String, bool)> = Vec::new();
    let mut section = None;
    let mut numbers: Vec<(i128, String)> = Vec::new();
    while let Some(line) = lines.next_line() {
        let code = line.code.trim();
        let in_enum = scopes.last().is_some_and(|(_, is_enum)| *is_enum);
        if let Some((keyword, name)) = block_start(code) {
            let path: Vec<&str> = scopes.iter().map(|(n, _)| n.as_str()).chain([name]).collect();
            let full = path.join(".");
            if keyword == "enum" {
                section = Some(section_for(&mut imported, &full, line.number));
                numbers.clear();
            }
            scopes.push((name.to_owned(), keyword == "enum"));
            if code.ends_with('}') {
                scopes.pop();
            }
            lines.forget_comments();
            continue;
        }
        if code.starts_with('}') {
            scopes.pop();
            lines.forget_comments();
            continue;
        }
        if !in_enum {
            lines.forget_comments();
            continue;
        }
        if code.starts_with("option ") {
            lines.forget_comments();
            continue;
        }
        if let Some(list) = code.strip_prefix("reserved ") {
            reserved(&mut imported, list, line.number);
            lines.forget_comments();
            continue;
        }
        if code.is_empty() {
            continue;
        }
        let comment = lines.comment_for(&line);
        let value = code.split('[').next().unwrap_or_default().trim().trim_end_matches(';');
        let Some((name, number)) = value.split_once('=') else {
            let message = format!("`{code}` is not `NAME = number;`: not read");
            imported.find(line.number, FindingKind::Skipped, message);
            continue;
        };
        let (name, number) = (name.trim(), number.trim().trim_end_matches(';').trim());
        let Some(number) = parse_code(number) else {
            imported.not_a_number(line.number, name, number);
            continue;
        };
        if let Some((_, first)) = numbers.iter().find(|(n, _)| *n == number) {
            let message = format!("`{name}` is an alias of `{first}` ({number}): left out");
            imported.find(line.number, FindingKind::Skipped, message);
            continue;
        }
        numbers.push((number, name.to_owned()));
        if number == 0 {
            // The value of a field nobody set: no error a service raises.
            imported.success.push((0, line.number));
            let message = format!(
                "`{name}` = 0, the enum's default, is listed in `success`, not as an error"
            );
            imported.find(line.number, FindingKind::Note, message);
            continue;
        }
        push_named(&mut imported, (line.number, number, name), comment, section, lang);
        if code.contains("deprecated = true") {
            if let Some(row) = imported.rows.last_mut() {
                row.deprecated = true;
            }
        }
    }
    imported
}

/// `enum Name {` or `message Name {`: the keyword and the name.
fn block_start(code: &str) -> Option<(&'static str, &str)> {
    for keyword in ["enum", "message"] {
        let Some(rest) = code.strip_prefix(keyword).filter(|r| r.starts_with([' ', '\t'])) else {
            continue;
        };
        let name = rest.trim_start().split(|c: char| c == '{' || c.is_whitespace()).next()?;
        if !name.is_empty() && rest.contains('{') {
            return Some((keyword, name));
        }
    }
    None
}

/// `reserved 2, 15, 9 to 11, 40 to max;` (numbers) or `reserved "FOO";` (names).
fn reserved(imported: &mut Imported, list: &str, line: usize) {
    for item in list.trim_end_matches(';').split(',').map(str::trim) {
        if item.starts_with('"') {
            let message = format!("the reserved name {item} has no code: left out");
            imported.find(line, FindingKind::Note, message);
            continue;
        }
        let (lo, hi) = match item.split_once(" to ") {
            Some((lo, "max")) => (parse_code(lo.trim()), Some(i128::from(i32::MAX))),
            Some((lo, hi)) => (parse_code(lo.trim()), parse_code(hi.trim())),
            None => (parse_code(item), parse_code(item)),
        };
        match (lo, hi) {
            (Some(lo), Some(hi)) if lo <= hi => imported.reserved.push((lo, hi, line)),
            _ => {
                let message = format!("`reserved {item}` is not a number or range: left out");
                imported.find(line, FindingKind::Skipped, message);
            }
        }
    }
}
