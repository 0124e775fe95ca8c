//! `#[derive(ErrorCatalog)]`: matching an enum the user declared against the
//! catalog. Every drift is reported at once; the result is a view of the
//! catalog with the user's variant names, which the one generator expands.

use crate::ast::{closest, Discriminant};
use crate::model::Catalog;
use crate::template::{Placeholder, Segment};

/// The user's enum, as the macro read it (no syn types here).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserEnum {
    /// The enum's name.
    pub name: String,
    /// Its variants, in declaration order.
    pub variants: Vec<UserVariant>,
}

/// One variant of the user's enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserVariant {
    /// The identifier.
    pub ident: String,
    /// `#[catalog(name = "...")]`: the catalog `name` this variant stands for.
    pub catalog_name: Option<String>,
    /// An explicit discriminant.
    pub discriminant: Option<UserDiscriminant>,
    /// Whether the variant has fields (not allowed).
    pub has_fields: bool,
}

/// An explicit discriminant as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserDiscriminant {
    /// An integer literal, possibly negated.
    Literal(i128),
    /// Anything else (a constant, an expression): it cannot be checked.
    Other,
}

/// Where a drift error belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// The enum as a whole (its name).
    Enum,
    /// The variant at this index of [`UserEnum::variants`].
    Variant(usize),
}

/// A difference between the user's enum and the catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drift {
    /// Where to point.
    pub location: Location,
    /// What is wrong and how to fix it.
    pub message: String,
}

/// The catalog seen through the user's enum, ready for generation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DerivedCatalog {
    pub(crate) catalog: Catalog,
    /// Variants are declared in code order with implicit discriminants, so
    /// `self as usize` is the position; otherwise a `match` maps them.
    pub(crate) dense: bool,
}

impl DerivedCatalog {
    /// Whether the user's variants are declared in code order with implicit
    /// discriminants, so that the generated tables are indexed by `self as usize`.
    pub fn is_dense(&self) -> bool {
        self.dense
    }

    /// The catalog as the user's enum sees it.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }
}

/// Matches `user` against `catalog` (or its group `group`).
pub fn match_enum(
    catalog: &Catalog,
    user: &UserEnum,
    group: Option<&str>,
) -> Result<DerivedCatalog, Vec<Drift>> {
    let mut drift = Vec::new();
    let group_index = match group {
        None => None,
        Some(wanted) => match catalog.groups.iter().position(|g| g.name == wanted) {
            Some(index) => Some(index),
            None => {
                let names: Vec<&str> = catalog.groups.iter().map(|g| g.name.as_str()).collect();
                let message = match closest(wanted, &names) {
                    Some(near) => {
                        format!("the catalog has no group `{wanted}`; did you mean `{near}`?")
                    }
                    None if names.is_empty() => {
                        format!("the catalog has no groups, so no group `{wanted}`")
                    }
                    None => format!(
                        "the catalog has no group `{wanted}`; its groups are: {}",
                        names.join(", ")
                    ),
                };
                return Err(vec![Drift { location: Location::Enum, message }]);
            }
        },
    };
    let selected: Vec<usize> = (0..catalog.entries.len())
        .filter(|&i| {
            group_index.is_none() || catalog.entries.get(i).and_then(|e| e.group) == group_index
        })
        .collect();

    // For each selected entry, the user's variant that stands for it.
    let mut variant_of_entry: Vec<Option<usize>> = vec![None; selected.len()];
    for (v, variant) in user.variants.iter().enumerate() {
        if variant.has_fields {
            drift.push(Drift {
                location: Location::Variant(v),
                message: format!(
                    "variant `{}` has fields; catalog variants are plain names",
                    variant.ident
                ),
            });
            continue;
        }
        let found = selected.iter().position(|&i| {
            catalog.entries.get(i).is_some_and(|e| match &variant.catalog_name {
                Some(name) => e.name == *name,
                None => e.ident == variant.ident,
            })
        });
        let Some(slot) = found else {
            let candidates: Vec<&str> = selected
                .iter()
                .filter_map(|&i| catalog.entries.get(i))
                .map(|e| {
                    if variant.catalog_name.is_some() {
                        e.name.as_str()
                    } else {
                        e.ident.as_str()
                    }
                })
                .collect();
            let wanted = variant.catalog_name.as_deref().unwrap_or(&variant.ident);
            let scope = group.map_or_else(|| "the catalog".to_owned(), |g| format!("group `{g}`"));
            let message = match closest(wanted, &candidates) {
                Some(near) => format!("`{wanted}` is not in {scope}; did you mean `{near}`?"),
                None => format!(
                    "`{wanted}` is not in {scope}: add it to the catalog or remove the variant"
                ),
            };
            drift.push(Drift { location: Location::Variant(v), message });
            continue;
        };
        let entry = selected.get(slot).and_then(|&i| catalog.entries.get(i));
        if let Some(earlier) = variant_of_entry.get(slot).copied().flatten() {
            let name = entry.map_or("", |e| e.name.as_str());
            let first = user.variants.get(earlier).map_or("", |v| v.ident.as_str());
            drift.push(Drift {
                location: Location::Variant(v),
                message: format!(
                    "`{}` stands for catalog entry `{name}`, like `{first}`",
                    variant.ident
                ),
            });
            continue;
        }
        if let (Some(UserDiscriminant::Literal(value)), Some(entry)) = (variant.discriminant, entry)
        {
            if value != entry.code {
                drift.push(Drift {
                    location: Location::Variant(v),
                    message: format!(
                        "`{}` = {value}, but the catalog gives `{}` the code {}",
                        variant.ident, entry.name, entry.code
                    ),
                });
            }
        }
        if let Some(slot) = variant_of_entry.get_mut(slot) {
            *slot = Some(v);
        }
    }
    for (slot, variant) in variant_of_entry.iter().enumerate() {
        if variant.is_none() {
            if let Some(entry) = selected.get(slot).and_then(|&i| catalog.entries.get(i)) {
                drift.push(Drift {
                    location: Location::Enum,
                    message: format!(
                        "catalog entry `{}` (code {}) has no variant: add `{}`",
                        entry.name, entry.code, entry.ident
                    ),
                });
            }
        }
    }
    if !drift.is_empty() {
        return Err(drift);
    }

    let mut view = catalog.clone();
    view.name.clone_from(&user.name);
    view.discriminant = Discriminant::Index;
    view.entries = selected
        .iter()
        .zip(&variant_of_entry)
        .filter_map(|(&i, variant)| {
            let mut entry = catalog.entries.get(i)?.clone();
            entry.ident.clone_from(&user.variants.get((*variant)?)?.ident);
            if group_index.is_some() {
                entry.group = None;
            }
            Some(entry)
        })
        .collect();
    if let Some(group) = group_index.and_then(|g| catalog.groups.get(g)) {
        // One group and no group enum: `{group}` in the template is that group's name.
        for segment in &mut view.display {
            if *segment == Segment::Value(Placeholder::Group) {
                *segment = Segment::Literal(group.name.clone());
            }
        }
        view.groups.clear();
    }
    let in_code_order = variant_of_entry.iter().enumerate().all(|(slot, v)| *v == Some(slot));
    let implicit = user.variants.iter().all(|v| v.discriminant.is_none());
    Ok(DerivedCatalog { catalog: view, dense: in_code_order && implicit })
}
