# errcat: generated from examples/catalogs/mooncake_transfer_engine.yaml by `errcat export examples/catalogs/mooncake_transfer_engine.yaml --lang python -o examples/exports/python/mooncake_transfer_engine.py`; catalog 3350e3dd8c296841, body 331e68482c71d983; edit the catalog and run the command again, not this file
"""Mooncake TransferEngine 错误码"""
from __future__ import annotations

import enum
from typing import Final, Literal, Mapping, NamedTuple, Optional, TypedDict


class TransferEngineError(enum.IntEnum):
    """A code of the catalog."""

    NOT_IMPLEMENTED = -303
    MEMORY = -302
    """分配内存已满"""
    CLOCK = -301
    """系统不支持 clock_gettime 接口"""
    NUMA = -300
    """系统不支持 numa 接口"""
    CONTEXT = -202
    ENDPOINT = -201
    """创建及使用 RdmaEndPoint 对象期间发生异常"""
    METADATA = -200
    """与 etcd 元数据服务器通信发生异常"""
    REJECT_HANDSHAKE = -104
    """对方因配置等原因主动拒绝握手"""
    MALFORMED_JSON = -103
    """握手期间交换数据格式错误"""
    SOCKET = -102
    """握手期间发生有关 TCP Socket 的错误"""
    DNS = -101
    """用户输入的 local server name 不是一个有效的 DNS 主机名或 IP 地址，导致其他节点无法与该设备握手"""
    ADDRESS_OVERLAPPED = -7
    """多次注册重叠的内存区域"""
    DEVICE_NOT_FOUND = -6
    """没有一个可用的 RDMA 设备以执行用户请求的 Request"""
    BATCH_BUSY = -4
    """用户尝试对一个正在执行 Request 的 BatchID 进行回收操作"""
    ADDRESS_NOT_REGISTERED = -3
    """用户发起的 Request 中源地址和/或目标地址未被注册（含已在本地注册但未上传 etcd 元数据服务器的情况）"""
    TOO_MANY_REQUESTS = -2
    """用户调用 SubmitTransfer 接口时，传入的 Request 数量超出分配 BatchID 指定的最大值"""
    INVALID_ARGUMENT = -1
    """用户输入参数不正确（且无法细化为该组错误中其余各项）"""


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
    -303: Facts("ERR_NOT_IMPLEMENTED", ("", ""), None, None, 500, "error", "INTERNAL", False, "other", False, ()),
    -302: Facts("ERR_MEMORY", ("分配内存已满", "Out of memory"), None, None, 500, "error", "INTERNAL", False, "other", False, ()),
    -301: Facts("ERR_CLOCK", ("系统不支持 clock_gettime 接口", "The system does not support `clock_gettime` interface"), None, None, 500, "error", "INTERNAL", False, "other", False, ()),
    -300: Facts("ERR_NUMA", ("系统不支持 numa 接口", "The system does not support numa interface"), None, None, 500, "error", "INTERNAL", False, "other", False, ()),
    -202: Facts("ERR_CONTEXT", ("", ""), None, None, 500, "error", "INTERNAL", False, "other", False, ()),
    -201: Facts("ERR_ENDPOINT", ("创建及使用 RdmaEndPoint 对象期间发生异常", "Exceptions during the creation and use of `RdmaEndPoint` objects"), None, None, 500, "error", "INTERNAL", False, "other", False, ()),
    -200: Facts("ERR_METADATA", ("与 etcd 元数据服务器通信发生异常", "Failed to communicate with metadata server"), None, None, 500, "error", "INTERNAL", False, "other", False, ()),
    -104: Facts("ERR_REJECT_HANDSHAKE", ("对方因配置等原因主动拒绝握手", "Peer rejects the handshake due to peer’s errors"), None, None, 500, "error", "INTERNAL", False, "handshake", False, ()),
    -103: Facts("ERR_MALFORMED_JSON", ("握手期间交换数据格式错误", "Data format error during handshake exchange"), None, None, 500, "error", "INTERNAL", False, "handshake", False, ()),
    -102: Facts("ERR_SOCKET", ("握手期间发生有关 TCP Socket 的错误", "Errors related to TCP Socket during the handshake process"), None, None, 500, "error", "INTERNAL", False, "handshake", False, ()),
    -101: Facts("ERR_DNS", ("用户输入的 local server name 不是一个有效的 DNS 主机名或 IP 地址，导致其他节点无法与该设备握手", "Local server name is not a valid DNS hostname or IP address, preventing other nodes from handshaking with this node"), None, None, 500, "error", "INTERNAL", False, "handshake", False, ()),
    -7: Facts("ERR_ADDRESS_OVERLAPPED", ("多次注册重叠的内存区域", "Registering overlapping memory areas multiple times"), None, None, 500, "error", "INTERNAL", False, "error_args", False, ()),
    -6: Facts("ERR_DEVICE_NOT_FOUND", ("没有一个可用的 RDMA 设备以执行用户请求的 Request", "No available RDMA device to execute the user’s request"), None, None, 500, "error", "INTERNAL", False, "error_args", False, ()),
    -4: Facts("ERR_BATCH_BUSY", ("用户尝试对一个正在执行 Request 的 BatchID 进行回收操作", "Reclaim a `BatchID` that is currently executing a request"), None, None, 500, "error", "INTERNAL", False, "error_args", False, ()),
    -3: Facts("ERR_ADDRESS_NOT_REGISTERED", ("用户发起的 Request 中源地址和/或目标地址未被注册（含已在本地注册但未上传 etcd 元数据服务器的情况）", "The source address and/or target address in the request initiated by the user are not registered (including the situation where it has been registered locally but not uploaded to the metadata server)"), None, None, 500, "error", "INTERNAL", False, "error_args", False, ()),
    -2: Facts("ERR_TOO_MANY_REQUESTS", ("用户调用 SubmitTransfer 接口时，传入的 Request 数量超出分配 BatchID 指定的最大值", "The number of requests passed by the user when calling the `SubmitTransfer` interface exceeds the maximum value specified by the allocated `BatchID`"), None, None, 500, "error", "INTERNAL", False, "error_args", False, ()),
    -1: Facts("ERR_INVALID_ARGUMENT", ("用户输入参数不正确（且无法细化为该组错误中其余各项）", "Input parameters are incorrect (and cannot be detailed into other items in this group)"), None, None, 500, "error", "INTERNAL", False, "error_args", False, ()),
}

_BY_NAME: Final[Mapping[str, TransferEngineError]] = {
    "ERR_NOT_IMPLEMENTED": TransferEngineError.NOT_IMPLEMENTED,
    "ERR_MEMORY": TransferEngineError.MEMORY,
    "ERR_CLOCK": TransferEngineError.CLOCK,
    "ERR_NUMA": TransferEngineError.NUMA,
    "ERR_CONTEXT": TransferEngineError.CONTEXT,
    "ERR_ENDPOINT": TransferEngineError.ENDPOINT,
    "ERR_METADATA": TransferEngineError.METADATA,
    "ERR_REJECT_HANDSHAKE": TransferEngineError.REJECT_HANDSHAKE,
    "ERR_MALFORMED_JSON": TransferEngineError.MALFORMED_JSON,
    "ERR_SOCKET": TransferEngineError.SOCKET,
    "ERR_DNS": TransferEngineError.DNS,
    "ERR_ADDRESS_OVERLAPPED": TransferEngineError.ADDRESS_OVERLAPPED,
    "ERR_DEVICE_NOT_FOUND": TransferEngineError.DEVICE_NOT_FOUND,
    "ERR_BATCH_BUSY": TransferEngineError.BATCH_BUSY,
    "ERR_ADDRESS_NOT_REGISTERED": TransferEngineError.ADDRESS_NOT_REGISTERED,
    "ERR_TOO_MANY_REQUESTS": TransferEngineError.TOO_MANY_REQUESTS,
    "ERR_INVALID_ARGUMENT": TransferEngineError.INVALID_ARGUMENT,
}

GROUPS: Final[Mapping[str, Optional[tuple[int, int]]]] = {
    "error_args": (-99, -1),
    "handshake": (-199, -100),
    "other": (-399, -200),
}
"""Each group and the range of codes it keeps."""


def from_code(code: int) -> Optional[TransferEngineError]:
    """The code numbered `code`, or None if the catalog has none."""
    return TransferEngineError(code) if code in _FACTS else None


def from_name(name: str) -> Optional[TransferEngineError]:
    """The code named `name`, or None."""
    return _BY_NAME.get(name)


def facts(code: TransferEngineError) -> Facts:
    """What the catalog says about `code`."""
    return _FACTS[int(code)]


def _language(lang: Optional[str]) -> int:
    return LANGUAGES.index(lang) if lang in LANGUAGES else 0


def name(code: TransferEngineError) -> str:
    """The code's name."""
    return facts(code).name


def message(code: TransferEngineError, lang: Optional[str] = None) -> str:
    """The message in `lang` (the default language for another; "" for a code without one)."""
    return facts(code).message[_language(lang)]


def description(code: TransferEngineError, lang: Optional[str] = None) -> Optional[str]:
    """The description in `lang`, if the code has one."""
    texts = facts(code).description
    return None if texts is None else texts[_language(lang)]


def solution(code: TransferEngineError, lang: Optional[str] = None) -> Optional[str]:
    """The cause and remedy in `lang`, if the code has them."""
    texts = facts(code).solution
    return None if texts is None else texts[_language(lang)]


def http_status(code: TransferEngineError) -> int:
    """The HTTP status the code maps to."""
    return facts(code).http_status


def severity(code: TransferEngineError) -> str:
    """How serious the code is: info, warning, error or fatal."""
    return facts(code).severity


def grpc_code(code: TransferEngineError) -> str:
    """The gRPC code the error travels with, as google.rpc.Code spells it."""
    return facts(code).grpc


def is_retryable(code: TransferEngineError) -> bool:
    """Whether trying again may succeed."""
    return facts(code).retryable


def group(code: TransferEngineError) -> Optional[str]:
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

DOMAIN: Final[str] = "TransferEngineError"
"""The domain of the google.rpc.ErrorInfo the catalog's errors carry over gRPC."""

_ARG_TYPES: Final[Mapping[int, tuple[tuple[str, str], ...]]] = {

}


class TransferEngineErrorException(Exception):
    """An error of the catalog: its code, its arguments (for codes that declare them), in a language."""

    def __init__(
        self,
        code: TransferEngineError,
        arguments: Optional[Mapping[str, object]] = None,
        lang: Optional[str] = None,
        retryable: Optional[bool] = None,
    ) -> None:
        self.code: Final[TransferEngineError] = code
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
    ) -> Optional[TransferEngineErrorException]:
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
    def from_status(cls, status: object) -> Optional[TransferEngineErrorException]:
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
    def from_body(cls, body: object) -> Optional[TransferEngineErrorException]:
        """The error an error body (a parsed JSON object) carries; None if it is not one of the catalog's."""
        if not isinstance(body, Mapping):
            return None
        raw = body.get("code")
        code = from_code(raw) if isinstance(raw, int) and not isinstance(raw, bool) else None
        return None if code is None else cls(code, {})

    @classmethod
    def from_problem(cls, problem: object) -> Optional[TransferEngineErrorException]:
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

