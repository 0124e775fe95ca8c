//! The catalog as written: typed fields read from the YAML tree, each with
//! its span. This stage reports wrong types, unknown keys and missing keys;
//! the rules that relate fields to each other are in `validate`.

use crate::diagnostic::{Diagnostics, Rule, Span};
use crate::yaml::{Node, NodeKind, Style};

mod wire;
pub use wire::{BodyFields, ProblemFields, SerdeForm, Wire};
#[cfg(test)]
pub(crate) use wire::{BODY_KEYS, PROBLEM_KEYS};

/// A value and where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Its YAML node.
    pub span: Span,
}

/// A text field: one string in the default language, or a language map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// A plain string: the default language's text.
    Plain(Spanned<String>),
    /// `{lang: text, ...}` in source order.
    ByLanguage(Vec<(Spanned<String>, Spanned<String>)>, Span),
}

/// A code or an inclusive range of codes (`reserved`, `success`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeSet {
    /// One code.
    One(Spanned<i128>),
    /// `[lo, hi]`, inclusive.
    Range(Range),
}

/// An inclusive range `[lo, hi]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Range {
    /// Lower bound.
    pub lo: Spanned<i128>,
    /// Upper bound.
    pub hi: Spanned<i128>,
    /// The whole `[lo, hi]` node.
    pub span: Span,
}

/// The integer type of the codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Repr {
    /// `i8`
    I8,
    /// `i16`
    I16,
    /// `i32`
    I32,
    /// `i64`
    I64,
    /// `u8`
    U8,
    /// `u16`
    U16,
    /// `u32`
    U32,
    /// `u64`
    U64,
}

impl Repr {
    const ALL: [(Repr, &'static str); 8] = [
        (Repr::I8, "i8"),
        (Repr::I16, "i16"),
        (Repr::I32, "i32"),
        (Repr::I64, "i64"),
        (Repr::U8, "u8"),
        (Repr::U16, "u16"),
        (Repr::U32, "u32"),
        (Repr::U64, "u64"),
    ];

    /// The Rust type name.
    pub fn as_str(self) -> &'static str {
        Repr::ALL.iter().find(|(r, _)| *r == self).map_or("i32", |(_, s)| s)
    }

    /// Width in bits.
    pub fn bits(self) -> u32 {
        match self {
            Repr::I8 | Repr::U8 => 8,
            Repr::I16 | Repr::U16 => 16,
            Repr::I32 | Repr::U32 => 32,
            Repr::I64 | Repr::U64 => 64,
        }
    }

    /// The smallest and largest code the type holds.
    pub fn bounds(self) -> (i128, i128) {
        match self {
            Repr::I8 => (i8::MIN.into(), i8::MAX.into()),
            Repr::I16 => (i16::MIN.into(), i16::MAX.into()),
            Repr::I32 => (i32::MIN.into(), i32::MAX.into()),
            Repr::I64 => (i64::MIN.into(), i64::MAX.into()),
            Repr::U8 => (0, u8::MAX.into()),
            Repr::U16 => (0, u16::MAX.into()),
            Repr::U32 => (0, u32::MAX.into()),
            Repr::U64 => (0, u64::MAX.into()),
        }
    }
}

/// Severity of an entry, as in `errcat::Severity`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// `info`
    Info,
    /// `warning`
    Warning,
    /// `error`
    Error,
    /// `fatal`
    Fatal,
}

/// What the enum's discriminants are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Discriminant {
    /// Positions 0, 1, 2… in code order (fast to compile).
    Index,
    /// The codes themselves, with `#[repr(R)]` (for C interop).
    Code,
}

/// `deprecated: true` or `deprecated: "note"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Deprecation {
    /// Deprecated without a note.
    Plain,
    /// Deprecated, with what to use instead.
    Note(String),
}

/// The whole catalog file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Catalog {
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
    pub success: Vec<CodeSet>,
    pub reserved: Vec<CodeSet>,
    pub groups: Option<Spanned<Vec<Group>>>,
    pub codes: Option<Spanned<Vec<Entry>>>,
    /// `serde`, `body` and `problem`.
    pub wire: Wire,
    /// Whether `groups` or `codes` was written, even if it could not be read
    /// (so "no codes" is not reported on top of a type error).
    pub has_code_sections: bool,
    /// The root mapping.
    pub span: Span,
}

/// One entry of `groups`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub name: Option<Spanned<String>>,
    pub range: Option<Range>,
    pub description: Option<Text>,
    pub http: Option<Spanned<i128>>,
    pub severity: Option<Spanned<Severity>>,
    pub reserved: Vec<CodeSet>,
    pub codes: Option<Spanned<Vec<Entry>>>,
    pub span: Span,
}

/// One code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub code: Option<Spanned<i128>>,
    pub name: Option<Spanned<String>>,
    pub message: Option<Text>,
    pub description: Option<Text>,
    pub http: Option<Spanned<i128>>,
    pub severity: Option<Spanned<Severity>>,
    pub solution: Option<Text>,
    pub retryable: Option<Spanned<bool>>,
    pub deprecated: Option<Spanned<Deprecation>>,
    pub span: Span,
}

pub(crate) const CATALOG_KEYS: &[&str] = &[
    "name",
    "description",
    "repr",
    "languages",
    "display",
    "http",
    "severity",
    "strip_prefix",
    "exhaustive",
    "discriminant",
    "success",
    "reserved",
    "groups",
    "codes",
    "serde",
    "body",
    "problem",
];
pub(crate) const GROUP_KEYS: &[&str] =
    &["name", "range", "description", "http", "severity", "reserved", "codes"];
pub(crate) const ENTRY_KEYS: &[&str] = &[
    "code",
    "name",
    "message",
    "description",
    "http",
    "severity",
    "solution",
    "retryable",
    "deprecated",
];

/// Reads the catalog from its root node, reporting every shape error.
pub fn read(root: &Node, cx: &mut Diagnostics) -> Catalog {
    let mut catalog = Catalog { span: root.span, ..Catalog::default() };
    let Some(fields) = Fields::new(root, "the catalog", CATALOG_KEYS, cx) else {
        return catalog;
    };
    catalog.name = fields.required("name", cx).and_then(|n| string(n, cx));
    catalog.description = fields.get("description").and_then(|n| text(n, cx));
    catalog.repr = fields.get("repr").and_then(|n| keyword(n, &Repr::ALL, cx));
    catalog.languages = fields.get("languages").and_then(|n| {
        let items = list(n, cx)?;
        let langs = items.iter().filter_map(|item| string(item, cx)).collect();
        Some(Spanned { value: langs, span: n.span })
    });
    catalog.display = fields.get("display").and_then(|n| string(n, cx));
    catalog.http = fields.get("http").and_then(|n| integer(n, cx));
    catalog.severity = fields.get("severity").and_then(|n| severity(n, cx));
    catalog.strip_prefix = fields.get("strip_prefix").and_then(|n| string(n, cx));
    catalog.exhaustive = fields.get("exhaustive").and_then(|n| boolean(n, cx));
    catalog.discriminant = fields.get("discriminant").and_then(|n| {
        keyword(n, &[(Discriminant::Index, "index"), (Discriminant::Code, "code")], cx)
    });
    catalog.success = fields.get("success").map(|n| code_sets(n, cx)).unwrap_or_default();
    catalog.reserved = fields.get("reserved").map(|n| code_sets(n, cx)).unwrap_or_default();
    catalog.groups = fields.get("groups").and_then(|n| {
        let items = list(n, cx)?;
        let groups = items.iter().filter_map(|item| group(item, cx)).collect();
        Some(Spanned { value: groups, span: n.span })
    });
    catalog.codes = fields.get("codes").and_then(|n| entries(n, cx));
    catalog.wire = wire::read(&fields, cx);
    catalog.has_code_sections = fields.get("groups").is_some() || fields.get("codes").is_some();
    catalog
}

fn group(node: &Node, cx: &mut Diagnostics) -> Option<Group> {
    let fields = Fields::new(node, "a group", GROUP_KEYS, cx)?;
    Some(Group {
        name: fields.required("name", cx).and_then(|n| string(n, cx)),
        range: fields.get("range").and_then(|n| range(n, cx)),
        description: fields.get("description").and_then(|n| text(n, cx)),
        http: fields.get("http").and_then(|n| integer(n, cx)),
        severity: fields.get("severity").and_then(|n| severity(n, cx)),
        reserved: fields.get("reserved").map(|n| code_sets(n, cx)).unwrap_or_default(),
        codes: fields.required("codes", cx).and_then(|n| entries(n, cx)),
        span: node.span,
    })
}

fn entries(node: &Node, cx: &mut Diagnostics) -> Option<Spanned<Vec<Entry>>> {
    let items = list(node, cx)?;
    let entries = items.iter().filter_map(|item| entry(item, cx)).collect();
    Some(Spanned { value: entries, span: node.span })
}

fn entry(node: &Node, cx: &mut Diagnostics) -> Option<Entry> {
    let fields = Fields::new(node, "a code entry", ENTRY_KEYS, cx)?;
    Some(Entry {
        code: fields.required("code", cx).and_then(|n| integer(n, cx)),
        name: fields.get("name").and_then(|n| string(n, cx)),
        message: fields.get("message").and_then(|n| text(n, cx)),
        description: fields.get("description").and_then(|n| text(n, cx)),
        http: fields.get("http").and_then(|n| integer(n, cx)),
        severity: fields.get("severity").and_then(|n| severity(n, cx)),
        solution: fields.get("solution").and_then(|n| text(n, cx)),
        retryable: fields.get("retryable").and_then(|n| boolean(n, cx)),
        deprecated: fields.get("deprecated").and_then(|n| deprecation(n, cx)),
        span: node.span,
    })
}

/// The keys of one mapping, checked against the keys it may have.
struct Fields<'a> {
    pairs: Vec<(&'a str, &'a Node)>,
    span: Span,
    what: &'static str,
}

impl<'a> Fields<'a> {
    fn new(
        node: &'a Node,
        what: &'static str,
        allowed: &[&str],
        cx: &mut Diagnostics,
    ) -> Option<Fields<'a>> {
        let NodeKind::Map(map) = &node.kind else {
            wrong_type(node, &format!("a mapping for {what}"), cx);
            return None;
        };
        let mut pairs: Vec<(&str, &Node)> = Vec::with_capacity(map.len());
        for (key, value) in map {
            let NodeKind::Scalar(name, _) = &key.kind else {
                cx.error(Rule::WrongType, key.span, "mapping keys must be plain names").emit();
                continue;
            };
            if let Some((_, first)) = pairs.iter().find(|(k, _)| k == name) {
                cx.error(Rule::DuplicateKey, key.span, format!("duplicate key `{name}`"))
                    .first(first.span)
                    .help("remove one of the two")
                    .emit();
                continue;
            }
            if !allowed.contains(&name.as_str()) {
                let report =
                    cx.error(Rule::UnknownKey, key.span, format!("unknown key `{name}` in {what}"));
                match closest(name, allowed) {
                    Some(best) => report.help(format!("did you mean `{best}`?")),
                    None => report.help(format!("the keys of {what} are: {}", allowed.join(", "))),
                }
                .emit();
                continue;
            }
            pairs.push((name, value));
        }
        Some(Fields { pairs, span: node.span, what })
    }

    /// The value of `key`; a null value counts as absent.
    fn get(&self, key: &str) -> Option<&'a Node> {
        self.pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v).filter(|v| !v.is_null())
    }

    fn required(&self, key: &str, cx: &mut Diagnostics) -> Option<&'a Node> {
        let found = self.get(key);
        if found.is_none() {
            cx.error(Rule::MissingKey, self.span, format!("missing key `{key}` in {}", self.what))
                .help(format!("add `{key}:` to {}", self.what))
                .emit();
        }
        found
    }
}

/// The allowed key nearest to a misspelt one, if it is near enough to be a typo.
pub(crate) fn closest<'k>(name: &str, candidates: &[&'k str]) -> Option<&'k str> {
    candidates
        .iter()
        .map(|c| (edit_distance(name, c), *c))
        .filter(|(d, c)| *d <= (c.len() / 3).max(1))
        .min()
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = Vec::with_capacity(b.len() + 1);
        current.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous.get(j).map_or(usize::MAX, |d| d + usize::from(ca != *cb));
            let delete = previous.get(j + 1).map_or(usize::MAX, |d| d + 1);
            let insert = current.last().map_or(usize::MAX, |d| d + 1);
            current.push(substitute.min(delete).min(insert));
        }
        previous = current;
    }
    previous.last().copied().unwrap_or_default()
}

fn wrong_type(node: &Node, expected: &str, cx: &mut Diagnostics) {
    let found = node.type_name();
    cx.error(Rule::WrongType, node.span, format!("expected {expected}, found {found}")).emit();
}

fn scalar(node: &Node) -> Option<(&str, Style)> {
    match &node.kind {
        NodeKind::Scalar(text, style) if !node.is_null() => Some((text, *style)),
        _ => None,
    }
}

fn string(node: &Node, cx: &mut Diagnostics) -> Option<Spanned<String>> {
    match scalar(node) {
        Some((text, _)) => Some(Spanned { value: text.to_owned(), span: node.span }),
        None => {
            wrong_type(node, "a string", cx);
            None
        }
    }
}

/// Parses a YAML 1.2 core-schema integer: decimal, `0x` hex or `0o` octal.
pub(crate) fn parse_integer(text: &str) -> Option<i128> {
    let (negative, digits) = match (text.strip_prefix('-'), text.strip_prefix('+')) {
        (Some(rest), _) => (true, rest),
        (None, Some(rest)) => (false, rest),
        (None, None) => (false, text),
    };
    let magnitude = if let Some(hex) = digits.strip_prefix("0x") {
        i128::from_str_radix(hex, 16).ok()?
    } else if let Some(octal) = digits.strip_prefix("0o") {
        i128::from_str_radix(octal, 8).ok()?
    } else if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        digits.parse::<i128>().ok()?
    } else {
        return None;
    };
    Some(if negative { -magnitude } else { magnitude })
}

fn integer(node: &Node, cx: &mut Diagnostics) -> Option<Spanned<i128>> {
    match scalar(node) {
        Some((text, Style::Plain)) => match parse_integer(text) {
            Some(value) => Some(Spanned { value, span: node.span }),
            None => {
                wrong_type(node, "an integer", cx);
                None
            }
        },
        Some((text, Style::Quoted)) if parse_integer(text).is_some() => {
            cx.error(Rule::WrongType, node.span, "expected an integer, found a string")
                .help("write the number without quotes")
                .emit();
            None
        }
        _ => {
            wrong_type(node, "an integer", cx);
            None
        }
    }
}

fn boolean(node: &Node, cx: &mut Diagnostics) -> Option<Spanned<bool>> {
    let value = match scalar(node) {
        Some(("true" | "True" | "TRUE", Style::Plain)) => true,
        Some(("false" | "False" | "FALSE", Style::Plain)) => false,
        _ => {
            wrong_type(node, "a boolean (`true` or `false`)", cx);
            return None;
        }
    };
    Some(Spanned { value, span: node.span })
}

fn keyword<T: Copy>(
    node: &Node,
    choices: &[(T, &str)],
    cx: &mut Diagnostics,
) -> Option<Spanned<T>> {
    let text = scalar(node).map(|(text, _)| text);
    if let Some((value, _)) = choices.iter().find(|(_, word)| Some(*word) == text) {
        return Some(Spanned { value: *value, span: node.span });
    }
    let words: Vec<&str> = choices.iter().map(|(_, w)| *w).collect();
    let found = text.map_or_else(|| node.type_name().to_owned(), |t| format!("`{t}`"));
    cx.error(
        Rule::WrongType,
        node.span,
        format!("expected one of {}, found {found}", words.join(", ")),
    )
    .emit();
    None
}

fn severity(node: &Node, cx: &mut Diagnostics) -> Option<Spanned<Severity>> {
    let choices = [
        (Severity::Info, "info"),
        (Severity::Warning, "warning"),
        (Severity::Error, "error"),
        (Severity::Fatal, "fatal"),
    ];
    keyword(node, &choices, cx)
}

fn deprecation(node: &Node, cx: &mut Diagnostics) -> Option<Spanned<Deprecation>> {
    let value = match scalar(node) {
        Some(("true" | "True" | "TRUE", Style::Plain)) => Deprecation::Plain,
        Some(("false" | "False" | "FALSE", Style::Plain)) => return None,
        Some((note, _)) => Deprecation::Note(note.to_owned()),
        None => {
            wrong_type(node, "`true` or a note", cx);
            return None;
        }
    };
    Some(Spanned { value, span: node.span })
}

fn list<'a>(node: &'a Node, cx: &mut Diagnostics) -> Option<&'a [Node]> {
    match &node.kind {
        NodeKind::Seq(items) => Some(items),
        _ => {
            wrong_type(node, "a list", cx);
            None
        }
    }
}

fn text(node: &Node, cx: &mut Diagnostics) -> Option<Text> {
    if let NodeKind::Map(pairs) = &node.kind {
        let mut by_language = Vec::with_capacity(pairs.len());
        for (key, value) in pairs {
            let (Some(lang), Some(value)) = (string(key, cx), string(value, cx)) else {
                continue;
            };
            by_language.push((lang, value));
        }
        return Some(Text::ByLanguage(by_language, node.span));
    }
    match scalar(node) {
        Some((text, _)) => Some(Text::Plain(Spanned { value: text.to_owned(), span: node.span })),
        None => {
            wrong_type(node, "a text or a language map", cx);
            None
        }
    }
}

fn range(node: &Node, cx: &mut Diagnostics) -> Option<Range> {
    let items = list(node, cx)?;
    let [lo, hi] = items else {
        cx.error(
            Rule::WrongType,
            node.span,
            format!("expected a range `[lo, hi]`, found a list of {}", items.len()),
        )
        .emit();
        return None;
    };
    let (lo, hi) = (integer(lo, cx), integer(hi, cx));
    Some(Range { lo: lo?, hi: hi?, span: node.span })
}

fn code_sets(node: &Node, cx: &mut Diagnostics) -> Vec<CodeSet> {
    let Some(items) = list(node, cx) else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| match item.kind {
            NodeKind::Seq(_) => range(item, cx).map(CodeSet::Range),
            _ => integer(item, cx).map(CodeSet::One),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_follow_the_yaml_core_schema() {
        assert_eq!(parse_integer("551"), Some(551));
        assert_eq!(parse_integer("-704"), Some(-704));
        assert_eq!(parse_integer("+7"), Some(7));
        assert_eq!(parse_integer("0x1F"), Some(31));
        assert_eq!(parse_integer("0o17"), Some(15));
        assert_eq!(parse_integer("1.5"), None);
        assert_eq!(parse_integer("12a"), None);
        assert_eq!(parse_integer("-"), None);
        assert_eq!(parse_integer(""), None);
    }

    #[test]
    fn typos_get_a_suggestion() {
        assert_eq!(closest("mesage", ENTRY_KEYS), Some("message"));
        assert_eq!(closest("htpp", ENTRY_KEYS), Some("http"));
        assert_eq!(closest("colour", ENTRY_KEYS), None);
    }
}
