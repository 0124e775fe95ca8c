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

#[test]
fn the_compile_time_fingerprint_is_the_clis_at_every_length() {
    // The facade hashes 16 bytes at a time and then the tail: every length
    // around those steps, with and without a byte-order mark, gives the
    // fingerprint the CLI writes into the expansion's header.
    let text: String = (0..100u8).map(|i| char::from(b' ' + i % 90)).collect();
    for len in 0..text.len() {
        let prefix = &text[..len];
        let expected = errcat_catalog::fingerprint::fingerprint_u64(prefix);
        assert_eq!(errcat::__private::fingerprint(prefix.as_bytes()), expected, "length {len}");
        let marked = format!("\u{feff}{prefix}");
        assert_eq!(
            errcat::__private::fingerprint(marked.as_bytes()),
            expected,
            "length {len} after a mark"
        );
    }
}
