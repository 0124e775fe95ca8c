// errcat: generated from examples/catalogs/api_switch.yaml by `errcat export examples/catalogs/api_switch.yaml --lang typescript -o examples/exports/typescript/api_switch.ts`; catalog d30b047912c3d407, body c211ae6b6da731ac; edit the catalog and run the command again, not this file
/* eslint-disable */
/** API Switch 错误码 */
export const ApiSwitchError = {
  /** 参数不合法 */
  IllegalParameter: 10001,
  /** 未找到相应主机 */
  ServerNotFound: 10002,
  /** 未找到相应条目 */
  ItemNotFound: 10003,
  /** 内部错误 */
  InternalError: 10004,
  /** 非法请求 */
  Badrequest: 10005,
  /** 禁止访问 */
  Forbidden: 10006,
  /** TOKEN不合法 */
  TokenInvalid: 10101,
  /** 应用名称已被占用 */
  AppNameDuplicated: 10202,
  /** 应用名称不合法 */
  AppNameError: 10203,
  /** 应用名称为空 */
  AppNameEmpty: 10204,
  /** 未找到应用 */
  AppNotFound: 10205,
  /** 提交应用失败 */
  AppSubmitError: 10206,
  /** 当前应用状态不允许该操作 */
  AppStateError: 10207,
  /** 应用端口映射未找到 */
  AppPortNotFound: 10208,
  /** 终止应用失败 */
  AppKillError: 10209,
  /** 删除应用失败 */
  AppDeleteError: 10210,
  /** 扩/缩容参数不合法 */
  AppRampParamError: 10211,
  /** 扩容失败 */
  AppRampupError: 10212,
  /** data路径参数错误 */
  AppDataError: 10213,
  /** log路径参数错误 */
  AppLogError: 10214,
  /** 未设置启动命令 */
  AppCmdEmpty: 10215,
  /** 提交中暂时不能删除 */
  SubmittingInProgress: 10220,
  /** 挂载云盘时实例数目必须为1 */
  InvalidInstanceNumber: 10301,
  /** 参数不合法 */
  InvalidVolParameter: 10302,
  /** 挂载参数中缺少挂载路径 */
  MountPointNotFound: 10303,
  /** 挂载路径格式错误 */
  InvalidMountPointFormat: 10304,
  /** 应用的多个云盘的挂载路径重复 */
  MountPointDuplicated: 10305,
  /** 云盘不可用 */
  VolUnavailable: 10306,
  /** 修改云盘状态失败 */
  VolSetStatusError: 10307,
  /** 挂载云盘异常 */
  VolAttachFailed: 10308,
  /** 云硬盘名称不能为空 */
  VolNameIsNull: 10309,
  /** 云硬盘名称已存在 */
  VolNameConflict: 10310,
  /** 删除云硬盘异常 */
  VolDeleteFailed: 10311,
  /** 创建云硬盘异常 */
  VolCreateFailed: 10312,
  /** 获取云硬盘列表异常 */
  VolListFailed: 10313,
  /** 获取云硬盘信息异常 */
  VolGetFailed: 10314,
  /** 卸载云硬盘异常 */
  VolDetachFailed: 10315,
  /** 云硬盘扩容后容量必须大于当前容量 */
  VolExtBadSize: 10316,
  /** 超出云硬盘容量配额，暂时无法进行扩容 */
  VolExtExceedQuota: 10317,
  /** 云硬盘当前状态不支持扩容操作 */
  VolExtBadVolStatus: 10318,
  /** 云硬盘扩容操作异常 */
  VolExtFailed: 10319,
  /** 正在为您扩容云硬盘 */
  VolExtContinue: 10320,
  /** 云硬盘正被资源管理器占用中，暂不支持扩容 */
  VolExtUsedByExplorer: 10321,
  /** 云硬盘正在扩容中，当前扩容结束后，才能进行再次扩容 */
  VolExtAlreadyExtending: 10322,
  /** 应用处于非运行状态或应用状态异常，暂无法扩容云盘 */
  VolExtBadAppStatus: 10323,
  /** 云硬盘离线扩容器启动异常 */
  VolExtFailedExtender: 10324,
  /** 云硬盘资源管理器启动异常 */
  VolExpFailedExplorer: 10325,
  /** 云硬盘资源管理器正在启动 */
  VolExpWait: 10326,
  /** 云硬盘正被其他应用使用中，暂无法启动资源管理器 */
  VolExpVolBusy: 10327,
  /** 云硬盘资源管理器启动成功 */
  VolExpReady: 10328,
  /** 云硬盘更新异常 */
  VolUpdateFailed: 10329,
  /** 云硬盘Metadata获取失败 */
  VolMetadataGetFailed: 10330,
  /** 云硬盘快照创建异常 */
  VolSsCreateFailed: 10331,
  /** 编辑云硬盘快照异常 */
  VolSsUpdateFailed: 10332,
  /** 删除云硬盘快照异常 */
  VolSsDeleteFailed: 10333,
  /** 获取云硬盘快照异常 */
  VolSsGetFailed: 10334,
  /** 获取云硬盘快照列表异常 */
  VolSsListFailed: 10335,
  /** 获取云主机云硬盘挂载信息异常 */
  VolServerAttachmentGetFailed: 10336,
  /** 获取云主机云硬盘挂载信息列表异常 */
  VolServerAttachmentListFailed: 10337,
  /** app所有内置云盘都过期 */
  AllDedicatedVolumeExpired: 10338,
  /** instance的内置云盘过期 */
  DedicatedVolExpired: 10339,
  /** 应用处于非运行状态或应用状态异常，暂无法扩容云盘 */
  VolExtBadAppInstanceStatus: 10340,
  /** 云硬盘已经挂载到了其他应用 */
  VolAlreadyAttached: 10341,
  /** 云硬盘回滚到指定快照失败 */
  VolRollbackFailed: 10342,
  /** 检查云盘是否存在失败 */
  VolCheckExistsFailed: 10343,
  /** 云盘不存在 */
  VolNotExists: 10344,
  /** 获取云盘使用状态失败 */
  VolGetUsageFailed: 10345,
  /** 云硬盘快照名称不能为空 */
  VolSsNameIsNull: 10346,
  /** 云硬盘快照名称已存在 */
  VolSsNameConflict: 10347,
  /** 云硬盘文件系统类型不能为空 */
  VolFsIsNull: 10348,
  /** 云硬盘不支持该类型文件系统 */
  VolFsUnsupported: 10349,
  /** 获取云硬盘列表异常 */
  VolSumListFailed: 10350,
  /** 存在以该快照为源的云硬盘，该快照暂不能删除 */
  VolSsDeleteVolExist: 10351,
  /** 资源管理器关闭失败 */
  VolExplorerShutdownFailed: 10352,
  /** 资源管理器正在关闭中 */
  VolExplorerStopping: 10353,
  /** 禁止删除该云硬盘，存在依赖的快照 */
  VolDeleteSsExistFailed: 10354,
  /** 云硬盘名字不合法 */
  VolBadName: 10355,
  /** 云硬盘快照名字不合法 */
  VolSsBadName: 10356,
  /** 该项目的QUOTA已经存在 */
  QuotaProjectExist: 10501,
  /** 业务不存在 */
  ProjectNotExist: 10509,
  /** YAML文件语法错误 */
  YamlSyntaxError: 10601,
  /** 部分语法不支持 */
  SyntaxNotSupport: 10602,
  /** 未找到操作的应用编排 */
  StackNotFound: 10603,
  /** 编排名重复 */
  StackNameDuplicated: 10604,
  /** YAML文件名称重复 */
  YamlNameDuplicated: 10605,
  /** 编排名称错误 */
  StackNameError: 10606,
  /** 未找到操作的YAML文件 */
  YamlNotFound: 10607,
  VolumeNotFound: 10608,
  /** 超出配额 */
  QuotaExceed: 10609,
  /** 网络模式不支持 */
  NetNotSupport: 10610,
  /** 服务镜像信息未指定 */
  ImageNotSet: 10611,
  /** 端口格式存在错误 */
  PortFormatError: 10612,
  /** 存在错误的depends_on服务 */
  DependsError: 10613,
  /** depends_on有环存在，无法启动 */
  DependsHasCycle: 10614,
  /** VOLUME格式错误 */
  VolumeFormatError: 10615,
  /** YAML文件名错误 */
  YamlNameError: 10616,
  /** 重复使用同一个云盘 */
  VolumeReuseError: 10617,
  /** memory或cpu设置不正确 */
  ResourceError: 10618,
  /** 重复挂载到同一个目录 */
  MountError: 10619,
  /** 挂载路径应该是绝对路径 */
  MountAbsError: 10620,
  /** 应用配置名称已存在 */
  ConfigmapNameDuplicated: 10911,
  /** 应用配置名称不合法 */
  ConfigmapNameError: 10912,
  /** 应用配置项名称不合法 */
  ConfigmapKeyNameError: 10913,
} as const;

/** A code of the catalog. */
export type ApiSwitchError = (typeof ApiSwitchError)[keyof typeof ApiSwitchError];

/** Every code, in ascending order. */
export const CODES: readonly ApiSwitchError[] = [10001, 10002, 10003, 10004, 10005, 10006, 10101, 10202, 10203, 10204, 10205, 10206, 10207, 10208, 10209, 10210, 10211, 10212, 10213, 10214, 10215, 10220, 10301, 10302, 10303, 10304, 10305, 10306, 10307, 10308, 10309, 10310, 10311, 10312, 10313, 10314, 10315, 10316, 10317, 10318, 10319, 10320, 10321, 10322, 10323, 10324, 10325, 10326, 10327, 10328, 10329, 10330, 10331, 10332, 10333, 10334, 10335, 10336, 10337, 10338, 10339, 10340, 10341, 10342, 10343, 10344, 10345, 10346, 10347, 10348, 10349, 10350, 10351, 10352, 10353, 10354, 10355, 10356, 10501, 10509, 10601, 10602, 10603, 10604, 10605, 10606, 10607, 10608, 10609, 10610, 10611, 10612, 10613, 10614, 10615, 10616, 10617, 10618, 10619, 10620, 10911, 10912, 10913];

/** The catalog's languages, the default first. */
export const LANGUAGES = ["zh"] as const;
export type Language = (typeof LANGUAGES)[number];

/** How serious a code is. */
export type Severity = "info" | "warning" | "error" | "fatal";

/** A gRPC status code, as google.rpc.Code spells it. */
export type GrpcCode =
  | "CANCELLED" | "UNKNOWN" | "INVALID_ARGUMENT" | "DEADLINE_EXCEEDED" | "NOT_FOUND"
  | "ALREADY_EXISTS" | "PERMISSION_DENIED" | "RESOURCE_EXHAUSTED" | "FAILED_PRECONDITION"
  | "ABORTED" | "OUT_OF_RANGE" | "UNIMPLEMENTED" | "INTERNAL" | "UNAVAILABLE" | "DATA_LOSS"
  | "UNAUTHENTICATED";

/** A text in every language of the catalog. */
export type Texts = { readonly [L in Language]: string };

/** What the catalog says about one code. */
export interface Facts {
  readonly name: string;
  /** `""` for a code without a message. */
  readonly message: Texts;
  readonly description: Texts | undefined;
  readonly solution: Texts | undefined;
  readonly http: number;
  readonly severity: Severity;
  /** The gRPC code the error travels with. */
  readonly grpc: GrpcCode;
  readonly retryable: boolean;
  readonly group: GroupName | undefined;
  readonly deprecated: boolean;
  /** The names of its arguments, in declaration order. */
  readonly args: readonly string[];
}

/** The groups, with the range of codes each keeps. */
export const GROUPS = {
  "general": { range: [10000, 10099] as const },
  "token": { range: [10100, 10199] as const },
  "app": { range: [10200, 10299] as const },
  "volume": { range: [10300, 10399] as const },
  "quota_project": { range: [10500, 10599] as const },
  "stack": { range: [10600, 10699] as const },
  "configmap": { range: [10900, 10999] as const },
} as const;
export type GroupName = keyof typeof GROUPS;

/** The group whose range holds `code`, used or not. */
export function groupOfCode(code: number): GroupName | undefined {
  if (code >= 10000 && code <= 10099) return "general";
  if (code >= 10100 && code <= 10199) return "token";
  if (code >= 10200 && code <= 10299) return "app";
  if (code >= 10300 && code <= 10399) return "volume";
  if (code >= 10500 && code <= 10599) return "quota_project";
  if (code >= 10600 && code <= 10699) return "stack";
  if (code >= 10900 && code <= 10999) return "configmap";
  return undefined;
}

const FACTS: ReadonlyMap<number, Facts> = new Map<number, Facts>([
  [10001, { name: "ILLEGAL_PARAMETER", message: { "zh": "参数不合法" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "general", deprecated: false, args: [] }],
  [10002, { name: "SERVER_NOT_FOUND", message: { "zh": "未找到相应主机" }, description: undefined, solution: undefined, http: 404, severity: "error", grpc: "NOT_FOUND", retryable: false, group: "general", deprecated: false, args: [] }],
  [10003, { name: "ITEM_NOT_FOUND", message: { "zh": "未找到相应条目" }, description: undefined, solution: undefined, http: 404, severity: "error", grpc: "NOT_FOUND", retryable: false, group: "general", deprecated: false, args: [] }],
  [10004, { name: "INTERNAL_ERROR", message: { "zh": "内部错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "general", deprecated: false, args: [] }],
  [10005, { name: "BADREQUEST", message: { "zh": "非法请求" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "general", deprecated: false, args: [] }],
  [10006, { name: "FORBIDDEN", message: { "zh": "禁止访问" }, description: undefined, solution: undefined, http: 403, severity: "error", grpc: "PERMISSION_DENIED", retryable: false, group: "general", deprecated: false, args: [] }],
  [10101, { name: "TOKEN_INVALID", message: { "zh": "TOKEN不合法" }, description: undefined, solution: undefined, http: 401, severity: "error", grpc: "UNAUTHENTICATED", retryable: false, group: "token", deprecated: false, args: [] }],
  [10202, { name: "APP_NAME_DUPLICATED", message: { "zh": "应用名称已被占用" }, description: undefined, solution: undefined, http: 409, severity: "error", grpc: "ALREADY_EXISTS", retryable: false, group: "app", deprecated: false, args: [] }],
  [10203, { name: "APP_NAME_ERROR", message: { "zh": "应用名称不合法" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "app", deprecated: false, args: [] }],
  [10204, { name: "APP_NAME_EMPTY", message: { "zh": "应用名称为空" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "app", deprecated: false, args: [] }],
  [10205, { name: "APP_NOT_FOUND", message: { "zh": "未找到应用" }, description: undefined, solution: undefined, http: 404, severity: "error", grpc: "NOT_FOUND", retryable: false, group: "app", deprecated: false, args: [] }],
  [10206, { name: "APP_SUBMIT_ERROR", message: { "zh": "提交应用失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "app", deprecated: false, args: [] }],
  [10207, { name: "APP_STATE_ERROR", message: { "zh": "当前应用状态不允许该操作" }, description: undefined, solution: undefined, http: 409, severity: "error", grpc: "ALREADY_EXISTS", retryable: false, group: "app", deprecated: false, args: [] }],
  [10208, { name: "APP_PORT_NOT_FOUND", message: { "zh": "应用端口映射未找到" }, description: undefined, solution: undefined, http: 404, severity: "error", grpc: "NOT_FOUND", retryable: false, group: "app", deprecated: false, args: [] }],
  [10209, { name: "APP_KILL_ERROR", message: { "zh": "终止应用失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "app", deprecated: false, args: [] }],
  [10210, { name: "APP_DELETE_ERROR", message: { "zh": "删除应用失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "app", deprecated: false, args: [] }],
  [10211, { name: "APP_RAMP_PARAM_ERROR", message: { "zh": "扩/缩容参数不合法" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "app", deprecated: false, args: [] }],
  [10212, { name: "APP_RAMPUP_ERROR", message: { "zh": "扩容失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "app", deprecated: false, args: [] }],
  [10213, { name: "APP_DATA_ERROR", message: { "zh": "data路径参数错误" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "app", deprecated: false, args: [] }],
  [10214, { name: "APP_LOG_ERROR", message: { "zh": "log路径参数错误" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "app", deprecated: false, args: [] }],
  [10215, { name: "APP_CMD_EMPTY", message: { "zh": "未设置启动命令" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "app", deprecated: false, args: [] }],
  [10220, { name: "SUBMITTING_IN_PROGRESS", message: { "zh": "提交中暂时不能删除" }, description: undefined, solution: undefined, http: 409, severity: "error", grpc: "ALREADY_EXISTS", retryable: true, group: "app", deprecated: false, args: [] }],
  [10301, { name: "INVALID_INSTANCE_NUMBER", message: { "zh": "挂载云盘时实例数目必须为1" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10302, { name: "INVALID_VOL_PARAMETER", message: { "zh": "参数不合法" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10303, { name: "MOUNT_POINT_NOT_FOUND", message: { "zh": "挂载参数中缺少挂载路径" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10304, { name: "INVALID_MOUNT_POINT_FORMAT", message: { "zh": "挂载路径格式错误" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10305, { name: "MOUNT_POINT_DUPLICATED", message: { "zh": "应用的多个云盘的挂载路径重复" }, description: undefined, solution: undefined, http: 409, severity: "error", grpc: "ALREADY_EXISTS", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10306, { name: "VOL_UNAVAILABLE", message: { "zh": "云盘不可用" }, description: undefined, solution: undefined, http: 409, severity: "error", grpc: "ALREADY_EXISTS", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10307, { name: "VOL_SET_STATUS_ERROR", message: { "zh": "修改云盘状态失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10308, { name: "VOL_ATTACH_FAILED", message: { "zh": "挂载云盘异常" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10309, { name: "VOL_NAME_IS_NULL", message: { "zh": "云硬盘名称不能为空" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10310, { name: "VOL_NAME_CONFLICT", message: { "zh": "云硬盘名称已存在" }, description: undefined, solution: undefined, http: 409, severity: "error", grpc: "ALREADY_EXISTS", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10311, { name: "VOL_DELETE_FAILED", message: { "zh": "删除云硬盘异常" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10312, { name: "VOL_CREATE_FAILED", message: { "zh": "创建云硬盘异常" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10313, { name: "VOL_LIST_FAILED", message: { "zh": "获取云硬盘列表异常" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10314, { name: "VOL_GET_FAILED", message: { "zh": "获取云硬盘信息异常" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10315, { name: "VOL_DETACH_FAILED", message: { "zh": "卸载云硬盘异常" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10316, { name: "VOL_EXT_BAD_SIZE", message: { "zh": "云硬盘扩容后容量必须大于当前容量" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10317, { name: "VOL_EXT_EXCEED_QUOTA", message: { "zh": "超出云硬盘容量配额，暂时无法进行扩容" }, description: undefined, solution: undefined, http: 403, severity: "error", grpc: "PERMISSION_DENIED", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10318, { name: "VOL_EXT_BAD_VOL_STATUS", message: { "zh": "云硬盘当前状态不支持扩容操作" }, description: undefined, solution: undefined, http: 409, severity: "error", grpc: "ALREADY_EXISTS", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10319, { name: "VOL_EXT_FAILED", message: { "zh": "云硬盘扩容操作异常" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10320, { name: "VOL_EXT_CONTINUE", message: { "zh": "正在为您扩容云硬盘" }, description: undefined, solution: undefined, http: 409, severity: "info", grpc: "ALREADY_EXISTS", retryable: true, group: "volume", deprecated: false, args: [] }],
  [10321, { name: "VOL_EXT_USED_BY_EXPLORER", message: { "zh": "云硬盘正被资源管理器占用中，暂不支持扩容" }, description: undefined, solution: undefined, http: 409, severity: "error", grpc: "ALREADY_EXISTS", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10322, { name: "VOL_EXT_ALREADY_EXTENDING", message: { "zh": "云硬盘正在扩容中，当前扩容结束后，才能进行再次扩容" }, description: undefined, solution: undefined, http: 409, severity: "error", grpc: "ALREADY_EXISTS", retryable: true, group: "volume", deprecated: false, args: [] }],
  [10323, { name: "VOL_EXT_BAD_APP_STATUS", message: { "zh": "应用处于非运行状态或应用状态异常，暂无法扩容云盘" }, description: undefined, solution: undefined, http: 409, severity: "error", grpc: "ALREADY_EXISTS", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10324, { name: "VOL_EXT_FAILED_EXTENDER", message: { "zh": "云硬盘离线扩容器启动异常" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10325, { name: "VOL_EXP_FAILED_EXPLORER", message: { "zh": "云硬盘资源管理器启动异常" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10326, { name: "VOL_EXP_WAIT", message: { "zh": "云硬盘资源管理器正在启动" }, description: undefined, solution: undefined, http: 503, severity: "info", grpc: "UNAVAILABLE", retryable: true, group: "volume", deprecated: false, args: [] }],
  [10327, { name: "VOL_EXP_VOL_BUSY", message: { "zh": "云硬盘正被其他应用使用中，暂无法启动资源管理器" }, description: undefined, solution: undefined, http: 409, severity: "error", grpc: "ALREADY_EXISTS", retryable: true, group: "volume", deprecated: false, args: [] }],
  [10328, { name: "VOL_EXP_READY", message: { "zh": "云硬盘资源管理器启动成功" }, description: undefined, solution: undefined, http: 409, severity: "info", grpc: "ALREADY_EXISTS", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10329, { name: "VOL_UPDATE_FAILED", message: { "zh": "云硬盘更新异常" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10330, { name: "VOL_METADATA_GET_FAILED", message: { "zh": "云硬盘Metadata获取失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10331, { name: "VOL_SS_CREATE_FAILED", message: { "zh": "云硬盘快照创建异常" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10332, { name: "VOL_SS_UPDATE_FAILED", message: { "zh": "编辑云硬盘快照异常" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10333, { name: "VOL_SS_DELETE_FAILED", message: { "zh": "删除云硬盘快照异常" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10334, { name: "VOL_SS_GET_FAILED", message: { "zh": "获取云硬盘快照异常" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10335, { name: "VOL_SS_LIST_FAILED", message: { "zh": "获取云硬盘快照列表异常" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10336, { name: "VOL_SERVER_ATTACHMENT_GET_FAILED", message: { "zh": "获取云主机云硬盘挂载信息异常" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10337, { name: "VOL_SERVER_ATTACHMENT_LIST_FAILED", message: { "zh": "获取云主机云硬盘挂载信息列表异常" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10338, { name: "ALL_DEDICATED_VOLUME_EXPIRED", message: { "zh": "app所有内置云盘都过期" }, description: undefined, solution: undefined, http: 410, severity: "error", grpc: "FAILED_PRECONDITION", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10339, { name: "DEDICATED_VOL_EXPIRED", message: { "zh": "instance的内置云盘过期" }, description: undefined, solution: undefined, http: 410, severity: "error", grpc: "FAILED_PRECONDITION", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10340, { name: "VOL_EXT_BAD_APP_INSTANCE_STATUS", message: { "zh": "应用处于非运行状态或应用状态异常，暂无法扩容云盘" }, description: undefined, solution: undefined, http: 409, severity: "error", grpc: "ALREADY_EXISTS", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10341, { name: "VOL_ALREADY_ATTACHED", message: { "zh": "云硬盘已经挂载到了其他应用" }, description: undefined, solution: undefined, http: 409, severity: "error", grpc: "ALREADY_EXISTS", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10342, { name: "VOL_ROLLBACK_FAILED", message: { "zh": "云硬盘回滚到指定快照失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10343, { name: "VOL_CHECK_EXISTS_FAILED", message: { "zh": "检查云盘是否存在失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10344, { name: "VOL_NOT_EXISTS", message: { "zh": "云盘不存在" }, description: undefined, solution: undefined, http: 404, severity: "error", grpc: "NOT_FOUND", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10345, { name: "VOL_GET_USAGE_FAILED", message: { "zh": "获取云盘使用状态失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10346, { name: "VOL_SS_NAME_IS_NULL", message: { "zh": "云硬盘快照名称不能为空" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10347, { name: "VOL_SS_NAME_CONFLICT", message: { "zh": "云硬盘快照名称已存在" }, description: undefined, solution: undefined, http: 409, severity: "error", grpc: "ALREADY_EXISTS", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10348, { name: "VOL_FS_IS_NULL", message: { "zh": "云硬盘文件系统类型不能为空" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10349, { name: "VOL_FS_UNSUPPORTED", message: { "zh": "云硬盘不支持该类型文件系统" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10350, { name: "VOL_SUM_LIST_FAILED", message: { "zh": "获取云硬盘列表异常" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10351, { name: "VOL_SS_DELETE_VOL_EXIST", message: { "zh": "存在以该快照为源的云硬盘，该快照暂不能删除" }, description: undefined, solution: undefined, http: 409, severity: "error", grpc: "ALREADY_EXISTS", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10352, { name: "VOL_EXPLORER_SHUTDOWN_FAILED", message: { "zh": "资源管理器关闭失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10353, { name: "VOL_EXPLORER_STOPPING", message: { "zh": "资源管理器正在关闭中" }, description: undefined, solution: undefined, http: 409, severity: "error", grpc: "ALREADY_EXISTS", retryable: true, group: "volume", deprecated: false, args: [] }],
  [10354, { name: "VOL_DELETE_SS_EXIST_FAILED", message: { "zh": "禁止删除该云硬盘，存在依赖的快照" }, description: undefined, solution: undefined, http: 409, severity: "error", grpc: "ALREADY_EXISTS", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10355, { name: "VOL_BAD_NAME", message: { "zh": "云硬盘名字不合法" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10356, { name: "VOL_SS_BAD_NAME", message: { "zh": "云硬盘快照名字不合法" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "volume", deprecated: false, args: [] }],
  [10501, { name: "QUOTA_PROJECT_EXIST", message: { "zh": "该项目的QUOTA已经存在" }, description: undefined, solution: undefined, http: 409, severity: "error", grpc: "ALREADY_EXISTS", retryable: false, group: "quota_project", deprecated: false, args: [] }],
  [10509, { name: "PROJECT_NOT_EXIST", message: { "zh": "业务不存在" }, description: undefined, solution: undefined, http: 404, severity: "error", grpc: "NOT_FOUND", retryable: false, group: "quota_project", deprecated: false, args: [] }],
  [10601, { name: "YAML_SYNTAX_ERROR", message: { "zh": "YAML文件语法错误" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "stack", deprecated: false, args: [] }],
  [10602, { name: "SYNTAX_NOT_SUPPORT", message: { "zh": "部分语法不支持" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "stack", deprecated: false, args: [] }],
  [10603, { name: "STACK_NOT_FOUND", message: { "zh": "未找到操作的应用编排" }, description: undefined, solution: undefined, http: 404, severity: "error", grpc: "NOT_FOUND", retryable: false, group: "stack", deprecated: false, args: [] }],
  [10604, { name: "STACK_NAME_DUPLICATED", message: { "zh": "编排名重复" }, description: undefined, solution: undefined, http: 409, severity: "error", grpc: "ALREADY_EXISTS", retryable: false, group: "stack", deprecated: false, args: [] }],
  [10605, { name: "YAML_NAME_DUPLICATED", message: { "zh": "YAML文件名称重复" }, description: undefined, solution: undefined, http: 409, severity: "error", grpc: "ALREADY_EXISTS", retryable: false, group: "stack", deprecated: false, args: [] }],
  [10606, { name: "STACK_NAME_ERROR", message: { "zh": "编排名称错误" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "stack", deprecated: false, args: [] }],
  [10607, { name: "YAML_NOT_FOUND", message: { "zh": "未找到操作的YAML文件" }, description: undefined, solution: undefined, http: 404, severity: "error", grpc: "NOT_FOUND", retryable: false, group: "stack", deprecated: false, args: [] }],
  [10608, { name: "VOLUME_NOT_FOUND", message: { "zh": "" }, description: undefined, solution: undefined, http: 404, severity: "error", grpc: "NOT_FOUND", retryable: false, group: "stack", deprecated: false, args: [] }],
  [10609, { name: "QUOTA_EXCEED", message: { "zh": "超出配额" }, description: undefined, solution: undefined, http: 403, severity: "error", grpc: "PERMISSION_DENIED", retryable: false, group: "stack", deprecated: false, args: [] }],
  [10610, { name: "NET_NOT_SUPPORT", message: { "zh": "网络模式不支持" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "stack", deprecated: false, args: [] }],
  [10611, { name: "IMAGE_NOT_SET", message: { "zh": "服务镜像信息未指定" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "stack", deprecated: false, args: [] }],
  [10612, { name: "PORT_FORMAT_ERROR", message: { "zh": "端口格式存在错误" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "stack", deprecated: false, args: [] }],
  [10613, { name: "DEPENDS_ERROR", message: { "zh": "存在错误的depends_on服务" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "stack", deprecated: false, args: [] }],
  [10614, { name: "DEPENDS_HAS_CYCLE", message: { "zh": "depends_on有环存在，无法启动" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "stack", deprecated: false, args: [] }],
  [10615, { name: "VOLUME_FORMAT_ERROR", message: { "zh": "VOLUME格式错误" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "stack", deprecated: false, args: [] }],
  [10616, { name: "YAML_NAME_ERROR", message: { "zh": "YAML文件名错误" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "stack", deprecated: false, args: [] }],
  [10617, { name: "VOLUME_REUSE_ERROR", message: { "zh": "重复使用同一个云盘" }, description: undefined, solution: undefined, http: 409, severity: "error", grpc: "ALREADY_EXISTS", retryable: false, group: "stack", deprecated: false, args: [] }],
  [10618, { name: "RESOURCE_ERROR", message: { "zh": "memory或cpu设置不正确" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "stack", deprecated: false, args: [] }],
  [10619, { name: "MOUNT_ERROR", message: { "zh": "重复挂载到同一个目录" }, description: undefined, solution: undefined, http: 409, severity: "error", grpc: "ALREADY_EXISTS", retryable: false, group: "stack", deprecated: false, args: [] }],
  [10620, { name: "MOUNT_ABS_ERROR", message: { "zh": "挂载路径应该是绝对路径" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "stack", deprecated: false, args: [] }],
  [10911, { name: "CONFIGMAP_NAME_DUPLICATED", message: { "zh": "应用配置名称已存在" }, description: undefined, solution: undefined, http: 409, severity: "error", grpc: "ALREADY_EXISTS", retryable: false, group: "configmap", deprecated: false, args: [] }],
  [10912, { name: "CONFIGMAP_NAME_ERROR", message: { "zh": "应用配置名称不合法" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "configmap", deprecated: false, args: [] }],
  [10913, { name: "CONFIGMAP_KEY_NAME_ERROR", message: { "zh": "应用配置项名称不合法" }, description: undefined, solution: undefined, http: 400, severity: "error", grpc: "INVALID_ARGUMENT", retryable: false, group: "configmap", deprecated: false, args: [] }],
]);

const BY_NAME: ReadonlyMap<string, ApiSwitchError> = new Map<string, ApiSwitchError>([
  ["ILLEGAL_PARAMETER", 10001],
  ["SERVER_NOT_FOUND", 10002],
  ["ITEM_NOT_FOUND", 10003],
  ["INTERNAL_ERROR", 10004],
  ["BADREQUEST", 10005],
  ["FORBIDDEN", 10006],
  ["TOKEN_INVALID", 10101],
  ["APP_NAME_DUPLICATED", 10202],
  ["APP_NAME_ERROR", 10203],
  ["APP_NAME_EMPTY", 10204],
  ["APP_NOT_FOUND", 10205],
  ["APP_SUBMIT_ERROR", 10206],
  ["APP_STATE_ERROR", 10207],
  ["APP_PORT_NOT_FOUND", 10208],
  ["APP_KILL_ERROR", 10209],
  ["APP_DELETE_ERROR", 10210],
  ["APP_RAMP_PARAM_ERROR", 10211],
  ["APP_RAMPUP_ERROR", 10212],
  ["APP_DATA_ERROR", 10213],
  ["APP_LOG_ERROR", 10214],
  ["APP_CMD_EMPTY", 10215],
  ["SUBMITTING_IN_PROGRESS", 10220],
  ["INVALID_INSTANCE_NUMBER", 10301],
  ["INVALID_VOL_PARAMETER", 10302],
  ["MOUNT_POINT_NOT_FOUND", 10303],
  ["INVALID_MOUNT_POINT_FORMAT", 10304],
  ["MOUNT_POINT_DUPLICATED", 10305],
  ["VOL_UNAVAILABLE", 10306],
  ["VOL_SET_STATUS_ERROR", 10307],
  ["VOL_ATTACH_FAILED", 10308],
  ["VOL_NAME_IS_NULL", 10309],
  ["VOL_NAME_CONFLICT", 10310],
  ["VOL_DELETE_FAILED", 10311],
  ["VOL_CREATE_FAILED", 10312],
  ["VOL_LIST_FAILED", 10313],
  ["VOL_GET_FAILED", 10314],
  ["VOL_DETACH_FAILED", 10315],
  ["VOL_EXT_BAD_SIZE", 10316],
  ["VOL_EXT_EXCEED_QUOTA", 10317],
  ["VOL_EXT_BAD_VOL_STATUS", 10318],
  ["VOL_EXT_FAILED", 10319],
  ["VOL_EXT_CONTINUE", 10320],
  ["VOL_EXT_USED_BY_EXPLORER", 10321],
  ["VOL_EXT_ALREADY_EXTENDING", 10322],
  ["VOL_EXT_BAD_APP_STATUS", 10323],
  ["VOL_EXT_FAILED_EXTENDER", 10324],
  ["VOL_EXP_FAILED_EXPLORER", 10325],
  ["VOL_EXP_WAIT", 10326],
  ["VOL_EXP_VOL_BUSY", 10327],
  ["VOL_EXP_READY", 10328],
  ["VOL_UPDATE_FAILED", 10329],
  ["VOL_METADATA_GET_FAILED", 10330],
  ["VOL_SS_CREATE_FAILED", 10331],
  ["VOL_SS_UPDATE_FAILED", 10332],
  ["VOL_SS_DELETE_FAILED", 10333],
  ["VOL_SS_GET_FAILED", 10334],
  ["VOL_SS_LIST_FAILED", 10335],
  ["VOL_SERVER_ATTACHMENT_GET_FAILED", 10336],
  ["VOL_SERVER_ATTACHMENT_LIST_FAILED", 10337],
  ["ALL_DEDICATED_VOLUME_EXPIRED", 10338],
  ["DEDICATED_VOL_EXPIRED", 10339],
  ["VOL_EXT_BAD_APP_INSTANCE_STATUS", 10340],
  ["VOL_ALREADY_ATTACHED", 10341],
  ["VOL_ROLLBACK_FAILED", 10342],
  ["VOL_CHECK_EXISTS_FAILED", 10343],
  ["VOL_NOT_EXISTS", 10344],
  ["VOL_GET_USAGE_FAILED", 10345],
  ["VOL_SS_NAME_IS_NULL", 10346],
  ["VOL_SS_NAME_CONFLICT", 10347],
  ["VOL_FS_IS_NULL", 10348],
  ["VOL_FS_UNSUPPORTED", 10349],
  ["VOL_SUM_LIST_FAILED", 10350],
  ["VOL_SS_DELETE_VOL_EXIST", 10351],
  ["VOL_EXPLORER_SHUTDOWN_FAILED", 10352],
  ["VOL_EXPLORER_STOPPING", 10353],
  ["VOL_DELETE_SS_EXIST_FAILED", 10354],
  ["VOL_BAD_NAME", 10355],
  ["VOL_SS_BAD_NAME", 10356],
  ["QUOTA_PROJECT_EXIST", 10501],
  ["PROJECT_NOT_EXIST", 10509],
  ["YAML_SYNTAX_ERROR", 10601],
  ["SYNTAX_NOT_SUPPORT", 10602],
  ["STACK_NOT_FOUND", 10603],
  ["STACK_NAME_DUPLICATED", 10604],
  ["YAML_NAME_DUPLICATED", 10605],
  ["STACK_NAME_ERROR", 10606],
  ["YAML_NOT_FOUND", 10607],
  ["VOLUME_NOT_FOUND", 10608],
  ["QUOTA_EXCEED", 10609],
  ["NET_NOT_SUPPORT", 10610],
  ["IMAGE_NOT_SET", 10611],
  ["PORT_FORMAT_ERROR", 10612],
  ["DEPENDS_ERROR", 10613],
  ["DEPENDS_HAS_CYCLE", 10614],
  ["VOLUME_FORMAT_ERROR", 10615],
  ["YAML_NAME_ERROR", 10616],
  ["VOLUME_REUSE_ERROR", 10617],
  ["RESOURCE_ERROR", 10618],
  ["MOUNT_ERROR", 10619],
  ["MOUNT_ABS_ERROR", 10620],
  ["CONFIGMAP_NAME_DUPLICATED", 10911],
  ["CONFIGMAP_NAME_ERROR", 10912],
  ["CONFIGMAP_KEY_NAME_ERROR", 10913],
]);

/** The result of a lookup by code: a code of the catalog, or an unknown one. */
export type Lookup =
  | { readonly known: true; readonly code: ApiSwitchError; readonly facts: Facts }
  | { readonly known: false; readonly code: number };

/** `code` as a code of the catalog; an unknown code gives `{ known: false }`, never an exception. */
export function fromCode(code: number): Lookup {
  const facts = FACTS.get(code);
  return facts === undefined ? { known: false, code } : { known: true, code: code as ApiSwitchError, facts };
}

/** Whether `code` is a code of the catalog. */
export function isApiSwitchError(code: number): code is ApiSwitchError {
  return FACTS.has(code);
}

/** The code named `name` (the catalog's name, or the variant's), if there is one. */
export function fromName(name: string): ApiSwitchError | undefined {
  return BY_NAME.get(name);
}

/** What the catalog says about `code`. */
export function facts(code: ApiSwitchError): Facts {
  return FACTS.get(code) as Facts;
}

function language(lang: string | undefined): Language {
  return (LANGUAGES as readonly string[]).includes(lang ?? "") ? (lang as Language) : LANGUAGES[0];
}

/** The code's name. */
export function name(code: ApiSwitchError): string {
  return facts(code).name;
}

/** The message in `lang` (the default language for another). */
export function message(code: ApiSwitchError, lang?: string): string {
  return facts(code).message[language(lang)];
}

/** The description in `lang`, if the code has one. */
export function description(code: ApiSwitchError, lang?: string): string | undefined {
  return facts(code).description?.[language(lang)];
}

/** The cause and remedy in `lang`, if the code has them. */
export function solution(code: ApiSwitchError, lang?: string): string | undefined {
  return facts(code).solution?.[language(lang)];
}

/** The HTTP status the code maps to. */
export function httpStatus(code: ApiSwitchError): number {
  return facts(code).http;
}

/** How serious the code is. */
export function severity(code: ApiSwitchError): Severity {
  return facts(code).severity;
}

/** The gRPC code the error travels with. */
export function grpcCode(code: ApiSwitchError): GrpcCode {
  return facts(code).grpc;
}

/** Whether trying again may succeed. */
export function isRetryable(code: ApiSwitchError): boolean {
  return facts(code).retryable;
}

/** The code's group, if the catalog has groups. */
export function group(code: ApiSwitchError): GroupName | undefined {
  return facts(code).group;
}

/** An error body as the service sends it, its code looked up. */
export interface Body {
  readonly code: Lookup;
  readonly message: string;
}

function record(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Reads an error body (`JSON.parse` of the response); `undefined` if it is not one. */
export function parseBody(value: unknown): Body | undefined {
  const body = record(value);
  if (body === undefined) return undefined;
  const raw = body["Code"];
  const code = typeof raw === "number" && Number.isInteger(raw) ? raw : undefined;
  const text = body["Message"];
  if (code === undefined || typeof text !== "string") return undefined;
  let parsed: Body = { code: fromCode(code), message: text };
  return parsed;
}

/** An RFC 9457 problem (`application/problem+json`) for a catalog error. */
export interface Problem {
  readonly code: Lookup;
  readonly title: string;
  readonly status: number;
  readonly type?: string;
  readonly detail?: string;
  readonly instance?: string;
  /** The extension members besides `code` and the catalog's `problem.members`: the error's arguments. */
  readonly args: Readonly<Record<string, unknown>>;
}

const PROBLEM_MEMBERS: readonly string[] = ["type", "title", "status", "detail", "instance", "code"];

/** Reads a problem; `undefined` if it is not one with a code. */
export function parseProblem(value: unknown): Problem | undefined {
  const problem = record(value);
  if (problem === undefined) return undefined;
  const raw = problem["code"];
  const code = typeof raw === "number" && Number.isInteger(raw) ? raw : undefined;
  const { title, status, type, detail, instance } = problem;
  if (code === undefined || typeof title !== "string" || typeof status !== "number") return undefined;
  const args: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(problem)) {
    if (!PROBLEM_MEMBERS.includes(key)) args[key] = member;
  }
  return {
    code: fromCode(code),
    title,
    status,
    ...(typeof type === "string" ? { type } : {}),
    ...(typeof detail === "string" ? { detail } : {}),
    ...(typeof instance === "string" ? { instance } : {}),
    args,
  };
}

/** The arguments of each code that declares them. */
export interface ArgsOf {
}

/** A text with its `{placeholders}` replaced by `args` (`{{` and `}}` are braces). */
function render(template: string, args: Readonly<Record<string, unknown>>): string {
  let out = "";
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    const next = template[i + 1];
    if ((c === "{" && next === "{") || (c === "}" && next === "}")) {
      out += c;
      i++;
    } else if (c === "{") {
      const end = template.indexOf("}", i);
      const key = template.slice(i + 1, end);
      out += Object.prototype.hasOwnProperty.call(args, key) ? String(args[key]) : template.slice(i, end + 1);
      i = end;
    } else {
      out += c;
    }
  }
  return out;
}

/** The message of a code with arguments, in `lang`, with its arguments in place. */
export function renderMessage<C extends keyof ArgsOf>(code: C, args: ArgsOf[C], lang?: string): string {
  return render(message(code as unknown as ApiSwitchError, lang), args as unknown as Readonly<Record<string, unknown>>);
}
/** The domain of the google.rpc.ErrorInfo the catalog's errors carry over gRPC. */
export const DOMAIN = "ApiSwitchError";

const ARG_TYPES: ReadonlyMap<number, readonly (readonly [string, string])[]> = new Map<number, readonly (readonly [string, string])[]>([
]);

/** A catalog error read from a google.rpc.ErrorInfo. */
export interface Decoded {
  readonly code: ApiSwitchError;
  /** The arguments whose values parse as their catalog type. */
  readonly args: Readonly<Record<string, unknown>>;
  /** The sender's answer when it gave one, else the code's. */
  readonly retryable: boolean;
}

function argument(type: string, text: string | undefined): unknown {
  if (text === undefined) return undefined;
  if (type === "string") return text;
  if (type === "bool") return text === "true" ? true : text === "false" ? false : undefined;
  if (type === "f64") return /^-?[0-9.eE+-]+$|^(NaN|-?inf)$/.test(text) ? Number(text) : undefined;
  if (!/^-?[0-9]+$/.test(text)) return undefined;
  const big = BigInt(text);
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(text) : big;
}

/** The catalog error a google.rpc.ErrorInfo describes (`reason` is for people; the `code` metadata names the error); `undefined` for another domain or an unknown code. */
export function fromErrorInfo(reason: string, domain: string, metadata: Readonly<Record<string, string>>): Decoded | undefined {
  void reason;
  const raw = metadata["code"];
  if (domain !== DOMAIN || raw === undefined) return undefined;
  const number: number | undefined = /^-?[0-9]+$/.test(raw) ? Number(raw) : undefined;
  if (number === undefined) return undefined;
  const found = fromCode(number);
  if (!found.known) return undefined;
  const args: Record<string, unknown> = {};
  for (const [name, type] of ARG_TYPES.get(number) ?? []) {
    const value = argument(type, metadata[name]);
    if (value !== undefined) args[name] = value;
  }
  const flag = metadata["retryable"];
  const retryable = flag === "true" ? true : flag === "false" ? false : found.facts.retryable;
  return { code: found.code, args, retryable };
}

