//! `errcat check FILE...`: every catalog validated, and the lints of the
//! valid ones, for people (rustc's layout), machines (JSON) or GitHub
//! Actions (one annotation per finding).

use clap::{Arg, ArgAction, ArgMatches};
use serde_json::{json, Value};

use errcat_catalog::diagnostic::Diagnostic;
use errcat_catalog::lints::lints;
use errcat_catalog::rules::Rule;

use super::{many, one, Io, Outcome};
use crate::catalogs::load;
use crate::choice::{choice, parser, Choice};
use crate::render::{self, count, Printed, Stream, Style};
use crate::{CatalogError, Failure};

/// The subcommand's name.
pub const NAME: &str = "check";

choice! {
    /// `--format` of `errcat check`.
    pub enum Format {
        /// For people: rustc's layout, on standard error.
        Text = "text",
        /// For machines: one JSON array on standard output.
        Json = "json",
        /// For GitHub Actions: one workflow command (`::error file=…,line=…::…`)
        /// per finding on standard output, which annotates the pull request.
        Github = "github",
    }
}

/// `errcat check FILE...`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Args {
    /// The catalogs, as given.
    pub files: Vec<String>,
    /// How to print the diagnostics.
    pub format: Format,
    /// Whether lint warnings fail the check.
    pub deny_warnings: bool,
    /// Lints not to report.
    pub allow: Vec<Rule>,
}

impl Args {
    /// The arguments clap matched for [`cli`].
    pub fn from_matches(matches: &ArgMatches) -> Result<Args, clap::Error> {
        Ok(Args {
            files: many(matches, "file")?,
            format: one(matches, "format")?,
            deny_warnings: matches.get_flag("deny-warnings"),
            allow: many(matches, "allow")?,
        })
    }
}

/// clap's definition of `errcat check`.
pub fn cli() -> clap::Command {
    // The lints, listed from the rule table: `W0001 no message`…
    let lints: Vec<String> = Rule::ALL
        .iter()
        .filter(|rule| rule.is_lint())
        .map(|rule| format!("{} {}", rule.id(), rule.title()))
        .collect();
    clap::Command::new(NAME)
        .about("Validate catalogs; print every problem with file:line:col and the YAML line")
        .long_about(
            "Validates each FILE with every rule the macro applies and prints every \
             problem found, in rustc's format: the message, --> file:line:col, the YAML \
             line with carets under the offending node, and how to fix it.\n\n\
             Exit status: 0 all catalogs are valid, 1 some are not, 2 usage error or a \
             file that cannot be read.",
        )
        .arg(Arg::new("file").value_name("FILE").required(true).num_args(1..).help("the catalogs (YAML)"))
        .arg(
            Arg::new("format")
                .long("format")
                .value_parser(parser::<Format>())
                .default_value(Format::Text.word())
                .help("text for people; json: one object per diagnostic (file, line, column, level, rule, message, help) on standard output; github: one GitHub Actions annotation per diagnostic (::error or ::warning with file, line, column and the rule as title) on standard output"),
        )
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

/// `--allow LINT`: a lint's id.
fn lint(id: &str) -> Result<Rule, String> {
    Rule::from_id(id)
        .filter(|rule| rule.is_lint())
        .ok_or_else(|| format!("`{id}` is not a lint; `errcat explain` lists them"))
}

/// What `errcat check` found in each file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// One result per file, in the order given.
    pub files: Vec<FileCheck>,
    /// Whether lint warnings fail the check.
    pub deny_warnings: bool,
}

/// One file's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileCheck {
    /// The file as named on the command line.
    pub path: String,
    /// The valid catalog's facts, or what is wrong with it.
    pub result: Result<Valid, CatalogError>,
}

/// A catalog that validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Valid {
    /// How many codes it defines.
    pub codes: usize,
    /// Its lint warnings, except the allowed ones.
    pub warnings: Vec<Diagnostic>,
}

impl FileCheck {
    /// Every diagnostic of the file, errors or warnings.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match &self.result {
            Ok(valid) => &valid.warnings,
            Err(error) => error.diagnostics(),
        }
    }
}

impl Report {
    /// 0 when every catalog passed, 2 when a file could not be read, else 1.
    pub fn exit_code(&self) -> u8 {
        let unreadable =
            self.files.iter().any(|f| matches!(f.result, Err(CatalogError::Unreadable(_))));
        let failed = self.files.iter().any(|f| match &f.result {
            Err(_) => true,
            Ok(valid) => self.deny_warnings && !valid.warnings.is_empty(),
        });
        match (unreadable, failed) {
            (true, _) => 2,
            (false, true) => 1,
            (false, false) => 0,
        }
    }
}

/// Checks every file of `args`; the lint pass reads the same text the
/// catalog was loaded from.
pub fn run(args: &Args) -> Report {
    let files = args
        .files
        .iter()
        .map(|path| FileCheck {
            path: path.clone(),
            result: load(path).map(|(source, catalog)| Valid {
                codes: catalog.entries().len(),
                warnings: lints(&catalog, &source, &args.allow),
            }),
        })
        .collect();
    Report { files, deny_warnings: args.deny_warnings }
}

/// Runs `errcat check` and renders its report in `args.format`.
pub fn exec(args: &Args, _io: &mut Io<'_>, style: Style) -> Result<Outcome, Failure> {
    let report = run(args);
    let printed = match args.format {
        Format::Text => text(&report, style),
        Format::Json => vec![(Stream::Out, format!("{}\n", render::json(&json(&report))))],
        Format::Github => vec![(Stream::Out, github(&report))],
    };
    Ok(Outcome::new(printed, report.exit_code()))
}

/// For people: each diagnostic with its level and rule id, then one summary
/// line per file.
pub fn text(report: &Report, style: Style) -> Printed {
    let mut printed = Vec::new();
    for file in &report.files {
        for diagnostic in file.diagnostics() {
            let level = if diagnostic.rule.is_lint() { style.warning() } else { style.error() };
            let text = format!("{level}[{}]: {diagnostic}\n\n", diagnostic.rule.id());
            printed.push((Stream::Err, text));
        }
        printed.push(summary(file, style));
    }
    printed
}

/// The line `check` ends each file with: ok and the counts, or the errors.
fn summary(file: &FileCheck, style: Style) -> (Stream, String) {
    let path = &file.path;
    match &file.result {
        Ok(valid) if valid.warnings.is_empty() => {
            (Stream::Out, format!("{path}: ok, {}\n", count(valid.codes, "code")))
        }
        Ok(valid) => (
            Stream::Out,
            format!(
                "{path}: ok, {}, {}\n",
                count(valid.codes, "code"),
                count(valid.warnings.len(), "warning")
            ),
        ),
        Err(error) => {
            let errors = count(error.diagnostics().len(), "error");
            (Stream::Err, format!("{}: {path}: {errors}\n", style.error()))
        }
    }
}

/// For machines: one object per diagnostic of every file.
pub fn json(report: &Report) -> Value {
    let diagnostics = report.files.iter().flat_map(FileCheck::diagnostics);
    Value::Array(diagnostics.map(diagnostic_json).collect())
}

fn diagnostic_json(d: &Diagnostic) -> Value {
    json!({
        "file": d.file,
        "line": d.span.map(|s| s.start.line),
        "column": d.span.map(|s| s.start.column),
        "level": if d.rule.is_lint() { "warning" } else { "error" },
        "rule": d.rule.id(),
        "message": d.headline(),
        "help": d.help,
    })
}

/// For GitHub Actions: one annotation per diagnostic, then the summary lines.
pub fn github(report: &Report) -> String {
    let mut out = String::new();
    for file in &report.files {
        for d in file.diagnostics() {
            let level = if d.rule.is_lint() { "warning" } else { "error" };
            let mut properties = vec![("file", d.file.clone())];
            if let Some(span) = d.span {
                properties.push(("line", span.start.line.to_string()));
                properties.push(("col", span.start.column.to_string()));
                if span.end.line == span.start.line {
                    properties.push(("endColumn", span.end.column.to_string()));
                }
            }
            properties.push(("title", d.rule.id().to_owned()));
            let message = match &d.help {
                Some(help) => format!("{}\nhelp: {help}", d.headline()),
                None => d.headline(),
            };
            out.push_str(&render::workflow_command(level, &properties, &message));
        }
    }
    for file in &report.files {
        out.push_str(&summary(file, Style { color: false }).1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::tests::parse;
    use crate::commands::Command;
    use errcat_catalog::diagnostic::{Pos, Span};

    fn check_files(files: &[&str], deny_warnings: bool, allow: &[Rule]) -> Report {
        let files =
            files.iter().map(|f| format!("{}/../{f}", env!("CARGO_MANIFEST_DIR"))).collect();
        run(&Args { files, format: Format::Text, deny_warnings, allow: allow.to_vec() })
    }

    fn diagnostic(rule: Rule, message: &str) -> Diagnostic {
        Diagnostic::about_file(rule, "e.yaml", message.to_owned(), "fix it")
    }

    fn report(result: Result<Valid, CatalogError>) -> Report {
        Report { files: vec![FileCheck { path: "e.yaml".into(), result }], deny_warnings: false }
    }

    #[test]
    fn arguments_become_typed_values() {
        let Ok(Command::Check(check)) =
            parse(&["check", "a.yaml", "b.yaml", "--allow", "W0001,w0003"])
        else {
            panic!()
        };
        assert_eq!(check.files, ["a.yaml", "b.yaml"]);
        assert_eq!(check.allow, [Rule::NoMessage, Rule::DefaultHttp]);
        assert_eq!((check.format, check.deny_warnings), (Format::Text, false));
        let not_a_lint = parse(&["check", "a.yaml", "--allow", "E0008"]).unwrap_err();
        assert!(not_a_lint.to_string().contains("`E0008` is not a lint"), "{not_a_lint}");
    }

    #[test]
    fn the_help_lists_every_lint() {
        let help = cli().render_long_help().to_string();
        for lint in Rule::ALL.iter().filter(|rule| rule.is_lint()) {
            assert!(help.contains(&format!("{} {}", lint.id(), lint.title())), "{help}");
        }
    }

    #[test]
    fn each_file_gets_its_result() {
        let report = check_files(
            &["examples/catalogs/blobstore.yaml", "tests/ui/duplicate_code.yaml", "missing.yaml"],
            false,
            &[],
        );
        assert!(matches!(report.files[0].result, Ok(Valid { codes: 71, .. })));
        assert_eq!(report.files[1].diagnostics()[0].rule, Rule::DuplicateCode);
        assert!(matches!(report.files[2].result, Err(CatalogError::Unreadable(_))));
        assert_eq!(report.exit_code(), 2, "an unreadable file is an I/O error");
        assert_eq!(check_files(&["tests/ui/duplicate_code.yaml"], false, &[]).exit_code(), 1);
    }

    #[test]
    fn warnings_fail_only_when_denied_and_not_allowed() {
        let features = ["tests/catalogs/features.yaml"];
        assert_eq!(check_files(&features, false, &[]).exit_code(), 0);
        let denied = check_files(&features, true, &[]);
        assert_eq!(denied.exit_code(), 1);
        let rules: Vec<Rule> = denied.files[0].diagnostics().iter().map(|d| d.rule).collect();
        assert!(rules.contains(&Rule::NoDescription), "{rules:?}");
        let lints =
            [Rule::NoMessage, Rule::NoDescription, Rule::DefaultHttp, Rule::DeprecatedWithoutNote];
        assert_eq!(check_files(&features, true, &lints).exit_code(), 0);
    }

    #[test]
    fn a_raw_bidi_control_is_a_warning_at_its_place() {
        let others = [Rule::NoDescription, Rule::DefaultHttp];
        let report = check_files(&["tests/ui/raw_character.yaml"], true, &others);
        let found: Vec<(Rule, usize, usize)> = report.files[0]
            .diagnostics()
            .iter()
            .map(|d| (d.rule, d.span.unwrap().start.line, d.span.unwrap().start.column))
            .collect();
        assert_eq!(found, [(Rule::RawCharacter, 4, 21), (Rule::RawCharacter, 6, 27)]);
        let shown = text(&report, Style { color: false });
        let (_, first) = &shown[0];
        assert!(first.contains("U+202E (a bidirectional control) is written raw"), "{first}");
        // The snippet names the character; it never prints it.
        assert!(first.contains("message: \"price <U+202E>0.99\""), "{first}");
        assert!(!first.contains('\u{202E}'), "{first}");
        assert_eq!(report.exit_code(), 1);
        let all = [Rule::NoDescription, Rule::DefaultHttp, Rule::RawCharacter];
        assert_eq!(check_files(&["tests/ui/raw_character.yaml"], true, &all).exit_code(), 0);
    }

    #[test]
    fn lints_see_the_text_without_a_byte_order_mark() {
        let dir = std::env::temp_dir().join(format!("errcat-cli-bom-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("bom.yaml");
        std::fs::write(&path, "\u{feff}name: E\ncodes:\n  - code: 1\n    message: m\n").unwrap();
        let path = path.to_str().unwrap().to_owned();
        let args =
            Args { files: vec![path], format: Format::Text, deny_warnings: true, allow: vec![] };
        let report = run(&args);
        let warnings = report.files[0].diagnostics();
        assert_eq!(warnings[0].source_line.as_deref(), Some("  - code: 1"), "{warnings:#?}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn counts_are_singular_or_plural() {
        let one = report(Err(CatalogError::Invalid(vec![diagnostic(Rule::DuplicateCode, "x")])));
        let printed = text(&one, Style { color: false });
        assert_eq!(printed.last(), Some(&(Stream::Err, "error: e.yaml: 1 error\n".to_owned())));
        let warned =
            report(Ok(Valid { codes: 1, warnings: vec![diagnostic(Rule::NoMessage, "y")] }));
        let printed = text(&warned, Style { color: false });
        assert_eq!(
            printed[0],
            (Stream::Err, "warning[W0001]: y\n --> e.yaml\n  = help: fix it\n\n".to_owned())
        );
        assert_eq!(printed[1], (Stream::Out, "e.yaml: ok, 1 code, 1 warning\n".to_owned()));
    }

    #[test]
    fn json_carries_every_field() {
        let value = json(&report(Err(CatalogError::Unreadable(Box::new(diagnostic(
            Rule::File,
            "gone",
        ))))));
        assert_eq!(
            render::json(&value),
            r#"[{"file":"e.yaml","line":null,"column":null,"level":"error","rule":"E0003","message":"gone","help":"fix it"}]"#
        );
    }

    #[test]
    fn github_annotations_carry_place_rule_and_escaped_text() {
        let hostile = "line one\n::error::injected, 100% sure: yes\r";
        let mut problem =
            Diagnostic::about_file(Rule::DuplicateCode, "a,b:c.yaml", hostile.into(), "fix it");
        problem.span = Some(Span {
            start: Pos { line: 5, column: 11, offset: 0 },
            end: Pos { line: 5, column: 15, offset: 4 },
        });
        let lint = diagnostic(Rule::NoMessage, "no message");
        let printed = github(&Report {
            files: vec![
                FileCheck {
                    path: "a.yaml".into(),
                    result: Err(CatalogError::Invalid(vec![problem])),
                },
                FileCheck {
                    path: "e.yaml".into(),
                    result: Ok(Valid { codes: 1, warnings: vec![lint] }),
                },
            ],
            deny_warnings: false,
        });
        let lines: Vec<&str> = printed.lines().collect();
        assert_eq!(
            lines[0],
            "::error file=a%2Cb%3Ac.yaml,line=5,col=11,endColumn=15,title=E0008::line one%0A::error::injected, 100%25 sure: yes%0D%0Ahelp: fix it"
        );
        assert_eq!(lines[1], "::warning file=e.yaml,title=W0001::no message%0Ahelp: fix it");
        assert_eq!(&lines[2..], ["error: a.yaml: 1 error", "e.yaml: ok, 1 code, 1 warning"]);
    }
}
