//! `errcat schema`: the JSON Schema of the catalog format.

use clap::ArgMatches;

use super::{Io, Outcome};
use crate::render::{Stream, Style};
use crate::Failure;

/// The subcommand's name.
pub const NAME: &str = "schema";

/// `errcat schema` takes no arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Args;

impl Args {
    /// The arguments clap matched for [`cli`]: none.
    pub fn from_matches(_: &ArgMatches) -> Result<Args, clap::Error> {
        Ok(Args)
    }
}

/// clap's definition of `errcat schema`.
pub fn cli() -> clap::Command {
    clap::Command::new(NAME)
        .about("Print the JSON Schema of the catalog format (committed as catalog/schema.json)")
        .long_about(
            "Prints a JSON Schema (draft 2020-12) of the catalog format. Point a YAML \
             language server at it for completion and checks while editing, with this \
             first line in the catalog:\n\n    \
             # yaml-language-server: $schema=path/to/schema.json",
        )
}

/// The JSON Schema of the format.
pub fn run() -> String {
    errcat_catalog::schema::json_schema()
}

/// Prints the schema.
pub fn exec(_: &Args, _: &mut Io<'_>, _: Style) -> Result<Outcome, Failure> {
    Ok(Outcome::new(vec![(Stream::Out, run())], 0))
}
