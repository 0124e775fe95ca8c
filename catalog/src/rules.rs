//! The rules a catalog must follow, with stable ids (`E0001`…) for editors,
//! bots and `errcat explain`. Ids are never reused or renumbered.

/// A rule that a diagnostic reports a breach of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    /// E0001
    Syntax,
    /// E0002
    Limit,
    /// E0003
    File,
    /// E0004
    WrongType,
    /// E0005
    UnknownKey,
    /// E0006
    MissingKey,
    /// E0007
    DuplicateKey,
    /// E0008
    DuplicateCode,
    /// E0009
    DuplicateName,
    /// E0010
    Identifier,
    /// E0011
    Repr,
    /// E0012
    ReservedCode,
    /// E0013
    Range,
    /// E0014
    NoCodes,
    /// E0015
    Http,
    /// E0016
    Language,
    /// E0017
    Template,
    /// E0018
    TooManyErrors,
    /// E0019
    Wire,
    /// W0001 (lint)
    NoMessage,
    /// W0002 (lint)
    NoDescription,
    /// W0003 (lint)
    DefaultHttp,
    /// W0004 (lint)
    DeprecatedWithoutNote,
}

impl Rule {
    /// Every rule, in id order.
    pub const ALL: [Rule; 23] = [
        Rule::Syntax,
        Rule::Limit,
        Rule::File,
        Rule::WrongType,
        Rule::UnknownKey,
        Rule::MissingKey,
        Rule::DuplicateKey,
        Rule::DuplicateCode,
        Rule::DuplicateName,
        Rule::Identifier,
        Rule::Repr,
        Rule::ReservedCode,
        Rule::Range,
        Rule::NoCodes,
        Rule::Http,
        Rule::Language,
        Rule::Template,
        Rule::TooManyErrors,
        Rule::Wire,
        Rule::NoMessage,
        Rule::NoDescription,
        Rule::DefaultHttp,
        Rule::DeprecatedWithoutNote,
    ];

    /// Whether this is a lint (a warning: the catalog still compiles).
    pub fn is_lint(self) -> bool {
        self.id().starts_with('W')
    }

    /// The stable id, `E0001`…
    pub fn id(self) -> &'static str {
        self.info().0
    }

    /// The rule by its id (case-insensitive).
    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.id().eq_ignore_ascii_case(id))
    }

    /// A one-line summary.
    pub fn title(self) -> &'static str {
        self.info().1
    }

    /// What the rule is, why it exists and how to fix a breach.
    pub fn explanation(self) -> &'static str {
        self.info().2
    }

    fn info(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Rule::Syntax => ("E0001", "the file is not valid YAML", "The catalog must be one YAML document. The position is where the parser gave up: an unclosed `[`, `{` or quote on an earlier line often shows up later. Tags (`!foo`) and more than one document (`---`) are not allowed."),
            Rule::Limit => ("E0002", "the catalog exceeds a size limit", "To keep builds fast and safe, a catalog may be at most 32 MiB, nest at most 32 levels deep, and YAML aliases may copy at most 100,000 nodes in all (so an alias bomb is an error, not a hang). Split very large catalogs; write repeated values out instead of chaining aliases."),
            Rule::File => ("E0003", "the catalog file cannot be read", "The path must name a readable UTF-8 file, relative to the crate's directory (CARGO_MANIFEST_DIR) for the macro, or to the current directory for the CLI. An empty file is not a catalog."),
            Rule::WrongType => ("E0004", "a value has the wrong type", "Each key takes one type: `code` and `http` integers (unquoted: a quoted number is a string), `retryable` and `exhaustive` booleans, texts strings or language maps, `codes` and `groups` lists, ranges `[lo, hi]`, `severity` one of info, warning, error, fatal."),
            Rule::UnknownKey => ("E0005", "a key that the format does not have", "Unknown keys are errors so that a typo (`mesage:`) is never silently ignored. The message suggests the nearest known key."),
            Rule::MissingKey => ("E0006", "a required key is missing", "A catalog needs `name`; a group needs `name` and `codes`; an entry needs `code`."),
            Rule::DuplicateKey => ("E0007", "a key appears twice in one mapping", "YAML parsers disagree on which of two equal keys wins, so errcat rejects both. Keep one."),
            Rule::DuplicateCode => ("E0008", "a code is used twice", "Each code identifies one error, across all groups. The message points at both places; remove or renumber one."),
            Rule::DuplicateName => ("E0009", "a name is used twice", "Names (entry names, and group names) must be unique, because `from_name` and the variants are derived from them. An entry without `name` is named by its variant (`Code5`), which must not clash either."),
            Rule::Identifier => ("E0010", "a name does not make a usable Rust identifier", "The enum name must be UpperCamelCase ASCII. Entry and group names become UpperCamelCase identifiers (after `strip_prefix`): they must be ASCII, must not start with a digit or be a keyword (`Self`), and two names must not become the same identifier. Put non-ASCII text in `description`."),
            Rule::Repr => ("E0011", "a code does not fit the integer type", "Every code and range bound must fit `repr` (default i32). Choose a wider `repr` or renumber."),
            Rule::ReservedCode => ("E0012", "a code is reserved or means success", "Codes in `reserved` (the catalog's or the group's) may not be used, and codes in `success` are not errors. Pick another code, or remove it from `reserved`/`success` deliberately."),
            Rule::Range => ("E0013", "a code or range breaks the group ranges", "Every code of a group with a `range` must lie in it; ranges must not be empty (lo > hi) or overlap; and a code of a group without a range must not lie in another group's range. Together these make `of_code` unambiguous."),
            Rule::NoCodes => ("E0014", "the catalog or a group has no codes", "A catalog has either `groups` or `codes` at the top level, not both, and every `codes` list needs at least one entry."),
            Rule::Http => ("E0015", "an HTTP status outside 100..=999", "HTTP statuses (catalog, group or entry) must be three-digit numbers."),
            Rule::Language => ("E0016", "a language problem", "`languages` lists language tags, the default first, each once. Every key of a language map must be one of them."),
            Rule::Template => ("E0017", "the display template is invalid", "`display` may use {code}, {name}, {message} and, in catalogs with groups, {group}. Write `{{` and `}}` for literal braces."),
            Rule::TooManyErrors => ("E0018", "more errors were found than are shown", "At most 200 diagnostics are shown for one catalog. Fix those and check again."),
            Rule::Wire => ("E0019", "the `body` or `problem` settings are unusable", "`body` names the JSON fields of the error body: each name non-empty and different from the others, and `group` only in a catalog with groups. `problem.type_base` is the start of the RFC 9457 `type` URI (the code is appended): non-empty, without spaces or control characters, e.g. `https://errors.example.com/storage/`."),
            Rule::NoMessage => ("W0001", "a code without a message", "An undocumented code compiles (its Display falls back to the variant name), but whoever meets it in a log learns nothing. Give it a `message`. Allow with `errcat check --allow W0001` for catalogs that reproduce a document with such gaps."),
            Rule::NoDescription => ("W0002", "a code without a description", "A description says when the error happens and what it means beyond the one-line message. Allow with `--allow W0002` where messages say enough."),
            Rule::DefaultHttp => ("W0003", "an HTTP status taken from the catalog default", "Neither the entry nor its group sets `http`, so the code maps to the catalog default (500 unless set). Set it where the error is the client's fault (4xx), or on the group."),
            Rule::DeprecatedWithoutNote => ("W0004", "deprecated without saying what to use instead", "Write `deprecated: use OTHER_NAME` rather than `deprecated: true`, so the warning users see tells them where to go."),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_in_order() {
        for (i, rule) in Rule::ALL.iter().enumerate() {
            let expected =
                if i < 19 { format!("E{:04}", i + 1) } else { format!("W{:04}", i - 18) };
            assert_eq!(rule.id(), expected);
            assert_eq!(rule.is_lint(), i >= 19);
            assert_eq!(Rule::from_id(&rule.id().to_lowercase()), Some(*rule));
            assert!(!rule.explanation().is_empty());
        }
        assert_eq!(Rule::from_id("E9999"), None);
    }
}
