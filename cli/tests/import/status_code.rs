//! A database's status codes in the shape GreptimeDB keeps them: codes grouped
//! by thousands, strum derives, a doc comment per variant, and hand-written
//! mappings beside the enum. Written for errcat's import tests.

use strum::{AsRefStr, EnumIter, EnumString, FromRepr};

/// Common status code for public API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumString, AsRefStr, EnumIter, FromRepr)]
#[repr(u32)]
pub enum StatusCode {
    // ====== Begin of common status code ==============
    /// Success.
    Success = 0,
    /// Unknown error.
    Unknown = 1000,
    /// Unsupported operation.
    Unsupported = 1001,
    /// Unexpected error, maybe there is a BUG.
    Unexpected = 1002,
    /// Internal server error.
    Internal = 1003,
    /// Invalid arguments.
    InvalidArguments = 1004,
    // ====== Begin of catalog related status code =====
    /// Table already exists.
    TableAlreadyExists = 4000,
    /// Table not found.
    ///
    /// The table named in the query does not exist in the current database.
    TableNotFound,
    /// Column not found.
    TableColumnNotFound,
    #[strum(serialize = "region_busy")]
    /// Region is busy.
    RegionBusy = 6000,
    #[cfg(feature = "enterprise")]
    /// A license is needed.
    LicenseRequired = 7100,
}

define_more_codes! {
    9000 => Extra,
}

impl StatusCode {
    /// Whether retrying may succeed.
    pub fn is_retryable(&self) -> bool {
        matches!(self, StatusCode::RegionBusy | StatusCode::Internal)
    }

    /// The HTTP status the code answers with.
    pub fn http_status(&self) -> http::StatusCode {
        match self {
            StatusCode::Success => http::StatusCode::OK,
            StatusCode::TableNotFound | StatusCode::TableColumnNotFound => {
                http::StatusCode::BAD_REQUEST
            }
            StatusCode::TableAlreadyExists => http::StatusCode::from_u16(409).unwrap(),
            StatusCode::RegionBusy => http::StatusCode::SERVICE_UNAVAILABLE,
            _ => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The gRPC code the error travels with.
    pub fn grpc_code(&self) -> tonic::Code {
        match self {
            Self::TableNotFound | Self::TableColumnNotFound => tonic::Code::NotFound,
            Self::TableAlreadyExists => tonic::Code::AlreadyExists,
            Self::InvalidArguments => tonic::Code::InvalidArgument,
            Self::RegionBusy => tonic::Code::ResourceExhausted,
            Self::Unsupported => code_for_unsupported(),
            _ => tonic::Code::Internal,
        }
    }

    /// Whether the server logs the error.
    pub fn should_log_error(&self) -> bool {
        match self {
            Self::Internal | Self::Unexpected => true,
            _ => false,
        }
    }
}
