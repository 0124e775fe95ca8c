//! Arbitrary bytes through load → validate → model → generate: nothing may
//! panic (rendering the diagnostics included), and whenever a catalog is
//! accepted its expansion (context selectors of entries with arguments
//! included) must parse as Rust, its Markdown reference must render, and it
//! must not differ from itself.

#![no_main]

use errcat_catalog::generate::{self, Tracking};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else { return };
    let catalog = match errcat_catalog::load_str(source, "fuzz.yaml") {
        Ok(catalog) => catalog,
        Err(diagnostics) => {
            // Rendering (snippets, carets, windows) must be total too.
            for diagnostic in diagnostics {
                assert!(!diagnostic.to_string().is_empty());
            }
            return;
        }
    };
    let expansion = generate::catalog(&catalog, Tracking::ManifestRelative("fuzz.yaml")).to_string();
    if let Err(error) = syn::parse_file(&expansion) {
        panic!("accepted catalog expands to invalid Rust: {error}\n{source}\n{expansion}");
    }
    for language in 0..catalog.languages().len() {
        assert!(!errcat_catalog::docs::markdown(&catalog, language).is_empty());
    }
    assert_eq!(errcat_catalog::diff::diff(&catalog, &catalog), []);
});
