//! Reading a catalog: the file-level checks and limits, then the YAML tree,
//! the ast, validation and the model, in that order.

use std::path::Path;

use crate::diagnostic::{Diagnostic, Diagnostics, Pos, Rule, Span};
use crate::escape;
use crate::format::limits::{self, MAX_FILE_BYTES};
use crate::model::Catalog;
use crate::source::{without_bom, Source};
use crate::yaml::{self, Limits};
use crate::{ast, validate};

/// The YAML limits used for catalogs.
const YAML_LIMITS: Limits =
    Limits { max_depth: limits::MAX_DEPTH, max_alias_nodes: limits::MAX_ALIAS_NODES };

/// What a relative catalog path is relative to, so that "file not found"
/// can say where it looked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathBase {
    /// The crate's directory (`CARGO_MANIFEST_DIR`): the macros.
    CrateDir,
    /// The current directory: a path given on the command line.
    CurrentDir,
}

/// Why a catalog file could not be turned into text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileProblem {
    /// It does not exist or cannot be read.
    Unreadable,
    /// The path names a directory.
    Directory,
    /// It is larger than [`MAX_FILE_BYTES`].
    TooLarge,
    /// It is not UTF-8.
    NotUtf8,
}

/// A catalog file that could not be read, and the diagnostic that says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    /// What went wrong.
    pub problem: FileProblem,
    /// The diagnostic for people (E0002 or E0003); boxed, so that a
    /// `Result` carrying it stays small.
    pub diagnostic: Box<Diagnostic>,
}

impl FileError {
    /// Whether the file could not be read at all (an I/O error), rather than
    /// read and found unusable.
    pub fn is_io(&self) -> bool {
        matches!(self.problem, FileProblem::Unreadable | FileProblem::Directory)
    }
}

/// Reads the catalog file at `path`; `name` is how diagnostics name it (the
/// path as the user wrote it).
pub fn read_file(path: &Path, name: &str, base: PathBase) -> Result<Source, FileError> {
    let fail = |problem, rule, message: String, help: &str| FileError {
        problem,
        diagnostic: Box::new(Diagnostic::about_file(rule, name, message, help)),
    };
    let unreadable = |error: std::io::Error| {
        let help = match base {
            _ if error.kind() != std::io::ErrorKind::NotFound => "check the file's permissions",
            // The path as the user wrote it, before the macro joins it to its base.
            _ if Path::new(name).is_absolute() => "check the path",
            PathBase::CrateDir => {
                "the path is relative to the crate's directory (CARGO_MANIFEST_DIR)"
            }
            PathBase::CurrentDir => "the path is relative to the current directory",
        };
        let message = format!("cannot read catalog file {name}: {error}");
        fail(FileProblem::Unreadable, Rule::File, message, help)
    };
    let too_large = |size: String| {
        let message = format!("catalog file is {size}, over the limit of {MAX_FILE_BYTES}");
        fail(FileProblem::TooLarge, Rule::Limit, message, "split the catalog into several files")
    };
    let metadata = std::fs::metadata(path).map_err(unreadable)?;
    if metadata.is_dir() {
        let message = format!("catalog path {name} is a directory");
        return Err(fail(FileProblem::Directory, Rule::File, message, "name the YAML file itself"));
    }
    // Checked before reading, so that a huge file costs nothing.
    if metadata.len() > MAX_FILE_BYTES {
        return Err(too_large(format!("{} bytes", metadata.len())));
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(format!("{} bytes", bytes.len())));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let message = format!("catalog file is not UTF-8 (invalid byte at offset {offset})");
        fail(FileProblem::NotUtf8, Rule::File, message, "save the file as UTF-8")
    })?;
    Ok(Source::from_owned(name, text))
}

/// Validates the catalog of `source` and builds its model.
pub fn load_source(source: &Source) -> Result<Catalog, Vec<Diagnostic>> {
    load_text(source.text(), source.name())
}

/// Loads and validates the catalog at `path`; `name` is how diagnostics
/// name the file (the path as the user wrote it).
pub fn load_file(path: &Path, name: &str, base: PathBase) -> Result<Catalog, Vec<Diagnostic>> {
    load_source(&read_file(path, name, base).map_err(|error| vec![*error.diagnostic])?)
}

/// Loads and validates a catalog from its text.
pub fn load_str(text: &str, name: &str) -> Result<Catalog, Vec<Diagnostic>> {
    load_text(without_bom(text), name)
}

/// The pipeline proper, on text without a byte-order mark.
fn load_text(source: &str, name: &str) -> Result<Catalog, Vec<Diagnostic>> {
    let mut cx = Diagnostics::new(name);
    if source.len() as u64 > MAX_FILE_BYTES {
        cx.file_error(
            Rule::Limit,
            format!("catalog is {} bytes, over the limit of {MAX_FILE_BYTES}", source.len()),
        )
        .help("split the catalog into several files")
        .emit();
        return Err(cx.into_sorted());
    }
    cx.set_source(source);
    let (root, general) = match yaml::parse(source, YAML_LIMITS) {
        Ok(yaml::Parsed { root: Some(root), general }) => (root, general),
        Ok(yaml::Parsed { root: None, .. }) => {
            cx.file_error(Rule::File, "the catalog file is empty")
                .help("start with `name: MyError` and a `codes:` list")
                .emit();
            return Err(cx.into_sorted());
        }
        Err(error) => {
            let rule = if error.limit { Rule::Limit } else { Rule::Syntax };
            let report = cx.error(rule, error.span, error.message);
            match error.help {
                Some(help) => report.help(help),
                None => report,
            }
            .emit();
            return Err(cx.into_sorted());
        }
    };
    let catalog = ast::read(&root, &mut cx);
    validate::validate(&catalog, &mut cx);
    if !cx.is_empty() {
        return Err(cx.into_sorted());
    }
    let mut model = Catalog::build(catalog);
    // The block reader reads no text that holds such a character.
    if general {
        model.source_warnings = raw_characters(source, name);
    }
    Ok(model)
}

/// Lint W0005: every character of `source` that errcat never writes raw
/// (`crate::escape`), but the ones YAML reads as white space and line breaks.
fn raw_characters(source: &str, name: &str) -> Vec<Diagnostic> {
    let mut cx = Diagnostics::new(name);
    let (mut line, mut column) = (1, 1);
    // Past the diagnostics a user is shown (one kept for the count), the
    // characters are only counted.
    let shown = limits::MAX_DIAGNOSTICS - 1;
    let (mut reported, mut more) = (0, 0);
    for (at, c) in source.char_indices() {
        if c == '\n' {
            (line, column) = (line + 1, 1);
            continue;
        }
        if escape::never_raw(c) && !escape::YAML_SPACING.contains(&c) {
            if reported == shown {
                more += 1;
            } else {
                reported += 1;
                let start = Pos { line, column, offset: at };
                let end = Pos { line, column: column + 1, offset: at + c.len_utf8() };
                let point = u32::from(c);
                let message = format!("U+{point:04X} ({}) is written raw", escape::kind(c));
                cx.error(Rule::RawCharacter, Span { start, end }, message)
                    .help(format!(
                        "in a double-quoted string write it as `\\u{point:04X}`; else remove it"
                    ))
                    .emit();
            }
        }
        column += 1;
    }
    if more > 0 {
        cx.file_error(Rule::RawCharacter, format!("{more} more such characters are written raw"))
            .help("remove them, or write each as an escape in a double-quoted string")
            .emit();
    }
    if !cx.is_empty() {
        cx.set_source(source);
    }
    cx.into_sorted()
}

/// Not API: for errcat's benchmarks, which compare YAML readers. Reads
/// `source` with errcat's block reader (`general == false`; `None` if the text
/// is outside the subset it reads) or with the general parser, and returns
/// the number of nodes.
#[doc(hidden)]
pub fn __yaml_node_count(source: &str, general: bool) -> Option<usize> {
    yaml::node_count(source, YAML_LIMITS, general)
}

/// Not API: for errcat's fuzz target. `None` when errcat's block reader
/// leaves `source` to the general YAML parser; otherwise whether both read
/// the same tree, spans included.
#[doc(hidden)]
pub fn __yaml_readers_agree(source: &str) -> Option<bool> {
    yaml::readers_agree(source, YAML_LIMITS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_characters_are_found_where_they_are_and_a_flood_is_counted() {
        let catalog = load_str(
            "name: E\ncodes:\n  - code: 1 # é\u{202E}x\n    message: \"\u{2066}\"\n",
            "e.yaml",
        )
        .unwrap();
        let found: Vec<(usize, usize, &str)> = catalog
            .source_warnings()
            .iter()
            .map(|d| (d.span.unwrap().start.line, d.span.unwrap().start.column, d.message.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (3, 16, "U+202E (a bidirectional control) is written raw"),
                (4, 15, "U+2066 (a bidirectional control) is written raw")
            ]
        );
        let flood = format!("name: E\ncodes:\n  - code: 1 # {}\n", "\u{202E}".repeat(1000));
        let warnings = load_str(&flood, "e.yaml").unwrap().source_warnings().to_vec();
        assert_eq!(warnings.len(), limits::MAX_DIAGNOSTICS);
        assert_eq!(warnings[0].message, "801 more such characters are written raw");
        // A text the block reader reads holds none, and is not scanned.
        assert!(load_str("name: E\ncodes:\n  - code: 1\n", "e.yaml")
            .unwrap()
            .source_warnings()
            .is_empty());
    }
}
