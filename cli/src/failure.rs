//! Why a subcommand did not succeed, and the exit status that says so:
//! 0 success, 1 a check failed, 2 usage or I/O error.

use errcat_catalog::diagnostic::Diagnostic;

/// Why a catalog could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogError {
    /// The file cannot be read (an I/O error).
    Unreadable(Box<Diagnostic>),
    /// The catalog does not validate: every problem found.
    Invalid(Vec<Diagnostic>),
}

impl CatalogError {
    /// Its diagnostics.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            CatalogError::Unreadable(diagnostic) => std::slice::from_ref(diagnostic),
            CatalogError::Invalid(diagnostics) => diagnostics,
        }
    }
}

/// Why a subcommand did not succeed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// A catalog cannot be read (exit 2) or does not validate (exit 1).
    Catalog {
        /// The catalog as named on the command line.
        file: String,
        /// What is wrong with it.
        error: CatalogError,
    },
    /// `--check` found OUT different from what the catalog gives (exit 1).
    Stale {
        /// A unified diff from OUT to the expected text.
        diff: String,
        /// Why (stale or edited by hand) and the command to run.
        reason: String,
    },
    /// An output file, or git, failed (exit 2).
    Io(String),
    /// The arguments do not fit the catalog (exit 2).
    Usage(String),
}

impl Failure {
    /// The process exit status.
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Catalog { error: CatalogError::Unreadable(_), .. }
            | Failure::Io(_)
            | Failure::Usage(_) => 2,
            Failure::Catalog { error: CatalogError::Invalid(_), .. } | Failure::Stale { .. } => 1,
        }
    }
}
