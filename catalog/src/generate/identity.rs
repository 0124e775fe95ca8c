//! What identifies an entry: `ALL` and `all()`, its code and `from_code`, its name and
//! `from_name`, and for an open catalog `from_code_lossy` and `is_known`;
//! with the hidden tables and position helpers that every other method
//! reads. Every table is indexed by an entry's position in code order.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::{ident, lists, lookup, Cx, Declaration};
use crate::format::Discriminant;

impl Cx<'_> {
    /// `ALL`, and the hidden tables and helpers behind every lookup.
    pub(super) fn tables(&self) -> TokenStream {
        let model = self.model;
        let repr = &self.repr;
        let idents =
            self.with_unknown(model.entries.iter().map(|e| e.ident.as_str()).collect(), "");
        let idents = lists::array(&self.lexing, &idents, |ident, out| {
            out.str(ident);
        });
        let codes_table = (!self.open).then(|| {
            let codes = lists::array(&self.lexing, &model.entries, |e, out| {
                out.int(e.code);
            });
            quote!(#[doc(hidden)] const __ERRCAT_CODES: &'static [#repr] = &#codes;)
        });
        // An open catalog's values are integers, which rustc checks in
        // linear time, so its list stays a constant.
        let (all_const, all_fn, all_cost) = if self.open {
            (self.all(), quote!(Self::ALL), None)
        } else {
            let cost = quote! {
                ///
                /// A crate that reads this constant makes rustc check the whole
                /// list again, which takes seconds at tens of thousands of
                /// codes; [`all`](Self::all) returns the same slice without
                /// that cost.
            };
            (quote!(Self::all()), self.all(), Some(cost))
        };
        let index = self.index();
        let all_codes: Vec<i128> = model.entries.iter().map(|e| e.code).collect();
        let position = lookup::position_body(&all_codes, repr, model.repr.bits());
        quote! {
            /// Every entry of the catalog, in ascending code order.
            #all_cost
            pub const ALL: &'static [Self] = #all_const;

            /// Every entry of the catalog, in ascending code order: the slice
            /// [`ALL`](Self::ALL) holds.
            #[must_use]
            #[inline]
            pub const fn all() -> &'static [Self] {
                #all_fn
            }
            #codes_table
            #[doc(hidden)]
            const __ERRCAT_IDENTS: &'static [&'static str] = &#idents;

            /// The entry at `position`.
            #[inline]
            #[doc(hidden)]
            const fn __errcat_entry(position: usize) -> Self {
                Self::all()[position]
            }

            #[inline]
            #[doc(hidden)]
            const fn __errcat_index(self) -> usize {
                #index
            }

            /// The `index`th `width`-byte little-endian number of `bytes`.
            #[inline]
            #[doc(hidden)]
            const fn __errcat_unpack(bytes: &[u8], index: usize, width: usize) -> usize {
                let mut value = 0;
                let mut byte = 0;
                while byte < width {
                    value |= (bytes[index * width + byte] as usize) << (8 * byte);
                    byte += 1;
                }
                value
            }

            #[doc(hidden)]
            const fn __errcat_position(code: #repr) -> ::core::option::Option<usize> {
                #position
            }
        }
    }

    /// The body of `all()`: every entry in code order. An enum's entries
    /// live in a `static`: rustc validates a constant's value where it is
    /// used, and validating N enum values reads each one's discriminant with
    /// a scan over the variants, O(N²); a reference to a static is not
    /// validated again, so neither declaring `ALL` nor reading `all()` pays
    /// that (BENCHMARKS.md, "What `ALL` costs").
    fn all(&self) -> TokenStream {
        let entries = &self.model.entries;
        if self.open {
            let all = lists::array(&self.lexing, entries, |e, out| {
                out.code("Self(").int(e.code).punct(')');
            });
            return quote!(&#all);
        }
        let name = &self.name;
        let count = Literal::usize_unsuffixed(entries.len());
        let all = lists::array(&self.lexing, entries, |e, out| {
            out.ident(&e.ident);
        });
        // Variants named through a glob import: rustc resolves `E::V` paths
        // with a scan over the variants, so at 10,000+ codes the bare names
        // type-check several times faster.
        quote! {
            static ALL: [#name; #count] = {
                use #name::*;
                #all
            };
            &ALL
        }
    }

    /// The body of `__errcat_index`: the entry's position in code order.
    fn index(&self) -> TokenStream {
        let model = self.model;
        let repr = &self.repr;
        let unknown = Literal::usize_unsuffixed(model.entries.len());
        match (self.declaration, model.discriminant) {
            // An unknown code reads the slot after the last entry.
            _ if self.open => quote! {
                match Self::__errcat_position(self.0) { ::core::option::Option::Some(i) => i, ::core::option::Option::None => #unknown }
            },
            (Declaration::User { dense: false }, _) => {
                let variants = model.entries.iter().map(|e| ident(&e.ident));
                let positions = (0..model.entries.len()).map(Literal::usize_unsuffixed);
                quote!(match self { #(Self::#variants => #positions,)* })
            }
            (_, Discriminant::Index) => quote!(self as usize),
            // Every variant's code is in the table, so the search cannot miss.
            (_, Discriminant::Code) => quote! {
                match Self::__errcat_position(self as #repr) { ::core::option::Option::Some(i) => i, ::core::option::Option::None => 0 }
            },
        }
    }

    /// `code` and `from_code`, and an open catalog's `from_code_lossy` and
    /// `is_known`.
    pub(super) fn code_fns(&self) -> TokenStream {
        let repr = &self.repr;
        let code = match self.model.discriminant {
            _ if self.open => quote!(self.0),
            Discriminant::Index => quote!(Self::__ERRCAT_CODES[self.__errcat_index()]),
            Discriminant::Code => quote!(self as #repr),
        };
        let from_code = if self.open {
            quote!(::core::option::Option::Some(_) => ::core::option::Option::Some(Self(code)),)
        } else {
            quote!(::core::option::Option::Some(i) => ::core::option::Option::Some(Self::__errcat_entry(i)),)
        };
        let open_fns = self.open.then(|| self.open_fns());
        quote! {
            /// The entry's code.
            #[must_use]
            #[inline]
            pub const fn code(self) -> #repr {
                #code
            }

            /// The entry with this code, if the catalog defines it.
            #[must_use]
            pub const fn from_code(code: #repr) -> ::core::option::Option<Self> {
                match Self::__errcat_position(code) {
                    #from_code
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }

            #open_fns
        }
    }

    /// `from_code_lossy` and `is_known`.
    fn open_fns(&self) -> TokenStream {
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

    pub(super) fn name_fn(&self) -> TokenStream {
        let entries = &self.model.entries;
        let body = if entries.iter().all(|e| e.name == e.ident) {
            quote!(Self::__ERRCAT_IDENTS[self.__errcat_index()])
        } else {
            let names = self.with_unknown(entries.iter().map(|e| e.name.as_str()).collect(), "");
            let names = lists::array(&self.lexing, &names, |name, out| {
                out.str(name);
            });
            quote! {
                const NAMES: &[&str] = &#names;
                NAMES[self.__errcat_index()]
            }
        };
        quote! {
            /// The entry's name as written in the catalog (the variant name if it has none).
            #[must_use]
            #[inline(never)]
            pub const fn name(self) -> &'static str {
                #body
            }
        }
    }

    pub(super) fn lookup_by_name_fn(&self) -> TokenStream {
        let mut by_name: Vec<(&str, usize)> =
            self.model.entries.iter().enumerate().map(|(i, e)| (e.name.as_str(), i)).collect();
        by_name.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let positions: Vec<usize> = by_name.iter().map(|(_, i)| *i).collect();
        let (width, bytes) = lookup::packed(&positions);
        let count = if width == 1 { quote!(BY_NAME.len()) } else { quote!(BY_NAME.len() / #width) };
        quote! {
            /// The entry whose [`name`](Self::name) is exactly `name`.
            #[must_use]
            pub fn from_name(name: &str) -> ::core::option::Option<Self> {
                // Positions in name order, packed little-endian.
                const BY_NAME: &[u8] = #bytes;
                let mut lo = 0;
                let mut hi = #count;
                while lo < hi {
                    let mid = lo + (hi - lo) / 2;
                    let entry = Self::__errcat_entry(Self::__errcat_unpack(BY_NAME, mid, #width));
                    match entry.name().cmp(name) {
                        ::core::cmp::Ordering::Less => lo = mid + 1,
                        ::core::cmp::Ordering::Greater => hi = mid,
                        ::core::cmp::Ordering::Equal => return ::core::option::Option::Some(entry),
                    }
                }
                ::core::option::Option::None
            }
        }
    }
}
