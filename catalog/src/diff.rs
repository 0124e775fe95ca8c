//! Changes between two versions of a catalog, sorted into breaking (a
//! deployed client that knows the old catalog would misread the new one)
//! and compatible.

use crate::diagnostic::Pos;
use crate::model::{Catalog, Entry, Wire};

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

/// Every change from `old` to `new`, breaking ones first, each group in code order.
pub fn diff(old: &Catalog, new: &Catalog) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut push = |breaking, kind, message: String, old: Option<&Entry>, new: Option<&Entry>| {
        changes.push(Change {
            breaking,
            kind,
            message,
            old: old.map(|e| e.span.start),
            new: new.map(|e| e.span.start),
        });
    };
    let (old_min, old_max) = old.repr().bounds();
    let (new_min, new_max) = new.repr().bounds();
    if new_min > old_min || new_max < old_max {
        let message =
            format!("repr narrowed from {} to {}", old.repr().as_str(), new.repr().as_str());
        push(true, "repr-narrowed", message, None, None);
    }
    for before in old.entries() {
        let by_code = new.entries().iter().find(|e| e.code == before.code);
        let by_name = new.entries().iter().find(|e| e.name == before.name);
        match (by_code, by_name) {
            (Some(after), _) => {
                if after.name != before.name {
                    let message = format!(
                        "code {}: name changed from `{}` to `{}`",
                        before.code, before.name, after.name
                    );
                    push(true, "name-changed", message, Some(before), Some(after));
                }
                if after.http != before.http {
                    let message = format!(
                        "code {} (`{}`): HTTP status changed from {} to {}",
                        before.code, before.name, before.http, after.http
                    );
                    push(true, "http-changed", message, Some(before), Some(after));
                }
                let old_text = before.message.as_ref().and_then(|m| m.get(0));
                if old_text != after.message.as_ref().and_then(|m| m.get(0)) {
                    let message =
                        format!("code {} (`{}`): message reworded", before.code, before.name);
                    push(false, "message-changed", message, Some(before), Some(after));
                }
            }
            (None, Some(after)) => {
                let message =
                    format!("`{}` renumbered from {} to {}", before.name, before.code, after.code);
                push(true, "code-renumbered", message, Some(before), Some(after));
            }
            (None, None) if new.is_reserved(before.code) => {
                let message =
                    format!("code {} (`{}`) removed and reserved", before.code, before.name);
                push(false, "code-retired", message, Some(before), None);
            }
            (None, None) => {
                let message = format!(
                    "code {} (`{}`) removed without being added to `reserved`",
                    before.code, before.name
                );
                push(true, "code-removed", message, Some(before), None);
            }
        }
    }
    for after in new.entries() {
        let known = old.entries().iter().any(|e| e.code == after.code || e.name == after.name);
        if !known {
            push(
                false,
                "code-added",
                format!("code {} (`{}`) added", after.code, after.name),
                None,
                Some(after),
            );
        }
    }
    for (index, group) in old.groups().iter().enumerate() {
        let Some((lo, hi)) = group.range else { continue };
        let Some(now) = new.groups().iter().find(|g| g.name == group.name) else { continue };
        let Some((new_lo, new_hi)) = now.range else { continue };
        if new_lo <= lo && new_hi >= hi {
            continue;
        }
        let outside = |code: i128| code < new_lo || code > new_hi;
        let fallen: Vec<i128> = old
            .entries()
            .iter()
            .filter(|e| e.group == Some(index) && outside(e.code))
            .map(|e| e.code)
            .collect();
        let reserved_out = old.reserved.iter().find_map(|&(r_lo, r_hi)| {
            // The part of the reserved range that lay inside the old group range.
            let (a, b) = (r_lo.max(lo), r_hi.min(hi));
            if a > b {
                None
            } else if outside(a) {
                Some(a)
            } else if outside(b) {
                Some(b)
            } else {
                None
            }
        });
        let mut message = format!(
            "group `{}`: range narrowed from [{lo}, {hi}] to [{new_lo}, {new_hi}]",
            group.name
        );
        let breaking = !fallen.is_empty() || reserved_out.is_some();
        if let Some(code) = fallen.first() {
            let more = fallen.len() - 1;
            message.push_str(&format!("; code {code} falls out"));
            if more > 0 {
                message.push_str(&format!(" (and {more} more)"));
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
    for lang in new.languages() {
        if !old.languages().contains(lang) {
            changes.push(Change {
                breaking: false,
                kind: "language-added",
                message: format!("language `{lang}` added"),
                old: None,
                new: None,
            });
        }
    }
    changes.extend(wire_changes(old.wire(), new.wire()));
    changes.sort_by_key(|c| !c.breaking);
    changes
}

/// Changes to what clients parse: the enum's serialized form, the error
/// body's field names, the problem `type` URIs.
fn wire_changes(old: &Wire, new: &Wire) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut push = |breaking, kind, message: String| {
        changes.push(Change { breaking, kind, message, old: None, new: None });
    };
    let form = |wire: &Wire| match (wire.serde_impls, wire.by_name) {
        (false, _) => "no errcat serde impls",
        (true, true) => "serialized by name",
        (true, false) => "serialized by code",
    };
    if form(old) != form(new) {
        // Impls that were not there before break nothing that parsed before.
        let breaking = old.serde_impls;
        push(breaking, "serde-changed", format!("{} instead of {}", form(new), form(old)));
    }
    let fields = |wire: &Wire| {
        [
            ("code", Some(wire.code_field.clone())),
            ("message", Some(wire.message_field.clone())),
            ("name", wire.name_field.clone()),
            ("group", wire.group_field.clone()),
        ]
    };
    for ((role, before), (_, after)) in fields(old).into_iter().zip(fields(new)) {
        match (before, after) {
            (Some(before), Some(after)) if before != after => {
                let message =
                    format!("body: the {role} field renamed from `{before}` to `{after}`");
                push(true, "body-field-renamed", message);
            }
            (Some(before), None) => {
                push(
                    true,
                    "body-field-removed",
                    format!("body: the {role} field `{before}` removed"),
                );
            }
            (None, Some(after)) => {
                push(false, "body-field-added", format!("body: a {role} field `{after}` added"));
            }
            _ => {}
        }
    }
    match (&old.problem_type_base, &new.problem_type_base) {
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
            [("http-changed", true), ("message-changed", false), ("code-added", false)]
        );
        assert_eq!(
            kinds(
                base,
                &format!("{}repr: i16\n", base.replace("codes:", "languages: [en, zh]\ncodes:"))
            ),
            [("repr-narrowed", true), ("language-added", false)]
        );
        let grouped = |range: &str| {
            format!("name: E\ngroups:\n  - name: g\n    range: {range}\n    codes: [{{code: 5}}]\n")
        };
        assert_eq!(kinds(&grouped("[1, 9]"), &grouped("[1, 8]")), [("range-narrowed", false)]);
        let moved_out = "name: E\ngroups:\n  - name: g\n    range: [6, 9]\n    codes: [{code: 7}]\n  - name: h\n    range: [1, 5]\n    codes: [{code: 5}]\n";
        assert_eq!(
            kinds(&grouped("[1, 9]"), moved_out),
            [("range-narrowed", true), ("code-added", false)]
        );
        let reserving =
            |range: &str| grouped(range).replace("    codes:", "    reserved: [9]\n    codes:");
        assert_eq!(kinds(&reserving("[1, 9]"), &grouped("[1, 8]")), [("range-narrowed", true)]);
        assert_eq!(kinds(&reserving("[1, 10]"), &reserving("[1, 9]")), [("range-narrowed", false)]);
        assert_eq!(kinds(&grouped("[1, 9]"), &grouped("[0, 10]")), []);
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
