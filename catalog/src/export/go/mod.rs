//! Go: a package with `type <Enum> int32` (the `repr`'s width), one
//! constant per code named `<Enum><Variant>`, a table of facts, the methods
//! `String`, `Message`, `Description`, `Solution`, `HTTPStatus`, `Severity`,
//! `Retryable`, `Group` and `Error` (a code is an `error`), lookups by code
//! and name, an `*Error` with arguments, a cause, `Is` and `Unwrap`, typed
//! constructors for entries with arguments, and stringer's guard: editing a
//! constant without regenerating fails `go build`.

use std::fmt::Write as _;

use super::{fields, identifiers, per_language, ExportError, Naming};
use crate::escape::{self, Syntax};
use crate::format::{ArgType, Repr};
use crate::model::Catalog;

mod fields;
mod grpc;

use fields::{declared_fields, field_ident, go_value};
use grpc::error_info;

/// Go's keywords: no package may be named so.
const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];

/// Go's predeclared identifiers and the names the constructors use: a
/// parameter may not be named so either (a parameter `string` would hide the type).
const PREDECLARED: &[&str] = &[
    "any",
    "bool",
    "byte",
    "comparable",
    "complex64",
    "complex128",
    "error",
    "float32",
    "float64",
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "rune",
    "string",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintptr",
    "true",
    "false",
    "iota",
    "nil",
    "append",
    "cap",
    "clear",
    "close",
    "complex",
    "copy",
    "delete",
    "imag",
    "len",
    "make",
    "max",
    "min",
    "new",
    "panic",
    "print",
    "println",
    "real",
    "recover",
    "args",
    "code",
    "cause",
    "lang",
];

pub(super) fn render(catalog: &Catalog) -> Result<String, ExportError> {
    let variants = identifiers(catalog, Naming::Camel, &[])?;
    let name = catalog.name();
    let constants: Vec<String> = variants.iter().map(|v| format!("{name}{v}")).collect();
    let int_type = go_int(catalog.repr());
    let mut out = String::new();
    package(&mut out, catalog, int_type);
    declarations(&mut out, catalog, &constants);
    facts_table(&mut out, catalog, &constants);
    lookups(&mut out, catalog, &constants);
    // A catalog named `Error` keeps that name for its code type; the error struct then is `CodeError`.
    let error_type = if name == "Error" { "CodeError" } else { "Error" };
    check_names(catalog, &constants, &variants, error_type)?;
    out.push_str(
        &METHODS.replace("ENUM", name).replace("INT", int_type).replace("ERRTYPE", error_type),
    );
    groups(&mut out, catalog, &string, int_type);
    constructors(&mut out, catalog, &variants, error_type)?;
    error_info(&mut out, catalog, &constants);
    Ok(out)
}

/// A Go string literal.
fn string(text: &str) -> String {
    escape::quoted(text, Syntax::Go)
}

/// The package clause, its doc, the imports and the code type.
fn package(out: &mut String, catalog: &Catalog, int_type: &str) {
    let name = catalog.name();
    let package = package_name(name);
    let about = catalog
        .description()
        .and_then(|d| d.get(0))
        .map(|d| format!(": {}", escape::comment(d)))
        .unwrap_or_default();
    let stop = if about.ends_with(['.', '!', '?', '。']) { "" } else { "." };
    let _ =
        writeln!(out, "\n// Package {package} holds the codes of the {name} catalog{about}{stop}");
    let _ = writeln!(out, "package {package}\n");
    let _ = writeln!(out, "import (\n\t\"fmt\"\n\t\"strconv\"\n\t\"strings\"\n)\n");
    let _ = writeln!(out, "// {name} is a code of the catalog.");
    let _ = writeln!(out, "type {name} {int_type}\n");
}

/// One constant per code, each with its message, and stringer's guard.
fn declarations(out: &mut String, catalog: &Catalog, constants: &[String]) {
    let name = catalog.name();
    // One declaration each: gofmt aligns the specs of a block, and the output
    // must be what gofmt prints.
    for (constant, entry) in constants.iter().zip(catalog.entries()) {
        match entry.message.as_ref().and_then(|m| m.get(0)) {
            Some(message) => {
                let _ = writeln!(out, "// {constant}: {}", escape::comment(message));
            }
            None => {
                let _ = writeln!(out, "// {constant} has no message.");
            }
        }
        let _ = writeln!(out, "const {constant} {name} = {}\n", entry.code);
    }
    // stringer's guard: a constant whose value changed makes an index out of range.
    let _ = writeln!(out, "func _() {{\n\t// An \"invalid array index\" error here means a constant changed: run errcat export again.\n\tvar x [1]struct{{}}");
    for (constant, entry) in constants.iter().zip(catalog.entries()) {
        let _ = writeln!(out, "\t_ = x[{constant}-({})]", entry.code);
    }
    let _ = writeln!(out, "}}\n");
}

/// The languages, and every code's facts in a table that `lookup` finds.
fn facts_table(out: &mut String, catalog: &Catalog, constants: &[String]) {
    let name = catalog.name();
    let languages = catalog.languages();
    let quoted_languages: Vec<String> = languages.iter().map(|l| string(l)).collect();
    let _ = writeln!(out, "// Languages are the catalog's languages, the default first.\nvar Languages = [...]string{{{}}}\n", quoted_languages.join(", "));
    declared_fields(out, catalog);
    let mut extra = String::new();
    if !catalog.fields().is_empty() {
        extra.push_str("\tfields      Fields\n");
    }
    if catalog.has_help_urls() {
        extra.push_str("\thelpURL     string\n");
    }
    let _ = writeln!(out, "type facts struct {{\n\tname        string\n\tmessage     [{0}]string\n\tdescription *[{0}]string\n\tsolution    *[{0}]string\n\thttp        int\n\tseverity    string\n\tgrpc        string\n\tretryable   bool\n\tgroup       string\n\targs        []string\n{extra}}}\n", languages.len());
    // A slice in code order, found by a switch: no keys for gofmt to align.
    let _ = writeln!(out, "var table = [...]facts{{");
    for entry in catalog.entries() {
        let mut members = vec![format!("name: {}", string(&entry.name))];
        for (field, text) in fields(entry) {
            let resolved: Vec<String> = per_language(catalog, text)
                .into_iter()
                .map(|t| string(t.unwrap_or_default()))
                .collect();
            let array = format!("[{}]string{{{}}}", languages.len(), resolved.join(", "));
            match (field, text) {
                ("message", _) => members.push(format!("message: {array}")),
                (_, None) => {}
                (_, Some(_)) => members.push(format!("{field}: &{array}")),
            }
        }
        let group = entry
            .group
            .and_then(|g| catalog.groups().get(g))
            .map(|g| g.name.as_str())
            .unwrap_or_default();
        let args: Vec<String> = entry.args.iter().map(|a| string(&a.name)).collect();
        members.extend([
            format!("http: {}", entry.http),
            format!("severity: {}", string(entry.severity.as_str())),
            format!("grpc: {}", string(entry.grpc.as_str())),
            format!("retryable: {}", entry.retryable),
            format!("group: {}", string(group)),
        ]);
        if !args.is_empty() {
            members.push(format!("args: []string{{{}}}", args.join(", ")));
        }
        if !catalog.fields().is_empty() {
            let values: Vec<String> = catalog
                .fields()
                .iter()
                .zip(&entry.fields)
                .filter_map(|(field, value)| {
                    let value = go_value(catalog, field, value.as_ref()?);
                    let value =
                        if field.is_optional() { format!("fieldPtr({value})") } else { value };
                    Some(format!("{}: {value}", field_ident(field)))
                })
                .collect();
            members.push(format!("fields: Fields{{{}}}", values.join(", ")));
        }
        if let Some(link) = &entry.help_url {
            members.push(format!("helpURL: {}", string(link)));
        }
        let _ = writeln!(out, "\t{{{}}},", members.join(", "));
    }
    let _ = writeln!(out, "}}\n");
    let _ = writeln!(out, "func lookup(c {name}) *facts {{\n\tswitch c {{");
    for (index, constant) in constants.iter().enumerate() {
        let _ = writeln!(out, "\tcase {constant}:\n\t\treturn &table[{index}]");
    }
    let _ = writeln!(out, "\t}}\n\treturn nil\n}}\n");
}

/// `FromName`, `Codes`, and the `Names` and `Values` maps.
fn lookups(out: &mut String, catalog: &Catalog, constants: &[String]) {
    let name = catalog.name();
    let _ = writeln!(out, "// FromName returns the code named name, and whether there is one.\nfunc FromName(name string) ({name}, bool) {{\n\tswitch name {{");
    for (constant, entry) in constants.iter().zip(catalog.entries()) {
        let _ = writeln!(out, "\tcase {}:\n\t\treturn {constant}, true", string(&entry.name));
    }
    let _ = writeln!(out, "\t}}\n\treturn 0, false\n}}\n");
    let list: Vec<&str> = constants.iter().map(String::as_str).collect();
    let _ = writeln!(out, "// Codes returns every code, in ascending order.\nfunc Codes() []{name} {{\n\treturn []{name}{{{}}}\n}}\n", list.join(", "));
    // protoc-gen-go's _name and _value maps, filled from the table (a literal
    // would need gofmt's alignment).
    let _ = writeln!(
        out,
        "// Names maps each code to its name.\nvar Names = make(map[{name}]string, len(table))\n"
    );
    let _ = writeln!(
        out,
        "// Values maps each name to its code.\nvar Values = make(map[string]{name}, len(table))\n"
    );
    let _ = writeln!(out, "func init() {{\n\tfor _, c := range Codes() {{\n\t\tNames[c] = c.String()\n\t\tValues[c.String()] = c\n\t}}\n}}\n");
}

const METHODS: &str = r#"// FromCode returns the code of the catalog numbered code, and whether there is one.
func FromCode(code INT) (ENUM, bool) {
	return ENUM(code), lookup(ENUM(code)) != nil
}

// Known reports whether c is a code of the catalog.
func (c ENUM) Known() bool {
	return lookup(c) != nil
}

func language(lang string) int {
	for i, known := range Languages {
		if known == lang {
			return i
		}
	}
	return 0
}

// String returns the code's name, or ENUM(N) for a code the catalog does not have.
func (c ENUM) String() string {
	if f := lookup(c); f != nil {
		return f.name
	}
	return fmt.Sprintf("ENUM(%d)", INT(c))
}

// Message returns the message in lang (the default language for another; "" for a code without one).
func (c ENUM) Message(lang string) string {
	if f := lookup(c); f != nil {
		return f.message[language(lang)]
	}
	return ""
}

// Description returns the description in lang, and whether the code has one.
func (c ENUM) Description(lang string) (string, bool) {
	if f := lookup(c); f != nil && f.description != nil {
		return f.description[language(lang)], true
	}
	return "", false
}

// Solution returns the cause and remedy in lang, and whether the code has them.
func (c ENUM) Solution(lang string) (string, bool) {
	if f := lookup(c); f != nil && f.solution != nil {
		return f.solution[language(lang)], true
	}
	return "", false
}

// HTTPStatus returns the HTTP status the code maps to (500 for an unknown code).
func (c ENUM) HTTPStatus() int {
	if f := lookup(c); f != nil {
		return f.http
	}
	return 500
}

// Severity returns how serious the code is: info, warning, error or fatal.
func (c ENUM) Severity() string {
	if f := lookup(c); f != nil {
		return f.severity
	}
	return "error"
}

// GRPCCode returns the gRPC code the error travels with, as google.rpc.Code spells it ("UNKNOWN" for a code the catalog does not have).
func (c ENUM) GRPCCode() string {
	if f := lookup(c); f != nil {
		return f.grpc
	}
	return "UNKNOWN"
}

// Retryable reports whether trying again may succeed.
func (c ENUM) Retryable() bool {
	if f := lookup(c); f != nil {
		return f.retryable
	}
	return false
}

// Group returns the name of the code's group ("" in a catalog without groups).
func (c ENUM) Group() string {
	if f := lookup(c); f != nil {
		return f.group
	}
	return ""
}

// Error makes a code an error: its message in the default language.
func (c ENUM) Error() string {
	return c.Message(Languages[0])
}

// ERRTYPE is an error of the catalog with its arguments and the error that caused it.
type ERRTYPE struct {
	Code  ENUM
	Args  map[string]any
	Cause error
}

// New returns an error with code and no arguments.
func New(code ENUM) *ERRTYPE {
	return &ERRTYPE{Code: code}
}

// Wrap returns the error with cause as the error that caused it.
func (e *ERRTYPE) Wrap(cause error) *ERRTYPE {
	e.Cause = cause
	return e
}

// Error returns the message in the default language, with the arguments in place.
func (e *ERRTYPE) Error() string {
	return e.MessageIn(Languages[0])
}

// MessageIn returns the message in lang, with the arguments in place.
func (e *ERRTYPE) MessageIn(lang string) string {
	template := e.Code.Message(lang)
	if f := lookup(e.Code); f == nil || len(f.args) == 0 {
		return template
	}
	return render(template, e.Args)
}

// Unwrap returns the error that caused e.
func (e *ERRTYPE) Unwrap() error {
	return e.Cause
}

// Is reports whether target is e's code, or an *ERRTYPE with e's code.
func (e *ERRTYPE) Is(target error) bool {
	switch t := target.(type) {
	case ENUM:
		return t == e.Code
	case *ERRTYPE:
		return t.Code == e.Code
	}
	return false
}

// render replaces {name} with the argument name; {{ and }} are braces.
func render(template string, args map[string]any) string {
	var out strings.Builder
	for i := 0; i < len(template); i++ {
		c := template[i]
		switch {
		case (c == '{' || c == '}') && i+1 < len(template) && template[i+1] == c:
			out.WriteByte(c)
			i++
		case c == '{':
			end := strings.IndexByte(template[i:], '}')
			if end < 0 {
				out.WriteString(template[i:])
				return out.String()
			}
			key := template[i+1 : i+end]
			if value, ok := args[key]; ok {
				fmt.Fprint(&out, value)
			} else {
				out.WriteString(template[i : i+end+1])
			}
			i += end
		default:
			out.WriteByte(c)
		}
	}
	return out.String()
}

"#;

/// `Groups` with their ranges and `GroupOfCode`.
fn groups(out: &mut String, catalog: &Catalog, string: &dyn Fn(&str) -> String, int_type: &str) {
    let _ = writeln!(out, "// GroupRange is the range of codes a group keeps.\ntype GroupRange struct {{\n\tName   string\n\tLo, Hi {int_type}\n}}\n");
    let ranged: Vec<String> = catalog
        .groups()
        .iter()
        .filter_map(|g| {
            g.range.map(|(lo, hi)| format!("\t{{Name: {}, Lo: {lo}, Hi: {hi}}},", string(&g.name)))
        })
        .collect();
    let list = if ranged.is_empty() { String::new() } else { format!("\n{}\n", ranged.join("\n")) };
    let _ = writeln!(out, "// GroupRanges are the groups that keep a range, in catalog order.\nvar GroupRanges = []GroupRange{{{list}}}\n");
    let _ = writeln!(out, "// GroupOfCode returns the group whose range holds code, used or not.\nfunc GroupOfCode(code {int_type}) (string, bool) {{\n\tfor _, g := range GroupRanges {{\n\t\tif code >= g.Lo && code <= g.Hi {{\n\t\t\treturn g.Name, true\n\t\t}}\n\t}}\n\treturn \"\", false\n}}");
}

/// `New<Variant>(args…)` for each entry with arguments.
fn constructors(
    out: &mut String,
    catalog: &Catalog,
    variants: &[String],
    error_type: &str,
) -> Result<(), ExportError> {
    let name = catalog.name();
    for (variant, entry) in
        variants.iter().zip(catalog.entries()).filter(|(_, e)| !e.args.is_empty())
    {
        let mut params = Vec::new();
        let mut pairs = Vec::new();
        for arg in &entry.args {
            let mut param = heck::ToLowerCamelCase::to_lower_camel_case(arg.name.as_str());
            if KEYWORDS.contains(&param.as_str()) || PREDECLARED.contains(&param.as_str()) {
                param.push('_');
            }
            if params.iter().any(|p: &String| p.starts_with(&format!("{param} "))) {
                return Err(ExportError {
                    message: format!(
                        "code {}: two arguments become the Go parameter `{param}`",
                        entry.code
                    ),
                });
            }
            params.push(format!("{param} {}", go_arg(arg.ty)));
            pairs.push(format!("{:?}: {param}", arg.name));
        }
        let _ = writeln!(
            out,
            "\n// New{variant} returns the error {name}{variant} with its arguments.\nfunc New{variant}({}) *{error_type} {{\n\treturn &{error_type}{{Code: {name}{variant}, Args: map[string]any{{{}}}}}\n}}",
            params.join(", "),
            pairs.join(", ")
        );
    }
    Ok(())
}

/// The package's own exported names, which no constant, constructor or
/// type of the catalog may take.
fn check_names(
    catalog: &Catalog,
    constants: &[String],
    variants: &[String],
    error_type: &str,
) -> Result<(), ExportError> {
    let fixed = [
        "Languages",
        "Codes",
        "Names",
        "Values",
        "FromCode",
        "FromName",
        "New",
        "GroupRange",
        "GroupRanges",
        "GroupOfCode",
        "Domain",
        "Decoded",
        "FromErrorInfo",
        "Fields",
        error_type,
    ];
    let mut taken: std::collections::HashMap<String, String> =
        fixed.iter().map(|f| ((*f).to_owned(), "errcat's own".to_owned())).collect();
    let constructors = variants
        .iter()
        .zip(catalog.entries())
        .filter(|(_, e)| !e.args.is_empty())
        .map(|(v, e)| (format!("New{v}"), e.code));
    let names = std::iter::once((catalog.name().to_owned(), None))
        .chain(constants.iter().zip(catalog.entries()).map(|(c, e)| (c.clone(), Some(e.code))))
        .chain(constructors.map(|(n, code)| (n, Some(code))));
    for (name, code) in names {
        let what = code.map_or("the catalog's type".to_owned(), |c| format!("code {c}"));
        if let Some(other) = taken.insert(name.clone(), what.clone()) {
            return Err(ExportError {
                message: format!(
                    "in Go, {what} and {other} would both be `{name}`: rename one of them"
                ),
            });
        }
    }
    Ok(())
}

fn go_int(repr: Repr) -> &'static str {
    match repr {
        Repr::I8 => "int8",
        Repr::I16 => "int16",
        Repr::I32 => "int32",
        Repr::I64 => "int64",
        Repr::U8 => "uint8",
        Repr::U16 => "uint16",
        Repr::U32 => "uint32",
        Repr::U64 => "uint64",
    }
}

fn go_arg(ty: ArgType) -> &'static str {
    match ty {
        ArgType::String => "string",
        ArgType::Bool => "bool",
        ArgType::I8 => "int8",
        ArgType::I16 => "int16",
        ArgType::I32 => "int32",
        ArgType::I64 => "int64",
        ArgType::U8 => "uint8",
        ArgType::U16 => "uint16",
        ArgType::U32 => "uint32",
        ArgType::U64 => "uint64",
        ArgType::F64 => "float64",
    }
}

/// The package's name: the catalog's name in lower case (`apiswitcherror`),
/// with `codes` added when that is a Go keyword.
pub fn package_name(catalog: &str) -> String {
    let lower: String = catalog
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    if KEYWORDS.contains(&lower.as_str()) {
        format!("{lower}codes")
    } else {
        lower
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn go(yaml: &str) -> Result<String, ExportError> {
        render(&crate::load_str(yaml, "t.yaml").unwrap())
    }

    #[test]
    fn names_that_would_collide_in_the_package_are_refused_or_moved() {
        let error = go("name: Error\ncodes: [{code: 1, message: m}]\n").unwrap();
        assert!(error.contains("type Error int32") && error.contains("type CodeError struct"));
        let clash = go("name: Group\ncodes: [{code: 1, name: Range}]\n").unwrap_err();
        assert_eq!(
            clash.message,
            "in Go, code 1 and errcat's own would both be `GroupRange`: rename one of them"
        );
        assert_eq!(package_name("Type"), "typecodes");
        assert_eq!(package_name("ApiSwitchError"), "apiswitcherror");
    }
}
