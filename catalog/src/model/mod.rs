//! The resolved catalog: defaults applied, identifiers derived, texts
//! resolved per language, entries in ascending code order. Built only from a
//! catalog that validated, so generation can trust it; spans stay attached
//! for later diagnostics.

use crate::ast::{self, CodeSet, Text};
use crate::diagnostic::{Diagnostic, Span};
use crate::format::{
    ArgType, Deprecation, Discriminant, GrpcCode, Repr, Representation, RustdocDetail, Severity,
    DEFAULT_DISPLAY, DEFAULT_EXHAUSTIVE, DEFAULT_HTTP, DEFAULT_LANGUAGES, DEFAULT_RETRYABLE,
};
use crate::help_url;
use crate::names;
use crate::template::{self, Segment};

mod fields;
mod wire;

pub use fields::{Field, FieldValue};
pub use wire::{BodyPart, ProblemMember, Wire};

/// A text in every language of the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Localized {
    /// One slot per catalog language, in `languages` order; empty texts are `None`.
    texts: Vec<Option<String>>,
}

impl Localized {
    fn resolve(text: Option<Text>, languages: &[String]) -> Option<Localized> {
        let text = text?;
        let mut texts = vec![None; languages.len()];
        match text {
            Text::Plain(plain) => {
                if let Some(slot) = texts.first_mut() {
                    *slot = Some(plain.value);
                }
            }
            Text::ByLanguage(pairs) => {
                for (lang, value) in pairs {
                    let index = languages.iter().position(|l| *l == lang.value);
                    if let Some(slot) = index.and_then(|i| texts.get_mut(i)) {
                        *slot = Some(value.value);
                    }
                }
            }
        }
        for slot in &mut texts {
            if slot.as_deref() == Some("") {
                *slot = None;
            }
        }
        texts.iter().any(Option::is_some).then_some(Localized { texts })
    }

    /// The text written in the language at `index`, with no fallback.
    pub fn own(&self, index: usize) -> Option<&str> {
        self.texts.get(index).and_then(Option::as_deref)
    }

    /// The text in the language at `index`, else the default language's, else
    /// the first language's that has it.
    pub fn get(&self, index: usize) -> Option<&str> {
        let own = self.texts.get(index).and_then(Option::as_deref);
        own.or_else(|| self.texts.iter().find_map(Option::as_deref))
    }
}

/// One group of codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// The name as written.
    pub name: String,
    /// Its variant in the group enum.
    pub ident: String,
    /// Inclusive code range, if it has one.
    pub range: Option<(i128, i128)>,
    /// Long text.
    pub description: Option<Localized>,
    /// The HTTP status its entries take when they give none: the group's, else the catalog's.
    pub http: u16,
    /// The severity its entries take when they give none: the group's, else the catalog's.
    pub severity: Severity,
    /// The gRPC code its entries take when they give none, if the group or the catalog sets one.
    pub grpc: Option<GrpcCode>,
    /// The group's YAML node.
    pub span: Span,
}

/// One code of the catalog, with every default applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The code.
    pub code: i128,
    /// The variant identifier.
    pub ident: String,
    /// `name()`: the catalog's name as written, or the identifier.
    pub name: String,
    /// Short text; `None` for an undocumented code.
    pub message: Option<Localized>,
    /// Long text.
    pub description: Option<Localized>,
    /// Cause and remedy.
    pub solution: Option<Localized>,
    /// HTTP status.
    pub http: u16,
    /// Whether the status is the catalog's default: neither the entry nor its group gave one.
    pub http_is_default: bool,
    /// Severity.
    pub severity: Severity,
    /// The gRPC code: the entry's, its group's or the catalog's, else the
    /// one its HTTP status maps to.
    pub grpc: GrpcCode,
    /// Whether retrying may succeed.
    pub retryable: bool,
    /// `#[deprecated]`, with its note.
    pub deprecated: Option<Deprecation>,
    /// Typed arguments, in declaration order; empty when the entry has none
    /// (its texts are then literal).
    pub args: Vec<Argument>,
    /// Index into [`Catalog::groups`].
    pub group: Option<usize>,
    /// Its value of each declared field, in [`Catalog::fields`] order.
    pub fields: Vec<Option<FieldValue>>,
    /// Its help link, rendered.
    pub help_url: Option<String>,
    /// The entry's YAML node.
    pub span: Span,
}

/// An argument of an entry: `{name}` in its texts, a field of its selector.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Argument {
    /// snake_case name.
    pub name: String,
    /// Its type.
    pub ty: ArgType,
}

/// A validated catalog, ready for generation.
///
/// Only [`load_file`](crate::load_file) and [`load_str`](crate::load_str) make
/// one, after validation, so the generator can trust every identifier in it;
/// everything else reads it through the accessors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    /// The enum's name.
    pub(crate) name: String,
    /// Integer type of the codes.
    pub(crate) repr: Repr,
    /// Languages, the default first.
    pub(crate) languages: Vec<String>,
    /// The enum's documentation.
    pub(crate) description: Option<Localized>,
    /// The parsed `display` template.
    pub(crate) display: Vec<Segment>,
    /// The HTTP status of an entry whose group gives none either.
    pub(crate) http: u16,
    /// The severity of an entry whose group gives none either.
    pub(crate) severity: Severity,
    /// Whether to omit `#[non_exhaustive]`.
    pub(crate) exhaustive: bool,
    /// Discriminant scheme.
    pub(crate) discriminant: Discriminant,
    /// Enum or open newtype.
    pub(crate) representation: Representation,
    /// How much each variant's doc says.
    pub(crate) rustdoc: RustdocDetail,
    /// Groups in catalog order.
    pub(crate) groups: Vec<Group>,
    /// Entries in ascending code order.
    pub(crate) entries: Vec<Entry>,
    /// Reserved codes, the catalog's and every group's, as inclusive ranges
    /// sorted and merged, so that a lookup is a binary search.
    pub(crate) reserved: Vec<(i128, i128)>,
    /// The codes that mean success, as inclusive ranges sorted and merged.
    pub(crate) success: Vec<(i128, i128)>,
    /// How the errors go over the wire.
    pub(crate) wire: Wire,
    /// The gRPC `ErrorInfo` domain.
    pub(crate) domain: String,
    /// The declared fields, in declaration order.
    pub(crate) fields: Vec<Field>,
    /// Lint W0005, found while reading the file: characters it holds raw
    /// that errcat never writes raw.
    pub(crate) source_warnings: Vec<Diagnostic>,
}

impl Catalog {
    /// Lint W0005, found while the file was read: each character it holds
    /// raw that errcat never writes raw, with its position. `errcat check`
    /// reports them with the other lints, the macros as warnings.
    pub fn source_warnings(&self) -> &[Diagnostic] {
        &self.source_warnings
    }

    /// The enum's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Integer type of the codes.
    pub fn repr(&self) -> Repr {
        self.repr
    }

    /// Languages, the default first.
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// The enum's documentation.
    pub fn description(&self) -> Option<&Localized> {
        self.description.as_ref()
    }

    /// The parsed `display` template.
    pub fn display(&self) -> &[Segment] {
        &self.display
    }

    /// The `display` template as a catalog would write it.
    pub fn display_text(&self) -> String {
        template::write(&self.display)
    }

    /// The HTTP status of an entry that neither it nor its group gives.
    pub fn http(&self) -> u16 {
        self.http
    }

    /// The severity of an entry that neither it nor its group gives.
    pub fn severity(&self) -> Severity {
        self.severity
    }

    /// Whether the enums are generated without `#[non_exhaustive]`.
    pub fn exhaustive(&self) -> bool {
        self.exhaustive
    }

    /// Enum or open newtype.
    pub fn representation(&self) -> Representation {
        self.representation
    }

    /// How much each variant's doc says.
    pub fn rustdoc(&self) -> RustdocDetail {
        self.rustdoc
    }

    /// Discriminant scheme.
    pub fn discriminant(&self) -> Discriminant {
        self.discriminant
    }

    /// How the errors go over the wire.
    pub fn wire(&self) -> &Wire {
        &self.wire
    }

    /// The declared fields, in declaration order.
    pub fn fields(&self) -> &[Field] {
        &self.fields
    }

    /// The `domain` of the gRPC `ErrorInfo` its errors carry.
    pub fn domain(&self) -> &str {
        &self.domain
    }

    /// The declared field named `name`.
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    /// Whether any entry has a help link.
    pub fn has_help_urls(&self) -> bool {
        self.entries.iter().any(|e| e.help_url.is_some())
    }

    /// Groups in catalog order.
    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    /// Entries in ascending code order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The reserved codes, the catalog's and every group's, as inclusive
    /// ranges sorted and merged.
    pub fn reserved(&self) -> &[(i128, i128)] {
        &self.reserved
    }

    /// The codes that mean success, as inclusive ranges sorted and merged.
    pub fn success(&self) -> &[(i128, i128)] {
        &self.success
    }

    /// Whether `code` is reserved, by the catalog or by a group.
    pub fn is_reserved(&self, code: i128) -> bool {
        self.lowest_reserved_in(code, code).is_some()
    }

    /// The lowest reserved code in `lo..=hi`, if there is one.
    pub fn lowest_reserved_in(&self, lo: i128, hi: i128) -> Option<i128> {
        // The first range that ends at or after `lo`: the only one that can
        // hold the lowest reserved code of `lo..=hi`.
        let index = self.reserved.partition_point(|&(_, end)| end < lo);
        let &(start, _) = self.reserved.get(index)?;
        let lowest = start.max(lo);
        (lowest <= hi).then_some(lowest)
    }

    /// How many entries each group has, in group order.
    pub fn group_entry_counts(&self) -> Vec<usize> {
        let mut counts = vec![0; self.groups.len()];
        for group in self.entries.iter().filter_map(|e| e.group) {
            if let Some(count) = counts.get_mut(group) {
                *count += 1;
            }
        }
        counts
    }

    /// The name of the group enum.
    pub fn group_enum_name(&self) -> String {
        format!("{}Group", self.name)
    }

    /// Builds the model. Call only when validation reported nothing: values
    /// that validation rejects are replaced by defaults here, never trusted.
    ///
    /// It takes the AST to move its texts into the model: copying them was
    /// about 2% of the macro's time at `opt-level = 0`.
    pub(crate) fn build(mut catalog: ast::Catalog) -> Catalog {
        let languages: Vec<String> = match &catalog.languages {
            Some(list) if !list.value.is_empty() => {
                list.value.iter().map(|l| l.value.clone()).collect()
            }
            _ => DEFAULT_LANGUAGES.iter().map(|&l| l.to_owned()).collect(),
        };
        let http = http_or(catalog.http.as_ref().map(|h| h.value), DEFAULT_HTTP);
        let severity = catalog.severity.as_ref().map_or(Severity::DEFAULT, |s| s.value);
        let strip_prefix = catalog.strip_prefix.as_ref().map(|s| s.value.as_str());
        let display = catalog
            .display
            .as_ref()
            .and_then(|d| template::parse(&d.value).ok())
            .or_else(|| template::parse(DEFAULT_DISPLAY).ok())
            .unwrap_or_default();

        let mut groups = Vec::new();
        let mut entries = Vec::new();
        let fields: Vec<Field> =
            catalog.fields.iter().flat_map(|f| &f.value).filter_map(Field::build).collect();
        // Each template parsed once, not once per entry that inherits it.
        let link = |template: &Option<ast::Spanned<String>>| {
            template.as_ref().and_then(|t| help_url::parse(&t.value).ok())
        };
        let catalog_link = link(&catalog.help_url);
        let catalog_defaults = EntryDefaults {
            languages: &languages,
            strip_prefix,
            http,
            group_http: None,
            severity,
            fields: &fields,
            group_fields: &[],
            help_url: catalog_link.as_deref(),
            grpc: catalog.grpc.as_ref().map(|g| g.value),
        };
        for (index, group) in catalog.groups.iter_mut().flat_map(|g| &mut g.value).enumerate() {
            let codes = group.codes.take();
            let name = group.name.as_ref().map_or_else(String::new, |n| n.value.clone());
            let group_link = link(&group.help_url);
            let defaults = EntryDefaults {
                group_http: group.http.as_ref().and_then(|h| u16::try_from(h.value).ok()),
                severity: group.severity.as_ref().map_or(severity, |s| s.value),
                group_fields: &group.fields,
                grpc: group.grpc.as_ref().map(|g| g.value).or(catalog_defaults.grpc),
                help_url: group_link.as_deref().or(catalog_defaults.help_url),
                ..catalog_defaults
            };
            let group_http = http_or(group.http.as_ref().map(|h| h.value), http);
            for entry in codes.into_iter().flat_map(|c| c.value) {
                entries.extend(defaults.resolve(entry, Some(index)));
            }
            groups.push(Group {
                ident: names::group_ident(&name),
                name,
                range: group.range.as_ref().map(|r| (r.lo.value, r.hi.value)),
                description: Localized::resolve(group.description.take(), &languages),
                http: group_http,
                severity: defaults.severity,
                grpc: defaults.grpc,
                span: group.span,
            });
        }
        for entry in catalog.codes.take().into_iter().flat_map(|c| c.value) {
            entries.extend(catalog_defaults.resolve(entry, None));
        }
        entries.sort_by_key(|e| e.code);

        Catalog {
            name: catalog.name.as_ref().map_or_else(|| "Error".to_owned(), |n| n.value.clone()),
            repr: catalog.repr.as_ref().map_or(Repr::DEFAULT, |r| r.value),
            description: Localized::resolve(catalog.description.take(), &languages),
            languages,
            display,
            http,
            severity,
            exhaustive: catalog.exhaustive.as_ref().map_or(DEFAULT_EXHAUSTIVE, |e| e.value),
            discriminant: catalog.discriminant.as_ref().map_or(Discriminant::DEFAULT, |d| d.value),
            representation: catalog
                .representation
                .as_ref()
                .map_or(Representation::DEFAULT, |r| r.value),
            rustdoc: catalog.rustdoc.as_ref().map_or(RustdocDetail::DEFAULT, |r| r.value),
            groups,
            entries,
            wire: Wire::build(&catalog.wire),
            domain: catalog.domain.as_ref().map_or_else(
                || catalog.name.as_ref().map_or_else(|| "Error".to_owned(), |n| n.value.clone()),
                |d| d.value.clone(),
            ),
            fields,
            reserved: reserved_ranges(&catalog),
            success: merged(catalog.success.iter().map(code_set_range).collect()),
            source_warnings: Vec::new(),
        }
    }
}

/// What an entry of one group (or of a catalog without groups) takes when it
/// does not say.
#[derive(Clone, Copy)]
struct EntryDefaults<'a> {
    languages: &'a [String],
    strip_prefix: Option<&'a str>,
    /// The catalog's HTTP status.
    http: u16,
    /// The group's HTTP status, if it sets one.
    group_http: Option<u16>,
    /// The group's severity, else the catalog's.
    severity: Severity,
    /// The declared fields.
    fields: &'a [Field],
    /// The declared fields the group sets.
    group_fields: &'a [ast::FieldSetting],
    /// The group's link template, else the catalog's, parsed.
    help_url: Option<&'a [help_url::UrlPart]>,
    /// The group's gRPC code, else the catalog's.
    grpc: Option<GrpcCode>,
}

impl EntryDefaults<'_> {
    /// The entry with every default applied; `None` without a code (which
    /// validation has already reported).
    fn resolve(&self, entry: ast::Entry, group: Option<usize>) -> Option<Entry> {
        let code = entry.code.as_ref()?.value;
        let written = entry.name.as_ref().map(|n| n.value.as_str());
        let ident = names::variant_ident(written, self.strip_prefix, code);
        let http = entry.http.as_ref().map(|h| h.value);
        let name = entry.name.map_or_else(|| ident.clone(), |n| n.value);
        let status = http_or(http, self.group_http.unwrap_or(self.http));
        let own = entry.help_url.as_ref().and_then(|h| help_url::parse(&h.value).ok());
        let help_url = own
            .as_deref()
            .or(self.help_url)
            .map(|parts| help_url::render(parts, code, &name, &ident));
        Some(Entry {
            code,
            name,
            ident,
            message: Localized::resolve(entry.message, self.languages),
            description: Localized::resolve(entry.description, self.languages),
            solution: Localized::resolve(entry.solution, self.languages),
            http: status,
            grpc: entry
                .grpc
                .as_ref()
                .map(|g| g.value)
                .or(self.grpc)
                .unwrap_or(GrpcCode::from_http(status)),
            http_is_default: http.is_none() && self.group_http.is_none(),
            severity: entry.severity.as_ref().map_or(self.severity, |s| s.value),
            retryable: entry.retryable.as_ref().map_or(DEFAULT_RETRYABLE, |r| r.value),
            deprecated: entry.deprecated.as_ref().map(|d| d.value.clone()),
            args: entry
                .args
                .iter()
                .flat_map(|a| &a.value)
                .filter_map(|arg| {
                    let ty = ArgType::from_word(&arg.ty.value)?;
                    Some(Argument { name: arg.name.value.clone(), ty })
                })
                .collect(),
            group,
            fields: fields::values(self.fields, &entry.fields, self.group_fields),
            help_url,
            span: entry.span,
        })
    }
}

/// The catalog's and every group's reserved codes, sorted and merged.
fn reserved_ranges(catalog: &ast::Catalog) -> Vec<(i128, i128)> {
    let groups = catalog.groups.iter().flat_map(|g| &g.value);
    let sets = catalog.reserved.iter().chain(groups.flat_map(|g| &g.reserved));
    merged(sets.map(code_set_range).collect())
}

fn code_set_range(set: &CodeSet) -> (i128, i128) {
    match set {
        CodeSet::One(code) => (code.value, code.value),
        CodeSet::Range(range) => (range.lo.value, range.hi.value),
    }
}

/// Inclusive ranges sorted and merged where they overlap or touch.
fn merged(mut ranges: Vec<(i128, i128)>) -> Vec<(i128, i128)> {
    ranges.sort_unstable();
    let mut out: Vec<(i128, i128)> = Vec::with_capacity(ranges.len());
    for (lo, hi) in ranges {
        match out.last_mut() {
            Some(last) if lo <= last.1.saturating_add(1) => last.1 = last.1.max(hi),
            _ => out.push((lo, hi)),
        }
    }
    out
}

fn http_or(status: Option<i128>, default: u16) -> u16 {
    status.and_then(|s| u16::try_from(s).ok()).unwrap_or(default)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn localized(texts: &[Option<&str>]) -> Localized {
        Localized { texts: texts.iter().map(|t| t.map(str::to_owned)).collect() }
    }

    #[test]
    fn reserved_ranges_are_merged_and_searched() {
        assert_eq!(
            merged(vec![(10, 19), (5, 5), (20, 20), (3, 12), (30, 40)]),
            [(3, 20), (30, 40)]
        );
        let source = "name: E\nreserved: [5, [10, 19], 25]\ngroups:\n  - name: g\n    reserved: [[18, 21]]\n    codes: [{code: 1}]\n";
        let catalog = crate::load_str(source, "e.yaml").unwrap();
        assert_eq!(catalog.reserved, [(5, 5), (10, 21), (25, 25)]);
        let reserved: Vec<i128> = (0..30).filter(|&c| catalog.is_reserved(c)).collect();
        assert_eq!(reserved, [5, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 25]);
        assert_eq!(catalog.lowest_reserved_in(6, 9), None);
        assert_eq!(catalog.lowest_reserved_in(6, 30), Some(10));
        assert_eq!(catalog.lowest_reserved_in(15, 30), Some(15));
        assert_eq!(catalog.lowest_reserved_in(22, 24), None);
    }

    #[test]
    fn lookups_fall_back_to_default_then_first_present() {
        let both = localized(&[Some("en"), Some("zh")]);
        assert_eq!(both.get(1), Some("zh"));
        assert_eq!(both.get(7), Some("en"));
        let zh_only = localized(&[None, Some("zh")]);
        assert_eq!(zh_only.get(0), Some("zh"));
        let third_only = localized(&[None, None, Some("fr")]);
        assert_eq!(third_only.get(1), Some("fr"));
    }
}
