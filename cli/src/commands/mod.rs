//! The subcommands, one module each (cargo's `commands/` layout). A module
//! has its clap definition (`cli()`), its typed arguments (`Args`, read from
//! clap's matches with `Args::from_matches`), a function that returns data
//! (`run`), the renderings of that data, and `exec`, which runs, renders and
//! says the exit status. `annotate` is the one that streams: its data is
//! the log itself, copied to standard output as it is read. `main.rs` parses with [`Cli::parse_from`], calls
//! [`Command::exec`], prints and exits.
//!
//! Adding a subcommand is adding its module and one line to the
//! `subcommands!` list below.

use std::io::{BufRead, Write};

use clap::error::ErrorKind;
use clap::{Arg, ArgMatches};

use crate::choice::{parser, Choice};
use crate::output::{emit, Emitted, Output};
use crate::render::{ColorChoice, Printed, Stream, Style};
use crate::stamp::Generated;
use crate::Failure;

/// What a subcommand printed, and the exit status it ends with.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outcome {
    /// Text in the order it is printed, each piece on its stream.
    pub printed: Printed,
    /// 0 success, 1 a check failed.
    pub status: u8,
}

impl Outcome {
    /// `printed`, and exit status `status`.
    pub fn new(printed: Printed, status: u8) -> Outcome {
        Outcome { printed, status }
    }
}

/// The standard streams a subcommand reads or streams to (`annotate` copies
/// a log as it reads it, `explain -` reads codes); everything else a
/// subcommand prints goes through [`Outcome::printed`].
pub struct Io<'a> {
    /// Standard input.
    pub stdin: &'a mut dyn BufRead,
    /// Standard output.
    pub stdout: &'a mut dyn Write,
}

/// Declares the subcommands: each line names the [`Command`] variant and the
/// module that defines it.
macro_rules! subcommands {
    ($($(#[$doc:meta])* $variant:ident($module:ident),)+) => {
        $(pub mod $module;)+

        /// A subcommand with its arguments.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum Command {
            $($(#[$doc])* $variant($module::Args),)+
        }

        impl Command {
            /// Every subcommand's clap definition, in the order `--help` lists them.
            fn definitions() -> Vec<clap::Command> {
                vec![$($module::cli(),)+]
            }

            /// The subcommand clap matched as `name`, with its arguments.
            fn from_matches(name: &str, matches: &ArgMatches) -> Result<Command, clap::Error> {
                $(
                    if name == $module::NAME {
                        return $module::Args::from_matches(matches).map(Command::$variant);
                    }
                )+
                Err(usage(format!("no subcommand `{name}`")))
            }

            /// Runs the subcommand: what it printed and its exit status, or
            /// why it failed.
            pub fn exec(&self, io: &mut Io<'_>, style: Style) -> Result<Outcome, Failure> {
                match self {
                    $(Command::$variant(args) => $module::exec(args, io, style),)+
                }
            }
        }
    };
}

subcommands! {
    /// `errcat check FILE...`
    Check(check),
    /// `errcat schema`
    Schema(schema),
    /// `errcat explain [ID]` or `errcat explain FILE CODE...`
    Explain(explain),
    /// `errcat annotate FILE [LOG...]`
    Annotate(annotate),
    /// `errcat unused FILE --src DIR...`
    Unused(unused),
    /// `errcat docs FILE`
    Docs(docs),
    /// `errcat export FILE --lang L`
    Export(export),
    /// `errcat diff OLD NEW`
    Diff(diff),
    /// `errcat expand FILE`
    Expand(expand),
    /// `errcat import DOC`
    Import(import),
}

/// A parsed command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cli {
    /// When to colour diagnostics.
    pub color: ColorChoice,
    /// The subcommand and its arguments.
    pub command: Command,
}

impl Cli {
    /// Parses `args` (the program name first). `Err` is clap's error, which
    /// prints itself: usage errors, and `--help`/`--version`, which are not.
    pub fn parse_from<I, T>(args: I) -> Result<Cli, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        let matches = cli().try_get_matches_from(args)?;
        let color = one(&matches, "color")?;
        let (name, matches) =
            matches.subcommand().ok_or_else(|| usage("a subcommand is required".to_owned()))?;
        Ok(Cli { color, command: Command::from_matches(name, matches)? })
    }
}

/// clap's definition of the whole command line.
pub fn cli() -> clap::Command {
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
                .value_parser(parser::<ColorChoice>())
                .default_value(ColorChoice::Auto.word())
                .help("colour diagnostics: auto (only on a terminal, unless NO_COLOR is set), always, never"),
        )
        .subcommands(Command::definitions())
}

/// A generated text where `output` says: printed on standard output, or
/// written to OUT (or, with `--check`, compared with it) with nothing printed.
fn write(output: &Output, generated: Generated) -> Result<Outcome, Failure> {
    Ok(match emit(output, generated)? {
        Emitted::ToStdout(text) => Outcome::new(vec![(Stream::Out, text)], 0),
        Emitted::Written | Emitted::UpToDate => Outcome::default(),
    })
}

/// A usage error (exit 2) that is not one of clap's own.
fn usage(message: String) -> clap::Error {
    clap::Error::raw(ErrorKind::InvalidValue, format!("{message}\n"))
}

/// The value of the argument `id`, which clap requires or gives a default.
/// Its absence is a usage error, never a value made up here.
pub(crate) fn one<T: Clone + Send + Sync + 'static>(
    matches: &ArgMatches,
    id: &str,
) -> Result<T, clap::Error> {
    optional(matches, id)?.ok_or_else(|| usage(format!("`{id}` is required")))
}

/// The value of the optional argument `id`.
pub(crate) fn optional<T: Clone + Send + Sync + 'static>(
    matches: &ArgMatches,
    id: &str,
) -> Result<Option<T>, clap::Error> {
    matches
        .try_get_one::<T>(id)
        .map(Option::<&T>::cloned)
        .map_err(|error| usage(format!("`{id}`: {error}")))
}

/// Every value of the repeatable argument `id`, in order.
pub(crate) fn many<T: Clone + Send + Sync + 'static>(
    matches: &ArgMatches,
    id: &str,
) -> Result<Vec<T>, clap::Error> {
    let values =
        matches.try_get_many::<T>(id).map_err(|error| usage(format!("`{id}`: {error}")))?;
    Ok(values.map(|values| values.cloned().collect()).unwrap_or_default())
}

/// `FILE`: the catalog a subcommand reads.
fn catalog_arg() -> Arg {
    Arg::new("file").value_name("FILE").required(true).help("the catalog (YAML)")
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn parse(args: &[&str]) -> Result<Command, clap::Error> {
        Cli::parse_from(std::iter::once("errcat").chain(args.iter().copied())).map(|c| c.command)
    }

    #[test]
    fn colour_is_a_global_option() {
        let cli = Cli::parse_from(["errcat", "schema", "--color", "never"]).unwrap();
        assert_eq!(cli.color, ColorChoice::Never);
        let cli = Cli::parse_from(["errcat", "schema"]).unwrap();
        assert_eq!(cli.color, ColorChoice::Auto);
    }

    #[test]
    fn every_subcommand_parses_into_its_own_variant() {
        let names: Vec<String> =
            Command::definitions().iter().map(|c| c.get_name().to_owned()).collect();
        assert_eq!(
            names,
            [
                "check", "schema", "explain", "annotate", "unused", "docs", "export", "diff",
                "expand", "import"
            ]
        );
        assert!(matches!(parse(&["check", "a.yaml"]), Ok(Command::Check(_))));
        assert!(matches!(parse(&["schema"]), Ok(Command::Schema(_))));
        assert!(matches!(parse(&["explain"]), Ok(Command::Explain(_))));
        assert!(matches!(parse(&["annotate", "a.yaml"]), Ok(Command::Annotate(_))));
        assert!(matches!(parse(&["unused", "a.yaml", "--src", "src"]), Ok(Command::Unused(_))));
        assert!(matches!(parse(&["docs", "a.yaml"]), Ok(Command::Docs(_))));
        assert!(matches!(parse(&["export", "a.yaml", "--lang", "go"]), Ok(Command::Export(_))));
        assert!(matches!(parse(&["diff", "a.yaml", "b.yaml"]), Ok(Command::Diff(_))));
        assert!(matches!(parse(&["expand", "a.yaml"]), Ok(Command::Expand(_))));
        assert!(matches!(parse(&["import", "a.md"]), Ok(Command::Import(_))));
    }

    #[test]
    fn an_unknown_subcommand_or_value_is_a_usage_error() {
        for args in [
            &["frobnicate"][..],
            &["check"],
            &["docs", "a.yaml", "--format", "pdf"],
            &["docs", "a.yaml", "--check"],
            &["export", "a.yaml", "--lang", "cobol"],
            &["check", "a.yaml", "--format", "sarif"],
            &["explain", "--format", "github"],
            &["import", "a.md", "--report", "github"],
            &["import", "a.md", "--format", "html"],
            &["schema", "--color", "sometimes"],
        ] {
            let error = parse(args).unwrap_err();
            assert!(error.use_stderr(), "{args:?}: {error}");
            assert_eq!(error.exit_code(), 2, "{args:?}");
        }
    }
}
