//! Feature `tonic`, with real components: the example service on a loopback
//! port (ephemeral), called by a tonic client. A handler's catalog error
//! reaches the client as the same entry with its arguments and
//! retryability, in the language it asked for; a one-mebibyte argument
//! still arrives as a status; a status that is not a catalog error decodes
//! to the stated fallback.
#![cfg(feature = "tonic")]

#[allow(dead_code)]
#[path = "../examples/grpc/disks.rs"]
mod disks;

use disks::StorageError;
use errcat::tonic::{UndecodedReason, CUT, MAX_MESSAGE_BYTES};
use errcat::{Arg, Error, GrpcCode};

/// Serves the example service on an ephemeral port; its URL.
async fn serve() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let incoming = tonic::codegen::tokio_stream::wrappers::TcpListenerStream::new(listener);
    tokio::spawn(
        tonic::transport::Server::builder()
            .add_service(disks::DisksServer)
            .serve_with_incoming(incoming),
    );
    url
}

#[tokio::test]
async fn a_handlers_error_reaches_the_client_as_the_same_entry() {
    let url = serve().await;
    let status = disks::find(&url, "7", "zh-CN").await.unwrap();
    assert_eq!(status.code(), tonic::Code::Unavailable);
    // The status message is for developers: the default language.
    assert_eq!(status.message(), "disk 7 not found on node-3");
    let error = Error::<StorageError>::from_status(&status).unwrap();
    assert_eq!(error.kind(), StorageError::DiskNotFound);
    assert_eq!(error.arg("disk_id"), Some(&Arg::Uint(7)));
    assert_eq!(error.arg("host"), Some(&Arg::Str("node-3".into())));
    assert!(!error.is_retryable());
    assert_eq!(error.message_in("zh"), "主机 node-3 上的磁盘 7 不存在");
}

#[tokio::test]
async fn a_one_mebibyte_argument_still_arrives_as_a_status() {
    let url = serve().await;
    let status = disks::find(&url, "big", "en").await.unwrap();
    assert_eq!(status.code(), tonic::Code::Unavailable, "{status:?}");
    assert!(status.message().len() <= MAX_MESSAGE_BYTES && status.message().ends_with(CUT));
    let error = Error::<StorageError>::from_status(&status).unwrap();
    let Some(Arg::Str(host)) = error.arg("host") else { panic!("host") };
    assert!(host.ends_with(CUT), "{}", host.len());
}

#[tokio::test]
async fn a_status_from_elsewhere_is_undecoded() {
    let url = serve().await;
    let channel = tonic::transport::Endpoint::from_shared(url).unwrap().connect().await.unwrap();
    let mut client = tonic::client::Grpc::new(channel);
    client.ready().await.unwrap();
    let path = tonic::codegen::http::uri::PathAndQuery::from_static("/errcat.demo.Disks/Nope");
    let answer: Result<tonic::Response<Vec<u8>>, tonic::Status> =
        client.unary(tonic::Request::new(Vec::new()), path, disks::RawCodec).await;
    let status = answer.unwrap_err();
    let undecoded = Error::<StorageError>::from_status(&status).unwrap_err();
    assert_eq!(undecoded.reason, UndecodedReason::NoErrorInfo);
    assert_eq!(undecoded.grpc_code, GrpcCode::Unimplemented);
}
