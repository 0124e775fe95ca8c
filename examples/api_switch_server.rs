//! An axum service whose handlers return API Switch catalog errors with no
//! glue: a handler's `Err(ApiSwitchError::AppNotFound)` becomes HTTP 404 with
//! the documented body `{"Code":10205,"Message":"未找到应用"}`;
//! `Err(errcat::Problem<_>)` becomes `application/problem+json`. The
//! `localize` layer writes messages in the language `Accept-Language` asks
//! for (the Mooncake TransferEngine routes show it: that catalog has zh and en).
//! A handler may also return an `errcat::Error` with arguments (the storage
//! routes): the message is rendered with them, in the negotiated language.
//!
//! Run: `cargo run --example api_switch_server --features axum [-- ADDR]`
//! (ADDR defaults to 127.0.0.1:3000), then `curl -i localhost:3000/apps/x`.

use axum::extract::Path;
use axum::routing::get;
use axum::Router;
use errcat::{ErrorBody, Problem};
use tokio::net::TcpListener;

errcat::catalog!("examples/catalogs/api_switch.yaml");
errcat::catalog!("examples/catalogs/mooncake_transfer_engine.yaml");
errcat::catalog!("examples/storage.yaml");

/// The one application this demo knows.
const RUNNING_APP: &str = "demo";

async fn app_status(Path(name): Path<String>) -> Result<String, ApiSwitchError> {
    if name == RUNNING_APP {
        Ok(format!("{name} is running"))
    } else {
        Err(ApiSwitchError::AppNotFound)
    }
}

async fn volume(Path(id): Path<u32>) -> Result<String, Problem<ApiSwitchError>> {
    Err(Problem::new(ApiSwitchError::VolNotExists).with_instance(format!("/volumes/{id}")))
}

async fn transfer(Path(_id): Path<u32>) -> Result<String, TransferEngineError> {
    Err(TransferEngineError::InvalidArgument)
}

async fn transfer_problem(Path(id): Path<u32>) -> Result<String, Problem<TransferEngineError>> {
    Err(Problem::new(TransferEngineError::InvalidArgument)
        .with_instance(format!("/transfers/{id}")))
}

/// A handler that answers in Chinese whatever the request asks for: a
/// language the handler chooses is kept.
async fn transfer_in_chinese(
    Path(_id): Path<u32>,
) -> Result<String, ErrorBody<TransferEngineError>> {
    Err(ErrorBody::new(TransferEngineError::InvalidArgument).in_language("zh"))
}

/// A disk that is never there: the error carries which disk and host.
async fn disk(
    Path((host, id)): Path<(String, u64)>,
) -> Result<String, errcat::Error<StorageError>> {
    Err(storage_error::DiskNotFound { disk_id: id, host })?
}

/// The same as problem details: each argument a member.
async fn disk_problem(
    Path((host, id)): Path<(String, u64)>,
) -> Result<String, Problem<StorageError>> {
    let error: errcat::Error<StorageError> =
        storage_error::DiskNotFound { disk_id: id, host }.into();
    Err(error.into())
}

/// The service's routes.
pub fn app() -> Router {
    Router::new()
        .route("/apps/{name}", get(app_status))
        .route("/volumes/{id}", get(volume))
        .route("/transfers/{id}", get(transfer))
        .route("/transfers/{id}/problem", get(transfer_problem))
        .route("/transfers/{id}/zh", get(transfer_in_chinese))
        .route("/hosts/{host}/disks/{id}", get(disk))
        .route("/hosts/{host}/disks/{id}/problem", get(disk_problem))
        .layer(axum::middleware::from_fn(errcat::axum::localize))
}

/// Serves [`app`] on `listener` until the process ends.
pub async fn serve(listener: TcpListener) -> std::io::Result<()> {
    axum::serve(listener, app()).await
}

// The integration test includes this file as a module and calls `serve` itself.
#[cfg_attr(test, allow(dead_code))]
#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    let address = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    let listener = TcpListener::bind(&address).await?;
    println!("API Switch demo on http://{}", listener.local_addr()?);
    serve(listener).await
}
