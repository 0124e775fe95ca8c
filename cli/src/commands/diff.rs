//! `errcat diff OLD NEW`: every change between two versions of a catalog,
//! breaking ones first, for people, machines or GitHub Actions.

use clap::{Arg, ArgMatches};
use serde_json::{json, Value};

use errcat_catalog::diagnostic::Pos;
use errcat_catalog::diff::Change;

use super::{one, Io, Outcome};
use crate::catalogs::{load_or_fail, load_version};
use crate::choice::{choice, parser, Choice};
use crate::render::{self, Stream, Style};
use crate::Failure;

/// The subcommand's name.
pub const NAME: &str = "diff";

choice! {
    /// `--format` of `errcat diff`.
    pub enum Format {
        /// For people: each change with its places in both files.
        Text = "text",
        /// For machines: one JSON array on standard output.
        Json = "json",
        /// For GitHub Actions: one annotation per change, `::error` for a
        /// breaking one and `::notice` for a compatible one.
        Github = "github",
    }
}

/// `errcat diff OLD NEW`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Args {
    /// The old catalog, or `REV:PATH` in git.
    pub old: String,
    /// The new catalog.
    pub new: String,
    /// How to print the changes.
    pub format: Format,
}

impl Args {
    /// The arguments clap matched for [`cli`].
    pub fn from_matches(matches: &ArgMatches) -> Result<Args, clap::Error> {
        Ok(Args {
            old: one(matches, "old")?,
            new: one(matches, "new")?,
            format: one(matches, "format")?,
        })
    }
}

/// clap's definition of `errcat diff`.
pub fn cli() -> clap::Command {
    clap::Command::new(NAME)
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
        .arg(
            Arg::new("format")
                .long("format")
                .value_parser(parser::<Format>())
                .default_value(Format::Text.word())
                .help("text for people, json (one object per change) for machines, github (one GitHub Actions annotation per change: ::error for breaking, ::notice for compatible, at its place in the new file)"),
        )
}

/// Every change, breaking ones first.
pub fn run(args: &Args) -> Result<Vec<Change>, Failure> {
    let old = load_version(&args.old)?;
    let new = load_or_fail(&args.new)?;
    Ok(errcat_catalog::diff::diff(&old, &new))
}

/// Runs `errcat diff` and renders the changes; exit 1 when one breaks clients.
pub fn exec(args: &Args, _: &mut Io<'_>, style: Style) -> Result<Outcome, Failure> {
    let changes = run(args)?;
    let printed = match args.format {
        Format::Text => text(&changes, &args.old, &args.new, style),
        Format::Json => format!("{}\n", render::json(&json(&changes))),
        Format::Github => github(&changes, &args.old, &args.new),
    };
    let breaking = changes.iter().any(|change| change.breaking);
    Ok(Outcome::new(vec![(Stream::Out, printed)], u8::from(breaking)))
}

/// `N breaking, M compatible`.
fn totals(changes: &[Change]) -> String {
    let breaking = changes.iter().filter(|c| c.breaking).count();
    format!("{breaking} breaking, {} compatible\n", changes.len() - breaking)
}

/// For people: each change with its places in both files, then the counts.
pub fn text(changes: &[Change], old_file: &str, new_file: &str, style: Style) -> String {
    let at =
        |file: &str, pos: Option<Pos>| pos.map(|p| format!("\n    {file}:{}:{}", p.line, p.column));
    let mut text = String::new();
    for change in changes {
        let kind = if change.breaking { style.breaking() } else { "compatible".to_owned() };
        let places: String =
            [at(old_file, change.old), at(new_file, change.new)].into_iter().flatten().collect();
        let message = errcat_catalog::escape::visible(&change.message);
        text.push_str(&format!("{kind}: {message}{places}\n"));
    }
    text.push_str(&totals(changes));
    text
}

/// For machines: one object per change.
pub fn json(changes: &[Change]) -> Value {
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

/// For GitHub Actions: one annotation per change, placed in the new file
/// (or the old one, for what the new file no longer has).
pub fn github(changes: &[Change], old_file: &str, new_file: &str) -> String {
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
        out.push_str(&render::workflow_command(level, &properties, &change.message));
    }
    out.push_str(&totals(changes));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::tests::parse;
    use crate::commands::Command;

    fn changes() -> [Change; 2] {
        [
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
        ]
    }

    #[test]
    fn arguments_become_typed_values() {
        let Ok(Command::Diff(diff)) = parse(&["diff", "main:a.yaml", "a.yaml", "--format", "json"])
        else {
            panic!()
        };
        assert_eq!((diff.old.as_str(), diff.format), ("main:a.yaml", Format::Json));
    }

    #[test]
    fn json_carries_every_field() {
        assert_eq!(
            render::json(&json(&changes()[..1])),
            r#"[{"kind":"code-removed","breaking":true,"message":"gone","old":{"line":3,"column":5},"new":null}]"#
        );
    }

    #[test]
    fn github_annotations_go_where_the_change_is() {
        assert_eq!(
            github(&changes(), "old.yaml", "new.yaml"),
            "::error file=old.yaml,line=3,col=5,title=breaking%3A code-removed::gone\n\
             ::notice file=new.yaml,line=9,col=7,title=compatible%3A code-added::new\n\
             1 breaking, 1 compatible\n"
        );
    }
}
