//! Each entry's doc: its message as the first line, then every fact the
//! catalog has about it.
//!
//! These docs are most of the text the macro writes, and the macro runs at
//! `opt-level = 0` in a user's build, so they are written straight into the
//! doc attribute's raw string literal, escaped for Markdown in one pass over
//! each character of catalog text, and what the entries of a group or a
//! language share is written once per catalog.

use std::fmt::Write as _;

use super::{doc_char, doc_text, inline_text, MARKDOWN_SPECIAL};
use crate::generate::lists::{byte_table, is_plain, RustText};

/// The bytes that make catalog text need more than a copy into a doc literal.
const DOC_BYTES: [bool; 256] = byte_table(MARKDOWN_SPECIAL);
use crate::format::RustdocDetail;
use crate::format::{GrpcCode, Severity};
use crate::model::{Catalog, Entry, Group, Localized};

/// Where documentation is written: Markdown in a `String`, or the same
/// Markdown as the inside of a Rust raw string literal ([`DocLiteral`]).
pub(in crate::generate) trait Doc: Default {
    /// errcat's own Markdown. `'static`, so no catalog text comes this way;
    /// it holds no quote, backslash or control character but line breaks (a
    /// test compares the two forms), so it goes into a literal as it is.
    fn own(&mut self, text: &'static str);
    /// A number.
    fn number(&mut self, value: i128);
    /// Catalog text, Markdown-escaped; its lines joined by spaces when `inline`.
    fn text(&mut self, text: &str, inline: bool);
    /// The inside of a code span that [`own`](Doc::own) opened.
    fn code_text(&mut self, text: &str);
    /// Text written earlier by a `Doc` of the same kind.
    fn piece(&mut self, piece: &Self);

    /// Catalog text in a code span, or as escaped text if a backtick or a
    /// line break in it would end the span.
    fn code(&mut self, text: &str) {
        if in_code_span(text) {
            self.own("`");
            self.code_text(text);
            self.own("`");
        } else {
            self.text(text, false);
        }
    }
}

/// Whether `text` can stand in a code span as it is: nothing in it ends the
/// span, and nothing is a character errcat never writes raw.
fn in_code_span(text: &str) -> bool {
    !text.contains('`') && !text.contains(crate::escape::never_raw)
}

impl Doc for String {
    fn own(&mut self, text: &'static str) {
        self.push_str(text);
    }

    fn number(&mut self, value: i128) {
        let _ = write!(self, "{value}");
    }

    fn text(&mut self, text: &str, inline: bool) {
        self.push_str(&if inline { inline_text(text) } else { doc_text(text) });
    }

    fn code_text(&mut self, text: &str) {
        self.push_str(text);
    }

    fn piece(&mut self, piece: &Self) {
        self.push_str(piece);
    }
}

/// Markdown as the inside of a Rust raw string literal: catalog text
/// escaped for Markdown as it is written, line breaks kept. rustc takes a raw
/// literal's value as it stands, where a `"…\n…"` literal is unescaped
/// character by character: at 10,000 codes the raw form saves 2% of the
/// instructions of the consumer's whole build.
#[derive(Default)]
pub(in crate::generate) struct DocLiteral(RustText);

impl Doc for DocLiteral {
    fn own(&mut self, text: &'static str) {
        self.0.raw_static(text);
    }

    fn number(&mut self, value: i128) {
        self.0.raw_number(value);
    }

    fn text(&mut self, text: &str, inline: bool) {
        // Most texts are one line that needs no escape and no trimming:
        // `lines` and `trim` cost more than the copy at opt-level 0.
        if is_plain(text, &DOC_BYTES) && untrimmed(text) {
            self.0.raw_plain(text);
            return;
        }
        for (i, line) in text.lines().enumerate() {
            if i > 0 {
                self.0.raw_char(if inline { ' ' } else { '\n' });
            }
            let line = line.trim();
            if is_plain(line, &DOC_BYTES) {
                self.0.raw_plain(line);
                continue;
            }
            for c in line.chars() {
                doc_char(c, |c| self.0.raw_char(c));
            }
        }
    }

    fn code_text(&mut self, text: &str) {
        for c in text.chars() {
            self.0.raw_char(c);
        }
    }

    fn piece(&mut self, piece: &Self) {
        self.0.raw_piece(&piece.0);
    }
}

/// Whether `text` is not empty and `trim` leaves it as it is.
fn untrimmed(text: &str) -> bool {
    let kept = |end: Option<char>| end.is_some_and(|c| !c.is_whitespace());
    kept(text.chars().next()) && kept(text.chars().next_back())
}

/// Writes the entries' docs; what the entries of one group or one language
/// share is written once, when this is made.
pub(in crate::generate) struct EntryDocs<'a, D> {
    model: &'a Catalog,
    /// The module of the context selectors.
    selector_module: String,
    /// Per group: ", group `name` (`lo..=hi`)".
    groups: Vec<D>,
    /// Per language after the default: the message's list item's start.
    message_labels: Vec<D>,
    /// Per language after the default: the description's paragraph's start.
    description_labels: Vec<D>,
    /// Per language after the default: the solution's paragraph's start.
    solution_labels: Vec<D>,
    /// The first [`Facts::KEPT`] distinct facts of the entries, written.
    facts: Vec<(Facts, D)>,
}

impl<'a, D: Doc> EntryDocs<'a, D> {
    pub(super) fn new(model: &'a Catalog) -> Self {
        let groups = model
            .groups
            .iter()
            .map(|group| {
                let mut piece = D::default();
                piece.own(", group ");
                piece.code(&group.name);
                piece.own(" (");
                write_range(&mut piece, group);
                piece.own(")");
                piece
            })
            .collect();
        let labels = |before: &'static str, after: &'static str| -> Vec<D> {
            let languages = model.languages.iter().skip(1);
            languages
                .map(|lang| {
                    let mut piece = D::default();
                    piece.own(before);
                    piece.code(lang);
                    piece.own(after);
                    piece
                })
                .collect()
        };
        let mut facts: Vec<(Facts, D)> = Vec::new();
        // Brief docs have no facts item.
        let entries: &[Entry] =
            if model.rustdoc == RustdocDetail::Brief { &[] } else { &model.entries };
        for entry in entries {
            let of = Facts::of(entry);
            if facts.len() < Facts::KEPT && !facts.iter().any(|(known, _)| *known == of) {
                let mut piece = D::default();
                of.write(&mut piece);
                facts.push((of, piece));
            }
        }
        EntryDocs {
            facts,
            model,
            selector_module: crate::names::selector_module(&model.name),
            groups,
            message_labels: labels("\n- ", ": "),
            description_labels: labels("\n\nDescription (", "): "),
            solution_labels: labels("\n\nSolution (", "): "),
        }
    }

    /// Every fact the catalog has about `entry`, the message first.
    pub(super) fn write(&self, entry: &Entry, out: &mut D) {
        match entry.message.as_ref().and_then(|m| m.get(0)) {
            Some(message) => out.text(message, false),
            None => {
                out.own("Code ");
                out.number(entry.code);
                out.own(" (the catalog gives no message).");
            }
        }
        if self.model.rustdoc == RustdocDetail::Brief {
            if let Some(text) = entry.description.as_ref().and_then(|d| d.get(0)) {
                out.own("\n\n");
                out.text(text, false);
            }
            return;
        }
        out.own("\n\n- Code `");
        out.number(entry.code);
        out.own("`");
        if entry.name != entry.ident {
            out.own(", name ");
            out.code(&entry.name);
        }
        if let Some(group) = entry.group.and_then(|g| self.groups.get(g)) {
            out.piece(group);
        }
        let facts = Facts::of(entry);
        match self.facts.iter().find(|(known, _)| *known == facts) {
            Some((_, piece)) => out.piece(piece),
            None => facts.write(out),
        }
        if let Some(message) = &entry.message {
            self.write_other_languages(out, message, &self.message_labels, true);
        }
        if !entry.args.is_empty() {
            out.own("\n- Arguments: ");
            for (i, arg) in entry.args.iter().enumerate() {
                out.own(if i == 0 { "" } else { ", " });
                out.code(&arg.name);
                out.own(" (");
                out.own(arg.ty.as_str());
                out.own(")");
            }
            out.own("; context selector `");
            out.code_text(&self.selector_module);
            out.own("::");
            out.code_text(&entry.ident);
            out.own("`");
        }
        if !self.model.fields.is_empty() {
            out.own("\n- Fields: ");
            let values = self.model.fields.iter().zip(&entry.fields);
            for (i, (field, value)) in values.enumerate() {
                out.own(if i == 0 { "" } else { ", " });
                out.code(&field.name);
                match value {
                    Some(value) => {
                        out.own(" ");
                        out.code(&value.to_text());
                    }
                    None => out.own(" unset"),
                }
            }
        }
        if let Some(link) = &entry.help_url {
            out.own("\n- Help: <");
            out.code_text(link);
            out.own(">");
        }
        if let Some(description) = &entry.description {
            if let Some(text) = description.own(0) {
                out.own("\n\n");
                out.text(text, false);
            }
            self.write_other_languages(out, description, &self.description_labels, false);
        }
        if let Some(solution) = &entry.solution {
            if let Some(text) = solution.own(0) {
                out.own("\n\nSolution: ");
                out.text(text, false);
            }
            self.write_other_languages(out, solution, &self.solution_labels, false);
        }
    }

    /// `text` in each language after the default that has its own, each
    /// after its label.
    fn write_other_languages(&self, out: &mut D, text: &Localized, labels: &[D], inline: bool) {
        for (index, label) in labels.iter().enumerate() {
            if let Some(own) = text.own(index + 1) {
                out.piece(label);
                out.text(own, inline);
            }
        }
    }
}

/// The facts of an entry's second list item, which most entries of a
/// catalog share: written once per distinct set, not once per entry, since
/// each piece written is a call that costs at opt-level 0.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Facts {
    http: u16,
    grpc: GrpcCode,
    severity: Severity,
    retryable: bool,
}

impl Facts {
    /// How many distinct sets [`EntryDocs`] keeps written; any others are
    /// written per entry (a lookup in a longer list would cost more).
    const KEPT: usize = 32;

    fn of(entry: &Entry) -> Self {
        Facts {
            http: entry.http,
            grpc: entry.grpc,
            severity: entry.severity,
            retryable: entry.retryable,
        }
    }

    fn write<D: Doc>(self, out: &mut D) {
        out.own("\n- HTTP status `");
        out.number(self.http.into());
        out.own("`, gRPC `");
        out.own(self.grpc.as_str());
        out.own("`, severity `");
        out.own(self.severity.as_str());
        out.own(if self.retryable { "`, retryable" } else { "`, not retryable" });
    }
}

/// A group's range: "`lo..=hi`" or "no range".
pub(super) fn write_range<D: Doc>(out: &mut D, group: &Group) {
    match group.range {
        Some((lo, hi)) => {
            out.own("`");
            out.number(lo);
            out.own("..=");
            out.number(hi);
            out.own("`");
        }
        None => out.own("no range"),
    }
}

/// An entry's doc attribute, written into `out`.
pub(super) fn write_attribute(docs: &EntryDocs<'_, DocLiteral>, entry: &Entry, out: &mut RustText) {
    out.code("#[doc = ");
    let start = out.raw_start();
    // Written in place: a text per entry, grown and then copied, cost more.
    let mut doc = DocLiteral(std::mem::take(out));
    docs.write(entry, &mut doc);
    *out = doc.0;
    out.raw_literal_since(start);
    out.punct(']');
}
