//! C and C++: one header that compiles as C11 and C++17 with `-Wall -Wextra
//! -Werror`: the codes as an enum (`#define`s when a code does not fit
//! `int`), an X-macro list `<ENUM>_CODES(X)`, a table sorted by code, and
//! `static inline` lookups for name, message per language, description,
//! solution, HTTP status, severity, retryability and group, plus static
//! assertions on the count and every value. Texts are returned with their
//! length, so a text holding NUL comes back whole.

use std::fmt::Write as _;

use super::{fields, identifiers, per_language, ExportError, Naming};
use crate::escape::{self, Syntax};
use crate::format::{FieldType, Repr};
use crate::model::{Catalog, Field, FieldValue};

/// Names the header itself defines after the prefix: a code named so is renamed.
const OWN_NAMES: &[&str] = &["CODES", "COUNT", "STATIC_ASSERT", "CHECK", "H", "LANGUAGE_COUNT"];

pub(super) fn render(catalog: &Catalog) -> Result<String, ExportError> {
    let members = identifiers(catalog, Naming::Screaming, OWN_NAMES)?;
    let upper = heck::ToShoutySnakeCase::to_shouty_snake_case(catalog.name());
    let lower = heck::ToSnakeCase::to_snake_case(catalog.name());
    let constants: Vec<String> = members.iter().map(|m| format!("{upper}_{m}")).collect();
    let (bits_type, _) = c_int(catalog.repr());
    let fits_int = catalog.entries().iter().all(|e| i32::try_from(e.code).is_ok());
    let languages = catalog.languages();
    let count = catalog.entries().len();
    let mut out = String::new();
    let _ = writeln!(out, "#ifndef {upper}_H\n#define {upper}_H\n");
    let _ = writeln!(out, "#include <stddef.h>\n#include <stdint.h>\n#include <string.h>\n");
    let _ = writeln!(out, "#ifdef __cplusplus\n#define {upper}_STATIC_ASSERT(condition, message) static_assert(condition, message)\nextern \"C\" {{\n#else\n#define {upper}_STATIC_ASSERT(condition, message) _Static_assert(condition, message)\n#endif\n");
    let _ = writeln!(
        out,
        "/* {upper}_CODES(X) calls X(NAME, CODE) for every code, in ascending order. */"
    );
    let _ = write!(out, "#define {upper}_CODES(X)");
    for (constant, entry) in constants.iter().zip(catalog.entries()) {
        let _ = write!(out, " \\\n    X({constant}, {})", literal(entry.code, catalog.repr()));
    }
    let _ = writeln!(out, "\n");
    if fits_int {
        let _ = writeln!(
            out,
            "/** {} */",
            escape::comment(
                catalog.description().and_then(|d| d.get(0)).unwrap_or("A code of the catalog.")
            )
        );
        let _ = writeln!(out, "enum {lower} {{");
        for (constant, entry) in constants.iter().zip(catalog.entries()) {
            if let Some(message) = entry.message.as_ref().and_then(|m| m.get(0)) {
                let _ = writeln!(out, "    /** {} */", escape::comment(message));
            }
            let _ = writeln!(out, "    {constant} = {},", entry.code);
        }
        let _ = writeln!(out, "}};\n");
    } else {
        let _ = writeln!(out, "/* Codes that do not fit `int`: an enum cannot hold them. */");
        for (constant, entry) in constants.iter().zip(catalog.entries()) {
            let _ = writeln!(out, "#define {constant} ({})", literal(entry.code, catalog.repr()));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "/** The type of the codes. */\ntypedef {bits_type} {lower}_code;\n");
    let _ = writeln!(
        out,
        "#define {upper}_COUNT {count}\n#define {upper}_LANGUAGE_COUNT {}\n",
        languages.len()
    );
    let quoted_languages: Vec<String> = languages.iter().map(|l| string(l)).collect();
    let _ = writeln!(out, "/** The catalog's languages, the default first. */\nstatic const char *const {lower}_languages[{upper}_LANGUAGE_COUNT] = {{{}}};\n", quoted_languages.join(", "));
    let _ = writeln!(out, "/** A text and its length in bytes (it may hold NUL); `data` is NULL when there is none. */\ntypedef struct {{\n    const char *data;\n    size_t size;\n}} {lower}_text;\n");
    let _ = writeln!(out, "/** What the catalog says about one code. */\ntypedef struct {{\n    {lower}_code code;\n    const char *name;\n    {lower}_text message[{upper}_LANGUAGE_COUNT];\n    {lower}_text description[{upper}_LANGUAGE_COUNT];\n    {lower}_text solution[{upper}_LANGUAGE_COUNT];\n    int http_status;\n    const char *severity;\n    const char *grpc;\n    int retryable;\n    const char *group;\n}} {lower}_entry;\n");
    let _ = writeln!(out, "static const {lower}_entry {lower}_entries[{upper}_COUNT] = {{");
    for (constant, entry) in constants.iter().zip(catalog.entries()) {
        let mut cells = vec![constant.clone(), string(&entry.name)];
        for (field, text) in fields(entry) {
            let resolved: Vec<String> = per_language(catalog, text)
                .into_iter()
                .map(|t| match (t, field) {
                    (None, "message") => "{\"\", 0}".to_owned(),
                    (None, _) => "{NULL, 0}".to_owned(),
                    (Some(t), _) => format!("{{{}, {}}}", string(t), t.len()),
                })
                .collect();
            cells.push(format!("{{{}}}", resolved.join(", ")));
        }
        let group = entry
            .group
            .and_then(|g| catalog.groups().get(g))
            .map_or("NULL".to_owned(), |g| string(&g.name));
        cells.extend([
            entry.http.to_string(),
            string(entry.severity.as_str()),
            string(entry.grpc.as_str()),
            u8::from(entry.retryable).to_string(),
            group,
        ]);
        let _ = writeln!(out, "    {{{}}},", cells.join(", "));
    }
    let _ = writeln!(out, "}};\n");
    // Guards: a constant edited by hand, or a table of another length, does not compile.
    let _ = writeln!(out, "#define {upper}_CHECK(name, value) {upper}_STATIC_ASSERT(name == value, #name \" changed: run errcat export again\");");
    let _ = writeln!(out, "{upper}_CODES({upper}_CHECK)");
    let _ = writeln!(out, "{upper}_STATIC_ASSERT(sizeof {lower}_entries / sizeof {lower}_entries[0] == {upper}_COUNT, \"the table lost a code: run errcat export again\");\n");
    out.push_str(&LOOKUPS.replace("PREFIX", &lower));
    declared_fields(&mut out, catalog, &upper, &lower)?;
    groups(&mut out, catalog, &lower);
    let _ = writeln!(out, "#ifdef __cplusplus\n}}\n#endif\n\n#endif /* {upper}_H */");
    Ok(out)
}

const LOOKUPS: &str = r#"/** The entry of `code`, or NULL if the catalog has none (a binary search). */
static inline const PREFIX_entry *PREFIX_find(PREFIX_code code) {
    size_t lo = 0, hi = sizeof PREFIX_entries / sizeof PREFIX_entries[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (PREFIX_entries[mid].code < code) {
            lo = mid + 1;
        } else if (PREFIX_entries[mid].code > code) {
            hi = mid;
        } else {
            return &PREFIX_entries[mid];
        }
    }
    return NULL;
}

/** The index of `lang` among the catalog's languages (0, the default, for another). */
static inline size_t PREFIX_language(const char *lang) {
    size_t i;
    for (i = 0; lang != NULL && i < sizeof PREFIX_languages / sizeof PREFIX_languages[0]; i++) {
        if (strcmp(PREFIX_languages[i], lang) == 0) {
            return i;
        }
    }
    return 0;
}

/** Whether `code` is a code of the catalog. */
static inline int PREFIX_is_known(PREFIX_code code) {
    return PREFIX_find(code) != NULL;
}

/** The code's name, or NULL for a code the catalog does not have. */
static inline const char *PREFIX_name(PREFIX_code code) {
    const PREFIX_entry *entry = PREFIX_find(code);
    return entry != NULL ? entry->name : NULL;
}

/** Sets `*code` to the code named `name` and returns 1, or returns 0. */
static inline int PREFIX_from_name(const char *name, PREFIX_code *code) {
    size_t i;
    for (i = 0; i < sizeof PREFIX_entries / sizeof PREFIX_entries[0]; i++) {
        if (strcmp(PREFIX_entries[i].name, name) == 0) {
            *code = PREFIX_entries[i].code;
            return 1;
        }
    }
    return 0;
}

/** The message in `lang` (the default language for another; empty for a code without one or an unknown code). */
static inline PREFIX_text PREFIX_message(PREFIX_code code, const char *lang) {
    const PREFIX_entry *entry = PREFIX_find(code);
    PREFIX_text none = {"", 0};
    return entry != NULL ? entry->message[PREFIX_language(lang)] : none;
}

/** The description in `lang`; `data` is NULL when the code has none. */
static inline PREFIX_text PREFIX_description(PREFIX_code code, const char *lang) {
    const PREFIX_entry *entry = PREFIX_find(code);
    PREFIX_text none = {NULL, 0};
    return entry != NULL ? entry->description[PREFIX_language(lang)] : none;
}

/** The cause and remedy in `lang`; `data` is NULL when the code has none. */
static inline PREFIX_text PREFIX_solution(PREFIX_code code, const char *lang) {
    const PREFIX_entry *entry = PREFIX_find(code);
    PREFIX_text none = {NULL, 0};
    return entry != NULL ? entry->solution[PREFIX_language(lang)] : none;
}

/** The HTTP status the code maps to (500 for an unknown code). */
static inline int PREFIX_http_status(PREFIX_code code) {
    const PREFIX_entry *entry = PREFIX_find(code);
    return entry != NULL ? entry->http_status : 500;
}

/** How serious the code is: "info", "warning", "error" or "fatal" ("error" for an unknown code). */
static inline const char *PREFIX_severity(PREFIX_code code) {
    const PREFIX_entry *entry = PREFIX_find(code);
    return entry != NULL ? entry->severity : "error";
}

/** The gRPC code the error travels with, as google.rpc.Code spells it ("UNKNOWN" for an unknown code). */
static inline const char *PREFIX_grpc_code(PREFIX_code code) {
    const PREFIX_entry *entry = PREFIX_find(code);
    return entry != NULL ? entry->grpc : "UNKNOWN";
}

/** Whether trying again may succeed. */
static inline int PREFIX_is_retryable(PREFIX_code code) {
    const PREFIX_entry *entry = PREFIX_find(code);
    return entry != NULL && entry->retryable;
}

/** The name of the code's group, or NULL. */
static inline const char *PREFIX_group(PREFIX_code code) {
    const PREFIX_entry *entry = PREFIX_find(code);
    return entry != NULL ? entry->group : NULL;
}

"#;

/// The keywords of C11 and C++17 (the header compiles as both), which a
/// struct member may not be named.
const C_KEYWORDS: &[&str] = &[
    "alignas",
    "alignof",
    "and",
    "and_eq",
    "asm",
    "auto",
    "bitand",
    "bitor",
    "bool",
    "break",
    "case",
    "catch",
    "char",
    "char16_t",
    "char32_t",
    "class",
    "compl",
    "const",
    "const_cast",
    "constexpr",
    "continue",
    "decltype",
    "default",
    "delete",
    "do",
    "double",
    "dynamic_cast",
    "else",
    "enum",
    "explicit",
    "export",
    "extern",
    "false",
    "float",
    "for",
    "friend",
    "goto",
    "if",
    "inline",
    "int",
    "long",
    "mutable",
    "namespace",
    "new",
    "noexcept",
    "not",
    "not_eq",
    "nullptr",
    "operator",
    "or",
    "or_eq",
    "private",
    "protected",
    "public",
    "register",
    "reinterpret_cast",
    "restrict",
    "return",
    "short",
    "signed",
    "sizeof",
    "static",
    "static_assert",
    "static_cast",
    "struct",
    "switch",
    "template",
    "this",
    "thread_local",
    "throw",
    "true",
    "try",
    "typedef",
    "typeid",
    "typename",
    "union",
    "unsigned",
    "using",
    "virtual",
    "void",
    "volatile",
    "wchar_t",
    "while",
    "xor",
    "xor_eq",
];

/// The declared fields: `<prefix>_fields` (an enum field a C enum with its
/// names, optional fields flagged in `has`), a table beside the entries
/// and `<prefix>_fields_of`; and `<prefix>_help_url`.
fn declared_fields(
    out: &mut String,
    catalog: &Catalog,
    upper: &str,
    lower: &str,
) -> Result<(), ExportError> {
    let fields = catalog.fields();
    let optional: Vec<&Field> = fields.iter().filter(|f| f.is_optional()).collect();
    if !fields.is_empty() {
        for field in fields {
            if C_KEYWORDS.contains(&field.name.as_str()) || field.name == "has" {
                return Err(ExportError {
                    message: format!("the field `{}` cannot be a member of a C struct (a keyword of C or C++, or `has`); rename it to export to C", field.name),
                });
            }
        }
        let mut members = Vec::new();
        for field in fields {
            let ty = match field.ty {
                FieldType::String => "const char *".to_owned(),
                FieldType::Bool => "int ".to_owned(),
                FieldType::Int => "int64_t ".to_owned(),
                FieldType::Enum => {
                    let ty = format!("{lower}_{}", field.name);
                    let prefix = format!("{upper}_{}", field.name.to_uppercase());
                    let values: Vec<String> = field
                        .values
                        .iter()
                        .map(|w| format!("    {prefix}_{}", w.to_uppercase()))
                        .collect();
                    let names: Vec<String> = field.values.iter().map(|w| string(w)).collect();
                    let _ = writeln!(
                        out,
                        "/** The values of the `{}` field. */\ntypedef enum {{\n{}\n}} {ty};\n",
                        field.name,
                        values.join(",\n")
                    );
                    let _ = writeln!(out, "/** Each value of the `{}` field as the catalog writes it. */\nstatic const char *const {ty}_names[{}] = {{{}}};\n", field.name, names.len(), names.join(", "));
                    format!("{ty} ")
                }
            };
            if let Some(doc) = &field.doc {
                members.push(format!("    /** {} */", escape::comment(doc)));
            }
            members.push(format!("    {ty}{};", field.name));
        }
        if !optional.is_empty() {
            let flags: Vec<String> =
                optional.iter().map(|f| format!("        int {};", f.name)).collect();
            members.push(format!("    /** Whether the code sets each optional field. */\n    struct {{\n{}\n    }} has;", flags.join("\n")));
        }
        let _ = writeln!(out, "/** The fields the catalog declares, for one code. */\ntypedef struct {{\n{}\n}} {lower}_fields;\n", members.join("\n"));
        let _ =
            writeln!(out, "static const {lower}_fields {lower}_field_table[{upper}_COUNT] = {{");
        for entry in catalog.entries() {
            let mut cells: Vec<String> = fields
                .iter()
                .zip(&entry.fields)
                .map(|(field, value)| c_value(upper, field, value.as_ref()))
                .collect();
            if !optional.is_empty() {
                let flags: Vec<String> = fields
                    .iter()
                    .zip(&entry.fields)
                    .filter(|(field, _)| field.is_optional())
                    .map(|(_, value)| u8::from(value.is_some()).to_string())
                    .collect();
                cells.push(format!("{{{}}}", flags.join(", ")));
            }
            let _ = writeln!(out, "    {{{}}},", cells.join(", "));
        }
        let _ = writeln!(out, "}};\n");
        let _ = writeln!(out, "/** The declared fields of `code`, or NULL for a code the catalog does not have. */\nstatic inline const {lower}_fields *{lower}_fields_of({lower}_code code) {{\n    const {lower}_entry *entry = {lower}_find(code);\n    return entry != NULL ? &{lower}_field_table[entry - {lower}_entries] : NULL;\n}}\n");
    }
    if catalog.has_help_urls() {
        let links: Vec<String> = catalog
            .entries()
            .iter()
            .map(|e| e.help_url.as_deref().map_or("NULL".to_owned(), string))
            .collect();
        let _ = writeln!(
            out,
            "static const char *const {lower}_help_urls[{upper}_COUNT] = {{\n    {}\n}};\n",
            links.join(",\n    ")
        );
        let _ = writeln!(out, "/** The link to the documentation of `code`, or NULL if it has none. */\nstatic inline const char *{lower}_help_url({lower}_code code) {{\n    const {lower}_entry *entry = {lower}_find(code);\n    return entry != NULL ? {lower}_help_urls[entry - {lower}_entries] : NULL;\n}}\n");
    }
    Ok(())
}

fn c_value(upper: &str, field: &Field, value: Option<&FieldValue>) -> String {
    match value {
        None if field.ty == FieldType::String => "NULL".to_owned(),
        // `has` says it is unset; C++ converts no integer to an enum.
        None if field.ty == FieldType::Enum => {
            let first = field.values.first().map_or(String::new(), |w| w.to_uppercase());
            format!("{upper}_{}_{first}", field.name.to_uppercase())
        }
        None => "0".to_owned(),
        Some(FieldValue::Str(text)) => string(text),
        Some(FieldValue::Word(word)) => {
            format!("{upper}_{}_{}", field.name.to_uppercase(), word.to_uppercase())
        }
        Some(FieldValue::Bool(flag)) => u8::from(*flag).to_string(),
        // INT64_MIN cannot be written as a literal: its magnitude overflows.
        Some(FieldValue::Int(i64::MIN)) => "INT64_MIN".to_owned(),
        Some(FieldValue::Int(number)) => format!("INT64_C({number})"),
    }
}

/// `<prefix>_group_of_code`: the group whose range holds a code.
fn groups(out: &mut String, catalog: &Catalog, lower: &str) {
    let _ = writeln!(out, "/** The group whose range holds `code`, used or not, or NULL. */\nstatic inline const char *{lower}_group_of_code({lower}_code code) {{");
    let mut any = false;
    for group in catalog.groups() {
        if let Some((lo, hi)) = group.range {
            any = true;
            let lo_check = if lo <= catalog.repr().bounds().0 {
                String::new()
            } else {
                format!("code >= {} && ", literal(lo, catalog.repr()))
            };
            let _ = writeln!(
                out,
                "    if ({lo_check}code <= {}) {{\n        return {};\n    }}",
                literal(hi, catalog.repr()),
                string(&group.name)
            );
        }
    }
    if !any {
        let _ = writeln!(out, "    (void)code;");
    }
    let _ = writeln!(out, "    return NULL;\n}}\n");
}

/// The C type of the codes, and its width.
fn c_int(repr: Repr) -> (&'static str, u32) {
    let name = match repr {
        Repr::I8 => "int8_t",
        Repr::I16 => "int16_t",
        Repr::I32 => "int32_t",
        Repr::I64 => "int64_t",
        Repr::U8 => "uint8_t",
        Repr::U16 => "uint16_t",
        Repr::U32 => "uint32_t",
        Repr::U64 => "uint64_t",
    };
    (name, repr.bits())
}

/// A code as a C literal of the codes' type: `INT64_C(…)`, the lowest
/// 64-bit value as an expression (its digits alone overflow).
fn literal(code: i128, repr: Repr) -> String {
    match repr {
        Repr::I64 if code == i128::from(i64::MIN) => {
            "(-INT64_C(9223372036854775807) - 1)".to_owned()
        }
        Repr::I64 => format!("INT64_C({code})"),
        Repr::U64 | Repr::U32 => format!("UINT64_C({code})"),
        _ => code.to_string(),
    }
}

/// A C string literal.
fn string(text: &str) -> String {
    escape::quoted(text, Syntax::C)
}
