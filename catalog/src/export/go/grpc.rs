//! `Domain` and `FromErrorInfo`: what errcat's `tonic` feature sends,
//! read back in Go without a gRPC library.

use std::fmt::Write as _;

use super::string;
use crate::model::Catalog;

/// `Domain` and `FromErrorInfo`: the catalog error a google.rpc.ErrorInfo
/// (errcat's `tonic` feature writes it) describes, without a gRPC library.
pub(super) fn error_info(out: &mut String, catalog: &Catalog, constants: &[String]) {
    let name = catalog.name();
    if !out.ends_with("\n\n") {
        out.push('\n');
    }
    let _ = writeln!(out, "// Domain is the domain of the google.rpc.ErrorInfo the catalog's errors carry over gRPC.\nconst Domain = {}\n", string(catalog.domain()));
    // A switch, not a map literal: gofmt would align the keys of a literal.
    let _ = writeln!(out, "func argTypes(c {name}) [][2]string {{\n\tswitch c {{");
    for (constant, entry) in
        constants.iter().zip(catalog.entries()).filter(|(_, e)| !e.args.is_empty())
    {
        let pairs: Vec<String> = entry
            .args
            .iter()
            .map(|a| format!("{{{}, {}}}", string(&a.name), string(a.ty.as_str())))
            .collect();
        let _ = writeln!(out, "\tcase {constant}:\n\t\treturn [][2]string{{{}}}", pairs.join(", "));
    }
    let _ = writeln!(out, "\t}}\n\treturn nil\n}}\n");
    let repr = catalog.repr();
    let parse = if repr.bounds().0 < 0 { "ParseInt" } else { "ParseUint" };
    let bits = repr.bits().to_string();
    // The catalog's name last: it may hold `PARSE` or `BITS` itself.
    out.push_str(&ERROR_INFO.replace("PARSE", parse).replace("BITS", &bits).replace("ENUM", name));
}

const ERROR_INFO: &str = r#"// Decoded is a catalog error read from a google.rpc.ErrorInfo.
type Decoded struct {
	Code ENUM
	// Args holds the arguments whose values parse as their catalog type.
	Args map[string]any
	// Retryable is the sender's answer when it gave one, else the code's.
	Retryable bool
}

func argument(kind, text string) (any, bool) {
	switch kind {
	case "string":
		return text, true
	case "bool":
		value, err := strconv.ParseBool(text)
		return value, err == nil
	case "f64":
		value, err := strconv.ParseFloat(text, 64)
		return value, err == nil
	case "u8", "u16", "u32", "u64":
		value, err := strconv.ParseUint(text, 10, 64)
		return value, err == nil
	default:
		value, err := strconv.ParseInt(text, 10, 64)
		return value, err == nil
	}
}

// FromErrorInfo returns the catalog error a google.rpc.ErrorInfo describes
// (reason is for people; the "code" metadata names the error), and false
// for another domain or an unknown code.
func FromErrorInfo(reason, domain string, metadata map[string]string) (Decoded, bool) {
	_ = reason
	raw, found := metadata["code"]
	if domain != Domain || !found {
		return Decoded{}, false
	}
	number, err := strconv.PARSE(raw, 10, BITS)
	if err != nil {
		return Decoded{}, false
	}
	code := ENUM(number)
	f := lookup(code)
	if f == nil {
		return Decoded{}, false
	}
	decoded := Decoded{Code: code, Args: map[string]any{}, Retryable: f.retryable}
	for _, pair := range argTypes(code) {
		if text, ok := metadata[pair[0]]; ok {
			if value, ok := argument(pair[1], text); ok {
				decoded.Args[pair[0]] = value
			}
		}
	}
	switch metadata["retryable"] {
	case "true":
		decoded.Retryable = true
	case "false":
		decoded.Retryable = false
	}
	return decoded, true
}
"#;
