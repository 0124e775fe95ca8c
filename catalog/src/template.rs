//! Texts with `{…}` placeholders, in two kinds: the `display` template,
//! whose placeholders are the keywords of [`Placeholder`], and the texts of
//! entries that declare arguments, whose placeholders are argument names.
//! `{{` and `}}` are literal braces in both. One scanner serves both, so
//! they agree on what a placeholder is.

use crate::format::Placeholder;

/// One piece of a parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// Text printed as is.
    Literal(String),
    /// A value of the entry.
    Value(Placeholder),
}

/// Why a template does not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: String,
}

/// A piece of a text as the scanner sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece<'t> {
    /// Literal text, escapes resolved.
    Literal(String),
    /// `{name}`, with the byte offset of its `{`.
    Placeholder(&'t str, usize),
}

/// A brace without its partner: `{` never closed (or closed after another
/// `{`), or a lone `}`; `at` is its byte offset in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unbalanced {
    /// `{` or `}`.
    pub brace: char,
    /// Byte offset in the text.
    pub at: usize,
}

/// Splits `text` into literal text and placeholders, merging adjacent
/// literal text.
pub(crate) fn scan(text: &str) -> Result<Vec<Piece<'_>>, Unbalanced> {
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            '{' | '}' if chars.peek().map(|&(_, next)| next) == Some(c) => {
                chars.next();
                literal.push(c);
            }
            '{' => {
                let close = loop {
                    match chars.next() {
                        Some((end, '}')) => break Some(end),
                        Some((_, '{')) | None => break None,
                        Some(_) => {}
                    }
                };
                let name = close.and_then(|end| text.get(at + 1..end));
                let Some(name) = name else { return Err(Unbalanced { brace: '{', at }) };
                if !literal.is_empty() {
                    pieces.push(Piece::Literal(std::mem::take(&mut literal)));
                }
                pieces.push(Piece::Placeholder(name, at));
            }
            '}' => return Err(Unbalanced { brace: '}', at }),
            c => literal.push(c),
        }
    }
    if !literal.is_empty() {
        pieces.push(Piece::Literal(literal));
    }
    Ok(pieces)
}

/// The template text that parses to `segments`: literal braces doubled.
pub fn write(segments: &[Segment]) -> String {
    let mut out = String::new();
    for segment in segments {
        match segment {
            Segment::Literal(text) => {
                out.push_str(&text.replace('{', "{{").replace('}', "}}"));
            }
            Segment::Value(placeholder) => {
                out.push('{');
                out.push_str(placeholder.as_str());
                out.push('}');
            }
        }
    }
    out
}

/// Parses a `display` template into segments.
pub fn parse(template: &str) -> Result<Vec<Segment>, TemplateError> {
    let pieces = scan(template).map_err(|unbalanced| match unbalanced.brace {
        '{' => TemplateError {
            message: format!("unbalanced `{{` in display template {template:?}"),
            help: "close the placeholder with `}`, or write `{{` for a literal brace".to_owned(),
        },
        _ => TemplateError {
            message: format!("unbalanced `}}` in display template {template:?}"),
            help: "write `}}` for a literal brace".to_owned(),
        },
    })?;
    pieces
        .into_iter()
        .map(|piece| match piece {
            Piece::Literal(text) => Ok(Segment::Literal(text)),
            Piece::Placeholder(name, _) => {
                Placeholder::from_word(name).map(Segment::Value).ok_or_else(|| TemplateError {
                    message: format!("unknown placeholder `{{{name}}}` in display template"),
                    help: format!("the placeholders are {}", placeholder_list()),
                })
            }
        })
        .collect()
}

/// The placeholders of a text of an entry with arguments: each name and the
/// byte offset of its `{`, in order.
pub fn placeholders(text: &str) -> Result<Vec<(&str, usize)>, Unbalanced> {
    let pieces = scan(text)?;
    Ok(pieces
        .into_iter()
        .filter_map(|piece| match piece {
            Piece::Placeholder(name, at) => Some((name, at)),
            Piece::Literal(_) => None,
        })
        .collect())
}

/// `{code}, {name}, {message} and {group}`.
pub(crate) fn placeholder_list() -> String {
    let words: Vec<String> = Placeholder::ALL.iter().map(|p| format!("{{{p}}}")).collect();
    match words.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => words.concat(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_and_escapes() {
        assert_eq!(
            parse("[{code}] {{{message}}}").unwrap(),
            vec![
                Segment::Literal("[".into()),
                Segment::Value(Placeholder::Code),
                Segment::Literal("] {".into()),
                Segment::Value(Placeholder::Message),
                Segment::Literal("}".into()),
            ]
        );
        assert_eq!(parse("").unwrap(), vec![]);
    }

    #[test]
    fn writing_a_template_gives_back_text_that_parses_to_it() {
        for text in ["{message}", "[{code}] {message}", "{{literal}} {name}: {message}", "x}}{{y"] {
            let segments = parse(text).unwrap();
            let written = write(&segments);
            assert_eq!(parse(&written).unwrap(), segments, "{text} -> {written}");
        }
        assert_eq!(write(&parse("{{{code}}}").unwrap()), "{{{code}}}");
    }

    #[test]
    fn bad_templates_are_rejected() {
        let unknown = parse("{mesage}").unwrap_err();
        assert!(unknown.message.contains("unknown placeholder"));
        assert_eq!(unknown.help, "the placeholders are {code}, {name}, {message} and {group}");
        assert!(parse("{code").unwrap_err().message.contains("unbalanced `{`"));
        assert!(parse("code}").unwrap_err().message.contains("unbalanced `}`"));
        assert!(parse("{co{de}").is_err());
    }

    #[test]
    fn argument_placeholders_carry_their_offsets() {
        assert_eq!(
            placeholders("disk {disk_id} on {host}, {{not}} {host}").unwrap(),
            [("disk_id", 5), ("host", 18), ("host", 34)]
        );
        assert_eq!(placeholders("主机 {host}").unwrap(), [("host", 7)]);
        assert_eq!(placeholders("a {b").unwrap_err(), Unbalanced { brace: '{', at: 2 });
        assert_eq!(placeholders("a {b {c}").unwrap_err(), Unbalanced { brace: '{', at: 2 });
        assert_eq!(placeholders("a } b").unwrap_err(), Unbalanced { brace: '}', at: 2 });
        assert_eq!(placeholders("{}").unwrap(), [("", 0)]);
        assert_eq!(placeholders(&"{{".repeat(10_000)).unwrap(), []);
    }
}
