//! C and C++: `#define NAME value` lines, and `enum` members (explicit
//! values, or one more than the member before), in `enum`, `enum class`
//! and `typedef enum` alike, the brace on the head's line or the next; a
//! comment stating a range inside an enum starts a section (Mooncake's
//! `error.h` and `types.h`, Linux's `errno.h`).

use super::{constant, section_for};
use crate::import::lines::{push_named, Line, Lines};
use crate::import::{is_name, parse_code, stated_range, FindingKind, Imported};

/// Where the reader is.
enum State {
    Outside,
    /// After `enum Name`, before its `{`: the title and the head's line.
    Head(String, usize),
    Inside,
}

/// Reads `#define`s and enums.
pub(in crate::import) fn read_c(text: &str, lang: Option<&str>) -> Imported {
    let mut imported = Imported::default();
    let mut lines = Lines::new(text, &["//"]);
    let mut state = State::Outside;
    let mut section = None;
    let mut next_value = Some(0);
    while let Some(line) = lines.next_line() {
        let code = line.code.trim();
        if let Some(define) = code.strip_prefix("#define") {
            read_define(&mut imported, &mut lines, line, define, lang);
            continue;
        }
        if let State::Outside = state {
            match enum_title(code) {
                Some(title) => {
                    state = State::Head(
                        title.unwrap_or_else(|| format!("enum at line {}", line.number)),
                        line.number,
                    )
                }
                None => {
                    lines.forget_comments();
                    continue;
                }
            }
        }
        let mut members = code;
        if let State::Head(title, head_line) = &state {
            let Some((_, after)) = code.split_once('{') else {
                lines.forget_comments();
                continue;
            };
            section = Some(section_for(&mut imported, title, *head_line));
            (state, next_value, members) = (State::Inside, Some(0), after);
            // The comment above the head documents the enum, not its first member.
            lines.forget_comments();
        }
        let (members, closes) =
            members.split_once('}').map_or((members, false), |(before, _)| (before, true));
        // A comment above the member that states a range opens a section.
        if let Some(comments) = lines.take_comments() {
            if stated_range(&comments).is_some() {
                section =
                    Some(section_for(&mut imported, &comments, line.number.saturating_sub(1)));
            } else {
                lines.keep_comments(comments);
            }
        }
        for member in members.split(',').map(str::trim).filter(|m| !m.is_empty()) {
            let member_line = Line { code: member, ..line };
            let value = if !is_name(member) {
                constant(&mut imported, &mut lines, &member_line, section, lang)
            } else if let Some(value) = next_value {
                // `NAME` alone: one more than the member before.
                let written = format!("{member} = {value}");
                constant(
                    &mut imported,
                    &mut lines,
                    &Line { code: &written, ..member_line },
                    section,
                    lang,
                )
            } else {
                lines.forget_comments();
                let message = format!("`{member}` follows a member whose value is not known, so its own is not: left out");
                imported.find(line.number, FindingKind::Skipped, message);
                None
            };
            next_value = value.and_then(|v| v.checked_add(1));
        }
        if closes {
            state = State::Outside;
        }
    }
    imported
}

/// `Some(title)` when `code` opens an enum (`enum E`, `enum class E : int`,
/// `typedef enum {`), the title `None` when it has no name.
fn enum_title(code: &str) -> Option<Option<String>> {
    let head = code.strip_prefix("typedef").map_or(code, str::trim_start);
    let rest =
        head.strip_prefix("enum").filter(|r| r.is_empty() || r.starts_with([' ', '\t', '{']))?;
    let rest = rest.trim_start();
    let rest = ["class ", "struct "].iter().fold(rest, |r, k| r.strip_prefix(k).unwrap_or(r));
    let title = rest.split(['{', ':']).next().unwrap_or_default().trim();
    Some((!title.is_empty()).then(|| title.to_owned()))
}

/// `#define NAME value`: a code, an alias (reported), or a guard (nothing).
fn read_define(
    imported: &mut Imported,
    lines: &mut Lines<'_>,
    line: Line<'_>,
    define: &str,
    lang: Option<&str>,
) {
    let comment = lines.comment_for(&line);
    let mut parts = define.trim().splitn(2, char::is_whitespace);
    let (name, value) = (parts.next().unwrap_or_default(), parts.next().unwrap_or_default().trim());
    match (is_name(name), parse_code(value)) {
        (true, Some(code)) => push_named(imported, (line.number, code, name), comment, None, lang),
        // `#define NAME` alone (a header guard) defines no code.
        (true, None) if !value.is_empty() => imported.not_a_number(line.number, name, value),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::super::rows;
    use super::*;

    #[test]
    fn defines_and_enums_with_ranges_and_implicit_values() {
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
    fn aliases_heads_and_values_errcat_cannot_know() {
        let c = "#define EAGAIN 11 /* Try again */\n#define EWOULDBLOCK EAGAIN /* Operation would block */\n#define WEIRD (1 << 3)\n// about the enum\ntypedef enum\n{\n    X = 1, /* one */ Y = 2,\n    // about Z\n    Z = 3 // z\n    , SHIFTED = 1 << 2, AFTER,\n    TOP = 0x7fffffffffffffffffffffffffffffff, PAST\n} e_t;\nenum E { P = 4, Q };\n";
        let imported = read_c(c, None);
        let codes: Vec<(i128, String, String)> =
            rows(&imported).into_iter().map(|(c, n, t, _)| (c, n, t)).collect();
        assert_eq!(
            codes,
            [
                (11, "EAGAIN".into(), "Try again".into()),
                (1, "X".into(), "one".into()),
                (2, "Y".into(), "".into()),
                (3, "Z".into(), "z".into()),
                (i128::MAX, "TOP".into(), "".into()),
                (4, "P".into(), "".into()),
                (5, "Q".into(), "".into()),
            ]
        );
        let skipped: Vec<&str> = imported.findings.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            skipped,
            [
                "`EWOULDBLOCK` is another name for `EAGAIN` (11): left out, a catalog has one name per code",
                "`WEIRD` = `(1 << 3)` is not a number: left out",
                "`SHIFTED` = `1 << 2` is not a number: left out",
                "`AFTER` follows a member whose value is not known, so its own is not: left out",
                "`PAST` follows a member whose value is not known, so its own is not: left out",
            ]
        );
    }
}
