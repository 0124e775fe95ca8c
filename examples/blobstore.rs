//! Compiles the CubeFS blobstore catalog and shows what the generated code does:
//! the codes by group, and raw codes classified by the group ranges.
//!
//! Run: `cargo run --example blobstore`

errcat::catalog!("examples/catalogs/blobstore.yaml");

fn main() {
    println!(
        "{} codes in {} groups\n",
        BlobstoreError::all().len(),
        BlobstoreErrorGroup::ALL.len()
    );
    for group in BlobstoreErrorGroup::ALL {
        let range =
            group.range().map(|r| format!("[{}, {}]", r.start(), r.end())).unwrap_or_default();
        println!("{group} {range}");
        for error in group.codes() {
            let zh = error.description_in("zh").unwrap_or_default();
            println!("  {:>4}  {:<28} {}  ({zh})", error.code(), error.name(), error);
        }
        println!();
    }

    println!("Classifying raw status codes by range:");
    for raw in [551, 652, 699, 750, 905, 1000] {
        let group =
            BlobstoreErrorGroup::of_code(raw).map_or("no group".to_owned(), |g| g.to_string());
        let known = match BlobstoreError::try_from(raw) {
            Ok(error) => format!("{error:?}: {error}"),
            Err(unknown) => unknown.to_string(),
        };
        println!("  {raw:>4} -> {group:<10} {known}");
    }
}
