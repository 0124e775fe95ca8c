//! An error enum with discriminants and the hand-written mappings beside
//! it, with no dependencies (a local `Code` stands in for `tonic::Code`), so
//! a test can compile it as it is and again with the derive errcat import
//! suggests, and compare what both answer. Written for errcat's tests.

/// The gRPC codes, as tonic names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    Internal,
    NotFound,
    InvalidArgument,
    ResourceExhausted,
}

/// A store's status codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub enum StoreError {
    /// Unknown error.
    Unknown = 1000,
    /// Invalid arguments.
    InvalidArguments = 1004,
    /// Table not found.
    TableNotFound = 4001,
    /// Region is busy.
    RegionBusy = 6000,
}

impl StoreError {
    /// Every code.
    pub const ALL: [StoreError; 4] = [
        StoreError::Unknown,
        StoreError::InvalidArguments,
        StoreError::TableNotFound,
        StoreError::RegionBusy,
    ];

    /// The HTTP status the code answers with.
    pub fn http_status(&self) -> u16 {
        match self {
            Self::InvalidArguments | Self::TableNotFound => 400,
            Self::RegionBusy => 503,
            _ => 500,
        }
    }

    /// The gRPC code the error travels with.
    pub fn grpc_code(&self) -> Code {
        match self {
            Self::TableNotFound => Code::NotFound,
            Self::InvalidArguments => Code::InvalidArgument,
            Self::RegionBusy => Code::ResourceExhausted,
            _ => Code::Internal,
        }
    }

    /// Whether retrying may succeed.
    pub fn is_retryable(&self) -> bool {
        matches!(self, Self::RegionBusy)
    }
}
