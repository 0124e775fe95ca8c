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

pub mod ast;
pub mod diagnostic;
pub mod generate;
pub mod load;
pub mod model;
pub mod names;
pub mod template;
pub mod validate;
pub mod yaml;

pub use diagnostic::Diagnostic;
pub use load::{load_file, load_str};
pub use model::Catalog;
