//! The key tables: every key of every mapping of a catalog file.

use super::{
    key_table, Discriminant, FieldType, GrpcCode, Key as _, KeySpec, Kind, Mapping, ProblemType,
    Repr, Representation, RustdocDetail, SerdeForm, Severity, Value, DEFAULT_DISPLAY,
    DEFAULT_EXHAUSTIVE, DEFAULT_HTTP, DEFAULT_LANGUAGES, DEFAULT_RETRYABLE,
};

// `as` only widens here; `i128::from` is not callable in a const.
const DEFAULT_HTTP_VALUE: Value = Value::Integer(DEFAULT_HTTP as i128);
const SEVERITY: KeySpec = KeySpec::new(Kind::Keyword(Severity::WORDS));
const HELP_URL: KeySpec = KeySpec::new(Kind::UrlTemplate);
const GRPC: KeySpec = KeySpec::new(Kind::Keyword(GrpcCode::WORDS));

key_table! {
    /// The keys of the catalog's root mapping.
    pub enum CatalogKey for Catalog {
        Name = "name": KeySpec::new(Kind::TypeName)
            .required()
            .doc("The enum's name; the group enum is this name followed by `Group`."),
        Description = "description": KeySpec::new(Kind::Text)
            .doc("What the catalog is; the enum's documentation."),
        Repr = "repr": KeySpec::new(Kind::Keyword(Repr::WORDS))
            .default(Value::Word(Repr::DEFAULT.as_str()))
            .doc("The integer type of the codes."),
        Languages = "languages": KeySpec::new(Kind::Languages)
            .default(Value::Strings(DEFAULT_LANGUAGES))
            .doc("The languages of the texts, the default first."),
        Display = "display": KeySpec::new(Kind::Template)
            .default(Value::String(DEFAULT_DISPLAY))
            .doc("What `Display` prints; write `{{` and `}}` for literal braces."),
        Http = "http": KeySpec::new(Kind::Http)
            .default(DEFAULT_HTTP_VALUE)
            .doc("The HTTP status of entries whose group and entry set none."),
        Severity = "severity": SEVERITY
            .default(Value::Word(Severity::DEFAULT.as_str()))
            .doc("The severity of entries whose group and entry set none."),
        Grpc = "grpc": GRPC
            .doc("The gRPC code of entries whose group and entry set none; without one anywhere, an entry's comes from its HTTP status."),
        Domain = "domain": KeySpec::new(Kind::String)
            .doc("The `domain` of the gRPC `ErrorInfo` errors carry; default: the catalog's name."),
        StripPrefix = "strip_prefix": KeySpec::new(Kind::String)
            .doc("Removed from the start of each entry `name` before the variant is derived."),
        Exhaustive = "exhaustive": KeySpec::new(Kind::Boolean)
            .default(Value::Boolean(DEFAULT_EXHAUSTIVE))
            .doc("`true` leaves `#[non_exhaustive]` off the generated enums."),
        Discriminant = "discriminant": KeySpec::new(Kind::Keyword(Discriminant::WORDS))
            .default(Value::Word(Discriminant::DEFAULT.as_str()))
            .doc("`index`: discriminants are positions in code order; `code`: `#[repr]` with the codes."),
        Representation = "representation": KeySpec::new(Kind::Keyword(Representation::WORDS))
            .default(Value::Word(Representation::DEFAULT.as_str()))
            .doc("`enum`: a fieldless enum; `open`: a newtype with a `const` per entry that also holds unknown codes."),
        Rustdoc = "rustdoc": KeySpec::new(Kind::Keyword(RustdocDetail::WORDS))
            .default(Value::Word(RustdocDetail::DEFAULT.as_str()))
            .doc("`full`: each variant's doc has every fact of its entry; `brief`: its message and description only."),
        Success = "success": KeySpec::new(Kind::CodeSets)
            .doc("Codes that mean success: no entry may use them."),
        Reserved = "reserved": KeySpec::new(Kind::CodeSets)
            .doc("Codes no entry may use, such as retired ones."),
        Groups = "groups": KeySpec::new(Kind::List(Mapping::Group))
            .doc("The codes in groups with ranges; a catalog has `groups` or `codes`, not both."),
        Codes = "codes": KeySpec::new(Kind::List(Mapping::Entry))
            .doc("The codes of a catalog without groups."),
        Serde = "serde": KeySpec::new(Kind::Keyword(SerdeForm::WORDS))
            .default(Value::Word(SerdeForm::DEFAULT.as_str()))
            .doc("How the enum serializes with errcat's `serde` feature; `none`: errcat writes no serde impls."),
        Body = "body": KeySpec::new(Kind::Mapping(Mapping::Body))
            .doc("The JSON field names of `errcat::ErrorBody`."),
        Problem = "problem": KeySpec::new(Kind::Mapping(Mapping::Problem))
            .doc("Settings of RFC 9457 problem details (`errcat::Problem`)."),
        Fields = "fields": KeySpec::new(Kind::Declarations)
            .doc("Declares extra keys that groups and entries may set, each with a type; each becomes an accessor."),
        HelpUrl = "help_url": HELP_URL
            .doc("A link to each entry's documentation: a URL template with `{code}`, `{name}` and `{variant}`."),
    }
}

key_table! {
    /// The keys of an item of `groups`.
    pub enum GroupKey for Group {
        Name = "name": KeySpec::new(Kind::String)
            .required()
            .doc("Unique; its UpperCamelCase form is the group's variant in the group enum."),
        Range = "range": KeySpec::new(Kind::Range)
            .doc("Every code of the group lies in this inclusive range; ranges do not overlap."),
        Description = "description": KeySpec::new(Kind::Text)
            .doc("What the group is; the group variant's documentation."),
        Http = "http": KeySpec::new(Kind::Http)
            .doc("The HTTP status of the group's entries that set none."),
        Severity = "severity": SEVERITY
            .doc("The severity of the group's entries that set none."),
        Grpc = "grpc": GRPC
            .doc("The gRPC code of the group's entries that set none."),
        Reserved = "reserved": KeySpec::new(Kind::CodeSets)
            .doc("Codes no entry may use, as the catalog's `reserved`."),
        HelpUrl = "help_url": HELP_URL
            .doc("The help link template of the group's entries that set none."),
        Codes = "codes": KeySpec::new(Kind::List(Mapping::Entry))
            .required()
            .doc("The group's codes; at least one."),
    }
}

key_table! {
    /// The keys of a code entry.
    pub enum EntryKey for Entry {
        Code = "code": KeySpec::new(Kind::Code)
            .required()
            .doc("The code: unique in the catalog, fits `repr`, in its group's range."),
        Name = "name": KeySpec::new(Kind::String)
            .doc("What `name()` returns; the variant is derived from it."),
        Message = "message": KeySpec::new(Kind::Text)
            .doc("The one-line text `message()` returns and `Display` prints."),
        Description = "description": KeySpec::new(Kind::Text)
            .doc("A longer explanation: when the error happens and what it means."),
        Http = "http": KeySpec::new(Kind::Http)
            .doc("The entry's HTTP status."),
        Severity = "severity": SEVERITY
            .doc("The entry's severity."),
        Grpc = "grpc": GRPC
            .doc("The entry's gRPC code."),
        Solution = "solution": KeySpec::new(Kind::Text)
            .doc("Likely causes and what to do."),
        Retryable = "retryable": KeySpec::new(Kind::Boolean)
            .default(Value::Boolean(DEFAULT_RETRYABLE))
            .doc("Whether retrying the failed operation may succeed."),
        Deprecated = "deprecated": KeySpec::new(Kind::Deprecation)
            .doc("Marks the variant `#[deprecated]`, with the note if one is given."),
        Args = "args": KeySpec::new(Kind::Arguments)
            .doc("Typed arguments, in order: `{name}` placeholders in the entry's texts and fields of its context selector."),
        HelpUrl = "help_url": HELP_URL
            .doc("The entry's help link template, or the link itself."),
    }
}

key_table! {
    /// The keys of `body`: which JSON field carries which part of an error.
    pub enum BodyKey for Body {
        Code = "code": KeySpec::new(Kind::FieldName)
            .default(Value::String("code"))
            .doc("The field that carries the code."),
        Message = "message": KeySpec::new(Kind::FieldName)
            .default(Value::String("message"))
            .doc("The field that carries the message."),
        Name = "name": KeySpec::new(Kind::FieldName)
            .doc("A field that carries `name()`; left out of the body when not named."),
        Group = "group": KeySpec::new(Kind::FieldName)
            .doc("A field that carries the group's name; catalogs with groups only."),
        Args = "args": KeySpec::new(Kind::FieldName)
            .doc("A field that carries the error's arguments as an object; left out when not named."),
        HelpUrl = "help_url": KeySpec::new(Kind::FieldName)
            .doc("A field that carries `help_url()`; left out when not named, or when the entry has no link."),
    }
}

impl BodyKey {
    /// The field name a body uses for this part when `body` does not name
    /// one; `None` for the parts a body leaves out unless named.
    pub fn default_field(self) -> Option<&'static str> {
        match self.spec().default {
            Some(Value::String(name)) => Some(name),
            _ => None,
        }
    }
}

key_table! {
    /// The keys of `problem`.
    pub enum ProblemKey for Problem {
        TypeBase = "type_base": KeySpec::new(Kind::UriPrefix)
            .doc("The start of each problem's `type` URI; the code is appended to it."),
        Type = "type": KeySpec::new(Kind::Keyword(ProblemType::WORDS))
            .doc("`help_url`: each problem's `type` is its entry's help link (instead of `type_base`)."),
        Members = "members": KeySpec::new(Kind::Members)
            .doc("Declared fields, and `help_url`, that each problem carries as extension members."),
    }
}

key_table! {
    /// The keys of a field declaration (a value of `fields`).
    pub enum FieldKey for Field {
        Type = "type": KeySpec::new(Kind::Keyword(FieldType::WORDS))
            .required()
            .doc("The field's type; its accessor returns `&'static str`, `bool`, `i64` or the generated enum."),
        Doc = "doc": KeySpec::new(Kind::String)
            .doc("What the field is; the accessor's documentation."),
        Default = "default": KeySpec::new(Kind::FieldValue)
            .doc("The value of entries that set none, directly or through their group."),
        Required = "required": KeySpec::new(Kind::Boolean)
            .default(Value::Boolean(false))
            .doc("`true`: every entry sets it, directly or through its group."),
        Pattern = "pattern": KeySpec::new(Kind::Pattern)
            .doc("`string` only: a regular expression each value must match."),
        Values = "values": KeySpec::new(Kind::Words)
            .doc("`enum` only: the snake_case words it may take, in the generated enum's order."),
        Min = "min": KeySpec::new(Kind::Integer)
            .doc("`int` only: the smallest value allowed."),
        Max = "max": KeySpec::new(Kind::Integer)
            .doc("`int` only: the largest value allowed."),
        Breaking = "breaking": KeySpec::new(Kind::Boolean)
            .default(Value::Boolean(true))
            .doc("`false`: `errcat diff` reports a changed value or type of this field as compatible (for informational texts)."),
    }
}
