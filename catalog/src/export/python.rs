//! Python: an `IntEnum` whose members are the codes (`ACCESS_LIMITED`),
//! `Final` tables of facts, lookups that return `None` rather than raise,
//! group ranges, and an exception class with `.code`, `.http_status`,
//! `.retryable`, the arguments, and `from_body`/`from_problem` for what the
//! service sends. Typed throughout: `mypy --strict` clean, no dependencies.

use std::fmt::Write as _;

use super::{
    body_code, fields, identifiers, per_language, problem_members, BodyCode, ExportError, Naming,
};
use crate::escape::{self, Syntax};
use crate::format::{ArgType, BodyKey, FieldType};
use crate::model::{Catalog, FieldValue};

pub(super) fn render(catalog: &Catalog) -> Result<String, ExportError> {
    let members = identifiers(catalog, Naming::Screaming, &[])?;
    let name = catalog.name();
    let string = |text: &str| escape::quoted(text, Syntax::Python);
    let mut out = String::new();
    let about =
        catalog.description().and_then(|d| d.get(0)).unwrap_or("The codes of an errcat catalog.");
    let _ = writeln!(out, "{}", docstring(about));
    out.push_str("from __future__ import annotations\n\nimport enum\nfrom typing import Final, Literal, Mapping, NamedTuple, Optional, TypedDict\n\n\n");
    let _ = writeln!(out, "class {name}(enum.IntEnum):\n    \"\"\"A code of the catalog.\"\"\"\n");
    for (member, entry) in members.iter().zip(catalog.entries()) {
        let _ = writeln!(out, "    {member} = {}", entry.code);
        if let Some(message) = entry.message.as_ref().and_then(|m| m.get(0)) {
            let _ = writeln!(out, "    {}", docstring(message));
        }
    }
    let languages: Vec<String> = catalog.languages().iter().map(|l| string(l)).collect();
    let trailing = if languages.len() == 1 { "," } else { "" };
    let _ = writeln!(out, "\n\nLANGUAGES: Final[tuple[str, ...]] = ({}{trailing})\n\"\"\"The catalog's languages, the default first.\"\"\"\n", languages.join(", "));
    out.push_str(FACTS_TYPE);
    let _ = writeln!(out, "_FACTS: Final[Mapping[int, Facts]] = {{");
    for entry in catalog.entries() {
        let mut values = vec![string(&entry.name)];
        for (field, text) in fields(entry) {
            let resolved: Vec<String> = per_language(catalog, text)
                .into_iter()
                .map(|t| string(t.unwrap_or_default()))
                .collect();
            let tuple = format!("({}{trailing})", resolved.join(", "));
            values.push(if text.is_none() && field != "message" {
                "None".to_owned()
            } else {
                tuple
            });
        }
        let group = entry
            .group
            .and_then(|g| catalog.groups().get(g))
            .map_or("None".to_owned(), |g| string(&g.name));
        let args: Vec<String> = entry.args.iter().map(|a| string(&a.name)).collect();
        let args_trailing = if args.len() == 1 { "," } else { "" };
        values.extend([
            entry.http.to_string(),
            string(entry.severity.as_str()),
            string(entry.grpc.as_str()),
            if entry.retryable { "True" } else { "False" }.to_owned(),
            group,
            if entry.deprecated.is_some() { "True" } else { "False" }.to_owned(),
            format!("({}{args_trailing})", args.join(", ")),
        ]);
        let _ = writeln!(out, "    {}: Facts({}),", entry.code, values.join(", "));
    }
    let _ = writeln!(out, "}}\n");
    let by_name: Vec<String> = members
        .iter()
        .zip(catalog.entries())
        .map(|(m, e)| format!("    {}: {name}.{m},", string(&e.name)))
        .collect();
    let _ =
        writeln!(out, "_BY_NAME: Final[Mapping[str, {name}]] = {{\n{}\n}}\n", by_name.join("\n"));
    let ranges: Vec<String> = catalog
        .groups()
        .iter()
        .map(|g| {
            format!(
                "    {}: {},",
                string(&g.name),
                g.range.map_or("None".to_owned(), |(lo, hi)| format!("({lo}, {hi})"))
            )
        })
        .collect();
    let _ = writeln!(out, "GROUPS: Final[Mapping[str, Optional[tuple[int, int]]]] = {{\n{}\n}}\n\"\"\"Each group and the range of codes it keeps.\"\"\"\n", ranges.join("\n"));
    out.push_str(&LOOKUPS.replace("ENUM", name));
    declared_fields(&mut out, catalog, &string);
    exception(&mut out, catalog, &string);
    Ok(out)
}

/// The declared fields as a `TypedDict` per code (its keys may be any
/// name, Python keywords included), enum fields as `Literal` unions, and
/// the help links.
fn declared_fields(out: &mut String, catalog: &Catalog, string: &dyn Fn(&str) -> String) {
    let name = catalog.name();
    if !catalog.fields().is_empty() {
        let mut members = Vec::new();
        for field in catalog.fields() {
            let ty = match field.ty {
                FieldType::String => "str".to_owned(),
                FieldType::Bool => "bool".to_owned(),
                FieldType::Int => "int".to_owned(),
                FieldType::Enum => {
                    let alias = field.enum_name(name);
                    let words: Vec<String> = field.values.iter().map(|w| string(w)).collect();
                    let _ = writeln!(out, "{alias} = Literal[{}]\n", words.join(", "));
                    alias
                }
            };
            let ty = if field.is_optional() { format!("Optional[{ty}]") } else { ty };
            members.push(format!("{}: {ty}", string(&field.name)));
        }
        let _ = writeln!(out, "Fields = TypedDict(\"Fields\", {{{}}})\n\"\"\"The fields the catalog declares, for one code.\"\"\"\n", members.join(", "));
        let _ = writeln!(out, "_FIELDS: Final[Mapping[int, Fields]] = {{");
        for entry in catalog.entries() {
            let values: Vec<String> = catalog
                .fields()
                .iter()
                .zip(&entry.fields)
                .map(|(field, value)| {
                    format!("{}: {}", string(&field.name), python_value(value.as_ref(), string))
                })
                .collect();
            let _ = writeln!(out, "    {}: {{{}}},", entry.code, values.join(", "));
        }
        let _ = writeln!(out, "}}\n\n\ndef fields_of(code: {name}) -> Fields:\n    \"\"\"The declared fields of `code`.\"\"\"\n    return _FIELDS[code]\n\n");
    }
    if catalog.has_help_urls() {
        let links: Vec<String> = catalog
            .entries()
            .iter()
            .filter_map(|e| Some(format!("    {}: {},", e.code, string(e.help_url.as_deref()?))))
            .collect();
        let _ = writeln!(
            out,
            "_HELP_URLS: Final[Mapping[int, str]] = {{\n{}\n}}\n\n",
            links.join("\n")
        );
        let _ = writeln!(out, "def help_url(code: {name}) -> Optional[str]:\n    \"\"\"The link to the documentation of `code`, if it has one.\"\"\"\n    return _HELP_URLS.get(code)\n\n");
    }
}

fn python_value(value: Option<&FieldValue>, string: &dyn Fn(&str) -> String) -> String {
    match value {
        None => "None".to_owned(),
        Some(FieldValue::Str(text) | FieldValue::Word(text)) => string(text),
        Some(FieldValue::Bool(flag)) => if *flag { "True" } else { "False" }.to_owned(),
        Some(FieldValue::Int(number)) => number.to_string(),
    }
}

const FACTS_TYPE: &str = r#"
class Facts(NamedTuple):
    """What the catalog says about one code; texts have one slot per language."""

    name: str
    message: tuple[str, ...]
    description: Optional[tuple[str, ...]]
    solution: Optional[tuple[str, ...]]
    http_status: int
    severity: str
    grpc: str
    retryable: bool
    group: Optional[str]
    deprecated: bool
    args: tuple[str, ...]


"#;

const LOOKUPS: &str = r#"
def from_code(code: int) -> Optional[ENUM]:
    """The code numbered `code`, or None if the catalog has none."""
    return ENUM(code) if code in _FACTS else None


def from_name(name: str) -> Optional[ENUM]:
    """The code named `name`, or None."""
    return _BY_NAME.get(name)


def facts(code: ENUM) -> Facts:
    """What the catalog says about `code`."""
    return _FACTS[int(code)]


def _language(lang: Optional[str]) -> int:
    return LANGUAGES.index(lang) if lang in LANGUAGES else 0


def name(code: ENUM) -> str:
    """The code's name."""
    return facts(code).name


def message(code: ENUM, lang: Optional[str] = None) -> str:
    """The message in `lang` (the default language for another; "" for a code without one)."""
    return facts(code).message[_language(lang)]


def description(code: ENUM, lang: Optional[str] = None) -> Optional[str]:
    """The description in `lang`, if the code has one."""
    texts = facts(code).description
    return None if texts is None else texts[_language(lang)]


def solution(code: ENUM, lang: Optional[str] = None) -> Optional[str]:
    """The cause and remedy in `lang`, if the code has them."""
    texts = facts(code).solution
    return None if texts is None else texts[_language(lang)]


def http_status(code: ENUM) -> int:
    """The HTTP status the code maps to."""
    return facts(code).http_status


def severity(code: ENUM) -> str:
    """How serious the code is: info, warning, error or fatal."""
    return facts(code).severity


def grpc_code(code: ENUM) -> str:
    """The gRPC code the error travels with, as google.rpc.Code spells it."""
    return facts(code).grpc


def is_retryable(code: ENUM) -> bool:
    """Whether trying again may succeed."""
    return facts(code).retryable


def group(code: ENUM) -> Optional[str]:
    """The name of the code's group, if the catalog has groups."""
    return facts(code).group


def group_of_code(code: int) -> Optional[str]:
    """The group whose range holds `code`, used or not."""
    for group_name, bounds in GROUPS.items():
        if bounds is not None and bounds[0] <= code <= bounds[1]:
            return group_name
    return None


def render(template: str, args: Mapping[str, object]) -> str:
    """`template` with each `{name}` replaced by its argument; `{{` and `}}` are braces."""
    out: list[str] = []
    i = 0
    while i < len(template):
        c = template[i]
        if c in "{}" and template[i + 1 : i + 2] == c:
            out.append(c)
            i += 2
        elif c == "{" and "}" in template[i:]:
            end = template.index("}", i)
            key = template[i + 1 : end]
            out.append(_text(args[key]) if key in args else template[i : end + 1])
            i = end + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)

"#;

/// The exception class and its readers of bodies and problems.
fn exception(out: &mut String, catalog: &Catalog, string: &dyn Fn(&str) -> String) {
    let name = catalog.name();
    let wire = catalog.wire();
    let field = |part: BodyKey| wire.field(part).map(string);
    let code_read = match body_code(catalog) {
        BodyCode::Code(field) => format!("raw = body.get({0})\n        code = from_code(raw) if isinstance(raw, int) and not isinstance(raw, bool) else None", string(field)),
        BodyCode::Name(field) => format!("raw = body.get({0})\n        code = from_name(raw) if isinstance(raw, str) else None", string(field)),
    };
    let standard: Vec<String> = problem_members(catalog).iter().map(|m| string(m)).collect();
    let args_field = field(BodyKey::Args);
    let typed: Vec<String> = catalog
        .entries()
        .iter()
        .filter(|e| !e.args.is_empty())
        .map(|e| {
            let args: Vec<String> =
                e.args.iter().map(|a| format!("{}: {}", a.name, py_type(a.ty))).collect();
            format!("#   {}: {}", e.code, args.join(", "))
        })
        .collect();
    let _ = writeln!(out, "DOMAIN: Final[str] = {}\n\"\"\"The domain of the google.rpc.ErrorInfo the catalog's errors carry over gRPC.\"\"\"\n", string(catalog.domain()));
    let arg_types: Vec<String> = catalog
        .entries()
        .iter()
        .filter(|e| !e.args.is_empty())
        .map(|e| {
            let pairs: Vec<String> = e
                .args
                .iter()
                .map(|a| format!("({}, {})", string(&a.name), string(a.ty.as_str())))
                .collect();
            let trailing = if pairs.len() == 1 { "," } else { "" };
            format!("    {}: ({}{trailing}),", e.code, pairs.join(", "))
        })
        .collect();
    let _ = writeln!(
        out,
        "_ARG_TYPES: Final[Mapping[int, tuple[tuple[str, str], ...]]] = {{\n{}\n}}\n",
        arg_types.join("\n")
    );
    let _ = writeln!(out, "\nclass {name}Exception(Exception):");
    let _ = writeln!(out, "    \"\"\"An error of the catalog: its code, its arguments (for codes that declare them), in a language.\"\"\"\n");
    if !typed.is_empty() {
        let _ = writeln!(
            out,
            "    # The arguments each code declares:\n    {}\n",
            typed.join("\n    ")
        );
    }
    let _ = writeln!(
        out,
        "{}",
        EXCEPTION
            .replace("ENUM", name)
            .replace("CODE_READ", &code_read)
            .replace("STANDARD", &standard.join(", "))
            .replace(
                "ARGS_READ",
                &args_field.map_or("{}".to_owned(), |f| format!("_mapping(body.get({f}))"))
            )
    );
}

fn py_type(ty: ArgType) -> &'static str {
    match ty {
        ArgType::String => "str",
        ArgType::Bool => "bool",
        ArgType::F64 => "float",
        _ => "int",
    }
}

const EXCEPTION: &str = r#"    def __init__(
        self,
        code: ENUM,
        arguments: Optional[Mapping[str, object]] = None,
        lang: Optional[str] = None,
        retryable: Optional[bool] = None,
    ) -> None:
        self.code: Final[ENUM] = code
        self.arguments: Final[Mapping[str, object]] = dict(arguments or {})
        self.lang: Final[Optional[str]] = lang
        self._retryable: Final[Optional[bool]] = retryable
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The message in the exception's language, with its arguments in place."""
        template = message(self.code, self.lang)
        return render(template, self.arguments) if facts(self.code).args else template

    @property
    def http_status(self) -> int:
        """The HTTP status the code maps to."""
        return http_status(self.code)

    @property
    def retryable(self) -> bool:
        """Whether trying again may succeed: the sender's answer when it gave one, else the code's."""
        return is_retryable(self.code) if self._retryable is None else self._retryable

    @classmethod
    def from_error_info(
        cls, reason: str, domain: str, metadata: Mapping[str, str], lang: Optional[str] = None
    ) -> Optional[ENUMException]:
        """The error a google.rpc.ErrorInfo describes (errcat's `tonic` feature writes it); None for another domain or an unknown code."""
        del reason  # the code in `metadata` names the error; `reason` is for people
        raw = metadata.get("code")
        if domain != DOMAIN or raw is None or not _is_int(raw):
            return None
        code = from_code(int(raw))
        if code is None:
            return None
        arguments: dict[str, object] = {}
        for name, kind in _ARG_TYPES.get(int(code), ()):
            value = _parse_argument(kind, metadata.get(name))
            if value is not None:
                arguments[name] = value
        flag = metadata.get("retryable")
        retryable = True if flag == "true" else False if flag == "false" else None
        return cls(code, arguments, lang, retryable)

    @classmethod
    def from_status(cls, status: object) -> Optional[ENUMException]:
        """The error a google.rpc.Status carries, such as `grpc_status.rpc_status.from_call` returns (read by duck typing: no protobuf library needed); None if it is not one of the catalog's."""
        info: Optional[tuple[str, str, dict[str, str]]] = None
        lang: Optional[str] = None
        for detail in getattr(status, "details", ()) or ():
            type_url = getattr(detail, "type_url", "")
            value = getattr(detail, "value", b"")
            if not isinstance(type_url, str) or not isinstance(value, bytes):
                continue
            if type_url.endswith("/google.rpc.ErrorInfo") and info is None:
                info = _error_info(value)
            elif type_url.endswith("/google.rpc.LocalizedMessage") and lang is None:
                lang = _localized_locale(value)
        if info is None:
            return None
        return cls.from_error_info(info[0], info[1], info[2], lang)

    @classmethod
    def from_body(cls, body: object) -> Optional[ENUMException]:
        """The error an error body (a parsed JSON object) carries; None if it is not one of the catalog's."""
        if not isinstance(body, Mapping):
            return None
        CODE_READ
        return None if code is None else cls(code, ARGS_READ)

    @classmethod
    def from_problem(cls, problem: object) -> Optional[ENUMException]:
        """The error an RFC 9457 problem carries (its `code` member; the others besides the standard ones are arguments)."""
        if not isinstance(problem, Mapping):
            return None
        raw = problem.get("code")
        code = from_code(raw) if isinstance(raw, int) and not isinstance(raw, bool) else None
        if code is None:
            return None
        standard = (STANDARD)
        return cls(code, {str(k): v for k, v in problem.items() if k not in standard})


def _is_int(text: str) -> bool:
    digits = text[1:] if text.startswith("-") else text
    return digits.isascii() and digits.isdigit()


def _parse_argument(kind: str, text: Optional[str]) -> object:
    """An argument's value from its text in ErrorInfo metadata; None if it does not parse."""
    if text is None:
        return None
    if kind == "string":
        return text
    if kind == "bool":
        return True if text == "true" else False if text == "false" else None
    if kind == "f64":
        try:
            return float(text)
        except ValueError:
            return None
    return int(text) if _is_int(text) else None


def _fields(data: bytes) -> Optional[list[tuple[int, bytes]]]:
    """The length-delimited fields of a protobuf message (others skipped); None if it is malformed."""
    fields: list[tuple[int, bytes]] = []
    at = 0

    def varint() -> Optional[int]:
        nonlocal at
        value, shift = 0, 0
        while at < len(data) and shift < 64:
            byte = data[at]
            at += 1
            value |= (byte & 0x7F) << shift
            if byte < 0x80:
                return value
            shift += 7
        return None

    while at < len(data):
        key = varint()
        if key is None:
            return None
        wire = key & 7
        if wire == 0:
            if varint() is None:
                return None
        elif wire == 1:
            at += 8
        elif wire == 5:
            at += 4
        elif wire == 2:
            size = varint()
            if size is None or at + size > len(data):
                return None
            fields.append((key >> 3, data[at:at + size]))
            at += size
        else:
            return None
        if at > len(data):
            return None
    return fields


def _utf8(data: bytes) -> Optional[str]:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _error_info(data: bytes) -> Optional[tuple[str, str, dict[str, str]]]:
    fields = _fields(data)
    if fields is None:
        return None
    reason, domain, metadata = "", "", {}
    for number, value in fields:
        text = _utf8(value)
        if number == 1 and text is not None:
            reason = text
        elif number == 2 and text is not None:
            domain = text
        elif number == 3:
            pair = dict((n, _utf8(v)) for n, v in _fields(value) or [])
            key, item = pair.get(1) or "", pair.get(2) or ""
            metadata[key] = item
    return reason, domain, metadata


def _localized_locale(data: bytes) -> Optional[str]:
    for number, value in _fields(data) or []:
        if number == 1:
            return _utf8(value)
    return None


def _mapping(value: object) -> Mapping[str, object]:
    return {str(k): v for k, v in value.items()} if isinstance(value, Mapping) else {}
"#;

/// A `"""docstring"""` of one line: quotes and backslashes escaped, and
/// what a string would escape written as its code point.
fn docstring(text: &str) -> String {
    let text = escape::comment(text).replace('\\', "\\\\").replace('"', "\\\"");
    format!("\"\"\"{text}\"\"\"")
}
