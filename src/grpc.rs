//! gRPC status codes, errcat's own: no gRPC library is needed to know which
//! code a catalog error travels with.

use core::fmt;

/// A gRPC status code, as google.rpc.Code lists them. A catalog's `grpc`
/// key names one; `grpc_code()` returns it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GrpcCode {
    /// 0: not an error.
    Ok,
    /// 1: the caller cancelled the operation.
    Cancelled,
    /// 2: an error without a better code.
    Unknown,
    /// 3: the request is invalid whatever the system's state.
    InvalidArgument,
    /// 4: the deadline passed before the operation completed.
    DeadlineExceeded,
    /// 5: a requested entity was not found.
    NotFound,
    /// 6: the entity a client tried to create exists.
    AlreadyExists,
    /// 7: the caller may not do this.
    PermissionDenied,
    /// 8: a resource (quota, space, rate) is exhausted.
    ResourceExhausted,
    /// 9: the system is not in the state the operation needs.
    FailedPrecondition,
    /// 10: the operation was aborted, typically by a concurrency conflict.
    Aborted,
    /// 11: the operation went past the valid range.
    OutOfRange,
    /// 12: the operation is not implemented or supported.
    Unimplemented,
    /// 13: an internal invariant broke.
    Internal,
    /// 14: the service is unavailable for now; retrying may help.
    Unavailable,
    /// 15: data was lost or corrupted.
    DataLoss,
    /// 16: the request lacks valid credentials.
    Unauthenticated,
}

impl GrpcCode {
    /// Every code, in number order.
    pub const ALL: [GrpcCode; 17] = [
        GrpcCode::Ok,
        GrpcCode::Cancelled,
        GrpcCode::Unknown,
        GrpcCode::InvalidArgument,
        GrpcCode::DeadlineExceeded,
        GrpcCode::NotFound,
        GrpcCode::AlreadyExists,
        GrpcCode::PermissionDenied,
        GrpcCode::ResourceExhausted,
        GrpcCode::FailedPrecondition,
        GrpcCode::Aborted,
        GrpcCode::OutOfRange,
        GrpcCode::Unimplemented,
        GrpcCode::Internal,
        GrpcCode::Unavailable,
        GrpcCode::DataLoss,
        GrpcCode::Unauthenticated,
    ];

    /// The code's number on the wire (`grpc-status`).
    #[must_use]
    pub const fn number(self) -> i32 {
        self as i32
    }

    /// The code with this number, if there is one.
    #[must_use]
    pub const fn from_number(number: i32) -> Option<GrpcCode> {
        if number >= 0 && number < 17 {
            // In range, so the index is valid; `as` cannot truncate here.
            #[allow(clippy::cast_sign_loss)]
            let index = number as usize;
            Some(GrpcCode::ALL[index])
        } else {
            None
        }
    }

    /// The canonical name, as catalogs and google.rpc spell it: `NOT_FOUND`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            GrpcCode::Ok => "OK",
            GrpcCode::Cancelled => "CANCELLED",
            GrpcCode::Unknown => "UNKNOWN",
            GrpcCode::InvalidArgument => "INVALID_ARGUMENT",
            GrpcCode::DeadlineExceeded => "DEADLINE_EXCEEDED",
            GrpcCode::NotFound => "NOT_FOUND",
            GrpcCode::AlreadyExists => "ALREADY_EXISTS",
            GrpcCode::PermissionDenied => "PERMISSION_DENIED",
            GrpcCode::ResourceExhausted => "RESOURCE_EXHAUSTED",
            GrpcCode::FailedPrecondition => "FAILED_PRECONDITION",
            GrpcCode::Aborted => "ABORTED",
            GrpcCode::OutOfRange => "OUT_OF_RANGE",
            GrpcCode::Unimplemented => "UNIMPLEMENTED",
            GrpcCode::Internal => "INTERNAL",
            GrpcCode::Unavailable => "UNAVAILABLE",
            GrpcCode::DataLoss => "DATA_LOSS",
            GrpcCode::Unauthenticated => "UNAUTHENTICATED",
        }
    }

    /// The HTTP status google.rpc.Code gives this code.
    #[must_use]
    pub const fn http_status(self) -> u16 {
        match self {
            GrpcCode::Ok => 200,
            GrpcCode::Cancelled => 499,
            GrpcCode::InvalidArgument | GrpcCode::FailedPrecondition | GrpcCode::OutOfRange => 400,
            GrpcCode::DeadlineExceeded => 504,
            GrpcCode::NotFound => 404,
            GrpcCode::AlreadyExists | GrpcCode::Aborted => 409,
            GrpcCode::PermissionDenied => 403,
            GrpcCode::ResourceExhausted => 429,
            GrpcCode::Unimplemented => 501,
            GrpcCode::Unknown | GrpcCode::Internal | GrpcCode::DataLoss => 500,
            GrpcCode::Unavailable => 503,
            GrpcCode::Unauthenticated => 401,
        }
    }

    /// The code errcat gives an entry that sets no `grpc` (nor do its group
    /// and catalog), from its HTTP status; the reference has the table.
    #[must_use]
    pub const fn from_http(status: u16) -> GrpcCode {
        match status {
            400 => GrpcCode::InvalidArgument,
            401 => GrpcCode::Unauthenticated,
            403 => GrpcCode::PermissionDenied,
            404 => GrpcCode::NotFound,
            409 => GrpcCode::AlreadyExists,
            412 => GrpcCode::FailedPrecondition,
            416 => GrpcCode::OutOfRange,
            429 => GrpcCode::ResourceExhausted,
            499 => GrpcCode::Cancelled,
            501 => GrpcCode::Unimplemented,
            502 | 503 => GrpcCode::Unavailable,
            504 => GrpcCode::DeadlineExceeded,
            _ if status >= 400 && status < 500 => GrpcCode::FailedPrecondition,
            _ => GrpcCode::Internal,
        }
    }
}

/// The canonical name: `NOT_FOUND`.
impl fmt::Display for GrpcCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
