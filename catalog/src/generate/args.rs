//! What entries with arguments add: the `ErrorCode` items that render them
//! (`arg_names`, the `Display` hook for `errcat::Error`) and the context
//! selectors, one struct per such entry in a module named like the enum in
//! snake_case. A catalog without arguments gets none of it.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::{doc_text, ident, lists, Cx};
use crate::format::ArgType;
use crate::model::{Argument, Entry};
use crate::names;

impl Cx<'_> {
    /// Whether any entry declares arguments.
    pub(super) fn has_args(&self) -> bool {
        self.model.entries.iter().any(|e| !e.args.is_empty())
    }

    /// `arg_names` and `__display_with` for the `ErrorCode` impl.
    pub(super) fn arg_items(&self) -> TokenStream {
        if !self.has_args() {
            return TokenStream::new();
        }
        let arms = self.with_args().map(|(entry, variant)| {
            let names = entry.args.iter().map(|a| a.name.as_str());
            quote!(Self::#variant => &[#(#names),*],)
        });
        // The runtime type each argument's value takes, for decoders.
        let kind_arms = self.with_args().map(|(entry, variant)| {
            let kinds = entry.args.iter().map(|a| {
                let kind = ident(match a.ty {
                    ArgType::String => "Str",
                    ArgType::Bool => "Bool",
                    ArgType::I8 | ArgType::I16 | ArgType::I32 | ArgType::I64 => "Int",
                    ArgType::U8 | ArgType::U16 | ArgType::U32 | ArgType::U64 => "Uint",
                    ArgType::F64 => "Float",
                });
                quote!(::errcat::ArgKind::#kind)
            });
            quote!(Self::#variant => &[#(#kinds),*],)
        });
        // Entries without arguments, and an open catalog's unknown codes, have none.
        let others = (self.open || self.model.entries.iter().any(|e| e.args.is_empty()))
            .then(|| quote!(_ => &[],));
        let writes = self.display_writes(&{
            let plain = Self::plain_message();
            quote! {
                match message {
                    ::core::option::Option::Some(message) => message(f)?,
                    ::core::option::Option::None => { #plain }
                }
            }
        });
        quote! {
            fn arg_names(self) -> &'static [&'static str] {
                match self { #(#arms)* #others }
            }
            fn arg_kinds(self) -> &'static [::errcat::ArgKind] {
                match self { #(#kind_arms)* #others }
            }
            fn __display_with(
                self,
                f: &mut ::core::fmt::Formatter<'_>,
                message: ::core::option::Option<&dyn ::core::ops::Fn(&mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result>,
            ) -> ::core::fmt::Result {
                #writes
            }
        }
    }

    /// The entries with arguments and their variants.
    fn with_args(&self) -> impl Iterator<Item = (&Entry, Ident)> {
        self.model.entries.iter().filter(|e| !e.args.is_empty()).map(|e| (e, ident(&e.ident)))
    }

    /// The module of context selectors.
    pub(super) fn selectors(&self) -> TokenStream {
        if !self.has_args() {
            return TokenStream::new();
        }
        let name = &self.model.name;
        let module = names::selector_module(name);
        if names::ident_problem(&module).is_some() {
            // Validation and the derive's matching reject such names first.
            return TokenStream::new();
        }
        let module = ident(&module);
        let doc = format!(
            "Context selectors of [`{name}`]: for each entry with arguments, a struct of them \
             that becomes an `errcat::Error<{name}>` (`?`, `.into()`, `.fail()`, \
             `errcat::ResultExt::context`)."
        );
        let selectors = self.with_args().map(|(entry, variant)| self.selector(entry, &variant));
        quote! {
            #[doc = #doc]
            pub mod #module {
                #(#selectors)*
            }
        }
    }

    fn selector(&self, entry: &Entry, variant: &Ident) -> TokenStream {
        let kind = &self.name;
        let params = text_params(&entry.args);
        let generics: Vec<&Ident> = params.iter().flatten().collect();
        let fail_param = unused_param(&generics);
        let fields = entry.args.iter().zip(&params).map(|(arg, param)| {
            let field = ident(&arg.name);
            let doc = format!("`{}` ({}).", arg.name, arg.ty);
            let ty = param.as_ref().map_or_else(|| rust_type(arg.ty), |p| quote!(#p));
            quote!(#[doc = #doc] pub #field: #ty,)
        });
        let values = entry.args.iter().map(|arg| {
            let (name, field) = (arg.name.as_str(), ident(&arg.name));
            let value = arg_value(arg.ty, &quote!(self.#field));
            quote!((#name, #value),)
        });
        let message = entry.message.as_ref().and_then(|m| m.get(0)).unwrap_or_default();
        let doc = lists::literal(&format!(
            "[`{variant}`](super::{}::{variant}) with its arguments: {}",
            self.model.name,
            doc_text(message)
        ));
        let (bounds, args) = if generics.is_empty() {
            (TokenStream::new(), TokenStream::new())
        } else {
            (
                quote!(<#(#generics: ::core::convert::Into<::errcat::__private::String>),*>),
                quote!(<#(#generics),*>),
            )
        };
        quote! {
            #[doc = #doc]
            #[derive(Debug, Clone, Copy, PartialEq)]
            pub struct #variant #args { #(#fields)* }

            impl #bounds #variant #args {
                /// `Err` with this error: `return Selector { … }.fail();`.
                ///
                /// # Errors
                ///
                /// Always: that is its purpose.
                pub fn fail<#fail_param>(self) -> ::core::result::Result<#fail_param, ::errcat::Error<super::#kind>> {
                    ::core::result::Result::Err(::errcat::IntoError::into_error(self))
                }
            }

            impl #bounds ::errcat::IntoError for #variant #args {
                type Kind = super::#kind;

                fn into_error(self) -> ::errcat::Error<super::#kind> {
                    ::errcat::Error::__with_args(
                        super::#kind::#variant,
                        ::errcat::__private::Box::new([#(#values)*]),
                    )
                }
            }

            impl #bounds ::core::convert::From<#variant #args> for ::errcat::Error<super::#kind> {
                fn from(selector: #variant #args) -> Self {
                    ::errcat::IntoError::into_error(selector)
                }
            }
        }
    }
}

/// For each argument, the selector's type parameter when it is text (so a
/// field takes `&str` or `String`): its name in UpperCamelCase, numbered
/// when two would be the same.
fn text_params(args: &[Argument]) -> Vec<Option<Ident>> {
    let mut taken: Vec<String> = Vec::new();
    args.iter()
        .enumerate()
        .map(|(i, arg)| {
            if arg.ty != ArgType::String {
                return None;
            }
            let mut name = names::group_ident(&arg.name);
            if taken.contains(&name) {
                name = format!("{name}{i}");
            }
            taken.push(name.clone());
            Some(ident(&name))
        })
        .collect()
}

/// A type parameter name for `fail` that no text argument uses.
fn unused_param(generics: &[&Ident]) -> Ident {
    let name = (0..)
        .map(|n| if n == 0 { "T".to_owned() } else { format!("T{n}") })
        .find(|name| generics.iter().all(|g| *g != name))
        .unwrap_or_default();
    ident(&name)
}

/// The Rust type of a non-text argument.
fn rust_type(ty: ArgType) -> TokenStream {
    match ty {
        ArgType::String => quote!(::errcat::__private::String),
        ArgType::Bool => quote!(bool),
        ArgType::F64 => quote!(f64),
        other => {
            let ty = ident(other.as_str());
            quote!(#ty)
        }
    }
}

/// `errcat::Arg` of `value`, an argument of type `ty`.
fn arg_value(ty: ArgType, value: &TokenStream) -> TokenStream {
    match ty {
        ArgType::String => quote!(::errcat::Arg::Str(::core::convert::Into::into(#value))),
        ArgType::Bool => quote!(::errcat::Arg::Bool(#value)),
        ArgType::F64 => quote!(::errcat::Arg::Float(#value)),
        // Widened to the 64-bit variant's type; a 64-bit value as it is
        // (clippy flags a conversion to the same type in checked-in code).
        ArgType::I64 => quote!(::errcat::Arg::Int(#value)),
        ArgType::U64 => quote!(::errcat::Arg::Uint(#value)),
        ArgType::I8 | ArgType::I16 | ArgType::I32 => {
            quote!(::errcat::Arg::Int(::core::convert::From::from(#value)))
        }
        ArgType::U8 | ArgType::U16 | ArgType::U32 => {
            quote!(::errcat::Arg::Uint(::core::convert::From::from(#value)))
        }
    }
}
