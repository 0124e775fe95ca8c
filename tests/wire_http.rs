//! Feature `http`: `status_code()` is the catalog's status as an
//! `http::StatusCode` (and `From<E>` converts), including the blobstore's
//! non-standard 551-933.
#![cfg(feature = "http")]

use errcat::ErrorCode;

errcat::catalog!("examples/catalogs/blobstore.yaml");

#[test]
fn every_blobstore_status_converts() {
    let mut statuses: Vec<u16> = BlobstoreError::ALL.iter().map(|e| e.http_status()).collect();
    statuses.sort_unstable();
    assert_eq!((statuses.first(), statuses.last()), (Some(&551), Some(&933)));
    for &error in BlobstoreError::ALL {
        assert_eq!(error.status_code().as_u16(), error.http_status(), "{error:?}");
    }
    let status = BlobstoreError::VolumeNotExist.status_code();
    assert_eq!((status.as_u16(), status.canonical_reason()), (904, None));
}

#[test]
fn catalog_enums_convert_into_status_codes() {
    for &error in BlobstoreError::ALL {
        let status: http::StatusCode = error.into();
        assert_eq!(status, error.status_code());
    }
}
