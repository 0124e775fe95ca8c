// errcat: generated from examples/catalogs/blobstore.yaml by `errcat export examples/catalogs/blobstore.yaml --lang c -o examples/exports/c/blobstore.h`; catalog 796e1aef90dfda0b, body 4584538ea9d14907; edit the catalog and run the command again, not this file
#ifndef BLOBSTORE_ERROR_H
#define BLOBSTORE_ERROR_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __cplusplus
#define BLOBSTORE_ERROR_STATIC_ASSERT(condition, message) static_assert(condition, message)
extern "C" {
#else
#define BLOBSTORE_ERROR_STATIC_ASSERT(condition, message) _Static_assert(condition, message)
#endif

/* BLOBSTORE_ERROR_CODES(X) calls X(NAME, CODE) for every code, in ascending order. */
#define BLOBSTORE_ERROR_CODES(X) \
    X(BLOBSTORE_ERROR_ACCESS_SERVICE_DISCOVERY, 551) \
    X(BLOBSTORE_ERROR_ACCESS_LIMITED, 552) \
    X(BLOBSTORE_ERROR_ACCESS_EXCEED_SIZE, 553) \
    X(BLOBSTORE_ERROR_INVALID_PARAM, 600) \
    X(BLOBSTORE_ERROR_ALREADY_EXIST, 601) \
    X(BLOBSTORE_ERROR_OUT_OF_LIMIT, 602) \
    X(BLOBSTORE_ERROR_INTERNAL, 603) \
    X(BLOBSTORE_ERROR_OVERLOAD, 604) \
    X(BLOBSTORE_ERROR_PATH_NOT_EXIST, 605) \
    X(BLOBSTORE_ERROR_PATH_NOT_EMPTY, 606) \
    X(BLOBSTORE_ERROR_PATH_FIND_ONLINE, 607) \
    X(BLOBSTORE_ERROR_DISK_NOT_FOUND, 611) \
    X(BLOBSTORE_ERROR_DISK_BROKEN, 613) \
    X(BLOBSTORE_ERROR_INVALID_DISK_ID, 614) \
    X(BLOBSTORE_ERROR_DISK_NO_SPACE, 615) \
    X(BLOBSTORE_ERROR_VUID_NOT_FOUND, 621) \
    X(BLOBSTORE_ERROR_VUID_READONLY, 622) \
    X(BLOBSTORE_ERROR_VUID_RELEASE, 623) \
    X(BLOBSTORE_ERROR_VUID_NOT_MATCH, 624) \
    X(BLOBSTORE_ERROR_CHUNK_NOT_READONLY, 625) \
    X(BLOBSTORE_ERROR_CHUNK_NOT_NORMAL, 626) \
    X(BLOBSTORE_ERROR_CHUNK_NO_SPACE, 627) \
    X(BLOBSTORE_ERROR_CHUNK_COMPACTING, 628) \
    X(BLOBSTORE_ERROR_INVALID_CHUNK_ID, 630) \
    X(BLOBSTORE_ERROR_TOO_MANY_CHUNKS, 632) \
    X(BLOBSTORE_ERROR_CHUNK_INUSE, 633) \
    X(BLOBSTORE_ERROR_BID_NOT_FOUND, 651) \
    X(BLOBSTORE_ERROR_SHARD_SIZE_TOO_LARGE, 652) \
    X(BLOBSTORE_ERROR_SHARD_NOT_MARK_DELETE, 653) \
    X(BLOBSTORE_ERROR_SHARD_MARK_DELETED, 654) \
    X(BLOBSTORE_ERROR_SHARD_INVALID_OFFSET, 655) \
    X(BLOBSTORE_ERROR_SHARD_LIST_EXCEED_LIMIT, 656) \
    X(BLOBSTORE_ERROR_SHARD_INVALID_BID, 657) \
    X(BLOBSTORE_ERROR_DEST_REPLICA_BAD, 670) \
    X(BLOBSTORE_ERROR_ORPHAN_SHARD, 671) \
    X(BLOBSTORE_ERROR_ILLEGAL_TASK, 672) \
    X(BLOBSTORE_ERROR_REQUEST_LIMITED, 673) \
    X(BLOBSTORE_ERROR_NOTING_TODO, 700) \
    X(BLOBSTORE_ERROR_NO_AVALIABLE_VOLUME, 801) \
    X(BLOBSTORE_ERROR_ALLOC_BID_FROM_CM, 802) \
    X(BLOBSTORE_ERROR_CLUSTER_ID_NOT_MATCH, 803) \
    X(BLOBSTORE_ERROR_CM_UNEXPECT, 900) \
    X(BLOBSTORE_ERROR_LOCK_NOT_ALLOW, 902) \
    X(BLOBSTORE_ERROR_UNLOCK_NOT_ALLOW, 903) \
    X(BLOBSTORE_ERROR_VOLUME_NOT_EXIST, 904) \
    X(BLOBSTORE_ERROR_RAFT_PROPOSE, 906) \
    X(BLOBSTORE_ERROR_NO_LEADER, 907) \
    X(BLOBSTORE_ERROR_RAFT_READ_INDEX, 908) \
    X(BLOBSTORE_ERROR_DUPLICATED_MEMBER_INFO, 910) \
    X(BLOBSTORE_ERROR_CM_DISK_NOT_FOUND, 911) \
    X(BLOBSTORE_ERROR_INVALID_DISK_STATUS, 912) \
    X(BLOBSTORE_ERROR_CHANGE_DISK_STATUS_NOT_ALLOW, 913) \
    X(BLOBSTORE_ERROR_CONCURRENT_ALLOC_VOLUME_UNIT, 914) \
    X(BLOBSTORE_ERROR_ALLOC_VOLUME_INVALID_PARAMS, 916) \
    X(BLOBSTORE_ERROR_NO_AVAILABLE_VOLUME, 917) \
    X(BLOBSTORE_ERROR_OLD_VUID_NOT_MATCH, 918) \
    X(BLOBSTORE_ERROR_NEW_VUID_NOT_MATCH, 919) \
    X(BLOBSTORE_ERROR_NEW_DISK_ID_NOT_MATCH, 920) \
    X(BLOBSTORE_ERROR_CONFIG_ARGUMENT, 921) \
    X(BLOBSTORE_ERROR_INVALID_CLUSTER_ID, 922) \
    X(BLOBSTORE_ERROR_INVALID_IDC, 923) \
    X(BLOBSTORE_ERROR_VOLUME_UNIT_NOT_EXIST, 924) \
    X(BLOBSTORE_ERROR_REGISTER_SERVICE_INVALID_PARAMS, 925) \
    X(BLOBSTORE_ERROR_DISK_ABNORMAL_OR_NOT_READ_ONLY, 926) \
    X(BLOBSTORE_ERROR_STAT_CHUNK_FAILED, 927) \
    X(BLOBSTORE_ERROR_INVALID_CODE_MODE, 928) \
    X(BLOBSTORE_ERROR_RETAIN_VOLUME_NOT_ALLOC, 929) \
    X(BLOBSTORE_ERROR_DROPPED_DISK_HAS_VOLUME_UNIT, 930) \
    X(BLOBSTORE_ERROR_NOT_SUPPORT_IDLE, 931) \
    X(BLOBSTORE_ERROR_DISK_IS_DROPPING, 932) \
    X(BLOBSTORE_ERROR_REJECT_DELETE_SYSTEM_CONFIG, 933)

/** CubeFS blobstore service status codes */
enum blobstore_error {
    /** access client service discovery disconnect */
    BLOBSTORE_ERROR_ACCESS_SERVICE_DISCOVERY = 551,
    /** access limited */
    BLOBSTORE_ERROR_ACCESS_LIMITED = 552,
    /** access exceed object size */
    BLOBSTORE_ERROR_ACCESS_EXCEED_SIZE = 553,
    /** blobnode: invalid params */
    BLOBSTORE_ERROR_INVALID_PARAM = 600,
    /** blobnode: entry already exist */
    BLOBSTORE_ERROR_ALREADY_EXIST = 601,
    /** blobnode: out of limit */
    BLOBSTORE_ERROR_OUT_OF_LIMIT = 602,
    /** blobnode: internal error */
    BLOBSTORE_ERROR_INTERNAL = 603,
    /** blobnode: service is overload */
    BLOBSTORE_ERROR_OVERLOAD = 604,
    /** blobnode: path is not exist */
    BLOBSTORE_ERROR_PATH_NOT_EXIST = 605,
    /** blobnode: path is not empty */
    BLOBSTORE_ERROR_PATH_NOT_EMPTY = 606,
    /** blobnode: path find online disk */
    BLOBSTORE_ERROR_PATH_FIND_ONLINE = 607,
    /** disk not found */
    BLOBSTORE_ERROR_DISK_NOT_FOUND = 611,
    /** disk is broken */
    BLOBSTORE_ERROR_DISK_BROKEN = 613,
    /** disk id is invalid */
    BLOBSTORE_ERROR_INVALID_DISK_ID = 614,
    /** disk no space */
    BLOBSTORE_ERROR_DISK_NO_SPACE = 615,
    /** vuid not found */
    BLOBSTORE_ERROR_VUID_NOT_FOUND = 621,
    /** vuid readonly */
    BLOBSTORE_ERROR_VUID_READONLY = 622,
    /** vuid released */
    BLOBSTORE_ERROR_VUID_RELEASE = 623,
    /** vuid not match */
    BLOBSTORE_ERROR_VUID_NOT_MATCH = 624,
    /** chunk must readonly */
    BLOBSTORE_ERROR_CHUNK_NOT_READONLY = 625,
    /** chunk must normal */
    BLOBSTORE_ERROR_CHUNK_NOT_NORMAL = 626,
    /** chunk no space */
    BLOBSTORE_ERROR_CHUNK_NO_SPACE = 627,
    /** chunk is compacting */
    BLOBSTORE_ERROR_CHUNK_COMPACTING = 628,
    /** chunk id is invalid */
    BLOBSTORE_ERROR_INVALID_CHUNK_ID = 630,
    /** too many chunks */
    BLOBSTORE_ERROR_TOO_MANY_CHUNKS = 632,
    /** chunk in use */
    BLOBSTORE_ERROR_CHUNK_INUSE = 633,
    /** bid not found */
    BLOBSTORE_ERROR_BID_NOT_FOUND = 651,
    /** shard size too large */
    BLOBSTORE_ERROR_SHARD_SIZE_TOO_LARGE = 652,
    /** shard must mark delete */
    BLOBSTORE_ERROR_SHARD_NOT_MARK_DELETE = 653,
    /** shard already mark delete */
    BLOBSTORE_ERROR_SHARD_MARK_DELETED = 654,
    /** shard offset is invalid */
    BLOBSTORE_ERROR_SHARD_INVALID_OFFSET = 655,
    /** shard list exceed the limit */
    BLOBSTORE_ERROR_SHARD_LIST_EXCEED_LIMIT = 656,
    /** shard key bid is invalid */
    BLOBSTORE_ERROR_SHARD_INVALID_BID = 657,
    /** dest replica is bad can not repair */
    BLOBSTORE_ERROR_DEST_REPLICA_BAD = 670,
    /** shard is an orphan */
    BLOBSTORE_ERROR_ORPHAN_SHARD = 671,
    /** illegal task */
    BLOBSTORE_ERROR_ILLEGAL_TASK = 672,
    /** request limited */
    BLOBSTORE_ERROR_REQUEST_LIMITED = 673,
    /** nothing to do */
    BLOBSTORE_ERROR_NOTING_TODO = 700,
    /** this codemode has no avaliable volume */
    BLOBSTORE_ERROR_NO_AVALIABLE_VOLUME = 801,
    /** alloc bid from clustermgr error */
    BLOBSTORE_ERROR_ALLOC_BID_FROM_CM = 802,
    /** clusterId not match */
    BLOBSTORE_ERROR_CLUSTER_ID_NOT_MATCH = 803,
    /** cm: unexpected error */
    BLOBSTORE_ERROR_CM_UNEXPECT = 900,
    /** lock volume not allow */
    BLOBSTORE_ERROR_LOCK_NOT_ALLOW = 902,
    /** unlock volume not allow */
    BLOBSTORE_ERROR_UNLOCK_NOT_ALLOW = 903,
    /** volume not exist */
    BLOBSTORE_ERROR_VOLUME_NOT_EXIST = 904,
    /** raft propose error */
    BLOBSTORE_ERROR_RAFT_PROPOSE = 906,
    /** no leader */
    BLOBSTORE_ERROR_NO_LEADER = 907,
    /** raft read index error */
    BLOBSTORE_ERROR_RAFT_READ_INDEX = 908,
    /** duplicated member info */
    BLOBSTORE_ERROR_DUPLICATED_MEMBER_INFO = 910,
    /** disk not found */
    BLOBSTORE_ERROR_CM_DISK_NOT_FOUND = 911,
    /** invalid status */
    BLOBSTORE_ERROR_INVALID_DISK_STATUS = 912,
    /** not allow to change status back */
    BLOBSTORE_ERROR_CHANGE_DISK_STATUS_NOT_ALLOW = 913,
    /** alloc volume unit concurrently */
    BLOBSTORE_ERROR_CONCURRENT_ALLOC_VOLUME_UNIT = 914,
    /** alloc volume request params is invalid */
    BLOBSTORE_ERROR_ALLOC_VOLUME_INVALID_PARAMS = 916,
    /** no available volume */
    BLOBSTORE_ERROR_NO_AVAILABLE_VOLUME = 917,
    /** update volume unit, old vuid not match */
    BLOBSTORE_ERROR_OLD_VUID_NOT_MATCH = 918,
    /** update volume unit, new vuid not match */
    BLOBSTORE_ERROR_NEW_VUID_NOT_MATCH = 919,
    /** update volume unit, new diskID not match */
    BLOBSTORE_ERROR_NEW_DISK_ID_NOT_MATCH = 920,
    /** config argument marshal error */
    BLOBSTORE_ERROR_CONFIG_ARGUMENT = 921,
    /** request params error, invalid clusterID */
    BLOBSTORE_ERROR_INVALID_CLUSTER_ID = 922,
    /** request params error,invalid idc */
    BLOBSTORE_ERROR_INVALID_IDC = 923,
    /** volume unit not exist */
    BLOBSTORE_ERROR_VOLUME_UNIT_NOT_EXIST = 924,
    /** register service params is invalid */
    BLOBSTORE_ERROR_REGISTER_SERVICE_INVALID_PARAMS = 925,
    /** disk is abnormal or not readonly, can't add into dropping list */
    BLOBSTORE_ERROR_DISK_ABNORMAL_OR_NOT_READ_ONLY = 926,
    /** stat blob node chunk failed */
    BLOBSTORE_ERROR_STAT_CHUNK_FAILED = 927,
    /** request alloc volume codeMode not invalid */
    BLOBSTORE_ERROR_INVALID_CODE_MODE = 928,
    /** retain volume is not alloc */
    BLOBSTORE_ERROR_RETAIN_VOLUME_NOT_ALLOC = 929,
    /** dropped disk still has volume unit remain, migrate them firstly */
    BLOBSTORE_ERROR_DROPPED_DISK_HAS_VOLUME_UNIT = 930,
    /** list volume v2 not support idle status */
    BLOBSTORE_ERROR_NOT_SUPPORT_IDLE = 931,
    /** dropping disk not allow change state or set readonly */
    BLOBSTORE_ERROR_DISK_IS_DROPPING = 932,
    /** reject delete system config */
    BLOBSTORE_ERROR_REJECT_DELETE_SYSTEM_CONFIG = 933,
};

/** The type of the codes. */
typedef int32_t blobstore_error_code;

#define BLOBSTORE_ERROR_COUNT 71
#define BLOBSTORE_ERROR_LANGUAGE_COUNT 2

/** The catalog's languages, the default first. */
static const char *const blobstore_error_languages[BLOBSTORE_ERROR_LANGUAGE_COUNT] = {"en", "zh"};

/** A text and its length in bytes (it may hold NUL); `data` is NULL when there is none. */
typedef struct {
    const char *data;
    size_t size;
} blobstore_error_text;

/** What the catalog says about one code. */
typedef struct {
    blobstore_error_code code;
    const char *name;
    blobstore_error_text message[BLOBSTORE_ERROR_LANGUAGE_COUNT];
    blobstore_error_text description[BLOBSTORE_ERROR_LANGUAGE_COUNT];
    blobstore_error_text solution[BLOBSTORE_ERROR_LANGUAGE_COUNT];
    int http_status;
    const char *severity;
    const char *grpc;
    int retryable;
    const char *group;
} blobstore_error_entry;

static const blobstore_error_entry blobstore_error_entries[BLOBSTORE_ERROR_COUNT] = {
    {BLOBSTORE_ERROR_ACCESS_SERVICE_DISCOVERY, "CodeAccessServiceDiscovery", {{"access client service discovery disconnect", 42}, {"access client service discovery disconnect", 42}}, {{"access client 无法从consul发现可用的access节点", 56}, {"access client 无法从consul发现可用的access节点", 56}}, {{NULL, 0}, {NULL, 0}}, 551, "error", "INTERNAL", 0, "access"},
    {BLOBSTORE_ERROR_ACCESS_LIMITED, "CodeAccessLimited", {{"access limited", 14}, {"access limited", 14}}, {{"服务接口达到链接数限制", 33}, {"服务接口达到链接数限制", 33}}, {{NULL, 0}, {NULL, 0}}, 552, "error", "INTERNAL", 0, "access"},
    {BLOBSTORE_ERROR_ACCESS_EXCEED_SIZE, "CodeAccessExceedSize", {{"access exceed object size", 25}, {"access exceed object size", 25}}, {{"上传文件超过最大大小限制", 36}, {"上传文件超过最大大小限制", 36}}, {{NULL, 0}, {NULL, 0}}, 553, "error", "INTERNAL", 0, "access"},
    {BLOBSTORE_ERROR_INVALID_PARAM, "CodeInvalidParam", {{"blobnode: invalid params", 24}, {"blobnode: invalid params", 24}}, {{"参数错误", 12}, {"参数错误", 12}}, {{NULL, 0}, {NULL, 0}}, 600, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_ALREADY_EXIST, "CodeAlreadyExist", {{"blobnode: entry already exist", 29}, {"blobnode: entry already exist", 29}}, {{"已经存在（vuid）", 22}, {"已经存在（vuid）", 22}}, {{NULL, 0}, {NULL, 0}}, 601, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_OUT_OF_LIMIT, "CodeOutOfLimit", {{"blobnode: out of limit", 22}, {"blobnode: out of limit", 22}}, {{"请求超过并发限制", 24}, {"请求超过并发限制", 24}}, {{NULL, 0}, {NULL, 0}}, 602, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_INTERNAL, "CodeInternal", {{"blobnode: internal error", 24}, {"blobnode: internal error", 24}}, {{"内部错误", 12}, {"内部错误", 12}}, {{NULL, 0}, {NULL, 0}}, 603, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_OVERLOAD, "CodeOverload", {{"blobnode: service is overload", 29}, {"blobnode: service is overload", 29}}, {{"请求过载", 12}, {"请求过载", 12}}, {{NULL, 0}, {NULL, 0}}, 604, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_PATH_NOT_EXIST, "CodePathNotExist", {{"blobnode: path is not exist", 27}, {"blobnode: path is not exist", 27}}, {{"注册的磁盘目录不存在", 30}, {"注册的磁盘目录不存在", 30}}, {{NULL, 0}, {NULL, 0}}, 605, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_PATH_NOT_EMPTY, "CodePathNotEmpty", {{"blobnode: path is not empty", 27}, {"blobnode: path is not empty", 27}}, {{"注册的磁盘目录非空", 27}, {"注册的磁盘目录非空", 27}}, {{NULL, 0}, {NULL, 0}}, 606, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_PATH_FIND_ONLINE, "CodePathFindOnline", {{"blobnode: path find online disk", 31}, {"blobnode: path find online disk", 31}}, {{"注册的路径还处于活动状态，需要下线后再重新注册", 69}, {"注册的路径还处于活动状态，需要下线后再重新注册", 69}}, {{NULL, 0}, {NULL, 0}}, 607, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_DISK_NOT_FOUND, "CodeDiskNotFound", {{"disk not found", 14}, {"disk not found", 14}}, {{"磁盘不存在", 15}, {"磁盘不存在", 15}}, {{NULL, 0}, {NULL, 0}}, 611, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_DISK_BROKEN, "CodeDiskBroken", {{"disk is broken", 14}, {"disk is broken", 14}}, {{"坏盘", 6}, {"坏盘", 6}}, {{NULL, 0}, {NULL, 0}}, 613, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_INVALID_DISK_ID, "CodeInvalidDiskId", {{"disk id is invalid", 18}, {"disk id is invalid", 18}}, {{"磁盘id无效", 14}, {"磁盘id无效", 14}}, {{NULL, 0}, {NULL, 0}}, 614, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_DISK_NO_SPACE, "CodeDiskNoSpace", {{"disk no space", 13}, {"disk no space", 13}}, {{"磁盘无可用空间", 21}, {"磁盘无可用空间", 21}}, {{NULL, 0}, {NULL, 0}}, 615, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_VUID_NOT_FOUND, "CodeVuidNotFound", {{"vuid not found", 14}, {"vuid not found", 14}}, {{"vuid不存在", 13}, {"vuid不存在", 13}}, {{NULL, 0}, {NULL, 0}}, 621, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_VUID_READONLY, "CodeVUIDReadonly", {{"vuid readonly", 13}, {"vuid readonly", 13}}, {{"vuid只读状态", 16}, {"vuid只读状态", 16}}, {{NULL, 0}, {NULL, 0}}, 622, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_VUID_RELEASE, "CodeVUIDRelease", {{"vuid released", 13}, {"vuid released", 13}}, {{"vuid处于released状态", 24}, {"vuid处于released状态", 24}}, {{NULL, 0}, {NULL, 0}}, 623, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_VUID_NOT_MATCH, "CodeVuidNotMatch", {{"vuid not match", 14}, {"vuid not match", 14}}, {{"vuid不匹配", 13}, {"vuid不匹配", 13}}, {{NULL, 0}, {NULL, 0}}, 624, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_CHUNK_NOT_READONLY, "CodeChunkNotReadonly", {{"chunk must readonly", 19}, {"chunk must readonly", 19}}, {{"chunk需要是只读状态", 26}, {"chunk需要是只读状态", 26}}, {{NULL, 0}, {NULL, 0}}, 625, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_CHUNK_NOT_NORMAL, "CodeChunkNotNormal", {{"chunk must normal", 17}, {"chunk must normal", 17}}, {{"chunk需要是normal状态", 26}, {"chunk需要是normal状态", 26}}, {{NULL, 0}, {NULL, 0}}, 626, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_CHUNK_NO_SPACE, "CodeChunkNoSpace", {{"chunk no space", 14}, {"chunk no space", 14}}, {{"chunk无可写空间", 20}, {"chunk无可写空间", 20}}, {{NULL, 0}, {NULL, 0}}, 627, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_CHUNK_COMPACTING, "CodeChunkCompacting", {{"chunk is compacting", 19}, {"chunk is compacting", 19}}, {{"chunk处于压缩中", 20}, {"chunk处于压缩中", 20}}, {{NULL, 0}, {NULL, 0}}, 628, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_INVALID_CHUNK_ID, "CodeInvalidChunkId", {{"chunk id is invalid", 19}, {"chunk id is invalid", 19}}, {{"无效的chunk id", 17}, {"无效的chunk id", 17}}, {{NULL, 0}, {NULL, 0}}, 630, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_TOO_MANY_CHUNKS, "CodeTooManyChunks", {{"too many chunks", 15}, {"too many chunks", 15}}, {{"chunk数超过阈值", 20}, {"chunk数超过阈值", 20}}, {{NULL, 0}, {NULL, 0}}, 632, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_CHUNK_INUSE, "CodeChunkInuse", {{"chunk in use", 12}, {"chunk in use", 12}}, {{"chunk有请求在处理", 23}, {"chunk有请求在处理", 23}}, {{NULL, 0}, {NULL, 0}}, 633, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_BID_NOT_FOUND, "CodeBidNotFound", {{"bid not found", 13}, {"bid not found", 13}}, {{"bid不存在", 12}, {"bid不存在", 12}}, {{NULL, 0}, {NULL, 0}}, 651, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_SHARD_SIZE_TOO_LARGE, "CodeShardSizeTooLarge", {{"shard size too large", 20}, {"shard size too large", 20}}, {{"shard的size超过阈值(1<<32 - 1)", 35}, {"shard的size超过阈值(1<<32 - 1)", 35}}, {{NULL, 0}, {NULL, 0}}, 652, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_SHARD_NOT_MARK_DELETE, "CodeShardNotMarkDelete", {{"shard must mark delete", 22}, {"shard must mark delete", 22}}, {{"shard需要先标记删除", 26}, {"shard需要先标记删除", 26}}, {{NULL, 0}, {NULL, 0}}, 653, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_SHARD_MARK_DELETED, "CodeShardMarkDeleted", {{"shard already mark delete", 25}, {"shard already mark delete", 25}}, {{"shard已经标记删除", 23}, {"shard已经标记删除", 23}}, {{NULL, 0}, {NULL, 0}}, 654, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_SHARD_INVALID_OFFSET, "CodeShardInvalidOffset", {{"shard offset is invalid", 23}, {"shard offset is invalid", 23}}, {{"shard的offset无效", 20}, {"shard的offset无效", 20}}, {{NULL, 0}, {NULL, 0}}, 655, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_SHARD_LIST_EXCEED_LIMIT, "CodeShardListExceedLimit", {{"shard list exceed the limit", 27}, {"shard list exceed the limit", 27}}, {{"shard list的个数超过阈值(65536)", 38}, {"shard list的个数超过阈值(65536)", 38}}, {{NULL, 0}, {NULL, 0}}, 656, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_SHARD_INVALID_BID, "CodeShardInvalidBid", {{"shard key bid is invalid", 24}, {"shard key bid is invalid", 24}}, {{"无效的bid", 12}, {"无效的bid", 12}}, {{NULL, 0}, {NULL, 0}}, 657, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_DEST_REPLICA_BAD, "CodeDestReplicaBad", {{"dest replica is bad can not repair", 34}, {"dest replica is bad can not repair", 34}}, {{"待修补的目标节点状态异常，可能是请求超时或者服务未启动等", 84}, {"待修补的目标节点状态异常，可能是请求超时或者服务未启动等", 84}}, {{NULL, 0}, {NULL, 0}}, 670, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_ORPHAN_SHARD, "CodeOrphanShard", {{"shard is an orphan", 18}, {"shard is an orphan", 18}}, {{"shard为孤本无法执行数据修补，Scheduler发起修补时如果遇到此错误则会记录相关孤本信息", 116}, {"shard为孤本无法执行数据修补，Scheduler发起修补时如果遇到此错误则会记录相关孤本信息", 116}}, {{NULL, 0}, {NULL, 0}}, 671, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_ILLEGAL_TASK, "CodeIllegalTask", {{"illegal task", 12}, {"illegal task", 12}}, {{"后台任务不合法", 21}, {"后台任务不合法", 21}}, {{NULL, 0}, {NULL, 0}}, 672, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_REQUEST_LIMITED, "CodeRequestLimited", {{"request limited", 15}, {"request limited", 15}}, {{"修补接口请求过载", 24}, {"修补接口请求过载", 24}}, {{NULL, 0}, {NULL, 0}}, 673, "error", "INTERNAL", 0, "blobnode"},
    {BLOBSTORE_ERROR_NOTING_TODO, "CodeNotingTodo", {{"nothing to do", 13}, {"nothing to do", 13}}, {{"BlobNode服务请求Scheduler拉取后台任务时，如果没有相关任务可做，Scheduler则会返回此状态码，可以忽略", 134}, {"BlobNode服务请求Scheduler拉取后台任务时，如果没有相关任务可做，Scheduler则会返回此状态码，可以忽略", 134}}, {{NULL, 0}, {NULL, 0}}, 700, "error", "INTERNAL", 0, "scheduler"},
    {BLOBSTORE_ERROR_NO_AVALIABLE_VOLUME, "CodeNoAvaliableVolume", {{"this codemode has no avaliable volume", 37}, {"this codemode has no avaliable volume", 37}}, {{"对应编码模式没有可用卷", 33}, {"对应编码模式没有可用卷", 33}}, {{NULL, 0}, {NULL, 0}}, 801, "error", "INTERNAL", 0, "proxy"},
    {BLOBSTORE_ERROR_ALLOC_BID_FROM_CM, "CodeAllocBidFromCm", {{"alloc bid from clustermgr error", 31}, {"alloc bid from clustermgr error", 31}}, {{"从cm获取bid失败", 20}, {"从cm获取bid失败", 20}}, {{NULL, 0}, {NULL, 0}}, 802, "error", "INTERNAL", 0, "proxy"},
    {BLOBSTORE_ERROR_CLUSTER_ID_NOT_MATCH, "CodeClusterIDNotMatch", {{"clusterId not match", 19}, {"clusterId not match", 19}}, {{"请求的clusterID和proxy服务所在的clusterID不一致", 59}, {"请求的clusterID和proxy服务所在的clusterID不一致", 59}}, {{NULL, 0}, {NULL, 0}}, 803, "error", "INTERNAL", 0, "proxy"},
    {BLOBSTORE_ERROR_CM_UNEXPECT, "CodeCMUnexpect", {{"cm: unexpected error", 20}, {"cm: unexpected error", 20}}, {{"出现内部错误", 18}, {"出现内部错误", 18}}, {{NULL, 0}, {NULL, 0}}, 900, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_LOCK_NOT_ALLOW, "CodeLockNotAllow", {{"lock volume not allow", 21}, {"lock volume not allow", 21}}, {{"加锁失败，例如处于active状态", 39}, {"加锁失败，例如处于active状态", 39}}, {{NULL, 0}, {NULL, 0}}, 902, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_UNLOCK_NOT_ALLOW, "CodeUnlockNotAllow", {{"unlock volume not allow", 23}, {"unlock volume not allow", 23}}, {{"解锁失败", 12}, {"解锁失败", 12}}, {{NULL, 0}, {NULL, 0}}, 903, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_VOLUME_NOT_EXIST, "CodeVolumeNotExist", {{"volume not exist", 16}, {"volume not exist", 16}}, {{"卷不存在", 12}, {"卷不存在", 12}}, {{NULL, 0}, {NULL, 0}}, 904, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_RAFT_PROPOSE, "CodeRaftPropose", {{"raft propose error", 18}, {"raft propose error", 18}}, {{"raft 提议信息错误", 23}, {"raft 提议信息错误", 23}}, {{NULL, 0}, {NULL, 0}}, 906, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_NO_LEADER, "CodeNoLeader", {{"no leader", 9}, {"no leader", 9}}, {{"暂无主节点", 15}, {"暂无主节点", 15}}, {{NULL, 0}, {NULL, 0}}, 907, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_RAFT_READ_INDEX, "CodeRaftReadIndex", {{"raft read index error", 21}, {"raft read index error", 21}}, {{"线性一致性读超时", 24}, {"线性一致性读超时", 24}}, {{NULL, 0}, {NULL, 0}}, 908, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_DUPLICATED_MEMBER_INFO, "CodeDuplicatedMemberInfo", {{"duplicated member info", 22}, {"duplicated member info", 22}}, {{"重复的成员信息", 21}, {"重复的成员信息", 21}}, {{NULL, 0}, {NULL, 0}}, 910, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_CM_DISK_NOT_FOUND, "CodeCMDiskNotFound", {{"disk not found", 14}, {"disk not found", 14}}, {{"磁盘找不到", 15}, {"磁盘找不到", 15}}, {{NULL, 0}, {NULL, 0}}, 911, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_INVALID_DISK_STATUS, "CodeInvalidDiskStatus", {{"invalid status", 14}, {"invalid status", 14}}, {{"设置磁盘状态出现非法状态", 36}, {"设置磁盘状态出现非法状态", 36}}, {{NULL, 0}, {NULL, 0}}, 912, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_CHANGE_DISK_STATUS_NOT_ALLOW, "CodeChangeDiskStatusNotAllow", {{"not allow to change status back", 31}, {"not allow to change status back", 31}}, {{"不允许将磁盘状态回退，例如将坏盘回退到正常状态", 69}, {"不允许将磁盘状态回退，例如将坏盘回退到正常状态", 69}}, {{NULL, 0}, {NULL, 0}}, 913, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_CONCURRENT_ALLOC_VOLUME_UNIT, "CodeConcurrentAllocVolumeUnit", {{"alloc volume unit concurrently", 30}, {"alloc volume unit concurrently", 30}}, {{"并发申请卷单元，重试可用解决", 42}, {"并发申请卷单元，重试可用解决", 42}}, {{NULL, 0}, {NULL, 0}}, 914, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_ALLOC_VOLUME_INVALID_PARAMS, "CodeAllocVolumeInvalidParams", {{"alloc volume request params is invalid", 38}, {"alloc volume request params is invalid", 38}}, {{"分配卷请求参数非法", 27}, {"分配卷请求参数非法", 27}}, {{NULL, 0}, {NULL, 0}}, 916, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_NO_AVAILABLE_VOLUME, "CodeNoAvailableVolume", {{"no available volume", 19}, {"no available volume", 19}}, {{"分配卷时候，暂无可用的卷", 36}, {"分配卷时候，暂无可用的卷", 36}}, {{NULL, 0}, {NULL, 0}}, 917, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_OLD_VUID_NOT_MATCH, "CodeOldVuidNotMatch", {{"update volume unit, old vuid not match", 38}, {"update volume unit, old vuid not match", 38}}, {{"更新卷单元时候新的旧的vuid不匹配", 46}, {"更新卷单元时候新的旧的vuid不匹配", 46}}, {{NULL, 0}, {NULL, 0}}, 918, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_NEW_VUID_NOT_MATCH, "CodeNewVuidNotMatch", {{"update volume unit, new vuid not match", 38}, {"update volume unit, new vuid not match", 38}}, {{"更新卷单元时候新的vuid不匹配", 40}, {"更新卷单元时候新的vuid不匹配", 40}}, {{NULL, 0}, {NULL, 0}}, 919, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_NEW_DISK_ID_NOT_MATCH, "CodeNewDiskIDNotMatch", {{"update volume unit, new diskID not match", 40}, {"update volume unit, new diskID not match", 40}}, {{"更新卷单元时候新的磁盘id不匹配", 44}, {"更新卷单元时候新的磁盘id不匹配", 44}}, {{NULL, 0}, {NULL, 0}}, 920, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_CONFIG_ARGUMENT, "CodeConfigArgument", {{"config argument marshal error", 29}, {"config argument marshal error", 29}}, {{"配置序列化错误", 21}, {"配置序列化错误", 21}}, {{NULL, 0}, {NULL, 0}}, 921, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_INVALID_CLUSTER_ID, "CodeInvalidClusterID", {{"request params error, invalid clusterID", 39}, {"request params error, invalid clusterID", 39}}, {{"请求参数错误，clusterID非法", 36}, {"请求参数错误，clusterID非法", 36}}, {{NULL, 0}, {NULL, 0}}, 922, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_INVALID_IDC, "CodeInvalidIDC", {{"request params error,invalid idc", 32}, {"request params error,invalid idc", 32}}, {{"请求参数错误，idc非法", 30}, {"请求参数错误，idc非法", 30}}, {{NULL, 0}, {NULL, 0}}, 923, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_VOLUME_UNIT_NOT_EXIST, "CodeVolumeUnitNotExist", {{"volume unit not exist", 21}, {"volume unit not exist", 21}}, {{"卷单元不存在", 18}, {"卷单元不存在", 18}}, {{NULL, 0}, {NULL, 0}}, 924, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_REGISTER_SERVICE_INVALID_PARAMS, "CodeRegisterServiceInvalidParams", {{"register service params is invalid", 34}, {"register service params is invalid", 34}}, {{"注册服务参数非法", 24}, {"注册服务参数非法", 24}}, {{NULL, 0}, {NULL, 0}}, 925, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_DISK_ABNORMAL_OR_NOT_READ_ONLY, "CodeDiskAbnormalOrNotReadOnly", {{"disk is abnormal or not readonly, can't add into dropping list", 62}, {"disk is abnormal or not readonly, can't add into dropping list", 62}}, {{"磁盘处于非正常或者不是只读状态，不能设置为下线", 69}, {"磁盘处于非正常或者不是只读状态，不能设置为下线", 69}}, {{NULL, 0}, {NULL, 0}}, 926, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_STAT_CHUNK_FAILED, "CodeStatChunkFailed", {{"stat blob node chunk failed", 27}, {"stat blob node chunk failed", 27}}, {{"获取blobNode 的chunk信息失败", 35}, {"获取blobNode 的chunk信息失败", 35}}, {{NULL, 0}, {NULL, 0}}, 927, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_INVALID_CODE_MODE, "CodeInvalidCodeMode", {{"request alloc volume codeMode not invalid", 41}, {"request alloc volume codeMode not invalid", 41}}, {{"请求分配的卷模式不存在", 33}, {"请求分配的卷模式不存在", 33}}, {{NULL, 0}, {NULL, 0}}, 928, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_RETAIN_VOLUME_NOT_ALLOC, "CodeRetainVolumeNotAlloc", {{"retain volume is not alloc", 26}, {"retain volume is not alloc", 26}}, {{"续租的卷没有分配", 24}, {"续租的卷没有分配", 24}}, {{NULL, 0}, {NULL, 0}}, 929, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_DROPPED_DISK_HAS_VOLUME_UNIT, "CodeDroppedDiskHasVolumeUnit", {{"dropped disk still has volume unit remain, migrate them firstly", 63}, {"dropped disk still has volume unit remain, migrate them firstly", 63}}, {{"不能提前标记磁盘下线完成，改磁盘还有剩余chunk，需要先迁移完成", 89}, {"不能提前标记磁盘下线完成，改磁盘还有剩余chunk，需要先迁移完成", 89}}, {{NULL, 0}, {NULL, 0}}, 930, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_NOT_SUPPORT_IDLE, "CodeNotSupportIdle", {{"list volume v2 not support idle status", 38}, {"list volume v2 not support idle status", 38}}, {{"v2版本列举卷不支持idle状态", 36}, {"v2版本列举卷不支持idle状态", 36}}, {{NULL, 0}, {NULL, 0}}, 931, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_DISK_IS_DROPPING, "CodeDiskIsDropping", {{"dropping disk not allow change state or set readonly", 52}, {"dropping disk not allow change state or set readonly", 52}}, {{"下线中磁盘不允许修改状态和设置只读", 51}, {"下线中磁盘不允许修改状态和设置只读", 51}}, {{NULL, 0}, {NULL, 0}}, 932, "error", "INTERNAL", 0, "clustermgr"},
    {BLOBSTORE_ERROR_REJECT_DELETE_SYSTEM_CONFIG, "CodeRejectDeleteSystemConfig", {{"reject delete system config", 27}, {"reject delete system config", 27}}, {{"系统配置不允许删除", 27}, {"系统配置不允许删除", 27}}, {{NULL, 0}, {NULL, 0}}, 933, "error", "INTERNAL", 0, "clustermgr"},
};

#define BLOBSTORE_ERROR_CHECK(name, value) BLOBSTORE_ERROR_STATIC_ASSERT(name == value, #name " changed: run errcat export again");
BLOBSTORE_ERROR_CODES(BLOBSTORE_ERROR_CHECK)
BLOBSTORE_ERROR_STATIC_ASSERT(sizeof blobstore_error_entries / sizeof blobstore_error_entries[0] == BLOBSTORE_ERROR_COUNT, "the table lost a code: run errcat export again");

/** The entry of `code`, or NULL if the catalog has none (a binary search). */
static inline const blobstore_error_entry *blobstore_error_find(blobstore_error_code code) {
    size_t lo = 0, hi = sizeof blobstore_error_entries / sizeof blobstore_error_entries[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (blobstore_error_entries[mid].code < code) {
            lo = mid + 1;
        } else if (blobstore_error_entries[mid].code > code) {
            hi = mid;
        } else {
            return &blobstore_error_entries[mid];
        }
    }
    return NULL;
}

/** The index of `lang` among the catalog's languages (0, the default, for another). */
static inline size_t blobstore_error_language(const char *lang) {
    size_t i;
    for (i = 0; lang != NULL && i < sizeof blobstore_error_languages / sizeof blobstore_error_languages[0]; i++) {
        if (strcmp(blobstore_error_languages[i], lang) == 0) {
            return i;
        }
    }
    return 0;
}

/** Whether `code` is a code of the catalog. */
static inline int blobstore_error_is_known(blobstore_error_code code) {
    return blobstore_error_find(code) != NULL;
}

/** The code's name, or NULL for a code the catalog does not have. */
static inline const char *blobstore_error_name(blobstore_error_code code) {
    const blobstore_error_entry *entry = blobstore_error_find(code);
    return entry != NULL ? entry->name : NULL;
}

/** Sets `*code` to the code named `name` and returns 1, or returns 0. */
static inline int blobstore_error_from_name(const char *name, blobstore_error_code *code) {
    size_t i;
    for (i = 0; i < sizeof blobstore_error_entries / sizeof blobstore_error_entries[0]; i++) {
        if (strcmp(blobstore_error_entries[i].name, name) == 0) {
            *code = blobstore_error_entries[i].code;
            return 1;
        }
    }
    return 0;
}

/** The message in `lang` (the default language for another; empty for a code without one or an unknown code). */
static inline blobstore_error_text blobstore_error_message(blobstore_error_code code, const char *lang) {
    const blobstore_error_entry *entry = blobstore_error_find(code);
    blobstore_error_text none = {"", 0};
    return entry != NULL ? entry->message[blobstore_error_language(lang)] : none;
}

/** The description in `lang`; `data` is NULL when the code has none. */
static inline blobstore_error_text blobstore_error_description(blobstore_error_code code, const char *lang) {
    const blobstore_error_entry *entry = blobstore_error_find(code);
    blobstore_error_text none = {NULL, 0};
    return entry != NULL ? entry->description[blobstore_error_language(lang)] : none;
}

/** The cause and remedy in `lang`; `data` is NULL when the code has none. */
static inline blobstore_error_text blobstore_error_solution(blobstore_error_code code, const char *lang) {
    const blobstore_error_entry *entry = blobstore_error_find(code);
    blobstore_error_text none = {NULL, 0};
    return entry != NULL ? entry->solution[blobstore_error_language(lang)] : none;
}

/** The HTTP status the code maps to (500 for an unknown code). */
static inline int blobstore_error_http_status(blobstore_error_code code) {
    const blobstore_error_entry *entry = blobstore_error_find(code);
    return entry != NULL ? entry->http_status : 500;
}

/** How serious the code is: "info", "warning", "error" or "fatal" ("error" for an unknown code). */
static inline const char *blobstore_error_severity(blobstore_error_code code) {
    const blobstore_error_entry *entry = blobstore_error_find(code);
    return entry != NULL ? entry->severity : "error";
}

/** The gRPC code the error travels with, as google.rpc.Code spells it ("UNKNOWN" for an unknown code). */
static inline const char *blobstore_error_grpc_code(blobstore_error_code code) {
    const blobstore_error_entry *entry = blobstore_error_find(code);
    return entry != NULL ? entry->grpc : "UNKNOWN";
}

/** Whether trying again may succeed. */
static inline int blobstore_error_is_retryable(blobstore_error_code code) {
    const blobstore_error_entry *entry = blobstore_error_find(code);
    return entry != NULL && entry->retryable;
}

/** The name of the code's group, or NULL. */
static inline const char *blobstore_error_group(blobstore_error_code code) {
    const blobstore_error_entry *entry = blobstore_error_find(code);
    return entry != NULL ? entry->group : NULL;
}

/** The group whose range holds `code`, used or not, or NULL. */
static inline const char *blobstore_error_group_of_code(blobstore_error_code code) {
    if (code >= 550 && code <= 599) {
        return "access";
    }
    if (code >= 800 && code <= 899) {
        return "proxy";
    }
    if (code >= 900 && code <= 999) {
        return "clustermgr";
    }
    if (code >= 600 && code <= 699) {
        return "blobnode";
    }
    if (code >= 700 && code <= 799) {
        return "scheduler";
    }
    return NULL;
}

#ifdef __cplusplus
}
#endif

#endif /* BLOBSTORE_ERROR_H */
