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
    Extra = 9000,
}
