//! Lines of source with their comments split off ([`Lines`]), and the
//! `NAME = value` shape ([`assignment`]): what `NAME = value` documents
//! (`assignments`) and source files (`source_code`) are both read with. The
//! comment on a code's line, or the comment lines just above it, is its
//! message.

use errcat_catalog::format::EntryKey;

use super::{is_cjk, is_name, Imported, Row, Text};

/// One piece of code on a line: the line's number, the code, and the
/// comment that follows it there.
#[derive(Debug, Clone, Copy)]
pub(in crate::import) struct Line<'t> {
    pub number: usize,
    pub code: &'t str,
    pub comment: Option<&'t str>,
}

/// Lines of source with their comments split off. Comment-only lines are
/// collected until a code line takes them; code that follows a comment on
/// the same line (`A = 1, /* one */ B = 2,`) comes as a line of its own.
pub(in crate::import) struct Lines<'t> {
    lines: std::iter::Enumerate<std::str::Lines<'t>>,
    markers: &'t [&'t str],
    pending: Vec<String>,
    in_block: bool,
    /// Code after a comment on the line just read, with that line's number.
    rest: Option<(usize, &'t str)>,
}

impl<'t> Lines<'t> {
    pub(in crate::import) fn new(text: &'t str, markers: &'t [&'t str]) -> Self {
        Lines {
            lines: text.lines().enumerate(),
            markers,
            pending: Vec::new(),
            in_block: false,
            rest: None,
        }
    }

    /// The next piece of code; comments on lines without code are kept for
    /// [`comment_for`](Self::comment_for).
    pub(in crate::import) fn next_line(&mut self) -> Option<Line<'t>> {
        loop {
            let (number, raw) = match self.rest.take() {
                Some(rest) => rest,
                None => self.lines.next().map(|(index, raw)| (index + 1, raw))?,
            };
            let raw = if self.in_block {
                let Some((inside, after)) = raw.split_once("*/") else {
                    self.note(raw);
                    continue;
                };
                self.in_block = false;
                self.note(inside);
                after
            } else {
                raw
            };
            let (code, comment) = split_comment(raw, self.markers);
            let comment = match comment {
                Some(Comment::BlockOpen(text)) => {
                    self.in_block = true;
                    self.note(text);
                    None
                }
                Some(Comment::Block(text, after)) => {
                    if !after.trim().is_empty() {
                        self.rest = Some((number, after));
                    }
                    Some(text)
                }
                Some(Comment::Line(text)) => Some(text),
                None => None,
            };
            if code.trim().is_empty() {
                if let Some(comment) = comment {
                    self.note(comment);
                }
                continue;
            }
            return Some(Line { number, code, comment });
        }
    }

    fn note(&mut self, comment: &str) {
        let text = clean(comment);
        if !text.is_empty() {
            self.pending.push(text.to_owned());
        }
    }

    /// The comment of `line`: its own, else the comment lines just above
    /// it. Either way the lines above are used up, so they are never given
    /// to the next line as well.
    pub(in crate::import) fn comment_for(&mut self, line: &Line<'_>) -> Option<String> {
        let above = self.take_comments();
        line.comment.map(str::to_owned).or(above)
    }

    /// The comment lines since the last code line, joined.
    pub(in crate::import) fn take_comments(&mut self) -> Option<String> {
        let joined = self.pending.join(" ");
        self.pending.clear();
        (!joined.is_empty()).then_some(joined)
    }

    /// Gives back comments taken with [`take_comments`](Self::take_comments)
    /// that belong to the next code line after all.
    pub(in crate::import) fn keep_comments(&mut self, comments: String) {
        self.pending.push(comments);
    }

    /// Drops the collected comments (they belonged to other code).
    pub(in crate::import) fn forget_comments(&mut self) {
        self.pending.clear();
    }
}

enum Comment<'t> {
    /// `// text` to the end of the line.
    Line(&'t str),
    /// `/* text */`, and what follows it on the line.
    Block(&'t str, &'t str),
    /// `/* text` continued on later lines.
    BlockOpen(&'t str),
}

/// Splits a line at its first comment; markers inside double quotes do not count.
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
                Some((inside, after)) => (code, Some(Comment::Block(inside, after))),
                None => (code, Some(Comment::BlockOpen(block))),
            };
        }
        if let Some(marker) = markers.iter().find(|m| rest.starts_with(**m)) {
            return (code, rest.get(marker.len()..).map(Comment::Line));
        }
    }
    (line, None)
}

/// A comment's text without doc-comment marks (`///<`, `//!`, `*`).
fn clean(comment: &str) -> &str {
    comment.trim().trim_start_matches(['/', '!', '<', '*']).trim_end_matches('*').trim()
}

/// A comment as a message in `lang`, or in the language its script shows.
pub(in crate::import) fn comment_of(comment: &str, lang: Option<&str>) -> Option<Text> {
    let text = clean(comment);
    if text.is_empty() {
        return None;
    }
    let language = lang.unwrap_or(if is_cjk(text) { "zh" } else { "en" }).to_owned();
    Some(Text { field: EntryKey::Message, language, text: text.to_owned() })
}

/// Adds the row of a named constant at `line`, its comment as its message.
pub(in crate::import) fn push_named(
    imported: &mut Imported,
    (line, code, name): (usize, i128, &str),
    comment: Option<String>,
    section: Option<usize>,
    lang: Option<&str>,
) {
    let mut row =
        Row { line, code: Some(code), name: Some(name.to_owned()), section, ..Row::default() };
    row.texts.extend(comment.and_then(|c| comment_of(&c, lang)));
    imported.rows.push(row);
}

/// `NAME = value` (with an optional `const`, `let`, `var` or type, and a
/// trailing `,` or `;`): the name and the value's text.
pub(in crate::import) fn assignment(code: &str) -> Option<(&str, &str)> {
    let code = code.trim().trim_end_matches([',', ';']).trim();
    let code = ["const ", "let ", "var ", "static "]
        .iter()
        .fold(code, |c, k| c.strip_prefix(k).unwrap_or(c))
        .trim();
    let (left, value) = code.split_once('=')?;
    if value.starts_with('=') {
        return None;
    }
    // `CodeX Code = 1` (Go) or `X: i32 = 1`: the name is the first word.
    let name = left.split([' ', ':', '\t']).find(|w| !w.is_empty())?;
    is_name(name).then_some((name, value.trim()))
}
