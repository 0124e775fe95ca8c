// errcat: generated from examples/catalogs/mooncake_transfer_engine.yaml by `errcat export examples/catalogs/mooncake_transfer_engine.yaml --lang c -o examples/exports/c/mooncake_transfer_engine.h`; catalog 3350e3dd8c296841, body 1f9354ec1386eb22; edit the catalog and run the command again, not this file
#ifndef TRANSFER_ENGINE_ERROR_H
#define TRANSFER_ENGINE_ERROR_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __cplusplus
#define TRANSFER_ENGINE_ERROR_STATIC_ASSERT(condition, message) static_assert(condition, message)
extern "C" {
#else
#define TRANSFER_ENGINE_ERROR_STATIC_ASSERT(condition, message) _Static_assert(condition, message)
#endif

/* TRANSFER_ENGINE_ERROR_CODES(X) calls X(NAME, CODE) for every code, in ascending order. */
#define TRANSFER_ENGINE_ERROR_CODES(X) \
    X(TRANSFER_ENGINE_ERROR_NOT_IMPLEMENTED, -303) \
    X(TRANSFER_ENGINE_ERROR_MEMORY, -302) \
    X(TRANSFER_ENGINE_ERROR_CLOCK, -301) \
    X(TRANSFER_ENGINE_ERROR_NUMA, -300) \
    X(TRANSFER_ENGINE_ERROR_CONTEXT, -202) \
    X(TRANSFER_ENGINE_ERROR_ENDPOINT, -201) \
    X(TRANSFER_ENGINE_ERROR_METADATA, -200) \
    X(TRANSFER_ENGINE_ERROR_REJECT_HANDSHAKE, -104) \
    X(TRANSFER_ENGINE_ERROR_MALFORMED_JSON, -103) \
    X(TRANSFER_ENGINE_ERROR_SOCKET, -102) \
    X(TRANSFER_ENGINE_ERROR_DNS, -101) \
    X(TRANSFER_ENGINE_ERROR_ADDRESS_OVERLAPPED, -7) \
    X(TRANSFER_ENGINE_ERROR_DEVICE_NOT_FOUND, -6) \
    X(TRANSFER_ENGINE_ERROR_BATCH_BUSY, -4) \
    X(TRANSFER_ENGINE_ERROR_ADDRESS_NOT_REGISTERED, -3) \
    X(TRANSFER_ENGINE_ERROR_TOO_MANY_REQUESTS, -2) \
    X(TRANSFER_ENGINE_ERROR_INVALID_ARGUMENT, -1)

/** Mooncake TransferEngine 错误码 */
enum transfer_engine_error {
    TRANSFER_ENGINE_ERROR_NOT_IMPLEMENTED = -303,
    /** 分配内存已满 */
    TRANSFER_ENGINE_ERROR_MEMORY = -302,
    /** 系统不支持 clock_gettime 接口 */
    TRANSFER_ENGINE_ERROR_CLOCK = -301,
    /** 系统不支持 numa 接口 */
    TRANSFER_ENGINE_ERROR_NUMA = -300,
    TRANSFER_ENGINE_ERROR_CONTEXT = -202,
    /** 创建及使用 RdmaEndPoint 对象期间发生异常 */
    TRANSFER_ENGINE_ERROR_ENDPOINT = -201,
    /** 与 etcd 元数据服务器通信发生异常 */
    TRANSFER_ENGINE_ERROR_METADATA = -200,
    /** 对方因配置等原因主动拒绝握手 */
    TRANSFER_ENGINE_ERROR_REJECT_HANDSHAKE = -104,
    /** 握手期间交换数据格式错误 */
    TRANSFER_ENGINE_ERROR_MALFORMED_JSON = -103,
    /** 握手期间发生有关 TCP Socket 的错误 */
    TRANSFER_ENGINE_ERROR_SOCKET = -102,
    /** 用户输入的 local server name 不是一个有效的 DNS 主机名或 IP 地址，导致其他节点无法与该设备握手 */
    TRANSFER_ENGINE_ERROR_DNS = -101,
    /** 多次注册重叠的内存区域 */
    TRANSFER_ENGINE_ERROR_ADDRESS_OVERLAPPED = -7,
    /** 没有一个可用的 RDMA 设备以执行用户请求的 Request */
    TRANSFER_ENGINE_ERROR_DEVICE_NOT_FOUND = -6,
    /** 用户尝试对一个正在执行 Request 的 BatchID 进行回收操作 */
    TRANSFER_ENGINE_ERROR_BATCH_BUSY = -4,
    /** 用户发起的 Request 中源地址和/或目标地址未被注册（含已在本地注册但未上传 etcd 元数据服务器的情况） */
    TRANSFER_ENGINE_ERROR_ADDRESS_NOT_REGISTERED = -3,
    /** 用户调用 SubmitTransfer 接口时，传入的 Request 数量超出分配 BatchID 指定的最大值 */
    TRANSFER_ENGINE_ERROR_TOO_MANY_REQUESTS = -2,
    /** 用户输入参数不正确（且无法细化为该组错误中其余各项） */
    TRANSFER_ENGINE_ERROR_INVALID_ARGUMENT = -1,
};

/** The type of the codes. */
typedef int32_t transfer_engine_error_code;

#define TRANSFER_ENGINE_ERROR_COUNT 17
#define TRANSFER_ENGINE_ERROR_LANGUAGE_COUNT 2

/** The catalog's languages, the default first. */
static const char *const transfer_engine_error_languages[TRANSFER_ENGINE_ERROR_LANGUAGE_COUNT] = {"zh", "en"};

/** A text and its length in bytes (it may hold NUL); `data` is NULL when there is none. */
typedef struct {
    const char *data;
    size_t size;
} transfer_engine_error_text;

/** What the catalog says about one code. */
typedef struct {
    transfer_engine_error_code code;
    const char *name;
    transfer_engine_error_text message[TRANSFER_ENGINE_ERROR_LANGUAGE_COUNT];
    transfer_engine_error_text description[TRANSFER_ENGINE_ERROR_LANGUAGE_COUNT];
    transfer_engine_error_text solution[TRANSFER_ENGINE_ERROR_LANGUAGE_COUNT];
    int http_status;
    const char *severity;
    const char *grpc;
    int retryable;
    const char *group;
} transfer_engine_error_entry;

static const transfer_engine_error_entry transfer_engine_error_entries[TRANSFER_ENGINE_ERROR_COUNT] = {
    {TRANSFER_ENGINE_ERROR_NOT_IMPLEMENTED, "ERR_NOT_IMPLEMENTED", {{"", 0}, {"", 0}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "other"},
    {TRANSFER_ENGINE_ERROR_MEMORY, "ERR_MEMORY", {{"分配内存已满", 18}, {"Out of memory", 13}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "other"},
    {TRANSFER_ENGINE_ERROR_CLOCK, "ERR_CLOCK", {{"系统不支持 clock_gettime 接口", 36}, {"The system does not support `clock_gettime` interface", 53}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "other"},
    {TRANSFER_ENGINE_ERROR_NUMA, "ERR_NUMA", {{"系统不支持 numa 接口", 27}, {"The system does not support numa interface", 42}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "other"},
    {TRANSFER_ENGINE_ERROR_CONTEXT, "ERR_CONTEXT", {{"", 0}, {"", 0}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "other"},
    {TRANSFER_ENGINE_ERROR_ENDPOINT, "ERR_ENDPOINT", {{"创建及使用 RdmaEndPoint 对象期间发生异常", 53}, {"Exceptions during the creation and use of `RdmaEndPoint` objects", 64}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "other"},
    {TRANSFER_ENGINE_ERROR_METADATA, "ERR_METADATA", {{"与 etcd 元数据服务器通信发生异常", 45}, {"Failed to communicate with metadata server", 42}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "other"},
    {TRANSFER_ENGINE_ERROR_REJECT_HANDSHAKE, "ERR_REJECT_HANDSHAKE", {{"对方因配置等原因主动拒绝握手", 42}, {"Peer rejects the handshake due to peer’s errors", 49}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "handshake"},
    {TRANSFER_ENGINE_ERROR_MALFORMED_JSON, "ERR_MALFORMED_JSON", {{"握手期间交换数据格式错误", 36}, {"Data format error during handshake exchange", 43}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "handshake"},
    {TRANSFER_ENGINE_ERROR_SOCKET, "ERR_SOCKET", {{"握手期间发生有关 TCP Socket 的错误", 45}, {"Errors related to TCP Socket during the handshake process", 57}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "handshake"},
    {TRANSFER_ENGINE_ERROR_DNS, "ERR_DNS", {{"用户输入的 local server name 不是一个有效的 DNS 主机名或 IP 地址，导致其他节点无法与该设备握手", 127}, {"Local server name is not a valid DNS hostname or IP address, preventing other nodes from handshaking with this node", 115}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "handshake"},
    {TRANSFER_ENGINE_ERROR_ADDRESS_OVERLAPPED, "ERR_ADDRESS_OVERLAPPED", {{"多次注册重叠的内存区域", 33}, {"Registering overlapping memory areas multiple times", 51}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "error_args"},
    {TRANSFER_ENGINE_ERROR_DEVICE_NOT_FOUND, "ERR_DEVICE_NOT_FOUND", {{"没有一个可用的 RDMA 设备以执行用户请求的 Request", 65}, {"No available RDMA device to execute the user’s request", 56}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "error_args"},
    {TRANSFER_ENGINE_ERROR_BATCH_BUSY, "ERR_BATCH_BUSY", {{"用户尝试对一个正在执行 Request 的 BatchID 进行回收操作", 72}, {"Reclaim a `BatchID` that is currently executing a request", 57}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "error_args"},
    {TRANSFER_ENGINE_ERROR_ADDRESS_NOT_REGISTERED, "ERR_ADDRESS_NOT_REGISTERED", {{"用户发起的 Request 中源地址和/或目标地址未被注册（含已在本地注册但未上传 etcd 元数据服务器的情况）", 139}, {"The source address and/or target address in the request initiated by the user are not registered (including the situation where it has been registered locally but not uploaded to the metadata server)", 199}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "error_args"},
    {TRANSFER_ENGINE_ERROR_TOO_MANY_REQUESTS, "ERR_TOO_MANY_REQUESTS", {{"用户调用 SubmitTransfer 接口时，传入的 Request 数量超出分配 BatchID 指定的最大值", 103}, {"The number of requests passed by the user when calling the `SubmitTransfer` interface exceeds the maximum value specified by the allocated `BatchID`", 148}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "error_args"},
    {TRANSFER_ENGINE_ERROR_INVALID_ARGUMENT, "ERR_INVALID_ARGUMENT", {{"用户输入参数不正确（且无法细化为该组错误中其余各项）", 78}, {"Input parameters are incorrect (and cannot be detailed into other items in this group)", 86}}, {{NULL, 0}, {NULL, 0}}, {{NULL, 0}, {NULL, 0}}, 500, "error", "INTERNAL", 0, "error_args"},
};

#define TRANSFER_ENGINE_ERROR_CHECK(name, value) TRANSFER_ENGINE_ERROR_STATIC_ASSERT(name == value, #name " changed: run errcat export again");
TRANSFER_ENGINE_ERROR_CODES(TRANSFER_ENGINE_ERROR_CHECK)
TRANSFER_ENGINE_ERROR_STATIC_ASSERT(sizeof transfer_engine_error_entries / sizeof transfer_engine_error_entries[0] == TRANSFER_ENGINE_ERROR_COUNT, "the table lost a code: run errcat export again");

/** The entry of `code`, or NULL if the catalog has none (a binary search). */
static inline const transfer_engine_error_entry *transfer_engine_error_find(transfer_engine_error_code code) {
    size_t lo = 0, hi = sizeof transfer_engine_error_entries / sizeof transfer_engine_error_entries[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (transfer_engine_error_entries[mid].code < code) {
            lo = mid + 1;
        } else if (transfer_engine_error_entries[mid].code > code) {
            hi = mid;
        } else {
            return &transfer_engine_error_entries[mid];
        }
    }
    return NULL;
}

/** The index of `lang` among the catalog's languages (0, the default, for another). */
static inline size_t transfer_engine_error_language(const char *lang) {
    size_t i;
    for (i = 0; lang != NULL && i < sizeof transfer_engine_error_languages / sizeof transfer_engine_error_languages[0]; i++) {
        if (strcmp(transfer_engine_error_languages[i], lang) == 0) {
            return i;
        }
    }
    return 0;
}

/** Whether `code` is a code of the catalog. */
static inline int transfer_engine_error_is_known(transfer_engine_error_code code) {
    return transfer_engine_error_find(code) != NULL;
}

/** The code's name, or NULL for a code the catalog does not have. */
static inline const char *transfer_engine_error_name(transfer_engine_error_code code) {
    const transfer_engine_error_entry *entry = transfer_engine_error_find(code);
    return entry != NULL ? entry->name : NULL;
}

/** Sets `*code` to the code named `name` and returns 1, or returns 0. */
static inline int transfer_engine_error_from_name(const char *name, transfer_engine_error_code *code) {
    size_t i;
    for (i = 0; i < sizeof transfer_engine_error_entries / sizeof transfer_engine_error_entries[0]; i++) {
        if (strcmp(transfer_engine_error_entries[i].name, name) == 0) {
            *code = transfer_engine_error_entries[i].code;
            return 1;
        }
    }
    return 0;
}

/** The message in `lang` (the default language for another; empty for a code without one or an unknown code). */
static inline transfer_engine_error_text transfer_engine_error_message(transfer_engine_error_code code, const char *lang) {
    const transfer_engine_error_entry *entry = transfer_engine_error_find(code);
    transfer_engine_error_text none = {"", 0};
    return entry != NULL ? entry->message[transfer_engine_error_language(lang)] : none;
}

/** The description in `lang`; `data` is NULL when the code has none. */
static inline transfer_engine_error_text transfer_engine_error_description(transfer_engine_error_code code, const char *lang) {
    const transfer_engine_error_entry *entry = transfer_engine_error_find(code);
    transfer_engine_error_text none = {NULL, 0};
    return entry != NULL ? entry->description[transfer_engine_error_language(lang)] : none;
}

/** The cause and remedy in `lang`; `data` is NULL when the code has none. */
static inline transfer_engine_error_text transfer_engine_error_solution(transfer_engine_error_code code, const char *lang) {
    const transfer_engine_error_entry *entry = transfer_engine_error_find(code);
    transfer_engine_error_text none = {NULL, 0};
    return entry != NULL ? entry->solution[transfer_engine_error_language(lang)] : none;
}

/** The HTTP status the code maps to (500 for an unknown code). */
static inline int transfer_engine_error_http_status(transfer_engine_error_code code) {
    const transfer_engine_error_entry *entry = transfer_engine_error_find(code);
    return entry != NULL ? entry->http_status : 500;
}

/** How serious the code is: "info", "warning", "error" or "fatal" ("error" for an unknown code). */
static inline const char *transfer_engine_error_severity(transfer_engine_error_code code) {
    const transfer_engine_error_entry *entry = transfer_engine_error_find(code);
    return entry != NULL ? entry->severity : "error";
}

/** The gRPC code the error travels with, as google.rpc.Code spells it ("UNKNOWN" for an unknown code). */
static inline const char *transfer_engine_error_grpc_code(transfer_engine_error_code code) {
    const transfer_engine_error_entry *entry = transfer_engine_error_find(code);
    return entry != NULL ? entry->grpc : "UNKNOWN";
}

/** Whether trying again may succeed. */
static inline int transfer_engine_error_is_retryable(transfer_engine_error_code code) {
    const transfer_engine_error_entry *entry = transfer_engine_error_find(code);
    return entry != NULL && entry->retryable;
}

/** The name of the code's group, or NULL. */
static inline const char *transfer_engine_error_group(transfer_engine_error_code code) {
    const transfer_engine_error_entry *entry = transfer_engine_error_find(code);
    return entry != NULL ? entry->group : NULL;
}

/** The group whose range holds `code`, used or not, or NULL. */
static inline const char *transfer_engine_error_group_of_code(transfer_engine_error_code code) {
    if (code >= -99 && code <= -1) {
        return "error_args";
    }
    if (code >= -199 && code <= -100) {
        return "handshake";
    }
    if (code >= -399 && code <= -200) {
        return "other";
    }
    return NULL;
}

#ifdef __cplusplus
}
#endif

#endif /* TRANSFER_ENGINE_ERROR_H */
