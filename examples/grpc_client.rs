//! A gRPC client of `examples/grpc_server.rs`: it decodes the status back
//! into the catalog error, with its arguments and retryability, in the
//! language it asked for.
//!
//! ```sh
//! cargo run --example grpc_client --features tonic -- http://127.0.0.1:50051 7 zh
//! ```

// The server and the client each use their half of it.
#[allow(dead_code)]
#[path = "grpc/disks.rs"]
mod disks;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let url = args.next().unwrap_or_else(|| String::from("http://127.0.0.1:50051"));
    let disk = args.next().unwrap_or_else(|| String::from("7"));
    let language = args.next().unwrap_or_else(|| String::from("en"));
    let status = disks::find(&url, &disk, &language).await?;
    println!("gRPC status {:?}: {}", status.code(), status.message());
    match errcat::Error::<disks::StorageError>::from_status(&status) {
        Ok(error) => {
            println!("catalog error {} {}: {error}", error.code(), error.kind().name());
            for (name, value) in error.args() {
                println!("  {name} = {value}");
            }
            println!("  retryable: {}", error.is_retryable());
            println!("  in {language}: {}", error.message_in(&language));
        }
        Err(undecoded) => println!("not a catalog error: {undecoded}"),
    }
    Ok(())
}
