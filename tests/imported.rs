//! The catalogs `errcat import` drafts from the test documents compile with
//! `catalog!` as they are (cli/tests/import/drafts/, kept current by the
//! CLI's tests) and hold the documents' codes and texts.

mod blobstore {
    errcat::catalog!("cli/tests/import/drafts/blobstore.yaml");
}
mod info2soft {
    errcat::catalog!("cli/tests/import/drafts/info2soft.yaml");
}
mod api_switch {
    errcat::catalog!("cli/tests/import/drafts/api_switch.yaml");
}
mod transfer_engine {
    errcat::catalog!("cli/tests/import/drafts/transfer_engine.yaml");
}
mod store {
    errcat::catalog!("cli/tests/import/drafts/store.yaml");
}
mod linux_errno {
    errcat::catalog!("cli/tests/import/drafts/linux_errno.yaml");
}
mod mooncake_types {
    errcat::catalog!("cli/tests/import/drafts/mooncake_types.yaml");
}
mod etcd {
    errcat::catalog!("cli/tests/import/drafts/etcd.yaml");
}

#[test]
fn every_draft_compiles_with_its_codes() {
    let counts = [
        blobstore::BlobstoreError::ALL.len(),
        info2soft::Info2softError::ALL.len(),
        api_switch::ApiSwitchError::ALL.len(),
        transfer_engine::TransferEngineError::ALL.len(),
        store::StoreError::ALL.len(),
        linux_errno::Errno::ALL.len(),
        mooncake_types::ErrorCode::ALL.len(),
        etcd::EtcdError::ALL.len(),
    ];
    assert_eq!(counts, [79, 240, 103, 17, 32, 131, 71, 32]);
}

#[test]
fn drafts_carry_the_documents_texts_and_the_joined_ones() {
    use blobstore::BlobstoreError;
    let limited = BlobstoreError::from_code(552).unwrap();
    assert_eq!((limited.name(), limited.message()), ("CodeAccessLimited", "access limited"));
    assert_eq!(limited.description_in("zh"), Some("服务接口达到链接数限制"));
    // Chinese from the Markdown page, English from the pasted one, the number from error.h.
    let dns = transfer_engine::TransferEngineError::from_code(-101).unwrap();
    assert_eq!(dns.name(), "ERR_DNS");
    assert!(dns.message_in("zh").starts_with("用户输入的 local server name"));
    assert!(dns.message_in("en").starts_with("Local server name is not a valid DNS hostname"));
    assert_eq!(linux_errno::Errno::from_code(2).unwrap().message(), "No such file or directory");
    assert_eq!(api_switch::ApiSwitchError::from_code(10001).unwrap().message(), "参数不合法");
}
