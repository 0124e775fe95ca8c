//! The entry's facts: `http_status`, `severity`, `is_retryable`, `grpc_code` and, in a
//! catalog with groups, `group`. Each is a constant when every entry has
//! the same value, else a table (`columns`).

use proc_macro2::TokenStream;
use quote::quote;

use super::columns::{column, enum_column};
use super::{ident, severity, Cx};
use crate::format::{GrpcCode, Severity, DEFAULT_HTTP};

impl Cx<'_> {
    /// `http_status`, `severity`, `is_retryable`.
    pub(super) fn fact_fns(&self) -> TokenStream {
        let entries = &self.model.entries;
        // An unknown code of an open catalog: the format's defaults.
        let http = self.with_unknown(entries.iter().map(|e| e.http).collect(), DEFAULT_HTTP);
        let severities =
            self.with_unknown(entries.iter().map(|e| e.severity).collect(), Severity::DEFAULT);
        let retryable = self.with_unknown(entries.iter().map(|e| e.retryable).collect(), false);
        // An unknown code of an open catalog travels as `UNKNOWN`.
        let grpc = self.with_unknown(entries.iter().map(|e| e.grpc).collect(), GrpcCode::Unknown);
        let grpc = enum_column(&grpc, |code| {
            let variant = ident(code.variant_name());
            quote!(::errcat::GrpcCode::#variant)
        });
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

            /// The gRPC code the error travels with.
            #[must_use]
            pub const fn grpc_code(self) -> ::errcat::GrpcCode {
                #grpc
            }
        }
    }

    pub(super) fn group_fn(&self) -> TokenStream {
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
