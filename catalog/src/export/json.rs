//! The resolved catalog as JSON, for tools errcat does not know: defaults
//! applied, every text in every language as `message_in(lang)` returns it,
//! groups with their ranges and codes. Its shape is [`schema`]'s.

use crate::format::{Deprecation, FieldType, GrpcCode, ProblemType};
use crate::json::Json;
use crate::model::{Catalog, Entry, Field};

use super::openapi::{field_constraints, field_value_json};
use super::{fields, per_language};

/// The document (pretty-printed, ending in a newline).
pub(super) fn render(catalog: &Catalog) -> String {
    format!("{}\n", document(catalog))
}

/// The document as a value: the OpenAPI target reads the same facts.
pub(super) fn document(catalog: &Catalog) -> Json {
    let ranges = |ranges: &[(i128, i128)]| {
        Json::Array(ranges.iter().map(|&(lo, hi)| pair(lo, hi)).collect())
    };
    let by_language = |text| texts(catalog, text);
    let wire = catalog.wire();
    let groups = catalog.groups().iter().enumerate().map(|(index, group)| {
        let codes =
            catalog.entries().iter().filter(|e| e.group == Some(index)).map(|e| Json::Int(e.code));
        Json::object([
            ("name", Json::str(&group.name)),
            ("range", group.range.map_or(Json::Null, |(lo, hi)| pair(lo, hi))),
            (
                "description",
                group.description.as_ref().map_or(Json::Null, |d| by_language(Some(d))),
            ),
            ("codes", Json::Array(codes.collect())),
        ])
    });
    Json::object([
        ("name", Json::str(catalog.name())),
        ("repr", Json::str(catalog.repr().as_str())),
        ("languages", Json::strings(catalog.languages().iter().map(String::as_str))),
        ("description", catalog.description().map_or(Json::Null, |d| by_language(Some(d)))),
        ("success", ranges(catalog.success())),
        ("reserved", ranges(catalog.reserved())),
        (
            "body",
            Json::Object(
                wire.fields()
                    .map(|(part, field)| (part.as_str().to_owned(), Json::str(field)))
                    .collect(),
            ),
        ),
        (
            "fields",
            Json::Object(
                catalog
                    .fields()
                    .iter()
                    .map(|field| (field.name.clone(), declaration(field)))
                    .collect(),
            ),
        ),
        ("problem_type_base", wire.problem_type_base().map_or(Json::Null, Json::str)),
        ("domain", Json::str(catalog.domain())),
        ("problem_type", wire.problem_type_from().map_or(Json::Null, |t| Json::str(t.as_str()))),
        ("problem_members", Json::strings(wire.problem_members().iter().map(|m| m.name()))),
        ("groups", Json::Array(groups.collect())),
        ("entries", Json::Array(catalog.entries().iter().map(|e| entry(catalog, e)).collect())),
    ])
}

fn entry(catalog: &Catalog, entry: &Entry) -> Json {
    let group = entry.group.and_then(|g| catalog.groups().get(g));
    let mut members = vec![
        ("code", Json::Int(entry.code)),
        ("name", Json::str(&entry.name)),
        ("ident", Json::str(&entry.ident)),
    ];
    for (field, text) in fields(entry) {
        // A message is always a text (`""` for an undocumented code), as `message()` is.
        let value = match text {
            None if field == "message" => texts(catalog, None),
            None => Json::Null,
            Some(text) => texts(catalog, Some(text)),
        };
        members.push((field, value));
    }
    members.extend([
        ("http", Json::Int(entry.http.into())),
        ("grpc", Json::str(entry.grpc.as_str())),
        ("severity", Json::str(entry.severity.as_str())),
        ("retryable", Json::Bool(entry.retryable)),
        (
            "deprecated",
            match &entry.deprecated {
                None => Json::Bool(false),
                Some(Deprecation::Plain) => Json::Bool(true),
                Some(Deprecation::Note(note)) => Json::str(note),
            },
        ),
        (
            "args",
            Json::Array(
                entry
                    .args
                    .iter()
                    .map(|a| {
                        Json::object([
                            ("name", Json::str(&a.name)),
                            ("type", Json::str(a.ty.as_str())),
                        ])
                    })
                    .collect(),
            ),
        ),
        ("group", group.map_or(Json::Null, |g| Json::str(&g.name))),
        ("help_url", entry.help_url.as_deref().map_or(Json::Null, Json::str)),
        (
            "fields",
            Json::Object(
                catalog
                    .fields()
                    .iter()
                    .zip(&entry.fields)
                    .map(|(field, value)| {
                        (field.name.clone(), value.as_ref().map_or(Json::Null, field_value_json))
                    })
                    .collect(),
            ),
        ),
    ]);
    Json::object(members)
}

/// A field declaration: its type and constraints, as the catalog writes them.
fn declaration(field: &Field) -> Json {
    let mut members = vec![("type", Json::str(field.ty.as_str()))];
    if let Some(doc) = &field.doc {
        members.push(("doc", Json::str(doc)));
    }
    members.push(("default", field.default.as_ref().map_or(Json::Null, field_value_json)));
    members.push(("required", Json::Bool(field.required)));
    members.push(("optional", Json::Bool(field.is_optional())));
    members.push(("breaking", Json::Bool(field.breaking)));
    members.extend(field_constraints(field, ["pattern", "values", "min", "max"]));
    Json::object(members)
}

/// `{lang: text}` for every language, `""` where there is none.
fn texts(catalog: &Catalog, text: Option<&crate::model::Localized>) -> Json {
    let resolved = per_language(catalog, text);
    Json::Object(
        catalog
            .languages()
            .iter()
            .zip(resolved)
            .map(|(lang, text)| (lang.clone(), Json::str(text.unwrap_or_default())))
            .collect(),
    )
}

fn pair(lo: i128, hi: i128) -> Json {
    Json::Array(vec![Json::Int(lo), Json::Int(hi)])
}

/// The JSON Schema of the document, for tools that read it.
pub fn schema() -> String {
    let string = || Json::object([("type", Json::str("string"))]);
    let nullable = |schema: Json| {
        Json::object([(
            "anyOf",
            Json::Array(vec![schema, Json::object([("type", Json::str("null"))])]),
        )])
    };
    let integer = || Json::object([("type", Json::str("integer"))]);
    let range = || {
        Json::object([
            ("type", Json::str("array")),
            ("items", integer()),
            ("minItems", Json::Int(2)),
            ("maxItems", Json::Int(2)),
        ])
    };
    let texts =
        || Json::object([("type", Json::str("object")), ("additionalProperties", string())]);
    let object = |members: Vec<(&str, Json)>| {
        let required = Json::strings(members.iter().map(|(k, _)| *k));
        Json::object([
            ("type", Json::str("object")),
            ("properties", Json::object(members)),
            ("required", required),
            ("additionalProperties", Json::Bool(false)),
        ])
    };
    let list = |items: Json| Json::object([("type", Json::str("array")), ("items", items)]);
    let severity = Json::object([(
        "enum",
        Json::strings(crate::format::Severity::ALL.iter().map(|s| s.as_str())),
    )]);
    let arg_type = Json::object([(
        "enum",
        Json::strings(crate::format::ArgType::ALL.iter().map(|t| t.as_str())),
    )]);
    let entry = object(vec![
        ("code", integer()),
        ("name", string()),
        ("ident", string()),
        ("message", texts()),
        ("description", nullable(texts())),
        ("solution", nullable(texts())),
        (
            "http",
            Json::object([
                ("type", Json::str("integer")),
                ("minimum", Json::Int(100)),
                ("maximum", Json::Int(999)),
            ]),
        ),
        ("grpc", Json::object([("enum", Json::strings(GrpcCode::WORDS.iter().copied()))])),
        ("severity", severity),
        ("retryable", Json::object([("type", Json::str("boolean"))])),
        ("deprecated", Json::object([("type", Json::strings(["boolean", "string"]))])),
        ("args", list(object(vec![("name", string()), ("type", arg_type)]))),
        ("group", nullable(string())),
        ("help_url", nullable(string())),
        (
            "fields",
            Json::object([
                ("type", Json::str("object")),
                (
                    "additionalProperties",
                    Json::object([(
                        "type",
                        Json::strings(["string", "boolean", "integer", "null"]),
                    )]),
                ),
            ]),
        ),
    ]);
    let declaration = Json::object([
        ("type", Json::str("object")),
        (
            "properties",
            Json::object([
                ("type", Json::object([("enum", Json::strings(FieldType::WORDS.iter().copied()))])),
                ("doc", string()),
                (
                    "default",
                    Json::object([(
                        "type",
                        Json::strings(["string", "boolean", "integer", "null"]),
                    )]),
                ),
                ("required", Json::object([("type", Json::str("boolean"))])),
                ("optional", Json::object([("type", Json::str("boolean"))])),
                ("breaking", Json::object([("type", Json::str("boolean"))])),
                ("pattern", string()),
                ("values", list(string())),
                ("min", integer()),
                ("max", integer()),
            ]),
        ),
        ("required", Json::strings(["type", "default", "required", "optional", "breaking"])),
        ("additionalProperties", Json::Bool(false)),
    ]);
    let group = object(vec![
        ("name", string()),
        ("range", nullable(range())),
        ("description", nullable(texts())),
        ("codes", list(integer())),
    ]);
    let mut document = object(vec![
        ("name", string()),
        (
            "repr",
            Json::object([(
                "enum",
                Json::strings(crate::format::Repr::ALL.iter().map(|r| r.as_str())),
            )]),
        ),
        ("languages", list(string())),
        ("description", nullable(texts())),
        ("success", list(range())),
        ("reserved", list(range())),
        ("body", Json::object([("type", Json::str("object")), ("additionalProperties", string())])),
        ("problem_type_base", nullable(string())),
        ("domain", string()),
        (
            "problem_type",
            nullable(Json::object([("enum", Json::strings(ProblemType::WORDS.iter().copied()))])),
        ),
        ("problem_members", list(string())),
        (
            "fields",
            Json::object([("type", Json::str("object")), ("additionalProperties", declaration)]),
        ),
        ("groups", list(group)),
        ("entries", list(entry)),
    ]);
    if let Json::Object(members) = &mut document {
        members.insert(
            0,
            ("$schema".to_owned(), Json::str("https://json-schema.org/draft/2020-12/schema")),
        );
        members.insert(1, ("title".to_owned(), Json::str("errcat export --lang json")));
        // The header errcat writes into a generated file.
        if let Some((_, Json::Object(properties))) =
            members.iter_mut().find(|(k, _)| k == "properties")
        {
            properties.insert(0, ("$comment".to_owned(), string()));
        }
    }
    format!("{document}\n")
}
