//! The catalogs named on the command line: a file (relative to the current
//! directory), or for `errcat diff`'s OLD, `REV:PATH` read from git.

use std::path::Path;

use errcat_catalog::{load_source, read_file, Catalog, PathBase, Source};

use crate::{CatalogError, Failure};

/// The catalog at `path`, read once and validated.
pub fn load(path: &str) -> Result<(Source, Catalog), CatalogError> {
    let source = read_file(Path::new(path), path, PathBase::CurrentDir).map_err(|error| {
        if error.is_io() {
            CatalogError::Unreadable(error.diagnostic)
        } else {
            CatalogError::Invalid(vec![*error.diagnostic])
        }
    })?;
    let catalog = load_source(&source).map_err(CatalogError::Invalid)?;
    Ok((source, catalog))
}

/// [`load`] for subcommands that need the catalog to go on.
pub fn load_or_fail(path: &str) -> Result<Catalog, Failure> {
    load_with_source(path).map(|(_, catalog)| catalog)
}

/// [`load_or_fail`], with the text the catalog was read from.
pub fn load_with_source(path: &str) -> Result<(Source, Catalog), Failure> {
    load(path).map_err(|error| Failure::Catalog { file: path.to_owned(), error })
}

/// A catalog from a file, or from git when `spec` is `REV:PATH` and no such file exists.
pub fn load_version(spec: &str) -> Result<Catalog, Failure> {
    let from_git = spec.split_once(':').filter(|_| !Path::new(spec).exists());
    let Some((rev, path)) = from_git else {
        return load_or_fail(spec);
    };
    let output = std::process::Command::new("git")
        .args(["show", &format!("{rev}:{path}")])
        .output()
        .map_err(|e| Failure::Io(format!("cannot run git to read {spec}: {e}")))?;
    if !output.status.success() {
        let why = String::from_utf8_lossy(&output.stderr);
        return Err(Failure::Io(format!("git cannot show {spec}: {}", why.trim())));
    }
    let text = String::from_utf8(output.stdout)
        .map_err(|_| Failure::Io(format!("{spec} is not UTF-8 in git")))?;
    load_source(&Source::new(spec, &text)).map_err(|diagnostics| Failure::Catalog {
        file: spec.to_owned(),
        error: CatalogError::Invalid(diagnostics),
    })
}

/// The catalog's language `lang` as an index into its languages, or a usage
/// error that lists them.
pub fn language(catalog: &Catalog, file: &str, lang: &str) -> Result<usize, Failure> {
    catalog.languages().iter().position(|l| l.eq_ignore_ascii_case(lang)).ok_or_else(|| {
        Failure::Usage(format!(
            "{file} has no language `{lang}`; it has: {}",
            catalog.languages().join(", ")
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo(path: &str) -> String {
        format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"))
    }

    #[test]
    fn a_missing_catalog_is_an_io_error_and_an_invalid_one_a_failed_check() {
        let missing = load_or_fail("no/such/catalog.yaml").unwrap_err();
        let Failure::Catalog { error: CatalogError::Unreadable(diagnostic), .. } = &missing else {
            panic!("{missing:?}")
        };
        assert_eq!(
            diagnostic.help.as_deref(),
            Some("the path is relative to the current directory")
        );
        assert_eq!(missing.exit_code(), 2);
        let invalid = load_or_fail(&repo("tests/ui/duplicate_code.yaml")).unwrap_err();
        let Failure::Catalog { error: CatalogError::Invalid(diagnostics), .. } = &invalid else {
            panic!("{invalid:?}")
        };
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(invalid.exit_code(), 1);
    }

    #[test]
    fn a_language_is_found_in_any_case_or_the_catalog_says_which_there_are() {
        let catalog =
            load_or_fail(&repo("examples/catalogs/mooncake_transfer_engine.yaml")).unwrap();
        assert_eq!(language(&catalog, "m.yaml", "EN"), Ok(1));
        assert_eq!(
            language(&catalog, "m.yaml", "fr"),
            Err(Failure::Usage("m.yaml has no language `fr`; it has: zh, en".to_owned()))
        );
    }
}
