//! The trait impls of the catalog enum: `Debug`, `Display` (the template),
//! `Error`, the conversions and `errcat::ErrorCode`.

use proc_macro2::TokenStream;
use quote::quote;

use super::{lists, Cx, Declaration};
use crate::format::{BodyKey, Placeholder, ProblemType};
use crate::model::BodyPart;
use crate::template::Segment;

impl Cx<'_> {
    pub(super) fn trait_impls(&self) -> TokenStream {
        let (name, repr) = (&self.name, &self.repr);
        let allow_deprecated = &self.allow_deprecated;
        let display = self.display_body();
        let wire = self.wire_items();
        let args = self.arg_items();
        let fields = self.field_trait_items();
        // The facade's features decide what these become (http, serde, axum
        // impls); without them, nothing. `serde: none` leaves serde out.
        let serde = self.model.wire.serde_impls().then(|| quote!(::errcat::__impl_serde!(#name);));
        let integrations = quote! {
            ::errcat::__impl_http!(#name);
            ::errcat::__impl_tonic!(#name);
            #serde
            ::errcat::__impl_axum!(#name);
        };
        let open_debug = format!("{name}(");
        let open_items = self.open.then(|| {
            quote! {
                fn from_wire_code(code: #repr) -> ::core::option::Option<Self> { ::core::option::Option::Some(#name::from_code_lossy(code)) }
                fn is_known(self) -> bool { #name::is_known(self) }
            }
        });
        let debug = match self.declaration {
            Declaration::Generated if self.open => quote! {
                impl ::core::fmt::Debug for #name {
                    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        if self.is_known() {
                            return f.write_str(Self::__ERRCAT_IDENTS[self.__errcat_index()]);
                        }
                        f.write_str(#open_debug)?;
                        ::core::fmt::Display::fmt(&self.0, f)?;
                        f.write_str(")")
                    }
                }
            },
            Declaration::Generated => quote! {
                impl ::core::fmt::Debug for #name {
                    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        f.write_str(Self::__ERRCAT_IDENTS[self.__errcat_index()])
                    }
                }
            },
            Declaration::User { .. } => TokenStream::new(),
        };
        quote! {
            #debug

            impl ::core::fmt::Display for #name {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #display
                }
            }

            impl ::core::error::Error for #name {}

            impl ::core::convert::From<#name> for #repr {
                fn from(value: #name) -> Self {
                    value.code()
                }
            }

            impl ::core::convert::TryFrom<#repr> for #name {
                type Error = ::errcat::UnknownCode<#repr>;

                fn try_from(code: #repr) -> ::core::result::Result<Self, Self::Error> {
                    match Self::from_code(code) {
                        ::core::option::Option::Some(value) => ::core::result::Result::Ok(value),
                        ::core::option::Option::None => ::core::result::Result::Err(::errcat::UnknownCode(code)),
                    }
                }
            }

            impl ::core::str::FromStr for #name {
                type Err = ::errcat::UnknownName;

                fn from_str(name: &str) -> ::core::result::Result<Self, Self::Err> {
                    match Self::from_name(name) {
                        ::core::option::Option::Some(value) => ::core::result::Result::Ok(value),
                        ::core::option::Option::None => ::core::result::Result::Err(::errcat::UnknownName::new(name)),
                    }
                }
            }

            #allow_deprecated
            impl ::errcat::ErrorCode for #name {
                type Repr = #repr;
                const ALL: &'static [Self] = #name::all();
                fn all() -> &'static [Self] { #name::all() }
                fn code(self) -> #repr { #name::code(self) }
                fn from_code(code: #repr) -> ::core::option::Option<Self> { #name::from_code(code) }
                fn name(self) -> &'static str { #name::name(self) }
                fn message(self) -> &'static str { #name::message(self) }
                fn message_in(self, lang: &str) -> &'static str { #name::message_in(self, lang) }
                fn http_status(self) -> u16 { #name::http_status(self) }
                fn severity(self) -> ::errcat::Severity { #name::severity(self) }
                fn is_retryable(self) -> bool { #name::is_retryable(self) }
                fn grpc_code(self) -> ::errcat::GrpcCode { #name::grpc_code(self) }
                #open_items
                #wire
                #args
                #fields
            }

            #integrations
        }
    }

    /// The `ErrorCode` items that the wire formats (serde, HTTP bodies) read.
    fn wire_items(&self) -> TokenStream {
        let (name, model) = (&self.name, self.model);
        let languages = &model.languages;
        let wire = &model.wire;
        let by_name = wire.by_name();
        let body = wire.fields().map(|(part, json)| {
            let member = match part {
                BodyPart::Key(BodyKey::Code) => quote!(Code),
                BodyPart::Key(BodyKey::Message) => quote!(Message),
                BodyPart::Key(BodyKey::Name) => quote!(Name),
                BodyPart::Key(BodyKey::Group) => quote!(Group),
                BodyPart::Key(BodyKey::Args) => quote!(Args),
                BodyPart::Key(BodyKey::HelpUrl) => quote!(HelpUrl),
                BodyPart::Field(field) => {
                    let field = lists::literal(field);
                    quote!(Field(#field))
                }
            };
            let json = lists::literal(json);
            quote!((#json, ::errcat::BodyMember::#member))
        });
        let type_base = match wire.problem_type_base() {
            Some(base) => {
                let base = lists::literal(base);
                quote!(::core::option::Option::Some(#base))
            }
            None => quote!(::core::option::Option::None),
        };
        let type_from_help_url = wire.problem_type_from() == Some(ProblemType::HelpUrl);
        let members = wire.problem_members().iter().map(|m| lists::literal(m.name()));
        let domain = lists::literal(model.domain());
        let group_name = if self.has_groups() {
            quote! {
                fn group_name(self) -> ::core::option::Option<&'static str> {
                    ::core::option::Option::Some(#name::group(self).name())
                }
            }
        } else {
            quote!()
        };
        quote! {
            const LANGUAGES: &'static [&'static str] = &[#(#languages),*];
            const WIRE: ::errcat::Wire = ::errcat::Wire::__new(#by_name, &[#(#body),*], #type_base, #type_from_help_url, &[#(#members),*], #domain);
            fn from_name(name: &str) -> ::core::option::Option<Self> { #name::from_name(name) }
            fn description_in(self, lang: &str) -> ::core::option::Option<&'static str> { #name::description_in(self, lang) }
            #group_name
        }
    }

    /// The `display` template as a sequence of writes: no allocation.
    fn display_body(&self) -> TokenStream {
        self.display_writes(&Self::plain_message())
    }

    /// Writes `{message}`: the message, or the variant's name when the
    /// catalog gives none.
    pub(super) fn plain_message() -> TokenStream {
        quote! {
            let message = self.message();
            f.write_str(if message.is_empty() { Self::__ERRCAT_IDENTS[self.__errcat_index()] } else { message })?;
        }
    }

    /// The template's writes, with `message` writing `{message}`.
    pub(super) fn display_writes(&self, message: &TokenStream) -> TokenStream {
        let writes = self.model.display.iter().map(|segment| match segment {
            Segment::Literal(text) => quote!(f.write_str(#text)?;),
            Segment::Value(Placeholder::Code) => {
                quote!(::core::fmt::Display::fmt(&self.code(), f)?;)
            }
            Segment::Value(Placeholder::Name) => quote!(f.write_str(self.name())?;),
            Segment::Value(Placeholder::Group) => quote!(f.write_str(self.group().name())?;),
            Segment::Value(Placeholder::Message) => message.clone(),
        });
        // A code an open catalog does not list has no texts: it is named by its number.
        let unknown = self.open.then(|| {
            quote! {
                if !self.is_known() {
                    f.write_str("unknown code ")?;
                    return ::core::fmt::Display::fmt(&self.code(), f);
                }
            }
        });
        quote! {
            #unknown
            #(#writes)*
            ::core::result::Result::Ok(())
        }
    }
}
