# errcat: generated from examples/catalogs/mooncake_store.yaml by `errcat export examples/catalogs/mooncake_store.yaml --lang python -o examples/exports/python/mooncake_store.py`; catalog d6ea92017e9ad7f2, body b628b674a0cd3eac; edit the catalog and run the command again, not this file
"""Mooncake Store 错误码"""
from __future__ import annotations

import enum
from typing import Final, Literal, Mapping, NamedTuple, Optional, TypedDict


class StoreError(enum.IntEnum):
    """A code of the catalog."""

    FILE_INVALID_HANDLE = -1106
    """无效的文件句柄"""
    FILE_LOCK_FAIL = -1105
    """文件加锁失败"""
    FILE_INVALID_BUFFER = -1104
    """文件缓冲区错误"""
    FILE_WRITE_FAIL = -1103
    """文件写入失败"""
    FILE_READ_FAIL = -1102
    """文件读取失败"""
    FILE_OPEN_FAIL = -1101
    """打开文件或写入已有文件时发生错误"""
    FILE_NOT_FOUND = -1100
    """文件未找到"""
    UNAVAILABLE_IN_CURRENT_MODE = -1011
    """当前模式下请求不可执行"""
    UNAVAILABLE_IN_CURRENT_STATUS = -1010
    """当前状态下请求不可执行"""
    ETCD_CTX_CANCELLED = -1003
    """etcd 上下文被取消"""
    ETCD_TRANSACTION_FAIL = -1002
    """etcd 事务失败"""
    ETCD_KEY_NOT_EXIST = -1001
    """etcd 中未找到键"""
    ETCD_OPERATION_ERROR = -1000
    """etcd 操作失败"""
    RPC_FAIL = -900
    """RPC 操作失败"""
    TRANSFER_FAIL = -800
    """数据传输失败"""
    OBJECT_HAS_LEASE = -706
    """对象存在租约"""
    OBJECT_ALREADY_EXISTS = -705
    """对象已存在"""
    OBJECT_NOT_FOUND = -704
    """未找到对象"""
    REPLICA_IS_NOT_READY = -703
    """副本尚未就绪"""
    INVALID_REPLICA = -702
    """无效的副本操作"""
    INVALID_READ = -701
    """无效的读操作"""
    INVALID_WRITE = -700
    """无效的写操作"""
    INVALID_PARAMS = -600
    """参数无效"""
    WRITE_FAIL = -500
    """写入操作失败"""
    INVALID_KEY = -400
    """无效的键"""
    INVALID_VERSION = -300
    """无效的版本"""
    NO_AVAILABLE_HANDLE = -200
    """由于空间不足，内存分配失败"""
    SEGMENT_ALREADY_EXISTS = -102
    """分片已存在"""
    SEGMENT_NOT_FOUND = -101
    """未找到可用的分片"""
    SHARD_INDEX_OUT_OF_RANGE = -100
    """分片索引超出范围"""
    BUFFER_OVERFLOW = -10
    """缓冲区空间不足"""
    INTERNAL_ERROR = -1
    """发生内部错误"""


LANGUAGES: Final[tuple[str, ...]] = ("zh", "en")
"""The catalog's languages, the default first."""


class Facts(NamedTuple):
    """What the catalog says about one code; texts have one slot per language."""

    name: str
    message: tuple[str, ...]
    description: Optional[tuple[str, ...]]
    solution: Optional[tuple[str, ...]]
    http_status: int
    severity: str
    grpc: str
    retryable: bool
    group: Optional[str]
    deprecated: bool
    args: tuple[str, ...]


_FACTS: Final[Mapping[int, Facts]] = {
    -1106: Facts("FILE_INVALID_HANDLE", ("无效的文件句柄", "Invalid file handle"), None, None, 500, "error", "INTERNAL", False, "file", False, ()),
    -1105: Facts("FILE_LOCK_FAIL", ("文件加锁失败", "File lock operation failed"), None, None, 500, "error", "INTERNAL", False, "file", False, ()),
    -1104: Facts("FILE_INVALID_BUFFER", ("文件缓冲区错误", "File buffer is wrong"), None, None, 500, "error", "INTERNAL", False, "file", False, ()),
    -1103: Facts("FILE_WRITE_FAIL", ("文件写入失败", "Error writing file"), None, None, 500, "error", "INTERNAL", False, "file", False, ()),
    -1102: Facts("FILE_READ_FAIL", ("文件读取失败", "Error reading file"), None, None, 500, "error", "INTERNAL", False, "file", False, ()),
    -1101: Facts("FILE_OPEN_FAIL", ("打开文件或写入已有文件时发生错误", "Error opening file or writing to an existing file"), None, None, 500, "error", "INTERNAL", False, "file", False, ()),
    -1100: Facts("FILE_NOT_FOUND", ("文件未找到", "File not found"), None, None, 500, "error", "INTERNAL", False, "file", False, ()),
    -1011: Facts("UNAVAILABLE_IN_CURRENT_MODE", ("当前模式下请求不可执行", "Request cannot be done in current mode"), None, None, 500, "error", "INTERNAL", False, "high_availability", False, ()),
    -1010: Facts("UNAVAILABLE_IN_CURRENT_STATUS", ("当前状态下请求不可执行", "Request cannot be done in current status"), None, None, 500, "error", "INTERNAL", False, "high_availability", False, ()),
    -1003: Facts("ETCD_CTX_CANCELLED", ("etcd 上下文被取消", "etcd context cancelled"), None, None, 500, "error", "INTERNAL", False, "high_availability", False, ()),
    -1002: Facts("ETCD_TRANSACTION_FAIL", ("etcd 事务失败", "etcd transaction failed"), None, None, 500, "error", "INTERNAL", False, "high_availability", False, ()),
    -1001: Facts("ETCD_KEY_NOT_EXIST", ("etcd 中未找到键", "Key not found in etcd"), None, None, 500, "error", "INTERNAL", False, "high_availability", False, ()),
    -1000: Facts("ETCD_OPERATION_ERROR", ("etcd 操作失败", "etcd operation failed"), None, None, 500, "error", "INTERNAL", False, "high_availability", False, ()),
    -900: Facts("RPC_FAIL", ("RPC 操作失败", "RPC operation failed"), None, None, 500, "error", "INTERNAL", False, "rpc", False, ()),
    -800: Facts("TRANSFER_FAIL", ("数据传输失败", "Transfer operation failed"), None, None, 500, "error", "INTERNAL", False, "transfer", False, ()),
    -706: Facts("OBJECT_HAS_LEASE", ("对象存在租约", "Object has lease"), None, None, 500, "error", "INTERNAL", False, "engine_operation", False, ()),
    -705: Facts("OBJECT_ALREADY_EXISTS", ("对象已存在", "Object already exists"), None, None, 500, "error", "INTERNAL", False, "engine_operation", False, ()),
    -704: Facts("OBJECT_NOT_FOUND", ("未找到对象", "Object not found"), None, None, 500, "error", "INTERNAL", False, "engine_operation", False, ()),
    -703: Facts("REPLICA_IS_NOT_READY", ("副本尚未就绪", "Replica is not ready"), None, None, 500, "error", "INTERNAL", False, "engine_operation", False, ()),
    -702: Facts("INVALID_REPLICA", ("无效的副本操作", "Invalid replica operation"), None, None, 500, "error", "INTERNAL", False, "engine_operation", False, ()),
    -701: Facts("INVALID_READ", ("无效的读操作", "Invalid read operation"), None, None, 500, "error", "INTERNAL", False, "engine_operation", False, ()),
    -700: Facts("INVALID_WRITE", ("无效的写操作", "Invalid write operation"), None, None, 500, "error", "INTERNAL", False, "engine_operation", False, ()),
    -600: Facts("INVALID_PARAMS", ("参数无效", "Invalid parameters"), None, None, 500, "error", "INTERNAL", False, "parameter", False, ()),
    -500: Facts("WRITE_FAIL", ("写入操作失败", "Write operation failed"), None, None, 500, "error", "INTERNAL", False, "engine", False, ()),
    -400: Facts("INVALID_KEY", ("无效的键", "Invalid key"), None, None, 500, "error", "INTERNAL", False, "key", False, ()),
    -300: Facts("INVALID_VERSION", ("无效的版本", "Invalid version"), None, None, 500, "error", "INTERNAL", False, "version", False, ()),
    -200: Facts("NO_AVAILABLE_HANDLE", ("由于空间不足，内存分配失败", "Memory allocation failed due to insufficient space."), None, None, 500, "error", "INTERNAL", False, "handle_selection", False, ()),
    -102: Facts("SEGMENT_ALREADY_EXISTS", ("分片已存在", "Segment already exists"), None, None, 500, "error", "INTERNAL", False, "segment_selection", False, ()),
    -101: Facts("SEGMENT_NOT_FOUND", ("未找到可用的分片", "No available segments found"), None, None, 500, "error", "INTERNAL", False, "segment_selection", False, ()),
    -100: Facts("SHARD_INDEX_OUT_OF_RANGE", ("分片索引超出范围", "Shard index is out of bounds"), None, None, 500, "error", "INTERNAL", False, "segment_selection", False, ()),
    -10: Facts("BUFFER_OVERFLOW", ("缓冲区空间不足", "Insufficient buffer space"), None, None, 500, "error", "INTERNAL", False, "buffer_allocation", False, ()),
    -1: Facts("INTERNAL_ERROR", ("发生内部错误", "Internal error occurred"), None, None, 500, "error", "INTERNAL", False, "internal", False, ()),
}

_BY_NAME: Final[Mapping[str, StoreError]] = {
    "FILE_INVALID_HANDLE": StoreError.FILE_INVALID_HANDLE,
    "FILE_LOCK_FAIL": StoreError.FILE_LOCK_FAIL,
    "FILE_INVALID_BUFFER": StoreError.FILE_INVALID_BUFFER,
    "FILE_WRITE_FAIL": StoreError.FILE_WRITE_FAIL,
    "FILE_READ_FAIL": StoreError.FILE_READ_FAIL,
    "FILE_OPEN_FAIL": StoreError.FILE_OPEN_FAIL,
    "FILE_NOT_FOUND": StoreError.FILE_NOT_FOUND,
    "UNAVAILABLE_IN_CURRENT_MODE": StoreError.UNAVAILABLE_IN_CURRENT_MODE,
    "UNAVAILABLE_IN_CURRENT_STATUS": StoreError.UNAVAILABLE_IN_CURRENT_STATUS,
    "ETCD_CTX_CANCELLED": StoreError.ETCD_CTX_CANCELLED,
    "ETCD_TRANSACTION_FAIL": StoreError.ETCD_TRANSACTION_FAIL,
    "ETCD_KEY_NOT_EXIST": StoreError.ETCD_KEY_NOT_EXIST,
    "ETCD_OPERATION_ERROR": StoreError.ETCD_OPERATION_ERROR,
    "RPC_FAIL": StoreError.RPC_FAIL,
    "TRANSFER_FAIL": StoreError.TRANSFER_FAIL,
    "OBJECT_HAS_LEASE": StoreError.OBJECT_HAS_LEASE,
    "OBJECT_ALREADY_EXISTS": StoreError.OBJECT_ALREADY_EXISTS,
    "OBJECT_NOT_FOUND": StoreError.OBJECT_NOT_FOUND,
    "REPLICA_IS_NOT_READY": StoreError.REPLICA_IS_NOT_READY,
    "INVALID_REPLICA": StoreError.INVALID_REPLICA,
    "INVALID_READ": StoreError.INVALID_READ,
    "INVALID_WRITE": StoreError.INVALID_WRITE,
    "INVALID_PARAMS": StoreError.INVALID_PARAMS,
    "WRITE_FAIL": StoreError.WRITE_FAIL,
    "INVALID_KEY": StoreError.INVALID_KEY,
    "INVALID_VERSION": StoreError.INVALID_VERSION,
    "NO_AVAILABLE_HANDLE": StoreError.NO_AVAILABLE_HANDLE,
    "SEGMENT_ALREADY_EXISTS": StoreError.SEGMENT_ALREADY_EXISTS,
    "SEGMENT_NOT_FOUND": StoreError.SEGMENT_NOT_FOUND,
    "SHARD_INDEX_OUT_OF_RANGE": StoreError.SHARD_INDEX_OUT_OF_RANGE,
    "BUFFER_OVERFLOW": StoreError.BUFFER_OVERFLOW,
    "INTERNAL_ERROR": StoreError.INTERNAL_ERROR,
}

GROUPS: Final[Mapping[str, Optional[tuple[int, int]]]] = {
    "internal": (-9, -1),
    "buffer_allocation": (-99, -10),
    "segment_selection": (-199, -100),
    "handle_selection": (-299, -200),
    "version": (-399, -300),
    "key": (-499, -400),
    "engine": (-599, -500),
    "parameter": (-699, -600),
    "engine_operation": (-799, -700),
    "transfer": (-899, -800),
    "rpc": (-999, -900),
    "high_availability": (-1099, -1000),
    "file": (-1199, -1100),
}
"""Each group and the range of codes it keeps."""


def from_code(code: int) -> Optional[StoreError]:
    """The code numbered `code`, or None if the catalog has none."""
    return StoreError(code) if code in _FACTS else None


def from_name(name: str) -> Optional[StoreError]:
    """The code named `name`, or None."""
    return _BY_NAME.get(name)


def facts(code: StoreError) -> Facts:
    """What the catalog says about `code`."""
    return _FACTS[int(code)]


def _language(lang: Optional[str]) -> int:
    return LANGUAGES.index(lang) if lang in LANGUAGES else 0


def name(code: StoreError) -> str:
    """The code's name."""
    return facts(code).name


def message(code: StoreError, lang: Optional[str] = None) -> str:
    """The message in `lang` (the default language for another; "" for a code without one)."""
    return facts(code).message[_language(lang)]


def description(code: StoreError, lang: Optional[str] = None) -> Optional[str]:
    """The description in `lang`, if the code has one."""
    texts = facts(code).description
    return None if texts is None else texts[_language(lang)]


def solution(code: StoreError, lang: Optional[str] = None) -> Optional[str]:
    """The cause and remedy in `lang`, if the code has them."""
    texts = facts(code).solution
    return None if texts is None else texts[_language(lang)]


def http_status(code: StoreError) -> int:
    """The HTTP status the code maps to."""
    return facts(code).http_status


def severity(code: StoreError) -> str:
    """How serious the code is: info, warning, error or fatal."""
    return facts(code).severity


def grpc_code(code: StoreError) -> str:
    """The gRPC code the error travels with, as google.rpc.Code spells it."""
    return facts(code).grpc


def is_retryable(code: StoreError) -> bool:
    """Whether trying again may succeed."""
    return facts(code).retryable


def group(code: StoreError) -> Optional[str]:
    """The name of the code's group, if the catalog has groups."""
    return facts(code).group


def group_of_code(code: int) -> Optional[str]:
    """The group whose range holds `code`, used or not."""
    for group_name, bounds in GROUPS.items():
        if bounds is not None and bounds[0] <= code <= bounds[1]:
            return group_name
    return None


def render(template: str, args: Mapping[str, object]) -> str:
    """`template` with each `{name}` replaced by its argument; `{{` and `}}` are braces."""
    out: list[str] = []
    i = 0
    while i < len(template):
        c = template[i]
        if c in "{}" and template[i + 1 : i + 2] == c:
            out.append(c)
            i += 2
        elif c == "{" and "}" in template[i:]:
            end = template.index("}", i)
            key = template[i + 1 : end]
            out.append(_text(args[key]) if key in args else template[i : end + 1])
            i = end + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)

DOMAIN: Final[str] = "StoreError"
"""The domain of the google.rpc.ErrorInfo the catalog's errors carry over gRPC."""

_ARG_TYPES: Final[Mapping[int, tuple[tuple[str, str], ...]]] = {

}


class StoreErrorException(Exception):
    """An error of the catalog: its code, its arguments (for codes that declare them), in a language."""

    def __init__(
        self,
        code: StoreError,
        arguments: Optional[Mapping[str, object]] = None,
        lang: Optional[str] = None,
        retryable: Optional[bool] = None,
    ) -> None:
        self.code: Final[StoreError] = code
        self.arguments: Final[Mapping[str, object]] = dict(arguments or {})
        self.lang: Final[Optional[str]] = lang
        self._retryable: Final[Optional[bool]] = retryable
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The message in the exception's language, with its arguments in place."""
        template = message(self.code, self.lang)
        return render(template, self.arguments) if facts(self.code).args else template

    @property
    def http_status(self) -> int:
        """The HTTP status the code maps to."""
        return http_status(self.code)

    @property
    def retryable(self) -> bool:
        """Whether trying again may succeed: the sender's answer when it gave one, else the code's."""
        return is_retryable(self.code) if self._retryable is None else self._retryable

    @classmethod
    def from_error_info(
        cls, reason: str, domain: str, metadata: Mapping[str, str], lang: Optional[str] = None
    ) -> Optional[StoreErrorException]:
        """The error a google.rpc.ErrorInfo describes (errcat's `tonic` feature writes it); None for another domain or an unknown code."""
        del reason  # the code in `metadata` names the error; `reason` is for people
        raw = metadata.get("code")
        if domain != DOMAIN or raw is None or not _is_int(raw):
            return None
        code = from_code(int(raw))
        if code is None:
            return None
        arguments: dict[str, object] = {}
        for name, kind in _ARG_TYPES.get(int(code), ()):
            value = _parse_argument(kind, metadata.get(name))
            if value is not None:
                arguments[name] = value
        flag = metadata.get("retryable")
        retryable = True if flag == "true" else False if flag == "false" else None
        return cls(code, arguments, lang, retryable)

    @classmethod
    def from_status(cls, status: object) -> Optional[StoreErrorException]:
        """The error a google.rpc.Status carries, such as `grpc_status.rpc_status.from_call` returns (read by duck typing: no protobuf library needed); None if it is not one of the catalog's."""
        info: Optional[tuple[str, str, dict[str, str]]] = None
        lang: Optional[str] = None
        for detail in getattr(status, "details", ()) or ():
            type_url = getattr(detail, "type_url", "")
            value = getattr(detail, "value", b"")
            if not isinstance(type_url, str) or not isinstance(value, bytes):
                continue
            if type_url.endswith("/google.rpc.ErrorInfo") and info is None:
                info = _error_info(value)
            elif type_url.endswith("/google.rpc.LocalizedMessage") and lang is None:
                lang = _localized_locale(value)
        if info is None:
            return None
        return cls.from_error_info(info[0], info[1], info[2], lang)

    @classmethod
    def from_body(cls, body: object) -> Optional[StoreErrorException]:
        """The error an error body (a parsed JSON object) carries; None if it is not one of the catalog's."""
        if not isinstance(body, Mapping):
            return None
        raw = body.get("code")
        code = from_code(raw) if isinstance(raw, int) and not isinstance(raw, bool) else None
        return None if code is None else cls(code, {})

    @classmethod
    def from_problem(cls, problem: object) -> Optional[StoreErrorException]:
        """The error an RFC 9457 problem carries (its `code` member; the others besides the standard ones are arguments)."""
        if not isinstance(problem, Mapping):
            return None
        raw = problem.get("code")
        code = from_code(raw) if isinstance(raw, int) and not isinstance(raw, bool) else None
        if code is None:
            return None
        standard = ("type", "title", "status", "detail", "instance", "code")
        return cls(code, {str(k): v for k, v in problem.items() if k not in standard})


def _is_int(text: str) -> bool:
    digits = text[1:] if text.startswith("-") else text
    return digits.isascii() and digits.isdigit()


def _parse_argument(kind: str, text: Optional[str]) -> object:
    """An argument's value from its text in ErrorInfo metadata; None if it does not parse."""
    if text is None:
        return None
    if kind == "string":
        return text
    if kind == "bool":
        return True if text == "true" else False if text == "false" else None
    if kind == "f64":
        try:
            return float(text)
        except ValueError:
            return None
    return int(text) if _is_int(text) else None


def _fields(data: bytes) -> Optional[list[tuple[int, bytes]]]:
    """The length-delimited fields of a protobuf message (others skipped); None if it is malformed."""
    fields: list[tuple[int, bytes]] = []
    at = 0

    def varint() -> Optional[int]:
        nonlocal at
        value, shift = 0, 0
        while at < len(data) and shift < 64:
            byte = data[at]
            at += 1
            value |= (byte & 0x7F) << shift
            if byte < 0x80:
                return value
            shift += 7
        return None

    while at < len(data):
        key = varint()
        if key is None:
            return None
        wire = key & 7
        if wire == 0:
            if varint() is None:
                return None
        elif wire == 1:
            at += 8
        elif wire == 5:
            at += 4
        elif wire == 2:
            size = varint()
            if size is None or at + size > len(data):
                return None
            fields.append((key >> 3, data[at:at + size]))
            at += size
        else:
            return None
        if at > len(data):
            return None
    return fields


def _utf8(data: bytes) -> Optional[str]:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _error_info(data: bytes) -> Optional[tuple[str, str, dict[str, str]]]:
    fields = _fields(data)
    if fields is None:
        return None
    reason, domain, metadata = "", "", {}
    for number, value in fields:
        text = _utf8(value)
        if number == 1 and text is not None:
            reason = text
        elif number == 2 and text is not None:
            domain = text
        elif number == 3:
            pair = dict((n, _utf8(v)) for n, v in _fields(value) or [])
            key, item = pair.get(1) or "", pair.get(2) or ""
            metadata[key] = item
    return reason, domain, metadata


def _localized_locale(data: bytes) -> Optional[str]:
    for number, value in _fields(data) or []:
        if number == 1:
            return _utf8(value)
    return None


def _mapping(value: object) -> Mapping[str, object]:
    return {str(k): v for k, v in value.items()} if isinstance(value, Mapping) else {}

