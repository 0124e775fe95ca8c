//! A JSON value as YAML: block mappings and sequences, every string
//! double-quoted with the escapes YAML shares with JSON (so any text reads
//! back as itself), keys plain when they are simple words.

use std::fmt::Write as _;

use crate::json::Json;

/// `value` as a YAML document.
pub(super) fn to_yaml(value: &Json) -> String {
    let mut out = String::new();
    match value {
        Json::Object(members) if !members.is_empty() => mapping(&mut out, members, 0),
        Json::Array(items) if !items.is_empty() => sequence(&mut out, items, 0),
        scalar => {
            write_scalar(&mut out, scalar);
            out.push('\n');
        }
    }
    out
}

fn mapping(out: &mut String, members: &[(String, Json)], indent: usize) {
    for (key, value) in members {
        out.push_str(&"  ".repeat(indent));
        write_key(out, key);
        out.push(':');
        block(out, value, indent);
    }
}

fn sequence(out: &mut String, items: &[Json], indent: usize) {
    for item in items {
        out.push_str(&"  ".repeat(indent));
        out.push('-');
        match item {
            // `- key: value` with the mapping's other keys under the first.
            Json::Object(members) if !members.is_empty() => {
                let mut nested = String::new();
                mapping(&mut nested, members, indent + 1);
                out.push(' ');
                out.push_str(nested.trim_start());
            }
            item => block(out, item, indent),
        }
    }
}

/// What follows `key:` or `-`: a scalar on the line, or a nested block.
fn block(out: &mut String, value: &Json, indent: usize) {
    match value {
        Json::Object(members) if !members.is_empty() => {
            out.push('\n');
            mapping(out, members, indent + 1);
        }
        Json::Array(items) if !items.is_empty() => {
            out.push('\n');
            sequence(out, items, indent + 1);
        }
        scalar => {
            out.push(' ');
            write_scalar(out, scalar);
            out.push('\n');
        }
    }
}

fn write_scalar(out: &mut String, value: &Json) {
    match value {
        Json::Null => out.push_str("null"),
        Json::Bool(flag) => {
            let _ = write!(out, "{flag}");
        }
        Json::Int(number) => {
            let _ = write!(out, "{number}");
        }
        Json::Str(text) => write_string(out, text),
        Json::Array(_) => out.push_str("[]"),
        Json::Object(_) => out.push_str("{}"),
    }
}

fn write_key(out: &mut String, key: &str) {
    let plain = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && key.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/'))
        && !matches!(
            key.to_ascii_lowercase().as_str(),
            "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n"
        );
    if plain {
        out.push_str(key);
    } else {
        write_string(out, key);
    }
}

/// A double-quoted YAML scalar: YAML reads JSON's escapes, so JSON's string.
fn write_string(out: &mut String, text: &str) {
    out.push_str(&crate::escape::quoted(text, crate::escape::Syntax::Json));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_values_and_strings() {
        let value = Json::object([
            ("openapi", Json::str("3.1.0")),
            (
                "list",
                Json::Array(vec![
                    Json::object([("a", Json::Int(1)), ("b", Json::Null)]),
                    Json::str("x: y"),
                ]),
            ),
            ("$ref", Json::str("q\"\\\n\u{0}\u{202e}")),
            ("empty", Json::object([])),
        ]);
        assert_eq!(
            to_yaml(&value),
            "openapi: \"3.1.0\"\nlist:\n  - a: 1\n    b: null\n  - \"x: y\"\n\"$ref\": \"q\\\"\\\\\\n\\u0000\\u202e\"\nempty: {}\n"
        );
    }
}
