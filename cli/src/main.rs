//! `errcat`: keeps catalogs, their docs and the code generated from them in
//! step, for CI. Exit status: 0 success, 1 a check failed, 2 usage or I/O error.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use clap::{Arg, ArgAction, ArgMatches, Command};
use errcat_catalog::generate::{self, Tracking};
use errcat_catalog::rules::Rule;
use errcat_catalog::{load_file, Catalog, Diagnostic};

/// A failed run: 1 when a check found problems, 2 for usage and I/O errors.
enum Failure {
    Check,
    Usage(String),
}

fn cli() -> Command {
    let file = || Arg::new("file").value_name("FILE").required(true).help("the catalog (YAML)");
    let out = || {
        Arg::new("out")
            .short('o')
            .long("out")
            .value_name("OUT")
            .help("write here instead of standard output")
    };
    let check = || {
        Arg::new("check")
            .long("check")
            .action(ArgAction::SetTrue)
            .requires("out")
            .help("compare with OUT instead of writing it; exit 1 with a diff if they differ")
    };
    Command::new("errcat")
        .about("Check error-code catalogs and keep their docs and generated code in step")
        .long_about(
            "errcat reads error-code catalogs (YAML) as the errcat::catalog! macro does.\n\
             Use it in CI: `errcat check` fails on any mistake in a catalog, `errcat docs --check` \
             and `errcat expand --check` fail when a committed reference or generated file no \
             longer matches its catalog.\n\n\
             Exit status: 0 success, 1 a check failed, 2 usage or I/O error.",
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
        .subcommand(
            Command::new("check")
                .about("Validate catalogs; print every problem with file:line:col and the YAML line")
                .long_about(
                    "Validates each FILE with every rule the macro applies and prints every \
                     problem found, in rustc's format: the message, --> file:line:col, the YAML \
                     line with carets under the offending node, and how to fix it.\n\n\
                     Exit status: 0 all catalogs are valid, 1 some are not, 2 usage error.",
                )
                .arg(Arg::new("file").value_name("FILE").required(true).num_args(1..).help("the catalogs (YAML)"))
                .arg(
                    Arg::new("format")
                        .long("format")
                        .value_parser(["text", "json"])
                        .default_value("text")
                        .help("text for people; json: one object per diagnostic (file, line, column, level, rule, message, help) on standard output"),
                )
                .arg(
                    Arg::new("deny-warnings")
                        .long("deny-warnings")
                        .action(ArgAction::SetTrue)
                        .help("fail (exit 1) on lint warnings too: W0001 no message, W0002 no description, W0003 default HTTP status, W0004 deprecated without a note"),
                )
                .arg(
                    Arg::new("allow")
                        .long("allow")
                        .value_name("LINT")
                        .action(ArgAction::Append)
                        .value_delimiter(',')
                        .help("do not report this lint (repeatable, or comma-separated), e.g. --allow W0001,W0002"),
                ),
        )
        .subcommand(
            Command::new("schema")
                .about("Print the JSON Schema of the catalog format (committed as catalog/schema.json)")
                .long_about(
                    "Prints a JSON Schema (draft 2020-12) of the catalog format. Point a YAML \
                     language server at it for completion and checks while editing, with this \
                     first line in the catalog:\n\n    \
                     # yaml-language-server: $schema=path/to/schema.json",
                ),
        )
        .subcommand(
            Command::new("explain")
                .about("Explain a rule, by its id as printed with diagnostics (E0001...)")
                .arg(Arg::new("rule").value_name("ID").help("the rule id, e.g. E0008; without it, list every rule")),
        )
        .subcommand(
            Command::new("docs")
                .about("Render a catalog as a Markdown reference")
                .long_about(
                    "Renders FILE as Markdown: a heading per group with its range, and a table \
                     of code, name, message, description, HTTP status, severity and solution. \
                     The output is deterministic, so it can be committed and checked with --check.",
                )
                .arg(file())
                .arg(out())
                .arg(
                    Arg::new("lang")
                        .long("lang")
                        .value_name("L")
                        .help("the language of the texts (default: the catalog's first language)"),
                )
                .arg(check()),
        )
        .subcommand(
            Command::new("diff")
                .about("List the changes between two versions of a catalog; exit 1 if any breaks clients")
                .long_about(
                    "Compares OLD with NEW and lists every change, breaking ones first, each with its \
                     position in both files. Breaking: a code removed without being added to \
                     `reserved`, a code renumbered for the same name, a name changed for the same \
                     code, an HTTP status changed, a group range narrowed so that a code or reserved code falls out, `repr` narrowed. \
                     Compatible: codes added or retired into `reserved`, messages reworded, languages \
                     added.\n\n\
                     OLD may be REV:PATH to read it from git, e.g. `errcat diff main:errors.yaml \
                     errors.yaml`.\n\n\
                     Exit status: 0 no breaking change, 1 breaking changes, 2 usage or I/O error.",
                )
                .arg(Arg::new("old").value_name("OLD").required(true).help("the old catalog, or REV:PATH in git"))
                .arg(Arg::new("new").value_name("NEW").required(true).help("the new catalog"))
                .arg(
                    Arg::new("format")
                        .long("format")
                        .value_parser(["text", "json"])
                        .default_value("text")
                        .help("text for people, json (one object per change) for machines"),
                ),
        )
        .subcommand(
            Command::new("expand")
                .about("Print the Rust that errcat::catalog! generates for a catalog, formatted")
                .long_about(
                    "Prints the code the macro generates for FILE, formatted with prettyplease, \
                     for review or for crates that check generated code in. The file dependency \
                     is written with FILE as given, relative to the crate's directory.",
                )
                .arg(file())
                .arg(out())
                .arg(check()),
        )
}

fn main() -> ExitCode {
    let matches = match cli().try_get_matches() {
        Ok(matches) => matches,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { 2 } else { 0 });
        }
    };
    let color = match matches.get_one::<String>("color").map(String::as_str) {
        Some("always") => true,
        Some("never") => false,
        _ => std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let result = match matches.subcommand() {
        Some(("check", args)) => check(args, color),
        Some(("docs", args)) => docs(args, color),
        Some(("expand", args)) => expand(args, color),
        Some(("diff", args)) => diff(args, color),
        Some(("explain", args)) => explain(args),
        Some(("schema", _)) => {
            print!("{}", errcat_catalog::schema::JSON_SCHEMA);
            Ok(())
        }
        _ => Err(Failure::Usage("unknown subcommand".into())),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Check) => ExitCode::from(1),
        Err(Failure::Usage(message)) => {
            eprintln!("{}: {message}", label("error", color));
            ExitCode::from(2)
        }
    }
}

fn label(text: &str, color: bool) -> String {
    if color {
        format!("\x1b[1;31m{text}\x1b[0m")
    } else {
        text.to_owned()
    }
}

fn print_diagnostics(diagnostics: &[Diagnostic], color: bool) {
    for diagnostic in diagnostics {
        eprintln!("{}: {diagnostic}\n", label("error", color));
    }
}

fn file_arg(args: &ArgMatches) -> &str {
    args.get_one::<String>("file").map_or("", String::as_str)
}

/// Loads a catalog, printing its diagnostics if it does not validate.
fn load(path: &str, color: bool) -> Result<Catalog, Failure> {
    load_file(Path::new(path), path).map_err(|diagnostics| {
        print_diagnostics(&diagnostics, color);
        let errors = diagnostics.len();
        eprintln!(
            "{}: {path}: {errors} error{}",
            label("error", color),
            if errors == 1 { "" } else { "s" }
        );
        Failure::Check
    })
}

/// Every diagnostic of one file: its errors, or, when it is valid, its lints
/// (those not allowed); `Ok` carries the number of codes of a valid catalog.
fn diagnose(path: &str, allowed: &[Rule]) -> (Option<usize>, Vec<Diagnostic>) {
    match load_file(Path::new(path), path) {
        Err(errors) => (None, errors),
        Ok(catalog) => {
            let source = std::fs::read_to_string(path).unwrap_or_default();
            let warnings = errcat_catalog::lints::lints(&catalog, &source, path, allowed);
            (Some(catalog.entries().len()), warnings)
        }
    }
}

fn check(args: &ArgMatches, color: bool) -> Result<(), Failure> {
    let mut allowed = Vec::new();
    for id in args.get_many::<String>("allow").into_iter().flatten() {
        match Rule::from_id(id).filter(|r| r.is_lint()) {
            Some(rule) => allowed.push(rule),
            None => {
                return Err(Failure::Usage(format!(
                    "`{id}` is not a lint; `errcat explain` lists them"
                )))
            }
        }
    }
    let deny = args.get_flag("deny-warnings");
    let json = args.get_one::<String>("format").map(String::as_str) == Some("json");
    let (mut failed, mut objects) = (false, Vec::new());
    for path in args.get_many::<String>("file").into_iter().flatten() {
        let (codes, diagnostics) = diagnose(path, &allowed);
        failed |= codes.is_none() || (deny && !diagnostics.is_empty());
        if json {
            objects.extend(diagnostics.iter().map(json_diagnostic));
            continue;
        }
        for diagnostic in &diagnostics {
            let level = if diagnostic.rule.is_lint() {
                warning_label(color)
            } else {
                label("error", color)
            };
            eprintln!("{level}[{}]: {diagnostic}\n", diagnostic.rule.id());
        }
        match codes {
            Some(codes) if diagnostics.is_empty() => println!("{path}: ok, {codes} codes"),
            Some(codes) => println!("{path}: ok, {codes} codes, {} warnings", diagnostics.len()),
            None => eprintln!("{}: {path}: {} errors", label("error", color), diagnostics.len()),
        }
    }
    if json {
        println!("[{}]", objects.join(","));
    }
    if failed {
        Err(Failure::Check)
    } else {
        Ok(())
    }
}

fn warning_label(color: bool) -> String {
    if color {
        "\x1b[1;33mwarning\x1b[0m".to_owned()
    } else {
        "warning".to_owned()
    }
}

fn json_diagnostic(d: &Diagnostic) -> String {
    let (line, column) = d.span.map_or(("null".to_owned(), "null".to_owned()), |s| {
        (s.start.line.to_string(), s.start.column.to_string())
    });
    format!(
        "{{\"file\":{},\"line\":{line},\"column\":{column},\"level\":{},\"rule\":{},\"message\":{},\"help\":{}}}",
        json_string(&d.file),
        json_string(if d.rule.is_lint() { "warning" } else { "error" }),
        json_string(d.rule.id()),
        json_string(&d.headline()),
        d.help.as_deref().map_or_else(|| "null".to_owned(), json_string),
    )
}

fn docs(args: &ArgMatches, color: bool) -> Result<(), Failure> {
    let catalog = load(file_arg(args), color)?;
    let lang = match args.get_one::<String>("lang") {
        None => 0,
        Some(lang) => catalog.languages().iter().position(|l| l == lang).ok_or_else(|| {
            Failure::Usage(format!(
                "the catalog has no language `{lang}`; it has: {}",
                catalog.languages().join(", ")
            ))
        })?,
    };
    emit(args, &errcat_catalog::docs::markdown(&catalog, lang))
}

fn expand(args: &ArgMatches, color: bool) -> Result<(), Failure> {
    let path = file_arg(args);
    let catalog = load(path, color)?;
    let tokens = generate::catalog(&catalog, Tracking::ManifestRelative(path));
    let file = syn::parse2::<syn::File>(tokens).map_err(|e| {
        Failure::Usage(format!("internal error: the expansion does not parse: {e}"))
    })?;
    emit(args, &prettyplease::unparse(&file))
}

/// Writes `text` to OUT or standard output, or with `--check` compares it with OUT.
fn emit(args: &ArgMatches, text: &str) -> Result<(), Failure> {
    let Some(out) = args.get_one::<String>("out") else {
        print!("{text}");
        return Ok(());
    };
    if !args.get_flag("check") {
        return std::fs::write(out, text)
            .map_err(|e| Failure::Usage(format!("cannot write {out}: {e}")));
    }
    let committed = std::fs::read_to_string(out)
        .map_err(|e| Failure::Usage(format!("cannot read {out}: {e}")))?;
    if committed == text {
        return Ok(());
    }
    let diff = similar::TextDiff::from_lines(committed.as_str(), text);
    eprint!("{}", diff.unified_diff().header(out, "expected (from the catalog)"));
    eprintln!("{out} is out of date: regenerate it without --check");
    Err(Failure::Check)
}

/// A catalog from a file, or from git when `spec` is `REV:PATH` and no such file exists.
fn load_version(spec: &str, color: bool) -> Result<Catalog, Failure> {
    let from_git = spec.split_once(':').filter(|_| !Path::new(spec).exists());
    let Some((rev, path)) = from_git else {
        return load(spec, color);
    };
    let output = std::process::Command::new("git")
        .args(["show", &format!("{rev}:{path}")])
        .output()
        .map_err(|e| Failure::Usage(format!("cannot run git to read {spec}: {e}")))?;
    if !output.status.success() {
        let why = String::from_utf8_lossy(&output.stderr);
        return Err(Failure::Usage(format!("git cannot show {spec}: {}", why.trim())));
    }
    let source = String::from_utf8(output.stdout)
        .map_err(|_| Failure::Usage(format!("{spec} is not UTF-8")))?;
    errcat_catalog::load_str(&source, spec).map_err(|diagnostics| {
        print_diagnostics(&diagnostics, color);
        Failure::Check
    })
}

fn diff(args: &ArgMatches, color: bool) -> Result<(), Failure> {
    let arg = |name| args.get_one::<String>(name).map_or("", String::as_str);
    let (old_name, new_name) = (arg("old"), arg("new"));
    let old = load_version(old_name, color)?;
    let new = load(new_name, color)?;
    let changes = errcat_catalog::diff::diff(&old, &new);
    let at = |file: &str, pos: Option<errcat_catalog::diagnostic::Pos>| {
        pos.map(|p| format!("{file}:{}:{}", p.line, p.column))
    };
    if arg("format") == "json" {
        let position = |pos: Option<errcat_catalog::diagnostic::Pos>| {
            pos.map_or_else(
                || "null".to_owned(),
                |p| format!("{{\"line\":{},\"column\":{}}}", p.line, p.column),
            )
        };
        let objects: Vec<String> = changes
            .iter()
            .map(|c| {
                format!(
                    "{{\"kind\":{},\"breaking\":{},\"message\":{},\"old\":{},\"new\":{}}}",
                    json_string(c.kind),
                    c.breaking,
                    json_string(&c.message),
                    position(c.old),
                    position(c.new)
                )
            })
            .collect();
        println!("[{}]", objects.join(","));
    } else {
        for change in &changes {
            let kind =
                if change.breaking { label("breaking", color) } else { "compatible".to_owned() };
            let places: Vec<String> = [at(old_name, change.old), at(new_name, change.new)]
                .into_iter()
                .flatten()
                .collect();
            let places = if places.is_empty() {
                String::new()
            } else {
                format!("\n    {}", places.join("\n    "))
            };
            println!("{kind}: {}{places}", change.message);
        }
        let breaking = changes.iter().filter(|c| c.breaking).count();
        println!("{breaking} breaking, {} compatible", changes.len() - breaking);
    }
    if changes.iter().any(|c| c.breaking) {
        Err(Failure::Check)
    } else {
        Ok(())
    }
}

/// A JSON string literal.
fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn explain(args: &ArgMatches) -> Result<(), Failure> {
    let Some(id) = args.get_one::<String>("rule") else {
        for rule in Rule::ALL {
            println!("{}  {}", rule.id(), rule.title());
        }
        return Ok(());
    };
    let rule = Rule::from_id(id)
        .ok_or_else(|| Failure::Usage(format!("no rule `{id}`; `errcat explain` lists them")))?;
    println!("{}: {}\n\n{}", rule.id(), rule.title(), rule.explanation());
    Ok(())
}
