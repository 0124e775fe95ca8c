//! The catalog keys that say how its errors go over the wire: `serde` (the
//! enum's serialized form), `body` (the JSON field names of
//! `errcat::ErrorBody`) and `problem` (the RFC 9457 `type` base).

use super::{keyword, string, Fields, Spanned};
use crate::diagnostic::{Diagnostics, Span};
use crate::yaml::Node;

/// How the enum is serialized.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SerdeForm {
    /// As its code, a number (the default).
    Code,
    /// As its `name()`, a string.
    Name,
    /// Not at all: errcat generates no serde impls for this enum, so the
    /// crate can write its own.
    None,
}

/// `body: {code: Code, message: Message, name: Name, group: Group}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyFields {
    pub code: Option<Spanned<String>>,
    pub message: Option<Spanned<String>>,
    pub name: Option<Spanned<String>>,
    pub group: Option<Spanned<String>>,
    pub span: Span,
}

/// `problem: {type_base: "https://…/"}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProblemFields {
    pub type_base: Option<Spanned<String>>,
    pub span: Span,
}

/// The wire settings of a catalog, each optional.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Wire {
    pub serde: Option<Spanned<SerdeForm>>,
    pub body: Option<BodyFields>,
    pub problem: Option<ProblemFields>,
}

pub(crate) const BODY_KEYS: &[&str] = &["code", "message", "name", "group"];
pub(crate) const PROBLEM_KEYS: &[&str] = &["type_base"];

pub(super) fn read(fields: &Fields<'_>, cx: &mut Diagnostics) -> Wire {
    Wire {
        serde: fields.get("serde").and_then(|n| {
            let forms =
                [(SerdeForm::Code, "code"), (SerdeForm::Name, "name"), (SerdeForm::None, "none")];
            keyword(n, &forms, cx)
        }),
        body: fields.get("body").and_then(|n| body(n, cx)),
        problem: fields.get("problem").and_then(|n| problem(n, cx)),
    }
}

fn body(node: &Node, cx: &mut Diagnostics) -> Option<BodyFields> {
    let fields = Fields::new(node, "`body`", BODY_KEYS, cx)?;
    let mut field = |key| fields.get(key).and_then(|n| string(n, cx));
    Some(BodyFields {
        code: field("code"),
        message: field("message"),
        name: field("name"),
        group: field("group"),
        span: node.span,
    })
}

fn problem(node: &Node, cx: &mut Diagnostics) -> Option<ProblemFields> {
    let fields = Fields::new(node, "`problem`", PROBLEM_KEYS, cx)?;
    Some(ProblemFields {
        type_base: fields.get("type_base").and_then(|n| string(n, cx)),
        span: node.span,
    })
}
