//! Where a generated text goes: standard output, OUT, or a comparison with
//! a committed OUT (`--check`).

use crate::args::Output;
use crate::Failure;

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

/// Writes `text` to OUT, or with `--check` compares it with OUT (a
/// [`Failure::Stale`] with a unified diff when they differ).
pub fn emit(output: &Output, text: String) -> Result<Emitted, Failure> {
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
    Err(Failure::Stale { out: shown, diff })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_compares_and_shows_the_difference() {
        let dir = std::env::temp_dir().join(format!("errcat-cli-emit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("out.md");
        let to = |check| Output { path: Some(path.clone()), check };
        assert_eq!(
            emit(&Output { path: None, check: false }, "a\n".into()),
            Ok(Emitted::ToStdout("a\n".into()))
        );
        assert_eq!(emit(&to(false), "a\nb\n".into()), Ok(Emitted::Written));
        assert_eq!(emit(&to(true), "a\nb\n".into()), Ok(Emitted::UpToDate));
        let Err(Failure::Stale { diff, .. }) = emit(&to(true), "a\nc\n".into()) else { panic!() };
        assert!(diff.contains("-b\n+c\n"), "{diff}");
        let missing = Output { path: Some(dir.join("none").join("x.md")), check: false };
        assert_eq!(emit(&missing, String::new()).unwrap_err().exit_code(), 2);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
