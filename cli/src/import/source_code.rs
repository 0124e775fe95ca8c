//! Source files that define codes: Go `const (…)` blocks (CubeFS's
//! `errors.go`, whose messages may sit in a `map[…]string` literal) and C
//! `#define NAME value` lines and `enum { NAME = value, … }` (Mooncake's
//! `error.h` and `types.h`). A comment on a code's line, or the comment lines
//! just above it, is its message; a comment that states a range starts a
//! section with that range.

use errcat_catalog::format::EntryKey;

use super::assignments::assignment;
use super::{is_cjk, is_name, parse_code, stated_range, FindingKind, Imported, Row, Text};

/// One line of source: its number, the code before any comment, the comment.
pub(super) struct Line<'t> {
    pub number: usize,
    pub code: &'t str,
    pub comment: Option<&'t str>,
}

/// Lines of source with their comments split off; comment-only lines are
/// collected until a code line takes them.
pub(super) struct Lines<'t> {
    lines: std::iter::Enumerate<std::str::Lines<'t>>,
    markers: &'t [&'t str],
    pending: Vec<String>,
    in_block: bool,
}

impl<'t> Lines<'t> {
    pub(super) fn new(text: &'t str, markers: &'t [&'t str]) -> Self {
        Lines { lines: text.lines().enumerate(), markers, pending: Vec::new(), in_block: false }
    }

    /// The next line with code on it; comment-only lines are kept for [`take_comments`](Self::take_comments).
    pub(super) fn next_line(&mut self) -> Option<Line<'t>> {
        loop {
            let (index, raw) = self.lines.next()?;
            if self.in_block {
                match raw.split_once("*/") {
                    Some((inside, _)) => {
                        self.in_block = false;
                        self.note(inside);
                    }
                    None => self.note(raw),
                }
                continue;
            }
            let (code, comment) = split_comment(raw, self.markers);
            let comment = match comment {
                Some(Comment::BlockOpen(text)) => {
                    self.in_block = true;
                    self.note(text);
                    None
                }
                Some(Comment::Text(text)) => Some(text),
                None => None,
            };
            if code.trim().is_empty() {
                if let Some(comment) = comment {
                    self.note(comment);
                }
                continue;
            }
            return Some(Line { number: index + 1, code, comment });
        }
    }

    fn note(&mut self, comment: &str) {
        let text = clean(comment);
        if !text.is_empty() {
            self.pending.push(text.to_owned());
        }
    }

    /// The comment lines since the last code line, joined.
    pub(super) fn take_comments(&mut self) -> Option<String> {
        let joined = self.pending.join(" ");
        self.pending.clear();
        (!joined.is_empty()).then_some(joined)
    }

    /// Drops the collected comments (they belonged to other code).
    pub(super) fn forget_comments(&mut self) {
        self.pending.clear();
    }
}

enum Comment<'t> {
    Text(&'t str),
    BlockOpen(&'t str),
}

/// `code // comment`, `code /* comment */`, `code /* comment…` (continued
/// on later lines); markers inside double quotes do not count.
fn split_comment<'t>(line: &'t str, markers: &[&str]) -> (&'t str, Option<Comment<'t>>) {
    let mut in_string = false;
    let mut previous = ' ';
    for (at, c) in line.char_indices() {
        if c == '"' && previous != '\\' {
            in_string = !in_string;
        }
        previous = c;
        if in_string {
            continue;
        }
        let rest = line.get(at..).unwrap_or_default();
        let code = line.get(..at).unwrap_or_default();
        if let Some(block) = rest.strip_prefix("/*") {
            return match block.split_once("*/") {
                Some((inside, _)) => (code, Some(Comment::Text(inside))),
                None => (code, Some(Comment::BlockOpen(block))),
            };
        }
        if let Some(marker) = markers.iter().find(|m| rest.starts_with(**m)) {
            return (code, rest.get(marker.len()..).map(Comment::Text));
        }
    }
    (line, None)
}

/// A comment's text without doc-comment marks (`///<`, `//!`, `*`).
fn clean(comment: &str) -> &str {
    comment.trim().trim_start_matches(['/', '!', '<', '*']).trim_end_matches('*').trim()
}

/// A comment as a message in `lang`, or in the language its script shows.
pub(super) fn comment_of(comment: &str, lang: Option<&str>) -> Option<Text> {
    let text = clean(comment);
    if text.is_empty() {
        return None;
    }
    let language = lang.unwrap_or(if is_cjk(text) { "zh" } else { "en" }).to_owned();
    Some(Text { field: EntryKey::Message, language, text: text.to_owned() })
}

/// Go: `const (…)` blocks of `Name = value`, each block a section titled by
/// the comment above it; `Name: "text",` entries of map literals are the
/// messages of the constants they name.
pub(super) fn read_go(text: &str, lang: Option<&str>) -> Imported {
    let mut imported = Imported::default();
    let mut lines = Lines::new(text, &["//"]);
    let mut in_const = false;
    // Go's `iota`: the offset it was last written with, and the spec's index in its block.
    let mut iota: Option<i128> = None;
    let mut spec_index: i128 = 0;
    let mut section = None;
    let mut messages: Vec<(String, String, usize)> = Vec::new();
    while let Some(line) = lines.next_line() {
        let code = line.code.trim();
        if code.starts_with("const (") || code == "const(" {
            in_const = true;
            (iota, spec_index) = (None, 0);
            let title = lines
                .take_comments()
                .unwrap_or_else(|| format!("const block at line {}", line.number));
            section = Some(section_for(&mut imported, &title, line.number));
            continue;
        }
        if in_const && code.starts_with(')') {
            in_const = false;
            continue;
        }
        if in_const {
            let written = iota_value(code, &mut iota, spec_index);
            spec_index += 1;
            // The blank identifier `_` skips a value and declares nothing.
            if code.split_whitespace().next() == Some("_") {
                lines.forget_comments();
                continue;
            }
            let line = match &written {
                Some(written) => Line { code: written, ..line },
                None => line,
            };
            constant(&mut imported, &mut lines, &line, section, lang);
            continue;
        }
        // `CodeX: "message",` in a map literal.
        if let Some((name, message)) = code.trim_end_matches(',').split_once(':') {
            let message = message.trim();
            if is_name(name.trim())
                && message.starts_with('"')
                && message.ends_with('"')
                && message.len() >= 2
            {
                let message =
                    message.get(1..message.len() - 1).unwrap_or_default().replace("\\\"", "\"");
                messages.push((name.trim().to_owned(), message, line.number));
            }
        }
        lines.forget_comments();
    }
    for (name, message, line) in messages {
        match imported.rows.iter_mut().find(|r| r.name.as_deref() == Some(name.as_str())) {
            Some(row) if row.texts.is_empty() => row.texts.extend(comment_of(&message, lang)),
            Some(_) => {}
            None => imported.find(
                line,
                FindingKind::Skipped,
                format!("a message for `{name}`, which is no constant here: left out"),
            ),
        }
    }
    imported
}

/// A Go constant's value when `iota` gives it: `Name = iota + 100` (which
/// starts counting) or `Name` alone after it, as `Name = value`.
fn iota_value(code: &str, iota: &mut Option<i128>, index: i128) -> Option<String> {
    let name = code.split_whitespace().next()?;
    match assignment(code) {
        Some((_, value)) if value.contains("iota") => {
            let rest = value.replacen("iota", "", 1);
            let rest = rest.trim().trim_matches('+').trim();
            *iota = if rest.is_empty() { Some(0) } else { parse_code(rest) };
            iota.map(|offset| format!("{name} = {}", offset + index))
        }
        Some(_) => {
            *iota = None;
            None
        }
        None => iota.filter(|_| is_name(name)).map(|offset| format!("{name} = {}", offset + index)),
    }
}

/// A constant of a Go `const` block or a C enum: `Name = value` (or, in an
/// enum, `Name` after another member), with its comment.
fn constant(
    imported: &mut Imported,
    lines: &mut Lines<'_>,
    line: &Line<'_>,
    section: Option<usize>,
    lang: Option<&str>,
) {
    let Some((name, value)) = assignment(line.code) else {
        lines.forget_comments();
        imported.find(
            line.number,
            FindingKind::Skipped,
            format!("`{}` is not `Name = value`: not read", line.code.trim()),
        );
        return;
    };
    let Some(code) = parse_code(value) else {
        lines.forget_comments();
        imported.not_a_number(line.number, name, value);
        return;
    };
    let comment = line.comment.map(str::to_owned).or_else(|| lines.take_comments());
    let mut row = Row {
        line: line.number,
        code: Some(code),
        name: Some(name.to_owned()),
        section,
        ..Row::default()
    };
    row.texts.extend(comment.and_then(|c| comment_of(&c, lang)));
    imported.rows.push(row);
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

/// C: `#define NAME value` lines, and `enum` members (explicit values, or
/// one more than the member before); a comment line stating a range inside
/// an enum starts a section.
pub(super) fn read_c(text: &str, lang: Option<&str>) -> Imported {
    let mut imported = Imported::default();
    let mut lines = Lines::new(text, &["//"]);
    let mut in_enum = false;
    let mut section = None;
    let mut next_value: i128 = 0;
    while let Some(line) = lines.next_line() {
        let code = line.code.trim();
        if let Some(define) = code.strip_prefix("#define") {
            let mut parts = define.trim().splitn(2, char::is_whitespace);
            let (name, value) =
                (parts.next().unwrap_or_default(), parts.next().unwrap_or_default().trim());
            if let (true, Some(value)) = (is_name(name), parse_code(value)) {
                let comment = line.comment.map(str::to_owned).or_else(|| lines.take_comments());
                let mut row = Row {
                    line: line.number,
                    code: Some(value),
                    name: Some(name.to_owned()),
                    ..Row::default()
                };
                row.texts.extend(comment.and_then(|c| comment_of(&c, lang)));
                imported.rows.push(row);
            } else {
                lines.forget_comments();
                // `#define NAME` alone (a header guard) defines no code.
                if is_name(name) && !value.is_empty() {
                    imported.not_a_number(line.number, name, value);
                }
            }
            continue;
        }
        if code.starts_with("enum") && code.contains('{') {
            in_enum = true;
            next_value = 0;
            let title = code
                .trim_start_matches("enum")
                .trim_start_matches(" class")
                .split(['{', ':'])
                .next()
                .unwrap_or("enum")
                .trim();
            let title = if title.is_empty() {
                format!("enum at line {}", line.number)
            } else {
                title.to_owned()
            };
            section = Some(section_for(&mut imported, &title, line.number));
            lines.forget_comments();
            continue;
        }
        if in_enum && code.starts_with('}') {
            in_enum = false;
            lines.forget_comments();
            continue;
        }
        if !in_enum {
            lines.forget_comments();
            continue;
        }
        // A comment above the member that states a range opens a section.
        if let Some(comments) = lines.take_comments() {
            if stated_range(&comments).is_some() {
                section =
                    Some(section_for(&mut imported, &comments, line.number.saturating_sub(1)));
            } else {
                lines.pending.push(comments);
            }
        }
        for member in code.split(',').map(str::trim).filter(|m| !m.is_empty()) {
            let member_line = Line { number: line.number, code: member, comment: line.comment };
            if is_name(member) {
                // `NAME` alone: one more than the member before.
                let written = format!("{member} = {next_value}");
                let implicit = Line { code: &written, ..member_line };
                constant(&mut imported, &mut lines, &implicit, section, lang);
            } else {
                constant(&mut imported, &mut lines, &member_line, section, lang);
            }
            if let Some(last) = imported.rows.last().and_then(|r| r.code) {
                next_value = last + 1;
            }
        }
    }
    imported
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn c_defines_and_enums_with_ranges_and_implicit_values() {
        let c = "#ifndef ERROR_H\n#define ERROR_H\n#define ERR_INVALID_ARGUMENT (-1) /* bad input */\n// no such device\n#define ERR_DEVICE_NOT_FOUND (-6)\n\nenum class ErrorCode : int32_t {\n    OK = 0,  ///< fine\n    /*\n     * Buffer errors (Range: -20 to -99)\n     */\n    BUFFER_OVERFLOW = -10,  ///< too small\n    NEXT,\n    A = 5, B,\n};\n#endif\n";
        let imported = read_c(c, None);
        assert_eq!(
            rows(&imported),
            [
                (-1, "ERR_INVALID_ARGUMENT".into(), "bad input".into(), None),
                (-6, "ERR_DEVICE_NOT_FOUND".into(), "no such device".into(), None),
                (0, "OK".into(), "fine".into(), Some("ErrorCode".into())),
                (-10, "BUFFER_OVERFLOW".into(), "too small".into(), Some("Buffer errors".into())),
                (-9, "NEXT".into(), "".into(), Some("Buffer errors".into())),
                (5, "A".into(), "".into(), Some("Buffer errors".into())),
                (6, "B".into(), "".into(), Some("Buffer errors".into())),
            ]
        );
        assert_eq!(imported.sections[1].range, Some(((-99, -20), 11)));
    }

    #[test]
    fn go_iota_counts_and_c_aliases_are_reported() {
        let go = "const (\n\tCodeA Code = iota + 100 // a\n\tCodeB\n\t_\n\tCodeD\n\tCodeE = 7\n\tCodeF\n)\n";
        let imported = read_go(go, None);
        let codes: Vec<(i128, &str)> = imported
            .rows
            .iter()
            .map(|r| (r.code.unwrap_or_default(), r.name.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(codes, [(100, "CodeA"), (101, "CodeB"), (103, "CodeD"), (7, "CodeE")]);
        let skipped: Vec<&str> = imported.findings.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(skipped, ["`CodeF` is not `Name = value`: not read"]);
        let c = "#define EAGAIN 11 /* Try again */\n#define EWOULDBLOCK EAGAIN /* Operation would block */\n#define WEIRD (1 << 3)\n";
        let imported = read_c(c, None);
        assert_eq!(imported.rows.len(), 1);
        let skipped: Vec<&str> = imported.findings.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            skipped,
            [
                "`EWOULDBLOCK` is another name for `EAGAIN` (11): left out, a catalog has one name per code",
                "`WEIRD` = `(1 << 3)` is not a number: left out",
            ]
        );
    }
}
