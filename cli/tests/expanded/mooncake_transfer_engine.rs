// errcat: generated from examples/catalogs/mooncake_transfer_engine.yaml by `errcat expand examples/catalogs/mooncake_transfer_engine.yaml`; catalog 3350e3dd8c296841, body fea4e1e29fc534d9; edit the catalog and run the command again, not this file
const _: () = ::errcat::__private::GENERATED_FOR_ERRCAT_0_1;
const _: () = ::core::assert!(
    ::errcat::__private::fingerprint(::core::include_bytes!(::core::concat!(::core::env!("CARGO_MANIFEST_DIR"),
    "/examples/catalogs/mooncake_transfer_engine.yaml"))) == 0x3350_e3dd_8c29_6841_u64,
    "errcat: examples/catalogs/mooncake_transfer_engine.yaml changed since this file was generated from it; run `errcat expand examples/catalogs/mooncake_transfer_engine.yaml` again"
);
/**Mooncake TransferEngine 错误码

Languages: `zh` (default), `en`. An entry that does not say otherwise (nor does its group) has HTTP status `500` and severity `error`. `Display` writes `{message}`. With errcat's `serde` feature, a value serializes as its code. Codes that mean success, which no entry may use: `0`.

| Group | Codes | Entries | HTTP | Severity | Description |
|---|---|---:|---:|---|---|
| `error_args` | `-99..=-1` | 6 | `500` | `error` | 错误参数 |
| `handshake` | `-199..=-100` | 4 | `500` | `error` | 握手错误 |
| `other` | `-399..=-200` | 7 | `500` | `error` | 其他错误 |

# Examples

```rust,ignore
let error = TransferEngineError::NotImplemented;
assert_eq!(error.code(), -303);
assert_eq!(TransferEngineError::from_code(-303), Some(error));
```*/
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TransferEngineError {
    /**Code -303 (the catalog gives no message).

- Code `-303`, name `ERR_NOT_IMPLEMENTED`, group `other` (`-399..=-200`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    NotImplemented,
    /**分配内存已满

- Code `-302`, name `ERR_MEMORY`, group `other` (`-399..=-200`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Out of memory*/
    Memory,
    /**系统不支持 clock\_gettime 接口

- Code `-301`, name `ERR_CLOCK`, group `other` (`-399..=-200`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: The system does not support \`clock\_gettime\` interface*/
    Clock,
    /**系统不支持 numa 接口

- Code `-300`, name `ERR_NUMA`, group `other` (`-399..=-200`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: The system does not support numa interface*/
    Numa,
    /**Code -202 (the catalog gives no message).

- Code `-202`, name `ERR_CONTEXT`, group `other` (`-399..=-200`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Context,
    /**创建及使用 RdmaEndPoint 对象期间发生异常

- Code `-201`, name `ERR_ENDPOINT`, group `other` (`-399..=-200`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Exceptions during the creation and use of \`RdmaEndPoint\` objects*/
    Endpoint,
    /**与 etcd 元数据服务器通信发生异常

- Code `-200`, name `ERR_METADATA`, group `other` (`-399..=-200`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Failed to communicate with metadata server*/
    Metadata,
    /**对方因配置等原因主动拒绝握手

- Code `-104`, name `ERR_REJECT_HANDSHAKE`, group `handshake` (`-199..=-100`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Peer rejects the handshake due to peer’s errors*/
    RejectHandshake,
    /**握手期间交换数据格式错误

- Code `-103`, name `ERR_MALFORMED_JSON`, group `handshake` (`-199..=-100`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Data format error during handshake exchange*/
    MalformedJson,
    /**握手期间发生有关 TCP Socket 的错误

- Code `-102`, name `ERR_SOCKET`, group `handshake` (`-199..=-100`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Errors related to TCP Socket during the handshake process*/
    Socket,
    /**用户输入的 local server name 不是一个有效的 DNS 主机名或 IP 地址，导致其他节点无法与该设备握手

- Code `-101`, name `ERR_DNS`, group `handshake` (`-199..=-100`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Local server name is not a valid DNS hostname or IP address, preventing other nodes from handshaking with this node*/
    Dns,
    /**多次注册重叠的内存区域

- Code `-7`, name `ERR_ADDRESS_OVERLAPPED`, group `error_args` (`-99..=-1`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Registering overlapping memory areas multiple times*/
    AddressOverlapped,
    /**没有一个可用的 RDMA 设备以执行用户请求的 Request

- Code `-6`, name `ERR_DEVICE_NOT_FOUND`, group `error_args` (`-99..=-1`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: No available RDMA device to execute the user’s request*/
    DeviceNotFound,
    /**用户尝试对一个正在执行 Request 的 BatchID 进行回收操作

- Code `-4`, name `ERR_BATCH_BUSY`, group `error_args` (`-99..=-1`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Reclaim a \`BatchID\` that is currently executing a request*/
    BatchBusy,
    /**用户发起的 Request 中源地址和/或目标地址未被注册（含已在本地注册但未上传 etcd 元数据服务器的情况）

- Code `-3`, name `ERR_ADDRESS_NOT_REGISTERED`, group `error_args` (`-99..=-1`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: The source address and/or target address in the request initiated by the user are not registered (including the situation where it has been registered locally but not uploaded to the metadata server)*/
    AddressNotRegistered,
    /**用户调用 SubmitTransfer 接口时，传入的 Request 数量超出分配 BatchID 指定的最大值

- Code `-2`, name `ERR_TOO_MANY_REQUESTS`, group `error_args` (`-99..=-1`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: The number of requests passed by the user when calling the \`SubmitTransfer\` interface exceeds the maximum value specified by the allocated \`BatchID\`*/
    TooManyRequests,
    /**用户输入参数不正确（且无法细化为该组错误中其余各项）

- Code `-1`, name `ERR_INVALID_ARGUMENT`, group `error_args` (`-99..=-1`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Input parameters are incorrect (and cannot be detailed into other items in this group)*/
    InvalidArgument,
}
impl TransferEngineError {
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
        static ALL: [TransferEngineError; 17] = {
            use TransferEngineError::*;
            [
                NotImplemented,
                Memory,
                Clock,
                Numa,
                Context,
                Endpoint,
                Metadata,
                RejectHandshake,
                MalformedJson,
                Socket,
                Dns,
                AddressOverlapped,
                DeviceNotFound,
                BatchBusy,
                AddressNotRegistered,
                TooManyRequests,
                InvalidArgument,
            ]
        };
        &ALL
    }
    #[doc(hidden)]
    const __ERRCAT_CODES: &'static [i32] = &[
        -303,
        -302,
        -301,
        -300,
        -202,
        -201,
        -200,
        -104,
        -103,
        -102,
        -101,
        -7,
        -6,
        -4,
        -3,
        -2,
        -1,
    ];
    #[doc(hidden)]
    const __ERRCAT_IDENTS: &'static [&'static str] = &[
        "NotImplemented",
        "Memory",
        "Clock",
        "Numa",
        "Context",
        "Endpoint",
        "Metadata",
        "RejectHandshake",
        "MalformedJson",
        "Socket",
        "Dns",
        "AddressOverlapped",
        "DeviceNotFound",
        "BatchBusy",
        "AddressNotRegistered",
        "TooManyRequests",
        "InvalidArgument",
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
        const LOWEST: i32 = -303;
        const PAGES: &[u8] = b"\x01\0\0\0\0\0\0\0\0\0\0\0\x02\0\0\0\0\0\0\0\0\0\0\0\x03\x04\0\0\0\0\0\0\0\0\0\0\0\x05";
        const SLOTS: &[u8] = b"\0\0\0\0\0\0\0\0\x01\x02\x03\x04\0\0\0\0\0\0\0\0\0\x05\x06\x07\0\0\0\0\0\0\0\x08\t\n\x0B\0\0\0\0\0\x0C\r\0\x0E\x0F\x10\x11\0";
        let offset = (code as i64 - LOWEST as i64) as u64;
        if offset >= 303 {
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
            "ERR_NOT_IMPLEMENTED",
            "ERR_MEMORY",
            "ERR_CLOCK",
            "ERR_NUMA",
            "ERR_CONTEXT",
            "ERR_ENDPOINT",
            "ERR_METADATA",
            "ERR_REJECT_HANDSHAKE",
            "ERR_MALFORMED_JSON",
            "ERR_SOCKET",
            "ERR_DNS",
            "ERR_ADDRESS_OVERLAPPED",
            "ERR_DEVICE_NOT_FOUND",
            "ERR_BATCH_BUSY",
            "ERR_ADDRESS_NOT_REGISTERED",
            "ERR_TOO_MANY_REQUESTS",
            "ERR_INVALID_ARGUMENT",
        ];
        NAMES[self.__errcat_index()]
    }
    /// The entry whose [`name`](Self::name) is exactly `name`.
    #[must_use]
    pub fn from_name(name: &str) -> ::core::option::Option<Self> {
        const BY_NAME: &[u8] = b"\x0E\x0B\r\x02\x04\x0C\n\x05\x10\x08\x01\x06\0\x03\x07\t\x0F";
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
            "",
            "分配内存已满",
            "系统不支持 clock_gettime 接口",
            "系统不支持 numa 接口",
            "",
            "创建及使用 RdmaEndPoint 对象期间发生异常",
            "与 etcd 元数据服务器通信发生异常",
            "对方因配置等原因主动拒绝握手",
            "握手期间交换数据格式错误",
            "握手期间发生有关 TCP Socket 的错误",
            "用户输入的 local server name 不是一个有效的 DNS 主机名或 IP 地址，导致其他节点无法与该设备握手",
            "多次注册重叠的内存区域",
            "没有一个可用的 RDMA 设备以执行用户请求的 Request",
            "用户尝试对一个正在执行 Request 的 BatchID 进行回收操作",
            "用户发起的 Request 中源地址和/或目标地址未被注册（含已在本地注册但未上传 etcd 元数据服务器的情况）",
            "用户调用 SubmitTransfer 接口时，传入的 Request 数量超出分配 BatchID 指定的最大值",
            "用户输入参数不正确（且无法细化为该组错误中其余各项）",
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
                    "",
                    "Out of memory",
                    "The system does not support `clock_gettime` interface",
                    "The system does not support numa interface",
                    "",
                    "Exceptions during the creation and use of `RdmaEndPoint` objects",
                    "Failed to communicate with metadata server",
                    "Peer rejects the handshake due to peer’s errors",
                    "Data format error during handshake exchange",
                    "Errors related to TCP Socket during the handshake process",
                    "Local server name is not a valid DNS hostname or IP address, preventing other nodes from handshaking with this node",
                    "Registering overlapping memory areas multiple times",
                    "No available RDMA device to execute the user’s request",
                    "Reclaim a `BatchID` that is currently executing a request",
                    "The source address and/or target address in the request initiated by the user are not registered (including the situation where it has been registered locally but not uploaded to the metadata server)",
                    "The number of requests passed by the user when calling the `SubmitTransfer` interface exceeds the maximum value specified by the allocated `BatchID`",
                    "Input parameters are incorrect (and cannot be detailed into other items in this group)",
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
    ///The group (code range) the entry belongs to.
    #[must_use]
    pub const fn group(self) -> TransferEngineErrorGroup {
        const TABLE: &[u8] = b"\0\0\0\0\0\0\0\x01\x01\x01\x01\x02\x02\x02\x02\x02\x02";
        match Self::__errcat_unpack(TABLE, self.__errcat_index(), 1usize) {
            0 => TransferEngineErrorGroup::Other,
            1 => TransferEngineErrorGroup::Handshake,
            _ => TransferEngineErrorGroup::ErrorArgs,
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
            "en" => 1,
            _ => 0,
        }
    }
}
impl ::core::fmt::Debug for TransferEngineError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(Self::__ERRCAT_IDENTS[self.__errcat_index()])
    }
}
impl ::core::fmt::Display for TransferEngineError {
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
impl ::core::error::Error for TransferEngineError {}
impl ::core::convert::From<TransferEngineError> for i32 {
    fn from(value: TransferEngineError) -> Self {
        value.code()
    }
}
impl ::core::convert::TryFrom<i32> for TransferEngineError {
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
impl ::core::str::FromStr for TransferEngineError {
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
impl ::errcat::ErrorCode for TransferEngineError {
    type Repr = i32;
    const ALL: &'static [Self] = TransferEngineError::all();
    fn all() -> &'static [Self] {
        TransferEngineError::all()
    }
    fn code(self) -> i32 {
        TransferEngineError::code(self)
    }
    fn from_code(code: i32) -> ::core::option::Option<Self> {
        TransferEngineError::from_code(code)
    }
    fn name(self) -> &'static str {
        TransferEngineError::name(self)
    }
    fn message(self) -> &'static str {
        TransferEngineError::message(self)
    }
    fn message_in(self, lang: &str) -> &'static str {
        TransferEngineError::message_in(self, lang)
    }
    fn http_status(self) -> u16 {
        TransferEngineError::http_status(self)
    }
    fn severity(self) -> ::errcat::Severity {
        TransferEngineError::severity(self)
    }
    fn is_retryable(self) -> bool {
        TransferEngineError::is_retryable(self)
    }
    fn grpc_code(self) -> ::errcat::GrpcCode {
        TransferEngineError::grpc_code(self)
    }
    const LANGUAGES: &'static [&'static str] = &["zh", "en"];
    const WIRE: ::errcat::Wire = ::errcat::Wire::__new(
        false,
        &[
            ("code", ::errcat::BodyMember::Code),
            ("message", ::errcat::BodyMember::Message),
        ],
        ::core::option::Option::None,
        false,
        &[],
        "TransferEngineError",
    );
    fn from_name(name: &str) -> ::core::option::Option<Self> {
        TransferEngineError::from_name(name)
    }
    fn description_in(self, lang: &str) -> ::core::option::Option<&'static str> {
        TransferEngineError::description_in(self, lang)
    }
    fn group_name(self) -> ::core::option::Option<&'static str> {
        ::core::option::Option::Some(TransferEngineError::group(self).name())
    }
    fn help_url(self) -> ::core::option::Option<&'static str> {
        TransferEngineError::help_url(self)
    }
}
::errcat::__impl_http!(TransferEngineError);
::errcat::__impl_tonic!(TransferEngineError);
::errcat::__impl_serde!(TransferEngineError);
::errcat::__impl_axum!(TransferEngineError);
/**The groups (code ranges) of [`TransferEngineError`].

# Examples

```rust,ignore
assert_eq!(TransferEngineErrorGroup::of_code(-303), Some(TransferEngineErrorGroup::Other));
assert!(TransferEngineErrorGroup::Other.codes().contains(&TransferEngineError::NotImplemented));
assert_eq!(TransferEngineError::NotImplemented.group(), TransferEngineErrorGroup::Other);
```*/
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TransferEngineErrorGroup {
    /**错误参数

Codes `-99..=-1`; 6 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.

`en`: Error Args*/
    ErrorArgs,
    /**握手错误

Codes `-199..=-100`; 4 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.

`en`: Handshake*/
    Handshake,
    /**其他错误

Codes `-399..=-200`; 7 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.

`en`: Other*/
    Other,
}
impl TransferEngineErrorGroup {
    /// Every group, in catalog order.
    pub const ALL: &'static [Self] = &[Self::ErrorArgs, Self::Handshake, Self::Other];
    /// The group's name as written in the catalog.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::ErrorArgs => "error_args",
            Self::Handshake => "handshake",
            Self::Other => "other",
        }
    }
    /// The group's inclusive code range, if it has one.
    #[must_use]
    pub const fn range(
        self,
    ) -> ::core::option::Option<::core::ops::RangeInclusive<i32>> {
        match self {
            Self::ErrorArgs => ::core::option::Option::Some(-99..=-1),
            Self::Handshake => ::core::option::Option::Some(-199..=-100),
            Self::Other => ::core::option::Option::Some(-399..=-200),
        }
    }
    /// Whether `code` belongs to this group: by range, or by membership for a group without one.
    #[must_use]
    pub const fn contains(self, code: i32) -> bool {
        match self {
            Self::ErrorArgs => -99 <= code && code <= -1,
            Self::Handshake => -199 <= code && code <= -100,
            Self::Other => -399 <= code && code <= -200,
        }
    }
    /// The group that owns a raw code, known to the catalog or not.
    #[must_use]
    pub const fn of_code(code: i32) -> ::core::option::Option<Self> {
        if -99 <= code && code <= -1 {
            return ::core::option::Option::Some(Self::ErrorArgs);
        }
        if -199 <= code && code <= -100 {
            return ::core::option::Option::Some(Self::Handshake);
        }
        if -399 <= code && code <= -200 {
            return ::core::option::Option::Some(Self::Other);
        }
        ::core::option::Option::None
    }
    /// The group's entries, in ascending code order.
    #[must_use]
    pub fn codes(self) -> &'static [TransferEngineError] {
        match self {
            Self::ErrorArgs => &TransferEngineError::all()[11..17],
            Self::Handshake => &TransferEngineError::all()[7..11],
            Self::Other => &TransferEngineError::all()[0..7],
        }
    }
}
impl ::core::fmt::Display for TransferEngineErrorGroup {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.name())
    }
}
