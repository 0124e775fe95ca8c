//! Errors that carry their occurrence: context selectors, `errcat::Error`,
//! rendering in every language, the source chain (`examples/storage.yaml`).

use errcat::{Arg, Error, ErrorCode, IntoError, ResultExt};

errcat::catalog!("examples/storage.yaml");

fn find_disk(disk_id: u64, host: &str) -> Result<(), Error<StorageError>> {
    Err(storage_error::DiskNotFound { disk_id, host })?
}

#[test]
fn a_selector_becomes_an_error_with_its_arguments() {
    let error = find_disk(7, "node-3").unwrap_err();
    assert_eq!(error.kind(), StorageError::DiskNotFound);
    assert_eq!(error.code(), 611);
    assert_eq!(error.arg("disk_id"), Some(&Arg::Uint(7)));
    assert_eq!(error.arg("host"), Some(&Arg::Str("node-3".to_owned())));
    assert_eq!(error.arg("nope"), None);
    let args: Vec<(&str, String)> = error.args().map(|(n, v)| (n, v.to_string())).collect();
    assert_eq!(args, [("disk_id", "7".to_owned()), ("host", "node-3".to_owned())]);
    assert_eq!(error.to_string(), "[611] disk 7 not found on node-3");
    assert_eq!(error.message_in("en"), "disk 7 not found on node-3");
    assert_eq!(error.message_in("zh"), "主机 node-3 上的磁盘 7 不存在");
    assert_eq!(error.message_in("fr"), "disk 7 not found on node-3", "default language");
    assert_eq!(
        error.description_in("zh").as_deref(),
        Some("node-3 上没有磁盘 7：已被移除或从未挂载。")
    );
}

#[test]
fn text_arguments_take_str_and_string_and_every_type_renders() {
    let owned = String::from("/data/7");
    let read: Error<StorageError> =
        storage_error::DiskReadFailed { path: owned, offset: 4096 }.into();
    assert_eq!(read.message_in("zh"), "无法在偏移 4096 处读取 /data/7");
    let slow: Error<StorageError> =
        storage_error::DiskSlow { latency_ms: 12.5, retries: -1, degraded: true }.into();
    assert_eq!(
        slow.to_string(),
        "[613] disk answered in 12.5 ms after -1 retries (degraded: true)"
    );
    assert_eq!(slow.arg("retries"), Some(&Arg::Int(-1)));
    assert_eq!(slow.arg("latency_ms"), Some(&Arg::Float(12.5)));
    let volume = storage_error::VolumeNotExist { vid: 42 }.into_error();
    assert_eq!(volume.kind().http_status(), 404);
    assert_eq!(volume.to_string(), "[904] volume 42 does not exist");
}

#[test]
fn fail_returns_err_and_context_keeps_the_source() {
    let failed: Result<u8, _> = storage_error::VolumeNotExist { vid: 1 }.fail();
    assert_eq!(failed.unwrap_err().to_string(), "[904] volume 1 does not exist");

    let opened = std::fs::File::open("/nonexistent/errcat/disk")
        .context(storage_error::DiskReadFailed { path: "/nonexistent/errcat/disk", offset: 0 });
    let error = opened.unwrap_err();
    let source = std::error::Error::source(&error).expect("the io::Error is kept");
    let io = source.downcast_ref::<std::io::Error>().expect("as itself");
    assert_eq!(io.kind(), std::io::ErrorKind::NotFound);
    assert!(format!("{error:?}").contains("source: Os {"), "{error:?}");

    // An entry without arguments is a selector too.
    let full: Result<(), Error<StorageError>> =
        Err(std::io::Error::other("ENOSPC")).context(StorageError::DiskNoSpace);
    let full = full.unwrap_err();
    assert_eq!(full.to_string(), "[615] disk no space");
    assert_eq!(std::error::Error::source(&full).unwrap().to_string(), "ENOSPC");
}

#[test]
fn entries_without_arguments_keep_their_braces() {
    let error = Error::new(StorageError::VolumeReadonly);
    assert_eq!(error.to_string(), "[905] volume is {readonly}");
    assert_eq!(error.message_in("zh"), "volume is {readonly}");
    assert_eq!(StorageError::VolumeReadonly.arg_names(), [] as [&str; 0]);
    assert_eq!(StorageError::DiskNotFound.arg_names(), ["disk_id", "host"]);
}

#[test]
fn an_error_built_without_its_arguments_shows_the_placeholders() {
    let bare = Error::from(StorageError::DiskNotFound);
    assert_eq!(bare.to_string(), "[611] disk {disk_id} not found on {host}");
    // The enum itself is the entry, not an occurrence: its message is the template.
    assert_eq!(StorageError::DiskNotFound.message(), "disk {disk_id} not found on {host}");
    assert_eq!(StorageError::DiskNotFound.to_string(), "[611] disk {disk_id} not found on {host}");
}

#[test]
fn debug_shows_code_name_and_arguments() {
    let error = find_disk(7, "node-3").unwrap_err();
    assert_eq!(
        format!("{error:?}"),
        "Error { code: 611, name: \"DISK_NOT_FOUND\", args: {\"disk_id\": Uint(7), \"host\": Str(\"node-3\")} }"
    );
}

#[test]
fn the_error_is_small_thread_safe_and_boxable() {
    fn assert_send_sync<T: Send + Sync + 'static>(_: &T) {}
    let error = find_disk(1, "h").unwrap_err();
    assert_send_sync(&error);
    assert!(std::mem::size_of::<Error<StorageError>>() <= 40);
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(error);
    assert_eq!(boxed.to_string(), "[611] disk 1 not found on h");
    // The enum stays a fieldless, Copy label.
    let kind = StorageError::DiskNotFound;
    let copy = kind;
    assert_eq!(kind, copy);
}

#[path = "../examples/context.rs"]
mod context_example;

#[test]
fn the_context_example_reports_the_file_and_its_cause() {
    let error = context_example::read_block("/nonexistent/errcat/disk-7", 4096).unwrap_err();
    assert_eq!(error.to_string(), "[612] cannot read /nonexistent/errcat/disk-7 at offset 4096");
    assert_eq!(error.message_in("zh"), "无法在偏移 4096 处读取 /nonexistent/errcat/disk-7");
    let cause = std::error::Error::source(&error).unwrap();
    assert_eq!(
        cause.downcast_ref::<std::io::Error>().unwrap().kind(),
        std::io::ErrorKind::NotFound
    );
    let this_file = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/args.rs");
    let block = context_example::read_block(this_file, 4).unwrap();
    assert!(block.starts_with(b"Errors that carry"), "offset 4 skips `//! `");
}
