//! A gRPC service with one method, `errcat.demo.Disks/Find`, written as
//! tonic's code generator writes services but without protobuf: its request
//! is a disk id in decimal and its answer would be the disk's host, so no
//! `.proto` file or `protoc` is needed. It always fails with a catalog
//! error from `examples/storage.yaml`, in the language the caller's
//! `accept-language` asks for. Shared by the example server and client and
//! by `tests/tonic_loopback.rs`.

use std::convert::Infallible;
use std::task::{Context, Poll};

use errcat::IntoError;
use tonic::codec::{Codec, DecodeBuf, Decoder, EncodeBuf, Encoder};
use tonic::codegen::{http, Body, BoxFuture, Service, StdError};

errcat::catalog!("examples/storage.yaml");

/// The method's path.
pub const FIND: &str = "/errcat.demo.Disks/Find";

/// Messages as their bytes.
#[derive(Debug, Clone, Copy, Default)]
pub struct RawCodec;

impl Codec for RawCodec {
    type Encode = Vec<u8>;
    type Decode = Vec<u8>;
    type Encoder = RawCodec;
    type Decoder = RawCodec;

    fn encoder(&mut self) -> RawCodec {
        RawCodec
    }

    fn decoder(&mut self) -> RawCodec {
        RawCodec
    }
}

impl Encoder for RawCodec {
    type Item = Vec<u8>;
    type Error = tonic::Status;

    fn encode(&mut self, item: Vec<u8>, dst: &mut EncodeBuf<'_>) -> Result<(), tonic::Status> {
        use bytes::BufMut as _;
        dst.put_slice(&item);
        Ok(())
    }
}

impl Decoder for RawCodec {
    type Item = Vec<u8>;
    type Error = tonic::Status;

    fn decode(&mut self, src: &mut DecodeBuf<'_>) -> Result<Option<Vec<u8>>, tonic::Status> {
        use bytes::Buf as _;
        Ok(Some(src.copy_to_bytes(src.remaining()).to_vec()))
    }
}

/// The server: every disk is missing. A request whose id is `big` names a
/// host of one mebibyte, to show that the status still fits the headers.
#[derive(Debug, Clone, Copy, Default)]
pub struct DisksServer;

impl tonic::server::NamedService for DisksServer {
    const NAME: &'static str = "errcat.demo.Disks";
}

struct Find;

impl tonic::server::UnaryService<Vec<u8>> for Find {
    type Response = Vec<u8>;
    type Future = BoxFuture<tonic::Response<Vec<u8>>, tonic::Status>;

    fn call(&mut self, request: tonic::Request<Vec<u8>>) -> Self::Future {
        let language = errcat::tonic::language::<StorageError>(request.metadata());
        let body = String::from_utf8_lossy(request.get_ref()).into_owned();
        Box::pin(async move {
            let host = if body == "big" { "h".repeat(1 << 20) } else { String::from("node-3") };
            let disk_id: u64 = body.parse().unwrap_or(0);
            let error = storage_error::DiskNotFound { disk_id, host }.into_error();
            Err(error.to_status_in(language))
        })
    }
}

impl<B> Service<http::Request<B>> for DisksServer
where
    B: Body + Send + 'static,
    B::Error: Into<StdError> + Send + 'static,
{
    type Response = http::Response<tonic::body::Body>;
    type Error = Infallible;
    type Future = BoxFuture<Self::Response, Infallible>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: http::Request<B>) -> Self::Future {
        if request.uri().path() != FIND {
            return Box::pin(async {
                Ok(tonic::Status::unimplemented("no such method").into_http())
            });
        }
        Box::pin(async move {
            let mut grpc = tonic::server::Grpc::new(RawCodec);
            Ok(grpc.unary(Find, request).await)
        })
    }
}

/// Calls `Find` on the server at `url` with `disk` and `language` and
/// returns the status it fails with.
///
/// # Errors
///
/// When the server cannot be reached.
pub async fn find(
    url: &str,
    disk: &str,
    language: &str,
) -> Result<tonic::Status, tonic::transport::Error> {
    let channel = tonic::transport::Endpoint::from_shared(url.to_owned())?.connect().await?;
    let mut client = tonic::client::Grpc::new(channel);
    let mut request = tonic::Request::new(disk.as_bytes().to_vec());
    if let Ok(value) = language.parse() {
        request.metadata_mut().insert("accept-language", value);
    }
    if client.ready().await.is_err() {
        return Ok(tonic::Status::unavailable("the server is not ready"));
    }
    let path = http::uri::PathAndQuery::from_static(FIND);
    let answer: Result<tonic::Response<Vec<u8>>, tonic::Status> =
        client.unary(request, path, RawCodec).await;
    Ok(match answer {
        Ok(_) => tonic::Status::ok("no error"),
        Err(status) => status,
    })
}
