//! Changes to declared fields and help links: a new field is compatible;
//! a removed field, a changed type and a changed value are breaking unless
//! the declaration says `breaking: false`; a help link is documentation, so
//! its changes are compatible.

use super::Change;
use crate::model::{Catalog, Entry, Field};

/// Declarations added, removed or retyped.
pub(super) fn declaration_changes(old: &Catalog, new: &Catalog) -> Vec<Change> {
    let mut changes = Vec::new();
    for before in old.fields() {
        let name = &before.name;
        match new.field(name) {
            None => changes.push(Change::whole(
                before.breaking,
                "field-removed",
                format!("field `{name}` removed"),
            )),
            Some(after) if type_of(after) != type_of(before) => changes.push(Change::whole(
                before.breaking && after.breaking,
                "field-type-changed",
                format!(
                    "field `{name}`: type changed from {} to {}",
                    type_of(before),
                    type_of(after)
                ),
            )),
            Some(after) if after.is_optional() != before.is_optional() => {
                let (from, to) =
                    if after.is_optional() { ("set", "optional") } else { ("optional", "set") };
                changes.push(Change::whole(
                    before.breaking && after.breaking && after.is_optional(),
                    "field-type-changed",
                    format!("field `{name}`: now {to} for every entry instead of {from}"),
                ));
            }
            Some(_) => {}
        }
    }
    for after in new.fields().iter().filter(|f| old.field(&f.name).is_none()) {
        let message = format!("field `{}` ({}) added", after.name, type_of(after));
        changes.push(Change::whole(false, "field-added", message));
    }
    changes
}

/// The field's type as the accessor sees it: an enum with its words.
fn type_of(field: &Field) -> String {
    match field.ty {
        crate::format::FieldType::Enum => format!("enum [{}]", field.values.join(", ")),
        ty => ty.as_str().to_owned(),
    }
}

/// The values and help link of an entry that kept its code.
pub(super) fn value_changes(
    old: &Catalog,
    new: &Catalog,
    before: &Entry,
    after: &Entry,
) -> Vec<Change> {
    let (code, name) = (before.code, &before.name);
    let mut changes = Vec::new();
    for (index, field) in old.fields().iter().enumerate() {
        let Some(new_index) = new.fields().iter().position(|f| f.name == field.name) else {
            continue;
        };
        let Some(new_field) = new.fields().get(new_index) else { continue };
        if type_of(new_field) != type_of(field) {
            continue;
        }
        let was = before.fields.get(index).cloned().flatten();
        let is = after.fields.get(new_index).cloned().flatten();
        if was != is {
            let shown = |v: &Option<crate::model::FieldValue>| {
                v.as_ref().map_or_else(|| "unset".to_owned(), |v| format!("`{}`", v.to_text()))
            };
            let message = format!(
                "code {code} (`{name}`): field `{}` changed from {} to {}",
                field.name,
                shown(&was),
                shown(&is)
            );
            changes.push(Change::entry(
                field.breaking && new_field.breaking,
                "field-value-changed",
                message,
                Some(before),
                Some(after),
            ));
        }
    }
    if before.help_url != after.help_url {
        let shown = |link: &Option<String>| link.clone().unwrap_or_else(|| "none".to_owned());
        let message = format!(
            "code {code} (`{name}`): help link changed from {} to {}",
            shown(&before.help_url),
            shown(&after.help_url)
        );
        changes.push(Change::entry(false, "help-url-changed", message, Some(before), Some(after)));
    }
    changes
}
