// errcat: generated from tests/catalogs/features.yaml by `errcat expand tests/catalogs/features.yaml`; catalog fdc855ccb05fc718, body c7f45d736f771668; edit the catalog and run the command again, not this file
const _: () = ::errcat::__private::GENERATED_FOR_ERRCAT_0_1;
const _: () = ::core::assert!(
    ::errcat::__private::fingerprint(::core::include_bytes!(::core::concat!(::core::env!("CARGO_MANIFEST_DIR"),
    "/tests/catalogs/features.yaml"))) == 0xfdc8_55cc_b05f_c718_u64,
    "errcat: tests/catalogs/features.yaml changed since this file was generated from it; run `errcat expand tests/catalogs/features.yaml` again"
);
/**Every option of the catalog format.

Languages: `en` (default), `fr`, `de`. An entry that does not say otherwise (nor does its group) has HTTP status `502` and severity `warning`. `Display` writes `[{group}/{code}] {name}: {message} {{ok}}`. With errcat's `serde` feature, a value serializes as its code. Codes that mean success, which no entry may use: `0`. Reserved codes, which no entry may use: `13`, `20..=29`.

| Group | Codes | Entries | HTTP | Severity | Description |
|---|---|---:|---:|---|---|
| `io` | `1..=99` | 3 | `503` | `warning` |  |
| `misc` | no range | 2 | `502` | `warning` | Codes without a range of their own. |
| `extra_misc` | no range | 1 | `502` | `warning` |  |

# Examples

```rust,ignore
let error = FeatureError::DiskFull;
assert_eq!(error.code(), 1);
assert_eq!(FeatureError::from_code(1), Some(error));
```*/
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u16)]
pub enum FeatureError {
    /**disk full

- Code `1`, name `E_DISK_FULL`, group `io` (`1..=99`)
- HTTP status `503`, gRPC `UNAVAILABLE`, severity `warning`, retryable
- `fr`: disque plein

The disk has no space left.

Solution (`fr`): libérez de la place*/
    DiskFull = 1,
    /**Code 2 (the catalog gives no message).

- Code `2`, name `E_GONE`, group `io` (`1..=99`)
- HTTP status `410`, gRPC `FAILED_PRECONDITION`, severity `fatal`, not retryable*/
    #[deprecated]
    Gone = 2,
    /**old read

- Code `3`, name `E_OLD_READ`, group `io` (`1..=99`)
- HTTP status `503`, gRPC `UNAVAILABLE`, severity `warning`, not retryable*/
    #[deprecated(note = "use E_DISK_FULL")]
    OldRead = 3,
    #[doc = r#"quotes " and braces {} and \*/ and \#\[attr\]

- Code `500`, group `extra_misc` (no range)
- HTTP status `502`, gRPC `UNAVAILABLE`, severity `warning`, not retryable"#]
    Code500 = 500,
    /**nur deutsch

- Code `1000`, group `misc` (no range)
- HTTP status `502`, gRPC `UNAVAILABLE`, severity `warning`, not retryable
- `de`: nur deutsch*/
    Code1000 = 1000,
    /**largest u16

- Code `65535`, name `E_MAX`, group `misc` (no range)
- HTTP status `502`, gRPC `UNAVAILABLE`, severity `warning`, not retryable*/
    Max = 65535,
}
#[allow(deprecated)]
impl FeatureError {
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
        static ALL: [FeatureError; 6] = {
            use FeatureError::*;
            [DiskFull, Gone, OldRead, Code500, Code1000, Max]
        };
        &ALL
    }
    #[doc(hidden)]
    const __ERRCAT_CODES: &'static [u16] = &[1, 2, 3, 500, 1000, 65535];
    #[doc(hidden)]
    const __ERRCAT_IDENTS: &'static [&'static str] = &[
        "DiskFull",
        "Gone",
        "OldRead",
        "Code500",
        "Code1000",
        "Max",
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
        match Self::__errcat_position(self as u16) {
            ::core::option::Option::Some(i) => i,
            ::core::option::Option::None => 0,
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
    const fn __errcat_position(code: u16) -> ::core::option::Option<usize> {
        let codes = Self::__ERRCAT_CODES;
        let mut lo = 0;
        let mut hi = codes.len();
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let probe = codes[mid];
            if probe == code {
                return ::core::option::Option::Some(mid);
            }
            if probe < code {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        ::core::option::Option::None
    }
    /// The entry's code.
    #[must_use]
    #[inline]
    pub const fn code(self) -> u16 {
        self as u16
    }
    /// The entry with this code, if the catalog defines it.
    #[must_use]
    pub const fn from_code(code: u16) -> ::core::option::Option<Self> {
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
            "E_DISK_FULL",
            "E_GONE",
            "E_OLD_READ",
            "Code500",
            "Code1000",
            "E_MAX",
        ];
        NAMES[self.__errcat_index()]
    }
    /// The entry whose [`name`](Self::name) is exactly `name`.
    #[must_use]
    pub fn from_name(name: &str) -> ::core::option::Option<Self> {
        const BY_NAME: &[u8] = b"\x04\x03\0\x01\x05\x02";
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
            "disk full",
            "",
            "old read",
            "quotes \" and braces {} and */ and #[attr]",
            "nur deutsch",
            "largest u16",
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
                    "disque plein",
                    "",
                    "old read",
                    "quotes \" and braces {} and */ and #[attr]",
                    "nur deutsch",
                    "largest u16",
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
            ::core::option::Option::Some("The disk has no space left."),
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
        let _ = lang;
        self.description()
    }
    ///The cause and remedy in the catalog's default language.
    #[must_use]
    #[inline(never)]
    pub const fn solution(self) -> ::core::option::Option<&'static str> {
        const TABLE: &[::core::option::Option<&str>] = &[
            ::core::option::Option::Some("libérez de la place"),
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
        const TABLE: &[u16] = &[503, 410, 503, 502, 502, 502];
        TABLE[self.__errcat_index()]
    }
    /// The entry's severity.
    #[must_use]
    pub const fn severity(self) -> ::errcat::Severity {
        const TABLE: &[u8] = b"\0\x01\0\0\0\0";
        match Self::__errcat_unpack(TABLE, self.__errcat_index(), 1usize) {
            0 => ::errcat::Severity::Warning,
            _ => ::errcat::Severity::Fatal,
        }
    }
    /// Whether retrying the failed operation may succeed.
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        const TABLE: &[bool] = &[true, false, false, false, false, false];
        TABLE[self.__errcat_index()]
    }
    /// The gRPC code the error travels with.
    #[must_use]
    pub const fn grpc_code(self) -> ::errcat::GrpcCode {
        const TABLE: &[u8] = b"\0\x01\0\0\0\0";
        match Self::__errcat_unpack(TABLE, self.__errcat_index(), 1usize) {
            0 => ::errcat::GrpcCode::Unavailable,
            _ => ::errcat::GrpcCode::FailedPrecondition,
        }
    }
    ///The group (code range) the entry belongs to.
    #[must_use]
    pub const fn group(self) -> FeatureErrorGroup {
        const TABLE: &[u8] = b"\0\0\0\x01\x02\x02";
        match Self::__errcat_unpack(TABLE, self.__errcat_index(), 1usize) {
            0 => FeatureErrorGroup::Io,
            1 => FeatureErrorGroup::ExtraMisc,
            _ => FeatureErrorGroup::Misc,
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
            "fr" => 1,
            "de" => 2,
            _ => 0,
        }
    }
}
impl ::core::fmt::Debug for FeatureError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(Self::__ERRCAT_IDENTS[self.__errcat_index()])
    }
}
impl ::core::fmt::Display for FeatureError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str("[")?;
        f.write_str(self.group().name())?;
        f.write_str("/")?;
        ::core::fmt::Display::fmt(&self.code(), f)?;
        f.write_str("] ")?;
        f.write_str(self.name())?;
        f.write_str(": ")?;
        let message = self.message();
        f.write_str(
            if message.is_empty() {
                Self::__ERRCAT_IDENTS[self.__errcat_index()]
            } else {
                message
            },
        )?;
        f.write_str(" {ok}")?;
        ::core::result::Result::Ok(())
    }
}
impl ::core::error::Error for FeatureError {}
impl ::core::convert::From<FeatureError> for u16 {
    fn from(value: FeatureError) -> Self {
        value.code()
    }
}
impl ::core::convert::TryFrom<u16> for FeatureError {
    type Error = ::errcat::UnknownCode<u16>;
    fn try_from(code: u16) -> ::core::result::Result<Self, Self::Error> {
        match Self::from_code(code) {
            ::core::option::Option::Some(value) => ::core::result::Result::Ok(value),
            ::core::option::Option::None => {
                ::core::result::Result::Err(::errcat::UnknownCode(code))
            }
        }
    }
}
impl ::core::str::FromStr for FeatureError {
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
impl ::errcat::ErrorCode for FeatureError {
    type Repr = u16;
    const ALL: &'static [Self] = FeatureError::all();
    fn all() -> &'static [Self] {
        FeatureError::all()
    }
    fn code(self) -> u16 {
        FeatureError::code(self)
    }
    fn from_code(code: u16) -> ::core::option::Option<Self> {
        FeatureError::from_code(code)
    }
    fn name(self) -> &'static str {
        FeatureError::name(self)
    }
    fn message(self) -> &'static str {
        FeatureError::message(self)
    }
    fn message_in(self, lang: &str) -> &'static str {
        FeatureError::message_in(self, lang)
    }
    fn http_status(self) -> u16 {
        FeatureError::http_status(self)
    }
    fn severity(self) -> ::errcat::Severity {
        FeatureError::severity(self)
    }
    fn is_retryable(self) -> bool {
        FeatureError::is_retryable(self)
    }
    fn grpc_code(self) -> ::errcat::GrpcCode {
        FeatureError::grpc_code(self)
    }
    const LANGUAGES: &'static [&'static str] = &["en", "fr", "de"];
    const WIRE: ::errcat::Wire = ::errcat::Wire::__new(
        false,
        &[
            ("code", ::errcat::BodyMember::Code),
            ("message", ::errcat::BodyMember::Message),
        ],
        ::core::option::Option::None,
        false,
        &[],
        "FeatureError",
    );
    fn from_name(name: &str) -> ::core::option::Option<Self> {
        FeatureError::from_name(name)
    }
    fn description_in(self, lang: &str) -> ::core::option::Option<&'static str> {
        FeatureError::description_in(self, lang)
    }
    fn group_name(self) -> ::core::option::Option<&'static str> {
        ::core::option::Option::Some(FeatureError::group(self).name())
    }
    fn help_url(self) -> ::core::option::Option<&'static str> {
        FeatureError::help_url(self)
    }
}
::errcat::__impl_http!(FeatureError);
::errcat::__impl_tonic!(FeatureError);
::errcat::__impl_serde!(FeatureError);
::errcat::__impl_axum!(FeatureError);
/**The groups (code ranges) of [`FeatureError`].

# Examples

```rust,ignore
assert_eq!(FeatureErrorGroup::of_code(1), Some(FeatureErrorGroup::Io));
assert!(FeatureErrorGroup::Io.codes().contains(&FeatureError::DiskFull));
assert_eq!(FeatureError::DiskFull.group(), FeatureErrorGroup::Io);
```*/
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FeatureErrorGroup {
    /**Group `io`.

Codes `1..=99`; 3 codes. An entry that does not say otherwise has HTTP status `503` and severity `warning`.*/
    Io,
    /**Codes without a range of their own.

No range; 2 codes. An entry that does not say otherwise has HTTP status `502` and severity `warning`.*/
    Misc,
    /**Group `extra_misc`.

No range; 1 code. An entry that does not say otherwise has HTTP status `502` and severity `warning`.*/
    ExtraMisc,
}
#[allow(deprecated)]
impl FeatureErrorGroup {
    /// Every group, in catalog order.
    pub const ALL: &'static [Self] = &[Self::Io, Self::Misc, Self::ExtraMisc];
    /// The group's name as written in the catalog.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Io => "io",
            Self::Misc => "misc",
            Self::ExtraMisc => "extra_misc",
        }
    }
    /// The group's inclusive code range, if it has one.
    #[must_use]
    pub const fn range(
        self,
    ) -> ::core::option::Option<::core::ops::RangeInclusive<u16>> {
        match self {
            Self::Io => ::core::option::Option::Some(1..=99),
            Self::Misc => ::core::option::Option::None,
            Self::ExtraMisc => ::core::option::Option::None,
        }
    }
    /// Whether `code` belongs to this group: by range, or by membership for a group without one.
    #[must_use]
    pub const fn contains(self, code: u16) -> bool {
        match self {
            Self::Io => 1 <= code && code <= 99,
            Self::Misc => {
                ::core::matches!(
                    FeatureError::from_code(code), ::core::option::Option::Some(e) if
                    ::core::matches!(e.group(), Self::Misc)
                )
            }
            Self::ExtraMisc => {
                ::core::matches!(
                    FeatureError::from_code(code), ::core::option::Option::Some(e) if
                    ::core::matches!(e.group(), Self::ExtraMisc)
                )
            }
        }
    }
    /// The group that owns a raw code, known to the catalog or not.
    #[must_use]
    pub const fn of_code(code: u16) -> ::core::option::Option<Self> {
        if 1 <= code && code <= 99 {
            return ::core::option::Option::Some(Self::Io);
        }
        match FeatureError::from_code(code) {
            ::core::option::Option::Some(e) => ::core::option::Option::Some(e.group()),
            ::core::option::Option::None => ::core::option::Option::None,
        }
    }
    /// The group's entries, in ascending code order.
    #[must_use]
    pub fn codes(self) -> &'static [FeatureError] {
        match self {
            Self::Io => &FeatureError::all()[0..3],
            Self::Misc => &FeatureError::all()[4..6],
            Self::ExtraMisc => &FeatureError::all()[3..4],
        }
    }
}
impl ::core::fmt::Display for FeatureErrorGroup {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.name())
    }
}
