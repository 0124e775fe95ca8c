//! A checked-in expansion (what `errcat expand` writes, for crates that do
//! not run the macro) compiles while its catalog is unchanged: the
//! fingerprint it asserts at compile time is the catalog's. The stale case,
//! a catalog edited after its expansion, is `tests/ui/stale_expansion.rs`.

// clippy's default lints pass on the expansion; five pedantic ones do not
// (clippy skips the macro's output, but not an included file).
#[allow(dead_code, clippy::pedantic)]
mod storage {
    include!("../cli/tests/expanded/storage.rs");
}

#[test]
fn the_checked_in_expansion_is_the_catalog() {
    assert_eq!(storage::StorageError::DiskNotFound.code(), 611);
    assert_eq!(
        errcat::__private::fingerprint(include_bytes!("../examples/storage.yaml")),
        errcat::__private::fingerprint(
            "\u{feff}"
                .as_bytes()
                .iter()
                .chain(include_bytes!("../examples/storage.yaml"))
                .copied()
                .collect::<Vec<u8>>()
                .as_slice()
        ),
        "a byte-order mark does not change the fingerprint"
    );
}
