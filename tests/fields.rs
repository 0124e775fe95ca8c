//! Declared fields and help links through `catalog!`, the derive and the
//! open representation: the typed accessors, the generated enum of an
//! `enum` field, the generic `ErrorCode::FIELDS`/`field`, and the error
//! bodies that carry them (the search API fixture's
//! `{message, code, type, link}` byte for byte).
#![deny(warnings, missing_docs)]

use errcat::{ErrorCode, FieldType, FieldValue};

mod db {
    errcat::catalog!("tests/catalogs/database.yaml");
}
mod search {
    errcat::catalog!("tests/catalogs/search_api.yaml");
}
mod open_db {
    errcat::catalog!("tests/catalogs/fields_open.yaml");
}
mod derived {
    /// The database fixture's codes, declared by hand.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ErrorCatalog)]
    #[catalog(path = "tests/catalogs/database.yaml")]
    pub enum DbError {
        /// 1000
        Unknown,
        /// 1001
        Unsupported,
        /// 1003
        Internal,
        /// 1004
        InvalidArguments,
        /// 1005
        Cancelled,
        /// 2000
        InvalidSyntax,
        /// 3000
        PlanQuery,
        /// 4000
        TableAlreadyExists,
        /// 4001
        TableNotFound,
        /// 4002
        TableColumnNotFound,
        /// 4004
        DatabaseNotFound,
        /// 6000
        RateLimited,
        /// 6001
        RegionBusy,
        /// 7000
        UserNotFound,
        /// 7002
        UserPasswordMismatch,
        /// 7006
        PermissionDenied,
    }
}

use db::DbError;
use search::{SearchError, SearchErrorKind};

#[test]
fn accessors_return_each_entrys_value_with_group_and_default_fallbacks() {
    // Set on the entry.
    assert_eq!(DbError::TableNotFound.sqlstate(), "42P01");
    assert_eq!(DbError::TableNotFound.mysql_error(), "ER_NO_SUCH_TABLE");
    // The declaration's default.
    assert_eq!(DbError::Unknown.sqlstate(), "XX000");
    assert!(!DbError::TableNotFound.logged());
    // The group's value.
    assert!(DbError::Unknown.logged());
    assert_eq!(DbError::Unknown.mysql_error(), "ER_INTERNAL_ERROR");
    assert_eq!(DbError::UserNotFound.sqlstate(), "28000");
    // The entry overrides its group.
    assert_eq!(DbError::UserPasswordMismatch.sqlstate(), "28P01");
    assert!(!DbError::Unsupported.logged());
    // Optional fields: `Option`.
    assert_eq!(DbError::Internal.priority(), Some(9));
    assert_eq!(DbError::TableNotFound.priority(), None);
    assert_eq!(DbError::TableNotFound.workaround(), Some("Run SHOW TABLES to list the tables."));
    assert_eq!(DbError::DatabaseNotFound.workaround(), None);
    // No help links in this catalog.
    assert!(DbError::ALL.iter().all(|e| e.help_url().is_none()));
}

#[test]
fn enum_fields_have_their_own_type() {
    assert_eq!(SearchError::IndexNotFound.kind(), SearchErrorKind::InvalidRequest);
    assert_eq!(SearchError::Internal.kind(), SearchErrorKind::Internal);
    assert_eq!(SearchError::InvalidApiKey.kind(), SearchErrorKind::Auth);
    assert_eq!(
        SearchErrorKind::ALL,
        [
            SearchErrorKind::InvalidRequest,
            SearchErrorKind::Internal,
            SearchErrorKind::Auth,
            SearchErrorKind::System
        ]
    );
    assert_eq!(SearchErrorKind::System.as_str(), "system");
    assert_eq!(SearchErrorKind::InvalidRequest.to_string(), "invalid_request");
    assert_eq!("auth".parse::<SearchErrorKind>(), Ok(SearchErrorKind::Auth));
    assert_eq!("Auth".parse::<SearchErrorKind>().unwrap_err().name(), "Auth");
}

#[test]
fn help_links_are_rendered_per_entry() {
    assert_eq!(
        SearchError::IndexNotFound.help_url(),
        Some("https://docs.meilisearch.com/errors#index_not_found")
    );
    assert_eq!(
        ErrorCode::help_url(SearchError::TooManyOpenFiles),
        Some("https://docs.meilisearch.com/errors#too_many_open_files")
    );
}

#[test]
fn generic_access_lists_and_reads_fields_by_name() {
    let names: Vec<(&str, FieldType, bool)> =
        DbError::FIELDS.iter().map(|f| (f.name(), f.ty(), f.is_optional())).collect();
    assert_eq!(
        names,
        [
            ("sqlstate", FieldType::Str, false),
            ("mysql_error", FieldType::Str, false),
            ("logged", FieldType::Bool, false),
            ("priority", FieldType::Int, true),
            ("workaround", FieldType::Str, true),
        ]
    );
    let e = DbError::TableNotFound;
    assert_eq!(e.field("sqlstate"), Some(FieldValue::Str("42P01")));
    assert_eq!(e.field("logged"), Some(FieldValue::Bool(false)));
    assert_eq!(e.field("priority"), None);
    assert_eq!(DbError::Internal.field("priority"), Some(FieldValue::Int(9)));
    assert_eq!(e.field("nope"), None);
    assert_eq!(
        SearchError::FIELDS[0].ty(),
        FieldType::Enum(&["invalid_request", "internal", "auth", "system"])
    );
    assert_eq!(
        SearchError::DocumentNotFound.field("kind"),
        Some(FieldValue::Enum("invalid_request"))
    );
    assert_eq!(FieldValue::Int(9).to_string(), "9");
}

#[test]
fn the_derive_generates_the_same_accessors() {
    use derived::DbError as Derived;
    for (generated, derived) in DbError::ALL.iter().zip(Derived::ALL) {
        assert_eq!(generated.sqlstate(), derived.sqlstate());
        assert_eq!(generated.mysql_error(), derived.mysql_error());
        assert_eq!(generated.logged(), derived.logged());
        assert_eq!(generated.priority(), derived.priority());
        assert_eq!(generated.workaround(), derived.workaround());
        assert_eq!(generated.field("sqlstate"), derived.field("sqlstate"));
    }
    assert_eq!(Derived::FIELDS, DbError::FIELDS);
}

#[test]
fn an_open_catalog_gives_unknown_codes_the_defaults() {
    use open_db::OpenDbError;
    let known = OpenDbError::TableNotFound;
    assert_eq!(known.sqlstate(), "42P01");
    assert_eq!(known.logged(), Some(true));
    assert_eq!(known.help_url(), Some("https://docs.example.com/db/errors/4001"));
    let unknown = OpenDbError::from_code_lossy(4999);
    assert_eq!(unknown.sqlstate(), "XX000");
    // `required` without a default: an unknown code has no value.
    assert_eq!(unknown.logged(), None);
    assert_eq!(unknown.help_url(), None);
    assert_eq!(unknown.field("sqlstate"), Some(FieldValue::Str("XX000")));
    assert!(OpenDbError::FIELDS[1].is_optional());
}

#[cfg(feature = "serde")]
#[test]
fn bodies_carry_fields_and_links_in_the_catalogs_order() {
    use errcat::{ErrorBody, IntoError, Problem};
    let error: errcat::Error<SearchError> =
        search::search_error::IndexNotFound { index_uid: "movies" }.into_error();
    let body = serde_json::to_string(&ErrorBody::from(error)).unwrap();
    assert_eq!(
        body,
        r#"{"message":"Index `movies` not found.","code":"index_not_found","type":"invalid_request","link":"https://docs.meilisearch.com/errors#index_not_found"}"#
    );
    let problem = serde_json::to_string(&Problem::new(SearchError::InvalidApiKey)).unwrap();
    assert_eq!(
        problem,
        r#"{"type":"https://docs.meilisearch.com/errors#invalid_api_key","title":"The provided API key is invalid.","status":403,"code":6,"kind":"auth"}"#
    );
    // A catalog without `body` keeps the default body.
    let body = serde_json::to_string(&ErrorBody::new(DbError::TableNotFound)).unwrap();
    assert_eq!(body, r#"{"code":4001,"message":"The table does not exist."}"#);
}

mod derived_search {
    /// The search API fixture's codes, declared by hand.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ErrorCatalog)]
    #[catalog(path = "tests/catalogs/search_api.yaml")]
    pub enum SearchError {
        /// 1
        IndexNotFound,
        /// 2
        IndexAlreadyExists,
        /// 3
        DocumentNotFound,
        /// 4
        InvalidSearchQ,
        /// 5
        MissingAuthorizationHeader,
        /// 6
        InvalidApiKey,
        /// 7
        Internal,
        /// 8
        NoSpaceLeftOnDevice,
        /// 9
        TooManyOpenFiles,
    }
}

#[test]
fn the_derive_gets_enum_fields_and_links_too() {
    use derived_search::{SearchError as Derived, SearchErrorKind as DerivedKind};
    assert_eq!(Derived::InvalidApiKey.kind(), DerivedKind::Auth);
    assert_eq!(Derived::Internal.kind().as_str(), SearchError::Internal.kind().as_str());
    for (generated, derived) in SearchError::ALL.iter().zip(Derived::ALL) {
        assert_eq!(generated.help_url(), derived.help_url());
        assert_eq!(generated.field("kind"), derived.field("kind"));
    }
}
