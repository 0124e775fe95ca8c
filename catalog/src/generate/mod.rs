//! Rust tokens for a validated catalog: the enum, its tables, its trait
//! impls and the group enum (the reference lists every generated item).
//!
//! One file per family of generated items, and `mod.rs` only assembles
//! them: `declaration` (the enum or open struct), `identity` (`ALL`, code,
//! name and their lookups), `texts`, `facts` (HTTP status, severity,
//! retryable, group), `fields` (declared fields, their enums, help links),
//! `traits`, `groups` (the group enum), `args` (context
//! selectors), `rustdoc` (what `cargo doc` shows), `tracking` (the catalog
//! file as a build dependency) and `warnings` (lints at the macro call).
//! Beside them, the writers they share: `lists` (Rust source for long
//! per-entry lists), `columns` (a per-entry value as a constant or a
//! table) and `lookup` (`from_code`'s position tables, and the packing of
//! the byte tables that `from_name` and the columns read).
//!
//! Designed for compile time at 10,000+ codes: the enum has dense
//! discriminants (positions in code order), every per-entry fact is a
//! `const` slice indexed by position, `from_code` reads a page table (or
//! searches, for codes too far apart; see `lookup`), and `Debug`/`Display`
//! read tables. No `match` grows with the number of codes: big matches and
//! sparse-discriminant arrays are what make rustc slow. A column whose value
//! is the same for every entry becomes a constant.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use crate::format::{Representation, Severity};
use crate::model::Catalog;

mod args;
mod columns;
mod declaration;
mod facts;
mod fields;
mod groups;
mod identity;
mod lists;
mod lookup;
mod rustdoc;
mod texts;
mod tracking;
mod traits;
mod warnings;

pub use lists::PLACEHOLDER;
use lists::{Lexing, RustText};
pub use rustdoc::__examples;
use rustdoc::doc_text;
use tracking::tracked;
pub use tracking::Tracking;
pub use warnings::warnings;

/// Generates the enum, its impls and, when the catalog has groups, the group enum.
pub fn catalog(model: &Catalog, tracking: Tracking<'_>) -> TokenStream {
    expand(model, Declaration::Generated, tracking)
}

/// The expansion with its long lists left as text for rustc to lex (see
/// `catalog_deferred`).
pub struct Deferred {
    /// The items, with an identifier [`PLACEHOLDER`]`N` where list `N` goes.
    pub skeleton: TokenStream,
    /// Each list as Rust source.
    pub lists: Vec<String>,
}

/// What [`catalog`] generates, for a caller that can lex text faster than
/// proc-macro2 (the proc macro, through rustc): every long per-entry list is
/// a placeholder in the skeleton and Rust source in `lists`. Splicing each
/// list's tokens in place of its placeholder gives `catalog`'s tokens.
pub fn catalog_deferred(model: &Catalog, tracking: Tracking<'_>) -> Deferred {
    let cx = Cx::new(model, Declaration::Generated, Lexing::deferred());
    let skeleton = cx.items(tracking);
    Deferred { skeleton, lists: cx.lexing.into_lists() }
}

/// Who declares the enum, and so how a variant finds its position in the tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Declaration {
    /// `catalog!` declares it, in code order.
    Generated,
    /// The user does (`#[derive(ErrorCatalog)]`): errcat generates the same
    /// impls without the declaration and without `Debug` (the user derives
    /// it). `dense` when `self as usize` is still the position.
    User {
        /// Variants in code order with implicit discriminants.
        dense: bool,
    },
}

/// Generates the items for `model` as `declaration` says.
pub fn expand(model: &Catalog, declaration: Declaration, tracking: Tracking<'_>) -> TokenStream {
    Cx::new(model, declaration, Lexing::here()).items(tracking)
}

impl Cx<'_> {
    fn items(&self, tracking: Tracking<'_>) -> TokenStream {
        let cx = self;
        let tracked = tracked(tracking);
        let declaration = match cx.declaration {
            Declaration::Generated if cx.open => cx.open_declaration(),
            Declaration::Generated => cx.enum_declaration(),
            Declaration::User { .. } => TokenStream::new(),
        };
        let tables = cx.inherent_impl();
        let traits = cx.trait_impls();
        let groups = cx.group_enum();
        let field_enums = cx.field_enums();
        let selectors = cx.selectors();
        quote! {
            const _: () = ::errcat::__private::GENERATED_FOR_ERRCAT_0_1;
            #tracked
            #declaration
            #tables
            #traits
            #groups
            #field_enums
            #selectors
        }
    }
}

struct Cx<'a> {
    model: &'a Catalog,
    declaration: Declaration,
    name: Ident,
    repr: Ident,
    group_name: Ident,
    allow_deprecated: TokenStream,
    /// `representation: open`: a newtype over the code; every table has one
    /// more slot, at index `entries.len()`, for the codes it does not list.
    open: bool,
    lexing: Lexing,
}

impl<'a> Cx<'a> {
    fn new(model: &'a Catalog, declaration: Declaration, lexing: Lexing) -> Self {
        // A user's enum may deprecate variants the catalog does not.
        let any_deprecated = model.entries.iter().any(|e| e.deprecated.is_some())
            || declaration != Declaration::Generated;
        Cx {
            model,
            declaration,
            name: ident(&model.name),
            repr: ident(model.repr.as_str()),
            group_name: ident(&model.group_enum_name()),
            allow_deprecated: if any_deprecated { quote!(#[allow(deprecated)]) } else { quote!() },
            open: model.representation == Representation::Open
                && declaration == Declaration::Generated,
            lexing,
        }
    }

    /// `values`, with `unknown` appended for an open catalog's unknown codes.
    fn with_unknown<T: Clone>(&self, mut values: Vec<T>, unknown: T) -> Vec<T> {
        if self.open {
            values.push(unknown);
        }
        values
    }

    fn has_groups(&self) -> bool {
        !self.model.groups.is_empty()
    }

    /// The inherent impl: every method, family by family.
    fn inherent_impl(&self) -> TokenStream {
        let name = &self.name;
        let allow_deprecated = &self.allow_deprecated;
        // A derive cannot document the user's variants; its impl says what they are.
        let impl_doc = match self.declaration {
            Declaration::User { .. } => {
                let doc = lists::literal(&rustdoc::derive_impl_doc(self.model));
                quote!(#[doc = #doc])
            }
            Declaration::Generated => TokenStream::new(),
        };
        let tables = self.tables();
        let code_fns = self.code_fns();
        let name_fn = self.name_fn();
        let from_name = self.lookup_by_name_fn();
        let texts = self.text_fns();
        let facts = self.fact_fns();
        let group_fn = self.group_fn();
        let fields = self.field_fns();
        let language = self.language_fn();
        quote! {
            #allow_deprecated
            #impl_doc
            impl #name {
                #tables
                #code_fns
                #name_fn
                #from_name
                #texts
                #facts
                #group_fn
                #fields
                #language
            }
        }
    }
}

/// An identifier that validation has already checked.
fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// An integer literal without suffix; the sign is a separate token so that
/// negative codes survive any token round trip.
fn int(value: i128) -> TokenStream {
    let magnitude = Literal::u128_unsuffixed(value.unsigned_abs());
    if value < 0 {
        quote!(-#magnitude)
    } else {
        quote!(#magnitude)
    }
}

/// The runtime's `errcat::Severity` variant of the same name.
fn severity(severity: Severity) -> TokenStream {
    let variant = ident(severity.variant_name());
    quote!(::errcat::Severity::#variant)
}
