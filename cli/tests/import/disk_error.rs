//! A thiserror enum whose messages name the variants' fields. Written for
//! errcat's import tests.

#[derive(Debug, thiserror::Error)]
#[repr(u16)]
pub enum DiskError {
    #[error("disk {disk_id} not found on {host}")]
    DiskNotFound { disk_id: u64, host: String } = 611,
    #[error("cannot read {path} at offset {offset}")]
    DiskReadFailed { path: String, offset: u64 } = 612,
    #[error("disk answered in {latency:?}")]
    DiskSlow { latency: std::time::Duration } = 613,
    #[error("disk no space")]
    DiskNoSpace = 615,
}

pub mod codes {
    /// Codes of the volume service.
    pub const VOLUME_NOT_EXIST: u16 = 904;
    /// The volume is read-only.
    pub const VOLUME_READONLY: u16 = 905;
}
