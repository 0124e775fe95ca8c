//! `help_url`: a link template with `{code}`, `{name}` and `{variant}`,
//! rendered per entry when the catalog is loaded and checked to be an
//! absolute `http(s)` URL, so the generated code holds finished links.

use crate::template::{scan, Piece};

/// A value of the entry that the template can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlValue {
    /// The code, in decimal.
    Code,
    /// `name()`, percent-encoded.
    Name,
    /// The variant identifier.
    Variant,
}

impl UrlValue {
    const ALL: [(UrlValue, &'static str); 3] =
        [(UrlValue::Code, "code"), (UrlValue::Name, "name"), (UrlValue::Variant, "variant")];
}

/// One piece of a parsed link template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlPart {
    /// Text kept as is.
    Literal(String),
    /// A value of the entry.
    Value(UrlValue),
}

/// Parses a link template; the error says what is wrong in it.
pub fn parse(template: &str) -> Result<Vec<UrlPart>, String> {
    let pieces = scan(template).map_err(|unbalanced| {
        format!(
            "unbalanced `{}` at byte {} of the link template; write `{{{{` and `}}}}` for literal braces",
            unbalanced.brace, unbalanced.at
        )
    })?;
    pieces
        .into_iter()
        .map(|piece| match piece {
            Piece::Literal(text) => Ok(UrlPart::Literal(text)),
            Piece::Placeholder(name, _) => UrlValue::ALL
                .iter()
                .find(|(_, word)| *word == name)
                .map(|(value, _)| UrlPart::Value(*value))
                .ok_or_else(|| {
                    format!("`{{{name}}}` is not a link placeholder: use `{{code}}`, `{{name}}` or `{{variant}}`")
                }),
        })
        .collect()
}

/// The link of one entry.
pub fn render(parts: &[UrlPart], code: i128, name: &str, variant: &str) -> String {
    let mut url = String::new();
    for part in parts {
        match part {
            UrlPart::Literal(text) => url.push_str(text),
            UrlPart::Value(UrlValue::Code) => url.push_str(&code.to_string()),
            UrlPart::Value(UrlValue::Name) => percent_encode(name, &mut url),
            UrlPart::Value(UrlValue::Variant) => url.push_str(variant),
        }
    }
    url
}

/// Writes `text` with every byte outside RFC 3986's unreserved characters
/// percent-encoded, so a name with spaces or non-ASCII letters makes a
/// valid link.
fn percent_encode(text: &str, out: &mut String) {
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
}

/// Why `url` is not an absolute `http(s)` URL errcat will write, if it is not.
pub fn problem(url: &str) -> Option<String> {
    let lower = url.get(..8).map(str::to_ascii_lowercase).unwrap_or_default();
    let rest = if lower.starts_with("https://") {
        url.get(8..)
    } else if lower.starts_with("http://") {
        url.get(7..)
    } else {
        return Some(
            "a help link must be an absolute URL starting with `http://` or `https://`".to_owned(),
        );
    };
    let host = rest.unwrap_or_default().split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty() {
        return Some("a help link needs a host after `://`".to_owned());
    }
    if let Some(bad) = url.chars().find(|c| {
        !c.is_ascii_graphic() || matches!(c, '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}')
    }) {
        let shown = crate::escape::visible(&bad.to_string());
        let code_point = u32::from(bad);
        return Some(format!(
            "a help link may not hold `{shown}` (U+{code_point:04X}): percent-encode it"
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_render_per_entry() {
        let parts = parse("https://docs.example.com/errors#{code}-{variant}/{name}").unwrap();
        assert_eq!(
            render(&parts, 4001, "table not found/é", "TableNotFound"),
            "https://docs.example.com/errors#4001-TableNotFound/table%20not%20found%2F%C3%A9"
        );
        assert_eq!(render(&parse("https://x.io/{{a}}").unwrap(), 1, "", ""), "https://x.io/{a}");
        assert!(parse("https://x.io/{message}").unwrap_err().contains("`{message}` is not"));
        assert!(parse("https://x.io/{code").unwrap_err().contains("unbalanced `{`"));
    }

    #[test]
    fn only_absolute_http_links_pass() {
        assert_eq!(problem("https://docs.example.com/errors#4001"), None);
        assert_eq!(problem("HTTP://x.io"), None);
        assert!(problem("ftp://x.io").unwrap().contains("`http://` or `https://`"));
        assert!(problem("/errors/1").is_some());
        assert!(problem("https:///path").unwrap().contains("host"));
        assert!(problem("https://x.io/a b").unwrap().contains("percent-encode"));
        assert!(problem("https://x.io/{a}").is_some());
    }
}
