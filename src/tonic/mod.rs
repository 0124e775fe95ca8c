//! Feature `tonic`: catalog errors as gRPC statuses and back.
//!
//! A server turns an error into a [`tonic::Status`] with `From` (the
//! catalog's default language) or [`Error::to_status_in`] (the language
//! [`language`] negotiated from the request's `accept-language`). The
//! status carries:
//!
//! - the entry's gRPC code ([`ErrorCode::grpc_code`]) and its message,
//!   rendered with the arguments;
//! - in `grpc-status-details-bin`, a google.rpc.Status whose details are an
//!   `ErrorInfo` (`reason`: the entry's name in UPPER_SNAKE_CASE, at most 63
//!   characters; `domain`: the catalog's `domain`; `metadata`: `code`, each
//!   argument by name, and `retryable`), a `LocalizedMessage` when the
//!   language is not the default one, a `RetryInfo` when the error is
//!   retryable (without a delay: the catalog gives none), and a `Help` with
//!   the entry's help link when it has one.
//!
//! The error's source never travels. The details stay within
//! [`MAX_DETAILS_BYTES`] and the message within [`MAX_MESSAGE_BYTES`]: a
//! longer argument value or message is cut at a character boundary and ends
//! with [`CUT`]. When the catalog's own parts (argument names, domain, help
//! link) are past the bound, the arguments' metadata is left out, then the
//! `Help`, and last the details hold only the code and the message.
//!
//! A client turns a status back with [`Error::from_status`]: the same entry,
//! arguments and retryability, or an [`Undecoded`] that says why not.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;
use core::str::FromStr;

use crate::negotiate::{catalog_language, default_language};
use crate::{negotiate_language, Arg, Error, ErrorCode, GrpcCode};

mod proto;

/// The most bytes of `grpc-status-details-bin` a catalog error takes
/// (before base64): peers cap all headers and trailers together at 8-16 KiB.
pub const MAX_DETAILS_BYTES: usize = 4096;

/// The most bytes of the status message (`grpc-message`).
pub const MAX_MESSAGE_BYTES: usize = 1024;

/// What ends a value or message that was cut to fit.
pub const CUT: &str = "…[cut]";

/// The `ErrorInfo` metadata key of the catalog code.
pub const CODE_KEY: &str = "code";

/// The `ErrorInfo` metadata key of whether the error is retryable.
pub const RETRYABLE_KEY: &str = "retryable";

/// The language of a request's `accept-language` metadata among the
/// catalog's languages, by the rule of [`negotiate_language`]; the
/// catalog's default language without one.
#[must_use]
pub fn language<E: ErrorCode>(metadata: &tonic::metadata::MetadataMap) -> &'static str {
    let header = metadata.get("accept-language").and_then(|value| value.to_str().ok());
    header
        .and_then(|header| negotiate_language(header, E::LANGUAGES))
        .unwrap_or_else(default_language::<E>)
}

/// What [`Error::from_status`] could not turn into a catalog error: a
/// status without errcat's details, with details it cannot read, from
/// another catalog's domain, or with a code this build does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undecoded {
    /// The status's gRPC code.
    pub grpc_code: GrpcCode,
    /// The status's message.
    pub message: String,
    /// The catalog code the status named (`ErrorInfo` metadata `code`), if
    /// it named one.
    pub catalog_code: Option<String>,
    /// The `ErrorInfo` domain, if there was one.
    pub domain: Option<String>,
    /// Why it is not a catalog error.
    pub reason: UndecodedReason,
}

/// Why a status is not a catalog error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UndecodedReason {
    /// The status has no details, or none is an `ErrorInfo`.
    NoErrorInfo,
    /// The details are not a google.rpc.Status, or its `ErrorInfo` cannot be read.
    CorruptDetails,
    /// The `ErrorInfo` is another domain's.
    OtherDomain,
    /// The `ErrorInfo` names no code, or one this catalog does not have.
    UnknownCode,
}

impl fmt::Display for Undecoded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let why = match self.reason {
            UndecodedReason::NoErrorInfo => "no ErrorInfo",
            UndecodedReason::CorruptDetails => "unreadable details",
            UndecodedReason::OtherDomain => "another domain",
            UndecodedReason::UnknownCode => "an unknown code",
        };
        write!(f, "gRPC status {} ({why}): {}", self.grpc_code, self.message)
    }
}

impl core::error::Error for Undecoded {}

impl<E> Error<E>
where
    E: ErrorCode,
    E::Repr: fmt::Display + FromStr,
{
    /// The gRPC status of this error, its texts in `lang` (one of the
    /// catalog's languages; others fall back to the default).
    #[must_use]
    pub fn to_status_in(&self, lang: &str) -> tonic::Status {
        let kind = self.kind();
        let language = catalog_language::<E>(lang);
        let default = default_language::<E>();
        let message = cut(&self.message_in(default), MAX_MESSAGE_BYTES);
        let localized = (language != default).then(|| self.message_in(language));
        let details = details(self, localized.map(|m| (language, m)));
        tonic::Status::with_details(tonic_code(kind.grpc_code()), message, details.into())
    }

    /// The catalog error a gRPC status carries: its entry (by the
    /// `ErrorInfo` code; an open catalog keeps a code it does not list), its
    /// arguments (values that do not parse as their type are left out) and
    /// its retryability (the sender's answer when it gave one, else the
    /// entry's). Anything else is an [`Undecoded`]; no input panics.
    ///
    /// # Errors
    ///
    /// [`Undecoded`] for a status without errcat's details, with details it
    /// cannot read, from another domain, or with an unknown code.
    pub fn from_status(status: &tonic::Status) -> Result<Error<E>, Undecoded> {
        let undecoded = |reason, catalog_code, domain| Undecoded {
            grpc_code: grpc_code(status.code()),
            message: String::from(status.message()),
            catalog_code,
            domain,
            reason,
        };
        let Some(details) = proto::read_status(status.details()) else {
            return Err(undecoded(UndecodedReason::CorruptDetails, None, None));
        };
        let Some((_, info)) = details.details.iter().find(|(url, _)| url == proto::ERROR_INFO)
        else {
            return Err(undecoded(UndecodedReason::NoErrorInfo, None, None));
        };
        let Some(info) = proto::read_error_info(info) else {
            return Err(undecoded(UndecodedReason::CorruptDetails, None, None));
        };
        let value = |key: &str| info.metadata.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v);
        let catalog_code = value(CODE_KEY).cloned();
        if info.domain != E::WIRE.grpc_domain() {
            return Err(undecoded(UndecodedReason::OtherDomain, catalog_code, Some(info.domain)));
        }
        let kind = catalog_code
            .as_deref()
            .and_then(|code| code.parse::<E::Repr>().ok())
            .and_then(E::from_wire_code);
        let Some(kind) = kind else {
            return Err(undecoded(UndecodedReason::UnknownCode, catalog_code, Some(info.domain)));
        };
        let args: Vec<(&'static str, Arg)> = kind
            .arg_names()
            .iter()
            .zip(kind.arg_kinds())
            .filter_map(|(name, arg_kind)| Some((*name, arg_kind.parse(value(name)?)?)))
            .collect();
        let error = if kind.arg_names().is_empty() {
            Error::new(kind)
        } else {
            Error::__with_args(kind, args.into_boxed_slice())
        };
        Ok(match value(RETRYABLE_KEY).map(String::as_str) {
            Some("true") => error.with_retryable(true),
            Some("false") => error.with_retryable(false),
            _ => error,
        })
    }
}

/// The status of a catalog entry, in its catalog's default language.
impl<E> From<Error<E>> for tonic::Status
where
    E: ErrorCode,
    E::Repr: fmt::Display + FromStr,
{
    fn from(error: Error<E>) -> Self {
        error.to_status_in(default_language::<E>())
    }
}

/// What the generated `From<E> for tonic::Status` calls.
#[doc(hidden)]
pub fn __status<E>(error: E) -> tonic::Status
where
    E: ErrorCode,
    E::Repr: fmt::Display + FromStr,
{
    tonic::Status::from(Error::new(error))
}

/// The encoded google.rpc.Status of `error`, within [`MAX_DETAILS_BYTES`].
///
/// What the error carries at run time (argument values, messages) is cut
/// first: each may take half as much until the whole fits. What the catalog
/// fixes (argument names, the domain, the help link) can be longer than the
/// bound on its own; then the arguments' metadata is left out, then the
/// `Help`, and last the details hold only the code and message.
fn details<E>(error: &Error<E>, localized: Option<(&str, String)>) -> Vec<u8>
where
    E: ErrorCode,
    E::Repr: fmt::Display,
{
    let args: Vec<(&'static str, String)> =
        error.args().map(|(name, value)| (name, value.to_string())).collect();
    let localized = localized.as_ref().map(|(locale, message)| (*locale, message.as_str()));
    for parts in [Parts::All, Parts::NoArgs, Parts::NoArgsNoHelp] {
        let mut budget = MAX_DETAILS_BYTES;
        loop {
            let status = encode(error, &args, localized, parts, budget);
            if status.len() <= MAX_DETAILS_BYTES {
                return status;
            }
            if budget <= CUT.len() {
                break;
            }
            budget /= 2;
        }
    }
    // A message of at most 1 KiB and a code always fit.
    encode(error, &args, localized, Parts::CodeAndMessage, MAX_MESSAGE_BYTES)
}

/// Which of the optional details [`encode`] writes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Parts {
    All,
    NoArgs,
    NoArgsNoHelp,
    /// No details at all: the code and the message.
    CodeAndMessage,
}

/// The google.rpc.Status of `error` with `parts`, each run-time text cut to
/// `budget` bytes.
fn encode<E>(
    error: &Error<E>,
    args: &[(&'static str, String)],
    localized: Option<(&str, &str)>,
    parts: Parts,
    budget: usize,
) -> Vec<u8>
where
    E: ErrorCode,
    E::Repr: fmt::Display,
{
    let kind = error.kind();
    let retryable = error.is_retryable();
    let mut status = proto::Writer::default();
    status.int(1, i64::from(kind.grpc_code().number()));
    status
        .string(2, &cut(&error.message_in(default_language::<E>()), budget.min(MAX_MESSAGE_BYTES)));
    if parts == Parts::CodeAndMessage {
        return status.0;
    }
    let mut info = proto::Writer::default();
    info.string(1, &reason(kind));
    info.string(2, E::WIRE.grpc_domain());
    let mut entry = |key: &str, value: &str| {
        let mut pair = proto::Writer::default();
        pair.string(1, key);
        pair.string(2, value);
        info.bytes(3, &pair.0);
    };
    entry(CODE_KEY, &code_text(kind));
    if parts == Parts::All {
        for (name, value) in args {
            entry(name, &cut(value, budget));
        }
    }
    entry(RETRYABLE_KEY, if retryable { "true" } else { "false" });
    status.bytes(3, &proto::any(proto::ERROR_INFO, &info.0));
    if let Some((locale, message)) = localized {
        let mut text = proto::Writer::default();
        text.string(1, locale);
        text.string(2, &cut(message, budget.min(MAX_MESSAGE_BYTES)));
        status.bytes(3, &proto::any(proto::LOCALIZED_MESSAGE, &text.0));
    }
    if retryable {
        status.bytes(3, &proto::any(proto::RETRY_INFO, &[]));
    }
    if let Some(url) = kind.help_url().filter(|_| parts != Parts::NoArgsNoHelp) {
        let mut link = proto::Writer::default();
        link.string(2, url);
        let mut help = proto::Writer::default();
        help.bytes(1, &link.0);
        status.bytes(3, &proto::any(proto::HELP, &help.0));
    }
    status.0
}

/// `text` within `max` bytes: cut at a character boundary, ending with
/// [`CUT`], when it is longer.
fn cut(text: &str, max: usize) -> String {
    if text.len() <= max {
        return String::from(text);
    }
    let mut end = max.saturating_sub(CUT.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}{CUT}", text.get(..end).unwrap_or_default())
}

fn code_text<E: ErrorCode>(kind: E) -> String
where
    E::Repr: fmt::Display,
{
    kind.code().to_string()
}

/// `ErrorInfo.reason`: the entry's name in UPPER_SNAKE_CASE (ASCII letters
/// and digits; a lowercase-to-uppercase step and any other character become
/// `_`), at most 63 characters; `CODE_` and the code for a name with no
/// ASCII letter.
fn reason<E>(kind: E) -> String
where
    E: ErrorCode,
    E::Repr: fmt::Display,
{
    let mut reason = String::new();
    let mut previous_lower = false;
    for c in kind.name().chars() {
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_uppercase() && previous_lower {
                reason.push('_');
            }
            previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
            reason.push(c.to_ascii_uppercase());
        } else {
            if !reason.ends_with('_') && !reason.is_empty() {
                reason.push('_');
            }
            previous_lower = false;
        }
    }
    let mut reason = String::from(reason.trim_matches('_'));
    if !reason.starts_with(|c: char| c.is_ascii_uppercase()) {
        reason = format!("CODE_{}", code_text(kind).replace('-', "NEG"));
    }
    reason.truncate(63);
    String::from(reason.trim_end_matches('_'))
}

fn tonic_code(code: GrpcCode) -> tonic::Code {
    tonic::Code::from_i32(code.number())
}

fn grpc_code(code: tonic::Code) -> GrpcCode {
    GrpcCode::from_number(code as i32).unwrap_or(GrpcCode::Unknown)
}
