//! The command line: clap's definition (builder API, so no derive macros
//! in the build) and the typed arguments it is read into.

use std::path::PathBuf;

use clap::{Arg, ArgAction, ArgMatches};
use errcat_catalog::rules::Rule;

/// A parsed command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cli {
    /// When to colour diagnostics.
    pub color: ColorChoice,
    /// The subcommand and its arguments.
    pub command: Command,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorChoice {
    /// Only on a terminal, and not when `NO_COLOR` is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// A subcommand with its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `errcat check`
    Check(CheckArgs),
    /// `errcat docs`
    Docs(DocsArgs),
    /// `errcat export FILE --lang L`
    Export(ExportArgs),
    /// `errcat expand`
    Expand(ExpandArgs),
    /// `errcat diff`
    Diff(DiffArgs),
    /// `errcat explain`
    Explain(ExplainArgs),
    /// `errcat annotate`
    Annotate(AnnotateArgs),
    /// `errcat unused`
    Unused(UnusedArgs),
    /// `errcat schema`
    Schema,
    /// `errcat import`
    Import(ImportArgs),
}

/// `errcat import DOC`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportArgs {
    /// The document.
    pub doc: String,
    /// Its shape; from its file name when absent.
    pub format: Option<crate::import::DocFormat>,
    /// The language of every text, instead of telling it from the script.
    pub lang: Option<String>,
    /// The enum's name; from the file name when absent.
    pub name: Option<String>,
    /// Other documents that fill in what DOC leaves out: numbers (a
    /// header), names (a source file), texts in another language.
    pub with: Vec<String>,
    /// Only the part of a Markdown document under a heading containing this.
    pub section: Option<String>,
    /// Where the draft goes.
    pub output: Output,
    /// How to print the report.
    pub report: Format,
}

/// `--format` of `check` and `diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// For people.
    Text,
    /// For machines: one JSON array on standard output.
    Json,
    /// For GitHub Actions: one workflow command (`::error file=…,line=…::…`)
    /// per finding on standard output, which annotates the pull request.
    Github,
}

/// `errcat check FILE...`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckArgs {
    /// The catalogs, as given.
    pub files: Vec<String>,
    /// How to print the diagnostics.
    pub format: Format,
    /// Whether lint warnings fail the check.
    pub deny_warnings: bool,
    /// Lints not to report.
    pub allow: Vec<Rule>,
}

/// Where a generated text goes: standard output, a file, or a comparison
/// with a committed file (`--check`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// `-o OUT`.
    pub path: Option<PathBuf>,
    /// `--check`: compare with OUT instead of writing it.
    pub check: bool,
}

/// `--format` of `docs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocsFormat {
    /// A Markdown reference in one language.
    Markdown,
    /// One self-contained HTML page with every language and a search box.
    Html,
}

/// `errcat docs FILE`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocsArgs {
    /// The catalog.
    pub file: String,
    /// Markdown or HTML.
    pub format: DocsFormat,
    /// The language of the texts; the catalog's first when absent.
    pub lang: Option<String>,
    /// Where the Markdown goes.
    pub output: Output,
}

/// `errcat export FILE --lang L`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportArgs {
    /// The catalog.
    pub file: String,
    /// The language or format to write.
    pub target: errcat_catalog::export::Target,
    /// Where it goes; an OpenAPI document is JSON when OUT ends in `.json`.
    pub output: Output,
}

/// `errcat expand FILE`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpandArgs {
    /// The catalog.
    pub file: String,
    /// Where the Rust goes.
    pub output: Output,
}

/// `errcat diff OLD NEW`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffArgs {
    /// The old catalog, or `REV:PATH` in git.
    pub old: String,
    /// The new catalog.
    pub new: String,
    /// How to print the changes.
    pub format: Format,
}

/// `errcat unused FILE --src DIR...`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnusedArgs {
    /// The catalog.
    pub file: String,
    /// Where the Rust sources are (directories, searched recursively, or files).
    pub src: Vec<String>,
    /// Exit 1 when an entry is unused.
    pub deny: bool,
    /// Names or variants that may stay unused.
    pub allow: Vec<String>,
}

/// `errcat annotate FILE [LOG...]`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnotateArgs {
    /// The catalog.
    pub file: String,
    /// The logs; standard input when empty.
    pub logs: Vec<String>,
    /// `--pattern`: what counts as a code.
    pub pattern: Option<String>,
}

/// `errcat explain [ID]` or `errcat explain FILE CODE...`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExplainArgs {
    /// A rule id; every rule when absent.
    pub rule: Option<String>,
    /// `FILE CODE...`: the catalog and the codes or names to explain (`-`
    /// reads them from standard input, one per line).
    pub codes: Option<(String, Vec<String>)>,
    /// Only this language's texts (with the usual fallback).
    pub lang: Option<String>,
    /// Text, or JSON (one object per code).
    pub format: Format,
}

/// Whether `text` is written like a rule id (`E0008`, `W0001`).
fn rule_id(text: &str) -> bool {
    let mut chars = text.chars();
    matches!(chars.next(), Some('E' | 'W' | 'e' | 'w'))
        && text.len() == 5
        && chars.all(|c| c.is_ascii_digit())
}

impl Cli {
    /// Parses `args` (the program name first). `Err` is clap's error, which
    /// prints itself: usage errors, and `--help`/`--version`, which are not.
    pub fn parse_from<I, T>(args: I) -> Result<Cli, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        let matches = command().try_get_matches_from(args)?;
        let color = match string(&matches, "color").as_str() {
            "always" => ColorChoice::Always,
            "never" => ColorChoice::Never,
            _ => ColorChoice::Auto,
        };
        let command = match matches.subcommand() {
            Some(("check", args)) => Command::Check(CheckArgs {
                files: args.get_many::<String>("file").into_iter().flatten().cloned().collect(),
                format: format(args),
                deny_warnings: args.get_flag("deny-warnings"),
                allow: args.get_many::<Rule>("allow").into_iter().flatten().copied().collect(),
            }),
            Some(("export", args)) => Command::Export(ExportArgs {
                file: string(args, "file"),
                target: errcat_catalog::export::Target::from_word(&string(args, "lang"))
                    .unwrap_or(errcat_catalog::export::Target::Json),
                output: output(args),
            }),
            Some(("docs", args)) => Command::Docs(DocsArgs {
                file: string(args, "file"),
                format: if string(args, "format") == "html" {
                    DocsFormat::Html
                } else {
                    DocsFormat::Markdown
                },
                lang: args.get_one::<String>("lang").cloned(),
                output: output(args),
            }),
            Some(("expand", args)) => {
                Command::Expand(ExpandArgs { file: string(args, "file"), output: output(args) })
            }
            Some(("diff", args)) => Command::Diff(DiffArgs {
                old: string(args, "old"),
                new: string(args, "new"),
                format: format(args),
            }),
            Some(("explain", args)) => {
                let mut values: Vec<String> = args
                    .get_many::<String>("args")
                    .map(|v| v.cloned().collect())
                    .unwrap_or_default();
                let (rule, codes) = match values.len() {
                    0 => (None, None),
                    1 if rule_id(&values[0]) => (values.pop(), None),
                    _ => {
                        let file = values.remove(0);
                        (None, Some((file, values)))
                    }
                };
                Command::Explain(ExplainArgs {
                    rule,
                    codes,
                    lang: args.get_one::<String>("lang").cloned(),
                    format: format(args),
                })
            }
            Some(("unused", args)) => Command::Unused(UnusedArgs {
                file: string(args, "file"),
                src: args
                    .get_many::<String>("src")
                    .map(|v| v.cloned().collect())
                    .unwrap_or_default(),
                deny: args.get_flag("deny"),
                allow: args
                    .get_many::<String>("allow")
                    .map(|v| v.flat_map(|a| a.split(',')).map(|a| a.trim().to_owned()).collect())
                    .unwrap_or_default(),
            }),
            Some(("annotate", args)) => Command::Annotate(AnnotateArgs {
                file: string(args, "file"),
                logs: args
                    .get_many::<String>("logs")
                    .map(|v| v.cloned().collect())
                    .unwrap_or_default(),
                pattern: args.get_one::<String>("pattern").cloned(),
            }),
            Some(("import", args)) => Command::Import(ImportArgs {
                doc: string(args, "doc"),
                format: args.get_one::<String>("format").map(|f| match f.as_str() {
                    "assignments" => crate::import::DocFormat::Assignments,
                    "go" => crate::import::DocFormat::Go,
                    "c" => crate::import::DocFormat::C,
                    "pasted" => crate::import::DocFormat::Pasted,
                    _ => crate::import::DocFormat::Markdown,
                }),
                lang: args.get_one::<String>("lang").cloned(),
                name: args.get_one::<String>("name").cloned(),
                with: args.get_many::<String>("with").into_iter().flatten().cloned().collect(),
                section: args.get_one::<String>("section").cloned(),
                output: Output {
                    path: args.get_one::<String>("out").map(PathBuf::from),
                    check: false,
                },
                report: if string(args, "report") == "json" { Format::Json } else { Format::Text },
            }),
            _ => Command::Schema,
        };
        Ok(Cli { color, command })
    }
}

fn string(args: &ArgMatches, name: &str) -> String {
    args.get_one::<String>(name).cloned().unwrap_or_default()
}

fn format(args: &ArgMatches) -> Format {
    match string(args, "format").as_str() {
        "json" => Format::Json,
        "github" => Format::Github,
        _ => Format::Text,
    }
}

fn output(args: &ArgMatches) -> Output {
    Output { path: args.get_one::<String>("out").map(PathBuf::from), check: args.get_flag("check") }
}

/// `--allow LINT`: a lint's id.
fn lint(id: &str) -> Result<Rule, String> {
    Rule::from_id(id)
        .filter(|rule| rule.is_lint())
        .ok_or_else(|| format!("`{id}` is not a lint; `errcat explain` lists them"))
}

/// clap's definition of the command line: every subcommand with its help.
pub fn command() -> clap::Command {
    clap::Command::new("errcat")
        .about("Check error-code catalogs and keep their docs and generated code in step")
        .long_about(
            "errcat reads error-code catalogs (YAML) as the errcat::catalog! macro does.\n\
             Use it in CI: `errcat check` fails on any mistake in a catalog, `errcat docs --check` \
             and `errcat expand --check` fail when a committed reference or generated file no \
             longer matches its catalog.\n\n\
             Paths are relative to the current directory.\n\n\
             Exit status: 0 success, 1 a check failed, 2 usage or I/O error (such as a file \
             that cannot be read).",
        )
        .version(env!("CARGO_PKG_VERSION"))
        .subcommand_required(true)
        .arg_required_else_help(true)
        .arg(
            Arg::new("color")
                .long("color")
                .global(true)
                .value_name("WHEN")
                .value_parser(["auto", "always", "never"])
                .default_value("auto")
                .help("colour diagnostics: auto (only on a terminal, unless NO_COLOR is set), always, never"),
        )
        .subcommands([
            check_command(),
            schema_command(),
            explain_command(),
            annotate_command(),
            unused_command(),
            docs_command(),
            export_command(),
            diff_command(),
            expand_command(),
            import_command(),
        ])
}

fn file_arg() -> Arg {
    Arg::new("file").value_name("FILE").required(true).help("the catalog (YAML)")
}

fn out_arg() -> Arg {
    Arg::new("out")
        .short('o')
        .long("out")
        .value_name("OUT")
        .help("write here instead of standard output")
}

fn check_arg() -> Arg {
    Arg::new("check")
        .long("check")
        .action(ArgAction::SetTrue)
        .requires("out")
        .help("compare with OUT instead of writing it; exit 1 with a diff if they differ")
}

fn format_arg(help: &'static str) -> Arg {
    Arg::new("format")
        .long("format")
        .value_parser(["text", "json", "github"])
        .default_value("text")
        .help(help)
}

fn check_command() -> clap::Command {
    // The lints, listed from the rule table: `W0001 no message`…
    let lints: Vec<String> = Rule::ALL
        .iter()
        .filter(|rule| rule.is_lint())
        .map(|rule| format!("{} {}", rule.id(), rule.title()))
        .collect();
    clap::Command::new("check")
        .about("Validate catalogs; print every problem with file:line:col and the YAML line")
        .long_about(
            "Validates each FILE with every rule the macro applies and prints every \
             problem found, in rustc's format: the message, --> file:line:col, the YAML \
             line with carets under the offending node, and how to fix it.\n\n\
             Exit status: 0 all catalogs are valid, 1 some are not, 2 usage error or a \
             file that cannot be read.",
        )
        .arg(Arg::new("file").value_name("FILE").required(true).num_args(1..).help("the catalogs (YAML)"))
        .arg(format_arg("text for people; json: one object per diagnostic (file, line, column, level, rule, message, help) on standard output; github: one GitHub Actions annotation per diagnostic (::error or ::warning with file, line, column and the rule as title) on standard output"))
        .arg(
            Arg::new("deny-warnings")
                .long("deny-warnings")
                .action(ArgAction::SetTrue)
                .help(format!("fail (exit 1) on lint warnings too: {}", lints.join("; "))),
        )
        .arg(
            Arg::new("allow")
                .long("allow")
                .value_name("LINT")
                .action(ArgAction::Append)
                .value_delimiter(',')
                .value_parser(lint)
                .help("do not report this lint (repeatable, or comma-separated), e.g. --allow W0001,W0002"),
        )
}

fn schema_command() -> clap::Command {
    clap::Command::new("schema")
        .about("Print the JSON Schema of the catalog format (committed as catalog/schema.json)")
        .long_about(
            "Prints a JSON Schema (draft 2020-12) of the catalog format. Point a YAML \
             language server at it for completion and checks while editing, with this \
             first line in the catalog:\n\n    \
             # yaml-language-server: $schema=path/to/schema.json",
        )
}

fn unused_command() -> clap::Command {
    clap::Command::new("unused")
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
        .arg(Arg::new("file").value_name("FILE").required(true).help("the catalog"))
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

fn annotate_command() -> clap::Command {
    clap::Command::new("annotate")
        .about(
            "Copy log lines through, appending what the catalog says about each code they mention",
        )
        .long_about(format!(
            "Reads each LOG (standard input when none) line by line and writes it to standard \
             output, with ` [errcat: NAME: message]` appended for each code of FILE the line \
             mentions. By default a code is a number after code, errcode, error_code, err, \
             error or status (code=611, \"Code\":10205, error 611, status: -1), or a name in \
             UPPER_SNAKE_CASE (ERR_INVALID_ARGUMENT):\n\n  {}\n\n\
             --pattern replaces it: the first capture group that matched is the code or name, \
             else the whole match. Patterns run in linear time (Rust's regex crate: no \
             backtracking). Lines over 1 MiB pass through unannotated; logs need not be UTF-8.",
            crate::annotate::DEFAULT_PATTERN
        ))
        .arg(Arg::new("file").value_name("FILE").required(true).help("the catalog"))
        .arg(
            Arg::new("logs")
                .value_name("LOG")
                .num_args(0..)
                .help("log files; standard input when none"),
        )
        .arg(
            Arg::new("pattern")
                .long("pattern")
                .value_name("REGEX")
                .help("what counts as a code (regex crate syntax; first capture group = the code)"),
        )
}

fn explain_command() -> clap::Command {
    clap::Command::new("explain")
        .about("Explain a code of a catalog (errcat explain FILE CODE...), or a rule of the format (errcat explain E0008)")
        .long_about(
            "errcat explain FILE CODE...: everything FILE says about each code, given as a \
             number (negative too) or a name in any spelling (DISK_NOT_FOUND, DiskNotFound, \
             disk-not-found): name and variant, where it is defined, group and range, \
             message, description and solution in every language, HTTP status, severity, \
             retryable, deprecation and arguments. An unknown code names the group whose \
             range holds it and the nearest known codes. `-` reads codes from standard \
             input, one per line.\n\n\
             errcat explain ID: the rule with that id, as diagnostics print it (E0008); \
             without arguments, every rule.\n\n\
             Exit status: 0 every code found, 1 a code is not in the catalog, 2 usage or \
             I/O error.",
        )
        .arg(
            Arg::new("args")
                .value_name("FILE CODE... | ID")
                .num_args(0..)
                .allow_negative_numbers(true)
                .help("a catalog and codes or names to explain, or a rule id such as E0008"),
        )
        .arg(
            Arg::new("lang")
                .long("lang")
                .value_name("L")
                .help("show the texts in language L only (with the default language as fallback)"),
        )
        .arg(
            Arg::new("format")
                .long("format")
                .value_parser(["text", "json"])
                .default_value("text")
                .help("text for people, json (one object per code) for machines"),
        )
}

fn export_command() -> clap::Command {
    let targets = errcat_catalog::export::Target::ALL.map(|t| t.as_str());
    clap::Command::new("export")
        .about("Write the catalog for code in other languages: TypeScript, Go, Python, C, OpenAPI, JSON")
        .long_about(
            "Writes FILE's codes for another language: typescript (a module of `as const` \
             objects and union types), go (a package with typed constants and methods), \
             python (an IntEnum with typed tables), c (one header for C11 and C++17), \
             openapi (an OpenAPI 3.1 document: YAML, or JSON when OUT ends in .json) or \
             json (the resolved catalog). Each has the codes' names, messages in every \
             language, HTTP statuses, severities, retryability and groups, and lookups by \
             code and name. The output is deterministic and starts with a header that \
             fingerprints the catalog, so --check tells a stale file from one edited by hand.",
        )
        .arg(file_arg())
        .arg(
            Arg::new("lang")
                .long("lang")
                .value_name("L")
                .required(true)
                .value_parser(targets)
                .help("the language or format to write"),
        )
        .arg(out_arg())
        .arg(check_arg())
}

fn docs_command() -> clap::Command {
    clap::Command::new("docs")
        .about("Render a catalog as a Markdown reference")
        .long_about(
            "Renders FILE as Markdown: a heading per group with its range, and a table \
             of code, name, message, arguments (with their types), description, HTTP \
             status, severity and solution. \
             The output is deterministic, so it can be committed and checked with --check.\n\n\
             With --format html: one self-contained page (no external requests; it works \
             from file://) with every language and a switch between them, a search box \
             that filters codes as you type, an anchor per code and per group, and how \
             full each group's range is.",
        )
        .arg(file_arg())
        .arg(out_arg())
        .arg(
            Arg::new("format")
                .long("format")
                .value_parser(["markdown", "html"])
                .default_value("markdown")
                .help("markdown (one language) or html (one page, every language, searchable)"),
        )
        .arg(
            Arg::new("lang")
                .long("lang")
                .value_name("L")
                .help("the language of the texts (default: the catalog's first language)"),
        )
        .arg(check_arg())
}

fn diff_command() -> clap::Command {
    clap::Command::new("diff")
        .about("List the changes between two versions of a catalog; exit 1 if any breaks clients")
        .long_about(
            "Compares OLD with NEW and lists every change, breaking ones first, each with its \
             position in both files.\n\n\
             Breaking: a code removed without being added to `reserved`, a code renumbered \
             for the same name, a name changed for the same code, an HTTP status changed, a \
             code moved to another group (its `group()` changes), a \
             group range narrowed so that a code or reserved code falls out, `repr` narrowed, \
             an argument added, removed, renamed or retyped; and on the wire: `serde` switched between code and name (or to `none`), a \
             `body` field renamed or removed, the problem `type` base changed or removed.\n\n\
             Compatible: codes added or retired into `reserved`, messages reworded (their \
             placeholders are the arguments, so a rewording keeps them), languages \
             added, ranges narrowed over unused numbers, `serde: none` switched to code or \
             name, `body` fields added, a problem `type` base added.\n\n\
             OLD may be REV:PATH to read it from git, e.g. `errcat diff main:errors.yaml \
             errors.yaml`.\n\n\
             Exit status: 0 no breaking change, 1 breaking changes (or a catalog that does \
             not validate), 2 usage or I/O error.",
        )
        .arg(
            Arg::new("old")
                .value_name("OLD")
                .required(true)
                .help("the old catalog, or REV:PATH in git"),
        )
        .arg(Arg::new("new").value_name("NEW").required(true).help("the new catalog"))
        .arg(format_arg("text for people, json (one object per change) for machines, github (one GitHub Actions annotation per change: ::error for breaking, ::notice for compatible, at its place in the new file)"))
}

fn import_command() -> clap::Command {
    clap::Command::new("import")
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
        .arg(out_arg())
        .arg(
            Arg::new("format")
                .long("format")
                .value_parser(["markdown", "pasted", "assignments", "go", "c"])
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
        .arg(
            Arg::new("report")
                .long("report")
                .value_parser(["text", "json"])
                .default_value("text")
                .help("the report on standard error: text, or json (one object per finding)"),
        )
}

fn expand_command() -> clap::Command {
    clap::Command::new("expand")
        .about("Print the Rust that errcat::catalog! generates for a catalog, formatted")
        .long_about(
            "Prints the code the macro generates for FILE, formatted with prettyplease, \
             for review or for crates that check generated code in. The file dependency \
             is written with FILE as given, relative to the crate's directory.",
        )
        .arg(file_arg())
        .arg(out_arg())
        .arg(check_arg())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::parse_from(std::iter::once("errcat").chain(args.iter().copied()))
    }

    #[test]
    fn arguments_become_typed_values() {
        let cli =
            parse(&["check", "a.yaml", "b.yaml", "--allow", "W0001,w0003", "--color", "never"])
                .unwrap();
        assert_eq!(cli.color, ColorChoice::Never);
        let Command::Check(check) = cli.command else { panic!("{cli:?}") };
        assert_eq!(check.files, ["a.yaml", "b.yaml"]);
        assert_eq!(check.allow, [Rule::NoMessage, Rule::DefaultHttp]);
        assert_eq!((check.format, check.deny_warnings), (Format::Text, false));

        let cli = parse(&["docs", "a.yaml", "-o", "a.md", "--check", "--lang", "zh"]).unwrap();
        let expected = DocsArgs {
            file: "a.yaml".into(),
            format: DocsFormat::Markdown,
            lang: Some("zh".into()),
            output: Output { path: Some("a.md".into()), check: true },
        };
        assert_eq!(cli.command, Command::Docs(expected));
        let cli = parse(&["diff", "main:a.yaml", "a.yaml", "--format", "json"]).unwrap();
        let Command::Diff(diff) = cli.command else { panic!("{cli:?}") };
        assert_eq!((diff.old.as_str(), diff.format), ("main:a.yaml", Format::Json));
    }

    #[test]
    fn the_help_lists_every_lint() {
        let help = command().find_subcommand_mut("check").unwrap().render_long_help().to_string();
        for lint in Rule::ALL.iter().filter(|rule| rule.is_lint()) {
            assert!(help.contains(&format!("{} {}", lint.id(), lint.title())), "{help}");
        }
    }

    #[test]
    fn bad_arguments_are_usage_errors() {
        let not_a_lint = parse(&["check", "a.yaml", "--allow", "E0008"]).unwrap_err();
        assert!(not_a_lint.to_string().contains("`E0008` is not a lint"), "{not_a_lint}");
        assert!(parse(&["docs", "a.yaml", "--check"]).is_err(), "--check needs -o");
        assert!(parse(&["frobnicate"]).is_err());
        assert!(parse(&["check"]).is_err());
    }
}
