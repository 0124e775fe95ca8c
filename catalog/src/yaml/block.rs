//! A fast reader for the subset of YAML that catalogs are written in: block
//! mappings and sequences indented with spaces, one-line flow collections,
//! one-line plain, single- and double-quoted scalars, and comments.
//!
//! Why it exists: the macro runs at `opt-level = 0` in every user's build,
//! and there the general parser's event machinery was half of the macro's
//! time on a large catalog. This reader builds the same tree, with the same
//! spans, in one pass over the bytes.
//!
//! It never decides anything the general parser would decide differently:
//! whatever it does not recognise (anchors, aliases, tags, block scalars,
//! multi-line scalars or flow collections, tabs, carriage returns, control
//! characters, documents markers, syntax errors…) makes it give up, and the
//! caller parses the whole text with the general parser instead, which also
//! owns every syntax error message. The tests compare both readings.

use std::borrow::Cow;
use std::cell::Cell;

use super::{Node, NodeKind, Style};
use crate::diagnostic::{Pos, Span};

/// Why the reader gave up: the text is outside its subset (or is not YAML).
/// The caller falls back to the general parser; nothing is reported.
pub(super) struct Unsupported;

type Read<T> = Result<T, Unsupported>;

/// Reads `source` if it is within the subset: a block mapping at the left
/// margin, nested no deeper than `max_depth`.
pub(super) fn parse(source: &str, max_depth: usize) -> Read<Node<'_>> {
    let mut reader = Reader {
        text: source,
        bytes: source.as_bytes(),
        at: 0,
        line: 1,
        line_start: 0,
        depth: 0,
        max_depth,
        measured: Cell::new((0, 1)),
        first_wide: Cell::new((usize::MAX, 0)),
    };
    match reader.next_content()? {
        Some(0) => {}
        _ => return Err(Unsupported),
    }
    let root = reader.block_map(0)?;
    if reader.at < reader.bytes.len() {
        return Err(Unsupported);
    }
    Ok(root)
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    /// The byte being read.
    at: usize,
    /// The 1-based line of `at`.
    line: usize,
    /// The byte where that line starts.
    line_start: usize,
    depth: usize,
    max_depth: usize,
    /// The last position measured, as (byte, column): spans are measured in
    /// order along a line, so columns are counted once.
    measured: Cell<(usize, usize)>,
    /// The first character of two bytes or more read on a line, as (the
    /// line's start, the character's byte): before it, a column is a byte
    /// count. Spans are measured after their contents, out of order along a
    /// line, and counting from the line's start each time was a tenth of
    /// the macro's work.
    first_wide: Cell<(usize, usize)>,
}

/// Characters that may not start a plain scalar (YAML's indicators), or
/// that this reader leaves to the general parser.
fn starts_elsewhere(byte: u8) -> bool {
    matches!(
        byte,
        b'-' | b'?'
            | b':'
            | b','
            | b'['
            | b']'
            | b'{'
            | b'}'
            | b'#'
            | b'&'
            | b'*'
            | b'!'
            | b'|'
            | b'>'
            | b'\''
            | b'"'
            | b'%'
            | b'@'
            | b'`'
            | b' '
    )
}

impl<'a> Reader<'a> {
    // The reader runs at opt-level 0 in users' builds, where every helper
    // call is a real call: the per-byte helpers are always inlined, and index
    // after checking the bound (a slice `get` would be three calls).
    #[inline(always)]
    #[allow(clippy::indexing_slicing)]
    fn byte(&self, at: usize) -> u8 {
        if at < self.bytes.len() {
            self.bytes[at]
        } else {
            b'\n'
        }
    }

    fn slice(&self, start: usize, end: usize) -> Read<&'a str> {
        self.text.get(start..end).ok_or(Unsupported)
    }

    /// Whether `at` ends a token: a space, the end of the line or of the text.
    #[inline(always)]
    fn blank(&self, at: usize) -> bool {
        matches!(self.byte(at), b' ' | b'\n')
    }

    fn pos(&self, offset: usize) -> Pos {
        // Columns count characters: every byte but UTF-8 continuation bytes,
        // counted on from the last position measured on this line.
        let first_wide = match self.first_wide.get() {
            (line_start, at) if line_start == self.line_start => at,
            _ => usize::MAX,
        };
        if offset <= first_wide {
            return Pos { line: self.line, column: offset - self.line_start + 1, offset };
        }
        let (mut i, mut column) = match self.measured.get() {
            (at, column) if first_wide <= at && at <= offset => (at, column),
            _ => (first_wide, first_wide - self.line_start + 1),
        };
        while i < offset {
            if self.byte(i) & 0xC0 != 0x80 {
                column += 1;
            }
            i += 1;
        }
        self.measured.set((offset, column));
        Pos { line: self.line, column, offset }
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span { start: self.pos(start), end: self.pos(end) }
    }

    /// Checks one character from `at` and returns its length in bytes:
    /// control characters, bidi controls, line separators, the byte-order
    /// mark and noncharacters are the general parser's to judge.
    #[inline(always)]
    fn char_len(&self, at: usize) -> Read<usize> {
        let byte = self.byte(at);
        if byte < 0x80 {
            return if byte < 0x20 || byte == 0x7F { Err(Unsupported) } else { Ok(1) };
        }
        self.wide_char_len(byte, at)
    }

    /// `char_len` for a character of two to four bytes, decoded by hand (the
    /// text is valid UTF-8: it is a `str`).
    fn wide_char_len(&self, lead: u8, at: usize) -> Read<usize> {
        if self.first_wide.get().0 != self.line_start {
            self.first_wide.set((self.line_start, at));
        }
        let (len, mut c) = match lead {
            0xC0..=0xDF => (2, u32::from(lead & 0x1F)),
            0xE0..=0xEF => (3, u32::from(lead & 0x0F)),
            0xF0..=0xF7 => (4, u32::from(lead & 0x07)),
            _ => return Err(Unsupported),
        };
        let mut i = 1;
        while i < len {
            c = (c << 6) | u32::from(self.byte(at + i) & 0x3F);
            i += 1;
        }
        // Every character errcat never writes raw (`crate::escape`) is the
        // general parser's: a file this reader reads whole holds none, so the
        // scan for lint W0005 runs only on what the general parser read.
        if matches!(
            c,
            0x80..=0x9F
                | 0x61C
                | 0x200E
                | 0x200F
                | 0x2028..=0x202E
                | 0x2066..=0x2069
                | 0xFEFF
                | 0xFFFE
                | 0xFFFF
        ) {
            return Err(Unsupported);
        }
        Ok(len)
    }

    /// Moves to the first character of the next line with content (skipping
    /// blank and comment lines) and returns its indentation, or `None` at
    /// the end of the text.
    fn next_content(&mut self) -> Read<Option<usize>> {
        loop {
            let mut i = self.at;
            while i < self.bytes.len() && self.byte(i) == b' ' {
                i += 1;
            }
            if i == self.bytes.len() {
                self.at = i;
                return Ok(None);
            }
            match self.byte(i) {
                b'\n' => {}
                b'#' => {
                    while i < self.bytes.len() && self.byte(i) != b'\n' {
                        i += self.char_len(i)?;
                    }
                    if i == self.bytes.len() {
                        self.at = i;
                        return Ok(None);
                    }
                }
                _ => {
                    self.at = i;
                    let indent = i - self.line_start;
                    if indent == 0 && matches!(self.bytes.get(i..i + 3), Some(b"---" | b"...")) {
                        return Err(Unsupported);
                    }
                    return Ok(Some(indent));
                }
            }
            // `i` is at a line break.
            self.at = i + 1;
            self.line += 1;
            self.line_start = self.at;
        }
    }

    /// After a value: nothing but spaces and a comment before the line ends;
    /// moves to the start of the next line.
    fn end_of_line(&mut self) -> Read<()> {
        let mut i = self.at;
        while self.byte(i) == b' ' {
            i += 1;
        }
        if self.byte(i) == b'#' && i > self.line_start && self.byte(i - 1) == b' ' {
            while i < self.bytes.len() && self.byte(i) != b'\n' {
                i += self.char_len(i)?;
            }
        }
        if i >= self.bytes.len() {
            self.at = self.bytes.len();
            return Ok(());
        }
        if self.byte(i) != b'\n' {
            return Err(Unsupported);
        }
        self.at = i + 1;
        self.line += 1;
        self.line_start = self.at;
        Ok(())
    }

    fn enter(&mut self) -> Read<()> {
        self.depth += 1;
        // One level short of the limit, so the general parser reports it.
        if self.depth + 1 >= self.max_depth {
            return Err(Unsupported);
        }
        Ok(())
    }

    /// A block node on its own line at `indent`: a sequence or a mapping.
    fn block_node(&mut self, indent: usize) -> Read<Node<'a>> {
        if self.byte(self.at) == b'-' && self.blank(self.at + 1) {
            self.block_seq(indent)
        } else {
            self.block_map(indent)
        }
    }

    /// A block mapping whose first key is at `self.at`, in column `indent`.
    fn block_map(&mut self, indent: usize) -> Read<Node<'a>> {
        self.enter()?;
        let start = self.pos(self.at);
        let mut pairs = Vec::new();
        let end = loop {
            let key = self.scalar(Context::Key)?;
            let colon = self.at;
            if self.byte(colon) != b':' || !self.blank(colon + 1) {
                return Err(Unsupported);
            }
            self.at = colon + 1;
            let value = self.value_after_indicator(indent, colon)?;
            pairs.push((key, value));
            match self.next_content()? {
                None => break self.pos(self.at),
                Some(next) if next == indent && !self.at_sequence_entry() => {}
                Some(next) if next < indent => break self.pos(self.at),
                Some(_) => return Err(Unsupported),
            }
        };
        self.depth -= 1;
        Ok(Node { kind: NodeKind::Map(pairs), span: Span { start, end } })
    }

    /// A block sequence whose first `-` is at `self.at`, in column `indent`.
    fn block_seq(&mut self, indent: usize) -> Read<Node<'a>> {
        self.enter()?;
        let start = self.pos(self.at);
        let mut items = Vec::new();
        let end = loop {
            self.at += 1;
            while self.byte(self.at) == b' ' {
                self.at += 1;
            }
            let item = if matches!(self.byte(self.at), b'\n' | b'#') {
                self.end_of_line()?;
                match self.next_content()? {
                    Some(deeper) if deeper > indent => self.block_node(deeper)?,
                    // An empty entry is null: rare, left to the general parser.
                    _ => return Err(Unsupported),
                }
            } else if self.at_sequence_entry() {
                return Err(Unsupported);
            } else if self.starts_mapping()? {
                let column = self.at - self.line_start;
                // A mapping that starts on the entry's line is indented by
                // its first key's column, which is in bytes here: the dash
                // and the spaces before the key are ASCII.
                if !matches!(self.text.get(self.line_start..self.at), Some(s) if s.is_ascii()) {
                    return Err(Unsupported);
                }
                self.block_map(column)?
            } else {
                let item = self.inline_value()?;
                self.end_of_line()?;
                item
            };
            items.push(item);
            match self.next_content()? {
                None => break self.pos(self.at),
                Some(next) if next == indent && self.at_sequence_entry() => {}
                Some(next) if next < indent => break self.pos(self.at),
                Some(_) => return Err(Unsupported),
            }
        };
        self.depth -= 1;
        Ok(Node { kind: NodeKind::Seq(items), span: Span { start, end } })
    }

    fn at_sequence_entry(&self) -> bool {
        self.byte(self.at) == b'-' && self.blank(self.at + 1)
    }

    /// Whether the text at `self.at` is a key followed by `: ` (reads ahead,
    /// does not move).
    fn starts_mapping(&mut self) -> Read<bool> {
        if matches!(self.byte(self.at), b'[' | b'{') {
            return Ok(false);
        }
        let (at, line, line_start) = (self.at, self.line, self.line_start);
        let key = self.scalar(Context::Key);
        let found = key.is_ok() && self.byte(self.at) == b':' && self.blank(self.at + 1);
        (self.at, self.line, self.line_start) = (at, line, line_start);
        Ok(found)
    }

    /// What follows a mapping's `:` at `colon`: a value on the same line, a
    /// block node on the lines below, or nothing (null, placed at the colon).
    fn value_after_indicator(&mut self, indent: usize, colon: usize) -> Read<Node<'a>> {
        while self.byte(self.at) == b' ' {
            self.at += 1;
        }
        if !matches!(self.byte(self.at), b'\n' | b'#') {
            let value = self.inline_value()?;
            self.end_of_line()?;
            return Ok(value);
        }
        let null = Node {
            kind: NodeKind::Scalar(Cow::Borrowed("~"), Style::Plain),
            span: self.span(colon, colon),
        };
        self.end_of_line()?;
        let (at, line, line_start) = (self.at, self.line, self.line_start);
        match self.next_content()? {
            Some(deeper) if deeper > indent => self.block_node(deeper),
            // `key:` then a sequence at the key's own indentation (YAML
            // allows it) is left to the general parser.
            Some(same) if same == indent && self.at_sequence_entry() => Err(Unsupported),
            _ => {
                // The caller looks for the next key itself.
                (self.at, self.line, self.line_start) = (at, line, line_start);
                Ok(null)
            }
        }
    }

    /// A value that starts on the current line and ends on it.
    fn inline_value(&mut self) -> Read<Node<'a>> {
        match self.byte(self.at) {
            b'[' => self.flow_seq(),
            b'{' => self.flow_map(),
            _ => self.scalar(Context::Block),
        }
    }

    fn flow_seq(&mut self) -> Read<Node<'a>> {
        self.enter()?;
        let start = self.at;
        self.at += 1;
        let mut items = Vec::new();
        loop {
            self.skip_flow_spaces();
            if self.byte(self.at) == b']' && items.is_empty() {
                break;
            }
            items.push(self.flow_value()?);
            self.skip_flow_spaces();
            match self.byte(self.at) {
                b',' => self.at += 1,
                b']' => break,
                _ => return Err(Unsupported),
            }
        }
        self.at += 1;
        self.depth -= 1;
        Ok(Node { kind: NodeKind::Seq(items), span: self.span(start, self.at) })
    }

    fn flow_map(&mut self) -> Read<Node<'a>> {
        self.enter()?;
        let start = self.at;
        self.at += 1;
        let mut pairs = Vec::new();
        loop {
            self.skip_flow_spaces();
            if self.byte(self.at) == b'}' && pairs.is_empty() {
                break;
            }
            let key = self.scalar(Context::FlowKey)?;
            if self.byte(self.at) != b':' || self.byte(self.at + 1) != b' ' {
                return Err(Unsupported);
            }
            self.at += 1;
            self.skip_flow_spaces();
            let value = self.flow_value()?;
            pairs.push((key, value));
            self.skip_flow_spaces();
            match self.byte(self.at) {
                b',' => self.at += 1,
                b'}' => break,
                _ => return Err(Unsupported),
            }
        }
        self.at += 1;
        self.depth -= 1;
        Ok(Node { kind: NodeKind::Map(pairs), span: self.span(start, self.at) })
    }

    fn skip_flow_spaces(&mut self) {
        while self.byte(self.at) == b' ' {
            self.at += 1;
        }
    }

    fn flow_value(&mut self) -> Read<Node<'a>> {
        match self.byte(self.at) {
            b'[' => self.flow_seq(),
            b'{' => self.flow_map(),
            _ => self.scalar(Context::Flow),
        }
    }

    /// A plain or quoted scalar on the current line.
    fn scalar(&mut self, context: Context) -> Read<Node<'a>> {
        let start = self.at;
        let (text, style) = match self.byte(start) {
            b'"' => (self.double_quoted()?, Style::Quoted),
            b'\'' => (self.single_quoted()?, Style::Quoted),
            _ => (self.plain(context)?, Style::Plain),
        };
        Ok(Node { kind: NodeKind::Scalar(text, style), span: self.span(start, self.at) })
    }

    /// A plain scalar: up to the end of the line, ` #`, `: ` (a key's end)
    /// and, in flow collections, `,`, `[`, `]`, `{`, `}`. A plain scalar
    /// that YAML would read differently gives up.
    fn plain(&mut self, context: Context) -> Read<Cow<'a, str>> {
        let start = self.at;
        let first = self.byte(start);
        // `-1` is a plain scalar; other indicators followed by text are rare
        // enough to leave to the general parser.
        let negative = first == b'-' && self.byte(start + 1).is_ascii_alphanumeric();
        if first == b'\n' || (starts_elsewhere(first) && !negative) {
            return Err(Unsupported);
        }
        let flow = matches!(context, Context::Flow | Context::FlowKey);
        let mut end = start;
        let mut i = start;
        loop {
            let byte = self.byte(i);
            match byte {
                b'\n' => break,
                b' ' => {
                    if self.byte(i + 1) == b'#' {
                        break;
                    }
                    i += 1;
                    continue;
                }
                b':' if self.blank(i + 1) && matches!(context, Context::Key | Context::FlowKey) => {
                    break;
                }
                // `a: b: c`, a pair in a flow sequence, and `:` in flow
                // scalars (`[a:b]`), which YAML versions read differently.
                b':' if self.blank(i + 1) || flow => return Err(Unsupported),
                b',' | b'[' | b']' | b'{' | b'}' if flow => break,
                // Printable ASCII, most of every catalog, without `char_len`.
                0x21..=0x7E => {
                    i += 1;
                    end = i;
                }
                _ => {
                    i += self.char_len(i)?;
                    end = i;
                }
            }
        }
        // YAML limits implicit keys to 1024 characters; long ones are left
        // to the general parser.
        if end - start > 1000 {
            return Err(Unsupported);
        }
        self.at = end;
        Ok(Cow::Borrowed(self.slice(start, end)?))
    }

    fn single_quoted(&mut self) -> Read<Cow<'a, str>> {
        // Owned only once a `''` needs unescaping.
        let mut unescaped: Option<String> = None;
        let mut i = self.at + 1;
        let mut run = i;
        loop {
            match self.byte(i) {
                b'\n' => return Err(Unsupported),
                b'\'' if self.byte(i + 1) == b'\'' => {
                    unescaped.get_or_insert_with(String::new).push_str(self.slice(run, i + 1)?);
                    i += 2;
                    run = i;
                }
                b'\'' => break,
                _ => i += self.char_len(i)?,
            }
        }
        let text = finish(unescaped, self.slice(run, i)?);
        self.at = i + 1;
        Ok(text)
    }

    fn double_quoted(&mut self) -> Read<Cow<'a, str>> {
        // Owned only once an escape needs unescaping.
        let mut unescaped: Option<String> = None;
        let mut i = self.at + 1;
        let mut run = i;
        loop {
            match self.byte(i) {
                b'\n' => return Err(Unsupported),
                b'"' => break,
                b'\\' => {
                    let text = unescaped.get_or_insert_with(String::new);
                    text.push_str(self.slice(run, i)?);
                    let (c, len) = self.escape(i + 1)?;
                    text.push(c);
                    i += 1 + len;
                    run = i;
                }
                0x20..=0x7E => i += 1,
                _ => i += self.char_len(i)?,
            }
        }
        let text = finish(unescaped, self.slice(run, i)?);
        self.at = i + 1;
        Ok(text)
    }

    /// The character an escape after `\\` stands for, and the escape's length.
    fn escape(&self, at: usize) -> Read<(char, usize)> {
        let simple = match self.byte(at) {
            b'0' => '\0',
            b'a' => '\u{7}',
            b'b' => '\u{8}',
            b't' => '\t',
            b'n' => '\n',
            b'v' => '\u{B}',
            b'f' => '\u{C}',
            b'r' => '\r',
            b'e' => '\u{1B}',
            b' ' => ' ',
            b'"' => '"',
            b'/' => '/',
            b'\\' => '\\',
            b'N' => '\u{85}',
            b'_' => '\u{A0}',
            b'L' => '\u{2028}',
            b'P' => '\u{2029}',
            b'x' => return self.hex_escape(at, 2),
            b'u' => return self.hex_escape(at, 4),
            b'U' => return self.hex_escape(at, 8),
            _ => return Err(Unsupported),
        };
        Ok((simple, 1))
    }

    fn hex_escape(&self, at: usize, digits: usize) -> Read<(char, usize)> {
        let hex = self.text.get(at + 1..at + 1 + digits).ok_or(Unsupported)?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(Unsupported);
        }
        let value = u32::from_str_radix(hex, 16).map_err(|_| Unsupported)?;
        let c = char::from_u32(value).ok_or(Unsupported)?;
        Ok((c, 1 + digits))
    }
}

/// A quoted scalar's text: the source itself when nothing in it was
/// unescaped, else what was unescaped followed by the `rest`.
fn finish<'a>(unescaped: Option<String>, rest: &'a str) -> Cow<'a, str> {
    match unescaped {
        None => Cow::Borrowed(rest),
        Some(mut text) => {
            text.push_str(rest);
            Cow::Owned(text)
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Context {
    /// A block mapping's key: ends before `: `.
    Key,
    /// A value in a block: runs to the end of the line or a comment.
    Block,
    /// A value inside `[...]` or `{...}`: also ends at `,`, `[`, `]`, `{`, `}`.
    Flow,
    /// A flow mapping's key.
    FlowKey,
}

/// The differential: wherever this reader accepts a text, the general parser
/// must read exactly the same tree, spans included.
#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::super::{parse_general, Limits};
    use super::parse;

    const LIMITS: Limits = Limits { max_depth: 32, max_alias_nodes: 10_000 };

    /// Reads `source` both ways; whether the block reader accepted it.
    fn agree(source: &str) -> bool {
        let Ok(fast) = parse(source, LIMITS.max_depth) else { return false };
        let general = parse_general(source, LIMITS);
        assert_eq!(general, Ok(Some(fast)), "the readings differ on:\n{source}");
        true
    }

    fn yaml_files(dir: &Path, found: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                yaml_files(&path, found);
            } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                found.push(path);
            }
        }
    }

    /// Every catalog and YAML file the repository holds (broken ones too).
    fn corpus() -> Vec<(PathBuf, String)> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut paths = Vec::new();
        for dir in ["examples", "tests", "cli/tests", "catalog/tests"] {
            yaml_files(&root.join(dir), &mut paths);
        }
        paths.sort();
        assert!(paths.len() > 40, "the corpus is missing: {paths:?}");
        paths
            .into_iter()
            .filter_map(|path| Some((path.clone(), std::fs::read_to_string(path).ok()?)))
            .collect()
    }

    #[test]
    fn a_text_this_reader_reads_holds_no_character_errcat_never_writes_raw() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            if !crate::escape::never_raw(c) || c == '\n' {
                continue;
            }
            for text in [format!("a: \"x{c}y\"\n"), format!("a: x{c}y\n"), format!("# {c}\na: b\n")]
            {
                assert!(parse(&text, 64).is_err(), "{c:?} in {text:?}");
            }
        }
    }

    #[test]
    fn every_catalog_in_the_repository_reads_the_same() {
        let mut read_fast = Vec::new();
        for (path, text) in corpus() {
            if agree(&text) {
                read_fast.push(path.file_name().unwrap().to_string_lossy().into_owned());
            }
        }
        // The block reader must actually serve the catalogs people write.
        for seed in ["api_switch.yaml", "blobstore.yaml", "info2soft.yaml", "storage.yaml"] {
            assert!(read_fast.iter().any(|name| name == seed), "{seed} fell back: {read_fast:?}");
        }
    }

    #[test]
    fn every_scalar_style_reads_the_same() {
        let samples = [
            "plain: text with spaces  # and a comment\n",
            "number: -12\nfloat: 1.5e3\nbool: true\nnull: ~\nword: null\n",
            "url: http://example.com/a?b=c#frag\nhash: a#b\ncolon: a:b\nquote: can't \"say\"\n",
            "single: 'it''s ''quoted'''\nempty: ''\n",
            "double: \"tab\\t nl\\n quote\\\" slash\\/ back\\\\ bell\\a nul\\0\"\n",
            "double: \"\\x41\\u00e9\\U0001F600 \\N\\_\\L\\P \\e\\f\\v\\r\\b\\ \"\n",
            "unicode: 无法处理第0组的对象 ✓ emoji 😀\nkey 中文: \"值\"\n",
            "flow: [a, 'b', \"c\", [d, {e: f}], {}, []]\nmap: {en: \"x\", zh: '无', n: 1}\n",
            "spaces: [ a ,b ]\nm: { a: 1 , b: [2] }\n",
            "empty:\nafter: 1\nlast:\n",
            "empty:   # comment\nnext: x\n",
            "nested:\n  deeper:\n    deepest: 1\n  back: 2\ntop: 3\n",
            "list:\n  - a\n  - 'b'\n  - [c]\n  - {d: e}\n  - f: 1\n    g: 2\n  -\n    h: 3\n",
            "list:\n  - - a\n",
            "# lead\n\n\nkey: v\n\n# tail\n",
            "no_newline_at_end: v",
            "comment_at_end: v\n# done",
            "\"quoted key\": 1\n'single key': 2\n",
            "a: 1\n  b: 2\n",
            "a: b: c\n",
            "a: [1, 2\n",
            "a: &x 1\nb: *x\n",
            "a: !tag 1\n",
            "a: |\n  block\n",
            "a: >\n  folded\n",
            "a: multi\n  line\n",
            "a:\n- indentless\n",
            "---\na: 1\n",
            "a: 1\n...\n",
            "a: \"bad \\q escape\"\n",
            "a: \"\\ud800\"\n",
            "a:\tb\n",
            "a: b\r\nc: d\r\n",
            "? complex\n: key\n",
            "a: [x, ]\n",
            "a: {b}\n",
            "a: 'unterminated\n",
            "a: \"two\n  lines\"\n",
            "a: -\n",
            "a: - x\n",
            "- top\n- list\n",
            "  indented: root\n",
            "a: 1 # c\nb: 2#not a comment\n",
            "k: v\nk: v\n",
            "a: \u{85}\n",
            "a: x\u{7}\n",
            "",
            "# only a comment\n",
        ];
        let accepted = samples.iter().filter(|sample| agree(sample)).count();
        assert!(accepted >= 19, "only {accepted} samples were read by the block reader");
    }

    /// A small deterministic generator (xorshift), so that failures repeat.
    struct Random(u64);

    impl Random {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    const INSERTS: [&str; 24] = [
        " ", "  ", ":", ": ", "-", "- ", "#", " #", "'", "\"", "\n", "[", "]", "{", "}", ",", "a",
        "\\", "é", "\t", "&", "*", "|", "\\u00",
    ];

    /// Small edits of every corpus file (deleted, inserted and duplicated
    /// characters and lines): wherever the block reader still accepts the
    /// text, the general parser agrees.
    #[test]
    fn edited_catalogs_read_the_same() {
        let mut random = Random(0x9E37_79B9_7F4A_7C15);
        let mut accepted = 0;
        for (_, text) in corpus().into_iter().filter(|(_, text)| text.len() < 40_000) {
            for _ in 0..60 {
                let mut mutant = text.clone();
                for _ in 0..1 + random.below(3) {
                    let mut at = random.below(mutant.len() + 1);
                    while !mutant.is_char_boundary(at) {
                        at -= 1;
                    }
                    let line_start = mutant[..at].rfind('\n').map_or(0, |i| i + 1);
                    let line_end = mutant[at..].find('\n').map_or(mutant.len(), |i| at + i + 1);
                    match random.below(5) {
                        0 => {
                            let end = mutant[at..].chars().next().map_or(at, |c| at + c.len_utf8());
                            mutant.replace_range(at..end, "");
                        }
                        1 | 2 => mutant.insert_str(at, INSERTS[random.below(INSERTS.len())]),
                        3 => {
                            let line = mutant[line_start..line_end].to_owned();
                            mutant.insert_str(line_start, &line);
                        }
                        _ => mutant.replace_range(line_start..line_end, ""),
                    }
                }
                if agree(&mutant) {
                    accepted += 1;
                }
            }
        }
        assert!(
            accepted > 100,
            "too few edited catalogs were read by the block reader: {accepted}"
        );
    }

    #[test]
    fn nesting_at_the_limit_is_left_to_the_general_parser() {
        let mut source = String::new();
        for depth in 0..40 {
            source.push_str(&" ".repeat(depth * 2));
            source.push_str("k:\n");
        }
        assert!(parse(&source, LIMITS.max_depth).is_err());
        let flow = format!("k: {}{}\n", "[".repeat(40), "]".repeat(40));
        assert!(parse(&flow, LIMITS.max_depth).is_err());
    }
}
