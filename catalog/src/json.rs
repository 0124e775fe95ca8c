//! A JSON value and its pretty printer, for the JSON Schema: errcat-catalog
//! is built into every user's proc macro, so it does not pull in serde_json
//! for one document that only the CLI prints.

use std::fmt::{self, Write as _};

/// A JSON value; objects keep their members in insertion order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json {
    /// `null` (only exports write it).
    #[cfg_attr(not(feature = "export"), allow(dead_code))]
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// An integer.
    Int(i128),
    /// A string.
    Str(String),
    /// An array.
    Array(Vec<Json>),
    /// An object.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// An object from `(key, value)` pairs.
    pub fn object<'k>(members: impl IntoIterator<Item = (&'k str, Json)>) -> Json {
        Json::Object(members.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
    }

    /// A string.
    pub fn str(text: &str) -> Json {
        Json::Str(text.to_owned())
    }

    /// An array of strings.
    pub fn strings<'s>(items: impl IntoIterator<Item = &'s str>) -> Json {
        Json::Array(items.into_iter().map(Json::str).collect())
    }

    fn write(&self, out: &mut String, indent: usize) {
        let pad = |out: &mut String, level: usize| out.push_str(&"  ".repeat(level));
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(flag) => {
                let _ = write!(out, "{flag}");
            }
            Json::Int(number) => {
                let _ = write!(out, "{number}");
            }
            Json::Str(text) => write_string(out, text),
            Json::Array(items) if items.iter().all(Json::is_scalar) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    out.push_str(if i == 0 { "" } else { ", " });
                    item.write(out, indent);
                }
                out.push(']');
            }
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    out.push_str(if i == 0 { "\n" } else { ",\n" });
                    pad(out, indent + 1);
                    item.write(out, indent + 1);
                }
                out.push('\n');
                pad(out, indent);
                out.push(']');
            }
            Json::Object(members) if members.is_empty() => out.push_str("{}"),
            Json::Object(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    out.push_str(if i == 0 { "\n" } else { ",\n" });
                    pad(out, indent + 1);
                    write_string(out, key);
                    out.push_str(": ");
                    value.write(out, indent + 1);
                }
                out.push('\n');
                pad(out, indent);
                out.push('}');
            }
        }
    }

    fn is_scalar(&self) -> bool {
        !matches!(self, Json::Array(_) | Json::Object(_))
    }
}

/// Pretty-printed, two spaces an indentation level, arrays of scalars on one line.
impl fmt::Display for Json {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        self.write(&mut out, 0);
        f.write_str(&out)
    }
}

/// A JSON string literal, with no character of
/// [`crate::escape::never_raw`] written raw.
fn write_string(out: &mut String, text: &str) {
    out.push_str(&crate::escape::quoted(text, crate::escape::Syntax::Json));
}

#[cfg(test)]
mod tests {
    use super::Json;

    #[test]
    fn prints_nested_values_and_escapes_strings() {
        let value = Json::object([
            ("a", Json::strings(["x", "y"])),
            ("b", Json::object([("c", Json::Int(-1)), ("d", Json::Bool(true))])),
            ("e", Json::str("q\"\\\n\u{1}é")),
            ("f", Json::Array(vec![Json::object([])])),
        ]);
        let expected = "{\n  \"a\": [\"x\", \"y\"],\n  \"b\": {\n    \"c\": -1,\n    \"d\": true\n  },\n  \"e\": \"q\\\"\\\\\\n\\u0001é\",\n  \"f\": [\n    {}\n  ]\n}";
        assert_eq!(value.to_string(), expected);
    }
}
