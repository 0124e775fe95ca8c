//! The `errcat` command as a library: the typed arguments ([`args`]), one
//! function per subcommand that returns data, and the renderings of that
//! data for people and machines ([`render`]). `main.rs` only parses, calls,
//! prints and exits, so everything here is unit-tested without the binary.
//!
//! Exit status: 0 success, 1 a check failed, 2 usage or I/O error.

use std::path::Path;

use errcat_catalog::diagnostic::Diagnostic;
use errcat_catalog::diff::Change;
use errcat_catalog::generate::{self, Tracking};
use errcat_catalog::rules::Rule;
use errcat_catalog::{load_source, read_file, Catalog, PathBase, Source};

pub mod annotate;
pub mod args;
mod check;
pub mod explain;
pub mod import;
mod output;
pub mod render;
pub mod stamp;
pub mod unused;

pub use check::{check, CheckReport, FileCheck, Valid};
pub use import::import;
pub use output::{emit, Emitted};

use args::{DiffArgs, DocsArgs, DocsFormat, ExpandArgs, ExplainArgs, ExportArgs, Output};
use errcat_catalog::export::{Syntax, Target};
use stamp::{Comment, Generated};

/// Why a catalog could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogError {
    /// The file cannot be read (an I/O error).
    Unreadable(Box<Diagnostic>),
    /// The catalog does not validate: every problem found.
    Invalid(Vec<Diagnostic>),
}

impl CatalogError {
    /// Its diagnostics.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            CatalogError::Unreadable(diagnostic) => std::slice::from_ref(diagnostic),
            CatalogError::Invalid(diagnostics) => diagnostics,
        }
    }
}

/// Why a subcommand did not succeed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// A catalog cannot be read (exit 2) or does not validate (exit 1).
    Catalog {
        /// The catalog as named on the command line.
        file: String,
        /// What is wrong with it.
        error: CatalogError,
    },
    /// `--check` found OUT different from what the catalog gives (exit 1).
    Stale {
        /// A unified diff from OUT to the expected text.
        diff: String,
        /// Why (stale or edited by hand) and the command to run.
        reason: String,
    },
    /// An output file, or git, failed (exit 2).
    Io(String),
    /// The arguments do not fit the catalog (exit 2).
    Usage(String),
}

impl Failure {
    /// The process exit status.
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Catalog { error: CatalogError::Unreadable(_), .. }
            | Failure::Io(_)
            | Failure::Usage(_) => 2,
            Failure::Catalog { error: CatalogError::Invalid(_), .. } | Failure::Stale { .. } => 1,
        }
    }
}

/// The catalog at `path` (relative to the current directory), read once
/// and validated.
pub fn load(path: &str) -> Result<(Source, Catalog), CatalogError> {
    let source = read_file(Path::new(path), path, PathBase::CurrentDir).map_err(|error| {
        if error.is_io() {
            CatalogError::Unreadable(error.diagnostic)
        } else {
            CatalogError::Invalid(vec![*error.diagnostic])
        }
    })?;
    let catalog = load_source(&source).map_err(CatalogError::Invalid)?;
    Ok((source, catalog))
}

/// [`load`] for subcommands that need the catalog to go on.
fn load_or_fail(path: &str) -> Result<Catalog, Failure> {
    load_source_or_fail(path).map(|(_, catalog)| catalog)
}

fn load_source_or_fail(path: &str) -> Result<(Source, Catalog), Failure> {
    load(path).map_err(|error| Failure::Catalog { file: path.to_owned(), error })
}

/// The command that writes `output` again: `errcat SUBCOMMAND FILE OPTIONS -o OUT`.
fn command(subcommand: &str, file: &str, options: &str, output: &Output) -> String {
    let out = output.path.as_ref().map(|p| format!(" -o {}", p.display())).unwrap_or_default();
    format!("errcat {subcommand} {file}{options}{out}")
}

/// A catalog from a file, or from git when `spec` is `REV:PATH` and no such file exists.
pub fn load_version(spec: &str) -> Result<Catalog, Failure> {
    let from_git = spec.split_once(':').filter(|_| !Path::new(spec).exists());
    let Some((rev, path)) = from_git else {
        return load_or_fail(spec);
    };
    let output = std::process::Command::new("git")
        .args(["show", &format!("{rev}:{path}")])
        .output()
        .map_err(|e| Failure::Io(format!("cannot run git to read {spec}: {e}")))?;
    if !output.status.success() {
        let why = String::from_utf8_lossy(&output.stderr);
        return Err(Failure::Io(format!("git cannot show {spec}: {}", why.trim())));
    }
    let text = String::from_utf8(output.stdout)
        .map_err(|_| Failure::Io(format!("{spec} is not UTF-8 in git")))?;
    load_source(&Source::new(spec, &text)).map_err(|diagnostics| Failure::Catalog {
        file: spec.to_owned(),
        error: CatalogError::Invalid(diagnostics),
    })
}

/// `errcat docs`: the Markdown reference, with its header.
pub fn docs(args: &DocsArgs) -> Result<Generated, Failure> {
    let (source, catalog) = load_source_or_fail(&args.file)?;
    let lang = match &args.lang {
        None => 0,
        Some(lang) => catalog.languages().iter().position(|l| l == lang).ok_or_else(|| {
            Failure::Usage(format!(
                "the catalog has no language `{lang}`; it has: {}",
                catalog.languages().join(", ")
            ))
        })?,
    };
    let (body, options) = match args.format {
        DocsFormat::Markdown => {
            let options = args.lang.as_ref().map(|l| format!(" --lang {l}")).unwrap_or_default();
            (errcat_catalog::docs::markdown(&catalog, lang), options)
        }
        DocsFormat::Html if args.lang.is_some() => {
            return Err(Failure::Usage(
                "--lang picks the language of a Markdown reference; the HTML page has them all and a switch".to_owned(),
            ))
        }
        DocsFormat::Html => (errcat_catalog::docs::html(&catalog), " --format html".to_owned()),
    };
    let command = command("docs", &args.file, &options, &args.output);
    Ok(Generated::new(Comment::Markup, &args.file, &command, source.text(), &body))
}

/// `errcat export`: the catalog for another language, with its header.
pub fn export(args: &ExportArgs) -> Result<Generated, Failure> {
    let (source, catalog) = load_source_or_fail(&args.file)?;
    let json =
        args.output.path.as_ref().is_some_and(|p| p.extension().is_some_and(|e| e == "json"));
    let syntax = if json { Syntax::Json } else { Syntax::Yaml };
    let body = errcat_catalog::export::export(&catalog, args.target, syntax).map_err(|e| {
        Failure::Usage(format!(
            "{}: cannot export to {}: {}",
            args.file,
            args.target.as_str(),
            e.message
        ))
    })?;
    let comment = match (args.target, syntax) {
        (Target::TypeScript | Target::C, _) => Comment::Rust,
        (Target::Go, _) => Comment::Go,
        (Target::Python, _) | (Target::OpenApi, Syntax::Yaml) => Comment::Hash,
        (Target::OpenApi, Syntax::Json) => Comment::JsonMember("x-errcat"),
        (Target::Json, _) => Comment::JsonMember("$comment"),
    };
    let options = format!(" --lang {}", args.target.as_str());
    let command = command("export", &args.file, &options, &args.output);
    Ok(Generated::new(comment, &args.file, &command, source.text(), &body))
}

/// `errcat expand`: what `catalog!` generates, formatted, with its header.
pub fn expand(args: &ExpandArgs) -> Result<Generated, Failure> {
    let (source, catalog) = load_source_or_fail(&args.file)?;
    expanded(&source, &catalog, &args.file, &command("expand", &args.file, "", &args.output))
}

/// The expansion of `catalog` (read from `source`, named `file`), with the
/// header that names `command`.
pub fn expanded(
    source: &Source,
    catalog: &Catalog,
    file: &str,
    command: &str,
) -> Result<Generated, Failure> {
    let fingerprint = errcat_catalog::fingerprint::fingerprint_u64(source.text());
    let tracking = Tracking::Guarded { path: file, fingerprint, regenerate: command };
    let body = format_rust(generate::catalog(catalog, tracking))?;
    Ok(Generated::new(Comment::Rust, file, command, source.text(), &body))
}

/// Generated tokens as formatted Rust source.
pub fn format_rust(tokens: proc_macro2::TokenStream) -> Result<String, Failure> {
    let file = syn::parse2::<syn::File>(tokens)
        .map_err(|e| Failure::Io(format!("internal error: the expansion does not parse: {e}")))?;
    Ok(prettyplease::unparse(&file))
}

/// `errcat diff`: every change, breaking ones first.
pub fn diff(args: &DiffArgs) -> Result<Vec<Change>, Failure> {
    let old = load_version(&args.old)?;
    let new = load_or_fail(&args.new)?;
    Ok(errcat_catalog::diff::diff(&old, &new))
}

/// What `errcat explain` shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Explained {
    /// Every rule, one line each.
    All(&'static [Rule]),
    /// One rule in full.
    One(Rule),
}

/// `errcat unused FILE --src DIR...`: the report (one line per unused
/// entry, then a summary), the warnings for files that did not lex, and
/// whether any entry is unused.
pub fn unused_report(args: &args::UnusedArgs) -> Result<(String, String, bool), Failure> {
    let catalog = load_or_fail(&args.file)?;
    let references = unused::references(&args.src).map_err(Failure::Io)?;
    let unused = unused::unused(&catalog, &references.words, &args.allow);
    let mut report = String::new();
    for entry in &unused {
        report.push_str(&format!(
            "{}:{}:{}: {} `{}` (variant `{}`) is never referenced\n",
            args.file,
            entry.span.start.line,
            entry.span.start.column,
            entry.code,
            entry.name,
            entry.ident
        ));
    }
    report.push_str(&format!(
        "{} of {} unused ({} read)\n",
        unused.len(),
        match catalog.entries().len() {
            1 => "1 entry".to_owned(),
            n => format!("{n} entries"),
        },
        render::count(references.files, "Rust file")
    ));
    let warnings = references
        .skipped
        .iter()
        .map(|(file, error)| {
            format!("warning: {} is not read: it does not lex as Rust ({error})\n", file.display())
        })
        .collect();
    Ok((report, warnings, !unused.is_empty()))
}

/// `errcat annotate FILE [LOG...]`: each log (standard input when none)
/// copied to `output` with its codes annotated.
pub fn annotate(
    args: &args::AnnotateArgs,
    stdin: &mut dyn std::io::BufRead,
    output: &mut dyn std::io::Write,
) -> Result<(), Failure> {
    let catalog = load_or_fail(&args.file)?;
    let annotator =
        annotate::Annotator::new(&catalog, args.pattern.as_deref()).map_err(Failure::Usage)?;
    let io = |what: &str, e: std::io::Error| Failure::Io(format!("{what}: {e}"));
    // A reader that stops early (`errcat annotate … | head`) is not an error.
    let closed = |e: &std::io::Error| e.kind() == std::io::ErrorKind::BrokenPipe;
    let result = (|| {
        if args.logs.is_empty() {
            annotator.run(stdin, output).map_err(|e| ("standard input".to_owned(), e))?;
        }
        for log in &args.logs {
            let file = std::fs::File::open(log).map_err(|e| (log.clone(), e))?;
            let mut reader = std::io::BufReader::with_capacity(1 << 16, file);
            annotator.run(&mut reader, output).map_err(|e| (log.clone(), e))?;
        }
        output.flush().map_err(|e| ("standard output".to_owned(), e))
    })();
    match result {
        Err((_, e)) if closed(&e) => Ok(()),
        Err((what, e)) => Err(io(&what, e)),
        Ok(()) => Ok(()),
    }
}

/// `errcat explain FILE CODE...`: the rendered explanation of each code
/// (`-` expands to the lines of `stdin`), and whether every one was found.
pub fn explain_codes(
    file: &str,
    queries: &[String],
    args: &ExplainArgs,
    stdin: &mut dyn std::io::BufRead,
) -> Result<(String, bool), Failure> {
    if queries.is_empty() {
        return Err(Failure::Usage(format!(
            "give the codes or names to explain after the catalog: `errcat explain {file} 611`"
        )));
    }
    let catalog = load_or_fail(file)?;
    let mut expanded = Vec::new();
    for query in queries {
        if query == "-" {
            let mut line = String::new();
            loop {
                line.clear();
                let read = stdin
                    .read_line(&mut line)
                    .map_err(|e| Failure::Io(format!("standard input: {e}")))?;
                if read == 0 {
                    break;
                }
                if !line.trim().is_empty() {
                    expanded.push(line.trim().to_owned());
                }
            }
        } else {
            expanded.push(query.clone());
        }
    }
    let lang = args.lang.as_deref();
    if let Some(lang) = lang {
        if !catalog.languages().iter().any(|l| l.eq_ignore_ascii_case(lang)) {
            return Err(Failure::Usage(format!(
                "{file} has no language `{lang}`; it has: {}",
                catalog.languages().join(", ")
            )));
        }
    }
    let found: Vec<explain::Found<'_>> =
        expanded.iter().map(|query| explain::lookup(&catalog, query)).collect();
    let all_found = found.iter().all(|f| matches!(f, explain::Found::Entry(_)));
    let text = match args.format {
        args::Format::Json => {
            let values: Vec<serde_json::Value> =
                found.iter().map(|f| explain::found_json(&catalog, file, f, lang)).collect();
            format!("{}\n", serde_json::Value::Array(values))
        }
        _ => {
            let blocks: Vec<String> =
                found.iter().map(|f| explain::found_text(&catalog, file, f, lang)).collect();
            blocks.join("\n")
        }
    };
    Ok((text, all_found))
}

/// `errcat explain [ID]`.
pub fn explain(args: &ExplainArgs) -> Result<Explained, Failure> {
    let Some(id) = &args.rule else {
        return Ok(Explained::All(Rule::ALL));
    };
    Rule::from_id(id)
        .map(Explained::One)
        .ok_or_else(|| Failure::Usage(format!("no rule `{id}`; `errcat explain` lists them")))
}

/// `errcat schema`: the JSON Schema of the format.
pub fn schema() -> String {
    errcat_catalog::schema::json_schema()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo(path: &str) -> String {
        format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"))
    }

    #[test]
    fn a_missing_catalog_is_an_io_error_and_an_invalid_one_a_failed_check() {
        let missing = load_or_fail("no/such/catalog.yaml").unwrap_err();
        let Failure::Catalog { error: CatalogError::Unreadable(diagnostic), .. } = &missing else {
            panic!("{missing:?}")
        };
        assert_eq!(
            diagnostic.help.as_deref(),
            Some("the path is relative to the current directory")
        );
        assert_eq!(missing.exit_code(), 2);
        let invalid = load_or_fail(&repo("tests/ui/duplicate_code.yaml")).unwrap_err();
        let Failure::Catalog { error: CatalogError::Invalid(diagnostics), .. } = &invalid else {
            panic!("{invalid:?}")
        };
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(invalid.exit_code(), 1);
    }

    #[test]
    fn docs_pick_the_language_or_say_which_there_are() {
        let args = |lang: Option<&str>| DocsArgs {
            file: repo("examples/catalogs/mooncake_transfer_engine.yaml"),
            format: DocsFormat::Markdown,
            lang: lang.map(str::to_owned),
            output: args::Output { path: None, check: false },
        };
        assert!(docs(&args(None)).unwrap().text.contains("| -302 | `ERR_MEMORY` | 分配内存已满 |"));
        assert!(docs(&args(Some("en")))
            .unwrap()
            .text
            .contains("| -302 | `ERR_MEMORY` | Out of memory |"));
        assert_eq!(
            docs(&args(Some("fr"))).unwrap_err(),
            Failure::Usage("the catalog has no language `fr`; it has: zh, en".to_owned())
        );
    }

    #[test]
    fn explain_finds_rules_by_id() {
        let rule = |rule: Option<String>| ExplainArgs {
            rule,
            codes: None,
            lang: None,
            format: args::Format::Text,
        };
        let one = |id: &str| explain(&rule(Some(id.to_owned())));
        assert_eq!(one("e0008"), Ok(Explained::One(Rule::DuplicateCode)));
        assert_eq!(one("E0999").unwrap_err().exit_code(), 2);
        assert_eq!(explain(&rule(None)), Ok(Explained::All(Rule::ALL)));
    }

    #[test]
    fn expand_formats_what_the_macro_generates() {
        let file = repo("tests/catalogs/features.yaml");
        let code = expand(&ExpandArgs { file, output: args::Output { path: None, check: false } })
            .unwrap()
            .text;
        assert!(code.contains("pub enum FeatureError {"), "{code}");
    }
}
