//! `errcat check`: every catalog validated, and the lints of the valid ones.

use errcat_catalog::diagnostic::Diagnostic;
use errcat_catalog::lints::lints;

use crate::args::CheckArgs;
use crate::{load, CatalogError};

/// What `errcat check` found in each file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckReport {
    /// One result per file, in the order given.
    pub files: Vec<FileCheck>,
    /// Whether lint warnings fail the check.
    pub deny_warnings: bool,
}

/// One file's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileCheck {
    /// The file as named on the command line.
    pub path: String,
    /// The valid catalog's facts, or what is wrong with it.
    pub result: Result<Valid, CatalogError>,
}

/// A catalog that validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Valid {
    /// How many codes it defines.
    pub codes: usize,
    /// Its lint warnings, except the allowed ones.
    pub warnings: Vec<Diagnostic>,
}

impl FileCheck {
    /// Every diagnostic of the file, errors or warnings.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match &self.result {
            Ok(valid) => &valid.warnings,
            Err(error) => error.diagnostics(),
        }
    }
}

impl CheckReport {
    /// 0 when every catalog passed, 2 when a file could not be read, else 1.
    pub fn exit_code(&self) -> u8 {
        let unreadable =
            self.files.iter().any(|f| matches!(f.result, Err(CatalogError::Unreadable(_))));
        let failed = self.files.iter().any(|f| match &f.result {
            Err(_) => true,
            Ok(valid) => self.deny_warnings && !valid.warnings.is_empty(),
        });
        match (unreadable, failed) {
            (true, _) => 2,
            (false, true) => 1,
            (false, false) => 0,
        }
    }
}

/// Checks every file of `args`; the lint pass reads the same text the
/// catalog was loaded from.
pub fn check(args: &CheckArgs) -> CheckReport {
    let files = args
        .files
        .iter()
        .map(|path| FileCheck {
            path: path.clone(),
            result: load(path).map(|(source, catalog)| Valid {
                codes: catalog.entries().len(),
                warnings: lints(&catalog, &source, &args.allow),
            }),
        })
        .collect();
    CheckReport { files, deny_warnings: args.deny_warnings }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::args::Format;
    use errcat_catalog::rules::Rule;

    fn check_files(files: &[&str], deny_warnings: bool, allow: &[Rule]) -> CheckReport {
        let files =
            files.iter().map(|f| format!("{}/../{f}", env!("CARGO_MANIFEST_DIR"))).collect();
        check(&CheckArgs { files, format: Format::Text, deny_warnings, allow: allow.to_vec() })
    }

    #[test]
    fn each_file_gets_its_result() {
        let report = check_files(
            &["examples/catalogs/blobstore.yaml", "tests/ui/duplicate_code.yaml", "missing.yaml"],
            false,
            &[],
        );
        assert!(matches!(report.files[0].result, Ok(Valid { codes: 71, .. })));
        assert_eq!(report.files[1].diagnostics()[0].rule, Rule::DuplicateCode);
        assert!(matches!(report.files[2].result, Err(CatalogError::Unreadable(_))));
        assert_eq!(report.exit_code(), 2, "an unreadable file is an I/O error");
        assert_eq!(check_files(&["tests/ui/duplicate_code.yaml"], false, &[]).exit_code(), 1);
    }

    #[test]
    fn warnings_fail_only_when_denied_and_not_allowed() {
        let features = ["tests/catalogs/features.yaml"];
        assert_eq!(check_files(&features, false, &[]).exit_code(), 0);
        let denied = check_files(&features, true, &[]);
        assert_eq!(denied.exit_code(), 1);
        let rules: Vec<Rule> = denied.files[0].diagnostics().iter().map(|d| d.rule).collect();
        assert!(rules.contains(&Rule::NoDescription), "{rules:?}");
        let lints =
            [Rule::NoMessage, Rule::NoDescription, Rule::DefaultHttp, Rule::DeprecatedWithoutNote];
        assert_eq!(check_files(&features, true, &lints).exit_code(), 0);
    }

    #[test]
    fn lints_see_the_text_without_a_byte_order_mark() {
        let dir = std::env::temp_dir().join(format!("errcat-cli-bom-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("bom.yaml");
        std::fs::write(&path, "\u{feff}name: E\ncodes:\n  - code: 1\n    message: m\n").unwrap();
        let path = path.to_str().unwrap().to_owned();
        let args = CheckArgs {
            files: vec![path],
            format: Format::Text,
            deny_warnings: true,
            allow: vec![],
        };
        let report = check(&args);
        let warnings = report.files[0].diagnostics();
        assert_eq!(warnings[0].source_line.as_deref(), Some("  - code: 1"), "{warnings:#?}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
