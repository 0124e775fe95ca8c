//! Declared fields and help links in Go: the `Fields` struct, a string
//! type per enum field, and the `Fields` and `HelpURL` methods.

use std::fmt::Write as _;

use super::string;
use crate::escape;
use crate::format::FieldType;
use crate::model::{Catalog, Field, FieldValue};

/// The declared fields: `Fields` (an optional field a pointer), a string
/// type with a constant per value for each enum field, and the methods
/// `Fields` and `HelpURL`.
pub(super) fn declared_fields(out: &mut String, catalog: &Catalog) {
    let name = catalog.name();
    if !catalog.fields().is_empty() {
        // gofmt aligns the types of consecutive fields; a comment line ends the run.
        let fields = catalog.fields();
        let widths: Vec<usize> = fields
            .iter()
            .enumerate()
            .map(|(index, _)| {
                let start = fields
                    .get(..=index)
                    .and_then(|before| before.iter().rposition(|f| f.doc.is_some()))
                    .unwrap_or(0);
                let end = fields
                    .get(index + 1..)
                    .and_then(|after| after.iter().position(|f| f.doc.is_some()))
                    .map_or(fields.len(), |n| index + 1 + n);
                fields
                    .get(start..end)
                    .into_iter()
                    .flatten()
                    .map(|f| field_ident(f).len())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let mut members = Vec::new();
        for (field, width) in fields.iter().zip(widths) {
            let ty = match field.ty {
                FieldType::String => "string".to_owned(),
                FieldType::Bool => "bool".to_owned(),
                FieldType::Int => "int64".to_owned(),
                FieldType::Enum => {
                    let alias = field.enum_name(name);
                    let _ = writeln!(
                        out,
                        "// {alias} is a value of the `{}` field.\ntype {alias} string\n",
                        field.name
                    );
                    for word in &field.values {
                        let _ = writeln!(
                            out,
                            "// {alias}{} is `{word}`.\nconst {alias}{} {alias} = {}\n",
                            Field::variant(word),
                            Field::variant(word),
                            string(word)
                        );
                    }
                    alias
                }
            };
            let ty = if field.is_optional() { format!("*{ty}") } else { ty };
            if let Some(doc) = &field.doc {
                members.push(format!("\t// {}", escape::comment(doc)));
            }
            members.push(format!("\t{:width$} {ty}", field_ident(field)));
        }
        let _ = writeln!(out, "// Fields are the fields the catalog declares, for one code; an optional field is nil where a code sets none.\ntype Fields struct {{\n{}\n}}\n", members.join("\n"));
        if catalog.fields().iter().any(Field::is_optional) {
            let _ = writeln!(out, "func fieldPtr[T any](value T) *T {{\n\treturn &value\n}}\n");
        }
        let _ = writeln!(out, "// Fields returns the declared fields of the code (zero values for a code the catalog does not list).\nfunc (c {name}) Fields() Fields {{\n\tif f := lookup(c); f != nil {{\n\t\treturn f.fields\n\t}}\n\treturn Fields{{}}\n}}\n");
    }
    if catalog.has_help_urls() {
        let _ = writeln!(out, "// HelpURL returns the link to the code's documentation, or \"\" if it has none.\nfunc (c {name}) HelpURL() string {{\n\tif f := lookup(c); f != nil {{\n\t\treturn f.helpURL\n\t}}\n\treturn \"\"\n}}\n");
    }
}

/// A declared field's Go name: exported, UpperCamelCase.
pub(super) fn field_ident(field: &Field) -> String {
    Field::variant(&field.name)
}

pub(super) fn go_value(catalog: &Catalog, field: &Field, value: &FieldValue) -> String {
    match value {
        FieldValue::Str(text) => string(text),
        FieldValue::Word(word) => {
            format!("{}{}", field.enum_name(catalog.name()), Field::variant(word))
        }
        FieldValue::Bool(flag) => flag.to_string(),
        FieldValue::Int(number) => {
            if field.is_optional() {
                format!("int64({number})")
            } else {
                number.to_string()
            }
        }
    }
}
