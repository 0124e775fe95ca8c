//! Source files that define codes: Go `const` blocks ([`go`]), C
//! `#define`s and enums ([`c`]), protobuf enums ([`proto`]) and Rust enums
//! and constants ([`rust`], parsed with syn). Both read lines with their comments split
//! off (`super::lines`): the comment on a code's line, or the comment lines
//! just above it, is its message; a comment that states a range starts a
//! section with that range.

use super::lines::{assignment, push_named, Line, Lines};
use super::{parse_code, stated_range, FindingKind, Imported};

mod c;
mod go;
mod mappings;
mod nesting;
mod proto;
mod rust;

pub(super) use c::read_c;
pub(super) use go::read_go;
pub(super) use proto::read_proto;
pub(super) use rust::read_rust;

/// A constant of a Go `const` block or a C enum, `Name = value`, with its
/// comment; what is not one is reported. Returns its code.
fn constant(
    imported: &mut Imported,
    lines: &mut Lines<'_>,
    line: &Line<'_>,
    section: Option<usize>,
    lang: Option<&str>,
) -> Option<i128> {
    let comment = lines.comment_for(line);
    let Some((name, value)) = assignment(line.code) else {
        let message = format!("`{}` is not `Name = value`: not read", line.code.trim());
        imported.find(line.number, FindingKind::Skipped, message);
        return None;
    };
    let Some(code) = parse_code(value) else {
        imported.not_a_number(line.number, name, value);
        return None;
    };
    push_named(imported, (line.number, code, name), comment, section, lang);
    Some(code)
}

/// A section titled by a comment; a range the comment states is the
/// section's, and the title is what comes before it.
fn section_for(imported: &mut Imported, comment: &str, line: usize) -> usize {
    let range = stated_range(comment);
    let title = match (range, comment.find(['(', '['])) {
        (Some(_), Some(open)) => comment.get(..open).unwrap_or(comment).trim(),
        _ => comment.trim(),
    };
    let index = imported.section(title, line);
    if let (Some(range), Some(section)) = (range, imported.sections.get_mut(index)) {
        section.range = Some((range, line));
    }
    index
}

#[cfg(test)]
fn rows(imported: &Imported) -> Vec<(i128, String, String, Option<String>)> {
    imported
        .rows
        .iter()
        .map(|r| {
            let text = r.texts.first().map(|t| t.text.clone()).unwrap_or_default();
            let section = r.section.map(|s| imported.sections[s].title.clone());
            (r.code.unwrap_or_default(), r.name.clone().unwrap_or_default(), text, section)
        })
        .collect()
}
