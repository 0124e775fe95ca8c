//! Declared fields, for code that does not know the catalog:
//! [`ErrorCode::FIELDS`](crate::ErrorCode::FIELDS) lists them and
//! [`ErrorCode::field`](crate::ErrorCode::field) reads one by name.

use core::fmt;

/// The type of a declared field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldType {
    /// Text (`type: string`): the accessor returns `&'static str`. Not
    /// named `String`: a public item of that name would make rustc spell
    /// `std::string::String` in full in its users' error messages.
    Str,
    /// `bool`.
    Bool,
    /// `i64`.
    Int,
    /// One of these snake_case words: the accessor returns a generated enum.
    Enum(&'static [&'static str]),
}

/// A field the catalog declares under `fields:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Field {
    name: &'static str,
    ty: FieldType,
    optional: bool,
}

impl Field {
    #[doc(hidden)]
    #[must_use]
    pub const fn __new(name: &'static str, ty: FieldType, optional: bool) -> Field {
        Field { name, ty, optional }
    }

    /// The field's name: its key in the catalog, and its accessor.
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// Its type.
    #[must_use]
    pub const fn ty(&self) -> FieldType {
        self.ty
    }

    /// Whether an entry may have no value (the field has neither a default
    /// nor `required`): its accessor returns an `Option`.
    #[must_use]
    pub const fn is_optional(&self) -> bool {
        self.optional
    }
}

/// An entry's value of a declared field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldValue {
    /// A `string` field's text.
    Str(&'static str),
    /// A `bool` field's value.
    Bool(bool),
    /// An `int` field's value.
    Int(i64),
    /// An `enum` field's word, as the catalog writes it.
    Enum(&'static str),
}

impl FieldValue {
    /// The text of a `string` or `enum` value.
    #[must_use]
    pub const fn as_str(self) -> Option<&'static str> {
        match self {
            FieldValue::Str(text) | FieldValue::Enum(text) => Some(text),
            FieldValue::Bool(_) | FieldValue::Int(_) => None,
        }
    }
}

/// The value as a catalog writes it: the text or word, `true`, `42`.
impl fmt::Display for FieldValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldValue::Str(text) | FieldValue::Enum(text) => f.write_str(text),
            FieldValue::Bool(flag) => write!(f, "{flag}"),
            FieldValue::Int(number) => write!(f, "{number}"),
        }
    }
}

/// The plain JSON value: a string, a boolean or a number.
#[cfg(feature = "serde")]
impl serde::Serialize for FieldValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            FieldValue::Str(text) | FieldValue::Enum(text) => serializer.serialize_str(text),
            FieldValue::Bool(flag) => serializer.serialize_bool(*flag),
            FieldValue::Int(number) => serializer.serialize_i64(*number),
        }
    }
}
