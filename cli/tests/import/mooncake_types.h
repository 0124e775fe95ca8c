// A test fixture for `errcat import --format c`: Mooncake Store's ErrorCode enum
// (mooncake-store/include/types.h) with its Doxygen comments. Two range comments
// are the header's own, and contradict their values as in the header; the
// others are written for this fixture.
#pragma once

namespace mooncake {

enum class ErrorCode : int32_t {
    OK = 0,  ///< Operation successful.

    // Internal errors (Range: -1 to -9)
    INTERNAL_ERROR = -1,  ///< Internal error occurred.

    // Buffer allocation errors (Range: -20 to -99)
    BUFFER_OVERFLOW = -10,  ///< Insufficient buffer space.

    // Segment selection errors (Range: -100 to -199)
    SHARD_INDEX_OUT_OF_RANGE = -100,  ///< Shard index is out of bounds.
    SEGMENT_NOT_FOUND = -101,  ///< No available segments found.
    SEGMENT_ALREADY_EXISTS = -102,  ///< Segment already exists.
    CLIENT_NOT_FOUND = -103,  ///< Client not found.

    // Handle selection errors (Range: -200 to -299)
    NO_AVAILABLE_HANDLE = -200,  ///< Memory allocation failed due to insufficient space.

    // Version errors (Range: -300 to -399)
    INVALID_VERSION = -300,  ///< Invalid version.

    // Key errors (Range: -400 to -499)
    INVALID_KEY = -400,  ///< Invalid key.

    // Engine errors (Range: -500 to -599)
    WRITE_FAIL = -500,  ///< Write operation failed.

    // Parameter errors (Range: -600 to -699)
    INVALID_PARAMS = -600,  ///< Invalid parameters.
    ILLEGAL_CLIENT = -601,  ///< Illegal client to do the operation.

    // Engine operation errors (Range: -700 to -702)
    INVALID_WRITE = -700,  ///< Invalid write operation.
    INVALID_READ = -701,  ///< Invalid read operation.
    INVALID_REPLICA = -702,  ///< Invalid replica operation.

    // Object errors (Range: -703 to -712)
    REPLICA_IS_NOT_READY = -703,  ///< Replica is not ready.
    OBJECT_NOT_FOUND = -704,  ///< Object not found.
    OBJECT_ALREADY_EXISTS = -705,  ///< Object already exists.
    OBJECT_HAS_LEASE = -706,  ///< Object has lease.
    LEASE_EXPIRED = -707,  ///< Lease expired before data transfer completed.
    OBJECT_HAS_REPLICATION_TASK = -708,  ///< Object has ongoing replication task.
    OBJECT_NO_REPLICATION_TASK = -709,  ///< Object does not have ongoing replication task.
    REPLICA_NOT_FOUND = -710,  ///< Replica not found.
    REPLICA_ALREADY_EXISTS = -711,  ///< Replica already exists.
    REPLICA_IS_GONE = -712,  ///< Replica existed once, but is gone now.
    REPLICA_NOT_IN_LOCAL_MEMORY = -713,  ///< Replica does not reside in current node memory.
    OBJECT_REPLICA_BUSY = -714,  ///< Object replicas have non-zero refcnt.

    // Transfer errors (Range: -800 to -899)
    TRANSFER_FAIL = -800,  ///< Transfer operation failed.
    CHECKSUM_MISMATCH = -801,  ///< Store checksum verification failed.

    // RPC errors (Range: -900 to -999)
    RPC_FAIL = -900,  ///< RPC operation failed.
    RPC_TIMEOUT = -901,  ///< RPC call timed out (client-side deadline hit).

    // High availability errors (Range: -1000 to -1099)
    ETCD_OPERATION_ERROR = -1000,  ///< etcd operation failed.
    ETCD_KEY_NOT_EXIST = -1001,  ///< key not found in etcd.
    ETCD_TRANSACTION_FAIL = -1002,  ///< etcd transaction failed.
    ETCD_CTX_CANCELLED = -1003,  ///< etcd context cancelled.
    OPLOG_ENTRY_NOT_FOUND = -1004,  ///< OpLog entry not found (backend-agnostic).
    K8S_LEASE_OPERATION_ERROR = -1005,  ///< K8s Lease operation failed.
    K8S_LEASE_NOT_FOUND = -1006,  ///< K8s Lease not found.
    INCOMPLETE_OPLOG_CATCH_UP = -1007,  ///< Promotion catch-up could not prove all durable OpLog entries were applied, or unresolved skipped/missing gaps remain after final catch-up + second gap resolution.
    UNAVAILABLE_IN_CURRENT_STATUS = -1010,  ///< Request cannot be done in current status.
    UNAVAILABLE_IN_CURRENT_MODE = -1011,  ///< Request cannot be done in current mode.
    NOT_SUPPORTED = -1012,  ///< Operation is not supported in current mode.

    // File errors (Range: -1100 to -1199)
    FILE_NOT_FOUND = -1100,  ///< File not found.
    FILE_OPEN_FAIL = -1101,  ///< Error open file or write to a exist file.
    FILE_READ_FAIL = -1102,  ///< Error reading file.
    FILE_WRITE_FAIL = -1103,  ///< Error writing file.
    FILE_INVALID_BUFFER = -1104,  ///< File buffer is wrong.
    FILE_LOCK_FAIL = -1105,  ///< File lock operation failed.
    FILE_INVALID_HANDLE = -1106,  ///< Invalid file handle.

    // Bucket errors (Range: -1200 to -1299)
    BUCKET_NOT_FOUND = -1200,  ///< Bucket not found.
    BUCKET_ALREADY_EXISTS = -1201,  ///< Bucket already exists.
    KEYS_EXCEED_BUCKET_LIMIT = -1202,  ///< Keys exceed bucket limit.
    KEYS_ULTRA_LIMIT = -1203,  ///< Keys ultra limit.

    // Offload errors (Range: -1300 to -1399)
    UNABLE_OFFLOAD = -1300,  ///< The offload functionality is not enabled
    UNABLE_OFFLOADING = -1301,  ///< Unable offloading.

    // Persistence errors (Range: -1500 to -1599)
    SERIALIZE_UNSUPPORTED = -1500,  ///< Serialization unsupported.
    SERIALIZE_FAIL = -1501,  ///< Serialization failed.
    DESERIALIZE_FAIL = -1502,  ///< Deserialization failed.
    PERSISTENT_FAIL = -1503,  ///< Persistent failed.

    // Task errors (Range: -1400 to -1499)
    TASK_NOT_FOUND = -1400,  ///< Task not found.
    TASK_PENDING_LIMIT_EXCEEDED = -1401,  ///< Total pending tasks exceed the limit.
    JOB_NOT_FOUND = -1402,  ///< Job not found.

    // DFS errors (Range: -1600 to -1699)
    DFS_NETWORK_TIMEOUT = -1600,  ///< DFS network timeout.
    DFS_SERVICE_UNAVAILABLE = -1601,  ///< DFS service unavailable.
    DFS_QUOTA_EXCEEDED = -1602,  ///< DFS quota exceeded.
    DFS_PERMISSION_DENIED = -1603,  ///< DFS permission denied.
    DFS_STALE_HANDLE = -1604,  ///< DFS file handle expired.
    DFS_PARTIAL_WRITE = -1605,  ///< DFS partial write success.

    // Tenant errors (Range: -1700 to -1799)
    TENANT_QUOTA_EXCEEDED = -1700,  ///< Tenant memory quota exceeded.
    TENANT_NOT_REGISTERED = -1701,  ///< Tenant has no quota policy.
    TENANT_NOT_EMPTY = -1702,  ///< Tenant still owns objects or quota.
};

}  // namespace mooncake
