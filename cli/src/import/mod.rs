//! What `errcat import` is built on: readers of the documents a team already
//! has (a Markdown table, a pasted table, `NAME = value` lines, Go constants,
//! C defines and enums), the join of several documents, and the draft.
//! `crate::commands::import` is the command around them.
//!
//! Each reader turns its document into [`Imported`] rows (`markdown` and
//! `pasted` through `table`; `assignments` and `source_code` through
//! `lines`; `text` says what a document's words mean); [`Imported::join`]
//! fills in what one document leaves out from another; `draft` repairs what
//! would not compile (reporting each repair), writes the YAML and checks it
//! with the catalog loader. Nothing is dropped silently: every row left out
//! and every line not understood is in the report, with its line.

use std::collections::{HashMap, HashSet};

use errcat_catalog::format::{EntryKey, Key as _};

mod adopt;
mod assignments;
mod draft;
mod lines;
mod markdown;
mod pasted;
mod source_code;
mod table;
mod text;

pub use adopt::{derive_text, RustEnum};
pub(crate) use draft::draft;
pub use draft::Draft;
use text::{is_cjk, is_name, language_of, parse_code, reads_as_success, stated_range};

/// A document's shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocFormat {
    /// Tables with a code column, sections by heading.
    Markdown,
    /// A table copied from a web page as text: one cell per line.
    Pasted,
    /// `NAME = value` lines with comments.
    Assignments,
    /// Go `const (…)` blocks.
    Go,
    /// C `#define NAME value` and `enum { NAME = value, … }`.
    C,
    /// Protocol buffers `enum`s.
    Proto,
    /// Rust: an enum with discriminants, or integer constants.
    Rust,
}

impl DocFormat {
    /// Every shape, in the order `--help` lists them.
    pub const ALL: [DocFormat; 7] = [
        DocFormat::Markdown,
        DocFormat::Pasted,
        DocFormat::Assignments,
        DocFormat::Go,
        DocFormat::C,
        DocFormat::Proto,
        DocFormat::Rust,
    ];

    /// The shape of a document: by its file name (`.md`, `.go`,
    /// `.h`/`.c`/`.hpp`), else a pasted table if it has a `---|---` line,
    /// else `NAME = value` lines.
    pub fn detect(path: &str, text: &str) -> DocFormat {
        match DocFormat::of_path(path) {
            DocFormat::Assignments if text.lines().any(pasted::is_delimiter) => DocFormat::Pasted,
            format => format,
        }
    }

    fn of_path(path: &str) -> DocFormat {
        let lower = path.to_lowercase();
        let ends = |suffixes: &[&str]| suffixes.iter().any(|s| lower.ends_with(s));
        if ends(&[".md", ".markdown"]) {
            DocFormat::Markdown
        } else if ends(&[".go"]) {
            DocFormat::Go
        } else if ends(&[".h", ".c", ".hpp", ".hh", ".cc", ".cpp"]) {
            DocFormat::C
        } else if ends(&[".proto"]) {
            DocFormat::Proto
        } else if ends(&[".rs"]) {
            DocFormat::Rust
        } else {
            DocFormat::Assignments
        }
    }

    /// Its name on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            DocFormat::Markdown => "markdown",
            DocFormat::Pasted => "pasted",
            DocFormat::Assignments => "assignments",
            DocFormat::Go => "go",
            DocFormat::C => "c",
            DocFormat::Proto => "proto",
            DocFormat::Rust => "rust",
        }
    }

    /// What a document of this shape must hold, for the error when it holds none.
    pub fn expects(self) -> &'static str {
        match self {
            DocFormat::Markdown => "a table needs a header row with a code column (`code`, `错误码`, `状态码`…); `--format` picks another shape",
            DocFormat::Pasted => "a table needs header cells, a `---|---` line, then one cell per line, each ending in `|`; `--format` picks another shape",
            DocFormat::Assignments => "lines must read `NAME = value`; `--format` picks another shape",
            DocFormat::Go => "codes must be constants in `const (…)` blocks or `const NAME = value`; `--format` picks another shape",
            DocFormat::C => "codes must be `#define NAME value` lines or enum members; `--format` picks another shape",
            DocFormat::Proto => "codes must be values of `enum` blocks (`NAME = 5;`); `--format` picks another shape",
            DocFormat::Rust => "codes must be an enum's discriminants or `const NAME: T = N;` items of a module or impl; `--format` picks another shape",
        }
    }

    /// Whether documents of this shape have headings for `--section`.
    pub fn has_headings(self) -> bool {
        matches!(self, DocFormat::Markdown | DocFormat::Pasted)
    }

    /// Reads `text` in this shape; `only` keeps the parts of a Markdown
    /// document under a heading that contains it.
    pub fn read(self, text: &str, lang: Option<&str>, only: Option<&str>) -> Imported {
        let mut imported = match self {
            DocFormat::Markdown => markdown::read(text, lang, only),
            DocFormat::Pasted => pasted::read(text, lang, only),
            DocFormat::Assignments => assignments::read(text, lang),
            DocFormat::Go => source_code::read_go(text, lang),
            DocFormat::C => source_code::read_c(text, lang),
            DocFormat::Proto => source_code::read_proto(text, lang),
            DocFormat::Rust => source_code::read_rust(text, lang, only),
        };
        imported.take_success();
        imported
    }
}

/// One text of a row: which field, in which language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// `message`, `description` or `solution`.
    pub field: EntryKey,
    /// A language tag.
    pub language: String,
    /// The text, as the document shows it.
    pub text: String,
}

/// One code the document lists.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Row {
    /// Its line in the document.
    pub line: usize,
    /// The `--with` document it comes from, when not the imported one.
    pub document: Option<String>,
    /// Its code, when the document gives one.
    pub code: Option<i128>,
    /// Its name, when the document gives one.
    pub name: Option<String>,
    /// Its texts.
    pub texts: Vec<Text>,
    /// A severity keyword.
    pub severity: Option<String>,
    /// An HTTP status.
    pub http: Option<i128>,
    /// A gRPC code, as catalogs spell it (`NOT_FOUND`).
    pub grpc: Option<String>,
    /// Whether retrying may succeed, when the document says.
    pub retryable: Option<bool>,
    /// Values of declared fields: name and value as text.
    pub fields: Vec<(String, String)>,
    /// Marked deprecated (errcat's own references mark names so).
    pub deprecated: bool,
    /// Typed arguments, `(name, type)`.
    pub args: Vec<(String, String)>,
    /// Index into [`Imported::sections`].
    pub section: Option<usize>,
}

impl Row {
    /// Where it is, for messages: `line 12`, or `errors.go:12` when it comes
    /// from the `--with` document.
    fn place(&self) -> String {
        match &self.document {
            None => format!("line {}", self.line),
            Some(document) => format!("{document}:{}", self.line),
        }
    }

    /// How much text the row has, to choose between duplicates.
    fn text_len(&self) -> usize {
        self.texts.iter().map(|t| t.text.len()).sum()
    }
}

/// A part of the document that becomes a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Where it starts.
    pub line: usize,
    /// Its title as the document writes it.
    pub title: String,
    /// The range of codes it states, if it states one, and the line that does.
    pub range: Option<((i128, i128), usize)>,
}

/// What a reader found: rows, sections and findings.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Imported {
    /// Every code row, in document order.
    pub rows: Vec<Row>,
    /// Every section rows may belong to.
    pub sections: Vec<Section>,
    /// Codes the document marks as success, with their lines.
    pub success: Vec<(i128, usize)>,
    /// Codes the document reserves, as inclusive ranges with their lines.
    pub reserved: Vec<(i128, i128, usize)>,
    /// The integer type the document declares for its codes (`#[repr(u16)]`).
    pub repr: Option<String>,
    /// The name of the type the document declares its codes in (a Rust enum).
    pub type_name: Option<String>,
    /// The Rust enum the codes come from, for `--derive`.
    pub rust_enum: Option<adopt::RustEnum>,
    /// Fields to declare: name, type (`bool`, `string`), line.
    pub fields: Vec<(String, &'static str, usize)>,
    /// Why the document cannot be read at all (a Rust file that does not parse).
    pub unreadable: Option<String>,
    /// What the reader could not use, or noticed.
    pub findings: Vec<Finding>,
    /// Section indices by title, so that a document with many sections is
    /// read in linear time.
    titles: HashMap<String, usize>,
    /// Codes by name of `rows[..named]`, for aliases.
    codes_by_name: HashMap<String, i128>,
    named: usize,
}

impl Imported {
    fn find(&mut self, line: usize, kind: FindingKind, message: String) {
        self.findings.push(Finding { document: None, line: Some(line), kind, message });
    }

    /// Moves the rows with code 0 that read as "no error" (by their name,
    /// a text or their section's title) to `success`: a catalog lists
    /// success codes apart from its errors.
    fn take_success(&mut self) {
        let sections = &self.sections;
        let (success, errors): (Vec<Row>, Vec<Row>) =
            std::mem::take(&mut self.rows).into_iter().partition(|row| {
                let title = row.section.and_then(|s| sections.get(s)).map(|s| s.title.as_str());
                row.code == Some(0) && reads_as_success(row, title)
            });
        self.rows = errors;
        for row in success {
            self.success.push((0, row.line));
            let message =
                "code 0 reads as success: listed in `success`, not as an error".to_owned();
            self.findings.push(Finding::at(&row, FindingKind::Note, message));
        }
    }

    /// Reports a constant whose value is no number: another constant's
    /// name (an alias), or an expression.
    fn not_a_number(&mut self, line: usize, name: &str, value: &str) {
        for row in self.rows.get(self.named..).unwrap_or_default() {
            if let (Some(name), Some(code)) = (&row.name, row.code) {
                self.codes_by_name.entry(name.clone()).or_insert(code);
            }
        }
        self.named = self.rows.len();
        let aliased = self.codes_by_name.get(value).copied();
        let message = match aliased {
            Some(code) => format!("`{name}` is another name for `{value}` ({code}): left out, a catalog has one name per code"),
            None => format!("`{name}` = `{value}` is not a number: left out"),
        };
        self.find(line, FindingKind::Skipped, message);
    }

    /// The section titled `title`, opened at `line` if it is new.
    fn section(&mut self, title: &str, line: usize) -> usize {
        if let Some(&index) = self.titles.get(title) {
            return index;
        }
        self.sections.push(Section { line, title: title.to_owned(), range: None });
        self.titles.insert(title.to_owned(), self.sections.len() - 1);
        self.sections.len() - 1
    }

    /// Joins another document that knows what this one leaves out (a
    /// header with the numbers, a source file with the names, a translation):
    /// each row takes, from the row of the same name there (or of the same
    /// code, for a row without a name), its code, its name and its texts in
    /// languages this row lacks. Rows only the other document has are added,
    /// with its texts, and reported; each goes in the section whose stated
    /// range holds its code.
    pub fn join(&mut self, other: &Imported, other_name: &str) {
        self.fill_from(other, other_name);
        self.add_missing(other, other_name);
        // What the other document's reader reported is about that document.
        let document = Some(other_name.to_owned());
        self.findings.extend(
            other.findings.iter().map(|f| Finding { document: document.clone(), ..f.clone() }),
        );
        for &(code, line) in &other.success {
            if !self.success.iter().any(|&(ours, _)| ours == code) {
                self.success.push((code, line));
            }
        }
    }

    /// Each row takes what the matching row of `other` knows and it lacks;
    /// where both know a thing and differ, this document's is kept and the
    /// difference reported.
    fn fill_from(&mut self, other: &Imported, other_name: &str) {
        let mut by_name: HashMap<&str, &Row> = HashMap::new();
        let mut by_code: HashMap<i128, &Row> = HashMap::new();
        // In reverse, so that the first row of a name or code is the one kept.
        for theirs in other.rows.iter().rev() {
            if let Some(name) = &theirs.name {
                by_name.insert(name, theirs);
            }
            if let Some(code) = theirs.code {
                by_code.insert(code, theirs);
            }
        }
        for row in &mut self.rows {
            let theirs = match (&row.name, row.code) {
                (Some(name), _) => by_name.get(name.as_str()).copied(),
                (None, Some(code)) => by_code.get(&code).copied(),
                (None, None) => None,
            };
            let Some(theirs) = theirs else { continue };
            row.code = row.code.or(theirs.code);
            row.name = row.name.take().or_else(|| theirs.name.clone());
            row.grpc = row.grpc.take().or_else(|| theirs.grpc.clone());
            row.retryable = row.retryable.or(theirs.retryable);
            if let (Some(ours), Some(their_code)) = (row.code, theirs.code) {
                if ours != their_code {
                    let message = format!(
                        "the code is {their_code} in {other_name}:{}: the draft keeps {ours}",
                        theirs.line
                    );
                    self.findings.push(Finding::at(row, FindingKind::Note, message));
                }
            }
            for text in &theirs.texts {
                match row
                    .texts
                    .iter()
                    .find(|t| t.field == text.field && t.language == text.language)
                {
                    None => row.texts.push(text.clone()),
                    Some(ours) if ours.text != text.text => {
                        let (field, language) = (text.field.as_str(), &text.language);
                        let message = format!("the {field} ({language}) reads differently in {other_name}:{}: the draft keeps this one", theirs.line);
                        self.findings.push(Finding::at(row, FindingKind::Note, message));
                    }
                    Some(_) => {}
                }
            }
        }
    }

    /// Adds, and reports, the rows only `other` has; each goes in the
    /// section whose stated range holds its code.
    fn add_missing(&mut self, other: &Imported, other_name: &str) {
        let names: HashSet<String> = self.rows.iter().filter_map(|r| r.name.clone()).collect();
        let codes: HashSet<i128> = self.rows.iter().filter_map(|r| r.code).collect();
        // The stated ranges by their start, to place an added code in O(log n).
        let ranges: std::collections::BTreeMap<i128, (i128, usize)> = self
            .sections
            .iter()
            .enumerate()
            .rev()
            .filter_map(|(index, s)| s.range.map(|((lo, hi), _)| (lo, (hi, index))))
            .collect();
        for theirs in &other.rows {
            let known = match &theirs.name {
                Some(name) => names.contains(name),
                None => theirs.code.is_some_and(|c| codes.contains(&c)),
            };
            if known {
                continue;
            }
            let placed = Row { document: Some(other_name.to_owned()), ..theirs.clone() };
            let Some(code) = theirs.code else {
                let name = theirs.name.as_deref().unwrap_or("a row");
                let message = format!(
                    "`{name}` has no code there and is not in the imported document: left out"
                );
                self.findings.push(Finding::at(&placed, FindingKind::Skipped, message));
                continue;
            };
            let named = theirs
                .name
                .as_ref()
                .map_or_else(|| code.to_string(), |n| format!("`{n}` ({code})"));
            let how = if theirs.texts.is_empty() {
                "added without text"
            } else {
                "added with its text there"
            };
            let message = format!("{named} is not in the imported document: {how}");
            self.findings.push(Finding::at(&placed, FindingKind::Missing, message));
            let section = ranges
                .range(..=code)
                .next_back()
                .filter(|(_, (hi, _))| code <= *hi)
                .map(|(_, (_, index))| *index);
            self.rows.push(Row { section, ..placed });
        }
    }
}

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FindingKind {
    /// A code listed twice.
    Duplicate,
    /// A code outside the range its section states.
    OutsideRange,
    /// A code without any text.
    NoText,
    /// A code the `--with` document has and this one does not.
    Missing,
    /// A name that is not an identifier, or that becomes another's.
    Name,
    /// Something the reader could not read, and left out.
    Skipped,
    /// A decision the importer made that a person should look at.
    Note,
}

impl FindingKind {
    /// A stable name, for `--report json`.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Duplicate => "duplicate-code",
            FindingKind::OutsideRange => "outside-range",
            FindingKind::NoText => "no-text",
            FindingKind::Missing => "missing",
            FindingKind::Name => "name",
            FindingKind::Skipped => "skipped",
            FindingKind::Note => "note",
        }
    }
}

/// One thing the report says, at a line of the document when it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The `--with` document it is about, when not the imported one.
    pub document: Option<String>,
    /// The document line.
    pub line: Option<usize>,
    /// What it is about.
    pub kind: FindingKind,
    /// What happened, for people.
    pub message: String,
}

impl Finding {
    /// A finding about `row`, at its place.
    fn at(row: &Row, kind: FindingKind, message: String) -> Finding {
        Finding { document: row.document.clone(), line: Some(row.line), kind, message }
    }
}
