//! Rust tokens for a validated catalog: the enum, its tables, its trait
//! impls and the group enum (the reference lists every generated item).
//!
//! Designed for compile time at 10,000+ codes: the enum has dense
//! discriminants (positions in code order), every per-entry fact is a
//! `const` slice indexed by position, `from_code` reads a page table (or
//! searches, for codes too far apart; see `lookup`), and `Debug`/`Display`
//! read tables. No `match` grows with the number of codes: big matches and
//! sparse-discriminant arrays are what make rustc slow. A column whose value
//! is the same for every entry becomes a constant.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{quote, ToTokens};

use crate::format::{Discriminant, Representation, Severity, DEFAULT_HTTP};
use crate::model::{Catalog, Entry, Localized};

mod args;
mod groups;
mod lists;
mod lookup;

pub use lists::PLACEHOLDER;
use lists::{Lexing, RustText};
mod open;
mod rustdoc;
mod traits;
mod warnings;

pub use rustdoc::__examples;
use rustdoc::{doc_text, entry_attributes};
pub use warnings::warnings;

/// How the generated code makes the build depend on the catalog file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tracking<'a> {
    /// `include_bytes!` of this path relative to `CARGO_MANIFEST_DIR`, so that
    /// editing the file recompiles the crate (no absolute path is written).
    /// A path the user wrote absolute is included as written.
    ManifestRelative(&'a str),
    /// As `ManifestRelative`, and the build fails unless the file's
    /// fingerprint is still `fingerprint`, saying to run `regenerate`: for
    /// expansions checked in instead of running the macro.
    Guarded {
        /// The catalog, relative to `CARGO_MANIFEST_DIR` (or absolute).
        path: &'a str,
        /// The catalog's fingerprint when the expansion was made.
        fingerprint: u64,
        /// The command that makes the expansion again.
        regenerate: &'a str,
    },
    /// No file dependency (for expansions shown to people).
    None,
}

/// The items that make the catalog file a dependency of the build, and for
/// a checked-in expansion, the assertion that it is still the same file.
fn tracked(tracking: Tracking<'_>) -> TokenStream {
    let included = |path: &str| {
        if std::path::Path::new(path).is_absolute() {
            quote!(::core::include_bytes!(#path))
        } else {
            let path = Literal::string(&format!("/{path}"));
            quote!(::core::include_bytes!(
                ::core::concat!(::core::env!("CARGO_MANIFEST_DIR"), #path)
            ))
        }
    };
    match tracking {
        Tracking::ManifestRelative(path) => {
            let bytes = included(path);
            quote! { const _: &[u8] = #bytes; }
        }
        Tracking::Guarded { path, fingerprint, regenerate } => {
            let bytes = included(path);
            // In hex, as the file's header writes it.
            let hex = format!("{fingerprint:016x}");
            let grouped: Vec<&str> = (0..4).filter_map(|i| hex.get(i * 4..i * 4 + 4)).collect();
            let fingerprint = format!("0x{}_u64", grouped.join("_"))
                .parse::<TokenStream>()
                .unwrap_or_else(|_| Literal::u64_suffixed(fingerprint).into_token_stream());
            let message = format!(
                "errcat: {path} changed since this file was generated from it; run `{regenerate}` again"
            );
            quote! {
                const _: () = ::core::assert!(
                    ::errcat::__private::fingerprint(#bytes) == #fingerprint,
                    #message
                );
            }
        }
        Tracking::None => TokenStream::new(),
    }
}

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
        let selectors = cx.selectors();
        quote! {
            const _: () = ::errcat::__private::GENERATED_FOR_ERRCAT_0_1;
            #tracked
            #declaration
            #tables
            #traits
            #groups
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

    fn enum_declaration(&self) -> TokenStream {
        let model = self.model;
        let name = &self.name;
        let doc = rustdoc::type_doc(model, false);
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

    fn inherent_impl(&self) -> TokenStream {
        let model = self.model;
        let (name, repr) = (&self.name, &self.repr);
        let allow_deprecated = &self.allow_deprecated;
        let codes = || {
            lists::array(&self.lexing, &model.entries, |e, out| {
                out.int(e.code);
            })
        };
        let idents =
            self.with_unknown(model.entries.iter().map(|e| e.ident.as_str()).collect(), "");
        let idents = lists::array(&self.lexing, &idents, |ident, out| {
            out.str(ident);
        });
        let codes_table = (!self.open).then(|| {
            let codes = codes();
            quote!(#[doc(hidden)] const __ERRCAT_CODES: &'static [#repr] = &#codes;)
        });
        let unknown = Literal::usize_unsuffixed(model.entries.len());
        let index = match (self.declaration, model.discriminant) {
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
        };
        let code = match model.discriminant {
            _ if self.open => quote!(self.0),
            Discriminant::Index => quote!(Self::__ERRCAT_CODES[self.__errcat_index()]),
            Discriminant::Code => quote!(self as #repr),
        };
        let all = if self.open {
            let all = lists::array(&self.lexing, &model.entries, |e, out| {
                out.code("Self(").int(e.code).code(")");
            });
            quote!(&#all)
        } else {
            let all = lists::array(&self.lexing, &model.entries, |e, out| {
                out.ident(&e.ident);
            });
            quote!({
                use #name::*;
                &#all
            })
        };
        let from_code = if self.open {
            quote!(::core::option::Option::Some(_) => ::core::option::Option::Some(Self(code)),)
        } else {
            quote!(::core::option::Option::Some(i) => ::core::option::Option::Some(Self::__errcat_entry(i)),)
        };
        let open_fns = self.open.then(|| self.open_fns());
        let all_codes: Vec<i128> = model.entries.iter().map(|e| e.code).collect();
        let position = lookup::position_body(&all_codes, repr, model.repr.bits());
        let name_fn = self.name_fn();
        let from_name = self.lookup_by_name_fn();
        let texts = self.text_fns();
        let facts = self.fact_fns();
        let language = self.language_fn();
        let group_fn = self.group_fn();
        // A derive cannot document the user's variants; its impl says what they are.
        let impl_doc = match self.declaration {
            Declaration::User { .. } => {
                let doc = rustdoc::derive_impl_doc(model);
                quote!(#[doc = #doc])
            }
            Declaration::Generated => TokenStream::new(),
        };
        quote! {
            #allow_deprecated
            #impl_doc
            impl #name {
                /// Every entry of the catalog, in ascending code order.
                // Variants named through a glob import: rustc resolves `Self::V`
                // and `E::V` paths with a scan over the variants, so at 10,000+
                // codes the bare names type-check several times faster.
                pub const ALL: &'static [Self] = #all;
                #codes_table
                #[doc(hidden)]
                const __ERRCAT_IDENTS: &'static [&'static str] = &#idents;

                /// The entry at `position`. Out of line: a crate that inlines
                /// a lookup would otherwise evaluate `ALL` again, and rustc
                /// validates an array of N enum values in O(N²).
                #[inline(never)]
                #[doc(hidden)]
                const fn __errcat_entry(position: usize) -> Self {
                    Self::ALL[position]
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
                #name_fn
                #from_name
                #texts
                #facts
                #group_fn
                #language
            }
        }
    }

    fn name_fn(&self) -> TokenStream {
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

    fn lookup_by_name_fn(&self) -> TokenStream {
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

    /// `message`, `description`, `solution` and their `_in` forms.
    fn text_fns(&self) -> TokenStream {
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
                out.code("::core::option::Option::Some(").str(text).code(")");
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

    fn language_fn(&self) -> TokenStream {
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

    /// `http_status`, `severity`, `is_retryable`.
    fn fact_fns(&self) -> TokenStream {
        let entries = &self.model.entries;
        // An unknown code of an open catalog: the format's defaults.
        let http = self.with_unknown(entries.iter().map(|e| e.http).collect(), DEFAULT_HTTP);
        let severities =
            self.with_unknown(entries.iter().map(|e| e.severity).collect(), Severity::DEFAULT);
        let retryable = self.with_unknown(entries.iter().map(|e| e.retryable).collect(), false);
        let http = column(&self.lexing, &http, &quote!(u16), |status, out| {
            out.int(i128::from(*status));
        });
        let severity = enum_column(&severities, |s| severity(*s));
        let retryable = column(&self.lexing, &retryable, &quote!(bool), |retryable, out| {
            out.code(if *retryable { "true" } else { "false" });
        });
        quote! {
            /// The HTTP status this entry maps to.
            #[must_use]
            pub const fn http_status(self) -> u16 {
                #http
            }

            /// The entry's severity.
            #[must_use]
            pub const fn severity(self) -> ::errcat::Severity {
                #severity
            }

            /// Whether retrying the failed operation may succeed.
            #[must_use]
            pub const fn is_retryable(self) -> bool {
                #retryable
            }
        }
    }

    fn group_fn(&self) -> TokenStream {
        if !self.has_groups() {
            return quote!();
        }
        let group_name = &self.group_name;
        let groups: Vec<&str> = self
            .model
            .entries
            .iter()
            // Validation puts every entry of a grouped catalog in a group; the
            // first group only stands in so that no input can reach a panic here.
            .filter_map(|e| {
                e.group.and_then(|g| self.model.groups.get(g)).or(self.model.groups.first())
            })
            .map(|g| g.ident.as_str())
            .collect();
        let body = enum_column(&groups, |group| {
            let group = ident(group);
            quote!(#group_name::#group)
        });
        // An unknown code of an open catalog: the group whose range holds it,
        // else the first group (`of_code` tells the two apart).
        let unknown = self.open.then(|| {
            quote! {
                if !self.is_known() {
                    return match #group_name::of_code(self.0) {
                        ::core::option::Option::Some(group) => group,
                        ::core::option::Option::None => #group_name::ALL[0],
                    };
                }
            }
        });
        let doc = if self.open {
            "The group (code range) the entry belongs to; for a code the catalog does not list, the group whose range holds it, else the first group (`of_code` returns `None` for it)."
        } else {
            "The group (code range) the entry belongs to."
        };
        quote! {
            #[doc = #doc]
            #[must_use]
            pub const fn group(self) -> #group_name {
                #unknown
                #body
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

/// A per-entry value: a constant when every entry has the same one,
/// otherwise a table indexed by the entry's position.
fn column<T: PartialEq>(
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
fn enum_column<T: PartialEq>(values: &[T], to_tokens: impl Fn(&T) -> TokenStream) -> TokenStream {
    let mut distinct: Vec<&T> = Vec::new();
    let numbers: Vec<usize> = values
        .iter()
        .map(|v| match distinct.iter().position(|d| *d == v) {
            Some(n) => n,
            None => {
                distinct.push(v);
                distinct.len() - 1
            }
        })
        .collect();
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
