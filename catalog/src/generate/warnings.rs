//! Warnings from a macro. Stable Rust gives a proc macro no warning of its
//! own, so each is a `#[deprecated]` unit struct used once: rustc prints the
//! note (the lint, with its file, line and column) at the macro call, and
//! `#![deny(warnings)]` or `#![deny(deprecated)]` turns it into an error as
//! for any other warning.

use proc_macro2::{Span, TokenStream};
use quote::quote_spanned;

use crate::diagnostic::Diagnostic;

/// One warning per diagnostic, at `span`: the catalog's path as the user
/// wrote it, so that rustc places the warning in the user's code (it keeps
/// quiet about lints spanned only inside a derive's expansion).
pub fn warnings(diagnostics: &[Diagnostic], span: Span) -> TokenStream {
    diagnostics
        .iter()
        .map(|diagnostic| {
            let mut note = format!(
                "[{}] {}, at {}",
                diagnostic.rule.id(),
                diagnostic.message,
                diagnostic.file
            );
            if let Some(span) = diagnostic.span {
                note.push_str(&format!(":{}:{}", span.start.line, span.start.column));
            }
            if let Some(help) = &diagnostic.help {
                note.push_str(&format!("; {help}"));
            }
            note.push_str(&format!(" (`errcat explain {}` says more)", diagnostic.rule.id()));
            let note = super::lists::literal(&crate::escape::visible(&note));
            quote_spanned! {span=>
                const _: () = {
                    #[deprecated(note = #note)]
                    #[allow(non_camel_case_types)]
                    struct errcat_catalog_warning;
                    let _ = errcat_catalog_warning;
                };
            }
        })
        .collect()
}
