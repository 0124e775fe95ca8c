//! What the subcommands' results look like: text for people (rustc's
//! layout, optional colour) and JSON for machines (built with serde_json).

use errcat_catalog::diagnostic::{Diagnostic, Pos};
use errcat_catalog::diff::Change;
use serde_json::{json, Value};

use crate::import::{Draft, Finding};
use crate::{CatalogError, CheckReport, Explained, Failure, FileCheck};

/// Which standard stream a piece of text goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    /// Standard output: results.
    Out,
    /// Standard error: diagnostics and failures.
    Err,
}

/// Text in the order it is printed, each piece on its stream.
pub type Printed = Vec<(Stream, String)>;

/// Whether to colour labels (ANSI escapes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Colour on.
    pub color: bool,
}

impl Style {
    fn paint(self, text: &str, ansi: &str) -> String {
        if self.color {
            format!("\x1b[{ansi}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    fn error(self) -> String {
        self.paint("error", "1;31")
    }

    fn warning(self) -> String {
        self.paint("warning", "1;33")
    }

    fn breaking(self) -> String {
        self.paint("breaking", "1;31")
    }
}

/// `1 error`, `2 errors`.
pub(crate) fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// `errcat check` for people: each diagnostic with its level and rule id,
/// then one summary line per file.
pub fn check_text(report: &CheckReport, style: Style) -> Printed {
    let mut printed = Vec::new();
    for file in &report.files {
        for diagnostic in file.diagnostics() {
            let level = if diagnostic.rule.is_lint() { style.warning() } else { style.error() };
            let text = format!("{level}[{}]: {diagnostic}\n\n", diagnostic.rule.id());
            printed.push((Stream::Err, text));
        }
        printed.push(check_summary(file, style));
    }
    printed
}

/// The line `check` ends each file with: ok and the counts, or the errors.
fn check_summary(file: &FileCheck, style: Style) -> (Stream, String) {
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

/// `errcat check --format json`: one object per diagnostic of every file.
pub fn check_json(report: &CheckReport) -> Value {
    let diagnostics = report.files.iter().flat_map(|file| file.diagnostics());
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

/// A GitHub Actions workflow command: `::LEVEL PROPERTIES::MESSAGE`, escaped
/// as the runner unescapes it (`%`, CR and LF everywhere; `:` and `,` in
/// property values too), so catalog text cannot end the command early.
fn workflow_command(level: &str, properties: &[(&str, String)], message: &str) -> String {
    fn escape(text: &str, property: bool) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match c {
                '%' => out.push_str("%25"),
                '\r' => out.push_str("%0D"),
                '\n' => out.push_str("%0A"),
                ':' if property => out.push_str("%3A"),
                ',' if property => out.push_str("%2C"),
                c => out.push(c),
            }
        }
        out
    }
    let properties: Vec<String> =
        properties.iter().map(|(key, value)| format!("{key}={}", escape(value, true))).collect();
    format!("::{level} {}::{}\n", properties.join(","), escape(message, false))
}

/// `errcat check --format github`: one annotation per diagnostic, then the
/// summary lines.
pub fn check_github(report: &CheckReport) -> String {
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
            out.push_str(&workflow_command(level, &properties, &message));
        }
    }
    for file in &report.files {
        out.push_str(&check_summary(file, Style { color: false }).1);
    }
    out
}

/// `errcat diff --format github`: one annotation per change, placed in the
/// new file (or the old one, for what the new file no longer has).
pub fn diff_github(changes: &[Change], old_file: &str, new_file: &str) -> String {
    let mut out = String::new();
    for change in changes {
        let level = if change.breaking { "error" } else { "notice" };
        let (file, pos) = match (change.new, change.old) {
            (Some(pos), _) => (new_file, Some(pos)),
            (None, Some(pos)) => (old_file, Some(pos)),
            (None, None) => (new_file, None),
        };
        let mut properties = vec![("file", file.to_owned())];
        if let Some(pos) = pos {
            properties.push(("line", pos.line.to_string()));
            properties.push(("col", pos.column.to_string()));
        }
        let kind = if change.breaking { "breaking" } else { "compatible" };
        properties.push(("title", format!("{kind}: {}", change.kind)));
        out.push_str(&workflow_command(level, &properties, &change.message));
    }
    let breaking = changes.iter().filter(|c| c.breaking).count();
    out.push_str(&format!("{breaking} breaking, {} compatible\n", changes.len() - breaking));
    out
}

/// A subcommand's failure for people.
pub fn failure(failure: &Failure, style: Style) -> String {
    match failure {
        Failure::Catalog { file, error } => {
            let mut text: String =
                error.diagnostics().iter().map(|d| format!("{}: {d}\n\n", style.error())).collect();
            if let CatalogError::Invalid(diagnostics) = error {
                let errors = count(diagnostics.len(), "error");
                text.push_str(&format!("{}: {file}: {errors}\n", style.error()));
            }
            text
        }
        Failure::Stale { diff, reason } => format!("{diff}{}: {reason}\n", style.error()),
        Failure::Io(message) | Failure::Usage(message) => {
            format!("{}: {message}\n", style.error())
        }
    }
}

/// `errcat diff` for people: each change with its places in both files,
/// then the counts.
pub fn diff_text(changes: &[Change], old_file: &str, new_file: &str, style: Style) -> String {
    let at =
        |file: &str, pos: Option<Pos>| pos.map(|p| format!("\n    {file}:{}:{}", p.line, p.column));
    let mut text = String::new();
    for change in changes {
        let kind = if change.breaking { style.breaking() } else { "compatible".to_owned() };
        let places: String =
            [at(old_file, change.old), at(new_file, change.new)].into_iter().flatten().collect();
        text.push_str(&format!("{kind}: {}{places}\n", change.message));
    }
    let breaking = changes.iter().filter(|c| c.breaking).count();
    text.push_str(&format!("{breaking} breaking, {} compatible\n", changes.len() - breaking));
    text
}

/// `errcat diff --format json`: one object per change.
pub fn diff_json(changes: &[Change]) -> Value {
    let position = |pos: Option<Pos>| pos.map(|p| json!({ "line": p.line, "column": p.column }));
    let changes = changes.iter().map(|c| {
        json!({
            "kind": c.kind,
            "breaking": c.breaking,
            "message": c.message,
            "old": position(c.old),
            "new": position(c.new),
        })
    });
    Value::Array(changes.collect())
}

/// The `errcat import` report for people: `DOC:LINE: kind: message` per
/// finding, then what was drafted.
pub fn import_text(draft: &Draft, doc: &str, style: Style) -> String {
    let mut text = String::new();
    for finding in &draft.findings {
        let document = finding.document.as_deref().unwrap_or(doc);
        let at =
            finding.line.map_or_else(|| document.to_owned(), |line| format!("{document}:{line}"));
        text.push_str(&format!("{at}: {}: {}\n", finding.kind.as_str(), finding.message));
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

/// The `errcat import` report for machines.
pub fn import_json(draft: &Draft, doc: &str) -> Value {
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

/// `errcat explain`.
pub fn explained(explained: Explained) -> String {
    match explained {
        Explained::All(rules) => {
            rules.iter().map(|rule| format!("{}  {}\n", rule.id(), rule.title())).collect()
        }
        Explained::One(rule) => {
            format!("{}: {}\n\n{}\n", rule.id(), rule.title(), rule.explanation())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Valid;
    use errcat_catalog::diagnostic::Rule;

    fn diagnostic(rule: Rule, message: &str) -> Diagnostic {
        Diagnostic::about_file(rule, "e.yaml", message.to_owned(), "fix it")
    }

    fn report(result: Result<Valid, CatalogError>) -> CheckReport {
        CheckReport {
            files: vec![FileCheck { path: "e.yaml".into(), result }],
            deny_warnings: false,
        }
    }

    #[test]
    fn counts_are_singular_or_plural() {
        let one = report(Err(CatalogError::Invalid(vec![diagnostic(Rule::DuplicateCode, "x")])));
        let printed = check_text(&one, Style { color: false });
        assert_eq!(printed.last(), Some(&(Stream::Err, "error: e.yaml: 1 error\n".to_owned())));
        let warned =
            report(Ok(Valid { codes: 1, warnings: vec![diagnostic(Rule::NoMessage, "y")] }));
        let printed = check_text(&warned, Style { color: false });
        assert_eq!(
            printed[0],
            (Stream::Err, "warning[W0001]: y\n --> e.yaml\n  = help: fix it\n\n".to_owned())
        );
        assert_eq!(printed[1], (Stream::Out, "e.yaml: ok, 1 code, 1 warning\n".to_owned()));
    }

    #[test]
    fn json_carries_every_field() {
        let value = check_json(&report(Err(CatalogError::Unreadable(Box::new(diagnostic(
            Rule::File,
            "gone",
        ))))));
        assert_eq!(
            value.to_string(),
            r#"[{"file":"e.yaml","line":null,"column":null,"level":"error","rule":"E0003","message":"gone","help":"fix it"}]"#
        );
        let change = Change {
            breaking: true,
            kind: "code-removed",
            message: "m".into(),
            old: Some(Pos { line: 3, column: 5, offset: 0 }),
            new: None,
        };
        assert_eq!(
            diff_json(&[change]).to_string(),
            r#"[{"kind":"code-removed","breaking":true,"message":"m","old":{"line":3,"column":5},"new":null}]"#
        );
    }

    #[test]
    fn github_annotations_carry_place_rule_and_escaped_text() {
        let hostile = "line one\n::error::injected, 100% sure: yes\r";
        let mut problem =
            Diagnostic::about_file(Rule::DuplicateCode, "a,b:c.yaml", hostile.into(), "fix it");
        problem.span = Some(errcat_catalog::diagnostic::Span {
            start: Pos { line: 5, column: 11, offset: 0 },
            end: Pos { line: 5, column: 15, offset: 4 },
        });
        let lint = diagnostic(Rule::NoMessage, "no message");
        let printed = check_github(&CheckReport {
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
        let changes = [
            Change {
                breaking: true,
                kind: "code-removed",
                message: "gone".into(),
                old: Some(Pos { line: 3, column: 5, offset: 0 }),
                new: None,
            },
            Change {
                breaking: false,
                kind: "code-added",
                message: "new".into(),
                old: None,
                new: Some(Pos { line: 9, column: 7, offset: 0 }),
            },
        ];
        assert_eq!(
            diff_github(&changes, "old.yaml", "new.yaml"),
            "::error file=old.yaml,line=3,col=5,title=breaking%3A code-removed::gone\n\
             ::notice file=new.yaml,line=9,col=7,title=compatible%3A code-added::new\n\
             1 breaking, 1 compatible\n"
        );
    }

    #[test]
    fn colour_only_when_asked() {
        let failure = Failure::Usage("bad".into());
        assert_eq!(
            super::failure(&failure, Style { color: true }),
            "\x1b[1;31merror\x1b[0m: bad\n"
        );
        assert_eq!(super::failure(&failure, Style { color: false }), "error: bad\n");
    }
}
