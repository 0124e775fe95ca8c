# errcat: generated from examples/catalogs/api_switch.yaml by `errcat export examples/catalogs/api_switch.yaml --lang python -o examples/exports/python/api_switch.py`; catalog d30b047912c3d407, body 6ccb3fb9ceafd56b; edit the catalog and run the command again, not this file
"""API Switch 错误码"""
from __future__ import annotations

import enum
from typing import Final, Literal, Mapping, NamedTuple, Optional, TypedDict


class ApiSwitchError(enum.IntEnum):
    """A code of the catalog."""

    ILLEGAL_PARAMETER = 10001
    """参数不合法"""
    SERVER_NOT_FOUND = 10002
    """未找到相应主机"""
    ITEM_NOT_FOUND = 10003
    """未找到相应条目"""
    INTERNAL_ERROR = 10004
    """内部错误"""
    BADREQUEST = 10005
    """非法请求"""
    FORBIDDEN = 10006
    """禁止访问"""
    TOKEN_INVALID = 10101
    """TOKEN不合法"""
    APP_NAME_DUPLICATED = 10202
    """应用名称已被占用"""
    APP_NAME_ERROR = 10203
    """应用名称不合法"""
    APP_NAME_EMPTY = 10204
    """应用名称为空"""
    APP_NOT_FOUND = 10205
    """未找到应用"""
    APP_SUBMIT_ERROR = 10206
    """提交应用失败"""
    APP_STATE_ERROR = 10207
    """当前应用状态不允许该操作"""
    APP_PORT_NOT_FOUND = 10208
    """应用端口映射未找到"""
    APP_KILL_ERROR = 10209
    """终止应用失败"""
    APP_DELETE_ERROR = 10210
    """删除应用失败"""
    APP_RAMP_PARAM_ERROR = 10211
    """扩/缩容参数不合法"""
    APP_RAMPUP_ERROR = 10212
    """扩容失败"""
    APP_DATA_ERROR = 10213
    """data路径参数错误"""
    APP_LOG_ERROR = 10214
    """log路径参数错误"""
    APP_CMD_EMPTY = 10215
    """未设置启动命令"""
    SUBMITTING_IN_PROGRESS = 10220
    """提交中暂时不能删除"""
    INVALID_INSTANCE_NUMBER = 10301
    """挂载云盘时实例数目必须为1"""
    INVALID_VOL_PARAMETER = 10302
    """参数不合法"""
    MOUNT_POINT_NOT_FOUND = 10303
    """挂载参数中缺少挂载路径"""
    INVALID_MOUNT_POINT_FORMAT = 10304
    """挂载路径格式错误"""
    MOUNT_POINT_DUPLICATED = 10305
    """应用的多个云盘的挂载路径重复"""
    VOL_UNAVAILABLE = 10306
    """云盘不可用"""
    VOL_SET_STATUS_ERROR = 10307
    """修改云盘状态失败"""
    VOL_ATTACH_FAILED = 10308
    """挂载云盘异常"""
    VOL_NAME_IS_NULL = 10309
    """云硬盘名称不能为空"""
    VOL_NAME_CONFLICT = 10310
    """云硬盘名称已存在"""
    VOL_DELETE_FAILED = 10311
    """删除云硬盘异常"""
    VOL_CREATE_FAILED = 10312
    """创建云硬盘异常"""
    VOL_LIST_FAILED = 10313
    """获取云硬盘列表异常"""
    VOL_GET_FAILED = 10314
    """获取云硬盘信息异常"""
    VOL_DETACH_FAILED = 10315
    """卸载云硬盘异常"""
    VOL_EXT_BAD_SIZE = 10316
    """云硬盘扩容后容量必须大于当前容量"""
    VOL_EXT_EXCEED_QUOTA = 10317
    """超出云硬盘容量配额，暂时无法进行扩容"""
    VOL_EXT_BAD_VOL_STATUS = 10318
    """云硬盘当前状态不支持扩容操作"""
    VOL_EXT_FAILED = 10319
    """云硬盘扩容操作异常"""
    VOL_EXT_CONTINUE = 10320
    """正在为您扩容云硬盘"""
    VOL_EXT_USED_BY_EXPLORER = 10321
    """云硬盘正被资源管理器占用中，暂不支持扩容"""
    VOL_EXT_ALREADY_EXTENDING = 10322
    """云硬盘正在扩容中，当前扩容结束后，才能进行再次扩容"""
    VOL_EXT_BAD_APP_STATUS = 10323
    """应用处于非运行状态或应用状态异常，暂无法扩容云盘"""
    VOL_EXT_FAILED_EXTENDER = 10324
    """云硬盘离线扩容器启动异常"""
    VOL_EXP_FAILED_EXPLORER = 10325
    """云硬盘资源管理器启动异常"""
    VOL_EXP_WAIT = 10326
    """云硬盘资源管理器正在启动"""
    VOL_EXP_VOL_BUSY = 10327
    """云硬盘正被其他应用使用中，暂无法启动资源管理器"""
    VOL_EXP_READY = 10328
    """云硬盘资源管理器启动成功"""
    VOL_UPDATE_FAILED = 10329
    """云硬盘更新异常"""
    VOL_METADATA_GET_FAILED = 10330
    """云硬盘Metadata获取失败"""
    VOL_SS_CREATE_FAILED = 10331
    """云硬盘快照创建异常"""
    VOL_SS_UPDATE_FAILED = 10332
    """编辑云硬盘快照异常"""
    VOL_SS_DELETE_FAILED = 10333
    """删除云硬盘快照异常"""
    VOL_SS_GET_FAILED = 10334
    """获取云硬盘快照异常"""
    VOL_SS_LIST_FAILED = 10335
    """获取云硬盘快照列表异常"""
    VOL_SERVER_ATTACHMENT_GET_FAILED = 10336
    """获取云主机云硬盘挂载信息异常"""
    VOL_SERVER_ATTACHMENT_LIST_FAILED = 10337
    """获取云主机云硬盘挂载信息列表异常"""
    ALL_DEDICATED_VOLUME_EXPIRED = 10338
    """app所有内置云盘都过期"""
    DEDICATED_VOL_EXPIRED = 10339
    """instance的内置云盘过期"""
    VOL_EXT_BAD_APP_INSTANCE_STATUS = 10340
    """应用处于非运行状态或应用状态异常，暂无法扩容云盘"""
    VOL_ALREADY_ATTACHED = 10341
    """云硬盘已经挂载到了其他应用"""
    VOL_ROLLBACK_FAILED = 10342
    """云硬盘回滚到指定快照失败"""
    VOL_CHECK_EXISTS_FAILED = 10343
    """检查云盘是否存在失败"""
    VOL_NOT_EXISTS = 10344
    """云盘不存在"""
    VOL_GET_USAGE_FAILED = 10345
    """获取云盘使用状态失败"""
    VOL_SS_NAME_IS_NULL = 10346
    """云硬盘快照名称不能为空"""
    VOL_SS_NAME_CONFLICT = 10347
    """云硬盘快照名称已存在"""
    VOL_FS_IS_NULL = 10348
    """云硬盘文件系统类型不能为空"""
    VOL_FS_UNSUPPORTED = 10349
    """云硬盘不支持该类型文件系统"""
    VOL_SUM_LIST_FAILED = 10350
    """获取云硬盘列表异常"""
    VOL_SS_DELETE_VOL_EXIST = 10351
    """存在以该快照为源的云硬盘，该快照暂不能删除"""
    VOL_EXPLORER_SHUTDOWN_FAILED = 10352
    """资源管理器关闭失败"""
    VOL_EXPLORER_STOPPING = 10353
    """资源管理器正在关闭中"""
    VOL_DELETE_SS_EXIST_FAILED = 10354
    """禁止删除该云硬盘，存在依赖的快照"""
    VOL_BAD_NAME = 10355
    """云硬盘名字不合法"""
    VOL_SS_BAD_NAME = 10356
    """云硬盘快照名字不合法"""
    QUOTA_PROJECT_EXIST = 10501
    """该项目的QUOTA已经存在"""
    PROJECT_NOT_EXIST = 10509
    """业务不存在"""
    YAML_SYNTAX_ERROR = 10601
    """YAML文件语法错误"""
    SYNTAX_NOT_SUPPORT = 10602
    """部分语法不支持"""
    STACK_NOT_FOUND = 10603
    """未找到操作的应用编排"""
    STACK_NAME_DUPLICATED = 10604
    """编排名重复"""
    YAML_NAME_DUPLICATED = 10605
    """YAML文件名称重复"""
    STACK_NAME_ERROR = 10606
    """编排名称错误"""
    YAML_NOT_FOUND = 10607
    """未找到操作的YAML文件"""
    VOLUME_NOT_FOUND = 10608
    QUOTA_EXCEED = 10609
    """超出配额"""
    NET_NOT_SUPPORT = 10610
    """网络模式不支持"""
    IMAGE_NOT_SET = 10611
    """服务镜像信息未指定"""
    PORT_FORMAT_ERROR = 10612
    """端口格式存在错误"""
    DEPENDS_ERROR = 10613
    """存在错误的depends_on服务"""
    DEPENDS_HAS_CYCLE = 10614
    """depends_on有环存在，无法启动"""
    VOLUME_FORMAT_ERROR = 10615
    """VOLUME格式错误"""
    YAML_NAME_ERROR = 10616
    """YAML文件名错误"""
    VOLUME_REUSE_ERROR = 10617
    """重复使用同一个云盘"""
    RESOURCE_ERROR = 10618
    """memory或cpu设置不正确"""
    MOUNT_ERROR = 10619
    """重复挂载到同一个目录"""
    MOUNT_ABS_ERROR = 10620
    """挂载路径应该是绝对路径"""
    CONFIGMAP_NAME_DUPLICATED = 10911
    """应用配置名称已存在"""
    CONFIGMAP_NAME_ERROR = 10912
    """应用配置名称不合法"""
    CONFIGMAP_KEY_NAME_ERROR = 10913
    """应用配置项名称不合法"""


LANGUAGES: Final[tuple[str, ...]] = ("zh",)
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
    10001: Facts("ILLEGAL_PARAMETER", ("参数不合法",), None, None, 400, "error", "INVALID_ARGUMENT", False, "general", False, ()),
    10002: Facts("SERVER_NOT_FOUND", ("未找到相应主机",), None, None, 404, "error", "NOT_FOUND", False, "general", False, ()),
    10003: Facts("ITEM_NOT_FOUND", ("未找到相应条目",), None, None, 404, "error", "NOT_FOUND", False, "general", False, ()),
    10004: Facts("INTERNAL_ERROR", ("内部错误",), None, None, 500, "error", "INTERNAL", False, "general", False, ()),
    10005: Facts("BADREQUEST", ("非法请求",), None, None, 400, "error", "INVALID_ARGUMENT", False, "general", False, ()),
    10006: Facts("FORBIDDEN", ("禁止访问",), None, None, 403, "error", "PERMISSION_DENIED", False, "general", False, ()),
    10101: Facts("TOKEN_INVALID", ("TOKEN不合法",), None, None, 401, "error", "UNAUTHENTICATED", False, "token", False, ()),
    10202: Facts("APP_NAME_DUPLICATED", ("应用名称已被占用",), None, None, 409, "error", "ALREADY_EXISTS", False, "app", False, ()),
    10203: Facts("APP_NAME_ERROR", ("应用名称不合法",), None, None, 400, "error", "INVALID_ARGUMENT", False, "app", False, ()),
    10204: Facts("APP_NAME_EMPTY", ("应用名称为空",), None, None, 400, "error", "INVALID_ARGUMENT", False, "app", False, ()),
    10205: Facts("APP_NOT_FOUND", ("未找到应用",), None, None, 404, "error", "NOT_FOUND", False, "app", False, ()),
    10206: Facts("APP_SUBMIT_ERROR", ("提交应用失败",), None, None, 500, "error", "INTERNAL", False, "app", False, ()),
    10207: Facts("APP_STATE_ERROR", ("当前应用状态不允许该操作",), None, None, 409, "error", "ALREADY_EXISTS", False, "app", False, ()),
    10208: Facts("APP_PORT_NOT_FOUND", ("应用端口映射未找到",), None, None, 404, "error", "NOT_FOUND", False, "app", False, ()),
    10209: Facts("APP_KILL_ERROR", ("终止应用失败",), None, None, 500, "error", "INTERNAL", False, "app", False, ()),
    10210: Facts("APP_DELETE_ERROR", ("删除应用失败",), None, None, 500, "error", "INTERNAL", False, "app", False, ()),
    10211: Facts("APP_RAMP_PARAM_ERROR", ("扩/缩容参数不合法",), None, None, 400, "error", "INVALID_ARGUMENT", False, "app", False, ()),
    10212: Facts("APP_RAMPUP_ERROR", ("扩容失败",), None, None, 500, "error", "INTERNAL", False, "app", False, ()),
    10213: Facts("APP_DATA_ERROR", ("data路径参数错误",), None, None, 400, "error", "INVALID_ARGUMENT", False, "app", False, ()),
    10214: Facts("APP_LOG_ERROR", ("log路径参数错误",), None, None, 400, "error", "INVALID_ARGUMENT", False, "app", False, ()),
    10215: Facts("APP_CMD_EMPTY", ("未设置启动命令",), None, None, 400, "error", "INVALID_ARGUMENT", False, "app", False, ()),
    10220: Facts("SUBMITTING_IN_PROGRESS", ("提交中暂时不能删除",), None, None, 409, "error", "ALREADY_EXISTS", True, "app", False, ()),
    10301: Facts("INVALID_INSTANCE_NUMBER", ("挂载云盘时实例数目必须为1",), None, None, 400, "error", "INVALID_ARGUMENT", False, "volume", False, ()),
    10302: Facts("INVALID_VOL_PARAMETER", ("参数不合法",), None, None, 400, "error", "INVALID_ARGUMENT", False, "volume", False, ()),
    10303: Facts("MOUNT_POINT_NOT_FOUND", ("挂载参数中缺少挂载路径",), None, None, 400, "error", "INVALID_ARGUMENT", False, "volume", False, ()),
    10304: Facts("INVALID_MOUNT_POINT_FORMAT", ("挂载路径格式错误",), None, None, 400, "error", "INVALID_ARGUMENT", False, "volume", False, ()),
    10305: Facts("MOUNT_POINT_DUPLICATED", ("应用的多个云盘的挂载路径重复",), None, None, 409, "error", "ALREADY_EXISTS", False, "volume", False, ()),
    10306: Facts("VOL_UNAVAILABLE", ("云盘不可用",), None, None, 409, "error", "ALREADY_EXISTS", False, "volume", False, ()),
    10307: Facts("VOL_SET_STATUS_ERROR", ("修改云盘状态失败",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10308: Facts("VOL_ATTACH_FAILED", ("挂载云盘异常",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10309: Facts("VOL_NAME_IS_NULL", ("云硬盘名称不能为空",), None, None, 400, "error", "INVALID_ARGUMENT", False, "volume", False, ()),
    10310: Facts("VOL_NAME_CONFLICT", ("云硬盘名称已存在",), None, None, 409, "error", "ALREADY_EXISTS", False, "volume", False, ()),
    10311: Facts("VOL_DELETE_FAILED", ("删除云硬盘异常",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10312: Facts("VOL_CREATE_FAILED", ("创建云硬盘异常",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10313: Facts("VOL_LIST_FAILED", ("获取云硬盘列表异常",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10314: Facts("VOL_GET_FAILED", ("获取云硬盘信息异常",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10315: Facts("VOL_DETACH_FAILED", ("卸载云硬盘异常",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10316: Facts("VOL_EXT_BAD_SIZE", ("云硬盘扩容后容量必须大于当前容量",), None, None, 400, "error", "INVALID_ARGUMENT", False, "volume", False, ()),
    10317: Facts("VOL_EXT_EXCEED_QUOTA", ("超出云硬盘容量配额，暂时无法进行扩容",), None, None, 403, "error", "PERMISSION_DENIED", False, "volume", False, ()),
    10318: Facts("VOL_EXT_BAD_VOL_STATUS", ("云硬盘当前状态不支持扩容操作",), None, None, 409, "error", "ALREADY_EXISTS", False, "volume", False, ()),
    10319: Facts("VOL_EXT_FAILED", ("云硬盘扩容操作异常",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10320: Facts("VOL_EXT_CONTINUE", ("正在为您扩容云硬盘",), None, None, 409, "info", "ALREADY_EXISTS", True, "volume", False, ()),
    10321: Facts("VOL_EXT_USED_BY_EXPLORER", ("云硬盘正被资源管理器占用中，暂不支持扩容",), None, None, 409, "error", "ALREADY_EXISTS", False, "volume", False, ()),
    10322: Facts("VOL_EXT_ALREADY_EXTENDING", ("云硬盘正在扩容中，当前扩容结束后，才能进行再次扩容",), None, None, 409, "error", "ALREADY_EXISTS", True, "volume", False, ()),
    10323: Facts("VOL_EXT_BAD_APP_STATUS", ("应用处于非运行状态或应用状态异常，暂无法扩容云盘",), None, None, 409, "error", "ALREADY_EXISTS", False, "volume", False, ()),
    10324: Facts("VOL_EXT_FAILED_EXTENDER", ("云硬盘离线扩容器启动异常",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10325: Facts("VOL_EXP_FAILED_EXPLORER", ("云硬盘资源管理器启动异常",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10326: Facts("VOL_EXP_WAIT", ("云硬盘资源管理器正在启动",), None, None, 503, "info", "UNAVAILABLE", True, "volume", False, ()),
    10327: Facts("VOL_EXP_VOL_BUSY", ("云硬盘正被其他应用使用中，暂无法启动资源管理器",), None, None, 409, "error", "ALREADY_EXISTS", True, "volume", False, ()),
    10328: Facts("VOL_EXP_READY", ("云硬盘资源管理器启动成功",), None, None, 409, "info", "ALREADY_EXISTS", False, "volume", False, ()),
    10329: Facts("VOL_UPDATE_FAILED", ("云硬盘更新异常",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10330: Facts("VOL_METADATA_GET_FAILED", ("云硬盘Metadata获取失败",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10331: Facts("VOL_SS_CREATE_FAILED", ("云硬盘快照创建异常",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10332: Facts("VOL_SS_UPDATE_FAILED", ("编辑云硬盘快照异常",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10333: Facts("VOL_SS_DELETE_FAILED", ("删除云硬盘快照异常",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10334: Facts("VOL_SS_GET_FAILED", ("获取云硬盘快照异常",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10335: Facts("VOL_SS_LIST_FAILED", ("获取云硬盘快照列表异常",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10336: Facts("VOL_SERVER_ATTACHMENT_GET_FAILED", ("获取云主机云硬盘挂载信息异常",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10337: Facts("VOL_SERVER_ATTACHMENT_LIST_FAILED", ("获取云主机云硬盘挂载信息列表异常",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10338: Facts("ALL_DEDICATED_VOLUME_EXPIRED", ("app所有内置云盘都过期",), None, None, 410, "error", "FAILED_PRECONDITION", False, "volume", False, ()),
    10339: Facts("DEDICATED_VOL_EXPIRED", ("instance的内置云盘过期",), None, None, 410, "error", "FAILED_PRECONDITION", False, "volume", False, ()),
    10340: Facts("VOL_EXT_BAD_APP_INSTANCE_STATUS", ("应用处于非运行状态或应用状态异常，暂无法扩容云盘",), None, None, 409, "error", "ALREADY_EXISTS", False, "volume", False, ()),
    10341: Facts("VOL_ALREADY_ATTACHED", ("云硬盘已经挂载到了其他应用",), None, None, 409, "error", "ALREADY_EXISTS", False, "volume", False, ()),
    10342: Facts("VOL_ROLLBACK_FAILED", ("云硬盘回滚到指定快照失败",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10343: Facts("VOL_CHECK_EXISTS_FAILED", ("检查云盘是否存在失败",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10344: Facts("VOL_NOT_EXISTS", ("云盘不存在",), None, None, 404, "error", "NOT_FOUND", False, "volume", False, ()),
    10345: Facts("VOL_GET_USAGE_FAILED", ("获取云盘使用状态失败",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10346: Facts("VOL_SS_NAME_IS_NULL", ("云硬盘快照名称不能为空",), None, None, 400, "error", "INVALID_ARGUMENT", False, "volume", False, ()),
    10347: Facts("VOL_SS_NAME_CONFLICT", ("云硬盘快照名称已存在",), None, None, 409, "error", "ALREADY_EXISTS", False, "volume", False, ()),
    10348: Facts("VOL_FS_IS_NULL", ("云硬盘文件系统类型不能为空",), None, None, 400, "error", "INVALID_ARGUMENT", False, "volume", False, ()),
    10349: Facts("VOL_FS_UNSUPPORTED", ("云硬盘不支持该类型文件系统",), None, None, 400, "error", "INVALID_ARGUMENT", False, "volume", False, ()),
    10350: Facts("VOL_SUM_LIST_FAILED", ("获取云硬盘列表异常",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10351: Facts("VOL_SS_DELETE_VOL_EXIST", ("存在以该快照为源的云硬盘，该快照暂不能删除",), None, None, 409, "error", "ALREADY_EXISTS", False, "volume", False, ()),
    10352: Facts("VOL_EXPLORER_SHUTDOWN_FAILED", ("资源管理器关闭失败",), None, None, 500, "error", "INTERNAL", False, "volume", False, ()),
    10353: Facts("VOL_EXPLORER_STOPPING", ("资源管理器正在关闭中",), None, None, 409, "error", "ALREADY_EXISTS", True, "volume", False, ()),
    10354: Facts("VOL_DELETE_SS_EXIST_FAILED", ("禁止删除该云硬盘，存在依赖的快照",), None, None, 409, "error", "ALREADY_EXISTS", False, "volume", False, ()),
    10355: Facts("VOL_BAD_NAME", ("云硬盘名字不合法",), None, None, 400, "error", "INVALID_ARGUMENT", False, "volume", False, ()),
    10356: Facts("VOL_SS_BAD_NAME", ("云硬盘快照名字不合法",), None, None, 400, "error", "INVALID_ARGUMENT", False, "volume", False, ()),
    10501: Facts("QUOTA_PROJECT_EXIST", ("该项目的QUOTA已经存在",), None, None, 409, "error", "ALREADY_EXISTS", False, "quota_project", False, ()),
    10509: Facts("PROJECT_NOT_EXIST", ("业务不存在",), None, None, 404, "error", "NOT_FOUND", False, "quota_project", False, ()),
    10601: Facts("YAML_SYNTAX_ERROR", ("YAML文件语法错误",), None, None, 400, "error", "INVALID_ARGUMENT", False, "stack", False, ()),
    10602: Facts("SYNTAX_NOT_SUPPORT", ("部分语法不支持",), None, None, 400, "error", "INVALID_ARGUMENT", False, "stack", False, ()),
    10603: Facts("STACK_NOT_FOUND", ("未找到操作的应用编排",), None, None, 404, "error", "NOT_FOUND", False, "stack", False, ()),
    10604: Facts("STACK_NAME_DUPLICATED", ("编排名重复",), None, None, 409, "error", "ALREADY_EXISTS", False, "stack", False, ()),
    10605: Facts("YAML_NAME_DUPLICATED", ("YAML文件名称重复",), None, None, 409, "error", "ALREADY_EXISTS", False, "stack", False, ()),
    10606: Facts("STACK_NAME_ERROR", ("编排名称错误",), None, None, 400, "error", "INVALID_ARGUMENT", False, "stack", False, ()),
    10607: Facts("YAML_NOT_FOUND", ("未找到操作的YAML文件",), None, None, 404, "error", "NOT_FOUND", False, "stack", False, ()),
    10608: Facts("VOLUME_NOT_FOUND", ("",), None, None, 404, "error", "NOT_FOUND", False, "stack", False, ()),
    10609: Facts("QUOTA_EXCEED", ("超出配额",), None, None, 403, "error", "PERMISSION_DENIED", False, "stack", False, ()),
    10610: Facts("NET_NOT_SUPPORT", ("网络模式不支持",), None, None, 400, "error", "INVALID_ARGUMENT", False, "stack", False, ()),
    10611: Facts("IMAGE_NOT_SET", ("服务镜像信息未指定",), None, None, 400, "error", "INVALID_ARGUMENT", False, "stack", False, ()),
    10612: Facts("PORT_FORMAT_ERROR", ("端口格式存在错误",), None, None, 400, "error", "INVALID_ARGUMENT", False, "stack", False, ()),
    10613: Facts("DEPENDS_ERROR", ("存在错误的depends_on服务",), None, None, 400, "error", "INVALID_ARGUMENT", False, "stack", False, ()),
    10614: Facts("DEPENDS_HAS_CYCLE", ("depends_on有环存在，无法启动",), None, None, 400, "error", "INVALID_ARGUMENT", False, "stack", False, ()),
    10615: Facts("VOLUME_FORMAT_ERROR", ("VOLUME格式错误",), None, None, 400, "error", "INVALID_ARGUMENT", False, "stack", False, ()),
    10616: Facts("YAML_NAME_ERROR", ("YAML文件名错误",), None, None, 400, "error", "INVALID_ARGUMENT", False, "stack", False, ()),
    10617: Facts("VOLUME_REUSE_ERROR", ("重复使用同一个云盘",), None, None, 409, "error", "ALREADY_EXISTS", False, "stack", False, ()),
    10618: Facts("RESOURCE_ERROR", ("memory或cpu设置不正确",), None, None, 400, "error", "INVALID_ARGUMENT", False, "stack", False, ()),
    10619: Facts("MOUNT_ERROR", ("重复挂载到同一个目录",), None, None, 409, "error", "ALREADY_EXISTS", False, "stack", False, ()),
    10620: Facts("MOUNT_ABS_ERROR", ("挂载路径应该是绝对路径",), None, None, 400, "error", "INVALID_ARGUMENT", False, "stack", False, ()),
    10911: Facts("CONFIGMAP_NAME_DUPLICATED", ("应用配置名称已存在",), None, None, 409, "error", "ALREADY_EXISTS", False, "configmap", False, ()),
    10912: Facts("CONFIGMAP_NAME_ERROR", ("应用配置名称不合法",), None, None, 400, "error", "INVALID_ARGUMENT", False, "configmap", False, ()),
    10913: Facts("CONFIGMAP_KEY_NAME_ERROR", ("应用配置项名称不合法",), None, None, 400, "error", "INVALID_ARGUMENT", False, "configmap", False, ()),
}

_BY_NAME: Final[Mapping[str, ApiSwitchError]] = {
    "ILLEGAL_PARAMETER": ApiSwitchError.ILLEGAL_PARAMETER,
    "SERVER_NOT_FOUND": ApiSwitchError.SERVER_NOT_FOUND,
    "ITEM_NOT_FOUND": ApiSwitchError.ITEM_NOT_FOUND,
    "INTERNAL_ERROR": ApiSwitchError.INTERNAL_ERROR,
    "BADREQUEST": ApiSwitchError.BADREQUEST,
    "FORBIDDEN": ApiSwitchError.FORBIDDEN,
    "TOKEN_INVALID": ApiSwitchError.TOKEN_INVALID,
    "APP_NAME_DUPLICATED": ApiSwitchError.APP_NAME_DUPLICATED,
    "APP_NAME_ERROR": ApiSwitchError.APP_NAME_ERROR,
    "APP_NAME_EMPTY": ApiSwitchError.APP_NAME_EMPTY,
    "APP_NOT_FOUND": ApiSwitchError.APP_NOT_FOUND,
    "APP_SUBMIT_ERROR": ApiSwitchError.APP_SUBMIT_ERROR,
    "APP_STATE_ERROR": ApiSwitchError.APP_STATE_ERROR,
    "APP_PORT_NOT_FOUND": ApiSwitchError.APP_PORT_NOT_FOUND,
    "APP_KILL_ERROR": ApiSwitchError.APP_KILL_ERROR,
    "APP_DELETE_ERROR": ApiSwitchError.APP_DELETE_ERROR,
    "APP_RAMP_PARAM_ERROR": ApiSwitchError.APP_RAMP_PARAM_ERROR,
    "APP_RAMPUP_ERROR": ApiSwitchError.APP_RAMPUP_ERROR,
    "APP_DATA_ERROR": ApiSwitchError.APP_DATA_ERROR,
    "APP_LOG_ERROR": ApiSwitchError.APP_LOG_ERROR,
    "APP_CMD_EMPTY": ApiSwitchError.APP_CMD_EMPTY,
    "SUBMITTING_IN_PROGRESS": ApiSwitchError.SUBMITTING_IN_PROGRESS,
    "INVALID_INSTANCE_NUMBER": ApiSwitchError.INVALID_INSTANCE_NUMBER,
    "INVALID_VOL_PARAMETER": ApiSwitchError.INVALID_VOL_PARAMETER,
    "MOUNT_POINT_NOT_FOUND": ApiSwitchError.MOUNT_POINT_NOT_FOUND,
    "INVALID_MOUNT_POINT_FORMAT": ApiSwitchError.INVALID_MOUNT_POINT_FORMAT,
    "MOUNT_POINT_DUPLICATED": ApiSwitchError.MOUNT_POINT_DUPLICATED,
    "VOL_UNAVAILABLE": ApiSwitchError.VOL_UNAVAILABLE,
    "VOL_SET_STATUS_ERROR": ApiSwitchError.VOL_SET_STATUS_ERROR,
    "VOL_ATTACH_FAILED": ApiSwitchError.VOL_ATTACH_FAILED,
    "VOL_NAME_IS_NULL": ApiSwitchError.VOL_NAME_IS_NULL,
    "VOL_NAME_CONFLICT": ApiSwitchError.VOL_NAME_CONFLICT,
    "VOL_DELETE_FAILED": ApiSwitchError.VOL_DELETE_FAILED,
    "VOL_CREATE_FAILED": ApiSwitchError.VOL_CREATE_FAILED,
    "VOL_LIST_FAILED": ApiSwitchError.VOL_LIST_FAILED,
    "VOL_GET_FAILED": ApiSwitchError.VOL_GET_FAILED,
    "VOL_DETACH_FAILED": ApiSwitchError.VOL_DETACH_FAILED,
    "VOL_EXT_BAD_SIZE": ApiSwitchError.VOL_EXT_BAD_SIZE,
    "VOL_EXT_EXCEED_QUOTA": ApiSwitchError.VOL_EXT_EXCEED_QUOTA,
    "VOL_EXT_BAD_VOL_STATUS": ApiSwitchError.VOL_EXT_BAD_VOL_STATUS,
    "VOL_EXT_FAILED": ApiSwitchError.VOL_EXT_FAILED,
    "VOL_EXT_CONTINUE": ApiSwitchError.VOL_EXT_CONTINUE,
    "VOL_EXT_USED_BY_EXPLORER": ApiSwitchError.VOL_EXT_USED_BY_EXPLORER,
    "VOL_EXT_ALREADY_EXTENDING": ApiSwitchError.VOL_EXT_ALREADY_EXTENDING,
    "VOL_EXT_BAD_APP_STATUS": ApiSwitchError.VOL_EXT_BAD_APP_STATUS,
    "VOL_EXT_FAILED_EXTENDER": ApiSwitchError.VOL_EXT_FAILED_EXTENDER,
    "VOL_EXP_FAILED_EXPLORER": ApiSwitchError.VOL_EXP_FAILED_EXPLORER,
    "VOL_EXP_WAIT": ApiSwitchError.VOL_EXP_WAIT,
    "VOL_EXP_VOL_BUSY": ApiSwitchError.VOL_EXP_VOL_BUSY,
    "VOL_EXP_READY": ApiSwitchError.VOL_EXP_READY,
    "VOL_UPDATE_FAILED": ApiSwitchError.VOL_UPDATE_FAILED,
    "VOL_METADATA_GET_FAILED": ApiSwitchError.VOL_METADATA_GET_FAILED,
    "VOL_SS_CREATE_FAILED": ApiSwitchError.VOL_SS_CREATE_FAILED,
    "VOL_SS_UPDATE_FAILED": ApiSwitchError.VOL_SS_UPDATE_FAILED,
    "VOL_SS_DELETE_FAILED": ApiSwitchError.VOL_SS_DELETE_FAILED,
    "VOL_SS_GET_FAILED": ApiSwitchError.VOL_SS_GET_FAILED,
    "VOL_SS_LIST_FAILED": ApiSwitchError.VOL_SS_LIST_FAILED,
    "VOL_SERVER_ATTACHMENT_GET_FAILED": ApiSwitchError.VOL_SERVER_ATTACHMENT_GET_FAILED,
    "VOL_SERVER_ATTACHMENT_LIST_FAILED": ApiSwitchError.VOL_SERVER_ATTACHMENT_LIST_FAILED,
    "ALL_DEDICATED_VOLUME_EXPIRED": ApiSwitchError.ALL_DEDICATED_VOLUME_EXPIRED,
    "DEDICATED_VOL_EXPIRED": ApiSwitchError.DEDICATED_VOL_EXPIRED,
    "VOL_EXT_BAD_APP_INSTANCE_STATUS": ApiSwitchError.VOL_EXT_BAD_APP_INSTANCE_STATUS,
    "VOL_ALREADY_ATTACHED": ApiSwitchError.VOL_ALREADY_ATTACHED,
    "VOL_ROLLBACK_FAILED": ApiSwitchError.VOL_ROLLBACK_FAILED,
    "VOL_CHECK_EXISTS_FAILED": ApiSwitchError.VOL_CHECK_EXISTS_FAILED,
    "VOL_NOT_EXISTS": ApiSwitchError.VOL_NOT_EXISTS,
    "VOL_GET_USAGE_FAILED": ApiSwitchError.VOL_GET_USAGE_FAILED,
    "VOL_SS_NAME_IS_NULL": ApiSwitchError.VOL_SS_NAME_IS_NULL,
    "VOL_SS_NAME_CONFLICT": ApiSwitchError.VOL_SS_NAME_CONFLICT,
    "VOL_FS_IS_NULL": ApiSwitchError.VOL_FS_IS_NULL,
    "VOL_FS_UNSUPPORTED": ApiSwitchError.VOL_FS_UNSUPPORTED,
    "VOL_SUM_LIST_FAILED": ApiSwitchError.VOL_SUM_LIST_FAILED,
    "VOL_SS_DELETE_VOL_EXIST": ApiSwitchError.VOL_SS_DELETE_VOL_EXIST,
    "VOL_EXPLORER_SHUTDOWN_FAILED": ApiSwitchError.VOL_EXPLORER_SHUTDOWN_FAILED,
    "VOL_EXPLORER_STOPPING": ApiSwitchError.VOL_EXPLORER_STOPPING,
    "VOL_DELETE_SS_EXIST_FAILED": ApiSwitchError.VOL_DELETE_SS_EXIST_FAILED,
    "VOL_BAD_NAME": ApiSwitchError.VOL_BAD_NAME,
    "VOL_SS_BAD_NAME": ApiSwitchError.VOL_SS_BAD_NAME,
    "QUOTA_PROJECT_EXIST": ApiSwitchError.QUOTA_PROJECT_EXIST,
    "PROJECT_NOT_EXIST": ApiSwitchError.PROJECT_NOT_EXIST,
    "YAML_SYNTAX_ERROR": ApiSwitchError.YAML_SYNTAX_ERROR,
    "SYNTAX_NOT_SUPPORT": ApiSwitchError.SYNTAX_NOT_SUPPORT,
    "STACK_NOT_FOUND": ApiSwitchError.STACK_NOT_FOUND,
    "STACK_NAME_DUPLICATED": ApiSwitchError.STACK_NAME_DUPLICATED,
    "YAML_NAME_DUPLICATED": ApiSwitchError.YAML_NAME_DUPLICATED,
    "STACK_NAME_ERROR": ApiSwitchError.STACK_NAME_ERROR,
    "YAML_NOT_FOUND": ApiSwitchError.YAML_NOT_FOUND,
    "VOLUME_NOT_FOUND": ApiSwitchError.VOLUME_NOT_FOUND,
    "QUOTA_EXCEED": ApiSwitchError.QUOTA_EXCEED,
    "NET_NOT_SUPPORT": ApiSwitchError.NET_NOT_SUPPORT,
    "IMAGE_NOT_SET": ApiSwitchError.IMAGE_NOT_SET,
    "PORT_FORMAT_ERROR": ApiSwitchError.PORT_FORMAT_ERROR,
    "DEPENDS_ERROR": ApiSwitchError.DEPENDS_ERROR,
    "DEPENDS_HAS_CYCLE": ApiSwitchError.DEPENDS_HAS_CYCLE,
    "VOLUME_FORMAT_ERROR": ApiSwitchError.VOLUME_FORMAT_ERROR,
    "YAML_NAME_ERROR": ApiSwitchError.YAML_NAME_ERROR,
    "VOLUME_REUSE_ERROR": ApiSwitchError.VOLUME_REUSE_ERROR,
    "RESOURCE_ERROR": ApiSwitchError.RESOURCE_ERROR,
    "MOUNT_ERROR": ApiSwitchError.MOUNT_ERROR,
    "MOUNT_ABS_ERROR": ApiSwitchError.MOUNT_ABS_ERROR,
    "CONFIGMAP_NAME_DUPLICATED": ApiSwitchError.CONFIGMAP_NAME_DUPLICATED,
    "CONFIGMAP_NAME_ERROR": ApiSwitchError.CONFIGMAP_NAME_ERROR,
    "CONFIGMAP_KEY_NAME_ERROR": ApiSwitchError.CONFIGMAP_KEY_NAME_ERROR,
}

GROUPS: Final[Mapping[str, Optional[tuple[int, int]]]] = {
    "general": (10000, 10099),
    "token": (10100, 10199),
    "app": (10200, 10299),
    "volume": (10300, 10399),
    "quota_project": (10500, 10599),
    "stack": (10600, 10699),
    "configmap": (10900, 10999),
}
"""Each group and the range of codes it keeps."""


def from_code(code: int) -> Optional[ApiSwitchError]:
    """The code numbered `code`, or None if the catalog has none."""
    return ApiSwitchError(code) if code in _FACTS else None


def from_name(name: str) -> Optional[ApiSwitchError]:
    """The code named `name`, or None."""
    return _BY_NAME.get(name)


def facts(code: ApiSwitchError) -> Facts:
    """What the catalog says about `code`."""
    return _FACTS[int(code)]


def _language(lang: Optional[str]) -> int:
    return LANGUAGES.index(lang) if lang in LANGUAGES else 0


def name(code: ApiSwitchError) -> str:
    """The code's name."""
    return facts(code).name


def message(code: ApiSwitchError, lang: Optional[str] = None) -> str:
    """The message in `lang` (the default language for another; "" for a code without one)."""
    return facts(code).message[_language(lang)]


def description(code: ApiSwitchError, lang: Optional[str] = None) -> Optional[str]:
    """The description in `lang`, if the code has one."""
    texts = facts(code).description
    return None if texts is None else texts[_language(lang)]


def solution(code: ApiSwitchError, lang: Optional[str] = None) -> Optional[str]:
    """The cause and remedy in `lang`, if the code has them."""
    texts = facts(code).solution
    return None if texts is None else texts[_language(lang)]


def http_status(code: ApiSwitchError) -> int:
    """The HTTP status the code maps to."""
    return facts(code).http_status


def severity(code: ApiSwitchError) -> str:
    """How serious the code is: info, warning, error or fatal."""
    return facts(code).severity


def grpc_code(code: ApiSwitchError) -> str:
    """The gRPC code the error travels with, as google.rpc.Code spells it."""
    return facts(code).grpc


def is_retryable(code: ApiSwitchError) -> bool:
    """Whether trying again may succeed."""
    return facts(code).retryable


def group(code: ApiSwitchError) -> Optional[str]:
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

DOMAIN: Final[str] = "ApiSwitchError"
"""The domain of the google.rpc.ErrorInfo the catalog's errors carry over gRPC."""

_ARG_TYPES: Final[Mapping[int, tuple[tuple[str, str], ...]]] = {

}


class ApiSwitchErrorException(Exception):
    """An error of the catalog: its code, its arguments (for codes that declare them), in a language."""

    def __init__(
        self,
        code: ApiSwitchError,
        arguments: Optional[Mapping[str, object]] = None,
        lang: Optional[str] = None,
        retryable: Optional[bool] = None,
    ) -> None:
        self.code: Final[ApiSwitchError] = code
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
    ) -> Optional[ApiSwitchErrorException]:
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
    def from_status(cls, status: object) -> Optional[ApiSwitchErrorException]:
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
    def from_body(cls, body: object) -> Optional[ApiSwitchErrorException]:
        """The error an error body (a parsed JSON object) carries; None if it is not one of the catalog's."""
        if not isinstance(body, Mapping):
            return None
        raw = body.get("Code")
        code = from_code(raw) if isinstance(raw, int) and not isinstance(raw, bool) else None
        return None if code is None else cls(code, {})

    @classmethod
    def from_problem(cls, problem: object) -> Optional[ApiSwitchErrorException]:
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

