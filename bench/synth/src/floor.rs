//! The floor: the cheapest hand-written code with the same public API as
//! errcat's expansion, each item in its cheapest measured form, and the
//! costlier forms of `ALL` as variants of it, so that what the slice costs
//! stays visible.

use std::fmt::Write as _;

use errcat_catalog::model::Entry;
use errcat_catalog::Catalog;

use crate::{byte_table, literal, message, severity_index, table, ENUM};

/// How the floor writes `ALL`, the one slice of entries the API requires.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AllForm {
    /// The entries in a `static`, `ALL` a reference to it and `all()`
    /// returning it: rustc validates a constant's value where the constant
    /// is used, O(N²) for N enum values, but does not validate a static's
    /// contents again through a reference. The cheapest form measured.
    Static,
    /// A top-level `const` array that every lookup indexes, and `ALL` a
    /// reference to it (`&ENTRIES`).
    ConstRef,
    /// `ALL` as a slice literal, `&[Self::A, Self::B, …]`: the floor's form
    /// until 2026-12-07.
    Inline,
}

/// The floor: the cheapest hand-written code with the same public API as
/// errcat's expansion of `catalog` (every method, trait impl and the group
/// enum; items only). Tables are top-level `const` arrays indexed by
/// position; `ALL` is the one slice the API requires, written in the form
/// that measured cheapest (a promoted array literal: an array constant plus a
/// slice of it, or full paths instead of `use`, cost as much or more).
pub fn floor(catalog: &Catalog, all: AllForm) -> String {
    floor_api(catalog, false, all)
}

/// The open floor: the same API for `representation: open` — a newtype over
/// the code, one associated `const` per entry, the tables above with one
/// more slot for unknown codes, and a binary search from code to position.
pub fn floor_open(catalog: &Catalog) -> String {
    floor_api(catalog, true, AllForm::Static)
}

fn floor_api(catalog: &Catalog, open: bool, all: AllForm) -> String {
    let repr = catalog.repr().as_str();
    let entries = catalog.entries();
    let groups = catalog.groups();
    let n = entries.len();
    let mut out = String::with_capacity(n * 260);
    let derive = "/// The benchmark's error codes.\n#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]";
    if open {
        let _ = writeln!(
            out,
            "{derive}\npub struct {ENUM}({repr});\n\n#[allow(non_upper_case_globals, missing_docs)]\nimpl {ENUM} {{"
        );
        for entry in entries {
            let _ = writeln!(out, "    pub const {}: Self = Self({});", entry.ident, entry.code);
        }
    } else {
        let _ = writeln!(
            out,
            "{derive}\n#[non_exhaustive]\n#[allow(missing_docs)]\npub enum {ENUM} {{"
        );
        for entry in entries {
            let _ = writeln!(out, "    {},", entry.ident);
        }
    }
    out.push_str("}\n\n");
    // The open representation's tables have one more slot: what an unknown
    // code answers.
    let unknown = |text: &str| if open { format!("{text},") } else { String::new() };
    let with_unknown =
        |out: &mut String, name: &str, ty: &str, item: &dyn Fn(&Entry) -> String, slot: &str| {
            let _ = write!(out, "const {name}: [{ty}; {}] = [", n + usize::from(open));
            for entry in entries {
                out.push_str(&item(entry));
                out.push(',');
            }
            out.push_str(&unknown(slot));
            out.push_str("];\n");
        };
    table(&mut out, "CODES", repr, entries, |e| e.code.to_string());
    with_unknown(&mut out, "NAMES", "&str", &|e| literal(&e.name), "\"\"");
    let mut by_name: Vec<usize> = (0..n).collect();
    by_name.sort_by(|&a, &b| entries[a].name.cmp(&entries[b].name));
    table(&mut out, "BY_NAME", "u32", &by_name, |i| i.to_string());
    with_unknown(&mut out, "MESSAGES", "&str", &|e| literal(message(e, 0)), "\"\"");
    with_unknown(&mut out, "MESSAGES_ZH", "&str", &|e| literal(message(e, 1)), "\"\"");
    with_unknown(&mut out, "HTTP", "u16", &|e| e.http.to_string(), "500");
    byte_table(&mut out, "SEVERITY", entries, open.then_some(2), severity_index);
    byte_table(&mut out, "GROUP", entries, open.then_some(0), |e| e.group.unwrap_or(0) as u8);
    let group_enum = format!("{ENUM}Group");
    let mut first = vec![0; groups.len() + 1];
    for entry in entries {
        first[entry.group.unwrap_or(0) + 1] += 1;
    }
    for i in 1..first.len() {
        first[i] += first[i - 1];
    }
    table(&mut out, "GROUP_FIRST", "usize", &first, |i| i.to_string());
    table(&mut out, "GROUP_NAMES", "&str", groups, |g| literal(&g.name));
    table(&mut out, "GROUP_RANGES", &format!("({repr}, {repr})"), groups, |g| {
        let (lo, hi) = g.range.unwrap_or((0, -1));
        format!("({lo}, {hi})")
    });
    byte_table(&mut out, "GRPC", entries, open.then_some(2), |e| e.grpc.number() as u8);
    let entry_value = |e: &Entry| {
        if open {
            format!("{ENUM}({}),", e.code)
        } else {
            format!("{},", e.ident)
        }
    };
    let entry_list: String = entries.iter().map(entry_value).collect();
    // An enum's variants named through a glob import (rustc resolves
    // `E::V` paths with a scan over the variants).
    let entry_list = if open {
        format!("[{entry_list}]")
    } else {
        format!("{{ use {ENUM}::*; [{entry_list}] }}")
    };
    // `ALL`, `all()`'s body, what the lookups index, and the trait's `ALL`.
    let (all_const, all_fn, entry_at, trait_all) = match all {
        AllForm::Static => {
            let _ = writeln!(out, "static ENTRIES: [{ENUM}; {n}] = {entry_list};");
            ("Self::all()".to_owned(), "&ENTRIES", "ENTRIES", format!("{ENUM}::all()"))
        }
        AllForm::ConstRef => {
            let _ = writeln!(out, "const ENTRIES: [{ENUM}; {n}] = {entry_list};");
            ("&ENTRIES".to_owned(), "Self::ALL", "ENTRIES", "&ENTRIES".to_owned())
        }
        AllForm::Inline => {
            (format!("&{entry_list}"), "Self::ALL", "Self::ALL", format!("{ENUM}::ALL"))
        }
    };
    let _ = write!(
        out,
        "\nimpl {ENUM} {{\n    /// Every entry, in ascending code order.\n    pub const ALL: &'static [Self] = {all_const};\n    \
         /// Every entry, in ascending code order.\n    #[must_use]\n    #[inline]\n    pub const fn all() -> &'static [Self] {{ {all_fn} }}\n"
    );
    let (index, code, found) = if open {
        out.push_str(&format!(
            r#"
    const fn at(self) -> usize {{
        match Self::position(self.0) {{ Some(i) => i, None => {n} }}
    }}
    const fn position(code: {repr}) -> Option<usize> {{
        let (mut lo, mut hi) = (0, CODES.len());
        while lo < hi {{
            let mid = lo + (hi - lo) / 2;
            if CODES[mid] < code {{ lo = mid + 1 }} else if CODES[mid] > code {{ hi = mid }} else {{ return Some(mid) }}
        }}
        None
    }}
    /// The entry for `code`, known or not.
    #[must_use]
    pub const fn from_code_lossy(code: {repr}) -> Self {{ Self(code) }}
    /// Whether the catalog defines the code.
    #[must_use]
    pub const fn is_known(self) -> bool {{ Self::position(self.0).is_some() }}
"#
        ));
        ("self.at()", "self.0", "Self(code)".to_owned())
    } else {
        ("self as usize", "CODES[self as usize]", format!("{entry_at}[mid]"))
    };
    let _ = write!(
        out,
        r#"
    /// The code.
    #[must_use]
    pub const fn code(self) -> {repr} {{ {code} }}
    /// The entry with this code.
    #[must_use]
    pub const fn from_code(code: {repr}) -> Option<Self> {{
        let (mut lo, mut hi) = (0, CODES.len());
        while lo < hi {{
            let mid = lo + (hi - lo) / 2;
            if CODES[mid] < code {{ lo = mid + 1 }} else if CODES[mid] > code {{ hi = mid }} else {{ return Some({found}) }}
        }}
        None
    }}
    /// The name.
    #[must_use]
    pub const fn name(self) -> &'static str {{ NAMES[{index}] }}
    /// The entry with this name.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {{
        BY_NAME.binary_search_by(|&i| NAMES[i as usize].cmp(name)).ok().map(|i| {entry_at}[BY_NAME[i] as usize])
    }}
    /// The message in the default language.
    #[must_use]
    pub const fn message(self) -> &'static str {{ MESSAGES[{index}] }}
    /// The message in `lang`.
    #[must_use]
    pub fn message_in(self, lang: &str) -> &'static str {{
        match lang {{ "zh" => MESSAGES_ZH[{index}], _ => self.message() }}
    }}
    /// The description.
    #[must_use]
    pub const fn description(self) -> Option<&'static str> {{ None }}
    /// The description in `lang`.
    #[must_use]
    pub fn description_in(self, _lang: &str) -> Option<&'static str> {{ None }}
    /// The solution.
    #[must_use]
    pub const fn solution(self) -> Option<&'static str> {{ None }}
    /// The solution in `lang`.
    #[must_use]
    pub fn solution_in(self, _lang: &str) -> Option<&'static str> {{ None }}
    /// The HTTP status.
    #[must_use]
    pub const fn http_status(self) -> u16 {{ HTTP[{index}] }}
    /// The severity.
    #[must_use]
    pub const fn severity(self) -> ::errcat::Severity {{
        match SEVERITY[{index}] {{
            0 => ::errcat::Severity::Info,
            1 => ::errcat::Severity::Warning,
            2 => ::errcat::Severity::Error,
            _ => ::errcat::Severity::Fatal,
        }}
    }}
    /// Whether a retry may succeed.
    #[must_use]
    pub const fn is_retryable(self) -> bool {{ false }}
    /// The gRPC code.
    #[must_use]
    pub const fn grpc_code(self) -> ::errcat::GrpcCode {{
        match ::errcat::GrpcCode::from_number(GRPC[{index}] as i32) {{ Some(code) => code, None => ::errcat::GrpcCode::Unknown }}
    }}
    /// The help link.
    #[must_use]
    pub const fn help_url(self) -> Option<&'static str> {{ None }}
    /// The group.
    #[must_use]
    pub const fn group(self) -> {group_enum} {{
        {group_body}
    }}
}}

impl core::fmt::Debug for {ENUM} {{
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {{
        if self.name().is_empty() {{ write!(f, "{ENUM}({{}})", self.code()) }} else {{ f.write_str(self.name()) }}
    }}
}}

impl core::fmt::Display for {ENUM} {{
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {{
        let message = self.message();
        if !message.is_empty() {{ f.write_str(message) }}
        else if self.name().is_empty() {{ write!(f, "unknown code {{}}", self.code()) }}
        else {{ f.write_str(self.name()) }}
    }}
}}

impl core::error::Error for {ENUM} {{}}

impl From<{ENUM}> for {repr} {{
    fn from(value: {ENUM}) -> Self {{ value.code() }}
}}

impl TryFrom<{repr}> for {ENUM} {{
    type Error = ::errcat::UnknownCode<{repr}>;
    fn try_from(code: {repr}) -> Result<Self, Self::Error> {{ Self::from_code(code).ok_or(::errcat::UnknownCode(code)) }}
}}

impl core::str::FromStr for {ENUM} {{
    type Err = ::errcat::UnknownName;
    fn from_str(name: &str) -> Result<Self, Self::Err> {{ Self::from_name(name).ok_or_else(|| ::errcat::UnknownName::new(name)) }}
}}

impl ::errcat::ErrorCode for {ENUM} {{
    type Repr = {repr};
    const ALL: &'static [Self] = {trait_all};
    fn all() -> &'static [Self] {{ {ENUM}::all() }}
    const LANGUAGES: &'static [&'static str] = &["en", "zh"];
    const WIRE: ::errcat::Wire = ::errcat::Wire::__new(false, &[("code", ::errcat::BodyMember::Code), ("message", ::errcat::BodyMember::Message)], None, false, &[], "{ENUM}");
    fn code(self) -> {repr} {{ {ENUM}::code(self) }}
    fn from_code(code: {repr}) -> Option<Self> {{ {ENUM}::from_code(code) }}
    fn name(self) -> &'static str {{ {ENUM}::name(self) }}
    fn message(self) -> &'static str {{ {ENUM}::message(self) }}
    fn message_in(self, lang: &str) -> &'static str {{ {ENUM}::message_in(self, lang) }}
    fn http_status(self) -> u16 {{ {ENUM}::http_status(self) }}
    fn severity(self) -> ::errcat::Severity {{ {ENUM}::severity(self) }}
    fn is_retryable(self) -> bool {{ {ENUM}::is_retryable(self) }}
    fn from_name(name: &str) -> Option<Self> {{ {ENUM}::from_name(name) }}
    fn description_in(self, lang: &str) -> Option<&'static str> {{ {ENUM}::description_in(self, lang) }}
    fn group_name(self) -> Option<&'static str> {{ Some(self.group().name()) }}
    fn grpc_code(self) -> ::errcat::GrpcCode {{ {ENUM}::grpc_code(self) }}
    fn help_url(self) -> Option<&'static str> {{ {ENUM}::help_url(self) }}
}}

::errcat::__impl_http!({ENUM});
::errcat::__impl_tonic!({ENUM});
::errcat::__impl_serde!({ENUM});
::errcat::__impl_axum!({ENUM});

/// The groups of [`{ENUM}`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
#[allow(missing_docs)]
pub enum {group_enum} {{ {group_variants} }}

impl {group_enum} {{
    /// Every group.
    pub const ALL: &'static [Self] = &[{group_all}];
    /// The name.
    #[must_use]
    pub const fn name(self) -> &'static str {{ GROUP_NAMES[self as usize] }}
    /// The range.
    #[must_use]
    pub const fn range(self) -> Option<core::ops::RangeInclusive<{repr}>> {{
        let (lo, hi) = GROUP_RANGES[self as usize];
        Some(lo..=hi)
    }}
    /// Whether `code` is in the range.
    #[must_use]
    pub const fn contains(self, code: {repr}) -> bool {{
        let (lo, hi) = GROUP_RANGES[self as usize];
        lo <= code && code <= hi
    }}
    /// The group whose range holds `code`.
    #[must_use]
    pub const fn of_code(code: {repr}) -> Option<Self> {{
        let mut i = 0;
        while i < GROUP_RANGES.len() {{
            if Self::ALL[i].contains(code) {{ return Some(Self::ALL[i]) }}
            i += 1;
        }}
        None
    }}
    /// The group's entries.
    #[must_use]
    pub fn codes(self) -> &'static [{ENUM}] {{ &{ENUM}::all()[GROUP_FIRST[self as usize]..GROUP_FIRST[self as usize + 1]] }}
}}

impl core::fmt::Display for {group_enum} {{
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {{ f.write_str(self.name()) }}
}}
"#,
        group_body = if open {
            format!("match {group_enum}::of_code(self.0) {{ Some(group) => group, None => {group_enum}::ALL[GROUP[{index}] as usize] }}")
        } else {
            format!("{group_enum}::ALL[GROUP[{index}] as usize]")
        },
        group_variants = groups.iter().map(|g| format!("{},", g.ident)).collect::<String>(),
        group_all = groups.iter().map(|g| format!("Self::{},", g.ident)).collect::<String>(),
    );
    out
}
