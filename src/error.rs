//! One occurrence of a catalog error: its code, its arguments and the error
//! that caused it.

use alloc::boxed::Box;
use alloc::string::String;
use core::fmt;

use crate::arg::{render, Arg, ArgList};
use crate::ErrorCode;

/// The error behind another, as [`Error::with_source`] takes it.
type Source = Box<dyn core::error::Error + Send + Sync>;

/// A catalog error as it happened: the entry (`kind`), the values of its
/// arguments, and the error that caused it, if any.
///
/// Build one from a context selector (`Err(storage_error::DiskNotFound {
/// disk_id, host })?`, `.context(…)`, `.fail()`) or from an entry without
/// arguments (`Error::from(StorageError::Timeout)`). Nothing is allocated
/// until an error happens; an error with arguments allocates its argument
/// list once, plus a `String` for each text argument given as `&str` (one
/// given as a `String` is moved in).
pub struct Error<E> {
    kind: E,
    args: ArgList,
    source: Option<Source>,
    /// Whether this occurrence is retryable, when it says so itself (a
    /// peer's error decoded from the wire); else the entry's answer.
    retryable: Option<bool>,
}

impl<E: ErrorCode> Error<E> {
    /// The error `kind`, without arguments or source.
    #[must_use]
    pub fn new(kind: E) -> Self {
        Error { kind, args: None, source: None, retryable: None }
    }

    /// The error `kind` with the values of its arguments, in the catalog's
    /// order. Called by the generated context selectors.
    #[doc(hidden)]
    #[must_use]
    pub fn __with_args(kind: E, args: Box<[(&'static str, Arg)]>) -> Self {
        Error { kind, args: Some(args), source: None, retryable: None }
    }

    /// The same error, caused by `source` (kept as
    /// [`source()`](core::error::Error::source); never serialized).
    #[must_use]
    pub fn with_source(self, source: impl Into<Source>) -> Self {
        Error { source: Some(source.into()), ..self }
    }

    /// The same error, retryable or not whatever its entry says (a peer
    /// that decided for this occurrence, a newer policy).
    #[must_use]
    pub fn with_retryable(self, retryable: bool) -> Self {
        Error { retryable: Some(retryable), ..self }
    }

    /// Whether retrying may succeed: this occurrence's own answer when it
    /// has one ([`with_retryable`](Self::with_retryable)), else its entry's.
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        self.retryable.unwrap_or_else(|| self.kind.is_retryable())
    }

    /// The catalog entry.
    #[must_use]
    pub fn kind(&self) -> E {
        self.kind
    }

    /// The entry's code.
    #[must_use]
    pub fn code(&self) -> E::Repr {
        self.kind.code()
    }

    /// The value of the argument `name`.
    #[must_use]
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args().find(|(arg, _)| *arg == name).map(|(_, value)| value)
    }

    /// Every argument with its value, in the catalog's order.
    pub fn args(&self) -> impl Iterator<Item = (&'static str, &Arg)> {
        self.args.iter().flat_map(|args| args.iter()).map(|(name, value)| (*name, value))
    }

    /// The message in `lang` (with the fallback of
    /// [`ErrorCode::message_in`]), its placeholders replaced by the
    /// arguments.
    #[must_use]
    pub fn message_in(&self, lang: &str) -> String {
        self.rendered(self.kind.message_in(lang))
    }

    /// The description in `lang`, its placeholders replaced by the arguments.
    #[must_use]
    pub fn description_in(&self, lang: &str) -> Option<String> {
        self.kind.description_in(lang).map(|text| self.rendered(text))
    }

    /// `text` of the entry with the arguments in place (as it is, for an
    /// entry without arguments: its braces are literal).
    fn rendered(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let _ = self.write_text(text, &mut out);
        out
    }

    fn write_text(&self, text: &str, out: &mut dyn fmt::Write) -> fmt::Result {
        write_text(self.kind, text, self.args.as_deref().unwrap_or_default(), out)
    }

    /// The entry and its arguments, without the source (which a body sent
    /// to a client never carries).
    #[cfg(feature = "serde")]
    pub(crate) fn into_occurrence(self) -> (E, ArgList) {
        (self.kind, self.args)
    }
}

/// `text` of `kind`'s entry with `args` in place; as it is for an entry
/// without arguments, whose braces are literal.
pub(crate) fn write_text<E: ErrorCode>(
    kind: E,
    text: &str,
    args: &[(&'static str, Arg)],
    out: &mut dyn fmt::Write,
) -> fmt::Result {
    if kind.arg_names().is_empty() {
        return out.write_str(text);
    }
    render(text, args, out)
}

/// The catalog's `display` template, its `{message}` rendered with the
/// arguments; written piece by piece, without an intermediate `String`.
impl<E: ErrorCode> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.kind.arg_names().is_empty() {
            return self.kind.__display_with(f, None);
        }
        let message = |f: &mut fmt::Formatter<'_>| self.write_text(self.kind.message(), f);
        self.kind.__display_with(f, Some(&message))
    }
}

/// `Error { code: 611, name: "DISK_NOT_FOUND", args: {disk_id: 7, host: "node-3"}, source: … }`.
impl<E: ErrorCode> fmt::Debug for Error<E>
where
    E::Repr: fmt::Debug,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Args<'a>(&'a [(&'static str, Arg)]);
        impl fmt::Debug for Args<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_map().entries(self.0.iter().map(|(name, value)| (name, value))).finish()
            }
        }
        let mut debug = f.debug_struct("Error");
        debug.field("code", &self.code()).field("name", &self.kind.name());
        if let Some(args) = &self.args {
            debug.field("args", &Args(args));
        }
        if let Some(source) = &self.source {
            debug.field("source", source);
        }
        debug.finish()
    }
}

impl<E: ErrorCode> core::error::Error for Error<E>
where
    E::Repr: fmt::Debug,
{
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        let source: &(dyn core::error::Error + 'static) = self.source.as_deref()?;
        Some(source)
    }
}

impl<E: ErrorCode> From<E> for Error<E> {
    fn from(kind: E) -> Self {
        Error::new(kind)
    }
}

/// What becomes an [`Error`]: a catalog enum (an entry without arguments)
/// or a context selector (an entry with its arguments).
pub trait IntoError {
    /// The catalog enum.
    type Kind: ErrorCode;
    /// The error, without a source.
    fn into_error(self) -> Error<Self::Kind>;
}

impl<E: ErrorCode> IntoError for E {
    type Kind = E;

    fn into_error(self) -> Error<E> {
        Error::new(self)
    }
}

/// `.context(selector)` on a `Result`: its error becomes the `source` of a
/// catalog error.
///
/// ```ignore
/// let file = std::fs::File::open(&path).context(storage_error::DiskNotFound { disk_id, host })?;
/// ```
pub trait ResultExt<T> {
    /// The `Err` as the source of `selector`'s error; the selector is turned
    /// into an error only when there is one.
    ///
    /// # Errors
    ///
    /// The catalog error, when `self` is an `Err`.
    fn context<C: IntoError>(self, selector: C) -> Result<T, Error<C::Kind>>;
}

impl<T, X: Into<Source>> ResultExt<T> for Result<T, X> {
    fn context<C: IntoError>(self, selector: C) -> Result<T, Error<C::Kind>> {
        self.map_err(|source| selector.into_error().with_source(source))
    }
}
