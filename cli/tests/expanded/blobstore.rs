// errcat: generated from examples/catalogs/blobstore.yaml by `errcat expand examples/catalogs/blobstore.yaml`; catalog 796e1aef90dfda0b, body 4fa7da832c9e657e; edit the catalog and run the command again, not this file
const _: () = ::errcat::__private::GENERATED_FOR_ERRCAT_0_1;
const _: () = ::core::assert!(
    ::errcat::__private::fingerprint(::core::include_bytes!(::core::concat!(::core::env!("CARGO_MANIFEST_DIR"),
    "/examples/catalogs/blobstore.yaml"))) == 0x796e_1aef_90df_da0b_u64,
    "errcat: examples/catalogs/blobstore.yaml changed since this file was generated from it; run `errcat expand examples/catalogs/blobstore.yaml` again"
);
/**CubeFS blobstore service status codes

Languages: `en` (default), `zh`. An entry that does not say otherwise (nor does its group) has HTTP status `500` and severity `error`. `Display` writes `{message}`. With errcat's `serde` feature, a value serializes as its code.

| Group | Codes | Entries | HTTP | Severity | Description |
|---|---|---:|---:|---|---|
| `access` | `550..=599` | 3 | `500` | `error` | Access service |
| `proxy` | `800..=899` | 3 | `500` | `error` | Proxy service |
| `clustermgr` | `900..=999` | 30 | `500` | `error` | Clustermgr service |
| `blobnode` | `600..=699` | 34 | `500` | `error` | BlobNode service |
| `scheduler` | `700..=799` | 1 | `500` | `error` | Scheduler service |

# Examples

```rust,ignore
let error = BlobstoreError::AccessServiceDiscovery;
assert_eq!(error.code(), 551);
assert_eq!(BlobstoreError::from_code(551), Some(error));
```*/
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BlobstoreError {
    /**access client service discovery disconnect

- Code `551`, name `CodeAccessServiceDiscovery`, group `access` (`550..=599`)
- HTTP status `551`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): access client 无法从consul发现可用的access节点*/
    AccessServiceDiscovery,
    /**access limited

- Code `552`, name `CodeAccessLimited`, group `access` (`550..=599`)
- HTTP status `552`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 服务接口达到链接数限制*/
    AccessLimited,
    /**access exceed object size

- Code `553`, name `CodeAccessExceedSize`, group `access` (`550..=599`)
- HTTP status `553`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 上传文件超过最大大小限制*/
    AccessExceedSize,
    /**blobnode: invalid params

- Code `600`, name `CodeInvalidParam`, group `blobnode` (`600..=699`)
- HTTP status `600`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 参数错误*/
    InvalidParam,
    /**blobnode: entry already exist

- Code `601`, name `CodeAlreadyExist`, group `blobnode` (`600..=699`)
- HTTP status `601`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 已经存在（vuid）*/
    AlreadyExist,
    /**blobnode: out of limit

- Code `602`, name `CodeOutOfLimit`, group `blobnode` (`600..=699`)
- HTTP status `602`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 请求超过并发限制*/
    OutOfLimit,
    /**blobnode: internal error

- Code `603`, name `CodeInternal`, group `blobnode` (`600..=699`)
- HTTP status `603`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 内部错误*/
    Internal,
    /**blobnode: service is overload

- Code `604`, name `CodeOverload`, group `blobnode` (`600..=699`)
- HTTP status `604`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 请求过载*/
    Overload,
    /**blobnode: path is not exist

- Code `605`, name `CodePathNotExist`, group `blobnode` (`600..=699`)
- HTTP status `605`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 注册的磁盘目录不存在*/
    PathNotExist,
    /**blobnode: path is not empty

- Code `606`, name `CodePathNotEmpty`, group `blobnode` (`600..=699`)
- HTTP status `606`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 注册的磁盘目录非空*/
    PathNotEmpty,
    /**blobnode: path find online disk

- Code `607`, name `CodePathFindOnline`, group `blobnode` (`600..=699`)
- HTTP status `607`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 注册的路径还处于活动状态，需要下线后再重新注册*/
    PathFindOnline,
    /**disk not found

- Code `611`, name `CodeDiskNotFound`, group `blobnode` (`600..=699`)
- HTTP status `611`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 磁盘不存在*/
    DiskNotFound,
    /**disk is broken

- Code `613`, name `CodeDiskBroken`, group `blobnode` (`600..=699`)
- HTTP status `613`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 坏盘*/
    DiskBroken,
    /**disk id is invalid

- Code `614`, name `CodeInvalidDiskId`, group `blobnode` (`600..=699`)
- HTTP status `614`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 磁盘id无效*/
    InvalidDiskId,
    /**disk no space

- Code `615`, name `CodeDiskNoSpace`, group `blobnode` (`600..=699`)
- HTTP status `615`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 磁盘无可用空间*/
    DiskNoSpace,
    /**vuid not found

- Code `621`, name `CodeVuidNotFound`, group `blobnode` (`600..=699`)
- HTTP status `621`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): vuid不存在*/
    VuidNotFound,
    /**vuid readonly

- Code `622`, name `CodeVUIDReadonly`, group `blobnode` (`600..=699`)
- HTTP status `622`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): vuid只读状态*/
    VuidReadonly,
    /**vuid released

- Code `623`, name `CodeVUIDRelease`, group `blobnode` (`600..=699`)
- HTTP status `623`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): vuid处于released状态*/
    VuidRelease,
    /**vuid not match

- Code `624`, name `CodeVuidNotMatch`, group `blobnode` (`600..=699`)
- HTTP status `624`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): vuid不匹配*/
    VuidNotMatch,
    /**chunk must readonly

- Code `625`, name `CodeChunkNotReadonly`, group `blobnode` (`600..=699`)
- HTTP status `625`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): chunk需要是只读状态*/
    ChunkNotReadonly,
    /**chunk must normal

- Code `626`, name `CodeChunkNotNormal`, group `blobnode` (`600..=699`)
- HTTP status `626`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): chunk需要是normal状态*/
    ChunkNotNormal,
    /**chunk no space

- Code `627`, name `CodeChunkNoSpace`, group `blobnode` (`600..=699`)
- HTTP status `627`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): chunk无可写空间*/
    ChunkNoSpace,
    /**chunk is compacting

- Code `628`, name `CodeChunkCompacting`, group `blobnode` (`600..=699`)
- HTTP status `628`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): chunk处于压缩中*/
    ChunkCompacting,
    /**chunk id is invalid

- Code `630`, name `CodeInvalidChunkId`, group `blobnode` (`600..=699`)
- HTTP status `630`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 无效的chunk id*/
    InvalidChunkId,
    /**too many chunks

- Code `632`, name `CodeTooManyChunks`, group `blobnode` (`600..=699`)
- HTTP status `632`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): chunk数超过阈值*/
    TooManyChunks,
    /**chunk in use

- Code `633`, name `CodeChunkInuse`, group `blobnode` (`600..=699`)
- HTTP status `633`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): chunk有请求在处理*/
    ChunkInuse,
    /**bid not found

- Code `651`, name `CodeBidNotFound`, group `blobnode` (`600..=699`)
- HTTP status `651`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): bid不存在*/
    BidNotFound,
    /**shard size too large

- Code `652`, name `CodeShardSizeTooLarge`, group `blobnode` (`600..=699`)
- HTTP status `652`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): shard的size超过阈值(1\<\<32 - 1)*/
    ShardSizeTooLarge,
    /**shard must mark delete

- Code `653`, name `CodeShardNotMarkDelete`, group `blobnode` (`600..=699`)
- HTTP status `653`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): shard需要先标记删除*/
    ShardNotMarkDelete,
    /**shard already mark delete

- Code `654`, name `CodeShardMarkDeleted`, group `blobnode` (`600..=699`)
- HTTP status `654`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): shard已经标记删除*/
    ShardMarkDeleted,
    /**shard offset is invalid

- Code `655`, name `CodeShardInvalidOffset`, group `blobnode` (`600..=699`)
- HTTP status `655`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): shard的offset无效*/
    ShardInvalidOffset,
    /**shard list exceed the limit

- Code `656`, name `CodeShardListExceedLimit`, group `blobnode` (`600..=699`)
- HTTP status `656`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): shard list的个数超过阈值(65536)*/
    ShardListExceedLimit,
    /**shard key bid is invalid

- Code `657`, name `CodeShardInvalidBid`, group `blobnode` (`600..=699`)
- HTTP status `657`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 无效的bid*/
    ShardInvalidBid,
    /**dest replica is bad can not repair

- Code `670`, name `CodeDestReplicaBad`, group `blobnode` (`600..=699`)
- HTTP status `670`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 待修补的目标节点状态异常，可能是请求超时或者服务未启动等*/
    DestReplicaBad,
    /**shard is an orphan

- Code `671`, name `CodeOrphanShard`, group `blobnode` (`600..=699`)
- HTTP status `671`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): shard为孤本无法执行数据修补，Scheduler发起修补时如果遇到此错误则会记录相关孤本信息*/
    OrphanShard,
    /**illegal task

- Code `672`, name `CodeIllegalTask`, group `blobnode` (`600..=699`)
- HTTP status `672`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 后台任务不合法*/
    IllegalTask,
    /**request limited

- Code `673`, name `CodeRequestLimited`, group `blobnode` (`600..=699`)
- HTTP status `673`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 修补接口请求过载*/
    RequestLimited,
    /**nothing to do

- Code `700`, name `CodeNotingTodo`, group `scheduler` (`700..=799`)
- HTTP status `700`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): BlobNode服务请求Scheduler拉取后台任务时，如果没有相关任务可做，Scheduler则会返回此状态码，可以忽略*/
    NotingTodo,
    /**this codemode has no avaliable volume

- Code `801`, name `CodeNoAvaliableVolume`, group `proxy` (`800..=899`)
- HTTP status `801`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 对应编码模式没有可用卷*/
    NoAvaliableVolume,
    /**alloc bid from clustermgr error

- Code `802`, name `CodeAllocBidFromCm`, group `proxy` (`800..=899`)
- HTTP status `802`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 从cm获取bid失败*/
    AllocBidFromCm,
    /**clusterId not match

- Code `803`, name `CodeClusterIDNotMatch`, group `proxy` (`800..=899`)
- HTTP status `803`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 请求的clusterID和proxy服务所在的clusterID不一致*/
    ClusterIdNotMatch,
    /**cm: unexpected error

- Code `900`, name `CodeCMUnexpect`, group `clustermgr` (`900..=999`)
- HTTP status `900`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 出现内部错误*/
    CmUnexpect,
    /**lock volume not allow

- Code `902`, name `CodeLockNotAllow`, group `clustermgr` (`900..=999`)
- HTTP status `902`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 加锁失败，例如处于active状态*/
    LockNotAllow,
    /**unlock volume not allow

- Code `903`, name `CodeUnlockNotAllow`, group `clustermgr` (`900..=999`)
- HTTP status `903`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 解锁失败*/
    UnlockNotAllow,
    /**volume not exist

- Code `904`, name `CodeVolumeNotExist`, group `clustermgr` (`900..=999`)
- HTTP status `904`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 卷不存在*/
    VolumeNotExist,
    /**raft propose error

- Code `906`, name `CodeRaftPropose`, group `clustermgr` (`900..=999`)
- HTTP status `906`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): raft 提议信息错误*/
    RaftPropose,
    /**no leader

- Code `907`, name `CodeNoLeader`, group `clustermgr` (`900..=999`)
- HTTP status `907`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 暂无主节点*/
    NoLeader,
    /**raft read index error

- Code `908`, name `CodeRaftReadIndex`, group `clustermgr` (`900..=999`)
- HTTP status `908`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 线性一致性读超时*/
    RaftReadIndex,
    /**duplicated member info

- Code `910`, name `CodeDuplicatedMemberInfo`, group `clustermgr` (`900..=999`)
- HTTP status `910`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 重复的成员信息*/
    DuplicatedMemberInfo,
    /**disk not found

- Code `911`, name `CodeCMDiskNotFound`, group `clustermgr` (`900..=999`)
- HTTP status `911`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 磁盘找不到*/
    CmDiskNotFound,
    /**invalid status

- Code `912`, name `CodeInvalidDiskStatus`, group `clustermgr` (`900..=999`)
- HTTP status `912`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 设置磁盘状态出现非法状态*/
    InvalidDiskStatus,
    /**not allow to change status back

- Code `913`, name `CodeChangeDiskStatusNotAllow`, group `clustermgr` (`900..=999`)
- HTTP status `913`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 不允许将磁盘状态回退，例如将坏盘回退到正常状态*/
    ChangeDiskStatusNotAllow,
    /**alloc volume unit concurrently

- Code `914`, name `CodeConcurrentAllocVolumeUnit`, group `clustermgr` (`900..=999`)
- HTTP status `914`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 并发申请卷单元，重试可用解决*/
    ConcurrentAllocVolumeUnit,
    /**alloc volume request params is invalid

- Code `916`, name `CodeAllocVolumeInvalidParams`, group `clustermgr` (`900..=999`)
- HTTP status `916`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 分配卷请求参数非法*/
    AllocVolumeInvalidParams,
    /**no available volume

- Code `917`, name `CodeNoAvailableVolume`, group `clustermgr` (`900..=999`)
- HTTP status `917`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 分配卷时候，暂无可用的卷*/
    NoAvailableVolume,
    /**update volume unit, old vuid not match

- Code `918`, name `CodeOldVuidNotMatch`, group `clustermgr` (`900..=999`)
- HTTP status `918`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 更新卷单元时候新的旧的vuid不匹配*/
    OldVuidNotMatch,
    /**update volume unit, new vuid not match

- Code `919`, name `CodeNewVuidNotMatch`, group `clustermgr` (`900..=999`)
- HTTP status `919`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 更新卷单元时候新的vuid不匹配*/
    NewVuidNotMatch,
    /**update volume unit, new diskID not match

- Code `920`, name `CodeNewDiskIDNotMatch`, group `clustermgr` (`900..=999`)
- HTTP status `920`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 更新卷单元时候新的磁盘id不匹配*/
    NewDiskIdNotMatch,
    /**config argument marshal error

- Code `921`, name `CodeConfigArgument`, group `clustermgr` (`900..=999`)
- HTTP status `921`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 配置序列化错误*/
    ConfigArgument,
    /**request params error, invalid clusterID

- Code `922`, name `CodeInvalidClusterID`, group `clustermgr` (`900..=999`)
- HTTP status `922`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 请求参数错误，clusterID非法*/
    InvalidClusterId,
    /**request params error,invalid idc

- Code `923`, name `CodeInvalidIDC`, group `clustermgr` (`900..=999`)
- HTTP status `923`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 请求参数错误，idc非法*/
    InvalidIdc,
    /**volume unit not exist

- Code `924`, name `CodeVolumeUnitNotExist`, group `clustermgr` (`900..=999`)
- HTTP status `924`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 卷单元不存在*/
    VolumeUnitNotExist,
    /**register service params is invalid

- Code `925`, name `CodeRegisterServiceInvalidParams`, group `clustermgr` (`900..=999`)
- HTTP status `925`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 注册服务参数非法*/
    RegisterServiceInvalidParams,
    /**disk is abnormal or not readonly, can't add into dropping list

- Code `926`, name `CodeDiskAbnormalOrNotReadOnly`, group `clustermgr` (`900..=999`)
- HTTP status `926`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 磁盘处于非正常或者不是只读状态，不能设置为下线*/
    DiskAbnormalOrNotReadOnly,
    /**stat blob node chunk failed

- Code `927`, name `CodeStatChunkFailed`, group `clustermgr` (`900..=999`)
- HTTP status `927`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 获取blobNode 的chunk信息失败*/
    StatChunkFailed,
    /**request alloc volume codeMode not invalid

- Code `928`, name `CodeInvalidCodeMode`, group `clustermgr` (`900..=999`)
- HTTP status `928`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 请求分配的卷模式不存在*/
    InvalidCodeMode,
    /**retain volume is not alloc

- Code `929`, name `CodeRetainVolumeNotAlloc`, group `clustermgr` (`900..=999`)
- HTTP status `929`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 续租的卷没有分配*/
    RetainVolumeNotAlloc,
    /**dropped disk still has volume unit remain, migrate them firstly

- Code `930`, name `CodeDroppedDiskHasVolumeUnit`, group `clustermgr` (`900..=999`)
- HTTP status `930`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 不能提前标记磁盘下线完成，改磁盘还有剩余chunk，需要先迁移完成*/
    DroppedDiskHasVolumeUnit,
    /**list volume v2 not support idle status

- Code `931`, name `CodeNotSupportIdle`, group `clustermgr` (`900..=999`)
- HTTP status `931`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): v2版本列举卷不支持idle状态*/
    NotSupportIdle,
    /**dropping disk not allow change state or set readonly

- Code `932`, name `CodeDiskIsDropping`, group `clustermgr` (`900..=999`)
- HTTP status `932`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 下线中磁盘不允许修改状态和设置只读*/
    DiskIsDropping,
    /**reject delete system config

- Code `933`, name `CodeRejectDeleteSystemConfig`, group `clustermgr` (`900..=999`)
- HTTP status `933`, gRPC `INTERNAL`, severity `error`, not retryable

Description (`zh`): 系统配置不允许删除*/
    RejectDeleteSystemConfig,
}
impl BlobstoreError {
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
        static ALL: [BlobstoreError; 71] = {
            use BlobstoreError::*;
            [
                AccessServiceDiscovery,
                AccessLimited,
                AccessExceedSize,
                InvalidParam,
                AlreadyExist,
                OutOfLimit,
                Internal,
                Overload,
                PathNotExist,
                PathNotEmpty,
                PathFindOnline,
                DiskNotFound,
                DiskBroken,
                InvalidDiskId,
                DiskNoSpace,
                VuidNotFound,
                VuidReadonly,
                VuidRelease,
                VuidNotMatch,
                ChunkNotReadonly,
                ChunkNotNormal,
                ChunkNoSpace,
                ChunkCompacting,
                InvalidChunkId,
                TooManyChunks,
                ChunkInuse,
                BidNotFound,
                ShardSizeTooLarge,
                ShardNotMarkDelete,
                ShardMarkDeleted,
                ShardInvalidOffset,
                ShardListExceedLimit,
                ShardInvalidBid,
                DestReplicaBad,
                OrphanShard,
                IllegalTask,
                RequestLimited,
                NotingTodo,
                NoAvaliableVolume,
                AllocBidFromCm,
                ClusterIdNotMatch,
                CmUnexpect,
                LockNotAllow,
                UnlockNotAllow,
                VolumeNotExist,
                RaftPropose,
                NoLeader,
                RaftReadIndex,
                DuplicatedMemberInfo,
                CmDiskNotFound,
                InvalidDiskStatus,
                ChangeDiskStatusNotAllow,
                ConcurrentAllocVolumeUnit,
                AllocVolumeInvalidParams,
                NoAvailableVolume,
                OldVuidNotMatch,
                NewVuidNotMatch,
                NewDiskIdNotMatch,
                ConfigArgument,
                InvalidClusterId,
                InvalidIdc,
                VolumeUnitNotExist,
                RegisterServiceInvalidParams,
                DiskAbnormalOrNotReadOnly,
                StatChunkFailed,
                InvalidCodeMode,
                RetainVolumeNotAlloc,
                DroppedDiskHasVolumeUnit,
                NotSupportIdle,
                DiskIsDropping,
                RejectDeleteSystemConfig,
            ]
        };
        &ALL
    }
    #[doc(hidden)]
    const __ERRCAT_CODES: &'static [i32] = &[
        551, 552, 553, 600, 601, 602, 603, 604, 605, 606, 607, 611, 613, 614, 615, 621,
        622, 623, 624, 625, 626, 627, 628, 630, 632, 633, 651, 652, 653, 654, 655, 656,
        657, 670, 671, 672, 673, 700, 801, 802, 803, 900, 902, 903, 904, 906, 907, 908,
        910, 911, 912, 913, 914, 916, 917, 918, 919, 920, 921, 922, 923, 924, 925, 926,
        927, 928, 929, 930, 931, 932, 933,
    ];
    #[doc(hidden)]
    const __ERRCAT_IDENTS: &'static [&'static str] = &[
        "AccessServiceDiscovery",
        "AccessLimited",
        "AccessExceedSize",
        "InvalidParam",
        "AlreadyExist",
        "OutOfLimit",
        "Internal",
        "Overload",
        "PathNotExist",
        "PathNotEmpty",
        "PathFindOnline",
        "DiskNotFound",
        "DiskBroken",
        "InvalidDiskId",
        "DiskNoSpace",
        "VuidNotFound",
        "VuidReadonly",
        "VuidRelease",
        "VuidNotMatch",
        "ChunkNotReadonly",
        "ChunkNotNormal",
        "ChunkNoSpace",
        "ChunkCompacting",
        "InvalidChunkId",
        "TooManyChunks",
        "ChunkInuse",
        "BidNotFound",
        "ShardSizeTooLarge",
        "ShardNotMarkDelete",
        "ShardMarkDeleted",
        "ShardInvalidOffset",
        "ShardListExceedLimit",
        "ShardInvalidBid",
        "DestReplicaBad",
        "OrphanShard",
        "IllegalTask",
        "RequestLimited",
        "NotingTodo",
        "NoAvaliableVolume",
        "AllocBidFromCm",
        "ClusterIdNotMatch",
        "CmUnexpect",
        "LockNotAllow",
        "UnlockNotAllow",
        "VolumeNotExist",
        "RaftPropose",
        "NoLeader",
        "RaftReadIndex",
        "DuplicatedMemberInfo",
        "CmDiskNotFound",
        "InvalidDiskStatus",
        "ChangeDiskStatusNotAllow",
        "ConcurrentAllocVolumeUnit",
        "AllocVolumeInvalidParams",
        "NoAvailableVolume",
        "OldVuidNotMatch",
        "NewVuidNotMatch",
        "NewDiskIdNotMatch",
        "ConfigArgument",
        "InvalidClusterId",
        "InvalidIdc",
        "VolumeUnitNotExist",
        "RegisterServiceInvalidParams",
        "DiskAbnormalOrNotReadOnly",
        "StatChunkFailed",
        "InvalidCodeMode",
        "RetainVolumeNotAlloc",
        "DroppedDiskHasVolumeUnit",
        "NotSupportIdle",
        "DiskIsDropping",
        "RejectDeleteSystemConfig",
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
        const LOWEST: i32 = 551;
        const PAGES: &[u8] = b"\x01\0\0\0\0\0\x02\x03\x04\x05\x06\0\x07\x08\t\n\0\0\x0B\0\0\0\0\0\0\0\0\0\0\0\0\x0C\0\0\0\0\0\0\0\0\0\0\0\r\x0E\x0F\x10\x11";
        const SLOTS: &[u8] = b"\0\0\0\0\0\0\0\0\x01\x02\x03\0\0\0\0\0\0\x04\x05\x06\x07\x08\t\n\x0B\0\0\0\x0C\0\r\x0E\x0F\0\0\0\0\0\x10\x11\x12\x13\x14\x15\x16\x17\0\x18\0\x19\x1A\0\0\0\0\0\0\0\0\0\x1B\x1C\x1D\x1E\x1F !\0\0\0\0\0\0\0\0\0\0\0\0\"#$%\0\0\0\0\0\0\0\0\0\0&\0\0\0\0'()\0\0\0\0\0\0\0\0*\0+,-\0./0\x0012345\x006789:;<=>?@ABCDEFG\0";
        let offset = (code as i64 - LOWEST as i64) as u64;
        if offset >= 383 {
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
            "CodeAccessServiceDiscovery",
            "CodeAccessLimited",
            "CodeAccessExceedSize",
            "CodeInvalidParam",
            "CodeAlreadyExist",
            "CodeOutOfLimit",
            "CodeInternal",
            "CodeOverload",
            "CodePathNotExist",
            "CodePathNotEmpty",
            "CodePathFindOnline",
            "CodeDiskNotFound",
            "CodeDiskBroken",
            "CodeInvalidDiskId",
            "CodeDiskNoSpace",
            "CodeVuidNotFound",
            "CodeVUIDReadonly",
            "CodeVUIDRelease",
            "CodeVuidNotMatch",
            "CodeChunkNotReadonly",
            "CodeChunkNotNormal",
            "CodeChunkNoSpace",
            "CodeChunkCompacting",
            "CodeInvalidChunkId",
            "CodeTooManyChunks",
            "CodeChunkInuse",
            "CodeBidNotFound",
            "CodeShardSizeTooLarge",
            "CodeShardNotMarkDelete",
            "CodeShardMarkDeleted",
            "CodeShardInvalidOffset",
            "CodeShardListExceedLimit",
            "CodeShardInvalidBid",
            "CodeDestReplicaBad",
            "CodeOrphanShard",
            "CodeIllegalTask",
            "CodeRequestLimited",
            "CodeNotingTodo",
            "CodeNoAvaliableVolume",
            "CodeAllocBidFromCm",
            "CodeClusterIDNotMatch",
            "CodeCMUnexpect",
            "CodeLockNotAllow",
            "CodeUnlockNotAllow",
            "CodeVolumeNotExist",
            "CodeRaftPropose",
            "CodeNoLeader",
            "CodeRaftReadIndex",
            "CodeDuplicatedMemberInfo",
            "CodeCMDiskNotFound",
            "CodeInvalidDiskStatus",
            "CodeChangeDiskStatusNotAllow",
            "CodeConcurrentAllocVolumeUnit",
            "CodeAllocVolumeInvalidParams",
            "CodeNoAvailableVolume",
            "CodeOldVuidNotMatch",
            "CodeNewVuidNotMatch",
            "CodeNewDiskIDNotMatch",
            "CodeConfigArgument",
            "CodeInvalidClusterID",
            "CodeInvalidIDC",
            "CodeVolumeUnitNotExist",
            "CodeRegisterServiceInvalidParams",
            "CodeDiskAbnormalOrNotReadOnly",
            "CodeStatChunkFailed",
            "CodeInvalidCodeMode",
            "CodeRetainVolumeNotAlloc",
            "CodeDroppedDiskHasVolumeUnit",
            "CodeNotSupportIdle",
            "CodeDiskIsDropping",
            "CodeRejectDeleteSystemConfig",
        ];
        NAMES[self.__errcat_index()]
    }
    /// The entry whose [`name`](Self::name) is exactly `name`.
    #[must_use]
    pub fn from_name(name: &str) -> ::core::option::Option<Self> {
        const BY_NAME: &[u8] = b"\x02\x01\0'5\x04\x1A1)3\x16\x19\x15\x14\x13(4:!?\x0CE\x0E\x0BC0#\x06\x17;A\r2<\x03*986&.D%7\"\x05\x07\n\t\x08-/>F$B \x1E\x1F\x1D\x1C\x1B@\x18+\x10\x11,=\x0F\x12";
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
            "access client service discovery disconnect",
            "access limited",
            "access exceed object size",
            "blobnode: invalid params",
            "blobnode: entry already exist",
            "blobnode: out of limit",
            "blobnode: internal error",
            "blobnode: service is overload",
            "blobnode: path is not exist",
            "blobnode: path is not empty",
            "blobnode: path find online disk",
            "disk not found",
            "disk is broken",
            "disk id is invalid",
            "disk no space",
            "vuid not found",
            "vuid readonly",
            "vuid released",
            "vuid not match",
            "chunk must readonly",
            "chunk must normal",
            "chunk no space",
            "chunk is compacting",
            "chunk id is invalid",
            "too many chunks",
            "chunk in use",
            "bid not found",
            "shard size too large",
            "shard must mark delete",
            "shard already mark delete",
            "shard offset is invalid",
            "shard list exceed the limit",
            "shard key bid is invalid",
            "dest replica is bad can not repair",
            "shard is an orphan",
            "illegal task",
            "request limited",
            "nothing to do",
            "this codemode has no avaliable volume",
            "alloc bid from clustermgr error",
            "clusterId not match",
            "cm: unexpected error",
            "lock volume not allow",
            "unlock volume not allow",
            "volume not exist",
            "raft propose error",
            "no leader",
            "raft read index error",
            "duplicated member info",
            "disk not found",
            "invalid status",
            "not allow to change status back",
            "alloc volume unit concurrently",
            "alloc volume request params is invalid",
            "no available volume",
            "update volume unit, old vuid not match",
            "update volume unit, new vuid not match",
            "update volume unit, new diskID not match",
            "config argument marshal error",
            "request params error, invalid clusterID",
            "request params error,invalid idc",
            "volume unit not exist",
            "register service params is invalid",
            "disk is abnormal or not readonly, can't add into dropping list",
            "stat blob node chunk failed",
            "request alloc volume codeMode not invalid",
            "retain volume is not alloc",
            "dropped disk still has volume unit remain, migrate them firstly",
            "list volume v2 not support idle status",
            "dropping disk not allow change state or set readonly",
            "reject delete system config",
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
        const TABLE: &[::core::option::Option<&str>] = &[
            ::core::option::Option::Some(
                "access client 无法从consul发现可用的access节点",
            ),
            ::core::option::Option::Some("服务接口达到链接数限制"),
            ::core::option::Option::Some("上传文件超过最大大小限制"),
            ::core::option::Option::Some("参数错误"),
            ::core::option::Option::Some("已经存在（vuid）"),
            ::core::option::Option::Some("请求超过并发限制"),
            ::core::option::Option::Some("内部错误"),
            ::core::option::Option::Some("请求过载"),
            ::core::option::Option::Some("注册的磁盘目录不存在"),
            ::core::option::Option::Some("注册的磁盘目录非空"),
            ::core::option::Option::Some(
                "注册的路径还处于活动状态，需要下线后再重新注册",
            ),
            ::core::option::Option::Some("磁盘不存在"),
            ::core::option::Option::Some("坏盘"),
            ::core::option::Option::Some("磁盘id无效"),
            ::core::option::Option::Some("磁盘无可用空间"),
            ::core::option::Option::Some("vuid不存在"),
            ::core::option::Option::Some("vuid只读状态"),
            ::core::option::Option::Some("vuid处于released状态"),
            ::core::option::Option::Some("vuid不匹配"),
            ::core::option::Option::Some("chunk需要是只读状态"),
            ::core::option::Option::Some("chunk需要是normal状态"),
            ::core::option::Option::Some("chunk无可写空间"),
            ::core::option::Option::Some("chunk处于压缩中"),
            ::core::option::Option::Some("无效的chunk id"),
            ::core::option::Option::Some("chunk数超过阈值"),
            ::core::option::Option::Some("chunk有请求在处理"),
            ::core::option::Option::Some("bid不存在"),
            ::core::option::Option::Some("shard的size超过阈值(1<<32 - 1)"),
            ::core::option::Option::Some("shard需要先标记删除"),
            ::core::option::Option::Some("shard已经标记删除"),
            ::core::option::Option::Some("shard的offset无效"),
            ::core::option::Option::Some("shard list的个数超过阈值(65536)"),
            ::core::option::Option::Some("无效的bid"),
            ::core::option::Option::Some(
                "待修补的目标节点状态异常，可能是请求超时或者服务未启动等",
            ),
            ::core::option::Option::Some(
                "shard为孤本无法执行数据修补，Scheduler发起修补时如果遇到此错误则会记录相关孤本信息",
            ),
            ::core::option::Option::Some("后台任务不合法"),
            ::core::option::Option::Some("修补接口请求过载"),
            ::core::option::Option::Some(
                "BlobNode服务请求Scheduler拉取后台任务时，如果没有相关任务可做，Scheduler则会返回此状态码，可以忽略",
            ),
            ::core::option::Option::Some("对应编码模式没有可用卷"),
            ::core::option::Option::Some("从cm获取bid失败"),
            ::core::option::Option::Some(
                "请求的clusterID和proxy服务所在的clusterID不一致",
            ),
            ::core::option::Option::Some("出现内部错误"),
            ::core::option::Option::Some("加锁失败，例如处于active状态"),
            ::core::option::Option::Some("解锁失败"),
            ::core::option::Option::Some("卷不存在"),
            ::core::option::Option::Some("raft 提议信息错误"),
            ::core::option::Option::Some("暂无主节点"),
            ::core::option::Option::Some("线性一致性读超时"),
            ::core::option::Option::Some("重复的成员信息"),
            ::core::option::Option::Some("磁盘找不到"),
            ::core::option::Option::Some("设置磁盘状态出现非法状态"),
            ::core::option::Option::Some(
                "不允许将磁盘状态回退，例如将坏盘回退到正常状态",
            ),
            ::core::option::Option::Some("并发申请卷单元，重试可用解决"),
            ::core::option::Option::Some("分配卷请求参数非法"),
            ::core::option::Option::Some("分配卷时候，暂无可用的卷"),
            ::core::option::Option::Some(
                "更新卷单元时候新的旧的vuid不匹配",
            ),
            ::core::option::Option::Some("更新卷单元时候新的vuid不匹配"),
            ::core::option::Option::Some("更新卷单元时候新的磁盘id不匹配"),
            ::core::option::Option::Some("配置序列化错误"),
            ::core::option::Option::Some("请求参数错误，clusterID非法"),
            ::core::option::Option::Some("请求参数错误，idc非法"),
            ::core::option::Option::Some("卷单元不存在"),
            ::core::option::Option::Some("注册服务参数非法"),
            ::core::option::Option::Some(
                "磁盘处于非正常或者不是只读状态，不能设置为下线",
            ),
            ::core::option::Option::Some("获取blobNode 的chunk信息失败"),
            ::core::option::Option::Some("请求分配的卷模式不存在"),
            ::core::option::Option::Some("续租的卷没有分配"),
            ::core::option::Option::Some(
                "不能提前标记磁盘下线完成，改磁盘还有剩余chunk，需要先迁移完成",
            ),
            ::core::option::Option::Some("v2版本列举卷不支持idle状态"),
            ::core::option::Option::Some(
                "下线中磁盘不允许修改状态和设置只读",
            ),
            ::core::option::Option::Some("系统配置不允许删除"),
        ];
        TABLE[self.__errcat_index()]
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
            551, 552, 553, 600, 601, 602, 603, 604, 605, 606, 607, 611, 613, 614, 615,
            621, 622, 623, 624, 625, 626, 627, 628, 630, 632, 633, 651, 652, 653, 654,
            655, 656, 657, 670, 671, 672, 673, 700, 801, 802, 803, 900, 902, 903, 904,
            906, 907, 908, 910, 911, 912, 913, 914, 916, 917, 918, 919, 920, 921, 922,
            923, 924, 925, 926, 927, 928, 929, 930, 931, 932, 933,
        ];
        TABLE[self.__errcat_index()]
    }
    /// The entry's severity.
    #[must_use]
    pub const fn severity(self) -> ::errcat::Severity {
        let _ = self;
        ::errcat::Severity::Error
    }
    /// Whether retrying the failed operation may succeed.
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        let _ = self;
        false
    }
    /// The gRPC code the error travels with.
    #[must_use]
    pub const fn grpc_code(self) -> ::errcat::GrpcCode {
        let _ = self;
        ::errcat::GrpcCode::Internal
    }
    ///The group (code range) the entry belongs to.
    #[must_use]
    pub const fn group(self) -> BlobstoreErrorGroup {
        const TABLE: &[u8] = b"\0\0\0\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x02\x03\x03\x03\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04";
        match Self::__errcat_unpack(TABLE, self.__errcat_index(), 1usize) {
            0 => BlobstoreErrorGroup::Access,
            1 => BlobstoreErrorGroup::Blobnode,
            2 => BlobstoreErrorGroup::Scheduler,
            3 => BlobstoreErrorGroup::Proxy,
            _ => BlobstoreErrorGroup::Clustermgr,
        }
    }
    /// The entry's help link (`help_url` in the catalog), rendered.
    #[must_use]
    pub const fn help_url(self) -> ::core::option::Option<&'static str> {
        let _ = self;
        ::core::option::Option::None
    }
    #[doc(hidden)]
    fn __errcat_language(lang: &str) -> usize {
        match lang {
            "zh" => 1,
            _ => 0,
        }
    }
}
impl ::core::fmt::Debug for BlobstoreError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(Self::__ERRCAT_IDENTS[self.__errcat_index()])
    }
}
impl ::core::fmt::Display for BlobstoreError {
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
impl ::core::error::Error for BlobstoreError {}
impl ::core::convert::From<BlobstoreError> for i32 {
    fn from(value: BlobstoreError) -> Self {
        value.code()
    }
}
impl ::core::convert::TryFrom<i32> for BlobstoreError {
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
impl ::core::str::FromStr for BlobstoreError {
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
impl ::errcat::ErrorCode for BlobstoreError {
    type Repr = i32;
    const ALL: &'static [Self] = BlobstoreError::all();
    fn all() -> &'static [Self] {
        BlobstoreError::all()
    }
    fn code(self) -> i32 {
        BlobstoreError::code(self)
    }
    fn from_code(code: i32) -> ::core::option::Option<Self> {
        BlobstoreError::from_code(code)
    }
    fn name(self) -> &'static str {
        BlobstoreError::name(self)
    }
    fn message(self) -> &'static str {
        BlobstoreError::message(self)
    }
    fn message_in(self, lang: &str) -> &'static str {
        BlobstoreError::message_in(self, lang)
    }
    fn http_status(self) -> u16 {
        BlobstoreError::http_status(self)
    }
    fn severity(self) -> ::errcat::Severity {
        BlobstoreError::severity(self)
    }
    fn is_retryable(self) -> bool {
        BlobstoreError::is_retryable(self)
    }
    fn grpc_code(self) -> ::errcat::GrpcCode {
        BlobstoreError::grpc_code(self)
    }
    const LANGUAGES: &'static [&'static str] = &["en", "zh"];
    const WIRE: ::errcat::Wire = ::errcat::Wire::__new(
        false,
        &[
            ("code", ::errcat::BodyMember::Code),
            ("message", ::errcat::BodyMember::Message),
        ],
        ::core::option::Option::None,
        false,
        &[],
        "BlobstoreError",
    );
    fn from_name(name: &str) -> ::core::option::Option<Self> {
        BlobstoreError::from_name(name)
    }
    fn description_in(self, lang: &str) -> ::core::option::Option<&'static str> {
        BlobstoreError::description_in(self, lang)
    }
    fn group_name(self) -> ::core::option::Option<&'static str> {
        ::core::option::Option::Some(BlobstoreError::group(self).name())
    }
    fn help_url(self) -> ::core::option::Option<&'static str> {
        BlobstoreError::help_url(self)
    }
}
::errcat::__impl_http!(BlobstoreError);
::errcat::__impl_tonic!(BlobstoreError);
::errcat::__impl_serde!(BlobstoreError);
::errcat::__impl_axum!(BlobstoreError);
/**The groups (code ranges) of [`BlobstoreError`].

# Examples

```rust,ignore
assert_eq!(BlobstoreErrorGroup::of_code(551), Some(BlobstoreErrorGroup::Access));
assert!(BlobstoreErrorGroup::Access.codes().contains(&BlobstoreError::AccessServiceDiscovery));
assert_eq!(BlobstoreError::AccessServiceDiscovery.group(), BlobstoreErrorGroup::Access);
```*/
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BlobstoreErrorGroup {
    /**Access service

Codes `550..=599`; 3 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    Access,
    /**Proxy service

Codes `800..=899`; 3 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    Proxy,
    /**Clustermgr service

Codes `900..=999`; 30 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    Clustermgr,
    /**BlobNode service

Codes `600..=699`; 34 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    Blobnode,
    /**Scheduler service

Codes `700..=799`; 1 code. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    Scheduler,
}
impl BlobstoreErrorGroup {
    /// Every group, in catalog order.
    pub const ALL: &'static [Self] = &[
        Self::Access,
        Self::Proxy,
        Self::Clustermgr,
        Self::Blobnode,
        Self::Scheduler,
    ];
    /// The group's name as written in the catalog.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Access => "access",
            Self::Proxy => "proxy",
            Self::Clustermgr => "clustermgr",
            Self::Blobnode => "blobnode",
            Self::Scheduler => "scheduler",
        }
    }
    /// The group's inclusive code range, if it has one.
    #[must_use]
    pub const fn range(
        self,
    ) -> ::core::option::Option<::core::ops::RangeInclusive<i32>> {
        match self {
            Self::Access => ::core::option::Option::Some(550..=599),
            Self::Proxy => ::core::option::Option::Some(800..=899),
            Self::Clustermgr => ::core::option::Option::Some(900..=999),
            Self::Blobnode => ::core::option::Option::Some(600..=699),
            Self::Scheduler => ::core::option::Option::Some(700..=799),
        }
    }
    /// Whether `code` belongs to this group: by range, or by membership for a group without one.
    #[must_use]
    pub const fn contains(self, code: i32) -> bool {
        match self {
            Self::Access => 550 <= code && code <= 599,
            Self::Proxy => 800 <= code && code <= 899,
            Self::Clustermgr => 900 <= code && code <= 999,
            Self::Blobnode => 600 <= code && code <= 699,
            Self::Scheduler => 700 <= code && code <= 799,
        }
    }
    /// The group that owns a raw code, known to the catalog or not.
    #[must_use]
    pub const fn of_code(code: i32) -> ::core::option::Option<Self> {
        if 550 <= code && code <= 599 {
            return ::core::option::Option::Some(Self::Access);
        }
        if 800 <= code && code <= 899 {
            return ::core::option::Option::Some(Self::Proxy);
        }
        if 900 <= code && code <= 999 {
            return ::core::option::Option::Some(Self::Clustermgr);
        }
        if 600 <= code && code <= 699 {
            return ::core::option::Option::Some(Self::Blobnode);
        }
        if 700 <= code && code <= 799 {
            return ::core::option::Option::Some(Self::Scheduler);
        }
        ::core::option::Option::None
    }
    /// The group's entries, in ascending code order.
    #[must_use]
    pub fn codes(self) -> &'static [BlobstoreError] {
        match self {
            Self::Access => &BlobstoreError::all()[0..3],
            Self::Proxy => &BlobstoreError::all()[38..41],
            Self::Clustermgr => &BlobstoreError::all()[41..71],
            Self::Blobnode => &BlobstoreError::all()[3..37],
            Self::Scheduler => &BlobstoreError::all()[37..38],
        }
    }
}
impl ::core::fmt::Display for BlobstoreErrorGroup {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.name())
    }
}
