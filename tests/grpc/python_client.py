"""A Python gRPC client (grpcio and grpcio-status from PyPI) calls the Rust
example server (examples/grpc_server.rs) and decodes its errors with the
Python export of the same catalog, examples/storage.yaml: the same code,
name, arguments, language and retryability come back, a one-mebibyte
argument arrives cut to the bound, and another domain's status is None.

Usage: python python_client.py SERVER_BINARY ERRCAT_BINARY OUT_DIR
(run from the repository root; .ci/run installs the pinned packages).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import grpc
from google.protobuf import any_pb2
from google.rpc import error_details_pb2, status_pb2
from grpc_status import rpc_status

FIND = "/errcat.demo.Disks/Find"


def main() -> int:
    server_binary, errcat, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    module_path = out / "storage.py"
    subprocess.run([errcat, "export", "examples/storage.yaml", "--lang", "python", "-o", str(module_path)], check=True)
    spec = importlib.util.spec_from_file_location("storage", module_path)
    assert spec is not None and spec.loader is not None
    storage = importlib.util.module_from_spec(spec)
    sys.modules["storage"] = storage
    spec.loader.exec_module(storage)

    server = subprocess.Popen([server_binary, "127.0.0.1:0"], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        assert line.startswith("listening on "), line
        address = line.removeprefix("listening on ").strip()
        with grpc.insecure_channel(address) as channel:
            find = channel.unary_unary(FIND, request_serializer=lambda b: b, response_deserializer=lambda b: b)
            error = call(find, b"7", "zh")
            assert error.code() == grpc.StatusCode.UNAVAILABLE, error.code()
            assert error.details() == "disk 7 not found on node-3", error.details()
            decoded = storage.StorageErrorException.from_status(rpc_status.from_call(error))
            assert decoded is not None
            assert decoded.code is storage.StorageError.DISK_NOT_FOUND
            assert storage.name(decoded.code) == "DISK_NOT_FOUND"
            assert decoded.arguments == {"disk_id": 7, "host": "node-3"}, decoded.arguments
            assert decoded.lang == "zh" and decoded.message == "主机 node-3 上的磁盘 7 不存在", decoded.message
            assert decoded.retryable is False

            big = call(find, b"big", "en")
            assert big.code() == grpc.StatusCode.UNAVAILABLE, big.code()
            cut = storage.StorageErrorException.from_status(rpc_status.from_call(big))
            assert cut is not None and str(cut.arguments["host"]).endswith("…[cut]"), cut and len(str(cut.arguments["host"]))
            assert len(str(cut.arguments["host"])) < 4096
    finally:
        server.kill()
        server.wait()

    # Another domain, and a status without details: not the catalog's.
    info = error_details_pb2.ErrorInfo(reason="DISK_NOT_FOUND", domain="billing.example.com", metadata={"code": "611"})
    other = status_pb2.Status(code=5, message="m", details=[pack(info)])
    assert storage.StorageErrorException.from_status(other) is None
    assert storage.StorageErrorException.from_status(status_pb2.Status(code=5, message="m")) is None
    # The same ErrorInfo in the catalog's domain, without the retryable flag: the code's answer.
    ours = error_details_pb2.ErrorInfo(reason="DISK_READ_FAILED", domain="StorageError", metadata={"code": "612", "path": "/x", "offset": "9"})
    read = storage.StorageErrorException.from_status(status_pb2.Status(code=14, message="m", details=[pack(ours)]))
    assert read is not None and read.arguments == {"path": "/x", "offset": 9} and read.retryable is True
    print("python grpc client: DISK_NOT_FOUND decoded with its arguments in zh; 1 MiB argument cut; other statuses are None")
    return 0


def call(find: grpc.UnaryUnaryMultiCallable, request: bytes, language: str) -> grpc.RpcError:
    try:
        find(request, metadata=(("accept-language", language),), timeout=10)
    except grpc.RpcError as error:
        return error
    raise AssertionError("the call succeeded")


def pack(message: error_details_pb2.ErrorInfo) -> any_pb2.Any:
    packed = any_pb2.Any()
    packed.Pack(message)
    return packed


if __name__ == "__main__":
    sys.exit(main())
