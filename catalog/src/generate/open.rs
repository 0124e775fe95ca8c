//! `representation: open`: the catalog as `pub struct E(R)` with one
//! associated `const` per entry, named as the variant would be, so code that
//! names or matches entries compiles with either representation. Rustc
//! checks N associated consts in linear time, where an N-variant enum costs
//! O(N²) wherever every variant is named once. The struct keeps any code:
//! `from_code_lossy` makes one from a code the catalog does not list (a
//! newer peer's), `is_known` tells them apart, and every table has a slot
//! for them after the last entry.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::{entry_attributes, rustdoc, Cx, RustText};

impl Cx<'_> {
    /// The struct and its constants.
    pub(super) fn open_declaration(&self) -> TokenStream {
        let model = self.model;
        let (name, repr) = (&self.name, &self.repr);
        let doc = rustdoc::type_doc(model, true);
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

    /// `from_code_lossy` and `is_known`.
    pub(super) fn open_fns(&self) -> TokenStream {
        let repr = &self.repr;
        let unknown = Literal::usize_unsuffixed(self.model.entries.len());
        quote! {
            /// The entry with this code, or, for a code the catalog does not
            /// list, a value that keeps it: `code()` returns it, `is_known()`
            /// is `false`, and `Display` and `Debug` name it.
            #[must_use]
            #[inline]
            pub const fn from_code_lossy(code: #repr) -> Self {
                Self(code)
            }

            /// Whether the catalog lists this code.
            #[must_use]
            #[inline]
            pub const fn is_known(self) -> bool {
                self.__errcat_index() != #unknown
            }
        }
    }
}
