//! The catalog as written: typed fields read from the YAML tree, each with
//! its span. This stage reports wrong types, unknown keys and missing keys;
//! the rules that relate fields to each other are in `validate`.
//!
//! Keys are matched by the enums of [`crate::format`], exhaustively: a key in
//! the format's tables that this reader does not handle does not compile.

use crate::diagnostic::{Diagnostics, Span};
use crate::format::{
    CatalogKey, Deprecation, Discriminant, EntryKey, GroupKey, GrpcCode, Repr, Representation,
    RustdocDetail, Severity,
};
use crate::yaml::Node;

mod fields;
mod values;
mod wire;

pub(crate) use fields::{FieldDecl, FieldSetting, Literal};

use values::{
    arguments, boolean, code_sets, deprecation, integer, keyword, list, range, string, text,
    MappingKeys,
};
pub(crate) use wire::Wire;

/// A value and where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Its YAML node.
    pub span: Span,
}

/// A text field: one string in the default language, or a language map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Text {
    /// A plain string: the default language's text.
    Plain(Spanned<String>),
    /// `{lang: text, ...}` in source order.
    ByLanguage(Vec<(Spanned<String>, Spanned<String>)>),
}

/// A code or an inclusive range of codes (`reserved`, `success`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum CodeSet {
    /// One code.
    One(Spanned<i128>),
    /// `[lo, hi]`, inclusive.
    Range(Range),
}

/// An inclusive range `[lo, hi]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Range {
    /// Lower bound.
    pub lo: Spanned<i128>,
    /// Upper bound.
    pub hi: Spanned<i128>,
    /// The whole `[lo, hi]` node.
    pub span: Span,
}

/// One argument as declared: `name: type`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ArgDecl {
    pub name: Spanned<String>,
    pub ty: Spanned<String>,
}

/// The whole catalog file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Catalog {
    pub name: Option<Spanned<String>>,
    pub description: Option<Text>,
    pub repr: Option<Spanned<Repr>>,
    pub languages: Option<Spanned<Vec<Spanned<String>>>>,
    pub display: Option<Spanned<String>>,
    pub http: Option<Spanned<i128>>,
    pub severity: Option<Spanned<Severity>>,
    pub strip_prefix: Option<Spanned<String>>,
    pub exhaustive: Option<Spanned<bool>>,
    pub discriminant: Option<Spanned<Discriminant>>,
    pub representation: Option<Spanned<Representation>>,
    pub rustdoc: Option<Spanned<RustdocDetail>>,
    pub success: Vec<CodeSet>,
    pub reserved: Vec<CodeSet>,
    pub groups: Option<Spanned<Vec<Group>>>,
    pub codes: Option<Spanned<Vec<Entry>>>,
    /// `serde`, `body` and `problem`.
    pub wire: Wire,
    /// `fields:`, the declarations in source order.
    pub fields: Option<Spanned<Vec<FieldDecl>>>,
    pub help_url: Option<Spanned<String>>,
    pub grpc: Option<Spanned<GrpcCode>>,
    pub domain: Option<Spanned<String>>,
    /// Whether `groups` or `codes` was written, even if it could not be read
    /// (so "no codes" is not reported on top of a type error).
    pub has_code_sections: bool,
    /// The root mapping.
    pub span: Span,
}

/// One entry of `groups`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Group {
    pub name: Option<Spanned<String>>,
    pub range: Option<Range>,
    pub description: Option<Text>,
    pub http: Option<Spanned<i128>>,
    pub severity: Option<Spanned<Severity>>,
    pub reserved: Vec<CodeSet>,
    pub help_url: Option<Spanned<String>>,
    pub grpc: Option<Spanned<GrpcCode>>,
    /// The declared fields it sets, in source order.
    pub fields: Vec<FieldSetting>,
    pub codes: Option<Spanned<Vec<Entry>>>,
    pub span: Span,
}

/// One code.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Entry {
    pub code: Option<Spanned<i128>>,
    pub name: Option<Spanned<String>>,
    pub message: Option<Text>,
    pub description: Option<Text>,
    pub http: Option<Spanned<i128>>,
    pub severity: Option<Spanned<Severity>>,
    pub solution: Option<Text>,
    pub retryable: Option<Spanned<bool>>,
    pub deprecated: Option<Spanned<Deprecation>>,
    /// `args: {name: type}` in source order, repeats included (validation
    /// reports them), types as written.
    pub args: Option<Spanned<Vec<ArgDecl>>>,
    pub help_url: Option<Spanned<String>>,
    pub grpc: Option<Spanned<GrpcCode>>,
    /// The declared fields it sets, in source order.
    pub fields: Vec<FieldSetting>,
    pub span: Span,
}

/// Reads the catalog from its root node, reporting every shape error.
pub(crate) fn read(root: &Node, cx: &mut Diagnostics) -> Catalog {
    let mut catalog = Catalog { span: root.span, ..Catalog::default() };
    let Some(keys) = MappingKeys::<CatalogKey>::new(root, cx) else {
        return catalog;
    };
    // Groups and entries are read knowing the declared fields, wherever
    // `fields:` stands in the file.
    catalog.fields = keys.get(CatalogKey::Fields).and_then(|node| fields::declarations(node, cx));
    let declared: Vec<&str> =
        catalog.fields.iter().flat_map(|f| &f.value).map(|f| f.name.value.as_str()).collect();
    for (key, node) in keys.values() {
        match key {
            CatalogKey::Name => catalog.name = string(node, cx),
            CatalogKey::Description => catalog.description = text(node, cx),
            CatalogKey::Repr => catalog.repr = keyword(node, cx),
            CatalogKey::Languages => {
                catalog.languages = list(node, cx).map(|items| Spanned {
                    value: items.iter().filter_map(|item| string(item, cx)).collect(),
                    span: node.span,
                });
            }
            CatalogKey::Display => catalog.display = string(node, cx),
            CatalogKey::Http => catalog.http = integer(node, cx),
            CatalogKey::Severity => catalog.severity = keyword(node, cx),
            CatalogKey::StripPrefix => catalog.strip_prefix = string(node, cx),
            CatalogKey::Exhaustive => catalog.exhaustive = boolean(node, cx),
            CatalogKey::Discriminant => catalog.discriminant = keyword(node, cx),
            CatalogKey::Representation => catalog.representation = keyword(node, cx),
            CatalogKey::Rustdoc => catalog.rustdoc = keyword(node, cx),
            CatalogKey::Success => catalog.success = code_sets(node, cx),
            CatalogKey::Reserved => catalog.reserved = code_sets(node, cx),
            CatalogKey::Groups => {
                catalog.groups = list(node, cx).map(|items| Spanned {
                    value: items.iter().filter_map(|item| group(item, &declared, cx)).collect(),
                    span: node.span,
                });
            }
            CatalogKey::Codes => catalog.codes = entries(node, &declared, cx),
            CatalogKey::Serde => catalog.wire.serde = keyword(node, cx),
            CatalogKey::Body => catalog.wire.body = wire::body(node, &declared, cx),
            CatalogKey::Problem => catalog.wire.problem = wire::problem(node, cx),
            CatalogKey::Fields => {}
            CatalogKey::HelpUrl => catalog.help_url = string(node, cx),
            CatalogKey::Grpc => catalog.grpc = keyword(node, cx),
            CatalogKey::Domain => catalog.domain = string(node, cx),
        }
    }
    catalog.has_code_sections = keys.has(CatalogKey::Groups) || keys.has(CatalogKey::Codes);
    catalog
}

fn group(node: &Node, declared: &[&str], cx: &mut Diagnostics) -> Option<Group> {
    let keys = MappingKeys::<GroupKey>::with_declared(node, declared, cx)?;
    let mut group =
        Group { span: node.span, fields: fields::settings(&keys, cx), ..Group::default() };
    for (key, node) in keys.values() {
        match key {
            GroupKey::Name => group.name = string(node, cx),
            GroupKey::Range => group.range = range(node, cx),
            GroupKey::Description => group.description = text(node, cx),
            GroupKey::Http => group.http = integer(node, cx),
            GroupKey::Severity => group.severity = keyword(node, cx),
            GroupKey::Reserved => group.reserved = code_sets(node, cx),
            GroupKey::HelpUrl => group.help_url = string(node, cx),
            GroupKey::Grpc => group.grpc = keyword(node, cx),
            GroupKey::Codes => group.codes = entries(node, declared, cx),
        }
    }
    Some(group)
}

fn entries(node: &Node, declared: &[&str], cx: &mut Diagnostics) -> Option<Spanned<Vec<Entry>>> {
    let items = list(node, cx)?;
    let entries = items.iter().filter_map(|item| entry(item, declared, cx)).collect();
    Some(Spanned { value: entries, span: node.span })
}

fn entry(node: &Node, declared: &[&str], cx: &mut Diagnostics) -> Option<Entry> {
    let keys = MappingKeys::<EntryKey>::with_declared(node, declared, cx)?;
    let mut entry =
        Entry { span: node.span, fields: fields::settings(&keys, cx), ..Entry::default() };
    for (key, node) in keys.values() {
        match key {
            EntryKey::Code => entry.code = integer(node, cx),
            EntryKey::Name => entry.name = string(node, cx),
            EntryKey::Message => entry.message = text(node, cx),
            EntryKey::Description => entry.description = text(node, cx),
            EntryKey::Http => entry.http = integer(node, cx),
            EntryKey::Severity => entry.severity = keyword(node, cx),
            EntryKey::Solution => entry.solution = text(node, cx),
            EntryKey::Retryable => entry.retryable = boolean(node, cx),
            EntryKey::Deprecated => entry.deprecated = deprecation(node, cx),
            EntryKey::Args => entry.args = arguments(node, cx),
            EntryKey::HelpUrl => entry.help_url = string(node, cx),
            EntryKey::Grpc => entry.grpc = keyword(node, cx),
        }
    }
    Some(entry)
}
