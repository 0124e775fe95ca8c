//! How the generated code makes the build depend on the catalog file, and
//! for an expansion checked in instead of the macro, the assertion that the
//! file is still the one it was made from.

use proc_macro2::{Literal, TokenStream};

use super::lists;
use quote::{quote, ToTokens};

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
pub(super) fn tracked(tracking: Tracking<'_>) -> TokenStream {
    let included = |path: &str| {
        if std::path::Path::new(path).is_absolute() {
            quote!(::core::include_bytes!(#path))
        } else {
            let path = lists::literal(&format!("/{path}"));
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
