//! Declared fields and help links: each declaration is usable (a name that
//! makes an accessor, constraints that fit its type, a pattern that
//! compiles), each value a group or an entry sets fits its declaration,
//! every required field is set, and every entry's help link renders to an
//! absolute `http(s)` URL.

use regex_lite::{Regex, RegexBuilder};

use crate::ast::{self, FieldDecl, FieldSetting, Literal, Spanned};
use crate::diagnostic::{Diagnostics, Rule, Span};
use crate::format::limits::{MAX_FIELDS, MAX_PATTERN_BYTES};
use crate::format::{BodyKey, FieldType, Key as _};
use crate::help_url;
use crate::names;
use crate::suggest::closest;

/// The most memory a compiled `pattern` may take: far above any sane
/// pattern, far below what a hostile one would ask for.
const PATTERN_SIZE_LIMIT: usize = 1 << 20;

/// A declaration that passed its own checks, with its compiled pattern.
struct Declared<'a> {
    decl: &'a FieldDecl,
    ty: FieldType,
    pattern: Option<Regex>,
}

/// Checks `fields:`, every value set for a declared field, and `help_url`.
pub(super) fn check(catalog: &ast::Catalog, cx: &mut Diagnostics) {
    let declared = check_declarations(catalog, cx);
    let groups = catalog.groups.iter().flat_map(|g| &g.value);
    for group in groups.clone() {
        check_settings(&group.fields, &declared, cx);
        for entry in group.codes.iter().flat_map(|c| &c.value) {
            check_settings(&entry.fields, &declared, cx);
            check_required(entry, &group.fields, &declared, cx);
        }
    }
    for entry in catalog.codes.iter().flat_map(|c| &c.value) {
        check_settings(&entry.fields, &declared, cx);
        check_required(entry, &[], &declared, cx);
    }
    check_help_urls(catalog, cx);
}

fn check_declarations<'a>(catalog: &'a ast::Catalog, cx: &mut Diagnostics) -> Vec<Declared<'a>> {
    let Some(fields) = &catalog.fields else { return Vec::new() };
    if fields.value.len() > MAX_FIELDS {
        cx.error(
            Rule::Limit,
            fields.span,
            format!("{} fields are declared; at most {MAX_FIELDS} are allowed", fields.value.len()),
        )
        .help("keep the facts every code has; put the rest in `description`")
        .emit();
    }
    let mut declared = Vec::with_capacity(fields.value.len());
    for decl in &fields.value {
        check_name(&decl.name, cx);
        let Some(ty) = decl.ty.as_ref().map(|t| t.value) else { continue };
        check_constraints(decl, ty, cx);
        let pattern = decl.pattern.as_ref().and_then(|p| compile(p, cx));
        let field = Declared { decl, ty, pattern };
        if let Some(default) = &decl.default {
            if decl.required.as_ref().is_some_and(|r| r.value) {
                cx.error(Rule::FieldDeclaration, default.span, format!("`{}` is required and has a default", decl.name.value))
                    .help("a required field is set by every entry, so its default would never be used: remove `default` or `required`")
                    .emit();
            }
            check_value(&field, &default.value, default.span, cx);
        }
        declared.push(field);
    }
    declared
}

/// A field's name becomes an accessor, a key and, for `enum` fields, part
/// of a type name.
fn check_name(name: &Spanned<String>, cx: &mut Diagnostics) {
    if let Some(problem) = names::field_name_problem(&name.value) {
        cx.error(Rule::FieldDeclaration, name.span, problem)
            .help("name the field in snake_case ASCII, e.g. `sqlstate` or `error_kind`, and not after a built-in key or method")
            .emit();
    }
}

/// `pattern` for strings, `values` for enums, `min`/`max` for ints, and only there.
fn check_constraints(decl: &FieldDecl, ty: FieldType, cx: &mut Diagnostics) {
    let misplaced: [(Option<Span>, &str, FieldType); 4] = [
        (decl.pattern.as_ref().map(|p| p.span), "pattern", FieldType::String),
        (decl.values.as_ref().map(|v| v.span), "values", FieldType::Enum),
        (decl.min.as_ref().map(|m| m.span), "min", FieldType::Int),
        (decl.max.as_ref().map(|m| m.span), "max", FieldType::Int),
    ];
    for (span, key, belongs) in misplaced {
        if let Some(span) = span.filter(|_| ty != belongs) {
            cx.error(
                Rule::FieldDeclaration,
                span,
                format!("`{key}` applies to `{belongs}` fields, not `{ty}`"),
            )
            .help(format!("remove `{key}`, or declare the field `type: {belongs}`"))
            .emit();
        }
    }
    let bound = |b: &Option<Spanned<i128>>| b.as_ref().map(|b| (b.value, b.span));
    for (value, span) in [bound(&decl.min), bound(&decl.max)].into_iter().flatten() {
        if i64::try_from(value).is_err() {
            cx.error(
                Rule::FieldDeclaration,
                span,
                format!("{value} does not fit an `int` field (i64)"),
            )
            .emit();
        }
    }
    if let (Some((min, _)), Some((max, span))) = (bound(&decl.min), bound(&decl.max)) {
        if min > max {
            cx.error(Rule::FieldDeclaration, span, format!("`max` ({max}) is below `min` ({min})"))
                .help("swap them")
                .emit();
        }
    }
    if ty != FieldType::Enum {
        return;
    }
    let Some(values) = &decl.values else {
        cx.error(
            Rule::FieldDeclaration,
            decl.span,
            format!("the enum field `{}` lists no `values`", decl.name.value),
        )
        .help("add `values: [first, second]`: the snake_case words it may take")
        .emit();
        return;
    };
    if values.value.is_empty() {
        cx.error(Rule::FieldDeclaration, values.span, "`values` is empty")
            .help("list the snake_case words the field may take")
            .emit();
    }
    for (index, word) in values.value.iter().enumerate() {
        if !names::is_snake_case(&word.value) {
            cx.error(Rule::FieldDeclaration, word.span, format!("`{}` is not a snake_case word", word.value))
                .help("enum values become variants: write them in snake_case ASCII, e.g. `invalid_request`")
                .emit();
        } else if let Some(first) = values
            .value
            .get(..index)
            .and_then(|before| before.iter().find(|w| w.value == word.value))
        {
            cx.error(
                Rule::FieldDeclaration,
                word.span,
                format!("`{}` is listed twice", word.value),
            )
            .first(first.span)
            .help("remove one of the two")
            .emit();
        }
    }
}

fn compile(pattern: &Spanned<String>, cx: &mut Diagnostics) -> Option<Regex> {
    if pattern.value.len() > MAX_PATTERN_BYTES {
        cx.error(
            Rule::FieldDeclaration,
            pattern.span,
            format!(
                "the pattern is {} bytes long; at most {MAX_PATTERN_BYTES} are allowed",
                pattern.value.len()
            ),
        )
        .emit();
        return None;
    }
    let compiled = RegexBuilder::new(&pattern.value).size_limit(PATTERN_SIZE_LIMIT).build();
    match compiled {
        Ok(regex) => Some(regex),
        Err(error) => {
            // The engine's message is one line after a blank one; keep its last line.
            let reason = error.to_string();
            let reason = reason.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("invalid");
            cx.error(Rule::FieldDeclaration, pattern.span, format!("invalid pattern: {}", reason.trim()))
                .help("patterns use the syntax of the `regex` crate (no look-around or backreferences); escape a literal `.` as `\\\\.` in a double-quoted YAML string")
                .emit();
            None
        }
    }
}

fn check_settings(settings: &[FieldSetting], declared: &[Declared<'_>], cx: &mut Diagnostics) {
    for setting in settings {
        if let Some(field) = declared.iter().find(|d| d.decl.name.value == setting.name.value) {
            check_value(field, &setting.value.value, setting.value.span, cx);
        }
    }
}

/// Whether `value` fits the field's type and constraints.
fn check_value(field: &Declared<'_>, value: &Literal, span: Span, cx: &mut Diagnostics) {
    let name = &field.decl.name.value;
    let expected = match field.ty {
        FieldType::String | FieldType::Enum => "a string",
        FieldType::Bool => "a boolean (`true` or `false`)",
        FieldType::Int => "an integer",
    };
    match (field.ty, value) {
        (FieldType::String, Literal::Str(text)) => {
            let Some(pattern) = &field.pattern else { return };
            if !pattern.is_match(text) {
                cx.error(
                    Rule::FieldValue,
                    span,
                    format!(
                        "`{}` does not match the pattern of `{name}`",
                        crate::escape::visible(text)
                    ),
                )
                .help(format!("the declaration asks for `{}`", pattern.as_str()))
                .emit();
            }
        }
        (FieldType::Enum, Literal::Str(word)) => {
            let values = field.decl.values.iter().flat_map(|v| &v.value);
            let words: Vec<&str> = values.map(|v| v.value.as_str()).collect();
            if words.is_empty() || words.contains(&word.as_str()) {
                return;
            }
            let report = cx.error(
                Rule::FieldValue,
                span,
                format!("`{}` is not a value of `{name}`", crate::escape::visible(word)),
            );
            match closest(word, &words) {
                Some(best) => report.help(format!("did you mean `{best}`?")),
                None => report.help(format!("`{name}` is one of: {}", words.join(", "))),
            }
            .emit();
        }
        (FieldType::Bool, Literal::Bool(_)) => {}
        (FieldType::Int, Literal::Int(number)) => {
            let min = field.decl.min.as_ref().map_or(i128::from(i64::MIN), |m| m.value);
            let max = field.decl.max.as_ref().map_or(i128::from(i64::MAX), |m| m.value);
            if !(min..=max).contains(number) {
                cx.error(Rule::FieldValue, span, format!("{number} is out of range for `{name}`"))
                    .help(format!("`{name}` takes {min}..={max}"))
                    .emit();
            }
        }
        (_, found) => {
            let report = cx.error(
                Rule::FieldValue,
                span,
                format!("`{name}` takes {expected}, found {}", found.type_name()),
            );
            match (field.ty, found) {
                (FieldType::String | FieldType::Enum, _) => {
                    report.help("write the value in quotes")
                }
                (_, Literal::Str(_)) => report.help("write the value without quotes"),
                _ => report,
            }
            .emit();
        }
    }
}

fn check_required(
    entry: &ast::Entry,
    group: &[FieldSetting],
    declared: &[Declared<'_>],
    cx: &mut Diagnostics,
) {
    let set = |name: &str| entry.fields.iter().chain(group).any(|s| s.name.value == name);
    for field in declared.iter().filter(|d| d.decl.required.as_ref().is_some_and(|r| r.value)) {
        let name = &field.decl.name.value;
        if !set(name) {
            let what = entry
                .code
                .as_ref()
                .map_or_else(|| "this entry".to_owned(), |c| format!("code {}", c.value));
            cx.error(
                Rule::RequiredField,
                entry.span,
                format!("{what} does not set the required field `{name}`"),
            )
            .help(format!("add `{name}: …` to the entry or to its group"))
            .emit();
        }
    }
}

/// Each template parses, and renders to an absolute `http(s)` URL for every
/// entry that uses it; a template is reported once, at the first entry it fails.
fn check_help_urls(catalog: &ast::Catalog, cx: &mut Diagnostics) {
    let mut reported: Vec<Span> = Vec::new();
    let mut parsed =
        |template: &Spanned<String>, cx: &mut Diagnostics| match help_url::parse(&template.value) {
            Ok(parts) => Some(parts),
            Err(problem) => {
                if !reported.contains(&template.span) {
                    reported.push(template.span);
                    cx.error(Rule::HelpUrl, template.span, problem).emit();
                }
                None
            }
        };
    // Every written template parses, even one no entry uses.
    let groups = catalog.groups.iter().flat_map(|g| &g.value);
    for template in catalog.help_url.iter().chain(groups.filter_map(|g| g.help_url.as_ref())) {
        parsed(template, cx);
    }
    let mut failed: Vec<Span> = Vec::new();
    let mut check = |entry: &ast::Entry,
                     inherited: Option<&Spanned<String>>,
                     strip_prefix: Option<&str>,
                     cx: &mut Diagnostics| {
        let Some(template) = entry.help_url.as_ref().or(inherited) else { return };
        let Some(parts) = parsed(template, cx) else { return };
        let Some(code) = entry.code.as_ref().map(|c| c.value) else { return };
        let written = entry.name.as_ref().map(|n| n.value.as_str());
        let variant = names::variant_ident(written, strip_prefix, code);
        let url = help_url::render(&parts, code, written.unwrap_or(&variant), &variant);
        if let Some(problem) = help_url::problem(&url) {
            if !failed.contains(&template.span) {
                failed.push(template.span);
                cx.error(
                    Rule::HelpUrl,
                    template.span,
                    format!(
                        "code {code}'s help link `{}` is not usable: {problem}",
                        crate::escape::visible(&url)
                    ),
                )
                .help("write an absolute link such as `https://docs.example.com/errors#{code}`")
                .emit();
            }
        }
    };
    let strip_prefix = catalog.strip_prefix.as_ref().map(|s| s.value.as_str());
    for group in catalog.groups.iter().flat_map(|g| &g.value) {
        let inherited = group.help_url.as_ref().or(catalog.help_url.as_ref());
        for entry in group.codes.iter().flat_map(|c| &c.value) {
            check(entry, inherited, strip_prefix, cx);
        }
    }
    for entry in catalog.codes.iter().flat_map(|c| &c.value) {
        check(entry, catalog.help_url.as_ref(), strip_prefix, cx);
    }
}

/// `problem.members` names declared fields or `help_url`, each once, none
/// a member errcat writes already or an argument's name; `problem.type:
/// help_url` needs a help link somewhere.
pub(super) fn check_problem(catalog: &ast::Catalog, cx: &mut Diagnostics) {
    let Some(problem) = &catalog.wire.problem else { return };
    let declared: Vec<&str> =
        catalog.fields.iter().flat_map(|f| &f.value).map(|f| f.name.value.as_str()).collect();
    let entries = || {
        let grouped = catalog
            .groups
            .iter()
            .flat_map(|g| &g.value)
            .flat_map(|g| g.codes.iter().flat_map(|c| &c.value));
        grouped.chain(catalog.codes.iter().flat_map(|c| &c.value))
    };
    let members = problem.members.iter().flat_map(|m| &m.value);
    for (index, member) in members.clone().enumerate() {
        let name = member.value.as_str();
        let argument = entries()
            .flat_map(|e| e.args.iter().flat_map(|a| &a.value))
            .find(|a| a.name.value == name);
        let problem = if name != BodyKey::HelpUrl.as_str() && !declared.contains(&name) {
            Some(format!("`{name}` is neither a declared field nor `help_url`"))
        } else if members.clone().take(index).any(|m| m.value == name) {
            Some(format!("`{name}` is listed twice"))
        } else if argument.is_some() {
            Some(format!("`{name}` is also an argument, which problem details carry as a member of the same name"))
        } else {
            None
        };
        if let Some(problem) = problem {
            let mut words = declared.clone();
            words.push(BodyKey::HelpUrl.as_str());
            let report = cx.error(Rule::Wire, member.span, problem);
            match closest(name, &words).filter(|best| *best != name) {
                Some(best) => report.help(format!("did you mean `{best}`?")),
                None => report.help(format!(
                    "`problem.members` lists declared fields and `help_url`, each once: {}",
                    words.join(", ")
                )),
            }
            .emit();
        }
    }
    if let Some(type_from) = &problem.type_from {
        let groups = catalog.groups.iter().flat_map(|g| &g.value);
        let any_link = catalog.help_url.is_some()
            || groups.clone().any(|g| g.help_url.is_some())
            || entries().any(|e| e.help_url.is_some());
        if !any_link {
            cx.error(Rule::Wire, type_from.span, "`type: help_url`, but no entry has a help link")
                .help("set `help_url` on the catalog, a group or the entries, or remove `type`")
                .emit();
        }
    }
}
