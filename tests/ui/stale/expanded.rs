// errcat: generated from tests/ui/stale_expansion.yaml by `errcat expand tests/ui/stale_expansion.yaml -o tests/ui/stale/expanded.rs`; catalog 3ad60d891fda9c27, body bb95f98aa2c580b1; edit the catalog and run the command again, not this file
const _: () = ::errcat::__private::GENERATED_FOR_ERRCAT_0_1;
const _: () = ::core::assert!(
    ::errcat::__private::fingerprint(::core::include_bytes!(::core::concat!(::core::env!("CARGO_MANIFEST_DIR"),
    "/tests/ui/stale_expansion.yaml"))) == 0x3ad6_0d89_1fda_9c27_u64,
    "errcat: tests/ui/stale_expansion.yaml changed since this file was generated from it; run `errcat expand tests/ui/stale_expansion.yaml -o tests/ui/stale/expanded.rs` again"
);
/**Error codes of the `StaleError` catalog.

Languages: `en` (default). An entry that does not say otherwise (nor does its group) has HTTP status `500` and severity `error`. `Display` writes `{message}`. With errcat's `serde` feature, a value serializes as its code.

# Examples

```rust,ignore
let error = StaleError::DiskFull;
assert_eq!(error.code(), 1);
assert_eq!(StaleError::from_code(1), Some(error));
```*/
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StaleError {
    /**disk full

- Code `1`, name `DISK_FULL`
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    DiskFull,
}
impl StaleError {
    /// Every entry of the catalog, in ascending code order.
    pub const ALL: &'static [Self] = {
        use StaleError::*;
        &[DiskFull]
    };
    #[doc(hidden)]
    const __ERRCAT_CODES: &'static [i32] = &[1];
    #[doc(hidden)]
    const __ERRCAT_IDENTS: &'static [&'static str] = &["DiskFull"];
    /// The entry at `position`. Out of line: a crate that inlines
    /// a lookup would otherwise evaluate `ALL` again, and rustc
    /// validates an array of N enum values in O(N²).
    #[inline(never)]
    #[doc(hidden)]
    const fn __errcat_entry(position: usize) -> Self {
        Self::ALL[position]
    }
    #[inline]
    #[doc(hidden)]
    const fn __errcat_index(self) -> usize {
        self as usize
    }
    /// The `index`th `width`-byte little-endian number of `bytes`.
    #[inline]
    #[doc(hidden)]
    const fn __errcat_unpack(bytes: &[u8], index: usize, width: usize) -> usize {
        let mut value = 0;
        let mut byte = 0;
        while byte < width {
            value |= (bytes[index * width + byte] as usize) << (8 * byte);
            byte += 1;
        }
        value
    }
    #[doc(hidden)]
    const fn __errcat_position(code: i32) -> ::core::option::Option<usize> {
        const LOWEST: i32 = 1;
        const PAGES: &[u8] = b"\x01";
        const SLOTS: &[u8] = b"\0\0\0\0\x01\0\0\0";
        let offset = (code as i64 - LOWEST as i64) as u64;
        if offset >= 1 {
            return ::core::option::Option::None;
        }
        let offset = offset as usize;
        let page = Self::__errcat_unpack(PAGES, offset >> 2, 1usize);
        match Self::__errcat_unpack(SLOTS, (page << 2) | (offset & 3), 1usize) {
            0 => ::core::option::Option::None,
            value => ::core::option::Option::Some(value - 1),
        }
    }
    /// The entry's code.
    #[must_use]
    #[inline]
    pub const fn code(self) -> i32 {
        Self::__ERRCAT_CODES[self.__errcat_index()]
    }
    /// The entry with this code, if the catalog defines it.
    #[must_use]
    pub const fn from_code(code: i32) -> ::core::option::Option<Self> {
        match Self::__errcat_position(code) {
            ::core::option::Option::Some(i) => {
                ::core::option::Option::Some(Self::__errcat_entry(i))
            }
            ::core::option::Option::None => ::core::option::Option::None,
        }
    }
    /// The entry's name as written in the catalog (the variant name if it has none).
    #[must_use]
    #[inline(never)]
    pub const fn name(self) -> &'static str {
        const NAMES: &[&str] = &["DISK_FULL"];
        NAMES[self.__errcat_index()]
    }
    /// The entry whose [`name`](Self::name) is exactly `name`.
    #[must_use]
    pub fn from_name(name: &str) -> ::core::option::Option<Self> {
        const BY_NAME: &[u8] = b"\0";
        let mut lo = 0;
        let mut hi = BY_NAME.len();
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let entry = Self::__errcat_entry(
                Self::__errcat_unpack(BY_NAME, mid, 1usize),
            );
            match entry.name().cmp(name) {
                ::core::cmp::Ordering::Less => lo = mid + 1,
                ::core::cmp::Ordering::Greater => hi = mid,
                ::core::cmp::Ordering::Equal => {
                    return ::core::option::Option::Some(entry);
                }
            }
        }
        ::core::option::Option::None
    }
    ///The message in the catalog's default language (`""` for an undocumented code).
    #[must_use]
    #[inline(never)]
    pub const fn message(self) -> &'static str {
        let _ = self;
        "disk full"
    }
    ///The message in `lang`, falling back to the default language, then to the first language that has one.
    #[must_use]
    #[inline(never)]
    pub fn message_in(self, lang: &str) -> &'static str {
        let _ = lang;
        self.message()
    }
    ///The long description in the catalog's default language.
    #[must_use]
    #[inline(never)]
    pub const fn description(self) -> ::core::option::Option<&'static str> {
        let _ = self;
        ::core::option::Option::None
    }
    ///The long description in `lang`, with the same fallback as `message_in`.
    #[must_use]
    #[inline(never)]
    pub fn description_in(self, lang: &str) -> ::core::option::Option<&'static str> {
        let _ = lang;
        self.description()
    }
    ///The cause and remedy in the catalog's default language.
    #[must_use]
    #[inline(never)]
    pub const fn solution(self) -> ::core::option::Option<&'static str> {
        let _ = self;
        ::core::option::Option::None
    }
    ///The cause and remedy in `lang`, with the same fallback as `message_in`.
    #[must_use]
    #[inline(never)]
    pub fn solution_in(self, lang: &str) -> ::core::option::Option<&'static str> {
        let _ = lang;
        self.solution()
    }
    /// The HTTP status this entry maps to.
    #[must_use]
    pub const fn http_status(self) -> u16 {
        let _ = self;
        500
    }
    /// The entry's severity.
    #[must_use]
    pub const fn severity(self) -> ::errcat::Severity {
        let _ = self;
        ::errcat::Severity::Error
    }
    /// Whether retrying the failed operation may succeed.
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        let _ = self;
        false
    }
    /// The gRPC code the error travels with.
    #[must_use]
    pub const fn grpc_code(self) -> ::errcat::GrpcCode {
        let _ = self;
        ::errcat::GrpcCode::Internal
    }
    /// The entry's help link (`help_url` in the catalog), rendered.
    #[must_use]
    pub const fn help_url(self) -> ::core::option::Option<&'static str> {
        let _ = self;
        ::core::option::Option::None
    }
}
impl ::core::fmt::Debug for StaleError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(Self::__ERRCAT_IDENTS[self.__errcat_index()])
    }
}
impl ::core::fmt::Display for StaleError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        let message = self.message();
        f.write_str(
            if message.is_empty() {
                Self::__ERRCAT_IDENTS[self.__errcat_index()]
            } else {
                message
            },
        )?;
        ::core::result::Result::Ok(())
    }
}
impl ::core::error::Error for StaleError {}
impl ::core::convert::From<StaleError> for i32 {
    fn from(value: StaleError) -> Self {
        value.code()
    }
}
impl ::core::convert::TryFrom<i32> for StaleError {
    type Error = ::errcat::UnknownCode<i32>;
    fn try_from(code: i32) -> ::core::result::Result<Self, Self::Error> {
        match Self::from_code(code) {
            ::core::option::Option::Some(value) => ::core::result::Result::Ok(value),
            ::core::option::Option::None => {
                ::core::result::Result::Err(::errcat::UnknownCode(code))
            }
        }
    }
}
impl ::core::str::FromStr for StaleError {
    type Err = ::errcat::UnknownName;
    fn from_str(name: &str) -> ::core::result::Result<Self, Self::Err> {
        match Self::from_name(name) {
            ::core::option::Option::Some(value) => ::core::result::Result::Ok(value),
            ::core::option::Option::None => {
                ::core::result::Result::Err(::errcat::UnknownName::new(name))
            }
        }
    }
}
impl ::errcat::ErrorCode for StaleError {
    type Repr = i32;
    const ALL: &'static [Self] = StaleError::ALL;
    fn code(self) -> i32 {
        StaleError::code(self)
    }
    fn from_code(code: i32) -> ::core::option::Option<Self> {
        StaleError::from_code(code)
    }
    fn name(self) -> &'static str {
        StaleError::name(self)
    }
    fn message(self) -> &'static str {
        StaleError::message(self)
    }
    fn message_in(self, lang: &str) -> &'static str {
        StaleError::message_in(self, lang)
    }
    fn http_status(self) -> u16 {
        StaleError::http_status(self)
    }
    fn severity(self) -> ::errcat::Severity {
        StaleError::severity(self)
    }
    fn is_retryable(self) -> bool {
        StaleError::is_retryable(self)
    }
    fn grpc_code(self) -> ::errcat::GrpcCode {
        StaleError::grpc_code(self)
    }
    const LANGUAGES: &'static [&'static str] = &["en"];
    const WIRE: ::errcat::Wire = ::errcat::Wire::__new(
        false,
        &[
            ("code", ::errcat::BodyMember::Code),
            ("message", ::errcat::BodyMember::Message),
        ],
        ::core::option::Option::None,
        false,
        &[],
        "StaleError",
    );
    fn from_name(name: &str) -> ::core::option::Option<Self> {
        StaleError::from_name(name)
    }
    fn description_in(self, lang: &str) -> ::core::option::Option<&'static str> {
        StaleError::description_in(self, lang)
    }
    fn help_url(self) -> ::core::option::Option<&'static str> {
        StaleError::help_url(self)
    }
}
::errcat::__impl_http!(StaleError);
::errcat::__impl_tonic!(StaleError);
::errcat::__impl_serde!(StaleError);
::errcat::__impl_axum!(StaleError);
