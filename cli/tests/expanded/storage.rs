// errcat: generated from examples/storage.yaml by `errcat expand examples/storage.yaml`; catalog 5035631980cdce4d, body e520a92b335e098d; edit the catalog and run the command again, not this file
const _: () = ::errcat::__private::GENERATED_FOR_ERRCAT_0_1;
const _: () = ::core::assert!(
    ::errcat::__private::fingerprint(::core::include_bytes!(::core::concat!(::core::env!("CARGO_MANIFEST_DIR"),
    "/examples/storage.yaml"))) == 0x5035_6319_80cd_ce4d_u64,
    "errcat: examples/storage.yaml changed since this file was generated from it; run `errcat expand examples/storage.yaml` again"
);
/**Status codes of the storage service.

Languages: `en` (default), `zh`. An entry that does not say otherwise (nor does its group) has HTTP status `500` and severity `error`. `Display` writes `[{code}] {message}`. With errcat's `serde` feature, a value serializes as its code.

| Group | Codes | Entries | HTTP | Severity | Description |
|---|---|---:|---:|---|---|
| `disk` | `600..=699` | 4 | `503` | `error` |  |
| `volume` | `900..=999` | 2 | `500` | `error` |  |

# Examples

```rust,ignore
let error = StorageError::DiskNotFound;
assert_eq!(error.code(), 611);
assert_eq!(StorageError::from_code(611), Some(error));
```*/
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StorageError {
    /**disk {disk\_id} not found on {host}

- Code `611`, name `DISK_NOT_FOUND`, group `disk` (`600..=699`)
- HTTP status `503`, gRPC `UNAVAILABLE`, severity `error`, not retryable
- `zh`: 主机 {host} 上的磁盘 {disk\_id} 不存在
- Arguments: `disk_id` (u64), `host` (string); context selector `storage_error::DiskNotFound`

{host} has no disk {disk\_id}: it was removed, or never mounted.

Description (`zh`): {host} 上没有磁盘 {disk\_id}：已被移除或从未挂载。

Solution: Check the mounts of {host}.*/
    DiskNotFound,
    /**cannot read {path} at offset {offset}

- Code `612`, name `DISK_READ_FAILED`, group `disk` (`600..=699`)
- HTTP status `503`, gRPC `UNAVAILABLE`, severity `error`, retryable
- `zh`: 无法在偏移 {offset} 处读取 {path}
- Arguments: `path` (string), `offset` (u64); context selector `storage_error::DiskReadFailed`*/
    DiskReadFailed,
    /**disk answered in {latency\_ms} ms after {retries} retries (degraded: {degraded})

- Code `613`, name `DISK_SLOW`, group `disk` (`600..=699`)
- HTTP status `503`, gRPC `UNAVAILABLE`, severity `warning`, not retryable
- `zh`: 磁盘在重试 {retries} 次后用时 {latency\_ms} 毫秒应答（降级：{degraded}）
- Arguments: `latency_ms` (f64), `retries` (i32), `degraded` (bool); context selector `storage_error::DiskSlow`*/
    DiskSlow,
    /**disk no space

- Code `615`, name `DISK_NO_SPACE`, group `disk` (`600..=699`)
- HTTP status `503`, gRPC `UNAVAILABLE`, severity `error`, retryable
- `zh`: 磁盘空间不足*/
    DiskNoSpace,
    /**volume {vid} does not exist

- Code `904`, name `VOLUME_NOT_EXIST`, group `volume` (`900..=999`)
- HTTP status `404`, gRPC `NOT_FOUND`, severity `error`, not retryable
- `zh`: 卷 {vid} 不存在
- Arguments: `vid` (u32); context selector `storage_error::VolumeNotExist`*/
    VolumeNotExist,
    /**volume is {readonly}

- Code `905`, name `VOLUME_READONLY`, group `volume` (`900..=999`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, not retryable*/
    VolumeReadonly,
}
impl StorageError {
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
        static ALL: [StorageError; 6] = {
            use StorageError::*;
            [
                DiskNotFound,
                DiskReadFailed,
                DiskSlow,
                DiskNoSpace,
                VolumeNotExist,
                VolumeReadonly,
            ]
        };
        &ALL
    }
    #[doc(hidden)]
    const __ERRCAT_CODES: &'static [i32] = &[611, 612, 613, 615, 904, 905];
    #[doc(hidden)]
    const __ERRCAT_IDENTS: &'static [&'static str] = &[
        "DiskNotFound",
        "DiskReadFailed",
        "DiskSlow",
        "DiskNoSpace",
        "VolumeNotExist",
        "VolumeReadonly",
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
        const LOWEST: i32 = 611;
        const PAGES: &[u8] = b"\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02";
        const SLOTS: &[u8] = b"\0\0\0\0\0\0\0\0\x01\x02\x03\0\x04\0\0\0\0\0\0\0\0\x05\x06\0";
        let offset = (code as i64 - LOWEST as i64) as u64;
        if offset >= 295 {
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
            "DISK_NOT_FOUND",
            "DISK_READ_FAILED",
            "DISK_SLOW",
            "DISK_NO_SPACE",
            "VOLUME_NOT_EXIST",
            "VOLUME_READONLY",
        ];
        NAMES[self.__errcat_index()]
    }
    /// The entry whose [`name`](Self::name) is exactly `name`.
    #[must_use]
    pub fn from_name(name: &str) -> ::core::option::Option<Self> {
        const BY_NAME: &[u8] = b"\0\x03\x01\x02\x04\x05";
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
            "disk {disk_id} not found on {host}",
            "cannot read {path} at offset {offset}",
            "disk answered in {latency_ms} ms after {retries} retries (degraded: {degraded})",
            "disk no space",
            "volume {vid} does not exist",
            "volume is {readonly}",
        ];
        TABLE[self.__errcat_index()]
    }
    ///The message in `lang`, falling back to the default language, then to the first language that has one.
    #[must_use]
    #[inline(never)]
    pub fn message_in(self, lang: &str) -> &'static str {
        match Self::__errcat_language(lang) {
            1 => {
                const TABLE: &[&str] = &[
                    "主机 {host} 上的磁盘 {disk_id} 不存在",
                    "无法在偏移 {offset} 处读取 {path}",
                    "磁盘在重试 {retries} 次后用时 {latency_ms} 毫秒应答（降级：{degraded}）",
                    "磁盘空间不足",
                    "卷 {vid} 不存在",
                    "volume is {readonly}",
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
        const TABLE: &[::core::option::Option<&str>] = &[
            ::core::option::Option::Some(
                "{host} has no disk {disk_id}: it was removed, or never mounted.",
            ),
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
        ];
        TABLE[self.__errcat_index()]
    }
    ///The long description in `lang`, with the same fallback as `message_in`.
    #[must_use]
    #[inline(never)]
    pub fn description_in(self, lang: &str) -> ::core::option::Option<&'static str> {
        match Self::__errcat_language(lang) {
            1 => {
                const TABLE: &[::core::option::Option<&str>] = &[
                    ::core::option::Option::Some(
                        "{host} 上没有磁盘 {disk_id}：已被移除或从未挂载。",
                    ),
                    ::core::option::Option::None,
                    ::core::option::Option::None,
                    ::core::option::Option::None,
                    ::core::option::Option::None,
                    ::core::option::Option::None,
                ];
                TABLE[self.__errcat_index()]
            }
            _ => self.description(),
        }
    }
    ///The cause and remedy in the catalog's default language.
    #[must_use]
    #[inline(never)]
    pub const fn solution(self) -> ::core::option::Option<&'static str> {
        const TABLE: &[::core::option::Option<&str>] = &[
            ::core::option::Option::Some("Check the mounts of {host}."),
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
        ];
        TABLE[self.__errcat_index()]
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
        const TABLE: &[u16] = &[503, 503, 503, 503, 404, 409];
        TABLE[self.__errcat_index()]
    }
    /// The entry's severity.
    #[must_use]
    pub const fn severity(self) -> ::errcat::Severity {
        const TABLE: &[u8] = b"\0\0\x01\0\0\0";
        match Self::__errcat_unpack(TABLE, self.__errcat_index(), 1usize) {
            0 => ::errcat::Severity::Error,
            _ => ::errcat::Severity::Warning,
        }
    }
    /// Whether retrying the failed operation may succeed.
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        const TABLE: &[bool] = &[false, true, false, true, false, false];
        TABLE[self.__errcat_index()]
    }
    /// The gRPC code the error travels with.
    #[must_use]
    pub const fn grpc_code(self) -> ::errcat::GrpcCode {
        const TABLE: &[u8] = b"\0\0\0\0\x01\x02";
        match Self::__errcat_unpack(TABLE, self.__errcat_index(), 1usize) {
            0 => ::errcat::GrpcCode::Unavailable,
            1 => ::errcat::GrpcCode::NotFound,
            _ => ::errcat::GrpcCode::AlreadyExists,
        }
    }
    ///The group (code range) the entry belongs to.
    #[must_use]
    pub const fn group(self) -> StorageErrorGroup {
        const TABLE: &[u8] = b"\0\0\0\0\x01\x01";
        match Self::__errcat_unpack(TABLE, self.__errcat_index(), 1usize) {
            0 => StorageErrorGroup::Disk,
            _ => StorageErrorGroup::Volume,
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
impl ::core::fmt::Debug for StorageError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(Self::__ERRCAT_IDENTS[self.__errcat_index()])
    }
}
impl ::core::fmt::Display for StorageError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
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
impl ::core::error::Error for StorageError {}
impl ::core::convert::From<StorageError> for i32 {
    fn from(value: StorageError) -> Self {
        value.code()
    }
}
impl ::core::convert::TryFrom<i32> for StorageError {
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
impl ::core::str::FromStr for StorageError {
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
impl ::errcat::ErrorCode for StorageError {
    type Repr = i32;
    const ALL: &'static [Self] = StorageError::all();
    fn all() -> &'static [Self] {
        StorageError::all()
    }
    fn code(self) -> i32 {
        StorageError::code(self)
    }
    fn from_code(code: i32) -> ::core::option::Option<Self> {
        StorageError::from_code(code)
    }
    fn name(self) -> &'static str {
        StorageError::name(self)
    }
    fn message(self) -> &'static str {
        StorageError::message(self)
    }
    fn message_in(self, lang: &str) -> &'static str {
        StorageError::message_in(self, lang)
    }
    fn http_status(self) -> u16 {
        StorageError::http_status(self)
    }
    fn severity(self) -> ::errcat::Severity {
        StorageError::severity(self)
    }
    fn is_retryable(self) -> bool {
        StorageError::is_retryable(self)
    }
    fn grpc_code(self) -> ::errcat::GrpcCode {
        StorageError::grpc_code(self)
    }
    const LANGUAGES: &'static [&'static str] = &["en", "zh"];
    const WIRE: ::errcat::Wire = ::errcat::Wire::__new(
        false,
        &[
            ("code", ::errcat::BodyMember::Code),
            ("message", ::errcat::BodyMember::Message),
            ("args", ::errcat::BodyMember::Args),
        ],
        ::core::option::Option::Some("https://errors.example.com/storage/"),
        false,
        &[],
        "StorageError",
    );
    fn from_name(name: &str) -> ::core::option::Option<Self> {
        StorageError::from_name(name)
    }
    fn description_in(self, lang: &str) -> ::core::option::Option<&'static str> {
        StorageError::description_in(self, lang)
    }
    fn group_name(self) -> ::core::option::Option<&'static str> {
        ::core::option::Option::Some(StorageError::group(self).name())
    }
    fn arg_names(self) -> &'static [&'static str] {
        match self {
            Self::DiskNotFound => &["disk_id", "host"],
            Self::DiskReadFailed => &["path", "offset"],
            Self::DiskSlow => &["latency_ms", "retries", "degraded"],
            Self::VolumeNotExist => &["vid"],
            _ => &[],
        }
    }
    fn arg_kinds(self) -> &'static [::errcat::ArgKind] {
        match self {
            Self::DiskNotFound => &[::errcat::ArgKind::Uint, ::errcat::ArgKind::Str],
            Self::DiskReadFailed => &[::errcat::ArgKind::Str, ::errcat::ArgKind::Uint],
            Self::DiskSlow => {
                &[
                    ::errcat::ArgKind::Float,
                    ::errcat::ArgKind::Int,
                    ::errcat::ArgKind::Bool,
                ]
            }
            Self::VolumeNotExist => &[::errcat::ArgKind::Uint],
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
        StorageError::help_url(self)
    }
}
::errcat::__impl_http!(StorageError);
::errcat::__impl_tonic!(StorageError);
::errcat::__impl_serde!(StorageError);
::errcat::__impl_axum!(StorageError);
/**The groups (code ranges) of [`StorageError`].

# Examples

```rust,ignore
assert_eq!(StorageErrorGroup::of_code(611), Some(StorageErrorGroup::Disk));
assert!(StorageErrorGroup::Disk.codes().contains(&StorageError::DiskNotFound));
assert_eq!(StorageError::DiskNotFound.group(), StorageErrorGroup::Disk);
```*/
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StorageErrorGroup {
    /**Group `disk`.

Codes `600..=699`; 4 codes. An entry that does not say otherwise has HTTP status `503` and severity `error`.*/
    Disk,
    /**Group `volume`.

Codes `900..=999`; 2 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    Volume,
}
impl StorageErrorGroup {
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
    pub fn codes(self) -> &'static [StorageError] {
        match self {
            Self::Disk => &StorageError::all()[0..4],
            Self::Volume => &StorageError::all()[4..6],
        }
    }
}
impl ::core::fmt::Display for StorageErrorGroup {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.name())
    }
}
///Context selectors of [`StorageError`]: for each entry with arguments, a struct of them that becomes an `errcat::Error<StorageError>` (`?`, `.into()`, `.fail()`, `errcat::ResultExt::context`).
pub mod storage_error {
    ///[`DiskNotFound`](super::StorageError::DiskNotFound) with its arguments: disk {disk\_id} not found on {host}
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct DiskNotFound<Host> {
        ///`disk_id` (u64).
        pub disk_id: u64,
        ///`host` (string).
        pub host: Host,
    }
    impl<Host: ::core::convert::Into<::errcat::__private::String>> DiskNotFound<Host> {
        /// `Err` with this error: `return Selector { … }.fail();`.
        ///
        /// # Errors
        ///
        /// Always: that is its purpose.
        pub fn fail<T>(
            self,
        ) -> ::core::result::Result<T, ::errcat::Error<super::StorageError>> {
            ::core::result::Result::Err(::errcat::IntoError::into_error(self))
        }
    }
    impl<Host: ::core::convert::Into<::errcat::__private::String>> ::errcat::IntoError
    for DiskNotFound<Host> {
        type Kind = super::StorageError;
        fn into_error(self) -> ::errcat::Error<super::StorageError> {
            ::errcat::Error::__with_args(
                super::StorageError::DiskNotFound,
                ::errcat::__private::Box::new([
                    ("disk_id", ::errcat::Arg::Uint(self.disk_id)),
                    ("host", ::errcat::Arg::Str(::core::convert::Into::into(self.host))),
                ]),
            )
        }
    }
    impl<
        Host: ::core::convert::Into<::errcat::__private::String>,
    > ::core::convert::From<DiskNotFound<Host>>
    for ::errcat::Error<super::StorageError> {
        fn from(selector: DiskNotFound<Host>) -> Self {
            ::errcat::IntoError::into_error(selector)
        }
    }
    ///[`DiskReadFailed`](super::StorageError::DiskReadFailed) with its arguments: cannot read {path} at offset {offset}
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct DiskReadFailed<Path> {
        ///`path` (string).
        pub path: Path,
        ///`offset` (u64).
        pub offset: u64,
    }
    impl<Path: ::core::convert::Into<::errcat::__private::String>> DiskReadFailed<Path> {
        /// `Err` with this error: `return Selector { … }.fail();`.
        ///
        /// # Errors
        ///
        /// Always: that is its purpose.
        pub fn fail<T>(
            self,
        ) -> ::core::result::Result<T, ::errcat::Error<super::StorageError>> {
            ::core::result::Result::Err(::errcat::IntoError::into_error(self))
        }
    }
    impl<Path: ::core::convert::Into<::errcat::__private::String>> ::errcat::IntoError
    for DiskReadFailed<Path> {
        type Kind = super::StorageError;
        fn into_error(self) -> ::errcat::Error<super::StorageError> {
            ::errcat::Error::__with_args(
                super::StorageError::DiskReadFailed,
                ::errcat::__private::Box::new([
                    ("path", ::errcat::Arg::Str(::core::convert::Into::into(self.path))),
                    ("offset", ::errcat::Arg::Uint(self.offset)),
                ]),
            )
        }
    }
    impl<
        Path: ::core::convert::Into<::errcat::__private::String>,
    > ::core::convert::From<DiskReadFailed<Path>>
    for ::errcat::Error<super::StorageError> {
        fn from(selector: DiskReadFailed<Path>) -> Self {
            ::errcat::IntoError::into_error(selector)
        }
    }
    ///[`DiskSlow`](super::StorageError::DiskSlow) with its arguments: disk answered in {latency\_ms} ms after {retries} retries (degraded: {degraded})
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct DiskSlow {
        ///`latency_ms` (f64).
        pub latency_ms: f64,
        ///`retries` (i32).
        pub retries: i32,
        ///`degraded` (bool).
        pub degraded: bool,
    }
    impl DiskSlow {
        /// `Err` with this error: `return Selector { … }.fail();`.
        ///
        /// # Errors
        ///
        /// Always: that is its purpose.
        pub fn fail<T>(
            self,
        ) -> ::core::result::Result<T, ::errcat::Error<super::StorageError>> {
            ::core::result::Result::Err(::errcat::IntoError::into_error(self))
        }
    }
    impl ::errcat::IntoError for DiskSlow {
        type Kind = super::StorageError;
        fn into_error(self) -> ::errcat::Error<super::StorageError> {
            ::errcat::Error::__with_args(
                super::StorageError::DiskSlow,
                ::errcat::__private::Box::new([
                    ("latency_ms", ::errcat::Arg::Float(self.latency_ms)),
                    (
                        "retries",
                        ::errcat::Arg::Int(::core::convert::From::from(self.retries)),
                    ),
                    ("degraded", ::errcat::Arg::Bool(self.degraded)),
                ]),
            )
        }
    }
    impl ::core::convert::From<DiskSlow> for ::errcat::Error<super::StorageError> {
        fn from(selector: DiskSlow) -> Self {
            ::errcat::IntoError::into_error(selector)
        }
    }
    ///[`VolumeNotExist`](super::StorageError::VolumeNotExist) with its arguments: volume {vid} does not exist
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct VolumeNotExist {
        ///`vid` (u32).
        pub vid: u32,
    }
    impl VolumeNotExist {
        /// `Err` with this error: `return Selector { … }.fail();`.
        ///
        /// # Errors
        ///
        /// Always: that is its purpose.
        pub fn fail<T>(
            self,
        ) -> ::core::result::Result<T, ::errcat::Error<super::StorageError>> {
            ::core::result::Result::Err(::errcat::IntoError::into_error(self))
        }
    }
    impl ::errcat::IntoError for VolumeNotExist {
        type Kind = super::StorageError;
        fn into_error(self) -> ::errcat::Error<super::StorageError> {
            ::errcat::Error::__with_args(
                super::StorageError::VolumeNotExist,
                ::errcat::__private::Box::new([
                    ("vid", ::errcat::Arg::Uint(::core::convert::From::from(self.vid))),
                ]),
            )
        }
    }
    impl ::core::convert::From<VolumeNotExist> for ::errcat::Error<super::StorageError> {
        fn from(selector: VolumeNotExist) -> Self {
            ::errcat::IntoError::into_error(selector)
        }
    }
}
