//! Reading one mapping's keys and one value of each kind, reporting wrong
//! types, unknown keys, duplicate keys and missing keys.

use super::{ArgDecl, CodeSet, Range, Spanned, Text};
use crate::diagnostic::{Diagnostics, Rule, Span};
use crate::format::{Deprecation, Key, Keyword, Mapping};
use crate::suggest::closest;
use crate::yaml::{Node, NodeKind, Style};

/// The keys of one mapping, checked against the keys the format gives it
/// and, for groups, entries and `body`, the fields the catalog declares.
pub(super) struct MappingKeys<'a, K> {
    present: Vec<(K, &'a Node<'a>)>,
    declared: Vec<(Spanned<String>, &'a Node<'a>)>,
}

impl<'a, K: Key> MappingKeys<'a, K> {
    /// Reads the keys of `node`, reporting unknown, repeated and missing ones;
    /// `None` (reported) when `node` is not a mapping.
    pub(super) fn new(node: &'a Node, cx: &mut Diagnostics) -> Option<MappingKeys<'a, K>> {
        MappingKeys::with_declared(node, &[], cx)
    }

    /// As [`new`](Self::new), where a key named in `declared` (a field the
    /// catalog declares) is read too, and an unknown key's help says how to
    /// declare it.
    pub(super) fn with_declared(
        node: &'a Node,
        declared: &[&str],
        cx: &mut Diagnostics,
    ) -> Option<MappingKeys<'a, K>> {
        let what = K::MAPPING.what();
        let NodeKind::Map(map) = &node.kind else {
            wrong_type(node, &format!("a mapping for {what}"), cx);
            return None;
        };
        let mut keys = MappingKeys { present: Vec::with_capacity(map.len()), declared: Vec::new() };
        let mut seen: Vec<(&str, Span)> = Vec::with_capacity(map.len());
        for (key_node, value) in map {
            let NodeKind::Scalar(name, _) = &key_node.kind else {
                cx.error(Rule::WrongType, key_node.span, "mapping keys must be plain names").emit();
                continue;
            };
            let name: &str = name;
            let key = K::from_word(name);
            if key.is_none() && !declared.contains(&name) {
                unknown_key::<K>(name, key_node.span, declared, cx);
                continue;
            }
            if let Some((_, first)) = seen.iter().find(|(seen, _)| *seen == name) {
                cx.error(Rule::DuplicateKey, key_node.span, format!("duplicate key `{name}`"))
                    .first(*first)
                    .help("remove one of the two")
                    .emit();
                continue;
            }
            seen.push((name, key_node.span));
            // A null value counts as absent.
            if value.is_null() {
                continue;
            }
            match key {
                Some(key) => keys.present.push((key, value)),
                None => {
                    let name = Spanned { value: name.to_owned(), span: key_node.span };
                    keys.declared.push((name, value));
                }
            }
        }
        for key in K::ALL.iter().filter(|k| k.spec().required) {
            if !keys.has(*key) {
                let key = key.as_str();
                cx.error(Rule::MissingKey, node.span, format!("missing key `{key}` in {what}"))
                    .help(format!("add `{key}:` to {what}"))
                    .emit();
            }
        }
        Some(keys)
    }

    /// The keys with a value, in source order.
    pub(super) fn values(&self) -> impl Iterator<Item = (K, &'a Node<'a>)> + '_ {
        self.present.iter().copied()
    }

    /// The value of `key`, if it has one.
    pub(super) fn get(&self, key: K) -> Option<&'a Node<'a>> {
        self.present.iter().find(|(k, _)| *k == key).map(|(_, node)| *node)
    }

    /// Whether `key` has a value.
    pub(super) fn has(&self, key: K) -> bool {
        self.get(key).is_some()
    }

    /// The declared fields with a value, in source order.
    pub(super) fn declared(&self) -> &[(Spanned<String>, &'a Node<'a>)] {
        &self.declared
    }
}

/// Reports a key that is neither the mapping's nor a declared field, with
/// the nearest of both.
fn unknown_key<K: Key>(name: &str, span: Span, declared: &[&str], cx: &mut Diagnostics) {
    let what = K::MAPPING.what();
    let mut words: Vec<&str> = K::ALL.iter().map(|k| k.as_str()).collect();
    words.extend_from_slice(declared);
    let report = cx.error(Rule::UnknownKey, span, format!("unknown key `{name}` in {what}"));
    let takes_fields = matches!(K::MAPPING, Mapping::Group | Mapping::Entry);
    let declare =
        if takes_fields { format!(", or declare `{name}` under `fields:`") } else { String::new() };
    match closest(name, &words) {
        Some(best) => report.help(format!("did you mean `{best}`{declare}?")),
        None => report.help(format!("the keys of {what} are: {}{declare}", words.join(", "))),
    }
    .emit();
}

pub(super) fn wrong_type(node: &Node, expected: &str, cx: &mut Diagnostics) {
    let found = node.type_name();
    cx.error(Rule::WrongType, node.span, format!("expected {expected}, found {found}")).emit();
}

pub(super) fn scalar<'a>(node: &'a Node<'_>) -> Option<(&'a str, Style)> {
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
pub(super) fn parse_integer(text: &str) -> Option<i128> {
    // Slice patterns and a digit loop: `strip_prefix` runs a pattern
    // searcher and `parse` a generic routine, which at opt-level 0 (the
    // macro as users build it) cost more than the rest of reading a code.
    let (negative, digits) = match text.as_bytes() {
        [b'-', ..] => (true, text.get(1..)?),
        [b'+', ..] => (false, text.get(1..)?),
        _ => (false, text),
    };
    let magnitude = match digits.as_bytes() {
        [b'0', b'x', ..] => i128::from_str_radix(digits.get(2..)?, 16).ok()?,
        [b'0', b'o', ..] => i128::from_str_radix(digits.get(2..)?, 8).ok()?,
        [] => return None,
        decimal => {
            let mut value: i128 = 0;
            for &byte in decimal {
                if !byte.is_ascii_digit() {
                    return None;
                }
                value = value.checked_mul(10)?.checked_add(i128::from(byte - b'0'))?;
            }
            value
        }
    };
    // `0x-8…` reads as i128::MIN, whose negation does not exist.
    if negative {
        magnitude.checked_neg()
    } else {
        Some(magnitude)
    }
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
    let report = cx.error(
        Rule::WrongType,
        node.span,
        format!("expected one of {}, found {found}", words.join(", ")),
    );
    // `NotFound` and `not_found` are `NOT_FOUND` in another spelling.
    let folded = |word: &str| word.replace(['_', '-'], "").to_ascii_lowercase();
    let respelt = text.and_then(|t| words.iter().find(|w| folded(w) == folded(t)));
    match respelt.copied().or_else(|| text.and_then(|t| closest(t, &words))) {
        Some(best) => report.help(format!("did you mean `{best}`?")),
        None => report,
    }
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

pub(super) fn list<'a, 'src>(
    node: &'a Node<'src>,
    cx: &mut Diagnostics,
) -> Option<&'a [Node<'src>]> {
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
        assert_eq!(parse_integer("+-5"), None);
        assert_eq!(parse_integer("170141183460469231731687303715884105727"), Some(i128::MAX));
        assert_eq!(parse_integer("170141183460469231731687303715884105728"), None);
        assert_eq!(parse_integer("-0x-80000000000000000000000000000000"), None, "no panic");
    }
}
