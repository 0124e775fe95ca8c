//! Changes between two versions of a catalog, sorted into breaking (a
//! deployed client that knows the old catalog would misread the new one)
//! and compatible.
//!
//! Entries and groups are paired through hash maps and reserved codes found
//! by binary search, so a diff costs O(n log n) in the catalogs' size.

use std::collections::{HashMap, HashSet};

use crate::diagnostic::Pos;
use crate::format::{BodyKey, Key as _, SerdeForm};
use crate::model::{Argument, BodyPart, Catalog, Entry, Wire};

mod fields;

/// One difference between two catalog versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Whether it breaks clients of the old version.
    pub breaking: bool,
    /// A stable name for the kind of change (for machines).
    pub kind: &'static str,
    /// What changed, for people.
    pub message: String,
    /// Where, in the old file.
    pub old: Option<Pos>,
    /// Where, in the new file.
    pub new: Option<Pos>,
}

impl Change {
    /// A change of the catalog as a whole, with no one place in either file.
    fn whole(breaking: bool, kind: &'static str, message: String) -> Change {
        Change { breaking, kind, message, old: None, new: None }
    }

    /// A change of an entry, at its place in each version that has it.
    fn entry(
        breaking: bool,
        kind: &'static str,
        message: String,
        old: Option<&Entry>,
        new: Option<&Entry>,
    ) -> Change {
        let (old, new) = (old.map(|e| e.span.start), new.map(|e| e.span.start));
        Change { breaking, kind, message, old, new }
    }
}

/// Every change from `old` to `new`, breaking ones first. Within each, the
/// order is `repr`, entries (in code order: changed, renumbered and removed
/// old ones, then added new ones), group ranges, languages, wire settings.
pub fn diff(old: &Catalog, new: &Catalog) -> Vec<Change> {
    let mut changes = Vec::new();
    changes.extend(repr_change(old, new));
    changes.extend(representation_change(old, new));
    changes.extend(fields::declaration_changes(old, new));
    changes.extend(entry_changes(old, new));
    changes.extend(range_changes(old, new));
    changes.extend(language_changes(old, new));
    changes.extend(wire_changes(old.wire(), new.wire()));
    if old.domain() != new.domain() {
        // ErrorInfo's reason is unique within its domain: clients match on both.
        let message = format!("gRPC domain changed from `{}` to `{}`", old.domain(), new.domain());
        changes.push(Change::whole(true, "domain-changed", message));
    }
    // Stable: each kind of change keeps its order within breaking and compatible.
    changes.sort_by_key(|c| !c.breaking);
    changes
}

/// A narrower `repr` cannot hold codes that clients may have stored.
fn repr_change(old: &Catalog, new: &Catalog) -> Option<Change> {
    let (old_min, old_max) = old.repr().bounds();
    let (new_min, new_max) = new.repr().bounds();
    let narrowed = new_min > old_min || new_max < old_max;
    let message = format!("repr narrowed from {} to {}", old.repr(), new.repr());
    narrowed.then(|| Change::whole(true, "repr-narrowed", message))
}

/// Enum to open or back: code that matches exhaustively (or uses `as`, or
/// an open catalog's `from_code_lossy`) stops compiling, so it breaks the
/// source; the wire is the same codes and names.
fn representation_change(old: &Catalog, new: &Catalog) -> Option<Change> {
    let (from, to) = (old.representation(), new.representation());
    let message = format!(
        "representation changed from {from} to {to}: the generated type changes (exhaustive `match`es, `from_code_lossy`), the wire form does not"
    );
    (from != to).then(|| Change::whole(true, "representation-changed", message))
}

/// Each old entry paired with the new entry of the same code (else of the
/// same name), then the new entries that pair with no old one.
fn entry_changes(old: &Catalog, new: &Catalog) -> Vec<Change> {
    let new_by_code: HashMap<i128, &Entry> = new.entries().iter().map(|e| (e.code, e)).collect();
    let new_by_name: HashMap<&str, &Entry> =
        new.entries().iter().map(|e| (e.name.as_str(), e)).collect();
    let mut changes = Vec::new();
    for before in old.entries() {
        if let Some(after) = new_by_code.get(&before.code) {
            changes.extend(same_code_changes(before, after));
            changes.extend(fields::value_changes(old, new, before, after));
            changes.extend(group_change(old, new, before, after));
        } else if let Some(after) = new_by_name.get(before.name.as_str()) {
            let message =
                format!("`{}` renumbered from {} to {}", before.name, before.code, after.code);
            changes.push(Change::entry(
                true,
                "code-renumbered",
                message,
                Some(before),
                Some(after),
            ));
        } else if new.is_reserved(before.code) {
            let message = format!("code {} (`{}`) removed and reserved", before.code, before.name);
            changes.push(Change::entry(false, "code-retired", message, Some(before), None));
        } else {
            let message = format!(
                "code {} (`{}`) removed without being added to `reserved`",
                before.code, before.name
            );
            changes.push(Change::entry(true, "code-removed", message, Some(before), None));
        }
    }
    let old_codes: HashSet<i128> = old.entries().iter().map(|e| e.code).collect();
    let old_names: HashSet<&str> = old.entries().iter().map(|e| e.name.as_str()).collect();
    for after in new.entries() {
        if !old_codes.contains(&after.code) && !old_names.contains(after.name.as_str()) {
            let message = format!("code {} (`{}`) added", after.code, after.name);
            changes.push(Change::entry(false, "code-added", message, None, Some(after)));
        }
    }
    changes
}

/// What changed in an entry that kept its code.
fn same_code_changes(before: &Entry, after: &Entry) -> Vec<Change> {
    let (code, name) = (before.code, &before.name);
    let mut changes = Vec::new();
    let mut push = |breaking, kind, message| {
        changes.push(Change::entry(breaking, kind, message, Some(before), Some(after)));
    };
    if after.name != before.name {
        let message = format!("code {code}: name changed from `{name}` to `{}`", after.name);
        push(true, "name-changed", message);
    }
    if after.http != before.http {
        let message = format!(
            "code {code} (`{name}`): HTTP status changed from {} to {}",
            before.http, after.http
        );
        push(true, "http-changed", message);
    }
    if after.grpc != before.grpc {
        let message = format!(
            "code {code} (`{name}`): gRPC code changed from {} to {}",
            before.grpc, after.grpc
        );
        push(true, "grpc-changed", message);
    }
    if default_message(before) != default_message(after) {
        // Validation makes the placeholders the arguments, so a rewording
        // that keeps the arguments keeps the placeholders.
        push(false, "message-changed", format!("code {code} (`{name}`): message reworded"));
    }
    for (kind, message) in argument_changes(&before.args, &after.args) {
        push(true, kind, format!("code {code} (`{name}`): {message}"));
    }
    changes
}

/// A code that moved to another group: `group()` (and a body's group member)
/// answer differently for it, so clients that branch on the group break;
/// breaking unless the old catalog had no groups at all (then there was no
/// `group()` to answer differently).
fn group_change(old: &Catalog, new: &Catalog, before: &Entry, after: &Entry) -> Option<Change> {
    let group_name = |catalog: &Catalog, entry: &Entry| {
        entry.group.and_then(|g| catalog.groups().get(g)).map(|g| g.name.clone())
    };
    let (from, to) = (group_name(old, before), group_name(new, after));
    if from == to {
        return None;
    }
    let describe =
        |group: Option<String>| group.map_or("no group".to_owned(), |g| format!("group `{g}`"));
    let message = format!(
        "code {} (`{}`) moved from {} to {}",
        before.code,
        before.name,
        describe(from),
        describe(to)
    );
    let breaking = !old.groups().is_empty();
    Some(Change::entry(breaking, "group-changed", message, Some(before), Some(after)))
}

/// How an entry's arguments changed; every change breaks callers (a
/// selector's fields) and clients (the body's and problem's members). An
/// argument gone and another come at the same place with the same type is
/// a rename.
fn argument_changes(before: &[Argument], after: &[Argument]) -> Vec<(&'static str, String)> {
    let find = |list: &[Argument], name: &str| list.iter().position(|a| a.name == name);
    let mut changes = Vec::new();
    let mut renamed_to = Vec::new();
    for (index, old) in before.iter().enumerate() {
        match find(after, &old.name).and_then(|i| after.get(i)) {
            Some(new) if new.ty != old.ty => changes.push((
                "arg-retyped",
                format!("argument `{}` retyped from {} to {}", old.name, old.ty, new.ty),
            )),
            Some(_) => {}
            None => match after
                .get(index)
                .filter(|new| new.ty == old.ty && find(before, &new.name).is_none())
            {
                Some(new) => {
                    renamed_to.push(new.name.as_str());
                    changes.push((
                        "arg-renamed",
                        format!("argument `{}` renamed to `{}`", old.name, new.name),
                    ));
                }
                None => changes.push(("arg-removed", format!("argument `{}` removed", old.name))),
            },
        }
    }
    for new in after {
        if find(before, &new.name).is_none() && !renamed_to.contains(&new.name.as_str()) {
            changes.push(("arg-added", format!("argument `{}` ({}) added", new.name, new.ty)));
        }
    }
    changes
}

fn default_message(entry: &Entry) -> Option<&str> {
    entry.message.as_ref().and_then(|m| m.get(0))
}

/// Group ranges that shrank: breaking when one of the group's codes or
/// reserved codes falls out, since `of_code` then answers differently.
fn range_changes(old: &Catalog, new: &Catalog) -> Vec<Change> {
    let new_groups: HashMap<&str, _> = new.groups().iter().map(|g| (g.name.as_str(), g)).collect();
    let mut codes_of_group: Vec<Vec<i128>> = vec![Vec::new(); old.groups().len()];
    for entry in old.entries() {
        if let Some(codes) = entry.group.and_then(|g| codes_of_group.get_mut(g)) {
            codes.push(entry.code);
        }
    }
    let mut changes = Vec::new();
    for (group, codes) in old.groups().iter().zip(&codes_of_group) {
        let Some((lo, hi)) = group.range else { continue };
        let Some(now) = new_groups.get(group.name.as_str()) else { continue };
        let Some((new_lo, new_hi)) = now.range else { continue };
        if new_lo <= lo && new_hi >= hi {
            continue;
        }
        let outside = |code: i128| code < new_lo || code > new_hi;
        let fallen: Vec<i128> = codes.iter().copied().filter(|&c| outside(c)).collect();
        // The lowest reserved code of the old range below or above the new one.
        let below = (lo < new_lo).then(|| old.lowest_reserved_in(lo, hi.min(new_lo - 1)));
        let above = (new_hi < hi).then(|| old.lowest_reserved_in(lo.max(new_hi + 1), hi));
        let reserved_out = below.flatten().or(above.flatten());
        let mut message = format!(
            "group `{}`: range narrowed from [{lo}, {hi}] to [{new_lo}, {new_hi}]",
            group.name
        );
        let breaking = !fallen.is_empty() || reserved_out.is_some();
        if let Some((code, more)) = fallen.split_first() {
            message.push_str(&format!("; code {code} falls out"));
            if !more.is_empty() {
                message.push_str(&format!(" (and {} more)", more.len()));
            }
        } else if let Some(code) = reserved_out {
            message.push_str(&format!("; reserved code {code} falls out"));
        } else {
            message.push_str("; no code or reserved code falls out");
        }
        changes.push(Change {
            breaking,
            kind: "range-narrowed",
            message,
            old: Some(group.span.start),
            new: Some(now.span.start),
        });
    }
    changes
}

/// New languages: compatible, since lookups fall back.
fn language_changes(old: &Catalog, new: &Catalog) -> Vec<Change> {
    new.languages()
        .iter()
        .filter(|lang| !old.languages().contains(lang))
        .map(|lang| Change::whole(false, "language-added", format!("language `{lang}` added")))
        .collect()
}

/// Changes to what clients parse: the enum's serialized form, the error
/// body's field names, the problem `type` URIs.
fn wire_changes(old: &Wire, new: &Wire) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut push = |breaking, kind, message: String| {
        changes.push(Change::whole(breaking, kind, message));
    };
    let form = |wire: &Wire| match wire.serde() {
        SerdeForm::None => "no errcat serde impls",
        SerdeForm::Name => "serialized by name",
        SerdeForm::Code => "serialized by code",
    };
    if form(old) != form(new) {
        // Impls that were not there before break nothing that parsed before.
        let breaking = old.serde_impls();
        push(breaking, "serde-changed", format!("{} instead of {}", form(new), form(old)));
    }
    let member = |wire: &Wire, part: &BodyPart| {
        wire.fields().find(|(p, _)| *p == part).map(|(_, name)| name.to_owned())
    };
    let mut parts: Vec<BodyPart> = BodyKey::ALL.iter().map(|k| BodyPart::Key(*k)).collect();
    for (part, _) in old.fields().chain(new.fields()) {
        if !parts.contains(part) {
            parts.push(part.clone());
        }
    }
    for part in &parts {
        let role = part.as_str();
        match (member(old, part), member(new, part)) {
            (Some(before), Some(after)) if before != after => {
                let message =
                    format!("body: the {role} field renamed from `{before}` to `{after}`");
                push(true, "body-field-renamed", message);
            }
            (Some(before), None) => {
                let message = format!("body: the {role} field `{before}` removed");
                push(true, "body-field-removed", message);
            }
            (None, Some(after)) => {
                push(false, "body-field-added", format!("body: a {role} field `{after}` added"));
            }
            _ => {}
        }
    }
    match (old.problem_type_base(), new.problem_type_base()) {
        (Some(before), Some(after)) if before != after => {
            let message = format!("problem type base changed from `{before}` to `{after}`");
            push(true, "problem-type-changed", message);
        }
        (Some(before), None) => {
            let message =
                format!("problem type base `{before}` removed (types become about:blank)");
            push(true, "problem-type-changed", message);
        }
        (None, Some(after)) => {
            push(false, "problem-type-added", format!("problem type base `{after}` added"));
        }
        _ => {}
    }
    if old.problem_type_from() != new.problem_type_from() {
        // Clients that read `type` see other URIs either way.
        let message = match new.problem_type_from() {
            Some(_) => "problem type is now the help link".to_owned(),
            None => "problem type is no longer the help link".to_owned(),
        };
        push(true, "problem-type-changed", message);
    }
    for member in old.problem_members().iter().filter(|m| !new.problem_members().contains(m)) {
        let message = format!("problem member `{}` removed", member.name());
        push(true, "problem-member-removed", message);
    }
    for member in new.problem_members().iter().filter(|m| !old.problem_members().contains(m)) {
        let message = format!("problem member `{}` added", member.name());
        push(false, "problem-member-added", message);
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(source: &str) -> Catalog {
        crate::load_str(source, "c.yaml").unwrap()
    }

    fn kinds(old: &str, new: &str) -> Vec<(&'static str, bool)> {
        diff(&catalog(old), &catalog(new)).iter().map(|c| (c.kind, c.breaking)).collect()
    }

    #[test]
    fn each_kind_of_change() {
        let base =
            "name: E\ncodes:\n  - code: 1\n    name: A\n    message: a\n  - code: 2\n    name: B\n";
        assert_eq!(kinds(base, base), []);
        assert_eq!(
            kinds(base, "name: E\ncodes:\n  - code: 1\n    name: A\n    message: a\n"),
            [("code-removed", true)]
        );
        assert_eq!(
            kinds(
                base,
                "name: E\nreserved: [2]\ncodes:\n  - code: 1\n    name: A\n    message: a\n"
            ),
            [("code-retired", false)]
        );
        assert_eq!(kinds(base, "name: E\ncodes:\n  - code: 1\n    name: A\n    message: a\n  - code: 3\n    name: B\n"), [("code-renumbered", true)]);
        assert_eq!(kinds(base, "name: E\ncodes:\n  - code: 1\n    name: Z\n    message: a\n  - code: 2\n    name: B\n"), [("name-changed", true)]);
        assert_eq!(
            kinds(base, "name: E\ncodes:\n  - code: 1\n    name: A\n    message: b\n    http: 404\n  - code: 2\n    name: B\n  - code: 9\n"),
            // The gRPC code follows the HTTP status when the catalog sets none.
            [("http-changed", true), ("grpc-changed", true), ("message-changed", false), ("code-added", false)]
        );
        assert_eq!(
            kinds(
                base,
                &format!("{}repr: i16\n", base.replace("codes:", "languages: [en, zh]\ncodes:"))
            ),
            [("repr-narrowed", true), ("language-added", false)]
        );
        assert_eq!(
            kinds(base, &format!("{base}representation: open\n")),
            [("representation-changed", true)]
        );
        let grouped = |range: &str| {
            format!("name: E\ngroups:\n  - name: g\n    range: {range}\n    codes: [{{code: 5}}]\n")
        };
        assert_eq!(kinds(&grouped("[1, 9]"), &grouped("[1, 8]")), [("range-narrowed", false)]);
        let moved_out = "name: E\ngroups:\n  - name: g\n    range: [6, 9]\n    codes: [{code: 7}]\n  - name: h\n    range: [1, 5]\n    codes: [{code: 5}]\n";
        assert_eq!(
            kinds(&grouped("[1, 9]"), moved_out),
            [("group-changed", true), ("range-narrowed", true), ("code-added", false)]
        );
        let reserving =
            |range: &str| grouped(range).replace("    codes:", "    reserved: [9]\n    codes:");
        assert_eq!(kinds(&reserving("[1, 9]"), &grouped("[1, 8]")), [("range-narrowed", true)]);
        assert_eq!(kinds(&reserving("[1, 10]"), &reserving("[1, 9]")), [("range-narrowed", false)]);
        assert_eq!(kinds(&grouped("[1, 9]"), &grouped("[0, 10]")), []);
    }

    #[test]
    fn argument_changes_break_and_rewording_does_not() {
        let with = |args: &str, message: &str| {
            format!(
                "name: E\ncodes:\n  - code: 1\n    args: {{{args}}}\n    message: \"{message}\"\n"
            )
        };
        let base = with("disk_id: u64, host: string", "disk {disk_id} on {host}");
        assert_eq!(
            kinds(&base, &with("disk_id: u64, host: string", "no disk {disk_id} on {host}")),
            [("message-changed", false)]
        );
        assert_eq!(
            kinds(&base, &with("disk_id: u32, host: string", "disk {disk_id} on {host}")),
            [("arg-retyped", true)]
        );
        assert_eq!(
            kinds(&base, &with("disk: u64, host: string", "disk {disk} on {host}")),
            [("arg-renamed", true), ("message-changed", false)]
        );
        assert_eq!(
            kinds(&base, &with("disk_id: u64", "disk {disk_id}")),
            [("arg-removed", true), ("message-changed", false)]
        );
        assert_eq!(
            kinds(
                &base,
                &with(
                    "disk_id: u64, host: string, zone: string",
                    "disk {disk_id} on {host} in {zone}"
                )
            ),
            [("arg-added", true), ("message-changed", false)]
        );
        let changes = diff(
            &catalog(&base),
            &catalog(&with("disk_id: i64, host: string", "disk {disk_id} on {host}")),
        );
        assert_eq!(
            changes[0].message,
            "code 1 (`Code1`): argument `disk_id` retyped from u64 to i64"
        );
    }

    #[test]
    fn wire_changes_break_clients_unless_they_only_add() {
        let with = |wire: &str| format!("name: E\n{wire}codes:\n  - code: 1\n");
        let plain = with("");
        assert_eq!(kinds(&plain, &with("serde: code\nbody: {code: code}\n")), []);
        assert_eq!(kinds(&plain, &with("serde: name\n")), [("serde-changed", true)]);
        assert_eq!(kinds(&plain, &with("serde: none\n")), [("serde-changed", true)]);
        assert_eq!(kinds(&with("serde: none\n"), &plain), [("serde-changed", false)]);
        assert_eq!(
            kinds(&plain, &with("body: {code: Code, name: Name}\nproblem: {type_base: \"u:/\"}\n")),
            [
                ("body-field-renamed", true),
                ("body-field-added", false),
                ("problem-type-added", false)
            ]
        );
        assert_eq!(
            kinds(&with("body: {name: Name}\nproblem: {type_base: \"u:/\"}\n"), &plain),
            [("body-field-removed", true), ("problem-type-changed", true)]
        );
        let changes = diff(&catalog(&plain), &catalog(&with("body: {message: Msg}\n")));
        assert_eq!(changes[0].message, "body: the message field renamed from `message` to `Msg`");
    }
}
