//! The hand-written functions beside a Rust error enum that map each
//! variant to a fact: a `match self` (or `matches!(self, …)`) whose arms
//! give literals or paths. `-> u16` or `StatusCode` functions give HTTP
//! statuses (`404`, `StatusCode::NOT_FOUND`, `StatusCode::from_u16(404)`),
//! `Code`/`tonic::Code` ones gRPC codes, a `bool` function whose name says
//! "retry" retryability. Other functions, and arms the reader cannot
//! evaluate, are reported with their lines, never guessed.

use heck::ToShoutySnakeCase as _;
use syn::spanned::Spanned;
use syn::{Expr, ImplItem, Item, Lit, Pat, ReturnType, Stmt, Type};

use crate::import::{FindingKind, Imported};
use errcat_catalog::format::GrpcCode;

/// What a mapping function gives.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fact {
    Http,
    Grpc,
    Retryable,
    /// Another `bool` function: a declared `bool` field of its name.
    Flag,
    /// A `&str` function: a declared `string` field of its name.
    Text,
}

/// Reads the mapping functions of `enum_name`'s impl blocks anywhere in
/// `items` into the rows; `variants` pairs each variant with its row.
pub(super) fn read(
    items: &[Item],
    enum_name: &str,
    variants: &[(String, usize)],
    imported: &mut Imported,
) {
    for item in items {
        match item {
            Item::Impl(block) if is_type(&block.self_ty, enum_name) && block.trait_.is_none() => {
                for item in &block.items {
                    let read = imported.rust_enum.as_ref().map_or(0, |r| r.mappings.len());
                    if let ImplItem::Fn(function) = item {
                        function_facts(function, variants, imported);
                    }
                    let is_mapping =
                        imported.rust_enum.as_ref().map_or(0, |r| r.mappings.len()) > read;
                    if !is_mapping {
                        generated_clash(item, imported);
                    }
                }
            }
            Item::Mod(module) => {
                if let Some((_, inner)) = &module.content {
                    read(inner, enum_name, variants, imported);
                }
            }
            _ => {}
        }
    }
}

/// An inherent item the derive generates too (`ALL`, `code`, `name`…): the
/// derive's would clash with it, so it goes.
fn generated_clash(item: &ImplItem, imported: &mut Imported) {
    let (name, line) = match item {
        ImplItem::Fn(function) => {
            (function.sig.ident.to_string(), function.sig.ident.span().start().line)
        }
        ImplItem::Const(constant) => {
            (constant.ident.to_string(), constant.ident.span().start().line)
        }
        _ => return,
    };
    let generated =
        name == "ALL" || errcat_catalog::format::RESERVED_FIELD_NAMES.contains(&name.as_str());
    if let (true, Some(rust)) = (generated, &mut imported.rust_enum) {
        rust.mappings.push((
            name,
            line,
            "errcat's item of the same name, which the derive generates",
        ));
    }
}

fn is_type(ty: &Type, name: &str) -> bool {
    matches!(ty, Type::Path(path) if path.path.segments.last().is_some_and(|s| s.ident == name))
}

fn function_facts(
    function: &syn::ImplItemFn,
    variants: &[(String, usize)],
    imported: &mut Imported,
) {
    let name = function.sig.ident.to_string();
    let line = function.sig.ident.span().start().line;
    let takes_self_only = function.sig.receiver().is_some() && function.sig.inputs.len() == 1;
    let Some(body) = single_expression(&function.block) else { return };
    let fact = match &function.sig.output {
        ReturnType::Type(_, ty) => fact_of(ty, &name),
        ReturnType::Default => None,
    };
    // A flag or a text becomes a declared field named as the function, if
    // that name can be one.
    let fact = fact.filter(|f| !matches!(f, Fact::Flag | Fact::Text) || can_be_field(&name));
    let Some(fact) = fact.filter(|_| takes_self_only) else {
        if takes_self_only && is_self_match(body) {
            let message = format!(
                "`fn {name}` maps the variants to something errcat has no key for: not read"
            );
            imported.find(line, FindingKind::Skipped, message);
        }
        return;
    };
    let values = match body {
        Expr::Match(m) if is_self(&m.expr) => match_values(m, fact, variants, imported),
        Expr::Macro(mac) if mac.mac.path.is_ident("matches") => {
            matches_values(mac, variants, imported)
        }
        _ => {
            let message = format!("`fn {name}` is no `match self`: not read");
            imported.find(line, FindingKind::Skipped, message);
            return;
        }
    };
    if let Some(rust) = &mut imported.rust_enum {
        let replacement = match fact {
            Fact::Http => "`http_status()` (`http` in the catalog)",
            Fact::Grpc => "`grpc_code()` (`grpc` in the catalog)",
            Fact::Retryable => "`is_retryable()` (`retryable` in the catalog)",
            Fact::Flag | Fact::Text => "the accessor of the declared field of the same name",
        };
        rust.mappings.push((name.clone(), line, replacement));
    }
    match fact {
        Fact::Flag => imported.fields.push((name.clone(), "bool", line)),
        Fact::Text => imported.fields.push((name.clone(), "string", line)),
        Fact::Http | Fact::Grpc | Fact::Retryable => {}
    }
    for (row, value) in values {
        let Some(row) = imported.rows.get_mut(row) else { continue };
        match (fact, value) {
            (Fact::Http, Value::Int(status)) => row.http = Some(status),
            (Fact::Grpc, Value::Grpc(code)) => row.grpc = Some(code.as_str().to_owned()),
            (Fact::Retryable, Value::Bool(flag)) => row.retryable = Some(flag),
            (Fact::Flag, Value::Bool(flag)) => row.fields.push((name.clone(), flag.to_string())),
            (Fact::Text, Value::Text(text)) => row.fields.push((name.clone(), text)),
            _ => {}
        }
    }
}

/// The fact a function's return type and name say it maps to.
fn fact_of(ty: &Type, name: &str) -> Option<Fact> {
    if let Type::Reference(reference) = ty {
        let is_str = matches!(&*reference.elem, Type::Path(p) if p.path.is_ident("str"));
        return is_str.then_some(Fact::Text);
    }
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?.ident.to_string();
    match last.as_str() {
        "u16" | "StatusCode" => Some(Fact::Http),
        "Code" => Some(Fact::Grpc),
        "bool" if name.contains("retry") => Some(Fact::Retryable),
        "bool" => Some(Fact::Flag),
        _ => None,
    }
}

/// Whether a function's name can name a declared field: snake_case, and
/// neither a key nor a method errcat has.
fn can_be_field(name: &str) -> bool {
    errcat_catalog::names::field_name_problem(name).is_none()
}

enum Value {
    Int(i128),
    Grpc(GrpcCode),
    Bool(bool),
    Text(String),
}

/// The block's one expression: `{ match self { … } }`.
fn single_expression(block: &syn::Block) -> Option<&Expr> {
    match block.stmts.as_slice() {
        [Stmt::Expr(expr, None)] => Some(expr),
        _ => None,
    }
}

fn is_self(expr: &Expr) -> bool {
    match expr {
        Expr::Path(path) => path.path.is_ident("self"),
        Expr::Unary(unary) => is_self(&unary.expr),
        Expr::Paren(inner) => is_self(&inner.expr),
        _ => false,
    }
}

fn is_self_match(expr: &Expr) -> bool {
    matches!(expr, Expr::Match(m) if is_self(&m.expr))
}

/// Each variant's value: from the arm that names it, else from `_`.
fn match_values(
    m: &syn::ExprMatch,
    fact: Fact,
    variants: &[(String, usize)],
    imported: &mut Imported,
) -> Vec<(usize, Value)> {
    let mut values: Vec<(usize, Value)> = Vec::new();
    let mut named: Vec<usize> = Vec::new();
    let mut fallback = None;
    for arm in &m.arms {
        let line = arm.pat.span().start().line;
        let Some(value) = evaluate(&arm.body, fact) else {
            let message =
                "an arm whose value the reader cannot evaluate: its variants keep no value"
                    .to_owned();
            imported.find(line, FindingKind::Skipped, message);
            for row in arm_variants(&arm.pat, variants).unwrap_or_default() {
                named.push(row);
            }
            continue;
        };
        if matches!(arm.pat, Pat::Guard(_)) {
            imported.find(line, FindingKind::Skipped, "an arm with a guard: not read".to_owned());
            continue;
        }
        match arm_variants(&arm.pat, variants) {
            Some(rows) => {
                for row in rows {
                    named.push(row);
                    values.push((row, clone(&value)));
                }
            }
            None => fallback = Some(value),
        }
    }
    if let Some(value) = fallback {
        for (_, row) in variants.iter().filter(|(_, row)| !named.contains(row)) {
            values.push((*row, clone(&value)));
        }
    }
    values
}

/// `matches!(self, A | B)`: true for those variants, false for the others.
fn matches_values(
    mac: &syn::ExprMacro,
    variants: &[(String, usize)],
    imported: &mut Imported,
) -> Vec<(usize, Value)> {
    let line = mac.mac.path.span().start().line;
    let parsed = mac.mac.parse_body_with(|input: syn::parse::ParseStream<'_>| {
        let _: Expr = input.parse()?;
        let _: syn::Token![,] = input.parse()?;
        Pat::parse_multi(input)
    });
    let Some(rows) = parsed.ok().and_then(|pat| arm_variants(&pat, variants)) else {
        imported.find(
            line,
            FindingKind::Skipped,
            "a `matches!` the reader cannot read: not read".to_owned(),
        );
        return Vec::new();
    };
    variants.iter().map(|(_, row)| (*row, Value::Bool(rows.contains(row)))).collect()
}

/// The rows an arm's pattern names; `None` for `_` (every other variant).
fn arm_variants(pat: &Pat, variants: &[(String, usize)]) -> Option<Vec<usize>> {
    let mut rows = Vec::new();
    let alternatives: Vec<&Pat> = match pat {
        Pat::Or(or) => or.cases.iter().collect(),
        Pat::Wild(_) => return None,
        other => vec![other],
    };
    for case in alternatives {
        let path = match case {
            Pat::Path(path) => &path.path,
            Pat::TupleStruct(tuple) => &tuple.path,
            Pat::Struct(strukt) => &strukt.path,
            Pat::Ident(ident) => {
                rows.extend(variants.iter().filter(|(v, _)| ident.ident == v).map(|(_, r)| *r));
                continue;
            }
            _ => continue,
        };
        if let Some(last) = path.segments.last() {
            rows.extend(variants.iter().filter(|(v, _)| last.ident == v).map(|(_, r)| *r));
        }
    }
    Some(rows)
}

fn clone(value: &Value) -> Value {
    match value {
        Value::Int(n) => Value::Int(*n),
        Value::Grpc(code) => Value::Grpc(*code),
        Value::Bool(flag) => Value::Bool(*flag),
        Value::Text(text) => Value::Text(text.clone()),
    }
}

/// An arm's value as `fact`: a literal, a path, or `StatusCode::from_u16(N)`
/// (with `.unwrap()` or `.expect(…)`); `None` for anything else.
fn evaluate(expr: &Expr, fact: Fact) -> Option<Value> {
    match (expr, fact) {
        (Expr::Lit(lit), _) => match &lit.lit {
            Lit::Int(int) => int.base10_parse::<i128>().ok().map(Value::Int),
            Lit::Bool(flag) => Some(Value::Bool(flag.value)),
            Lit::Str(text) => Some(Value::Text(text.value())),
            _ => None,
        },
        (Expr::Path(path), Fact::Http) => {
            let name = path.path.segments.last()?.ident.to_string();
            status_named(&name).map(|status| Value::Int(i128::from(status)))
        }
        (Expr::Path(path), Fact::Grpc) => {
            let name = path.path.segments.last()?.ident.to_string();
            // `Code::Ok` is not an error: no entry may have it.
            GrpcCode::from_word(&name.to_shouty_snake_case())
                .filter(|code| *code != GrpcCode::Ok)
                .map(Value::Grpc)
        }
        (Expr::Call(call), Fact::Http) => match (&*call.func, call.args.first()) {
            (Expr::Path(path), Some(arg)) if path.path.segments.last()?.ident == "from_u16" => {
                evaluate(arg, fact)
            }
            _ => None,
        },
        (Expr::MethodCall(call), _) if call.method == "unwrap" || call.method == "expect" => {
            evaluate(&call.receiver, fact)
        }
        (Expr::Paren(inner), _) => evaluate(&inner.expr, fact),
        (Expr::Block(block), _) => single_expression(&block.block).and_then(|e| evaluate(e, fact)),
        _ => None,
    }
}

/// The status an `http::StatusCode` constant names.
fn status_named(name: &str) -> Option<u16> {
    const STATUSES: &[(&str, u16)] = &[
        ("OK", 200),
        ("CREATED", 201),
        ("ACCEPTED", 202),
        ("NO_CONTENT", 204),
        ("MOVED_PERMANENTLY", 301),
        ("FOUND", 302),
        ("NOT_MODIFIED", 304),
        ("BAD_REQUEST", 400),
        ("UNAUTHORIZED", 401),
        ("PAYMENT_REQUIRED", 402),
        ("FORBIDDEN", 403),
        ("NOT_FOUND", 404),
        ("METHOD_NOT_ALLOWED", 405),
        ("NOT_ACCEPTABLE", 406),
        ("REQUEST_TIMEOUT", 408),
        ("CONFLICT", 409),
        ("GONE", 410),
        ("LENGTH_REQUIRED", 411),
        ("PRECONDITION_FAILED", 412),
        ("PAYLOAD_TOO_LARGE", 413),
        ("URI_TOO_LONG", 414),
        ("UNSUPPORTED_MEDIA_TYPE", 415),
        ("RANGE_NOT_SATISFIABLE", 416),
        ("EXPECTATION_FAILED", 417),
        ("IM_A_TEAPOT", 418),
        ("MISDIRECTED_REQUEST", 421),
        ("UNPROCESSABLE_ENTITY", 422),
        ("LOCKED", 423),
        ("FAILED_DEPENDENCY", 424),
        ("UPGRADE_REQUIRED", 426),
        ("PRECONDITION_REQUIRED", 428),
        ("TOO_MANY_REQUESTS", 429),
        ("REQUEST_HEADER_FIELDS_TOO_LARGE", 431),
        ("UNAVAILABLE_FOR_LEGAL_REASONS", 451),
        ("INTERNAL_SERVER_ERROR", 500),
        ("NOT_IMPLEMENTED", 501),
        ("BAD_GATEWAY", 502),
        ("SERVICE_UNAVAILABLE", 503),
        ("GATEWAY_TIMEOUT", 504),
        ("HTTP_VERSION_NOT_SUPPORTED", 505),
        ("INSUFFICIENT_STORAGE", 507),
        ("LOOP_DETECTED", 508),
        ("NETWORK_AUTHENTICATION_REQUIRED", 511),
    ];
    STATUSES.iter().find(|(n, _)| *n == name).map(|(_, status)| *status)
}
