//! The header of a generated file: where it came from, the command that
//! makes it, and the fingerprints of its catalog and of its own body (cog's
//! idea). `--check` reads it back to say why a committed file differs: its
//! catalog changed, or someone edited the file by hand.

use errcat_catalog::fingerprint::fingerprint;

/// How a generated file writes a comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comment {
    /// `<!-- … -->`: Markdown and HTML.
    Markup,
    /// `// …`: Rust.
    Rust,
}

/// A generated text and what its header says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    /// Header and body.
    pub text: String,
    /// The fingerprint of the catalog it was made from.
    pub catalog: String,
    /// The command that makes it again.
    pub command: String,
}

impl Generated {
    /// `body` generated from the catalog `file` (whose text is
    /// `catalog_text`) by `command`, with its header.
    pub fn new(
        comment: Comment,
        file: &str,
        command: &str,
        catalog_text: &str,
        body: &str,
    ) -> Self {
        let catalog = fingerprint(catalog_text);
        let header = format!(
            "errcat: generated from {file} by `{command}`; catalog {catalog}, body {}; edit the catalog and run the command again, not this file",
            fingerprint(body)
        );
        let header = match comment {
            Comment::Markup => format!("<!-- {header} -->\n"),
            Comment::Rust => format!("// {header}\n"),
        };
        Generated { text: format!("{header}{body}"), catalog, command: command.to_owned() }
    }
}

/// The fingerprints a generated file's header records.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp<'a> {
    catalog: &'a str,
    body: &'a str,
}

/// The stamp of `text`'s first line and the body after it.
fn read(text: &str) -> Option<(Stamp<'_>, &str)> {
    let (header, body) = text.split_once('\n')?;
    let header = header.split_once("errcat: generated from ")?.1;
    let rest = header.split_once("; catalog ")?.1;
    let (catalog, rest) = rest.split_once(", body ")?;
    let (body_print, _) = rest.split_once(';')?;
    Some((Stamp { catalog, body: body_print }, body))
}

/// Why a committed file is not what errcat generates now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Staleness {
    /// It has no errcat header.
    NotGenerated,
    /// Its body is not what its header says errcat wrote.
    EditedByHand,
    /// It was generated from another version of the catalog.
    CatalogChanged,
    /// Same catalog, untouched body: another errcat version made it.
    OtherVersion,
}

impl Staleness {
    /// Reads `committed`'s header against the catalog fingerprint of `now`.
    pub fn of(committed: &str, now: &Generated) -> Staleness {
        let Some((stamp, body)) = read(committed) else {
            return Staleness::NotGenerated;
        };
        if fingerprint(body) != stamp.body {
            Staleness::EditedByHand
        } else if stamp.catalog != now.catalog {
            Staleness::CatalogChanged
        } else {
            Staleness::OtherVersion
        }
    }

    /// What to tell the user about `out`.
    pub fn explain(self, out: &str, command: &str) -> String {
        match self {
            Staleness::NotGenerated => {
                format!("{out} has no errcat header, so it was not generated from the catalog: run `{command}` to make it")
            }
            Staleness::EditedByHand => format!(
                "{out} was edited by hand: the edits will be lost; move them into the catalog, then run `{command}`"
            ),
            Staleness::CatalogChanged => {
                format!("the catalog changed since {out} was generated: run `{command}` again")
            }
            Staleness::OtherVersion => format!(
                "{out} was generated from this catalog by another version of errcat: run `{command}` again"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn made(catalog: &str, body: &str) -> Generated {
        Generated::new(Comment::Markup, "e.yaml", "errcat docs e.yaml -o e.md", catalog, body)
    }

    #[test]
    fn the_header_records_both_fingerprints() {
        let generated = made("name: E\n", "# E\n");
        let (first, body) = generated.text.split_once('\n').unwrap();
        assert!(
            first.starts_with(
                "<!-- errcat: generated from e.yaml by `errcat docs e.yaml -o e.md`; catalog "
            ),
            "{first}"
        );
        assert!(first.ends_with("not this file -->"), "{first}");
        assert_eq!(body, "# E\n");
        let rust =
            Generated::new(Comment::Rust, "e.yaml", "errcat expand e.yaml", "x", "fn f() {}\n");
        assert!(rust.text.starts_with("// errcat: generated from e.yaml"), "{}", rust.text);
        assert_eq!(read(&rust.text).unwrap().1, "fn f() {}\n");
    }

    #[test]
    fn a_stale_file_is_told_from_an_edited_one() {
        let old = made("name: E\n", "# E\n");
        let new = made("name: E\n# changed\n", "# E\n");
        assert_eq!(Staleness::of(&old.text, &new), Staleness::CatalogChanged);
        let edited = old.text.replace("# E", "# E, edited");
        assert_eq!(Staleness::of(&edited, &old), Staleness::EditedByHand);
        assert_eq!(Staleness::of(&old.text, &old), Staleness::OtherVersion);
        assert_eq!(Staleness::of("# E\n", &old), Staleness::NotGenerated);
        let message = Staleness::EditedByHand.explain("e.md", "errcat docs e.yaml -o e.md");
        assert!(
            message.contains("edited by hand")
                && message.ends_with("run `errcat docs e.yaml -o e.md`"),
            "{message}"
        );
    }
}
