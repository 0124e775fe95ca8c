//! Declared fields and help links: one accessor per field (a constant when
//! every entry has the same value, else a table, as the built-in facts),
//! the enum of each `enum` field, `help_url`, and the generic access of
//! `ErrorCode` (`FIELDS`, `field`, `help_url`).

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::columns::{column, enum_column};
use super::lists::{self, RustText};
use super::{ident, Cx};
use crate::format::FieldType;
use crate::model::{Field, FieldValue};

impl Cx<'_> {
    /// Whether the accessor of `field` returns an `Option`: the field has
    /// no default and is not required, or (an open catalog) no default for
    /// the codes it does not list.
    fn field_is_optional(&self, field: &Field) -> bool {
        field.is_optional() || (self.open && field.default.is_none())
    }

    fn field_enum(&self, field: &Field) -> Ident {
        ident(&field.enum_name(&self.model.name))
    }

    /// Each entry's value of field `index`, with the open catalog's slot.
    fn field_values(&self, index: usize, field: &Field) -> Vec<Option<FieldValue>> {
        let values =
            self.model.entries.iter().map(|e| e.fields.get(index).cloned().flatten()).collect();
        self.with_unknown(values, field.default.clone())
    }

    /// One accessor per declared field, and `help_url`.
    pub(super) fn field_fns(&self) -> TokenStream {
        let accessors = self.model.fields.iter().enumerate().map(|(index, field)| {
            let name = ident(&field.name);
            let doc = field_doc(field);
            let optional = self.field_is_optional(field);
            let values = self.field_values(index, field);
            let (ty, body) = if field.ty == FieldType::Enum {
                let enum_name = self.field_enum(field);
                let variant = |word: &String| {
                    let variant = ident(&Field::variant(word));
                    quote!(#enum_name::#variant)
                };
                if optional {
                    let body = enum_column(&values, |value| match value {
                        Some(FieldValue::Word(word)) => {
                            let variant = variant(word);
                            quote!(::core::option::Option::Some(#variant))
                        }
                        _ => quote!(::core::option::Option::None),
                    });
                    (quote!(::core::option::Option<#enum_name>), body)
                } else {
                    let first = field.values.first().cloned().unwrap_or_default();
                    let words: Vec<String> = values
                        .iter()
                        .map(|v| match v {
                            Some(FieldValue::Word(word)) => word.clone(),
                            _ => first.clone(),
                        })
                        .collect();
                    (quote!(#enum_name), enum_column(&words, variant))
                }
            } else {
                let ty = match field.ty {
                    FieldType::Bool => quote!(bool),
                    FieldType::Int => quote!(i64),
                    FieldType::String | FieldType::Enum => quote!(&'static str),
                };
                if optional {
                    let ty = quote!(::core::option::Option<#ty>);
                    let body = column(&self.lexing, &values, &ty, |value, out| match value {
                        Some(value) => {
                            out.code("::core::option::Option::Some(");
                            scalar(value, out);
                            out.punct(')');
                        }
                        None => {
                            out.code("::core::option::Option::None");
                        }
                    });
                    (ty, body)
                } else {
                    let zero = zero(field.ty);
                    let values: Vec<FieldValue> =
                        values.into_iter().map(|v| v.unwrap_or_else(|| zero.clone())).collect();
                    (ty.clone(), column(&self.lexing, &values, &ty, scalar))
                }
            };
            quote! {
                #[doc = #doc]
                #[must_use]
                pub const fn #name(self) -> #ty {
                    #body
                }
            }
        });
        let links: Vec<Option<String>> =
            self.model.entries.iter().map(|e| e.help_url.clone()).collect();
        let links = self.with_unknown(links, None);
        let link_type = quote!(::core::option::Option<&'static str>);
        let help_url = column(&self.lexing, &links, &link_type, |link, out| match link {
            Some(link) => {
                out.code("::core::option::Option::Some(").str(link).punct(')');
            }
            None => {
                out.code("::core::option::Option::None");
            }
        });
        quote! {
            #(#accessors)*

            /// The entry's help link (`help_url` in the catalog), rendered.
            #[must_use]
            pub const fn help_url(self) -> ::core::option::Option<&'static str> {
                #help_url
            }
        }
    }

    /// The enum of each `enum` field: `StoreErrorKind`.
    pub(super) fn field_enums(&self) -> TokenStream {
        let enums = self.model.fields.iter().filter(|f| f.ty == FieldType::Enum).map(|field| {
            let name = self.field_enum(field);
            let doc = lists::literal(&format!(
                "The values of the `{}` field of [`{}`]{}",
                field.name,
                self.model.name,
                field.doc.as_deref().map(|d| format!(": {d}")).unwrap_or_else(|| ".".to_owned())
            ));
            let variants: Vec<Ident> =
                field.values.iter().map(|w| ident(&Field::variant(w))).collect();
            let words: Vec<TokenStream> = field.values.iter().map(|w| lists::literal(w)).collect();
            let docs = words.clone();
            quote! {
                #[doc = #doc]
                #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
                pub enum #name {
                    #(#[doc = #docs] #variants,)*
                }

                impl #name {
                    /// Every value, in the catalog's order.
                    pub const ALL: &'static [Self] = &[#(Self::#variants),*];

                    /// The value as the catalog writes it.
                    #[must_use]
                    pub const fn as_str(self) -> &'static str {
                        match self { #(Self::#variants => #words,)* }
                    }
                }

                impl ::core::fmt::Display for #name {
                    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        f.write_str(self.as_str())
                    }
                }

                impl ::core::str::FromStr for #name {
                    type Err = ::errcat::UnknownName;

                    fn from_str(value: &str) -> ::core::result::Result<Self, Self::Err> {
                        match value {
                            #(#words => ::core::result::Result::Ok(Self::#variants),)*
                            _ => ::core::result::Result::Err(::errcat::UnknownName::new(value)),
                        }
                    }
                }
            }
        });
        quote!(#(#enums)*)
    }

    /// `FIELDS`, `field` and `help_url` of `ErrorCode`.
    pub(super) fn field_trait_items(&self) -> TokenStream {
        let name = &self.name;
        let fields = &self.model.fields;
        let declarations = fields.iter().map(|field| {
            let key = lists::literal(&field.name);
            let ty = match field.ty {
                FieldType::String => quote!(::errcat::FieldType::Str),
                FieldType::Bool => quote!(::errcat::FieldType::Bool),
                FieldType::Int => quote!(::errcat::FieldType::Int),
                FieldType::Enum => {
                    let words = field.values.iter().map(|w| lists::literal(w));
                    quote!(::errcat::FieldType::Enum(&[#(#words),*]))
                }
            };
            let optional = self.field_is_optional(field);
            quote!(::errcat::Field::__new(#key, #ty, #optional))
        });
        let arms = fields.iter().map(|field| {
            let key = lists::literal(&field.name);
            let accessor = ident(&field.name);
            let wrap = match field.ty {
                FieldType::String => quote!(::errcat::FieldValue::Str(value)),
                FieldType::Bool => quote!(::errcat::FieldValue::Bool(value)),
                FieldType::Int => quote!(::errcat::FieldValue::Int(value)),
                FieldType::Enum => quote!(::errcat::FieldValue::Enum(value.as_str())),
            };
            if self.field_is_optional(field) {
                quote! {
                    #key => match #name::#accessor(self) {
                        ::core::option::Option::Some(value) => ::core::option::Option::Some(#wrap),
                        ::core::option::Option::None => ::core::option::Option::None,
                    },
                }
            } else {
                quote! {
                    #key => {
                        let value = #name::#accessor(self);
                        ::core::option::Option::Some(#wrap)
                    }
                }
            }
        });
        let field_fn = if fields.is_empty() {
            quote!()
        } else {
            quote! {
                const FIELDS: &'static [::errcat::Field] = &[#(#declarations),*];
                fn field(self, name: &str) -> ::core::option::Option<::errcat::FieldValue> {
                    match name {
                        #(#arms)*
                        _ => ::core::option::Option::None,
                    }
                }
            }
        };
        quote! {
            #field_fn
            fn help_url(self) -> ::core::option::Option<&'static str> { #name::help_url(self) }
        }
    }
}

/// A scalar value as a Rust literal.
fn scalar(value: &FieldValue, out: &mut RustText) {
    match value {
        FieldValue::Str(text) | FieldValue::Word(text) => {
            out.str(text);
        }
        FieldValue::Bool(flag) => {
            out.code(if *flag { "true" } else { "false" });
        }
        FieldValue::Int(number) => {
            out.int(i128::from(*number));
        }
    }
}

/// What a value the model lacks becomes (validation makes it unreachable):
/// a value of the type, never a panic.
fn zero(ty: FieldType) -> FieldValue {
    match ty {
        FieldType::String | FieldType::Enum => FieldValue::Str(String::new()),
        FieldType::Bool => FieldValue::Bool(false),
        FieldType::Int => FieldValue::Int(0),
    }
}

/// The accessor's documentation: the field's `doc`, its type and default.
fn field_doc(field: &Field) -> String {
    let mut doc = field.doc.clone().unwrap_or_else(|| format!("The entry's `{}`.", field.name));
    doc.push_str(&format!("\n\nDeclared field `{}`: `{}`", field.name, field.ty));
    match (&field.default, field.required) {
        (Some(default), _) => doc.push_str(&format!(", default `{}`.", default.to_text())),
        (None, true) => doc.push_str(", required."),
        (None, false) => doc.push_str(", optional: `None` for entries that set none."),
    }
    doc
}
