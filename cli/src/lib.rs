//! The `errcat` command as a library, so that every subcommand is tested
//! without the binary. `main.rs` only parses the command line, runs the
//! subcommand, prints what it returns and exits with its status.
//!
//! ```text
//! main.rs → commands/ (one module per subcommand: clap definition, typed
//!           │           arguments, a function returning data, its renderings)
//!           ├→ choice    option values listed once, by the type that owns them
//!           ├→ catalogs  the catalogs named on the command line (files, REV:PATH)
//!           ├→ output    -o/--check for generated files  → stamp (their headers)
//!           ├→ render    streams, colour, failures, JSON, GitHub annotations
//!           └→ import/   readers of existing documents → join → draft
//! failure: why a subcommand did not succeed, and its exit status
//! ```
//!
//! Dependencies flow down the picture: `commands/` uses the modules
//! beside it, and they never use `commands/` (`failure` is used by all).
//! Exit status: 0 success, 1 a check failed, 2 usage or I/O error.

pub mod catalogs;
pub mod choice;
pub mod commands;
mod failure;
pub mod import;
pub mod output;
pub mod render;
pub mod stamp;

pub use failure::{CatalogError, Failure};
