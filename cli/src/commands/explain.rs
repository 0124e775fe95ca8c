//! `errcat explain`: for whoever finds a code in a log, everything a
//! catalog says about it, by number or by name (`errcat explain FILE
//! CODE...`); and for whoever meets a diagnostic, what a rule of the format
//! is (`errcat explain E0008`).

use clap::{Arg, ArgMatches};
use serde_json::{json, Value};

use errcat_catalog::escape;
use errcat_catalog::format::Deprecation;
use errcat_catalog::model::{Entry, FieldValue, Group, Localized};
use errcat_catalog::rules::Rule;
use errcat_catalog::Catalog;

use super::{many, one, optional, Io, Outcome};
use crate::catalogs::{language, load_or_fail};
use crate::choice::{choice, parser, Choice};
use crate::render::{self, Stream, Style};
use crate::Failure;

/// The subcommand's name.
pub const NAME: &str = "explain";

choice! {
    /// `--format` of `errcat explain`.
    pub enum Format {
        /// For people.
        Text = "text",
        /// For machines: one JSON array, an object per code.
        Json = "json",
    }
}

/// What to explain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// Every rule of the format, one line each.
    Rules,
    /// One rule, by its id as written (`E0008`, `w0001`).
    Rule(String),
    /// Codes or names of the catalog `file` (`-` reads them from standard
    /// input, one per line).
    Codes {
        /// The catalog.
        file: String,
        /// The codes or names, as given.
        queries: Vec<String>,
    },
}

/// `errcat explain [ID]` or `errcat explain FILE CODE...`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Args {
    /// Rules, or codes of a catalog.
    pub subject: Subject,
    /// Only this language's texts (with the usual fallback).
    pub lang: Option<String>,
    /// Text, or JSON (one object per code).
    pub format: Format,
}

impl Args {
    /// The arguments clap matched for [`cli`]: one argument written like a
    /// rule id is a rule; otherwise the first is the catalog.
    pub fn from_matches(matches: &ArgMatches) -> Result<Args, clap::Error> {
        let mut values: Vec<String> = many(matches, "args")?;
        let subject = match values.as_slice() {
            [] => Subject::Rules,
            [id] if rule_id(id) => Subject::Rule(id.clone()),
            _ => {
                let file = values.remove(0);
                Subject::Codes { file, queries: values }
            }
        };
        Ok(Args { subject, lang: optional(matches, "lang")?, format: one(matches, "format")? })
    }
}

/// Whether `text` is written like a rule id (`E0008`, `W0001`).
fn rule_id(text: &str) -> bool {
    let mut chars = text.chars();
    matches!(chars.next(), Some('E' | 'W' | 'e' | 'w'))
        && text.len() == 5
        && chars.all(|c| c.is_ascii_digit())
}

/// clap's definition of `errcat explain`.
pub fn cli() -> clap::Command {
    clap::Command::new(NAME)
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
                .value_parser(parser::<Format>())
                .default_value(Format::Text.word())
                .help("text for people, json (one object per code) for machines"),
        )
}

/// Runs `errcat explain`; exit 1 when a code is not in the catalog.
pub fn exec(args: &Args, io: &mut Io<'_>, _: Style) -> Result<Outcome, Failure> {
    match &args.subject {
        Subject::Rules => Ok(Outcome::new(vec![(Stream::Out, rules(Rule::ALL))], 0)),
        Subject::Rule(id) => {
            let rule = Rule::from_id(id).ok_or_else(|| {
                Failure::Usage(format!("no rule `{id}`; `errcat explain` lists them"))
            })?;
            Ok(Outcome::new(vec![(Stream::Out, explained(rule))], 0))
        }
        Subject::Codes { file, queries } => {
            if queries.is_empty() {
                return Err(Failure::Usage(format!(
                    "give the codes or names to explain after the catalog: `errcat explain {file} 611`"
                )));
            }
            // The catalog first: a missing one is reported before standard input is read.
            let catalog = load_or_fail(file)?;
            let lang = args.lang.as_deref();
            if let Some(lang) = lang {
                language(&catalog, file, lang)?;
            }
            let queries = read_queries(queries, io.stdin)?;
            let found = run(&catalog, &queries);
            let all_found = found.iter().all(|f| matches!(f, Found::Entry(_)));
            let text = match args.format {
                Format::Json => {
                    let values = found.iter().map(|f| found_json(&catalog, file, f, lang));
                    format!("{}\n", render::json(&Value::Array(values.collect())))
                }
                Format::Text => {
                    let blocks: Vec<String> =
                        found.iter().map(|f| found_text(&catalog, file, f, lang)).collect();
                    blocks.join("\n")
                }
            };
            Ok(Outcome::new(vec![(Stream::Out, text)], u8::from(!all_found)))
        }
    }
}

/// What each query finds in `catalog`, in order.
pub fn run<'a>(catalog: &'a Catalog, queries: &[String]) -> Vec<Found<'a>> {
    queries.iter().map(|query| lookup(catalog, query)).collect()
}

/// The queries, with `-` expanded to the non-empty lines of `stdin`.
fn read_queries(queries: &[String], stdin: &mut dyn std::io::BufRead) -> Result<Vec<String>, Failure> {
    let mut expanded = Vec::new();
    for query in queries {
        if query != "-" {
            expanded.push(query.clone());
            continue;
        }
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
    }
    Ok(expanded)
}

/// Every rule, one line each.
pub fn rules(rules: &[Rule]) -> String {
    rules.iter().map(|rule| format!("{}  {}\n", rule.id(), rule.title())).collect()
}

/// One rule in full.
pub fn explained(rule: Rule) -> String {
    format!("{}: {}\n\n{}\n", rule.id(), rule.title(), rule.explanation())
}

/// How many known codes an unknown one is shown with.
const NEAREST: usize = 3;

/// What one query found.
#[derive(Debug)]
pub enum Found<'a> {
    /// The entry with that code or name.
    Entry(&'a Entry),
    /// No entry: the group whose range holds the number (if it is one), and
    /// the known codes nearest to it.
    Unknown {
        /// The query as given.
        query: String,
        /// The group whose range holds the number.
        group: Option<&'a Group>,
        /// The nearest known codes (by number), or names that look alike.
        nearest: Vec<&'a Entry>,
    },
}

/// A name as it may be spelt: lowercase, without `_`, `-` or spaces
/// (`DISK_NOT_FOUND`, `DiskNotFound` and `disk-not-found` are the same).
fn folded(name: &str) -> String {
    name.chars().filter(|c| !matches!(c, '_' | '-' | ' ')).flat_map(char::to_lowercase).collect()
}

/// Looks `query` up as a code (decimal, negative allowed), else as a name
/// or variant in any spelling.
pub fn lookup<'a>(catalog: &'a Catalog, query: &str) -> Found<'a> {
    let entries = catalog.entries();
    let query = query.trim();
    if let Ok(code) = query.parse::<i128>() {
        // Entries are in code order: the nearest codes lie around where `code` would be.
        let at = entries.partition_point(|e| e.code < code);
        if let Some(entry) = entries.get(at).filter(|e| e.code == code) {
            return Found::Entry(entry);
        }
        let group = catalog
            .groups()
            .iter()
            .find(|g| g.range.is_some_and(|(lo, hi)| lo <= code && code <= hi));
        let around = at.saturating_sub(NEAREST)..entries.len().min(at + NEAREST);
        let mut nearest: Vec<&Entry> = entries.get(around).unwrap_or_default().iter().collect();
        nearest.sort_by_key(|e| (e.code.abs_diff(code), e.code));
        nearest.truncate(NEAREST);
        nearest.sort_by_key(|e| e.code);
        return Found::Unknown { query: query.to_owned(), group, nearest };
    }
    let wanted = folded(query);
    let by_name = entries.iter().find(|e| e.name == query || e.ident == query).or_else(|| {
        entries.iter().find(|e| folded(&e.name) == wanted || folded(&e.ident) == wanted)
    });
    match by_name {
        Some(entry) => Found::Entry(entry),
        None => {
            let nearest = entries
                .iter()
                .filter(|e| !wanted.is_empty() && folded(&e.name).contains(&wanted))
                .take(NEAREST)
                .collect();
            Found::Unknown { query: query.to_owned(), group: None, nearest }
        }
    }
}

fn range(group: &Group) -> String {
    group.range.map_or(String::new(), |(lo, hi)| format!(" [{lo}, {hi}]"))
}

/// The languages to show, as (index, tag): `lang` alone (falling back as
/// `message_in` does), or every catalog language.
fn shown_languages<'a>(catalog: &'a Catalog, lang: Option<&str>) -> Vec<(usize, &'a str)> {
    let languages = catalog.languages();
    match lang {
        Some(lang) => {
            let index = languages.iter().position(|l| l.eq_ignore_ascii_case(lang)).unwrap_or(0);
            languages.get(index).map(|l| vec![(index, l.as_str())]).unwrap_or_default()
        }
        None => languages.iter().map(String::as_str).enumerate().collect(),
    }
}

fn texts(
    text: Option<&Localized>,
    languages: &[(usize, &str)],
    all: bool,
) -> Vec<(String, String)> {
    let Some(text) = text else { return Vec::new() };
    let mut out = Vec::new();
    for &(index, tag) in languages {
        let value = if all { text.own(index) } else { text.get(index) };
        if let Some(value) = value {
            out.push((tag.to_owned(), value.to_owned()));
        }
    }
    out
}

/// One query for people: catalog text as written, line breaks kept, and a
/// character errcat never writes raw shown by its name (`<U+202E>`).
pub fn found_text(catalog: &Catalog, file: &str, found: &Found<'_>, lang: Option<&str>) -> String {
    escape::visible_lines(&found_text_raw(catalog, file, found, lang))
}

fn found_text_raw(catalog: &Catalog, file: &str, found: &Found<'_>, lang: Option<&str>) -> String {
    let entry = match found {
        Found::Entry(entry) => entry,
        Found::Unknown { query, group, nearest } => {
            let mut out = format!("{query}: not in {file}\n");
            if let Some(group) = group {
                out.push_str(&format!(
                    "  in the range of group `{}`{}\n",
                    group.name,
                    range(group)
                ));
            } else if query.parse::<i128>().is_ok() {
                out.push_str("  in no group's range\n");
            }
            if !nearest.is_empty() {
                let list: Vec<String> =
                    nearest.iter().map(|e| format!("{} (`{}`)", e.code, e.name)).collect();
                out.push_str(&format!("  nearest known: {}\n", list.join(", ")));
            }
            return out;
        }
    };
    let languages = shown_languages(catalog, lang);
    let all = lang.is_none();
    let mut out = format!("{} {}", entry.code, entry.name);
    if entry.ident != entry.name {
        out.push_str(&format!(" (variant `{}`)", entry.ident));
    }
    out.push_str(&format!(
        "\n  defined at {file}:{}:{}\n",
        entry.span.start.line, entry.span.start.column
    ));
    if let Some(group) = entry.group.and_then(|g| catalog.groups().get(g)) {
        out.push_str(&format!("  group: {}{}\n", group.name, range(group)));
    }
    for (label, text) in [
        ("message", entry.message.as_ref()),
        ("description", entry.description.as_ref()),
        ("solution", entry.solution.as_ref()),
    ] {
        for (tag, value) in texts(text, &languages, all) {
            out.push_str(&format!("  {label} [{tag}]: {value}\n"));
        }
    }
    out.push_str(&format!("  HTTP status: {}\n", entry.http));
    out.push_str(&format!("  gRPC code: {}\n", entry.grpc.as_str()));
    out.push_str(&format!("  severity: {}\n", entry.severity.as_str()));
    out.push_str(&format!("  retryable: {}\n", if entry.retryable { "yes" } else { "no" }));
    match &entry.deprecated {
        Some(Deprecation::Plain) => out.push_str("  deprecated\n"),
        Some(Deprecation::Note(note)) => out.push_str(&format!("  deprecated: {note}\n")),
        None => {}
    }
    if !entry.args.is_empty() {
        let args: Vec<String> =
            entry.args.iter().map(|a| format!("{}: {}", a.name, a.ty.as_str())).collect();
        out.push_str(&format!("  args: {}\n", args.join(", ")));
    }
    for (field, value) in catalog.fields().iter().zip(&entry.fields) {
        let value = value.as_ref().map_or_else(|| "(unset)".to_owned(), FieldValue::to_text);
        out.push_str(&format!("  {}: {value}\n", field.name));
    }
    if let Some(link) = &entry.help_url {
        out.push_str(&format!("  help: {link}\n"));
    }
    out
}

/// One query for machines.
pub fn found_json(catalog: &Catalog, file: &str, found: &Found<'_>, lang: Option<&str>) -> Value {
    let entry = match found {
        Found::Entry(entry) => entry,
        Found::Unknown { query, group, nearest } => {
            return json!({
                "query": query,
                "found": false,
                "group": group.map(|g| json!({ "name": g.name, "range": g.range.map(|(lo, hi)| [lo, hi]) })),
                "nearest": nearest.iter().map(|e| json!({ "code": e.code, "name": e.name })).collect::<Vec<_>>(),
            });
        }
    };
    let languages = shown_languages(catalog, lang);
    let all = lang.is_none();
    let by_language = |text: Option<&Localized>| {
        let pairs = texts(text, &languages, all);
        Value::Object(pairs.into_iter().map(|(tag, value)| (tag, Value::String(value))).collect())
    };
    let group = entry.group.and_then(|g| catalog.groups().get(g));
    json!({
        "found": true,
        "code": entry.code,
        "name": entry.name,
        "variant": entry.ident,
        "file": file,
        "line": entry.span.start.line,
        "column": entry.span.start.column,
        "group": group.map(|g| json!({ "name": g.name, "range": g.range.map(|(lo, hi)| [lo, hi]) })),
        "message": by_language(entry.message.as_ref()),
        "description": by_language(entry.description.as_ref()),
        "solution": by_language(entry.solution.as_ref()),
        "http": entry.http,
        "grpc": entry.grpc.as_str(),
        "severity": entry.severity.as_str(),
        "retryable": entry.retryable,
        "deprecated": match &entry.deprecated {
            None => Value::Bool(false),
            Some(Deprecation::Plain) => Value::Bool(true),
            Some(Deprecation::Note(note)) => Value::String(note.clone()),
        },
        "args": entry.args.iter().map(|a| json!({ "name": a.name, "type": a.ty.as_str() })).collect::<Vec<_>>(),
        "fields": catalog.fields().iter().zip(&entry.fields).map(|(field, value)| {
            let value = match value {
                None => Value::Null,
                Some(FieldValue::Str(text) | FieldValue::Word(text)) => Value::String(text.clone()),
                Some(FieldValue::Bool(flag)) => Value::Bool(*flag),
                Some(FieldValue::Int(number)) => Value::from(*number),
            };
            (field.name.clone(), value)
        }).collect::<serde_json::Map<String, Value>>(),
        "help_url": entry.help_url,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::tests::parse;
    use crate::commands::Command;

    fn explain(args: &[&str], stdin: &str) -> Result<Outcome, Failure> {
        let Ok(Command::Explain(args)) = parse(&[&["explain"], args].concat()) else { panic!() };
        let mut out = Vec::new();
        exec(&args, &mut Io { stdin: &mut stdin.as_bytes(), stdout: &mut out }, Style { color: false })
    }

    fn printed(outcome: &Outcome) -> &str {
        &outcome.printed[0].1
    }

    #[test]
    fn rules_are_found_by_id_and_files_by_position() {
        let one = explain(&["e0008"], "").unwrap();
        assert!(printed(&one).starts_with("E0008: a code is used twice\n"), "{}", printed(&one));
        assert_eq!(explain(&["E0999"], "").unwrap_err().exit_code(), 2);
        assert_eq!(printed(&explain(&[], "").unwrap()), rules(Rule::ALL));
        let Ok(Command::Explain(codes)) = parse(&["explain", "a.yaml", "611", "-1"]) else {
            panic!()
        };
        let expected = Subject::Codes { file: "a.yaml".into(), queries: vec!["611".into(), "-1".into()] };
        assert_eq!(codes.subject, expected);
    }

    #[test]
    fn codes_come_from_the_arguments_and_standard_input() {
        let catalog = format!("{}/../examples/catalogs/blobstore.yaml", env!("CARGO_MANIFEST_DIR"));
        let outcome = explain(&[&catalog, "-", "--format", "json"], "611\n\n  CodeDiskBroken \n9999\n").unwrap();
        let value: Value = serde_json::from_str(printed(&outcome)).unwrap();
        let names: Vec<&str> = value.as_array().unwrap().iter().map(|v| v["name"].as_str().unwrap_or("?")).collect();
        assert_eq!(names, ["CodeDiskNotFound", "CodeDiskBroken", "?"]);
        assert_eq!(outcome.status, 1, "9999 is not in the catalog");
        assert_eq!(explain(&[&catalog], "").unwrap_err().exit_code(), 2);
        assert_eq!(explain(&[&catalog, "611", "--lang", "fr"], "").unwrap_err().exit_code(), 2);
    }

    #[test]
    fn a_text_is_shown_with_its_invisible_characters_named() {
        let source = "name: E\ncodes:\n  - {code: 1, name: \"A\\u202EB\", message: \"a\\u202Eb\", description: \"one\\ntwo\\tthree\", deprecated: \"use \\u2066x\"}\n";
        let catalog = errcat_catalog::load_str(source, "e.yaml").unwrap();
        let found = lookup(&catalog, "1");
        let text = found_text(&catalog, "e.yaml", &found, None);
        assert!(text.starts_with("1 A<U+202E>B"), "{text}");
        assert!(text.contains("message [en]: a<U+202E>b") && text.contains("deprecated: use <U+2066>x"), "{text}");
        // A line break stays one; a tab is named.
        assert!(text.contains("description [en]: one\ntwo<U+0009>three\n"), "{text}");
    }
}
