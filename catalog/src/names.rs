//! Rust identifiers from catalog names (the reference's "Variant names").

use heck::{ToSnakeCase, ToUpperCamelCase};

/// The variant identifier of an entry: its `name` without `strip_prefix`,
/// in UpperCamelCase; `Code{code}` (`CodeNeg{abs}`) when it has no name.
/// Never derived from the message, so rewording a message cannot rename a variant.
pub fn variant_ident(name: Option<&str>, strip_prefix: Option<&str>, code: i128) -> String {
    match name {
        Some(name) => {
            let stripped = strip_prefix.and_then(|p| name.strip_prefix(p)).unwrap_or(name);
            if is_upper_camel(stripped) {
                stripped.to_owned()
            } else {
                stripped.to_upper_camel_case()
            }
        }
        None if code < 0 => format!("CodeNeg{}", code.unsigned_abs()),
        None => format!("Code{code}"),
    }
}

/// Whether heck's UpperCamelCase leaves `name` as it is: ASCII letters and
/// digits, starting uppercase, no two uppercase letters in a row (digits between
/// them do not count). Checking
/// this first skips heck for names already written as identifiers, which
/// matters because the macro runs unoptimized in users' builds.
fn is_upper_camel(name: &str) -> bool {
    // Byte loops and range patterns, not iterator chains or `is_ascii_*`:
    // each of those is a call at opt-level 0.
    let bytes = name.as_bytes();
    if !matches!(bytes, [b'A'..=b'Z', ..]) {
        return false;
    }
    // Digits do not separate words for heck, so compare letters only.
    let mut previous_upper = false;
    for &byte in bytes {
        match byte {
            b'A'..=b'Z' if previous_upper => return false,
            b'A'..=b'Z' => previous_upper = true,
            b'a'..=b'z' => previous_upper = false,
            b'0'..=b'9' => {}
            _ => return false,
        }
    }
    true
}

/// The module of a catalog's context selectors: the enum's name in snake_case.
pub fn selector_module(enum_name: &str) -> String {
    enum_name.to_snake_case()
}

/// The identifier of a group's variant in the group enum.
pub fn group_ident(name: &str) -> String {
    name.to_upper_camel_case()
}

/// Why `ident` cannot be a Rust identifier in generated code, if it cannot.
pub fn ident_problem(ident: &str) -> Option<String> {
    let mut chars = ident.chars();
    let Some(first) = chars.next() else {
        return Some("it is empty".into());
    };
    for &byte in ident.as_bytes() {
        if !matches!(byte, b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_') {
            let bad = ident.chars().find(|c| !c.is_ascii_alphanumeric() && *c != '_');
            return Some(format!("`{}` is not an ASCII letter, digit or `_`", bad.unwrap_or('?')));
        }
    }
    if first.is_ascii_digit() {
        return Some("it starts with a digit".into());
    }
    if ident == "_" {
        return Some("`_` is not an identifier".into());
    }
    if is_keyword(ident) {
        return Some(format!("`{ident}` is a Rust keyword"));
    }
    None
}

/// Whether `name` is snake_case: lowercase ASCII words of letters and digits,
/// the first starting with a letter, joined by single `_`.
pub fn is_snake_case(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.split('_').all(|word| {
            !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Why `word` cannot name a declared field (`fields:`), or `None`: a field
/// is a snake_case key of entries and groups and a method of the enum, so it
/// may be no keyword, no built-in key and no generated method.
pub fn field_name_problem(word: &str) -> Option<String> {
    use crate::format::{EntryKey, GroupKey, Key as _, RESERVED_FIELD_NAMES};
    if !is_snake_case(word) {
        Some(format!("`{word}` is not snake_case"))
    } else if is_keyword(word) {
        Some(format!("`{word}` is a Rust keyword"))
    } else if EntryKey::from_word(word).is_some() || GroupKey::from_word(word).is_some() {
        Some(format!("`{word}` is already a key of entries or groups"))
    } else if RESERVED_FIELD_NAMES.contains(&word) {
        Some(format!("a field named `{word}` would clash with the generated method `{word}()`"))
    } else {
        None
    }
}

/// Why an identifier is not UpperCamelCase (enum and variant names must be,
/// or rustc warns in the consumer).
pub fn camel_case_problem(ident: &str) -> Option<&'static str> {
    if !ident.starts_with(|c: char| c.is_ascii_uppercase()) {
        Some("it must start with an uppercase ASCII letter")
    } else if ident.contains('_') {
        Some("it must not contain `_`")
    } else {
        None
    }
}

/// Whether `ident` is a Rust keyword (strict, reserved or weak).
pub fn is_keyword(ident: &str) -> bool {
    const KEYWORDS: &[&str] = &[
        "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
        "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
        "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv",
        "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true", "try",
        "type", "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while",
        "yield",
    ];
    // Every keyword but `Self` starts lowercase: most identifiers (variant
    // names) are ruled out without comparing them with the list.
    match ident.as_bytes().first() {
        Some(b'a'..=b'z') => KEYWORDS.contains(&ident),
        Some(b'S') => ident == "Self",
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names_are_snake_case_and_clash_with_nothing_generated() {
        assert_eq!(field_name_problem("sqlstate"), None);
        assert_eq!(field_name_problem("error_kind"), None);
        for (word, problem) in [
            ("Kind", "is not snake_case"),
            ("type", "is a Rust keyword"),
            ("http", "is already a key of entries or groups"),
            ("code", "is already a key of entries or groups"),
            ("http_status", "would clash with the generated method"),
        ] {
            let found = field_name_problem(word).unwrap_or_default();
            assert!(found.contains(problem), "{word}: {found}");
        }
    }

    #[test]
    fn names_follow_the_reference_examples() {
        assert_eq!(
            variant_ident(Some("ERR_INVALID_ARGUMENT"), Some("ERR_"), -1),
            "InvalidArgument"
        );
        assert_eq!(variant_ident(Some("ILLEGAL_PARAMETER"), None, 10001), "IllegalParameter");
        assert_eq!(variant_ident(Some("OBJECT_NOT_FOUND"), Some("ERR_"), -704), "ObjectNotFound");
        assert_eq!(variant_ident(None, None, 3521), "Code3521");
        assert_eq!(variant_ident(None, None, -704), "CodeNeg704");
        assert_eq!(variant_ident(None, None, 0), "Code0");
        assert_eq!(group_ident("clustermgr"), "Clustermgr");
        assert_eq!(group_ident("ha_debug"), "HaDebug");
    }

    #[test]
    fn the_shortcut_agrees_with_heck() {
        // Every string of up to 6 characters over letters and digits of both cases.
        let alphabet = ['A', 'B', 'a', 'b', '0', '1'];
        let mut strings = vec![String::new()];
        for _ in 0..6 {
            let longer: Vec<String> = strings
                .iter()
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
            for s in &longer {
                if is_upper_camel(s) {
                    assert_eq!(s.to_upper_camel_case(), *s, "{s}");
                }
            }
            strings = longer;
        }
        assert!(is_upper_camel("Group0Failure12"));
        assert!(!is_upper_camel("HTTPError"));
    }

    #[test]
    fn snake_case_is_strict() {
        for good in ["host", "disk_id", "v2", "a_1b"] {
            assert!(is_snake_case(good), "{good}");
        }
        for bad in ["", "Host", "diskId", "_x", "x_", "a__b", "1a", "a-b", "主机"] {
            assert!(!is_snake_case(bad), "{bad}");
        }
    }

    #[test]
    fn identifier_problems_are_named() {
        assert_eq!(ident_problem("Access"), None);
        assert!(ident_problem("").is_some());
        assert!(ident_problem("组别").unwrap().contains("ASCII"));
        assert!(ident_problem("404NotFound").unwrap().contains("digit"));
        assert!(ident_problem("Self").unwrap().contains("keyword"));
        assert_eq!(camel_case_problem("BlobstoreError"), None);
        assert!(camel_case_problem("blobstore").is_some());
        assert!(camel_case_problem("Blob_Error").is_some());
    }
}
