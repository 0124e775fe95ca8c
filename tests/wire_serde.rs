//! Feature `serde`: every seed catalog round-trips through JSON by code, a
//! `serde: name` catalog by name, and the error bodies have the documented
//! shapes byte for byte.
#![cfg(feature = "serde")]

use errcat::{ErrorBody, ErrorCode, Problem};
use serde::de::DeserializeOwned;
use serde::Serialize;

mod seeds {
    errcat::catalog!("examples/catalogs/api_switch.yaml");
    errcat::catalog!("examples/catalogs/blobstore.yaml");
    errcat::catalog!("examples/catalogs/info2soft.yaml");
    errcat::catalog!("examples/catalogs/mooncake_store.yaml");
    errcat::catalog!("examples/catalogs/mooncake_transfer_engine.yaml");
}
mod wire {
    errcat::catalog!("tests/catalogs/wire.yaml");
}
mod own {
    errcat::catalog!("tests/catalogs/own_serde.yaml");

    // Allowed because the catalog says `serde: none`: no impl from errcat to clash with.
    impl serde::Serialize for OwnSerdeError {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(&format!("E{}", self.code()))
        }
    }
}

use seeds::ApiSwitchError;
use wire::WireError;

fn round_trips_by_code<E>()
where
    E: ErrorCode + Serialize + DeserializeOwned,
    E::Repr: ToString,
{
    for &error in E::ALL {
        let json = serde_json::to_string(&error).unwrap();
        assert_eq!(json, error.code().to_string());
        assert_eq!(serde_json::from_str::<E>(&json).unwrap(), error);
    }
}

#[test]
fn every_seed_catalog_round_trips_by_code() {
    round_trips_by_code::<seeds::ApiSwitchError>();
    round_trips_by_code::<seeds::BlobstoreError>();
    round_trips_by_code::<seeds::Info2softError>();
    round_trips_by_code::<seeds::StoreError>();
    round_trips_by_code::<seeds::TransferEngineError>();
}

#[test]
fn unknown_codes_and_wrong_types_are_errors() {
    let error = serde_json::from_str::<ApiSwitchError>("10000").unwrap_err();
    assert_eq!(error.to_string(), "unknown error code 10000");
    assert!(serde_json::from_str::<ApiSwitchError>("\"ILLEGAL_PARAMETER\"").is_err());
    assert!(serde_json::from_str::<seeds::TransferEngineError>("-1").is_ok());
}

#[test]
fn a_name_catalog_round_trips_by_name() {
    for &error in WireError::ALL {
        let json = serde_json::to_string(&error).unwrap();
        assert_eq!(json, format!("\"{}\"", error.name()));
        assert_eq!(serde_json::from_str::<WireError>(&json).unwrap(), error);
    }
    let error = serde_json::from_str::<WireError>("\"TOKEN_GONE\"").unwrap_err();
    assert_eq!(error.to_string(), "unknown error name \"TOKEN_GONE\" at line 1 column 12");
    assert!(serde_json::from_str::<WireError>("101").is_err());
}

#[test]
fn api_switch_body_is_the_documented_shape() {
    let body = serde_json::to_string(&ErrorBody::new(ApiSwitchError::IllegalParameter)).unwrap();
    assert_eq!(body, r#"{"Code":10001,"Message":"参数不合法"}"#);
    // VOLUME_NOT_FOUND has no text in the document: the message is empty, not made up.
    let body = serde_json::to_string(&ErrorBody::new(ApiSwitchError::VolumeNotFound)).unwrap();
    assert_eq!(body, r#"{"Code":10608,"Message":""}"#);
}

#[test]
fn bodies_carry_name_and_group_when_the_catalog_asks() {
    let body = ErrorBody::new(WireError::TokenExpired);
    assert_eq!(
        serde_json::to_string(&body).unwrap(),
        r#"{"errorCode":101,"errorMessage":"the token has expired","errorName":"TOKEN_EXPIRED","errorGroup":"auth"}"#
    );
    let zh = serde_json::to_string(&body.clone().in_language("zh")).unwrap();
    assert_eq!(
        zh,
        r#"{"errorCode":101,"errorMessage":"令牌已过期","errorName":"TOKEN_EXPIRED","errorGroup":"auth"}"#
    );
    assert_eq!(body.in_language("fr").language(), "en");
    let default = serde_json::to_string(&ErrorBody::new(seeds::BlobstoreError::VolumeNotExist));
    assert_eq!(default.unwrap(), r#"{"code":904,"message":"volume not exist"}"#);
}

#[test]
fn problems_follow_rfc_9457() {
    let problem = Problem::new(WireError::TokenExpired).with_instance("/sessions/7");
    assert_eq!(
        serde_json::to_string(&problem).unwrap(),
        r#"{"type":"https://errors.example.com/wire/101","title":"the token has expired","status":401,"detail":"Sign in again to get a new token.","instance":"/sessions/7","code":101}"#
    );
    let zh = Problem::new(WireError::DiskFull).in_language("zh");
    assert_eq!(
        serde_json::to_string(&zh).unwrap(),
        r#"{"type":"https://errors.example.com/wire/200","title":"磁盘已满","status":503,"detail":"清理磁盘后重试。","code":200}"#
    );
    // No message: the title is the name. Text is escaped, never spliced.
    let missing = serde_json::to_string(&Problem::new(WireError::TokenMissing)).unwrap();
    assert_eq!(
        missing,
        r#"{"type":"https://errors.example.com/wire/102","title":"TOKEN_MISSING","status":400,"code":102}"#
    );
    let quoted = serde_json::to_string(&Problem::new(WireError::DiskFull)).unwrap();
    assert!(quoted.contains(r#""title":"disk \"full\"""#), "{quoted}");
    // A catalog without `problem.type_base` leaves `type` out (RFC 9457: about:blank).
    let blob = serde_json::to_string(&Problem::new(seeds::BlobstoreError::VolumeNotExist));
    assert!(blob.unwrap().starts_with(r#"{"title":"volume not exist","status":"#));
}

#[test]
fn serde_none_leaves_the_impls_to_the_crate() {
    assert_eq!(serde_json::to_string(&own::OwnSerdeError::Seven).unwrap(), r#""E7""#);
    // The bodies still work: they serialize the code, not the enum.
    let body = serde_json::to_string(&ErrorBody::new(own::OwnSerdeError::Seven)).unwrap();
    assert_eq!(body, r#"{"code":7,"message":"seven"}"#);
}

mod storage {
    errcat::catalog!("examples/storage.yaml");
}

#[test]
fn an_error_with_arguments_is_rendered_and_its_arguments_sent() {
    use storage::{storage_error, StorageError};
    let error = || -> errcat::Error<StorageError> {
        storage_error::DiskNotFound { disk_id: 7, host: "node-3" }.into()
    };
    let with_source = || error().with_source(std::io::Error::other("secret cause"));
    let body = ErrorBody::from(with_source());
    assert_eq!(
        serde_json::to_string(&body).unwrap(),
        r#"{"code":611,"message":"disk 7 not found on node-3","args":{"disk_id":7,"host":"node-3"}}"#
    );
    assert_eq!(
        serde_json::to_string(&body.in_language("zh")).unwrap(),
        r#"{"code":611,"message":"主机 node-3 上的磁盘 7 不存在","args":{"disk_id":7,"host":"node-3"}}"#
    );
    let problem = Problem::from(with_source()).with_instance("/disks/7");
    assert_eq!(
        serde_json::to_string(&problem).unwrap(),
        r#"{"type":"https://errors.example.com/storage/611","title":"disk {disk_id} not found on {host}","status":503,"detail":"disk 7 not found on node-3","instance":"/disks/7","code":611,"disk_id":7,"host":"node-3"}"#
    );
    // The title is the same for every occurrence; the detail is this one's.
    let other: errcat::Error<StorageError> =
        storage_error::DiskNotFound { disk_id: 8, host: "node-4" }.into();
    assert_eq!(Problem::from(other).title(), problem.title());
    let slow: errcat::Error<StorageError> =
        storage_error::DiskSlow { latency_ms: 0.5, retries: -2, degraded: true }.into();
    let json = serde_json::to_string(&ErrorBody::from(slow)).unwrap();
    assert!(json.ends_with(r#""args":{"latency_ms":0.5,"retries":-2,"degraded":true}}"#), "{json}");
    // Without arguments: an empty object, and the problem keeps its description.
    let plain = ErrorBody::from(errcat::Error::new(StorageError::DiskNoSpace));
    assert!(serde_json::to_string(&plain).unwrap().ends_with(r#""args":{}}"#));
    let described = serde_json::to_string(&Problem::new(StorageError::DiskNotFound)).unwrap();
    assert!(described.contains(r#""detail":"{host} has no disk {disk_id}"#), "{described}");
}
