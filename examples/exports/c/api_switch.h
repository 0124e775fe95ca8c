// errcat: generated from examples/catalogs/api_switch.yaml by `errcat export examples/catalogs/api_switch.yaml --lang c -o examples/exports/c/api_switch.h`; catalog d30b047912c3d407, body ae423f6381807c1b; edit the catalog and run the command again, not this file
#ifndef API_SWITCH_ERROR_H
#define API_SWITCH_ERROR_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __cplusplus
#define API_SWITCH_ERROR_STATIC_ASSERT(condition, message) static_assert(condition, message)
extern "C" {
#else
#define API_SWITCH_ERROR_STATIC_ASSERT(condition, message) _Static_assert(condition, message)
#endif

/* API_SWITCH_ERROR_CODES(X) calls X(NAME, CODE) for every code, in ascending order. */
#define API_SWITCH_ERROR_CODES(X) \
    X(API_SWITCH_ERROR_ILLEGAL_PARAMETER, 10001) \
    X(API_SWITCH_ERROR_SERVER_NOT_FOUND, 10002) \
    X(API_SWITCH_ERROR_ITEM_NOT_FOUND, 10003) \
    X(API_SWITCH_ERROR_INTERNAL_ERROR, 10004) \
    X(API_SWITCH_ERROR_BADREQUEST, 10005) \
    X(API_SWITCH_ERROR_FORBIDDEN, 10006) \
    X(API_SWITCH_ERROR_TOKEN_INVALID, 10101) \
    X(API_SWITCH_ERROR_APP_NAME_DUPLICATED, 10202) \
    X(API_SWITCH_ERROR_APP_NAME_ERROR, 10203) \
    X(API_SWITCH_ERROR_APP_NAME_EMPTY, 10204) \
    X(API_SWITCH_ERROR_APP_NOT_FOUND, 10205) \
    X(API_SWITCH_ERROR_APP_SUBMIT_ERROR, 10206) \
    X(API_SWITCH_ERROR_APP_STATE_ERROR, 10207) \
    X(API_SWITCH_ERROR_APP_PORT_NOT_FOUND, 10208) \
    X(API_SWITCH_ERROR_APP_KILL_ERROR, 10209) \
    X(API_SWITCH_ERROR_APP_DELETE_ERROR, 10210) \
    X(API_SWITCH_ERROR_APP_RAMP_PARAM_ERROR, 10211) \
    X(API_SWITCH_ERROR_APP_RAMPUP_ERROR, 10212) \
    X(API_SWITCH_ERROR_APP_DATA_ERROR, 10213) \
    X(API_SWITCH_ERROR_APP_LOG_ERROR, 10214) \
    X(API_SWITCH_ERROR_APP_CMD_EMPTY, 10215) \
    X(API_SWITCH_ERROR_SUBMITTING_IN_PROGRESS, 10220) \
    X(API_SWITCH_ERROR_INVALID_INSTANCE_NUMBER, 10301) \
    X(API_SWITCH_ERROR_INVALID_VOL_PARAMETER, 10302) \
    X(API_SWITCH_ERROR_MOUNT_POINT_NOT_FOUND, 10303) \
    X(API_SWITCH_ERROR_INVALID_MOUNT_POINT_FORMAT, 10304) \
    X(API_SWITCH_ERROR_MOUNT_POINT_DUPLICATED, 10305) \
    X(API_SWITCH_ERROR_VOL_UNAVAILABLE, 10306) \
    X(API_SWITCH_ERROR_VOL_SET_STATUS_ERROR, 10307) \
    X(API_SWITCH_ERROR_VOL_ATTACH_FAILED, 10308) \
    X(API_SWITCH_ERROR_VOL_NAME_IS_NULL, 10309) \
    X(API_SWITCH_ERROR_VOL_NAME_CONFLICT, 10310) \
    X(API_SWITCH_ERROR_VOL_DELETE_FAILED, 10311) \
    X(API_SWITCH_ERROR_VOL_CREATE_FAILED, 10312) \
    X(API_SWITCH_ERROR_VOL_LIST_FAILED, 10313) \
    X(API_SWITCH_ERROR_VOL_GET_FAILED, 10314) \
    X(API_SWITCH_ERROR_VOL_DETACH_FAILED, 10315) \
    X(API_SWITCH_ERROR_VOL_EXT_BAD_SIZE, 10316) \
    X(API_SWITCH_ERROR_VOL_EXT_EXCEED_QUOTA, 10317) \
    X(API_SWITCH_ERROR_VOL_EXT_BAD_VOL_STATUS, 10318) \
    X(API_SWITCH_ERROR_VOL_EXT_FAILED, 10319) \
    X(API_SWITCH_ERROR_VOL_EXT_CONTINUE, 10320) \
    X(API_SWITCH_ERROR_VOL_EXT_USED_BY_EXPLORER, 10321) \
    X(API_SWITCH_ERROR_VOL_EXT_ALREADY_EXTENDING, 10322) \
    X(API_SWITCH_ERROR_VOL_EXT_BAD_APP_STATUS, 10323) \
    X(API_SWITCH_ERROR_VOL_EXT_FAILED_EXTENDER, 10324) \
    X(API_SWITCH_ERROR_VOL_EXP_FAILED_EXPLORER, 10325) \
    X(API_SWITCH_ERROR_VOL_EXP_WAIT, 10326) \
    X(API_SWITCH_ERROR_VOL_EXP_VOL_BUSY, 10327) \
    X(API_SWITCH_ERROR_VOL_EXP_READY, 10328) \
    X(API_SWITCH_ERROR_VOL_UPDATE_FAILED, 10329) \
    X(API_SWITCH_ERROR_VOL_METADATA_GET_FAILED, 10330) \
    X(API_SWITCH_ERROR_VOL_SS_CREATE_FAILED, 10331) \
    X(API_SWITCH_ERROR_VOL_SS_UPDATE_FAILED, 10332) \
    X(API_SWITCH_ERROR_VOL_SS_DELETE_FAILED, 10333) \
    X(API_SWITCH_ERROR_VOL_SS_GET_FAILED, 10334) \
    X(API_SWITCH_ERROR_VOL_SS_LIST_FAILED, 10335) \
    X(API_SWITCH_ERROR_VOL_SERVER_ATTACHMENT_GET_FAILED, 10336) \
    X(API_SWITCH_ERROR_VOL_SERVER_ATTACHMENT_LIST_FAILED, 10337) \
    X(API_SWITCH_ERROR_ALL_DEDICATED_VOLUME_EXPIRED, 10338) \
    X(API_SWITCH_ERROR_DEDICATED_VOL_EXPIRED, 10339) \
    X(API_SWITCH_ERROR_VOL_EXT_BAD_APP_INSTANCE_STATUS, 10340) \
    X(API_SWITCH_ERROR_VOL_ALREADY_ATTACHED, 10341) \
    X(API_SWITCH_ERROR_VOL_ROLLBACK_FAILED, 10342) \
    X(API_SWITCH_ERROR_VOL_CHECK_EXISTS_FAILED, 10343) \
    X(API_SWITCH_ERROR_VOL_NOT_EXISTS, 10344) \
    X(API_SWITCH_ERROR_VOL_GET_USAGE_FAILED, 10345) \
    X(API_SWITCH_ERROR_VOL_SS_NAME_IS_NULL, 10346) \
    X(API_SWITCH_ERROR_VOL_SS_NAME_CONFLICT, 10347) \
    X(API_SWITCH_ERROR_VOL_FS_IS_NULL, 10348) \
    X(API_SWITCH_ERROR_VOL_FS_UNSUPPORTED, 10349) \
    X(API_SWITCH_ERROR_VOL_SUM_LIST_FAILED, 10350) \
    X(API_SWITCH_ERROR_VOL_SS_DELETE_VOL_EXIST, 10351) \
    X(API_SWITCH_ERROR_VOL_EXPLORER_SHUTDOWN_FAILED, 10352) \
    X(API_SWITCH_ERROR_VOL_EXPLORER_STOPPING, 10353) \
    X(API_SWITCH_ERROR_VOL_DELETE_SS_EXIST_FAILED, 10354) \
    X(API_SWITCH_ERROR_VOL_BAD_NAME, 10355) \
    X(API_SWITCH_ERROR_VOL_SS_BAD_NAME, 10356) \
    X(API_SWITCH_ERROR_QUOTA_PROJECT_EXIST, 10501) \
    X(API_SWITCH_ERROR_PROJECT_NOT_EXIST, 10509) \
    X(API_SWITCH_ERROR_YAML_SYNTAX_ERROR, 10601) \
    X(API_SWITCH_ERROR_SYNTAX_NOT_SUPPORT, 10602) \
    X(API_SWITCH_ERROR_STACK_NOT_FOUND, 10603) \
    X(API_SWITCH_ERROR_STACK_NAME_DUPLICATED, 10604) \
    X(API_SWITCH_ERROR_YAML_NAME_DUPLICATED, 10605) \
    X(API_SWITCH_ERROR_STACK_NAME_ERROR, 10606) \
    X(API_SWITCH_ERROR_YAML_NOT_FOUND, 10607) \
    X(API_SWITCH_ERROR_VOLUME_NOT_FOUND, 10608) \
    X(API_SWITCH_ERROR_QUOTA_EXCEED, 10609) \
    X(API_SWITCH_ERROR_NET_NOT_SUPPORT, 10610) \
    X(API_SWITCH_ERROR_IMAGE_NOT_SET, 10611) \
    X(API_SWITCH_ERROR_PORT_FORMAT_ERROR, 10612) \
    X(API_SWITCH_ERROR_DEPENDS_ERROR, 10613) \
    X(API_SWITCH_ERROR_DEPENDS_HAS_CYCLE, 10614) \
    X(API_SWITCH_ERROR_VOLUME_FORMAT_ERROR, 10615) \
    X(API_SWITCH_ERROR_YAML_NAME_ERROR, 10616) \
    X(API_SWITCH_ERROR_VOLUME_REUSE_ERROR, 10617) \
    X(API_SWITCH_ERROR_RESOURCE_ERROR, 10618) \
    X(API_SWITCH_ERROR_MOUNT_ERROR, 10619) \
    X(API_SWITCH_ERROR_MOUNT_ABS_ERROR, 10620) \
    X(API_SWITCH_ERROR_CONFIGMAP_NAME_DUPLICATED, 10911) \
    X(API_SWITCH_ERROR_CONFIGMAP_NAME_ERROR, 10912) \
    X(API_SWITCH_ERROR_CONFIGMAP_KEY_NAME_ERROR, 10913)

/** API Switch 错误码 */
enum api_switch_error {
    /** 参数不合法 */
    API_SWITCH_ERROR_ILLEGAL_PARAMETER = 10001,
    /** 未找到相应主机 */
    API_SWITCH_ERROR_SERVER_NOT_FOUND = 10002,
    /** 未找到相应条目 */
    API_SWITCH_ERROR_ITEM_NOT_FOUND = 10003,
    /** 内部错误 */
    API_SWITCH_ERROR_INTERNAL_ERROR = 10004,
    /** 非法请求 */
    API_SWITCH_ERROR_BADREQUEST = 10005,
    /** 禁止访问 */
    API_SWITCH_ERROR_FORBIDDEN = 10006,
    /** TOKEN不合法 */
    API_SWITCH_ERROR_TOKEN_INVALID = 10101,
    /** 应用名称已被占用 */
    API_SWITCH_ERROR_APP_NAME_DUPLICATED = 10202,
    /** 应用名称不合法 */
    API_SWITCH_ERROR_APP_NAME_ERROR = 10203,
    /** 应用名称为空 */
    API_SWITCH_ERROR_APP_NAME_EMPTY = 10204,
    /** 未找到应用 */
    API_SWITCH_ERROR_APP_NOT_FOUND = 10205,
    /** 提交应用失败 */
    API_SWITCH_ERROR_APP_SUBMIT_ERROR = 10206,
    /** 当前应用状态不允许该操作 */
    API_SWITCH_ERROR_APP_STATE_ERROR = 10207,
    /** 应用端口映射未找到 */
    API_SWITCH_ERROR_APP_PORT_NOT_FOUND = 10208,
    /** 终止应用失败 */
    API_SWITCH_ERROR_APP_KILL_ERROR = 10209,
    /** 删除应用失败 */
    API_SWITCH_ERROR_APP_DELETE_ERROR = 10210,
    /** 扩/缩容参数不合法 */
    API_SWITCH_ERROR_APP_RAMP_PARAM_ERROR = 10211,
    /** 扩容失败 */
    API_SWITCH_ERROR_APP_RAMPUP_ERROR = 10212,
    /** data路径参数错误 */
    API_SWITCH_ERROR_APP_DATA_ERROR = 10213,
    /** log路径参数错误 */
    API_SWITCH_ERROR_APP_LOG_ERROR = 10214,
    /** 未设置启动命令 */
    API_SWITCH_ERROR_APP_CMD_EMPTY = 10215,
    /** 提交中暂时不能删除 */
    API_SWITCH_ERROR_SUBMITTING_IN_PROGRESS = 10220,
    /** 挂载云盘时实例数目必须为1 */
    API_SWITCH_ERROR_INVALID_INSTANCE_NUMBER = 10301,
    /** 参数不合法 */
    API_SWITCH_ERROR_INVALID_VOL_PARAMETER = 10302,
    /** 挂载参数中缺少挂载路径 */
    API_SWITCH_ERROR_MOUNT_POINT_NOT_FOUND = 10303,
    /** 挂载路径格式错误 */
    API_SWITCH_ERROR_INVALID_MOUNT_POINT_FORMAT = 10304,
    /** 应用的多个云盘的挂载路径重复 */
    API_SWITCH_ERROR_MOUNT_POINT_DUPLICATED = 10305,
    /** 云盘不可用 */
    API_SWITCH_ERROR_VOL_UNAVAILABLE = 10306,
    /** 修改云盘状态失败 */
    API_SWITCH_ERROR_VOL_SET_STATUS_ERROR = 10307,
    /** 挂载云盘异常 */
    API_SWITCH_ERROR_VOL_ATTACH_FAILED = 10308,
    /** 云硬盘名称不能为空 */
    API_SWITCH_ERROR_VOL_NAME_IS_NULL = 10309,
    /** 云硬盘名称已存在 */
    API_SWITCH_ERROR_VOL_NAME_CONFLICT = 10310,
    /** 删除云硬盘异常 */
    API_SWITCH_ERROR_VOL_DELETE_FAILED = 10311,
    /** 创建云硬盘异常 */
    API_SWITCH_ERROR_VOL_CREATE_FAILED = 10312,
    /** 获取云硬盘列表异常 */
    API_SWITCH_ERROR_VOL_LIST_FAILED = 10313,
    /** 获取云硬盘信息异常 */
    API_SWITCH_ERROR_VOL_GET_FAILED = 10314,
    /** 卸载云硬盘异常 */
    API_SWITCH_ERROR_VOL_DETACH_FAILED = 10315,
    /** 云硬盘扩容后容量必须大于当前容量 */
    API_SWITCH_ERROR_VOL_EXT_BAD_SIZE = 10316,
    /** 超出云硬盘容量配额，暂时无法进行扩容 */
    API_SWITCH_ERROR_VOL_EXT_EXCEED_QUOTA = 10317,
    /** 云硬盘当前状态不支持扩容操作 */
    API_SWITCH_ERROR_VOL_EXT_BAD_VOL_STATUS = 10318,
    /** 云硬盘扩容操作异常 */
    API_SWITCH_ERROR_VOL_EXT_FAILED = 10319,
    /** 正在为您扩容云硬盘 */
    API_SWITCH_ERROR_VOL_EXT_CONTINUE = 10320,
    /** 云硬盘正被资源管理器占用中，暂不支持扩容 */
    API_SWITCH_ERROR_VOL_EXT_USED_BY_EXPLORER = 10321,
    /** 云硬盘正在扩容中，当前扩容结束后，才能进行再次扩容 */
    API_SWITCH_ERROR_VOL_EXT_ALREADY_EXTENDING = 10322,
    /** 应用处于非运行状态或应用状态异常，暂无法扩容云盘 */
    API_SWITCH_ERROR_VOL_EXT_BAD_APP_STATUS = 10323,
    /** 云硬盘离线扩容器启动异常 */
    API_SWITCH_ERROR_VOL_EXT_FAILED_EXTENDER = 10324,
    /** 云硬盘资源管理器启动异常 */
    API_SWITCH_ERROR_VOL_EXP_FAILED_EXPLORER = 10325,
    /** 云硬盘资源管理器正在启动 */
    API_SWITCH_ERROR_VOL_EXP_WAIT = 10326,
    /** 云硬盘正被其他应用使用中，暂无法启动资源管理器 */
    API_SWITCH_ERROR_VOL_EXP_VOL_BUSY = 10327,
    /** 云硬盘资源管理器启动成功 */
    API_SWITCH_ERROR_VOL_EXP_READY = 10328,
    /** 云硬盘更新异常 */
    API_SWITCH_ERROR_VOL_UPDATE_FAILED = 10329,
    /** 云硬盘Metadata获取失败 */
    API_SWITCH_ERROR_VOL_METADATA_GET_FAILED = 10330,
    /** 云硬盘快照创建异常 */
    API_SWITCH_ERROR_VOL_SS_CREATE_FAILED = 10331,
    /** 编辑云硬盘快照异常 */
    API_SWITCH_ERROR_VOL_SS_UPDATE_FAILED = 10332,
    /** 删除云硬盘快照异常 */
    API_SWITCH_ERROR_VOL_SS_DELETE_FAILED = 10333,
    /** 获取云硬盘快照异常 */
    API_SWITCH_ERROR_VOL_SS_GET_FAILED = 10334,
    /** 获取云硬盘快照列表异常 */
    API_SWITCH_ERROR_VOL_SS_LIST_FAILED = 10335,
    /** 获取云主机云硬盘挂载信息异常 */
    API_SWITCH_ERROR_VOL_SERVER_ATTACHMENT_GET_FAILED = 10336,
    /** 获取云主机云硬盘挂载信息列表异常 */
    API_SWITCH_ERROR_VOL_SERVER_ATTACHMENT_LIST_FAILED = 10337,
    /** app所有内置云盘都过期 */
    API_SWITCH_ERROR_ALL_DEDICATED_VOLUME_EXPIRED = 10338,
    /** instance的内置云盘过期 */
    API_SWITCH_ERROR_DEDICATED_VOL_EXPIRED = 10339,
    /** 应用处于非运行状态或应用状态异常，暂无法扩容云盘 */
    API_SWITCH_ERROR_VOL_EXT_BAD_APP_INSTANCE_STATUS = 10340,
    /** 云硬盘已经挂载到了其他应用 */
    API_SWITCH_ERROR_VOL_ALREADY_ATTACHED = 10341,
    /** 云硬盘回滚到指定快照失败 */
    API_SWITCH_ERROR_VOL_ROLLBACK_FAILED = 10342,
    /** 检查云盘是否存在失败 */
    API_SWITCH_ERROR_VOL_CHECK_EXISTS_FAILED = 10343,
    /** 云盘不存在 */
    API_SWITCH_ERROR_VOL_NOT_EXISTS = 10344,
    /** 获取云盘使用状态失败 */
    API_SWITCH_ERROR_VOL_GET_USAGE_FAILED = 10345,
    /** 云硬盘快照名称不能为空 */
    API_SWITCH_ERROR_VOL_SS_NAME_IS_NULL = 10346,
    /** 云硬盘快照名称已存在 */
    API_SWITCH_ERROR_VOL_SS_NAME_CONFLICT = 10347,
    /** 云硬盘文件系统类型不能为空 */
    API_SWITCH_ERROR_VOL_FS_IS_NULL = 10348,
    /** 云硬盘不支持该类型文件系统 */
    API_SWITCH_ERROR_VOL_FS_UNSUPPORTED = 10349,
    /** 获取云硬盘列表异常 */
    API_SWITCH_ERROR_VOL_SUM_LIST_FAILED = 10350,
    /** 存在以该快照为源的云硬盘，该快照暂不能删除 */
    API_SWITCH_ERROR_VOL_SS_DELETE_VOL_EXIST = 10351,
    /** 资源管理器关闭失败 */
    API_SWITCH_ERROR_VOL_EXPLORER_SHUTDOWN_FAILED = 10352,
    /** 资源管理器正在关闭中 */
    API_SWITCH_ERROR_VOL_EXPLORER_STOPPING = 10353,
    /** 禁止删除该云硬盘，存在依赖的快照 */
    API_SWITCH_ERROR_VOL_DELETE_SS_EXIST_FAILED = 10354,
    /** 云硬盘名字不合法 */
    API_SWITCH_ERROR_VOL_BAD_NAME = 10355,
    /** 云硬盘快照名字不合法 */
    API_SWITCH_ERROR_VOL_SS_BAD_NAME = 10356,
    /** 该项目的QUOTA已经存在 */
    API_SWITCH_ERROR_QUOTA_PROJECT_EXIST = 10501,
    /** 业务不存在 */
    API_SWITCH_ERROR_PROJECT_NOT_EXIST = 10509,
    /** YAML文件语法错误 */
    API_SWITCH_ERROR_YAML_SYNTAX_ERROR = 10601,
    /** 部分语法不支持 */
    API_SWITCH_ERROR_SYNTAX_NOT_SUPPORT = 10602,
    /** 未找到操作的应用编排 */
    API_SWITCH_ERROR_STACK_NOT_FOUND = 10603,
    /** 编排名重复 */
    API_SWITCH_ERROR_STACK_NAME_DUPLICATED = 10604,
    /** YAML文件名称重复 */
    API_SWITCH_ERROR_YAML_NAME_DUPLICATED = 10605,
    /** 编排名称错误 */
    API_SWITCH_ERROR_STACK_NAME_ERROR = 10606,
    /** 未找到操作的YAML文件 */
    API_SWITCH_ERROR_YAML_NOT_FOUND = 10607,
    API_SWITCH_ERROR_VOLUME_NOT_FOUND = 10608,
    /** 超出配额 */
    API_SWITCH_ERROR_QUOTA_EXCEED = 10609,
    /** 网络模式不支持 */
    API_SWITCH_ERROR_NET_NOT_SUPPORT = 10610,
    /** 服务镜像信息未指定 */
    API_SWITCH_ERROR_IMAGE_NOT_SET = 10611,
    /** 端口格式存在错误 */
    API_SWITCH_ERROR_PORT_FORMAT_ERROR = 10612,
    /** 存在错误的depends_on服务 */
    API_SWITCH_ERROR_DEPENDS_ERROR = 10613,
    /** depends_on有环存在，无法启动 */
    API_SWITCH_ERROR_DEPENDS_HAS_CYCLE = 10614,
    /** VOLUME格式错误 */
    API_SWITCH_ERROR_VOLUME_FORMAT_ERROR = 10615,
    /** YAML文件名错误 */
    API_SWITCH_ERROR_YAML_NAME_ERROR = 10616,
    /** 重复使用同一个云盘 */
    API_SWITCH_ERROR_VOLUME_REUSE_ERROR = 10617,
    /** memory或cpu设置不正确 */
    API_SWITCH_ERROR_RESOURCE_ERROR = 10618,
    /** 重复挂载到同一个目录 */
    API_SWITCH_ERROR_MOUNT_ERROR = 10619,
    /** 挂载路径应该是绝对路径 */
    API_SWITCH_ERROR_MOUNT_ABS_ERROR = 10620,
    /** 应用配置名称已存在 */
    API_SWITCH_ERROR_CONFIGMAP_NAME_DUPLICATED = 10911,
    /** 应用配置名称不合法 */
    API_SWITCH_ERROR_CONFIGMAP_NAME_ERROR = 10912,
    /** 应用配置项名称不合法 */
    API_SWITCH_ERROR_CONFIGMAP_KEY_NAME_ERROR = 10913,
};

/** The type of the codes. */
typedef int32_t api_switch_error_code;

#define API_SWITCH_ERROR_COUNT 103
#define API_SWITCH_ERROR_LANGUAGE_COUNT 1

/** The catalog's languages, the default first. */
static const char *const api_switch_error_languages[API_SWITCH_ERROR_LANGUAGE_COUNT] = {"zh"};

/** A text and its length in bytes (it may hold NUL); `data` is NULL when there is none. */
typedef struct {
    const char *data;
    size_t size;
} api_switch_error_text;

/** What the catalog says about one code. */
typedef struct {
    api_switch_error_code code;
    const char *name;
    api_switch_error_text message[API_SWITCH_ERROR_LANGUAGE_COUNT];
    api_switch_error_text description[API_SWITCH_ERROR_LANGUAGE_COUNT];
    api_switch_error_text solution[API_SWITCH_ERROR_LANGUAGE_COUNT];
    int http_status;
    const char *severity;
    const char *grpc;
    int retryable;
    const char *group;
} api_switch_error_entry;

static const api_switch_error_entry api_switch_error_entries[API_SWITCH_ERROR_COUNT] = {
    {API_SWITCH_ERROR_ILLEGAL_PARAMETER, "ILLEGAL_PARAMETER", {{"参数不合法", 15}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "general"},
    {API_SWITCH_ERROR_SERVER_NOT_FOUND, "SERVER_NOT_FOUND", {{"未找到相应主机", 21}}, {{NULL, 0}}, {{NULL, 0}}, 404, "error", "NOT_FOUND", 0, "general"},
    {API_SWITCH_ERROR_ITEM_NOT_FOUND, "ITEM_NOT_FOUND", {{"未找到相应条目", 21}}, {{NULL, 0}}, {{NULL, 0}}, 404, "error", "NOT_FOUND", 0, "general"},
    {API_SWITCH_ERROR_INTERNAL_ERROR, "INTERNAL_ERROR", {{"内部错误", 12}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "general"},
    {API_SWITCH_ERROR_BADREQUEST, "BADREQUEST", {{"非法请求", 12}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "general"},
    {API_SWITCH_ERROR_FORBIDDEN, "FORBIDDEN", {{"禁止访问", 12}}, {{NULL, 0}}, {{NULL, 0}}, 403, "error", "PERMISSION_DENIED", 0, "general"},
    {API_SWITCH_ERROR_TOKEN_INVALID, "TOKEN_INVALID", {{"TOKEN不合法", 14}}, {{NULL, 0}}, {{NULL, 0}}, 401, "error", "UNAUTHENTICATED", 0, "token"},
    {API_SWITCH_ERROR_APP_NAME_DUPLICATED, "APP_NAME_DUPLICATED", {{"应用名称已被占用", 24}}, {{NULL, 0}}, {{NULL, 0}}, 409, "error", "ALREADY_EXISTS", 0, "app"},
    {API_SWITCH_ERROR_APP_NAME_ERROR, "APP_NAME_ERROR", {{"应用名称不合法", 21}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "app"},
    {API_SWITCH_ERROR_APP_NAME_EMPTY, "APP_NAME_EMPTY", {{"应用名称为空", 18}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "app"},
    {API_SWITCH_ERROR_APP_NOT_FOUND, "APP_NOT_FOUND", {{"未找到应用", 15}}, {{NULL, 0}}, {{NULL, 0}}, 404, "error", "NOT_FOUND", 0, "app"},
    {API_SWITCH_ERROR_APP_SUBMIT_ERROR, "APP_SUBMIT_ERROR", {{"提交应用失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "app"},
    {API_SWITCH_ERROR_APP_STATE_ERROR, "APP_STATE_ERROR", {{"当前应用状态不允许该操作", 36}}, {{NULL, 0}}, {{NULL, 0}}, 409, "error", "ALREADY_EXISTS", 0, "app"},
    {API_SWITCH_ERROR_APP_PORT_NOT_FOUND, "APP_PORT_NOT_FOUND", {{"应用端口映射未找到", 27}}, {{NULL, 0}}, {{NULL, 0}}, 404, "error", "NOT_FOUND", 0, "app"},
    {API_SWITCH_ERROR_APP_KILL_ERROR, "APP_KILL_ERROR", {{"终止应用失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "app"},
    {API_SWITCH_ERROR_APP_DELETE_ERROR, "APP_DELETE_ERROR", {{"删除应用失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "app"},
    {API_SWITCH_ERROR_APP_RAMP_PARAM_ERROR, "APP_RAMP_PARAM_ERROR", {{"扩/缩容参数不合法", 25}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "app"},
    {API_SWITCH_ERROR_APP_RAMPUP_ERROR, "APP_RAMPUP_ERROR", {{"扩容失败", 12}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "app"},
    {API_SWITCH_ERROR_APP_DATA_ERROR, "APP_DATA_ERROR", {{"data路径参数错误", 22}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "app"},
    {API_SWITCH_ERROR_APP_LOG_ERROR, "APP_LOG_ERROR", {{"log路径参数错误", 21}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "app"},
    {API_SWITCH_ERROR_APP_CMD_EMPTY, "APP_CMD_EMPTY", {{"未设置启动命令", 21}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "app"},
    {API_SWITCH_ERROR_SUBMITTING_IN_PROGRESS, "SUBMITTING_IN_PROGRESS", {{"提交中暂时不能删除", 27}}, {{NULL, 0}}, {{NULL, 0}}, 409, "error", "ALREADY_EXISTS", 1, "app"},
    {API_SWITCH_ERROR_INVALID_INSTANCE_NUMBER, "INVALID_INSTANCE_NUMBER", {{"挂载云盘时实例数目必须为1", 37}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "volume"},
    {API_SWITCH_ERROR_INVALID_VOL_PARAMETER, "INVALID_VOL_PARAMETER", {{"参数不合法", 15}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "volume"},
    {API_SWITCH_ERROR_MOUNT_POINT_NOT_FOUND, "MOUNT_POINT_NOT_FOUND", {{"挂载参数中缺少挂载路径", 33}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "volume"},
    {API_SWITCH_ERROR_INVALID_MOUNT_POINT_FORMAT, "INVALID_MOUNT_POINT_FORMAT", {{"挂载路径格式错误", 24}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "volume"},
    {API_SWITCH_ERROR_MOUNT_POINT_DUPLICATED, "MOUNT_POINT_DUPLICATED", {{"应用的多个云盘的挂载路径重复", 42}}, {{NULL, 0}}, {{NULL, 0}}, 409, "error", "ALREADY_EXISTS", 0, "volume"},
    {API_SWITCH_ERROR_VOL_UNAVAILABLE, "VOL_UNAVAILABLE", {{"云盘不可用", 15}}, {{NULL, 0}}, {{NULL, 0}}, 409, "error", "ALREADY_EXISTS", 0, "volume"},
    {API_SWITCH_ERROR_VOL_SET_STATUS_ERROR, "VOL_SET_STATUS_ERROR", {{"修改云盘状态失败", 24}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_VOL_ATTACH_FAILED, "VOL_ATTACH_FAILED", {{"挂载云盘异常", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_VOL_NAME_IS_NULL, "VOL_NAME_IS_NULL", {{"云硬盘名称不能为空", 27}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "volume"},
    {API_SWITCH_ERROR_VOL_NAME_CONFLICT, "VOL_NAME_CONFLICT", {{"云硬盘名称已存在", 24}}, {{NULL, 0}}, {{NULL, 0}}, 409, "error", "ALREADY_EXISTS", 0, "volume"},
    {API_SWITCH_ERROR_VOL_DELETE_FAILED, "VOL_DELETE_FAILED", {{"删除云硬盘异常", 21}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_VOL_CREATE_FAILED, "VOL_CREATE_FAILED", {{"创建云硬盘异常", 21}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_VOL_LIST_FAILED, "VOL_LIST_FAILED", {{"获取云硬盘列表异常", 27}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_VOL_GET_FAILED, "VOL_GET_FAILED", {{"获取云硬盘信息异常", 27}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_VOL_DETACH_FAILED, "VOL_DETACH_FAILED", {{"卸载云硬盘异常", 21}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_VOL_EXT_BAD_SIZE, "VOL_EXT_BAD_SIZE", {{"云硬盘扩容后容量必须大于当前容量", 48}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "volume"},
    {API_SWITCH_ERROR_VOL_EXT_EXCEED_QUOTA, "VOL_EXT_EXCEED_QUOTA", {{"超出云硬盘容量配额，暂时无法进行扩容", 54}}, {{NULL, 0}}, {{NULL, 0}}, 403, "error", "PERMISSION_DENIED", 0, "volume"},
    {API_SWITCH_ERROR_VOL_EXT_BAD_VOL_STATUS, "VOL_EXT_BAD_VOL_STATUS", {{"云硬盘当前状态不支持扩容操作", 42}}, {{NULL, 0}}, {{NULL, 0}}, 409, "error", "ALREADY_EXISTS", 0, "volume"},
    {API_SWITCH_ERROR_VOL_EXT_FAILED, "VOL_EXT_FAILED", {{"云硬盘扩容操作异常", 27}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_VOL_EXT_CONTINUE, "VOL_EXT_CONTINUE", {{"正在为您扩容云硬盘", 27}}, {{NULL, 0}}, {{NULL, 0}}, 409, "info", "ALREADY_EXISTS", 1, "volume"},
    {API_SWITCH_ERROR_VOL_EXT_USED_BY_EXPLORER, "VOL_EXT_USED_BY_EXPLORER", {{"云硬盘正被资源管理器占用中，暂不支持扩容", 60}}, {{NULL, 0}}, {{NULL, 0}}, 409, "error", "ALREADY_EXISTS", 0, "volume"},
    {API_SWITCH_ERROR_VOL_EXT_ALREADY_EXTENDING, "VOL_EXT_ALREADY_EXTENDING", {{"云硬盘正在扩容中，当前扩容结束后，才能进行再次扩容", 75}}, {{NULL, 0}}, {{NULL, 0}}, 409, "error", "ALREADY_EXISTS", 1, "volume"},
    {API_SWITCH_ERROR_VOL_EXT_BAD_APP_STATUS, "VOL_EXT_BAD_APP_STATUS", {{"应用处于非运行状态或应用状态异常，暂无法扩容云盘", 72}}, {{NULL, 0}}, {{NULL, 0}}, 409, "error", "ALREADY_EXISTS", 0, "volume"},
    {API_SWITCH_ERROR_VOL_EXT_FAILED_EXTENDER, "VOL_EXT_FAILED_EXTENDER", {{"云硬盘离线扩容器启动异常", 36}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_VOL_EXP_FAILED_EXPLORER, "VOL_EXP_FAILED_EXPLORER", {{"云硬盘资源管理器启动异常", 36}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_VOL_EXP_WAIT, "VOL_EXP_WAIT", {{"云硬盘资源管理器正在启动", 36}}, {{NULL, 0}}, {{NULL, 0}}, 503, "info", "UNAVAILABLE", 1, "volume"},
    {API_SWITCH_ERROR_VOL_EXP_VOL_BUSY, "VOL_EXP_VOL_BUSY", {{"云硬盘正被其他应用使用中，暂无法启动资源管理器", 69}}, {{NULL, 0}}, {{NULL, 0}}, 409, "error", "ALREADY_EXISTS", 1, "volume"},
    {API_SWITCH_ERROR_VOL_EXP_READY, "VOL_EXP_READY", {{"云硬盘资源管理器启动成功", 36}}, {{NULL, 0}}, {{NULL, 0}}, 409, "info", "ALREADY_EXISTS", 0, "volume"},
    {API_SWITCH_ERROR_VOL_UPDATE_FAILED, "VOL_UPDATE_FAILED", {{"云硬盘更新异常", 21}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_VOL_METADATA_GET_FAILED, "VOL_METADATA_GET_FAILED", {{"云硬盘Metadata获取失败", 29}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_VOL_SS_CREATE_FAILED, "VOL_SS_CREATE_FAILED", {{"云硬盘快照创建异常", 27}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_VOL_SS_UPDATE_FAILED, "VOL_SS_UPDATE_FAILED", {{"编辑云硬盘快照异常", 27}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_VOL_SS_DELETE_FAILED, "VOL_SS_DELETE_FAILED", {{"删除云硬盘快照异常", 27}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_VOL_SS_GET_FAILED, "VOL_SS_GET_FAILED", {{"获取云硬盘快照异常", 27}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_VOL_SS_LIST_FAILED, "VOL_SS_LIST_FAILED", {{"获取云硬盘快照列表异常", 33}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_VOL_SERVER_ATTACHMENT_GET_FAILED, "VOL_SERVER_ATTACHMENT_GET_FAILED", {{"获取云主机云硬盘挂载信息异常", 42}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_VOL_SERVER_ATTACHMENT_LIST_FAILED, "VOL_SERVER_ATTACHMENT_LIST_FAILED", {{"获取云主机云硬盘挂载信息列表异常", 48}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_ALL_DEDICATED_VOLUME_EXPIRED, "ALL_DEDICATED_VOLUME_EXPIRED", {{"app所有内置云盘都过期", 30}}, {{NULL, 0}}, {{NULL, 0}}, 410, "error", "FAILED_PRECONDITION", 0, "volume"},
    {API_SWITCH_ERROR_DEDICATED_VOL_EXPIRED, "DEDICATED_VOL_EXPIRED", {{"instance的内置云盘过期", 29}}, {{NULL, 0}}, {{NULL, 0}}, 410, "error", "FAILED_PRECONDITION", 0, "volume"},
    {API_SWITCH_ERROR_VOL_EXT_BAD_APP_INSTANCE_STATUS, "VOL_EXT_BAD_APP_INSTANCE_STATUS", {{"应用处于非运行状态或应用状态异常，暂无法扩容云盘", 72}}, {{NULL, 0}}, {{NULL, 0}}, 409, "error", "ALREADY_EXISTS", 0, "volume"},
    {API_SWITCH_ERROR_VOL_ALREADY_ATTACHED, "VOL_ALREADY_ATTACHED", {{"云硬盘已经挂载到了其他应用", 39}}, {{NULL, 0}}, {{NULL, 0}}, 409, "error", "ALREADY_EXISTS", 0, "volume"},
    {API_SWITCH_ERROR_VOL_ROLLBACK_FAILED, "VOL_ROLLBACK_FAILED", {{"云硬盘回滚到指定快照失败", 36}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_VOL_CHECK_EXISTS_FAILED, "VOL_CHECK_EXISTS_FAILED", {{"检查云盘是否存在失败", 30}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_VOL_NOT_EXISTS, "VOL_NOT_EXISTS", {{"云盘不存在", 15}}, {{NULL, 0}}, {{NULL, 0}}, 404, "error", "NOT_FOUND", 0, "volume"},
    {API_SWITCH_ERROR_VOL_GET_USAGE_FAILED, "VOL_GET_USAGE_FAILED", {{"获取云盘使用状态失败", 30}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_VOL_SS_NAME_IS_NULL, "VOL_SS_NAME_IS_NULL", {{"云硬盘快照名称不能为空", 33}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "volume"},
    {API_SWITCH_ERROR_VOL_SS_NAME_CONFLICT, "VOL_SS_NAME_CONFLICT", {{"云硬盘快照名称已存在", 30}}, {{NULL, 0}}, {{NULL, 0}}, 409, "error", "ALREADY_EXISTS", 0, "volume"},
    {API_SWITCH_ERROR_VOL_FS_IS_NULL, "VOL_FS_IS_NULL", {{"云硬盘文件系统类型不能为空", 39}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "volume"},
    {API_SWITCH_ERROR_VOL_FS_UNSUPPORTED, "VOL_FS_UNSUPPORTED", {{"云硬盘不支持该类型文件系统", 39}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "volume"},
    {API_SWITCH_ERROR_VOL_SUM_LIST_FAILED, "VOL_SUM_LIST_FAILED", {{"获取云硬盘列表异常", 27}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_VOL_SS_DELETE_VOL_EXIST, "VOL_SS_DELETE_VOL_EXIST", {{"存在以该快照为源的云硬盘，该快照暂不能删除", 63}}, {{NULL, 0}}, {{NULL, 0}}, 409, "error", "ALREADY_EXISTS", 0, "volume"},
    {API_SWITCH_ERROR_VOL_EXPLORER_SHUTDOWN_FAILED, "VOL_EXPLORER_SHUTDOWN_FAILED", {{"资源管理器关闭失败", 27}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "volume"},
    {API_SWITCH_ERROR_VOL_EXPLORER_STOPPING, "VOL_EXPLORER_STOPPING", {{"资源管理器正在关闭中", 30}}, {{NULL, 0}}, {{NULL, 0}}, 409, "error", "ALREADY_EXISTS", 1, "volume"},
    {API_SWITCH_ERROR_VOL_DELETE_SS_EXIST_FAILED, "VOL_DELETE_SS_EXIST_FAILED", {{"禁止删除该云硬盘，存在依赖的快照", 48}}, {{NULL, 0}}, {{NULL, 0}}, 409, "error", "ALREADY_EXISTS", 0, "volume"},
    {API_SWITCH_ERROR_VOL_BAD_NAME, "VOL_BAD_NAME", {{"云硬盘名字不合法", 24}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "volume"},
    {API_SWITCH_ERROR_VOL_SS_BAD_NAME, "VOL_SS_BAD_NAME", {{"云硬盘快照名字不合法", 30}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "volume"},
    {API_SWITCH_ERROR_QUOTA_PROJECT_EXIST, "QUOTA_PROJECT_EXIST", {{"该项目的QUOTA已经存在", 29}}, {{NULL, 0}}, {{NULL, 0}}, 409, "error", "ALREADY_EXISTS", 0, "quota_project"},
    {API_SWITCH_ERROR_PROJECT_NOT_EXIST, "PROJECT_NOT_EXIST", {{"业务不存在", 15}}, {{NULL, 0}}, {{NULL, 0}}, 404, "error", "NOT_FOUND", 0, "quota_project"},
    {API_SWITCH_ERROR_YAML_SYNTAX_ERROR, "YAML_SYNTAX_ERROR", {{"YAML文件语法错误", 22}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "stack"},
    {API_SWITCH_ERROR_SYNTAX_NOT_SUPPORT, "SYNTAX_NOT_SUPPORT", {{"部分语法不支持", 21}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "stack"},
    {API_SWITCH_ERROR_STACK_NOT_FOUND, "STACK_NOT_FOUND", {{"未找到操作的应用编排", 30}}, {{NULL, 0}}, {{NULL, 0}}, 404, "error", "NOT_FOUND", 0, "stack"},
    {API_SWITCH_ERROR_STACK_NAME_DUPLICATED, "STACK_NAME_DUPLICATED", {{"编排名重复", 15}}, {{NULL, 0}}, {{NULL, 0}}, 409, "error", "ALREADY_EXISTS", 0, "stack"},
    {API_SWITCH_ERROR_YAML_NAME_DUPLICATED, "YAML_NAME_DUPLICATED", {{"YAML文件名称重复", 22}}, {{NULL, 0}}, {{NULL, 0}}, 409, "error", "ALREADY_EXISTS", 0, "stack"},
    {API_SWITCH_ERROR_STACK_NAME_ERROR, "STACK_NAME_ERROR", {{"编排名称错误", 18}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "stack"},
    {API_SWITCH_ERROR_YAML_NOT_FOUND, "YAML_NOT_FOUND", {{"未找到操作的YAML文件", 28}}, {{NULL, 0}}, {{NULL, 0}}, 404, "error", "NOT_FOUND", 0, "stack"},
    {API_SWITCH_ERROR_VOLUME_NOT_FOUND, "VOLUME_NOT_FOUND", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 404, "error", "NOT_FOUND", 0, "stack"},
    {API_SWITCH_ERROR_QUOTA_EXCEED, "QUOTA_EXCEED", {{"超出配额", 12}}, {{NULL, 0}}, {{NULL, 0}}, 403, "error", "PERMISSION_DENIED", 0, "stack"},
    {API_SWITCH_ERROR_NET_NOT_SUPPORT, "NET_NOT_SUPPORT", {{"网络模式不支持", 21}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "stack"},
    {API_SWITCH_ERROR_IMAGE_NOT_SET, "IMAGE_NOT_SET", {{"服务镜像信息未指定", 27}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "stack"},
    {API_SWITCH_ERROR_PORT_FORMAT_ERROR, "PORT_FORMAT_ERROR", {{"端口格式存在错误", 24}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "stack"},
    {API_SWITCH_ERROR_DEPENDS_ERROR, "DEPENDS_ERROR", {{"存在错误的depends_on服务", 31}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "stack"},
    {API_SWITCH_ERROR_DEPENDS_HAS_CYCLE, "DEPENDS_HAS_CYCLE", {{"depends_on有环存在，无法启动", 37}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "stack"},
    {API_SWITCH_ERROR_VOLUME_FORMAT_ERROR, "VOLUME_FORMAT_ERROR", {{"VOLUME格式错误", 18}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "stack"},
    {API_SWITCH_ERROR_YAML_NAME_ERROR, "YAML_NAME_ERROR", {{"YAML文件名错误", 19}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "stack"},
    {API_SWITCH_ERROR_VOLUME_REUSE_ERROR, "VOLUME_REUSE_ERROR", {{"重复使用同一个云盘", 27}}, {{NULL, 0}}, {{NULL, 0}}, 409, "error", "ALREADY_EXISTS", 0, "stack"},
    {API_SWITCH_ERROR_RESOURCE_ERROR, "RESOURCE_ERROR", {{"memory或cpu设置不正确", 27}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "stack"},
    {API_SWITCH_ERROR_MOUNT_ERROR, "MOUNT_ERROR", {{"重复挂载到同一个目录", 30}}, {{NULL, 0}}, {{NULL, 0}}, 409, "error", "ALREADY_EXISTS", 0, "stack"},
    {API_SWITCH_ERROR_MOUNT_ABS_ERROR, "MOUNT_ABS_ERROR", {{"挂载路径应该是绝对路径", 33}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "stack"},
    {API_SWITCH_ERROR_CONFIGMAP_NAME_DUPLICATED, "CONFIGMAP_NAME_DUPLICATED", {{"应用配置名称已存在", 27}}, {{NULL, 0}}, {{NULL, 0}}, 409, "error", "ALREADY_EXISTS", 0, "configmap"},
    {API_SWITCH_ERROR_CONFIGMAP_NAME_ERROR, "CONFIGMAP_NAME_ERROR", {{"应用配置名称不合法", 27}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "configmap"},
    {API_SWITCH_ERROR_CONFIGMAP_KEY_NAME_ERROR, "CONFIGMAP_KEY_NAME_ERROR", {{"应用配置项名称不合法", 30}}, {{NULL, 0}}, {{NULL, 0}}, 400, "error", "INVALID_ARGUMENT", 0, "configmap"},
};

#define API_SWITCH_ERROR_CHECK(name, value) API_SWITCH_ERROR_STATIC_ASSERT(name == value, #name " changed: run errcat export again");
API_SWITCH_ERROR_CODES(API_SWITCH_ERROR_CHECK)
API_SWITCH_ERROR_STATIC_ASSERT(sizeof api_switch_error_entries / sizeof api_switch_error_entries[0] == API_SWITCH_ERROR_COUNT, "the table lost a code: run errcat export again");

/** The entry of `code`, or NULL if the catalog has none (a binary search). */
static inline const api_switch_error_entry *api_switch_error_find(api_switch_error_code code) {
    size_t lo = 0, hi = sizeof api_switch_error_entries / sizeof api_switch_error_entries[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (api_switch_error_entries[mid].code < code) {
            lo = mid + 1;
        } else if (api_switch_error_entries[mid].code > code) {
            hi = mid;
        } else {
            return &api_switch_error_entries[mid];
        }
    }
    return NULL;
}

/** The index of `lang` among the catalog's languages (0, the default, for another). */
static inline size_t api_switch_error_language(const char *lang) {
    size_t i;
    for (i = 0; lang != NULL && i < sizeof api_switch_error_languages / sizeof api_switch_error_languages[0]; i++) {
        if (strcmp(api_switch_error_languages[i], lang) == 0) {
            return i;
        }
    }
    return 0;
}

/** Whether `code` is a code of the catalog. */
static inline int api_switch_error_is_known(api_switch_error_code code) {
    return api_switch_error_find(code) != NULL;
}

/** The code's name, or NULL for a code the catalog does not have. */
static inline const char *api_switch_error_name(api_switch_error_code code) {
    const api_switch_error_entry *entry = api_switch_error_find(code);
    return entry != NULL ? entry->name : NULL;
}

/** Sets `*code` to the code named `name` and returns 1, or returns 0. */
static inline int api_switch_error_from_name(const char *name, api_switch_error_code *code) {
    size_t i;
    for (i = 0; i < sizeof api_switch_error_entries / sizeof api_switch_error_entries[0]; i++) {
        if (strcmp(api_switch_error_entries[i].name, name) == 0) {
            *code = api_switch_error_entries[i].code;
            return 1;
        }
    }
    return 0;
}

/** The message in `lang` (the default language for another; empty for a code without one or an unknown code). */
static inline api_switch_error_text api_switch_error_message(api_switch_error_code code, const char *lang) {
    const api_switch_error_entry *entry = api_switch_error_find(code);
    api_switch_error_text none = {"", 0};
    return entry != NULL ? entry->message[api_switch_error_language(lang)] : none;
}

/** The description in `lang`; `data` is NULL when the code has none. */
static inline api_switch_error_text api_switch_error_description(api_switch_error_code code, const char *lang) {
    const api_switch_error_entry *entry = api_switch_error_find(code);
    api_switch_error_text none = {NULL, 0};
    return entry != NULL ? entry->description[api_switch_error_language(lang)] : none;
}

/** The cause and remedy in `lang`; `data` is NULL when the code has none. */
static inline api_switch_error_text api_switch_error_solution(api_switch_error_code code, const char *lang) {
    const api_switch_error_entry *entry = api_switch_error_find(code);
    api_switch_error_text none = {NULL, 0};
    return entry != NULL ? entry->solution[api_switch_error_language(lang)] : none;
}

/** The HTTP status the code maps to (500 for an unknown code). */
static inline int api_switch_error_http_status(api_switch_error_code code) {
    const api_switch_error_entry *entry = api_switch_error_find(code);
    return entry != NULL ? entry->http_status : 500;
}

/** How serious the code is: "info", "warning", "error" or "fatal" ("error" for an unknown code). */
static inline const char *api_switch_error_severity(api_switch_error_code code) {
    const api_switch_error_entry *entry = api_switch_error_find(code);
    return entry != NULL ? entry->severity : "error";
}

/** The gRPC code the error travels with, as google.rpc.Code spells it ("UNKNOWN" for an unknown code). */
static inline const char *api_switch_error_grpc_code(api_switch_error_code code) {
    const api_switch_error_entry *entry = api_switch_error_find(code);
    return entry != NULL ? entry->grpc : "UNKNOWN";
}

/** Whether trying again may succeed. */
static inline int api_switch_error_is_retryable(api_switch_error_code code) {
    const api_switch_error_entry *entry = api_switch_error_find(code);
    return entry != NULL && entry->retryable;
}

/** The name of the code's group, or NULL. */
static inline const char *api_switch_error_group(api_switch_error_code code) {
    const api_switch_error_entry *entry = api_switch_error_find(code);
    return entry != NULL ? entry->group : NULL;
}

/** The group whose range holds `code`, used or not, or NULL. */
static inline const char *api_switch_error_group_of_code(api_switch_error_code code) {
    if (code >= 10000 && code <= 10099) {
        return "general";
    }
    if (code >= 10100 && code <= 10199) {
        return "token";
    }
    if (code >= 10200 && code <= 10299) {
        return "app";
    }
    if (code >= 10300 && code <= 10399) {
        return "volume";
    }
    if (code >= 10500 && code <= 10599) {
        return "quota_project";
    }
    if (code >= 10600 && code <= 10699) {
        return "stack";
    }
    if (code >= 10900 && code <= 10999) {
        return "configmap";
    }
    return NULL;
}

#ifdef __cplusplus
}
#endif

#endif /* API_SWITCH_ERROR_H */
