// errcat: generated from examples/catalogs/info2soft.yaml by `errcat expand examples/catalogs/info2soft.yaml`; catalog a06cee81e9230f13, body 19dcba32821c0582; edit the catalog and run the command again, not this file
const _: () = ::errcat::__private::GENERATED_FOR_ERRCAT_0_1;
const _: () = ::core::assert!(
    ::errcat::__private::fingerprint(::core::include_bytes!(::core::concat!(::core::env!("CARGO_MANIFEST_DIR"),
    "/examples/catalogs/info2soft.yaml"))) == 0xa06c_ee81_e923_0f13_u64,
    "errcat: examples/catalogs/info2soft.yaml changed since this file was generated from it; run `errcat expand examples/catalogs/info2soft.yaml` again"
);
/**英方软件信息/错误代码（工作机/灾备机运行日志）

Languages: `zh` (default). An entry that does not say otherwise (nor does its group) has HTTP status `500` and severity `error`. `Display` writes `{message}`. With errcat's `serde` feature, a value serializes as its code.

| Group | Codes | Entries | HTTP | Severity | Description |
|---|---|---:|---:|---|---|
| `request` | `1000..=1029` | 26 | `500` | `error` | 请求与规则参数 |
| `request_extra` | `1030..=1099` | 1 | `500` | `error` | 请求与规则参数（续） |
| `replication` | `3500..=3799` | 91 | `500` | `error` | 复制、镜像与 CDP |
| `nas` | `3800..=3899` | 11 | `500` | `error` | NAS 规则与网络 |
| `undocumented_3900` | `3900..=3999` | 8 | `500` | `error` | 文档未说明的 39xx 代码 |
| `ha_system` | `4000..=4049` | 10 | `500` | `error` | HA：系统资源 |
| `ha_data` | `4050..=4099` | 6 | `500` | `error` | HA：数据与队列 |
| `ha_rule` | `4100..=4149` | 7 | `500` | `error` | HA：规则管理 |
| `ha_node_config` | `4150..=4199` | 3 | `500` | `error` | HA：节点配置 |
| `ha_connection` | `4200..=4249` | 10 | `500` | `error` | HA：心跳与连接 |
| `ha_resource` | `4250..=4299` | 2 | `500` | `error` | HA：资源切换 |
| `ha_command` | `4300..=4349` | 1 | `500` | `error` | HA：命令提交 |
| `ha_arbitration` | `4350..=4399` | 1 | `500` | `error` | HA：仲裁 |
| `ha_debug` | `5000..=5999` | 7 | `500` | `error` | HaDebug 调试工具 |
| `virtualization` | `6000..=6999` | 56 | `500` | `error` | 虚拟化平台与 npsvr |

# Examples

```rust,ignore
let error = Info2softError::Code1000;
assert_eq!(error.code(), 1000);
assert_eq!(Info2softError::from_code(1000), Some(error));
```*/
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Info2softError {
    /**Code 1000 (the catalog gives no message).

- Code `1000`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1000,
    /**argument err

- Code `1001`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1001,
    /**exist rule,used in add

- Code `1002`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1002,
    /**no exist rule

- Code `1003`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1003,
    /**requset struct has some invalid argument

- Code `1004`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1004,
    /**multithread may cause,we must invalid

- Code `1005`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1005,
    /**Code 1006 (the catalog gives no message).

- Code `1006`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1006,
    /**Code 1007 (the catalog gives no message).

- Code `1007`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1007,
    /**Code 1008 (the catalog gives no message).

- Code `1008`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1008,
    /**Code 1009 (the catalog gives no message).

- Code `1009`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1009,
    /**Code 1010 (the catalog gives no message).

- Code `1010`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1010,
    /**Code 1011 (the catalog gives no message).

- Code `1011`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1011,
    /**Code 1012 (the catalog gives no message).

- Code `1012`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1012,
    /**Code 1013 (the catalog gives no message).

- Code `1013`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1013,
    /**Code 1014 (the catalog gives no message).

- Code `1014`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1014,
    /**Code 1015 (the catalog gives no message).

- Code `1015`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1015,
    /**Code 1016 (the catalog gives no message).

- Code `1016`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1016,
    /**Code 1017 (the catalog gives no message).

- Code `1017`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1017,
    /**Code 1018 (the catalog gives no message).

- Code `1018`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1018,
    /**Code 1019 (the catalog gives no message).

- Code `1019`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1019,
    /**Code 1020 (the catalog gives no message).

- Code `1020`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1020,
    /**Code 1021 (the catalog gives no message).

- Code `1021`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1021,
    /**Code 1022 (the catalog gives no message).

- Code `1022`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1022,
    /**Code 1023 (the catalog gives no message).

- Code `1023`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1023,
    /**Code 1024 (the catalog gives no message).

- Code `1024`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1024,
    /**Code 1025 (the catalog gives no message).

- Code `1025`, group `request` (`1000..=1029`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1025,
    /**Code 1030 (the catalog gives no message).

- Code `1030`, group `request_extra` (`1030..=1099`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code1030,
    /**复制规则重新启动

- Code `3519`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `info`, not retryable

Solution: 重启系统，或者用户重启规则*/
    Code3519,
    /**复制规则重新启动完成

- Code `3520`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `info`, not retryable

Solution: 镜像完成*/
    Code3520,
    /**Code 3521 (the catalog gives no message).

- Code `3521`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3521,
    /**网络连接错误

- Code `3522`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `info`, not retryable

Solution: 工作机或者灾备机网络不通或者由于其它错误导致一端断开了网络，具体要看两端前后的日志*/
    Code3522,
    /**镜像任务被取消

- Code `3523`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `info`, not retryable

Solution: 工作机端可能达到了内存和缓存磁盘的使用上限，或者停止规则，从而主动取消镜像任务。*/
    Code3523,
    /**连接状态改变

- Code `3524`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 这个错误通常是由其他错误引起的，需要进一步检查工作机或者灾备机报告的其他错误。*/
    Code3524,
    /**非法的任务

- Code `3525`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 通常是由于网络原因、灾备机重启或者其它错误导致灾备端的规则状态信息缺失*/
    Code3525,
    /**没有配置文件

- Code `3526`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 配置文件被非法删除*/
    Code3526,
    /**获取Linux卷组失败

- Code `3527`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 指定的卷组被删除或者访问失败*/
    Code3527,
    /**获取逻辑卷组失败

- Code `3528`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 指定的卷组被删除或者访问失败*/
    Code3528,
    /**没有找到对应的规则信息

- Code `3529`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 通常是由于网络原因、灾备机重启或者其它错误导致灾备端的规则状态信息缺失*/
    Code3529,
    /**文件Checksum错误

- Code `3530`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 文件不同步，尝试重新镜像*/
    Code3530,
    /**CDP 描述文件错误

- Code `3531`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: CDP的desc文件格式非法；CDP的版本和软件版本不一致；*/
    Code3531,
    /**读取CDP描述文件错误

- Code `3533`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: CDP描述文件未生成或者被非法删除*/
    Code3533,
    /**写入CDP描述文件错误

- Code `3534`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: CDP描述文件未生成或者被非法删除，比如磁盘满。*/
    Code3534,
    /**CDP处于错误或者不完整状态

- Code `3535`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 清空cdp，重新生成CDP*/
    Code3535,
    /**读取CDP错误

- Code `3536`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: CDP的版本和软件版本不一致；*/
    Code3536,
    /**泛指读取数据失败，比如从文件或者从开设备中读取数据失败。

- Code `3538`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3538,
    /**读取CDP索引文件失败

- Code `3540`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: CDP索引文件未生成或者被非法删除*/
    Code3540,
    /**cdp恢复时写文件失败

- Code `3541`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 磁盘满或者文件系统访问异常*/
    Code3541,
    /**Code 3542 (the catalog gives no message).

- Code `3542`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3542,
    /**存在的CDP版本和软件不兼容

- Code `3543`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 软件版本升级，升级后的软件不兼容老的CDP；*/
    Code3543,
    /**Code 3544 (the catalog gives no message).

- Code `3544`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3544,
    /**写消息分片内容不正确

- Code `3545`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3545,
    /**工作机和灾备机软件版本不兼容

- Code `3546`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 工作机/灾备机/控制机软件版本须一致或者兼容*/
    Code3546,
    /**时间戳错误

- Code `3547`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 可能节点修改了系统时间。*/
    Code3547,
    /**写入CDP索引文件失败

- Code `3548`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 检查磁盘*/
    Code3548,
    /**写入CDP数据文件失败

- Code `3549`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 检查磁盘*/
    Code3549,
    /**CDP索引文件损坏或者不完整

- Code `3550`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 清空CDP，重新生成CDP*/
    Code3550,
    /**删除快照失败

- Code `3551`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `info`, not retryable*/
    Code3551,
    /**Code 3552 (the catalog gives no message).

- Code `3552`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3552,
    /**Code 3553 (the catalog gives no message).

- Code `3553`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3553,
    /**灾备机收到的数据包序号不对

- Code `3554`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `info`, not retryable

Solution: 网络异常，灾备系统可以自我恢复*/
    Code3554,
    /**拷贝文件错误

- Code `3555`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 检查灾备文件系统或者磁盘是否满*/
    Code3555,
    /**创建逻辑卷组失败

- Code `3556`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3556,
    /**格式化逻辑卷组失败

- Code `3557`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3557,
    /**Code 3558 (the catalog gives no message).

- Code `3558`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3558,
    /**工作机镜像过程中打开文件失败

- Code `3559`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 检查工作机/灾备机文件系统是否可以访问*/
    Code3559,
    /**读取文件或者目录失败

- Code `3560`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 检查灾备机文件系统是否可以访问*/
    Code3560,
    /**泛指读取文件失败

- Code `3561`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3561,
    /**备端打开文件或者卷设备失败

- Code `3562`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3562,
    /**备机打开文件失败

- Code `3563`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3563,
    /**创建线程失败

- Code `3564`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 重启程序*/
    Code3564,
    /**错误的消息类型

- Code `3565`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 通常由于网络传输问题或者是软件版本不一致导致。检查程序组件版本。*/
    Code3565,
    /**卷组扩展失败

- Code `3566`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 灾备机卷组扩展失败*/
    Code3566,
    /**卷调整大小失败

- Code `3567`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3567,
    /**收到文件或者目录改名操作

- Code `3568`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `info`, not retryable*/
    Code3568,
    /**Code 3569 (the catalog gives no message).

- Code `3569`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3569,
    /**泛指读取cfg文件出错，获取或者转换某种路径失败，比如根据源端的路径获取备端的映射路径失败

- Code `3570`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 检查文件系统是否可以访问或者磁盘满，或者规则配置是否正确*/
    Code3570,
    /**非法路径

- Code `3571`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `info`, not retryable*/
    Code3571,
    /**同一任务多次提交或者启动

- Code `3572`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3572,
    /**创建快照失败

- Code `3573`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3573,
    /**保存文件属性信息失败

- Code `3574`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 检查文件系统是否可以访问或者磁盘满*/
    Code3574,
    /**消息序号重复

- Code `3575`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `info`, not retryable

Solution: 复制过程中出现重复消息，可能由断网重连引起*/
    Code3575,
    /**灾备机路径mount重复

- Code `3576`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 灾备机在采用卷组存放数据时，一个路径被mount多次。*/
    Code3576,
    /**Umount卷设备失败

- Code `3577`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 卷正在被使用或者错误*/
    Code3577,
    /**写入Mirror文件列表失败

- Code `3578`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 磁盘满或者写入磁盘错误*/
    Code3578,
    /**读取Mirror文件列表失败

- Code `3579`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 列表文件被非法删除*/
    Code3579,
    /**CDP数据库或者快照数据损坏或者不完整

- Code `3580`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: CDP文件被非法删除或者磁盘满*/
    Code3580,
    /**压缩错误

- Code `3581`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3581,
    /**解压错误

- Code `3582`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3582,
    /**挂载快照失败

- Code `3583`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3583,
    /**Code 3584 (the catalog gives no message).

- Code `3584`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3584,
    /**更新namelog文件失败

- Code `3585`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable

Solution: 检查文件系统是否可以访问或者磁盘满*/
    Code3585,
    /**加密错误

- Code `3586`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3586,
    /**解密错误

- Code `3587`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3587,
    /**任务被锁定

- Code `3588`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `info`, not retryable

Solution: HA切换到灾备机之后，锁定灾备目录，不再接受来在工作机的数据。*/
    Code3588,
    /**Code 3589 (the catalog gives no message).

- Code `3589`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3589,
    /**Code 3590 (the catalog gives no message).

- Code `3590`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3590,
    /**读取文件属性失败

- Code `3591`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3591,
    /**写入VM配置文件失

- Code `3592`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3592,
    /**VM配置文件错误

- Code `3593`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3593,
    /**VM配置项格式错误

- Code `3594`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3594,
    /**Code 3595 (the catalog gives no message).

- Code `3595`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3595,
    /**Code 3596 (the catalog gives no message).

- Code `3596`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3596,
    /**Code 3597 (the catalog gives no message).

- Code `3597`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3597,
    /**Code 3598 (the catalog gives no message).

- Code `3598`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3598,
    /**任务等待超时

- Code `3599`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3599,
    /**任务类型不支持

- Code `3600`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3600,
    /**Code 3601 (the catalog gives no message).

- Code `3601`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3601,
    /**快照恢复失败

- Code `3602`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3602,
    /**Code 3603 (the catalog gives no message).

- Code `3603`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3603,
    /**Code 3604 (the catalog gives no message).

- Code `3604`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3604,
    /**Code 3605 (the catalog gives no message).

- Code `3605`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3605,
    /**Code 3606 (the catalog gives no message).

- Code `3606`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3606,
    /**Code 3607 (the catalog gives no message).

- Code `3607`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3607,
    /**Code 3608 (the catalog gives no message).

- Code `3608`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3608,
    /**Code 3609 (the catalog gives no message).

- Code `3609`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3609,
    /**Code 3610 (the catalog gives no message).

- Code `3610`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3610,
    /**Code 3611 (the catalog gives no message).

- Code `3611`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3611,
    /**Code 3612 (the catalog gives no message).

- Code `3612`, group `replication` (`3500..=3799`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3612,
    /**内部运行错误

- Code `3801`, group `nas` (`3800..=3899`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3801,
    /**版本不一致

- Code `3802`, group `nas` (`3800..=3899`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3802,
    /**参数错误

- Code `3803`, group `nas` (`3800..=3899`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3803,
    /**非预期的命令

- Code `3804`, group `nas` (`3800..=3899`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3804,
    /**内存不足

- Code `3805`, group `nas` (`3800..=3899`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3805,
    /**Nas规则不存在

- Code `3806`, group `nas` (`3800..=3899`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3806,
    /**Nas规则重复

- Code `3807`, group `nas` (`3800..=3899`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3807,
    /**网络数据格式不合法

- Code `3808`, group `nas` (`3800..=3899`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3808,
    /**网络包分段错误

- Code `3809`, group `nas` (`3800..=3899`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3809,
    /**网络发送错误

- Code `3810`, group `nas` (`3800..=3899`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3810,
    /**网络连接错误

- Code `3812`, group `nas` (`3800..=3899`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3812,
    /**Code 3901 (the catalog gives no message).

- Code `3901`, group `undocumented_3900` (`3900..=3999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3901,
    /**Code 3902 (the catalog gives no message).

- Code `3902`, group `undocumented_3900` (`3900..=3999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3902,
    /**Code 3903 (the catalog gives no message).

- Code `3903`, group `undocumented_3900` (`3900..=3999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3903,
    /**Code 3904 (the catalog gives no message).

- Code `3904`, group `undocumented_3900` (`3900..=3999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3904,
    /**Code 3905 (the catalog gives no message).

- Code `3905`, group `undocumented_3900` (`3900..=3999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3905,
    /**Code 3906 (the catalog gives no message).

- Code `3906`, group `undocumented_3900` (`3900..=3999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3906,
    /**Code 3907 (the catalog gives no message).

- Code `3907`, group `undocumented_3900` (`3900..=3999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3907,
    /**Code 3908 (the catalog gives no message).

- Code `3908`, group `undocumented_3900` (`3900..=3999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code3908,
    /**打开文件失败

- Code `4000`, group `ha_system` (`4000..=4049`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4000,
    /**创建线程失败

- Code `4001`, group `ha_system` (`4000..=4049`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4001,
    /**申请内存失败

- Code `4002`, group `ha_system` (`4000..=4049`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4002,
    /**new指针失败

- Code `4003`, group `ha_system` (`4000..=4049`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4003,
    /**将基类指针转化为继承类指针失败

- Code `4004`, group `ha_system` (`4000..=4049`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4004,
    /**无效的监控类型

- Code `4005`, group `ha_system` (`4000..=4049`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4005,
    /**插入uuid失败

- Code `4006`, group `ha_system` (`4000..=4049`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4006,
    /**sockfd无效或发送失败

- Code `4007`, group `ha_system` (`4000..=4049`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4007,
    /**HA状态为停止，设置绝色失败

- Code `4008`, group `ha_system` (`4000..=4049`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4008,
    /**rpc通信繁忙

- Code `4009`, group `ha_system` (`4000..=4049`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4009,
    /**uuid不存在

- Code `4050`, group `ha_data` (`4050..=4099`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4050,
    /**错误的数据类型

- Code `4051`, group `ha_data` (`4050..=4099`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4051,
    /**停止发送数据

- Code `4052`, group `ha_data` (`4050..=4099`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4052,
    /**队列为空，弹出失败

- Code `4053`, group `ha_data` (`4050..=4099`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4053,
    /**msg数据为空

- Code `4054`, group `ha_data` (`4050..=4099`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4054,
    /**m\_Data为空

- Code `4055`, group `ha_data` (`4050..=4099`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4055,
    /**HA规则uuid已存在

- Code `4100`, group `ha_rule` (`4100..=4149`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4100,
    /**uuid对应的规则不存在

- Code `4101`, group `ha_rule` (`4100..=4149`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4101,
    /**插入uuid与HaNode指针失败

- Code `4102`, group `ha_rule` (`4100..=4149`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4102,
    /**删除HA规则失败

- Code `4103`, group `ha_rule` (`4100..=4149`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4103,
    /**强制切换主节点时规则状态错误

- Code `4104`, group `ha_rule` (`4100..=4149`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4104,
    /**当前节点不是从节点，切换成主节点失败

- Code `4105`, group `ha_rule` (`4100..=4149`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4105,
    /**修改HA规则失败,预修改传参有误或者节点上不存在该规则

- Code `4106`, group `ha_rule` (`4100..=4149`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4106,
    /**转换node参数时没有在nodelist中找到该uuid

- Code `4150`, group `ha_node_config` (`4150..=4199`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4150,
    /**修改HA规则，获取regnode.conf文件中的node\_uuid失败

- Code `4151`, group `ha_node_config` (`4150..=4199`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4151,
    /**获取regnode.conf中的logdir失败

- Code `4152`, group `ha_node_config` (`4150..=4199`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4152,
    /**获取心跳任务失败

- Code `4200`, group `ha_connection` (`4200..=4249`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4200,
    /**peer连接失败

- Code `4201`, group `ha_connection` (`4200..=4249`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4201,
    /**建立连接失败

- Code `4202`, group `ha_connection` (`4200..=4249`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4202,
    /**无效的peer连接

- Code `4203`, group `ha_connection` (`4200..=4249`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4203,
    /**发送的数据为空

- Code `4204`, group `ha_connection` (`4200..=4249`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4204,
    /**IP转换出错

- Code `4205`, group `ha_connection` (`4200..=4249`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4205,
    /**等待发送

- Code `4206`, group `ha_connection` (`4200..=4249`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4206,
    /**连接超时

- Code `4207`, group `ha_connection` (`4200..=4249`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4207,
    /**发送参数错误

- Code `4208`, group `ha_connection` (`4200..=4249`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4208,
    /**尝试获取m\_send\_lock失败,可能有数据正在发送

- Code `4209`, group `ha_connection` (`4200..=4249`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4209,
    /**获取智能指针失败

- Code `4250`, group `ha_resource` (`4250..=4299`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4250,
    /**资源切换类型错误

- Code `4251`, group `ha_resource` (`4250..=4299`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4251,
    /**提交cmd失败

- Code `4300`, group `ha_command` (`4300..=4349`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4300,
    /**仲裁通信方式不是TCP

- Code `4350`, group `ha_arbitration` (`4350..=4399`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code4350,
    /**HaDebug命令行参数过多

- Code `5000`, group `ha_debug` (`5000..=5999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code5000,
    /**HaDebug参数为0或者大于11

- Code `5001`, group `ha_debug` (`5000..=5999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code5001,
    /**传入参数错误

- Code `5002`, group `ha_debug` (`5000..=5999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code5002,
    /**发送失败

- Code `5003`, group `ha_debug` (`5000..=5999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code5003,
    /**接收的数据为空

- Code `5004`, group `ha_debug` (`5000..=5999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code5004,
    /**内存申请失败

- Code `5005`, group `ha_debug` (`5000..=5999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code5005,
    /**获取HaDebug信息失败

- Code `5006`, group `ha_debug` (`5000..=5999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code5006,
    /**操作成功

- Code `6024`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6024,
    /**未知主机

- Code `6025`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6025,
    /**注册句柄失败

- Code `6026`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6026,
    /**npsvr启动失败

- Code `6027`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6027,
    /**版本错误

- Code `6028`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6028,
    /**创建文件失败

- Code `6030`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6030,
    /**文件不存在

- Code `6031`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6031,
    /**打开文件失败

- Code `6032`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6032,
    /**读文件失败

- Code `6033`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6033,
    /**写文件失败

- Code `6034`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6034,
    /**关闭文件失败

- Code `6035`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6035,
    /**删除文件失败

- Code `6036`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6036,
    /**日期格式化错误

- Code `6037`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6037,
    /**解码错误

- Code `6038`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6038,
    /**非数值

- Code `6039`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6039,
    /**非法操作

- Code `6040`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6040,
    /**设置证书可信错误

- Code `6056`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6056,
    /**保持连接错误

- Code `6057`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6057,
    /**内部错误

- Code `6061`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6061,
    /**平台不存在

- Code `6072`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6072,
    /**虚机不存在

- Code `6073`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6073,
    /**创建快照失败

- Code `6074`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6074,
    /**删除快照失败

- Code `6075`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6075,
    /**恢复快照失败

- Code `6076`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6076,
    /**规则冲突

- Code `6077`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6077,
    /**无法连接灾备机

- Code `6078`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6078,
    /**规则不存在

- Code `6079`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6079,
    /**规则启动失败

- Code `6080`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6080,
    /**规则停止失败

- Code `6081`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6081,
    /**规则删除失败

- Code `6082`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6082,
    /**无效任务

- Code `6084`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6084,
    /**参数错误

- Code `6085`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6085,
    /**npsvr已被占用

- Code `6086`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6086,
    /**开启CTK失败

- Code `6087`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6087,
    /**查询变化数据失败

- Code `6088`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6088,
    /**未传输数据

- Code `6089`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6089,
    /**数据存储器不存在

- Code `6090`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6090,
    /**运行时错误

- Code `6091`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6091,
    /**连接虚拟平台错误

- Code `6092`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6092,
    /**虚拟机电源操作参数错误

- Code `6093`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6093,
    /**启动虚拟机失败

- Code `6094`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6094,
    /**停止虚拟机失败

- Code `6095`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6095,
    /**快照不存在

- Code `6096`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6096,
    /**创建虚拟机失败

- Code `6097`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6097,
    /**挂起客户机失败

- Code `6098`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6098,
    /**从挂起状态恢复失败

- Code `6099`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6099,
    /**虚拟化平台已经存在

- Code `6102`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6102,
    /**检查备份连续状态失败

- Code `6103`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6103,
    /**初始化备份空间失败

- Code `6104`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6104,
    /**删除虚机失败

- Code `6105`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6105,
    /**获取虚机配置失败

- Code `6106`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6106,
    /**重新配置磁盘失败

- Code `6107`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6107,
    /**获取状态或创建快照超时

- Code `6108`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6108,
    /**虚拟机CBT配置错误

- Code `6109`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6109,
    /**创建或挂载NFS存储失败

- Code `6110`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6110,
    /**删除或卸载数据存储失败

- Code `6111`, group `virtualization` (`6000..=6999`)
- HTTP status `500`, gRPC `INTERNAL`, severity `error`, not retryable*/
    Code6111,
}
impl Info2softError {
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
        static ALL: [Info2softError; 240] = {
            use Info2softError::*;
            [
                Code1000,
                Code1001,
                Code1002,
                Code1003,
                Code1004,
                Code1005,
                Code1006,
                Code1007,
                Code1008,
                Code1009,
                Code1010,
                Code1011,
                Code1012,
                Code1013,
                Code1014,
                Code1015,
                Code1016,
                Code1017,
                Code1018,
                Code1019,
                Code1020,
                Code1021,
                Code1022,
                Code1023,
                Code1024,
                Code1025,
                Code1030,
                Code3519,
                Code3520,
                Code3521,
                Code3522,
                Code3523,
                Code3524,
                Code3525,
                Code3526,
                Code3527,
                Code3528,
                Code3529,
                Code3530,
                Code3531,
                Code3533,
                Code3534,
                Code3535,
                Code3536,
                Code3538,
                Code3540,
                Code3541,
                Code3542,
                Code3543,
                Code3544,
                Code3545,
                Code3546,
                Code3547,
                Code3548,
                Code3549,
                Code3550,
                Code3551,
                Code3552,
                Code3553,
                Code3554,
                Code3555,
                Code3556,
                Code3557,
                Code3558,
                Code3559,
                Code3560,
                Code3561,
                Code3562,
                Code3563,
                Code3564,
                Code3565,
                Code3566,
                Code3567,
                Code3568,
                Code3569,
                Code3570,
                Code3571,
                Code3572,
                Code3573,
                Code3574,
                Code3575,
                Code3576,
                Code3577,
                Code3578,
                Code3579,
                Code3580,
                Code3581,
                Code3582,
                Code3583,
                Code3584,
                Code3585,
                Code3586,
                Code3587,
                Code3588,
                Code3589,
                Code3590,
                Code3591,
                Code3592,
                Code3593,
                Code3594,
                Code3595,
                Code3596,
                Code3597,
                Code3598,
                Code3599,
                Code3600,
                Code3601,
                Code3602,
                Code3603,
                Code3604,
                Code3605,
                Code3606,
                Code3607,
                Code3608,
                Code3609,
                Code3610,
                Code3611,
                Code3612,
                Code3801,
                Code3802,
                Code3803,
                Code3804,
                Code3805,
                Code3806,
                Code3807,
                Code3808,
                Code3809,
                Code3810,
                Code3812,
                Code3901,
                Code3902,
                Code3903,
                Code3904,
                Code3905,
                Code3906,
                Code3907,
                Code3908,
                Code4000,
                Code4001,
                Code4002,
                Code4003,
                Code4004,
                Code4005,
                Code4006,
                Code4007,
                Code4008,
                Code4009,
                Code4050,
                Code4051,
                Code4052,
                Code4053,
                Code4054,
                Code4055,
                Code4100,
                Code4101,
                Code4102,
                Code4103,
                Code4104,
                Code4105,
                Code4106,
                Code4150,
                Code4151,
                Code4152,
                Code4200,
                Code4201,
                Code4202,
                Code4203,
                Code4204,
                Code4205,
                Code4206,
                Code4207,
                Code4208,
                Code4209,
                Code4250,
                Code4251,
                Code4300,
                Code4350,
                Code5000,
                Code5001,
                Code5002,
                Code5003,
                Code5004,
                Code5005,
                Code5006,
                Code6024,
                Code6025,
                Code6026,
                Code6027,
                Code6028,
                Code6030,
                Code6031,
                Code6032,
                Code6033,
                Code6034,
                Code6035,
                Code6036,
                Code6037,
                Code6038,
                Code6039,
                Code6040,
                Code6056,
                Code6057,
                Code6061,
                Code6072,
                Code6073,
                Code6074,
                Code6075,
                Code6076,
                Code6077,
                Code6078,
                Code6079,
                Code6080,
                Code6081,
                Code6082,
                Code6084,
                Code6085,
                Code6086,
                Code6087,
                Code6088,
                Code6089,
                Code6090,
                Code6091,
                Code6092,
                Code6093,
                Code6094,
                Code6095,
                Code6096,
                Code6097,
                Code6098,
                Code6099,
                Code6102,
                Code6103,
                Code6104,
                Code6105,
                Code6106,
                Code6107,
                Code6108,
                Code6109,
                Code6110,
                Code6111,
            ]
        };
        &ALL
    }
    #[doc(hidden)]
    const __ERRCAT_CODES: &'static [i32] = &[
        1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012,
        1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025,
        1030, 3519, 3520, 3521, 3522, 3523, 3524, 3525, 3526, 3527, 3528, 3529, 3530,
        3531, 3533, 3534, 3535, 3536, 3538, 3540, 3541, 3542, 3543, 3544, 3545, 3546,
        3547, 3548, 3549, 3550, 3551, 3552, 3553, 3554, 3555, 3556, 3557, 3558, 3559,
        3560, 3561, 3562, 3563, 3564, 3565, 3566, 3567, 3568, 3569, 3570, 3571, 3572,
        3573, 3574, 3575, 3576, 3577, 3578, 3579, 3580, 3581, 3582, 3583, 3584, 3585,
        3586, 3587, 3588, 3589, 3590, 3591, 3592, 3593, 3594, 3595, 3596, 3597, 3598,
        3599, 3600, 3601, 3602, 3603, 3604, 3605, 3606, 3607, 3608, 3609, 3610, 3611,
        3612, 3801, 3802, 3803, 3804, 3805, 3806, 3807, 3808, 3809, 3810, 3812, 3901,
        3902, 3903, 3904, 3905, 3906, 3907, 3908, 4000, 4001, 4002, 4003, 4004, 4005,
        4006, 4007, 4008, 4009, 4050, 4051, 4052, 4053, 4054, 4055, 4100, 4101, 4102,
        4103, 4104, 4105, 4106, 4150, 4151, 4152, 4200, 4201, 4202, 4203, 4204, 4205,
        4206, 4207, 4208, 4209, 4250, 4251, 4300, 4350, 5000, 5001, 5002, 5003, 5004,
        5005, 5006, 6024, 6025, 6026, 6027, 6028, 6030, 6031, 6032, 6033, 6034, 6035,
        6036, 6037, 6038, 6039, 6040, 6056, 6057, 6061, 6072, 6073, 6074, 6075, 6076,
        6077, 6078, 6079, 6080, 6081, 6082, 6084, 6085, 6086, 6087, 6088, 6089, 6090,
        6091, 6092, 6093, 6094, 6095, 6096, 6097, 6098, 6099, 6102, 6103, 6104, 6105,
        6106, 6107, 6108, 6109, 6110, 6111,
    ];
    #[doc(hidden)]
    const __ERRCAT_IDENTS: &'static [&'static str] = &[
        "Code1000",
        "Code1001",
        "Code1002",
        "Code1003",
        "Code1004",
        "Code1005",
        "Code1006",
        "Code1007",
        "Code1008",
        "Code1009",
        "Code1010",
        "Code1011",
        "Code1012",
        "Code1013",
        "Code1014",
        "Code1015",
        "Code1016",
        "Code1017",
        "Code1018",
        "Code1019",
        "Code1020",
        "Code1021",
        "Code1022",
        "Code1023",
        "Code1024",
        "Code1025",
        "Code1030",
        "Code3519",
        "Code3520",
        "Code3521",
        "Code3522",
        "Code3523",
        "Code3524",
        "Code3525",
        "Code3526",
        "Code3527",
        "Code3528",
        "Code3529",
        "Code3530",
        "Code3531",
        "Code3533",
        "Code3534",
        "Code3535",
        "Code3536",
        "Code3538",
        "Code3540",
        "Code3541",
        "Code3542",
        "Code3543",
        "Code3544",
        "Code3545",
        "Code3546",
        "Code3547",
        "Code3548",
        "Code3549",
        "Code3550",
        "Code3551",
        "Code3552",
        "Code3553",
        "Code3554",
        "Code3555",
        "Code3556",
        "Code3557",
        "Code3558",
        "Code3559",
        "Code3560",
        "Code3561",
        "Code3562",
        "Code3563",
        "Code3564",
        "Code3565",
        "Code3566",
        "Code3567",
        "Code3568",
        "Code3569",
        "Code3570",
        "Code3571",
        "Code3572",
        "Code3573",
        "Code3574",
        "Code3575",
        "Code3576",
        "Code3577",
        "Code3578",
        "Code3579",
        "Code3580",
        "Code3581",
        "Code3582",
        "Code3583",
        "Code3584",
        "Code3585",
        "Code3586",
        "Code3587",
        "Code3588",
        "Code3589",
        "Code3590",
        "Code3591",
        "Code3592",
        "Code3593",
        "Code3594",
        "Code3595",
        "Code3596",
        "Code3597",
        "Code3598",
        "Code3599",
        "Code3600",
        "Code3601",
        "Code3602",
        "Code3603",
        "Code3604",
        "Code3605",
        "Code3606",
        "Code3607",
        "Code3608",
        "Code3609",
        "Code3610",
        "Code3611",
        "Code3612",
        "Code3801",
        "Code3802",
        "Code3803",
        "Code3804",
        "Code3805",
        "Code3806",
        "Code3807",
        "Code3808",
        "Code3809",
        "Code3810",
        "Code3812",
        "Code3901",
        "Code3902",
        "Code3903",
        "Code3904",
        "Code3905",
        "Code3906",
        "Code3907",
        "Code3908",
        "Code4000",
        "Code4001",
        "Code4002",
        "Code4003",
        "Code4004",
        "Code4005",
        "Code4006",
        "Code4007",
        "Code4008",
        "Code4009",
        "Code4050",
        "Code4051",
        "Code4052",
        "Code4053",
        "Code4054",
        "Code4055",
        "Code4100",
        "Code4101",
        "Code4102",
        "Code4103",
        "Code4104",
        "Code4105",
        "Code4106",
        "Code4150",
        "Code4151",
        "Code4152",
        "Code4200",
        "Code4201",
        "Code4202",
        "Code4203",
        "Code4204",
        "Code4205",
        "Code4206",
        "Code4207",
        "Code4208",
        "Code4209",
        "Code4250",
        "Code4251",
        "Code4300",
        "Code4350",
        "Code5000",
        "Code5001",
        "Code5002",
        "Code5003",
        "Code5004",
        "Code5005",
        "Code5006",
        "Code6024",
        "Code6025",
        "Code6026",
        "Code6027",
        "Code6028",
        "Code6030",
        "Code6031",
        "Code6032",
        "Code6033",
        "Code6034",
        "Code6035",
        "Code6036",
        "Code6037",
        "Code6038",
        "Code6039",
        "Code6040",
        "Code6056",
        "Code6057",
        "Code6061",
        "Code6072",
        "Code6073",
        "Code6074",
        "Code6075",
        "Code6076",
        "Code6077",
        "Code6078",
        "Code6079",
        "Code6080",
        "Code6081",
        "Code6082",
        "Code6084",
        "Code6085",
        "Code6086",
        "Code6087",
        "Code6088",
        "Code6089",
        "Code6090",
        "Code6091",
        "Code6092",
        "Code6093",
        "Code6094",
        "Code6095",
        "Code6096",
        "Code6097",
        "Code6098",
        "Code6099",
        "Code6102",
        "Code6103",
        "Code6104",
        "Code6105",
        "Code6106",
        "Code6107",
        "Code6108",
        "Code6109",
        "Code6110",
        "Code6111",
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
        const LOWEST: i32 = 1000;
        const PAGES: &[u8] = b"\x01\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x03\x04\x05\x06\x07\x08\t\0\0\0\0\0\0\0\0\0\0\0\n\0\0\0\0\0\x0B\0\0\0\0\0\x0C\r\0\x0E\0\0\x0F\x10\0\x11\x12\0\0\x13\0\0\x14\0\0\x15\0\0\x16\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x18\x19\x1A\x1B\x1C\x1D";
        const SLOTS: &[u8] = b"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0B\x0C\r\x0E\x0F\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1A\0\0\0\0\x1B\0\0\0\0\0\0\0\0\x1C\x1D\x1E\x1F !\"#$%&'(\0)*+,\0-\0./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuv\0\0\0\0\0\0\0\0\0\0\0\0wxyz{|}~\x7F\x80\0\x81\0\0\0\0\0\0\0\0\x82\x83\x84\x85\x86\x87\x88\x89\0\0\0\0\0\0\0\0\0\0\0\x8A\x8B\x8C\x8D\x8E\x8F\x90\x91\x92\x93\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x94\x95\x96\x97\x98\x99\0\0\0\0\0\0\0\0\0\0\0\0\x9A\x9B\x9C\x9D\x9E\x9F\xA0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\xA1\xA2\xA3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\xA4\xA5\xA6\xA7\xA8\xA9\xAA\xAB\xAC\xAD\0\0\0\0\0\0\0\0\xAE\xAF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\xB0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\xB1\0\0\0\0\0\0\0\0\0\xB2\xB3\xB4\xB5\xB6\xB7\xB8\0\0\0\0\0\0\0\0\0\xB9\xBA\xBB\xBC\xBD\0\xBE\xBF\xC0\xC1\xC2\xC3\xC4\xC5\xC6\xC7\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\xC9\xCA\0\0\0\xCB\0\0\0\0\0\0\0\0\0\0\xCC\xCD\xCE\xCF\xD0\xD1\xD2\xD3\xD4\xD5\xD6\0\xD7\xD8\xD9\xDA\xDB\xDC\xDD\xDE\xDF\xE0\xE1\xE2\xE3\xE4\xE5\xE6\0\0\xE7\xE8\xE9\xEA\xEB\xEC\xED\xEE\xEF\xF0\0\0\0\0\0\0\0\0";
        let offset = (code as i64 - LOWEST as i64) as u64;
        if offset >= 5112 {
            return ::core::option::Option::None;
        }
        let offset = offset as usize;
        let page = Self::__errcat_unpack(PAGES, offset >> 4, 1usize);
        match Self::__errcat_unpack(SLOTS, (page << 4) | (offset & 15), 1usize) {
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
        Self::__ERRCAT_IDENTS[self.__errcat_index()]
    }
    /// The entry whose [`name`](Self::name) is exactly `name`.
    #[must_use]
    pub fn from_name(name: &str) -> ::core::option::Option<Self> {
        const BY_NAME: &[u8] = b"\0\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0B\x0C\r\x0E\x0F\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1A\x1B\x1C\x1D\x1E\x1F !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7F\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8A\x8B\x8C\x8D\x8E\x8F\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9A\x9B\x9C\x9D\x9E\x9F\xA0\xA1\xA2\xA3\xA4\xA5\xA6\xA7\xA8\xA9\xAA\xAB\xAC\xAD\xAE\xAF\xB0\xB1\xB2\xB3\xB4\xB5\xB6\xB7\xB8\xB9\xBA\xBB\xBC\xBD\xBE\xBF\xC0\xC1\xC2\xC3\xC4\xC5\xC6\xC7\xC8\xC9\xCA\xCB\xCC\xCD\xCE\xCF\xD0\xD1\xD2\xD3\xD4\xD5\xD6\xD7\xD8\xD9\xDA\xDB\xDC\xDD\xDE\xDF\xE0\xE1\xE2\xE3\xE4\xE5\xE6\xE7\xE8\xE9\xEA\xEB\xEC\xED\xEE\xEF";
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
            "",
            "argument err",
            "exist rule,used in add",
            "no exist rule",
            "requset struct has some invalid argument",
            "multithread may cause,we must invalid",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "复制规则重新启动",
            "复制规则重新启动完成",
            "",
            "网络连接错误",
            "镜像任务被取消",
            "连接状态改变",
            "非法的任务",
            "没有配置文件",
            "获取Linux卷组失败",
            "获取逻辑卷组失败",
            "没有找到对应的规则信息",
            "文件Checksum错误",
            "CDP 描述文件错误",
            "读取CDP描述文件错误",
            "写入CDP描述文件错误",
            "CDP处于错误或者不完整状态",
            "读取CDP错误",
            "泛指读取数据失败，比如从文件或者从开设备中读取数据失败。",
            "读取CDP索引文件失败",
            "cdp恢复时写文件失败",
            "",
            "存在的CDP版本和软件不兼容",
            "",
            "写消息分片内容不正确",
            "工作机和灾备机软件版本不兼容",
            "时间戳错误",
            "写入CDP索引文件失败",
            "写入CDP数据文件失败",
            "CDP索引文件损坏或者不完整",
            "删除快照失败",
            "",
            "",
            "灾备机收到的数据包序号不对",
            "拷贝文件错误",
            "创建逻辑卷组失败",
            "格式化逻辑卷组失败",
            "",
            "工作机镜像过程中打开文件失败",
            "读取文件或者目录失败",
            "泛指读取文件失败",
            "备端打开文件或者卷设备失败",
            "备机打开文件失败",
            "创建线程失败",
            "错误的消息类型",
            "卷组扩展失败",
            "卷调整大小失败",
            "收到文件或者目录改名操作",
            "",
            "泛指读取cfg文件出错，获取或者转换某种路径失败，比如根据源端的路径获取备端的映射路径失败",
            "非法路径",
            "同一任务多次提交或者启动",
            "创建快照失败",
            "保存文件属性信息失败",
            "消息序号重复",
            "灾备机路径mount重复",
            "Umount卷设备失败",
            "写入Mirror文件列表失败",
            "读取Mirror文件列表失败",
            "CDP数据库或者快照数据损坏或者不完整",
            "压缩错误",
            "解压错误",
            "挂载快照失败",
            "",
            "更新namelog文件失败",
            "加密错误",
            "解密错误",
            "任务被锁定",
            "",
            "",
            "读取文件属性失败",
            "写入VM配置文件失",
            "VM配置文件错误",
            "VM配置项格式错误",
            "",
            "",
            "",
            "",
            "任务等待超时",
            "任务类型不支持",
            "",
            "快照恢复失败",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "内部运行错误",
            "版本不一致",
            "参数错误",
            "非预期的命令",
            "内存不足",
            "Nas规则不存在",
            "Nas规则重复",
            "网络数据格式不合法",
            "网络包分段错误",
            "网络发送错误",
            "网络连接错误",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "打开文件失败",
            "创建线程失败",
            "申请内存失败",
            "new指针失败",
            "将基类指针转化为继承类指针失败",
            "无效的监控类型",
            "插入uuid失败",
            "sockfd无效或发送失败",
            "HA状态为停止，设置绝色失败",
            "rpc通信繁忙",
            "uuid不存在",
            "错误的数据类型",
            "停止发送数据",
            "队列为空，弹出失败",
            "msg数据为空",
            "m_Data为空",
            "HA规则uuid已存在",
            "uuid对应的规则不存在",
            "插入uuid与HaNode指针失败",
            "删除HA规则失败",
            "强制切换主节点时规则状态错误",
            "当前节点不是从节点，切换成主节点失败",
            "修改HA规则失败,预修改传参有误或者节点上不存在该规则",
            "转换node参数时没有在nodelist中找到该uuid",
            "修改HA规则，获取regnode.conf文件中的node_uuid失败",
            "获取regnode.conf中的logdir失败",
            "获取心跳任务失败",
            "peer连接失败",
            "建立连接失败",
            "无效的peer连接",
            "发送的数据为空",
            "IP转换出错",
            "等待发送",
            "连接超时",
            "发送参数错误",
            "尝试获取m_send_lock失败,可能有数据正在发送",
            "获取智能指针失败",
            "资源切换类型错误",
            "提交cmd失败",
            "仲裁通信方式不是TCP",
            "HaDebug命令行参数过多",
            "HaDebug参数为0或者大于11",
            "传入参数错误",
            "发送失败",
            "接收的数据为空",
            "内存申请失败",
            "获取HaDebug信息失败",
            "操作成功",
            "未知主机",
            "注册句柄失败",
            "npsvr启动失败",
            "版本错误",
            "创建文件失败",
            "文件不存在",
            "打开文件失败",
            "读文件失败",
            "写文件失败",
            "关闭文件失败",
            "删除文件失败",
            "日期格式化错误",
            "解码错误",
            "非数值",
            "非法操作",
            "设置证书可信错误",
            "保持连接错误",
            "内部错误",
            "平台不存在",
            "虚机不存在",
            "创建快照失败",
            "删除快照失败",
            "恢复快照失败",
            "规则冲突",
            "无法连接灾备机",
            "规则不存在",
            "规则启动失败",
            "规则停止失败",
            "规则删除失败",
            "无效任务",
            "参数错误",
            "npsvr已被占用",
            "开启CTK失败",
            "查询变化数据失败",
            "未传输数据",
            "数据存储器不存在",
            "运行时错误",
            "连接虚拟平台错误",
            "虚拟机电源操作参数错误",
            "启动虚拟机失败",
            "停止虚拟机失败",
            "快照不存在",
            "创建虚拟机失败",
            "挂起客户机失败",
            "从挂起状态恢复失败",
            "虚拟化平台已经存在",
            "检查备份连续状态失败",
            "初始化备份空间失败",
            "删除虚机失败",
            "获取虚机配置失败",
            "重新配置磁盘失败",
            "获取状态或创建快照超时",
            "虚拟机CBT配置错误",
            "创建或挂载NFS存储失败",
            "删除或卸载数据存储失败",
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
        const TABLE: &[::core::option::Option<&str>] = &[
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::Some("重启系统，或者用户重启规则"),
            ::core::option::Option::Some("镜像完成"),
            ::core::option::Option::None,
            ::core::option::Option::Some(
                "工作机或者灾备机网络不通或者由于其它错误导致一端断开了网络，具体要看两端前后的日志",
            ),
            ::core::option::Option::Some(
                "工作机端可能达到了内存和缓存磁盘的使用上限，或者停止规则，从而主动取消镜像任务。",
            ),
            ::core::option::Option::Some(
                "这个错误通常是由其他错误引起的，需要进一步检查工作机或者灾备机报告的其他错误。",
            ),
            ::core::option::Option::Some(
                "通常是由于网络原因、灾备机重启或者其它错误导致灾备端的规则状态信息缺失",
            ),
            ::core::option::Option::Some("配置文件被非法删除"),
            ::core::option::Option::Some("指定的卷组被删除或者访问失败"),
            ::core::option::Option::Some("指定的卷组被删除或者访问失败"),
            ::core::option::Option::Some(
                "通常是由于网络原因、灾备机重启或者其它错误导致灾备端的规则状态信息缺失",
            ),
            ::core::option::Option::Some("文件不同步，尝试重新镜像"),
            ::core::option::Option::Some(
                "CDP的desc文件格式非法；CDP的版本和软件版本不一致；",
            ),
            ::core::option::Option::Some(
                "CDP描述文件未生成或者被非法删除",
            ),
            ::core::option::Option::Some(
                "CDP描述文件未生成或者被非法删除，比如磁盘满。",
            ),
            ::core::option::Option::Some("清空cdp，重新生成CDP"),
            ::core::option::Option::Some("CDP的版本和软件版本不一致；"),
            ::core::option::Option::None,
            ::core::option::Option::Some(
                "CDP索引文件未生成或者被非法删除",
            ),
            ::core::option::Option::Some("磁盘满或者文件系统访问异常"),
            ::core::option::Option::None,
            ::core::option::Option::Some(
                "软件版本升级，升级后的软件不兼容老的CDP；",
            ),
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::Some(
                "工作机/灾备机/控制机软件版本须一致或者兼容",
            ),
            ::core::option::Option::Some("可能节点修改了系统时间。"),
            ::core::option::Option::Some("检查磁盘"),
            ::core::option::Option::Some("检查磁盘"),
            ::core::option::Option::Some("清空CDP，重新生成CDP"),
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::Some(
                "网络异常，灾备系统可以自我恢复",
            ),
            ::core::option::Option::Some(
                "检查灾备文件系统或者磁盘是否满",
            ),
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::Some(
                "检查工作机/灾备机文件系统是否可以访问",
            ),
            ::core::option::Option::Some(
                "检查灾备机文件系统是否可以访问",
            ),
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::Some("重启程序"),
            ::core::option::Option::Some(
                "通常由于网络传输问题或者是软件版本不一致导致。检查程序组件版本。",
            ),
            ::core::option::Option::Some("灾备机卷组扩展失败"),
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::Some(
                "检查文件系统是否可以访问或者磁盘满，或者规则配置是否正确",
            ),
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::Some(
                "检查文件系统是否可以访问或者磁盘满",
            ),
            ::core::option::Option::Some(
                "复制过程中出现重复消息，可能由断网重连引起",
            ),
            ::core::option::Option::Some(
                "灾备机在采用卷组存放数据时，一个路径被mount多次。",
            ),
            ::core::option::Option::Some("卷正在被使用或者错误"),
            ::core::option::Option::Some("磁盘满或者写入磁盘错误"),
            ::core::option::Option::Some("列表文件被非法删除"),
            ::core::option::Option::Some("CDP文件被非法删除或者磁盘满"),
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::Some(
                "检查文件系统是否可以访问或者磁盘满",
            ),
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::Some(
                "HA切换到灾备机之后，锁定灾备目录，不再接受来在工作机的数据。",
            ),
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
            ::core::option::Option::None,
        ];
        TABLE[self.__errcat_index()]
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
        let _ = self;
        500
    }
    /// The entry's severity.
    #[must_use]
    pub const fn severity(self) -> ::errcat::Severity {
        const TABLE: &[u8] = b"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x01\x01\0\x01\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x01\0\0\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\x01\0\0\x01\0\0\0\x01\0\0\0\0\0\0\0\0\0\0\0\0\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";
        match Self::__errcat_unpack(TABLE, self.__errcat_index(), 1usize) {
            0 => ::errcat::Severity::Error,
            _ => ::errcat::Severity::Info,
        }
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
    pub const fn group(self) -> Info2softErrorGroup {
        const TABLE: &[u8] = b"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x01\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x04\x04\x04\x04\x04\x04\x04\x04\x05\x05\x05\x05\x05\x05\x05\x05\x05\x05\x06\x06\x06\x06\x06\x06\x07\x07\x07\x07\x07\x07\x07\x08\x08\x08\t\t\t\t\t\t\t\t\t\t\n\n\x0B\x0C\r\r\r\r\r\r\r\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E\x0E";
        match Self::__errcat_unpack(TABLE, self.__errcat_index(), 1usize) {
            0 => Info2softErrorGroup::Request,
            1 => Info2softErrorGroup::RequestExtra,
            2 => Info2softErrorGroup::Replication,
            3 => Info2softErrorGroup::Nas,
            4 => Info2softErrorGroup::Undocumented3900,
            5 => Info2softErrorGroup::HaSystem,
            6 => Info2softErrorGroup::HaData,
            7 => Info2softErrorGroup::HaRule,
            8 => Info2softErrorGroup::HaNodeConfig,
            9 => Info2softErrorGroup::HaConnection,
            10 => Info2softErrorGroup::HaResource,
            11 => Info2softErrorGroup::HaCommand,
            12 => Info2softErrorGroup::HaArbitration,
            13 => Info2softErrorGroup::HaDebug,
            _ => Info2softErrorGroup::Virtualization,
        }
    }
    /// The entry's help link (`help_url` in the catalog), rendered.
    #[must_use]
    pub const fn help_url(self) -> ::core::option::Option<&'static str> {
        let _ = self;
        ::core::option::Option::None
    }
}
impl ::core::fmt::Debug for Info2softError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(Self::__ERRCAT_IDENTS[self.__errcat_index()])
    }
}
impl ::core::fmt::Display for Info2softError {
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
impl ::core::error::Error for Info2softError {}
impl ::core::convert::From<Info2softError> for i32 {
    fn from(value: Info2softError) -> Self {
        value.code()
    }
}
impl ::core::convert::TryFrom<i32> for Info2softError {
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
impl ::core::str::FromStr for Info2softError {
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
impl ::errcat::ErrorCode for Info2softError {
    type Repr = i32;
    const ALL: &'static [Self] = Info2softError::all();
    fn all() -> &'static [Self] {
        Info2softError::all()
    }
    fn code(self) -> i32 {
        Info2softError::code(self)
    }
    fn from_code(code: i32) -> ::core::option::Option<Self> {
        Info2softError::from_code(code)
    }
    fn name(self) -> &'static str {
        Info2softError::name(self)
    }
    fn message(self) -> &'static str {
        Info2softError::message(self)
    }
    fn message_in(self, lang: &str) -> &'static str {
        Info2softError::message_in(self, lang)
    }
    fn http_status(self) -> u16 {
        Info2softError::http_status(self)
    }
    fn severity(self) -> ::errcat::Severity {
        Info2softError::severity(self)
    }
    fn is_retryable(self) -> bool {
        Info2softError::is_retryable(self)
    }
    fn grpc_code(self) -> ::errcat::GrpcCode {
        Info2softError::grpc_code(self)
    }
    const LANGUAGES: &'static [&'static str] = &["zh"];
    const WIRE: ::errcat::Wire = ::errcat::Wire::__new(
        false,
        &[
            ("code", ::errcat::BodyMember::Code),
            ("message", ::errcat::BodyMember::Message),
        ],
        ::core::option::Option::None,
        false,
        &[],
        "Info2softError",
    );
    fn from_name(name: &str) -> ::core::option::Option<Self> {
        Info2softError::from_name(name)
    }
    fn description_in(self, lang: &str) -> ::core::option::Option<&'static str> {
        Info2softError::description_in(self, lang)
    }
    fn group_name(self) -> ::core::option::Option<&'static str> {
        ::core::option::Option::Some(Info2softError::group(self).name())
    }
    fn help_url(self) -> ::core::option::Option<&'static str> {
        Info2softError::help_url(self)
    }
}
::errcat::__impl_http!(Info2softError);
::errcat::__impl_tonic!(Info2softError);
::errcat::__impl_serde!(Info2softError);
::errcat::__impl_axum!(Info2softError);
/**The groups (code ranges) of [`Info2softError`].

# Examples

```rust,ignore
assert_eq!(Info2softErrorGroup::of_code(1000), Some(Info2softErrorGroup::Request));
assert!(Info2softErrorGroup::Request.codes().contains(&Info2softError::Code1000));
assert_eq!(Info2softError::Code1000.group(), Info2softErrorGroup::Request);
```*/
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Info2softErrorGroup {
    /**请求与规则参数

Codes `1000..=1029`; 26 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    Request,
    /**请求与规则参数（续）

Codes `1030..=1099`; 1 code. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    RequestExtra,
    /**复制、镜像与 CDP

Codes `3500..=3799`; 91 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    Replication,
    /**NAS 规则与网络

Codes `3800..=3899`; 11 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    Nas,
    /**文档未说明的 39xx 代码

Codes `3900..=3999`; 8 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    Undocumented3900,
    /**HA：系统资源

Codes `4000..=4049`; 10 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    HaSystem,
    /**HA：数据与队列

Codes `4050..=4099`; 6 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    HaData,
    /**HA：规则管理

Codes `4100..=4149`; 7 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    HaRule,
    /**HA：节点配置

Codes `4150..=4199`; 3 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    HaNodeConfig,
    /**HA：心跳与连接

Codes `4200..=4249`; 10 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    HaConnection,
    /**HA：资源切换

Codes `4250..=4299`; 2 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    HaResource,
    /**HA：命令提交

Codes `4300..=4349`; 1 code. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    HaCommand,
    /**HA：仲裁

Codes `4350..=4399`; 1 code. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    HaArbitration,
    /**HaDebug 调试工具

Codes `5000..=5999`; 7 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    HaDebug,
    /**虚拟化平台与 npsvr

Codes `6000..=6999`; 56 codes. An entry that does not say otherwise has HTTP status `500` and severity `error`.*/
    Virtualization,
}
impl Info2softErrorGroup {
    /// Every group, in catalog order.
    pub const ALL: &'static [Self] = &[
        Self::Request,
        Self::RequestExtra,
        Self::Replication,
        Self::Nas,
        Self::Undocumented3900,
        Self::HaSystem,
        Self::HaData,
        Self::HaRule,
        Self::HaNodeConfig,
        Self::HaConnection,
        Self::HaResource,
        Self::HaCommand,
        Self::HaArbitration,
        Self::HaDebug,
        Self::Virtualization,
    ];
    /// The group's name as written in the catalog.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Request => "request",
            Self::RequestExtra => "request_extra",
            Self::Replication => "replication",
            Self::Nas => "nas",
            Self::Undocumented3900 => "undocumented_3900",
            Self::HaSystem => "ha_system",
            Self::HaData => "ha_data",
            Self::HaRule => "ha_rule",
            Self::HaNodeConfig => "ha_node_config",
            Self::HaConnection => "ha_connection",
            Self::HaResource => "ha_resource",
            Self::HaCommand => "ha_command",
            Self::HaArbitration => "ha_arbitration",
            Self::HaDebug => "ha_debug",
            Self::Virtualization => "virtualization",
        }
    }
    /// The group's inclusive code range, if it has one.
    #[must_use]
    pub const fn range(
        self,
    ) -> ::core::option::Option<::core::ops::RangeInclusive<i32>> {
        match self {
            Self::Request => ::core::option::Option::Some(1000..=1029),
            Self::RequestExtra => ::core::option::Option::Some(1030..=1099),
            Self::Replication => ::core::option::Option::Some(3500..=3799),
            Self::Nas => ::core::option::Option::Some(3800..=3899),
            Self::Undocumented3900 => ::core::option::Option::Some(3900..=3999),
            Self::HaSystem => ::core::option::Option::Some(4000..=4049),
            Self::HaData => ::core::option::Option::Some(4050..=4099),
            Self::HaRule => ::core::option::Option::Some(4100..=4149),
            Self::HaNodeConfig => ::core::option::Option::Some(4150..=4199),
            Self::HaConnection => ::core::option::Option::Some(4200..=4249),
            Self::HaResource => ::core::option::Option::Some(4250..=4299),
            Self::HaCommand => ::core::option::Option::Some(4300..=4349),
            Self::HaArbitration => ::core::option::Option::Some(4350..=4399),
            Self::HaDebug => ::core::option::Option::Some(5000..=5999),
            Self::Virtualization => ::core::option::Option::Some(6000..=6999),
        }
    }
    /// Whether `code` belongs to this group: by range, or by membership for a group without one.
    #[must_use]
    pub const fn contains(self, code: i32) -> bool {
        match self {
            Self::Request => 1000 <= code && code <= 1029,
            Self::RequestExtra => 1030 <= code && code <= 1099,
            Self::Replication => 3500 <= code && code <= 3799,
            Self::Nas => 3800 <= code && code <= 3899,
            Self::Undocumented3900 => 3900 <= code && code <= 3999,
            Self::HaSystem => 4000 <= code && code <= 4049,
            Self::HaData => 4050 <= code && code <= 4099,
            Self::HaRule => 4100 <= code && code <= 4149,
            Self::HaNodeConfig => 4150 <= code && code <= 4199,
            Self::HaConnection => 4200 <= code && code <= 4249,
            Self::HaResource => 4250 <= code && code <= 4299,
            Self::HaCommand => 4300 <= code && code <= 4349,
            Self::HaArbitration => 4350 <= code && code <= 4399,
            Self::HaDebug => 5000 <= code && code <= 5999,
            Self::Virtualization => 6000 <= code && code <= 6999,
        }
    }
    /// The group that owns a raw code, known to the catalog or not.
    #[must_use]
    pub const fn of_code(code: i32) -> ::core::option::Option<Self> {
        if 1000 <= code && code <= 1029 {
            return ::core::option::Option::Some(Self::Request);
        }
        if 1030 <= code && code <= 1099 {
            return ::core::option::Option::Some(Self::RequestExtra);
        }
        if 3500 <= code && code <= 3799 {
            return ::core::option::Option::Some(Self::Replication);
        }
        if 3800 <= code && code <= 3899 {
            return ::core::option::Option::Some(Self::Nas);
        }
        if 3900 <= code && code <= 3999 {
            return ::core::option::Option::Some(Self::Undocumented3900);
        }
        if 4000 <= code && code <= 4049 {
            return ::core::option::Option::Some(Self::HaSystem);
        }
        if 4050 <= code && code <= 4099 {
            return ::core::option::Option::Some(Self::HaData);
        }
        if 4100 <= code && code <= 4149 {
            return ::core::option::Option::Some(Self::HaRule);
        }
        if 4150 <= code && code <= 4199 {
            return ::core::option::Option::Some(Self::HaNodeConfig);
        }
        if 4200 <= code && code <= 4249 {
            return ::core::option::Option::Some(Self::HaConnection);
        }
        if 4250 <= code && code <= 4299 {
            return ::core::option::Option::Some(Self::HaResource);
        }
        if 4300 <= code && code <= 4349 {
            return ::core::option::Option::Some(Self::HaCommand);
        }
        if 4350 <= code && code <= 4399 {
            return ::core::option::Option::Some(Self::HaArbitration);
        }
        if 5000 <= code && code <= 5999 {
            return ::core::option::Option::Some(Self::HaDebug);
        }
        if 6000 <= code && code <= 6999 {
            return ::core::option::Option::Some(Self::Virtualization);
        }
        ::core::option::Option::None
    }
    /// The group's entries, in ascending code order.
    #[must_use]
    pub fn codes(self) -> &'static [Info2softError] {
        match self {
            Self::Request => &Info2softError::all()[0..26],
            Self::RequestExtra => &Info2softError::all()[26..27],
            Self::Replication => &Info2softError::all()[27..118],
            Self::Nas => &Info2softError::all()[118..129],
            Self::Undocumented3900 => &Info2softError::all()[129..137],
            Self::HaSystem => &Info2softError::all()[137..147],
            Self::HaData => &Info2softError::all()[147..153],
            Self::HaRule => &Info2softError::all()[153..160],
            Self::HaNodeConfig => &Info2softError::all()[160..163],
            Self::HaConnection => &Info2softError::all()[163..173],
            Self::HaResource => &Info2softError::all()[173..175],
            Self::HaCommand => &Info2softError::all()[175..176],
            Self::HaArbitration => &Info2softError::all()[176..177],
            Self::HaDebug => &Info2softError::all()[177..184],
            Self::Virtualization => &Info2softError::all()[184..240],
        }
    }
}
impl ::core::fmt::Display for Info2softErrorGroup {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.name())
    }
}
