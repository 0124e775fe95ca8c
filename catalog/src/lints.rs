//! Lints: things that compile but make a catalog less useful (`W` rules).
//! `errcat check` prints them as warnings; `--deny-warnings` fails on them.

use crate::diagnostic::{Diagnostic, Diagnostics, Pos, Rule, Span};
use crate::escape;
use crate::format::Deprecation;
use crate::model::Catalog;
use crate::source::Source;

/// The lint warnings of a validated catalog, except the `allowed` ones;
/// `source` is what it was loaded from, for positions and snippets.
pub fn lints(catalog: &Catalog, source: &Source, allowed: &[Rule]) -> Vec<Diagnostic> {
    let mut cx = Diagnostics::new(source.name());
    cx.set_source(source.text());
    let wanted = |rule: Rule| !allowed.contains(&rule);
    for entry in catalog.entries() {
        let name = &entry.name;
        if entry.message.is_none() && wanted(Rule::NoMessage) {
            cx.error(
                Rule::NoMessage,
                entry.span,
                format!("code {} (`{name}`) has no message", entry.code),
            )
            .help("add `message:`")
            .emit();
        }
        if entry.description.is_none() && wanted(Rule::NoDescription) {
            cx.error(
                Rule::NoDescription,
                entry.span,
                format!("code {} (`{name}`) has no description", entry.code),
            )
            .help("add `description:`")
            .emit();
        }
        if entry.http_is_default && wanted(Rule::DefaultHttp) {
            let message = format!(
                "code {} (`{name}`) maps to the default HTTP status {}",
                entry.code, entry.http
            );
            cx.error(Rule::DefaultHttp, entry.span, message)
                .help("set `http:` on the entry or its group")
                .emit();
        }
        if entry.deprecated == Some(Deprecation::Plain) && wanted(Rule::DeprecatedWithoutNote) {
            cx.error(
                Rule::DeprecatedWithoutNote,
                entry.span,
                format!("`{name}` is deprecated without a note"),
            )
            .help("write `deprecated: use OTHER_NAME`")
            .emit();
        }
    }
    if wanted(Rule::RawCharacter) {
        raw_characters_into(&mut cx, source.text());
    }
    cx.into_sorted()
}

/// W0005 alone: the characters errcat never writes raw that the catalog
/// file holds raw. The macros report these; the other lints are for
/// `errcat check`.
pub fn raw_characters(source: &Source) -> Vec<Diagnostic> {
    let mut cx = Diagnostics::new(source.name());
    if raw_characters_into(&mut cx, source.text()) {
        cx.set_source(source.text());
    }
    cx.into_sorted()
}

/// The characters of [`escape::never_raw`] but tab, line feed and carriage
/// return, which YAML reads as white space and line breaks.
fn reported(c: char) -> bool {
    escape::never_raw(c) && !matches!(c, '\t' | '\n' | '\r')
}

/// Which bytes can start a [`reported`] character: controls, DEL, and the
/// lead bytes of U+0080-U+00BF, U+0600-U+063F, U+2000-U+2FFF, U+F000-U+FFFF.
// Evaluated at compile time: an index out of range fails the build.
#[allow(clippy::indexing_slicing)]
const LEAD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = !matches!(byte, 0x09 | 0x0A | 0x0D);
        byte += 1;
    }
    table[0x7F] = true;
    table[0xC2] = true;
    table[0xD8] = true;
    table[0xE2] = true;
    table[0xEF] = true;
    table
};

/// Reports every [`reported`] character of `text`; whether there was one.
/// A loop over bytes with a table, not over `char`s: the macro runs this
/// at `opt-level = 0` over the whole file.
#[allow(clippy::indexing_slicing)] // a `u8` indexes 256 slots
fn raw_characters_into(cx: &mut Diagnostics, text: &str) -> bool {
    let bytes = text.as_bytes();
    // The line the last hit was on, and where that line starts.
    let (mut line, mut line_start, mut counted) = (1, 0, 0);
    let mut found = false;
    let mut at = 0;
    while at < bytes.len() {
        let lead = bytes.get(at).copied().unwrap_or_default();
        if !LEAD_BYTES[usize::from(lead)] {
            at += 1;
            continue;
        }
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
            at += 1;
            continue;
        };
        if reported(c) {
            let before = text.get(counted..at).unwrap_or_default();
            line += before.matches('\n').count();
            if let Some(newline) = before.rfind('\n') {
                line_start = counted + newline + 1;
            }
            counted = at;
            let column = text.get(line_start..at).unwrap_or_default().chars().count() + 1;
            let start = Pos { line, column, offset: at };
            let end = Pos { line, column: column + 1, offset: at + c.len_utf8() };
            let point = u32::from(c);
            cx.error(
                Rule::RawCharacter,
                Span { start, end },
                format!("U+{point:04X} ({}) is written raw", kind(c)),
            )
            .help(format!("in a double-quoted string write it as `\\u{point:04X}`; else remove it"))
            .emit();
            found = true;
        }
        at += c.len_utf8();
    }
    found
}

/// What kind of character `c` is, for people.
fn kind(c: char) -> &'static str {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_lint() {
        let source = "name: E\ngroups:\n  - name: g\n    http: 404\n    codes:\n      - code: 1\n        message: m\n        description: d\n      - code: 2\n        deprecated: true\n";
        let source = Source::new("e.yaml", source);
        let catalog = crate::load_source(&source).unwrap();
        let found: Vec<(&str, usize)> = lints(&catalog, &source, &[])
            .iter()
            .map(|d| (d.rule.id(), d.span.map_or(0, |s| s.start.line)))
            .collect();
        assert_eq!(found, [("W0001", 9), ("W0002", 9), ("W0004", 9)]);
        let ungrouped = "name: E\ncodes:\n  - code: 1\n    message: m\n    description: d\n";
        let source = Source::new("e.yaml", ungrouped);
        let catalog = crate::load_source(&source).unwrap();
        let found: Vec<&str> = lints(&catalog, &source, &[]).iter().map(|d| d.rule.id()).collect();
        assert_eq!(found, ["W0003"]);
        assert!(lints(&catalog, &source, &[Rule::DefaultHttp]).is_empty());
    }
}
