//! The catalog keys that say how its errors go over the wire: `serde` (the
//! enum's serialized form, read with the other keywords), `body` (the JSON
//! field names of `errcat::ErrorBody`) and `problem` (the RFC 9457 `type` base).

use super::values::{string, Fields};
use super::Spanned;
use crate::diagnostic::{Diagnostics, Span};
use crate::format::{BodyKey, ProblemKey, SerdeForm};
use crate::yaml::Node;

/// `body: {code: Code, message: Message, name: Name, group: Group}`: the
/// field names given, in source order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BodyFields {
    pub fields: Vec<(BodyKey, Spanned<String>)>,
    pub span: Span,
}

impl BodyFields {
    /// The name given for `key`.
    pub fn get(&self, key: BodyKey) -> Option<&Spanned<String>> {
        self.fields.iter().find(|(k, _)| *k == key).map(|(_, name)| name)
    }
}

/// `problem: {type_base: "https://…/"}`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct ProblemFields {
    pub type_base: Option<Spanned<String>>,
}

/// The wire settings of a catalog, each optional.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Wire {
    pub serde: Option<Spanned<SerdeForm>>,
    pub body: Option<BodyFields>,
    pub problem: Option<ProblemFields>,
}

pub(super) fn body(node: &Node, cx: &mut Diagnostics) -> Option<BodyFields> {
    let fields = Fields::<BodyKey>::new(node, cx)?;
    let names = fields.values().filter_map(|(key, node)| Some((key, string(node, cx)?)));
    Some(BodyFields { fields: names.collect(), span: node.span })
}

pub(super) fn problem(node: &Node, cx: &mut Diagnostics) -> Option<ProblemFields> {
    let fields = Fields::<ProblemKey>::new(node, cx)?;
    let mut problem = ProblemFields::default();
    for (key, node) in fields.values() {
        match key {
            ProblemKey::TypeBase => problem.type_base = string(node, cx),
        }
    }
    Some(problem)
}
