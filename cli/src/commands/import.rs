//! `errcat import DOC`: a catalog draft from a document a team already has,
//! and a report of what is wrong in that document. The readers, the join
//! and the draft are `crate::import`'s; this is the command around them:
//! reading the documents, naming the enum, writing the draft and the report.

use std::io::Read as _;
use std::path::PathBuf;

use clap::{Arg, ArgAction, ArgMatches};
use serde_json::{json, Value};

use errcat_catalog::format::limits;
use errcat_catalog::names;

use super::{many, one, optional, Io, Outcome};
use crate::choice::{choice, parser, Choice};
use crate::import::{DocFormat, Draft, Finding, Imported};
use crate::render::{self, count, Stream, Style};
use crate::Failure;

/// The subcommand's name.
pub const NAME: &str = "import";

/// `--format`: the shapes of document `crate::import` reads.
impl Choice for DocFormat {
    const ALL: &'static [DocFormat] = &DocFormat::ALL;

    fn word(self) -> &'static str {
        self.as_str()
    }
}

choice! {
    /// `--report` of `errcat import`.
    pub enum Report {
        /// For people: `DOC:LINE: kind: message` per finding.
        Text = "text",
        /// For machines: one JSON object.
        Json = "json",
    }
}

/// `errcat import DOC`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Args {
    /// The document.
    pub doc: String,
    /// Its shape; from its file name when absent.
    pub format: Option<DocFormat>,
    /// The language of every text, instead of telling it from the script.
    pub lang: Option<String>,
    /// The enum's name; from the file name when absent.
    pub name: Option<String>,
    /// Other documents that fill in what DOC leaves out: numbers (a
    /// header), names (a source file), texts in another language.
    pub with: Vec<String>,
    /// Only the part of a Markdown document under a heading containing this.
    pub section: Option<String>,
    /// The Rust enum, module or impl to read when several hold codes.
    pub item: Option<String>,
    /// Instead of the draft, what to put on the Rust enum it comes from to
    /// derive against the catalog at this path.
    pub derive: Option<String>,
    /// Where the draft goes (it must not exist); standard output when absent.
    pub out: Option<PathBuf>,
    /// How to print the report.
    pub report: Report,
}

impl Args {
    /// The arguments clap matched for [`cli`].
    pub fn from_matches(matches: &ArgMatches) -> Result<Args, clap::Error> {
        Ok(Args {
            doc: one(matches, "doc")?,
            format: optional(matches, "format")?,
            lang: optional(matches, "lang")?,
            name: optional(matches, "name")?,
            with: many(matches, "with")?,
            section: optional(matches, "section")?,
            item: optional(matches, "item")?,
            derive: optional(matches, "derive")?,
            out: optional::<String>(matches, "out")?.map(PathBuf::from),
            report: one(matches, "report")?,
        })
    }

    /// The arguments for importing `doc` with everything else by default.
    pub fn new(doc: &str) -> Args {
        Args {
            doc: doc.to_owned(),
            format: None,
            lang: None,
            name: None,
            with: Vec::new(),
            section: None,
            item: None,
            derive: None,
            out: None,
            report: Report::Text,
        }
    }
}

/// clap's definition of `errcat import`.
pub fn cli() -> clap::Command {
    clap::Command::new(NAME)
        .about("Draft a catalog from an existing document, and report what is wrong in it")
        .long_about(
            "Reads DOC and writes a catalog draft (YAML that `errcat check` accepts) to \
             standard output or OUT, and a report on standard error of what the document \
             gets wrong, by line: codes listed twice, codes outside the range their section \
             states, codes without text, names that are no identifiers or collide, and \
             everything not read and why.\n\n\
             Formats: markdown (tables with a code column; headers in English or Chinese \
             such as 错误码/状态码/code, 错误信息/说明/message, 解决方案/solution, 错误等级/\
             severity, 组别/group; one group per heading or per block of rows between rows \
             of dashes, with the range a heading or its text states; `NAME = value` lines \
             in code blocks); pasted (a table copied from a web page as text: one cell per \
             line, each ending in `|`); assignments (`NAME = value` lines, comments as \
             messages); go (`const (…)` blocks, and messages from `Name: \"text\"` map \
             entries); c (`#define NAME value` and enums).\n\n\
             --with joins other documents by name, or by code for rows without a name: \
             they fill in codes, names and texts in languages DOC lacks; codes only they \
             have are added and reported.\n\n\
             OUT must not exist: a draft overwrites nothing.\n\n\
             Exit status: 0 a draft was written, 1 the draft does not validate (an importer \
             bug, reported), 2 usage error or a document that cannot be read (binary, \
             empty, too large, or without any code).",
        )
        .arg(Arg::new("doc").value_name("DOC").required(true).help("the document"))
        .arg(
            Arg::new("out")
                .short('o')
                .long("out")
                .value_name("OUT")
                .help("write the draft here (a file that does not exist) instead of standard output"),
        )
        .arg(
            Arg::new("format")
                .long("format")
                .value_parser(parser::<DocFormat>())
                .help("the document's shape (default: from its extension: .md markdown, .go go, .h/.c c; else pasted if it has a `---|---` line, else assignments)"),
        )
        .arg(Arg::new("lang").long("lang").value_name("L").help("the language of every text (default: told from each column's script: zh or en)"))
        .arg(Arg::new("name").long("name").value_name("NAME").help("the enum's name (default: from the file name)"))
        .arg(
            Arg::new("with")
                .long("with")
                .value_name("DOC2")
                .action(ArgAction::Append)
                .help("another document that fills in what DOC leaves out, matched by name or code: numbers (a C header), names (Go constants), texts in another language (a translation); repeatable"),
        )
        .arg(Arg::new("section").long("section").value_name("TEXT").help("read only the part of a Markdown document under a heading that contains TEXT (one service of a document that lists several)"))
        .arg(Arg::new("derive").long("derive").value_name("CATALOG").help("instead of the draft, print what to put on the Rust enum it comes from so that it derives ErrorCatalog from the catalog at CATALOG (the draft's path, relative to the crate), and which hand-written items the derive replaces"))
        .arg(Arg::new("item").long("item").value_name("NAME").help("in a Rust file, read the enum, module or impl NAME when several hold codes (the report lists them)"))
        .arg(
            Arg::new("report")
                .long("report")
                .value_parser(parser::<Report>())
                .default_value(Report::Text.word())
                .help("the report on standard error: text, or json (one object per finding)"),
        )
}

/// Runs `errcat import`: the draft to OUT or standard output, the report to
/// standard error; exit 1 when the draft does not validate.
pub fn exec(args: &Args, _: &mut Io<'_>, style: Style) -> Result<Outcome, Failure> {
    let draft = run(args)?;
    let mut printed = Vec::new();
    let output = match &args.derive {
        None => draft.yaml.clone(),
        Some(catalog) => {
            let Some(rust) = &draft.rust_enum else {
                return Err(Failure::Usage(
                    "--derive needs a Rust enum with discriminants to put the derive on".to_owned(),
                ));
            };
            let file = rust.file.as_deref().unwrap_or(&args.doc);
            crate::import::derive_text(rust, &draft.yaml, catalog, file)
        }
    };
    match &args.out {
        None => printed.push((Stream::Out, output)),
        Some(path) => write_draft(path, &output)?,
    }
    let report = match args.report {
        Report::Json => format!("{}\n", render::json(&json(&draft, &args.doc))),
        Report::Text => text(&draft, &args.doc, style),
    };
    printed.push((Stream::Err, report));
    Ok(Outcome::new(printed, u8::from(!draft.errors.is_empty())))
}

/// The largest document `errcat import` reads. Error tables are kilobytes;
/// anything this large is a wrong file, and reading it would only be slow.
pub const MAX_DOCUMENT_BYTES: u64 = 32 << 20;

/// The draft of `args.doc` (joined with `args.with`), and the report on it.
pub fn run(args: &Args) -> Result<Draft, Failure> {
    let directory = std::path::Path::new(&args.doc).is_dir();
    if directory && args.format.is_some_and(|f| f != DocFormat::Rust) {
        return Err(Failure::Usage(format!("{} is a directory: only --format rust reads one", args.doc)));
    }
    // A directory is a crate's source: its Rust files, with the one that
    // holds the most codes (or `--item`) read.
    let text = if directory { String::new() } else { read_document(&args.doc)? };
    let format = match args.format {
        Some(format) => format,
        None if directory => DocFormat::Rust,
        None => DocFormat::detect(&args.doc, &text),
    };
    let lang = args.lang.as_deref();
    if let Some(lang) =
        lang.filter(|l| l.is_empty() || !l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
    {
        return Err(Failure::Usage(format!(
            "--lang {lang:?} is not a language tag: use one such as en, zh or pt-BR"
        )));
    }
    let only = args.section.as_deref();
    if only.is_some() && !format.has_headings() {
        return Err(Failure::Usage(
            "--section picks a part of a document by its heading: Markdown or a pasted table"
                .to_owned(),
        ));
    }
    if args.item.is_some() && format != DocFormat::Rust {
        return Err(Failure::Usage("--item picks an enum, module or impl of a Rust file".to_owned()));
    }
    let only = if format == DocFormat::Rust { args.item.as_deref() } else { only };
    let mut imported = if directory {
        read_rust_directory(&args.doc, lang, only)?
    } else {
        format.read(&text, lang, only)
    };
    if let Some(why) = imported.unreadable.take() {
        return Err(Failure::Io(format!("cannot import {}: it does not parse as Rust: {why}", args.doc)));
    }
    for with in &args.with {
        let text = read_document(with)?;
        let format = DocFormat::detect(with, &text);
        // The same part of a document in another language, not all of it.
        let only = only.filter(|_| format.has_headings());
        imported.join(&format.read(&text, None, only), with);
    }
    if imported.rows.iter().all(|row| row.code.is_none()) {
        return Err(Failure::Usage(nothing_found(&imported, args, format)));
    }
    let name = match &args.name {
        Some(name) => {
            let problem = names::ident_problem(name)
                .or_else(|| names::camel_case_problem(name).map(str::to_owned));
            if let Some(problem) = problem {
                return Err(Failure::Usage(format!("--name {name}: {problem}")));
            }
            name.clone()
        }
        // A Rust enum keeps its own name, so the derive can go on it.
        None => imported
            .type_name
            .clone()
            .filter(|n| names::ident_problem(n).is_none() && names::camel_case_problem(n).is_none())
            .unwrap_or_else(|| enum_name(&args.doc)),
    };
    let origin = match args.with.as_slice() {
        [] => args.doc.clone(),
        with => format!("{} with {}", args.doc, with.join(", ")),
    };
    let draft = crate::import::draft(imported, &name, &origin);
    if draft.yaml.len() as u64 > limits::MAX_FILE_BYTES {
        return Err(Failure::Usage(format!(
            "{}: the draft of its {} codes would be {} MiB, over the {} a catalog may be: import a part at a time (--section)",
            args.doc,
            draft.codes,
            draft.yaml.len() >> 20,
            limits::max_file_size()
        )));
    }
    Ok(draft)
}

/// Why a document gave no code, with what its reader did see.
fn nothing_found(imported: &Imported, args: &Args, format: DocFormat) -> String {
    let mut message = match &args.section {
        Some(section) => {
            format!("{}: no codes under a heading that contains `{section}`", args.doc)
        }
        None => {
            format!("{}: no codes found as {}; {}", args.doc, format.as_str(), format.expects())
        }
    };
    for finding in &imported.findings {
        message.push_str(&format!(
            "\n  {}:{}: {}",
            args.doc,
            finding.line.unwrap_or(0),
            finding.message
        ));
    }
    let named: Vec<String> = imported
        .rows
        .iter()
        .filter_map(|r| r.name.as_ref())
        .take(3)
        .map(|n| format!("`{n}`"))
        .collect();
    if !named.is_empty() {
        message.push_str(&format!(
            "\n  {}… are named without a number: `--with` a document that numbers them (a C header, say)",
            named.join(", ")
        ));
    }
    message
}

/// Writes the draft to `path`, which must not exist: a draft replaces no
/// catalog, reviewed or not.
pub fn write_draft(path: &std::path::Path, yaml: &str) -> Result<(), Failure> {
    let shown = path.display();
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            Failure::Usage(format!("{shown} exists: a draft does not overwrite it; remove it or choose another OUT"))
        } else {
            Failure::Io(format!("cannot write {shown}: {e}"))
        }
    })?;
    std::io::Write::write_all(&mut file, yaml.as_bytes())
        .map_err(|e| Failure::Io(format!("cannot write {shown}: {e}")))
}

/// Every `.rs` file under `dir` (recursively, in path order, without
/// `target` directories), each read as Rust: the one with the most codes,
/// or the one that has `item`, is the import, and the others are reported.
fn read_rust_directory(dir: &str, lang: Option<&str>, item: Option<&str>) -> Result<Imported, Failure> {
    let mut files = Vec::new();
    super::unused::rust_files(std::path::Path::new(dir), &mut files)
        .map_err(|e| Failure::Io(format!("cannot import {dir}: {e}")))?;
    let mut best: Option<(String, Imported)> = None;
    let mut others: Vec<(String, usize)> = Vec::new();
    let mut skipped: Vec<(String, String)> = Vec::new();
    for file in files {
        let name = file.display().to_string();
        let mut imported = match read_document(&name) {
            Ok(text) => DocFormat::Rust.read(&text, lang, item),
            Err(Failure::Io(why) | Failure::Usage(why)) => {
                skipped.push((name, why));
                continue;
            }
            Err(failure) => return Err(failure),
        };
        if let Some(why) = imported.unreadable.take() {
            skipped.push((name, format!("it does not parse as Rust: {why}")));
            continue;
        }
        let codes = imported.rows.len();
        if codes == 0 {
            continue;
        }
        for finding in &mut imported.findings {
            finding.document.get_or_insert_with(|| name.clone());
        }
        if let Some(rust) = &mut imported.rust_enum {
            rust.file = Some(name.clone());
        }
        match &best {
            Some((_, kept)) if kept.rows.len() >= codes => others.push((name, codes)),
            _ => {
                if let Some((kept_name, kept)) = best.replace((name, imported)) {
                    others.push((kept_name, kept.rows.len()));
                }
            }
        }
    }
    let Some((_, mut imported)) = best else {
        let what = item.map_or_else(|| "codes".to_owned(), |item| format!("`{item}`"));
        return Err(Failure::Usage(format!("{dir}: no Rust file holds {what}")));
    };
    for (file, codes) in others {
        imported.findings.push(crate::import::Finding {
            document: Some(file.clone()),
            line: None,
            kind: crate::import::FindingKind::Note,
            message: format!("{file} also holds {codes} codes: not read (import it alone)"),
        });
    }
    for (file, why) in skipped {
        imported.findings.push(crate::import::Finding {
            document: Some(file),
            line: None,
            kind: crate::import::FindingKind::Skipped,
            message: why,
        });
    }
    Ok(imported)
}

/// The document at `path` as text, or why it is not one.
fn read_document(path: &str) -> Result<String, Failure> {
    let unreadable = |why: String| Failure::Io(format!("cannot import {path}: {why}"));
    let file = std::fs::File::open(path).map_err(|e| unreadable(e.to_string()))?;
    let mut bytes = Vec::new();
    // One byte more than the limit tells a file at the limit from a larger one,
    // without trusting the size the file system reports (a pipe has none).
    file.take(MAX_DOCUMENT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| unreadable(e.to_string()))?;
    if bytes.len() as u64 > MAX_DOCUMENT_BYTES {
        return Err(unreadable(format!(
            "it is larger than {} MiB; error tables are far smaller, is it the right file?",
            MAX_DOCUMENT_BYTES >> 20
        )));
    }
    if bytes.contains(&0) {
        return Err(unreadable("it is binary (it has NUL bytes), not a text document".to_owned()));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        unreadable(format!(
            "it is not UTF-8 (byte {} is not); convert it first, for example with `iconv -f GBK -t UTF-8`",
            e.utf8_error().valid_up_to()
        ))
    })?;
    let text = text.strip_prefix('\u{FEFF}').map(str::to_owned).unwrap_or(text);
    if text.trim().is_empty() {
        return Err(unreadable("it is empty".to_owned()));
    }
    Ok(text)
}

/// The enum's name from the document's: `api_switch.zh.md` gives
/// `ApiSwitchError`, `error_codes.h` (no name left) `ImportedError`.
fn enum_name(path: &str) -> String {
    let file = std::path::Path::new(path).file_name().and_then(|f| f.to_str()).unwrap_or("");
    let stem = file.split('.').next().unwrap_or("");
    let mut camel = heck::ToUpperCamelCase::to_upper_camel_case(stem);
    while let Some(shorter) = ["Codes", "Code", "Errors", "Error", "Status"]
        .iter()
        .find_map(|suffix| camel.strip_suffix(suffix).map(str::to_owned))
    {
        camel = shorter;
    }
    let name = format!("{camel}Error");
    let usable = !camel.is_empty()
        && names::ident_problem(&name).is_none()
        && names::camel_case_problem(&name).is_none();
    if usable {
        name
    } else {
        "ImportedError".to_owned()
    }
}

/// The report for people: `DOC:LINE: kind: message` per finding, then what
/// was drafted.
pub fn text(draft: &Draft, doc: &str, style: Style) -> String {
    let mut text = String::new();
    for finding in &draft.findings {
        let document = finding.document.as_deref().unwrap_or(doc);
        let at =
            finding.line.map_or_else(|| document.to_owned(), |line| format!("{document}:{line}"));
        let message = errcat_catalog::escape::visible(&finding.message);
        text.push_str(&format!("{at}: {}: {message}\n", finding.kind.as_str()));
    }
    for error in &draft.errors {
        text.push_str(&format!("{}: the draft does not validate: {error}\n", style.error()));
    }
    let findings = count(draft.findings.len(), "finding");
    text.push_str(&format!("{doc}: drafted {}, {findings}\n", count(draft.codes, "code")));
    if !draft.errors.is_empty() {
        text.push_str("this is a bug in errcat import: please report it with the document\n");
    }
    text
}

/// The report for machines.
pub fn json(draft: &Draft, doc: &str) -> Value {
    let finding = |f: &Finding| {
        json!({
            "doc": f.document.as_deref().unwrap_or(doc),
            "line": f.line,
            "kind": f.kind.as_str(),
            "message": f.message,
        })
    };
    json!({
        "doc": doc,
        "codes": draft.codes,
        "findings": draft.findings.iter().map(finding).collect::<Vec<_>>(),
        "errors": draft.errors,
    })
}
