//! Errors that carry their occurrence: a file read fails, and the error
//! says which file and offset (the entry's `args`), keeps the `io::Error`
//! behind it as its source, and renders its message in every language of
//! the catalog (`examples/storage.yaml`).
//!
//! Run: `cargo run --example context [-- PATH]` (a path that does not exist
//! by default, so that the read fails).

use errcat::{ErrorCode, ResultExt};

errcat::catalog!("examples/storage.yaml");

/// Reads `path` from `offset` on, as a storage node would.
pub fn read_block(path: &str, offset: u64) -> Result<Vec<u8>, errcat::Error<StorageError>> {
    let data = std::fs::read(path).context(storage_error::DiskReadFailed { path, offset })?;
    Ok(data.into_iter().skip(usize::try_from(offset).unwrap_or(usize::MAX)).collect())
}

// tests/args.rs includes this file as a module and calls `read_block` itself.
#[cfg_attr(test, allow(dead_code))]
fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "/nonexistent/errcat/disk-7".to_owned());
    let error = match read_block(&path, 4096) {
        Ok(block) => {
            println!("read {} bytes of {path} after offset 4096", block.len());
            return;
        }
        Err(error) => error,
    };
    println!("error: {error}");
    let mut cause = std::error::Error::source(&error);
    while let Some(source) = cause {
        println!("  caused by: {source}");
        cause = source.source();
    }
    for language in StorageError::LANGUAGES {
        println!("  {language}: {}", error.message_in(language));
    }
    let arguments: Vec<String> =
        error.args().map(|(name, value)| format!("{name}={value}")).collect();
    let kind = error.kind();
    println!(
        "  code {}, {}, HTTP {}, retryable: {}, arguments: {}",
        error.code(),
        kind.name(),
        kind.http_status(),
        kind.is_retryable(),
        arguments.join(", ")
    );
}
