//! `#[derive(ErrorCatalog)]`: you declare the enum (your docs, your derives,
//! a subset of the catalog), the catalog supplies the facts, and the build
//! fails if the two drift apart.
//!
//! Run: `cargo run --example derive`

/// What the access service of our blobstore client can report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, errcat::ErrorCatalog)]
#[catalog(path = "examples/catalogs/blobstore.yaml", group = "access")]
pub enum AccessError {
    /// No access node could be discovered through consul.
    AccessServiceDiscovery = 551,
    /// Too many connections: back off and retry.
    AccessLimited = 552,
    /// The object is larger than the service accepts.
    #[catalog(name = "CodeAccessExceedSize")]
    TooLarge = 553,
}

fn main() {
    for error in AccessError::all() {
        println!(
            "{:>4}  {:<24} {:<28} HTTP {}  ({})",
            error.code(),
            format!("{error:?}"),
            error.name(),
            error.http_status(),
            error,
        );
    }
    let raw = 552;
    match AccessError::try_from(raw) {
        Ok(error) => {
            println!("\n{raw} is {error:?}: {}", error.description_in("zh").unwrap_or_default())
        }
        Err(unknown) => println!("\n{unknown}"),
    }
}
