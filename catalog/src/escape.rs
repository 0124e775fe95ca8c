//! The one owner of escaping: which characters no file errcat writes holds
//! raw ([`never_raw`]), how each syntax errcat writes spells them inside a
//! string literal ([`Syntax`], [`quoted`]), and how text meant for people
//! shows them ([`visible`], [`comment`]).
//!
//! Never raw: control characters (C0, DEL and C1, line feed and tab
//! included), every bidirectional control (U+061C, U+200E, U+200F,
//! U+202A-U+202E, U+2066-U+2069), the line and paragraph separators U+2028
//! and U+2029, the byte-order mark U+FEFF and the noncharacters U+FFFE and
//! U+FFFF. A bidi control reorders the text around it, so a file holding
//! one raw can read differently from what it says (CVE-2021-42574; rustc
//! denies them in literals for that reason); the separators end a line for
//! some readers and not for others; the rest is invisible or not text.
//!
//! Writers of code spell each such character as an escape of their string
//! syntax, so the text reads back exactly. Writers of documents (the
//! Markdown and HTML references, comments in exports) show it as
//! `<U+202E>`: a name for the character that is not the character, and not
//! a character reference that a renderer would turn back into it. Line
//! breaks are the exception a document keeps: a reference shows one as a
//! line break.

use std::fmt::Write as _;

/// The characters of [`never_raw`], as inclusive ranges, for tests and for
/// messages that list them.
pub const NEVER_RAW: &[(char, char)] = &[
    ('\u{0}', '\u{1F}'),
    ('\u{7F}', '\u{9F}'),
    ('\u{61C}', '\u{61C}'),
    ('\u{200E}', '\u{200F}'),
    ('\u{2028}', '\u{202E}'),
    ('\u{2066}', '\u{2069}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFFE}', '\u{FFFF}'),
];

/// The characters of [`NEVER_RAW`] but `except`, for people:
/// `U+0000-U+0008, U+000B, …`.
pub fn listed(except: &[char]) -> String {
    let mut ranges: Vec<String> = Vec::new();
    let mut push = |first: u32, last: u32| {
        ranges.push(if first == last {
            format!("U+{first:04X}")
        } else {
            format!("U+{first:04X}-U+{last:04X}")
        });
    };
    for &(lo, hi) in NEVER_RAW {
        let mut start = None;
        for c in lo..=hi {
            match (start, except.contains(&c)) {
                (None, false) => start = Some(u32::from(c)),
                (Some(first), true) => {
                    push(first, u32::from(c) - 1);
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(first) = start {
            push(first, u32::from(hi));
        }
    }
    ranges.join(", ")
}

/// Whether no file errcat writes may hold `c` raw (see the module's doc).
#[inline(always)]
pub fn never_raw(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{61C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
                | '\u{FFFE}'
                | '\u{FFFF}'
        )
}

/// `c` as people read its name: `<U+202E>`.
pub fn push_visible(out: &mut String, c: char) {
    push_visible_between(out, c, ("<", ">"));
}

/// `c` as people read its name, between `open` and `close`: a document
/// whose syntax gives `<` and `>` a meaning passes them escaped (`\<` in
/// Markdown, `&lt;` in HTML), so the name still shows as `<U+202E>`.
pub fn push_visible_between(out: &mut String, c: char, (open, close): (&str, &str)) {
    let _ = write!(out, "{open}U+{:04X}{close}", u32::from(c));
}

/// The characters of [`NEVER_RAW`] that YAML reads as white space and line
/// breaks, so that a catalog holds them raw as a matter of course (lint
/// W0005 leaves them alone).
pub const YAML_SPACING: &[char] = &['\t', '\n', '\r'];

/// What kind of character of [`NEVER_RAW`] `c` is, for people.
pub fn kind(c: char) -> &'static str {
    match c {
        '\u{61C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {
            "a bidirectional control"
        }
        '\u{2028}' => "the line separator",
        '\u{2029}' => "the paragraph separator",
        '\u{FEFF}' => "a byte-order mark",
        '\u{FFFE}' | '\u{FFFF}' => "a noncharacter",
        _ => "a control character",
    }
}

/// `text` with every [`never_raw`] character shown as `<U+…>`, for text
/// printed for people (a terminal, a log).
pub fn visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if never_raw(c) {
            push_visible(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// [`visible`], but a line break stays one (a carriage return before it
/// goes): for text people read on a terminal, a line at a time.
pub fn visible_lines(text: &str) -> String {
    let lines: Vec<String> =
        text.split('\n').map(|line| visible(line.strip_suffix('\r').unwrap_or(line))).collect();
    lines.join("\n")
}

/// `text` for a one-line comment in any language errcat writes (`/** … */`,
/// `//`, `#`, a Python docstring): a line break or tab is a space, `*/`
/// cannot end a block comment early, and every other [`never_raw`]
/// character shows as `<U+…>`.
pub fn comment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.replace("*/", "*\\/").chars() {
        match c {
            '\r' | '\n' | '\t' => out.push(' '),
            c if never_raw(c) => push_visible(&mut out, c),
            c => out.push(c),
        }
    }
    out
}

/// A syntax errcat writes string literals in. Each writes `"`, `\`, line
/// feed, tab and carriage return the C way (`\"`, `\\`, `\n`, `\t`, `\r`);
/// they differ in how they spell any other code point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// Rust: `\0`, `\u{202e}`.
    Rust,
    /// JSON, and YAML's double-quoted scalars, which read the same escapes:
    /// `\u202e`.
    Json,
    /// C11 and C++17: a control character as the octal escapes of its
    /// bytes (a universal character name may not name one), others
    /// `\u202E`; `?` as `\?`, so no trigraph forms.
    C,
    /// Go: `\U0000202e`.
    Go,
    /// TypeScript (and JavaScript): `\u{202e}`.
    TypeScript,
    /// Python: `\u202e`.
    Python,
}

/// Whether a `syntax` string literal writes `c` as an escape.
#[inline(always)]
pub fn escapes(c: char, syntax: Syntax) -> bool {
    matches!(c, '"' | '\\') || never_raw(c) || (c == '?' && syntax == Syntax::C)
}

/// Appends `c` to the inside of a `syntax` string literal: itself, or its
/// escape.
#[inline(always)]
pub fn push_char(out: &mut String, c: char, syntax: Syntax) {
    match c {
        '"' => out.push_str("\\\""),
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\t' => out.push_str("\\t"),
        '\r' => out.push_str("\\r"),
        c if escapes(c, syntax) => push_code_point(out, c, syntax),
        c => out.push(c),
    }
}

fn push_code_point(out: &mut String, c: char, syntax: Syntax) {
    let point = u32::from(c);
    let _ = match syntax {
        Syntax::Rust if c == '\0' => write!(out, "\\0"),
        Syntax::Rust | Syntax::TypeScript => write!(out, "\\u{{{point:x}}}"),
        Syntax::Json => write!(out, "\\u{point:04x}"),
        Syntax::Go => write!(out, "\\U{point:08x}"),
        // Every character escaped is in the Basic Multilingual Plane (a test
        // holds NEVER_RAW to it), so four digits always suffice.
        Syntax::Python => write!(out, "\\u{point:04x}"),
        Syntax::C if c == '?' => write!(out, "\\?"),
        // Three digits each, so a digit after the escape is never read into it.
        Syntax::C if point < 0xA0 => {
            let mut bytes = [0; 4];
            c.encode_utf8(&mut bytes).bytes().try_for_each(|byte| write!(out, "\\{byte:03o}"))
        }
        Syntax::C => write!(out, "\\u{point:04X}"),
    };
}

/// The most `#` a Rust raw string literal may have around it; a text that
/// needs more goes into an escaped literal instead.
pub const MAX_RAW_HASHES: usize = 255;

/// How many `#` a Rust raw string literal (`r#"…"#`) holding `text` needs:
/// one more than the longest run of `#` after a `"` in it, none without a `"`.
///
/// rustdoc's text is a document inside code: errcat writes it as a raw
/// literal, where a line break stays a line break (as in every document
/// errcat writes) and nothing else [`never_raw`] may stand, so rustc reads
/// the value without unescaping it.
pub fn raw_rust_hashes(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut needed = 0;
    let mut at = 0;
    while at < bytes.len() {
        if bytes.get(at) == Some(&b'"') {
            let mut run = 0;
            while bytes.get(at + 1 + run) == Some(&b'#') {
                run += 1;
            }
            needed = needed.max(run + 1);
            at += run;
        }
        at += 1;
    }
    needed
}

/// `text` as a double-quoted `syntax` string literal that reads back as
/// exactly `text`, with no [`never_raw`] character written raw.
pub fn quoted(text: &str, syntax: Syntax) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        push_char(&mut out, c, syntax);
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_literals_get_one_hash_more_than_any_quote_is_followed_by() {
        for (text, hashes) in [
            ("", 0),
            ("no quote ## here", 0),
            ("a \"quote\"", 1),
            ("\"#", 2),
            ("x\"## and \"#", 3),
            ("\"", 1),
            ("#\"", 1),
        ] {
            assert_eq!(raw_rust_hashes(text), hashes, "{text}");
        }
    }

    #[test]
    fn the_ranges_list_exactly_the_characters_never_written_raw() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let listed = NEVER_RAW.iter().any(|&(lo, hi)| lo <= c && c <= hi);
            assert_eq!(listed, never_raw(c), "{c:?}");
        }
    }

    #[test]
    fn every_character_escaped_is_in_the_basic_multilingual_plane() {
        assert!(NEVER_RAW.iter().all(|&(_, hi)| u32::from(hi) <= 0xFFFF));
    }

    #[test]
    fn the_list_for_people_leaves_out_what_it_is_told_to() {
        let listed = listed(YAML_SPACING);
        assert!(
            listed.starts_with(
                "U+0000-U+0008, U+000B-U+000C, U+000E-U+001F, U+007F-U+009F, U+061C, "
            ),
            "{listed}"
        );
        assert!(listed.ends_with("U+FEFF, U+FFFE-U+FFFF"), "{listed}");
    }

    #[test]
    fn each_syntax_spells_a_character_its_own_way() {
        let text = "a\"\\\n\t\r\0\u{202E}?é中\u{1F600}";
        let expected = [
            (Syntax::Rust, r#""a\"\\\n\t\r\0\u{202e}?é中😀""#),
            (Syntax::Json, r#""a\"\\\n\t\r\u0000\u202e?é中😀""#),
            (Syntax::C, r#""a\"\\\n\t\r\000\u202E\?é中😀""#),
            (Syntax::Go, r#""a\"\\\n\t\r\U00000000\U0000202e?é中😀""#),
            (Syntax::TypeScript, r#""a\"\\\n\t\r\u{0}\u{202e}?é中😀""#),
            (Syntax::Python, r#""a\"\\\n\t\r\u0000\u202e?é中😀""#),
        ];
        for (syntax, literal) in expected {
            assert_eq!(quoted(text, syntax), literal, "{syntax:?}");
        }
        assert_eq!(quoted("\u{85}1", Syntax::C), r#""\302\2051""#);
    }

    #[test]
    fn documents_name_the_character_instead() {
        assert_eq!(visible("a\u{202E}b\u{61C}\0"), "a<U+202E>b<U+061C><U+0000>");
        let mut html = String::new();
        push_visible_between(&mut html, '\u{61C}', ("&lt;", "&gt;"));
        assert_eq!(html, "&lt;U+061C&gt;");
        assert_eq!(visible_lines("a\u{202E}\r\nb\tc\n"), "a<U+202E>\nb<U+0009>c\n");
        assert_eq!(comment("x */ y\nz\t\u{2066}"), "x *\\/ y z <U+2066>");
    }
}
