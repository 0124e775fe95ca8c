//! A catalog's text and the name diagnostics give it. Every pass over one
//! catalog (loading, lints) reads the same `Source`, so their positions agree.

/// A catalog's text, without a byte-order mark, and how diagnostics name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    name: String,
    text: String,
}

impl Source {
    /// A catalog given as text; `name` is how diagnostics name it.
    pub fn new(name: &str, text: &str) -> Source {
        Source::from_owned(name, text.to_owned())
    }

    /// [`Source::new`] without copying `text` when it has no byte-order mark.
    pub(crate) fn from_owned(name: &str, text: String) -> Source {
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => text,
        };
        Source { name: name.to_owned(), text }
    }

    /// How diagnostics name the catalog.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The catalog's text, without a byte-order mark.
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// `text` without its byte-order mark, if it has one.
pub(crate) fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}
