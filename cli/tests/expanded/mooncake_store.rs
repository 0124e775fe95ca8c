// errcat: generated from examples/catalogs/mooncake_store.yaml by `errcat expand examples/catalogs/mooncake_store.yaml`; catalog d6ea92017e9ad7f2, body b38495d10fab763f; edit the catalog and run the command again, not this file
const _: () = ::errcat::__private::GENERATED_FOR_ERRCAT_0_1;
const _: () = ::core::assert!(
    ::errcat::__private::fingerprint(::core::include_bytes!(::core::concat!(::core::env!("CARGO_MANIFEST_DIR"),
    "/examples/catalogs/mooncake_store.yaml"))) == 0xd6ea_9201_7e9a_d7f2_u64,
    "errcat: examples/catalogs/mooncake_store.yaml changed since this file was generated from it; run `errcat expand examples/catalogs/mooncake_store.yaml` again"
);
/**Mooncake Store 错误码

Languages: `zh` (default), `en`. An entry that does not say otherwise (nor does its group) has HTTP status `500` and severity `error`. `Display` writes `{message}`. With errcat's `serde` feature, a value serializes as its code. Codes that mean success, which no entry may use: `0`.

| Group | Codes | Entries | HTTP | Severity | Description |
|---|---|---:|---:|---|---|
| `internal` | `-9..=-1` | 1 | `500` | `error` | 内部错误 |
| `buffer_allocation` | `-99..=-10` | 1 | `500` | `error` | 缓冲区分配 |
| `segment_selection` | `-199..=-100` | 3 | `500` | `error` | 分片选择 |
| `handle_selection` | `-299..=-200` | 1 | `500` | `error` | 句柄选择 |
| `version` | `-399..=-300` | 1 | `500` | `error` | 版本相关 |
| `key` | `-499..=-400` | 1 | `500` | `error` | 键相关 |
| `engine` | `-599..=-500` | 1 | `500` | `error` | 引擎相关 |
| `parameter` | `-699..=-600` | 1 | `500` | `error` | 参数错误 |
| `engine_operation` | `-799..=-700` | 7 | `500` | `error` | 引擎操作 |
| `transfer` | `-899..=-800` | 1 | `500` | `error` | 数据传输 |
| `rpc` | `-999..=-900` | 1 | `500` | `error` | RPC |
| `high_availability` | `-1099..=-1000` | 6 | `500` | `error` | 高可用相关 |
| `file` | `-1199..=-1100` | 7 | `500` | `error` | 文件相关 |

# Examples

```rust,ignore
let error = StoreError::FileInvalidHandle;
assert_eq!(error.code(), -1106);
assert_eq!(StoreError::from_code(-1106), Some(error));
```*/
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StoreError {
    /**无效的文件句柄

- Code `-1106`, name `FILE_INVALID_HANDLE`, group `file` (`-1199..=-1100`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Invalid file handle*/
    FileInvalidHandle,
    /**文件加锁失败

- Code `-1105`, name `FILE_LOCK_FAIL`, group `file` (`-1199..=-1100`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: File lock operation failed*/
    FileLockFail,
    /**文件缓冲区错误

- Code `-1104`, name `FILE_INVALID_BUFFER`, group `file` (`-1199..=-1100`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: File buffer is wrong*/
    FileInvalidBuffer,
    /**文件写入失败

- Code `-1103`, name `FILE_WRITE_FAIL`, group `file` (`-1199..=-1100`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Error writing file*/
    FileWriteFail,
    /**文件读取失败

- Code `-1102`, name `FILE_READ_FAIL`, group `file` (`-1199..=-1100`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Error reading file*/
    FileReadFail,
    /**打开文件或写入已有文件时发生错误

- Code `-1101`, name `FILE_OPEN_FAIL`, group `file` (`-1199..=-1100`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Error opening file or writing to an existing file*/
    FileOpenFail,
    /**文件未找到

- Code `-1100`, name `FILE_NOT_FOUND`, group `file` (`-1199..=-1100`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: File not found*/
    FileNotFound,
    /**当前模式下请求不可执行

- Code `-1011`, name `UNAVAILABLE_IN_CURRENT_MODE`, group `high_availability` (`-1099..=-1000`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Request cannot be done in current mode*/
    UnavailableInCurrentMode,
    /**当前状态下请求不可执行

- Code `-1010`, name `UNAVAILABLE_IN_CURRENT_STATUS`, group `high_availability` (`-1099..=-1000`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Request cannot be done in current status*/
    UnavailableInCurrentStatus,
    /**etcd 上下文被取消

- Code `-1003`, name `ETCD_CTX_CANCELLED`, group `high_availability` (`-1099..=-1000`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: etcd context cancelled*/
    EtcdCtxCancelled,
    /**etcd 事务失败

- Code `-1002`, name `ETCD_TRANSACTION_FAIL`, group `high_availability` (`-1099..=-1000`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: etcd transaction failed*/
    EtcdTransactionFail,
    /**etcd 中未找到键

- Code `-1001`, name `ETCD_KEY_NOT_EXIST`, group `high_availability` (`-1099..=-1000`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Key not found in etcd*/
    EtcdKeyNotExist,
    /**etcd 操作失败

- Code `-1000`, name `ETCD_OPERATION_ERROR`, group `high_availability` (`-1099..=-1000`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: etcd operation failed*/
    EtcdOperationError,
    /**RPC 操作失败

- Code `-900`, name `RPC_FAIL`, group `rpc` (`-999..=-900`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: RPC operation failed*/
    RpcFail,
    /**数据传输失败

- Code `-800`, name `TRANSFER_FAIL`, group `transfer` (`-899..=-800`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Transfer operation failed*/
    TransferFail,
    /**对象存在租约

- Code `-706`, name `OBJECT_HAS_LEASE`, group `engine_operation` (`-799..=-700`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Object has lease*/
    ObjectHasLease,
    /**对象已存在

- Code `-705`, name `OBJECT_ALREADY_EXISTS`, group `engine_operation` (`-799..=-700`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Object already exists*/
    ObjectAlreadyExists,
    /**未找到对象

- Code `-704`, name `OBJECT_NOT_FOUND`, group `engine_operation` (`-799..=-700`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Object not found*/
    ObjectNotFound,
    /**副本尚未就绪

- Code `-703`, name `REPLICA_IS_NOT_READY`, group `engine_operation` (`-799..=-700`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Replica is not ready*/
    ReplicaIsNotReady,
    /**无效的副本操作

- Code `-702`, name `INVALID_REPLICA`, group `engine_operation` (`-799..=-700`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Invalid replica operation*/
    InvalidReplica,
    /**无效的读操作

- Code `-701`, name `INVALID_READ`, group `engine_operation` (`-799..=-700`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Invalid read operation*/
    InvalidRead,
    /**无效的写操作

- Code `-700`, name `INVALID_WRITE`, group `engine_operation` (`-799..=-700`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Invalid write operation*/
    InvalidWrite,
    /**参数无效

- Code `-600`, name `INVALID_PARAMS`, group `parameter` (`-699..=-600`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Invalid parameters*/
    InvalidParams,
    /**写入操作失败

- Code `-500`, name `WRITE_FAIL`, group `engine` (`-599..=-500`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Write operation failed*/
    WriteFail,
    /**无效的键

- Code `-400`, name `INVALID_KEY`, group `key` (`-499..=-400`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Invalid key*/
    InvalidKey,
    /**无效的版本

- Code `-300`, name `INVALID_VERSION`, group `version` (`-399..=-300`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Invalid version*/
    InvalidVersion,
    /**由于空间不足，内存分配失败

- Code `-200`, name `NO_AVAILABLE_HANDLE`, group `handle_selection` (`-299..=-200`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Memory allocation failed due to insufficient space.*/
    NoAvailableHandle,
    /**分片已存在

- Code `-102`, name `SEGMENT_ALREADY_EXISTS`, group `segment_selection` (`-199..=-100`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Segment already exists*/
    SegmentAlreadyExists,
    /**未找到可用的分片

- Code `-101`, name `SEGMENT_NOT_FOUND`, group `segment_selection` (`-199..=-100`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: No available segments found*/
    SegmentNotFound,
    /**分片索引超出范围

- Code `-100`, name `SHARD_INDEX_OUT_OF_RANGE`, group `segment_selection` (`-199..=-100`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Shard index is out of bounds*/
    ShardIndexOutOfRange,
    /**缓冲区空间不足

- Code `-10`, name `BUFFER_OVERFLOW`, group `buffer_allocation` (`-99..=-10`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Insufficient buffer space*/
    BufferOverflow,
    /**发生内部错误

- Code `-1`, name `INTERNAL_ERROR`, group `internal` (`-9..=-1`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable
- `en`: Internal error occurred*/
    InternalError,
}
impl StoreError {
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
        static ALL: [StoreError; 32] = {
            use StoreError::*;
            [
                FileInvalidHandle,
                FileLockFail,
                FileInvalidBuffer,
                FileWriteFail,
                FileReadFail,
                FileOpenFail,
                FileNotFound,
                UnavailableInCurrentMode,
                UnavailableInCurrentStatus,
                EtcdCtxCancelled,
                EtcdTransactionFail,
                EtcdKeyNotExist,
                EtcdOperationError,
                RpcFail,
                TransferFail,
                ObjectHasLease,
                ObjectAlreadyExists,
                ObjectNotFound,
                ReplicaIsNotReady,
                InvalidReplica,
                InvalidRead,
                InvalidWrite,
                InvalidParams,
                WriteFail,
                InvalidKey,
                InvalidVersion,
                NoAvailableHandle,
                SegmentAlreadyExists,
                SegmentNotFound,
                ShardIndexOutOfRange,
                BufferOverflow,
                InternalError,
            ]
        };
        &ALL
    }
    #[doc(hidden)]
    const __ERRCAT_CODES: &'static [i32] = &[
        -1106,
        -1105,
        -1104,
        -1103,
        -1102,
        -1101,
        -1100,
        -1011,
        -1010,
        -1003,
        -1002,
        -1001,
        -1000,
        -900,
        -800,
        -706,
        -705,
        -704,
        -703,
        -702,
        -701,
        -700,
        -600,
        -500,
        -400,
        -300,
        -200,
        -102,
        -101,
        -100,
        -10,
        -1,
    ];
    #[doc(hidden)]
    const __ERRCAT_IDENTS: &'static [&'static str] = &[
        "FileInvalidHandle",
        "FileLockFail",
        "FileInvalidBuffer",
        "FileWriteFail",
        "FileReadFail",
        "FileOpenFail",
        "FileNotFound",
        "UnavailableInCurrentMode",
        "UnavailableInCurrentStatus",
        "EtcdCtxCancelled",
        "EtcdTransactionFail",
        "EtcdKeyNotExist",
        "EtcdOperationError",
        "RpcFail",
        "TransferFail",
        "ObjectHasLease",
        "ObjectAlreadyExists",
        "ObjectNotFound",
        "ReplicaIsNotReady",
        "InvalidReplica",
        "InvalidRead",
        "InvalidWrite",
        "InvalidParams",
        "WriteFail",
        "InvalidKey",
        "InvalidVersion",
        "NoAvailableHandle",
        "SegmentAlreadyExists",
        "SegmentNotFound",
        "ShardIndexOutOfRange",
        "BufferOverflow",
        "InternalError",
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
        const LOWEST: i32 = -1106;
        const PAGES: &[u8] = b"\x01\0\0\0\0\0\0\0\0\0\0\x02\x03\x04\0\0\0\0\0\0\0\0\0\0\0\x05\0\0\0\0\0\0\0\0\0\0\0\0\x06\0\0\0\0\0\0\0\0\0\0\0\x07\0\0\0\0\0\0\0\0\0\0\0\0\x08\0\0\0\0\0\0\0\0\0\0\0\t\0\0\0\0\0\0\0\0\0\0\0\0\n\0\0\0\0\0\0\0\0\0\0\0\x0B\0\0\0\0\0\0\0\0\0\0\0\0\x0C\0\0\0\0\0\0\0\0\0\0\0\r\0\0\0\0\0\0\0\0\0\0\0\x0E\x0F";
        const SLOTS: &[u8] = b"\0\0\0\0\0\0\0\0\x01\x02\x03\x04\x05\x06\x07\0\0\0\0\0\0\0\0\x08\t\0\0\0\0\0\0\n\x0B\x0C\r\0\0\0\0\0\0\0\0\0\0\0\x0E\0\0\0\x0F\0\0\0\0\0\x10\x11\x12\x13\x14\x15\x16\0\0\0\x17\0\0\0\0\0\0\0\0\0\0\0\x18\0\0\0\x19\0\0\0\0\0\0\0\0\0\0\0\x1A\0\0\0\x1B\0\0\0\0\0\0\0\0\0\x1C\x1D\x1E\0\x1F\0\0\0\0\0\0\0\0 \0\0\0\0\0\0";
        let offset = (code as i64 - LOWEST as i64) as u64;
        if offset >= 1106 {
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
            "FILE_INVALID_HANDLE",
            "FILE_LOCK_FAIL",
            "FILE_INVALID_BUFFER",
            "FILE_WRITE_FAIL",
            "FILE_READ_FAIL",
            "FILE_OPEN_FAIL",
            "FILE_NOT_FOUND",
            "UNAVAILABLE_IN_CURRENT_MODE",
            "UNAVAILABLE_IN_CURRENT_STATUS",
            "ETCD_CTX_CANCELLED",
            "ETCD_TRANSACTION_FAIL",
            "ETCD_KEY_NOT_EXIST",
            "ETCD_OPERATION_ERROR",
            "RPC_FAIL",
            "TRANSFER_FAIL",
            "OBJECT_HAS_LEASE",
            "OBJECT_ALREADY_EXISTS",
            "OBJECT_NOT_FOUND",
            "REPLICA_IS_NOT_READY",
            "INVALID_REPLICA",
            "INVALID_READ",
            "INVALID_WRITE",
            "INVALID_PARAMS",
            "WRITE_FAIL",
            "INVALID_KEY",
            "INVALID_VERSION",
            "NO_AVAILABLE_HANDLE",
            "SEGMENT_ALREADY_EXISTS",
            "SEGMENT_NOT_FOUND",
            "SHARD_INDEX_OUT_OF_RANGE",
            "BUFFER_OVERFLOW",
            "INTERNAL_ERROR",
        ];
        NAMES[self.__errcat_index()]
    }
    /// The entry whose [`name`](Self::name) is exactly `name`.
    #[must_use]
    pub fn from_name(name: &str) -> ::core::option::Option<Self> {
        const BY_NAME: &[u8] = b"\x1E\t\x0B\x0C\n\x02\0\x01\x06\x05\x04\x03\x1F\x18\x16\x14\x13\x19\x15\x1A\x10\x0F\x11\x12\r\x1B\x1C\x1D\x0E\x07\x08\x17";
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
            "无效的文件句柄",
            "文件加锁失败",
            "文件缓冲区错误",
            "文件写入失败",
            "文件读取失败",
            "打开文件或写入已有文件时发生错误",
            "文件未找到",
            "当前模式下请求不可执行",
            "当前状态下请求不可执行",
            "etcd 上下文被取消",
            "etcd 事务失败",
            "etcd 中未找到键",
            "etcd 操作失败",
            "RPC 操作失败",
            "数据传输失败",
            "对象存在租约",
            "对象已存在",
            "未找到对象",
            "副本尚未就绪",
            "无效的副本操作",
            "无效的读操作",
            "无效的写操作",
            "参数无效",
            "写入操作失败",
            "无效的键",
            "无效的版本",
            "由于空间不足，内存分配失败",
            "分片已存在",
            "未找到可用的分片",
            "分片索引超出范围",
            "缓冲区空间不足",
            "发生内部错误",
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
                    "Invalid file handle",
                    "File lock operation failed",
                    "File buffer is wrong",
                    "Error writing file",
                    "Error reading file",
                    "Error opening file or writing to an existing file",
                    "File not found",
                    "Request cannot be done in current mode",
                    "Request cannot be done in current status",
                    "etcd context cancelled",
                    "etcd transaction failed",
                    "Key not found in etcd",
                    "etcd operation failed",
                    "RPC operation failed",
                    "Transfer operation failed",
                    "Object has lease",
                    "Object already exists",
                    "Object not found",
                    "Replica is not ready",
                    "Invalid replica operation",
                    "Invalid read operation",
                    "Invalid write operation",
                    "Invalid parameters",
                    "Write operation failed",
                    "Invalid key",
                    "Invalid version",
                    "Memory allocation failed due to insufficient space.",
                    "Segment already exists",
                    "No available segments found",
                    "Shard index is out of bounds",
                    "Insufficient buffer space",
                    "Internal error occurred",
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
    pub const fn group(self) -> StoreErrorGroup {
        const TABLE: &[u8] = b"\0\0\0\0\0\0\0\x01\x01\x01\x01\x01\x01\x02\x03\x04\x04\x04\x04\x04\x04\x04\x05\x06\x07\x08\t\n\n\n\x0B\x0C";
        match Self::__errcat_unpack(TABLE, self.__errcat_index(), 1usize) {
            0 => StoreErrorGroup::File,
            1 => StoreErrorGroup::HighAvailability,
            2 => StoreErrorGroup::Rpc,
            3 => StoreErrorGroup::Transfer,
            4 => StoreErrorGroup::EngineOperation,
            5 => StoreErrorGroup::Parameter,
            6 => StoreErrorGroup::Engine,
            7 => StoreErrorGroup::Key,
            8 => StoreErrorGroup::Version,
            9 => StoreErrorGroup::HandleSelection,
            10 => StoreErrorGroup::SegmentSelection,
            11 => StoreErrorGroup::BufferAllocation,
            _ => StoreErrorGroup::Internal,
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
impl ::core::fmt::Debug for StoreError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(Self::__ERRCAT_IDENTS[self.__errcat_index()])
    }
}
impl ::core::fmt::Display for StoreError {
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
assert_eq!(StoreErrorGroup::of_code(-1106), Some(StoreErrorGroup::File));
assert!(StoreErrorGroup::File.codes().contains(&StoreError::FileInvalidHandle));
assert_eq!(StoreError::FileInvalidHandle.group(), StoreErrorGroup::File);
```*/
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StoreErrorGroup {
    /**内部错误

Codes `-9..=-1`; 1 code. An entry that does not say otherwise has HTTP status `500` and severity `error`.

`en`: Internal*/
    Internal,
    /**缓冲区分配

Codes `-99..=-10`; 1 code. An entry that does not say otherwise has HTTP status `500` and severity `error`.

`en`: Buffer Allocation*/
    BufferAllocation,
    /**分片选择

Codes `-199..=-100`; 3 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.

`en`: Segment Selection*/
    SegmentSelection,
    /**句柄选择

Codes `-299..=-200`; 1 code. An entry that does not say otherwise has HTTP status `500` and severity `error`.

`en`: Handle Selection*/
    HandleSelection,
    /**版本相关

Codes `-399..=-300`; 1 code. An entry that does not say otherwise has HTTP status `500` and severity `error`.

`en`: Version*/
    Version,
    /**键相关

Codes `-499..=-400`; 1 code. An entry that does not say otherwise has HTTP status `500` and severity `error`.

`en`: Key*/
    Key,
    /**引擎相关

Codes `-599..=-500`; 1 code. An entry that does not say otherwise has HTTP status `500` and severity `error`.

`en`: Engine*/
    Engine,
    /**参数错误

Codes `-699..=-600`; 1 code. An entry that does not say otherwise has HTTP status `500` and severity `error`.

`en`: Parameter*/
    Parameter,
    /**引擎操作

Codes `-799..=-700`; 7 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.

`en`: Engine Operation*/
    EngineOperation,
    /**数据传输

Codes `-899..=-800`; 1 code. An entry that does not say otherwise has HTTP status `500` and severity `error`.

`en`: Transfer*/
    Transfer,
    /**RPC

Codes `-999..=-900`; 1 code. An entry that does not say otherwise has HTTP status `500` and severity `error`.

`en`: RPC*/
    Rpc,
    /**高可用相关

Codes `-1099..=-1000`; 6 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.

`en`: High Availability*/
    HighAvailability,
    /**文件相关

Codes `-1199..=-1100`; 7 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.

`en`: File*/
    File,
}
impl StoreErrorGroup {
    /// Every group, in catalog order.
    pub const ALL: &'static [Self] = &[
        Self::Internal,
        Self::BufferAllocation,
        Self::SegmentSelection,
        Self::HandleSelection,
        Self::Version,
        Self::Key,
        Self::Engine,
        Self::Parameter,
        Self::EngineOperation,
        Self::Transfer,
        Self::Rpc,
        Self::HighAvailability,
        Self::File,
    ];
    /// The group's name as written in the catalog.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Internal => "internal",
            Self::BufferAllocation => "buffer_allocation",
            Self::SegmentSelection => "segment_selection",
            Self::HandleSelection => "handle_selection",
            Self::Version => "version",
            Self::Key => "key",
            Self::Engine => "engine",
            Self::Parameter => "parameter",
            Self::EngineOperation => "engine_operation",
            Self::Transfer => "transfer",
            Self::Rpc => "rpc",
            Self::HighAvailability => "high_availability",
            Self::File => "file",
        }
    }
    /// The group's inclusive code range, if it has one.
    #[must_use]
    pub const fn range(
        self,
    ) -> ::core::option::Option<::core::ops::RangeInclusive<i32>> {
        match self {
            Self::Internal => ::core::option::Option::Some(-9..=-1),
            Self::BufferAllocation => ::core::option::Option::Some(-99..=-10),
            Self::SegmentSelection => ::core::option::Option::Some(-199..=-100),
            Self::HandleSelection => ::core::option::Option::Some(-299..=-200),
            Self::Version => ::core::option::Option::Some(-399..=-300),
            Self::Key => ::core::option::Option::Some(-499..=-400),
            Self::Engine => ::core::option::Option::Some(-599..=-500),
            Self::Parameter => ::core::option::Option::Some(-699..=-600),
            Self::EngineOperation => ::core::option::Option::Some(-799..=-700),
            Self::Transfer => ::core::option::Option::Some(-899..=-800),
            Self::Rpc => ::core::option::Option::Some(-999..=-900),
            Self::HighAvailability => ::core::option::Option::Some(-1099..=-1000),
            Self::File => ::core::option::Option::Some(-1199..=-1100),
        }
    }
    /// Whether `code` belongs to this group: by range, or by membership for a group without one.
    #[must_use]
    pub const fn contains(self, code: i32) -> bool {
        match self {
            Self::Internal => -9 <= code && code <= -1,
            Self::BufferAllocation => -99 <= code && code <= -10,
            Self::SegmentSelection => -199 <= code && code <= -100,
            Self::HandleSelection => -299 <= code && code <= -200,
            Self::Version => -399 <= code && code <= -300,
            Self::Key => -499 <= code && code <= -400,
            Self::Engine => -599 <= code && code <= -500,
            Self::Parameter => -699 <= code && code <= -600,
            Self::EngineOperation => -799 <= code && code <= -700,
            Self::Transfer => -899 <= code && code <= -800,
            Self::Rpc => -999 <= code && code <= -900,
            Self::HighAvailability => -1099 <= code && code <= -1000,
            Self::File => -1199 <= code && code <= -1100,
        }
    }
    /// The group that owns a raw code, known to the catalog or not.
    #[must_use]
    pub const fn of_code(code: i32) -> ::core::option::Option<Self> {
        if -9 <= code && code <= -1 {
            return ::core::option::Option::Some(Self::Internal);
        }
        if -99 <= code && code <= -10 {
            return ::core::option::Option::Some(Self::BufferAllocation);
        }
        if -199 <= code && code <= -100 {
            return ::core::option::Option::Some(Self::SegmentSelection);
        }
        if -299 <= code && code <= -200 {
            return ::core::option::Option::Some(Self::HandleSelection);
        }
        if -399 <= code && code <= -300 {
            return ::core::option::Option::Some(Self::Version);
        }
        if -499 <= code && code <= -400 {
            return ::core::option::Option::Some(Self::Key);
        }
        if -599 <= code && code <= -500 {
            return ::core::option::Option::Some(Self::Engine);
        }
        if -699 <= code && code <= -600 {
            return ::core::option::Option::Some(Self::Parameter);
        }
        if -799 <= code && code <= -700 {
            return ::core::option::Option::Some(Self::EngineOperation);
        }
        if -899 <= code && code <= -800 {
            return ::core::option::Option::Some(Self::Transfer);
        }
        if -999 <= code && code <= -900 {
            return ::core::option::Option::Some(Self::Rpc);
        }
        if -1099 <= code && code <= -1000 {
            return ::core::option::Option::Some(Self::HighAvailability);
        }
        if -1199 <= code && code <= -1100 {
            return ::core::option::Option::Some(Self::File);
        }
        ::core::option::Option::None
    }
    /// The group's entries, in ascending code order.
    #[must_use]
    pub fn codes(self) -> &'static [StoreError] {
        match self {
            Self::Internal => &StoreError::all()[31..32],
            Self::BufferAllocation => &StoreError::all()[30..31],
            Self::SegmentSelection => &StoreError::all()[27..30],
            Self::HandleSelection => &StoreError::all()[26..27],
            Self::Version => &StoreError::all()[25..26],
            Self::Key => &StoreError::all()[24..25],
            Self::Engine => &StoreError::all()[23..24],
            Self::Parameter => &StoreError::all()[22..23],
            Self::EngineOperation => &StoreError::all()[15..22],
            Self::Transfer => &StoreError::all()[14..15],
            Self::Rpc => &StoreError::all()[13..14],
            Self::HighAvailability => &StoreError::all()[7..13],
            Self::File => &StoreError::all()[0..7],
        }
    }
}
impl ::core::fmt::Display for StoreErrorGroup {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.name())
    }
}
