//! A gRPC server whose errors come from a catalog (`examples/storage.yaml`):
//! every call of `errcat.demo.Disks/Find` fails with `DISK_NOT_FOUND`, with
//! google.rpc details a client decodes back (`examples/grpc_client.rs`).
//!
//! ```sh
//! cargo run --example grpc_server --features tonic            # on 127.0.0.1:50051
//! cargo run --example grpc_server --features tonic -- 127.0.0.1:0
//! ```

// The server and the client each use their half of it.
#[allow(dead_code)]
#[path = "grpc/disks.rs"]
mod disks;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let address = std::env::args().nth(1).unwrap_or_else(|| String::from("127.0.0.1:50051"));
    let listener = tokio::net::TcpListener::bind(&address).await?;
    println!("listening on {}", listener.local_addr()?);
    let incoming = tonic::codegen::tokio_stream::wrappers::TcpListenerStream::new(listener);
    tonic::transport::Server::builder()
        .add_service(disks::DisksServer)
        .serve_with_incoming(incoming)
        .await?;
    Ok(())
}
