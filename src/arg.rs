//! The value of an entry's argument, as an [`Error`](crate::Error) carries it.

use alloc::boxed::Box;
use alloc::string::String;
use core::fmt;

/// The value of one argument of an error, by the argument's catalog type:
/// `string` → [`Str`](Arg::Str), `bool` → [`Bool`](Arg::Bool), `i8`…`i64` →
/// [`Int`](Arg::Int), `u8`…`u64` → [`Uint`](Arg::Uint), `f64` →
/// [`Float`](Arg::Float).
///
/// `Display` writes the value as the rendered message shows it; with the
/// `serde` feature it serializes as the plain JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A `string` argument.
    Str(String),
    /// A `bool` argument.
    Bool(bool),
    /// An `i8`, `i16`, `i32` or `i64` argument.
    Int(i64),
    /// A `u8`, `u16`, `u32` or `u64` argument.
    Uint(u64),
    /// An `f64` argument.
    Float(f64),
}

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Arg::Str(text) => f.write_str(text),
            Arg::Bool(flag) => fmt::Display::fmt(flag, f),
            Arg::Int(number) => fmt::Display::fmt(number, f),
            Arg::Uint(number) => fmt::Display::fmt(number, f),
            Arg::Float(number) => fmt::Display::fmt(number, f),
        }
    }
}

/// The runtime type of an argument's value: which [`Arg`] variant the
/// catalog's type gives it (`ErrorCode::arg_kinds`), so a decoder knows what
/// to parse a value received as text into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ArgKind {
    /// `string`
    Str,
    /// `bool`
    Bool,
    /// `i8`…`i64`
    Int,
    /// `u8`…`u64`
    Uint,
    /// `f64`
    Float,
}

impl ArgKind {
    /// `text` (as [`Arg`]'s `Display` writes it) as a value of this kind;
    /// `None` if it is not one.
    #[must_use]
    pub fn parse(self, text: &str) -> Option<Arg> {
        Some(match self {
            ArgKind::Str => Arg::Str(String::from(text)),
            ArgKind::Bool => Arg::Bool(text.parse().ok()?),
            ArgKind::Int => Arg::Int(text.parse().ok()?),
            ArgKind::Uint => Arg::Uint(text.parse().ok()?),
            ArgKind::Float => Arg::Float(text.parse().ok()?),
        })
    }
}

/// An error's arguments with their names, in the catalog's order; `None`
/// for an error made without them.
pub(crate) type ArgList = Option<Box<[(&'static str, Arg)]>>;

/// Writes `template` (a text of an entry with arguments) with each
/// `{name}` replaced by the argument of that name; `{{` and `}}` are
/// literal braces. A placeholder without an argument is written as it
/// stands, so an error built without its arguments still reads sensibly.
pub(crate) fn render(
    template: &str,
    args: &[(&'static str, Arg)],
    out: &mut dyn fmt::Write,
) -> fmt::Result {
    let mut rest = template;
    while let Some(brace) = rest.find(['{', '}']) {
        let (text, tail) = rest.split_at(brace);
        out.write_str(text)?;
        let doubled = tail.get(1..2) == tail.get(..1);
        if doubled {
            out.write_str(tail.get(..1).unwrap_or_default())?;
            rest = tail.get(2..).unwrap_or_default();
            continue;
        }
        let placeholder = tail.strip_prefix('{').and_then(|inner| inner.split_once('}'));
        match placeholder {
            Some((name, after)) if !name.contains('{') => {
                match args.iter().find(|(arg, _)| *arg == name) {
                    Some((_, value)) => write!(out, "{value}")?,
                    None => write!(out, "{{{name}}}")?,
                }
                rest = after;
            }
            // A stray brace (the catalog validator rejects these): as is.
            _ => {
                out.write_str(tail.get(..1).unwrap_or_default())?;
                rest = tail.get(1..).unwrap_or_default();
            }
        }
    }
    out.write_str(rest)
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::*;
    use alloc::borrow::ToOwned;
    use alloc::vec;
    use alloc::vec::Vec;
    use proptest::prelude::*;

    fn rendered(template: &str, args: &[(&'static str, Arg)]) -> String {
        let mut out = String::new();
        render(template, args, &mut out).unwrap();
        out
    }

    #[test]
    fn placeholders_take_their_arguments() {
        let args = vec![("disk_id", Arg::Uint(7)), ("host", Arg::Str("node-3".to_owned()))];
        assert_eq!(
            rendered("disk {disk_id} not found on {host}", &args),
            "disk 7 not found on node-3"
        );
        assert_eq!(rendered("主机 {host} 上的磁盘 {disk_id}", &args), "主机 node-3 上的磁盘 7");
        assert_eq!(rendered("{{disk_id}} = {disk_id}}}", &args), "{disk_id} = 7}");
        assert_eq!(rendered("{missing} {host}", &args), "{missing} node-3");
        assert_eq!(rendered("stray } and {", &args), "stray } and {");
        assert_eq!(rendered("", &args), "");
        let values = vec![("b", Arg::Bool(true)), ("i", Arg::Int(-4)), ("f", Arg::Float(0.5))];
        assert_eq!(rendered("{b} {i} {f}", &values), "true -4 0.5");
    }

    /// A piece of a template and what it renders to, `x` being "VALUE".
    fn piece() -> impl Strategy<Value = (String, String)> {
        prop_oneof![
            "[^{}]{0,8}".prop_map(|text| (text.clone(), text)),
            Just(("{{".to_owned(), "{".to_owned())),
            Just(("}}".to_owned(), "}".to_owned())),
            Just(("{x}".to_owned(), "VALUE".to_owned())),
            Just(("{y}".to_owned(), "{y}".to_owned())),
        ]
    }

    proptest! {
        #[test]
        fn any_template_renders_without_panicking(template in "\\PC*", value in "\\PC*") {
            let mut out = String::new();
            render(&template, &[("x", Arg::Str(value))], &mut out).unwrap();
        }

        #[test]
        fn pieces_render_to_their_values(pieces in proptest::collection::vec(piece(), 0..24)) {
            let template: String = pieces.iter().map(|(t, _)| t.as_str()).collect();
            let expected: String = pieces.iter().map(|(_, r)| r.as_str()).collect();
            let args: Vec<(&'static str, Arg)> = vec![("x", Arg::Str("VALUE".to_owned()))];
            prop_assert_eq!(rendered(&template, &args), expected);
        }
    }
}
