//! What errcat's own tests share: the files committed to the repository
//! that a test compares with what the code generates now (golden
//! expansions, import drafts, the schema, the reference's tables).
//!
//! `ERRCAT_BLESS=1` rewrites such a file instead of failing, for a change
//! that is meant; read `git diff` before committing it. When `CI` is set,
//! blessing is refused and the test fails: a CI run must never pass by
//! regenerating what it checks (`.ci/run` sets `CI`).

use std::path::Path;

/// Compares `generated` with the committed file at `path`; `refresh` is the
/// command that rewrites it, for the failure message. Under `ERRCAT_BLESS`
/// (and not under `CI`), rewrites the file instead.
///
/// # Panics
///
/// When the file differs (with a unified diff), when `ERRCAT_BLESS` is set
/// under `CI`, or when the file cannot be written.
pub fn assert_committed(path: &Path, generated: &str, refresh: &str) {
    match bless_mode(std::env::var_os("ERRCAT_BLESS").is_some(), std::env::var_os("CI").is_some()) {
        Bless::Refused => panic!(
            "ERRCAT_BLESS is set while CI is: a CI run must not pass by rewriting the files it \
             checks ({}); unset ERRCAT_BLESS",
            path.display()
        ),
        Bless::Rewrite => {
            if let Err(error) = std::fs::write(path, generated) {
                panic!("cannot rewrite {}: {error}", path.display());
            }
        }
        Bless::Compare => {
            let committed = std::fs::read_to_string(path).unwrap_or_default();
            assert!(
                committed == generated,
                "{} differs from what the code generates now; if the change is meant, run \
                 `ERRCAT_BLESS=1 {refresh}` and review the diff:\n{}",
                path.display(),
                similar::TextDiff::from_lines(&committed, generated)
                    .unified_diff()
                    .header("committed", "generated")
            );
        }
    }
}

/// What [`assert_committed`] does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bless {
    Compare,
    Rewrite,
    Refused,
}

fn bless_mode(bless: bool, ci: bool) -> Bless {
    match (bless, ci) {
        (false, _) => Bless::Compare,
        (true, false) => Bless::Rewrite,
        (true, true) => Bless::Refused,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blessing_rewrites_except_under_ci() {
        assert_eq!(bless_mode(false, false), Bless::Compare);
        assert_eq!(bless_mode(false, true), Bless::Compare);
        assert_eq!(bless_mode(true, false), Bless::Rewrite);
        assert_eq!(bless_mode(true, true), Bless::Refused);
    }

    #[test]
    fn a_difference_fails_with_a_diff_and_the_command() {
        let path = std::env::temp_dir().join(format!("errcat-testkit-{}", std::process::id()));
        std::fs::write(&path, "a\nb\n").unwrap();
        assert_committed(&path, "a\nb\n", "cargo test");
        let failure = std::panic::catch_unwind(|| assert_committed(&path, "a\nc\n", "cargo test"))
            .unwrap_err();
        let message = failure.downcast_ref::<String>().unwrap();
        assert!(message.contains("-b\n+c\n"), "{message}");
        assert!(message.contains("run `ERRCAT_BLESS=1 cargo test`"), "{message}");
        std::fs::remove_file(&path).unwrap();
    }
}
