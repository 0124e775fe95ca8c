//! The enum's `Serialize` and `Deserialize`, generic over catalogs: by code
//! (a number) or, with `serde: name` in the catalog, by `name()` (a string).

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::{Serialize, Serializer};

use crate::ErrorCode;

/// Serializes `error` in the catalog's form.
///
/// # Errors
/// Whatever the serializer reports.
pub fn serialize<E, S>(error: E, serializer: S) -> Result<S::Ok, S::Error>
where
    E: ErrorCode,
    E::Repr: Serialize,
    S: Serializer,
{
    if E::WIRE.by_name() {
        serializer.serialize_str(error.name())
    } else {
        error.code().serialize(serializer)
    }
}

/// Deserializes an entry in the catalog's form; a code or name that the
/// catalog does not define is an error naming it.
///
/// # Errors
/// Malformed input, or an unknown code or name.
pub fn deserialize<'de, E, D>(deserializer: D) -> Result<E, D::Error>
where
    E: ErrorCode,
    E::Repr: Deserialize<'de> + fmt::Display,
    D: Deserializer<'de>,
{
    if E::WIRE.by_name() {
        deserializer.deserialize_str(NameVisitor(PhantomData))
    } else {
        let code = E::Repr::deserialize(deserializer)?;
        E::from_wire_code(code)
            .ok_or_else(|| de::Error::custom(format_args!("unknown error code {code}")))
    }
}

struct NameVisitor<E>(PhantomData<E>);

impl<E: ErrorCode> Visitor<'_> for NameVisitor<E> {
    type Value = E;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("the name of an error code")
    }

    fn visit_str<Err: de::Error>(self, name: &str) -> Result<E, Err> {
        E::from_name(name).ok_or_else(|| Err::custom(format_args!("unknown error name {name:?}")))
    }
}
