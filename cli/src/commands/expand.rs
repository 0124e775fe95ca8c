//! `errcat expand FILE`: what `catalog!` generates, formatted, with a header
//! and a compile-time guard that fails the build once the catalog changes.

use clap::ArgMatches;

use errcat_catalog::generate::{self, Tracking};
use errcat_catalog::{Catalog, Source};

use super::{catalog_arg, one, write, Io, Outcome};
use crate::catalogs::load_with_source;
use crate::output::Output;
use crate::render::Style;
use crate::stamp::{Comment, Generated};
use crate::Failure;

/// The subcommand's name.
pub const NAME: &str = "expand";

/// `errcat expand FILE`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Args {
    /// The catalog.
    pub file: String,
    /// Where the Rust goes.
    pub output: Output,
}

impl Args {
    /// The arguments clap matched for [`cli`].
    pub fn from_matches(matches: &ArgMatches) -> Result<Args, clap::Error> {
        Ok(Args { file: one(matches, "file")?, output: Output::from_matches(matches) })
    }
}

/// clap's definition of `errcat expand`.
pub fn cli() -> clap::Command {
    clap::Command::new(NAME)
        .about("Print the Rust that errcat::catalog! generates for a catalog, formatted")
        .long_about(
            "Prints the code the macro generates for FILE, formatted with prettyplease, \
             for review or for crates that check generated code in. The file dependency \
             is written with FILE as given, relative to the crate's directory.",
        )
        .arg(catalog_arg())
        .args(Output::args())
}

/// The expansion, with its header.
pub fn run(args: &Args) -> Result<Generated, Failure> {
    let (source, catalog) = load_with_source(&args.file)?;
    let command = format!("errcat expand {}{}", args.file, args.output.option());
    expanded(&source, &catalog, &args.file, &command)
}

/// Writes the expansion where `args.output` says.
pub fn exec(args: &Args, _: &mut Io<'_>, _: Style) -> Result<Outcome, Failure> {
    write(&args.output, run(args)?)
}

/// The expansion of `catalog` (read from `source`, named `file`), with the
/// header that names `command`.
pub fn expanded(
    source: &Source,
    catalog: &Catalog,
    file: &str,
    command: &str,
) -> Result<Generated, Failure> {
    let fingerprint = errcat_catalog::fingerprint::fingerprint_u64(source.text());
    let tracking = Tracking::Guarded { path: file, fingerprint, regenerate: command };
    let body = format_rust(generate::catalog(catalog, tracking))?;
    Ok(Generated::new(Comment::Rust, file, command, source.text(), &body))
}

/// Generated tokens as formatted Rust source.
pub fn format_rust(tokens: proc_macro2::TokenStream) -> Result<String, Failure> {
    let file = syn::parse2::<syn::File>(tokens)
        .map_err(|e| Failure::Io(format!("internal error: the expansion does not parse: {e}")))?;
    Ok(prettyplease::unparse(&file))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expand_formats_what_the_macro_generates() {
        let file = format!("{}/../tests/catalogs/features.yaml", env!("CARGO_MANIFEST_DIR"));
        let code = run(&Args { file, output: Output::STDOUT }).unwrap().text;
        assert!(code.contains("pub enum FeatureError {"), "{code}");
    }
}
