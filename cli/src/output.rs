//! Where a generated text goes: standard output, OUT, or a comparison with
//! a committed OUT (`--check`), for the subcommands that generate files
//! (`docs`, `export`, `expand`): their `-o`/`--check` options, read into
//! [`Output`], and [`emit`].

use std::path::PathBuf;

use clap::{Arg, ArgAction, ArgMatches};

use crate::stamp::{Generated, Staleness};
use crate::Failure;

/// Where a generated text goes: standard output, a file, or a comparison
/// with a committed file (`--check`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// `-o OUT`.
    pub path: Option<PathBuf>,
    /// `--check`: compare with OUT instead of writing it.
    pub check: bool,
}

impl Output {
    /// Standard output.
    pub const STDOUT: Output = Output { path: None, check: false };

    /// `-o OUT` and `--check`, for a subcommand's definition.
    pub fn args() -> [Arg; 2] {
        [
            Arg::new("out")
                .short('o')
                .long("out")
                .value_name("OUT")
                .help("write here instead of standard output"),
            Arg::new("check")
                .long("check")
                .action(ArgAction::SetTrue)
                .requires("out")
                .help("compare with OUT instead of writing it; exit 1 with a diff if they differ"),
        ]
    }

    /// What [`Output::args`] parsed.
    pub fn from_matches(matches: &ArgMatches) -> Output {
        Output {
            path: matches.get_one::<String>("out").map(PathBuf::from),
            check: matches.get_flag("check"),
        }
    }

    /// ` -o OUT`, as the command that writes it again says it.
    pub fn option(&self) -> String {
        self.path.as_ref().map(|p| format!(" -o {}", p.display())).unwrap_or_default()
    }
}

/// What happened to a generated text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Emitted {
    /// No OUT: the caller prints it.
    ToStdout(String),
    /// Written to OUT.
    Written,
    /// `--check`: OUT already holds it.
    UpToDate,
}

/// Writes the generated text to OUT, or with `--check` compares it with OUT
/// (a [`Failure::Stale`] with a unified diff and the reason when they differ).
pub fn emit(output: &Output, generated: Generated) -> Result<Emitted, Failure> {
    let text = generated.text.clone();
    let Some(path) = &output.path else {
        return Ok(Emitted::ToStdout(text));
    };
    let shown = path.display().to_string();
    if !output.check {
        return std::fs::write(path, text)
            .map(|()| Emitted::Written)
            .map_err(|e| Failure::Io(format!("cannot write {shown}: {e}")));
    }
    let committed = std::fs::read_to_string(path)
        .map_err(|e| Failure::Io(format!("cannot read {shown}: {e}")))?;
    if committed == text {
        return Ok(Emitted::UpToDate);
    }
    let diff = similar::TextDiff::from_lines(committed.as_str(), text.as_str())
        .unified_diff()
        .header(&shown, "expected (from the catalog)")
        .to_string();
    let reason = Staleness::of(&committed, &generated).explain(&shown, &generated.command);
    Err(Failure::Stale { diff, reason })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stamp::Comment;

    fn generated(catalog: &str, body: &str) -> Generated {
        Generated::new(Comment::Markup, "e.yaml", "errcat docs e.yaml -o out.md", catalog, body)
    }

    #[test]
    fn writes_compares_and_says_why_a_file_differs() {
        let dir = std::env::temp_dir().join(format!("errcat-cli-emit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("out.md");
        let to = |check| Output { path: Some(path.clone()), check };
        let first = generated("name: E\n", "a\nb\n");
        let stdout = emit(&Output { path: None, check: false }, first.clone());
        assert_eq!(stdout, Ok(Emitted::ToStdout(first.text.clone())));
        assert_eq!(emit(&to(false), first.clone()), Ok(Emitted::Written));
        assert_eq!(emit(&to(true), first.clone()), Ok(Emitted::UpToDate));

        let changed = generated("name: E\ndescription: new\n", "a\nc\n");
        let Err(Failure::Stale { diff, reason }) = emit(&to(true), changed.clone()) else {
            panic!()
        };
        assert!(diff.contains("-b\n+c\n"), "{diff}");
        assert!(reason.starts_with("the catalog changed since"), "{reason}");
        assert!(reason.ends_with("run `errcat docs e.yaml -o out.md` again"), "{reason}");

        std::fs::write(&path, first.text.replace("a\nb", "a\nB")).unwrap();
        let Err(Failure::Stale { reason, .. }) = emit(&to(true), first.clone()) else { panic!() };
        assert!(reason.contains("was edited by hand: the edits will be lost"), "{reason}");

        let missing = Output { path: Some(dir.join("none").join("x.md")), check: false };
        assert_eq!(emit(&missing, first).unwrap_err().exit_code(), 2);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
