const _: () = ::errcat::__private::GENERATED_FOR_ERRCAT_0_1;
const _: &[u8] = ::core::include_bytes!(
    ::core::concat!(::core::env!("CARGO_MANIFEST_DIR"),
    "/examples/catalogs/blobstore.yaml")
);
#[allow(deprecated)]
/**What the catalog says about `AccessError` and each of its variants.

Languages: `en` (default), `zh`. An entry that does not say otherwise (nor does its group) has HTTP status `500` and severity `error`. `Display` writes `{message}`. With errcat's `serde` feature, a value serializes as its code.

# Examples

```rust,ignore
let error = AccessError::AccessServiceDiscovery;
assert_eq!(error.code(), 551);
assert_eq!(AccessError::from_code(551), Some(error));
```

# Variants

## `AccessServiceDiscovery`

access client service discovery disconnect

- Code `551`, name `CodeAccessServiceDiscovery`
- HTTP status `551`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): access client 无法从consul发现可用的access节点

## `AccessLimited`

access limited

- Code `552`, name `CodeAccessLimited`
- HTTP status `552`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 服务接口达到链接数限制

## `TooLarge`

access exceed object size

- Code `553`, name `CodeAccessExceedSize`
- HTTP status `553`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 上传文件超过最大大小限制*/
impl AccessError {
    /// Every entry of the catalog, in ascending code order.
    ///
    /// A crate that reads this constant makes rustc check the whole
    /// list again, which takes seconds at tens of thousands of
    /// codes; [`all`](Self::all) returns the same slice without
    /// that cost.
    pub const ALL: &'static [Self] = Self::all();
    /// Every entry of the catalog, in ascending code order: the slice
    /// [`ALL`](Self::ALL) holds.
    #[must_use]
    #[inline]
    pub const fn all() -> &'static [Self] {
        static ALL: [AccessError; 3] = {
            use AccessError::*;
            [AccessServiceDiscovery, AccessLimited, TooLarge]
        };
        &ALL
    }
    #[doc(hidden)]
    const __ERRCAT_CODES: &'static [i32] = &[551, 552, 553];
    #[doc(hidden)]
    const __ERRCAT_IDENTS: &'static [&'static str] = &[
        "AccessServiceDiscovery",
        "AccessLimited",
        "TooLarge",
    ];
    /// The entry at `position`.
    #[inline]
    #[doc(hidden)]
    const fn __errcat_entry(position: usize) -> Self {
        Self::all()[position]
    }
    #[inline]
    #[doc(hidden)]
    const fn __errcat_index(self) -> usize {
        match self {
            Self::AccessServiceDiscovery => 0,
            Self::AccessLimited => 1,
            Self::TooLarge => 2,
        }
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
        const LOWEST: i32 = 551;
        const PAGES: &[u8] = b"\x01";
        const SLOTS: &[u8] = b"\0\0\0\0\x01\x02\x03\0";
        let offset = (code as i64 - LOWEST as i64) as u64;
        if offset >= 3 {
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
        const NAMES: &[&str] = &[
            "CodeAccessServiceDiscovery",
            "CodeAccessLimited",
            "CodeAccessExceedSize",
        ];
        NAMES[self.__errcat_index()]
    }
    /// The entry whose [`name`](Self::name) is exactly `name`.
    #[must_use]
    pub fn from_name(name: &str) -> ::core::option::Option<Self> {
        const BY_NAME: &[u8] = b"\x02\x01\0";
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
        const TABLE: &[&str] = &[
            "access client service discovery disconnect",
            "access limited",
            "access exceed object size",
        ];
        TABLE[self.__errcat_index()]
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
        const TABLE: &[::core::option::Option<&str>] = &[
            ::core::option::Option::Some(
                "access client 无法从consul发现可用的access节点",
            ),
            ::core::option::Option::Some("服务接口达到链接数限制"),
            ::core::option::Option::Some("上传文件超过最大大小限制"),
        ];
        TABLE[self.__errcat_index()]
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
        const TABLE: &[u16] = &[551, 552, 553];
        TABLE[self.__errcat_index()]
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
    #[doc(hidden)]
    fn __errcat_language(lang: &str) -> usize {
        match lang {
            "zh" => 1,
            _ => 0,
        }
    }
}
impl ::core::fmt::Display for AccessError {
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
impl ::core::error::Error for AccessError {}
impl ::core::convert::From<AccessError> for i32 {
    fn from(value: AccessError) -> Self {
        value.code()
    }
}
impl ::core::convert::TryFrom<i32> for AccessError {
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
impl ::core::str::FromStr for AccessError {
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
#[allow(deprecated)]
impl ::errcat::ErrorCode for AccessError {
    type Repr = i32;
    const ALL: &'static [Self] = AccessError::all();
    fn all() -> &'static [Self] {
        AccessError::all()
    }
    fn code(self) -> i32 {
        AccessError::code(self)
    }
    fn from_code(code: i32) -> ::core::option::Option<Self> {
        AccessError::from_code(code)
    }
    fn name(self) -> &'static str {
        AccessError::name(self)
    }
    fn message(self) -> &'static str {
        AccessError::message(self)
    }
    fn message_in(self, lang: &str) -> &'static str {
        AccessError::message_in(self, lang)
    }
    fn http_status(self) -> u16 {
        AccessError::http_status(self)
    }
    fn severity(self) -> ::errcat::Severity {
        AccessError::severity(self)
    }
    fn is_retryable(self) -> bool {
        AccessError::is_retryable(self)
    }
    fn grpc_code(self) -> ::errcat::GrpcCode {
        AccessError::grpc_code(self)
    }
    const LANGUAGES: &'static [&'static str] = &["en", "zh"];
    const WIRE: ::errcat::Wire = ::errcat::Wire::__new(
        false,
        &[
            ("code", ::errcat::BodyMember::Code),
            ("message", ::errcat::BodyMember::Message),
        ],
        ::core::option::Option::None,
        false,
        &[],
        "BlobstoreError",
    );
    fn from_name(name: &str) -> ::core::option::Option<Self> {
        AccessError::from_name(name)
    }
    fn description_in(self, lang: &str) -> ::core::option::Option<&'static str> {
        AccessError::description_in(self, lang)
    }
    fn help_url(self) -> ::core::option::Option<&'static str> {
        AccessError::help_url(self)
    }
}
::errcat::__impl_http!(AccessError);
::errcat::__impl_tonic!(AccessError);
::errcat::__impl_serde!(AccessError);
::errcat::__impl_axum!(AccessError);
