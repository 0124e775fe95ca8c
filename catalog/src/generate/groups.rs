//! The group enum: the range validators `range`, `contains`, `of_code`
//! and each group's `codes`.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use super::{ident, int, lists, rustdoc, Cx};

/// The pieces of the group enum that come one per group: its variant
/// declarations and the arms or statements of each method.
#[derive(Default)]
struct PerGroup {
    declarations: Vec<TokenStream>,
    names: Vec<TokenStream>,
    ranges: Vec<TokenStream>,
    contains: Vec<TokenStream>,
    by_range: Vec<TokenStream>,
    codes: Vec<TokenStream>,
}

impl Cx<'_> {
    pub(super) fn group_enum(&self) -> TokenStream {
        let model = self.model;
        if model.groups.is_empty() {
            return quote!();
        }
        let (name, repr, group_name) = (&self.name, &self.repr, &self.group_name);
        let allow_deprecated = &self.allow_deprecated;
        let non_exhaustive = if model.exhaustive { quote!() } else { quote!(#[non_exhaustive]) };
        let doc = lists::literal(&rustdoc::group_enum_doc(model));
        let group_idents: Vec<Ident> = model.groups.iter().map(|g| ident(&g.ident)).collect();
        let PerGroup { declarations, names, ranges, contains, by_range, codes } =
            self.per_group(&group_idents);
        let unranged = if model.groups.iter().any(|g| g.range.is_none()) {
            quote! {
                match #name::from_code(code) {
                    ::core::option::Option::Some(e) => ::core::option::Option::Some(e.group()),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }
        } else {
            quote!(::core::option::Option::None)
        };
        quote! {
            #[doc = #doc]
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
            #non_exhaustive
            pub enum #group_name { #(#declarations,)* }

            #allow_deprecated
            impl #group_name {
                /// Every group, in catalog order.
                pub const ALL: &'static [Self] = &[#(Self::#group_idents),*];

                /// The group's name as written in the catalog.
                #[must_use]
                pub const fn name(self) -> &'static str {
                    match self { #(#names,)* }
                }

                /// The group's inclusive code range, if it has one.
                #[must_use]
                pub const fn range(self) -> ::core::option::Option<::core::ops::RangeInclusive<#repr>> {
                    match self { #(#ranges,)* }
                }

                /// Whether `code` belongs to this group: by range, or by membership for a group without one.
                #[must_use]
                pub const fn contains(self, code: #repr) -> bool {
                    match self { #(#contains,)* }
                }

                /// The group that owns a raw code, known to the catalog or not.
                #[must_use]
                pub const fn of_code(code: #repr) -> ::core::option::Option<Self> {
                    #(#by_range)*
                    #unranged
                }

                /// The group's entries, in ascending code order.
                #[must_use]
                pub fn codes(self) -> &'static [#name] {
                    match self { #(#codes,)* }
                }
            }

            impl ::core::fmt::Display for #group_name {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    f.write_str(self.name())
                }
            }
        }
    }
}

impl Cx<'_> {
    fn per_group(&self, group_idents: &[Ident]) -> PerGroup {
        let (model, name) = (self.model, &self.name);
        let bounds = model.repr.bounds();
        let mut items = PerGroup::default();
        let counts = model.group_entry_counts();
        for (index, (group, variant)) in model.groups.iter().zip(group_idents).enumerate() {
            let doc = rustdoc::group_doc(model, group, counts.get(index).copied().unwrap_or(0));
            let doc = lists::literal(&doc);
            items.declarations.push(quote!(#[doc = #doc] #variant));
            let written = &group.name;
            items.names.push(quote!(Self::#variant => #written));
            match group.range {
                Some((lo, hi)) => {
                    let (lo_lit, hi_lit) = (int(lo), int(hi));
                    items.ranges.push(
                        quote!(Self::#variant => ::core::option::Option::Some(#lo_lit..=#hi_lit)),
                    );
                    let test = range_test(lo, hi, bounds);
                    items.contains.push(quote!(Self::#variant => #test));
                    items.by_range.push(
                        quote!(if #test { return ::core::option::Option::Some(Self::#variant); }),
                    );
                }
                None => {
                    items.ranges.push(quote!(Self::#variant => ::core::option::Option::None));
                    items.contains.push(quote! {
                        Self::#variant => ::core::matches!(#name::from_code(code), ::core::option::Option::Some(e) if ::core::matches!(e.group(), Self::#variant))
                    });
                }
            }
            let slice = self.codes_of_group(index);
            items.codes.push(quote!(Self::#variant => #slice));
        }
        items
    }

    /// The group's entries: a slice of `all()` when they are contiguous in code
    /// order, else a list of its own.
    fn codes_of_group(&self, index: usize) -> TokenStream {
        let name = &self.name;
        let positions: Vec<usize> = self
            .model
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.group == Some(index))
            .map(|(i, _)| i)
            .collect();
        match (positions.first(), positions.last()) {
            (Some(&first), Some(&last)) if last - first + 1 == positions.len() => {
                let (start, end) =
                    (Literal::usize_unsuffixed(first), Literal::usize_unsuffixed(last + 1));
                quote!(&#name::all()[#start..#end])
            }
            _ => {
                let members = positions
                    .iter()
                    .filter_map(|&i| self.model.entries.get(i))
                    .map(|e| ident(&e.ident));
                quote!(&[#(#name::#members),*])
            }
        }
    }
}

/// `lo <= code && code <= hi`, leaving out a side that the type's bounds make
/// always true (rustc and clippy reject comparisons that cannot fail).
fn range_test(lo: i128, hi: i128, (min, max): (i128, i128)) -> TokenStream {
    let (lo_lit, hi_lit) = (int(lo), int(hi));
    match (lo <= min, hi >= max) {
        (true, true) => quote!(true),
        (true, false) => quote!(code <= #hi_lit),
        (false, true) => quote!(#lo_lit <= code),
        (false, false) => quote!(#lo_lit <= code && code <= #hi_lit),
    }
}
