//! Positions in a catalog file and the errors reported against them.
//!
//! Every stage reports into one [`Diagnostics`] context instead of returning at
//! the first problem, so a user sees every mistake of a catalog in one build.

use std::fmt;

pub use crate::rules::Rule;
// A catalog with a million mistakes must not produce a million messages: past
// this many, diagnostics are only counted.
use crate::format::limits::MAX_DIAGNOSTICS;

/// A position in the catalog source: 1-based line and column (in characters),
/// and the byte offset for slicing the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pos {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// 0-based byte offset into the source.
    pub offset: usize,
}

/// The source range of one YAML node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// Where the node starts.
    pub start: Pos,
    /// Where the node ends (exclusive).
    pub end: Pos,
}

impl Span {
    /// A span that covers no text, at `pos`.
    pub fn at(pos: Pos) -> Span {
        Span { start: pos, end: pos }
    }
}

/// One problem found in a catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The rule broken.
    pub rule: Rule,
    /// The catalog file as the user named it (never an absolute build path
    /// unless the user wrote one).
    pub file: String,
    /// Where the problem is; `None` for problems with the file as a whole.
    pub span: Option<Span>,
    /// What is wrong.
    pub message: String,
    /// For clashes: where the first occurrence is.
    pub first: Option<Span>,
    /// How to fix it.
    pub help: Option<String>,
    /// The source line the span starts on, for the snippet.
    pub source_line: Option<String>,
}

impl Diagnostic {
    /// A problem with the file as a whole.
    pub fn about_file(rule: Rule, file: &str, message: String, help: &str) -> Diagnostic {
        Diagnostic {
            rule,
            file: file.to_owned(),
            span: None,
            message,
            first: None,
            help: Some(help.to_owned()),
            source_line: None,
        }
    }

    /// The text of a `compile_error!` (rustc prints `error: ` before it): the
    /// rule's id first, as the CLI prints it (`error[E0008]`), and where to read
    /// more about the rule.
    pub fn compile_error_text(&self) -> String {
        let gutter = " ".repeat(self.span.map_or(1, |span| span.start.line.to_string().len()));
        let id = self.rule.id();
        format!("[{id}] {self}\n{gutter} = note: `errcat explain {id}` says more about this rule")
    }

    /// The message on one line, with the first occurrence when there is one.
    pub fn headline(&self) -> String {
        match self.first {
            Some(first) => format!("{} (first defined at line {})", self.message, first.start.line),
            None => self.message.clone(),
        }
    }
}

/// rustc's layout, without the leading `error: ` (the caller adds it, or
/// `compile_error!` does):
///
/// ```text
/// duplicate code 3907
///    --> examples/catalogs/info2soft.yaml:212:11
///     |
/// 212 |       - code: 3907
///     |               ^^^^ first defined at line 210
///     |
///     = help: each code may appear once; remove or renumber one of them
/// ```
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Messages quote catalog text (names, values): never a bidi control raw.
        let visible = crate::escape::visible;
        f.write_str(&visible(&self.message))?;
        let Some(span) = self.span else {
            write!(f, "\n --> {}", self.file)?;
            if let Some(help) = &self.help {
                write!(f, "\n  = help: {}", visible(help))?;
            }
            return Ok(());
        };
        let line = span.start.line.to_string();
        let gutter = " ".repeat(line.len());
        write!(f, "\n{gutter}--> {}:{}:{}", self.file, span.start.line, span.start.column)?;
        if let Some(text) = &self.source_line {
            // Tabs become one space each, so that columns (in characters) line up.
            let shown: String =
                text.trim_end().chars().map(|c| if c == '\t' { ' ' } else { c }).collect();
            let width = if span.end.line == span.start.line {
                span.end.column.saturating_sub(span.start.column)
            } else {
                shown.chars().count().saturating_sub(span.start.column.saturating_sub(1))
            };
            let (shown, column) = window(&shown, span.start.column);
            let width = width.min(SNIPPET_CHARS);
            // Pad and carets in terminal columns: CJK text and emoji take two.
            // A character errcat never writes raw is shown by its name, so a
            // bidi control cannot reorder the line on the terminal.
            let before: String = shown.chars().take(column.saturating_sub(1)).collect();
            let after: String = shown.chars().skip(column.saturating_sub(1)).collect();
            let under: String = after.chars().take(width).collect();
            let (before, after) = (crate::escape::visible(&before), crate::escape::visible(&after));
            let pad = " ".repeat(crate::width::width(&before));
            let carets = "^".repeat(crate::width::width(&crate::escape::visible(&under)).max(1));
            let label =
                self.first.map(|first| format!(" first defined at line {}", first.start.line));
            write!(f, "\n{gutter} |\n{line} | {before}{after}")?;
            write!(f, "\n{gutter} | {pad}{carets}{}", label.unwrap_or_default())?;
        } else if let Some(first) = self.first {
            write!(f, "\n{gutter} = note: first defined at line {}", first.start.line)?;
        }
        if let Some(help) = &self.help {
            write!(f, "\n{gutter} |\n{gutter} = help: {}", visible(help))?;
        }
        Ok(())
    }
}

/// The line that holds byte `offset`, without its line break. Found from the
/// offset, not by counting lines, so that a catalog with many errors costs
/// time linear in its size.
fn line_at(source: &str, offset: usize) -> Option<String> {
    let before = source.get(..offset)?;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let rest = source.get(start..)?;
    let line = rest.split('\n').next()?;
    Some(line.strip_suffix('\r').unwrap_or(line).to_owned())
}

/// The position after `text`, read from `pos`.
fn advance(mut pos: Pos, text: &str) -> Pos {
    for c in text.chars() {
        pos.offset += c.len_utf8();
        if c == '\n' {
            pos.line += 1;
            pos.column = 1;
        } else {
            pos.column += 1;
        }
    }
    pos
}

/// The longest stretch of a source line that a snippet shows.
const SNIPPET_CHARS: usize = 100;

/// A long line cut to a window around `column` (1-based, in characters), with
/// `...` where text was left out; returns the text and the column within it.
fn window(line: &str, column: usize) -> (String, usize) {
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= SNIPPET_CHARS {
        return (line.to_owned(), column);
    }
    let start = column.saturating_sub(1).saturating_sub(SNIPPET_CHARS / 4).min(chars.len());
    let end = (start + SNIPPET_CHARS).min(chars.len());
    let mut text: String = chars.iter().skip(start).take(end - start).collect();
    let mut column = column - start;
    if start > 0 {
        text.insert_str(0, "...");
        column += 3;
    }
    if end < chars.len() {
        text.push_str("...");
    }
    (text, column)
}

/// The error context: collects every diagnostic of one catalog.
#[derive(Debug)]
pub struct Diagnostics {
    file: String,
    source: Option<String>,
    list: Vec<Diagnostic>,
    not_shown: usize,
}

/// A diagnostic under construction, recorded by [`Report::emit`].
#[must_use = "call .emit() to record the diagnostic"]
pub struct Report<'a> {
    sink: &'a mut Diagnostics,
    diagnostic: Diagnostic,
}

impl Report<'_> {
    /// Points at the first occurrence of a clashing item.
    pub fn first(mut self, span: Span) -> Self {
        self.diagnostic.first = Some(span);
        self
    }

    /// Says how to fix the problem.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.diagnostic.help = Some(help.into());
        self
    }

    /// Records the diagnostic (past [`MAX_DIAGNOSTICS`], only counts it).
    pub fn emit(self) {
        if self.sink.list.len() < MAX_DIAGNOSTICS {
            self.sink.list.push(self.diagnostic);
        } else {
            self.sink.not_shown += 1;
        }
    }
}

impl Diagnostics {
    /// A context for the catalog named `file`.
    pub fn new(file: impl Into<String>) -> Self {
        Diagnostics { file: file.into(), source: None, list: Vec::new(), not_shown: 0 }
    }

    /// Remembers the catalog text, so that diagnostics show their source line.
    pub fn set_source(&mut self, source: &str) {
        self.source = Some(source.to_owned());
    }

    /// Where, in the file, the `len` bytes at byte `at` of `text` are, when
    /// `text` is the value of the YAML node at `node`: found by counting the
    /// same bytes in the node's source, which holds them once per time the
    /// text does unless YAML escapes changed them (then `None`).
    pub fn span_within(&self, node: Span, text: &str, at: usize, len: usize) -> Option<Span> {
        let needle = text.get(at..at.checked_add(len)?)?;
        let nth = text.get(..at)?.matches(needle).count();
        let raw = self.source.as_deref()?.get(node.start.offset..node.end.offset)?;
        if needle.is_empty() || raw.matches(needle).count() != text.matches(needle).count() {
            return None;
        }
        let (found, _) = raw.match_indices(needle).nth(nth)?;
        let start = advance(node.start, raw.get(..found)?);
        Some(Span { start, end: advance(start, needle) })
    }

    /// Starts a diagnostic at `span`.
    pub fn error(&mut self, rule: Rule, span: Span, message: impl Into<String>) -> Report<'_> {
        self.report(rule, Some(span), message.into())
    }

    /// Starts a diagnostic about the file as a whole.
    pub fn file_error(&mut self, rule: Rule, message: impl Into<String>) -> Report<'_> {
        self.report(rule, None, message.into())
    }

    fn report(&mut self, rule: Rule, span: Option<Span>, message: String) -> Report<'_> {
        let diagnostic = Diagnostic {
            rule,
            file: self.file.clone(),
            span,
            message,
            first: None,
            help: None,
            source_line: None,
        };
        Report { sink: self, diagnostic }
    }

    /// Whether nothing has been reported.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The diagnostics in the order of their position in the file.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        // Stable sort: problems at one position keep the order they were found in.
        self.list.sort_by_key(|d| d.span.map(|s| s.start));
        if let Some(source) = &self.source {
            for diagnostic in &mut self.list {
                diagnostic.source_line =
                    diagnostic.span.and_then(|s| line_at(source, s.start.offset));
            }
        }
        if self.not_shown > 0 {
            let message = format!("{} more errors not shown", self.not_shown);
            let help = "fix the errors above and build again";
            self.list.push(Diagnostic::about_file(Rule::TooManyErrors, &self.file, message, help));
        }
        self.list
    }
}
