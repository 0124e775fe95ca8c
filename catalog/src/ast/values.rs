//! Reading one mapping's keys and one value of each kind, reporting wrong
//! types, unknown keys, duplicate keys and missing keys.

use super::{ArgDecl, CodeSet, Range, Spanned, Text};
use crate::diagnostic::{Diagnostics, Rule};
use crate::format::{Deprecation, Key, Keyword};
use crate::suggest::closest;
use crate::yaml::{Node, NodeKind, Style};

/// The keys of one mapping, checked against the keys the format gives it.
pub(super) struct Fields<'a, K> {
    present: Vec<(K, &'a Node)>,
}

impl<'a, K: Key> Fields<'a, K> {
    /// Reads the keys of `node`, reporting unknown, repeated and missing ones;
    /// `None` (reported) when `node` is not a mapping.
    pub(super) fn new(node: &'a Node, cx: &mut Diagnostics) -> Option<Fields<'a, K>> {
        let what = K::MAPPING.what();
        let NodeKind::Map(map) = &node.kind else {
            wrong_type(node, &format!("a mapping for {what}"), cx);
            return None;
        };
        let mut present: Vec<(K, &Node)> = Vec::with_capacity(map.len());
        let mut spans = Vec::with_capacity(map.len());
        for (key_node, value) in map {
            let NodeKind::Scalar(name, _) = &key_node.kind else {
                cx.error(Rule::WrongType, key_node.span, "mapping keys must be plain names").emit();
                continue;
            };
            let Some(key) = K::from_word(name) else {
                let words: Vec<&str> = K::ALL.iter().map(|k| k.as_str()).collect();
                let report = cx.error(
                    Rule::UnknownKey,
                    key_node.span,
                    format!("unknown key `{name}` in {what}"),
                );
                match closest(name, &words) {
                    Some(best) => report.help(format!("did you mean `{best}`?")),
                    None => report.help(format!("the keys of {what} are: {}", words.join(", "))),
                }
                .emit();
                continue;
            };
            if let Some((_, first)) = spans.iter().find(|(k, _)| *k == key) {
                cx.error(Rule::DuplicateKey, key_node.span, format!("duplicate key `{name}`"))
                    .first(*first)
                    .help("remove one of the two")
                    .emit();
                continue;
            }
            spans.push((key, key_node.span));
            // A null value counts as absent.
            if !value.is_null() {
                present.push((key, value));
            }
        }
        for key in K::ALL.iter().filter(|k| k.spec().required) {
            if !present.iter().any(|(k, _)| k == key) {
                let key = key.as_str();
                cx.error(Rule::MissingKey, node.span, format!("missing key `{key}` in {what}"))
                    .help(format!("add `{key}:` to {what}"))
                    .emit();
            }
        }
        Some(Fields { present })
    }

    /// The keys with a value, in source order.
    pub(super) fn values(&self) -> impl Iterator<Item = (K, &'a Node)> + '_ {
        self.present.iter().copied()
    }

    /// Whether `key` has a value.
    pub(super) fn has(&self, key: K) -> bool {
        self.present.iter().any(|(k, _)| *k == key)
    }
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

pub(super) fn string(node: &Node, cx: &mut Diagnostics) -> Option<Spanned<String>> {
    match scalar(node) {
        Some((text, _)) => Some(Spanned { value: text.to_owned(), span: node.span }),
        None => {
            wrong_type(node, "a string", cx);
            None
        }
    }
}

/// Parses a YAML 1.2 core-schema integer: decimal, `0x` hex or `0o` octal.
fn parse_integer(text: &str) -> Option<i128> {
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

pub(super) fn integer(node: &Node, cx: &mut Diagnostics) -> Option<Spanned<i128>> {
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

pub(super) fn boolean(node: &Node, cx: &mut Diagnostics) -> Option<Spanned<bool>> {
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

pub(super) fn keyword<T: Keyword>(node: &Node, cx: &mut Diagnostics) -> Option<Spanned<T>> {
    let text = scalar(node).map(|(text, _)| text);
    if let Some(value) = T::ALL.iter().find(|k| Some(k.word()) == text) {
        return Some(Spanned { value: *value, span: node.span });
    }
    let words: Vec<&str> = T::ALL.iter().map(|k| k.word()).collect();
    let found = text.map_or_else(|| node.type_name().to_owned(), |t| format!("`{t}`"));
    cx.error(
        Rule::WrongType,
        node.span,
        format!("expected one of {}, found {found}", words.join(", ")),
    )
    .emit();
    None
}

pub(super) fn deprecation(node: &Node, cx: &mut Diagnostics) -> Option<Spanned<Deprecation>> {
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

pub(super) fn list<'a>(node: &'a Node, cx: &mut Diagnostics) -> Option<&'a [Node]> {
    match &node.kind {
        NodeKind::Seq(items) => Some(items),
        _ => {
            wrong_type(node, "a list", cx);
            None
        }
    }
}

pub(super) fn text(node: &Node, cx: &mut Diagnostics) -> Option<Text> {
    if let NodeKind::Map(pairs) = &node.kind {
        let mut by_language = Vec::with_capacity(pairs.len());
        for (key, value) in pairs {
            let (Some(lang), Some(value)) = (string(key, cx), string(value, cx)) else {
                continue;
            };
            by_language.push((lang, value));
        }
        return Some(Text::ByLanguage(by_language));
    }
    match scalar(node) {
        Some((text, _)) => Some(Text::Plain(Spanned { value: text.to_owned(), span: node.span })),
        None => {
            wrong_type(node, "a text or a language map", cx);
            None
        }
    }
}

/// `args: {name: type}`: names and types as written, in source order.
pub(super) fn arguments(node: &Node, cx: &mut Diagnostics) -> Option<Spanned<Vec<ArgDecl>>> {
    let NodeKind::Map(pairs) = &node.kind else {
        wrong_type(node, "a mapping from argument names to types", cx);
        return None;
    };
    let mut args = Vec::with_capacity(pairs.len());
    for (name, ty) in pairs {
        if let (Some(name), Some(ty)) = (string(name, cx), string(ty, cx)) {
            args.push(ArgDecl { name, ty });
        }
    }
    Some(Spanned { value: args, span: node.span })
}

pub(super) fn range(node: &Node, cx: &mut Diagnostics) -> Option<Range> {
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

pub(super) fn code_sets(node: &Node, cx: &mut Diagnostics) -> Vec<CodeSet> {
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
    use super::parse_integer;

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
}
