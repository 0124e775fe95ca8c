//! `errcat docs FILE`: the catalog's reference, as Markdown in one language
//! or as one HTML page with every language, with the header that lets
//! `--check` tell a stale file from one edited by hand.

use clap::{Arg, ArgMatches};

use super::{catalog_arg, one, optional, write, Io, Outcome};
use crate::catalogs::{language, load_with_source};
use crate::choice::{choice, parser, Choice};
use crate::output::Output;
use crate::render::Style;
use crate::stamp::{Comment, Generated};
use crate::Failure;

/// The subcommand's name.
pub const NAME: &str = "docs";

choice! {
    /// `--format` of `errcat docs`.
    pub enum Format {
        /// A Markdown reference in one language.
        Markdown = "markdown",
        /// One self-contained HTML page with every language and a search box.
        Html = "html",
    }
}

/// `errcat docs FILE`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Args {
    /// The catalog.
    pub file: String,
    /// Markdown or HTML.
    pub format: Format,
    /// The language of the texts; the catalog's first when absent.
    pub lang: Option<String>,
    /// Where the reference goes.
    pub output: Output,
}

impl Args {
    /// The arguments clap matched for [`cli`].
    pub fn from_matches(matches: &ArgMatches) -> Result<Args, clap::Error> {
        Ok(Args {
            file: one(matches, "file")?,
            format: one(matches, "format")?,
            lang: optional(matches, "lang")?,
            output: Output::from_matches(matches),
        })
    }
}

/// clap's definition of `errcat docs`.
pub fn cli() -> clap::Command {
    clap::Command::new(NAME)
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
        .arg(catalog_arg())
        .args(Output::args())
        .arg(
            Arg::new("format")
                .long("format")
                .value_parser(parser::<Format>())
                .default_value(Format::Markdown.word())
                .help("markdown (one language) or html (one page, every language, searchable)"),
        )
        .arg(
            Arg::new("lang")
                .long("lang")
                .value_name("L")
                .help("the language of the texts (default: the catalog's first language)"),
        )
}

/// The reference, with its header.
pub fn run(args: &Args) -> Result<Generated, Failure> {
    let (source, catalog) = load_with_source(&args.file)?;
    let (body, options) = match (args.format, &args.lang) {
        (Format::Markdown, None) => (errcat_catalog::docs::markdown(&catalog, 0), String::new()),
        (Format::Markdown, Some(lang)) => {
            let index = language(&catalog, &args.file, lang)?;
            (errcat_catalog::docs::markdown(&catalog, index), format!(" --lang {lang}"))
        }
        (Format::Html, Some(_)) => {
            return Err(Failure::Usage(
                "--lang picks the language of a Markdown reference; the HTML page has them all and a switch".to_owned(),
            ))
        }
        (Format::Html, None) => (errcat_catalog::docs::html(&catalog), " --format html".to_owned()),
    };
    let command = format!("errcat docs {}{options}{}", args.file, args.output.option());
    Ok(Generated::new(Comment::Markup, &args.file, &command, source.text(), &body))
}

/// Writes the reference where `args.output` says.
pub fn exec(args: &Args, _: &mut Io<'_>, _: Style) -> Result<Outcome, Failure> {
    write(&args.output, run(args)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::tests::parse;
    use crate::commands::Command;

    #[test]
    fn arguments_become_typed_values() {
        let expected = Args {
            file: "a.yaml".into(),
            format: Format::Markdown,
            lang: Some("zh".into()),
            output: Output { path: Some("a.md".into()), check: true },
        };
        let parsed = parse(&["docs", "a.yaml", "-o", "a.md", "--check", "--lang", "zh"]);
        assert_eq!(parsed.unwrap(), Command::Docs(expected));
    }

    #[test]
    fn docs_pick_the_language_or_say_which_there_are() {
        let args = |lang: Option<&str>| Args {
            file: format!(
                "{}/../examples/catalogs/mooncake_transfer_engine.yaml",
                env!("CARGO_MANIFEST_DIR")
            ),
            format: Format::Markdown,
            lang: lang.map(str::to_owned),
            output: Output::STDOUT,
        };
        assert!(run(&args(None)).unwrap().text.contains("| -302 | `ERR_MEMORY` | 分配内存已满 |"));
        assert!(run(&args(Some("en")))
            .unwrap()
            .text
            .contains("| -302 | `ERR_MEMORY` | Out of memory |"));
        let Err(Failure::Usage(message)) = run(&args(Some("fr"))) else { panic!() };
        assert!(message.ends_with("has no language `fr`; it has: zh, en"), "{message}");
    }
}
