//! The runtime crate cannot depend on errcat-catalog (the macro's core), so
//! it repeats a few words and defaults of the format: `Severity`'s variants
//! and spellings, the default body fields and the default languages. These
//! tests keep each the same as the format's tables.

use errcat::{ErrorCode, Severity, Wire};
use errcat_catalog::format::{self, BodyKey};

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
    let format: Vec<(String, &str)> =
        format::Severity::ALL.iter().map(|s| (s.variant_name().to_owned(), s.as_str())).collect();
    assert_eq!(runtime, format);
}

#[test]
fn grpc_codes_are_the_formats_with_the_same_numbers_and_tables() {
    let runtime: Vec<(String, &str, i32, u16)> = errcat::GrpcCode::ALL
        .iter()
        .map(|c| (format!("{c:?}"), c.as_str(), c.number(), c.http_status()))
        .collect();
    let format: Vec<(String, &str, i32, u16)> = format::GrpcCode::ALL
        .iter()
        .map(|c| (c.variant_name().to_owned(), c.as_str(), c.number(), c.canonical_http()))
        .collect();
    assert_eq!(runtime, format);
    for status in 100..=999 {
        assert_eq!(
            errcat::GrpcCode::from_http(status).as_str(),
            format::GrpcCode::from_http(status).as_str(),
            "{status}"
        );
    }
    assert_eq!(errcat::GrpcCode::from_number(5), Some(errcat::GrpcCode::NotFound));
    assert_eq!(errcat::GrpcCode::from_number(17), None);
    assert_eq!(errcat::GrpcCode::from_number(-1), None);
}

#[test]
fn the_default_wire_is_the_formats_default() {
    let wire = Wire::DEFAULT;
    assert_eq!(wire.code_field(), BodyKey::Code.default_field());
    assert_eq!(wire.message_field(), BodyKey::Message.default_field());
    assert_eq!(wire.name_field(), BodyKey::Name.default_field());
    assert_eq!(wire.group_field(), BodyKey::Group.default_field());
    assert_eq!(wire.by_name(), format::SerdeForm::DEFAULT == format::SerdeForm::Name);
    assert_eq!(wire.args_field(), BodyKey::Args.default_field());
    assert_eq!(wire.field_of(errcat::BodyMember::HelpUrl), BodyKey::HelpUrl.default_field());
    assert_eq!(wire.problem_type_base(), None);
    assert!(!wire.problem_type_from_help_url() && wire.problem_members().is_empty());
}

/// An `ErrorCode` written by hand, keeping every provided item's default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Handwritten;

impl core::fmt::Display for Handwritten {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("handwritten")
    }
}

impl ErrorCode for Handwritten {
    type Repr = i32;
    const ALL: &'static [Self] = &[Handwritten];
    fn code(self) -> i32 {
        1
    }
    fn from_code(code: i32) -> Option<Self> {
        (code == 1).then_some(Handwritten)
    }
    fn name(self) -> &'static str {
        "HANDWRITTEN"
    }
    fn message(self) -> &'static str {
        ""
    }
    fn message_in(self, _: &str) -> &'static str {
        ""
    }
    fn http_status(self) -> u16 {
        format::DEFAULT_HTTP
    }
    fn severity(self) -> Severity {
        Severity::Error
    }
    fn is_retryable(self) -> bool {
        format::DEFAULT_RETRYABLE
    }
}

#[test]
fn the_trait_defaults_are_the_formats_defaults() {
    assert_eq!(Handwritten::LANGUAGES, format::DEFAULT_LANGUAGES);
    assert_eq!(Handwritten::WIRE, Wire::DEFAULT);
    assert_eq!(Handwritten::from_name("HANDWRITTEN"), Some(Handwritten));
}
