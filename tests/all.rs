//! `ALL` and `all()`: the same entries in ascending code order, for an enum
//! catalog and an open one (tests/derive.rs has the derived enum); both usable
//! in constants; and `ErrorCode::all()` for generic code.

use errcat::ErrorCode;

mod enum_catalog {
    errcat::catalog!("examples/catalogs/blobstore.yaml");
}
mod open_catalog {
    errcat::catalog!("tests/catalogs/representation_open.yaml");
}

use enum_catalog::{BlobstoreError, BlobstoreErrorGroup};
use open_catalog::StoreError;

/// `all()` is `ALL`, through the inherent items and through the trait, in
/// ascending code order.
fn assert_all<E: ErrorCode>(inherent_all: &'static [E], inherent_const: &'static [E])
where
    E::Repr: PartialOrd + core::fmt::Debug,
{
    assert_eq!(inherent_all, inherent_const);
    assert_eq!(E::all(), inherent_all);
    assert_eq!(E::ALL, inherent_all);
    assert!(!inherent_all.is_empty());
    assert!(inherent_all.windows(2).all(|w| w[0].code() < w[1].code()), "ascending codes");
    for &entry in inherent_all {
        assert_eq!(E::from_code(entry.code()), Some(entry));
    }
}

#[test]
fn an_enum_catalog_returns_its_entries_from_one_static() {
    assert_all(BlobstoreError::all(), BlobstoreError::ALL);
    assert!(
        core::ptr::eq(BlobstoreError::all(), BlobstoreError::all()),
        "one slice, not a copy per call"
    );
    assert!(
        core::ptr::eq(BlobstoreError::all(), BlobstoreError::ALL),
        "ALL refers to the same static"
    );
}

#[test]
fn group_entries_are_slices_of_all() {
    let mut total = 0;
    for &group in BlobstoreErrorGroup::ALL {
        let codes = group.codes();
        assert!(codes.iter().all(|e| e.group() == group && BlobstoreError::all().contains(e)));
        total += codes.len();
    }
    assert_eq!(total, BlobstoreError::all().len());
}

#[test]
fn an_open_catalog_has_all_too() {
    assert_all(StoreError::all(), StoreError::ALL);
}

/// Both are `const`: a crate may read them, and look an entry up, at
/// compile time (paying rustc's check of the list there).
const COUNT: usize = BlobstoreError::ALL.len();
const FIRST: BlobstoreError = BlobstoreError::all()[0];
const LOOKED_UP: Option<BlobstoreError> = BlobstoreError::from_code(600);

#[test]
fn both_work_in_constants() {
    assert_eq!(COUNT, BlobstoreError::all().len());
    assert_eq!(FIRST, BlobstoreError::all()[0]);
    assert_eq!(LOOKED_UP.map(BlobstoreError::code), Some(600));
}
