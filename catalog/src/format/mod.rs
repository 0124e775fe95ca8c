//! The catalog format's vocabulary, owned here and nowhere else: every key of
//! every mapping (its kind, whether it is required, its default, what it
//! means), every keyword, every default and every limit.
//!
//! The other stages read from these tables instead of spelling the words
//! again: the reader matches keys by the enums below (so a key it does not
//! handle is a compile error), the JSON Schema and the Markdown key tables are
//! rendered from [`KeySpec`]s, and the rule explanations quote the limits and
//! keywords from here. Adding a key means adding one line to a table in
//! `keys.rs` and one `match` arm in the reader, which rustc asks for.

mod keys;
mod keywords;

pub use keys::{BodyKey, CatalogKey, EntryKey, FieldKey, GroupKey, ProblemKey};
pub use keywords::{
    ArgType, Deprecation, Discriminant, FieldType, GrpcCode, Placeholder, ProblemType, Repr,
    Representation, RustdocDetail, SerdeForm, Severity,
};

/// The languages of a catalog that does not list any.
pub const DEFAULT_LANGUAGES: &[&str] = &["en"];

/// The HTTP status of an entry when neither it, its group nor the catalog sets one.
pub const DEFAULT_HTTP: u16 = 500;

/// The members of RFC 9457 problem details that errcat writes: an argument,
/// which becomes an extension member of the same name, may not take one.
pub const PROBLEM_MEMBERS: &[&str] = &["type", "title", "status", "detail", "instance", "code"];

/// Names a declared field may not take: methods errcat generates on the
/// enum or puts in `ErrorCode`, and the methods of the traits the enum
/// implements (an inherent method would shadow them).
pub const RESERVED_FIELD_NAMES: &[&str] = &[
    "all",
    "arg_names",
    "as_ref",
    "borrow",
    "clone",
    "cmp",
    "code",
    "codes",
    "contains",
    "description",
    "description_in",
    "eq",
    "field",
    "fields",
    "fmt",
    "from",
    "from_code",
    "from_code_lossy",
    "from_name",
    "from_str",
    "from_wire_code",
    "group",
    "group_name",
    "hash",
    "help_url",
    "http_status",
    "into",
    "is_known",
    "is_retryable",
    "iter",
    "message",
    "message_in",
    "name",
    "ne",
    "of_code",
    "partial_cmp",
    "range",
    "serialize",
    "deserialize",
    "severity",
    "solution",
    "solution_in",
    "source",
    "status_code",
    "to_owned",
    "to_string",
    "try_from",
    "try_into",
    "type_id",
];

/// The HTTP statuses a catalog may use: three-digit numbers.
pub const HTTP_STATUSES: std::ops::RangeInclusive<i128> = 100..=999;

/// The `Display` template of a catalog that does not set `display`.
pub const DEFAULT_DISPLAY: &str = "{message}";

/// Whether the enums go without `#[non_exhaustive]` when `exhaustive` is not set.
pub const DEFAULT_EXHAUSTIVE: bool = false;

/// Whether an entry is retryable when `retryable` is not set.
pub const DEFAULT_RETRYABLE: bool = false;

/// The limits that keep a hostile catalog from hanging a build.
pub mod limits {
    /// Largest catalog file accepted, in bytes. A 100,000-code catalog in two
    /// languages is about 20 MiB.
    pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;
    /// Deepest nesting of YAML collections.
    pub const MAX_DEPTH: usize = 32;
    /// Most nodes that aliases may copy in one catalog, all aliases together.
    pub const MAX_ALIAS_NODES: usize = 100_000;
    /// Most diagnostics reported for one catalog; the rest are counted.
    pub const MAX_DIAGNOSTICS: usize = 200;
    /// Most arguments one entry may declare.
    pub const MAX_ARGS: usize = 64;
    /// Most fields one catalog may declare.
    pub const MAX_FIELDS: usize = 32;
    /// Longest `pattern` of a declared field, in bytes.
    pub const MAX_PATTERN_BYTES: usize = 256;

    /// [`MAX_FILE_BYTES`] for people: `32 MiB`.
    pub fn max_file_size() -> String {
        format!("{} MiB", MAX_FILE_BYTES / (1024 * 1024))
    }
}

/// The mappings of a catalog file, each with its own keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mapping {
    /// The file's root.
    Catalog,
    /// An item of `groups`.
    Group,
    /// An item of `codes`.
    Entry,
    /// The value of `body`.
    Body,
    /// The value of `problem`.
    Problem,
    /// A field declaration: a value of `fields`.
    Field,
}

impl Mapping {
    /// Every mapping, outermost first.
    pub const ALL: [Mapping; 6] = [
        Mapping::Catalog,
        Mapping::Group,
        Mapping::Entry,
        Mapping::Body,
        Mapping::Problem,
        Mapping::Field,
    ];

    /// How diagnostics name the mapping: "unknown key `x` in a code entry".
    pub const fn what(self) -> &'static str {
        match self {
            Mapping::Catalog => "the catalog",
            Mapping::Group => "a group",
            Mapping::Entry => "a code entry",
            Mapping::Body => "`body`",
            Mapping::Problem => "`problem`",
            Mapping::Field => "a field declaration",
        }
    }

    /// A title for the mapping in reference tables.
    pub const fn title(self) -> &'static str {
        match self {
            Mapping::Catalog => "The catalog (the file's root)",
            Mapping::Group => "A group (an item of `groups`)",
            Mapping::Entry => "A code entry (an item of `codes`)",
            Mapping::Body => "`body`",
            Mapping::Problem => "`problem`",
            Mapping::Field => "A field declaration (a value of `fields`)",
        }
    }

    /// The catalog key whose value this mapping is, for the wire settings
    /// (`body.code`); groups and entries are items of lists instead.
    pub const fn parent_key(self) -> Option<CatalogKey> {
        match self {
            Mapping::Body => Some(CatalogKey::Body),
            Mapping::Problem => Some(CatalogKey::Problem),
            Mapping::Field => Some(CatalogKey::Fields),
            Mapping::Catalog | Mapping::Group | Mapping::Entry => None,
        }
    }

    /// The mapping's keys, in the order the reference lists them.
    pub fn keys(self) -> Vec<&'static KeySpec> {
        fn specs<K: Key>() -> Vec<&'static KeySpec> {
            K::ALL.iter().map(|key| key.spec()).collect()
        }
        match self {
            Mapping::Catalog => specs::<CatalogKey>(),
            Mapping::Group => specs::<GroupKey>(),
            Mapping::Entry => specs::<EntryKey>(),
            Mapping::Body => specs::<BodyKey>(),
            Mapping::Problem => specs::<ProblemKey>(),
            Mapping::Field => specs::<FieldKey>(),
        }
    }
}

/// What a key's value must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An UpperCamelCase ASCII identifier (the enum's name).
    TypeName,
    /// Any string.
    String,
    /// A non-empty string, a JSON field name; or `false`, not in the body.
    FieldName,
    /// The start of a URI: non-empty, no whitespace or control characters.
    UriPrefix,
    /// A string in the default language, or a map from language to string.
    Text,
    /// An integer that fits `repr`.
    Code,
    /// An HTTP status in [`HTTP_STATUSES`].
    Http,
    /// `true` or `false`.
    Boolean,
    /// One of the words of a keyword table.
    Keyword(&'static [&'static str]),
    /// A list of language tags.
    Languages,
    /// A `Display` template with [`Placeholder`]s.
    Template,
    /// An inclusive range `[lo, hi]`.
    Range,
    /// A list of codes and inclusive ranges.
    CodeSets,
    /// `true`, or a note saying what to use instead.
    Deprecation,
    /// A mapping from argument names to [`ArgType`]s, in declaration order.
    Arguments,
    /// Any integer.
    Integer,
    /// A URL template with `{code}`, `{name}` and `{variant}`.
    UrlTemplate,
    /// A mapping from field names to field declarations.
    Declarations,
    /// A string, a boolean or an integer, as the field's type says.
    FieldValue,
    /// A regular expression.
    Pattern,
    /// A list of snake_case words.
    Words,
    /// A list of declared field names and `help_url`.
    Members,
    /// A list of mappings.
    List(Mapping),
    /// A mapping.
    Mapping(Mapping),
}

impl Kind {
    /// The kind for people, in reference tables.
    pub fn describe(self) -> String {
        match self {
            Kind::TypeName => "UpperCamelCase identifier".to_owned(),
            Kind::String => "string".to_owned(),
            Kind::FieldName => "non-empty string, or `false` to leave it out".to_owned(),
            Kind::UriPrefix => "URI prefix".to_owned(),
            Kind::Text => "text or language map".to_owned(),
            Kind::Code => "integer".to_owned(),
            Kind::Http => {
                format!("HTTP status ({}..={})", HTTP_STATUSES.start(), HTTP_STATUSES.end())
            }
            Kind::Boolean => "boolean".to_owned(),
            Kind::Keyword(words) => {
                words.iter().map(|w| format!("`{w}`")).collect::<Vec<_>>().join(" | ")
            }
            Kind::Languages => "list of language tags".to_owned(),
            Kind::Template => format!(
                "template with {}",
                Placeholder::ALL.iter().map(|p| format!("`{{{p}}}`")).collect::<Vec<_>>().join(" ")
            ),
            Kind::Range => "`[lo, hi]`".to_owned(),
            Kind::CodeSets => "list of codes and `[lo, hi]` ranges".to_owned(),
            Kind::Deprecation => "`true` or a note".to_owned(),
            Kind::Arguments => "mapping from argument names to types".to_owned(),
            Kind::Integer => "integer".to_owned(),
            Kind::UrlTemplate => "URL template with `{code}` `{name}` `{variant}`".to_owned(),
            Kind::Declarations => "mapping from field names to field declarations".to_owned(),
            Kind::FieldValue => "string, boolean or integer, as `type` says".to_owned(),
            Kind::Pattern => "regular expression".to_owned(),
            Kind::Words => "list of snake_case words".to_owned(),
            Kind::Members => "list of declared field names and `help_url`".to_owned(),
            Kind::List(Mapping::Group) => "list of groups".to_owned(),
            Kind::List(Mapping::Entry) => "list of code entries".to_owned(),
            Kind::List(mapping) => format!("list of {}", mapping.what()),
            Kind::Mapping(mapping) => format!("mapping: the {} table", mapping.title()),
        }
    }
}

/// A default value, as the reference and the JSON Schema show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    /// A keyword.
    Word(&'static str),
    /// A string.
    String(&'static str),
    /// A number.
    Integer(i128),
    /// `true` or `false`.
    Boolean(bool),
    /// A list of strings.
    Strings(&'static [&'static str]),
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Word(word) => f.write_str(word),
            Value::String(text) => write!(f, "\"{text}\""),
            Value::Integer(number) => write!(f, "{number}"),
            Value::Boolean(flag) => write!(f, "{flag}"),
            Value::Strings(items) => write!(f, "[{}]", items.join(", ")),
        }
    }
}

/// One key of a mapping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeySpec {
    /// The key as written in YAML.
    pub name: &'static str,
    /// What its value must be.
    pub kind: Kind,
    /// Whether the mapping must have it.
    pub required: bool,
    /// What an absent key means, when that is a value.
    pub default: Option<Value>,
    /// What it is for, one sentence.
    pub doc: &'static str,
}

impl KeySpec {
    /// An optional key with no default and no doc yet (the tables fill them in).
    const fn new(kind: Kind) -> KeySpec {
        KeySpec { name: "", kind, required: false, default: None, doc: "" }
    }

    const fn named(mut self, name: &'static str) -> KeySpec {
        self.name = name;
        self
    }

    const fn required(mut self) -> KeySpec {
        self.required = true;
        self
    }

    const fn default(mut self, value: Value) -> KeySpec {
        self.default = Some(value);
        self
    }

    const fn doc(mut self, doc: &'static str) -> KeySpec {
        self.doc = doc;
        self
    }
}

/// The keys of one mapping, as an enum: the reader `match`es on it, so every
/// key in a table is handled and no key outside it can be read.
pub trait Key: Copy + Eq + 'static {
    /// The mapping these are the keys of.
    const MAPPING: Mapping;
    /// Every key, in table order.
    const ALL: &'static [Self];
    /// The key's entry in the table.
    fn spec(self) -> &'static KeySpec;

    /// The key as written in YAML.
    fn as_str(self) -> &'static str {
        self.spec().name
    }

    /// The key written `word`, if the mapping has it.
    fn from_word(word: &str) -> Option<Self> {
        find_word(Self::ALL, word, Self::as_str)
    }
}

/// The one of `all` whose word is `word`. A plain loop that compares
/// lengths first: read for every key of every entry, it ran an iterator
/// adapter and a string comparison per candidate, which at opt-level 0 (the
/// macro as users build it) was a tenth of reading the catalog's entries.
pub(crate) fn find_word<K: Copy>(
    all: &[K],
    word: &str,
    as_str: fn(K) -> &'static str,
) -> Option<K> {
    let word = word.as_bytes();
    for &candidate in all {
        let spelt = as_str(candidate).as_bytes();
        if spelt.len() == word.len() && spelt == word {
            return Some(candidate);
        }
    }
    None
}

/// A keyword table (`repr`, `severity`…): the reader reads any of them the same way.
pub trait Keyword: Copy + Eq + 'static {
    /// Every keyword, in table order.
    const ALL: &'static [Self];
    /// The word as written in catalogs.
    fn word(self) -> &'static str;
}

/// Declares the keys of one mapping: an enum with one variant per key and its
/// [`Key`] impl. Each line is `Variant = "key": KeySpec`, the spec built with
/// [`KeySpec::new`] and its builder methods.
macro_rules! key_table {
    (
        $(#[$meta:meta])*
        pub enum $name:ident for $mapping:ident {
            $($variant:ident = $key:literal: $spec:expr,)*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $(#[doc = concat!("`", $key, "`")] $variant,)*
        }

        impl $crate::format::Key for $name {
            const MAPPING: $crate::format::Mapping = $crate::format::Mapping::$mapping;
            const ALL: &'static [Self] = &[$($name::$variant),*];

            fn spec(self) -> &'static $crate::format::KeySpec {
                match self {
                    $($name::$variant => {
                        const KEY: $crate::format::KeySpec = $spec.named($key);
                        &KEY
                    })*
                }
            }
        }
    };
}
use key_table;

/// Declares a keyword table: an enum whose variants are written as words in
/// catalogs, with `ALL`, `WORDS`, `as_str`, `from_word` and, when given, the
/// `DEFAULT`.
macro_rules! keyword_table {
    (
        $(#[$meta:meta])*
        pub enum $name:ident $(default $default:ident)? {
            $($(#[$variant_meta:meta])* $variant:ident = $word:literal,)*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$variant_meta])* $variant,)*
        }

        impl $name {
            /// Every keyword, in table order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            /// Every keyword as written in catalogs.
            pub const WORDS: &'static [&'static str] = &[$($word),*];
            $(
                /// What an absent key means.
                pub const DEFAULT: $name = $name::$default;
            )?

            /// The word as written in catalogs.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $word,)*
                }
            }

            /// The Rust variant name, as the runtime type spells it.
            pub const fn variant_name(self) -> &'static str {
                match self {
                    $($name::$variant => stringify!($variant),)*
                }
            }

            /// The keyword written `word`.
            pub fn from_word(word: &str) -> Option<$name> {
                $crate::format::find_word($name::ALL, word, $name::as_str)
            }
        }

        impl $crate::format::Keyword for $name {
            const ALL: &'static [Self] = $name::ALL;

            fn word(self) -> &'static str {
                self.as_str()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
use keyword_table;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mapping_has_unique_keys_with_docs() {
        for mapping in Mapping::ALL {
            let keys = mapping.keys();
            for (i, key) in keys.iter().enumerate() {
                assert!(!key.doc.is_empty(), "{}: no doc", key.name);
                assert!(keys[..i].iter().all(|k| k.name != key.name), "{} twice", key.name);
                assert!(!(key.required && key.default.is_some()), "{}", key.name);
            }
        }
    }

    #[test]
    fn keywords_round_trip() {
        for repr in Repr::ALL {
            assert_eq!(Repr::from_word(repr.as_str()), Some(*repr));
        }
        assert_eq!(Severity::DEFAULT.as_str(), "error");
        assert_eq!(Severity::Fatal.variant_name(), "Fatal");
        assert_eq!(CatalogKey::from_word("strip_prefix"), Some(CatalogKey::StripPrefix));
        assert_eq!(EntryKey::from_word("colour"), None);
        assert_eq!(limits::max_file_size(), "32 MiB");
    }
}
