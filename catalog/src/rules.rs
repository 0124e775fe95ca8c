//! The rules a catalog must follow, with stable ids (`E0001`…) for editors,
//! bots and `errcat explain`. Ids are never reused or renumbered.
//!
//! One table: adding a rule is one line here (variant, id, title and
//! explanation); the list, the lookups and the tests follow from it.

use crate::format::limits::{self, MAX_ALIAS_NODES, MAX_ARGS, MAX_DEPTH, MAX_DIAGNOSTICS};
use crate::format::{
    ArgType, CatalogKey, EntryKey, FieldType, GroupKey, Key, Mapping, Repr, DEFAULT_HTTP,
    HTTP_STATUSES, PROBLEM_MEMBERS, RESERVED_FIELD_NAMES,
};
use crate::template::placeholder_list;

macro_rules! rules {
    ($($variant:ident = $id:literal, $title:literal, $explanation:expr;)*) => {
        /// A rule that a diagnostic reports a breach of.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Rule {
            $(#[doc = concat!($id, ": ", $title)] $variant,)*
        }

        impl Rule {
            /// Every rule, in id order.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant),*];

            /// The stable id, `E0001`…
            pub const fn id(self) -> &'static str {
                match self {
                    $(Rule::$variant => $id,)*
                }
            }

            /// A one-line summary.
            pub const fn title(self) -> &'static str {
                match self {
                    $(Rule::$variant => $title,)*
                }
            }

            /// What the rule is, why it exists and how to fix a breach.
            pub fn explanation(self) -> String {
                match self {
                    $(Rule::$variant => String::from($explanation),)*
                }
            }
        }
    };
}

rules! {
    Syntax = "E0001", "the file is not valid YAML",
        "The catalog must be one YAML document. The position is where the parser gave up: an unclosed `[`, `{` or quote on an earlier line often shows up later. Tags (`!foo`) and more than one document (`---`) are not allowed.";
    Limit = "E0002", "the catalog exceeds a size limit",
        format!("To keep builds fast and safe, a catalog may be at most {}, nest at most {MAX_DEPTH} levels deep, and YAML aliases may copy at most {} nodes in all (so an alias bomb is an error, not a hang); an entry may declare at most {MAX_ARGS} arguments. Split very large catalogs; write repeated values out instead of chaining aliases.", limits::max_file_size(), thousands(MAX_ALIAS_NODES));
    File = "E0003", "the catalog file cannot be read",
        "The path must name a readable UTF-8 file, relative to the crate's directory (CARGO_MANIFEST_DIR) for the macro, or to the current directory for the CLI. An empty file is not a catalog.";
    WrongType = "E0004", "a value has the wrong type",
        format!("Each key takes one kind of value: {}. A quoted number is a string, not an integer. The reference and `errcat schema` list every key.", key_kinds());
    UnknownKey = "E0005", "a key that the format does not have",
        "Unknown keys are errors so that a typo (`mesage:`) is never silently ignored. The message suggests the nearest known key.";
    MissingKey = "E0006", "a required key is missing",
        format!("A catalog needs {}; a group needs {}; an entry needs {}.", required::<CatalogKey>(), required::<GroupKey>(), required::<EntryKey>());
    DuplicateKey = "E0007", "a key appears twice in one mapping",
        "YAML parsers disagree on which of two equal keys wins, so errcat rejects both. Keep one.";
    DuplicateCode = "E0008", "a code is used twice",
        "Each code identifies one error, across all groups. The message points at both places; remove or renumber one.";
    DuplicateName = "E0009", "a name is used twice",
        "Names (entry names, and group names) must be unique, because `from_name` and the variants are derived from them. An entry without `name` is named by its variant (`Code5`), which must not clash either.";
    Identifier = "E0010", "a name does not make a usable Rust identifier",
        "The enum name must be UpperCamelCase ASCII. Entry and group names become UpperCamelCase identifiers (after `strip_prefix`): they must be ASCII, must not start with a digit or be a keyword (`Self`), and two names must not become the same identifier. Put non-ASCII text in `description`.";
    Repr = "E0011", "a code does not fit the integer type",
        format!("Every code and range bound must fit `repr` (default {}). Choose a wider `repr` or renumber.", Repr::DEFAULT);
    ReservedCode = "E0012", "a code is reserved or means success",
        "Codes in `reserved` (the catalog's or the group's) may not be used, and codes in `success` are not errors. Pick another code, or remove it from `reserved`/`success` deliberately.";
    Range = "E0013", "a code or range breaks the group ranges",
        "Every code of a group with a `range` must lie in it; ranges must not be empty (lo > hi) or overlap; and a code of a group without a range must not lie in another group's range. Together these make `of_code` unambiguous.";
    NoCodes = "E0014", "the catalog or a group has no codes",
        "A catalog has either `groups` or `codes` at the top level, not both, and every `codes` list needs at least one entry.";
    Http = "E0015", "an HTTP status outside the three-digit range",
        format!("HTTP statuses (catalog, group or entry) must be three-digit numbers, {}..={}.", HTTP_STATUSES.start(), HTTP_STATUSES.end());
    Language = "E0016", "a language problem",
        "`languages` lists language tags, the default first, each once. Every key of a language map must be one of them.";
    Template = "E0017", "the display template is invalid",
        format!("`display` may use {} (`{{group}}` only in catalogs with groups). Write `{{{{` and `}}}}` for literal braces.", placeholder_list());
    TooManyErrors = "E0018", "more errors were found than are shown",
        format!("At most {MAX_DIAGNOSTICS} diagnostics are shown for one catalog. Fix those and check again.");
    Wire = "E0019", "the `body` or `problem` settings are unusable",
        "`body` names the JSON fields of the error body: each name non-empty and different from the others, and `group` only in a catalog with groups. `problem.type_base` is the start of the RFC 9457 `type` URI (the code is appended): non-empty, without spaces or control characters, e.g. `https://errors.example.com/storage/`.";
    Placeholder = "E0020", "a placeholder names no argument of its entry",
        "In an entry that declares `args`, `{name}` in its message, description or solution is a placeholder for an argument, and every placeholder must name one. The message suggests the nearest argument. Write `{{` and `}}` for literal braces; in entries without `args`, braces are plain text.";
    UnusedArgument = "E0021", "an argument the default language's message does not use",
        "Every argument an entry declares must appear in its message in the catalog's default language, so that the rendered message says what the error carries. Use `{name}` in the message, or remove the argument.";
    PlaceholderParity = "E0022", "languages of one text use different placeholders",
        "Each language of a message, description or solution must use the same set of placeholders as the default language's (or, where the default language has no such text, the first language that has one), as gettext's `msgfmt -c` demands of translations: a translation that drops or adds a value says something else.";
    ArgumentName = "E0023", "an argument name that cannot be used",
        format!("Argument names become struct fields and JSON members: each must be snake_case ASCII (`disk_id`), not a Rust keyword, not one of the problem details members ({}), and declared once per entry.", PROBLEM_MEMBERS.join(", "));
    ArgumentType = "E0024", "an argument type that the format does not have",
        format!("An argument's type is one of {}. The message suggests the nearest one.", ArgType::WORDS.join(", "));
    Brace = "E0025", "an unbalanced brace in a text with arguments",
        "In an entry that declares `args`, `{` opens a placeholder that `}` closes. Write `{{` and `}}` for literal braces.";
    Representation = "E0026", "settings an open representation cannot have",
        "`representation: open` makes a newtype that keeps any code, so the settings that shape an enum do not apply: `discriminant: code` (a newtype holds the code already) and `exhaustive: true` (a newtype always has room for codes the catalog does not know). Remove them, or keep `representation: enum`.";
    FieldDeclaration = "E0027", "a field declaration that cannot be used",
        format!("Each field under `fields:` needs a `type` ({}). Its name is snake_case ASCII and becomes an accessor, so it may not be a Rust keyword, a key of entries or groups, or a method errcat generates ({}). `pattern` applies to `string` fields and must compile (the `regex` crate's syntax without look-around or backreferences, at most {} bytes); `values` (snake_case words, each once) to `enum` fields, which need it; `min` and `max` to `int` fields (i64, `min` <= `max`). `default` must fit the type; a `required` field takes no default. A catalog declares at most {} fields.", FieldType::WORDS.join(", "), RESERVED_FIELD_NAMES.join(", "), limits::MAX_PATTERN_BYTES, limits::MAX_FIELDS);
    FieldValue = "E0028", "a value that its field's declaration does not allow",
        "A value set for a declared field, on an entry or a group, must fit its declaration: a quoted string for `string` and `enum` fields (matching `pattern` if there is one; one of `values` for an enum), `true` or `false` for `bool`, an unquoted integer between `min` and `max` for `int`. The message suggests the nearest enum value.";
    RequiredField = "E0029", "a required field is not set",
        "A field declared `required: true` has no default: every entry sets it, directly or through its group. Set it on the entry, or on the group for all of its entries, or give the declaration a `default` instead of `required`.";
    HelpUrl = "E0030", "a help link that is not an absolute http(s) URL",
        "`help_url` (on the catalog, a group or an entry) is a link template: `{code}`, `{name}` (percent-encoded) and `{variant}` are replaced by each entry's values, and `{{`/`}}` are literal braces. Every entry's rendered link must be an absolute URL: `http://` or `https://`, a host, and no spaces, control or non-ASCII characters (percent-encode them).";
    Grpc = "E0031", "a gRPC setting that cannot be used",
        "`grpc` (on the catalog, a group or an entry) names a google.rpc.Code other than `OK`, which is no error: `NOT_FOUND`, `RESOURCE_EXHAUSTED`… (the message suggests the spelling meant). `domain`, the ErrorInfo domain of the catalog's errors, is non-empty and holds no spaces or control characters, e.g. `storage.example.com`.";
    NoMessage = "W0001", "a code without a message",
        "An undocumented code compiles (its Display falls back to the variant name), but whoever meets it in a log learns nothing. Give it a `message`. Allow with `errcat check --allow W0001` for catalogs that reproduce a document with such gaps.";
    NoDescription = "W0002", "a code without a description",
        "A description says when the error happens and what it means beyond the one-line message. Allow with `--allow W0002` where messages say enough.";
    DefaultHttp = "W0003", "an HTTP status taken from the catalog default",
        format!("Neither the entry nor its group sets `http`, so the code maps to the catalog default ({DEFAULT_HTTP} unless set). Set it where the error is the client's fault (4xx), or on the group.");
    DeprecatedWithoutNote = "W0004", "deprecated without saying what to use instead",
        "Write `deprecated: use OTHER_NAME` rather than `deprecated: true`, so the warning users see tells them where to go.";
    RawCharacter = "W0005", "an invisible or text-reordering character written raw",
        format!("The catalog file holds, raw, a character that makes it read differently from what errcat reads: a bidirectional control reorders the text around it in an editor or a review (CVE-2021-42574, the reason rustc denies them in string literals), and the others are invisible. The characters: {}. If a text needs one, write it as an escape in a double-quoted string (`\"\\u202E\"`); otherwise remove it. errcat never writes them raw either: generated code and exports escape them, and references show them as `<U+202E>`. `catalog!` and `#[derive(ErrorCatalog)]` report this lint as a `deprecated` warning at the macro call.", crate::escape::listed(crate::escape::YAML_SPACING));
}

impl Rule {
    /// Whether this is a lint (a warning: the catalog still compiles).
    pub fn is_lint(self) -> bool {
        self.id().starts_with('W')
    }

    /// The rule by its id (case-insensitive).
    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.id().eq_ignore_ascii_case(id))
    }
}

/// The required keys of a mapping, for prose: "`name` and `codes`".
fn required<K: Key>() -> String {
    let keys: Vec<String> =
        K::ALL.iter().filter(|k| k.spec().required).map(|k| format!("`{}`", k.as_str())).collect();
    match keys.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => keys.concat(),
    }
}

/// Every key by the kind of value it takes: "`code`: integer; `http`: …".
fn key_kinds() -> String {
    let mut kinds: Vec<(String, Vec<String>)> = Vec::new();
    for mapping in Mapping::ALL {
        for key in mapping.keys() {
            let name = match mapping.parent_key() {
                Some(_) if mapping == Mapping::Field => format!("fields.<field>.{}", key.name),
                Some(parent) => format!("{}.{}", parent.as_str(), key.name),
                None => key.name.to_owned(),
            };
            let kind = key.kind.describe();
            match kinds.iter_mut().find(|(k, _)| *k == kind) {
                Some((_, keys)) if keys.contains(&name) => {}
                Some((_, keys)) => keys.push(name),
                None => kinds.push((kind, vec![name])),
            }
        }
    }
    let kinds: Vec<String> = kinds
        .into_iter()
        .map(|(kind, keys)| {
            let keys: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
            format!("{}: {kind}", keys.join(", "))
        })
        .collect();
    kinds.join("; ")
}

/// `100000` as `100,000`.
pub(crate) fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_numbered_in_order_errors_then_lints() {
        let errors: Vec<Rule> = Rule::ALL.iter().copied().filter(|r| !r.is_lint()).collect();
        let lints: Vec<Rule> = Rule::ALL.iter().copied().filter(|r| r.is_lint()).collect();
        assert_eq!([&errors[..], &lints[..]].concat(), Rule::ALL, "errors come first");
        for (i, rule) in errors.iter().enumerate() {
            assert_eq!(rule.id(), format!("E{:04}", i + 1));
        }
        for (i, rule) in lints.iter().enumerate() {
            assert_eq!(rule.id(), format!("W{:04}", i + 1));
        }
        for rule in Rule::ALL {
            assert_eq!(Rule::from_id(&rule.id().to_lowercase()), Some(*rule));
            assert!(!rule.title().is_empty() && !rule.explanation().is_empty());
        }
        assert_eq!(Rule::from_id("E9999"), None);
    }

    #[test]
    fn explanations_quote_the_format() {
        assert!(Rule::Limit.explanation().contains("at most 32 MiB, nest at most 32 levels"));
        assert!(Rule::Limit.explanation().contains("at most 100,000 nodes"));
        assert_eq!(
            Rule::MissingKey.explanation(),
            "A catalog needs `name`; a group needs `name` and `codes`; an entry needs `code`."
        );
        assert!(Rule::Template.explanation().starts_with(
            "`display` may use {code}, {name}, {message} and {group} (`{group}` only"
        ));
        assert!(Rule::Template.explanation().ends_with("Write `{{` and `}}` for literal braces."));
        let wrong_type = Rule::WrongType.explanation();
        assert!(wrong_type.contains("`severity`: `info` | `warning`"), "{wrong_type}");
        assert!(wrong_type.contains("`body.code`, `body.message`"), "{wrong_type}");
        assert!(
            wrong_type.contains("`exhaustive`, `retryable`, `fields.<field>.required`"),
            "{wrong_type}"
        );
        assert!(
            wrong_type.contains("`code`, `fields.<field>.min`, `fields.<field>.max`: integer;"),
            "{wrong_type}"
        );
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(thousands(200), "200");
    }
}
