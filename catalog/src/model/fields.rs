//! Declared fields, resolved: each declaration with its type and default,
//! and each entry's value (the entry's own, else its group's, else the
//! default).

use heck::ToUpperCamelCase as _;

use crate::ast::{self, FieldSetting, Literal};
use crate::format::FieldType;

/// A field the catalog declares under `fields:`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// snake_case name: the key, and the accessor.
    pub name: String,
    /// Its type.
    pub ty: FieldType,
    /// What it is.
    pub doc: Option<String>,
    /// The value of entries that set none.
    pub default: Option<FieldValue>,
    /// Whether every entry sets it.
    pub required: bool,
    /// Whether `errcat diff` calls a change of it breaking.
    pub breaking: bool,
    /// `string`: the regular expression every value matches.
    pub pattern: Option<String>,
    /// `enum`: the words, in order.
    pub values: Vec<String>,
    /// `int`: the bounds.
    pub min: Option<i64>,
    /// `int`: the bounds.
    pub max: Option<i64>,
}

impl Field {
    /// Whether the accessor returns an `Option`: the field has neither a
    /// default nor `required`, so an entry may have no value.
    pub fn is_optional(&self) -> bool {
        self.default.is_none() && !self.required
    }

    /// The name of an `enum` field's generated type: the catalog's name and
    /// the field's, `StoreErrorKind`.
    pub fn enum_name(&self, catalog: &str) -> String {
        format!("{catalog}{}", self.name.to_upper_camel_case())
    }

    /// The variant of an `enum` field's type for `word`.
    pub fn variant(word: &str) -> String {
        word.to_upper_camel_case()
    }

    pub(super) fn build(declaration: &ast::FieldDecl) -> Option<Field> {
        let ty = declaration.ty.as_ref()?.value;
        let bound =
            |b: &Option<ast::Spanned<i128>>| b.as_ref().and_then(|b| i64::try_from(b.value).ok());
        Some(Field {
            name: declaration.name.value.clone(),
            ty,
            doc: declaration.doc.as_ref().map(|d| d.value.clone()),
            default: declaration.default.as_ref().and_then(|d| FieldValue::of(ty, &d.value)),
            required: declaration.required.as_ref().is_some_and(|r| r.value),
            breaking: declaration.breaking.as_ref().map_or(true, |b| b.value),
            pattern: declaration.pattern.as_ref().map(|p| p.value.clone()),
            values: declaration
                .values
                .iter()
                .flat_map(|v| &v.value)
                .map(|v| v.value.clone())
                .collect(),
            min: bound(&declaration.min),
            max: bound(&declaration.max),
        })
    }
}

/// An entry's value of a declared field.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FieldValue {
    /// A `string` field's text.
    Str(String),
    /// A `bool` field's value.
    Bool(bool),
    /// An `int` field's value.
    Int(i64),
    /// An `enum` field's word.
    Word(String),
}

impl FieldValue {
    /// `literal` as a value of a field of type `ty`; `None` when validation
    /// would have rejected it.
    pub(crate) fn of(ty: FieldType, literal: &Literal) -> Option<FieldValue> {
        match (ty, literal) {
            (FieldType::String, Literal::Str(text)) => Some(FieldValue::Str(text.clone())),
            (FieldType::Enum, Literal::Str(word)) => Some(FieldValue::Word(word.clone())),
            (FieldType::Bool, Literal::Bool(flag)) => Some(FieldValue::Bool(*flag)),
            (FieldType::Int, Literal::Int(number)) => {
                i64::try_from(*number).ok().map(FieldValue::Int)
            }
            _ => None,
        }
    }

    /// The value as text: the string or word itself, `true`, `42`.
    pub fn to_text(&self) -> String {
        match self {
            FieldValue::Str(text) | FieldValue::Word(text) => text.clone(),
            FieldValue::Bool(flag) => flag.to_string(),
            FieldValue::Int(number) => number.to_string(),
        }
    }
}

/// Each declared field's value for one entry, in declaration order.
pub(super) fn values(
    fields: &[Field],
    entry: &[FieldSetting],
    group: &[FieldSetting],
) -> Vec<Option<FieldValue>> {
    fields
        .iter()
        .map(|field| {
            let set = |settings: &[FieldSetting]| {
                settings
                    .iter()
                    .find(|s| s.name.value == field.name)
                    .and_then(|s| FieldValue::of(field.ty, &s.value.value))
            };
            set(entry).or_else(|| set(group)).or_else(|| field.default.clone())
        })
        .collect()
}
