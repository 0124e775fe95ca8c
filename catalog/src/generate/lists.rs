//! The per-entry parts of the expansion (the variants or constants with
//! their docs, `ALL`, the tables), written as Rust source text and lexed in
//! one call.
//!
//! Why: these are almost all of the expansion's tokens (about twenty per
//! entry), and in a user's build the macro runs at `opt-level = 0` with every
//! token it builds one by one crossing the proc-macro bridge to rustc. A
//! string crosses it once and rustc's own (optimized) lexer splits it.
//!
//! Inside the macro the lists can go further: `catalog_deferred` leaves a
//! placeholder identifier where each long list goes and hands the lists
//! over as text, so that errcat-macros has rustc lex them
//! (`proc_macro::TokenStream::from_str`). proc-macro2's `from_str` would
//! first check the text with its own lexer, which runs unoptimized in a
//! user's build and was a quarter of the macro's time.
//!
//! Why it is safe: catalog text only enters as string literals written by
//! `str`'s `Debug`, which escapes quotes, backslashes and every character
//! that is not printable (control, bidirectional and other format
//! characters); identifiers are the model's, checked again here before they
//! are written; numbers are formatted integers; everything else is fixed
//! text of errcat's (`&'static str`). If lexing failed anyway, the expansion
//! holds a `compile_error!` instead of wrong code.

use std::cell::RefCell;
use std::fmt::Write as _;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// Where a deferred list goes: this prefix and the list's index.
pub const PLACEHOLDER: &str = "__errcat_list_";

/// Lists shorter than this are lexed here even when deferring.
const DEFER_FROM_BYTES: usize = 1024;

/// Who lexes the lists: proc-macro2, here, or the macro's caller.
pub(super) struct Lexing {
    deferred: Option<RefCell<Vec<String>>>,
}

impl Lexing {
    pub(super) fn here() -> Self {
        Lexing { deferred: None }
    }

    pub(super) fn deferred() -> Self {
        Lexing { deferred: Some(RefCell::new(Vec::new())) }
    }

    /// The deferred lists, in placeholder order.
    pub(super) fn into_lists(self) -> Vec<String> {
        self.deferred.map(RefCell::into_inner).unwrap_or_default()
    }

    /// The tokens of `text`, or a placeholder for them.
    pub(super) fn tokens(&self, text: RustText) -> TokenStream {
        match &self.deferred {
            Some(lists) if !text.refused && text.text.len() >= DEFER_FROM_BYTES => {
                let mut lists = lists.borrow_mut();
                let placeholder =
                    Ident::new(&format!("{PLACEHOLDER}{}", lists.len()), Span::call_site());
                lists.push(text.text);
                quote!(#placeholder)
            }
            _ => text.tokens(),
        }
    }
}

/// Rust source being written.
pub(super) struct RustText {
    text: String,
    /// Set when something that is not an identifier was offered as one.
    refused: bool,
}

impl RustText {
    pub(super) fn with_capacity(capacity: usize) -> Self {
        RustText { text: String::with_capacity(capacity), refused: false }
    }

    /// errcat's own fixed text.
    pub(super) fn code(&mut self, code: &'static str) -> &mut Self {
        self.text.push_str(code);
        self
    }

    /// A string literal holding `text` exactly.
    pub(super) fn str(&mut self, text: &str) -> &mut Self {
        let _ = write!(self.text, "{text:?}");
        self
    }

    /// An integer without suffix (the sign a separate token, as `int` makes it).
    pub(super) fn int(&mut self, value: i128) -> &mut Self {
        if value < 0 {
            self.text.push_str("- ");
        }
        let _ = write!(self.text, "{}", value.unsigned_abs());
        self
    }

    /// An identifier from the model (already validated; checked again).
    pub(super) fn ident(&mut self, name: &str) -> &mut Self {
        let mut chars = name.chars();
        let valid = chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
            && chars.all(|c| c == '_' || c.is_alphanumeric());
        if valid {
            self.text.push_str(name);
        } else {
            self.refused = true;
        }
        self
    }

    /// The tokens; a `compile_error!` if the text does not lex.
    pub(super) fn tokens(self) -> TokenStream {
        let parsed = if self.refused { None } else { self.text.parse::<TokenStream>().ok() };
        parsed.unwrap_or_else(|| {
            quote!(::core::compile_error!(
                "errcat: internal error: generated code did not lex; please report this catalog"
            );)
        })
    }
}

/// `[a, b, c]` from `values`, each written by `write`.
pub(super) fn array<T>(
    lexing: &Lexing,
    values: &[T],
    write: impl Fn(&T, &mut RustText),
) -> TokenStream {
    let mut out = RustText::with_capacity(values.len() * 24 + 2);
    out.code("[");
    for value in values {
        write(value, &mut out);
        out.code(",");
    }
    out.code("]");
    lexing.tokens(out)
}

#[cfg(test)]
mod tests {
    use proc_macro2::TokenTree;

    use super::*;

    #[test]
    fn text_becomes_one_literal_whatever_it_holds() {
        let hostile = "\"); } fn evil() { (\"\\\u{202e}\u{2066}\r\n\0\u{7f}";
        let tokens = array(&Lexing::here(), &[hostile], |text, out| {
            out.str(text);
        });
        let printed = tokens.to_string();
        let Some(TokenTree::Group(group)) = tokens.into_iter().next() else {
            panic!("not a group: {printed}")
        };
        let inside: Vec<TokenTree> = group.stream().into_iter().collect();
        assert!(
            matches!(&inside[..], [TokenTree::Literal(_), TokenTree::Punct(comma)] if comma.as_char() == ','),
            "{printed}"
        );
        assert_eq!(inside[0].to_string(), format!("{hostile:?}"));
        // Bidirectional controls are escaped, never written raw.
        assert!(!printed.contains('\u{202e}') && !printed.contains('\u{2066}'), "{printed}");
    }

    #[test]
    fn a_non_identifier_becomes_a_compile_error() {
        let mut out = RustText::with_capacity(8);
        out.ident("A, B");
        assert!(out.tokens().to_string().contains("compile_error"));
        let mut out = RustText::with_capacity(8);
        out.ident("Déjà_vu2");
        assert_eq!(out.tokens().to_string(), "Déjà_vu2");
    }

    #[test]
    fn negative_numbers_keep_their_sign() {
        let tokens = array(&Lexing::here(), &[-5i128, 7], |value, out| {
            out.int(*value);
        });
        assert_eq!(tokens.to_string(), "[- 5 , 7 ,]");
    }

    #[test]
    fn long_lists_are_deferred_short_ones_are_not() {
        let lexing = Lexing::deferred();
        let short = array(&lexing, &[1i128, 2], |v, out| {
            out.int(*v);
        });
        let long: Vec<i128> = (0..1000).collect();
        let placeholder = array(&lexing, &long, |v, out| {
            out.int(*v);
        });
        assert_eq!(short.to_string(), "[1 , 2 ,]");
        assert_eq!(placeholder.to_string(), format!("{PLACEHOLDER}0"));
        let lists = lexing.into_lists();
        assert_eq!(lists.len(), 1);
        assert!(lists[0].starts_with("[0,1,2,"));
    }
}
