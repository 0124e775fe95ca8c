// errcat: generated from examples/catalogs/info2soft.yaml by `errcat export examples/catalogs/info2soft.yaml --lang typescript -o examples/exports/typescript/info2soft.ts`; catalog a06cee81e9230f13, body 925f10c86d972682; edit the catalog and run the command again, not this file
/* eslint-disable */
/** 英方软件信息/错误代码（工作机/灾备机运行日志） */
export const Info2softError = {
  Code1000: 1000,
  /** argument err */
  Code1001: 1001,
  /** exist rule,used in add */
  Code1002: 1002,
  /** no exist rule */
  Code1003: 1003,
  /** requset struct has some invalid argument */
  Code1004: 1004,
  /** multithread may cause,we must invalid */
  Code1005: 1005,
  Code1006: 1006,
  Code1007: 1007,
  Code1008: 1008,
  Code1009: 1009,
  Code1010: 1010,
  Code1011: 1011,
  Code1012: 1012,
  Code1013: 1013,
  Code1014: 1014,
  Code1015: 1015,
  Code1016: 1016,
  Code1017: 1017,
  Code1018: 1018,
  Code1019: 1019,
  Code1020: 1020,
  Code1021: 1021,
  Code1022: 1022,
  Code1023: 1023,
  Code1024: 1024,
  Code1025: 1025,
  Code1030: 1030,
  /** 复制规则重新启动 */
  Code3519: 3519,
  /** 复制规则重新启动完成 */
  Code3520: 3520,
  Code3521: 3521,
  /** 网络连接错误 */
  Code3522: 3522,
  /** 镜像任务被取消 */
  Code3523: 3523,
  /** 连接状态改变 */
  Code3524: 3524,
  /** 非法的任务 */
  Code3525: 3525,
  /** 没有配置文件 */
  Code3526: 3526,
  /** 获取Linux卷组失败 */
  Code3527: 3527,
  /** 获取逻辑卷组失败 */
  Code3528: 3528,
  /** 没有找到对应的规则信息 */
  Code3529: 3529,
  /** 文件Checksum错误 */
  Code3530: 3530,
  /** CDP 描述文件错误 */
  Code3531: 3531,
  /** 读取CDP描述文件错误 */
  Code3533: 3533,
  /** 写入CDP描述文件错误 */
  Code3534: 3534,
  /** CDP处于错误或者不完整状态 */
  Code3535: 3535,
  /** 读取CDP错误 */
  Code3536: 3536,
  /** 泛指读取数据失败，比如从文件或者从开设备中读取数据失败。 */
  Code3538: 3538,
  /** 读取CDP索引文件失败 */
  Code3540: 3540,
  /** cdp恢复时写文件失败 */
  Code3541: 3541,
  Code3542: 3542,
  /** 存在的CDP版本和软件不兼容 */
  Code3543: 3543,
  Code3544: 3544,
  /** 写消息分片内容不正确 */
  Code3545: 3545,
  /** 工作机和灾备机软件版本不兼容 */
  Code3546: 3546,
  /** 时间戳错误 */
  Code3547: 3547,
  /** 写入CDP索引文件失败 */
  Code3548: 3548,
  /** 写入CDP数据文件失败 */
  Code3549: 3549,
  /** CDP索引文件损坏或者不完整 */
  Code3550: 3550,
  /** 删除快照失败 */
  Code3551: 3551,
  Code3552: 3552,
  Code3553: 3553,
  /** 灾备机收到的数据包序号不对 */
  Code3554: 3554,
  /** 拷贝文件错误 */
  Code3555: 3555,
  /** 创建逻辑卷组失败 */
  Code3556: 3556,
  /** 格式化逻辑卷组失败 */
  Code3557: 3557,
  Code3558: 3558,
  /** 工作机镜像过程中打开文件失败 */
  Code3559: 3559,
  /** 读取文件或者目录失败 */
  Code3560: 3560,
  /** 泛指读取文件失败 */
  Code3561: 3561,
  /** 备端打开文件或者卷设备失败 */
  Code3562: 3562,
  /** 备机打开文件失败 */
  Code3563: 3563,
  /** 创建线程失败 */
  Code3564: 3564,
  /** 错误的消息类型 */
  Code3565: 3565,
  /** 卷组扩展失败 */
  Code3566: 3566,
  /** 卷调整大小失败 */
  Code3567: 3567,
  /** 收到文件或者目录改名操作 */
  Code3568: 3568,
  Code3569: 3569,
  /** 泛指读取cfg文件出错，获取或者转换某种路径失败，比如根据源端的路径获取备端的映射路径失败 */
  Code3570: 3570,
  /** 非法路径 */
  Code3571: 3571,
  /** 同一任务多次提交或者启动 */
  Code3572: 3572,
  /** 创建快照失败 */
  Code3573: 3573,
  /** 保存文件属性信息失败 */
  Code3574: 3574,
  /** 消息序号重复 */
  Code3575: 3575,
  /** 灾备机路径mount重复 */
  Code3576: 3576,
  /** Umount卷设备失败 */
  Code3577: 3577,
  /** 写入Mirror文件列表失败 */
  Code3578: 3578,
  /** 读取Mirror文件列表失败 */
  Code3579: 3579,
  /** CDP数据库或者快照数据损坏或者不完整 */
  Code3580: 3580,
  /** 压缩错误 */
  Code3581: 3581,
  /** 解压错误 */
  Code3582: 3582,
  /** 挂载快照失败 */
  Code3583: 3583,
  Code3584: 3584,
  /** 更新namelog文件失败 */
  Code3585: 3585,
  /** 加密错误 */
  Code3586: 3586,
  /** 解密错误 */
  Code3587: 3587,
  /** 任务被锁定 */
  Code3588: 3588,
  Code3589: 3589,
  Code3590: 3590,
  /** 读取文件属性失败 */
  Code3591: 3591,
  /** 写入VM配置文件失 */
  Code3592: 3592,
  /** VM配置文件错误 */
  Code3593: 3593,
  /** VM配置项格式错误 */
  Code3594: 3594,
  Code3595: 3595,
  Code3596: 3596,
  Code3597: 3597,
  Code3598: 3598,
  /** 任务等待超时 */
  Code3599: 3599,
  /** 任务类型不支持 */
  Code3600: 3600,
  Code3601: 3601,
  /** 快照恢复失败 */
  Code3602: 3602,
  Code3603: 3603,
  Code3604: 3604,
  Code3605: 3605,
  Code3606: 3606,
  Code3607: 3607,
  Code3608: 3608,
  Code3609: 3609,
  Code3610: 3610,
  Code3611: 3611,
  Code3612: 3612,
  /** 内部运行错误 */
  Code3801: 3801,
  /** 版本不一致 */
  Code3802: 3802,
  /** 参数错误 */
  Code3803: 3803,
  /** 非预期的命令 */
  Code3804: 3804,
  /** 内存不足 */
  Code3805: 3805,
  /** Nas规则不存在 */
  Code3806: 3806,
  /** Nas规则重复 */
  Code3807: 3807,
  /** 网络数据格式不合法 */
  Code3808: 3808,
  /** 网络包分段错误 */
  Code3809: 3809,
  /** 网络发送错误 */
  Code3810: 3810,
  /** 网络连接错误 */
  Code3812: 3812,
  Code3901: 3901,
  Code3902: 3902,
  Code3903: 3903,
  Code3904: 3904,
  Code3905: 3905,
  Code3906: 3906,
  Code3907: 3907,
  Code3908: 3908,
  /** 打开文件失败 */
  Code4000: 4000,
  /** 创建线程失败 */
  Code4001: 4001,
  /** 申请内存失败 */
  Code4002: 4002,
  /** new指针失败 */
  Code4003: 4003,
  /** 将基类指针转化为继承类指针失败 */
  Code4004: 4004,
  /** 无效的监控类型 */
  Code4005: 4005,
  /** 插入uuid失败 */
  Code4006: 4006,
  /** sockfd无效或发送失败 */
  Code4007: 4007,
  /** HA状态为停止，设置绝色失败 */
  Code4008: 4008,
  /** rpc通信繁忙 */
  Code4009: 4009,
  /** uuid不存在 */
  Code4050: 4050,
  /** 错误的数据类型 */
  Code4051: 4051,
  /** 停止发送数据 */
  Code4052: 4052,
  /** 队列为空，弹出失败 */
  Code4053: 4053,
  /** msg数据为空 */
  Code4054: 4054,
  /** m_Data为空 */
  Code4055: 4055,
  /** HA规则uuid已存在 */
  Code4100: 4100,
  /** uuid对应的规则不存在 */
  Code4101: 4101,
  /** 插入uuid与HaNode指针失败 */
  Code4102: 4102,
  /** 删除HA规则失败 */
  Code4103: 4103,
  /** 强制切换主节点时规则状态错误 */
  Code4104: 4104,
  /** 当前节点不是从节点，切换成主节点失败 */
  Code4105: 4105,
  /** 修改HA规则失败,预修改传参有误或者节点上不存在该规则 */
  Code4106: 4106,
  /** 转换node参数时没有在nodelist中找到该uuid */
  Code4150: 4150,
  /** 修改HA规则，获取regnode.conf文件中的node_uuid失败 */
  Code4151: 4151,
  /** 获取regnode.conf中的logdir失败 */
  Code4152: 4152,
  /** 获取心跳任务失败 */
  Code4200: 4200,
  /** peer连接失败 */
  Code4201: 4201,
  /** 建立连接失败 */
  Code4202: 4202,
  /** 无效的peer连接 */
  Code4203: 4203,
  /** 发送的数据为空 */
  Code4204: 4204,
  /** IP转换出错 */
  Code4205: 4205,
  /** 等待发送 */
  Code4206: 4206,
  /** 连接超时 */
  Code4207: 4207,
  /** 发送参数错误 */
  Code4208: 4208,
  /** 尝试获取m_send_lock失败,可能有数据正在发送 */
  Code4209: 4209,
  /** 获取智能指针失败 */
  Code4250: 4250,
  /** 资源切换类型错误 */
  Code4251: 4251,
  /** 提交cmd失败 */
  Code4300: 4300,
  /** 仲裁通信方式不是TCP */
  Code4350: 4350,
  /** HaDebug命令行参数过多 */
  Code5000: 5000,
  /** HaDebug参数为0或者大于11 */
  Code5001: 5001,
  /** 传入参数错误 */
  Code5002: 5002,
  /** 发送失败 */
  Code5003: 5003,
  /** 接收的数据为空 */
  Code5004: 5004,
  /** 内存申请失败 */
  Code5005: 5005,
  /** 获取HaDebug信息失败 */
  Code5006: 5006,
  /** 操作成功 */
  Code6024: 6024,
  /** 未知主机 */
  Code6025: 6025,
  /** 注册句柄失败 */
  Code6026: 6026,
  /** npsvr启动失败 */
  Code6027: 6027,
  /** 版本错误 */
  Code6028: 6028,
  /** 创建文件失败 */
  Code6030: 6030,
  /** 文件不存在 */
  Code6031: 6031,
  /** 打开文件失败 */
  Code6032: 6032,
  /** 读文件失败 */
  Code6033: 6033,
  /** 写文件失败 */
  Code6034: 6034,
  /** 关闭文件失败 */
  Code6035: 6035,
  /** 删除文件失败 */
  Code6036: 6036,
  /** 日期格式化错误 */
  Code6037: 6037,
  /** 解码错误 */
  Code6038: 6038,
  /** 非数值 */
  Code6039: 6039,
  /** 非法操作 */
  Code6040: 6040,
  /** 设置证书可信错误 */
  Code6056: 6056,
  /** 保持连接错误 */
  Code6057: 6057,
  /** 内部错误 */
  Code6061: 6061,
  /** 平台不存在 */
  Code6072: 6072,
  /** 虚机不存在 */
  Code6073: 6073,
  /** 创建快照失败 */
  Code6074: 6074,
  /** 删除快照失败 */
  Code6075: 6075,
  /** 恢复快照失败 */
  Code6076: 6076,
  /** 规则冲突 */
  Code6077: 6077,
  /** 无法连接灾备机 */
  Code6078: 6078,
  /** 规则不存在 */
  Code6079: 6079,
  /** 规则启动失败 */
  Code6080: 6080,
  /** 规则停止失败 */
  Code6081: 6081,
  /** 规则删除失败 */
  Code6082: 6082,
  /** 无效任务 */
  Code6084: 6084,
  /** 参数错误 */
  Code6085: 6085,
  /** npsvr已被占用 */
  Code6086: 6086,
  /** 开启CTK失败 */
  Code6087: 6087,
  /** 查询变化数据失败 */
  Code6088: 6088,
  /** 未传输数据 */
  Code6089: 6089,
  /** 数据存储器不存在 */
  Code6090: 6090,
  /** 运行时错误 */
  Code6091: 6091,
  /** 连接虚拟平台错误 */
  Code6092: 6092,
  /** 虚拟机电源操作参数错误 */
  Code6093: 6093,
  /** 启动虚拟机失败 */
  Code6094: 6094,
  /** 停止虚拟机失败 */
  Code6095: 6095,
  /** 快照不存在 */
  Code6096: 6096,
  /** 创建虚拟机失败 */
  Code6097: 6097,
  /** 挂起客户机失败 */
  Code6098: 6098,
  /** 从挂起状态恢复失败 */
  Code6099: 6099,
  /** 虚拟化平台已经存在 */
  Code6102: 6102,
  /** 检查备份连续状态失败 */
  Code6103: 6103,
  /** 初始化备份空间失败 */
  Code6104: 6104,
  /** 删除虚机失败 */
  Code6105: 6105,
  /** 获取虚机配置失败 */
  Code6106: 6106,
  /** 重新配置磁盘失败 */
  Code6107: 6107,
  /** 获取状态或创建快照超时 */
  Code6108: 6108,
  /** 虚拟机CBT配置错误 */
  Code6109: 6109,
  /** 创建或挂载NFS存储失败 */
  Code6110: 6110,
  /** 删除或卸载数据存储失败 */
  Code6111: 6111,
} as const;

/** A code of the catalog. */
export type Info2softError = (typeof Info2softError)[keyof typeof Info2softError];

/** Every code, in ascending order. */
export const CODES: readonly Info2softError[] = [1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1030, 3519, 3520, 3521, 3522, 3523, 3524, 3525, 3526, 3527, 3528, 3529, 3530, 3531, 3533, 3534, 3535, 3536, 3538, 3540, 3541, 3542, 3543, 3544, 3545, 3546, 3547, 3548, 3549, 3550, 3551, 3552, 3553, 3554, 3555, 3556, 3557, 3558, 3559, 3560, 3561, 3562, 3563, 3564, 3565, 3566, 3567, 3568, 3569, 3570, 3571, 3572, 3573, 3574, 3575, 3576, 3577, 3578, 3579, 3580, 3581, 3582, 3583, 3584, 3585, 3586, 3587, 3588, 3589, 3590, 3591, 3592, 3593, 3594, 3595, 3596, 3597, 3598, 3599, 3600, 3601, 3602, 3603, 3604, 3605, 3606, 3607, 3608, 3609, 3610, 3611, 3612, 3801, 3802, 3803, 3804, 3805, 3806, 3807, 3808, 3809, 3810, 3812, 3901, 3902, 3903, 3904, 3905, 3906, 3907, 3908, 4000, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4050, 4051, 4052, 4053, 4054, 4055, 4100, 4101, 4102, 4103, 4104, 4105, 4106, 4150, 4151, 4152, 4200, 4201, 4202, 4203, 4204, 4205, 4206, 4207, 4208, 4209, 4250, 4251, 4300, 4350, 5000, 5001, 5002, 5003, 5004, 5005, 5006, 6024, 6025, 6026, 6027, 6028, 6030, 6031, 6032, 6033, 6034, 6035, 6036, 6037, 6038, 6039, 6040, 6056, 6057, 6061, 6072, 6073, 6074, 6075, 6076, 6077, 6078, 6079, 6080, 6081, 6082, 6084, 6085, 6086, 6087, 6088, 6089, 6090, 6091, 6092, 6093, 6094, 6095, 6096, 6097, 6098, 6099, 6102, 6103, 6104, 6105, 6106, 6107, 6108, 6109, 6110, 6111];

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
  "request": { range: [1000, 1029] as const },
  "request_extra": { range: [1030, 1099] as const },
  "replication": { range: [3500, 3799] as const },
  "nas": { range: [3800, 3899] as const },
  "undocumented_3900": { range: [3900, 3999] as const },
  "ha_system": { range: [4000, 4049] as const },
  "ha_data": { range: [4050, 4099] as const },
  "ha_rule": { range: [4100, 4149] as const },
  "ha_node_config": { range: [4150, 4199] as const },
  "ha_connection": { range: [4200, 4249] as const },
  "ha_resource": { range: [4250, 4299] as const },
  "ha_command": { range: [4300, 4349] as const },
  "ha_arbitration": { range: [4350, 4399] as const },
  "ha_debug": { range: [5000, 5999] as const },
  "virtualization": { range: [6000, 6999] as const },
} as const;
export type GroupName = keyof typeof GROUPS;

/** The group whose range holds `code`, used or not. */
export function groupOfCode(code: number): GroupName | undefined {
  if (code >= 1000 && code <= 1029) return "request";
  if (code >= 1030 && code <= 1099) return "request_extra";
  if (code >= 3500 && code <= 3799) return "replication";
  if (code >= 3800 && code <= 3899) return "nas";
  if (code >= 3900 && code <= 3999) return "undocumented_3900";
  if (code >= 4000 && code <= 4049) return "ha_system";
  if (code >= 4050 && code <= 4099) return "ha_data";
  if (code >= 4100 && code <= 4149) return "ha_rule";
  if (code >= 4150 && code <= 4199) return "ha_node_config";
  if (code >= 4200 && code <= 4249) return "ha_connection";
  if (code >= 4250 && code <= 4299) return "ha_resource";
  if (code >= 4300 && code <= 4349) return "ha_command";
  if (code >= 4350 && code <= 4399) return "ha_arbitration";
  if (code >= 5000 && code <= 5999) return "ha_debug";
  if (code >= 6000 && code <= 6999) return "virtualization";
  return undefined;
}

const FACTS: ReadonlyMap<number, Facts> = new Map<number, Facts>([
  [1000, { name: "Code1000", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1001, { name: "Code1001", message: { "zh": "argument err" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1002, { name: "Code1002", message: { "zh": "exist rule,used in add" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1003, { name: "Code1003", message: { "zh": "no exist rule" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1004, { name: "Code1004", message: { "zh": "requset struct has some invalid argument" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1005, { name: "Code1005", message: { "zh": "multithread may cause,we must invalid" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1006, { name: "Code1006", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1007, { name: "Code1007", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1008, { name: "Code1008", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1009, { name: "Code1009", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1010, { name: "Code1010", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1011, { name: "Code1011", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1012, { name: "Code1012", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1013, { name: "Code1013", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1014, { name: "Code1014", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1015, { name: "Code1015", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1016, { name: "Code1016", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1017, { name: "Code1017", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1018, { name: "Code1018", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1019, { name: "Code1019", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1020, { name: "Code1020", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1021, { name: "Code1021", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1022, { name: "Code1022", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1023, { name: "Code1023", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1024, { name: "Code1024", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1025, { name: "Code1025", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request", deprecated: false, args: [] }],
  [1030, { name: "Code1030", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "request_extra", deprecated: false, args: [] }],
  [3519, { name: "Code3519", message: { "zh": "复制规则重新启动" }, description: undefined, solution: { "zh": "重启系统，或者用户重启规则" }, http: 500, severity: "info", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3520, { name: "Code3520", message: { "zh": "复制规则重新启动完成" }, description: undefined, solution: { "zh": "镜像完成" }, http: 500, severity: "info", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3521, { name: "Code3521", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3522, { name: "Code3522", message: { "zh": "网络连接错误" }, description: undefined, solution: { "zh": "工作机或者灾备机网络不通或者由于其它错误导致一端断开了网络，具体要看两端前后的日志" }, http: 500, severity: "info", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3523, { name: "Code3523", message: { "zh": "镜像任务被取消" }, description: undefined, solution: { "zh": "工作机端可能达到了内存和缓存磁盘的使用上限，或者停止规则，从而主动取消镜像任务。" }, http: 500, severity: "info", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3524, { name: "Code3524", message: { "zh": "连接状态改变" }, description: undefined, solution: { "zh": "这个错误通常是由其他错误引起的，需要进一步检查工作机或者灾备机报告的其他错误。" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3525, { name: "Code3525", message: { "zh": "非法的任务" }, description: undefined, solution: { "zh": "通常是由于网络原因、灾备机重启或者其它错误导致灾备端的规则状态信息缺失" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3526, { name: "Code3526", message: { "zh": "没有配置文件" }, description: undefined, solution: { "zh": "配置文件被非法删除" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3527, { name: "Code3527", message: { "zh": "获取Linux卷组失败" }, description: undefined, solution: { "zh": "指定的卷组被删除或者访问失败" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3528, { name: "Code3528", message: { "zh": "获取逻辑卷组失败" }, description: undefined, solution: { "zh": "指定的卷组被删除或者访问失败" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3529, { name: "Code3529", message: { "zh": "没有找到对应的规则信息" }, description: undefined, solution: { "zh": "通常是由于网络原因、灾备机重启或者其它错误导致灾备端的规则状态信息缺失" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3530, { name: "Code3530", message: { "zh": "文件Checksum错误" }, description: undefined, solution: { "zh": "文件不同步，尝试重新镜像" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3531, { name: "Code3531", message: { "zh": "CDP 描述文件错误" }, description: undefined, solution: { "zh": "CDP的desc文件格式非法；CDP的版本和软件版本不一致；" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3533, { name: "Code3533", message: { "zh": "读取CDP描述文件错误" }, description: undefined, solution: { "zh": "CDP描述文件未生成或者被非法删除" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3534, { name: "Code3534", message: { "zh": "写入CDP描述文件错误" }, description: undefined, solution: { "zh": "CDP描述文件未生成或者被非法删除，比如磁盘满。" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3535, { name: "Code3535", message: { "zh": "CDP处于错误或者不完整状态" }, description: undefined, solution: { "zh": "清空cdp，重新生成CDP" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3536, { name: "Code3536", message: { "zh": "读取CDP错误" }, description: undefined, solution: { "zh": "CDP的版本和软件版本不一致；" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3538, { name: "Code3538", message: { "zh": "泛指读取数据失败，比如从文件或者从开设备中读取数据失败。" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3540, { name: "Code3540", message: { "zh": "读取CDP索引文件失败" }, description: undefined, solution: { "zh": "CDP索引文件未生成或者被非法删除" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3541, { name: "Code3541", message: { "zh": "cdp恢复时写文件失败" }, description: undefined, solution: { "zh": "磁盘满或者文件系统访问异常" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3542, { name: "Code3542", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3543, { name: "Code3543", message: { "zh": "存在的CDP版本和软件不兼容" }, description: undefined, solution: { "zh": "软件版本升级，升级后的软件不兼容老的CDP；" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3544, { name: "Code3544", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3545, { name: "Code3545", message: { "zh": "写消息分片内容不正确" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3546, { name: "Code3546", message: { "zh": "工作机和灾备机软件版本不兼容" }, description: undefined, solution: { "zh": "工作机/灾备机/控制机软件版本须一致或者兼容" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3547, { name: "Code3547", message: { "zh": "时间戳错误" }, description: undefined, solution: { "zh": "可能节点修改了系统时间。" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3548, { name: "Code3548", message: { "zh": "写入CDP索引文件失败" }, description: undefined, solution: { "zh": "检查磁盘" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3549, { name: "Code3549", message: { "zh": "写入CDP数据文件失败" }, description: undefined, solution: { "zh": "检查磁盘" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3550, { name: "Code3550", message: { "zh": "CDP索引文件损坏或者不完整" }, description: undefined, solution: { "zh": "清空CDP，重新生成CDP" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3551, { name: "Code3551", message: { "zh": "删除快照失败" }, description: undefined, solution: undefined, http: 500, severity: "info", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3552, { name: "Code3552", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3553, { name: "Code3553", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3554, { name: "Code3554", message: { "zh": "灾备机收到的数据包序号不对" }, description: undefined, solution: { "zh": "网络异常，灾备系统可以自我恢复" }, http: 500, severity: "info", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3555, { name: "Code3555", message: { "zh": "拷贝文件错误" }, description: undefined, solution: { "zh": "检查灾备文件系统或者磁盘是否满" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3556, { name: "Code3556", message: { "zh": "创建逻辑卷组失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3557, { name: "Code3557", message: { "zh": "格式化逻辑卷组失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3558, { name: "Code3558", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3559, { name: "Code3559", message: { "zh": "工作机镜像过程中打开文件失败" }, description: undefined, solution: { "zh": "检查工作机/灾备机文件系统是否可以访问" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3560, { name: "Code3560", message: { "zh": "读取文件或者目录失败" }, description: undefined, solution: { "zh": "检查灾备机文件系统是否可以访问" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3561, { name: "Code3561", message: { "zh": "泛指读取文件失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3562, { name: "Code3562", message: { "zh": "备端打开文件或者卷设备失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3563, { name: "Code3563", message: { "zh": "备机打开文件失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3564, { name: "Code3564", message: { "zh": "创建线程失败" }, description: undefined, solution: { "zh": "重启程序" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3565, { name: "Code3565", message: { "zh": "错误的消息类型" }, description: undefined, solution: { "zh": "通常由于网络传输问题或者是软件版本不一致导致。检查程序组件版本。" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3566, { name: "Code3566", message: { "zh": "卷组扩展失败" }, description: undefined, solution: { "zh": "灾备机卷组扩展失败" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3567, { name: "Code3567", message: { "zh": "卷调整大小失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3568, { name: "Code3568", message: { "zh": "收到文件或者目录改名操作" }, description: undefined, solution: undefined, http: 500, severity: "info", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3569, { name: "Code3569", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3570, { name: "Code3570", message: { "zh": "泛指读取cfg文件出错，获取或者转换某种路径失败，比如根据源端的路径获取备端的映射路径失败" }, description: undefined, solution: { "zh": "检查文件系统是否可以访问或者磁盘满，或者规则配置是否正确" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3571, { name: "Code3571", message: { "zh": "非法路径" }, description: undefined, solution: undefined, http: 500, severity: "info", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3572, { name: "Code3572", message: { "zh": "同一任务多次提交或者启动" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3573, { name: "Code3573", message: { "zh": "创建快照失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3574, { name: "Code3574", message: { "zh": "保存文件属性信息失败" }, description: undefined, solution: { "zh": "检查文件系统是否可以访问或者磁盘满" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3575, { name: "Code3575", message: { "zh": "消息序号重复" }, description: undefined, solution: { "zh": "复制过程中出现重复消息，可能由断网重连引起" }, http: 500, severity: "info", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3576, { name: "Code3576", message: { "zh": "灾备机路径mount重复" }, description: undefined, solution: { "zh": "灾备机在采用卷组存放数据时，一个路径被mount多次。" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3577, { name: "Code3577", message: { "zh": "Umount卷设备失败" }, description: undefined, solution: { "zh": "卷正在被使用或者错误" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3578, { name: "Code3578", message: { "zh": "写入Mirror文件列表失败" }, description: undefined, solution: { "zh": "磁盘满或者写入磁盘错误" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3579, { name: "Code3579", message: { "zh": "读取Mirror文件列表失败" }, description: undefined, solution: { "zh": "列表文件被非法删除" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3580, { name: "Code3580", message: { "zh": "CDP数据库或者快照数据损坏或者不完整" }, description: undefined, solution: { "zh": "CDP文件被非法删除或者磁盘满" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3581, { name: "Code3581", message: { "zh": "压缩错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3582, { name: "Code3582", message: { "zh": "解压错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3583, { name: "Code3583", message: { "zh": "挂载快照失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3584, { name: "Code3584", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3585, { name: "Code3585", message: { "zh": "更新namelog文件失败" }, description: undefined, solution: { "zh": "检查文件系统是否可以访问或者磁盘满" }, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3586, { name: "Code3586", message: { "zh": "加密错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3587, { name: "Code3587", message: { "zh": "解密错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3588, { name: "Code3588", message: { "zh": "任务被锁定" }, description: undefined, solution: { "zh": "HA切换到灾备机之后，锁定灾备目录，不再接受来在工作机的数据。" }, http: 500, severity: "info", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3589, { name: "Code3589", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3590, { name: "Code3590", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3591, { name: "Code3591", message: { "zh": "读取文件属性失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3592, { name: "Code3592", message: { "zh": "写入VM配置文件失" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3593, { name: "Code3593", message: { "zh": "VM配置文件错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3594, { name: "Code3594", message: { "zh": "VM配置项格式错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3595, { name: "Code3595", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3596, { name: "Code3596", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3597, { name: "Code3597", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3598, { name: "Code3598", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3599, { name: "Code3599", message: { "zh": "任务等待超时" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3600, { name: "Code3600", message: { "zh": "任务类型不支持" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3601, { name: "Code3601", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3602, { name: "Code3602", message: { "zh": "快照恢复失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3603, { name: "Code3603", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3604, { name: "Code3604", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3605, { name: "Code3605", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3606, { name: "Code3606", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3607, { name: "Code3607", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3608, { name: "Code3608", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3609, { name: "Code3609", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3610, { name: "Code3610", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3611, { name: "Code3611", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3612, { name: "Code3612", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "replication", deprecated: false, args: [] }],
  [3801, { name: "Code3801", message: { "zh": "内部运行错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "nas", deprecated: false, args: [] }],
  [3802, { name: "Code3802", message: { "zh": "版本不一致" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "nas", deprecated: false, args: [] }],
  [3803, { name: "Code3803", message: { "zh": "参数错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "nas", deprecated: false, args: [] }],
  [3804, { name: "Code3804", message: { "zh": "非预期的命令" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "nas", deprecated: false, args: [] }],
  [3805, { name: "Code3805", message: { "zh": "内存不足" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "nas", deprecated: false, args: [] }],
  [3806, { name: "Code3806", message: { "zh": "Nas规则不存在" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "nas", deprecated: false, args: [] }],
  [3807, { name: "Code3807", message: { "zh": "Nas规则重复" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "nas", deprecated: false, args: [] }],
  [3808, { name: "Code3808", message: { "zh": "网络数据格式不合法" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "nas", deprecated: false, args: [] }],
  [3809, { name: "Code3809", message: { "zh": "网络包分段错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "nas", deprecated: false, args: [] }],
  [3810, { name: "Code3810", message: { "zh": "网络发送错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "nas", deprecated: false, args: [] }],
  [3812, { name: "Code3812", message: { "zh": "网络连接错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "nas", deprecated: false, args: [] }],
  [3901, { name: "Code3901", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "undocumented_3900", deprecated: false, args: [] }],
  [3902, { name: "Code3902", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "undocumented_3900", deprecated: false, args: [] }],
  [3903, { name: "Code3903", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "undocumented_3900", deprecated: false, args: [] }],
  [3904, { name: "Code3904", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "undocumented_3900", deprecated: false, args: [] }],
  [3905, { name: "Code3905", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "undocumented_3900", deprecated: false, args: [] }],
  [3906, { name: "Code3906", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "undocumented_3900", deprecated: false, args: [] }],
  [3907, { name: "Code3907", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "undocumented_3900", deprecated: false, args: [] }],
  [3908, { name: "Code3908", message: { "zh": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "undocumented_3900", deprecated: false, args: [] }],
  [4000, { name: "Code4000", message: { "zh": "打开文件失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_system", deprecated: false, args: [] }],
  [4001, { name: "Code4001", message: { "zh": "创建线程失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_system", deprecated: false, args: [] }],
  [4002, { name: "Code4002", message: { "zh": "申请内存失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_system", deprecated: false, args: [] }],
  [4003, { name: "Code4003", message: { "zh": "new指针失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_system", deprecated: false, args: [] }],
  [4004, { name: "Code4004", message: { "zh": "将基类指针转化为继承类指针失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_system", deprecated: false, args: [] }],
  [4005, { name: "Code4005", message: { "zh": "无效的监控类型" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_system", deprecated: false, args: [] }],
  [4006, { name: "Code4006", message: { "zh": "插入uuid失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_system", deprecated: false, args: [] }],
  [4007, { name: "Code4007", message: { "zh": "sockfd无效或发送失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_system", deprecated: false, args: [] }],
  [4008, { name: "Code4008", message: { "zh": "HA状态为停止，设置绝色失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_system", deprecated: false, args: [] }],
  [4009, { name: "Code4009", message: { "zh": "rpc通信繁忙" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_system", deprecated: false, args: [] }],
  [4050, { name: "Code4050", message: { "zh": "uuid不存在" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_data", deprecated: false, args: [] }],
  [4051, { name: "Code4051", message: { "zh": "错误的数据类型" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_data", deprecated: false, args: [] }],
  [4052, { name: "Code4052", message: { "zh": "停止发送数据" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_data", deprecated: false, args: [] }],
  [4053, { name: "Code4053", message: { "zh": "队列为空，弹出失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_data", deprecated: false, args: [] }],
  [4054, { name: "Code4054", message: { "zh": "msg数据为空" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_data", deprecated: false, args: [] }],
  [4055, { name: "Code4055", message: { "zh": "m_Data为空" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_data", deprecated: false, args: [] }],
  [4100, { name: "Code4100", message: { "zh": "HA规则uuid已存在" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_rule", deprecated: false, args: [] }],
  [4101, { name: "Code4101", message: { "zh": "uuid对应的规则不存在" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_rule", deprecated: false, args: [] }],
  [4102, { name: "Code4102", message: { "zh": "插入uuid与HaNode指针失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_rule", deprecated: false, args: [] }],
  [4103, { name: "Code4103", message: { "zh": "删除HA规则失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_rule", deprecated: false, args: [] }],
  [4104, { name: "Code4104", message: { "zh": "强制切换主节点时规则状态错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_rule", deprecated: false, args: [] }],
  [4105, { name: "Code4105", message: { "zh": "当前节点不是从节点，切换成主节点失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_rule", deprecated: false, args: [] }],
  [4106, { name: "Code4106", message: { "zh": "修改HA规则失败,预修改传参有误或者节点上不存在该规则" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_rule", deprecated: false, args: [] }],
  [4150, { name: "Code4150", message: { "zh": "转换node参数时没有在nodelist中找到该uuid" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_node_config", deprecated: false, args: [] }],
  [4151, { name: "Code4151", message: { "zh": "修改HA规则，获取regnode.conf文件中的node_uuid失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_node_config", deprecated: false, args: [] }],
  [4152, { name: "Code4152", message: { "zh": "获取regnode.conf中的logdir失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_node_config", deprecated: false, args: [] }],
  [4200, { name: "Code4200", message: { "zh": "获取心跳任务失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_connection", deprecated: false, args: [] }],
  [4201, { name: "Code4201", message: { "zh": "peer连接失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_connection", deprecated: false, args: [] }],
  [4202, { name: "Code4202", message: { "zh": "建立连接失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_connection", deprecated: false, args: [] }],
  [4203, { name: "Code4203", message: { "zh": "无效的peer连接" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_connection", deprecated: false, args: [] }],
  [4204, { name: "Code4204", message: { "zh": "发送的数据为空" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_connection", deprecated: false, args: [] }],
  [4205, { name: "Code4205", message: { "zh": "IP转换出错" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_connection", deprecated: false, args: [] }],
  [4206, { name: "Code4206", message: { "zh": "等待发送" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_connection", deprecated: false, args: [] }],
  [4207, { name: "Code4207", message: { "zh": "连接超时" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_connection", deprecated: false, args: [] }],
  [4208, { name: "Code4208", message: { "zh": "发送参数错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_connection", deprecated: false, args: [] }],
  [4209, { name: "Code4209", message: { "zh": "尝试获取m_send_lock失败,可能有数据正在发送" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_connection", deprecated: false, args: [] }],
  [4250, { name: "Code4250", message: { "zh": "获取智能指针失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_resource", deprecated: false, args: [] }],
  [4251, { name: "Code4251", message: { "zh": "资源切换类型错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_resource", deprecated: false, args: [] }],
  [4300, { name: "Code4300", message: { "zh": "提交cmd失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_command", deprecated: false, args: [] }],
  [4350, { name: "Code4350", message: { "zh": "仲裁通信方式不是TCP" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_arbitration", deprecated: false, args: [] }],
  [5000, { name: "Code5000", message: { "zh": "HaDebug命令行参数过多" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_debug", deprecated: false, args: [] }],
  [5001, { name: "Code5001", message: { "zh": "HaDebug参数为0或者大于11" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_debug", deprecated: false, args: [] }],
  [5002, { name: "Code5002", message: { "zh": "传入参数错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_debug", deprecated: false, args: [] }],
  [5003, { name: "Code5003", message: { "zh": "发送失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_debug", deprecated: false, args: [] }],
  [5004, { name: "Code5004", message: { "zh": "接收的数据为空" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_debug", deprecated: false, args: [] }],
  [5005, { name: "Code5005", message: { "zh": "内存申请失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_debug", deprecated: false, args: [] }],
  [5006, { name: "Code5006", message: { "zh": "获取HaDebug信息失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "ha_debug", deprecated: false, args: [] }],
  [6024, { name: "Code6024", message: { "zh": "操作成功" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6025, { name: "Code6025", message: { "zh": "未知主机" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6026, { name: "Code6026", message: { "zh": "注册句柄失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6027, { name: "Code6027", message: { "zh": "npsvr启动失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6028, { name: "Code6028", message: { "zh": "版本错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6030, { name: "Code6030", message: { "zh": "创建文件失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6031, { name: "Code6031", message: { "zh": "文件不存在" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6032, { name: "Code6032", message: { "zh": "打开文件失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6033, { name: "Code6033", message: { "zh": "读文件失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6034, { name: "Code6034", message: { "zh": "写文件失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6035, { name: "Code6035", message: { "zh": "关闭文件失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6036, { name: "Code6036", message: { "zh": "删除文件失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6037, { name: "Code6037", message: { "zh": "日期格式化错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6038, { name: "Code6038", message: { "zh": "解码错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6039, { name: "Code6039", message: { "zh": "非数值" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6040, { name: "Code6040", message: { "zh": "非法操作" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6056, { name: "Code6056", message: { "zh": "设置证书可信错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6057, { name: "Code6057", message: { "zh": "保持连接错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6061, { name: "Code6061", message: { "zh": "内部错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6072, { name: "Code6072", message: { "zh": "平台不存在" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6073, { name: "Code6073", message: { "zh": "虚机不存在" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6074, { name: "Code6074", message: { "zh": "创建快照失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6075, { name: "Code6075", message: { "zh": "删除快照失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6076, { name: "Code6076", message: { "zh": "恢复快照失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6077, { name: "Code6077", message: { "zh": "规则冲突" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6078, { name: "Code6078", message: { "zh": "无法连接灾备机" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6079, { name: "Code6079", message: { "zh": "规则不存在" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6080, { name: "Code6080", message: { "zh": "规则启动失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6081, { name: "Code6081", message: { "zh": "规则停止失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6082, { name: "Code6082", message: { "zh": "规则删除失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6084, { name: "Code6084", message: { "zh": "无效任务" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6085, { name: "Code6085", message: { "zh": "参数错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6086, { name: "Code6086", message: { "zh": "npsvr已被占用" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6087, { name: "Code6087", message: { "zh": "开启CTK失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6088, { name: "Code6088", message: { "zh": "查询变化数据失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6089, { name: "Code6089", message: { "zh": "未传输数据" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6090, { name: "Code6090", message: { "zh": "数据存储器不存在" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6091, { name: "Code6091", message: { "zh": "运行时错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6092, { name: "Code6092", message: { "zh": "连接虚拟平台错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6093, { name: "Code6093", message: { "zh": "虚拟机电源操作参数错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6094, { name: "Code6094", message: { "zh": "启动虚拟机失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6095, { name: "Code6095", message: { "zh": "停止虚拟机失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6096, { name: "Code6096", message: { "zh": "快照不存在" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6097, { name: "Code6097", message: { "zh": "创建虚拟机失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6098, { name: "Code6098", message: { "zh": "挂起客户机失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6099, { name: "Code6099", message: { "zh": "从挂起状态恢复失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6102, { name: "Code6102", message: { "zh": "虚拟化平台已经存在" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6103, { name: "Code6103", message: { "zh": "检查备份连续状态失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6104, { name: "Code6104", message: { "zh": "初始化备份空间失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6105, { name: "Code6105", message: { "zh": "删除虚机失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6106, { name: "Code6106", message: { "zh": "获取虚机配置失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6107, { name: "Code6107", message: { "zh": "重新配置磁盘失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6108, { name: "Code6108", message: { "zh": "获取状态或创建快照超时" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6109, { name: "Code6109", message: { "zh": "虚拟机CBT配置错误" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6110, { name: "Code6110", message: { "zh": "创建或挂载NFS存储失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
  [6111, { name: "Code6111", message: { "zh": "删除或卸载数据存储失败" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "virtualization", deprecated: false, args: [] }],
]);

const BY_NAME: ReadonlyMap<string, Info2softError> = new Map<string, Info2softError>([
  ["Code1000", 1000],
  ["Code1001", 1001],
  ["Code1002", 1002],
  ["Code1003", 1003],
  ["Code1004", 1004],
  ["Code1005", 1005],
  ["Code1006", 1006],
  ["Code1007", 1007],
  ["Code1008", 1008],
  ["Code1009", 1009],
  ["Code1010", 1010],
  ["Code1011", 1011],
  ["Code1012", 1012],
  ["Code1013", 1013],
  ["Code1014", 1014],
  ["Code1015", 1015],
  ["Code1016", 1016],
  ["Code1017", 1017],
  ["Code1018", 1018],
  ["Code1019", 1019],
  ["Code1020", 1020],
  ["Code1021", 1021],
  ["Code1022", 1022],
  ["Code1023", 1023],
  ["Code1024", 1024],
  ["Code1025", 1025],
  ["Code1030", 1030],
  ["Code3519", 3519],
  ["Code3520", 3520],
  ["Code3521", 3521],
  ["Code3522", 3522],
  ["Code3523", 3523],
  ["Code3524", 3524],
  ["Code3525", 3525],
  ["Code3526", 3526],
  ["Code3527", 3527],
  ["Code3528", 3528],
  ["Code3529", 3529],
  ["Code3530", 3530],
  ["Code3531", 3531],
  ["Code3533", 3533],
  ["Code3534", 3534],
  ["Code3535", 3535],
  ["Code3536", 3536],
  ["Code3538", 3538],
  ["Code3540", 3540],
  ["Code3541", 3541],
  ["Code3542", 3542],
  ["Code3543", 3543],
  ["Code3544", 3544],
  ["Code3545", 3545],
  ["Code3546", 3546],
  ["Code3547", 3547],
  ["Code3548", 3548],
  ["Code3549", 3549],
  ["Code3550", 3550],
  ["Code3551", 3551],
  ["Code3552", 3552],
  ["Code3553", 3553],
  ["Code3554", 3554],
  ["Code3555", 3555],
  ["Code3556", 3556],
  ["Code3557", 3557],
  ["Code3558", 3558],
  ["Code3559", 3559],
  ["Code3560", 3560],
  ["Code3561", 3561],
  ["Code3562", 3562],
  ["Code3563", 3563],
  ["Code3564", 3564],
  ["Code3565", 3565],
  ["Code3566", 3566],
  ["Code3567", 3567],
  ["Code3568", 3568],
  ["Code3569", 3569],
  ["Code3570", 3570],
  ["Code3571", 3571],
  ["Code3572", 3572],
  ["Code3573", 3573],
  ["Code3574", 3574],
  ["Code3575", 3575],
  ["Code3576", 3576],
  ["Code3577", 3577],
  ["Code3578", 3578],
  ["Code3579", 3579],
  ["Code3580", 3580],
  ["Code3581", 3581],
  ["Code3582", 3582],
  ["Code3583", 3583],
  ["Code3584", 3584],
  ["Code3585", 3585],
  ["Code3586", 3586],
  ["Code3587", 3587],
  ["Code3588", 3588],
  ["Code3589", 3589],
  ["Code3590", 3590],
  ["Code3591", 3591],
  ["Code3592", 3592],
  ["Code3593", 3593],
  ["Code3594", 3594],
  ["Code3595", 3595],
  ["Code3596", 3596],
  ["Code3597", 3597],
  ["Code3598", 3598],
  ["Code3599", 3599],
  ["Code3600", 3600],
  ["Code3601", 3601],
  ["Code3602", 3602],
  ["Code3603", 3603],
  ["Code3604", 3604],
  ["Code3605", 3605],
  ["Code3606", 3606],
  ["Code3607", 3607],
  ["Code3608", 3608],
  ["Code3609", 3609],
  ["Code3610", 3610],
  ["Code3611", 3611],
  ["Code3612", 3612],
  ["Code3801", 3801],
  ["Code3802", 3802],
  ["Code3803", 3803],
  ["Code3804", 3804],
  ["Code3805", 3805],
  ["Code3806", 3806],
  ["Code3807", 3807],
  ["Code3808", 3808],
  ["Code3809", 3809],
  ["Code3810", 3810],
  ["Code3812", 3812],
  ["Code3901", 3901],
  ["Code3902", 3902],
  ["Code3903", 3903],
  ["Code3904", 3904],
  ["Code3905", 3905],
  ["Code3906", 3906],
  ["Code3907", 3907],
  ["Code3908", 3908],
  ["Code4000", 4000],
  ["Code4001", 4001],
  ["Code4002", 4002],
  ["Code4003", 4003],
  ["Code4004", 4004],
  ["Code4005", 4005],
  ["Code4006", 4006],
  ["Code4007", 4007],
  ["Code4008", 4008],
  ["Code4009", 4009],
  ["Code4050", 4050],
  ["Code4051", 4051],
  ["Code4052", 4052],
  ["Code4053", 4053],
  ["Code4054", 4054],
  ["Code4055", 4055],
  ["Code4100", 4100],
  ["Code4101", 4101],
  ["Code4102", 4102],
  ["Code4103", 4103],
  ["Code4104", 4104],
  ["Code4105", 4105],
  ["Code4106", 4106],
  ["Code4150", 4150],
  ["Code4151", 4151],
  ["Code4152", 4152],
  ["Code4200", 4200],
  ["Code4201", 4201],
  ["Code4202", 4202],
  ["Code4203", 4203],
  ["Code4204", 4204],
  ["Code4205", 4205],
  ["Code4206", 4206],
  ["Code4207", 4207],
  ["Code4208", 4208],
  ["Code4209", 4209],
  ["Code4250", 4250],
  ["Code4251", 4251],
  ["Code4300", 4300],
  ["Code4350", 4350],
  ["Code5000", 5000],
  ["Code5001", 5001],
  ["Code5002", 5002],
  ["Code5003", 5003],
  ["Code5004", 5004],
  ["Code5005", 5005],
  ["Code5006", 5006],
  ["Code6024", 6024],
  ["Code6025", 6025],
  ["Code6026", 6026],
  ["Code6027", 6027],
  ["Code6028", 6028],
  ["Code6030", 6030],
  ["Code6031", 6031],
  ["Code6032", 6032],
  ["Code6033", 6033],
  ["Code6034", 6034],
  ["Code6035", 6035],
  ["Code6036", 6036],
  ["Code6037", 6037],
  ["Code6038", 6038],
  ["Code6039", 6039],
  ["Code6040", 6040],
  ["Code6056", 6056],
  ["Code6057", 6057],
  ["Code6061", 6061],
  ["Code6072", 6072],
  ["Code6073", 6073],
  ["Code6074", 6074],
  ["Code6075", 6075],
  ["Code6076", 6076],
  ["Code6077", 6077],
  ["Code6078", 6078],
  ["Code6079", 6079],
  ["Code6080", 6080],
  ["Code6081", 6081],
  ["Code6082", 6082],
  ["Code6084", 6084],
  ["Code6085", 6085],
  ["Code6086", 6086],
  ["Code6087", 6087],
  ["Code6088", 6088],
  ["Code6089", 6089],
  ["Code6090", 6090],
  ["Code6091", 6091],
  ["Code6092", 6092],
  ["Code6093", 6093],
  ["Code6094", 6094],
  ["Code6095", 6095],
  ["Code6096", 6096],
  ["Code6097", 6097],
  ["Code6098", 6098],
  ["Code6099", 6099],
  ["Code6102", 6102],
  ["Code6103", 6103],
  ["Code6104", 6104],
  ["Code6105", 6105],
  ["Code6106", 6106],
  ["Code6107", 6107],
  ["Code6108", 6108],
  ["Code6109", 6109],
  ["Code6110", 6110],
  ["Code6111", 6111],
]);

/** The result of a lookup by code: a code of the catalog, or an unknown one. */
export type Lookup =
  | { readonly known: true; readonly code: Info2softError; readonly facts: Facts }
  | { readonly known: false; readonly code: number };

/** `code` as a code of the catalog; an unknown code gives `{ known: false }`, never an exception. */
export function fromCode(code: number): Lookup {
  const facts = FACTS.get(code);
  return facts === undefined ? { known: false, code } : { known: true, code: code as Info2softError, facts };
}

/** Whether `code` is a code of the catalog. */
export function isInfo2softError(code: number): code is Info2softError {
  return FACTS.has(code);
}

/** The code named `name` (the catalog's name, or the variant's), if there is one. */
export function fromName(name: string): Info2softError | undefined {
  return BY_NAME.get(name);
}

/** What the catalog says about `code`. */
export function facts(code: Info2softError): Facts {
  return FACTS.get(code) as Facts;
}

function language(lang: string | undefined): Language {
  return (LANGUAGES as readonly string[]).includes(lang ?? "") ? (lang as Language) : LANGUAGES[0];
}

/** The code's name. */
export function name(code: Info2softError): string {
  return facts(code).name;
}

/** The message in `lang` (the default language for another). */
export function message(code: Info2softError, lang?: string): string {
  return facts(code).message[language(lang)];
}

/** The description in `lang`, if the code has one. */
export function description(code: Info2softError, lang?: string): string | undefined {
  return facts(code).description?.[language(lang)];
}

/** The cause and remedy in `lang`, if the code has them. */
export function solution(code: Info2softError, lang?: string): string | undefined {
  return facts(code).solution?.[language(lang)];
}

/** The HTTP status the code maps to. */
export function httpStatus(code: Info2softError): number {
  return facts(code).http;
}

/** How serious the code is. */
export function severity(code: Info2softError): Severity {
  return facts(code).severity;
}

/** The gRPC code the error travels with. */
export function grpcCode(code: Info2softError): GrpcCode {
  return facts(code).grpc;
}

/** Whether trying again may succeed. */
export function isRetryable(code: Info2softError): boolean {
  return facts(code).retryable;
}

/** The code's group, if the catalog has groups. */
export function group(code: Info2softError): GroupName | undefined {
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
  return render(message(code as unknown as Info2softError, lang), args as unknown as Readonly<Record<string, unknown>>);
}
/** The domain of the google.rpc.ErrorInfo the catalog's errors carry over gRPC. */
export const DOMAIN = "Info2softError";

const ARG_TYPES: ReadonlyMap<number, readonly (readonly [string, string])[]> = new Map<number, readonly (readonly [string, string])[]>([
]);

/** A catalog error read from a google.rpc.ErrorInfo. */
export interface Decoded {
  readonly code: Info2softError;
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

