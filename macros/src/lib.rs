//! The procedural macros of errcat. Use them through the `errcat` crate.
//!
//! This crate stays thin: it parses the macro input, hands the catalog to
//! `errcat-catalog`, and turns diagnostics into `compile_error!`s.

use errcat_catalog::derive::{Location, UserDiscriminant, UserEnum, UserVariant};
use errcat_catalog::generate::{self, Tracking};
use errcat_catalog::PathBase;
use proc_macro::TokenStream;
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Expr, Lit, LitStr, UnOp};

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
            return compile_errors(vec![syn::Error::new(error.span(), message)]);
        }
    };
    match load(&path) {
        Ok((model, warnings)) => {
            let tracking = Tracking::ManifestRelative(&path.value());
            let deferred = generate::catalog_deferred(&model, tracking);
            let mut lists: Vec<Option<String>> = deferred.lists.into_iter().map(Some).collect();
            let mut tokens = match splice(deferred.skeleton, &mut lists) {
                Some(tokens) if lists.iter().all(Option::is_none) => tokens,
                // Not reached: every placeholder is used once. If it were,
                // the slower path still gives the right tokens.
                _ => generate::catalog(&model, tracking).into(),
            };
            tokens.extend(TokenStream::from(warnings));
            tokens
        }
        Err(errors) => compile_errors(errors),
    }
}

/// The skeleton with each placeholder replaced by its list, lexed by rustc
/// (see `errcat_catalog::generate::catalog_deferred`); `None` if a
/// placeholder is unknown or used twice, or a list does not lex.
fn splice(skeleton: proc_macro2::TokenStream, lists: &mut [Option<String>]) -> Option<TokenStream> {
    let mut out = TokenStream::new();
    for tree in skeleton {
        let tokens = match tree {
            proc_macro2::TokenTree::Group(group) => {
                let delimiter = match group.delimiter() {
                    proc_macro2::Delimiter::Parenthesis => proc_macro::Delimiter::Parenthesis,
                    proc_macro2::Delimiter::Brace => proc_macro::Delimiter::Brace,
                    proc_macro2::Delimiter::Bracket => proc_macro::Delimiter::Bracket,
                    proc_macro2::Delimiter::None => proc_macro::Delimiter::None,
                };
                let mut spliced = proc_macro::Group::new(delimiter, splice(group.stream(), lists)?);
                spliced.set_span(group.span().unwrap());
                TokenStream::from(proc_macro::TokenTree::Group(spliced))
            }
            proc_macro2::TokenTree::Ident(ident) => {
                let name = ident.to_string();
                match name.strip_prefix(generate::PLACEHOLDER) {
                    Some(index) => {
                        let list = lists.get_mut(index.parse::<usize>().ok()?)?.take()?;
                        list.parse::<TokenStream>().ok()?
                    }
                    None => {
                        proc_macro2::TokenStream::from(proc_macro2::TokenTree::Ident(ident)).into()
                    }
                }
            }
            other => proc_macro2::TokenStream::from(other).into(),
        };
        out.extend([tokens]);
    }
    Some(out)
}

/// Implements a catalog's API for an enum you declare yourself.
///
/// ```ignore
/// #[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ErrorCatalog)]
/// #[catalog(path = "examples/catalogs/blobstore.yaml", group = "access")]
/// pub enum AccessError { AccessServiceDiscovery, AccessLimited, AccessExceedSize }
/// ```
///
/// Variants match catalog entries by the identifier `catalog!` would give
/// them; `#[catalog(name = "ERR_X")]` on a variant names the entry instead.
/// Any difference between the enum and the catalog is a compile error.
#[proc_macro_derive(ErrorCatalog, attributes(catalog))]
pub fn derive_error_catalog(input: TokenStream) -> TokenStream {
    let input = match syn::parse::<DeriveInput>(input) {
        Ok(input) => input,
        Err(error) => return error.to_compile_error().into(),
    };
    match derive(&input) {
        Ok(tokens) => tokens.into(),
        Err(errors) => compile_errors(errors),
    }
}

fn derive(input: &DeriveInput) -> Result<proc_macro2::TokenStream, Vec<syn::Error>> {
    let mut errors = Vec::new();
    let (path, group) = catalog_attribute(input).map_err(|e| vec![e])?;
    if !input.generics.params.is_empty() {
        errors.push(syn::Error::new(
            input.generics.span(),
            "an error catalog enum cannot be generic",
        ));
    }
    let Data::Enum(data) = &input.data else {
        let kind = if matches!(input.data, Data::Struct(_)) { "a struct" } else { "a union" };
        let message =
            format!("`ErrorCatalog` derives only on enums, and `{}` is {kind}", input.ident);
        return Err(vec![syn::Error::new(input.ident.span(), message)]);
    };
    let mut variants = Vec::new();
    for variant in &data.variants {
        let catalog_name = match variant_name_attribute(variant) {
            Ok(name) => name,
            Err(error) => {
                errors.push(error);
                None
            }
        };
        variants.push(UserVariant {
            ident: variant.ident.to_string(),
            catalog_name,
            discriminant: variant.discriminant.as_ref().map(|(_, expr)| literal_discriminant(expr)),
            has_fields: !variant.fields.is_empty(),
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let written = path.value();
    let (catalog, warnings) = load(&path)?;
    let user = UserEnum { name: input.ident.to_string(), variants };
    match errcat_catalog::derive::match_enum(
        &catalog,
        &user,
        group.as_ref().map(LitStr::value).as_deref(),
    ) {
        Ok(view) => {
            let mut tokens = view.expand(Tracking::ManifestRelative(&written));
            tokens.extend(warnings);
            Ok(tokens)
        }
        Err(drift) => Err(drift
            .into_iter()
            .map(|d| {
                let span = match d.location {
                    Location::Variant(i) => {
                        data.variants.iter().nth(i).map_or(input.ident.span(), |v| v.ident.span())
                    }
                    Location::Group => group.as_ref().map_or(input.ident.span(), LitStr::span),
                    Location::Enum => input.ident.span(),
                };
                syn::Error::new(span, d.message)
            })
            .collect()),
    }
}

/// `#[catalog(path = "...", group = "...")]` on the enum.
fn catalog_attribute(input: &DeriveInput) -> syn::Result<(LitStr, Option<LitStr>)> {
    let (mut path, mut group) = (None, None);
    for attr in input.attrs.iter().filter(|a| a.path().is_ident("catalog")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("path") {
                path = Some(meta.value()?.parse::<LitStr>()?);
            } else if meta.path.is_ident("group") {
                group = Some(meta.value()?.parse::<LitStr>()?);
            } else {
                return Err(meta.error("expected `path = \"...\"` or `group = \"...\"`"));
            }
            Ok(())
        })?;
    }
    let path = path.ok_or_else(|| {
        syn::Error::new(
            input.ident.span(),
            "add `#[catalog(path = \"errors.yaml\")]`: the catalog this enum follows",
        )
    })?;
    Ok((path, group))
}

/// `#[catalog(name = "...")]` on a variant.
fn variant_name_attribute(variant: &syn::Variant) -> syn::Result<Option<String>> {
    let mut name = None;
    for attr in variant.attrs.iter().filter(|a| a.path().is_ident("catalog")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("name") {
                name = Some(meta.value()?.parse::<LitStr>()?.value());
                Ok(())
            } else {
                Err(meta
                    .error("expected `name = \"...\"`: the catalog name this variant stands for"))
            }
        })?;
    }
    Ok(name)
}

fn literal_discriminant(expr: &Expr) -> UserDiscriminant {
    let integer = |expr: &Expr| match expr {
        Expr::Lit(lit) => match &lit.lit {
            Lit::Int(int) => int.base10_parse::<i128>().ok(),
            _ => None,
        },
        _ => None,
    };
    let value = match expr {
        Expr::Unary(unary) if matches!(unary.op, UnOp::Neg(_)) => integer(&unary.expr).map(|v| -v),
        other => integer(other),
    };
    value.map_or(UserDiscriminant::Other, UserDiscriminant::Literal)
}

/// Loads the catalog at a path relative to `CARGO_MANIFEST_DIR`, with the
/// warnings (lint W0005) the expansion carries.
fn load(
    path: &LitStr,
) -> Result<(errcat_catalog::Catalog, proc_macro2::TokenStream), Vec<syn::Error>> {
    let written = path.value();
    let Some(manifest_dir) = std::env::var_os("CARGO_MANIFEST_DIR") else {
        return Err(vec![syn::Error::new(
            path.span(),
            "CARGO_MANIFEST_DIR is not set: build with cargo, which sets it",
        )]);
    };
    let full = std::path::Path::new(&manifest_dir).join(&written);
    let catalog =
        errcat_catalog::load_file(&full, &written, PathBase::CrateDir).map_err(|diagnostics| {
            diagnostics
                .iter()
                .map(|d| syn::Error::new(path.span(), d.compile_error_text()))
                .collect::<Vec<_>>()
        })?;
    let warnings = generate::warnings(catalog.source_warnings(), path.span());
    Ok((catalog, warnings))
}

/// One `compile_error!` per error.
fn compile_errors(errors: Vec<syn::Error>) -> TokenStream {
    errors.iter().map(syn::Error::to_compile_error).collect::<proc_macro2::TokenStream>().into()
}
