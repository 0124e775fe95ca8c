//! Declared fields as written: `fields:` at the catalog's root, and the
//! values that groups and entries set for them. Each value is read as the
//! YAML scalar it is (a string, a boolean or an integer); `validate` checks
//! it against its declaration.

use super::values::{
    boolean, integer, keyword, list, parse_integer, scalar, string, wrong_type, MappingKeys,
};
use super::Spanned;
use crate::diagnostic::{Diagnostics, Span};
use crate::format::{FieldKey, FieldType};
use crate::yaml::{Node, NodeKind, Style};

/// A field's value as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Literal {
    /// A quoted scalar, or a plain one that is neither a boolean nor an integer.
    Str(String),
    /// `true` or `false`, unquoted.
    Bool(bool),
    /// An unquoted integer.
    Int(i128),
}

impl Literal {
    /// What the value is, for "expected an integer, found a string".
    pub fn type_name(&self) -> &'static str {
        match self {
            Literal::Str(_) => "a string",
            Literal::Bool(_) => "a boolean",
            Literal::Int(_) => "an integer",
        }
    }
}

/// One declaration of `fields:`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FieldDecl {
    pub name: Spanned<String>,
    pub ty: Option<Spanned<FieldType>>,
    pub doc: Option<Spanned<String>>,
    pub default: Option<Spanned<Literal>>,
    pub required: Option<Spanned<bool>>,
    pub pattern: Option<Spanned<String>>,
    pub values: Option<Spanned<Vec<Spanned<String>>>>,
    pub min: Option<Spanned<i128>>,
    pub max: Option<Spanned<i128>>,
    pub breaking: Option<Spanned<bool>>,
    /// The declaration's mapping.
    pub span: Span,
}

/// A value a group or an entry sets for a declared field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FieldSetting {
    pub name: Spanned<String>,
    pub value: Spanned<Literal>,
}

/// `fields: {name: {type: …}, …}`, in source order.
pub(super) fn declarations(node: &Node, cx: &mut Diagnostics) -> Option<Spanned<Vec<FieldDecl>>> {
    let NodeKind::Map(pairs) = &node.kind else {
        wrong_type(node, "a mapping from field names to declarations", cx);
        return None;
    };
    let mut declarations = Vec::with_capacity(pairs.len());
    for (name, body) in pairs {
        let Some(name) = string(name, cx) else { continue };
        if let Some(declaration) = declaration(name, body, cx) {
            declarations.push(declaration);
        }
    }
    Some(Spanned { value: declarations, span: node.span })
}

fn declaration(name: Spanned<String>, node: &Node, cx: &mut Diagnostics) -> Option<FieldDecl> {
    let keys = MappingKeys::<FieldKey>::new(node, cx)?;
    let mut declaration = FieldDecl {
        name,
        ty: None,
        doc: None,
        default: None,
        required: None,
        pattern: None,
        values: None,
        min: None,
        max: None,
        breaking: None,
        span: node.span,
    };
    for (key, node) in keys.values() {
        match key {
            FieldKey::Type => declaration.ty = keyword(node, cx),
            FieldKey::Doc => declaration.doc = string(node, cx),
            FieldKey::Default => declaration.default = literal(node, cx),
            FieldKey::Required => declaration.required = boolean(node, cx),
            FieldKey::Pattern => declaration.pattern = string(node, cx),
            FieldKey::Values => {
                declaration.values = list(node, cx).map(|items| Spanned {
                    value: items.iter().filter_map(|item| string(item, cx)).collect(),
                    span: node.span,
                });
            }
            FieldKey::Min => declaration.min = integer(node, cx),
            FieldKey::Max => declaration.max = integer(node, cx),
            FieldKey::Breaking => declaration.breaking = boolean(node, cx),
        }
    }
    Some(declaration)
}

/// A field value: any scalar, typed by how YAML's core schema reads it.
pub(super) fn literal(node: &Node, cx: &mut Diagnostics) -> Option<Spanned<Literal>> {
    let Some((text, style)) = scalar(node) else {
        wrong_type(node, "a string, a boolean or an integer", cx);
        return None;
    };
    let value = match (text, style) {
        ("true" | "True" | "TRUE", Style::Plain) => Literal::Bool(true),
        ("false" | "False" | "FALSE", Style::Plain) => Literal::Bool(false),
        (text, Style::Plain) => {
            parse_integer(text).map_or_else(|| Literal::Str(text.to_owned()), Literal::Int)
        }
        (text, _) => Literal::Str(text.to_owned()),
    };
    Some(Spanned { value, span: node.span })
}

/// The declared fields a group or an entry sets.
pub(super) fn settings<K>(keys: &MappingKeys<'_, K>, cx: &mut Diagnostics) -> Vec<FieldSetting>
where
    K: crate::format::Key,
{
    keys.declared()
        .iter()
        .filter_map(|(name, node)| {
            Some(FieldSetting { name: name.clone(), value: literal(node, cx)? })
        })
        .collect()
}
