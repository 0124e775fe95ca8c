//! Go: `const (…)` blocks (explicit values and `iota`), each block a
//! section titled by the comment above it, and `const Name = value` lines;
//! `Name: "text",` entries of map literals are the messages of the
//! constants they name (CubeFS's `errors.go`, etcd's `error.go`).

use std::collections::HashMap;

use errcat_catalog::format::GrpcCode;
use heck::ToShoutySnakeCase as _;

use super::{constant, section_for};
use crate::import::lines::{assignment, comment_of, Line, Lines};
use crate::import::{is_name, parse_code, FindingKind, Imported};

/// Reads Go constants and map messages.
pub(in crate::import) fn read_go(text: &str, lang: Option<&str>) -> Imported {
    let mut imported = Imported::default();
    let mut lines = Lines::new(text, &["//"]);
    let mut in_const = false;
    // `iota`: the offset it was last written with, and the spec's index in its block.
    let mut iota: Option<i128> = None;
    let mut spec_index: i128 = 0;
    let mut section = None;
    let mut messages: Vec<(String, String, usize)> = Vec::new();
    let mut grpc_codes: Vec<(String, String, usize)> = Vec::new();
    while let Some(line) = lines.next_line() {
        let code = line.code.trim();
        let after_const =
            code.strip_prefix("const").filter(|rest| rest.starts_with([' ', '\t', '(']));
        // The specs on this line: a block's lines, or what follows `const (` on its line.
        let mut specs = in_const.then_some(line.code);
        if let Some(rest) = after_const.map(str::trim) {
            let Some(after_paren) = rest.strip_prefix('(') else {
                constant(&mut imported, &mut lines, &Line { code: rest, ..line }, None, lang);
                continue;
            };
            (in_const, iota, spec_index) = (true, None, 0);
            let title = lines
                .take_comments()
                .unwrap_or_else(|| format!("const block at line {}", line.number));
            section = Some(section_for(&mut imported, &title, line.number));
            specs = Some(after_paren);
        } else if in_const && code.starts_with(')') {
            in_const = false;
            lines.forget_comments();
            continue;
        }
        if let Some(specs) = specs {
            let (specs, closes) = closing(specs);
            spec(
                &mut imported,
                &mut lines,
                Line { code: specs, ..line },
                (&mut iota, &mut spec_index),
                section,
                lang,
            );
            in_const = !closes;
            continue;
        }
        // `CodeX: "message",` and `CodeX: codes.NotFound,` in map literals.
        if let Some((name, message)) = code.trim_end_matches(',').split_once(':') {
            let message = message.trim();
            if let Some(grpc) = message.strip_prefix("codes.").filter(|_| is_name(name.trim())) {
                grpc_codes.push((name.trim().to_owned(), grpc.to_owned(), line.number));
                lines.forget_comments();
                continue;
            }
            if is_name(name.trim())
                && message.len() >= 2
                && message.starts_with('"')
                && message.ends_with('"')
            {
                let message =
                    message.get(1..message.len() - 1).unwrap_or_default().replace("\\\"", "\"");
                messages.push((name.trim().to_owned(), message, line.number));
            }
        }
        lines.forget_comments();
    }
    let by_name: HashMap<String, usize> =
        imported.rows.iter().enumerate().filter_map(|(i, r)| Some((r.name.clone()?, i))).collect();
    for (name, message, line) in messages {
        match by_name.get(&name).and_then(|&i| imported.rows.get_mut(i)) {
            Some(row) if row.texts.is_empty() => row.texts.extend(comment_of(&message, lang)),
            Some(_) => {}
            None => {
                let message =
                    format!("a message for `{name}`, which is no constant here: left out");
                imported.find(line, FindingKind::Skipped, message);
            }
        }
    }
    for (name, grpc, line) in grpc_codes {
        // google.golang.org/grpc/codes spells them `NotFound`; catalogs `NOT_FOUND`.
        let spelt = grpc.to_shouty_snake_case();
        let row = by_name.get(&name).and_then(|&i| imported.rows.get_mut(i));
        match (row, GrpcCode::from_word(&spelt)) {
            (Some(row), Some(code)) if code != GrpcCode::Ok => {
                row.grpc = Some(code.as_str().to_owned())
            }
            (Some(_), _) => {
                let message =
                    format!("`codes.{grpc}` for `{name}` is no gRPC error code: left out");
                imported.find(line, FindingKind::Skipped, message);
            }
            (None, _) => {
                let message =
                    format!("a gRPC code for `{name}`, which is no constant here: left out");
                imported.find(line, FindingKind::Skipped, message);
            }
        }
    }
    imported
}

/// A spec line without the `)` that closes its block (`Z = 5)`), and
/// whether it had one: a `)` that no `(` on the line opens.
fn closing(code: &str) -> (&str, bool) {
    let trimmed = code.trim_end();
    let opens = trimmed.matches('(').count();
    let closes = trimmed.matches(')').count();
    match trimmed.strip_suffix(')') {
        Some(before) if closes > opens => (before, true),
        _ => (code, false),
    }
}

/// One spec of a `const` block: `_` declares nothing, `iota` counts.
fn spec(
    imported: &mut Imported,
    lines: &mut Lines<'_>,
    line: Line<'_>,
    (iota, index): (&mut Option<i128>, &mut i128),
    section: Option<usize>,
    lang: Option<&str>,
) {
    let code = line.code.trim();
    if code.is_empty() {
        return;
    }
    let counted = iota_value(line.code, iota, *index);
    *index += 1;
    let name = code.split_whitespace().next().unwrap_or_default();
    // The blank identifier `_` skips a value and declares nothing.
    if name == "_" {
        lines.forget_comments();
        return;
    }
    let written = match counted {
        Counted::Own => None,
        Counted::Value(value) => Some(format!("{name} = {value}")),
        Counted::Overflow => {
            lines.forget_comments();
            let message = format!("`{name}` counts past the largest integer: left out");
            imported.find(line.number, FindingKind::Skipped, message);
            return;
        }
    };
    let line = match &written {
        Some(written) => Line { code: written, ..line },
        None => line,
    };
    constant(imported, lines, &line, section, lang);
}

/// What `iota` makes of a spec.
enum Counted {
    /// Its value is its own (or it is not a constant).
    Own,
    /// `iota` gives it this value.
    Value(i128),
    /// `iota` counts past `i128::MAX`.
    Overflow,
}

/// A spec's value when `iota` gives it: `Name = iota + 100` (which starts
/// counting) or `Name` alone after it.
fn iota_value(code: &str, iota: &mut Option<i128>, index: i128) -> Counted {
    let offset = match assignment(code) {
        Some((_, value)) if value.contains("iota") => {
            let rest = value.replacen("iota", "", 1);
            let rest = rest.trim().trim_matches('+').trim();
            *iota = if rest.is_empty() { Some(0) } else { parse_code(rest) };
            *iota
        }
        Some(_) => {
            *iota = None;
            None
        }
        None => iota.filter(|_| code.split_whitespace().next().is_some_and(is_name)),
    };
    match offset.map(|offset| offset.checked_add(index)) {
        None => Counted::Own,
        Some(Some(value)) => Counted::Value(value),
        Some(None) => Counted::Overflow,
    }
}

#[cfg(test)]
mod tests {
    use super::super::rows;
    use super::*;

    #[test]
    fn go_constants_take_comments_and_map_messages() {
        let go = "package errors\n\n// access service [550, 599]\nconst (\n\tCodeAccessUnexpect = 550 // access unexpected error\n\t// access limited\n\tCodeAccessLimited Code = 552\n\tCodeNoText = 553\n)\n\nvar errCodeMap = map[int]string{\n\tCodeNoText: \"from \\\"the\\\" map\",\n\tCodeGone: \"x\",\n}\n";
        let imported = read_go(go, None);
        let access = Some("access service".to_owned());
        assert_eq!(
            rows(&imported),
            [
                (
                    550,
                    "CodeAccessUnexpect".into(),
                    "access unexpected error".into(),
                    access.clone()
                ),
                (552, "CodeAccessLimited".into(), "access limited".into(), access.clone()),
                (553, "CodeNoText".into(), "from \"the\" map".into(), access)
            ]
        );
        assert_eq!(imported.sections[0].range, Some(((550, 599), 4)));
        assert_eq!(
            imported.findings[0].message,
            "a message for `CodeGone`, which is no constant here: left out"
        );
    }

    #[test]
    fn iota_counts_and_blocks_close_where_go_closes_them() {
        let go = "const (\n\tCodeA Code = iota + 100 // a\n\tCodeB\n\t_\n\tCodeD\n\tCodeE = 7\n\tCodeF\n)\nconst Single = 9 // one\nconst (Inline = 10)\nconst (\n\tLast = (11)\n\tClosed = 12)\nconst (\n\tHuge = iota + 170141183460469231731687303715884105727\n\tOver\n)\n";
        let imported = read_go(go, None);
        let codes: Vec<(i128, &str)> = imported
            .rows
            .iter()
            .map(|r| (r.code.unwrap_or_default(), r.name.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(
            codes,
            [
                (100, "CodeA"),
                (101, "CodeB"),
                (103, "CodeD"),
                (7, "CodeE"),
                (9, "Single"),
                (10, "Inline"),
                (11, "Last"),
                (12, "Closed"),
                (i128::MAX, "Huge")
            ]
        );
        let skipped: Vec<&str> = imported.findings.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            skipped,
            [
                "`CodeF` is not `Name = value`: not read",
                "`Over` counts past the largest integer: left out"
            ]
        );
    }
}
