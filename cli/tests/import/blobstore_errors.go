// A test fixture for `errcat import --with`: the blobstore status codes as
// Go constants, with their messages in a map, in the shape of CubeFS's
// blobstore/common/errors package (codes, names and messages as of commit ef19fda5).
package errors

// access
const (
	CodeAccessReadRequestBody = 466
	CodeAccessUnexpect = 550
	CodeAccessServiceDiscovery = 551
	CodeAccessLimited = 552
	CodeAccessExceedSize = 553
)

// blobnode
const (
	CodeInvalidParam = 600
	CodeAlreadyExist = 601
	CodeOutOfLimit = 602
	CodeInternal = 603
	CodeOverload = 604
	CodePathNotExist = 605
	CodePathNotEmpty = 606
	CodePathFindOnline = 607
	CodeDiskNotFound = 611
	CodeDiskBroken = 613
	CodeInvalidDiskId = 614
	CodeDiskNoSpace = 615
	CodeVuidNotFound = 621
	CodeVUIDReadonly = 622
	CodeVUIDRelease = 623
	CodeVuidNotMatch = 624
	CodeChunkNotReadonly = 625
	CodeChunkNotNormal = 626
	CodeChunkNoSpace = 627
	CodeChunkCompacting = 628
	CodeInvalidChunkId = 630
	CodeTooManyChunks = 632
	CodeChunkInuse = 633
	CodeSizeOverBurst = 634
	CodeBidNotFound = 651
	CodeShardSizeTooLarge = 652
	CodeShardNotMarkDelete = 653
	CodeShardMarkDeleted = 654
	CodeShardInvalidOffset = 655
	CodeShardListExceedLimit = 656
	CodeShardInvalidBid = 657
	CodeDestReplicaBad = 670
	CodeOrphanShard = 671
	CodeIllegalTask = 672
	CodeRequestLimited = 673
	CodeUnsupportedTaskCodeMode = 674
	CodePutShardTimeout = 675
)

// scheduler
const (
	CodeNotingTodo = 700
)

// proxy
const (
	CodeNoAvaliableVolume = 801
	CodeAllocBidFromCm = 802
	CodeClusterIDNotMatch = 803
)

// clustermgr
const (
	CodeCMUnexpect = 900
	CodeLockNotAllow = 902
	CodeUnlockNotAllow = 903
	CodeVolumeNotExist = 904
	CodeRaftPropose = 906
	CodeNoLeader = 907
	CodeRaftReadIndex = 908
	CodeDuplicatedMemberInfo = 910
	CodeCMDiskNotFound = 911
	CodeInvalidDiskStatus = 912
	CodeChangeDiskStatusNotAllow = 913
	CodeConcurrentAllocVolumeUnit = 914
	CodeAllocVolumeInvalidParams = 916
	CodeNoAvailableVolume = 917
	CodeOldVuidNotMatch = 918
	CodeNewVuidNotMatch = 919
	CodeNewDiskIDNotMatch = 920
	CodeConfigArgument = 921
	CodeInvalidClusterID = 922
	CodeInvalidIDC = 923
	CodeVolumeUnitNotExist = 924
	CodeRegisterServiceInvalidParams = 925
	CodeDiskAbnormalOrNotReadOnly = 926
	CodeStatChunkFailed = 927
	CodeInvalidCodeMode = 928
	CodeRetainVolumeNotAlloc = 929
	CodeDroppedDiskHasVolumeUnit = 930
	CodeNotSupportIdle = 931
	CodeDiskIsDropping = 932
	CodeRejectDeleteSystemConfig = 933
	CodeCMNodeNotFound = 934
	CodeCMHasDiskNotDroppedOrRepaired = 935
	CodeCMNodeSetNotFound = 936
)

var errCodeMap = map[int]string{
	CodeAccessReadRequestBody: "access read request body",
	CodeAccessUnexpect: "access unexpected error",
	CodeAccessServiceDiscovery: "access client service discovery disconnect",
	CodeAccessLimited: "access limited",
	CodeAccessExceedSize: "access exceed object size",
	CodeInvalidParam: "blobnode: invalid params",
	CodeAlreadyExist: "blobnode: entry already exist",
	CodeOutOfLimit: "blobnode: out of limit",
	CodeInternal: "blobnode: internal error",
	CodeOverload: "blobnode: service is overload",
	CodePathNotExist: "blobnode: path is not exist",
	CodePathNotEmpty: "blobnode: path is not empty",
	CodePathFindOnline: "blobnode: path find online disk",
	CodeDiskNotFound: "disk not found",
	CodeDiskBroken: "disk is broken",
	CodeInvalidDiskId: "disk id is invalid",
	CodeDiskNoSpace: "disk no space",
	CodeVuidNotFound: "vuid not found",
	CodeVUIDReadonly: "vuid readonly",
	CodeVUIDRelease: "vuid released",
	CodeVuidNotMatch: "vuid not match",
	CodeChunkNotReadonly: "chunk must readonly",
	CodeChunkNotNormal: "chunk must normal",
	CodeChunkNoSpace: "chunk no space",
	CodeChunkCompacting: "chunk is compacting",
	CodeInvalidChunkId: "chunk id is invalid",
	CodeTooManyChunks: "too many chunks",
	CodeChunkInuse: "chunk in use",
	CodeSizeOverBurst: "request size over limit burst",
	CodeBidNotFound: "bid not found",
	CodeShardSizeTooLarge: "shard size too large",
	CodeShardNotMarkDelete: "shard must mark delete",
	CodeShardMarkDeleted: "shard already mark delete",
	CodeShardInvalidOffset: "shard offset is invalid",
	CodeShardListExceedLimit: "shard list exceed the limit",
	CodeShardInvalidBid: "shard key bid is invalid",
	CodeDestReplicaBad: "dest replica is bad can not repair",
	CodeOrphanShard: "shard is an orphan",
	CodeIllegalTask: "illegal task",
	CodeRequestLimited: "request limited",
	CodeUnsupportedTaskCodeMode: "unsupported task codemode",
	CodePutShardTimeout: "put shard timeout",
	CodeNotingTodo: "nothing to do",
	CodeNoAvaliableVolume: "this codemode has no avaliable volume",
	CodeAllocBidFromCm: "alloc bid from clustermgr error",
	CodeClusterIDNotMatch: "clusterId not match",
	CodeCMUnexpect: "cm: unexpected error",
	CodeLockNotAllow: "lock volume not allow",
	CodeUnlockNotAllow: "unlock volume not allow",
	CodeVolumeNotExist: "volume not exist",
	CodeRaftPropose: "raft propose error",
	CodeNoLeader: "no leader",
	CodeRaftReadIndex: "raft read index error",
	CodeDuplicatedMemberInfo: "duplicated member info",
	CodeCMDiskNotFound: "disk not found",
	CodeInvalidDiskStatus: "invalid status",
	CodeChangeDiskStatusNotAllow: "not allow to change status back",
	CodeConcurrentAllocVolumeUnit: "alloc volume unit concurrently",
	CodeAllocVolumeInvalidParams: "alloc volume request params is invalid",
	CodeNoAvailableVolume: "no available volume",
	CodeOldVuidNotMatch: "update volume unit, old vuid not match",
	CodeNewVuidNotMatch: "update volume unit, new vuid not match",
	CodeNewDiskIDNotMatch: "update volume unit, new diskID not match",
	CodeConfigArgument: "config argument marshal error",
	CodeInvalidClusterID: "request params error, invalid clusterID",
	CodeInvalidIDC: "request params error,invalid idc",
	CodeVolumeUnitNotExist: "volume unit not exist",
	CodeRegisterServiceInvalidParams: "register service params is invalid",
	CodeDiskAbnormalOrNotReadOnly: "disk is abnormal or not readonly, can't add into dropping list",
	CodeStatChunkFailed: "stat blob node chunk failed",
	CodeInvalidCodeMode: "request alloc volume codeMode not invalid",
	CodeRetainVolumeNotAlloc: "retain volume is not alloc",
	CodeDroppedDiskHasVolumeUnit: "dropped disk still has volume unit remain, migrate them firstly",
	CodeNotSupportIdle: "list volume v2 not support idle status",
	CodeDiskIsDropping: "dropping disk not allow change state or set readonly",
	CodeRejectDeleteSystemConfig: "reject delete system config",
	CodeCMNodeNotFound: "node not found",
	CodeCMHasDiskNotDroppedOrRepaired: "some disks are in use",
	CodeCMNodeSetNotFound: "nodeset not found",
}
