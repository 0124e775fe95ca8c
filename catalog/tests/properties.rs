//! Property tests over random valid catalogs: they are accepted, their
//! expansion is valid token text and byte-identical twice, texts survive
//! YAML quoting exactly, and the generated code table (which `code()` reads)
//! holds every code at its variant's position, in ascending order. The
//! tables `from_code` searches have their own property test in
//! `generate::lookup`.
//!
//! Grammar-level parsing of the expansion (`syn::parse_file`) is the fuzz
//! target's job (`fuzz/`): syn's `full` feature stays out of this workspace.

use std::collections::BTreeSet;
use std::str::FromStr;

use errcat_catalog::generate::{self, Tracking};
use errcat_catalog::load_str;
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use proptest::prelude::*;

/// A YAML double-quoted scalar for any string.
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            ' '..='~' => out.push(c),
            c if u32::from(c) <= 0xFFFF => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push_str(&format!("\\U{:08X}", u32::from(c))),
        }
    }
    out.push('"');
    out
}

#[derive(Debug, Clone)]
struct Spec {
    repr: &'static str,
    codes: Vec<i64>,
    groups: usize,
    named: Vec<bool>,
    messages: Vec<String>,
}

fn spec() -> impl Strategy<Value = Spec> {
    let repr = prop_oneof![Just("i16"), Just("i32"), Just("i64"), Just("u16"), Just("u32")];
    repr.prop_flat_map(|repr| {
        let low = if repr.starts_with('u') { 0 } else { -30_000 };
        (
            Just(repr),
            prop::collection::btree_set(low..30_000_i64, 1..40),
            0..5_usize,
            prop::collection::vec(any::<bool>(), 40),
            prop::collection::vec(any::<String>(), 40),
        )
    })
    .prop_map(|(repr, codes, groups, named, messages): (_, BTreeSet<i64>, _, _, _)| Spec {
        repr,
        codes: codes.into_iter().collect(),
        groups,
        named,
        messages,
    })
}

/// The catalog as YAML. Groups take contiguous runs of the sorted codes, so
/// their ranges are disjoint; the last group has no range.
fn yaml(spec: &Spec) -> String {
    let entry = |i: usize, code: i64| {
        let mut text = format!("    - code: {code}\n");
        if spec.named[i] {
            text.push_str(&format!("      name: ENTRY_{i}\n"));
        }
        text.push_str(&format!("      message: {}\n", quoted(&spec.messages[i])));
        text
    };
    let mut out = format!("name: PropError\nrepr: {}\n", spec.repr);
    if spec.groups == 0 {
        out.push_str("codes:\n");
        for (i, code) in spec.codes.iter().enumerate() {
            out.push_str(&entry(i, *code));
        }
        return out;
    }
    out.push_str("groups:\n");
    let chunk = spec.codes.len().div_ceil(spec.groups);
    let chunks: Vec<(usize, &[i64])> =
        spec.codes.chunks(chunk).enumerate().map(|(g, c)| (g * chunk, c)).collect();
    for (g, (start, codes)) in chunks.iter().enumerate() {
        out.push_str(&format!("- name: group_{g}\n"));
        if g + 1 < chunks.len() {
            out.push_str(&format!("  range: [{}, {}]\n", codes[0], codes[codes.len() - 1]));
        }
        out.push_str("  codes:\n");
        for (offset, code) in codes.iter().enumerate() {
            out.push_str(
                &entry(start + offset, *code)
                    .replacen("    - ", "  - ", 1)
                    .replace("\n      ", "\n    "),
            );
        }
    }
    out
}

/// The integers of the generated `__ERRCAT_CODES` table.
fn code_table(tokens: TokenStream) -> Option<Vec<i128>> {
    let mut trees = tokens.into_iter().peekable();
    while let Some(tree) = trees.next() {
        match tree {
            TokenTree::Ident(ident) if ident == "__ERRCAT_CODES" => {
                // `__ERRCAT_CODES: &'static [R] = &[...];`: the table is the last
                // bracket group before the `;`.
                let table = trees
                    .by_ref()
                    .take_while(|t| !matches!(t, TokenTree::Punct(p) if p.as_char() == ';'))
                    .filter_map(|t| match t {
                        TokenTree::Group(g) if g.delimiter() == Delimiter::Bracket => Some(g),
                        _ => None,
                    })
                    .last()?;
                let mut values = Vec::new();
                let mut negative = false;
                for tree in table.stream() {
                    match tree {
                        TokenTree::Punct(p) if p.as_char() == '-' => negative = true,
                        TokenTree::Literal(lit) => {
                            let value: i128 = lit.to_string().parse().ok()?;
                            values.push(if negative { -value } else { value });
                            negative = false;
                        }
                        _ => {}
                    }
                }
                return Some(values);
            }
            TokenTree::Group(group) => {
                if let Some(found) = code_table(group.stream()) {
                    return Some(found);
                }
            }
            _ => {}
        }
    }
    None
}

/// A binary search over the code table: finds each code at its position
/// only if the table is the sorted list of codes.
fn position(codes: &[i128], code: i128) -> Option<usize> {
    let (mut lo, mut hi) = (0, codes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match codes[mid].cmp(&code) {
            std::cmp::Ordering::Equal => return Some(mid),
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
        }
    }
    None
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn random_valid_catalogs(spec in spec()) {
        let source = yaml(&spec);
        let catalog = match load_str(&source, "prop.yaml") {
            Ok(catalog) => catalog,
            Err(errors) => panic!("{}\n{source}", errors[0]),
        };

        let tokens = generate::catalog(&catalog, Tracking::ManifestRelative("prop.yaml"));
        let text = tokens.to_string();
        let again = generate::catalog(&load_str(&source, "prop.yaml").unwrap(), Tracking::ManifestRelative("prop.yaml"));
        prop_assert_eq!(&text, &again.to_string(), "deterministic");
        let reparsed = TokenStream::from_str(&text).expect("expansion is valid token text");
        prop_assert_eq!(reparsed.to_string(), text);

        for (i, code) in spec.codes.iter().enumerate() {
            let entry = &catalog.entries()[i];
            prop_assert_eq!(entry.code, i128::from(*code));
            let expected = Some(spec.messages[i].as_str()).filter(|m| !m.is_empty());
            prop_assert_eq!(entry.message.as_ref().and_then(|m| m.get(0)), expected);
        }
        let table = code_table(tokens).expect("code table");
        prop_assert_eq!(table.len(), spec.codes.len());
        for (i, code) in spec.codes.iter().enumerate() {
            prop_assert_eq!(position(&table, i128::from(*code)), Some(i), "from_code finds {}", code);
        }
        let absent = (-40_000_i128..40_000).step_by(997).find(|c| !spec.codes.contains(&(*c as i64)));
        if let Some(absent) = absent {
            prop_assert_eq!(position(&table, absent), None);
        }
    }
}
