// errcat: generated from examples/catalogs/api_switch.yaml by `errcat expand examples/catalogs/api_switch.yaml`; catalog d30b047912c3d407, body f13ad86212182c92; edit the catalog and run the command again, not this file
const _: () = ::errcat::__private::GENERATED_FOR_ERRCAT_0_1;
const _: () = ::core::assert!(
    ::errcat::__private::fingerprint(::core::include_bytes!(::core::concat!(::core::env!("CARGO_MANIFEST_DIR"),
    "/examples/catalogs/api_switch.yaml"))) == 0xd30b_0479_12c3_d407_u64,
    "errcat: examples/catalogs/api_switch.yaml changed since this file was generated from it; run `errcat expand examples/catalogs/api_switch.yaml` again"
);
/**API Switch 错误码

Languages: `zh` (default). An entry that does not say otherwise (nor does its group) has HTTP status `500` and severity `error`. `Display` writes `{message}`. With errcat's `serde` feature, a value serializes as its code.

| Group | Codes | Entries | HTTP | Severity | Description |
|---|---|---:|---:|---|---|
| `general` | `10000..=10099` | 6 | `500` | `error` | 通用错误 (100xx) |
| `token` | `10100..=10199` | 1 | `500` | `error` | TOKEN (101xx) |
| `app` | `10200..=10299` | 15 | `500` | `error` | 应用 (102xx) |
| `volume` | `10300..=10399` | 56 | `500` | `error` | 云硬盘与挂载 (103xx) |
| `quota_project` | `10500..=10599` | 2 | `500` | `error` | 配额与业务 (105xx) |
| `stack` | `10600..=10699` | 20 | `500` | `error` | 应用编排 (106xx) |
| `configmap` | `10900..=10999` | 3 | `500` | `error` | 应用配置 (109xx) |

# Examples

```rust,ignore
let error = ApiSwitchError::IllegalParameter;
assert_eq!(error.code(), 10001);
assert_eq!(ApiSwitchError::from_code(10001), Some(error));
```*/
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApiSwitchError {
    /**参数不合法

- Code `10001`, name `ILLEGAL_PARAMETER`, group `general` (`10000..=10099`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    IllegalParameter,
    /**未找到相应主机

- Code `10002`, name `SERVER_NOT_FOUND`, group `general` (`10000..=10099`)
- HTTP status `404`, gRPC `NOT_FOUND`, severity `error`, not retryable*/
    ServerNotFound,
    /**未找到相应条目

- Code `10003`, name `ITEM_NOT_FOUND`, group `general` (`10000..=10099`)
- HTTP status `404`, gRPC `NOT_FOUND`, severity `error`, not retryable*/
    ItemNotFound,
    /**内部错误

- Code `10004`, name `INTERNAL_ERROR`, group `general` (`10000..=10099`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    InternalError,
    /**非法请求

- Code `10005`, name `BADREQUEST`, group `general` (`10000..=10099`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    Badrequest,
    /**禁止访问

- Code `10006`, name `FORBIDDEN`, group `general` (`10000..=10099`)
- HTTP status `403`, gRPC `PERMISSION_DENIED`, severity `error`, not retryable*/
    Forbidden,
    /**TOKEN不合法

- Code `10101`, name `TOKEN_INVALID`, group `token` (`10100..=10199`)
- HTTP status `401`, gRPC `UNAUTHENTICATED`, severity `error`, not retryable*/
    TokenInvalid,
    /**应用名称已被占用

- Code `10202`, name `APP_NAME_DUPLICATED`, group `app` (`10200..=10299`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, not retryable*/
    AppNameDuplicated,
    /**应用名称不合法

- Code `10203`, name `APP_NAME_ERROR`, group `app` (`10200..=10299`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    AppNameError,
    /**应用名称为空

- Code `10204`, name `APP_NAME_EMPTY`, group `app` (`10200..=10299`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    AppNameEmpty,
    /**未找到应用

- Code `10205`, name `APP_NOT_FOUND`, group `app` (`10200..=10299`)
- HTTP status `404`, gRPC `NOT_FOUND`, severity `error`, not retryable*/
    AppNotFound,
    /**提交应用失败

- Code `10206`, name `APP_SUBMIT_ERROR`, group `app` (`10200..=10299`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    AppSubmitError,
    /**当前应用状态不允许该操作

- Code `10207`, name `APP_STATE_ERROR`, group `app` (`10200..=10299`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, not retryable*/
    AppStateError,
    /**应用端口映射未找到

- Code `10208`, name `APP_PORT_NOT_FOUND`, group `app` (`10200..=10299`)
- HTTP status `404`, gRPC `NOT_FOUND`, severity `error`, not retryable*/
    AppPortNotFound,
    /**终止应用失败

- Code `10209`, name `APP_KILL_ERROR`, group `app` (`10200..=10299`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    AppKillError,
    /**删除应用失败

- Code `10210`, name `APP_DELETE_ERROR`, group `app` (`10200..=10299`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    AppDeleteError,
    /**扩/缩容参数不合法

- Code `10211`, name `APP_RAMP_PARAM_ERROR`, group `app` (`10200..=10299`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    AppRampParamError,
    /**扩容失败

- Code `10212`, name `APP_RAMPUP_ERROR`, group `app` (`10200..=10299`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    AppRampupError,
    /**data路径参数错误

- Code `10213`, name `APP_DATA_ERROR`, group `app` (`10200..=10299`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    AppDataError,
    /**log路径参数错误

- Code `10214`, name `APP_LOG_ERROR`, group `app` (`10200..=10299`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    AppLogError,
    /**未设置启动命令

- Code `10215`, name `APP_CMD_EMPTY`, group `app` (`10200..=10299`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    AppCmdEmpty,
    /**提交中暂时不能删除

- Code `10220`, name `SUBMITTING_IN_PROGRESS`, group `app` (`10200..=10299`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, retryable*/
    SubmittingInProgress,
    /**挂载云盘时实例数目必须为1

- Code `10301`, name `INVALID_INSTANCE_NUMBER`, group `volume` (`10300..=10399`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    InvalidInstanceNumber,
    /**参数不合法

- Code `10302`, name `INVALID_VOL_PARAMETER`, group `volume` (`10300..=10399`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    InvalidVolParameter,
    /**挂载参数中缺少挂载路径

- Code `10303`, name `MOUNT_POINT_NOT_FOUND`, group `volume` (`10300..=10399`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    MountPointNotFound,
    /**挂载路径格式错误

- Code `10304`, name `INVALID_MOUNT_POINT_FORMAT`, group `volume` (`10300..=10399`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    InvalidMountPointFormat,
    /**应用的多个云盘的挂载路径重复

- Code `10305`, name `MOUNT_POINT_DUPLICATED`, group `volume` (`10300..=10399`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, not retryable*/
    MountPointDuplicated,
    /**云盘不可用

- Code `10306`, name `VOL_UNAVAILABLE`, group `volume` (`10300..=10399`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, not retryable*/
    VolUnavailable,
    /**修改云盘状态失败

- Code `10307`, name `VOL_SET_STATUS_ERROR`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolSetStatusError,
    /**挂载云盘异常

- Code `10308`, name `VOL_ATTACH_FAILED`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolAttachFailed,
    /**云硬盘名称不能为空

- Code `10309`, name `VOL_NAME_IS_NULL`, group `volume` (`10300..=10399`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    VolNameIsNull,
    /**云硬盘名称已存在

- Code `10310`, name `VOL_NAME_CONFLICT`, group `volume` (`10300..=10399`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, not retryable*/
    VolNameConflict,
    /**删除云硬盘异常

- Code `10311`, name `VOL_DELETE_FAILED`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolDeleteFailed,
    /**创建云硬盘异常

- Code `10312`, name `VOL_CREATE_FAILED`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolCreateFailed,
    /**获取云硬盘列表异常

- Code `10313`, name `VOL_LIST_FAILED`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolListFailed,
    /**获取云硬盘信息异常

- Code `10314`, name `VOL_GET_FAILED`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolGetFailed,
    /**卸载云硬盘异常

- Code `10315`, name `VOL_DETACH_FAILED`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolDetachFailed,
    /**云硬盘扩容后容量必须大于当前容量

- Code `10316`, name `VOL_EXT_BAD_SIZE`, group `volume` (`10300..=10399`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    VolExtBadSize,
    /**超出云硬盘容量配额，暂时无法进行扩容

- Code `10317`, name `VOL_EXT_EXCEED_QUOTA`, group `volume` (`10300..=10399`)
- HTTP status `403`, gRPC `PERMISSION_DENIED`, severity `error`, not retryable*/
    VolExtExceedQuota,
    /**云硬盘当前状态不支持扩容操作

- Code `10318`, name `VOL_EXT_BAD_VOL_STATUS`, group `volume` (`10300..=10399`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, not retryable*/
    VolExtBadVolStatus,
    /**云硬盘扩容操作异常

- Code `10319`, name `VOL_EXT_FAILED`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolExtFailed,
    /**正在为您扩容云硬盘

- Code `10320`, name `VOL_EXT_CONTINUE`, group `volume` (`10300..=10399`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `info`, retryable*/
    VolExtContinue,
    /**云硬盘正被资源管理器占用中，暂不支持扩容

- Code `10321`, name `VOL_EXT_USED_BY_EXPLORER`, group `volume` (`10300..=10399`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, not retryable*/
    VolExtUsedByExplorer,
    /**云硬盘正在扩容中，当前扩容结束后，才能进行再次扩容

- Code `10322`, name `VOL_EXT_ALREADY_EXTENDING`, group `volume` (`10300..=10399`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, retryable*/
    VolExtAlreadyExtending,
    /**应用处于非运行状态或应用状态异常，暂无法扩容云盘

- Code `10323`, name `VOL_EXT_BAD_APP_STATUS`, group `volume` (`10300..=10399`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, not retryable*/
    VolExtBadAppStatus,
    /**云硬盘离线扩容器启动异常

- Code `10324`, name `VOL_EXT_FAILED_EXTENDER`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolExtFailedExtender,
    /**云硬盘资源管理器启动异常

- Code `10325`, name `VOL_EXP_FAILED_EXPLORER`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolExpFailedExplorer,
    /**云硬盘资源管理器正在启动

- Code `10326`, name `VOL_EXP_WAIT`, group `volume` (`10300..=10399`)
- HTTP status `503`, gRPC `UNAVAILABLE`, severity `info`, retryable*/
    VolExpWait,
    /**云硬盘正被其他应用使用中，暂无法启动资源管理器

- Code `10327`, name `VOL_EXP_VOL_BUSY`, group `volume` (`10300..=10399`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, retryable*/
    VolExpVolBusy,
    /**云硬盘资源管理器启动成功

- Code `10328`, name `VOL_EXP_READY`, group `volume` (`10300..=10399`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `info`, not retryable*/
    VolExpReady,
    /**云硬盘更新异常

- Code `10329`, name `VOL_UPDATE_FAILED`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolUpdateFailed,
    /**云硬盘Metadata获取失败

- Code `10330`, name `VOL_METADATA_GET_FAILED`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolMetadataGetFailed,
    /**云硬盘快照创建异常

- Code `10331`, name `VOL_SS_CREATE_FAILED`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolSsCreateFailed,
    /**编辑云硬盘快照异常

- Code `10332`, name `VOL_SS_UPDATE_FAILED`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolSsUpdateFailed,
    /**删除云硬盘快照异常

- Code `10333`, name `VOL_SS_DELETE_FAILED`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolSsDeleteFailed,
    /**获取云硬盘快照异常

- Code `10334`, name `VOL_SS_GET_FAILED`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolSsGetFailed,
    /**获取云硬盘快照列表异常

- Code `10335`, name `VOL_SS_LIST_FAILED`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolSsListFailed,
    /**获取云主机云硬盘挂载信息异常

- Code `10336`, name `VOL_SERVER_ATTACHMENT_GET_FAILED`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolServerAttachmentGetFailed,
    /**获取云主机云硬盘挂载信息列表异常

- Code `10337`, name `VOL_SERVER_ATTACHMENT_LIST_FAILED`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolServerAttachmentListFailed,
    /**app所有内置云盘都过期

- Code `10338`, name `ALL_DEDICATED_VOLUME_EXPIRED`, group `volume` (`10300..=10399`)
- HTTP status `410`, gRPC `FAILED_PRECONDITION`, severity `error`, not retryable*/
    AllDedicatedVolumeExpired,
    /**instance的内置云盘过期

- Code `10339`, name `DEDICATED_VOL_EXPIRED`, group `volume` (`10300..=10399`)
- HTTP status `410`, gRPC `FAILED_PRECONDITION`, severity `error`, not retryable*/
    DedicatedVolExpired,
    /**应用处于非运行状态或应用状态异常，暂无法扩容云盘

- Code `10340`, name `VOL_EXT_BAD_APP_INSTANCE_STATUS`, group `volume` (`10300..=10399`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, not retryable*/
    VolExtBadAppInstanceStatus,
    /**云硬盘已经挂载到了其他应用

- Code `10341`, name `VOL_ALREADY_ATTACHED`, group `volume` (`10300..=10399`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, not retryable*/
    VolAlreadyAttached,
    /**云硬盘回滚到指定快照失败

- Code `10342`, name `VOL_ROLLBACK_FAILED`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolRollbackFailed,
    /**检查云盘是否存在失败

- Code `10343`, name `VOL_CHECK_EXISTS_FAILED`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolCheckExistsFailed,
    /**云盘不存在

- Code `10344`, name `VOL_NOT_EXISTS`, group `volume` (`10300..=10399`)
- HTTP status `404`, gRPC `NOT_FOUND`, severity `error`, not retryable*/
    VolNotExists,
    /**获取云盘使用状态失败

- Code `10345`, name `VOL_GET_USAGE_FAILED`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolGetUsageFailed,
    /**云硬盘快照名称不能为空

- Code `10346`, name `VOL_SS_NAME_IS_NULL`, group `volume` (`10300..=10399`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    VolSsNameIsNull,
    /**云硬盘快照名称已存在

- Code `10347`, name `VOL_SS_NAME_CONFLICT`, group `volume` (`10300..=10399`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, not retryable*/
    VolSsNameConflict,
    /**云硬盘文件系统类型不能为空

- Code `10348`, name `VOL_FS_IS_NULL`, group `volume` (`10300..=10399`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    VolFsIsNull,
    /**云硬盘不支持该类型文件系统

- Code `10349`, name `VOL_FS_UNSUPPORTED`, group `volume` (`10300..=10399`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    VolFsUnsupported,
    /**获取云硬盘列表异常

- Code `10350`, name `VOL_SUM_LIST_FAILED`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolSumListFailed,
    /**存在以该快照为源的云硬盘，该快照暂不能删除

- Code `10351`, name `VOL_SS_DELETE_VOL_EXIST`, group `volume` (`10300..=10399`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, not retryable*/
    VolSsDeleteVolExist,
    /**资源管理器关闭失败

- Code `10352`, name `VOL_EXPLORER_SHUTDOWN_FAILED`, group `volume` (`10300..=10399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    VolExplorerShutdownFailed,
    /**资源管理器正在关闭中

- Code `10353`, name `VOL_EXPLORER_STOPPING`, group `volume` (`10300..=10399`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, retryable*/
    VolExplorerStopping,
    /**禁止删除该云硬盘，存在依赖的快照

- Code `10354`, name `VOL_DELETE_SS_EXIST_FAILED`, group `volume` (`10300..=10399`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, not retryable*/
    VolDeleteSsExistFailed,
    /**云硬盘名字不合法

- Code `10355`, name `VOL_BAD_NAME`, group `volume` (`10300..=10399`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    VolBadName,
    /**云硬盘快照名字不合法

- Code `10356`, name `VOL_SS_BAD_NAME`, group `volume` (`10300..=10399`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    VolSsBadName,
    /**该项目的QUOTA已经存在

- Code `10501`, name `QUOTA_PROJECT_EXIST`, group `quota_project` (`10500..=10599`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, not retryable*/
    QuotaProjectExist,
    /**业务不存在

- Code `10509`, name `PROJECT_NOT_EXIST`, group `quota_project` (`10500..=10599`)
- HTTP status `404`, gRPC `NOT_FOUND`, severity `error`, not retryable*/
    ProjectNotExist,
    /**YAML文件语法错误

- Code `10601`, name `YAML_SYNTAX_ERROR`, group `stack` (`10600..=10699`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    YamlSyntaxError,
    /**部分语法不支持

- Code `10602`, name `SYNTAX_NOT_SUPPORT`, group `stack` (`10600..=10699`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    SyntaxNotSupport,
    /**未找到操作的应用编排

- Code `10603`, name `STACK_NOT_FOUND`, group `stack` (`10600..=10699`)
- HTTP status `404`, gRPC `NOT_FOUND`, severity `error`, not retryable*/
    StackNotFound,
    /**编排名重复

- Code `10604`, name `STACK_NAME_DUPLICATED`, group `stack` (`10600..=10699`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, not retryable*/
    StackNameDuplicated,
    /**YAML文件名称重复

- Code `10605`, name `YAML_NAME_DUPLICATED`, group `stack` (`10600..=10699`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, not retryable*/
    YamlNameDuplicated,
    /**编排名称错误

- Code `10606`, name `STACK_NAME_ERROR`, group `stack` (`10600..=10699`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    StackNameError,
    /**未找到操作的YAML文件

- Code `10607`, name `YAML_NOT_FOUND`, group `stack` (`10600..=10699`)
- HTTP status `404`, gRPC `NOT_FOUND`, severity `error`, not retryable*/
    YamlNotFound,
    /**Code 10608 (the catalog gives no message).

- Code `10608`, name `VOLUME_NOT_FOUND`, group `stack` (`10600..=10699`)
- HTTP status `404`, gRPC `NOT_FOUND`, severity `error`, not retryable*/
    VolumeNotFound,
    /**超出配额

- Code `10609`, name `QUOTA_EXCEED`, group `stack` (`10600..=10699`)
- HTTP status `403`, gRPC `PERMISSION_DENIED`, severity `error`, not retryable*/
    QuotaExceed,
    /**网络模式不支持

- Code `10610`, name `NET_NOT_SUPPORT`, group `stack` (`10600..=10699`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    NetNotSupport,
    /**服务镜像信息未指定

- Code `10611`, name `IMAGE_NOT_SET`, group `stack` (`10600..=10699`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    ImageNotSet,
    /**端口格式存在错误

- Code `10612`, name `PORT_FORMAT_ERROR`, group `stack` (`10600..=10699`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    PortFormatError,
    /**存在错误的depends\_on服务

- Code `10613`, name `DEPENDS_ERROR`, group `stack` (`10600..=10699`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    DependsError,
    /**depends\_on有环存在，无法启动

- Code `10614`, name `DEPENDS_HAS_CYCLE`, group `stack` (`10600..=10699`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    DependsHasCycle,
    /**VOLUME格式错误

- Code `10615`, name `VOLUME_FORMAT_ERROR`, group `stack` (`10600..=10699`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    VolumeFormatError,
    /**YAML文件名错误

- Code `10616`, name `YAML_NAME_ERROR`, group `stack` (`10600..=10699`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    YamlNameError,
    /**重复使用同一个云盘

- Code `10617`, name `VOLUME_REUSE_ERROR`, group `stack` (`10600..=10699`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, not retryable*/
    VolumeReuseError,
    /**memory或cpu设置不正确

- Code `10618`, name `RESOURCE_ERROR`, group `stack` (`10600..=10699`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    ResourceError,
    /**重复挂载到同一个目录

- Code `10619`, name `MOUNT_ERROR`, group `stack` (`10600..=10699`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, not retryable*/
    MountError,
    /**挂载路径应该是绝对路径

- Code `10620`, name `MOUNT_ABS_ERROR`, group `stack` (`10600..=10699`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    MountAbsError,
    /**应用配置名称已存在

- Code `10911`, name `CONFIGMAP_NAME_DUPLICATED`, group `configmap` (`10900..=10999`)
- HTTP status `409`, gRPC `ALREADY_EXISTS`, severity `error`, not retryable*/
    ConfigmapNameDuplicated,
    /**应用配置名称不合法

- Code `10912`, name `CONFIGMAP_NAME_ERROR`, group `configmap` (`10900..=10999`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    ConfigmapNameError,
    /**应用配置项名称不合法

- Code `10913`, name `CONFIGMAP_KEY_NAME_ERROR`, group `configmap` (`10900..=10999`)
- HTTP status `400`, gRPC `INVALID_ARGUMENT`, severity `error`, not retryable*/
    ConfigmapKeyNameError,
}
impl ApiSwitchError {
    /// Every entry of the catalog, in ascending code order.
    ///
    /// A crate that reads this constant makes rustc check the whole
    /// list again, which takes seconds at tens of thousands of
    /// codes; [`all`](Self::all) returns the same slice without
    /// that cost.
    pub const ALL: &'static [Self] = Self::all();
    /// Every entry of the catalog, in ascending code order: the slice
    /// [`ALL`](Self::ALL) holds.
    #[must_use]
    #[inline]
    pub const fn all() -> &'static [Self] {
        static ALL: [ApiSwitchError; 103] = {
            use ApiSwitchError::*;
            [
                IllegalParameter,
                ServerNotFound,
                ItemNotFound,
                InternalError,
                Badrequest,
                Forbidden,
                TokenInvalid,
                AppNameDuplicated,
                AppNameError,
                AppNameEmpty,
                AppNotFound,
                AppSubmitError,
                AppStateError,
                AppPortNotFound,
                AppKillError,
                AppDeleteError,
                AppRampParamError,
                AppRampupError,
                AppDataError,
                AppLogError,
                AppCmdEmpty,
                SubmittingInProgress,
                InvalidInstanceNumber,
                InvalidVolParameter,
                MountPointNotFound,
                InvalidMountPointFormat,
                MountPointDuplicated,
                VolUnavailable,
                VolSetStatusError,
                VolAttachFailed,
                VolNameIsNull,
                VolNameConflict,
                VolDeleteFailed,
                VolCreateFailed,
                VolListFailed,
                VolGetFailed,
                VolDetachFailed,
                VolExtBadSize,
                VolExtExceedQuota,
                VolExtBadVolStatus,
                VolExtFailed,
                VolExtContinue,
                VolExtUsedByExplorer,
                VolExtAlreadyExtending,
                VolExtBadAppStatus,
                VolExtFailedExtender,
                VolExpFailedExplorer,
                VolExpWait,
                VolExpVolBusy,
                VolExpReady,
                VolUpdateFailed,
                VolMetadataGetFailed,
                VolSsCreateFailed,
                VolSsUpdateFailed,
                VolSsDeleteFailed,
                VolSsGetFailed,
                VolSsListFailed,
                VolServerAttachmentGetFailed,
                VolServerAttachmentListFailed,
                AllDedicatedVolumeExpired,
                DedicatedVolExpired,
                VolExtBadAppInstanceStatus,
                VolAlreadyAttached,
                VolRollbackFailed,
                VolCheckExistsFailed,
                VolNotExists,
                VolGetUsageFailed,
                VolSsNameIsNull,
                VolSsNameConflict,
                VolFsIsNull,
                VolFsUnsupported,
                VolSumListFailed,
                VolSsDeleteVolExist,
                VolExplorerShutdownFailed,
                VolExplorerStopping,
                VolDeleteSsExistFailed,
                VolBadName,
                VolSsBadName,
                QuotaProjectExist,
                ProjectNotExist,
                YamlSyntaxError,
                SyntaxNotSupport,
                StackNotFound,
                StackNameDuplicated,
                YamlNameDuplicated,
                StackNameError,
                YamlNotFound,
                VolumeNotFound,
                QuotaExceed,
                NetNotSupport,
                ImageNotSet,
                PortFormatError,
                DependsError,
                DependsHasCycle,
                VolumeFormatError,
                YamlNameError,
                VolumeReuseError,
                ResourceError,
                MountError,
                MountAbsError,
                ConfigmapNameDuplicated,
                ConfigmapNameError,
                ConfigmapKeyNameError,
            ]
        };
        &ALL
    }
    #[doc(hidden)]
    const __ERRCAT_CODES: &'static [i32] = &[
        10001, 10002, 10003, 10004, 10005, 10006, 10101, 10202, 10203, 10204, 10205,
        10206, 10207, 10208, 10209, 10210, 10211, 10212, 10213, 10214, 10215, 10220,
        10301, 10302, 10303, 10304, 10305, 10306, 10307, 10308, 10309, 10310, 10311,
        10312, 10313, 10314, 10315, 10316, 10317, 10318, 10319, 10320, 10321, 10322,
        10323, 10324, 10325, 10326, 10327, 10328, 10329, 10330, 10331, 10332, 10333,
        10334, 10335, 10336, 10337, 10338, 10339, 10340, 10341, 10342, 10343, 10344,
        10345, 10346, 10347, 10348, 10349, 10350, 10351, 10352, 10353, 10354, 10355,
        10356, 10501, 10509, 10601, 10602, 10603, 10604, 10605, 10606, 10607, 10608,
        10609, 10610, 10611, 10612, 10613, 10614, 10615, 10616, 10617, 10618, 10619,
        10620, 10911, 10912, 10913,
    ];
    #[doc(hidden)]
    const __ERRCAT_IDENTS: &'static [&'static str] = &[
        "IllegalParameter",
        "ServerNotFound",
        "ItemNotFound",
        "InternalError",
        "Badrequest",
        "Forbidden",
        "TokenInvalid",
        "AppNameDuplicated",
        "AppNameError",
        "AppNameEmpty",
        "AppNotFound",
        "AppSubmitError",
        "AppStateError",
        "AppPortNotFound",
        "AppKillError",
        "AppDeleteError",
        "AppRampParamError",
        "AppRampupError",
        "AppDataError",
        "AppLogError",
        "AppCmdEmpty",
        "SubmittingInProgress",
        "InvalidInstanceNumber",
        "InvalidVolParameter",
        "MountPointNotFound",
        "InvalidMountPointFormat",
        "MountPointDuplicated",
        "VolUnavailable",
        "VolSetStatusError",
        "VolAttachFailed",
        "VolNameIsNull",
        "VolNameConflict",
        "VolDeleteFailed",
        "VolCreateFailed",
        "VolListFailed",
        "VolGetFailed",
        "VolDetachFailed",
        "VolExtBadSize",
        "VolExtExceedQuota",
        "VolExtBadVolStatus",
        "VolExtFailed",
        "VolExtContinue",
        "VolExtUsedByExplorer",
        "VolExtAlreadyExtending",
        "VolExtBadAppStatus",
        "VolExtFailedExtender",
        "VolExpFailedExplorer",
        "VolExpWait",
        "VolExpVolBusy",
        "VolExpReady",
        "VolUpdateFailed",
        "VolMetadataGetFailed",
        "VolSsCreateFailed",
        "VolSsUpdateFailed",
        "VolSsDeleteFailed",
        "VolSsGetFailed",
        "VolSsListFailed",
        "VolServerAttachmentGetFailed",
        "VolServerAttachmentListFailed",
        "AllDedicatedVolumeExpired",
        "DedicatedVolExpired",
        "VolExtBadAppInstanceStatus",
        "VolAlreadyAttached",
        "VolRollbackFailed",
        "VolCheckExistsFailed",
        "VolNotExists",
        "VolGetUsageFailed",
        "VolSsNameIsNull",
        "VolSsNameConflict",
        "VolFsIsNull",
        "VolFsUnsupported",
        "VolSumListFailed",
        "VolSsDeleteVolExist",
        "VolExplorerShutdownFailed",
        "VolExplorerStopping",
        "VolDeleteSsExistFailed",
        "VolBadName",
        "VolSsBadName",
        "QuotaProjectExist",
        "ProjectNotExist",
        "YamlSyntaxError",
        "SyntaxNotSupport",
        "StackNotFound",
        "StackNameDuplicated",
        "YamlNameDuplicated",
        "StackNameError",
        "YamlNotFound",
        "VolumeNotFound",
        "QuotaExceed",
        "NetNotSupport",
        "ImageNotSet",
        "PortFormatError",
        "DependsError",
        "DependsHasCycle",
        "VolumeFormatError",
        "YamlNameError",
        "VolumeReuseError",
        "ResourceError",
        "MountError",
        "MountAbsError",
        "ConfigmapNameDuplicated",
        "ConfigmapNameError",
        "ConfigmapKeyNameError",
    ];
    /// The entry at `position`.
    #[inline]
    #[doc(hidden)]
    const fn __errcat_entry(position: usize) -> Self {
        Self::all()[position]
    }
    #[inline]
    #[doc(hidden)]
    const fn __errcat_index(self) -> usize {
        self as usize
    }
    /// The `index`th `width`-byte little-endian number of `bytes`.
    #[inline]
    #[doc(hidden)]
    const fn __errcat_unpack(bytes: &[u8], index: usize, width: usize) -> usize {
        let mut value = 0;
        let mut byte = 0;
        while byte < width {
            value |= (bytes[index * width + byte] as usize) << (8 * byte);
            byte += 1;
        }
        value
    }
    #[doc(hidden)]
    const fn __errcat_position(code: i32) -> ::core::option::Option<usize> {
        const LOWEST: i32 = 10001;
        const PAGES: &[u8] = b"\x01\0\0\0\0\0\0\0\0\0\0\0\x02\0\0\0\0\0\0\0\0\0\0\0\0\x03\x04\x05\0\0\0\0\0\0\0\0\0\x06\x07\x08\t\n\x0B\x0C\r\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x0E\x0F\0\0\0\0\0\0\0\0\0\0\0\x10\x11\x12\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x13\x14";
        const SLOTS: &[u8] = b"\0\0\0\0\0\0\0\0\x01\x02\x03\x04\x05\x06\0\0\0\0\0\0\x07\0\0\0\0\x08\t\n\x0B\x0C\r\x0E\x0F\x10\x11\x12\x13\x14\x15\0\0\0\0\x16\0\0\0\0\0\0\0\0\x17\x18\x19\x1A\x1B\x1C\x1D\x1E\x1F !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMN\0\0\0\0\0\0\0\0O\0\0\0\0\0\0\0P\0\0\0QRSTUVWXYZ[\\]^_`abcd\0\0\0\0\0\0\0\0\0\0efg\0\0\0\0\0\0\0";
        let offset = (code as i64 - LOWEST as i64) as u64;
        if offset >= 913 {
            return ::core::option::Option::None;
        }
        let offset = offset as usize;
        let page = Self::__errcat_unpack(PAGES, offset >> 3, 1usize);
        match Self::__errcat_unpack(SLOTS, (page << 3) | (offset & 7), 1usize) {
            0 => ::core::option::Option::None,
            value => ::core::option::Option::Some(value - 1),
        }
    }
    /// The entry's code.
    #[must_use]
    #[inline]
    pub const fn code(self) -> i32 {
        Self::__ERRCAT_CODES[self.__errcat_index()]
    }
    /// The entry with this code, if the catalog defines it.
    #[must_use]
    pub const fn from_code(code: i32) -> ::core::option::Option<Self> {
        match Self::__errcat_position(code) {
            ::core::option::Option::Some(i) => {
                ::core::option::Option::Some(Self::__errcat_entry(i))
            }
            ::core::option::Option::None => ::core::option::Option::None,
        }
    }
    /// The entry's name as written in the catalog (the variant name if it has none).
    #[must_use]
    #[inline(never)]
    pub const fn name(self) -> &'static str {
        const NAMES: &[&str] = &[
            "ILLEGAL_PARAMETER",
            "SERVER_NOT_FOUND",
            "ITEM_NOT_FOUND",
            "INTERNAL_ERROR",
            "BADREQUEST",
            "FORBIDDEN",
            "TOKEN_INVALID",
            "APP_NAME_DUPLICATED",
            "APP_NAME_ERROR",
            "APP_NAME_EMPTY",
            "APP_NOT_FOUND",
            "APP_SUBMIT_ERROR",
            "APP_STATE_ERROR",
            "APP_PORT_NOT_FOUND",
            "APP_KILL_ERROR",
            "APP_DELETE_ERROR",
            "APP_RAMP_PARAM_ERROR",
            "APP_RAMPUP_ERROR",
            "APP_DATA_ERROR",
            "APP_LOG_ERROR",
            "APP_CMD_EMPTY",
            "SUBMITTING_IN_PROGRESS",
            "INVALID_INSTANCE_NUMBER",
            "INVALID_VOL_PARAMETER",
            "MOUNT_POINT_NOT_FOUND",
            "INVALID_MOUNT_POINT_FORMAT",
            "MOUNT_POINT_DUPLICATED",
            "VOL_UNAVAILABLE",
            "VOL_SET_STATUS_ERROR",
            "VOL_ATTACH_FAILED",
            "VOL_NAME_IS_NULL",
            "VOL_NAME_CONFLICT",
            "VOL_DELETE_FAILED",
            "VOL_CREATE_FAILED",
            "VOL_LIST_FAILED",
            "VOL_GET_FAILED",
            "VOL_DETACH_FAILED",
            "VOL_EXT_BAD_SIZE",
            "VOL_EXT_EXCEED_QUOTA",
            "VOL_EXT_BAD_VOL_STATUS",
            "VOL_EXT_FAILED",
            "VOL_EXT_CONTINUE",
            "VOL_EXT_USED_BY_EXPLORER",
            "VOL_EXT_ALREADY_EXTENDING",
            "VOL_EXT_BAD_APP_STATUS",
            "VOL_EXT_FAILED_EXTENDER",
            "VOL_EXP_FAILED_EXPLORER",
            "VOL_EXP_WAIT",
            "VOL_EXP_VOL_BUSY",
            "VOL_EXP_READY",
            "VOL_UPDATE_FAILED",
            "VOL_METADATA_GET_FAILED",
            "VOL_SS_CREATE_FAILED",
            "VOL_SS_UPDATE_FAILED",
            "VOL_SS_DELETE_FAILED",
            "VOL_SS_GET_FAILED",
            "VOL_SS_LIST_FAILED",
            "VOL_SERVER_ATTACHMENT_GET_FAILED",
            "VOL_SERVER_ATTACHMENT_LIST_FAILED",
            "ALL_DEDICATED_VOLUME_EXPIRED",
            "DEDICATED_VOL_EXPIRED",
            "VOL_EXT_BAD_APP_INSTANCE_STATUS",
            "VOL_ALREADY_ATTACHED",
            "VOL_ROLLBACK_FAILED",
            "VOL_CHECK_EXISTS_FAILED",
            "VOL_NOT_EXISTS",
            "VOL_GET_USAGE_FAILED",
            "VOL_SS_NAME_IS_NULL",
            "VOL_SS_NAME_CONFLICT",
            "VOL_FS_IS_NULL",
            "VOL_FS_UNSUPPORTED",
            "VOL_SUM_LIST_FAILED",
            "VOL_SS_DELETE_VOL_EXIST",
            "VOL_EXPLORER_SHUTDOWN_FAILED",
            "VOL_EXPLORER_STOPPING",
            "VOL_DELETE_SS_EXIST_FAILED",
            "VOL_BAD_NAME",
            "VOL_SS_BAD_NAME",
            "QUOTA_PROJECT_EXIST",
            "PROJECT_NOT_EXIST",
            "YAML_SYNTAX_ERROR",
            "SYNTAX_NOT_SUPPORT",
            "STACK_NOT_FOUND",
            "STACK_NAME_DUPLICATED",
            "YAML_NAME_DUPLICATED",
            "STACK_NAME_ERROR",
            "YAML_NOT_FOUND",
            "VOLUME_NOT_FOUND",
            "QUOTA_EXCEED",
            "NET_NOT_SUPPORT",
            "IMAGE_NOT_SET",
            "PORT_FORMAT_ERROR",
            "DEPENDS_ERROR",
            "DEPENDS_HAS_CYCLE",
            "VOLUME_FORMAT_ERROR",
            "YAML_NAME_ERROR",
            "VOLUME_REUSE_ERROR",
            "RESOURCE_ERROR",
            "MOUNT_ERROR",
            "MOUNT_ABS_ERROR",
            "CONFIGMAP_NAME_DUPLICATED",
            "CONFIGMAP_NAME_ERROR",
            "CONFIGMAP_KEY_NAME_ERROR",
        ];
        NAMES[self.__errcat_index()]
    }
    /// The entry whose [`name`](Self::name) is exactly `name`.
    #[must_use]
    pub fn from_name(name: &str) -> ::core::option::Option<Self> {
        const BY_NAME: &[u8] = b";\x14\x12\x0F\x0E\x13\x07\t\x08\n\r\x11\x10\x0C\x0B\x04fde<\\]\x05\0Z\x03\x16\x19\x17\x02cb\x1A\x18Y[OXNa\x01SUR\x15Q\x06^W`>\x1DL@! K$IJ.10/+=,%')&(-*EF#B\"3\x1F\x1EA?9:\x1CM46H78DC5G\x1B2T_VP";
        let mut lo = 0;
        let mut hi = BY_NAME.len();
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let entry = Self::__errcat_entry(
                Self::__errcat_unpack(BY_NAME, mid, 1usize),
            );
            match entry.name().cmp(name) {
                ::core::cmp::Ordering::Less => lo = mid + 1,
                ::core::cmp::Ordering::Greater => hi = mid,
                ::core::cmp::Ordering::Equal => {
                    return ::core::option::Option::Some(entry);
                }
            }
        }
        ::core::option::Option::None
    }
    ///The message in the catalog's default language (`""` for an undocumented code).
    #[must_use]
    #[inline(never)]
    pub const fn message(self) -> &'static str {
        const TABLE: &[&str] = &[
            "参数不合法",
            "未找到相应主机",
            "未找到相应条目",
            "内部错误",
            "非法请求",
            "禁止访问",
            "TOKEN不合法",
            "应用名称已被占用",
            "应用名称不合法",
            "应用名称为空",
            "未找到应用",
            "提交应用失败",
            "当前应用状态不允许该操作",
            "应用端口映射未找到",
            "终止应用失败",
            "删除应用失败",
            "扩/缩容参数不合法",
            "扩容失败",
            "data路径参数错误",
            "log路径参数错误",
            "未设置启动命令",
            "提交中暂时不能删除",
            "挂载云盘时实例数目必须为1",
            "参数不合法",
            "挂载参数中缺少挂载路径",
            "挂载路径格式错误",
            "应用的多个云盘的挂载路径重复",
            "云盘不可用",
            "修改云盘状态失败",
            "挂载云盘异常",
            "云硬盘名称不能为空",
            "云硬盘名称已存在",
            "删除云硬盘异常",
            "创建云硬盘异常",
            "获取云硬盘列表异常",
            "获取云硬盘信息异常",
            "卸载云硬盘异常",
            "云硬盘扩容后容量必须大于当前容量",
            "超出云硬盘容量配额，暂时无法进行扩容",
            "云硬盘当前状态不支持扩容操作",
            "云硬盘扩容操作异常",
            "正在为您扩容云硬盘",
            "云硬盘正被资源管理器占用中，暂不支持扩容",
            "云硬盘正在扩容中，当前扩容结束后，才能进行再次扩容",
            "应用处于非运行状态或应用状态异常，暂无法扩容云盘",
            "云硬盘离线扩容器启动异常",
            "云硬盘资源管理器启动异常",
            "云硬盘资源管理器正在启动",
            "云硬盘正被其他应用使用中，暂无法启动资源管理器",
            "云硬盘资源管理器启动成功",
            "云硬盘更新异常",
            "云硬盘Metadata获取失败",
            "云硬盘快照创建异常",
            "编辑云硬盘快照异常",
            "删除云硬盘快照异常",
            "获取云硬盘快照异常",
            "获取云硬盘快照列表异常",
            "获取云主机云硬盘挂载信息异常",
            "获取云主机云硬盘挂载信息列表异常",
            "app所有内置云盘都过期",
            "instance的内置云盘过期",
            "应用处于非运行状态或应用状态异常，暂无法扩容云盘",
            "云硬盘已经挂载到了其他应用",
            "云硬盘回滚到指定快照失败",
            "检查云盘是否存在失败",
            "云盘不存在",
            "获取云盘使用状态失败",
            "云硬盘快照名称不能为空",
            "云硬盘快照名称已存在",
            "云硬盘文件系统类型不能为空",
            "云硬盘不支持该类型文件系统",
            "获取云硬盘列表异常",
            "存在以该快照为源的云硬盘，该快照暂不能删除",
            "资源管理器关闭失败",
            "资源管理器正在关闭中",
            "禁止删除该云硬盘，存在依赖的快照",
            "云硬盘名字不合法",
            "云硬盘快照名字不合法",
            "该项目的QUOTA已经存在",
            "业务不存在",
            "YAML文件语法错误",
            "部分语法不支持",
            "未找到操作的应用编排",
            "编排名重复",
            "YAML文件名称重复",
            "编排名称错误",
            "未找到操作的YAML文件",
            "",
            "超出配额",
            "网络模式不支持",
            "服务镜像信息未指定",
            "端口格式存在错误",
            "存在错误的depends_on服务",
            "depends_on有环存在，无法启动",
            "VOLUME格式错误",
            "YAML文件名错误",
            "重复使用同一个云盘",
            "memory或cpu设置不正确",
            "重复挂载到同一个目录",
            "挂载路径应该是绝对路径",
            "应用配置名称已存在",
            "应用配置名称不合法",
            "应用配置项名称不合法",
        ];
        TABLE[self.__errcat_index()]
    }
    ///The message in `lang`, falling back to the default language, then to the first language that has one.
    #[must_use]
    #[inline(never)]
    pub fn message_in(self, lang: &str) -> &'static str {
        let _ = lang;
        self.message()
    }
    ///The long description in the catalog's default language.
    #[must_use]
    #[inline(never)]
    pub const fn description(self) -> ::core::option::Option<&'static str> {
        let _ = self;
        ::core::option::Option::None
    }
    ///The long description in `lang`, with the same fallback as `message_in`.
    #[must_use]
    #[inline(never)]
    pub fn description_in(self, lang: &str) -> ::core::option::Option<&'static str> {
        let _ = lang;
        self.description()
    }
    ///The cause and remedy in the catalog's default language.
    #[must_use]
    #[inline(never)]
    pub const fn solution(self) -> ::core::option::Option<&'static str> {
        let _ = self;
        ::core::option::Option::None
    }
    ///The cause and remedy in `lang`, with the same fallback as `message_in`.
    #[must_use]
    #[inline(never)]
    pub fn solution_in(self, lang: &str) -> ::core::option::Option<&'static str> {
        let _ = lang;
        self.solution()
    }
    /// The HTTP status this entry maps to.
    #[must_use]
    pub const fn http_status(self) -> u16 {
        const TABLE: &[u16] = &[
            400, 404, 404, 500, 400, 403, 401, 409, 400, 400, 404, 500, 409, 404, 500,
            500, 400, 500, 400, 400, 400, 409, 400, 400, 400, 400, 409, 409, 500, 500,
            400, 409, 500, 500, 500, 500, 500, 400, 403, 409, 500, 409, 409, 409, 409,
            500, 500, 503, 409, 409, 500, 500, 500, 500, 500, 500, 500, 500, 500, 410,
            410, 409, 409, 500, 500, 404, 500, 400, 409, 400, 400, 500, 409, 500, 409,
            409, 400, 400, 409, 404, 400, 400, 404, 409, 409, 400, 404, 404, 403, 400,
            400, 400, 400, 400, 400, 400, 409, 400, 409, 400, 409, 400, 400,
        ];
        TABLE[self.__errcat_index()]
    }
    /// The entry's severity.
    #[must_use]
    pub const fn severity(self) -> ::errcat::Severity {
        const TABLE: &[u8] = b"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x01\0\0\0\0\0\x01\0\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";
        match Self::__errcat_unpack(TABLE, self.__errcat_index(), 1usize) {
            0 => ::errcat::Severity::Error,
            _ => ::errcat::Severity::Info,
        }
    }
    /// Whether retrying the failed operation may succeed.
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        const TABLE: &[bool] = &[
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, false, false, true,
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, true, false, true,
            false, false, false, true, true, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, true, false, false,
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false,
        ];
        TABLE[self.__errcat_index()]
    }
    /// The gRPC code the error travels with.
    #[must_use]
    pub const fn grpc_code(self) -> ::errcat::GrpcCode {
        const TABLE: &[u8] = b"\0\x01\x01\x02\0\x03\x04\x05\0\0\x01\x02\x05\x01\x02\x02\0\x02\0\0\0\x05\0\0\0\0\x05\x05\x02\x02\0\x05\x02\x02\x02\x02\x02\0\x03\x05\x02\x05\x05\x05\x05\x02\x02\x06\x05\x05\x02\x02\x02\x02\x02\x02\x02\x02\x02\x07\x07\x05\x05\x02\x02\x01\x02\0\x05\0\0\x02\x05\x02\x05\x05\0\0\x05\x01\0\0\x01\x05\x05\0\x01\x01\x03\0\0\0\0\0\0\0\x05\0\x05\0\x05\0\0";
        match Self::__errcat_unpack(TABLE, self.__errcat_index(), 1usize) {
            0 => ::errcat::GrpcCode::InvalidArgument,
            1 => ::errcat::GrpcCode::NotFound,
            2 => ::errcat::GrpcCode::Internal,
            3 => ::errcat::GrpcCode::PermissionDenied,
            4 => ::errcat::GrpcCode::Unauthenticated,
            5 => ::errcat::GrpcCode::AlreadyExists,
            6 => ::errcat::GrpcCode::Unavailable,
            _ => ::errcat::GrpcCode::FailedPrecondition,
        }
    }
    ///The group (code range) the entry belongs to.
    #[must_use]
    pub const fn group(self) -> ApiSwitchErrorGroup {
        const TABLE: &[u8] = b"\0\0\0\0\0\0\x01\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x04\x04\x05\x05\x05\x05\x05\x05\x05\x05\x05\x05\x05\x05\x05\x05\x05\x05\x05\x05\x05\x05\x06\x06\x06";
        match Self::__errcat_unpack(TABLE, self.__errcat_index(), 1usize) {
            0 => ApiSwitchErrorGroup::General,
            1 => ApiSwitchErrorGroup::Token,
            2 => ApiSwitchErrorGroup::App,
            3 => ApiSwitchErrorGroup::Volume,
            4 => ApiSwitchErrorGroup::QuotaProject,
            5 => ApiSwitchErrorGroup::Stack,
            _ => ApiSwitchErrorGroup::Configmap,
        }
    }
    /// The entry's help link (`help_url` in the catalog), rendered.
    #[must_use]
    pub const fn help_url(self) -> ::core::option::Option<&'static str> {
        let _ = self;
        ::core::option::Option::None
    }
}
impl ::core::fmt::Debug for ApiSwitchError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(Self::__ERRCAT_IDENTS[self.__errcat_index()])
    }
}
impl ::core::fmt::Display for ApiSwitchError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        let message = self.message();
        f.write_str(
            if message.is_empty() {
                Self::__ERRCAT_IDENTS[self.__errcat_index()]
            } else {
                message
            },
        )?;
        ::core::result::Result::Ok(())
    }
}
impl ::core::error::Error for ApiSwitchError {}
impl ::core::convert::From<ApiSwitchError> for i32 {
    fn from(value: ApiSwitchError) -> Self {
        value.code()
    }
}
impl ::core::convert::TryFrom<i32> for ApiSwitchError {
    type Error = ::errcat::UnknownCode<i32>;
    fn try_from(code: i32) -> ::core::result::Result<Self, Self::Error> {
        match Self::from_code(code) {
            ::core::option::Option::Some(value) => ::core::result::Result::Ok(value),
            ::core::option::Option::None => {
                ::core::result::Result::Err(::errcat::UnknownCode(code))
            }
        }
    }
}
impl ::core::str::FromStr for ApiSwitchError {
    type Err = ::errcat::UnknownName;
    fn from_str(name: &str) -> ::core::result::Result<Self, Self::Err> {
        match Self::from_name(name) {
            ::core::option::Option::Some(value) => ::core::result::Result::Ok(value),
            ::core::option::Option::None => {
                ::core::result::Result::Err(::errcat::UnknownName::new(name))
            }
        }
    }
}
impl ::errcat::ErrorCode for ApiSwitchError {
    type Repr = i32;
    const ALL: &'static [Self] = ApiSwitchError::all();
    fn all() -> &'static [Self] {
        ApiSwitchError::all()
    }
    fn code(self) -> i32 {
        ApiSwitchError::code(self)
    }
    fn from_code(code: i32) -> ::core::option::Option<Self> {
        ApiSwitchError::from_code(code)
    }
    fn name(self) -> &'static str {
        ApiSwitchError::name(self)
    }
    fn message(self) -> &'static str {
        ApiSwitchError::message(self)
    }
    fn message_in(self, lang: &str) -> &'static str {
        ApiSwitchError::message_in(self, lang)
    }
    fn http_status(self) -> u16 {
        ApiSwitchError::http_status(self)
    }
    fn severity(self) -> ::errcat::Severity {
        ApiSwitchError::severity(self)
    }
    fn is_retryable(self) -> bool {
        ApiSwitchError::is_retryable(self)
    }
    fn grpc_code(self) -> ::errcat::GrpcCode {
        ApiSwitchError::grpc_code(self)
    }
    const LANGUAGES: &'static [&'static str] = &["zh"];
    const WIRE: ::errcat::Wire = ::errcat::Wire::__new(
        false,
        &[
            ("Code", ::errcat::BodyMember::Code),
            ("Message", ::errcat::BodyMember::Message),
        ],
        ::core::option::Option::Some("https://errors.example.invalid/api-switch/"),
        false,
        &[],
        "ApiSwitchError",
    );
    fn from_name(name: &str) -> ::core::option::Option<Self> {
        ApiSwitchError::from_name(name)
    }
    fn description_in(self, lang: &str) -> ::core::option::Option<&'static str> {
        ApiSwitchError::description_in(self, lang)
    }
    fn group_name(self) -> ::core::option::Option<&'static str> {
        ::core::option::Option::Some(ApiSwitchError::group(self).name())
    }
    fn help_url(self) -> ::core::option::Option<&'static str> {
        ApiSwitchError::help_url(self)
    }
}
::errcat::__impl_http!(ApiSwitchError);
::errcat::__impl_tonic!(ApiSwitchError);
::errcat::__impl_serde!(ApiSwitchError);
::errcat::__impl_axum!(ApiSwitchError);
/**The groups (code ranges) of [`ApiSwitchError`].

# Examples

```rust,ignore
assert_eq!(ApiSwitchErrorGroup::of_code(10001), Some(ApiSwitchErrorGroup::General));
assert!(ApiSwitchErrorGroup::General.codes().contains(&ApiSwitchError::IllegalParameter));
assert_eq!(ApiSwitchError::IllegalParameter.group(), ApiSwitchErrorGroup::General);
```*/
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApiSwitchErrorGroup {
    /**通用错误 (100xx)

Codes `10000..=10099`; 6 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    General,
    /**TOKEN (101xx)

Codes `10100..=10199`; 1 code. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    Token,
    /**应用 (102xx)

Codes `10200..=10299`; 15 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    App,
    /**云硬盘与挂载 (103xx)

Codes `10300..=10399`; 56 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    Volume,
    /**配额与业务 (105xx)

Codes `10500..=10599`; 2 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    QuotaProject,
    /**应用编排 (106xx)

Codes `10600..=10699`; 20 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    Stack,
    /**应用配置 (109xx)

Codes `10900..=10999`; 3 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    Configmap,
}
impl ApiSwitchErrorGroup {
    /// Every group, in catalog order.
    pub const ALL: &'static [Self] = &[
        Self::General,
        Self::Token,
        Self::App,
        Self::Volume,
        Self::QuotaProject,
        Self::Stack,
        Self::Configmap,
    ];
    /// The group's name as written in the catalog.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::General => "general",
            Self::Token => "token",
            Self::App => "app",
            Self::Volume => "volume",
            Self::QuotaProject => "quota_project",
            Self::Stack => "stack",
            Self::Configmap => "configmap",
        }
    }
    /// The group's inclusive code range, if it has one.
    #[must_use]
    pub const fn range(
        self,
    ) -> ::core::option::Option<::core::ops::RangeInclusive<i32>> {
        match self {
            Self::General => ::core::option::Option::Some(10000..=10099),
            Self::Token => ::core::option::Option::Some(10100..=10199),
            Self::App => ::core::option::Option::Some(10200..=10299),
            Self::Volume => ::core::option::Option::Some(10300..=10399),
            Self::QuotaProject => ::core::option::Option::Some(10500..=10599),
            Self::Stack => ::core::option::Option::Some(10600..=10699),
            Self::Configmap => ::core::option::Option::Some(10900..=10999),
        }
    }
    /// Whether `code` belongs to this group: by range, or by membership for a group without one.
    #[must_use]
    pub const fn contains(self, code: i32) -> bool {
        match self {
            Self::General => 10000 <= code && code <= 10099,
            Self::Token => 10100 <= code && code <= 10199,
            Self::App => 10200 <= code && code <= 10299,
            Self::Volume => 10300 <= code && code <= 10399,
            Self::QuotaProject => 10500 <= code && code <= 10599,
            Self::Stack => 10600 <= code && code <= 10699,
            Self::Configmap => 10900 <= code && code <= 10999,
        }
    }
    /// The group that owns a raw code, known to the catalog or not.
    #[must_use]
    pub const fn of_code(code: i32) -> ::core::option::Option<Self> {
        if 10000 <= code && code <= 10099 {
            return ::core::option::Option::Some(Self::General);
        }
        if 10100 <= code && code <= 10199 {
            return ::core::option::Option::Some(Self::Token);
        }
        if 10200 <= code && code <= 10299 {
            return ::core::option::Option::Some(Self::App);
        }
        if 10300 <= code && code <= 10399 {
            return ::core::option::Option::Some(Self::Volume);
        }
        if 10500 <= code && code <= 10599 {
            return ::core::option::Option::Some(Self::QuotaProject);
        }
        if 10600 <= code && code <= 10699 {
            return ::core::option::Option::Some(Self::Stack);
        }
        if 10900 <= code && code <= 10999 {
            return ::core::option::Option::Some(Self::Configmap);
        }
        ::core::option::Option::None
    }
    /// The group's entries, in ascending code order.
    #[must_use]
    pub fn codes(self) -> &'static [ApiSwitchError] {
        match self {
            Self::General => &ApiSwitchError::all()[0..6],
            Self::Token => &ApiSwitchError::all()[6..7],
            Self::App => &ApiSwitchError::all()[7..22],
            Self::Volume => &ApiSwitchError::all()[22..78],
            Self::QuotaProject => &ApiSwitchError::all()[78..80],
            Self::Stack => &ApiSwitchError::all()[80..100],
            Self::Configmap => &ApiSwitchError::all()[100..103],
        }
    }
}
impl ::core::fmt::Display for ApiSwitchErrorGroup {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.name())
    }
}
