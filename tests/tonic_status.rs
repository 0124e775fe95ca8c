//! Feature `tonic`: catalog errors become gRPC statuses with google.rpc
//! details, read back here with prost (a protobuf library errcat does not
//! use), and statuses become catalog errors again, or a stated `Undecoded`.
#![cfg(feature = "tonic")]

use errcat::tonic::{UndecodedReason, CUT, MAX_DETAILS_BYTES, MAX_MESSAGE_BYTES};
use errcat::{Arg, Error, IntoError};
use prost::Message;

mod storage {
    errcat::catalog!("examples/storage.yaml");
}
mod db {
    errcat::catalog!("tests/catalogs/database.yaml");
}
mod search {
    errcat::catalog!("tests/catalogs/search_api.yaml");
}
mod open {
    errcat::catalog!("tests/catalogs/representation_open.yaml");
}
mod oversized {
    errcat::catalog!("tests/catalogs/oversized_details.yaml");
}
mod long_domain {
    errcat::catalog!("tests/catalogs/oversized_domain.yaml");
}

use storage::{storage_error, StorageError};

/// google.rpc.Status and the details errcat writes, declared for prost.
#[derive(Clone, PartialEq, Message)]
struct RpcStatus {
    #[prost(int32, tag = "1")]
    code: i32,
    #[prost(string, tag = "2")]
    message: String,
    #[prost(message, repeated, tag = "3")]
    details: Vec<Any>,
}

#[derive(Clone, PartialEq, Message)]
struct Any {
    #[prost(string, tag = "1")]
    type_url: String,
    #[prost(bytes = "vec", tag = "2")]
    value: Vec<u8>,
}

#[derive(Clone, PartialEq, Message)]
struct ErrorInfo {
    #[prost(string, tag = "1")]
    reason: String,
    #[prost(string, tag = "2")]
    domain: String,
    #[prost(btree_map = "string, string", tag = "3")]
    metadata: std::collections::BTreeMap<String, String>,
}

#[derive(Clone, PartialEq, Message)]
struct LocalizedMessage {
    #[prost(string, tag = "1")]
    locale: String,
    #[prost(string, tag = "2")]
    message: String,
}

#[derive(Clone, PartialEq, Message)]
struct Help {
    #[prost(message, repeated, tag = "1")]
    links: Vec<Link>,
}

#[derive(Clone, PartialEq, Message)]
struct Link {
    #[prost(string, tag = "1")]
    description: String,
    #[prost(string, tag = "2")]
    url: String,
}

fn details(status: &tonic::Status) -> RpcStatus {
    RpcStatus::decode(status.details()).expect("google.rpc.Status")
}

fn detail<M: Message + Default>(status: &RpcStatus, name: &str) -> Option<M> {
    let url = format!("type.googleapis.com/google.rpc.{name}");
    let any = status.details.iter().find(|any| any.type_url == url)?;
    Some(M::decode(any.value.as_slice()).expect(name))
}

fn disk_not_found() -> Error<StorageError> {
    storage_error::DiskNotFound { disk_id: 7_u64, host: "node-3" }.into_error()
}

#[test]
fn a_status_carries_the_code_the_message_and_an_error_info() {
    let status = tonic::Status::from(disk_not_found());
    // HTTP 503 for the disk group: UNAVAILABLE.
    assert_eq!(status.code(), tonic::Code::Unavailable);
    assert_eq!(status.message(), "disk 7 not found on node-3");
    let rpc = details(&status);
    assert_eq!((rpc.code, rpc.message.as_str()), (14, "disk 7 not found on node-3"));
    let info: ErrorInfo = detail(&rpc, "ErrorInfo").unwrap();
    assert_eq!(info.reason, "DISK_NOT_FOUND");
    assert_eq!(info.domain, "StorageError");
    let metadata: Vec<(&str, &str)> =
        info.metadata.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(
        metadata,
        [("code", "611"), ("disk_id", "7"), ("host", "node-3"), ("retryable", "false")]
    );
    assert!(detail::<LocalizedMessage>(&rpc, "LocalizedMessage").is_none(), "the default language");
    assert!(rpc.details.iter().all(|any| !any.type_url.ends_with("RetryInfo")), "not retryable");
}

#[test]
fn another_language_adds_a_localized_message_and_retryable_errors_a_retry_info() {
    let error: Error<StorageError> =
        storage_error::DiskReadFailed { path: "/data/7", offset: 4096_u64 }.into_error();
    let status = error.to_status_in("zh");
    let rpc = details(&status);
    let localized: LocalizedMessage = detail(&rpc, "LocalizedMessage").unwrap();
    assert_eq!(
        (localized.locale.as_str(), localized.message.as_str()),
        ("zh", "无法在偏移 4096 处读取 /data/7")
    );
    // The status message stays in the default language, for developers.
    assert_eq!(status.message(), "cannot read /data/7 at offset 4096");
    assert!(rpc
        .details
        .iter()
        .any(|any| any.type_url == "type.googleapis.com/google.rpc.RetryInfo"));
    let info: ErrorInfo = detail(&rpc, "ErrorInfo").unwrap();
    assert_eq!(info.metadata["retryable"], "true");
}

#[test]
fn a_help_link_and_a_declared_grpc_code_travel_too() {
    let status = tonic::Status::from(search::SearchError::InvalidApiKey);
    assert_eq!(status.code(), tonic::Code::PermissionDenied);
    let help: Help = detail(&details(&status), "Help").unwrap();
    assert_eq!(help.links[0].url, "https://docs.meilisearch.com/errors#invalid_api_key");
    let status = tonic::Status::from(db::DbError::TableNotFound);
    assert_eq!(status.code(), tonic::Code::NotFound, "HTTP 400, gRPC NOT_FOUND as declared");
    let info: ErrorInfo = detail(&details(&status), "ErrorInfo").unwrap();
    assert_eq!((info.reason.as_str(), info.domain.as_str()), ("TABLE_NOT_FOUND", "db.example.com"));
    let rate: ErrorInfo =
        detail(&details(&tonic::Status::from(db::DbError::RateLimited)), "ErrorInfo").unwrap();
    assert_eq!(
        rate.metadata["code"], "6000",
        "the exact code beside the shared RESOURCE_EXHAUSTED"
    );
}

#[test]
fn a_status_decodes_to_the_same_error() {
    let error = disk_not_found();
    let decoded = Error::<StorageError>::from_status(&tonic::Status::from(error)).unwrap();
    assert_eq!(decoded.kind(), StorageError::DiskNotFound);
    assert_eq!(decoded.arg("disk_id"), Some(&Arg::Uint(7)));
    assert_eq!(decoded.arg("host"), Some(&Arg::Str("node-3".into())));
    assert_eq!(decoded.to_string(), disk_not_found().to_string());
    let slow: Error<StorageError> =
        storage_error::DiskSlow { latency_ms: 12.5, retries: -1_i32, degraded: true }.into_error();
    let back = Error::<StorageError>::from_status(&tonic::Status::from(slow)).unwrap();
    let args: Vec<(&str, Arg)> = back.args().map(|(n, v)| (n, v.clone())).collect();
    assert_eq!(
        args,
        [
            ("latency_ms", Arg::Float(12.5)),
            ("retries", Arg::Int(-1)),
            ("degraded", Arg::Bool(true))
        ]
    );
}

#[test]
fn retryability_is_the_senders_else_the_entrys() {
    // The sender's own answer wins over the entry's (`retryable: true` for 612).
    let error: Error<StorageError> =
        storage_error::DiskReadFailed { path: "/x", offset: 0_u64 }.into_error();
    assert!(error.is_retryable());
    let sent = tonic::Status::from(error.with_retryable(false));
    assert!(!Error::<StorageError>::from_status(&sent).unwrap().is_retryable());
    // An older peer that sends no flag: the entry's answer.
    let without_flag = status_with_info("StorageError", &[("code", "615")]);
    let decoded = Error::<StorageError>::from_status(&without_flag).unwrap();
    assert_eq!(decoded.kind(), StorageError::DiskNoSpace);
    assert!(decoded.is_retryable());
}

/// A status whose details hold one ErrorInfo with `metadata`, as another
/// implementation might send it.
fn status_with_info(domain: &str, metadata: &[(&str, &str)]) -> tonic::Status {
    let info = ErrorInfo {
        reason: "ANY".into(),
        domain: domain.into(),
        metadata: metadata.iter().map(|(k, v)| ((*k).into(), (*v).into())).collect(),
    };
    let any = Any {
        type_url: "type.googleapis.com/google.rpc.ErrorInfo".into(),
        value: info.encode_to_vec(),
    };
    let rpc = RpcStatus { code: 5, message: "m".into(), details: vec![any] };
    tonic::Status::with_details(tonic::Code::NotFound, "m", rpc.encode_to_vec().into())
}

#[test]
fn anything_else_is_undecoded_with_its_reason() {
    let decode = |status: &tonic::Status| Error::<StorageError>::from_status(status).unwrap_err();
    let plain = decode(&tonic::Status::not_found("plain"));
    assert_eq!(
        (plain.reason, plain.grpc_code, plain.message.as_str()),
        (UndecodedReason::NoErrorInfo, errcat::GrpcCode::NotFound, "plain")
    );
    let garbage =
        tonic::Status::with_details(tonic::Code::Internal, "g", vec![0xFF, 0x01, 0x02].into());
    assert_eq!(decode(&garbage).reason, UndecodedReason::CorruptDetails);
    let other = decode(&status_with_info("billing.example.com", &[("code", "611")]));
    assert_eq!(
        (other.reason, other.domain.as_deref(), other.catalog_code.as_deref()),
        (UndecodedReason::OtherDomain, Some("billing.example.com"), Some("611"))
    );
    let unknown = decode(&status_with_info("StorageError", &[("code", "999999")]));
    assert_eq!(
        (unknown.reason, unknown.catalog_code.as_deref()),
        (UndecodedReason::UnknownCode, Some("999999"))
    );
    assert_eq!(decode(&status_with_info("StorageError", &[])).reason, UndecodedReason::UnknownCode);
    assert_eq!(unknown.to_string(), "gRPC status NOT_FOUND (an unknown code): m");
    // An open catalog keeps the code it does not list.
    let kept = Error::<open::StoreError>::from_status(&status_with_info(
        "StoreError",
        &[("code", "999999")],
    ))
    .unwrap();
    assert!(!kept.kind().is_known());
    assert_eq!(kept.code(), 999_999);
    // Every prefix and every single-byte change of real details: a result, never a panic.
    let real = tonic::Status::from(disk_not_found());
    let bytes = real.details().to_vec();
    for end in 0..bytes.len() {
        let cut = tonic::Status::with_details(real.code(), "x", bytes[..end].to_vec().into());
        let _ = Error::<StorageError>::from_status(&cut);
    }
    for at in 0..bytes.len() {
        let mut changed = bytes.clone();
        changed[at] ^= 0xA5;
        let changed = tonic::Status::with_details(real.code(), "x", changed.into());
        let _ = Error::<StorageError>::from_status(&changed);
    }
}

#[test]
fn a_one_mebibyte_argument_is_cut_to_fit_the_bound() {
    let host = "h".repeat(1 << 20);
    let error: Error<StorageError> =
        storage_error::DiskNotFound { disk_id: 1_u64, host: host.as_str() }.into_error();
    let status = error.to_status_in("zh");
    assert!(status.details().len() <= MAX_DETAILS_BYTES, "{}", status.details().len());
    assert!(status.message().len() <= MAX_MESSAGE_BYTES && status.message().ends_with(CUT));
    let decoded = Error::<StorageError>::from_status(&status).unwrap();
    let Some(Arg::Str(cut)) = decoded.arg("host") else { panic!("host") };
    assert!(cut.ends_with(CUT) && cut.len() < 4096, "{}", cut.len());
    assert_eq!(decoded.arg("disk_id"), Some(&Arg::Uint(1)));
}

#[test]
fn the_language_comes_from_accept_language() {
    let mut metadata = tonic::metadata::MetadataMap::new();
    assert_eq!(errcat::tonic::language::<StorageError>(&metadata), "en");
    metadata.insert("accept-language", "zh-CN, en;q=0.5".parse().unwrap());
    assert_eq!(errcat::tonic::language::<StorageError>(&metadata), "zh");
}

#[test]
fn catalog_parts_past_the_bound_are_left_out_in_order_and_the_details_fit() {
    use errcat::ErrorCode as _;
    use oversized::OversizedError;
    // 64 argument names of 70 bytes: the metadata alone is past 4 KiB, so
    // the arguments are left out; the rest travels.
    let kind = OversizedError::ManyArgs;
    let args = kind.arg_names().iter().map(|name| (*name, Arg::Str("v".into()))).collect();
    let status = tonic::Status::from(Error::__with_args(kind, args));
    assert!(status.details().len() <= MAX_DETAILS_BYTES, "{}", status.details().len());
    let rpc = details(&status);
    let info: ErrorInfo = detail(&rpc, "ErrorInfo").unwrap();
    assert_eq!(info.metadata.keys().collect::<Vec<_>>(), ["code", "retryable"]);
    let help: Help = detail(&rpc, "Help").unwrap();
    assert_eq!(help.links[0].url, "https://errors.example.com/many-args");
    let decoded = Error::<OversizedError>::from_status(&status).unwrap();
    assert_eq!((decoded.kind(), decoded.args().count()), (kind, 0));
    // A 5 KB help link: the Help is left out.
    let status = tonic::Status::from(Error::new(OversizedError::LongLink));
    assert!(status.details().len() <= MAX_DETAILS_BYTES, "{}", status.details().len());
    let rpc = details(&status);
    assert!(detail::<Help>(&rpc, "Help").is_none());
    assert_eq!(detail::<ErrorInfo>(&rpc, "ErrorInfo").unwrap().reason, "LONG_LINK");
    // A 4.4 KB domain: only the code and the message fit.
    let status = tonic::Status::from(Error::new(long_domain::LongDomainError::Any));
    assert!(status.details().len() <= MAX_DETAILS_BYTES, "{}", status.details().len());
    let rpc = details(&status);
    // INTERNAL: the entry has no HTTP status, so 500's code.
    assert_eq!((rpc.code, rpc.message.as_str(), rpc.details.len()), (13, "any error", 0));
    assert!(Error::<long_domain::LongDomainError>::from_status(&status).is_err());
}
