//! An OpenAPI 3.1 document (YAML, or JSON) with the components a service
//! that answers with the catalog's errors references: the code (an integer
//! enum, each value with its name and message), the error body with the
//! catalog's field names, the RFC 9457 problem body with `code` and the
//! arguments, a response for each, and one named example per code.

use std::collections::BTreeMap;

use super::{code_suffix, Syntax};
use crate::format::{ArgType, BodyKey, FieldType};
use crate::json::Json;
use crate::model::{BodyPart, Catalog, Field, FieldValue, ProblemMember};

pub(super) fn render(catalog: &Catalog, syntax: Syntax) -> String {
    let document = document(catalog);
    match syntax {
        Syntax::Json => format!("{document}\n"),
        Syntax::Yaml => super::yaml::to_yaml(&document),
    }
}

fn document(catalog: &Catalog) -> Json {
    let name = catalog.name();
    let code_ref = || reference(&format!("{name}Code"));
    let description =
        catalog.description().and_then(|d| d.get(0)).unwrap_or("The errors of an errcat catalog.");
    // The version is the content's fingerprint: it changes exactly when the catalog does.
    let version = crate::fingerprint::fingerprint(&super::json::render(catalog));
    let schemas = Json::object([
        (format!("{name}Code").as_str(), code_schema(catalog)),
        (format!("{name}Body").as_str(), body_schema(catalog, code_ref())),
        (format!("{name}Problem").as_str(), problem_schema(catalog, code_ref())),
    ]);
    let examples = Json::Object(
        catalog
            .entries()
            .iter()
            .map(|entry| {
                let summary = format!("{} {}", entry.code, entry.name);
                let message = entry.message.as_ref().and_then(|m| m.get(0)).unwrap_or_default();
                (
                    example_name(entry.code),
                    Json::object([
                        ("summary", Json::str(&summary)),
                        ("value", body_example(catalog, entry.code, &entry.name, message)),
                    ]),
                )
            })
            .collect(),
    );
    let example_refs = Json::Object(
        catalog
            .entries()
            .iter()
            .map(|e| {
                (
                    example_name(e.code),
                    Json::object([(
                        "$ref",
                        Json::str(&format!("#/components/examples/{}", example_name(e.code))),
                    )]),
                )
            })
            .collect(),
    );
    let responses = Json::object([(
        format!("{name}Error").as_str(),
        Json::object([
            (
                "description",
                Json::str(&format!(
                    "An error of the {name} catalog, as its body or as problem details."
                )),
            ),
            (
                "content",
                Json::object([
                    (
                        "application/json",
                        Json::object([
                            ("schema", reference(&format!("{name}Body"))),
                            ("examples", example_refs),
                        ]),
                    ),
                    (
                        "application/problem+json",
                        Json::object([("schema", reference(&format!("{name}Problem")))]),
                    ),
                ]),
            ),
        ]),
    )]);
    Json::object([
        ("openapi", Json::str("3.1.0")),
        (
            "info",
            Json::object([
                ("title", Json::str(&format!("{name} errors"))),
                ("version", Json::str(&version)),
                ("description", Json::str(description)),
            ]),
        ),
        ("paths", Json::object([])),
        (
            "components",
            Json::object([("schemas", schemas), ("responses", responses), ("examples", examples)]),
        ),
    ])
}

fn reference(schema: &str) -> Json {
    Json::object([("$ref", Json::str(&format!("#/components/schemas/{schema}")))])
}

fn example_name(code: i128) -> String {
    format!("code_{}", code_suffix(code))
}

/// The code: an integer enum, with each value's name and message.
fn code_schema(catalog: &Catalog) -> Json {
    let entries = catalog.entries();
    let format = if catalog.repr().bits() <= 32 { "int32" } else { "int64" };
    Json::object([
        ("type", Json::str("integer")),
        ("format", Json::str(format)),
        ("description", Json::str(&format!("A code of the {} catalog.", catalog.name()))),
        ("enum", Json::Array(entries.iter().map(|e| Json::Int(e.code)).collect())),
        ("x-enum-varnames", Json::strings(entries.iter().map(|e| e.name.as_str()))),
        ("x-grpc-codes", Json::strings(entries.iter().map(|e| e.grpc.as_str()))),
        (
            "x-enum-descriptions",
            Json::strings(
                entries
                    .iter()
                    .map(|e| e.message.as_ref().and_then(|m| m.get(0)).unwrap_or_default()),
            ),
        ),
    ])
}

/// The error body, with the catalog's field names.
fn body_schema(catalog: &Catalog, code: Json) -> Json {
    let wire = catalog.wire();
    let mut properties = Vec::new();
    let mut required = Vec::new();
    for (part, field_name) in wire.fields() {
        let schema = match part {
            BodyPart::Field(name) => {
                let Some(field) = catalog.field(name) else { continue };
                if !field.is_optional() {
                    required.push(field_name);
                }
                properties.push((field_name.to_owned(), field_schema(field)));
                continue;
            }
            BodyPart::Key(key) => key,
        };
        let schema = match schema {
            BodyKey::Code => code.clone(),
            BodyKey::HelpUrl => {
                Json::object([("type", Json::str("string")), ("format", Json::str("uri"))])
            }
            BodyKey::Name => Json::object([
                ("type", Json::str("string")),
                ("enum", Json::strings(catalog.entries().iter().map(|e| e.name.as_str()))),
            ]),
            BodyKey::Group => Json::object([
                ("type", Json::str("string")),
                ("enum", Json::strings(catalog.groups().iter().map(|g| g.name.as_str()))),
            ]),
            BodyKey::Args => Json::object([
                ("type", Json::str("object")),
                ("description", Json::str("The error's arguments, by name.")),
            ]),
            BodyKey::Message => Json::object([("type", Json::str("string"))]),
        };
        if matches!(part, BodyPart::Key(BodyKey::Code | BodyKey::Message)) {
            required.push(field_name);
        }
        properties.push((field_name.to_owned(), schema));
    }
    Json::object([
        ("type", Json::str("object")),
        ("description", Json::str(&format!("The body of a {} error.", catalog.name()))),
        ("required", Json::strings(required)),
        ("properties", Json::Object(properties)),
    ])
}

/// RFC 9457 problem details with `code` and each argument as a member.
fn problem_schema(catalog: &Catalog, code: Json) -> Json {
    let string = || Json::object([("type", Json::str("string"))]);
    let mut properties = vec![
        (
            "type".to_owned(),
            Json::object([("type", Json::str("string")), ("format", Json::str("uri-reference"))]),
        ),
        ("title".to_owned(), string()),
        ("status".to_owned(), Json::object([("type", Json::str("integer"))])),
        ("detail".to_owned(), string()),
        (
            "instance".to_owned(),
            Json::object([("type", Json::str("string")), ("format", Json::str("uri-reference"))]),
        ),
        ("code".to_owned(), code),
    ];
    for member in catalog.wire().problem_members() {
        let schema = match member {
            ProblemMember::HelpUrl => {
                Json::object([("type", Json::str("string")), ("format", Json::str("uri"))])
            }
            ProblemMember::Field(name) => match catalog.field(name) {
                Some(field) => field_schema(field),
                None => continue,
            },
        };
        properties.push((member.name().to_owned(), schema));
    }
    // Arguments of every entry, by name; a name two entries type differently takes either.
    let mut args: BTreeMap<&str, Vec<ArgType>> = BTreeMap::new();
    for arg in catalog.entries().iter().flat_map(|e| &e.args) {
        let types = args.entry(arg.name.as_str()).or_default();
        if !types.contains(&arg.ty) {
            types.push(arg.ty);
        }
    }
    for (name, types) in args {
        let mut json_types: Vec<&str> = types.iter().map(|t| json_type(*t)).collect();
        json_types.sort_unstable();
        json_types.dedup();
        let schema = match json_types.as_slice() {
            [one] => Json::object([("type", Json::str(one))]),
            many => Json::object([("type", Json::strings(many.iter().copied()))]),
        };
        properties.push((name.to_owned(), schema));
    }
    Json::object([
        ("type", Json::str("object")),
        (
            "description",
            Json::str(&format!(
                "RFC 9457 problem details for a {} error; its arguments are extension members.",
                catalog.name()
            )),
        ),
        ("required", Json::strings(["title", "status", "code"])),
        ("properties", Json::Object(properties)),
    ])
}

/// The JSON Schema of a declared field's value.
fn field_schema(field: &Field) -> Json {
    let mut schema = vec![(
        "type",
        Json::str(match field.ty {
            FieldType::String | FieldType::Enum => "string",
            FieldType::Bool => "boolean",
            FieldType::Int => "integer",
        }),
    )];
    if let Some(doc) = &field.doc {
        schema.push(("description", Json::str(doc)));
    }
    schema.extend(field_constraints(field, ["pattern", "enum", "minimum", "maximum"]));
    Json::object(schema)
}

/// A field's constraints (`pattern`, an enum's `values`, `min`, `max`) under
/// the given names, each where the declaration has it.
pub(super) fn field_constraints(
    field: &Field,
    names: [&'static str; 4],
) -> Vec<(&'static str, Json)> {
    let [pattern, values, min, max] = names;
    let mut constraints = Vec::new();
    if let Some(text) = &field.pattern {
        constraints.push((pattern, Json::str(text)));
    }
    if field.ty == FieldType::Enum {
        constraints.push((values, Json::strings(field.values.iter().map(String::as_str))));
    }
    constraints.extend(field.min.map(|n| (min, Json::Int(i128::from(n)))));
    constraints.extend(field.max.map(|n| (max, Json::Int(i128::from(n)))));
    constraints
}

/// A declared field's value as JSON.
pub(super) fn field_value_json(value: &FieldValue) -> Json {
    match value {
        FieldValue::Str(text) | FieldValue::Word(text) => Json::str(text),
        FieldValue::Bool(flag) => Json::Bool(*flag),
        FieldValue::Int(number) => Json::Int(i128::from(*number)),
    }
}

fn json_type(ty: ArgType) -> &'static str {
    match ty {
        ArgType::String => "string",
        ArgType::Bool => "boolean",
        ArgType::F64 => "number",
        _ => "integer",
    }
}

/// The body an entry's error is sent with, in the default language.
fn body_example(catalog: &Catalog, code: i128, name: &str, message: &str) -> Json {
    let entry = catalog.entries().iter().find(|e| e.code == code);
    let group =
        entry.and_then(|e| e.group).and_then(|g| catalog.groups().get(g)).map(|g| g.name.as_str());
    let members = catalog.wire().fields().filter_map(|(part, field)| {
        let value = match part {
            BodyPart::Key(BodyKey::Code) => Json::Int(code),
            BodyPart::Key(BodyKey::Message) => Json::str(message),
            BodyPart::Key(BodyKey::Name) => Json::str(name),
            BodyPart::Key(BodyKey::Group) => Json::str(group?),
            BodyPart::Key(BodyKey::Args) => Json::object([]),
            BodyPart::Key(BodyKey::HelpUrl) => Json::str(entry?.help_url.as_deref()?),
            BodyPart::Field(name) => {
                let index = catalog.fields().iter().position(|f| f.name == *name)?;
                field_value_json(entry?.fields.get(index)?.as_ref()?)
            }
        };
        Some((field.to_owned(), value))
    });
    Json::Object(members.collect())
}
