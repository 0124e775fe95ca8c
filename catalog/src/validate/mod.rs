//! The rules that relate a catalog's fields to each other (the reader has
//! already checked each field's type). Every rule reports into the context
//! and validation goes on, so one build shows every mistake of a catalog.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::ast::{self, CodeSet, Range, Spanned, Text};
use crate::diagnostic::{Diagnostics, Rule, Span};
use crate::format::{
    BodyKey, Discriminant, GrpcCode, Key, Placeholder, Repr, Representation, DEFAULT_LANGUAGES,
    HTTP_STATUSES,
};
use crate::names;
use crate::template::{self, Segment};

mod args;
mod fields;
mod seen;

use seen::SeenMap;

/// An open catalog has no enum to shape: `discriminant: code` and
/// `exhaustive: true` do not apply to it.
fn check_representation(catalog: &ast::Catalog, cx: &mut Diagnostics) {
    if catalog.representation.as_ref().map(|r| r.value) != Some(Representation::Open) {
        return;
    }
    if let Some(discriminant) =
        catalog.discriminant.as_ref().filter(|d| d.value == Discriminant::Code)
    {
        cx.error(
            Rule::Representation,
            discriminant.span,
            "`discriminant: code` does not apply to `representation: open`",
        )
        .help("an open catalog's type holds its code already: remove `discriminant`")
        .emit();
    }
    if let Some(exhaustive) = catalog.exhaustive.as_ref().filter(|e| e.value) {
        cx.error(Rule::Representation, exhaustive.span, "`exhaustive: true` does not apply to `representation: open`")
            .help("an open catalog always has room for codes it does not list: remove `exhaustive`, or use `representation: enum`")
            .emit();
    }
}

/// `grpc: OK` is no error; `domain` is a name without spaces.
fn check_grpc(catalog: &ast::Catalog, cx: &mut Diagnostics) {
    let groups = catalog.groups.iter().flat_map(|g| &g.value);
    let entries = groups.clone().flat_map(|g| g.codes.iter().flat_map(|c| &c.value));
    let entries = entries.chain(catalog.codes.iter().flat_map(|c| &c.value));
    let settings = catalog.grpc.iter().chain(groups.filter_map(|g| g.grpc.as_ref()));
    for grpc in settings.chain(entries.filter_map(|e| e.grpc.as_ref())) {
        if grpc.value == GrpcCode::Ok {
            cx.error(Rule::Grpc, grpc.span, "`OK` is not an error status")
                .help("use the gRPC code a client should see, e.g. `INTERNAL` or `FAILED_PRECONDITION`, or remove `grpc` to take the one of the HTTP status")
                .emit();
        }
    }
    if let Some(domain) = &catalog.domain {
        if domain.value.is_empty()
            || domain.value.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            cx.error(
                Rule::Grpc,
                domain.span,
                format!("{:?} cannot be an ErrorInfo domain", domain.value),
            )
            .help("name the service, e.g. `storage.example.com`")
            .emit();
        }
    }
}

/// Checks a catalog that was read without shape errors or with some:
/// whatever is present is checked.
pub fn validate(catalog: &ast::Catalog, cx: &mut Diagnostics) {
    let repr = catalog.repr.as_ref().map_or(Repr::DEFAULT, |r| r.value);
    let languages = check_languages(catalog, cx);
    check_enum_name(catalog, cx);
    check_display(catalog, cx);
    check_http(catalog.http.as_ref(), cx);
    check_text(catalog.description.as_ref(), &languages, cx);
    check_code_sets(&catalog.success, repr, cx);
    check_code_sets(&catalog.reserved, repr, cx);
    check_wire(catalog, cx);
    check_representation(catalog, cx);
    fields::check(catalog, cx);
    check_grpc(catalog, cx);

    let groups = catalog.groups.as_ref().map_or(&[][..], |g| &g.value[..]);
    match (&catalog.groups, &catalog.codes) {
        (Some(_), Some(codes)) => {
            cx.error(
                Rule::NoCodes,
                codes.span,
                "a catalog has either `groups` or `codes` at the top level, not both",
            )
            .help("move these codes into a group, or remove `groups`")
            .emit();
        }
        (None, None) if !catalog.has_code_sections => {
            cx.error(Rule::NoCodes, catalog.span, "the catalog has no codes")
                .help("add a `codes:` list, or `groups:` each with its `codes:`")
                .emit();
        }
        (Some(list), None) if list.value.is_empty() => {
            cx.error(Rule::NoCodes, list.span, "`groups` is empty: the catalog has no codes")
                .help("add at least one group with codes")
                .emit();
        }
        (None, Some(codes)) if codes.value.is_empty() => {
            cx.error(Rule::NoCodes, codes.span, "`codes` is empty")
                .help("add at least one code")
                .emit();
        }
        _ => {}
    }
    check_groups(groups, repr, &languages, cx);

    // Sized up front: growing these maps rehashed every key, a third of
    // the checks' time at 10,000 entries with the macro at opt-level 0.
    let count = groups.iter().flat_map(|g| &g.codes).map(|c| c.value.len()).sum::<usize>()
        + catalog.codes.as_ref().map_or(0, |c| c.value.len());
    let mut entries = EntryChecks {
        repr,
        strip_prefix: catalog.strip_prefix.as_ref().map(|s| s.value.as_str()),
        languages: &languages,
        success: &catalog.success,
        reserved: &catalog.reserved,
        groups,
        codes: seen::with_capacity(count),
        names: seen::with_capacity(count),
        idents: seen::with_capacity(count),
    };
    for (group_index, group) in groups.iter().enumerate() {
        for entry in group.codes.iter().flat_map(|c| &c.value) {
            entries.check(entry, Some(group_index), cx);
        }
    }
    for entry in catalog.codes.iter().flat_map(|c| &c.value) {
        entries.check(entry, None, cx);
    }
}

fn check_languages(catalog: &ast::Catalog, cx: &mut Diagnostics) -> Vec<String> {
    let Some(list) = &catalog.languages else {
        return DEFAULT_LANGUAGES.iter().map(|&l| l.to_owned()).collect();
    };
    if list.value.is_empty() {
        cx.error(Rule::Language, list.span, "`languages` is empty")
            .help("list at least one language, the default first, e.g. `[en]`")
            .emit();
    }
    let mut seen: HashMap<&str, Span> = HashMap::new();
    for lang in &list.value {
        if lang.value.is_empty() || lang.value.contains(char::is_whitespace) {
            cx.error(Rule::Language, lang.span, format!("{:?} is not a language tag", lang.value))
                .help("use a tag such as `en`, `zh` or `pt-BR`")
                .emit();
        } else if let Some(first) = seen.insert(&lang.value, lang.span) {
            cx.error(
                Rule::Language,
                lang.span,
                format!("language `{}` is listed twice", lang.value),
            )
            .first(first)
            .emit();
        }
    }
    list.value.iter().map(|l| l.value.clone()).collect()
}

fn check_wire(catalog: &ast::Catalog, cx: &mut Diagnostics) {
    if let Some(body) = &catalog.wire.body {
        let mut seen: HashMap<&str, Span> = HashMap::new();
        for field in body.fields.iter().filter_map(|(_, name)| name.as_ref()) {
            if field.value.is_empty() {
                cx.error(Rule::Wire, field.span, "an empty JSON field name")
                    .help("write the field name the clients expect, e.g. `Code`")
                    .emit();
            } else if let Some(first) = seen.insert(&field.value, field.span) {
                cx.error(
                    Rule::Wire,
                    field.span,
                    format!("`{}` names two fields of `body`", field.value),
                )
                .first(first)
                .help("give each field of the body its own name")
                .emit();
            }
        }
        // A part that keeps its default name clashes with a field given that name.
        for key in BodyKey::ALL.iter().filter(|k| !body.lists(**k)) {
            let Some(default) = key.default_field() else { continue };
            if let Some(&clash) = seen.get(default) {
                cx.error(
                    Rule::Wire,
                    clash,
                    format!("`{default}` is already the name of the {} field", key.as_str()),
                )
                .help(format!(
                    "set `{}:` in `body` to another name, or rename this field",
                    key.as_str()
                ))
                .emit();
            }
        }
        let left_out = |key| body.lists(key) && body.get(key).is_none();
        if left_out(BodyKey::Code) && body.get(BodyKey::Name).is_none() {
            cx.error(Rule::Wire, body.span, "a body without the code must carry the name")
                .help("name the field that carries `name()`, e.g. `name: code`, so clients can tell the errors apart")
                .emit();
        }
        if let (Some(group), None) = (body.get(BodyKey::Group), &catalog.groups) {
            cx.error(Rule::Wire, group.span, "a `group` field in a catalog without groups")
                .help("remove `group:` from `body`, or put the codes in `groups`")
                .emit();
        }
    }
    let base = catalog.wire.problem.as_ref().and_then(|p| p.type_base.as_ref());
    if let Some(base) = base {
        if base.value.is_empty() || base.value.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            cx.error(Rule::Wire, base.span, format!("{:?} cannot start a URI", base.value))
                .help("write an absolute URI such as `https://errors.example.com/storage/`; the code is appended to it")
                .emit();
        }
    }
    fields::check_problem(catalog, cx);
}

fn check_enum_name(catalog: &ast::Catalog, cx: &mut Diagnostics) {
    let Some(name) = &catalog.name else { return };
    let problem = names::ident_problem(&name.value)
        .or_else(|| names::camel_case_problem(&name.value).map(str::to_owned));
    if let Some(problem) = problem {
        cx.error(
            Rule::Identifier,
            name.span,
            format!("`{}` cannot be the enum's name: {problem}", name.value),
        )
        .help("use an UpperCamelCase ASCII identifier such as `BlobstoreError`")
        .emit();
        return;
    }
    let groups = catalog.groups.iter().flat_map(|g| &g.value).flat_map(|g| &g.codes);
    let mut entries = catalog.codes.iter().chain(groups).flat_map(|codes| &codes.value);
    if !entries.any(|e| e.args.as_ref().is_some_and(|a| !a.value.is_empty())) {
        return;
    }
    let module = names::selector_module(&name.value);
    if let Some(problem) = names::ident_problem(&module) {
        cx.error(
            Rule::Identifier,
            name.span,
            format!(
                "`{}` cannot name a catalog with arguments: its selector module would be `{module}`, and {problem}",
                name.value
            ),
        )
        .help("rename the enum, e.g. with an `Error` suffix")
        .emit();
    }
}

fn check_display(catalog: &ast::Catalog, cx: &mut Diagnostics) {
    let Some(display) = &catalog.display else {
        return;
    };
    match template::parse(&display.value) {
        Err(error) => cx.error(Rule::Template, display.span, error.message).help(error.help).emit(),
        Ok(segments) => {
            if catalog.groups.is_none() && segments.contains(&Segment::Value(Placeholder::Group)) {
                cx.error(
                    Rule::Template,
                    display.span,
                    "`{group}` in the display template of a catalog without groups",
                )
                .help("remove `{group}`, or organise the codes in `groups`")
                .emit();
            }
        }
    }
}

fn check_http(http: Option<&Spanned<i128>>, cx: &mut Diagnostics) {
    if let Some(http) = http {
        if !HTTP_STATUSES.contains(&http.value) {
            cx.error(
                Rule::Http,
                http.span,
                format!(
                    "HTTP status {} is outside {}..={}",
                    http.value,
                    HTTP_STATUSES.start(),
                    HTTP_STATUSES.end()
                ),
            )
            .help("use a status such as 400, 404 or 500")
            .emit();
        }
    }
}

fn check_text(text: Option<&Text>, languages: &[String], cx: &mut Diagnostics) {
    let Some(Text::ByLanguage(pairs)) = text else {
        return;
    };
    // A handful of languages: a list, not a hash map per text.
    let mut seen: Vec<(&str, Span)> = Vec::with_capacity(pairs.len());
    for (lang, _) in pairs {
        if !languages.contains(&lang.value) {
            cx.error(
                Rule::Language,
                lang.span,
                format!("language `{}` is not in `languages`", lang.value),
            )
            .help(format!("the catalog's languages are: {}", languages.join(", ")))
            .emit();
        } else if let Some(&(_, first)) = seen.iter().find(|(seen, _)| *seen == lang.value) {
            cx.error(Rule::Language, lang.span, format!("language `{}` given twice", lang.value))
                .first(first)
                .emit();
        } else {
            seen.push((&lang.value, lang.span));
        }
    }
}

fn check_fits(value: &Spanned<i128>, repr: Repr, what: &str, cx: &mut Diagnostics) -> bool {
    let (min, max) = repr.bounds();
    let fits = (min..=max).contains(&value.value);
    if !fits {
        cx.error(
            Rule::Repr,
            value.span,
            format!("{what} {} does not fit `repr: {}`", value.value, repr.as_str()),
        )
        .help(format!("{} holds {min}..={max}; choose a wider `repr`", repr.as_str()))
        .emit();
    }
    fits
}

fn check_range(range: &Range, repr: Repr, cx: &mut Diagnostics) -> bool {
    let fits = check_fits(&range.lo, repr, "range bound", cx)
        & check_fits(&range.hi, repr, "range bound", cx);
    if range.lo.value > range.hi.value {
        cx.error(
            Rule::Range,
            range.span,
            format!("range [{}, {}] is empty: lo > hi", range.lo.value, range.hi.value),
        )
        .help("write the range as [lo, hi] with lo <= hi")
        .emit();
        return false;
    }
    fits
}

fn check_code_sets(sets: &[CodeSet], repr: Repr, cx: &mut Diagnostics) {
    for set in sets {
        match set {
            CodeSet::One(code) => {
                check_fits(code, repr, "code", cx);
            }
            CodeSet::Range(range) => {
                check_range(range, repr, cx);
            }
        }
    }
}

fn in_sets(sets: &[CodeSet], code: i128) -> bool {
    sets.iter().any(|set| match set {
        CodeSet::One(one) => one.value == code,
        CodeSet::Range(r) => (r.lo.value..=r.hi.value).contains(&code),
    })
}

fn check_groups(groups: &[ast::Group], repr: Repr, languages: &[String], cx: &mut Diagnostics) {
    let mut names: HashMap<&str, Span> = HashMap::new();
    let mut idents: HashMap<String, Span> = HashMap::new();
    let mut ranges: Vec<&Range> = Vec::new();
    for group in groups {
        check_http(group.http.as_ref(), cx);
        check_text(group.description.as_ref(), languages, cx);
        check_code_sets(&group.reserved, repr, cx);
        if let Some(codes) = &group.codes {
            if codes.value.is_empty() {
                cx.error(Rule::NoCodes, codes.span, "this group's `codes` is empty")
                    .help("add a code, or remove the group")
                    .emit();
            }
        }
        if let Some(range) = &group.range {
            if check_range(range, repr, cx) {
                ranges.push(range);
            }
        }
        let Some(name) = &group.name else { continue };
        if let Some(first) = names.insert(&name.value, name.span) {
            cx.error(
                Rule::DuplicateName,
                name.span,
                format!("duplicate group name `{}`", name.value),
            )
            .first(first)
            .emit();
            continue;
        }
        let ident = names::group_ident(&name.value);
        if let Some(problem) = names::ident_problem(&ident) {
            cx.error(
                Rule::Identifier,
                name.span,
                format!("group name `{}` does not make a Rust identifier: {problem}", name.value),
            )
            .help("give the group an ASCII `name` and put other text in its `description`")
            .emit();
        } else if let Some(first) = idents.insert(ident.clone(), name.span) {
            cx.error(
                Rule::Identifier,
                name.span,
                format!("group name `{}` becomes `{ident}`, like an earlier group", name.value),
            )
            .first(first)
            .help("rename one of the groups")
            .emit();
        }
    }
    ranges.sort_by_key(|r| (r.lo.value, r.span));
    for pair in ranges.windows(2) {
        if let [earlier, later] = pair {
            if later.lo.value <= earlier.hi.value {
                cx.error(
                    Rule::Range,
                    later.span,
                    format!(
                        "group range [{}, {}] overlaps [{}, {}]",
                        later.lo.value, later.hi.value, earlier.lo.value, earlier.hi.value
                    ),
                )
                .first(earlier.span)
                .help("group ranges must be disjoint so that every code has one group")
                .emit();
            }
        }
    }
}

/// State of the checks that look across all entries.
struct EntryChecks<'a> {
    repr: Repr,
    strip_prefix: Option<&'a str>,
    languages: &'a [String],
    success: &'a [CodeSet],
    reserved: &'a [CodeSet],
    groups: &'a [ast::Group],
    codes: SeenMap<i128, Span>,
    /// Borrowed from the AST but for the names of unnamed entries.
    names: SeenMap<Cow<'a, str>, Span>,
    idents: SeenMap<String, (Span, Cow<'a, str>)>,
}

impl<'a> EntryChecks<'a> {
    fn check(&mut self, entry: &'a ast::Entry, group: Option<usize>, cx: &mut Diagnostics) {
        check_http(entry.http.as_ref(), cx);
        for text in [&entry.message, &entry.description, &entry.solution] {
            check_text(text.as_ref(), self.languages, cx);
        }
        args::check(entry, self.languages, cx);
        if let Some(code) = &entry.code {
            if !self.check_code(code, group, cx) {
                // A repeated or unusable code says all there is to say about this entry.
                return;
            }
        }
        let Some(code) = &entry.code else {
            if let Some(name) = &entry.name {
                self.check_name(Cow::Borrowed(&name.value), name.span, None, cx);
            }
            return;
        };
        let written = entry.name.as_ref().map(|n| n.value.as_str());
        let ident = names::variant_ident(written, self.strip_prefix, code.value);
        let span = entry.name.as_ref().map_or(code.span, |n| n.span);
        // An entry without `name` is named by its identifier (`Code5`): that name must be unique too.
        let name = written.map_or_else(|| Cow::Owned(ident.clone()), Cow::Borrowed);
        if !self.check_name(name.clone(), span, written.is_none().then_some(code.value), cx) {
            return;
        }
        if let Some(problem) = names::ident_problem(&ident) {
            cx.error(
                Rule::Identifier,
                span,
                format!("`{name}` does not make a Rust identifier (`{ident}`): {problem}"),
            )
            .help("use an ASCII name such as `INVALID_ARGUMENT`")
            .emit();
        } else if let Some((first, first_name)) =
            self.idents.insert(ident.clone(), (span, name.clone()))
        {
            cx.error(
                Rule::Identifier,
                span,
                format!("`{name}` and `{first_name}` both become the variant `{ident}`"),
            )
            .first(first)
            .help("rename one of them")
            .emit();
        }
    }

    /// Records `name()` of an entry; `false` if another entry has it already.
    fn check_name(
        &mut self,
        name: Cow<'a, str>,
        span: Span,
        unnamed_code: Option<i128>,
        cx: &mut Diagnostics,
    ) -> bool {
        let Some(first) = self.names.insert(name.clone(), span) else { return true };
        let message = match unnamed_code {
            Some(code) => {
                format!("code {code} has no `name`, so it is named `{name}`, which is taken")
            }
            None => format!("duplicate name `{name}`"),
        };
        cx.error(Rule::DuplicateName, span, message)
            .first(first)
            .help("give one of the entries another name")
            .emit();
        false
    }

    /// Checks an entry's code; `false` if the code cannot stand for the entry at all.
    fn check_code(
        &mut self,
        code: &Spanned<i128>,
        group: Option<usize>,
        cx: &mut Diagnostics,
    ) -> bool {
        let value = code.value;
        if !check_fits(code, self.repr, "code", cx) {
            return false;
        }
        if let Some(first) = self.codes.insert(value, code.span) {
            cx.error(Rule::DuplicateCode, code.span, format!("duplicate code {value}"))
                .first(first)
                .help("each code may appear once; remove or renumber one of them")
                .emit();
            return false;
        }
        if in_sets(self.success, value) {
            cx.error(Rule::ReservedCode, code.span, format!("code {value} is listed in `success`"))
                .help("success codes are not errors; remove the entry or the `success` item")
                .emit();
        }
        let group_reserved =
            group.and_then(|g| self.groups.get(g)).map_or(&[][..], |g| &g.reserved[..]);
        if in_sets(self.reserved, value) || in_sets(group_reserved, value) {
            cx.error(Rule::ReservedCode, code.span, format!("code {value} is reserved"))
                .help("reserved codes may not be used; pick another code or unreserve it")
                .emit();
        }
        let Some(own) = group.and_then(|g| self.groups.get(g)) else {
            return true;
        };
        if let Some(range) = own.range.as_ref().filter(|r| r.lo.value <= r.hi.value) {
            if !(range.lo.value..=range.hi.value).contains(&value) {
                let group_name = own.name.as_ref().map_or("", |n| n.value.as_str());
                let report = cx.error(
                    Rule::Range,
                    code.span,
                    format!(
                        "code {value} is outside the range [{}, {}] of group `{group_name}`",
                        range.lo.value, range.hi.value
                    ),
                );
                match self.group_by_range(value) {
                    Some(other) => {
                        report.help(format!("its range puts it in group `{other}`; move it there"))
                    }
                    None => report.help("renumber it, or widen the group's range"),
                }
                .emit();
            }
        } else if let Some(other) = self.group_by_range(value) {
            cx.error(
                Rule::Range,
                code.span,
                format!("code {value} lies in the range of group `{other}`"),
            )
            .help(format!("move it to `{other}`, or give this group a range of its own"))
            .emit();
        }
        true
    }

    fn group_by_range(&self, code: i128) -> Option<&'a str> {
        self.groups.iter().find_map(|g| {
            let range = g.range.as_ref().filter(|r| r.lo.value <= r.hi.value)?;
            let holds = (range.lo.value..=range.hi.value).contains(&code);
            holds.then(|| g.name.as_ref().map_or("", |n| n.value.as_str()))
        })
    }
}
