//! errcat's core, shared by the `catalog!` macro and the `errcat` CLI.
//!
//! Dependencies between modules flow one way, left to right:
//!
//! ```text
//!   front end                         model            back ends
//!   load → yaml → ast → validate  →   model   →   generate, derive (→ generate),
//!                                                 docs, diff, lints, schema,
//!                                                 export (feature `export`)
//!
//!   beside them, used by all:  format (the vocabulary: keys, keywords,
//!   defaults, limits), escape (what no written file holds raw), source (a
//!   catalog's text and name), diagnostic + rules (errors and their ids),
//!   names, template, suggest, width, json, fingerprint
//! ```
//!
//! - [`load`], the front end's public door, reads a file (checks, limits)
//!   into a [`Source`] and runs the rest of the front end, which is private: `yaml`
//!   turns the parser's events into errcat's own spanned tree (the only module
//!   that knows YAML), `ast` reads typed fields by the key tables
//!   of [`format`](mod@format), `validate` checks the rules that relate fields. Every
//!   error goes into one [`diagnostic::Diagnostics`] context, so a user sees
//!   them all at once.
//! - [`model`] is the resolved catalog (defaults applied, identifiers derived,
//!   entries in code order) that only a catalog without errors becomes.
//! - The back ends read the model: [`generate`] (Rust tokens, one file per
//!   family of generated items), [`derive`](mod@derive) (a user's enum matched against the
//!   model, then generated), [`docs`] (the Markdown reference and the HTML
//!   page), [`diff`] (changes between versions), [`lints`] (warnings),
//!   [`schema`] (the format described from [`format`](mod@format)) and `export` (code for
//!   TypeScript, Go, Python, C, OpenAPI and JSON; the CLI turns it on).
//! - [`escape`] is the one owner of escaping: every writer above quotes
//!   catalog text through it, so no file errcat writes holds a bidi control
//!   or an invisible character raw.
//!
//! Nothing here uses `proc_macro` types, so every stage is testable as
//! plain Rust. The repository's CONTRIBUTING.md maps every file.
//!
//! No input may make it panic: the lints below keep `unwrap`, `expect`,
//! `panic!` and unchecked indexing out of the non-test code, so a hostile
//! catalog can only produce diagnostics.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

// Support, beside the pipeline.
pub mod diagnostic;
pub mod escape;
pub mod fingerprint;
pub mod format;
pub mod help_url;
mod json;
pub mod names;
pub mod rules;
pub mod source;
mod suggest;
pub mod template;
mod width;

// Front end.
mod ast;
pub mod load;
mod validate;
mod yaml;

// The resolved catalog.
pub mod model;

// Back ends.
pub mod derive;
pub mod diff;
pub mod docs;
#[cfg(feature = "export")]
pub mod export;
pub mod generate;
pub mod lints;
pub mod schema;

pub use diagnostic::Diagnostic;
pub use load::{load_file, load_source, load_str, read_file, PathBase};
pub use model::Catalog;
pub use source::Source;
