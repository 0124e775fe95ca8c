//! A per-entry value as generated code: a constant when every entry has the
//! same one, otherwise a table indexed by the entry's position. Texts and
//! facts are written through these.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::lists::{self, Lexing, RustText};
use super::lookup;

/// A per-entry value: a constant when every entry has the same one,
/// otherwise a table indexed by the entry's position.
pub(super) fn column<T: PartialEq>(
    lexing: &Lexing,
    values: &[T],
    ty: &TokenStream,
    to_text: impl Fn(&T, &mut RustText),
) -> TokenStream {
    match values.split_first() {
        Some((first, rest)) if rest.iter().all(|v| v == first) => {
            let mut text = RustText::with_capacity(32);
            to_text(first, &mut text);
            let first = text.tokens();
            quote! {
                let _ = self;
                #first
            }
        }
        _ => {
            let values = lists::array(lexing, values, to_text);
            quote! {
                const TABLE: &[#ty] = &#values;
                TABLE[self.__errcat_index()]
            }
        }
    }
}

/// A column of a small enum (severity, group): a constant when uniform,
/// else one byte string of value numbers and a `match` over the few distinct
/// values. rustc checks an array of N enum paths far slower than one literal.
pub(super) fn enum_column<T: PartialEq>(
    values: &[T],
    to_tokens: impl Fn(&T) -> TokenStream,
) -> TokenStream {
    let mut distinct: Vec<&T> = Vec::new();
    let mut numbers: Vec<usize> = Vec::with_capacity(values.len());
    // Neighbours mostly share a value (entries are grouped), and comparing
    // with the last one is cheaper at opt-level 0 than searching `distinct`.
    let mut last: Option<(&T, usize)> = None;
    for value in values {
        let number = match last {
            Some((seen, number)) if seen == value => number,
            _ => match distinct.iter().position(|d| *d == value) {
                Some(number) => number,
                None => {
                    distinct.push(value);
                    distinct.len() - 1
                }
            },
        };
        last = Some((value, number));
        numbers.push(number);
    }
    let Some((last, rest)) = distinct.split_last() else {
        return quote!(let _ = self;);
    };
    if rest.is_empty() {
        let only = to_tokens(last);
        return quote! {
            let _ = self;
            #only
        };
    }
    let (width, bytes) = lookup::packed(&numbers);
    let arms = rest.iter().enumerate().map(|(n, v)| {
        let (n, v) = (Literal::usize_unsuffixed(n), to_tokens(v));
        quote!(#n => #v,)
    });
    let last = to_tokens(last);
    quote! {
        const TABLE: &[u8] = #bytes;
        match Self::__errcat_unpack(TABLE, self.__errcat_index(), #width) {
            #(#arms)*
            _ => #last,
        }
    }
}
