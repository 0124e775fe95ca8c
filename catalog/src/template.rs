//! The `display` template: literal text and `{code}` `{name}` `{message}`
//! `{group}` placeholders; `{{` and `}}` are literal braces.

/// A value that a template can print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placeholder {
    /// `{code}`
    Code,
    /// `{name}`
    Name,
    /// `{message}`: the message, or the variant identifier when there is none.
    Message,
    /// `{group}`: the group's name.
    Group,
}

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
    pub help: &'static str,
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
                        help: "close the placeholder with `}`, or write `{{` for a literal brace",
                    });
                }
                let value = match name.as_str() {
                    "code" => Placeholder::Code,
                    "name" => Placeholder::Name,
                    "message" => Placeholder::Message,
                    "group" => Placeholder::Group,
                    _ => {
                        return Err(TemplateError {
                            message: format!(
                                "unknown placeholder `{{{name}}}` in display template"
                            ),
                            help: "the placeholders are {code}, {name}, {message} and {group}",
                        })
                    }
                };
                if !literal.is_empty() {
                    segments.push(Segment::Literal(std::mem::take(&mut literal)));
                }
                segments.push(Segment::Value(value));
            }
            '}' => {
                return Err(TemplateError {
                    message: format!("unbalanced `}}` in display template {template:?}"),
                    help: "write `}}` for a literal brace",
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
        assert!(parse("{mesage}").unwrap_err().message.contains("unknown placeholder"));
        assert!(parse("{code").unwrap_err().message.contains("unbalanced `{`"));
        assert!(parse("code}").unwrap_err().message.contains("unbalanced `}`"));
        assert!(parse("{co{de}").is_err());
    }
}
