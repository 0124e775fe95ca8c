//! The runtime crate cannot depend on errcat-catalog (the macro's core), so
//! its `Severity` repeats the format's keywords: this test keeps the two the
//! same, variant by variant and word by word.

use errcat::Severity;

#[test]
fn severity_is_spelt_as_the_catalog_format_spells_it() {
    let runtime = [Severity::Info, Severity::Warning, Severity::Error, Severity::Fatal];
    // A variant added to the runtime type without a place above stops this compiling.
    for severity in runtime {
        match severity {
            Severity::Info | Severity::Warning | Severity::Error | Severity::Fatal => {}
        }
    }
    let runtime: Vec<(String, &str)> =
        runtime.iter().map(|s| (format!("{s:?}"), s.as_str())).collect();
    let format: Vec<(String, &str)> = errcat_catalog::format::Severity::ALL
        .iter()
        .map(|s| (s.variant_name().to_owned(), s.as_str()))
        .collect();
    assert_eq!(runtime, format);
}
