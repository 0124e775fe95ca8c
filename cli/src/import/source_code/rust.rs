//! Rust, parsed with syn: an enum whose variants have integer
//! discriminants (explicit, or counted on from an explicit one), or the
//! `const NAME: T = N;` items of a module or an `impl` block, or a macro call
//! whose body is a table of `Name(code)` rows (`build_exceptions! { … }`). Messages come
//! from `#[error("…")]` (thiserror; `{field}` placeholders become typed
//! arguments), `#[strum(to_string/serialize/message = "…")]`, or the doc
//! comment (its first paragraph; the rest is the description). Names come
//! from `#[strum(serialize = "…")]` when present, else the variant.
//!
//! The functions of the enum's impl blocks that map its variants to an
//! HTTP status, a gRPC code or retryability are read too (`mappings`).
//!
//! When several items qualify, the one with the most codes is read (or the
//! one `--item` names) and the others are listed in the report. What the
//! reader cannot evaluate is reported with its line, never guessed.

use syn::spanned::Spanned;
use syn::{Attribute, Expr, Fields, Item, Lit, UnOp};

use super::{mappings, nesting};
use crate::import::lines::comment_of;
use crate::import::{FindingKind, Imported, Row, RustEnum, Text};
use errcat_catalog::format::{EntryKey, Repr};

/// An item that holds codes: an enum, or the constants of a module or impl.
struct Candidate<'a> {
    /// How the report names it: `enum StatusCode`, `mod codes`, `impl Code`.
    label: String,
    /// Its name, as `--item` matches it.
    name: String,
    kind: CandidateKind<'a>,
    codes: usize,
}

enum CandidateKind<'a> {
    Enum(&'a syn::ItemEnum),
    /// The constants of a module, or of an `impl` block.
    Consts(Vec<Constant<'a>>),
    /// A macro call whose body is a table `Name(code),` (Databend's
    /// `build_exceptions!`), each row with its doc comment.
    MacroTable(Vec<MacroRow>),
}

/// A `const NAME: T = N;` item of a module or an `impl` block.
struct Constant<'a> {
    attrs: &'a [Attribute],
    ident: &'a syn::Ident,
    code: i128,
}

impl<'a> Constant<'a> {
    /// The constant, when its value is an integer the reader evaluates; one
    /// its type cannot hold is reported.
    fn read(
        attrs: &'a [Attribute],
        ident: &'a syn::Ident,
        expr: &Expr,
        imported: &mut Imported,
    ) -> Option<Self> {
        match evaluate(expr) {
            Ok(code) => Some(Constant { attrs, ident, code }),
            Err(Unread::OutOfRange) => {
                let message = format!(
                    "the value of `{ident}` is out of its type's range (Rust would wrap it): not read"
                );
                imported.find(line_of(ident), FindingKind::Skipped, message);
                None
            }
            Err(Unread::NotInteger) => None,
        }
    }
}

/// A row of a macro's code table.
struct MacroRow {
    attrs: Vec<Attribute>,
    name: syn::Ident,
    code: i128,
}

/// The rows of a macro body that is a table of `Name(code)` or
/// `Name = code`, each after its attributes, separated by commas; `None`
/// when the body is anything else.
fn code_table(tokens: &proc_macro2::TokenStream) -> Option<Vec<MacroRow>> {
    use syn::parse::Parser as _;
    let parser = |input: syn::parse::ParseStream<'_>| {
        let mut rows = Vec::new();
        while !input.is_empty() {
            let attrs = Attribute::parse_outer(input)?;
            let name: syn::Ident = input.parse()?;
            let code: syn::LitInt = if input.peek(syn::token::Paren) {
                let inner;
                syn::parenthesized!(inner in input);
                inner.parse()?
            } else {
                let _: syn::Token![=] = input.parse()?;
                input.parse()?
            };
            rows.push(MacroRow { attrs, name, code: code.base10_parse()? });
            if !input.is_empty() {
                let _: syn::Token![,] = input.parse()?;
            }
        }
        Ok(rows)
    };
    parser.parse2(tokens.clone()).ok().filter(|rows: &Vec<MacroRow>| !rows.is_empty())
}

/// Reads the codes of `text`; an unparsable file, or one nested too deep
/// for syn ([`nesting`]), is [`Imported::unreadable`].
pub(in crate::import) fn read_rust(text: &str, lang: Option<&str>, item: Option<&str>) -> Imported {
    if let Some((cost, line)) = nesting::too_deep(text) {
        let message = format!(
            "line {line}: syntax nests {cost} deep here, more than the {} errcat reads (syn would recurse that deep)",
            nesting::MAX_COST
        );
        return Imported { unreadable: Some(message), ..Imported::default() };
    }
    // syn and the walk below recurse as deep as the syntax nests, and the
    // syn tree is dropped before the thread ends.
    let reader = std::thread::Builder::new()
        .name("errcat-import-rust".into())
        .stack_size(nesting::READER_STACK_BYTES);
    let read = std::thread::scope(|scope| {
        reader.spawn_scoped(scope, || read_parsed(text, lang, item)).map(|thread| thread.join())
    });
    match read {
        Ok(Ok(imported)) => imported,
        Ok(Err(_)) => Imported {
            unreadable: Some(
                "reading it failed inside errcat (a bug: please report it with the file)".into(),
            ),
            ..Imported::default()
        },
        Err(error) => Imported {
            unreadable: Some(format!("no thread to read it on: {error}")),
            ..Imported::default()
        },
    }
}

fn read_parsed(text: &str, lang: Option<&str>, item: Option<&str>) -> Imported {
    let mut imported = Imported::default();
    let file = match syn::parse_file(text) {
        Ok(file) => file,
        Err(error) => {
            let at = error.span().start();
            imported.unreadable =
                Some(format!("line {}, column {}: {error}", at.line, at.column + 1));
            return imported;
        }
    };
    let mut candidates = Vec::new();
    collect(&file.items, "", &mut candidates, &mut imported);
    // The one with the most codes (the first of equals), among those named
    // `item` when it is given: two `impl Code` blocks share a name.
    let mut chosen_index: Option<usize> = None;
    for (index, candidate) in candidates.iter().enumerate() {
        let named = item.is_none_or(|wanted| candidate.name == wanted);
        let best = chosen_index.and_then(|i| candidates.get(i));
        if named && best.is_none_or(|best| candidate.codes > best.codes) {
            chosen_index = Some(index);
        }
    }
    let Some(chosen) = chosen_index.and_then(|i| candidates.get(i)) else {
        if let Some(wanted) = item {
            let names: Vec<&str> = candidates.iter().map(|c| c.name.as_str()).collect();
            let message = format!(
                "no enum, module or impl named `{wanted}` holds codes; those that do: {}",
                names.join(", ")
            );
            imported.find(1, FindingKind::Skipped, message);
        }
        return imported;
    };
    for (index, other) in candidates.iter().enumerate() {
        if Some(index) == chosen_index {
            continue;
        }
        let message = if other.name == chosen.name {
            format!(
                "{} also holds {} codes: not read (it has the name of the one read, so `--item` cannot choose it)",
                other.label, other.codes
            )
        } else {
            format!(
                "{} also holds {} codes: not read (`--item {}` reads it instead)",
                other.label, other.codes, other.name
            )
        };
        imported.find(1, FindingKind::Note, message);
    }
    match &chosen.kind {
        CandidateKind::Enum(item) => {
            let variants = read_enum(item, lang, &mut imported);
            mappings::read(&file.items, &item.ident.to_string(), &variants, &mut imported);
        }
        CandidateKind::Consts(constants) => {
            for constant in constants {
                read_row(constant.attrs, constant.ident, constant.code, lang, &mut imported);
            }
        }
        CandidateKind::MacroTable(rows) => {
            for row in rows {
                read_row(&row.attrs, &row.name, row.code, lang, &mut imported);
            }
        }
    }
    imported
}

/// Every enum with a discriminant, module with integer constants and impl
/// with integer constants, modules searched recursively; macro calls at
/// item level are reported (the reader cannot expand them).
fn collect<'a>(
    items: &'a [Item],
    path: &str,
    out: &mut Vec<Candidate<'a>>,
    imported: &mut Imported,
) {
    let mut consts = Vec::new();
    for item in items {
        match item {
            Item::Enum(item) if item.variants.iter().any(|v| v.discriminant.is_some()) => {
                out.push(Candidate {
                    label: format!("enum {}", item.ident),
                    name: item.ident.to_string(),
                    kind: CandidateKind::Enum(item),
                    codes: item.variants.len(),
                });
            }
            Item::Const(item) => {
                consts.extend(Constant::read(&item.attrs, &item.ident, &item.expr, imported));
            }
            Item::Impl(block) => {
                let consts: Vec<Constant<'_>> = block
                    .items
                    .iter()
                    .filter_map(|i| match i {
                        syn::ImplItem::Const(c) => {
                            Constant::read(&c.attrs, &c.ident, &c.expr, imported)
                        }
                        _ => None,
                    })
                    .collect();
                if let (false, syn::Type::Path(ty)) = (consts.is_empty(), &*block.self_ty) {
                    let name =
                        ty.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
                    out.push(Candidate {
                        label: format!("impl {name}"),
                        name,
                        codes: consts.len(),
                        kind: CandidateKind::Consts(consts),
                    });
                }
            }
            Item::Mod(module) => {
                if let Some((_, inner)) = &module.content {
                    let inner_path = format!("{path}{}::", module.ident);
                    collect(inner, &inner_path, out, imported);
                }
            }
            Item::Macro(call) => {
                let name =
                    call.mac.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
                if let Some(rows) = code_table(&call.mac.tokens) {
                    out.push(Candidate {
                        label: format!("{name}!"),
                        name,
                        codes: rows.len(),
                        kind: CandidateKind::MacroTable(rows),
                    });
                    continue;
                }
                // A `macro_rules!` definition defines no code itself.
                if call.mac.path.is_ident("macro_rules") {
                    continue;
                }
                let message = format!(
                    "`{name}!` is a macro the reader cannot expand: what it defines is not read"
                );
                imported.find(line_of(call), FindingKind::Skipped, message);
            }
            _ => {}
        }
    }
    if !consts.is_empty() {
        let name = path.trim_end_matches("::").rsplit("::").next().unwrap_or_default().to_owned();
        let label =
            if name.is_empty() { "the file's constants".to_owned() } else { format!("mod {name}") };
        out.push(Candidate {
            label,
            name,
            codes: consts.len(),
            kind: CandidateKind::Consts(consts),
        });
    }
}

/// Reads the enum's variants into rows; each variant's name and its row.
fn read_enum(
    item: &syn::ItemEnum,
    lang: Option<&str>,
    imported: &mut Imported,
) -> Vec<(String, usize)> {
    let mut variants = Vec::new();
    imported.type_name = Some(item.ident.to_string());
    let mut rust = RustEnum {
        name: item.ident.to_string(),
        line: line_of(&item.ident),
        ..RustEnum::default()
    };
    for attr in item.attrs.iter().filter(|a| a.path().is_ident("derive")) {
        let _ = attr.parse_nested_meta(|meta| {
            if let Some(last) = meta.path.segments.last() {
                rust.derives.push((last.ident.to_string(), line_of(attr)));
            }
            Ok(())
        });
    }
    if let Some(repr) = repr(&item.attrs) {
        imported.repr = Some(repr);
    }
    let mut next: Option<i128> = Some(0);
    // The code of the variant just read, to tell why `next` is `None`.
    let mut last_read: Option<i128> = None;
    for variant in &item.variants {
        let line = line_of(variant);
        if variant.attrs.iter().any(|a| a.path().is_ident("cfg")) {
            let message = format!(
                "`{}` is `#[cfg]`-gated: read, but it may not exist in every build",
                variant.ident
            );
            imported.find(line, FindingKind::Note, message);
        }
        let code = match &variant.discriminant {
            Some((_, expr)) => evaluate(expr),
            None => next.ok_or(Unread::NotInteger),
        };
        let Ok(code) = code else {
            let message = match (&variant.discriminant, last_read, code) {
                (None, Some(i128::MAX), _) => format!(
                    "`{}` follows a variant whose discriminant is the largest integer, so it has none: left out, and the variants after it",
                    variant.ident
                ),
                (_, _, Err(Unread::OutOfRange)) => format!(
                    "the discriminant of `{}` is out of its type's range (Rust would wrap it): left out, and the variants after it",
                    variant.ident
                ),
                _ => format!(
                    "the discriminant of `{}` is no integer literal: left out, and the variants after it",
                    variant.ident
                ),
            };
            imported.find(line, FindingKind::Skipped, message);
            next = None;
            last_read = None;
            continue;
        };
        next = code.checked_add(1);
        last_read = Some(code);
        for attr in &variant.attrs {
            if attr.path().is_ident("strum") || attr.path().is_ident("error") {
                let name = attr.path().get_ident().map(ToString::to_string).unwrap_or_default();
                rust.variant_attributes.push((name, line_of(attr)));
            }
        }
        rust.variants.push((
            variant.ident.to_string(),
            Some(code),
            line,
            !matches!(variant.fields, Fields::Unit),
        ));
        let serialized = strum(&variant.attrs, &["serialize"]);
        let mut row = Row {
            line,
            code: Some(code),
            name: Some(serialized.unwrap_or_else(|| variant.ident.to_string())),
            ..Row::default()
        };
        let thiserror = error_message(&variant.attrs);
        let message =
            thiserror.clone().or_else(|| strum(&variant.attrs, &["to_string", "message"]));
        let (summary, rest) = doc_paragraphs(&variant.attrs);
        match message {
            Some(message) => row.texts.extend(comment_of(&message, lang)),
            None => row.texts.extend(summary.and_then(|s| comment_of(&s, lang))),
        }
        if let Some(rest) = rest {
            let language = row
                .texts
                .first()
                .map_or_else(|| lang.unwrap_or("en").to_owned(), |t| t.language.clone());
            row.texts.push(Text { field: EntryKey::Description, language, text: rest });
        }
        if let (Some(template), Fields::Named(fields)) = (&thiserror, &variant.fields) {
            row.args = arguments(template, fields, line, imported);
        } else if !matches!(variant.fields, Fields::Unit) {
            let message = format!(
                "`{}` has fields without a `#[error]` naming them: they are not arguments",
                variant.ident
            );
            imported.find(line, FindingKind::Note, message);
        }
        variants.push((variant.ident.to_string(), imported.rows.len()));
        imported.rows.push(row);
    }
    imported.rust_enum = Some(rust);
    variants
}

/// A constant or a macro table's row: its code, name and doc comment.
fn read_row(
    attrs: &[Attribute],
    ident: &syn::Ident,
    code: i128,
    lang: Option<&str>,
    imported: &mut Imported,
) {
    let mut row = Row {
        line: line_of(ident),
        code: Some(code),
        name: Some(ident.to_string()),
        ..Row::default()
    };
    let (summary, rest) = doc_paragraphs(attrs);
    row.texts.extend(summary.and_then(|s| comment_of(&s, lang)));
    if let Some(rest) = rest {
        row.texts.push(Text {
            field: EntryKey::Description,
            language: lang.unwrap_or("en").to_owned(),
            text: rest,
        });
    }
    imported.rows.push(row);
}

/// The typed arguments of a thiserror message: each `{field}` of the
/// variant's named fields, with the field's type mapped to errcat's; other
/// placeholders (`{0}`, `{field:?}`, unknown types) reported.
fn arguments(
    template: &str,
    fields: &syn::FieldsNamed,
    line: usize,
    imported: &mut Imported,
) -> Vec<(String, String)> {
    let mut args = Vec::new();
    let Ok(placeholders) = errcat_catalog::template::placeholders(template) else {
        imported.find(
            line,
            FindingKind::Note,
            "its `#[error]` has an unbalanced brace: no arguments read".to_owned(),
        );
        return args;
    };
    for (name, _) in placeholders {
        let field = fields.named.iter().find(|f| f.ident.as_ref().is_some_and(|i| i == name));
        let ty = field.and_then(|f| arg_type(&f.ty));
        match ty {
            Some(ty) if !args.iter().any(|(n, _): &(String, String)| n == name) => {
                args.push((name.to_owned(), ty.to_owned()))
            }
            Some(_) => {}
            None => {
                let message = format!("`{{{name}}}` in `#[error]` is no field of a type errcat has (string, bool, integers, f64): it stays text");
                imported.find(line, FindingKind::Note, message);
            }
        }
    }
    args
}

/// errcat's argument type for a Rust field type.
fn arg_type(ty: &syn::Type) -> Option<&'static str> {
    let syn::Type::Path(path) = strip_reference(ty) else { return None };
    let last = path.path.segments.last()?.ident.to_string();
    Some(match last.as_str() {
        "String" | "str" => "string",
        "bool" => "bool",
        "i8" => "i8",
        "i16" => "i16",
        "i32" => "i32",
        "i64" | "isize" => "i64",
        "u8" => "u8",
        "u16" => "u16",
        "u32" => "u32",
        "u64" | "usize" => "u64",
        "f64" | "f32" => "f64",
        _ => return None,
    })
}

fn strip_reference(ty: &syn::Type) -> &syn::Type {
    match ty {
        syn::Type::Reference(reference) => strip_reference(&reference.elem),
        other => other,
    }
}

/// Why an expression gives no code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unread {
    /// It is no integer literal, negated or cast.
    NotInteger,
    /// Its suffix or cast type cannot hold it (`300 as u8`, which Rust
    /// wraps to 44): reported, never read as written.
    OutOfRange,
}

/// An integer literal, possibly negated or cast (`-5`, `404u16`, `7 as u32`).
fn evaluate(expr: &Expr) -> Result<i128, Unread> {
    match expr {
        Expr::Lit(lit) => literal(&lit.lit, false),
        Expr::Unary(unary) if matches!(unary.op, UnOp::Neg(_)) => match &*unary.expr {
            // Negated as written, so `-128i8` is checked as -128.
            Expr::Lit(lit) => literal(&lit.lit, true),
            inner => evaluate(inner)?.checked_neg().ok_or(Unread::OutOfRange),
        },
        Expr::Cast(cast) => {
            let value = evaluate(&cast.expr)?;
            let target = match &*cast.ty {
                syn::Type::Path(target) => target.path.get_ident().map(ToString::to_string),
                _ => None,
            };
            // A type errcat does not know (`c_int`, an alias) is taken as holding it.
            match target.as_deref().and_then(integer_range) {
                Some(range) if !range.contains(&value) => Err(Unread::OutOfRange),
                _ => Ok(value),
            }
        }
        Expr::Paren(inner) => evaluate(&inner.expr),
        Expr::Group(inner) => evaluate(&inner.expr),
        _ => Err(Unread::NotInteger),
    }
}

/// An integer literal's value, negated when `negated`, checked against its suffix.
fn literal(lit: &Lit, negated: bool) -> Result<i128, Unread> {
    let Lit::Int(int) = lit else { return Err(Unread::NotInteger) };
    let value = int.base10_parse::<i128>().map_err(|_| Unread::OutOfRange)?;
    let value = if negated { -value } else { value };
    match integer_range(int.suffix()) {
        Some(range) if !range.contains(&value) => Err(Unread::OutOfRange),
        _ => Ok(value),
    }
}

/// The values the integer type `name` holds; `None` for a name that is no
/// integer type (an empty suffix, an alias). `usize` and `isize` are taken
/// as 32 bits, the narrowest Rust targets have.
fn integer_range(name: &str) -> Option<std::ops::RangeInclusive<i128>> {
    let repr = match name {
        "i128" => return Some(i128::MIN..=i128::MAX),
        "u128" => return Some(0..=i128::MAX),
        "usize" => Repr::U32,
        "isize" => Repr::I32,
        _ => Repr::from_word(name)?,
    };
    let (low, high) = repr.bounds();
    Some(low..=high)
}

/// `#[repr(u16)]`'s integer type.
fn repr(attrs: &[Attribute]) -> Option<String> {
    let attr = attrs.iter().find(|a| a.path().is_ident("repr"))?;
    let mut found = None;
    let _ = attr.parse_nested_meta(|meta| {
        let ident = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
        if Repr::from_word(&ident).is_some() {
            found = Some(ident);
        }
        Ok(())
    });
    found
}

/// The string of `#[error("…")]`.
fn error_message(attrs: &[Attribute]) -> Option<String> {
    let attr = attrs.iter().find(|a| a.path().is_ident("error"))?;
    let lit: syn::LitStr = attr.parse_args().ok()?;
    Some(lit.value())
}

/// The first of `keys` in `#[strum(key = "…")]`.
fn strum(attrs: &[Attribute], keys: &[&str]) -> Option<String> {
    let mut found: Vec<(String, String)> = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("strum")) {
        let _ = attr.parse_nested_meta(|meta| {
            let key = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
            if let Ok(value) = meta.value().and_then(|v| v.parse::<syn::LitStr>()) {
                found.push((key, value.value()));
            }
            Ok(())
        });
    }
    keys.iter().find_map(|key| found.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()))
}

/// The doc comment's first paragraph, and the rest.
fn doc_paragraphs(attrs: &[Attribute]) -> (Option<String>, Option<String>) {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                Expr::Lit(syn::ExprLit { lit: Lit::Str(text), .. }) => {
                    Some(text.value().trim().to_owned())
                }
                _ => None,
            },
            _ => None,
        })
        .collect();
    let text = lines.join("\n");
    let mut paragraphs = text
        .split("\n\n")
        .map(|p| p.split('\n').collect::<Vec<_>>().join(" ").trim().to_owned())
        .filter(|p| !p.is_empty());
    let first = paragraphs.next();
    let rest: Vec<String> = paragraphs.collect();
    (first, (!rest.is_empty()).then(|| rest.join("\n\n")))
}

fn line_of(node: &impl Spanned) -> usize {
    node.span().start().line
}
