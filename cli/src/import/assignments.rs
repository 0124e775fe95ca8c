//! `NAME = value` lines (API Switch's shape): each assignment is a code,
//! named; its comment (on the line, or the comment lines just above) is its
//! message. Other lines are counted and reported, not read.

use super::lines::{assignment, push_named, Lines};
use super::{parse_code, FindingKind, Imported};

/// Reads `NAME = value` lines with `//` or `#` comments.
pub(super) fn read(text: &str, lang: Option<&str>) -> Imported {
    let mut imported = Imported::default();
    let mut lines = Lines::new(text, &["//", "#"]);
    let mut ignored: Vec<usize> = Vec::new();
    while let Some(line) = lines.next_line() {
        let comment = lines.comment_for(&line);
        let Some((name, value)) = assignment(line.code) else {
            // A line with code after a comment comes in two pieces: count it once.
            if ignored.last() != Some(&line.number) {
                ignored.push(line.number);
            }
            continue;
        };
        match parse_code(value) {
            Some(code) => push_named(&mut imported, (line.number, code, name), comment, None, lang),
            None => imported.not_a_number(line.number, name, value),
        }
    }
    if !ignored.is_empty() {
        imported.findings.push(super::Finding {
            document: None,
            line: ignored.first().copied(),
            kind: FindingKind::Note,
            message: format!(
                "{} lines are neither `NAME = value` nor comments, and were not read: {}",
                ignored.len(),
                line_ranges(&ignored)
            ),
        });
    }
    imported
}

/// `3-7, 12, 40-41` for a sorted list of line numbers.
pub(super) fn line_ranges(lines: &[usize]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut start = None;
    for (i, &line) in lines.iter().enumerate() {
        let first = *start.get_or_insert(line);
        if lines.get(i + 1) != Some(&(line + 1)) {
            parts.push(if first == line { line.to_string() } else { format!("{first}-{line}") });
            start = None;
        }
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assignments_take_the_comment_above_or_beside() {
        let doc = "# Codes\n\nSome prose.\n```\n//参数不合法\nILLEGAL_PARAMETER = 10001\n\nNO_TEXT = 10002\nTRAILING = 10003 // on the line\nBAD = abc\n```\n";
        let imported = read(doc, None);
        let rows: Vec<(Option<i128>, Option<&str>, Vec<&str>)> = imported
            .rows
            .iter()
            .map(|r| (r.code, r.name.as_deref(), r.texts.iter().map(|t| t.text.as_str()).collect()))
            .collect();
        assert_eq!(
            rows,
            [
                (Some(10001), Some("ILLEGAL_PARAMETER"), vec!["参数不合法"]),
                (Some(10002), Some("NO_TEXT"), vec![]),
                (Some(10003), Some("TRAILING"), vec!["on the line"])
            ]
        );
        assert_eq!(imported.rows[0].texts[0].language, "zh");
        let findings: Vec<String> = imported.findings.iter().map(|f| f.message.clone()).collect();
        assert_eq!(
            findings,
            [
                "`BAD` = `abc` is not a number: left out",
                "3 lines are neither `NAME = value` nor comments, and were not read: 3-4, 11"
            ]
        );
    }

    #[test]
    fn assignment_shapes() {
        assert_eq!(assignment("const CodeX Code = 551,"), Some(("CodeX", "551")));
        assert_eq!(assignment("X: i32 = -1;"), Some(("X", "-1")));
        assert_eq!(assignment("if a == b"), None);
        assert_eq!(line_ranges(&[1, 2, 3, 7, 9, 10]), "1-3, 7, 9-10");
    }
}
