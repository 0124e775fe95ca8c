//! The catalog keys that say how its errors go over the wire: `serde` (the
//! enum's serialized form, read with the other keywords), `body` (the JSON
//! field names of `errcat::ErrorBody`) and `problem` (the RFC 9457 `type` base).

use super::values::{keyword, list, string, MappingKeys};
use super::Spanned;
use crate::diagnostic::{Diagnostics, Span};
use crate::format::Key as _;
use crate::format::{BodyKey, ProblemKey, ProblemType, SerdeForm};
use crate::model::BodyPart;
use crate::yaml::{Node, NodeKind, Style};

/// `body: {code: Code, message: Message, name: Name, group: Group}`: the
/// field names given, in source order, for errcat's parts and for declared
/// fields.
/// A part set to `false` is left out of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BodyFields {
    pub fields: Vec<(Spanned<BodyPart>, Option<Spanned<String>>)>,
    pub span: Span,
}

impl BodyFields {
    /// The name given for `key`.
    pub fn get(&self, key: BodyKey) -> Option<&Spanned<String>> {
        self.fields
            .iter()
            .find(|(k, _)| k.value == BodyPart::Key(key))
            .and_then(|(_, name)| name.as_ref())
    }

    /// Whether `body` names `key` or leaves it out.
    pub fn lists(&self, key: BodyKey) -> bool {
        self.fields.iter().any(|(k, _)| k.value == BodyPart::Key(key))
    }
}

/// `problem: {type_base: "https://…/", type: help_url, members: [kind]}`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct ProblemFields {
    pub type_base: Option<Spanned<String>>,
    pub type_from: Option<Spanned<ProblemType>>,
    pub members: Option<Spanned<Vec<Spanned<String>>>>,
}

/// The wire settings of a catalog, each optional.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Wire {
    pub serde: Option<Spanned<SerdeForm>>,
    pub body: Option<BodyFields>,
    pub problem: Option<ProblemFields>,
}

pub(super) fn body(node: &Node, declared: &[&str], cx: &mut Diagnostics) -> Option<BodyFields> {
    let keys = MappingKeys::<BodyKey>::with_declared(node, declared, cx)?;
    let NodeKind::Map(pairs) = &node.kind else { return None };
    // In source order, errcat's parts and declared fields alike: the order
    // of the members in the body.
    let mut fields = Vec::with_capacity(pairs.len());
    for (key, value) in pairs {
        let NodeKind::Scalar(word, _) = &key.kind else { continue };
        let word: &str = word;
        let part = match BodyKey::from_word(word) {
            Some(part) if keys.has(part) => BodyPart::Key(part),
            None if keys.declared().iter().any(|(name, _)| name.value == word) => {
                BodyPart::Field(word.to_owned())
            }
            _ => continue,
        };
        if fields.iter().any(|(seen, _): &(Spanned<BodyPart>, _)| seen.value == part) {
            continue;
        }
        let part = Spanned { value: part, span: key.span };
        if matches!(&value.kind, NodeKind::Scalar(word, Style::Plain) if word == "false") {
            fields.push((part, None));
        } else if let Some(name) = string(value, cx) {
            fields.push((part, Some(name)));
        }
    }
    Some(BodyFields { fields, span: node.span })
}

pub(super) fn problem(node: &Node, cx: &mut Diagnostics) -> Option<ProblemFields> {
    let fields = MappingKeys::<ProblemKey>::new(node, cx)?;
    let mut problem = ProblemFields::default();
    for (key, node) in fields.values() {
        match key {
            ProblemKey::TypeBase => problem.type_base = string(node, cx),
            ProblemKey::Type => problem.type_from = keyword(node, cx),
            ProblemKey::Members => {
                problem.members = list(node, cx).map(|items| Spanned {
                    value: items.iter().filter_map(|item| string(item, cx)).collect(),
                    span: node.span,
                });
            }
        }
    }
    Some(problem)
}
