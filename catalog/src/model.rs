//! The resolved catalog: defaults applied, identifiers derived, texts
//! resolved per language, entries in ascending code order. Built only from a
//! catalog that validated, so generation can trust it; spans stay attached
//! for later diagnostics.

use crate::ast::{self, CodeSet, Text};
use crate::diagnostic::Span;
use crate::format::{
    BodyKey, Deprecation, Discriminant, Key, Repr, SerdeForm, Severity, DEFAULT_DISPLAY,
    DEFAULT_HTTP, DEFAULT_LANGUAGES,
};
use crate::names;
use crate::template::{self, Segment};

/// A text in every language of the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Localized {
    /// One slot per catalog language, in `languages` order; empty texts are `None`.
    texts: Vec<Option<String>>,
}

impl Localized {
    fn resolve(text: Option<&Text>, languages: &[String]) -> Option<Localized> {
        let mut texts = vec![None; languages.len()];
        match text? {
            Text::Plain(plain) => {
                if let Some(slot) = texts.first_mut() {
                    *slot = Some(plain.value.clone());
                }
            }
            Text::ByLanguage(pairs) => {
                for (lang, value) in pairs {
                    let index = languages.iter().position(|l| *l == lang.value);
                    if let Some(slot) = index.and_then(|i| texts.get_mut(i)) {
                        *slot = Some(value.value.clone());
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
    /// Whether retrying may succeed.
    pub retryable: bool,
    /// `#[deprecated]`, with its note.
    pub deprecated: Option<Deprecation>,
    /// Index into [`Catalog::groups`].
    pub group: Option<usize>,
    /// The entry's YAML node.
    pub span: Span,
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
    /// Whether to omit `#[non_exhaustive]`.
    pub(crate) exhaustive: bool,
    /// Discriminant scheme.
    pub(crate) discriminant: Discriminant,
    /// Groups in catalog order.
    pub(crate) groups: Vec<Group>,
    /// Entries in ascending code order.
    pub(crate) entries: Vec<Entry>,
    /// Reserved codes and ranges, the catalog's and every group's, inclusive.
    pub(crate) reserved: Vec<(i128, i128)>,
    /// How the errors go over the wire.
    pub(crate) wire: Wire,
}

/// How the catalog's errors are serialized: the enum's form, the JSON field
/// names of the error body, the RFC 9457 `type` base.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wire {
    serde: SerdeForm,
    /// The body's field names, defaults applied, in [`BodyKey`] order; a part
    /// without a name is not in the body.
    body: Vec<(BodyKey, String)>,
    problem_type_base: Option<String>,
}

impl Wire {
    /// How the enum serializes.
    pub fn serde(&self) -> SerdeForm {
        self.serde
    }

    /// Whether the enum serializes as its `name()` rather than its code.
    pub fn by_name(&self) -> bool {
        self.serde == SerdeForm::Name
    }

    /// Whether errcat generates the enum's serde impls (`serde:` is not `none`).
    pub fn serde_impls(&self) -> bool {
        self.serde != SerdeForm::None
    }

    /// The JSON field that carries `part`, if the body carries it.
    pub fn field(&self, part: BodyKey) -> Option<&str> {
        self.body.iter().find(|(k, _)| *k == part).map(|(_, name)| name.as_str())
    }

    /// The body's fields: each part it carries and the field's name.
    pub fn fields(&self) -> impl Iterator<Item = (BodyKey, &str)> + '_ {
        self.body.iter().map(|(part, name)| (*part, name.as_str()))
    }

    /// Whether every part of the body has its default name (and the parts
    /// without a default are left out).
    pub fn has_default_body(&self) -> bool {
        BodyKey::ALL.iter().all(|part| self.field(*part) == part.default_field())
    }

    /// The start of a problem's `type` URI; the code is appended.
    pub fn problem_type_base(&self) -> Option<&str> {
        self.problem_type_base.as_deref()
    }

    fn build(wire: &ast::Wire) -> Wire {
        let given = |part| wire.body.as_ref().and_then(|b| b.get(part)).map(|f| f.value.clone());
        let body = BodyKey::ALL
            .iter()
            .filter_map(|&part| {
                let name = given(part).or_else(|| part.default_field().map(str::to_owned));
                Some((part, name?))
            })
            .collect();
        Wire {
            serde: wire.serde.as_ref().map_or(SerdeForm::DEFAULT, |s| s.value),
            body,
            problem_type_base: wire
                .problem
                .as_ref()
                .and_then(|p| p.type_base.as_ref())
                .map(|t| t.value.clone()),
        }
    }
}

impl Catalog {
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

    /// Whether the enums are generated without `#[non_exhaustive]`.
    pub fn exhaustive(&self) -> bool {
        self.exhaustive
    }

    /// Discriminant scheme.
    pub fn discriminant(&self) -> Discriminant {
        self.discriminant
    }

    /// How the errors go over the wire.
    pub fn wire(&self) -> &Wire {
        &self.wire
    }

    /// Groups in catalog order.
    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    /// Entries in ascending code order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Whether `code` is reserved, by the catalog or by a group.
    pub fn is_reserved(&self, code: i128) -> bool {
        self.reserved.iter().any(|(lo, hi)| (*lo..=*hi).contains(&code))
    }

    /// The name of the group enum.
    pub fn group_enum_name(&self) -> String {
        format!("{}Group", self.name)
    }

    /// Builds the model. Call only when validation reported nothing: values
    /// that validation rejects are replaced by defaults here, never trusted.
    pub(crate) fn build(catalog: &ast::Catalog) -> Catalog {
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
        let resolve = |entry: &ast::Entry,
                       group: Option<usize>,
                       group_http: Option<u16>,
                       severity: Severity| {
            let code = entry.code.as_ref()?.value;
            let written = entry.name.as_ref().map(|n| n.value.as_str());
            let ident = names::variant_ident(written, strip_prefix, code);
            Some(Entry {
                code,
                name: written.map_or_else(|| ident.clone(), str::to_owned),
                ident,
                message: Localized::resolve(entry.message.as_ref(), &languages),
                description: Localized::resolve(entry.description.as_ref(), &languages),
                solution: Localized::resolve(entry.solution.as_ref(), &languages),
                http: http_or(entry.http.as_ref().map(|h| h.value), group_http.unwrap_or(http)),
                http_is_default: entry.http.is_none() && group_http.is_none(),
                severity: entry.severity.as_ref().map_or(severity, |s| s.value),
                retryable: entry.retryable.as_ref().is_some_and(|r| r.value),
                deprecated: entry.deprecated.as_ref().map(|d| d.value.clone()),
                group,
                span: entry.span,
            })
        };
        for (index, group) in catalog.groups.iter().flat_map(|g| &g.value).enumerate() {
            let name = group.name.as_ref().map_or_else(String::new, |n| n.value.clone());
            let group_http = group.http.as_ref().and_then(|h| u16::try_from(h.value).ok());
            let group_severity = group.severity.as_ref().map_or(severity, |s| s.value);
            for entry in group.codes.iter().flat_map(|c| &c.value) {
                entries.extend(resolve(entry, Some(index), group_http, group_severity));
            }
            groups.push(Group {
                ident: names::group_ident(&name),
                name,
                range: group.range.as_ref().map(|r| (r.lo.value, r.hi.value)),
                description: Localized::resolve(group.description.as_ref(), &languages),
                span: group.span,
            });
        }
        for entry in catalog.codes.iter().flat_map(|c| &c.value) {
            entries.extend(resolve(entry, None, None, severity));
        }
        entries.sort_by_key(|e| e.code);

        Catalog {
            name: catalog.name.as_ref().map_or_else(|| "Error".to_owned(), |n| n.value.clone()),
            repr: catalog.repr.as_ref().map_or(Repr::DEFAULT, |r| r.value),
            description: Localized::resolve(catalog.description.as_ref(), &languages),
            languages,
            display,
            exhaustive: catalog.exhaustive.as_ref().is_some_and(|e| e.value),
            discriminant: catalog.discriminant.as_ref().map_or(Discriminant::DEFAULT, |d| d.value),
            groups,
            entries,
            wire: Wire::build(&catalog.wire),
            reserved: catalog
                .reserved
                .iter()
                .chain(catalog.groups.iter().flat_map(|g| &g.value).flat_map(|g| &g.reserved))
                .map(|set| match set {
                    CodeSet::One(code) => (code.value, code.value),
                    CodeSet::Range(range) => (range.lo.value, range.hi.value),
                })
                .collect(),
        }
    }
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
