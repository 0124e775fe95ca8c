//! The procedural macros of errcat. Use them through the `errcat` crate.
//!
//! This crate stays thin: it parses the macro input, hands the catalog to
//! `errcat-catalog`, and turns diagnostics into `compile_error!`s.

use proc_macro::TokenStream;
use proc_macro2::Span;
use quote::quote_spanned;
use syn::LitStr;

/// Generates an error-code enum from a YAML catalog.
///
/// ```ignore
/// errcat::catalog!("examples/catalogs/blobstore.yaml");
/// ```
///
/// The path is relative to the crate's `CARGO_MANIFEST_DIR`. Editing the
/// file recompiles the crate. A broken catalog is reported as one compile
/// error per problem, each naming the file, line and column.
#[proc_macro]
pub fn catalog(input: TokenStream) -> TokenStream {
    let path = match syn::parse::<LitStr>(input) {
        Ok(path) => path,
        Err(error) => {
            let message = format!(
                "{error}: expected the catalog path as a string literal, e.g. `errcat::catalog!(\"errors.yaml\");`"
            );
            return compile_errors(Span::call_site(), &[message]);
        }
    };
    let written = path.value();
    let Some(manifest_dir) = std::env::var_os("CARGO_MANIFEST_DIR") else {
        let message = "CARGO_MANIFEST_DIR is not set: build with cargo, which sets it".to_owned();
        return compile_errors(path.span(), &[message]);
    };
    let full = std::path::Path::new(&manifest_dir).join(&written);
    match errcat_catalog::load_file(&full, &written) {
        Ok(model) => {
            let tracking = errcat_catalog::generate::Tracking::ManifestRelative(&written);
            errcat_catalog::generate::catalog(&model, tracking).into()
        }
        Err(diagnostics) => {
            let messages: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
            compile_errors(path.span(), &messages)
        }
    }
}

fn compile_errors(span: Span, messages: &[String]) -> TokenStream {
    messages
        .iter()
        .map(|message| quote_spanned!(span=> ::core::compile_error!(#message);))
        .collect::<proc_macro2::TokenStream>()
        .into()
}
