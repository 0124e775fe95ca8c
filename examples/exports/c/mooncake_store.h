// errcat: generated from examples/catalogs/mooncake_store.yaml by `errcat export examples/catalogs/mooncake_store.yaml --lang c -o examples/exports/c/mooncake_store.h`; catalog d6ea92017e9ad7f2, body cdca49774630e7c1; edit the catalog and run the command again, not this file
#ifndef STORE_ERROR_H
#define STORE_ERROR_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __cplusplus
#define STORE_ERROR_STATIC_ASSERT(condition, message) static_assert(condition, message)
extern "C" {
#else
#define STORE_ERROR_STATIC_ASSERT(condition, message) _Static_assert(condition, message)
#endif

/* STORE_ERROR_CODES(X) calls X(NAME, CODE) for every code, in ascending order. */
#define STORE_ERROR_CODES(X) \
    X(STORE_ERROR_FILE_INVALID_HANDLE, -1106) \
    X(STORE_ERROR_FILE_LOCK_FAIL, -1105) \
    X(STORE_ERROR_FILE_INVALID_BUFFER, -1104) \
    X(STORE_ERROR_FILE_WRITE_FAIL, -1103) \
    X(STORE_ERROR_FILE_READ_FAIL, -1102) \
    X(STORE_ERROR_FILE_OPEN_FAIL, -1101) \
    X(STORE_ERROR_FILE_NOT_FOUND, -1100) \
    X(STORE_ERROR_UNAVAILABLE_IN_CURRENT_MODE, -1011) \
    X(STORE_ERROR_UNAVAILABLE_IN_CURRENT_STATUS, -1010) \
    X(STORE_ERROR_ETCD_CTX_CANCELLED, -1003) \
    X(STORE_ERROR_ETCD_TRANSACTION_FAIL, -1002) \
    X(STORE_ERROR_ETCD_KEY_NOT_EXIST, -1001) \
    X(STORE_ERROR_ETCD_OPERATION_ERROR, -1000) \
    X(STORE_ERROR_RPC_FAIL, -900) \
    X(STORE_ERROR_TRANSFER_FAIL, -800) \
    X(STORE_ERROR_OBJECT_HAS_LEASE, -706) \
    X(STORE_ERROR_OBJECT_ALREADY_EXISTS, -705) \
    X(STORE_ERROR_OBJECT_NOT_FOUND, -704) \
    X(STORE_ERROR_REPLICA_IS_NOT_READY, -703) \
    X(STORE_ERROR_INVALID_REPLICA, -702) \
    X(STORE_ERROR_INVALID_READ, -701) \
    X(STORE_ERROR_INVALID_WRITE, -700) \
    X(STORE_ERROR_INVALID_PARAMS, -600) \
    X(STORE_ERROR_WRITE_FAIL, -500) \
    X(STORE_ERROR_INVALID_KEY, -400) \
    X(STORE_ERROR_INVALID_VERSION, -300) \
    X(STORE_ERROR_NO_AVAILABLE_HANDLE, -200) \
    X(STORE_ERROR_SEGMENT_ALREADY_EXISTS, -102) \
    X(STORE_ERROR_SEGMENT_NOT_FOUND, -101) \
    X(STORE_ERROR_SHARD_INDEX_OUT_OF_RANGE, -100) \
    X(STORE_ERROR_BUFFER_OVERFLOW, -10) \
    X(STORE_ERROR_INTERNAL_ERROR, -1)

/** Mooncake Store 错误码 */
enum store_error {
    /** 无效的文件句柄 */
    STORE_ERROR_FILE_INVALID_HANDLE = -1106,
    /** 文件加锁失败 */
    STORE_ERROR_FILE_LOCK_FAIL = -1105,
    /** 文件缓冲区错误 */
    STORE_ERROR_FILE_INVALID_BUFFER = -1104,
    /** 文件写入失败 */
    STORE_ERROR_FILE_WRITE_FAIL = -1103,
    /** 文件读取失败 */
    STORE_ERROR_FILE_READ_FAIL = -1102,
    /** 打开文件或写入已有文件时发生错误 */
    STORE_ERROR_FILE_OPEN_FAIL = -1101,
    /** 文件未找到 */
    STORE_ERROR_FILE_NOT_FOUND = -1100,
    /** 当前模式下请求不可执行 */
    STORE_ERROR_UNAVAILABLE_IN_CURRENT_MODE = -1011,
    /** 当前状态下请求不可执行 */
    STORE_ERROR_UNAVAILABLE_IN_CURRENT_STATUS = -1010,
    /** etcd 上下文被取消 */
    STORE_ERROR_ETCD_CTX_CANCELLED = -1003,
    /** etcd 事务失败 */
    STORE_ERROR_ETCD_TRANSACTION_FAIL = -1002,
    /** etcd 中未找到键 */
    STORE_ERROR_ETCD_KEY_NOT_EXIST = -1001,
    /** etcd 操作失败 */
    STORE_ERROR_ETCD_OPERATION_ERROR = -1000,
    /** RPC 操作失败 */
    STORE_ERROR_RPC_FAIL = -900,
    /** 数据传输失败 */
    STORE_ERROR_TRANSFER_FAIL = -800,
    /** 对象存在租约 */
    STORE_ERROR_OBJECT_HAS_LEASE = -706,
    /** 对象已存在 */
    STORE_ERROR_OBJECT_ALREADY_EXISTS = -705,
    /** 未找到对象 */
    STORE_ERROR_OBJECT_NOT_FOUND = -704,
    /** 副本尚未就绪 */
    STORE_ERROR_REPLICA_IS_NOT_READY = -703,
    /** 无效的副本操作 */
    STORE_ERROR_INVALID_REPLICA = -702,
    /** 无效的读操作 */
    STORE_ERROR_INVALID_READ = -701,
    /** 无效的写操作 */
    STORE_ERROR_INVALID_WRITE = -700,
    /** 参数无效 */
    STORE_ERROR_INVALID_PARAMS = -600,
    /** 写入操作失败 */
    STORE_ERROR_WRITE_FAIL = -500,
    /** 无效的键 */
    STORE_ERROR_INVALID_KEY = -400,
    /** 无效的版本 */
    STORE_ERROR_INVALID_VERSION = -300,
    /** 由于空间不足，内存分配失败 */
    STORE_ERROR_NO_AVAILABLE_HANDLE = -200,
    /** 分片已存在 */
    STORE_ERROR_SEGMENT_ALREADY_EXISTS = -102,
    /** 未找到可用的分片 */
    STORE_ERROR_SEGMENT_NOT_FOUND = -101,
    /** 分片索引超出范围 */
    STORE_ERROR_SHARD_INDEX_OUT_OF_RANGE = -100,
    /** 缓冲区空间不足 */
    STORE_ERROR_BUFFER_OVERFLOW = -10,
    /** 发生内部错误 */
    STORE_ERROR_INTERNAL_ERROR = -1,
};

/** The type of the codes. */
typedef int32_t store_error_code;

#define STORE_ERROR_COUNT 32
#define STORE_ERROR_LANGUAGE_COUNT 2

/** The catalog's languages, the default first. */
static const char *const store_error_languages[STORE_ERROR_LANGUAGE_COUNT] = {"zh", "en"};

/** A text and its length in bytes (it may hold NUL); `data` is NULL when there is none. */
typedef struct {
    const char *data;
    size_t size;
} store_error_text;

/** What the catalog says about one code. */
typedef struct {
    store_error_code code;
    const char *name;
    store_error_text message[STORE_ERROR_LANGUAGE_COUNT];
    store_error_text description[STORE_ERROR_LANGUAGE_COUNT];
    store_error_text solution[STORE_ERROR_LANGUAGE_COUNT];
    int http_status;
    const char *severity;
    const char *grpc;
    int retryable;
    const char *group;
} store_error_entry;

static const store_error_entry store_error_entries[STORE_ERROR_COUNT] = {
    {STORE_ERROR_FILE_INVALID_HANDLE, "FILE_INVALID_HANDLE", {{"无效的文件句柄", 21}, {"Invalid file handle", 19}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "file"},
    {STORE_ERROR_FILE_LOCK_FAIL, "FILE_LOCK_FAIL", {{"文件加锁失败", 18}, {"File lock operation failed", 26}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "file"},
    {STORE_ERROR_FILE_INVALID_BUFFER, "FILE_INVALID_BUFFER", {{"文件缓冲区错误", 21}, {"File buffer is wrong", 20}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "file"},
    {STORE_ERROR_FILE_WRITE_FAIL, "FILE_WRITE_FAIL", {{"文件写入失败", 18}, {"Error writing file", 18}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "file"},
    {STORE_ERROR_FILE_READ_FAIL, "FILE_READ_FAIL", {{"文件读取失败", 18}, {"Error reading file", 18}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "file"},
    {STORE_ERROR_FILE_OPEN_FAIL, "FILE_OPEN_FAIL", {{"打开文件或写入已有文件时发生错误", 48}, {"Error opening file or writing to an existing file", 49}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "file"},
    {STORE_ERROR_FILE_NOT_FOUND, "FILE_NOT_FOUND", {{"文件未找到", 15}, {"File not found", 14}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "file"},
    {STORE_ERROR_UNAVAILABLE_IN_CURRENT_MODE, "UNAVAILABLE_IN_CURRENT_MODE", {{"当前模式下请求不可执行", 33}, {"Request cannot be done in current mode", 38}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "high_availability"},
    {STORE_ERROR_UNAVAILABLE_IN_CURRENT_STATUS, "UNAVAILABLE_IN_CURRENT_STATUS", {{"当前状态下请求不可执行", 33}, {"Request cannot be done in current status", 40}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "high_availability"},
    {STORE_ERROR_ETCD_CTX_CANCELLED, "ETCD_CTX_CANCELLED", {{"etcd 上下文被取消", 23}, {"etcd context cancelled", 22}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "high_availability"},
    {STORE_ERROR_ETCD_TRANSACTION_FAIL, "ETCD_TRANSACTION_FAIL", {{"etcd 事务失败", 17}, {"etcd transaction failed", 23}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "high_availability"},
    {STORE_ERROR_ETCD_KEY_NOT_EXIST, "ETCD_KEY_NOT_EXIST", {{"etcd 中未找到键", 20}, {"Key not found in etcd", 21}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "high_availability"},
    {STORE_ERROR_ETCD_OPERATION_ERROR, "ETCD_OPERATION_ERROR", {{"etcd 操作失败", 17}, {"etcd operation failed", 21}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "high_availability"},
    {STORE_ERROR_RPC_FAIL, "RPC_FAIL", {{"RPC 操作失败", 16}, {"RPC operation failed", 20}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "rpc"},
    {STORE_ERROR_TRANSFER_FAIL, "TRANSFER_FAIL", {{"数据传输失败", 18}, {"Transfer operation failed", 25}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "transfer"},
    {STORE_ERROR_OBJECT_HAS_LEASE, "OBJECT_HAS_LEASE", {{"对象存在租约", 18}, {"Object has lease", 16}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "engine_operation"},
    {STORE_ERROR_OBJECT_ALREADY_EXISTS, "OBJECT_ALREADY_EXISTS", {{"对象已存在", 15}, {"Object already exists", 21}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "engine_operation"},
    {STORE_ERROR_OBJECT_NOT_FOUND, "OBJECT_NOT_FOUND", {{"未找到对象", 15}, {"Object not found", 16}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "engine_operation"},
    {STORE_ERROR_REPLICA_IS_NOT_READY, "REPLICA_IS_NOT_READY", {{"副本尚未就绪", 18}, {"Replica is not ready", 20}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "engine_operation"},
    {STORE_ERROR_INVALID_REPLICA, "INVALID_REPLICA", {{"无效的副本操作", 21}, {"Invalid replica operation", 25}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "engine_operation"},
    {STORE_ERROR_INVALID_READ, "INVALID_READ", {{"无效的读操作", 18}, {"Invalid read operation", 22}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "engine_operation"},
    {STORE_ERROR_INVALID_WRITE, "INVALID_WRITE", {{"无效的写操作", 18}, {"Invalid write operation", 23}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "engine_operation"},
    {STORE_ERROR_INVALID_PARAMS, "INVALID_PARAMS", {{"参数无效", 12}, {"Invalid parameters", 18}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "parameter"},
    {STORE_ERROR_WRITE_FAIL, "WRITE_FAIL", {{"写入操作失败", 18}, {"Write operation failed", 22}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "engine"},
    {STORE_ERROR_INVALID_KEY, "INVALID_KEY", {{"无效的键", 12}, {"Invalid key", 11}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "key"},
    {STORE_ERROR_INVALID_VERSION, "INVALID_VERSION", {{"无效的版本", 15}, {"Invalid version", 15}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "version"},
    {STORE_ERROR_NO_AVAILABLE_HANDLE, "NO_AVAILABLE_HANDLE", {{"由于空间不足，内存分配失败", 39}, {"Memory allocation failed due to insufficient space.", 51}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "handle_selection"},
    {STORE_ERROR_SEGMENT_ALREADY_EXISTS, "SEGMENT_ALREADY_EXISTS", {{"分片已存在", 15}, {"Segment already exists", 22}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "segment_selection"},
    {STORE_ERROR_SEGMENT_NOT_FOUND, "SEGMENT_NOT_FOUND", {{"未找到可用的分片", 24}, {"No available segments found", 27}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "segment_selection"},
    {STORE_ERROR_SHARD_INDEX_OUT_OF_RANGE, "SHARD_INDEX_OUT_OF_RANGE", {{"分片索引超出范围", 24}, {"Shard index is out of bounds", 28}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "segment_selection"},
    {STORE_ERROR_BUFFER_OVERFLOW, "BUFFER_OVERFLOW", {{"缓冲区空间不足", 21}, {"Insufficient buffer space", 25}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "buffer_allocation"},
    {STORE_ERROR_INTERNAL_ERROR, "INTERNAL_ERROR", {{"发生内部错误", 18}, {"Internal error occurred", 23}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "internal"},
};

#define STORE_ERROR_CHECK(name, value) STORE_ERROR_STATIC_ASSERT(name == value, #name " changed: run errcat export again");
STORE_ERROR_CODES(STORE_ERROR_CHECK)
STORE_ERROR_STATIC_ASSERT(sizeof store_error_entries / sizeof store_error_entries[0] == STORE_ERROR_COUNT, "the table lost a code: run errcat export again");

/** The entry of `code`, or NULL if the catalog has none (a binary search). */
static inline const store_error_entry *store_error_find(store_error_code code) {
    size_t lo = 0, hi = sizeof store_error_entries / sizeof store_error_entries[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (store_error_entries[mid].code < code) {
            lo = mid + 1;
        } else if (store_error_entries[mid].code > code) {
            hi = mid;
        } else {
            return &store_error_entries[mid];
        }
    }
    return NULL;
}

/** The index of `lang` among the catalog's languages (0, the default, for another). */
static inline size_t store_error_language(const char *lang) {
    size_t i;
    for (i = 0; lang != NULL && i < sizeof store_error_languages / sizeof store_error_languages[0]; i++) {
        if (strcmp(store_error_languages[i], lang) == 0) {
            return i;
        }
    }
    return 0;
}

/** Whether `code` is a code of the catalog. */
static inline int store_error_is_known(store_error_code code) {
    return store_error_find(code) != NULL;
}

/** The code's name, or NULL for a code the catalog does not have. */
static inline const char *store_error_name(store_error_code code) {
    const store_error_entry *entry = store_error_find(code);
    return entry != NULL ? entry->name : NULL;
}

/** Sets `*code` to the code named `name` and returns 1, or returns 0. */
static inline int store_error_from_name(const char *name, store_error_code *code) {
    size_t i;
    for (i = 0; i < sizeof store_error_entries / sizeof store_error_entries[0]; i++) {
        if (strcmp(store_error_entries[i].name, name) == 0) {
            *code = store_error_entries[i].code;
            return 1;
        }
    }
    return 0;
}

/** The message in `lang` (the default language for another; empty for a code without one or an unknown code). */
static inline store_error_text store_error_message(store_error_code code, const char *lang) {
    const store_error_entry *entry = store_error_find(code);
    store_error_text none = {"", 0};
    return entry != NULL ? entry->message[store_error_language(lang)] : none;
}

/** The description in `lang`; `data` is NULL when the code has none. */
static inline store_error_text store_error_description(store_error_code code, const char *lang) {
    const store_error_entry *entry = store_error_find(code);
    store_error_text none = {NULL, 0};
    return entry != NULL ? entry->description[store_error_language(lang)] : none;
}

/** The cause and remedy in `lang`; `data` is NULL when the code has none. */
static inline store_error_text store_error_solution(store_error_code code, const char *lang) {
    const store_error_entry *entry = store_error_find(code);
    store_error_text none = {NULL, 0};
    return entry != NULL ? entry->solution[store_error_language(lang)] : none;
}

/** The HTTP status the code maps to (500 for an unknown code). */
static inline int store_error_http_status(store_error_code code) {
    const store_error_entry *entry = store_error_find(code);
    return entry != NULL ? entry->http_status : 500;
}

/** How serious the code is: "info", "warning", "error" or "fatal" ("error" for an unknown code). */
static inline const char *store_error_severity(store_error_code code) {
    const store_error_entry *entry = store_error_find(code);
    return entry != NULL ? entry->severity : "error";
}

/** The gRPC code the error travels with, as google.rpc.Code spells it ("UNKNOWN" for an unknown code). */
static inline const char *store_error_grpc_code(store_error_code code) {
    const store_error_entry *entry = store_error_find(code);
    return entry != NULL ? entry->grpc : "UNKNOWN";
}

/** Whether trying again may succeed. */
static inline int store_error_is_retryable(store_error_code code) {
    const store_error_entry *entry = store_error_find(code);
    return entry != NULL && entry->retryable;
}

/** The name of the code's group, or NULL. */
static inline const char *store_error_group(store_error_code code) {
    const store_error_entry *entry = store_error_find(code);
    return entry != NULL ? entry->group : NULL;
}

/** The group whose range holds `code`, used or not, or NULL. */
static inline const char *store_error_group_of_code(store_error_code code) {
    if (code >= -9 && code <= -1) {
        return "internal";
    }
    if (code >= -99 && code <= -10) {
        return "buffer_allocation";
    }
    if (code >= -199 && code <= -100) {
        return "segment_selection";
    }
    if (code >= -299 && code <= -200) {
        return "handle_selection";
    }
    if (code >= -399 && code <= -300) {
        return "version";
    }
    if (code >= -499 && code <= -400) {
        return "key";
    }
    if (code >= -599 && code <= -500) {
        return "engine";
    }
    if (code >= -699 && code <= -600) {
        return "parameter";
    }
    if (code >= -799 && code <= -700) {
        return "engine_operation";
    }
    if (code >= -899 && code <= -800) {
        return "transfer";
    }
    if (code >= -999 && code <= -900) {
        return "rpc";
    }
    if (code >= -1099 && code <= -1000) {
        return "high_availability";
    }
    if (code >= -1199 && code <= -1100) {
        return "file";
    }
    return NULL;
}

#ifdef __cplusplus
}
#endif

#endif /* STORE_ERROR_H */
