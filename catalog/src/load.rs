//! Reading a catalog file: the file-level checks and limits, then the YAML
//! tree, the ast, validation and the model, in that order.

use std::path::Path;

use crate::diagnostic::{Diagnostic, Diagnostics, Rule};
use crate::model::Catalog;
use crate::yaml::{self, Limits};
use crate::{ast, validate};

/// Largest catalog file accepted, in bytes. A 100,000-code catalog in two
/// languages is about 20 MiB.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// The YAML limits used for catalogs.
pub const LIMITS: Limits = Limits { max_depth: 32, max_alias_nodes: 100_000 };

/// Loads and validates the catalog at `path`; `display_name` is how
/// diagnostics name the file (the path as the user wrote it).
pub fn load_file(path: &Path, display_name: &str) -> Result<Catalog, Vec<Diagnostic>> {
    let mut cx = Diagnostics::new(display_name);
    match read_file(path, display_name) {
        Ok(source) => load_str(&source, display_name),
        Err((message, help)) => {
            let rule = if message.contains("over the limit") { Rule::Limit } else { Rule::File };
            cx.file_error(rule, message).help(help).emit();
            Err(cx.into_sorted())
        }
    }
}

fn read_file(path: &Path, shown: &str) -> Result<String, (String, String)> {
    let metadata = std::fs::metadata(path).map_err(|e| {
        let help = if e.kind() == std::io::ErrorKind::NotFound {
            "the path is relative to the crate's directory (CARGO_MANIFEST_DIR)".to_owned()
        } else {
            "check the file's permissions".to_owned()
        };
        (format!("cannot read catalog file {shown}: {e}"), help)
    })?;
    if metadata.is_dir() {
        return Err((
            format!("catalog path {shown} is a directory"),
            "name the YAML file itself".to_owned(),
        ));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err((
            format!("catalog file is {} bytes, over the limit of {MAX_FILE_BYTES}", metadata.len()),
            "split the catalog into several files".to_owned(),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        (
            format!("cannot read catalog file {shown}: {e}"),
            "check the file's permissions".to_owned(),
        )
    })?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err((
            format!("catalog file is over the limit of {MAX_FILE_BYTES} bytes"),
            "split the catalog into several files".to_owned(),
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        (
            format!(
                "catalog file is not UTF-8 (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
            "save the file as UTF-8".to_owned(),
        )
    })
}

/// Loads and validates a catalog from its text.
pub fn load_str(source: &str, display_name: &str) -> Result<Catalog, Vec<Diagnostic>> {
    let mut cx = Diagnostics::new(display_name);
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    if source.len() as u64 > MAX_FILE_BYTES {
        cx.file_error(
            Rule::Limit,
            format!("catalog is {} bytes, over the limit of {MAX_FILE_BYTES}", source.len()),
        )
        .help("split the catalog into several files")
        .emit();
        return Err(cx.into_sorted());
    }
    cx.set_source(source);
    let root = match yaml::parse(source, LIMITS) {
        Ok(Some(root)) => root,
        Ok(None) => {
            cx.file_error(Rule::File, "the catalog file is empty")
                .help("start with `name: MyError` and a `codes:` list")
                .emit();
            return Err(cx.into_sorted());
        }
        Err(error) => {
            let rule = if error.limit { Rule::Limit } else { Rule::Syntax };
            let report = cx.error(rule, error.span, error.message);
            match error.help {
                Some(help) => report.help(help),
                None => report,
            }
            .emit();
            return Err(cx.into_sorted());
        }
    };
    let catalog = ast::read(&root, &mut cx);
    validate::validate(&catalog, &mut cx);
    if cx.is_empty() {
        Ok(Catalog::build(&catalog))
    } else {
        Err(cx.into_sorted())
    }
}
