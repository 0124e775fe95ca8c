//! The catalog format described from its tables in [`crate::format`]: a JSON
//! Schema for editors with a YAML language server (`errcat schema`, committed
//! as `catalog/schema.json`), and the key and rule tables of the reference
//! (`docs/reference.md`). Tests keep both committed copies current.

use std::fmt::Write as _;

use crate::format::{limits, ArgType, CatalogKey, Key as _, Kind, Mapping, Value, HTTP_STATUSES};
use crate::json::Json;
use crate::rules::{thousands, Rule};

/// The JSON Schema (draft 2020-12) of a catalog file, pretty-printed.
pub fn json_schema() -> String {
    let Json::Object(mut root) = mapping_schema(Mapping::Catalog) else {
        return String::new();
    };
    // The root's own description replaces its title as a mapping.
    root.retain(|(key, _)| key != "description");
    let head = [
        ("$schema", Json::str("https://json-schema.org/draft/2020-12/schema")),
        ("$id", Json::str("https://errcat.invalid/catalog.schema.json")),
        ("title", Json::str("errcat catalog")),
        ("description", Json::str("An error-code catalog for errcat: the enum name, its codes, texts in several languages, HTTP statuses and groups with code ranges.")),
    ];
    root.splice(0..0, head.into_iter().map(|(k, v)| (k.to_owned(), v)));
    // Not a key's type but a rule (E0014): the codes are in groups or not.
    let one_of = [CatalogKey::Groups, CatalogKey::Codes]
        .map(|key| Json::object([("required", Json::strings([key.as_str()]))]));
    root.push(("oneOf".to_owned(), Json::Array(one_of.to_vec())));
    // Declared fields are keys the schema cannot know. A catalog with
    // `fields:` has its groups, entries and body checked by the `_with_fields`
    // forms, which take any snake_case key with a scalar value; one without
    // keeps the strict forms, so a typo is still caught.
    let strict = [Mapping::Group, Mapping::Entry, Mapping::Body];
    for (key, value) in &mut root {
        if key == "properties" {
            for mapping in strict {
                retarget(value, mapping);
            }
        }
    }
    let strict_refs = [
        (CatalogKey::Groups, Kind::List(Mapping::Group)),
        (CatalogKey::Codes, Kind::List(Mapping::Entry)),
        (CatalogKey::Body, Kind::Mapping(Mapping::Body)),
    ];
    let strict_properties =
        Json::object(strict_refs.map(|(key, kind)| (key.as_str(), kind_schema(kind))));
    root.push((
        "if".to_owned(),
        Json::object([("required", Json::strings([CatalogKey::Fields.as_str()]))]),
    ));
    root.push(("else".to_owned(), Json::object([("properties", strict_properties)])));
    let mut defs = vec![("text".to_owned(), text_schema()), ("range".to_owned(), range_schema())];
    for mapping in Mapping::ALL.iter().copied().filter(|m| *m != Mapping::Catalog) {
        defs.push((def_name(mapping).to_owned(), mapping_schema(mapping)));
    }
    for mapping in strict {
        defs.push((with_fields_name(mapping), with_fields(mapping)));
    }
    root.push(("$defs".to_owned(), Json::Object(defs)));
    format!("{}\n", Json::Object(root))
}

fn with_fields_name(mapping: Mapping) -> String {
    format!("{}_with_fields", def_name(mapping))
}

/// `mapping`'s schema for a catalog that declares fields: any other
/// snake_case key, with a scalar value (a JSON name, in `body`).
fn with_fields(mapping: Mapping) -> Json {
    let Json::Object(mut schema) = mapping_schema(mapping) else {
        return Json::object([]);
    };
    let declared = match mapping {
        Mapping::Body => kind_schema(Kind::FieldName),
        _ => kind_schema(Kind::FieldValue),
    };
    for (key, value) in &mut schema {
        match key.as_str() {
            "additionalProperties" => *value = declared.clone(),
            "properties" => retarget(value, Mapping::Entry),
            "description" => {
                *value =
                    Json::str(&format!("{}, in a catalog that declares fields", mapping.title()));
            }
            _ => {}
        }
    }
    schema.push(("propertyNames".to_owned(), Json::object([("pattern", Json::str(SNAKE_CASE))])));
    Json::Object(schema)
}

/// Points every reference to `mapping`'s strict form at its `_with_fields` form.
fn retarget(json: &mut Json, mapping: Mapping) {
    let strict = format!("#/$defs/{}", def_name(mapping));
    match json {
        Json::Object(members) => {
            for (key, value) in members {
                match value {
                    Json::Str(target) if key == "$ref" && *target == strict => {
                        *target = format!("#/$defs/{}", with_fields_name(mapping));
                    }
                    _ => retarget(value, mapping),
                }
            }
        }
        Json::Array(items) => items.iter_mut().for_each(|item| retarget(item, mapping)),
        _ => {}
    }
}

fn def_name(mapping: Mapping) -> &'static str {
    match mapping {
        Mapping::Catalog => "catalog",
        Mapping::Group => "group",
        Mapping::Entry => "entry",
        Mapping::Body => "body",
        Mapping::Problem => "problem",
        Mapping::Field => "field",
    }
}

fn reference(mapping: Mapping) -> Json {
    Json::object([("$ref", Json::Str(format!("#/$defs/{}", def_name(mapping))))])
}

fn mapping_schema(mapping: Mapping) -> Json {
    let keys = mapping.keys();
    let required: Vec<&str> = keys.iter().filter(|k| k.required).map(|k| k.name).collect();
    let properties = keys.iter().map(|key| {
        let Json::Object(mut schema) = kind_schema(key.kind) else {
            return (key.name, Json::object([]));
        };
        schema.push(("description".to_owned(), Json::str(key.doc)));
        if let Some(default) = key.default {
            schema.push(("default".to_owned(), value_json(default)));
        }
        (key.name, Json::Object(schema))
    });
    let mut schema =
        vec![("description", Json::str(mapping.title())), ("type", Json::str("object"))];
    if !required.is_empty() {
        schema.push(("required", Json::strings(required)));
    }
    schema.push(("additionalProperties", Json::Bool(false)));
    schema.push(("properties", Json::object(properties)));
    Json::object(schema)
}

/// A snake_case name: arguments, declared fields, enum field values.
const SNAKE_CASE: &str = "^[a-z][a-z0-9]*(_[a-z0-9]+)*$";

fn kind_schema(kind: Kind) -> Json {
    let string = || ("type", Json::str("string"));
    match kind {
        Kind::TypeName => Json::object([string(), ("pattern", Json::str("^[A-Z][A-Za-z0-9]*$"))]),
        Kind::String | Kind::Template => Json::object([string()]),
        Kind::FieldName => Json::object([(
            "anyOf",
            Json::Array(vec![
                Json::object([string(), ("minLength", Json::Int(1))]),
                Json::object([("const", Json::Bool(false))]),
            ]),
        )]),
        Kind::UriPrefix => Json::object([string(), ("pattern", Json::str("^\\S+$"))]),
        Kind::Text => reference_to("text"),
        Kind::Code => Json::object([("type", Json::str("integer"))]),
        Kind::Http => Json::object([
            ("type", Json::str("integer")),
            ("minimum", Json::Int(*HTTP_STATUSES.start())),
            ("maximum", Json::Int(*HTTP_STATUSES.end())),
        ]),
        Kind::Boolean => Json::object([("type", Json::str("boolean"))]),
        Kind::Keyword(words) => Json::object([("enum", Json::strings(words.iter().copied()))]),
        Kind::Languages => Json::object([
            ("type", Json::str("array")),
            ("items", Json::object([string(), ("minLength", Json::Int(1))])),
            ("minItems", Json::Int(1)),
            ("uniqueItems", Json::Bool(true)),
        ]),
        Kind::Range => reference_to("range"),
        Kind::CodeSets => Json::object([
            ("type", Json::str("array")),
            (
                "items",
                Json::object([(
                    "oneOf",
                    Json::Array(vec![
                        Json::object([("type", Json::str("integer"))]),
                        reference_to("range"),
                    ]),
                )]),
            ),
        ]),
        Kind::Deprecation => Json::object([("type", Json::strings(["boolean", "string"]))]),
        Kind::Arguments => Json::object([
            ("type", Json::str("object")),
            ("propertyNames", Json::object([("pattern", Json::str(SNAKE_CASE))])),
            (
                "additionalProperties",
                Json::object([("enum", Json::strings(ArgType::WORDS.iter().copied()))]),
            ),
            ("maxProperties", Json::Int(limits::MAX_ARGS as i128)),
        ]),
        Kind::List(mapping) => Json::object([
            ("type", Json::str("array")),
            ("minItems", Json::Int(1)),
            ("items", reference(mapping)),
        ]),
        Kind::Mapping(mapping) => reference(mapping),
        Kind::Integer => Json::object([("type", Json::str("integer"))]),
        Kind::UrlTemplate => {
            Json::object([string(), ("pattern", Json::str("^[Hh][Tt][Tt][Pp][Ss]?://\\S+$"))])
        }
        Kind::Declarations => Json::object([
            ("type", Json::str("object")),
            ("propertyNames", Json::object([("pattern", Json::str(SNAKE_CASE))])),
            ("additionalProperties", reference(Mapping::Field)),
            ("maxProperties", Json::Int(limits::MAX_FIELDS as i128)),
        ]),
        Kind::FieldValue => {
            Json::object([("type", Json::strings(["string", "boolean", "integer"]))])
        }
        Kind::Pattern => {
            Json::object([string(), ("maxLength", Json::Int(limits::MAX_PATTERN_BYTES as i128))])
        }
        Kind::Words => Json::object([
            ("type", Json::str("array")),
            ("items", Json::object([string(), ("pattern", Json::str(SNAKE_CASE))])),
            ("minItems", Json::Int(1)),
            ("uniqueItems", Json::Bool(true)),
        ]),
        Kind::Members => Json::object([
            ("type", Json::str("array")),
            ("items", Json::object([string()])),
            ("uniqueItems", Json::Bool(true)),
        ]),
    }
}

fn reference_to(def: &str) -> Json {
    Json::object([("$ref", Json::Str(format!("#/$defs/{def}")))])
}

fn text_schema() -> Json {
    let by_language = Json::object([
        ("type", Json::str("object")),
        ("additionalProperties", Json::object([("type", Json::str("string"))])),
    ]);
    Json::object([
        (
            "description",
            Json::str("A string in the default language, or a map from language to string."),
        ),
        ("oneOf", Json::Array(vec![Json::object([("type", Json::str("string"))]), by_language])),
    ])
}

fn range_schema() -> Json {
    Json::object([
        ("description", Json::str("An inclusive range [lo, hi].")),
        ("type", Json::str("array")),
        ("items", Json::object([("type", Json::str("integer"))])),
        ("minItems", Json::Int(2)),
        ("maxItems", Json::Int(2)),
    ])
}

fn value_json(value: Value) -> Json {
    match value {
        Value::Word(text) | Value::String(text) => Json::str(text),
        Value::Integer(number) => Json::Int(number),
        Value::Boolean(flag) => Json::Bool(flag),
        Value::Strings(items) => Json::strings(items.iter().copied()),
    }
}

/// The reference's key tables: one Markdown table per mapping.
pub fn key_tables() -> String {
    let mut out = String::new();
    for mapping in Mapping::ALL {
        let _ = writeln!(out, "#### {}\n", mapping.title());
        out.push_str("| Key | Value | Required | Default | Meaning |\n");
        out.push_str("| --- | --- | --- | --- | --- |\n");
        for key in mapping.keys() {
            let required = if key.required { "yes" } else { "" };
            let default = key.default.map(|d| format!("`{d}`")).unwrap_or_default();
            let _ = writeln!(
                out,
                "| `{}` | {} | {required} | {default} | {} |",
                key.name,
                key.kind.describe().replace('|', "\\|"),
                key.doc.replace('|', "\\|")
            );
        }
        out.push('\n');
    }
    out
}

/// The reference's limits table.
pub fn limits_table() -> String {
    let rows = [
        ("Catalog file size", limits::max_file_size()),
        ("Nesting depth of YAML collections", format!("{} levels", limits::MAX_DEPTH)),
        ("Nodes copied by aliases, all together", thousands(limits::MAX_ALIAS_NODES)),
        ("Diagnostics shown for one catalog", limits::MAX_DIAGNOSTICS.to_string()),
        ("Arguments of one entry", limits::MAX_ARGS.to_string()),
        ("Declared fields of one catalog", limits::MAX_FIELDS.to_string()),
        ("Length of a field's `pattern`", format!("{} bytes", limits::MAX_PATTERN_BYTES)),
    ];
    let mut out = String::from("| Limit | At most |\n| --- | --- |\n");
    for (limit, value) in rows {
        let _ = writeln!(out, "| {limit} | {value} |");
    }
    out
}

/// The reference's rule table: every rule's id and title.
pub fn rule_table() -> String {
    let mut out = String::from("| Id | Rule |\n| --- | --- |\n");
    for rule in Rule::ALL {
        let _ = writeln!(out, "| {} | {} |", rule.id(), rule.title());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_tables_describe_kinds_and_defaults() {
        let tables = key_tables();
        assert!(tables.contains("| `repr` | `i8` \\| `i16`"), "{tables}");
        assert!(tables.contains("| `languages` | list of language tags |  | `[en]` |"), "{tables}");
        assert!(tables.contains("| `code` | integer | yes |  |"), "{tables}");
        assert!(rule_table().contains("| E0008 | a code is used twice |"));
    }
}
