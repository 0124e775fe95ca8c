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
//! `RustText::str`, which escapes quotes, backslashes, control characters
//! and every character [`escape::never_raw`] lists; identifiers are
//! the model's, checked again here before they are written; numbers are formatted integers; everything else is fixed
//! text of errcat's (`&'static str`). If lexing failed anyway, the expansion
//! holds a `compile_error!` instead of wrong code.

use std::cell::RefCell;
use std::fmt::Write as _;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::escape::{self, Syntax};

/// Which bytes make a text need a closer look than a copy: the ASCII bytes
/// a literal escapes, the lead bytes of every non-ASCII character that
/// [`escape::never_raw`] holds (and of their neighbours: the look is per character),
/// and `extra`.
// Only ever evaluated in constants: an index out of range fails the build.
#[allow(clippy::indexing_slicing)]
pub(super) const fn byte_table(extra: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = true;
        byte += 1;
    }
    // DEL; U+0080-U+00BF; U+0600-U+063F; U+2000-U+2FFF; U+F000-U+FFFF.
    let always = [b'"', b'\\', 0x7f, 0xc2, 0xd8, 0xe2, 0xef];
    let mut i = 0;
    while i < always.len() {
        table[always[i] as usize] = true;
        i += 1;
    }
    let mut i = 0;
    while i < extra.len() {
        table[extra[i] as usize] = true;
        i += 1;
    }
    table
}

/// The bytes that are not ASCII letters, digits or `_` (non-ASCII ones
/// included: such identifiers take the per-character check).
#[allow(clippy::indexing_slicing)] // evaluated at compile time
const NOT_IDENT: [bool; 256] = {
    let mut table = [true; 256];
    let mut byte = 0;
    while byte < 128 {
        let b = byte as u8;
        table[byte] = !(b.is_ascii_alphanumeric() || b == b'_');
        byte += 1;
    }
    table
};

/// [`byte_table`] for string literals.
const RUST_BYTES: [bool; 256] = byte_table(b"");

/// Whether no byte of `text` is marked in `table`. A loop over bytes and a
/// table, not a walk over `char`s: this runs at `opt-level = 0` over every
/// text of the catalog.
#[inline(always)]
#[allow(clippy::indexing_slicing)] // `i < bytes.len()`, and a `u8` indexes 256 slots
pub(super) fn is_plain(text: &str, table: &[bool; 256]) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if table[usize::from(bytes[i])] {
            return false;
        }
        i += 1;
    }
    true
}

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
#[derive(Default)]
pub(super) struct RustText {
    text: String,
    /// Set when something that is not an identifier was offered as one.
    refused: bool,
    /// Whether a `"` was written since [`raw_start`](Self::raw_start): only
    /// then is the raw literal's text searched for the `#` it needs.
    raw_quote: bool,
}

impl RustText {
    pub(super) fn with_capacity(capacity: usize) -> Self {
        RustText { text: String::with_capacity(capacity), refused: false, raw_quote: false }
    }

    /// One ASCII punctuation character of errcat's own: a `push` costs a
    /// fifth of a one-byte `push_str` at opt-level 0, and lists write one
    /// per element.
    pub(super) fn punct(&mut self, c: char) -> &mut Self {
        if c.is_ascii_punctuation() {
            self.text.push(c);
        } else {
            self.refused = true;
        }
        self
    }

    /// errcat's own fixed text.
    pub(super) fn code(&mut self, code: &'static str) -> &mut Self {
        self.text.push_str(code);
        self
    }

    /// A string literal holding `text` exactly. Quotes, backslashes and the
    /// characters of [`escape::never_raw`] get escapes; everything else is written as
    /// is. (`str`'s `Debug` would also escape every non-printable
    /// character, looked up in a Unicode table per character, which was a
    /// sixth of the macro's time at `opt-level = 0` on Chinese texts.)
    pub(super) fn str(&mut self, text: &str) -> &mut Self {
        self.text.reserve(text.len() + 2);
        self.text.push('"');
        if is_plain(text, &RUST_BYTES) {
            self.text.push_str(text);
            self.text.push('"');
            return self;
        }
        let mut unwritten = 0;
        for (at, c) in text.char_indices() {
            if !escape::escapes(c, Syntax::Rust) {
                continue;
            }
            self.text.push_str(text.get(unwritten..at).unwrap_or_default());
            self.literal_char(c);
            unwritten = at + c.len_utf8();
        }
        self.text.push_str(text.get(unwritten..).unwrap_or_default());
        self.text.push('"');
        self
    }

    /// Inside a string literal this text opened: `c`, escaped if it must be.
    #[inline(always)]
    pub(super) fn literal_char(&mut self, c: char) {
        escape::push_char(&mut self.text, c, Syntax::Rust);
    }

    /// Inside a raw string literal this text opened: errcat's own `text`, as
    /// is. A `&'static str`, so no catalog text comes this way; errcat's
    /// texts hold no `never_raw` character but line breaks, which a raw
    /// literal keeps.
    pub(super) fn raw_static(&mut self, text: &'static str) {
        self.text.push_str(text);
    }

    /// Inside a raw string literal this text opened: `c`, or, if it is
    /// `never_raw` and not a line break, its name (`<U+202E>`): a raw literal
    /// has no escapes, and the Markdown writers pass no such character.
    #[inline(always)]
    pub(super) fn raw_char(&mut self, c: char) {
        if c != '\n' && escape::never_raw(c) {
            escape::push_visible(&mut self.text, c);
        } else {
            self.raw_quote |= c == '"';
            self.text.push(c);
        }
    }

    /// Inside a raw string literal this text opened: `text`, which
    /// [`is_plain`] with a table from [`byte_table`], so holds nothing a
    /// literal must escape.
    pub(super) fn raw_plain(&mut self, text: &str) {
        self.text.push_str(text);
    }

    /// Inside a raw string literal this text opened: the inside of another
    /// one, written by the `raw_*` methods.
    pub(super) fn raw_piece(&mut self, piece: &RustText) {
        self.text.push_str(&piece.text);
        self.refused |= piece.refused;
        self.raw_quote |= piece.raw_quote;
    }

    /// Inside a raw string literal this text opened: a number.
    pub(super) fn raw_number(&mut self, value: impl std::fmt::Display) {
        let _ = write!(self.text, "{value}");
    }

    /// Starts the inside of a raw string literal; pass what it returns to
    /// [`raw_literal_since`](Self::raw_literal_since) when it is written.
    pub(super) fn raw_start(&mut self) -> usize {
        self.raw_quote = false;
        self.text.len()
    }

    /// Makes what was written since `start` (by the `raw_*` methods) a raw
    /// string literal, with as many `#` as it needs.
    pub(super) fn raw_literal_since(&mut self, start: usize) {
        if !self.text.is_char_boundary(start) {
            self.refused = true;
            return;
        }
        // Searching every doc for quotes cost more than writing it at opt-level 0.
        let quoted = std::mem::take(&mut self.raw_quote);
        let hashes =
            if quoted { self.text.get(start..).map_or(0, escape::raw_rust_hashes) } else { 0 };
        if hashes > escape::MAX_RAW_HASHES {
            // A fence that long does not lex: the text becomes an escaped literal.
            let inside = self.text.split_off(start);
            self.str(&inside);
            return;
        }
        match hashes {
            0 => {
                self.text.insert_str(start, "r\"");
                self.text.push('"');
            }
            hashes => {
                let fence = "#".repeat(hashes);
                self.text.insert_str(start, &format!("r{fence}\""));
                self.text.push('"');
                self.text.push_str(&fence);
            }
        }
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
        let ascii = !name.starts_with(|c: char| c.is_ascii_digit()) && is_plain(name, &NOT_IDENT);
        let valid = !name.is_empty() && ascii || {
            let mut chars = name.chars();
            chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
                && chars.all(|c| c == '_' || c.is_alphanumeric())
        };
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

/// `text` as one string literal, spelt as `RustText::str` spells catalog
/// text (`crate::escape`'s Rust syntax), for the few literals outside the
/// long lists: docs and paths.
pub(super) fn literal(text: &str) -> TokenStream {
    let mut out = RustText::with_capacity(text.len() + 2);
    out.str(text);
    out.tokens()
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
        out.punct(',');
    }
    out.code("]");
    lexing.tokens(out)
}

/// The text a string literal as `RustText::str` writes it holds.
#[cfg(test)]
pub(crate) fn unescape(literal: &str) -> String {
    let inner = literal.strip_prefix('"').and_then(|l| l.strip_suffix('"')).unwrap();
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            assert_ne!(c, '"', "an unescaped quote in {literal}");
            out.push(c);
            continue;
        }
        match chars.next().unwrap() {
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            '0' => out.push('\0'),
            'u' => {
                let hex: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
            }
            other => out.push(other),
        }
    }
    out
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
    fn every_character_survives_the_literal() {
        let mut all: String = (0..=0x10_ffff).filter_map(char::from_u32).collect();
        all.push_str("磁盘不存在 \"\\");
        for text in [all.as_str(), "", "plain", "\"", "\\", "a\u{202e}b"] {
            let tokens = array(&Lexing::here(), &[text], |text, out| {
                out.str(text);
            });
            let Some(TokenTree::Group(group)) = tokens.into_iter().next() else { panic!() };
            let inside: Vec<TokenTree> = group.stream().into_iter().collect();
            let [TokenTree::Literal(literal), TokenTree::Punct(_)] = &inside[..] else {
                panic!("not one literal: {inside:?}")
            };
            let literal = literal.to_string();
            assert_eq!(unescape(&literal), text);
            for c in literal.chars() {
                assert!(!escape::never_raw(c), "{c:?} written raw");
            }
        }
    }

    #[test]
    fn the_byte_table_marks_every_character_a_literal_escapes() {
        for c in (0..=0x10_ffff).filter_map(char::from_u32) {
            if escape::escapes(c, Syntax::Rust) {
                let mut bytes = [0; 4];
                let lead = c.encode_utf8(&mut bytes).as_bytes()[0];
                assert!(RUST_BYTES[usize::from(lead)], "{c:?}");
            }
        }
        assert!(is_plain("plain 中文 text", &RUST_BYTES));
        assert!(!is_plain("a\u{202e}b", &RUST_BYTES));
        assert!(!is_plain("\u{85}", &RUST_BYTES));
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
