//! TypeScript: the codes as an `as const` object and its union type (no
//! `const enum`, which `isolatedModules` forbids), a table of facts per
//! code, lookups that return `undefined` or an explicit unknown value rather
//! than throwing, parsers for the catalog's error body and for problem+json,
//! and a typed `renderMessage` for entries with arguments. Strict-mode clean
//! (`tsc --strict`), no dependencies.

use std::fmt::Write as _;

use super::{
    body_code, fields, identifiers, per_language, problem_members, BodyCode, ExportError, Naming,
};
use crate::escape::{self, Syntax};
use crate::format::{ArgType, BodyKey, FieldType, Key as _};
use crate::model::{Catalog, FieldValue};

/// The largest integer a JavaScript number holds exactly.
const SAFE_INTEGER: i128 = (1 << 53) - 1;

pub(super) fn render(catalog: &Catalog) -> Result<String, ExportError> {
    let keys = identifiers(catalog, Naming::Camel, &[])?;
    let name = catalog.name();
    // Codes past 2^53 cannot be numbers: the whole module then uses bigint.
    let big = catalog.entries().iter().any(|e| e.code.abs() > SAFE_INTEGER);
    let (code_type, suffix) = if big { ("bigint", "n") } else { ("number", "") };
    let num = |code: i128| format!("{code}{suffix}");
    let string = |text: &str| escape::quoted(text, Syntax::TypeScript);
    let mut out = String::new();
    let _ = writeln!(out, "/* eslint-disable */");
    if let Some(description) = catalog.description().and_then(|d| d.get(0)) {
        let _ = writeln!(out, "/** {} */", escape::comment(description));
    }
    let _ = writeln!(out, "export const {name} = {{");
    for (key, entry) in keys.iter().zip(catalog.entries()) {
        if let Some(message) = entry.message.as_ref().and_then(|m| m.get(0)) {
            let _ = writeln!(out, "  /** {} */", escape::comment(message));
        }
        let _ = writeln!(out, "  {key}: {},", num(entry.code));
    }
    let _ = writeln!(out, "}} as const;\n");
    let _ = writeln!(out, "/** A code of the catalog. */");
    let _ = writeln!(out, "export type {name} = (typeof {name})[keyof typeof {name}];\n");
    let list: Vec<String> = catalog.entries().iter().map(|e| num(e.code)).collect();
    let _ = writeln!(out, "/** Every code, in ascending order. */");
    let _ = writeln!(out, "export const CODES: readonly {name}[] = [{}];\n", list.join(", "));
    let languages: Vec<String> = catalog.languages().iter().map(|l| string(l)).collect();
    let _ = writeln!(out, "/** The catalog's languages, the default first. */");
    let _ = writeln!(out, "export const LANGUAGES = [{}] as const;", languages.join(", "));
    let _ = writeln!(out, "export type Language = (typeof LANGUAGES)[number];\n");
    out.push_str(FACT_TYPES);
    groups(&mut out, catalog, &string, &num);
    let _ = writeln!(
        out,
        "const FACTS: ReadonlyMap<{code_type}, Facts> = new Map<{code_type}, Facts>(["
    );
    for entry in catalog.entries() {
        let texts = |text| {
            let resolved: Vec<String> = catalog
                .languages()
                .iter()
                .zip(per_language(catalog, text))
                .map(|(lang, text)| {
                    format!("{}: {}", string(lang), string(text.unwrap_or_default()))
                })
                .collect();
            format!("{{ {} }}", resolved.join(", "))
        };
        let mut members = vec![format!("name: {}", string(&entry.name))];
        for (field, text) in fields(entry) {
            let value = match text {
                None if field != "message" => "undefined".to_owned(),
                text => texts(text),
            };
            members.push(format!("{field}: {value}"));
        }
        let group = entry
            .group
            .and_then(|g| catalog.groups().get(g))
            .map_or("undefined".to_owned(), |g| string(&g.name));
        let args: Vec<String> = entry.args.iter().map(|a| string(&a.name)).collect();
        members.extend([
            format!("http: {}", entry.http),
            format!("severity: {}", string(entry.severity.as_str())),
            format!("grpc: {}", string(entry.grpc.as_str())),
            format!("retryable: {}", entry.retryable),
            format!("group: {group}"),
            format!("deprecated: {}", entry.deprecated.is_some()),
            format!("args: [{}]", args.join(", ")),
        ]);
        let _ = writeln!(out, "  [{}, {{ {} }}],", num(entry.code), members.join(", "));
    }
    let _ = writeln!(out, "]);\n");
    let by_name: Vec<String> = catalog
        .entries()
        .iter()
        .map(|e| format!("  [{}, {}],", string(&e.name), num(e.code)))
        .collect();
    let _ = writeln!(
        out,
        "const BY_NAME: ReadonlyMap<string, {name}> = new Map<string, {name}>([\n{}\n]);\n",
        by_name.join("\n")
    );
    // The catalog's name last: it may hold `CODE` itself.
    out.push_str(&LOOKUPS.replace("CODE", code_type).replace("ENUM", name));
    body(&mut out, catalog, &string, code_type);
    arguments(&mut out, catalog, &string, &num);
    declared_fields(&mut out, catalog, &string, &num);
    error_info(&mut out, catalog, &string, &num);
    Ok(out)
}

/// `DOMAIN` and `fromErrorInfo`: the catalog error a google.rpc.ErrorInfo
/// (errcat's `tonic` feature writes it) describes, without a gRPC library.
fn error_info(
    out: &mut String,
    catalog: &Catalog,
    string: &dyn Fn(&str) -> String,
    num: &dyn Fn(i128) -> String,
) {
    let name = catalog.name();
    let big = num(0).ends_with('n');
    let code_type = if big { "bigint" } else { "number" };
    let _ = writeln!(
        out,
        "/** The domain of the google.rpc.ErrorInfo the catalog's errors carry over gRPC. */"
    );
    let _ = writeln!(out, "export const DOMAIN = {};\n", string(catalog.domain()));
    let _ = writeln!(out, "const ARG_TYPES: ReadonlyMap<{code_type}, readonly (readonly [string, string])[]> = new Map<{code_type}, readonly (readonly [string, string])[]>([");
    for entry in catalog.entries().iter().filter(|e| !e.args.is_empty()) {
        let pairs: Vec<String> = entry
            .args
            .iter()
            .map(|a| format!("[{}, {}]", string(&a.name), string(a.ty.as_str())))
            .collect();
        let _ = writeln!(out, "  [{}, [{}]],", num(entry.code), pairs.join(", "));
    }
    let _ = writeln!(out, "]);\n");
    let parse_code = if big {
        "/^-?[0-9]+$/.test(raw) ? BigInt(raw) : undefined"
    } else {
        "/^-?[0-9]+$/.test(raw) ? Number(raw) : undefined"
    };
    let _ = writeln!(
        out,
        "{}",
        ERROR_INFO
            .replace("PARSE_CODE", parse_code)
            .replace("CODE", code_type)
            .replace("ENUM", name)
    );
}

const ERROR_INFO: &str = r#"/** A catalog error read from a google.rpc.ErrorInfo. */
export interface Decoded {
  readonly code: ENUM;
  /** The arguments whose values parse as their catalog type. */
  readonly args: Readonly<Record<string, unknown>>;
  /** The sender's answer when it gave one, else the code's. */
  readonly retryable: boolean;
}

function argument(type: string, text: string | undefined): unknown {
  if (text === undefined) return undefined;
  if (type === "string") return text;
  if (type === "bool") return text === "true" ? true : text === "false" ? false : undefined;
  if (type === "f64") return /^-?[0-9.eE+-]+$|^(NaN|-?inf)$/.test(text) ? Number(text) : undefined;
  if (!/^-?[0-9]+$/.test(text)) return undefined;
  const big = BigInt(text);
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(text) : big;
}

/** The catalog error a google.rpc.ErrorInfo describes (`reason` is for people; the `code` metadata names the error); `undefined` for another domain or an unknown code. */
export function fromErrorInfo(reason: string, domain: string, metadata: Readonly<Record<string, string>>): Decoded | undefined {
  void reason;
  const raw = metadata["code"];
  if (domain !== DOMAIN || raw === undefined) return undefined;
  const number: CODE | undefined = PARSE_CODE;
  if (number === undefined) return undefined;
  const found = fromCode(number);
  if (!found.known) return undefined;
  const args: Record<string, unknown> = {};
  for (const [name, type] of ARG_TYPES.get(number) ?? []) {
    const value = argument(type, metadata[name]);
    if (value !== undefined) args[name] = value;
  }
  const flag = metadata["retryable"];
  const retryable = flag === "true" ? true : flag === "false" ? false : found.facts.retryable;
  return { code: found.code, args, retryable };
}
"#;

/// The declared fields (`Fields`, `fieldsOf`), enum fields as unions of
/// string literals, and the help links (`helpUrl`).
fn declared_fields(
    out: &mut String,
    catalog: &Catalog,
    string: &dyn Fn(&str) -> String,
    num: &dyn Fn(i128) -> String,
) {
    let name = catalog.name();
    let code_type = if num(0).ends_with('n') { "bigint" } else { "number" };
    if !catalog.fields().is_empty() {
        let mut members = Vec::new();
        for field in catalog.fields() {
            let ty = match field.ty {
                FieldType::String => "string".to_owned(),
                FieldType::Bool => "boolean".to_owned(),
                FieldType::Int => "number".to_owned(),
                FieldType::Enum => {
                    let alias = field.enum_name(name);
                    let words: Vec<String> = field.values.iter().map(|w| string(w)).collect();
                    let _ = writeln!(out, "/** The values of the `{}` field. */", field.name);
                    let _ = writeln!(out, "export type {alias} = {};\n", words.join(" | "));
                    alias
                }
            };
            let ty = if field.is_optional() { format!("{ty} | undefined") } else { ty };
            if let Some(doc) = &field.doc {
                members.push(format!("  /** {} */", escape::comment(doc)));
            }
            members.push(format!("  readonly {}: {ty};", string(&field.name)));
        }
        let _ = writeln!(out, "/** The fields the catalog declares, for one code. */");
        let _ = writeln!(out, "export interface Fields {{\n{}\n}}\n", members.join("\n"));
        let _ = writeln!(
            out,
            "const FIELDS: ReadonlyMap<{code_type}, Fields> = new Map<{code_type}, Fields>(["
        );
        for entry in catalog.entries() {
            let values: Vec<String> = catalog
                .fields()
                .iter()
                .zip(&entry.fields)
                .map(|(field, value)| {
                    format!("{}: {}", string(&field.name), ts_value(value.as_ref(), string))
                })
                .collect();
            let _ = writeln!(out, "  [{}, {{ {} }}],", num(entry.code), values.join(", "));
        }
        let _ = writeln!(out, "]);\n");
        let _ = writeln!(out, "/** The declared fields of `code`. */\nexport function fieldsOf(code: {name}): Fields {{\n  return FIELDS.get(code) as Fields;\n}}\n");
    }
    if catalog.has_help_urls() {
        let links: Vec<String> = catalog
            .entries()
            .iter()
            .filter_map(|e| {
                Some(format!("  [{}, {}],", num(e.code), string(e.help_url.as_deref()?)))
            })
            .collect();
        let _ = writeln!(out, "const HELP_URLS: ReadonlyMap<{code_type}, string> = new Map<{code_type}, string>([\n{}\n]);\n", links.join("\n"));
        let _ = writeln!(out, "/** The link to the documentation of `code`, if it has one. */\nexport function helpUrl(code: {name}): string | undefined {{\n  return HELP_URLS.get(code);\n}}\n");
    }
}

fn ts_value(value: Option<&FieldValue>, string: &dyn Fn(&str) -> String) -> String {
    match value {
        None => "undefined".to_owned(),
        Some(FieldValue::Str(text) | FieldValue::Word(text)) => string(text),
        Some(FieldValue::Bool(flag)) => flag.to_string(),
        Some(FieldValue::Int(number)) => number.to_string(),
    }
}

const FACT_TYPES: &str = r#"/** How serious a code is. */
export type Severity = "info" | "warning" | "error" | "fatal";

/** A gRPC status code, as google.rpc.Code spells it. */
export type GrpcCode =
  | "CANCELLED" | "UNKNOWN" | "INVALID_ARGUMENT" | "DEADLINE_EXCEEDED" | "NOT_FOUND"
  | "ALREADY_EXISTS" | "PERMISSION_DENIED" | "RESOURCE_EXHAUSTED" | "FAILED_PRECONDITION"
  | "ABORTED" | "OUT_OF_RANGE" | "UNIMPLEMENTED" | "INTERNAL" | "UNAVAILABLE" | "DATA_LOSS"
  | "UNAUTHENTICATED";

/** A text in every language of the catalog. */
export type Texts = { readonly [L in Language]: string };

/** What the catalog says about one code. */
export interface Facts {
  readonly name: string;
  /** `""` for a code without a message. */
  readonly message: Texts;
  readonly description: Texts | undefined;
  readonly solution: Texts | undefined;
  readonly http: number;
  readonly severity: Severity;
  /** The gRPC code the error travels with. */
  readonly grpc: GrpcCode;
  readonly retryable: boolean;
  readonly group: GroupName | undefined;
  readonly deprecated: boolean;
  /** The names of its arguments, in declaration order. */
  readonly args: readonly string[];
}

"#;

const LOOKUPS: &str = r#"/** The result of a lookup by code: a code of the catalog, or an unknown one. */
export type Lookup =
  | { readonly known: true; readonly code: ENUM; readonly facts: Facts }
  | { readonly known: false; readonly code: CODE };

/** `code` as a code of the catalog; an unknown code gives `{ known: false }`, never an exception. */
export function fromCode(code: CODE): Lookup {
  const facts = FACTS.get(code);
  return facts === undefined ? { known: false, code } : { known: true, code: code as ENUM, facts };
}

/** Whether `code` is a code of the catalog. */
export function isENUM(code: CODE): code is ENUM {
  return FACTS.has(code);
}

/** The code named `name` (the catalog's name, or the variant's), if there is one. */
export function fromName(name: string): ENUM | undefined {
  return BY_NAME.get(name);
}

/** What the catalog says about `code`. */
export function facts(code: ENUM): Facts {
  return FACTS.get(code) as Facts;
}

function language(lang: string | undefined): Language {
  return (LANGUAGES as readonly string[]).includes(lang ?? "") ? (lang as Language) : LANGUAGES[0];
}

/** The code's name. */
export function name(code: ENUM): string {
  return facts(code).name;
}

/** The message in `lang` (the default language for another). */
export function message(code: ENUM, lang?: string): string {
  return facts(code).message[language(lang)];
}

/** The description in `lang`, if the code has one. */
export function description(code: ENUM, lang?: string): string | undefined {
  return facts(code).description?.[language(lang)];
}

/** The cause and remedy in `lang`, if the code has them. */
export function solution(code: ENUM, lang?: string): string | undefined {
  return facts(code).solution?.[language(lang)];
}

/** The HTTP status the code maps to. */
export function httpStatus(code: ENUM): number {
  return facts(code).http;
}

/** How serious the code is. */
export function severity(code: ENUM): Severity {
  return facts(code).severity;
}

/** The gRPC code the error travels with. */
export function grpcCode(code: ENUM): GrpcCode {
  return facts(code).grpc;
}

/** Whether trying again may succeed. */
export function isRetryable(code: ENUM): boolean {
  return facts(code).retryable;
}

/** The code's group, if the catalog has groups. */
export function group(code: ENUM): GroupName | undefined {
  return facts(code).group;
}

"#;

/// `GROUPS`, `GroupName` and `groupOfCode`.
fn groups(
    out: &mut String,
    catalog: &Catalog,
    string: &dyn Fn(&str) -> String,
    num: &dyn Fn(i128) -> String,
) {
    let _ = writeln!(out, "/** The groups, with the range of codes each keeps. */");
    let _ = writeln!(out, "export const GROUPS = {{");
    for group in catalog.groups() {
        let range = group.range.map_or("undefined".to_owned(), |(lo, hi)| {
            format!("[{}, {}] as const", num(lo), num(hi))
        });
        let _ = writeln!(out, "  {}: {{ range: {range} }},", string(&group.name));
    }
    let _ = writeln!(out, "}} as const;");
    let _ = writeln!(out, "export type GroupName = keyof typeof GROUPS;\n");
    let ranged: Vec<String> = catalog
        .groups()
        .iter()
        .filter_map(|g| {
            g.range.map(|(lo, hi)| {
                format!(
                    "  if (code >= {} && code <= {}) return {};",
                    num(lo),
                    num(hi),
                    string(&g.name)
                )
            })
        })
        .collect();
    let code_type = if num(0).ends_with('n') { "bigint" } else { "number" };
    let _ = writeln!(out, "/** The group whose range holds `code`, used or not. */");
    let _ =
        writeln!(out, "export function groupOfCode(code: {code_type}): GroupName | undefined {{");
    if ranged.is_empty() {
        let _ = writeln!(out, "  void code;");
    }
    for line in ranged {
        let _ = writeln!(out, "{line}");
    }
    let _ = writeln!(out, "  return undefined;\n}}\n");
}

/// `parseBody` (the catalog's `body` field names) and `parseProblem`.
fn body(out: &mut String, catalog: &Catalog, string: &dyn Fn(&str) -> String, code_type: &str) {
    let wire = catalog.wire();
    let field = |part: BodyKey| wire.field(part).map(string);
    let message_field = field(BodyKey::Message).unwrap_or_else(|| string("message"));
    let to_code = if code_type == "bigint" {
        "typeof raw === \"number\" && Number.isInteger(raw) ? BigInt(raw) : typeof raw === \"string\" && /^-?[0-9]+$/.test(raw) ? BigInt(raw) : undefined"
    } else {
        "typeof raw === \"number\" && Number.isInteger(raw) ? raw : undefined"
    };
    let _ = writeln!(out, "/** An error body as the service sends it, its code looked up. */");
    let _ = writeln!(
        out,
        "export interface Body {{\n  readonly code: Lookup;\n  readonly message: string;"
    );
    let mut optional = Vec::new();
    for (part, ty) in [
        (BodyKey::Name, "string"),
        (BodyKey::Group, "string"),
        (BodyKey::Args, "Readonly<Record<string, unknown>>"),
    ] {
        if let Some(f) = field(part) {
            let _ = writeln!(out, "  readonly {}?: {ty};", part.as_str());
            optional.push((part, f));
        }
    }
    let _ = writeln!(out, "}}\n");
    let _ = writeln!(
        out,
        "function record(value: unknown): Readonly<Record<string, unknown>> | undefined {{"
    );
    let _ = writeln!(out, "  return typeof value === \"object\" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;\n}}\n");
    let _ = writeln!(
        out,
        "/** Reads an error body (`JSON.parse` of the response); `undefined` if it is not one. */"
    );
    let _ = writeln!(out, "export function parseBody(value: unknown): Body | undefined {{");
    let _ =
        writeln!(out, "  const body = record(value);\n  if (body === undefined) return undefined;");
    match body_code(catalog) {
        BodyCode::Code(code_field) => {
            let _ = writeln!(
                out,
                "  const raw = body[{}];\n  const code = {to_code};",
                string(code_field)
            );
        }
        BodyCode::Name(name_field) => {
            let _ = writeln!(out, "  const raw = body[{}];\n  const code = typeof raw === \"string\" ? fromName(raw) : undefined;", string(name_field));
        }
    }
    let _ = writeln!(out, "  const text = body[{message_field}];");
    let _ =
        writeln!(out, "  if (code === undefined || typeof text !== \"string\") return undefined;");
    let _ = writeln!(out, "  let parsed: Body = {{ code: fromCode(code), message: text }};");
    for (part, f) in optional {
        let check = if part == BodyKey::Args {
            format!("record(body[{f}])")
        } else {
            format!("typeof body[{f}] === \"string\" ? (body[{f}] as string) : undefined")
        };
        let _ = writeln!(
            out,
            "  const {0} = {check};\n  if ({0} !== undefined) parsed = {{ ...parsed, {0} }};",
            part.as_str()
        );
    }
    let _ = writeln!(out, "  return parsed;\n}}\n");
    let standard: Vec<String> = problem_members(catalog).iter().map(|m| string(m)).collect();
    let _ = writeln!(
        out,
        "{}",
        PROBLEM.replace("TO_CODE", to_code).replace("STANDARD", &standard.join(", "))
    );
}

const PROBLEM: &str = r#"/** An RFC 9457 problem (`application/problem+json`) for a catalog error. */
export interface Problem {
  readonly code: Lookup;
  readonly title: string;
  readonly status: number;
  readonly type?: string;
  readonly detail?: string;
  readonly instance?: string;
  /** The extension members besides `code` and the catalog's `problem.members`: the error's arguments. */
  readonly args: Readonly<Record<string, unknown>>;
}

const PROBLEM_MEMBERS: readonly string[] = [STANDARD];

/** Reads a problem; `undefined` if it is not one with a code. */
export function parseProblem(value: unknown): Problem | undefined {
  const problem = record(value);
  if (problem === undefined) return undefined;
  const raw = problem["code"];
  const code = TO_CODE;
  const { title, status, type, detail, instance } = problem;
  if (code === undefined || typeof title !== "string" || typeof status !== "number") return undefined;
  const args: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(problem)) {
    if (!PROBLEM_MEMBERS.includes(key)) args[key] = member;
  }
  return {
    code: fromCode(code),
    title,
    status,
    ...(typeof type === "string" ? { type } : {}),
    ...(typeof detail === "string" ? { detail } : {}),
    ...(typeof instance === "string" ? { instance } : {}),
    args,
  };
}
"#;

/// `ArgsOf` and `renderMessage`, for catalogs with arguments.
fn arguments(
    out: &mut String,
    catalog: &Catalog,
    string: &dyn Fn(&str) -> String,
    num: &dyn Fn(i128) -> String,
) {
    let with_args: Vec<_> = catalog.entries().iter().filter(|e| !e.args.is_empty()).collect();
    let _ = writeln!(out, "/** The arguments of each code that declares them. */");
    let _ = writeln!(out, "export interface ArgsOf {{");
    for entry in &with_args {
        let args: Vec<String> = entry
            .args
            .iter()
            .map(|a| format!("readonly {}: {}", string(&a.name), ts_type(a.ty)))
            .collect();
        let key =
            if num(0).ends_with('n') { string(&entry.code.to_string()) } else { num(entry.code) };
        let _ = writeln!(out, "  {key}: {{ {} }};", args.join("; "));
    }
    let _ = writeln!(out, "}}\n");
    // bigint codes cannot be interface keys: such a catalog keys them by their digits.
    let code = if num(0).ends_with('n') {
        format!("BigInt(code) as unknown as {}", catalog.name())
    } else {
        format!("code as unknown as {}", catalog.name())
    };
    out.push_str(&RENDER.replace("CODE_OF_KEY", &code));
}

fn ts_type(ty: ArgType) -> &'static str {
    match ty {
        ArgType::String => "string",
        ArgType::Bool => "boolean",
        ArgType::I64 | ArgType::U64 => "number | bigint",
        _ => "number",
    }
}

const RENDER: &str = r#"/** A text with its `{placeholders}` replaced by `args` (`{{` and `}}` are braces). */
function render(template: string, args: Readonly<Record<string, unknown>>): string {
  let out = "";
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    const next = template[i + 1];
    if ((c === "{" && next === "{") || (c === "}" && next === "}")) {
      out += c;
      i++;
    } else if (c === "{") {
      const end = template.indexOf("}", i);
      const key = template.slice(i + 1, end);
      out += Object.prototype.hasOwnProperty.call(args, key) ? String(args[key]) : template.slice(i, end + 1);
      i = end;
    } else {
      out += c;
    }
  }
  return out;
}

/** The message of a code with arguments, in `lang`, with its arguments in place. */
export function renderMessage<C extends keyof ArgsOf>(code: C, args: ArgsOf[C], lang?: string): string {
  return render(message(CODE_OF_KEY, lang), args as unknown as Readonly<Record<string, unknown>>);
}
"#;
