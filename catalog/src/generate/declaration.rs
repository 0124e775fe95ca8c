//! The type itself: for `catalog!`, the enum with one documented variant
//! per entry in code order, or with `representation: open` a struct over
//! the code with one associated `const` per entry, named as the variant
//! would be, so code that names or matches entries compiles with either
//! representation. (A derive's user declares the enum.) Rustc checks N
//! associated consts in linear time, where an N-variant enum costs O(N²)
//! wherever every variant is named once. The struct keeps any code:
//! `from_code_lossy` makes one from a code the catalog does not list (a
//! newer peer's), `is_known` tells them apart, and every table has a slot
//! for them after the last entry.

use proc_macro2::TokenStream;
use quote::quote;

use super::rustdoc::{self, entry_attributes};
use super::{lists, Cx, RustText};
use crate::format::Discriminant;

impl Cx<'_> {
    /// The enum, one variant per entry in code order.
    pub(super) fn enum_declaration(&self) -> TokenStream {
        let model = self.model;
        let name = &self.name;
        let doc = lists::literal(&rustdoc::type_doc(model, false));
        let non_exhaustive = if model.exhaustive { quote!() } else { quote!(#[non_exhaustive]) };
        let (repr_attr, by_code) = match model.discriminant {
            Discriminant::Index => (quote!(), false),
            Discriminant::Code => {
                let repr = &self.repr;
                (quote!(#[repr(#repr)]), true)
            }
        };
        let mut variants = RustText::with_capacity(model.entries.len() * 80);
        let docs = rustdoc::entry_docs(model);
        for entry in &model.entries {
            entry_attributes(&docs, entry, &mut variants);
            variants.ident(&entry.ident);
            if by_code {
                variants.code(" = ").int(entry.code);
            }
            variants.code(",\n");
        }
        let variants = self.lexing.tokens(variants);
        quote! {
            #[doc = #doc]
            #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
            #non_exhaustive
            #repr_attr
            pub enum #name { #variants }
        }
    }

    /// The struct and its constants.
    pub(super) fn open_declaration(&self) -> TokenStream {
        let model = self.model;
        let (name, repr) = (&self.name, &self.repr);
        let doc = lists::literal(&rustdoc::type_doc(model, true));
        let mut constants = RustText::with_capacity(model.entries.len() * 100);
        let docs = rustdoc::entry_docs(model);
        for entry in &model.entries {
            entry_attributes(&docs, entry, &mut constants);
            constants.code("pub const ").ident(&entry.ident).code(": Self = Self(");
            constants.int(entry.code).code(");\n");
        }
        let constants = self.lexing.tokens(constants);
        quote! {
            #[doc = #doc]
            #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
            pub struct #name(#repr);

            // Named as the variants of the enum representation would be.
            #[allow(non_upper_case_globals)]
            impl #name {
                #constants
            }
        }
    }
}
