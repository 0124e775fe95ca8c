//! gRPC codes without any gRPC library: each entry's `grpc_code()` is the
//! one its catalog declares (entry, else group, else catalog), else the one
//! of its HTTP status, in `catalog!`, the derive and the open
//! representation; the ErrorInfo domain is the catalog's `domain`.
#![deny(warnings, missing_docs)]

use errcat::{ErrorCode, GrpcCode};

mod db {
    errcat::catalog!("tests/catalogs/database.yaml");
}
mod seeds {
    errcat::catalog!("examples/catalogs/api_switch.yaml");
    errcat::catalog!("examples/catalogs/blobstore.yaml");
}
mod open {
    errcat::catalog!("tests/catalogs/representation_open.yaml");
}
mod derived {
    /// Two of the database fixture's codes, declared by hand.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ErrorCatalog)]
    #[catalog(path = "tests/catalogs/database.yaml", group = "throttle")]
    pub enum Throttle {
        /// 6000
        RateLimited,
        /// 6001
        RegionBusy,
    }
}

use db::DbError;

#[test]
fn declared_codes_win_over_the_http_status() {
    // HTTP 400 for the whole group, gRPC NOT_FOUND for it, ALREADY_EXISTS for one entry.
    assert_eq!(DbError::TableNotFound.http_status(), 400);
    assert_eq!(DbError::TableNotFound.grpc_code(), GrpcCode::NotFound);
    assert_eq!(DbError::DatabaseNotFound.grpc_code(), GrpcCode::NotFound);
    assert_eq!(DbError::TableAlreadyExists.grpc_code(), GrpcCode::AlreadyExists);
    // Two HTTP statuses, one gRPC code.
    assert_eq!((DbError::RateLimited.http_status(), DbError::RegionBusy.http_status()), (429, 503));
    assert_eq!(DbError::RateLimited.grpc_code(), GrpcCode::ResourceExhausted);
    assert_eq!(DbError::RegionBusy.grpc_code(), GrpcCode::ResourceExhausted);
    // Nothing declared: the HTTP status decides.
    assert_eq!(DbError::Unsupported.grpc_code(), GrpcCode::InvalidArgument);
    assert_eq!(DbError::UserNotFound.grpc_code(), GrpcCode::Unauthenticated);
    assert_eq!(DbError::PermissionDenied.grpc_code(), GrpcCode::PermissionDenied);
    assert_eq!(DbError::Internal.grpc_code(), GrpcCode::Internal);
    assert_eq!(ErrorCode::grpc_code(DbError::RegionBusy).number(), 8);
    assert_eq!(DbError::WIRE.grpc_domain(), "db.example.com");
}

#[test]
fn seeds_take_the_code_of_their_http_status() {
    use seeds::{ApiSwitchError, BlobstoreError};
    for e in ApiSwitchError::ALL {
        assert_eq!(e.grpc_code(), GrpcCode::from_http(e.http_status()), "{e:?}");
    }
    assert_eq!(ApiSwitchError::ServerNotFound.grpc_code(), GrpcCode::NotFound);
    assert_eq!(ApiSwitchError::TokenInvalid.grpc_code().as_str(), "UNAUTHENTICATED");
    // Status 551 and its neighbours are no standard status: INTERNAL.
    assert_eq!(BlobstoreError::AccessServiceDiscovery.grpc_code(), GrpcCode::Internal);
    // Without `domain`, the catalog's name.
    assert_eq!(ApiSwitchError::WIRE.grpc_domain(), "ApiSwitchError");
}

#[test]
fn an_unknown_code_of_an_open_catalog_travels_as_unknown() {
    let unknown = open::StoreError::from_code_lossy(999_999);
    assert!(!unknown.is_known());
    assert_eq!(unknown.grpc_code(), GrpcCode::Unknown);
}

#[test]
fn the_derive_has_the_same_codes() {
    assert_eq!(derived::Throttle::RegionBusy.grpc_code(), GrpcCode::ResourceExhausted);
    assert_eq!(derived::Throttle::WIRE.grpc_domain(), "db.example.com");
}
