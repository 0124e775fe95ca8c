//! References of a catalog for people: Markdown, in the shape of the
//! hand-kept documents it replaces, and one self-contained HTML page.
//! Deterministic: the same catalog always renders the same bytes, and no
//! catalog text can become markup in either.

mod html;
mod markdown;

pub use html::html;
pub use markdown::markdown;
