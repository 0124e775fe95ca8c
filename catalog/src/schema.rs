//! A JSON Schema of the catalog format, for editors with a YAML language
//! server (completion and checks as you type). `errcat schema` prints it and
//! `catalog/schema.json` is a committed copy; tests keep both in step with
//! the keys the reader accepts.

/// The JSON Schema (draft 2020-12) of a catalog file.
pub const JSON_SCHEMA: &str = r##"{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://errcat.invalid/catalog.schema.json",
  "title": "errcat catalog",
  "description": "An error-code catalog for errcat: the enum name, its codes, texts in several languages, HTTP statuses and groups with code ranges.",
  "type": "object",
  "required": ["name"],
  "additionalProperties": false,
  "properties": {
    "name": { "type": "string", "pattern": "^[A-Z][A-Za-z0-9]*$", "description": "The enum's name, an UpperCamelCase Rust identifier." },
    "description": { "$ref": "#/$defs/text" },
    "repr": { "enum": ["i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64"], "description": "Integer type of the codes (default i32)." },
    "languages": { "type": "array", "items": { "type": "string" }, "minItems": 1, "uniqueItems": true, "description": "Languages of the texts; the first is the default (default [en])." },
    "display": { "type": "string", "description": "Display template with {code} {name} {message} {group}; {{ and }} are literal braces." },
    "http": { "$ref": "#/$defs/http" },
    "severity": { "$ref": "#/$defs/severity" },
    "strip_prefix": { "type": "string", "description": "Removed from each name before deriving the variant identifier." },
    "exhaustive": { "type": "boolean", "description": "true drops #[non_exhaustive] from the generated enums." },
    "discriminant": { "enum": ["index", "code"], "description": "index (default): positions; code: #[repr] with the codes as discriminants." },
    "success": { "$ref": "#/$defs/codeSets" },
    "reserved": { "$ref": "#/$defs/codeSets" },
    "groups": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/group" } },
    "codes": { "$ref": "#/$defs/codes" },
    "serde": { "enum": ["code", "name", "none"], "description": "How the enum serializes with errcat's serde feature: code (default), name, or none (no serde impls from errcat)." },
    "body": {
      "type": "object",
      "additionalProperties": false,
      "description": "JSON field names of errcat::ErrorBody; name and group are included only when named here.",
      "properties": {
        "code": { "type": "string", "minLength": 1, "description": "The code field (default code)." },
        "message": { "type": "string", "minLength": 1, "description": "The message field (default message)." },
        "name": { "type": "string", "minLength": 1, "description": "A field carrying name()." },
        "group": { "type": "string", "minLength": 1, "description": "A field carrying the group's name." }
      }
    },
    "problem": {
      "type": "object",
      "additionalProperties": false,
      "description": "RFC 9457 problem details (errcat::Problem).",
      "properties": {
        "type_base": { "type": "string", "minLength": 1, "description": "Start of the type URI; the code is appended." }
      }
    }
  },
  "oneOf": [{ "required": ["groups"] }, { "required": ["codes"] }],
  "$defs": {
    "text": {
      "description": "A string in the default language, or a map from language to string.",
      "oneOf": [{ "type": "string" }, { "type": "object", "additionalProperties": { "type": "string" } }]
    },
    "http": { "type": "integer", "minimum": 100, "maximum": 999, "description": "HTTP status." },
    "severity": { "enum": ["info", "warning", "error", "fatal"] },
    "range": { "type": "array", "items": { "type": "integer" }, "minItems": 2, "maxItems": 2, "description": "Inclusive [lo, hi]." },
    "codeSets": { "type": "array", "items": { "oneOf": [{ "type": "integer" }, { "$ref": "#/$defs/range" }] } },
    "codes": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/entry" } },
    "group": {
      "type": "object",
      "required": ["name", "codes"],
      "additionalProperties": false,
      "properties": {
        "name": { "type": "string" },
        "range": { "$ref": "#/$defs/range" },
        "description": { "$ref": "#/$defs/text" },
        "http": { "$ref": "#/$defs/http" },
        "severity": { "$ref": "#/$defs/severity" },
        "reserved": { "$ref": "#/$defs/codeSets" },
        "codes": { "$ref": "#/$defs/codes" }
      }
    },
    "entry": {
      "type": "object",
      "required": ["code"],
      "additionalProperties": false,
      "properties": {
        "code": { "type": "integer" },
        "name": { "type": "string" },
        "message": { "$ref": "#/$defs/text" },
        "description": { "$ref": "#/$defs/text" },
        "http": { "$ref": "#/$defs/http" },
        "severity": { "$ref": "#/$defs/severity" },
        "solution": { "$ref": "#/$defs/text" },
        "retryable": { "type": "boolean" },
        "deprecated": { "oneOf": [{ "type": "boolean" }, { "type": "string" }], "description": "true, or a note saying what to use instead." }
      }
    }
  }
}
"##;

#[cfg(test)]
mod tests {
    use super::JSON_SCHEMA;
    use crate::ast::{CATALOG_KEYS, ENTRY_KEYS, GROUP_KEYS};

    /// The property names of the first `"properties"` block after `marker`:
    /// one property per line, at the block's indentation.
    fn properties_after(marker: &str) -> Vec<String> {
        let rest = JSON_SCHEMA.split_once(marker).expect("marker").1;
        let block = rest.split_once("\"properties\": {\n").expect("properties").1;
        let indent = block.len() - block.trim_start().len();
        block
            .lines()
            .take_while(|line| line.len() - line.trim_start().len() >= indent)
            .filter(|line| line.len() - line.trim_start().len() == indent)
            .filter_map(|line| {
                line.trim_start().strip_prefix('"')?.split_once('"').map(|(key, _)| key.to_owned())
            })
            .collect()
    }

    #[test]
    fn the_committed_copy_is_current() {
        // catalog/schema.json is what editors load: regenerate it with `errcat schema`.
        assert_eq!(include_str!("../schema.json"), JSON_SCHEMA);
    }

    #[test]
    fn schema_keys_are_the_keys_the_reader_accepts() {
        assert_eq!(properties_after("\"title\": \"errcat catalog\""), CATALOG_KEYS);
        assert_eq!(properties_after("\"group\": {\n"), GROUP_KEYS);
        assert_eq!(properties_after("\"body\": {"), crate::ast::BODY_KEYS);
        assert_eq!(properties_after("\"problem\": {"), crate::ast::PROBLEM_KEYS);
        assert_eq!(properties_after("\"entry\": {"), ENTRY_KEYS);
    }
}
