//! Positions in a catalog file and the errors reported against them.
//!
//! Every stage reports into one [`Diagnostics`] context instead of returning at
//! the first problem, so a user sees every mistake of a catalog in one build.

use std::fmt;

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
}

impl Diagnostic {
    /// The message on one line, with the first occurrence when there is one.
    pub fn headline(&self) -> String {
        match self.first {
            Some(first) => format!("{} (first defined at line {})", self.message, first.start.line),
            None => self.message.clone(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(span) = self.span {
            write!(f, ":{}:{}", span.start.line, span.start.column)?;
        }
        write!(f, ": {}", self.headline())?;
        if let Some(help) = &self.help {
            write!(f, "\n  = help: {help}")?;
        }
        Ok(())
    }
}

/// The error context: collects every diagnostic of one catalog.
#[derive(Debug)]
pub struct Diagnostics {
    file: String,
    list: Vec<Diagnostic>,
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

    /// Records the diagnostic.
    pub fn emit(self) {
        self.sink.list.push(self.diagnostic);
    }
}

impl Diagnostics {
    /// A context for the catalog named `file`.
    pub fn new(file: impl Into<String>) -> Self {
        Diagnostics { file: file.into(), list: Vec::new() }
    }

    /// Starts a diagnostic at `span`.
    pub fn error(&mut self, span: Span, message: impl Into<String>) -> Report<'_> {
        self.report(Some(span), message.into())
    }

    /// Starts a diagnostic about the file as a whole.
    pub fn file_error(&mut self, message: impl Into<String>) -> Report<'_> {
        self.report(None, message.into())
    }

    fn report(&mut self, span: Option<Span>, message: String) -> Report<'_> {
        let diagnostic =
            Diagnostic { file: self.file.clone(), span, message, first: None, help: None };
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
        self.list
    }
}
