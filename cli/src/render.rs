//! What every subcommand's output shares: the two streams, colour, counts,
//! failures for people, JSON for machines and GitHub Actions annotations.
//! Each subcommand renders its own data with these (`commands/*.rs`).

use std::io::IsTerminal;

use errcat_catalog::escape::Syntax;
use serde_json::Value;

use crate::choice::choice;
use crate::{CatalogError, Failure};

/// Which standard stream a piece of text goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    /// Standard output: results.
    Out,
    /// Standard error: diagnostics and failures.
    Err,
}

/// Text in the order it is printed, each piece on its stream.
pub type Printed = Vec<(Stream, String)>;

choice! {
    /// `--color`: when to colour diagnostics.
    pub enum ColorChoice {
        /// Only on a terminal, and not when `NO_COLOR` is set.
        Auto = "auto",
        /// Always.
        Always = "always",
        /// Never.
        Never = "never",
    }
}

/// Whether to colour labels (ANSI escapes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Colour on.
    pub color: bool,
}

impl Style {
    /// The style `choice` asks for, on standard error (where labels go).
    pub fn for_stderr(choice: ColorChoice) -> Style {
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
            }
        };
        Style { color }
    }

    fn paint(self, text: &str, ansi: &str) -> String {
        if self.color {
            format!("\x1b[{ansi}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    /// `error`, in bold red.
    pub fn error(self) -> String {
        self.paint("error", "1;31")
    }

    /// `warning`, in bold yellow.
    pub fn warning(self) -> String {
        self.paint("warning", "1;33")
    }

    /// `breaking`, in bold red.
    pub fn breaking(self) -> String {
        self.paint("breaking", "1;31")
    }
}

/// `1 error`, `2 errors`.
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// A subcommand's failure for people.
pub fn failure(failure: &Failure, style: Style) -> String {
    match failure {
        Failure::Catalog { file, error } => {
            let mut text: String =
                error.diagnostics().iter().map(|d| format!("{}: {d}\n\n", style.error())).collect();
            if let CatalogError::Invalid(diagnostics) = error {
                let errors = count(diagnostics.len(), "error");
                text.push_str(&format!("{}: {file}: {errors}\n", style.error()));
            }
            text
        }
        Failure::Stale { diff, reason } => format!("{diff}{}: {reason}\n", style.error()),
        Failure::Io(message) | Failure::Usage(message) => {
            format!("{}: {message}\n", style.error())
        }
    }
}

/// `value` as one line of JSON, with no character that errcat never writes
/// raw (`errcat_catalog::escape`) left raw in a string: serde_json escapes
/// quotes, backslashes and C0 controls itself; the rest are escaped here.
pub fn json(value: &Value) -> String {
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, NeverRaw);
    // Writing to a `Vec` cannot fail, and a `Value` always serializes.
    let _ = serde::Serialize::serialize(value, &mut serializer);
    String::from_utf8(out).unwrap_or_default()
}

/// serde_json's compact formatter, with [`errcat_catalog::escape::never_raw`]
/// characters written as `\u` escapes.
struct NeverRaw;

impl serde_json::ser::Formatter for NeverRaw {
    fn write_string_fragment<W>(&mut self, writer: &mut W, fragment: &str) -> std::io::Result<()>
    where
        W: ?Sized + std::io::Write,
    {
        let mut rest = fragment;
        while let Some((at, c)) =
            rest.char_indices().find(|&(_, c)| errcat_catalog::escape::never_raw(c))
        {
            writer.write_all(rest.get(..at).unwrap_or_default().as_bytes())?;
            let mut escaped = String::new();
            errcat_catalog::escape::push_char(&mut escaped, c, Syntax::Json);
            writer.write_all(escaped.as_bytes())?;
            rest = rest.get(at + c.len_utf8()..).unwrap_or_default();
        }
        writer.write_all(rest.as_bytes())
    }
}

/// A GitHub Actions workflow command: `::LEVEL PROPERTIES::MESSAGE`, escaped
/// as the runner unescapes it (`%`, CR and LF everywhere; `:` and `,` in
/// property values too), so catalog text cannot end the command early.
pub fn workflow_command(level: &str, properties: &[(&str, String)], message: &str) -> String {
    fn escape(text: &str, property: bool) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match c {
                '%' => out.push_str("%25"),
                '\r' => out.push_str("%0D"),
                '\n' => out.push_str("%0A"),
                ':' if property => out.push_str("%3A"),
                ',' if property => out.push_str("%2C"),
                c if errcat_catalog::escape::never_raw(c) => {
                    errcat_catalog::escape::push_visible(&mut out, c);
                }
                c => out.push(c),
            }
        }
        out
    }
    let properties: Vec<String> =
        properties.iter().map(|(key, value)| format!("{key}={}", escape(value, true))).collect();
    format!("::{level} {}::{}\n", properties.join(","), escape(message, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_only_when_asked() {
        let failure = Failure::Usage("bad".into());
        assert_eq!(
            super::failure(&failure, Style { color: true }),
            "\x1b[1;31merror\x1b[0m: bad\n"
        );
        assert_eq!(super::failure(&failure, Style { color: false }), "error: bad\n");
    }

    #[test]
    fn json_writes_no_character_raw_that_errcat_escapes() {
        let text = "a\"\\\n\u{0}\u{7f}\u{85}\u{61C}\u{202E}\u{2066}\u{2028}\u{FEFF}\u{FFFF}é中";
        let written = json(&Value::String(text.to_owned()));
        assert!(!written.contains(errcat_catalog::escape::never_raw), "{written}");
        assert_eq!(serde_json::from_str::<Value>(&written).unwrap(), Value::String(text.into()));
        assert_eq!(json(&serde_json::json!({"k": [1, null]})), r#"{"k":[1,null]}"#);
    }

    #[test]
    fn workflow_commands_cannot_be_ended_early() {
        let command = workflow_command("error", &[("file", "a,b:c".into())], "x\n::y %\u{202E}");
        assert_eq!(command, "::error file=a%2Cb%3Ac::x%0A::y %25<U+202E>\n");
    }
}
