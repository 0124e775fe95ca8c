//! The entry's texts: `message`, `description` and `solution` in the
//! default language (`const fn`s) and in any language (`_in(lang)`), read
//! from one table per language that differs from the default.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::columns::column;
use super::{Cx, RustText};
use crate::model::{Entry, Localized};

impl Cx<'_> {
    /// `message`, `description`, `solution` and their `_in` forms.
    pub(super) fn text_fns(&self) -> TokenStream {
        let entries = &self.model.entries;
        let languages = 0..self.model.languages.len();
        let per_language = |field: fn(&Entry) -> Option<&Localized>| -> Vec<Vec<Option<&str>>> {
            languages
                .clone()
                .map(|lang| {
                    let texts =
                        entries.iter().map(|e| field(e).and_then(|t| t.get(lang))).collect();
                    self.with_unknown(texts, None)
                })
                .collect()
        };
        let required = |text: &Option<&str>, out: &mut RustText| {
            out.str(text.unwrap_or_default());
        };
        let optional = |text: &Option<&str>, out: &mut RustText| match text {
            Some(text) => {
                out.code("::core::option::Option::Some(").str(text).punct(')');
            }
            None => {
                out.code("::core::option::Option::None");
            }
        };
        let optional_ty = quote!(::core::option::Option<&'static str>);
        // In a `const` the lifetime is `'static` already (clippy flags it written).
        let required_element = quote!(&str);
        let optional_element = quote!(::core::option::Option<&str>);
        let message_fns = self.localized_fns(
            &per_language(|e| e.message.as_ref()),
            (&quote!(&'static str), &required_element, required),
            (quote!(message), "The message in the catalog's default language (`\"\"` for an undocumented code)."),
            (quote!(message_in), "The message in `lang`, falling back to the default language, then to the first language that has one."),
        );
        let description_fns = self.localized_fns(
            &per_language(|e| e.description.as_ref()),
            (&optional_ty, &optional_element, optional),
            (quote!(description), "The long description in the catalog's default language."),
            (
                quote!(description_in),
                "The long description in `lang`, with the same fallback as `message_in`.",
            ),
        );
        let solution_fns = self.localized_fns(
            &per_language(|e| e.solution.as_ref()),
            (&optional_ty, &optional_element, optional),
            (quote!(solution), "The cause and remedy in the catalog's default language."),
            (
                quote!(solution_in),
                "The cause and remedy in `lang`, with the same fallback as `message_in`.",
            ),
        );
        quote!(#message_fns #description_fns #solution_fns)
    }

    /// A `const fn` for the default language and a `_in(lang)` fn; a
    /// language whose column equals the default one shares its table.
    fn localized_fns(
        &self,
        tables: &[Vec<Option<&str>>],
        (ty, element, to_text): (
            &TokenStream,
            &TokenStream,
            impl Fn(&Option<&str>, &mut RustText) + Copy,
        ),
        (default_fn, default_doc): (TokenStream, &str),
        (in_fn, in_doc): (TokenStream, &str),
    ) -> TokenStream {
        let default_table = tables.first().map_or(&[][..], |t| &t[..]);
        let default_body = column(&self.lexing, default_table, element, to_text);
        let mut arms = Vec::new();
        for (lang, table) in tables.iter().enumerate().skip(1) {
            if table[..] == *default_table {
                continue;
            }
            let lang = Literal::usize_unsuffixed(lang);
            let body = column(&self.lexing, table, element, to_text);
            arms.push(quote!(#lang => { #body }));
        }
        let in_body = if arms.is_empty() {
            quote! {
                let _ = lang;
                self.#default_fn()
            }
        } else {
            quote! {
                match Self::__errcat_language(lang) {
                    #(#arms)*
                    _ => self.#default_fn(),
                }
            }
        };
        // Out of line: a crate that inlined a call would evaluate and emit
        // the whole text table again (measured: 0.3 s per dependent crate in
        // release at 10,000 codes, for one call of `message_in`).
        quote! {
            #[doc = #default_doc]
            #[must_use]
            #[inline(never)]
            pub const fn #default_fn(self) -> #ty {
                #default_body
            }

            #[doc = #in_doc]
            #[must_use]
            #[inline(never)]
            pub fn #in_fn(self, lang: &str) -> #ty {
                #in_body
            }
        }
    }

    pub(super) fn language_fn(&self) -> TokenStream {
        let languages = &self.model.languages;
        if languages.len() < 2 {
            return quote!();
        }
        let arms = languages.iter().enumerate().skip(1).map(|(i, lang)| {
            let i = Literal::usize_unsuffixed(i);
            quote!(#lang => #i,)
        });
        quote! {
            #[doc(hidden)]
            fn __errcat_language(lang: &str) -> usize {
                match lang {
                    #(#arms)*
                    _ => 0,
                }
            }
        }
    }
}
