//! `errcat export FILE --lang L`: the catalog for code in another language,
//! with the header that lets `--check` tell a stale file from one edited by
//! hand.

use clap::{Arg, ArgMatches};

use errcat_catalog::export::{Syntax, Target};

use super::{catalog_arg, one, write, Io, Outcome};
use crate::catalogs::load_with_source;
use crate::choice::{parser, Choice};
use crate::output::Output;
use crate::render::Style;
use crate::stamp::{Comment, Generated};
use crate::Failure;

/// The subcommand's name.
pub const NAME: &str = "export";

/// `--lang`: the targets, as `errcat_catalog::export` names them.
impl Choice for Target {
    const ALL: &'static [Target] = &Target::ALL;

    fn word(self) -> &'static str {
        self.as_str()
    }
}

/// `errcat export FILE --lang L`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Args {
    /// The catalog.
    pub file: String,
    /// The language or format to write.
    pub target: Target,
    /// Where it goes; an OpenAPI document is JSON when OUT ends in `.json`.
    pub output: Output,
}

impl Args {
    /// The arguments clap matched for [`cli`].
    pub fn from_matches(matches: &ArgMatches) -> Result<Args, clap::Error> {
        Ok(Args {
            file: one(matches, "file")?,
            target: one(matches, "lang")?,
            output: Output::from_matches(matches),
        })
    }
}

/// clap's definition of `errcat export`.
pub fn cli() -> clap::Command {
    clap::Command::new(NAME)
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
        .arg(catalog_arg())
        .arg(
            Arg::new("lang")
                .long("lang")
                .value_name("L")
                .required(true)
                .value_parser(parser::<Target>())
                .help("the language or format to write"),
        )
        .args(Output::args())
}

/// The export, with its header.
pub fn run(args: &Args) -> Result<Generated, Failure> {
    let (source, catalog) = load_with_source(&args.file)?;
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
    let command =
        format!("errcat export {} --lang {}{}", args.file, args.target.as_str(), args.output.option());
    Ok(Generated::new(comment, &args.file, &command, source.text(), &body))
}

/// Writes the export where `args.output` says.
pub fn exec(args: &Args, _: &mut Io<'_>, _: Style) -> Result<Outcome, Failure> {
    write(&args.output, run(args)?)
}
