// errcat: generated from tests/catalogs/representation_open.yaml by `errcat expand tests/catalogs/representation_open.yaml`; catalog 7508bd6c1d6263f4, body a57181743a9bb19a; edit the catalog and run the command again, not this file
const _: () = ::errcat::__private::GENERATED_FOR_ERRCAT_0_1;
const _: () = ::core::assert!(
    ::errcat::__private::fingerprint(::core::include_bytes!(::core::concat!(::core::env!("CARGO_MANIFEST_DIR"),
    "/tests/catalogs/representation_open.yaml"))) == 0x7508_bd6c_1d62_63f4_u64,
    "errcat: tests/catalogs/representation_open.yaml changed since this file was generated from it; run `errcat expand tests/catalogs/representation_open.yaml` again"
);
/**Error codes of the `StoreError` catalog.

An open catalog: a code it does not list (one a newer peer sends) is kept; see `from_code_lossy` and `is_known`.

Languages: `en` (default), `zh`. An entry that does not say otherwise (nor does its group) has HTTP status `500` and severity `error`. `Display` writes `[{code}] {message}`. With errcat's `serde` feature, a value serializes as its code.

| Group | Codes | Entries | HTTP | Severity | Description |
|---|---|---:|---:|---|---|
| `disk` | `600..=699` | 2 | `500` | `error` |  |
| `volume` | `900..=999` | 1 | `500` | `error` |  |

# Examples

```rust,ignore
let error = StoreError::DiskNotFound;
assert_eq!(error.code(), 611);
assert_eq!(StoreError::from_code(611), Some(error));
```*/
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StoreError(i32);
#[allow(non_upper_case_globals)]
impl StoreError {
    /**disk not found

- Code `611`, name `DISK_NOT_FOUND`, group `disk` (`600..=699`)
- HTTP status `404`, gRPC `NOT_FOUND`, severity `error`, not retryable
- `zh`: 磁盘不存在*/
    pub const DiskNotFound: Self = Self(611);
    /**slow: {ms} ms

- Code `612`, name `DISK_SLOW`, group `disk` (`600..=699`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, retryable
- Arguments: `ms` (u32); context selector `store_error::DiskSlow`*/
    pub const DiskSlow: Self = Self(612);
    /**volume gone

- Code `904`, name `VOLUME_GONE`, group `volume` (`900..=999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `warning`, not retryable*/
    #[deprecated(note = "use DISK_NOT_FOUND")]
    pub const VolumeGone: Self = Self(904);
}
#[allow(deprecated)]
impl StoreError {
    /// Every entry of the catalog, in ascending code order.
    pub const ALL: &'static [Self] = &[Self(611), Self(612), Self(904)];
    /// Every entry of the catalog, in ascending code order: the slice
    /// [`ALL`](Self::ALL) holds.
    #[must_use]
    #[inline]
    pub const fn all() -> &'static [Self] {
        Self::ALL
    }
    #[doc(hidden)]
    const __ERRCAT_IDENTS: &'static [&'static str] = &[
        "DiskNotFound",
        "DiskSlow",
        "VolumeGone",
        "",
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
        match Self::__errcat_position(self.0) {
            ::core::option::Option::Some(i) => i,
            ::core::option::Option::None => 3,
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
        const LOWEST: i32 = 611;
        const PAGES: &[u8] = b"\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02";
        const SLOTS: &[u8] = b"\0\0\0\0\0\0\0\0\x01\x02\0\0\0\0\0\0\0\0\0\0\0\x03\0\0";
        let offset = (code as i64 - LOWEST as i64) as u64;
        if offset >= 294 {
            return ::core::option::Option::None;
        }
        let offset = offset as usize;
        let page = Self::__errcat_unpack(PAGES, offset >> 3, 1usize);
        match Self::__errcat_unpack(SLOTS, (page << 3) | (offset & 7), 1usize) {
            0 => ::core::option::Option::None,
            value => ::core::option::Option::Some(value - 1),
        }
    }
    /// The entry's code.
    #[must_use]
    #[inline]
    pub const fn code(self) -> i32 {
        self.0
    }
    /// The entry with this code, if the catalog defines it.
    #[must_use]
    pub const fn from_code(code: i32) -> ::core::option::Option<Self> {
        match Self::__errcat_position(code) {
            ::core::option::Option::Some(_) => ::core::option::Option::Some(Self(code)),
            ::core::option::Option::None => ::core::option::Option::None,
        }
    }
    /// The entry with this code, or, for a code the catalog does not
    /// list, a value that keeps it: `code()` returns it, `is_known()`
    /// is `false`, and `Display` and `Debug` name it.
    #[must_use]
    #[inline]
    pub const fn from_code_lossy(code: i32) -> Self {
        Self(code)
    }
    /// Whether the catalog lists this code.
    #[must_use]
    #[inline]
    pub const fn is_known(self) -> bool {
        self.__errcat_index() != 3
    }
    /// The entry's name as written in the catalog (the variant name if it has none).
    #[must_use]
    #[inline(never)]
    pub const fn name(self) -> &'static str {
        const NAMES: &[&str] = &["DISK_NOT_FOUND", "DISK_SLOW", "VOLUME_GONE", ""];
        NAMES[self.__errcat_index()]
    }
    /// The entry whose [`name`](Self::name) is exactly `name`.
    #[must_use]
    pub fn from_name(name: &str) -> ::core::option::Option<Self> {
        const BY_NAME: &[u8] = b"\0\x01\x02";
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
        const TABLE: &[&str] = &["disk not found", "slow: {ms} ms", "volume gone", ""];
        TABLE[self.__errcat_index()]
    }
    ///The message in `lang`, falling back to the default language, then to the first language that has one.
    #[must_use]
    #[inline(never)]
    pub fn message_in(self, lang: &str) -> &'static str {
        match Self::__errcat_language(lang) {
            1 => {
                const TABLE: &[&str] = &[
                    "磁盘不存在",
                    "slow: {ms} ms",
                    "volume gone",
                    "",
                ];
                TABLE[self.__errcat_index()]
            }
            _ => self.message(),
        }
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
        const TABLE: &[u16] = &[404, 500, 500, 500];
        TABLE[self.__errcat_index()]
    }
    /// The entry's severity.
    #[must_use]
    pub const fn severity(self) -> ::errcat::Severity {
        const TABLE: &[u8] = b"\0\0\x01\0";
        match Self::__errcat_unpack(TABLE, self.__errcat_index(), 1usize) {
            0 => ::errcat::Severity::Error,
            _ => ::errcat::Severity::Warning,
        }
    }
    /// Whether retrying the failed operation may succeed.
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        const TABLE: &[bool] = &[false, true, false, false];
        TABLE[self.__errcat_index()]
    }
    /// The gRPC code the error travels with.
    #[must_use]
    pub const fn grpc_code(self) -> ::errcat::GrpcCode {
        const TABLE: &[u8] = b"\0\x01\x01\x02";
        match Self::__errcat_unpack(TABLE, self.__errcat_index(), 1usize) {
            0 => ::errcat::GrpcCode::NotFound,
            1 => ::errcat::GrpcCode::Internal,
            _ => ::errcat::GrpcCode::Unknown,
        }
    }
    ///The group (code range) the entry belongs to; for a code the catalog does not list, the group whose range holds it, else the first group (`of_code` returns `None` for it).
    #[must_use]
    pub const fn group(self) -> StoreErrorGroup {
        if !self.is_known() {
            return match StoreErrorGroup::of_code(self.0) {
                ::core::option::Option::Some(group) => group,
                ::core::option::Option::None => StoreErrorGroup::ALL[0],
            };
        }
        const TABLE: &[u8] = b"\0\0\x01";
        match Self::__errcat_unpack(TABLE, self.__errcat_index(), 1usize) {
            0 => StoreErrorGroup::Disk,
            _ => StoreErrorGroup::Volume,
        }
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
impl ::core::fmt::Debug for StoreError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        if self.is_known() {
            return f.write_str(Self::__ERRCAT_IDENTS[self.__errcat_index()]);
        }
        f.write_str("StoreError(")?;
        ::core::fmt::Display::fmt(&self.0, f)?;
        f.write_str(")")
    }
}
impl ::core::fmt::Display for StoreError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        if !self.is_known() {
            f.write_str("unknown code ")?;
            return ::core::fmt::Display::fmt(&self.code(), f);
        }
        f.write_str("[")?;
        ::core::fmt::Display::fmt(&self.code(), f)?;
        f.write_str("] ")?;
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
impl ::core::error::Error for StoreError {}
impl ::core::convert::From<StoreError> for i32 {
    fn from(value: StoreError) -> Self {
        value.code()
    }
}
impl ::core::convert::TryFrom<i32> for StoreError {
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
impl ::core::str::FromStr for StoreError {
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
impl ::errcat::ErrorCode for StoreError {
    type Repr = i32;
    const ALL: &'static [Self] = StoreError::all();
    fn all() -> &'static [Self] {
        StoreError::all()
    }
    fn code(self) -> i32 {
        StoreError::code(self)
    }
    fn from_code(code: i32) -> ::core::option::Option<Self> {
        StoreError::from_code(code)
    }
    fn name(self) -> &'static str {
        StoreError::name(self)
    }
    fn message(self) -> &'static str {
        StoreError::message(self)
    }
    fn message_in(self, lang: &str) -> &'static str {
        StoreError::message_in(self, lang)
    }
    fn http_status(self) -> u16 {
        StoreError::http_status(self)
    }
    fn severity(self) -> ::errcat::Severity {
        StoreError::severity(self)
    }
    fn is_retryable(self) -> bool {
        StoreError::is_retryable(self)
    }
    fn grpc_code(self) -> ::errcat::GrpcCode {
        StoreError::grpc_code(self)
    }
    fn from_wire_code(code: i32) -> ::core::option::Option<Self> {
        ::core::option::Option::Some(StoreError::from_code_lossy(code))
    }
    fn is_known(self) -> bool {
        StoreError::is_known(self)
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
        "StoreError",
    );
    fn from_name(name: &str) -> ::core::option::Option<Self> {
        StoreError::from_name(name)
    }
    fn description_in(self, lang: &str) -> ::core::option::Option<&'static str> {
        StoreError::description_in(self, lang)
    }
    fn group_name(self) -> ::core::option::Option<&'static str> {
        ::core::option::Option::Some(StoreError::group(self).name())
    }
    fn arg_names(self) -> &'static [&'static str] {
        match self {
            Self::DiskSlow => &["ms"],
            _ => &[],
        }
    }
    fn arg_kinds(self) -> &'static [::errcat::ArgKind] {
        match self {
            Self::DiskSlow => &[::errcat::ArgKind::Uint],
            _ => &[],
        }
    }
    fn __display_with(
        self,
        f: &mut ::core::fmt::Formatter<'_>,
        message: ::core::option::Option<
            &dyn ::core::ops::Fn(&mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result,
        >,
    ) -> ::core::fmt::Result {
        if !self.is_known() {
            f.write_str("unknown code ")?;
            return ::core::fmt::Display::fmt(&self.code(), f);
        }
        f.write_str("[")?;
        ::core::fmt::Display::fmt(&self.code(), f)?;
        f.write_str("] ")?;
        match message {
            ::core::option::Option::Some(message) => message(f)?,
            ::core::option::Option::None => {
                let message = self.message();
                f.write_str(
                    if message.is_empty() {
                        Self::__ERRCAT_IDENTS[self.__errcat_index()]
                    } else {
                        message
                    },
                )?;
            }
        }
        ::core::result::Result::Ok(())
    }
    fn help_url(self) -> ::core::option::Option<&'static str> {
        StoreError::help_url(self)
    }
}
::errcat::__impl_http!(StoreError);
::errcat::__impl_tonic!(StoreError);
::errcat::__impl_serde!(StoreError);
::errcat::__impl_axum!(StoreError);
/**The groups (code ranges) of [`StoreError`].

# Examples

```rust,ignore
assert_eq!(StoreErrorGroup::of_code(611), Some(StoreErrorGroup::Disk));
assert!(StoreErrorGroup::Disk.codes().contains(&StoreError::DiskNotFound));
assert_eq!(StoreError::DiskNotFound.group(), StoreErrorGroup::Disk);
```*/
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StoreErrorGroup {
    /**Group `disk`.

Codes `600..=699`; 2 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    Disk,
    /**Group `volume`.

Codes `900..=999`; 1 code. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    Volume,
}
#[allow(deprecated)]
impl StoreErrorGroup {
    /// Every group, in catalog order.
    pub const ALL: &'static [Self] = &[Self::Disk, Self::Volume];
    /// The group's name as written in the catalog.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Disk => "disk",
            Self::Volume => "volume",
        }
    }
    /// The group's inclusive code range, if it has one.
    #[must_use]
    pub const fn range(
        self,
    ) -> ::core::option::Option<::core::ops::RangeInclusive<i32>> {
        match self {
            Self::Disk => ::core::option::Option::Some(600..=699),
            Self::Volume => ::core::option::Option::Some(900..=999),
        }
    }
    /// Whether `code` belongs to this group: by range, or by membership for a group without one.
    #[must_use]
    pub const fn contains(self, code: i32) -> bool {
        match self {
            Self::Disk => 600 <= code && code <= 699,
            Self::Volume => 900 <= code && code <= 999,
        }
    }
    /// The group that owns a raw code, known to the catalog or not.
    #[must_use]
    pub const fn of_code(code: i32) -> ::core::option::Option<Self> {
        if 600 <= code && code <= 699 {
            return ::core::option::Option::Some(Self::Disk);
        }
        if 900 <= code && code <= 999 {
            return ::core::option::Option::Some(Self::Volume);
        }
        ::core::option::Option::None
    }
    /// The group's entries, in ascending code order.
    #[must_use]
    pub fn codes(self) -> &'static [StoreError] {
        match self {
            Self::Disk => &StoreError::all()[0..2],
            Self::Volume => &StoreError::all()[2..3],
        }
    }
}
impl ::core::fmt::Display for StoreErrorGroup {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.name())
    }
}
///Context selectors of [`StoreError`]: for each entry with arguments, a struct of them that becomes an `errcat::Error<StoreError>` (`?`, `.into()`, `.fail()`, `errcat::ResultExt::context`).
pub mod store_error {
    ///[`DiskSlow`](super::StoreError::DiskSlow) with its arguments: slow: {ms} ms
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct DiskSlow {
        ///`ms` (u32).
        pub ms: u32,
    }
    impl DiskSlow {
        /// `Err` with this error: `return Selector { … }.fail();`.
        ///
        /// # Errors
        ///
        /// Always: that is its purpose.
        pub fn fail<T>(
            self,
        ) -> ::core::result::Result<T, ::errcat::Error<super::StoreError>> {
            ::core::result::Result::Err(::errcat::IntoError::into_error(self))
        }
    }
    impl ::errcat::IntoError for DiskSlow {
        type Kind = super::StoreError;
        fn into_error(self) -> ::errcat::Error<super::StoreError> {
            ::errcat::Error::__with_args(
                super::StoreError::DiskSlow,
                ::errcat::__private::Box::new([
                    ("ms", ::errcat::Arg::Uint(::core::convert::From::from(self.ms))),
                ]),
            )
        }
    }
    impl ::core::convert::From<DiskSlow> for ::errcat::Error<super::StoreError> {
        fn from(selector: DiskSlow) -> Self {
            ::errcat::IntoError::into_error(selector)
        }
    }
}
