//! Catalog options beyond the seeds: `discriminant: code`, `exhaustive`,
//! deprecation, Display templates, language fallback, groups without range.

mod common;

use errcat::{ErrorCode, Severity};

errcat::catalog!("tests/catalogs/features.yaml");

use FeatureError as E;
use FeatureErrorGroup as G;

#[test]
fn discriminants_are_the_codes() {
    assert_eq!(E::DiskFull as u16, 1);
    assert_eq!(E::Max as u16, 65535);
    for &e in E::ALL {
        assert_eq!(e as u16, e.code());
    }
    assert_eq!(core::mem::size_of::<E>(), 2, "#[repr(u16)]");
}

#[test]
fn exhaustive_enum_can_be_matched_without_wildcard() {
    #[allow(deprecated)]
    fn label(e: E) -> &'static str {
        match e {
            E::DiskFull | E::OldRead | E::Gone => "io",
            E::Code500 | E::Code1000 | E::Max => "misc",
        }
    }
    assert_eq!(label(E::Max), "misc");
}

#[test]
fn display_template_fills_every_placeholder() {
    assert_eq!(E::DiskFull.to_string(), "[io/1] E_DISK_FULL: disk full {ok}");
    #[allow(deprecated)]
    let gone = E::Gone;
    assert_eq!(gone.to_string(), "[io/2] E_GONE: Gone {ok}", "no message: the variant");
    assert_eq!(E::Code1000.to_string(), "[misc/1000] Code1000: nur deutsch {ok}");
    assert_eq!(format!("{:?}", E::DiskFull), "DiskFull");
}

#[test]
fn texts_fall_back_by_language() {
    assert_eq!(E::DiskFull.message_in("fr"), "disque plein");
    assert_eq!(E::DiskFull.message_in("de"), "disk full", "missing: the default language");
    assert_eq!(
        E::Code1000.message(),
        "nur deutsch",
        "default missing: the first language that has it"
    );
    assert_eq!(E::Code1000.message_in("fr"), "nur deutsch");
    assert_eq!(E::DiskFull.solution(), Some("libérez de la place"));
    assert_eq!(E::DiskFull.description_in("fr"), Some("The disk has no space left."));
    assert_eq!(E::Max.description(), None);
    assert_eq!(E::Code500.message(), "quotes \" and braces {} and */ and #[attr]");
}

#[test]
fn defaults_cascade_catalog_group_entry() {
    assert_eq!(E::DiskFull.http_status(), 503, "group default");
    assert_eq!(E::Max.http_status(), 502, "catalog default");
    #[allow(deprecated)]
    let gone = E::Gone;
    assert_eq!(gone.http_status(), 410, "entry's own");
    assert_eq!(gone.severity(), Severity::Fatal);
    assert_eq!(E::Max.severity(), Severity::Warning);
    assert!(E::DiskFull.is_retryable());
    assert!(!E::Max.is_retryable());
}

#[test]
fn groups_without_range_classify_by_membership() {
    assert_eq!(G::Misc.range(), None);
    assert_eq!(G::of_code(1000), Some(G::Misc));
    assert_eq!(G::of_code(500), Some(G::ExtraMisc));
    assert_eq!(G::of_code(1001), None, "unknown and outside every range");
    assert_eq!(G::of_code(50), Some(G::Io), "unknown but inside a range");
    assert!(G::Misc.contains(65535));
    assert!(!G::Misc.contains(500));
    assert_eq!(G::Misc.codes(), [E::Code1000, E::Max], "members not adjacent in code order");
    assert_eq!(G::ExtraMisc.codes(), [E::Code500]);
    assert_eq!(G::ALL, [G::Io, G::Misc, G::ExtraMisc]);
}

#[test]
fn success_codes_are_not_variants() {
    assert_eq!(E::from_code(0), None);
    assert_eq!(E::try_from(13), Err(errcat::UnknownCode(13)));
}

#[test]
fn trait_is_usable_generically() {
    fn describe<T: ErrorCode>(e: T) -> String {
        format!("{}|{}|{}", e.name(), e.http_status(), e.message_in("fr"))
    }
    assert_eq!(describe(E::DiskFull), "E_DISK_FULL|503|disque plein");
    assert_eq!(<E as ErrorCode>::ALL.len(), 6);
}

#[test]
fn round_trips() {
    common::assert_round_trips::<E>();
}
