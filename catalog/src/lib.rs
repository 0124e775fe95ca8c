//! errcat's core, shared by the `catalog!` macro and the `errcat` CLI.
//!
//! The pipeline, one module a stage:
//! [`load`] (file and YAML, through [`yaml`]) → [`ast`] (typed fields) →
//! [`validate`] (SPEC's rules, every error collected in a
//! [`diagnostic::Diagnostics`] context) → [`model`] (resolved catalog) →
//! [`generate`] (Rust tokens).
//!
//! Nothing here uses `proc_macro` types, so every stage is testable as
//! plain Rust.
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

pub mod ast;
pub mod derive;
pub mod diagnostic;
pub mod diff;
pub mod docs;
pub mod generate;
pub mod lints;
pub mod load;
pub mod model;
pub mod names;
pub mod rules;
pub mod schema;
pub mod template;
pub mod validate;
pub mod yaml;

pub use diagnostic::Diagnostic;
pub use load::{load_file, load_str};
pub use model::Catalog;
