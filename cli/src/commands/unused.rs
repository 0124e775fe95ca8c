//! `errcat unused FILE --src DIR...`: catalog entries that no Rust source
//! refers to. A reference is a token, not a substring: the Rust files are
//! lexed (proc-macro2's lexer, the one syn uses), and an entry counts as
//! used when its variant appears as an identifier, or its name as an
//! identifier or as a whole string literal (`from_name("DISK_NOT_FOUND")`).
//! Comments do not count; files `errcat expand` wrote are skipped (they
//! name every entry).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use clap::{Arg, ArgAction, ArgMatches};
use proc_macro2::{TokenStream, TokenTree};

use errcat_catalog::escape;
use errcat_catalog::model::Entry;
use errcat_catalog::Catalog;

use super::{catalog_arg, many, one, Io, Outcome};
use crate::catalogs::load_or_fail;
use crate::render::{count, Stream, Style};
use crate::Failure;

/// The subcommand's name.
pub const NAME: &str = "unused";

/// `errcat unused FILE --src DIR...`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Args {
    /// The catalog.
    pub file: String,
    /// Where the Rust sources are (directories, searched recursively, or files).
    pub src: Vec<String>,
    /// Exit 1 when an entry is unused.
    pub deny: bool,
    /// Names or variants that may stay unused.
    pub allow: Vec<String>,
}

impl Args {
    /// The arguments clap matched for [`cli`]; `--allow` values may be
    /// comma-separated lists.
    pub fn from_matches(matches: &ArgMatches) -> Result<Args, clap::Error> {
        let allow: Vec<String> = many(matches, "allow")?;
        Ok(Args {
            file: one(matches, "file")?,
            src: many(matches, "src")?,
            deny: matches.get_flag("deny"),
            allow: allow.iter().flat_map(|a| a.split(',')).map(|a| a.trim().to_owned()).collect(),
        })
    }
}

/// clap's definition of `errcat unused`.
pub fn cli() -> clap::Command {
    clap::Command::new(NAME)
        .about("List catalog entries that no Rust source refers to")
        .long_about(
            "Lexes every .rs file under each --src (directories are searched recursively, \
             skipping target/ and hidden ones) and lists the entries of FILE that no file \
             refers to, with the line that defines them. A reference is a token: the \
             entry's variant as an identifier (E::DiskNotFound), or its name as an \
             identifier or a whole string literal (from_name(\"DISK_NOT_FOUND\")); comments \
             and substrings do not count, and files written by `errcat expand` are \
             skipped. Deprecated entries and those given to --allow are exempt.\n\n\
             Exit status: 0 (1 with --deny when an entry is unused), 2 usage or I/O error.",
        )
        .arg(catalog_arg())
        .arg(
            Arg::new("src")
                .long("src")
                .value_name("DIR")
                .required(true)
                .num_args(1..)
                .action(ArgAction::Append)
                .help("where the Rust sources are (repeatable)"),
        )
        .arg(
            Arg::new("deny")
                .long("deny")
                .action(ArgAction::SetTrue)
                .help("exit 1 when an entry is unused (for CI)"),
        )
        .arg(
            Arg::new("allow")
                .long("allow")
                .value_name("NAMES")
                .action(ArgAction::Append)
                .help("names or variants that may stay unused (repeatable, or comma-separated)"),
        )
}

/// What `errcat unused` found.
#[derive(Debug)]
pub struct Report<'a> {
    /// The entries nothing refers to, in code order.
    pub unused: Vec<&'a Entry>,
    /// The catalog's number of entries.
    pub entries: usize,
    /// What the sources refer to, and what was read.
    pub references: References,
}

/// The entries of `catalog` that the sources of `args` do not refer to.
pub fn run<'a>(args: &Args, catalog: &'a Catalog) -> Result<Report<'a>, Failure> {
    let references = references(&args.src).map_err(Failure::Io)?;
    let unused = unused(catalog, &references.words, &args.allow);
    Ok(Report { unused, entries: catalog.entries().len(), references })
}

/// Runs `errcat unused`: a line per unused entry and a summary on standard
/// output, a warning per file that did not lex on standard error.
pub fn exec(args: &Args, _: &mut Io<'_>, _: Style) -> Result<Outcome, Failure> {
    let catalog = load_or_fail(&args.file)?;
    let report = run(args, &catalog)?;
    let warnings = report.references.skipped.iter().map(|(file, error)| {
        let warning =
            format!("warning: {} is not read: it does not lex as Rust ({error})\n", file.display());
        (Stream::Err, warning)
    });
    let mut printed: Vec<(Stream, String)> = warnings.collect();
    printed.push((Stream::Out, text(&report, &args.file)));
    Ok(Outcome::new(printed, u8::from(args.deny && !report.unused.is_empty())))
}

/// One line per unused entry, then a summary.
pub fn text(report: &Report<'_>, file: &str) -> String {
    let mut text = String::new();
    for entry in &report.unused {
        text.push_str(&format!(
            "{file}:{}:{}: {} `{}` (variant `{}`) is never referenced\n",
            entry.span.start.line,
            entry.span.start.column,
            entry.code,
            escape::visible(&entry.name),
            entry.ident
        ));
    }
    text.push_str(&format!(
        "{} of {} unused ({} read)\n",
        report.unused.len(),
        match report.entries {
            1 => "1 entry".to_owned(),
            n => format!("{n} entries"),
        },
        count(report.references.files, "Rust file")
    ));
    text
}

/// What the sources refer to, and what was read.
#[derive(Debug, Default)]
pub struct References {
    /// Identifiers, and the contents of plain string literals.
    pub words: HashSet<String>,
    /// Rust files lexed.
    pub files: usize,
    /// Files that did not lex (not Rust, or broken), with the error.
    pub skipped: Vec<(PathBuf, String)>,
}

/// How `errcat expand` starts the files it writes.
const EXPANDED: &str = "// errcat: generated from ";

fn collect(tokens: TokenStream, words: &mut HashSet<String>) {
    // Groups are walked with a stack, not by recursion: a source file nested
    // a hundred thousand brackets deep must not overflow the thread's stack.
    let mut pending = vec![tokens];
    while let Some(tokens) = pending.pop() {
        collect_flat(tokens, words, &mut pending);
    }
}

/// The words of `tokens` outside its groups; the groups go on `pending`.
fn collect_flat(tokens: TokenStream, words: &mut HashSet<String>, pending: &mut Vec<TokenStream>) {
    for tree in tokens {
        match tree {
            TokenTree::Group(group) => pending.push(group.stream()),
            TokenTree::Ident(ident) => {
                let text = ident.to_string();
                words.insert(text.strip_prefix("r#").map(str::to_owned).unwrap_or(text));
            }
            TokenTree::Literal(literal) => {
                let text = literal.to_string();
                // A plain string without escapes, or a raw one (`r"…"`, `r#"…"#`).
                let (raw, body) = match text.strip_prefix('r') {
                    Some(rest) => (true, rest.trim_matches('#')),
                    None => (false, text.as_str()),
                };
                if let Some(inner) = body.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
                    if raw || !inner.contains('\\') {
                        words.insert(inner.to_owned());
                    }
                }
            }
            TokenTree::Punct(_) => {}
        }
    }
}

/// Every `.rs` file under `dir`, in path order, without `target` and hidden
/// directories and without following links to directories.
pub(crate) fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(std::fs::DirEntry::file_name);
    for entry in entries {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if entry.file_type()?.is_dir() {
            if name != "target" && !name.starts_with('.') {
                rust_files(&path, found)?;
            }
        } else if name.ends_with(".rs") {
            found.push(path);
        }
    }
    Ok(())
}

/// Lexes every `.rs` file under `dirs` (a file is read as itself).
pub fn references(dirs: &[String]) -> Result<References, String> {
    let mut files = Vec::new();
    for dir in dirs {
        let path = Path::new(dir);
        if path.is_file() {
            files.push(path.to_path_buf());
        } else {
            rust_files(path, &mut files).map_err(|e| format!("{dir}: {e}"))?;
        }
    }
    let mut references = References::default();
    for file in files {
        let bytes = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let Ok(text) = String::from_utf8(bytes) else {
            references.skipped.push((file, "not UTF-8".to_owned()));
            continue;
        };
        if text.starts_with(EXPANDED) {
            continue;
        }
        match text.parse::<TokenStream>() {
            Ok(tokens) => {
                collect(tokens, &mut references.words);
                references.files += 1;
            }
            Err(error) => references.skipped.push((file, error.to_string())),
        }
    }
    Ok(references)
}

/// The entries nothing refers to, in code order; deprecated entries and
/// those `allowed` (by name or variant) are exempt.
pub fn unused<'a>(
    catalog: &'a Catalog,
    words: &HashSet<String>,
    allowed: &[String],
) -> Vec<&'a Entry> {
    catalog
        .entries()
        .iter()
        .filter(|e| e.deprecated.is_none())
        .filter(|e| !allowed.iter().any(|a| *a == e.name || *a == e.ident))
        .filter(|e| !words.contains(&e.ident) && !words.contains(&e.name))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_count_comments_and_substrings_do_not() {
        let mut words = HashSet::new();
        let source = r#"
            // DiskBroken is mentioned in a comment only
            fn f() -> E { E::DiskNotFound }
            fn g() { let _ = E::from_name("CODE_VOLUME_FULL"); let _ = "see DiskFull"; }
            fn h() { let _ = E::from_name(r"CODE_RAW"); }
            const X: u8 = r#type;
        "#;
        collect(source.parse().unwrap(), &mut words);
        assert!(words.contains("DiskNotFound") && words.contains("CODE_VOLUME_FULL"));
        assert!(words.contains("CODE_RAW"));
        assert!(!words.contains("DiskBroken") && !words.contains("DiskFull"));
        assert!(words.contains("type"));
    }

    #[test]
    fn deep_nesting_is_walked_without_recursion() {
        let depth = 100_000;
        let source = format!("{}DeepName{}", "(".repeat(depth), ")".repeat(depth));
        let mut words = HashSet::new();
        collect(source.parse().unwrap(), &mut words);
        assert!(words.contains("DeepName"));
    }
}
