# errcat: generated from examples/catalogs/blobstore.yaml by `errcat export examples/catalogs/blobstore.yaml --lang python -o examples/exports/python/blobstore.py`; catalog 796e1aef90dfda0b, body 604ee7081e80bdb8; edit the catalog and run the command again, not this file
"""CubeFS blobstore service status codes"""
from __future__ import annotations

import enum
from typing import Final, Literal, Mapping, NamedTuple, Optional, TypedDict


class BlobstoreError(enum.IntEnum):
    """A code of the catalog."""

    ACCESS_SERVICE_DISCOVERY = 551
    """access client service discovery disconnect"""
    ACCESS_LIMITED = 552
    """access limited"""
    ACCESS_EXCEED_SIZE = 553
    """access exceed object size"""
    INVALID_PARAM = 600
    """blobnode: invalid params"""
    ALREADY_EXIST = 601
    """blobnode: entry already exist"""
    OUT_OF_LIMIT = 602
    """blobnode: out of limit"""
    INTERNAL = 603
    """blobnode: internal error"""
    OVERLOAD = 604
    """blobnode: service is overload"""
    PATH_NOT_EXIST = 605
    """blobnode: path is not exist"""
    PATH_NOT_EMPTY = 606
    """blobnode: path is not empty"""
    PATH_FIND_ONLINE = 607
    """blobnode: path find online disk"""
    DISK_NOT_FOUND = 611
    """disk not found"""
    DISK_BROKEN = 613
    """disk is broken"""
    INVALID_DISK_ID = 614
    """disk id is invalid"""
    DISK_NO_SPACE = 615
    """disk no space"""
    VUID_NOT_FOUND = 621
    """vuid not found"""
    VUID_READONLY = 622
    """vuid readonly"""
    VUID_RELEASE = 623
    """vuid released"""
    VUID_NOT_MATCH = 624
    """vuid not match"""
    CHUNK_NOT_READONLY = 625
    """chunk must readonly"""
    CHUNK_NOT_NORMAL = 626
    """chunk must normal"""
    CHUNK_NO_SPACE = 627
    """chunk no space"""
    CHUNK_COMPACTING = 628
    """chunk is compacting"""
    INVALID_CHUNK_ID = 630
    """chunk id is invalid"""
    TOO_MANY_CHUNKS = 632
    """too many chunks"""
    CHUNK_INUSE = 633
    """chunk in use"""
    BID_NOT_FOUND = 651
    """bid not found"""
    SHARD_SIZE_TOO_LARGE = 652
    """shard size too large"""
    SHARD_NOT_MARK_DELETE = 653
    """shard must mark delete"""
    SHARD_MARK_DELETED = 654
    """shard already mark delete"""
    SHARD_INVALID_OFFSET = 655
    """shard offset is invalid"""
    SHARD_LIST_EXCEED_LIMIT = 656
    """shard list exceed the limit"""
    SHARD_INVALID_BID = 657
    """shard key bid is invalid"""
    DEST_REPLICA_BAD = 670
    """dest replica is bad can not repair"""
    ORPHAN_SHARD = 671
    """shard is an orphan"""
    ILLEGAL_TASK = 672
    """illegal task"""
    REQUEST_LIMITED = 673
    """request limited"""
    NOTING_TODO = 700
    """nothing to do"""
    NO_AVALIABLE_VOLUME = 801
    """this codemode has no avaliable volume"""
    ALLOC_BID_FROM_CM = 802
    """alloc bid from clustermgr error"""
    CLUSTER_ID_NOT_MATCH = 803
    """clusterId not match"""
    CM_UNEXPECT = 900
    """cm: unexpected error"""
    LOCK_NOT_ALLOW = 902
    """lock volume not allow"""
    UNLOCK_NOT_ALLOW = 903
    """unlock volume not allow"""
    VOLUME_NOT_EXIST = 904
    """volume not exist"""
    RAFT_PROPOSE = 906
    """raft propose error"""
    NO_LEADER = 907
    """no leader"""
    RAFT_READ_INDEX = 908
    """raft read index error"""
    DUPLICATED_MEMBER_INFO = 910
    """duplicated member info"""
    CM_DISK_NOT_FOUND = 911
    """disk not found"""
    INVALID_DISK_STATUS = 912
    """invalid status"""
    CHANGE_DISK_STATUS_NOT_ALLOW = 913
    """not allow to change status back"""
    CONCURRENT_ALLOC_VOLUME_UNIT = 914
    """alloc volume unit concurrently"""
    ALLOC_VOLUME_INVALID_PARAMS = 916
    """alloc volume request params is invalid"""
    NO_AVAILABLE_VOLUME = 917
    """no available volume"""
    OLD_VUID_NOT_MATCH = 918
    """update volume unit, old vuid not match"""
    NEW_VUID_NOT_MATCH = 919
    """update volume unit, new vuid not match"""
    NEW_DISK_ID_NOT_MATCH = 920
    """update volume unit, new diskID not match"""
    CONFIG_ARGUMENT = 921
    """config argument marshal error"""
    INVALID_CLUSTER_ID = 922
    """request params error, invalid clusterID"""
    INVALID_IDC = 923
    """request params error,invalid idc"""
    VOLUME_UNIT_NOT_EXIST = 924
    """volume unit not exist"""
    REGISTER_SERVICE_INVALID_PARAMS = 925
    """register service params is invalid"""
    DISK_ABNORMAL_OR_NOT_READ_ONLY = 926
    """disk is abnormal or not readonly, can't add into dropping list"""
    STAT_CHUNK_FAILED = 927
    """stat blob node chunk failed"""
    INVALID_CODE_MODE = 928
    """request alloc volume codeMode not invalid"""
    RETAIN_VOLUME_NOT_ALLOC = 929
    """retain volume is not alloc"""
    DROPPED_DISK_HAS_VOLUME_UNIT = 930
    """dropped disk still has volume unit remain, migrate them firstly"""
    NOT_SUPPORT_IDLE = 931
    """list volume v2 not support idle status"""
    DISK_IS_DROPPING = 932
    """dropping disk not allow change state or set readonly"""
    REJECT_DELETE_SYSTEM_CONFIG = 933
    """reject delete system config"""


LANGUAGES: Final[tuple[str, ...]] = ("en", "zh")
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
    551: Facts("CodeAccessServiceDiscovery", ("access client service discovery disconnect", "access client service discovery disconnect"), ("access client 无法从consul发现可用的access节点", "access client 无法从consul发现可用的access节点"), None, 551, "error", "INTERNAL", False, "access", False, ()),
    552: Facts("CodeAccessLimited", ("access limited", "access limited"), ("服务接口达到链接数限制", "服务接口达到链接数限制"), None, 552, "error", "INTERNAL", False, "access", False, ()),
    553: Facts("CodeAccessExceedSize", ("access exceed object size", "access exceed object size"), ("上传文件超过最大大小限制", "上传文件超过最大大小限制"), None, 553, "error", "INTERNAL", False, "access", False, ()),
    600: Facts("CodeInvalidParam", ("blobnode: invalid params", "blobnode: invalid params"), ("参数错误", "参数错误"), None, 600, "error", "INTERNAL", False, "blobnode", False, ()),
    601: Facts("CodeAlreadyExist", ("blobnode: entry already exist", "blobnode: entry already exist"), ("已经存在（vuid）", "已经存在（vuid）"), None, 601, "error", "INTERNAL", False, "blobnode", False, ()),
    602: Facts("CodeOutOfLimit", ("blobnode: out of limit", "blobnode: out of limit"), ("请求超过并发限制", "请求超过并发限制"), None, 602, "error", "INTERNAL", False, "blobnode", False, ()),
    603: Facts("CodeInternal", ("blobnode: internal error", "blobnode: internal error"), ("内部错误", "内部错误"), None, 603, "error", "INTERNAL", False, "blobnode", False, ()),
    604: Facts("CodeOverload", ("blobnode: service is overload", "blobnode: service is overload"), ("请求过载", "请求过载"), None, 604, "error", "INTERNAL", False, "blobnode", False, ()),
    605: Facts("CodePathNotExist", ("blobnode: path is not exist", "blobnode: path is not exist"), ("注册的磁盘目录不存在", "注册的磁盘目录不存在"), None, 605, "error", "INTERNAL", False, "blobnode", False, ()),
    606: Facts("CodePathNotEmpty", ("blobnode: path is not empty", "blobnode: path is not empty"), ("注册的磁盘目录非空", "注册的磁盘目录非空"), None, 606, "error", "INTERNAL", False, "blobnode", False, ()),
    607: Facts("CodePathFindOnline", ("blobnode: path find online disk", "blobnode: path find online disk"), ("注册的路径还处于活动状态，需要下线后再重新注册", "注册的路径还处于活动状态，需要下线后再重新注册"), None, 607, "error", "INTERNAL", False, "blobnode", False, ()),
    611: Facts("CodeDiskNotFound", ("disk not found", "disk not found"), ("磁盘不存在", "磁盘不存在"), None, 611, "error", "INTERNAL", False, "blobnode", False, ()),
    613: Facts("CodeDiskBroken", ("disk is broken", "disk is broken"), ("坏盘", "坏盘"), None, 613, "error", "INTERNAL", False, "blobnode", False, ()),
    614: Facts("CodeInvalidDiskId", ("disk id is invalid", "disk id is invalid"), ("磁盘id无效", "磁盘id无效"), None, 614, "error", "INTERNAL", False, "blobnode", False, ()),
    615: Facts("CodeDiskNoSpace", ("disk no space", "disk no space"), ("磁盘无可用空间", "磁盘无可用空间"), None, 615, "error", "INTERNAL", False, "blobnode", False, ()),
    621: Facts("CodeVuidNotFound", ("vuid not found", "vuid not found"), ("vuid不存在", "vuid不存在"), None, 621, "error", "INTERNAL", False, "blobnode", False, ()),
    622: Facts("CodeVUIDReadonly", ("vuid readonly", "vuid readonly"), ("vuid只读状态", "vuid只读状态"), None, 622, "error", "INTERNAL", False, "blobnode", False, ()),
    623: Facts("CodeVUIDRelease", ("vuid released", "vuid released"), ("vuid处于released状态", "vuid处于released状态"), None, 623, "error", "INTERNAL", False, "blobnode", False, ()),
    624: Facts("CodeVuidNotMatch", ("vuid not match", "vuid not match"), ("vuid不匹配", "vuid不匹配"), None, 624, "error", "INTERNAL", False, "blobnode", False, ()),
    625: Facts("CodeChunkNotReadonly", ("chunk must readonly", "chunk must readonly"), ("chunk需要是只读状态", "chunk需要是只读状态"), None, 625, "error", "INTERNAL", False, "blobnode", False, ()),
    626: Facts("CodeChunkNotNormal", ("chunk must normal", "chunk must normal"), ("chunk需要是normal状态", "chunk需要是normal状态"), None, 626, "error", "INTERNAL", False, "blobnode", False, ()),
    627: Facts("CodeChunkNoSpace", ("chunk no space", "chunk no space"), ("chunk无可写空间", "chunk无可写空间"), None, 627, "error", "INTERNAL", False, "blobnode", False, ()),
    628: Facts("CodeChunkCompacting", ("chunk is compacting", "chunk is compacting"), ("chunk处于压缩中", "chunk处于压缩中"), None, 628, "error", "INTERNAL", False, "blobnode", False, ()),
    630: Facts("CodeInvalidChunkId", ("chunk id is invalid", "chunk id is invalid"), ("无效的chunk id", "无效的chunk id"), None, 630, "error", "INTERNAL", False, "blobnode", False, ()),
    632: Facts("CodeTooManyChunks", ("too many chunks", "too many chunks"), ("chunk数超过阈值", "chunk数超过阈值"), None, 632, "error", "INTERNAL", False, "blobnode", False, ()),
    633: Facts("CodeChunkInuse", ("chunk in use", "chunk in use"), ("chunk有请求在处理", "chunk有请求在处理"), None, 633, "error", "INTERNAL", False, "blobnode", False, ()),
    651: Facts("CodeBidNotFound", ("bid not found", "bid not found"), ("bid不存在", "bid不存在"), None, 651, "error", "INTERNAL", False, "blobnode", False, ()),
    652: Facts("CodeShardSizeTooLarge", ("shard size too large", "shard size too large"), ("shard的size超过阈值(1<<32 - 1)", "shard的size超过阈值(1<<32 - 1)"), None, 652, "error", "INTERNAL", False, "blobnode", False, ()),
    653: Facts("CodeShardNotMarkDelete", ("shard must mark delete", "shard must mark delete"), ("shard需要先标记删除", "shard需要先标记删除"), None, 653, "error", "INTERNAL", False, "blobnode", False, ()),
    654: Facts("CodeShardMarkDeleted", ("shard already mark delete", "shard already mark delete"), ("shard已经标记删除", "shard已经标记删除"), None, 654, "error", "INTERNAL", False, "blobnode", False, ()),
    655: Facts("CodeShardInvalidOffset", ("shard offset is invalid", "shard offset is invalid"), ("shard的offset无效", "shard的offset无效"), None, 655, "error", "INTERNAL", False, "blobnode", False, ()),
    656: Facts("CodeShardListExceedLimit", ("shard list exceed the limit", "shard list exceed the limit"), ("shard list的个数超过阈值(65536)", "shard list的个数超过阈值(65536)"), None, 656, "error", "INTERNAL", False, "blobnode", False, ()),
    657: Facts("CodeShardInvalidBid", ("shard key bid is invalid", "shard key bid is invalid"), ("无效的bid", "无效的bid"), None, 657, "error", "INTERNAL", False, "blobnode", False, ()),
    670: Facts("CodeDestReplicaBad", ("dest replica is bad can not repair", "dest replica is bad can not repair"), ("待修补的目标节点状态异常，可能是请求超时或者服务未启动等", "待修补的目标节点状态异常，可能是请求超时或者服务未启动等"), None, 670, "error", "INTERNAL", False, "blobnode", False, ()),
    671: Facts("CodeOrphanShard", ("shard is an orphan", "shard is an orphan"), ("shard为孤本无法执行数据修补，Scheduler发起修补时如果遇到此错误则会记录相关孤本信息", "shard为孤本无法执行数据修补，Scheduler发起修补时如果遇到此错误则会记录相关孤本信息"), None, 671, "error", "INTERNAL", False, "blobnode", False, ()),
    672: Facts("CodeIllegalTask", ("illegal task", "illegal task"), ("后台任务不合法", "后台任务不合法"), None, 672, "error", "INTERNAL", False, "blobnode", False, ()),
    673: Facts("CodeRequestLimited", ("request limited", "request limited"), ("修补接口请求过载", "修补接口请求过载"), None, 673, "error", "INTERNAL", False, "blobnode", False, ()),
    700: Facts("CodeNotingTodo", ("nothing to do", "nothing to do"), ("BlobNode服务请求Scheduler拉取后台任务时，如果没有相关任务可做，Scheduler则会返回此状态码，可以忽略", "BlobNode服务请求Scheduler拉取后台任务时，如果没有相关任务可做，Scheduler则会返回此状态码，可以忽略"), None, 700, "error", "INTERNAL", False, "scheduler", False, ()),
    801: Facts("CodeNoAvaliableVolume", ("this codemode has no avaliable volume", "this codemode has no avaliable volume"), ("对应编码模式没有可用卷", "对应编码模式没有可用卷"), None, 801, "error", "INTERNAL", False, "proxy", False, ()),
    802: Facts("CodeAllocBidFromCm", ("alloc bid from clustermgr error", "alloc bid from clustermgr error"), ("从cm获取bid失败", "从cm获取bid失败"), None, 802, "error", "INTERNAL", False, "proxy", False, ()),
    803: Facts("CodeClusterIDNotMatch", ("clusterId not match", "clusterId not match"), ("请求的clusterID和proxy服务所在的clusterID不一致", "请求的clusterID和proxy服务所在的clusterID不一致"), None, 803, "error", "INTERNAL", False, "proxy", False, ()),
    900: Facts("CodeCMUnexpect", ("cm: unexpected error", "cm: unexpected error"), ("出现内部错误", "出现内部错误"), None, 900, "error", "INTERNAL", False, "clustermgr", False, ()),
    902: Facts("CodeLockNotAllow", ("lock volume not allow", "lock volume not allow"), ("加锁失败，例如处于active状态", "加锁失败，例如处于active状态"), None, 902, "error", "INTERNAL", False, "clustermgr", False, ()),
    903: Facts("CodeUnlockNotAllow", ("unlock volume not allow", "unlock volume not allow"), ("解锁失败", "解锁失败"), None, 903, "error", "INTERNAL", False, "clustermgr", False, ()),
    904: Facts("CodeVolumeNotExist", ("volume not exist", "volume not exist"), ("卷不存在", "卷不存在"), None, 904, "error", "INTERNAL", False, "clustermgr", False, ()),
    906: Facts("CodeRaftPropose", ("raft propose error", "raft propose error"), ("raft 提议信息错误", "raft 提议信息错误"), None, 906, "error", "INTERNAL", False, "clustermgr", False, ()),
    907: Facts("CodeNoLeader", ("no leader", "no leader"), ("暂无主节点", "暂无主节点"), None, 907, "error", "INTERNAL", False, "clustermgr", False, ()),
    908: Facts("CodeRaftReadIndex", ("raft read index error", "raft read index error"), ("线性一致性读超时", "线性一致性读超时"), None, 908, "error", "INTERNAL", False, "clustermgr", False, ()),
    910: Facts("CodeDuplicatedMemberInfo", ("duplicated member info", "duplicated member info"), ("重复的成员信息", "重复的成员信息"), None, 910, "error", "INTERNAL", False, "clustermgr", False, ()),
    911: Facts("CodeCMDiskNotFound", ("disk not found", "disk not found"), ("磁盘找不到", "磁盘找不到"), None, 911, "error", "INTERNAL", False, "clustermgr", False, ()),
    912: Facts("CodeInvalidDiskStatus", ("invalid status", "invalid status"), ("设置磁盘状态出现非法状态", "设置磁盘状态出现非法状态"), None, 912, "error", "INTERNAL", False, "clustermgr", False, ()),
    913: Facts("CodeChangeDiskStatusNotAllow", ("not allow to change status back", "not allow to change status back"), ("不允许将磁盘状态回退，例如将坏盘回退到正常状态", "不允许将磁盘状态回退，例如将坏盘回退到正常状态"), None, 913, "error", "INTERNAL", False, "clustermgr", False, ()),
    914: Facts("CodeConcurrentAllocVolumeUnit", ("alloc volume unit concurrently", "alloc volume unit concurrently"), ("并发申请卷单元，重试可用解决", "并发申请卷单元，重试可用解决"), None, 914, "error", "INTERNAL", False, "clustermgr", False, ()),
    916: Facts("CodeAllocVolumeInvalidParams", ("alloc volume request params is invalid", "alloc volume request params is invalid"), ("分配卷请求参数非法", "分配卷请求参数非法"), None, 916, "error", "INTERNAL", False, "clustermgr", False, ()),
    917: Facts("CodeNoAvailableVolume", ("no available volume", "no available volume"), ("分配卷时候，暂无可用的卷", "分配卷时候，暂无可用的卷"), None, 917, "error", "INTERNAL", False, "clustermgr", False, ()),
    918: Facts("CodeOldVuidNotMatch", ("update volume unit, old vuid not match", "update volume unit, old vuid not match"), ("更新卷单元时候新的旧的vuid不匹配", "更新卷单元时候新的旧的vuid不匹配"), None, 918, "error", "INTERNAL", False, "clustermgr", False, ()),
    919: Facts("CodeNewVuidNotMatch", ("update volume unit, new vuid not match", "update volume unit, new vuid not match"), ("更新卷单元时候新的vuid不匹配", "更新卷单元时候新的vuid不匹配"), None, 919, "error", "INTERNAL", False, "clustermgr", False, ()),
    920: Facts("CodeNewDiskIDNotMatch", ("update volume unit, new diskID not match", "update volume unit, new diskID not match"), ("更新卷单元时候新的磁盘id不匹配", "更新卷单元时候新的磁盘id不匹配"), None, 920, "error", "INTERNAL", False, "clustermgr", False, ()),
    921: Facts("CodeConfigArgument", ("config argument marshal error", "config argument marshal error"), ("配置序列化错误", "配置序列化错误"), None, 921, "error", "INTERNAL", False, "clustermgr", False, ()),
    922: Facts("CodeInvalidClusterID", ("request params error, invalid clusterID", "request params error, invalid clusterID"), ("请求参数错误，clusterID非法", "请求参数错误，clusterID非法"), None, 922, "error", "INTERNAL", False, "clustermgr", False, ()),
    923: Facts("CodeInvalidIDC", ("request params error,invalid idc", "request params error,invalid idc"), ("请求参数错误，idc非法", "请求参数错误，idc非法"), None, 923, "error", "INTERNAL", False, "clustermgr", False, ()),
    924: Facts("CodeVolumeUnitNotExist", ("volume unit not exist", "volume unit not exist"), ("卷单元不存在", "卷单元不存在"), None, 924, "error", "INTERNAL", False, "clustermgr", False, ()),
    925: Facts("CodeRegisterServiceInvalidParams", ("register service params is invalid", "register service params is invalid"), ("注册服务参数非法", "注册服务参数非法"), None, 925, "error", "INTERNAL", False, "clustermgr", False, ()),
    926: Facts("CodeDiskAbnormalOrNotReadOnly", ("disk is abnormal or not readonly, can't add into dropping list", "disk is abnormal or not readonly, can't add into dropping list"), ("磁盘处于非正常或者不是只读状态，不能设置为下线", "磁盘处于非正常或者不是只读状态，不能设置为下线"), None, 926, "error", "INTERNAL", False, "clustermgr", False, ()),
    927: Facts("CodeStatChunkFailed", ("stat blob node chunk failed", "stat blob node chunk failed"), ("获取blobNode 的chunk信息失败", "获取blobNode 的chunk信息失败"), None, 927, "error", "INTERNAL", False, "clustermgr", False, ()),
    928: Facts("CodeInvalidCodeMode", ("request alloc volume codeMode not invalid", "request alloc volume codeMode not invalid"), ("请求分配的卷模式不存在", "请求分配的卷模式不存在"), None, 928, "error", "INTERNAL", False, "clustermgr", False, ()),
    929: Facts("CodeRetainVolumeNotAlloc", ("retain volume is not alloc", "retain volume is not alloc"), ("续租的卷没有分配", "续租的卷没有分配"), None, 929, "error", "INTERNAL", False, "clustermgr", False, ()),
    930: Facts("CodeDroppedDiskHasVolumeUnit", ("dropped disk still has volume unit remain, migrate them firstly", "dropped disk still has volume unit remain, migrate them firstly"), ("不能提前标记磁盘下线完成，改磁盘还有剩余chunk，需要先迁移完成", "不能提前标记磁盘下线完成，改磁盘还有剩余chunk，需要先迁移完成"), None, 930, "error", "INTERNAL", False, "clustermgr", False, ()),
    931: Facts("CodeNotSupportIdle", ("list volume v2 not support idle status", "list volume v2 not support idle status"), ("v2版本列举卷不支持idle状态", "v2版本列举卷不支持idle状态"), None, 931, "error", "INTERNAL", False, "clustermgr", False, ()),
    932: Facts("CodeDiskIsDropping", ("dropping disk not allow change state or set readonly", "dropping disk not allow change state or set readonly"), ("下线中磁盘不允许修改状态和设置只读", "下线中磁盘不允许修改状态和设置只读"), None, 932, "error", "INTERNAL", False, "clustermgr", False, ()),
    933: Facts("CodeRejectDeleteSystemConfig", ("reject delete system config", "reject delete system config"), ("系统配置不允许删除", "系统配置不允许删除"), None, 933, "error", "INTERNAL", False, "clustermgr", False, ()),
}

_BY_NAME: Final[Mapping[str, BlobstoreError]] = {
    "CodeAccessServiceDiscovery": BlobstoreError.ACCESS_SERVICE_DISCOVERY,
    "CodeAccessLimited": BlobstoreError.ACCESS_LIMITED,
    "CodeAccessExceedSize": BlobstoreError.ACCESS_EXCEED_SIZE,
    "CodeInvalidParam": BlobstoreError.INVALID_PARAM,
    "CodeAlreadyExist": BlobstoreError.ALREADY_EXIST,
    "CodeOutOfLimit": BlobstoreError.OUT_OF_LIMIT,
    "CodeInternal": BlobstoreError.INTERNAL,
    "CodeOverload": BlobstoreError.OVERLOAD,
    "CodePathNotExist": BlobstoreError.PATH_NOT_EXIST,
    "CodePathNotEmpty": BlobstoreError.PATH_NOT_EMPTY,
    "CodePathFindOnline": BlobstoreError.PATH_FIND_ONLINE,
    "CodeDiskNotFound": BlobstoreError.DISK_NOT_FOUND,
    "CodeDiskBroken": BlobstoreError.DISK_BROKEN,
    "CodeInvalidDiskId": BlobstoreError.INVALID_DISK_ID,
    "CodeDiskNoSpace": BlobstoreError.DISK_NO_SPACE,
    "CodeVuidNotFound": BlobstoreError.VUID_NOT_FOUND,
    "CodeVUIDReadonly": BlobstoreError.VUID_READONLY,
    "CodeVUIDRelease": BlobstoreError.VUID_RELEASE,
    "CodeVuidNotMatch": BlobstoreError.VUID_NOT_MATCH,
    "CodeChunkNotReadonly": BlobstoreError.CHUNK_NOT_READONLY,
    "CodeChunkNotNormal": BlobstoreError.CHUNK_NOT_NORMAL,
    "CodeChunkNoSpace": BlobstoreError.CHUNK_NO_SPACE,
    "CodeChunkCompacting": BlobstoreError.CHUNK_COMPACTING,
    "CodeInvalidChunkId": BlobstoreError.INVALID_CHUNK_ID,
    "CodeTooManyChunks": BlobstoreError.TOO_MANY_CHUNKS,
    "CodeChunkInuse": BlobstoreError.CHUNK_INUSE,
    "CodeBidNotFound": BlobstoreError.BID_NOT_FOUND,
    "CodeShardSizeTooLarge": BlobstoreError.SHARD_SIZE_TOO_LARGE,
    "CodeShardNotMarkDelete": BlobstoreError.SHARD_NOT_MARK_DELETE,
    "CodeShardMarkDeleted": BlobstoreError.SHARD_MARK_DELETED,
    "CodeShardInvalidOffset": BlobstoreError.SHARD_INVALID_OFFSET,
    "CodeShardListExceedLimit": BlobstoreError.SHARD_LIST_EXCEED_LIMIT,
    "CodeShardInvalidBid": BlobstoreError.SHARD_INVALID_BID,
    "CodeDestReplicaBad": BlobstoreError.DEST_REPLICA_BAD,
    "CodeOrphanShard": BlobstoreError.ORPHAN_SHARD,
    "CodeIllegalTask": BlobstoreError.ILLEGAL_TASK,
    "CodeRequestLimited": BlobstoreError.REQUEST_LIMITED,
    "CodeNotingTodo": BlobstoreError.NOTING_TODO,
    "CodeNoAvaliableVolume": BlobstoreError.NO_AVALIABLE_VOLUME,
    "CodeAllocBidFromCm": BlobstoreError.ALLOC_BID_FROM_CM,
    "CodeClusterIDNotMatch": BlobstoreError.CLUSTER_ID_NOT_MATCH,
    "CodeCMUnexpect": BlobstoreError.CM_UNEXPECT,
    "CodeLockNotAllow": BlobstoreError.LOCK_NOT_ALLOW,
    "CodeUnlockNotAllow": BlobstoreError.UNLOCK_NOT_ALLOW,
    "CodeVolumeNotExist": BlobstoreError.VOLUME_NOT_EXIST,
    "CodeRaftPropose": BlobstoreError.RAFT_PROPOSE,
    "CodeNoLeader": BlobstoreError.NO_LEADER,
    "CodeRaftReadIndex": BlobstoreError.RAFT_READ_INDEX,
    "CodeDuplicatedMemberInfo": BlobstoreError.DUPLICATED_MEMBER_INFO,
    "CodeCMDiskNotFound": BlobstoreError.CM_DISK_NOT_FOUND,
    "CodeInvalidDiskStatus": BlobstoreError.INVALID_DISK_STATUS,
    "CodeChangeDiskStatusNotAllow": BlobstoreError.CHANGE_DISK_STATUS_NOT_ALLOW,
    "CodeConcurrentAllocVolumeUnit": BlobstoreError.CONCURRENT_ALLOC_VOLUME_UNIT,
    "CodeAllocVolumeInvalidParams": BlobstoreError.ALLOC_VOLUME_INVALID_PARAMS,
    "CodeNoAvailableVolume": BlobstoreError.NO_AVAILABLE_VOLUME,
    "CodeOldVuidNotMatch": BlobstoreError.OLD_VUID_NOT_MATCH,
    "CodeNewVuidNotMatch": BlobstoreError.NEW_VUID_NOT_MATCH,
    "CodeNewDiskIDNotMatch": BlobstoreError.NEW_DISK_ID_NOT_MATCH,
    "CodeConfigArgument": BlobstoreError.CONFIG_ARGUMENT,
    "CodeInvalidClusterID": BlobstoreError.INVALID_CLUSTER_ID,
    "CodeInvalidIDC": BlobstoreError.INVALID_IDC,
    "CodeVolumeUnitNotExist": BlobstoreError.VOLUME_UNIT_NOT_EXIST,
    "CodeRegisterServiceInvalidParams": BlobstoreError.REGISTER_SERVICE_INVALID_PARAMS,
    "CodeDiskAbnormalOrNotReadOnly": BlobstoreError.DISK_ABNORMAL_OR_NOT_READ_ONLY,
    "CodeStatChunkFailed": BlobstoreError.STAT_CHUNK_FAILED,
    "CodeInvalidCodeMode": BlobstoreError.INVALID_CODE_MODE,
    "CodeRetainVolumeNotAlloc": BlobstoreError.RETAIN_VOLUME_NOT_ALLOC,
    "CodeDroppedDiskHasVolumeUnit": BlobstoreError.DROPPED_DISK_HAS_VOLUME_UNIT,
    "CodeNotSupportIdle": BlobstoreError.NOT_SUPPORT_IDLE,
    "CodeDiskIsDropping": BlobstoreError.DISK_IS_DROPPING,
    "CodeRejectDeleteSystemConfig": BlobstoreError.REJECT_DELETE_SYSTEM_CONFIG,
}

GROUPS: Final[Mapping[str, Optional[tuple[int, int]]]] = {
    "access": (550, 599),
    "proxy": (800, 899),
    "clustermgr": (900, 999),
    "blobnode": (600, 699),
    "scheduler": (700, 799),
}
"""Each group and the range of codes it keeps."""


def from_code(code: int) -> Optional[BlobstoreError]:
    """The code numbered `code`, or None if the catalog has none."""
    return BlobstoreError(code) if code in _FACTS else None


def from_name(name: str) -> Optional[BlobstoreError]:
    """The code named `name`, or None."""
    return _BY_NAME.get(name)


def facts(code: BlobstoreError) -> Facts:
    """What the catalog says about `code`."""
    return _FACTS[int(code)]


def _language(lang: Optional[str]) -> int:
    return LANGUAGES.index(lang) if lang in LANGUAGES else 0


def name(code: BlobstoreError) -> str:
    """The code's name."""
    return facts(code).name


def message(code: BlobstoreError, lang: Optional[str] = None) -> str:
    """The message in `lang` (the default language for another; "" for a code without one)."""
    return facts(code).message[_language(lang)]


def description(code: BlobstoreError, lang: Optional[str] = None) -> Optional[str]:
    """The description in `lang`, if the code has one."""
    texts = facts(code).description
    return None if texts is None else texts[_language(lang)]


def solution(code: BlobstoreError, lang: Optional[str] = None) -> Optional[str]:
    """The cause and remedy in `lang`, if the code has them."""
    texts = facts(code).solution
    return None if texts is None else texts[_language(lang)]


def http_status(code: BlobstoreError) -> int:
    """The HTTP status the code maps to."""
    return facts(code).http_status


def severity(code: BlobstoreError) -> str:
    """How serious the code is: info, warning, error or fatal."""
    return facts(code).severity


def grpc_code(code: BlobstoreError) -> str:
    """The gRPC code the error travels with, as google.rpc.Code spells it."""
    return facts(code).grpc


def is_retryable(code: BlobstoreError) -> bool:
    """Whether trying again may succeed."""
    return facts(code).retryable


def group(code: BlobstoreError) -> Optional[str]:
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

DOMAIN: Final[str] = "BlobstoreError"
"""The domain of the google.rpc.ErrorInfo the catalog's errors carry over gRPC."""

_ARG_TYPES: Final[Mapping[int, tuple[tuple[str, str], ...]]] = {

}


class BlobstoreErrorException(Exception):
    """An error of the catalog: its code, its arguments (for codes that declare them), in a language."""

    def __init__(
        self,
        code: BlobstoreError,
        arguments: Optional[Mapping[str, object]] = None,
        lang: Optional[str] = None,
        retryable: Optional[bool] = None,
    ) -> None:
        self.code: Final[BlobstoreError] = code
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
    ) -> Optional[BlobstoreErrorException]:
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
    def from_status(cls, status: object) -> Optional[BlobstoreErrorException]:
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
    def from_body(cls, body: object) -> Optional[BlobstoreErrorException]:
        """The error an error body (a parsed JSON object) carries; None if it is not one of the catalog's."""
        if not isinstance(body, Mapping):
            return None
        raw = body.get("code")
        code = from_code(raw) if isinstance(raw, int) and not isinstance(raw, bool) else None
        return None if code is None else cls(code, {})

    @classmethod
    def from_problem(cls, problem: object) -> Optional[BlobstoreErrorException]:
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

