//! `representation: open` is a drop-in for the enum: the same user code
//! (naming entries, matching them with a `_` arm, calling every method and
//! trait) compiles and behaves the same against a catalog in either
//! representation; the open one also keeps codes it does not list.
#![allow(deprecated)]

use errcat::ErrorCode;

/// User code written once, compiled against both catalogs.
macro_rules! user_code {
    () => {
        pub fn kind(error: StoreError) -> &'static str {
            match error {
                StoreError::DiskNotFound => "missing",
                StoreError::DiskSlow => "slow",
                _ => "other",
            }
        }

        pub fn every_method() -> Vec<String> {
            let mut seen = Vec::new();
            for &e in StoreError::ALL {
                seen.push(format!(
                    "{} {} {:?} {} {} {} {:?} {:?} {} {:?} {} {} {} {}",
                    e.code(),
                    e.name(),
                    e,
                    e,
                    e.message(),
                    e.message_in("zh"),
                    e.description(),
                    e.solution_in("zh"),
                    e.http_status(),
                    e.severity(),
                    e.is_retryable(),
                    e.group().name(),
                    kind(e),
                    i32::from(e),
                ));
                assert_eq!(StoreError::from_code(e.code()), Some(e));
                assert_eq!(StoreError::from_name(e.name()), Some(e));
                assert_eq!(e.name().parse::<StoreError>().ok(), Some(e));
                assert_eq!(StoreError::try_from(e.code()).ok(), Some(e));
                assert_eq!(<StoreError as errcat::ErrorCode>::code(e), e.code());
                assert!(e.group().contains(e.code()));
            }
            assert_eq!(StoreError::from_code(613), None);
            assert!(StoreError::try_from(613).is_err());
            assert_eq!(StoreErrorGroup::of_code(650), Some(StoreErrorGroup::Disk));
            seen.push(errcat::Error::from(store_error::DiskSlow { ms: 40 }).to_string());
            seen
        }
    };
}

mod as_enum {
    errcat::catalog!("tests/catalogs/representation_enum.yaml");
    user_code!();
}

mod as_open {
    errcat::catalog!("tests/catalogs/representation_open.yaml");
    user_code!();
}

#[test]
fn the_same_code_compiles_and_behaves_the_same() {
    let (closed, open) = (as_enum::every_method(), as_open::every_method());
    assert_eq!(closed, open);
    assert_eq!(open[0], "611 DISK_NOT_FOUND DiskNotFound [611] disk not found disk not found 磁盘不存在 None None 404 Error false disk missing 611");
    assert_eq!(open[3], "[612] slow: 40 ms");
}

#[test]
fn an_open_catalog_keeps_codes_it_does_not_list() {
    use as_open::{StoreError, StoreErrorGroup};
    let newer = StoreError::from_code_lossy(650);
    assert!(!newer.is_known() && !ErrorCode::is_known(newer));
    assert_eq!(newer.code(), 650);
    assert_eq!(newer.to_string(), "unknown code 650");
    assert_eq!(format!("{newer:?}"), "StoreError(650)");
    assert_eq!((newer.name(), newer.message(), newer.http_status()), ("", "", 500));
    assert_eq!(newer.group(), StoreErrorGroup::Disk, "by range");
    assert_eq!(
        StoreError::from_code_lossy(5).group(),
        StoreErrorGroup::Disk,
        "no range holds 5: the first group"
    );
    assert_eq!(StoreErrorGroup::of_code(5), None);
    assert!(StoreError::from_code_lossy(611).is_known());
    assert_eq!(StoreError::from_code_lossy(611), StoreError::DiskNotFound);
    assert_ne!(newer, StoreError::DiskNotFound);
    assert!(StoreError::DiskNotFound < newer && newer < StoreError::VolumeGone, "ordered by code");
    assert_eq!(<StoreError as ErrorCode>::from_wire_code(650), Some(newer));
    assert_eq!(<as_enum::StoreError as ErrorCode>::from_wire_code(650), None);
}

#[cfg(feature = "serde")]
#[test]
fn an_unknown_code_survives_a_round_trip() {
    let newer: as_open::StoreError = serde_json::from_str("650").unwrap();
    assert_eq!(serde_json::to_string(&newer).unwrap(), "650");
    assert!(serde_json::from_str::<as_enum::StoreError>("650").is_err());
}
