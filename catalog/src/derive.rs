//! `#[derive(ErrorCatalog)]`: matching an enum the user declared against the
//! catalog. Every drift is reported at once; the result is a view of the
//! catalog with the user's variant names, which the one generator expands.

use std::collections::HashMap;

use proc_macro2::TokenStream;

use crate::format::{Discriminant, Placeholder};
use crate::generate::{self, Declaration, Tracking};
use crate::model::{Catalog, Entry};
use crate::names;
use crate::suggest::closest;
use crate::template::Segment;

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
    /// The `group = "..."` of the enum's `#[catalog]` attribute.
    Group,
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
    catalog: Catalog,
    /// Variants are declared in code order with implicit discriminants, so
    /// `self as usize` is the position; otherwise a `match` maps them.
    dense: bool,
}

impl DerivedCatalog {
    /// Whether the user's variants are declared in code order with implicit
    /// discriminants, so that the generated tables are indexed by `self as usize`.
    pub fn is_dense(&self) -> bool {
        self.dense
    }

    /// The impls for the user's enum: the catalog's API without the
    /// declaration and `Debug`.
    pub fn expand(&self, tracking: Tracking<'_>) -> TokenStream {
        generate::expand(&self.catalog, Declaration::User { dense: self.dense }, tracking)
    }
}

/// Matches `user` against `catalog` (or its group `group`).
pub fn match_enum(
    catalog: &Catalog,
    user: &UserEnum,
    group: Option<&str>,
) -> Result<DerivedCatalog, Vec<Drift>> {
    if catalog.representation == crate::format::Representation::Open {
        return Err(vec![Drift {
            location: Location::Enum,
            message: "the catalog has `representation: open`, which generates a type of its own: \
                      `#[derive(ErrorCatalog)]` is for enums you declare; use `errcat::catalog!` \
                      for it, or set `representation: enum`"
                .to_owned(),
        }]);
    }
    let group_index = match group {
        Some(wanted) => Some(find_group(catalog, wanted).map_err(|drift| vec![drift])?),
        None => None,
    };
    let scope = Scope {
        entries: catalog
            .entries
            .iter()
            .filter(|e| group_index.is_none() || e.group == group_index)
            .collect(),
        name: group.map_or_else(|| "the catalog".to_owned(), |g| format!("group `{g}`")),
    };
    let (variant_of_entry, mut drift) = pair_variants(&scope, user);
    drift.extend(entries_without_variant(&scope, &variant_of_entry));
    drift.extend(selector_module_problem(&scope, user));
    if !drift.is_empty() {
        return Err(drift);
    }
    Ok(view(catalog, user, group_index, &scope, &variant_of_entry))
}

/// The entries a user's enum must cover: the catalog's, or one group's.
struct Scope<'a> {
    entries: Vec<&'a Entry>,
    /// "the catalog" or "group `x`", for messages.
    name: String,
}

/// The index of the group named `wanted`, or a drift with the nearest name.
fn find_group(catalog: &Catalog, wanted: &str) -> Result<usize, Drift> {
    if let Some(index) = catalog.groups.iter().position(|g| g.name == wanted) {
        return Ok(index);
    }
    let names: Vec<&str> = catalog.groups.iter().map(|g| g.name.as_str()).collect();
    let message = match closest(wanted, &names) {
        Some(near) => format!("the catalog has no group `{wanted}`; did you mean `{near}`?"),
        None if names.is_empty() => format!("the catalog has no groups, so no group `{wanted}`"),
        None => {
            format!("the catalog has no group `{wanted}`; its groups are: {}", names.join(", "))
        }
    };
    Err(Drift { location: Location::Group, message })
}

/// For each entry of the scope, the user's variant that stands for it, and
/// the drift of variants that stand for nothing or for a taken entry.
fn pair_variants(scope: &Scope<'_>, user: &UserEnum) -> (Vec<Option<usize>>, Vec<Drift>) {
    // A variant names its entry by identifier, or by catalog name with
    // `#[catalog(name)]`; hash maps keep a 10,000-variant enum linear.
    let by_ident: HashMap<&str, usize> =
        scope.entries.iter().enumerate().map(|(slot, e)| (e.ident.as_str(), slot)).collect();
    let by_name: HashMap<&str, usize> =
        scope.entries.iter().enumerate().map(|(slot, e)| (e.name.as_str(), slot)).collect();
    let mut variant_of_entry: Vec<Option<usize>> = vec![None; scope.entries.len()];
    let mut drift = Vec::new();
    for (v, variant) in user.variants.iter().enumerate() {
        let at = |message| Drift { location: Location::Variant(v), message };
        if variant.has_fields {
            let message =
                format!("variant `{}` has fields; catalog variants are plain names", variant.ident);
            drift.push(at(message));
            continue;
        }
        let slot = match &variant.catalog_name {
            Some(name) => by_name.get(name.as_str()),
            None => by_ident.get(variant.ident.as_str()),
        };
        let Some(&slot) = slot else {
            drift.push(at(unknown_variant(scope, variant)));
            continue;
        };
        let Some((entry, paired)) = scope.entries.get(slot).zip(variant_of_entry.get_mut(slot))
        else {
            continue;
        };
        if let Some(earlier) = *paired {
            let first = user.variants.get(earlier).map_or("", |v| v.ident.as_str());
            let message = format!(
                "`{}` stands for catalog entry `{}`, like `{first}`",
                variant.ident, entry.name
            );
            drift.push(at(message));
            continue;
        }
        if let Some(UserDiscriminant::Literal(value)) = variant.discriminant {
            if value != entry.code {
                let message = format!(
                    "`{}` = {value}, but the catalog gives `{}` the code {}",
                    variant.ident, entry.name, entry.code
                );
                drift.push(at(message));
            }
        }
        *paired = Some(v);
    }
    (variant_of_entry, drift)
}

/// "`X` is not in the catalog", with the nearest name the variant could mean.
fn unknown_variant(scope: &Scope<'_>, variant: &UserVariant) -> String {
    let by_name = variant.catalog_name.is_some();
    let candidates: Vec<&str> = scope
        .entries
        .iter()
        .map(|e| if by_name { e.name.as_str() } else { e.ident.as_str() })
        .collect();
    let wanted = variant.catalog_name.as_deref().unwrap_or(&variant.ident);
    let scope = &scope.name;
    match closest(wanted, &candidates) {
        Some(near) => format!("`{wanted}` is not in {scope}; did you mean `{near}`?"),
        None => {
            format!("`{wanted}` is not in {scope}: add it to the catalog or remove the variant")
        }
    }
}

/// A drift on the enum for each entry of the scope that no variant stands for.
fn entries_without_variant(scope: &Scope<'_>, variant_of_entry: &[Option<usize>]) -> Vec<Drift> {
    scope
        .entries
        .iter()
        .zip(variant_of_entry)
        .filter(|(_, variant)| variant.is_none())
        .map(|(entry, _)| Drift {
            location: Location::Enum,
            message: format!(
                "catalog entry `{}` (code {}) has no variant: add `{}`",
                entry.name, entry.code, entry.ident
            ),
        })
        .collect()
}

/// An enum whose entries have arguments gets a module of context selectors
/// named like it in snake_case, which must be an identifier.
fn selector_module_problem(scope: &Scope<'_>, user: &UserEnum) -> Option<Drift> {
    if scope.entries.iter().all(|e| e.args.is_empty()) {
        return None;
    }
    let module = names::selector_module(&user.name);
    let problem = names::ident_problem(&module)?;
    Some(Drift {
        location: Location::Enum,
        message: format!(
            "`{}` cannot name an enum whose entries have arguments: its selector module would be `{module}`, and {problem}",
            user.name
        ),
    })
}

/// The catalog as the user's enum sees it: its name, its variants, its
/// entries only; with one group selected, no group enum.
fn view(
    catalog: &Catalog,
    user: &UserEnum,
    group_index: Option<usize>,
    scope: &Scope<'_>,
    variant_of_entry: &[Option<usize>],
) -> DerivedCatalog {
    let mut view = catalog.clone();
    view.name.clone_from(&user.name);
    view.discriminant = Discriminant::Index;
    view.entries = scope
        .entries
        .iter()
        .zip(variant_of_entry)
        .filter_map(|(entry, variant)| {
            let mut entry = (*entry).clone();
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
    DerivedCatalog { catalog: view, dense: in_code_order && implicit }
}
