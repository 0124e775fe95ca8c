//! The `display` template: literal text and placeholders (`{code}` and the
//! others of [`Placeholder`]); `{{` and `}}` are literal braces.

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

/// Parses a template into segments, merging adjacent literal text.
pub fn parse(template: &str) -> Result<Vec<Segment>, TemplateError> {
    let mut segments = Vec::new();
    let mut literal = String::new();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                literal.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                literal.push('}');
            }
            '{' => {
                let mut name = String::new();
                let closed = loop {
                    match chars.next() {
                        Some('}') => break true,
                        Some('{') | None => break false,
                        Some(c) => name.push(c),
                    }
                };
                if !closed {
                    return Err(TemplateError {
                        message: format!("unbalanced `{{` in display template {template:?}"),
                        help: "close the placeholder with `}`, or write `{{` for a literal brace"
                            .to_owned(),
                    });
                }
                let Some(value) = Placeholder::from_word(&name) else {
                    return Err(TemplateError {
                        message: format!("unknown placeholder `{{{name}}}` in display template"),
                        help: format!("the placeholders are {}", placeholder_list()),
                    });
                };
                if !literal.is_empty() {
                    segments.push(Segment::Literal(std::mem::take(&mut literal)));
                }
                segments.push(Segment::Value(value));
            }
            '}' => {
                return Err(TemplateError {
                    message: format!("unbalanced `}}` in display template {template:?}"),
                    help: "write `}}` for a literal brace".to_owned(),
                })
            }
            c => literal.push(c),
        }
    }
    if !literal.is_empty() {
        segments.push(Segment::Literal(literal));
    }
    Ok(segments)
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
    fn bad_templates_are_rejected() {
        let unknown = parse("{mesage}").unwrap_err();
        assert!(unknown.message.contains("unknown placeholder"));
        assert_eq!(unknown.help, "the placeholders are {code}, {name}, {message} and {group}");
        assert!(parse("{code").unwrap_err().message.contains("unbalanced `{`"));
        assert!(parse("code}").unwrap_err().message.contains("unbalanced `}`"));
        assert!(parse("{co{de}").is_err());
    }
}
