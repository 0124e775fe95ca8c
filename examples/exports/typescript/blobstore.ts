// errcat: generated from examples/catalogs/blobstore.yaml by `errcat export examples/catalogs/blobstore.yaml --lang typescript -o examples/exports/typescript/blobstore.ts`; catalog 796e1aef90dfda0b, body 7049d1413c2fa369; edit the catalog and run the command again, not this file
/* eslint-disable */
/** CubeFS blobstore service status codes */
export const BlobstoreError = {
  /** access client service discovery disconnect */
  AccessServiceDiscovery: 551,
  /** access limited */
  AccessLimited: 552,
  /** access exceed object size */
  AccessExceedSize: 553,
  /** blobnode: invalid params */
  InvalidParam: 600,
  /** blobnode: entry already exist */
  AlreadyExist: 601,
  /** blobnode: out of limit */
  OutOfLimit: 602,
  /** blobnode: internal error */
  Internal: 603,
  /** blobnode: service is overload */
  Overload: 604,
  /** blobnode: path is not exist */
  PathNotExist: 605,
  /** blobnode: path is not empty */
  PathNotEmpty: 606,
  /** blobnode: path find online disk */
  PathFindOnline: 607,
  /** disk not found */
  DiskNotFound: 611,
  /** disk is broken */
  DiskBroken: 613,
  /** disk id is invalid */
  InvalidDiskId: 614,
  /** disk no space */
  DiskNoSpace: 615,
  /** vuid not found */
  VuidNotFound: 621,
  /** vuid readonly */
  VuidReadonly: 622,
  /** vuid released */
  VuidRelease: 623,
  /** vuid not match */
  VuidNotMatch: 624,
  /** chunk must readonly */
  ChunkNotReadonly: 625,
  /** chunk must normal */
  ChunkNotNormal: 626,
  /** chunk no space */
  ChunkNoSpace: 627,
  /** chunk is compacting */
  ChunkCompacting: 628,
  /** chunk id is invalid */
  InvalidChunkId: 630,
  /** too many chunks */
  TooManyChunks: 632,
  /** chunk in use */
  ChunkInuse: 633,
  /** bid not found */
  BidNotFound: 651,
  /** shard size too large */
  ShardSizeTooLarge: 652,
  /** shard must mark delete */
  ShardNotMarkDelete: 653,
  /** shard already mark delete */
  ShardMarkDeleted: 654,
  /** shard offset is invalid */
  ShardInvalidOffset: 655,
  /** shard list exceed the limit */
  ShardListExceedLimit: 656,
  /** shard key bid is invalid */
  ShardInvalidBid: 657,
  /** dest replica is bad can not repair */
  DestReplicaBad: 670,
  /** shard is an orphan */
  OrphanShard: 671,
  /** illegal task */
  IllegalTask: 672,
  /** request limited */
  RequestLimited: 673,
  /** nothing to do */
  NotingTodo: 700,
  /** this codemode has no avaliable volume */
  NoAvaliableVolume: 801,
  /** alloc bid from clustermgr error */
  AllocBidFromCm: 802,
  /** clusterId not match */
  ClusterIdNotMatch: 803,
  /** cm: unexpected error */
  CmUnexpect: 900,
  /** lock volume not allow */
  LockNotAllow: 902,
  /** unlock volume not allow */
  UnlockNotAllow: 903,
  /** volume not exist */
  VolumeNotExist: 904,
  /** raft propose error */
  RaftPropose: 906,
  /** no leader */
  NoLeader: 907,
  /** raft read index error */
  RaftReadIndex: 908,
  /** duplicated member info */
  DuplicatedMemberInfo: 910,
  /** disk not found */
  CmDiskNotFound: 911,
  /** invalid status */
  InvalidDiskStatus: 912,
  /** not allow to change status back */
  ChangeDiskStatusNotAllow: 913,
  /** alloc volume unit concurrently */
  ConcurrentAllocVolumeUnit: 914,
  /** alloc volume request params is invalid */
  AllocVolumeInvalidParams: 916,
  /** no available volume */
  NoAvailableVolume: 917,
  /** update volume unit, old vuid not match */
  OldVuidNotMatch: 918,
  /** update volume unit, new vuid not match */
  NewVuidNotMatch: 919,
  /** update volume unit, new diskID not match */
  NewDiskIdNotMatch: 920,
  /** config argument marshal error */
  ConfigArgument: 921,
  /** request params error, invalid clusterID */
  InvalidClusterId: 922,
  /** request params error,invalid idc */
  InvalidIdc: 923,
  /** volume unit not exist */
  VolumeUnitNotExist: 924,
  /** register service params is invalid */
  RegisterServiceInvalidParams: 925,
  /** disk is abnormal or not readonly, can't add into dropping list */
  DiskAbnormalOrNotReadOnly: 926,
  /** stat blob node chunk failed */
  StatChunkFailed: 927,
  /** request alloc volume codeMode not invalid */
  InvalidCodeMode: 928,
  /** retain volume is not alloc */
  RetainVolumeNotAlloc: 929,
  /** dropped disk still has volume unit remain, migrate them firstly */
  DroppedDiskHasVolumeUnit: 930,
  /** list volume v2 not support idle status */
  NotSupportIdle: 931,
  /** dropping disk not allow change state or set readonly */
  DiskIsDropping: 932,
  /** reject delete system config */
  RejectDeleteSystemConfig: 933,
} as const;

/** A code of the catalog. */
export type BlobstoreError = (typeof BlobstoreError)[keyof typeof BlobstoreError];

/** Every code, in ascending order. */
export const CODES: readonly BlobstoreError[] = [551, 552, 553, 600, 601, 602, 603, 604, 605, 606, 607, 611, 613, 614, 615, 621, 622, 623, 624, 625, 626, 627, 628, 630, 632, 633, 651, 652, 653, 654, 655, 656, 657, 670, 671, 672, 673, 700, 801, 802, 803, 900, 902, 903, 904, 906, 907, 908, 910, 911, 912, 913, 914, 916, 917, 918, 919, 920, 921, 922, 923, 924, 925, 926, 927, 928, 929, 930, 931, 932, 933];

/** The catalog's languages, the default first. */
export const LANGUAGES = ["en", "zh"] as const;
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
  "access": { range: [550, 599] as const },
  "proxy": { range: [800, 899] as const },
  "clustermgr": { range: [900, 999] as const },
  "blobnode": { range: [600, 699] as const },
  "scheduler": { range: [700, 799] as const },
} as const;
export type GroupName = keyof typeof GROUPS;

/** The group whose range holds `code`, used or not. */
export function groupOfCode(code: number): GroupName | undefined {
  if (code >= 550 && code <= 599) return "access";
  if (code >= 800 && code <= 899) return "proxy";
  if (code >= 900 && code <= 999) return "clustermgr";
  if (code >= 600 && code <= 699) return "blobnode";
  if (code >= 700 && code <= 799) return "scheduler";
  return undefined;
}

const FACTS: ReadonlyMap<number, Facts> = new Map<number, Facts>([
  [551, { name: "CodeAccessServiceDiscovery", message: { "en": "access client service discovery disconnect", "zh": "access client service discovery disconnect" }, description: { "en": "access client 无法从consul发现可用的access节点", "zh": "access client 无法从consul发现可用的access节点" }, solution: undefined, http: 551, severity: "error", grpc: "INTERNAL", retryable: false, group: "access", deprecated: false, args: [] }],
  [552, { name: "CodeAccessLimited", message: { "en": "access limited", "zh": "access limited" }, description: { "en": "服务接口达到链接数限制", "zh": "服务接口达到链接数限制" }, solution: undefined, http: 552, severity: "error", grpc: "INTERNAL", retryable: false, group: "access", deprecated: false, args: [] }],
  [553, { name: "CodeAccessExceedSize", message: { "en": "access exceed object size", "zh": "access exceed object size" }, description: { "en": "上传文件超过最大大小限制", "zh": "上传文件超过最大大小限制" }, solution: undefined, http: 553, severity: "error", grpc: "INTERNAL", retryable: false, group: "access", deprecated: false, args: [] }],
  [600, { name: "CodeInvalidParam", message: { "en": "blobnode: invalid params", "zh": "blobnode: invalid params" }, description: { "en": "参数错误", "zh": "参数错误" }, solution: undefined, http: 600, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [601, { name: "CodeAlreadyExist", message: { "en": "blobnode: entry already exist", "zh": "blobnode: entry already exist" }, description: { "en": "已经存在（vuid）", "zh": "已经存在（vuid）" }, solution: undefined, http: 601, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [602, { name: "CodeOutOfLimit", message: { "en": "blobnode: out of limit", "zh": "blobnode: out of limit" }, description: { "en": "请求超过并发限制", "zh": "请求超过并发限制" }, solution: undefined, http: 602, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [603, { name: "CodeInternal", message: { "en": "blobnode: internal error", "zh": "blobnode: internal error" }, description: { "en": "内部错误", "zh": "内部错误" }, solution: undefined, http: 603, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [604, { name: "CodeOverload", message: { "en": "blobnode: service is overload", "zh": "blobnode: service is overload" }, description: { "en": "请求过载", "zh": "请求过载" }, solution: undefined, http: 604, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [605, { name: "CodePathNotExist", message: { "en": "blobnode: path is not exist", "zh": "blobnode: path is not exist" }, description: { "en": "注册的磁盘目录不存在", "zh": "注册的磁盘目录不存在" }, solution: undefined, http: 605, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [606, { name: "CodePathNotEmpty", message: { "en": "blobnode: path is not empty", "zh": "blobnode: path is not empty" }, description: { "en": "注册的磁盘目录非空", "zh": "注册的磁盘目录非空" }, solution: undefined, http: 606, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [607, { name: "CodePathFindOnline", message: { "en": "blobnode: path find online disk", "zh": "blobnode: path find online disk" }, description: { "en": "注册的路径还处于活动状态，需要下线后再重新注册", "zh": "注册的路径还处于活动状态，需要下线后再重新注册" }, solution: undefined, http: 607, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [611, { name: "CodeDiskNotFound", message: { "en": "disk not found", "zh": "disk not found" }, description: { "en": "磁盘不存在", "zh": "磁盘不存在" }, solution: undefined, http: 611, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [613, { name: "CodeDiskBroken", message: { "en": "disk is broken", "zh": "disk is broken" }, description: { "en": "坏盘", "zh": "坏盘" }, solution: undefined, http: 613, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [614, { name: "CodeInvalidDiskId", message: { "en": "disk id is invalid", "zh": "disk id is invalid" }, description: { "en": "磁盘id无效", "zh": "磁盘id无效" }, solution: undefined, http: 614, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [615, { name: "CodeDiskNoSpace", message: { "en": "disk no space", "zh": "disk no space" }, description: { "en": "磁盘无可用空间", "zh": "磁盘无可用空间" }, solution: undefined, http: 615, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [621, { name: "CodeVuidNotFound", message: { "en": "vuid not found", "zh": "vuid not found" }, description: { "en": "vuid不存在", "zh": "vuid不存在" }, solution: undefined, http: 621, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [622, { name: "CodeVUIDReadonly", message: { "en": "vuid readonly", "zh": "vuid readonly" }, description: { "en": "vuid只读状态", "zh": "vuid只读状态" }, solution: undefined, http: 622, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [623, { name: "CodeVUIDRelease", message: { "en": "vuid released", "zh": "vuid released" }, description: { "en": "vuid处于released状态", "zh": "vuid处于released状态" }, solution: undefined, http: 623, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [624, { name: "CodeVuidNotMatch", message: { "en": "vuid not match", "zh": "vuid not match" }, description: { "en": "vuid不匹配", "zh": "vuid不匹配" }, solution: undefined, http: 624, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [625, { name: "CodeChunkNotReadonly", message: { "en": "chunk must readonly", "zh": "chunk must readonly" }, description: { "en": "chunk需要是只读状态", "zh": "chunk需要是只读状态" }, solution: undefined, http: 625, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [626, { name: "CodeChunkNotNormal", message: { "en": "chunk must normal", "zh": "chunk must normal" }, description: { "en": "chunk需要是normal状态", "zh": "chunk需要是normal状态" }, solution: undefined, http: 626, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [627, { name: "CodeChunkNoSpace", message: { "en": "chunk no space", "zh": "chunk no space" }, description: { "en": "chunk无可写空间", "zh": "chunk无可写空间" }, solution: undefined, http: 627, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [628, { name: "CodeChunkCompacting", message: { "en": "chunk is compacting", "zh": "chunk is compacting" }, description: { "en": "chunk处于压缩中", "zh": "chunk处于压缩中" }, solution: undefined, http: 628, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [630, { name: "CodeInvalidChunkId", message: { "en": "chunk id is invalid", "zh": "chunk id is invalid" }, description: { "en": "无效的chunk id", "zh": "无效的chunk id" }, solution: undefined, http: 630, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [632, { name: "CodeTooManyChunks", message: { "en": "too many chunks", "zh": "too many chunks" }, description: { "en": "chunk数超过阈值", "zh": "chunk数超过阈值" }, solution: undefined, http: 632, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [633, { name: "CodeChunkInuse", message: { "en": "chunk in use", "zh": "chunk in use" }, description: { "en": "chunk有请求在处理", "zh": "chunk有请求在处理" }, solution: undefined, http: 633, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [651, { name: "CodeBidNotFound", message: { "en": "bid not found", "zh": "bid not found" }, description: { "en": "bid不存在", "zh": "bid不存在" }, solution: undefined, http: 651, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [652, { name: "CodeShardSizeTooLarge", message: { "en": "shard size too large", "zh": "shard size too large" }, description: { "en": "shard的size超过阈值(1<<32 - 1)", "zh": "shard的size超过阈值(1<<32 - 1)" }, solution: undefined, http: 652, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [653, { name: "CodeShardNotMarkDelete", message: { "en": "shard must mark delete", "zh": "shard must mark delete" }, description: { "en": "shard需要先标记删除", "zh": "shard需要先标记删除" }, solution: undefined, http: 653, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [654, { name: "CodeShardMarkDeleted", message: { "en": "shard already mark delete", "zh": "shard already mark delete" }, description: { "en": "shard已经标记删除", "zh": "shard已经标记删除" }, solution: undefined, http: 654, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [655, { name: "CodeShardInvalidOffset", message: { "en": "shard offset is invalid", "zh": "shard offset is invalid" }, description: { "en": "shard的offset无效", "zh": "shard的offset无效" }, solution: undefined, http: 655, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [656, { name: "CodeShardListExceedLimit", message: { "en": "shard list exceed the limit", "zh": "shard list exceed the limit" }, description: { "en": "shard list的个数超过阈值(65536)", "zh": "shard list的个数超过阈值(65536)" }, solution: undefined, http: 656, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [657, { name: "CodeShardInvalidBid", message: { "en": "shard key bid is invalid", "zh": "shard key bid is invalid" }, description: { "en": "无效的bid", "zh": "无效的bid" }, solution: undefined, http: 657, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [670, { name: "CodeDestReplicaBad", message: { "en": "dest replica is bad can not repair", "zh": "dest replica is bad can not repair" }, description: { "en": "待修补的目标节点状态异常，可能是请求超时或者服务未启动等", "zh": "待修补的目标节点状态异常，可能是请求超时或者服务未启动等" }, solution: undefined, http: 670, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [671, { name: "CodeOrphanShard", message: { "en": "shard is an orphan", "zh": "shard is an orphan" }, description: { "en": "shard为孤本无法执行数据修补，Scheduler发起修补时如果遇到此错误则会记录相关孤本信息", "zh": "shard为孤本无法执行数据修补，Scheduler发起修补时如果遇到此错误则会记录相关孤本信息" }, solution: undefined, http: 671, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [672, { name: "CodeIllegalTask", message: { "en": "illegal task", "zh": "illegal task" }, description: { "en": "后台任务不合法", "zh": "后台任务不合法" }, solution: undefined, http: 672, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [673, { name: "CodeRequestLimited", message: { "en": "request limited", "zh": "request limited" }, description: { "en": "修补接口请求过载", "zh": "修补接口请求过载" }, solution: undefined, http: 673, severity: "error", grpc: "INTERNAL", retryable: false, group: "blobnode", deprecated: false, args: [] }],
  [700, { name: "CodeNotingTodo", message: { "en": "nothing to do", "zh": "nothing to do" }, description: { "en": "BlobNode服务请求Scheduler拉取后台任务时，如果没有相关任务可做，Scheduler则会返回此状态码，可以忽略", "zh": "BlobNode服务请求Scheduler拉取后台任务时，如果没有相关任务可做，Scheduler则会返回此状态码，可以忽略" }, solution: undefined, http: 700, severity: "error", grpc: "INTERNAL", retryable: false, group: "scheduler", deprecated: false, args: [] }],
  [801, { name: "CodeNoAvaliableVolume", message: { "en": "this codemode has no avaliable volume", "zh": "this codemode has no avaliable volume" }, description: { "en": "对应编码模式没有可用卷", "zh": "对应编码模式没有可用卷" }, solution: undefined, http: 801, severity: "error", grpc: "INTERNAL", retryable: false, group: "proxy", deprecated: false, args: [] }],
  [802, { name: "CodeAllocBidFromCm", message: { "en": "alloc bid from clustermgr error", "zh": "alloc bid from clustermgr error" }, description: { "en": "从cm获取bid失败", "zh": "从cm获取bid失败" }, solution: undefined, http: 802, severity: "error", grpc: "INTERNAL", retryable: false, group: "proxy", deprecated: false, args: [] }],
  [803, { name: "CodeClusterIDNotMatch", message: { "en": "clusterId not match", "zh": "clusterId not match" }, description: { "en": "请求的clusterID和proxy服务所在的clusterID不一致", "zh": "请求的clusterID和proxy服务所在的clusterID不一致" }, solution: undefined, http: 803, severity: "error", grpc: "INTERNAL", retryable: false, group: "proxy", deprecated: false, args: [] }],
  [900, { name: "CodeCMUnexpect", message: { "en": "cm: unexpected error", "zh": "cm: unexpected error" }, description: { "en": "出现内部错误", "zh": "出现内部错误" }, solution: undefined, http: 900, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [902, { name: "CodeLockNotAllow", message: { "en": "lock volume not allow", "zh": "lock volume not allow" }, description: { "en": "加锁失败，例如处于active状态", "zh": "加锁失败，例如处于active状态" }, solution: undefined, http: 902, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [903, { name: "CodeUnlockNotAllow", message: { "en": "unlock volume not allow", "zh": "unlock volume not allow" }, description: { "en": "解锁失败", "zh": "解锁失败" }, solution: undefined, http: 903, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [904, { name: "CodeVolumeNotExist", message: { "en": "volume not exist", "zh": "volume not exist" }, description: { "en": "卷不存在", "zh": "卷不存在" }, solution: undefined, http: 904, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [906, { name: "CodeRaftPropose", message: { "en": "raft propose error", "zh": "raft propose error" }, description: { "en": "raft 提议信息错误", "zh": "raft 提议信息错误" }, solution: undefined, http: 906, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [907, { name: "CodeNoLeader", message: { "en": "no leader", "zh": "no leader" }, description: { "en": "暂无主节点", "zh": "暂无主节点" }, solution: undefined, http: 907, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [908, { name: "CodeRaftReadIndex", message: { "en": "raft read index error", "zh": "raft read index error" }, description: { "en": "线性一致性读超时", "zh": "线性一致性读超时" }, solution: undefined, http: 908, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [910, { name: "CodeDuplicatedMemberInfo", message: { "en": "duplicated member info", "zh": "duplicated member info" }, description: { "en": "重复的成员信息", "zh": "重复的成员信息" }, solution: undefined, http: 910, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [911, { name: "CodeCMDiskNotFound", message: { "en": "disk not found", "zh": "disk not found" }, description: { "en": "磁盘找不到", "zh": "磁盘找不到" }, solution: undefined, http: 911, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [912, { name: "CodeInvalidDiskStatus", message: { "en": "invalid status", "zh": "invalid status" }, description: { "en": "设置磁盘状态出现非法状态", "zh": "设置磁盘状态出现非法状态" }, solution: undefined, http: 912, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [913, { name: "CodeChangeDiskStatusNotAllow", message: { "en": "not allow to change status back", "zh": "not allow to change status back" }, description: { "en": "不允许将磁盘状态回退，例如将坏盘回退到正常状态", "zh": "不允许将磁盘状态回退，例如将坏盘回退到正常状态" }, solution: undefined, http: 913, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [914, { name: "CodeConcurrentAllocVolumeUnit", message: { "en": "alloc volume unit concurrently", "zh": "alloc volume unit concurrently" }, description: { "en": "并发申请卷单元，重试可用解决", "zh": "并发申请卷单元，重试可用解决" }, solution: undefined, http: 914, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [916, { name: "CodeAllocVolumeInvalidParams", message: { "en": "alloc volume request params is invalid", "zh": "alloc volume request params is invalid" }, description: { "en": "分配卷请求参数非法", "zh": "分配卷请求参数非法" }, solution: undefined, http: 916, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [917, { name: "CodeNoAvailableVolume", message: { "en": "no available volume", "zh": "no available volume" }, description: { "en": "分配卷时候，暂无可用的卷", "zh": "分配卷时候，暂无可用的卷" }, solution: undefined, http: 917, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [918, { name: "CodeOldVuidNotMatch", message: { "en": "update volume unit, old vuid not match", "zh": "update volume unit, old vuid not match" }, description: { "en": "更新卷单元时候新的旧的vuid不匹配", "zh": "更新卷单元时候新的旧的vuid不匹配" }, solution: undefined, http: 918, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [919, { name: "CodeNewVuidNotMatch", message: { "en": "update volume unit, new vuid not match", "zh": "update volume unit, new vuid not match" }, description: { "en": "更新卷单元时候新的vuid不匹配", "zh": "更新卷单元时候新的vuid不匹配" }, solution: undefined, http: 919, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [920, { name: "CodeNewDiskIDNotMatch", message: { "en": "update volume unit, new diskID not match", "zh": "update volume unit, new diskID not match" }, description: { "en": "更新卷单元时候新的磁盘id不匹配", "zh": "更新卷单元时候新的磁盘id不匹配" }, solution: undefined, http: 920, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [921, { name: "CodeConfigArgument", message: { "en": "config argument marshal error", "zh": "config argument marshal error" }, description: { "en": "配置序列化错误", "zh": "配置序列化错误" }, solution: undefined, http: 921, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [922, { name: "CodeInvalidClusterID", message: { "en": "request params error, invalid clusterID", "zh": "request params error, invalid clusterID" }, description: { "en": "请求参数错误，clusterID非法", "zh": "请求参数错误，clusterID非法" }, solution: undefined, http: 922, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [923, { name: "CodeInvalidIDC", message: { "en": "request params error,invalid idc", "zh": "request params error,invalid idc" }, description: { "en": "请求参数错误，idc非法", "zh": "请求参数错误，idc非法" }, solution: undefined, http: 923, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [924, { name: "CodeVolumeUnitNotExist", message: { "en": "volume unit not exist", "zh": "volume unit not exist" }, description: { "en": "卷单元不存在", "zh": "卷单元不存在" }, solution: undefined, http: 924, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [925, { name: "CodeRegisterServiceInvalidParams", message: { "en": "register service params is invalid", "zh": "register service params is invalid" }, description: { "en": "注册服务参数非法", "zh": "注册服务参数非法" }, solution: undefined, http: 925, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [926, { name: "CodeDiskAbnormalOrNotReadOnly", message: { "en": "disk is abnormal or not readonly, can't add into dropping list", "zh": "disk is abnormal or not readonly, can't add into dropping list" }, description: { "en": "磁盘处于非正常或者不是只读状态，不能设置为下线", "zh": "磁盘处于非正常或者不是只读状态，不能设置为下线" }, solution: undefined, http: 926, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [927, { name: "CodeStatChunkFailed", message: { "en": "stat blob node chunk failed", "zh": "stat blob node chunk failed" }, description: { "en": "获取blobNode 的chunk信息失败", "zh": "获取blobNode 的chunk信息失败" }, solution: undefined, http: 927, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [928, { name: "CodeInvalidCodeMode", message: { "en": "request alloc volume codeMode not invalid", "zh": "request alloc volume codeMode not invalid" }, description: { "en": "请求分配的卷模式不存在", "zh": "请求分配的卷模式不存在" }, solution: undefined, http: 928, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [929, { name: "CodeRetainVolumeNotAlloc", message: { "en": "retain volume is not alloc", "zh": "retain volume is not alloc" }, description: { "en": "续租的卷没有分配", "zh": "续租的卷没有分配" }, solution: undefined, http: 929, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [930, { name: "CodeDroppedDiskHasVolumeUnit", message: { "en": "dropped disk still has volume unit remain, migrate them firstly", "zh": "dropped disk still has volume unit remain, migrate them firstly" }, description: { "en": "不能提前标记磁盘下线完成，改磁盘还有剩余chunk，需要先迁移完成", "zh": "不能提前标记磁盘下线完成，改磁盘还有剩余chunk，需要先迁移完成" }, solution: undefined, http: 930, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [931, { name: "CodeNotSupportIdle", message: { "en": "list volume v2 not support idle status", "zh": "list volume v2 not support idle status" }, description: { "en": "v2版本列举卷不支持idle状态", "zh": "v2版本列举卷不支持idle状态" }, solution: undefined, http: 931, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [932, { name: "CodeDiskIsDropping", message: { "en": "dropping disk not allow change state or set readonly", "zh": "dropping disk not allow change state or set readonly" }, description: { "en": "下线中磁盘不允许修改状态和设置只读", "zh": "下线中磁盘不允许修改状态和设置只读" }, solution: undefined, http: 932, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
  [933, { name: "CodeRejectDeleteSystemConfig", message: { "en": "reject delete system config", "zh": "reject delete system config" }, description: { "en": "系统配置不允许删除", "zh": "系统配置不允许删除" }, solution: undefined, http: 933, severity: "error", grpc: "INTERNAL", retryable: false, group: "clustermgr", deprecated: false, args: [] }],
]);

const BY_NAME: ReadonlyMap<string, BlobstoreError> = new Map<string, BlobstoreError>([
  ["CodeAccessServiceDiscovery", 551],
  ["CodeAccessLimited", 552],
  ["CodeAccessExceedSize", 553],
  ["CodeInvalidParam", 600],
  ["CodeAlreadyExist", 601],
  ["CodeOutOfLimit", 602],
  ["CodeInternal", 603],
  ["CodeOverload", 604],
  ["CodePathNotExist", 605],
  ["CodePathNotEmpty", 606],
  ["CodePathFindOnline", 607],
  ["CodeDiskNotFound", 611],
  ["CodeDiskBroken", 613],
  ["CodeInvalidDiskId", 614],
  ["CodeDiskNoSpace", 615],
  ["CodeVuidNotFound", 621],
  ["CodeVUIDReadonly", 622],
  ["CodeVUIDRelease", 623],
  ["CodeVuidNotMatch", 624],
  ["CodeChunkNotReadonly", 625],
  ["CodeChunkNotNormal", 626],
  ["CodeChunkNoSpace", 627],
  ["CodeChunkCompacting", 628],
  ["CodeInvalidChunkId", 630],
  ["CodeTooManyChunks", 632],
  ["CodeChunkInuse", 633],
  ["CodeBidNotFound", 651],
  ["CodeShardSizeTooLarge", 652],
  ["CodeShardNotMarkDelete", 653],
  ["CodeShardMarkDeleted", 654],
  ["CodeShardInvalidOffset", 655],
  ["CodeShardListExceedLimit", 656],
  ["CodeShardInvalidBid", 657],
  ["CodeDestReplicaBad", 670],
  ["CodeOrphanShard", 671],
  ["CodeIllegalTask", 672],
  ["CodeRequestLimited", 673],
  ["CodeNotingTodo", 700],
  ["CodeNoAvaliableVolume", 801],
  ["CodeAllocBidFromCm", 802],
  ["CodeClusterIDNotMatch", 803],
  ["CodeCMUnexpect", 900],
  ["CodeLockNotAllow", 902],
  ["CodeUnlockNotAllow", 903],
  ["CodeVolumeNotExist", 904],
  ["CodeRaftPropose", 906],
  ["CodeNoLeader", 907],
  ["CodeRaftReadIndex", 908],
  ["CodeDuplicatedMemberInfo", 910],
  ["CodeCMDiskNotFound", 911],
  ["CodeInvalidDiskStatus", 912],
  ["CodeChangeDiskStatusNotAllow", 913],
  ["CodeConcurrentAllocVolumeUnit", 914],
  ["CodeAllocVolumeInvalidParams", 916],
  ["CodeNoAvailableVolume", 917],
  ["CodeOldVuidNotMatch", 918],
  ["CodeNewVuidNotMatch", 919],
  ["CodeNewDiskIDNotMatch", 920],
  ["CodeConfigArgument", 921],
  ["CodeInvalidClusterID", 922],
  ["CodeInvalidIDC", 923],
  ["CodeVolumeUnitNotExist", 924],
  ["CodeRegisterServiceInvalidParams", 925],
  ["CodeDiskAbnormalOrNotReadOnly", 926],
  ["CodeStatChunkFailed", 927],
  ["CodeInvalidCodeMode", 928],
  ["CodeRetainVolumeNotAlloc", 929],
  ["CodeDroppedDiskHasVolumeUnit", 930],
  ["CodeNotSupportIdle", 931],
  ["CodeDiskIsDropping", 932],
  ["CodeRejectDeleteSystemConfig", 933],
]);

/** The result of a lookup by code: a code of the catalog, or an unknown one. */
export type Lookup =
  | { readonly known: true; readonly code: BlobstoreError; readonly facts: Facts }
  | { readonly known: false; readonly code: number };

/** `code` as a code of the catalog; an unknown code gives `{ known: false }`, never an exception. */
export function fromCode(code: number): Lookup {
  const facts = FACTS.get(code);
  return facts === undefined ? { known: false, code } : { known: true, code: code as BlobstoreError, facts };
}

/** Whether `code` is a code of the catalog. */
export function isBlobstoreError(code: number): code is BlobstoreError {
  return FACTS.has(code);
}

/** The code named `name` (the catalog's name, or the variant's), if there is one. */
export function fromName(name: string): BlobstoreError | undefined {
  return BY_NAME.get(name);
}

/** What the catalog says about `code`. */
export function facts(code: BlobstoreError): Facts {
  return FACTS.get(code) as Facts;
}

function language(lang: string | undefined): Language {
  return (LANGUAGES as readonly string[]).includes(lang ?? "") ? (lang as Language) : LANGUAGES[0];
}

/** The code's name. */
export function name(code: BlobstoreError): string {
  return facts(code).name;
}

/** The message in `lang` (the default language for another). */
export function message(code: BlobstoreError, lang?: string): string {
  return facts(code).message[language(lang)];
}

/** The description in `lang`, if the code has one. */
export function description(code: BlobstoreError, lang?: string): string | undefined {
  return facts(code).description?.[language(lang)];
}

/** The cause and remedy in `lang`, if the code has them. */
export function solution(code: BlobstoreError, lang?: string): string | undefined {
  return facts(code).solution?.[language(lang)];
}

/** The HTTP status the code maps to. */
export function httpStatus(code: BlobstoreError): number {
  return facts(code).http;
}

/** How serious the code is. */
export function severity(code: BlobstoreError): Severity {
  return facts(code).severity;
}

/** The gRPC code the error travels with. */
export function grpcCode(code: BlobstoreError): GrpcCode {
  return facts(code).grpc;
}

/** Whether trying again may succeed. */
export function isRetryable(code: BlobstoreError): boolean {
  return facts(code).retryable;
}

/** The code's group, if the catalog has groups. */
export function group(code: BlobstoreError): GroupName | undefined {
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
  const raw = body["code"];
  const code = typeof raw === "number" && Number.isInteger(raw) ? raw : undefined;
  const text = body["message"];
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
  return render(message(code as unknown as BlobstoreError, lang), args as unknown as Readonly<Record<string, unknown>>);
}
/** The domain of the google.rpc.ErrorInfo the catalog's errors carry over gRPC. */
export const DOMAIN = "BlobstoreError";

const ARG_TYPES: ReadonlyMap<number, readonly (readonly [string, string])[]> = new Map<number, readonly (readonly [string, string])[]>([
]);

/** A catalog error read from a google.rpc.ErrorInfo. */
export interface Decoded {
  readonly code: BlobstoreError;
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

