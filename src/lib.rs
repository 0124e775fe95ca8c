//! Error-code catalogs in YAML, compiled into Rust enums at build time.
//!
//! A catalog file is the single source of truth for a service's status codes:
//! which codes exist, what they mean in which languages, which HTTP status and
//! severity they carry, and which range (group) each belongs to.
//! [`catalog!`] reads it at compile time and generates the enum, its tables,
//! `Display`, the range validators and the conversions in your crate.
//!
//! ```
//! errcat::catalog!("examples/catalogs/blobstore.yaml");
//!
//! let e = BlobstoreError::from_code(652).unwrap();
//! assert_eq!(e.message(), "shard size too large");
//! assert_eq!(e.group(), BlobstoreErrorGroup::Blobnode);
//! assert_eq!(BlobstoreErrorGroup::of_code(699), Some(BlobstoreErrorGroup::Blobnode));
//! ```
//!
//! The catalog format and the generated API are described in the
//! repository's `docs/reference.md`, and the README has a tutorial; the
//! items of this crate are the runtime types that the generated code refers to.
//!
//! # Features (all off by default)
//!
//! - `http`: `ErrorCode::status_code()` returns an `http::StatusCode`, and
//!   catalog enums convert into one (`From<E> for http::StatusCode`).
//! - `serde`: catalog enums serialize by code (or by name, `serde: name` in
//!   the catalog); `ErrorBody` and `Problem` are the JSON bodies a service
//!   answers with, shaped by the catalog's `body` and `problem` keys.
//! - `axum` (turns on both): catalog enums, `ErrorBody` and `Problem` are
//!   axum responses; the `axum` module's `localize` layer picks the message
//!   language from `Accept-Language`.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

extern crate alloc;

use alloc::string::String;
use core::fmt;

pub use errcat_macros::{catalog, ErrorCatalog};

mod arg;
#[cfg(feature = "axum")]
pub mod axum;
#[cfg(feature = "serde")]
mod body;
mod error;
mod field;
mod grpc;
mod integrations;
mod negotiate;
#[cfg(feature = "serde")]
mod serde_impls;
#[cfg(feature = "tonic")]
pub mod tonic;
mod wire;

pub use arg::{Arg, ArgKind};
#[cfg(feature = "serde")]
pub use body::{ErrorBody, Problem};
pub use error::{Error, IntoError, ResultExt};
pub use field::{Field, FieldType, FieldValue};
pub use grpc::GrpcCode;
pub use negotiate::negotiate_language;
pub use wire::{BodyMember, Wire};

/// Items the generated code uses; not part of the API.
#[doc(hidden)]
pub mod __private {
    /// Named by all generated code: a version of errcat whose facade lacks it
    /// (an expansion checked in with another errcat, or mismatched crates)
    /// fails with "cannot find value `GENERATED_FOR_ERRCAT_0_1`" instead of
    /// errors deep inside the generated items. Renamed when the contract
    /// between generated code and the facade changes.
    pub const GENERATED_FOR_ERRCAT_0_1: () = ();

    /// The fingerprint `errcat expand` records for a catalog (64-bit FNV-1a
    /// of its bytes after a byte-order mark), computed at compile time from
    /// `include_bytes!` so a checked-in expansion whose catalog changed
    /// fails the build.
    #[must_use]
    pub const fn fingerprint(bytes: &[u8]) -> u64 {
        // Constant evaluation is what makes this slow: rustc interprets every
        // step. Taking 16 bytes per slice pattern instead of indexing byte by
        // byte, and multiplying in u128 instead of calling `wrapping_mul`,
        // cut a 1.5 MB catalog from 11 s to 2.3 s and keeps it under the
        // `long_running_const_eval` lint (BENCHMARKS.md).
        const PRIME: u128 = 0x0000_0100_0000_01b3;
        macro_rules! mix {
            ($hash:ident, $($byte:ident),+) => {
                $( $hash = (($hash ^ *$byte as u64) as u128 * PRIME) as u64; )+
            };
        }
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        let mut rest = match bytes {
            [0xEF, 0xBB, 0xBF, after_mark @ ..] => after_mark,
            _ => bytes,
        };
        while let [b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15, after @ ..] =
            rest
        {
            mix!(hash, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15);
            rest = after;
        }
        while let [byte, after @ ..] = rest {
            mix!(hash, byte);
            rest = after;
        }
        hash
    }

    #[cfg(feature = "axum")]
    pub use crate::axum::respond;
    #[cfg(feature = "serde")]
    pub use crate::serde_impls::{deserialize, serialize};
    #[cfg(feature = "tonic")]
    pub use crate::tonic::__status;
    #[cfg(feature = "axum")]
    pub use ::axum;
    #[cfg(feature = "tonic")]
    pub use ::tonic;
    pub use alloc::boxed::Box;
    pub use alloc::string::String;
    #[cfg(feature = "http")]
    pub use http;
    #[cfg(feature = "serde")]
    pub use serde;
}

/// How serious a catalog entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// Informational: not a failure.
    Info,
    /// Something to look at; the operation may have succeeded.
    Warning,
    /// The operation failed.
    Error,
    /// The component cannot continue.
    Fatal,
}

impl Severity {
    /// The lowercase name used in catalog files (`info`, `warning`, `error`, `fatal`).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
            Severity::Fatal => "fatal",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A raw code that the catalog does not define (the error of `TryFrom<R>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownCode<R>(pub R);

impl<R: fmt::Display> fmt::Display for UnknownCode<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown error code {}", self.0)
    }
}

impl<R: fmt::Debug + fmt::Display> core::error::Error for UnknownCode<R> {}

/// A name that the catalog does not define (the error of `FromStr`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnknownName(String);

impl UnknownName {
    /// Records the name that was not found.
    #[must_use]
    pub fn new(name: &str) -> Self {
        UnknownName(String::from(name))
    }

    /// The name that was not found.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown error name {:?}", self.0)
    }
}

impl core::error::Error for UnknownName {}

/// What every generated catalog enum implements, for code that is generic
/// over catalogs (logging, HTTP adapters, metrics).
///
/// The methods mirror the inherent methods of the generated enum.
pub trait ErrorCode: Copy + Eq + fmt::Debug + fmt::Display + 'static {
    /// The integer type of the codes (`repr` in the catalog).
    type Repr: Copy;
    /// Every entry, in ascending code order.
    ///
    /// Generic code should read [`all`](Self::all): for an enum catalog,
    /// reading this constant makes rustc check the whole list in every crate
    /// that reads it.
    const ALL: &'static [Self];
    /// Every entry, in ascending code order: the slice of
    /// [`ALL`](Self::ALL), which generated catalogs return without rustc
    /// checking the list again.
    fn all() -> &'static [Self] {
        Self::ALL
    }
    /// The entry's code.
    fn code(self) -> Self::Repr;
    /// The entry with this code, if the catalog defines it.
    fn from_code(code: Self::Repr) -> Option<Self>;
    /// The entry's name as written in the catalog.
    fn name(self) -> &'static str;
    /// The message in the catalog's default language (`""` if undocumented).
    fn message(self) -> &'static str;
    /// The message in `lang`, falling back to the default language.
    fn message_in(self, lang: &str) -> &'static str;
    /// The HTTP status this entry maps to.
    fn http_status(self) -> u16;
    /// The entry's severity.
    fn severity(self) -> Severity;
    /// Whether retrying the operation may succeed.
    fn is_retryable(self) -> bool;

    /// The catalog's languages, the default first.
    const LANGUAGES: &'static [&'static str] = &["en"];
    /// How the catalog's errors are serialized (`serde`, `body` and
    /// `problem` in the catalog).
    const WIRE: Wire = Wire::DEFAULT;
    /// The description in `lang`, with the fallback of [`message_in`](Self::message_in).
    fn description_in(self, lang: &str) -> Option<&'static str> {
        let _ = lang;
        None
    }
    /// What a code read from the wire becomes: [`from_code`](Self::from_code)
    /// for an enum; for an open catalog (`representation: open`) every code,
    /// so one a newer peer sends survives a round trip.
    fn from_wire_code(code: Self::Repr) -> Option<Self> {
        Self::from_code(code)
    }
    /// Whether the catalog lists this entry's code: always, for an enum;
    /// for an open catalog, not for a code kept from the wire.
    fn is_known(self) -> bool {
        true
    }
    /// The entry whose `name()` is `name`.
    fn from_name(name: &str) -> Option<Self> {
        Self::all().iter().copied().find(|entry| entry.name() == name)
    }
    /// The name of the entry's group, in catalogs with groups.
    fn group_name(self) -> Option<&'static str> {
        None
    }
    /// The names of the entry's arguments, in the catalog's order; empty for
    /// an entry without arguments (whose texts are literal).
    fn arg_names(self) -> &'static [&'static str] {
        &[]
    }
    /// The type of each argument's value, in [`arg_names`](Self::arg_names)'s order.
    fn arg_kinds(self) -> &'static [ArgKind] {
        &[]
    }
    /// The fields the catalog declares under `fields:`, in its order.
    const FIELDS: &'static [Field] = &[];
    /// The entry's value of the declared field `name`; `None` for a name
    /// the catalog does not declare, or an optional field the entry leaves unset.
    fn field(self, name: &str) -> Option<FieldValue> {
        let _ = name;
        None
    }
    /// The entry's help link (`help_url` in the catalog), rendered.
    fn help_url(self) -> Option<&'static str> {
        None
    }
    /// The gRPC code the error travels with (`grpc` in the catalog, else
    /// the one of its HTTP status).
    fn grpc_code(self) -> GrpcCode {
        GrpcCode::from_http(self.http_status())
    }
    /// `Display`, with `{message}` written by `message` when it is given
    /// (an [`Error`] with arguments renders them there).
    #[doc(hidden)]
    fn __display_with(
        self,
        f: &mut fmt::Formatter<'_>,
        message: Option<&dyn Fn(&mut fmt::Formatter<'_>) -> fmt::Result>,
    ) -> fmt::Result {
        let _ = message;
        fmt::Display::fmt(&self, f)
    }
    /// The HTTP status as an [`http::StatusCode`].
    ///
    /// Catalog statuses are validated to lie in 100..=999, which is what
    /// `http` accepts, so the fallback to 500 is never taken for a generated
    /// catalog.
    #[cfg(feature = "http")]
    fn status_code(self) -> http::StatusCode {
        http::StatusCode::from_u16(self.http_status())
            .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn severity_names_match_the_catalog_spelling() {
        assert_eq!(Severity::Warning.to_string(), "warning");
        assert_eq!(Severity::Fatal.as_str(), "fatal");
        assert!(Severity::Info < Severity::Fatal);
    }

    #[test]
    fn lookup_errors_say_what_was_not_found() {
        assert_eq!(UnknownCode(42_i32).to_string(), "unknown error code 42");
        let unknown = UnknownName::new("NOPE");
        assert_eq!(unknown.name(), "NOPE");
        assert_eq!(unknown.to_string(), "unknown error name \"NOPE\"");
    }
}
