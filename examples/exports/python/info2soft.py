# errcat: generated from examples/catalogs/info2soft.yaml by `errcat export examples/catalogs/info2soft.yaml --lang python -o examples/exports/python/info2soft.py`; catalog a06cee81e9230f13, body df1c56b58d4d9e27; edit the catalog and run the command again, not this file
"""英方软件信息/错误代码（工作机/灾备机运行日志）"""
from __future__ import annotations

import enum
from typing import Final, Literal, Mapping, NamedTuple, Optional, TypedDict


class Info2softError(enum.IntEnum):
    """A code of the catalog."""

    CODE1000 = 1000
    CODE1001 = 1001
    """argument err"""
    CODE1002 = 1002
    """exist rule,used in add"""
    CODE1003 = 1003
    """no exist rule"""
    CODE1004 = 1004
    """requset struct has some invalid argument"""
    CODE1005 = 1005
    """multithread may cause,we must invalid"""
    CODE1006 = 1006
    CODE1007 = 1007
    CODE1008 = 1008
    CODE1009 = 1009
    CODE1010 = 1010
    CODE1011 = 1011
    CODE1012 = 1012
    CODE1013 = 1013
    CODE1014 = 1014
    CODE1015 = 1015
    CODE1016 = 1016
    CODE1017 = 1017
    CODE1018 = 1018
    CODE1019 = 1019
    CODE1020 = 1020
    CODE1021 = 1021
    CODE1022 = 1022
    CODE1023 = 1023
    CODE1024 = 1024
    CODE1025 = 1025
    CODE1030 = 1030
    CODE3519 = 3519
    """复制规则重新启动"""
    CODE3520 = 3520
    """复制规则重新启动完成"""
    CODE3521 = 3521
    CODE3522 = 3522
    """网络连接错误"""
    CODE3523 = 3523
    """镜像任务被取消"""
    CODE3524 = 3524
    """连接状态改变"""
    CODE3525 = 3525
    """非法的任务"""
    CODE3526 = 3526
    """没有配置文件"""
    CODE3527 = 3527
    """获取Linux卷组失败"""
    CODE3528 = 3528
    """获取逻辑卷组失败"""
    CODE3529 = 3529
    """没有找到对应的规则信息"""
    CODE3530 = 3530
    """文件Checksum错误"""
    CODE3531 = 3531
    """CDP 描述文件错误"""
    CODE3533 = 3533
    """读取CDP描述文件错误"""
    CODE3534 = 3534
    """写入CDP描述文件错误"""
    CODE3535 = 3535
    """CDP处于错误或者不完整状态"""
    CODE3536 = 3536
    """读取CDP错误"""
    CODE3538 = 3538
    """泛指读取数据失败，比如从文件或者从开设备中读取数据失败。"""
    CODE3540 = 3540
    """读取CDP索引文件失败"""
    CODE3541 = 3541
    """cdp恢复时写文件失败"""
    CODE3542 = 3542
    CODE3543 = 3543
    """存在的CDP版本和软件不兼容"""
    CODE3544 = 3544
    CODE3545 = 3545
    """写消息分片内容不正确"""
    CODE3546 = 3546
    """工作机和灾备机软件版本不兼容"""
    CODE3547 = 3547
    """时间戳错误"""
    CODE3548 = 3548
    """写入CDP索引文件失败"""
    CODE3549 = 3549
    """写入CDP数据文件失败"""
    CODE3550 = 3550
    """CDP索引文件损坏或者不完整"""
    CODE3551 = 3551
    """删除快照失败"""
    CODE3552 = 3552
    CODE3553 = 3553
    CODE3554 = 3554
    """灾备机收到的数据包序号不对"""
    CODE3555 = 3555
    """拷贝文件错误"""
    CODE3556 = 3556
    """创建逻辑卷组失败"""
    CODE3557 = 3557
    """格式化逻辑卷组失败"""
    CODE3558 = 3558
    CODE3559 = 3559
    """工作机镜像过程中打开文件失败"""
    CODE3560 = 3560
    """读取文件或者目录失败"""
    CODE3561 = 3561
    """泛指读取文件失败"""
    CODE3562 = 3562
    """备端打开文件或者卷设备失败"""
    CODE3563 = 3563
    """备机打开文件失败"""
    CODE3564 = 3564
    """创建线程失败"""
    CODE3565 = 3565
    """错误的消息类型"""
    CODE3566 = 3566
    """卷组扩展失败"""
    CODE3567 = 3567
    """卷调整大小失败"""
    CODE3568 = 3568
    """收到文件或者目录改名操作"""
    CODE3569 = 3569
    CODE3570 = 3570
    """泛指读取cfg文件出错，获取或者转换某种路径失败，比如根据源端的路径获取备端的映射路径失败"""
    CODE3571 = 3571
    """非法路径"""
    CODE3572 = 3572
    """同一任务多次提交或者启动"""
    CODE3573 = 3573
    """创建快照失败"""
    CODE3574 = 3574
    """保存文件属性信息失败"""
    CODE3575 = 3575
    """消息序号重复"""
    CODE3576 = 3576
    """灾备机路径mount重复"""
    CODE3577 = 3577
    """Umount卷设备失败"""
    CODE3578 = 3578
    """写入Mirror文件列表失败"""
    CODE3579 = 3579
    """读取Mirror文件列表失败"""
    CODE3580 = 3580
    """CDP数据库或者快照数据损坏或者不完整"""
    CODE3581 = 3581
    """压缩错误"""
    CODE3582 = 3582
    """解压错误"""
    CODE3583 = 3583
    """挂载快照失败"""
    CODE3584 = 3584
    CODE3585 = 3585
    """更新namelog文件失败"""
    CODE3586 = 3586
    """加密错误"""
    CODE3587 = 3587
    """解密错误"""
    CODE3588 = 3588
    """任务被锁定"""
    CODE3589 = 3589
    CODE3590 = 3590
    CODE3591 = 3591
    """读取文件属性失败"""
    CODE3592 = 3592
    """写入VM配置文件失"""
    CODE3593 = 3593
    """VM配置文件错误"""
    CODE3594 = 3594
    """VM配置项格式错误"""
    CODE3595 = 3595
    CODE3596 = 3596
    CODE3597 = 3597
    CODE3598 = 3598
    CODE3599 = 3599
    """任务等待超时"""
    CODE3600 = 3600
    """任务类型不支持"""
    CODE3601 = 3601
    CODE3602 = 3602
    """快照恢复失败"""
    CODE3603 = 3603
    CODE3604 = 3604
    CODE3605 = 3605
    CODE3606 = 3606
    CODE3607 = 3607
    CODE3608 = 3608
    CODE3609 = 3609
    CODE3610 = 3610
    CODE3611 = 3611
    CODE3612 = 3612
    CODE3801 = 3801
    """内部运行错误"""
    CODE3802 = 3802
    """版本不一致"""
    CODE3803 = 3803
    """参数错误"""
    CODE3804 = 3804
    """非预期的命令"""
    CODE3805 = 3805
    """内存不足"""
    CODE3806 = 3806
    """Nas规则不存在"""
    CODE3807 = 3807
    """Nas规则重复"""
    CODE3808 = 3808
    """网络数据格式不合法"""
    CODE3809 = 3809
    """网络包分段错误"""
    CODE3810 = 3810
    """网络发送错误"""
    CODE3812 = 3812
    """网络连接错误"""
    CODE3901 = 3901
    CODE3902 = 3902
    CODE3903 = 3903
    CODE3904 = 3904
    CODE3905 = 3905
    CODE3906 = 3906
    CODE3907 = 3907
    CODE3908 = 3908
    CODE4000 = 4000
    """打开文件失败"""
    CODE4001 = 4001
    """创建线程失败"""
    CODE4002 = 4002
    """申请内存失败"""
    CODE4003 = 4003
    """new指针失败"""
    CODE4004 = 4004
    """将基类指针转化为继承类指针失败"""
    CODE4005 = 4005
    """无效的监控类型"""
    CODE4006 = 4006
    """插入uuid失败"""
    CODE4007 = 4007
    """sockfd无效或发送失败"""
    CODE4008 = 4008
    """HA状态为停止，设置绝色失败"""
    CODE4009 = 4009
    """rpc通信繁忙"""
    CODE4050 = 4050
    """uuid不存在"""
    CODE4051 = 4051
    """错误的数据类型"""
    CODE4052 = 4052
    """停止发送数据"""
    CODE4053 = 4053
    """队列为空，弹出失败"""
    CODE4054 = 4054
    """msg数据为空"""
    CODE4055 = 4055
    """m_Data为空"""
    CODE4100 = 4100
    """HA规则uuid已存在"""
    CODE4101 = 4101
    """uuid对应的规则不存在"""
    CODE4102 = 4102
    """插入uuid与HaNode指针失败"""
    CODE4103 = 4103
    """删除HA规则失败"""
    CODE4104 = 4104
    """强制切换主节点时规则状态错误"""
    CODE4105 = 4105
    """当前节点不是从节点，切换成主节点失败"""
    CODE4106 = 4106
    """修改HA规则失败,预修改传参有误或者节点上不存在该规则"""
    CODE4150 = 4150
    """转换node参数时没有在nodelist中找到该uuid"""
    CODE4151 = 4151
    """修改HA规则，获取regnode.conf文件中的node_uuid失败"""
    CODE4152 = 4152
    """获取regnode.conf中的logdir失败"""
    CODE4200 = 4200
    """获取心跳任务失败"""
    CODE4201 = 4201
    """peer连接失败"""
    CODE4202 = 4202
    """建立连接失败"""
    CODE4203 = 4203
    """无效的peer连接"""
    CODE4204 = 4204
    """发送的数据为空"""
    CODE4205 = 4205
    """IP转换出错"""
    CODE4206 = 4206
    """等待发送"""
    CODE4207 = 4207
    """连接超时"""
    CODE4208 = 4208
    """发送参数错误"""
    CODE4209 = 4209
    """尝试获取m_send_lock失败,可能有数据正在发送"""
    CODE4250 = 4250
    """获取智能指针失败"""
    CODE4251 = 4251
    """资源切换类型错误"""
    CODE4300 = 4300
    """提交cmd失败"""
    CODE4350 = 4350
    """仲裁通信方式不是TCP"""
    CODE5000 = 5000
    """HaDebug命令行参数过多"""
    CODE5001 = 5001
    """HaDebug参数为0或者大于11"""
    CODE5002 = 5002
    """传入参数错误"""
    CODE5003 = 5003
    """发送失败"""
    CODE5004 = 5004
    """接收的数据为空"""
    CODE5005 = 5005
    """内存申请失败"""
    CODE5006 = 5006
    """获取HaDebug信息失败"""
    CODE6024 = 6024
    """操作成功"""
    CODE6025 = 6025
    """未知主机"""
    CODE6026 = 6026
    """注册句柄失败"""
    CODE6027 = 6027
    """npsvr启动失败"""
    CODE6028 = 6028
    """版本错误"""
    CODE6030 = 6030
    """创建文件失败"""
    CODE6031 = 6031
    """文件不存在"""
    CODE6032 = 6032
    """打开文件失败"""
    CODE6033 = 6033
    """读文件失败"""
    CODE6034 = 6034
    """写文件失败"""
    CODE6035 = 6035
    """关闭文件失败"""
    CODE6036 = 6036
    """删除文件失败"""
    CODE6037 = 6037
    """日期格式化错误"""
    CODE6038 = 6038
    """解码错误"""
    CODE6039 = 6039
    """非数值"""
    CODE6040 = 6040
    """非法操作"""
    CODE6056 = 6056
    """设置证书可信错误"""
    CODE6057 = 6057
    """保持连接错误"""
    CODE6061 = 6061
    """内部错误"""
    CODE6072 = 6072
    """平台不存在"""
    CODE6073 = 6073
    """虚机不存在"""
    CODE6074 = 6074
    """创建快照失败"""
    CODE6075 = 6075
    """删除快照失败"""
    CODE6076 = 6076
    """恢复快照失败"""
    CODE6077 = 6077
    """规则冲突"""
    CODE6078 = 6078
    """无法连接灾备机"""
    CODE6079 = 6079
    """规则不存在"""
    CODE6080 = 6080
    """规则启动失败"""
    CODE6081 = 6081
    """规则停止失败"""
    CODE6082 = 6082
    """规则删除失败"""
    CODE6084 = 6084
    """无效任务"""
    CODE6085 = 6085
    """参数错误"""
    CODE6086 = 6086
    """npsvr已被占用"""
    CODE6087 = 6087
    """开启CTK失败"""
    CODE6088 = 6088
    """查询变化数据失败"""
    CODE6089 = 6089
    """未传输数据"""
    CODE6090 = 6090
    """数据存储器不存在"""
    CODE6091 = 6091
    """运行时错误"""
    CODE6092 = 6092
    """连接虚拟平台错误"""
    CODE6093 = 6093
    """虚拟机电源操作参数错误"""
    CODE6094 = 6094
    """启动虚拟机失败"""
    CODE6095 = 6095
    """停止虚拟机失败"""
    CODE6096 = 6096
    """快照不存在"""
    CODE6097 = 6097
    """创建虚拟机失败"""
    CODE6098 = 6098
    """挂起客户机失败"""
    CODE6099 = 6099
    """从挂起状态恢复失败"""
    CODE6102 = 6102
    """虚拟化平台已经存在"""
    CODE6103 = 6103
    """检查备份连续状态失败"""
    CODE6104 = 6104
    """初始化备份空间失败"""
    CODE6105 = 6105
    """删除虚机失败"""
    CODE6106 = 6106
    """获取虚机配置失败"""
    CODE6107 = 6107
    """重新配置磁盘失败"""
    CODE6108 = 6108
    """获取状态或创建快照超时"""
    CODE6109 = 6109
    """虚拟机CBT配置错误"""
    CODE6110 = 6110
    """创建或挂载NFS存储失败"""
    CODE6111 = 6111
    """删除或卸载数据存储失败"""


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
    1000: Facts("Code1000", ("",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1001: Facts("Code1001", ("argument err",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1002: Facts("Code1002", ("exist rule,used in add",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1003: Facts("Code1003", ("no exist rule",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1004: Facts("Code1004", ("requset struct has some invalid argument",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1005: Facts("Code1005", ("multithread may cause,we must invalid",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1006: Facts("Code1006", ("",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1007: Facts("Code1007", ("",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1008: Facts("Code1008", ("",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1009: Facts("Code1009", ("",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1010: Facts("Code1010", ("",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1011: Facts("Code1011", ("",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1012: Facts("Code1012", ("",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1013: Facts("Code1013", ("",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1014: Facts("Code1014", ("",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1015: Facts("Code1015", ("",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1016: Facts("Code1016", ("",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1017: Facts("Code1017", ("",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1018: Facts("Code1018", ("",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1019: Facts("Code1019", ("",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1020: Facts("Code1020", ("",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1021: Facts("Code1021", ("",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1022: Facts("Code1022", ("",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1023: Facts("Code1023", ("",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1024: Facts("Code1024", ("",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1025: Facts("Code1025", ("",), None, None, 500, "error", "INTERNAL", False, "request", False, ()),
    1030: Facts("Code1030", ("",), None, None, 500, "error", "INTERNAL", False, "request_extra", False, ()),
    3519: Facts("Code3519", ("复制规则重新启动",), None, ("重启系统，或者用户重启规则",), 500, "info", "INTERNAL", False, "replication", False, ()),
    3520: Facts("Code3520", ("复制规则重新启动完成",), None, ("镜像完成",), 500, "info", "INTERNAL", False, "replication", False, ()),
    3521: Facts("Code3521", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3522: Facts("Code3522", ("网络连接错误",), None, ("工作机或者灾备机网络不通或者由于其它错误导致一端断开了网络，具体要看两端前后的日志",), 500, "info", "INTERNAL", False, "replication", False, ()),
    3523: Facts("Code3523", ("镜像任务被取消",), None, ("工作机端可能达到了内存和缓存磁盘的使用上限，或者停止规则，从而主动取消镜像任务。",), 500, "info", "INTERNAL", False, "replication", False, ()),
    3524: Facts("Code3524", ("连接状态改变",), None, ("这个错误通常是由其他错误引起的，需要进一步检查工作机或者灾备机报告的其他错误。",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3525: Facts("Code3525", ("非法的任务",), None, ("通常是由于网络原因、灾备机重启或者其它错误导致灾备端的规则状态信息缺失",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3526: Facts("Code3526", ("没有配置文件",), None, ("配置文件被非法删除",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3527: Facts("Code3527", ("获取Linux卷组失败",), None, ("指定的卷组被删除或者访问失败",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3528: Facts("Code3528", ("获取逻辑卷组失败",), None, ("指定的卷组被删除或者访问失败",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3529: Facts("Code3529", ("没有找到对应的规则信息",), None, ("通常是由于网络原因、灾备机重启或者其它错误导致灾备端的规则状态信息缺失",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3530: Facts("Code3530", ("文件Checksum错误",), None, ("文件不同步，尝试重新镜像",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3531: Facts("Code3531", ("CDP 描述文件错误",), None, ("CDP的desc文件格式非法；CDP的版本和软件版本不一致；",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3533: Facts("Code3533", ("读取CDP描述文件错误",), None, ("CDP描述文件未生成或者被非法删除",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3534: Facts("Code3534", ("写入CDP描述文件错误",), None, ("CDP描述文件未生成或者被非法删除，比如磁盘满。",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3535: Facts("Code3535", ("CDP处于错误或者不完整状态",), None, ("清空cdp，重新生成CDP",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3536: Facts("Code3536", ("读取CDP错误",), None, ("CDP的版本和软件版本不一致；",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3538: Facts("Code3538", ("泛指读取数据失败，比如从文件或者从开设备中读取数据失败。",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3540: Facts("Code3540", ("读取CDP索引文件失败",), None, ("CDP索引文件未生成或者被非法删除",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3541: Facts("Code3541", ("cdp恢复时写文件失败",), None, ("磁盘满或者文件系统访问异常",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3542: Facts("Code3542", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3543: Facts("Code3543", ("存在的CDP版本和软件不兼容",), None, ("软件版本升级，升级后的软件不兼容老的CDP；",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3544: Facts("Code3544", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3545: Facts("Code3545", ("写消息分片内容不正确",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3546: Facts("Code3546", ("工作机和灾备机软件版本不兼容",), None, ("工作机/灾备机/控制机软件版本须一致或者兼容",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3547: Facts("Code3547", ("时间戳错误",), None, ("可能节点修改了系统时间。",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3548: Facts("Code3548", ("写入CDP索引文件失败",), None, ("检查磁盘",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3549: Facts("Code3549", ("写入CDP数据文件失败",), None, ("检查磁盘",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3550: Facts("Code3550", ("CDP索引文件损坏或者不完整",), None, ("清空CDP，重新生成CDP",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3551: Facts("Code3551", ("删除快照失败",), None, None, 500, "info", "INTERNAL", False, "replication", False, ()),
    3552: Facts("Code3552", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3553: Facts("Code3553", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3554: Facts("Code3554", ("灾备机收到的数据包序号不对",), None, ("网络异常，灾备系统可以自我恢复",), 500, "info", "INTERNAL", False, "replication", False, ()),
    3555: Facts("Code3555", ("拷贝文件错误",), None, ("检查灾备文件系统或者磁盘是否满",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3556: Facts("Code3556", ("创建逻辑卷组失败",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3557: Facts("Code3557", ("格式化逻辑卷组失败",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3558: Facts("Code3558", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3559: Facts("Code3559", ("工作机镜像过程中打开文件失败",), None, ("检查工作机/灾备机文件系统是否可以访问",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3560: Facts("Code3560", ("读取文件或者目录失败",), None, ("检查灾备机文件系统是否可以访问",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3561: Facts("Code3561", ("泛指读取文件失败",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3562: Facts("Code3562", ("备端打开文件或者卷设备失败",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3563: Facts("Code3563", ("备机打开文件失败",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3564: Facts("Code3564", ("创建线程失败",), None, ("重启程序",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3565: Facts("Code3565", ("错误的消息类型",), None, ("通常由于网络传输问题或者是软件版本不一致导致。检查程序组件版本。",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3566: Facts("Code3566", ("卷组扩展失败",), None, ("灾备机卷组扩展失败",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3567: Facts("Code3567", ("卷调整大小失败",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3568: Facts("Code3568", ("收到文件或者目录改名操作",), None, None, 500, "info", "INTERNAL", False, "replication", False, ()),
    3569: Facts("Code3569", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3570: Facts("Code3570", ("泛指读取cfg文件出错，获取或者转换某种路径失败，比如根据源端的路径获取备端的映射路径失败",), None, ("检查文件系统是否可以访问或者磁盘满，或者规则配置是否正确",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3571: Facts("Code3571", ("非法路径",), None, None, 500, "info", "INTERNAL", False, "replication", False, ()),
    3572: Facts("Code3572", ("同一任务多次提交或者启动",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3573: Facts("Code3573", ("创建快照失败",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3574: Facts("Code3574", ("保存文件属性信息失败",), None, ("检查文件系统是否可以访问或者磁盘满",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3575: Facts("Code3575", ("消息序号重复",), None, ("复制过程中出现重复消息，可能由断网重连引起",), 500, "info", "INTERNAL", False, "replication", False, ()),
    3576: Facts("Code3576", ("灾备机路径mount重复",), None, ("灾备机在采用卷组存放数据时，一个路径被mount多次。",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3577: Facts("Code3577", ("Umount卷设备失败",), None, ("卷正在被使用或者错误",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3578: Facts("Code3578", ("写入Mirror文件列表失败",), None, ("磁盘满或者写入磁盘错误",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3579: Facts("Code3579", ("读取Mirror文件列表失败",), None, ("列表文件被非法删除",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3580: Facts("Code3580", ("CDP数据库或者快照数据损坏或者不完整",), None, ("CDP文件被非法删除或者磁盘满",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3581: Facts("Code3581", ("压缩错误",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3582: Facts("Code3582", ("解压错误",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3583: Facts("Code3583", ("挂载快照失败",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3584: Facts("Code3584", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3585: Facts("Code3585", ("更新namelog文件失败",), None, ("检查文件系统是否可以访问或者磁盘满",), 500, "error", "INTERNAL", False, "replication", False, ()),
    3586: Facts("Code3586", ("加密错误",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3587: Facts("Code3587", ("解密错误",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3588: Facts("Code3588", ("任务被锁定",), None, ("HA切换到灾备机之后，锁定灾备目录，不再接受来在工作机的数据。",), 500, "info", "INTERNAL", False, "replication", False, ()),
    3589: Facts("Code3589", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3590: Facts("Code3590", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3591: Facts("Code3591", ("读取文件属性失败",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3592: Facts("Code3592", ("写入VM配置文件失",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3593: Facts("Code3593", ("VM配置文件错误",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3594: Facts("Code3594", ("VM配置项格式错误",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3595: Facts("Code3595", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3596: Facts("Code3596", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3597: Facts("Code3597", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3598: Facts("Code3598", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3599: Facts("Code3599", ("任务等待超时",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3600: Facts("Code3600", ("任务类型不支持",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3601: Facts("Code3601", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3602: Facts("Code3602", ("快照恢复失败",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3603: Facts("Code3603", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3604: Facts("Code3604", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3605: Facts("Code3605", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3606: Facts("Code3606", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3607: Facts("Code3607", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3608: Facts("Code3608", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3609: Facts("Code3609", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3610: Facts("Code3610", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3611: Facts("Code3611", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3612: Facts("Code3612", ("",), None, None, 500, "error", "INTERNAL", False, "replication", False, ()),
    3801: Facts("Code3801", ("内部运行错误",), None, None, 500, "error", "INTERNAL", False, "nas", False, ()),
    3802: Facts("Code3802", ("版本不一致",), None, None, 500, "error", "INTERNAL", False, "nas", False, ()),
    3803: Facts("Code3803", ("参数错误",), None, None, 500, "error", "INTERNAL", False, "nas", False, ()),
    3804: Facts("Code3804", ("非预期的命令",), None, None, 500, "error", "INTERNAL", False, "nas", False, ()),
    3805: Facts("Code3805", ("内存不足",), None, None, 500, "error", "INTERNAL", False, "nas", False, ()),
    3806: Facts("Code3806", ("Nas规则不存在",), None, None, 500, "error", "INTERNAL", False, "nas", False, ()),
    3807: Facts("Code3807", ("Nas规则重复",), None, None, 500, "error", "INTERNAL", False, "nas", False, ()),
    3808: Facts("Code3808", ("网络数据格式不合法",), None, None, 500, "error", "INTERNAL", False, "nas", False, ()),
    3809: Facts("Code3809", ("网络包分段错误",), None, None, 500, "error", "INTERNAL", False, "nas", False, ()),
    3810: Facts("Code3810", ("网络发送错误",), None, None, 500, "error", "INTERNAL", False, "nas", False, ()),
    3812: Facts("Code3812", ("网络连接错误",), None, None, 500, "error", "INTERNAL", False, "nas", False, ()),
    3901: Facts("Code3901", ("",), None, None, 500, "error", "INTERNAL", False, "undocumented_3900", False, ()),
    3902: Facts("Code3902", ("",), None, None, 500, "error", "INTERNAL", False, "undocumented_3900", False, ()),
    3903: Facts("Code3903", ("",), None, None, 500, "error", "INTERNAL", False, "undocumented_3900", False, ()),
    3904: Facts("Code3904", ("",), None, None, 500, "error", "INTERNAL", False, "undocumented_3900", False, ()),
    3905: Facts("Code3905", ("",), None, None, 500, "error", "INTERNAL", False, "undocumented_3900", False, ()),
    3906: Facts("Code3906", ("",), None, None, 500, "error", "INTERNAL", False, "undocumented_3900", False, ()),
    3907: Facts("Code3907", ("",), None, None, 500, "error", "INTERNAL", False, "undocumented_3900", False, ()),
    3908: Facts("Code3908", ("",), None, None, 500, "error", "INTERNAL", False, "undocumented_3900", False, ()),
    4000: Facts("Code4000", ("打开文件失败",), None, None, 500, "error", "INTERNAL", False, "ha_system", False, ()),
    4001: Facts("Code4001", ("创建线程失败",), None, None, 500, "error", "INTERNAL", False, "ha_system", False, ()),
    4002: Facts("Code4002", ("申请内存失败",), None, None, 500, "error", "INTERNAL", False, "ha_system", False, ()),
    4003: Facts("Code4003", ("new指针失败",), None, None, 500, "error", "INTERNAL", False, "ha_system", False, ()),
    4004: Facts("Code4004", ("将基类指针转化为继承类指针失败",), None, None, 500, "error", "INTERNAL", False, "ha_system", False, ()),
    4005: Facts("Code4005", ("无效的监控类型",), None, None, 500, "error", "INTERNAL", False, "ha_system", False, ()),
    4006: Facts("Code4006", ("插入uuid失败",), None, None, 500, "error", "INTERNAL", False, "ha_system", False, ()),
    4007: Facts("Code4007", ("sockfd无效或发送失败",), None, None, 500, "error", "INTERNAL", False, "ha_system", False, ()),
    4008: Facts("Code4008", ("HA状态为停止，设置绝色失败",), None, None, 500, "error", "INTERNAL", False, "ha_system", False, ()),
    4009: Facts("Code4009", ("rpc通信繁忙",), None, None, 500, "error", "INTERNAL", False, "ha_system", False, ()),
    4050: Facts("Code4050", ("uuid不存在",), None, None, 500, "error", "INTERNAL", False, "ha_data", False, ()),
    4051: Facts("Code4051", ("错误的数据类型",), None, None, 500, "error", "INTERNAL", False, "ha_data", False, ()),
    4052: Facts("Code4052", ("停止发送数据",), None, None, 500, "error", "INTERNAL", False, "ha_data", False, ()),
    4053: Facts("Code4053", ("队列为空，弹出失败",), None, None, 500, "error", "INTERNAL", False, "ha_data", False, ()),
    4054: Facts("Code4054", ("msg数据为空",), None, None, 500, "error", "INTERNAL", False, "ha_data", False, ()),
    4055: Facts("Code4055", ("m_Data为空",), None, None, 500, "error", "INTERNAL", False, "ha_data", False, ()),
    4100: Facts("Code4100", ("HA规则uuid已存在",), None, None, 500, "error", "INTERNAL", False, "ha_rule", False, ()),
    4101: Facts("Code4101", ("uuid对应的规则不存在",), None, None, 500, "error", "INTERNAL", False, "ha_rule", False, ()),
    4102: Facts("Code4102", ("插入uuid与HaNode指针失败",), None, None, 500, "error", "INTERNAL", False, "ha_rule", False, ()),
    4103: Facts("Code4103", ("删除HA规则失败",), None, None, 500, "error", "INTERNAL", False, "ha_rule", False, ()),
    4104: Facts("Code4104", ("强制切换主节点时规则状态错误",), None, None, 500, "error", "INTERNAL", False, "ha_rule", False, ()),
    4105: Facts("Code4105", ("当前节点不是从节点，切换成主节点失败",), None, None, 500, "error", "INTERNAL", False, "ha_rule", False, ()),
    4106: Facts("Code4106", ("修改HA规则失败,预修改传参有误或者节点上不存在该规则",), None, None, 500, "error", "INTERNAL", False, "ha_rule", False, ()),
    4150: Facts("Code4150", ("转换node参数时没有在nodelist中找到该uuid",), None, None, 500, "error", "INTERNAL", False, "ha_node_config", False, ()),
    4151: Facts("Code4151", ("修改HA规则，获取regnode.conf文件中的node_uuid失败",), None, None, 500, "error", "INTERNAL", False, "ha_node_config", False, ()),
    4152: Facts("Code4152", ("获取regnode.conf中的logdir失败",), None, None, 500, "error", "INTERNAL", False, "ha_node_config", False, ()),
    4200: Facts("Code4200", ("获取心跳任务失败",), None, None, 500, "error", "INTERNAL", False, "ha_connection", False, ()),
    4201: Facts("Code4201", ("peer连接失败",), None, None, 500, "error", "INTERNAL", False, "ha_connection", False, ()),
    4202: Facts("Code4202", ("建立连接失败",), None, None, 500, "error", "INTERNAL", False, "ha_connection", False, ()),
    4203: Facts("Code4203", ("无效的peer连接",), None, None, 500, "error", "INTERNAL", False, "ha_connection", False, ()),
    4204: Facts("Code4204", ("发送的数据为空",), None, None, 500, "error", "INTERNAL", False, "ha_connection", False, ()),
    4205: Facts("Code4205", ("IP转换出错",), None, None, 500, "error", "INTERNAL", False, "ha_connection", False, ()),
    4206: Facts("Code4206", ("等待发送",), None, None, 500, "error", "INTERNAL", False, "ha_connection", False, ()),
    4207: Facts("Code4207", ("连接超时",), None, None, 500, "error", "INTERNAL", False, "ha_connection", False, ()),
    4208: Facts("Code4208", ("发送参数错误",), None, None, 500, "error", "INTERNAL", False, "ha_connection", False, ()),
    4209: Facts("Code4209", ("尝试获取m_send_lock失败,可能有数据正在发送",), None, None, 500, "error", "INTERNAL", False, "ha_connection", False, ()),
    4250: Facts("Code4250", ("获取智能指针失败",), None, None, 500, "error", "INTERNAL", False, "ha_resource", False, ()),
    4251: Facts("Code4251", ("资源切换类型错误",), None, None, 500, "error", "INTERNAL", False, "ha_resource", False, ()),
    4300: Facts("Code4300", ("提交cmd失败",), None, None, 500, "error", "INTERNAL", False, "ha_command", False, ()),
    4350: Facts("Code4350", ("仲裁通信方式不是TCP",), None, None, 500, "error", "INTERNAL", False, "ha_arbitration", False, ()),
    5000: Facts("Code5000", ("HaDebug命令行参数过多",), None, None, 500, "error", "INTERNAL", False, "ha_debug", False, ()),
    5001: Facts("Code5001", ("HaDebug参数为0或者大于11",), None, None, 500, "error", "INTERNAL", False, "ha_debug", False, ()),
    5002: Facts("Code5002", ("传入参数错误",), None, None, 500, "error", "INTERNAL", False, "ha_debug", False, ()),
    5003: Facts("Code5003", ("发送失败",), None, None, 500, "error", "INTERNAL", False, "ha_debug", False, ()),
    5004: Facts("Code5004", ("接收的数据为空",), None, None, 500, "error", "INTERNAL", False, "ha_debug", False, ()),
    5005: Facts("Code5005", ("内存申请失败",), None, None, 500, "error", "INTERNAL", False, "ha_debug", False, ()),
    5006: Facts("Code5006", ("获取HaDebug信息失败",), None, None, 500, "error", "INTERNAL", False, "ha_debug", False, ()),
    6024: Facts("Code6024", ("操作成功",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6025: Facts("Code6025", ("未知主机",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6026: Facts("Code6026", ("注册句柄失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6027: Facts("Code6027", ("npsvr启动失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6028: Facts("Code6028", ("版本错误",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6030: Facts("Code6030", ("创建文件失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6031: Facts("Code6031", ("文件不存在",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6032: Facts("Code6032", ("打开文件失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6033: Facts("Code6033", ("读文件失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6034: Facts("Code6034", ("写文件失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6035: Facts("Code6035", ("关闭文件失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6036: Facts("Code6036", ("删除文件失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6037: Facts("Code6037", ("日期格式化错误",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6038: Facts("Code6038", ("解码错误",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6039: Facts("Code6039", ("非数值",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6040: Facts("Code6040", ("非法操作",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6056: Facts("Code6056", ("设置证书可信错误",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6057: Facts("Code6057", ("保持连接错误",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6061: Facts("Code6061", ("内部错误",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6072: Facts("Code6072", ("平台不存在",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6073: Facts("Code6073", ("虚机不存在",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6074: Facts("Code6074", ("创建快照失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6075: Facts("Code6075", ("删除快照失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6076: Facts("Code6076", ("恢复快照失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6077: Facts("Code6077", ("规则冲突",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6078: Facts("Code6078", ("无法连接灾备机",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6079: Facts("Code6079", ("规则不存在",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6080: Facts("Code6080", ("规则启动失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6081: Facts("Code6081", ("规则停止失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6082: Facts("Code6082", ("规则删除失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6084: Facts("Code6084", ("无效任务",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6085: Facts("Code6085", ("参数错误",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6086: Facts("Code6086", ("npsvr已被占用",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6087: Facts("Code6087", ("开启CTK失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6088: Facts("Code6088", ("查询变化数据失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6089: Facts("Code6089", ("未传输数据",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6090: Facts("Code6090", ("数据存储器不存在",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6091: Facts("Code6091", ("运行时错误",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6092: Facts("Code6092", ("连接虚拟平台错误",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6093: Facts("Code6093", ("虚拟机电源操作参数错误",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6094: Facts("Code6094", ("启动虚拟机失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6095: Facts("Code6095", ("停止虚拟机失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6096: Facts("Code6096", ("快照不存在",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6097: Facts("Code6097", ("创建虚拟机失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6098: Facts("Code6098", ("挂起客户机失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6099: Facts("Code6099", ("从挂起状态恢复失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6102: Facts("Code6102", ("虚拟化平台已经存在",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6103: Facts("Code6103", ("检查备份连续状态失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6104: Facts("Code6104", ("初始化备份空间失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6105: Facts("Code6105", ("删除虚机失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6106: Facts("Code6106", ("获取虚机配置失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6107: Facts("Code6107", ("重新配置磁盘失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6108: Facts("Code6108", ("获取状态或创建快照超时",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6109: Facts("Code6109", ("虚拟机CBT配置错误",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6110: Facts("Code6110", ("创建或挂载NFS存储失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
    6111: Facts("Code6111", ("删除或卸载数据存储失败",), None, None, 500, "error", "INTERNAL", False, "virtualization", False, ()),
}

_BY_NAME: Final[Mapping[str, Info2softError]] = {
    "Code1000": Info2softError.CODE1000,
    "Code1001": Info2softError.CODE1001,
    "Code1002": Info2softError.CODE1002,
    "Code1003": Info2softError.CODE1003,
    "Code1004": Info2softError.CODE1004,
    "Code1005": Info2softError.CODE1005,
    "Code1006": Info2softError.CODE1006,
    "Code1007": Info2softError.CODE1007,
    "Code1008": Info2softError.CODE1008,
    "Code1009": Info2softError.CODE1009,
    "Code1010": Info2softError.CODE1010,
    "Code1011": Info2softError.CODE1011,
    "Code1012": Info2softError.CODE1012,
    "Code1013": Info2softError.CODE1013,
    "Code1014": Info2softError.CODE1014,
    "Code1015": Info2softError.CODE1015,
    "Code1016": Info2softError.CODE1016,
    "Code1017": Info2softError.CODE1017,
    "Code1018": Info2softError.CODE1018,
    "Code1019": Info2softError.CODE1019,
    "Code1020": Info2softError.CODE1020,
    "Code1021": Info2softError.CODE1021,
    "Code1022": Info2softError.CODE1022,
    "Code1023": Info2softError.CODE1023,
    "Code1024": Info2softError.CODE1024,
    "Code1025": Info2softError.CODE1025,
    "Code1030": Info2softError.CODE1030,
    "Code3519": Info2softError.CODE3519,
    "Code3520": Info2softError.CODE3520,
    "Code3521": Info2softError.CODE3521,
    "Code3522": Info2softError.CODE3522,
    "Code3523": Info2softError.CODE3523,
    "Code3524": Info2softError.CODE3524,
    "Code3525": Info2softError.CODE3525,
    "Code3526": Info2softError.CODE3526,
    "Code3527": Info2softError.CODE3527,
    "Code3528": Info2softError.CODE3528,
    "Code3529": Info2softError.CODE3529,
    "Code3530": Info2softError.CODE3530,
    "Code3531": Info2softError.CODE3531,
    "Code3533": Info2softError.CODE3533,
    "Code3534": Info2softError.CODE3534,
    "Code3535": Info2softError.CODE3535,
    "Code3536": Info2softError.CODE3536,
    "Code3538": Info2softError.CODE3538,
    "Code3540": Info2softError.CODE3540,
    "Code3541": Info2softError.CODE3541,
    "Code3542": Info2softError.CODE3542,
    "Code3543": Info2softError.CODE3543,
    "Code3544": Info2softError.CODE3544,
    "Code3545": Info2softError.CODE3545,
    "Code3546": Info2softError.CODE3546,
    "Code3547": Info2softError.CODE3547,
    "Code3548": Info2softError.CODE3548,
    "Code3549": Info2softError.CODE3549,
    "Code3550": Info2softError.CODE3550,
    "Code3551": Info2softError.CODE3551,
    "Code3552": Info2softError.CODE3552,
    "Code3553": Info2softError.CODE3553,
    "Code3554": Info2softError.CODE3554,
    "Code3555": Info2softError.CODE3555,
    "Code3556": Info2softError.CODE3556,
    "Code3557": Info2softError.CODE3557,
    "Code3558": Info2softError.CODE3558,
    "Code3559": Info2softError.CODE3559,
    "Code3560": Info2softError.CODE3560,
    "Code3561": Info2softError.CODE3561,
    "Code3562": Info2softError.CODE3562,
    "Code3563": Info2softError.CODE3563,
    "Code3564": Info2softError.CODE3564,
    "Code3565": Info2softError.CODE3565,
    "Code3566": Info2softError.CODE3566,
    "Code3567": Info2softError.CODE3567,
    "Code3568": Info2softError.CODE3568,
    "Code3569": Info2softError.CODE3569,
    "Code3570": Info2softError.CODE3570,
    "Code3571": Info2softError.CODE3571,
    "Code3572": Info2softError.CODE3572,
    "Code3573": Info2softError.CODE3573,
    "Code3574": Info2softError.CODE3574,
    "Code3575": Info2softError.CODE3575,
    "Code3576": Info2softError.CODE3576,
    "Code3577": Info2softError.CODE3577,
    "Code3578": Info2softError.CODE3578,
    "Code3579": Info2softError.CODE3579,
    "Code3580": Info2softError.CODE3580,
    "Code3581": Info2softError.CODE3581,
    "Code3582": Info2softError.CODE3582,
    "Code3583": Info2softError.CODE3583,
    "Code3584": Info2softError.CODE3584,
    "Code3585": Info2softError.CODE3585,
    "Code3586": Info2softError.CODE3586,
    "Code3587": Info2softError.CODE3587,
    "Code3588": Info2softError.CODE3588,
    "Code3589": Info2softError.CODE3589,
    "Code3590": Info2softError.CODE3590,
    "Code3591": Info2softError.CODE3591,
    "Code3592": Info2softError.CODE3592,
    "Code3593": Info2softError.CODE3593,
    "Code3594": Info2softError.CODE3594,
    "Code3595": Info2softError.CODE3595,
    "Code3596": Info2softError.CODE3596,
    "Code3597": Info2softError.CODE3597,
    "Code3598": Info2softError.CODE3598,
    "Code3599": Info2softError.CODE3599,
    "Code3600": Info2softError.CODE3600,
    "Code3601": Info2softError.CODE3601,
    "Code3602": Info2softError.CODE3602,
    "Code3603": Info2softError.CODE3603,
    "Code3604": Info2softError.CODE3604,
    "Code3605": Info2softError.CODE3605,
    "Code3606": Info2softError.CODE3606,
    "Code3607": Info2softError.CODE3607,
    "Code3608": Info2softError.CODE3608,
    "Code3609": Info2softError.CODE3609,
    "Code3610": Info2softError.CODE3610,
    "Code3611": Info2softError.CODE3611,
    "Code3612": Info2softError.CODE3612,
    "Code3801": Info2softError.CODE3801,
    "Code3802": Info2softError.CODE3802,
    "Code3803": Info2softError.CODE3803,
    "Code3804": Info2softError.CODE3804,
    "Code3805": Info2softError.CODE3805,
    "Code3806": Info2softError.CODE3806,
    "Code3807": Info2softError.CODE3807,
    "Code3808": Info2softError.CODE3808,
    "Code3809": Info2softError.CODE3809,
    "Code3810": Info2softError.CODE3810,
    "Code3812": Info2softError.CODE3812,
    "Code3901": Info2softError.CODE3901,
    "Code3902": Info2softError.CODE3902,
    "Code3903": Info2softError.CODE3903,
    "Code3904": Info2softError.CODE3904,
    "Code3905": Info2softError.CODE3905,
    "Code3906": Info2softError.CODE3906,
    "Code3907": Info2softError.CODE3907,
    "Code3908": Info2softError.CODE3908,
    "Code4000": Info2softError.CODE4000,
    "Code4001": Info2softError.CODE4001,
    "Code4002": Info2softError.CODE4002,
    "Code4003": Info2softError.CODE4003,
    "Code4004": Info2softError.CODE4004,
    "Code4005": Info2softError.CODE4005,
    "Code4006": Info2softError.CODE4006,
    "Code4007": Info2softError.CODE4007,
    "Code4008": Info2softError.CODE4008,
    "Code4009": Info2softError.CODE4009,
    "Code4050": Info2softError.CODE4050,
    "Code4051": Info2softError.CODE4051,
    "Code4052": Info2softError.CODE4052,
    "Code4053": Info2softError.CODE4053,
    "Code4054": Info2softError.CODE4054,
    "Code4055": Info2softError.CODE4055,
    "Code4100": Info2softError.CODE4100,
    "Code4101": Info2softError.CODE4101,
    "Code4102": Info2softError.CODE4102,
    "Code4103": Info2softError.CODE4103,
    "Code4104": Info2softError.CODE4104,
    "Code4105": Info2softError.CODE4105,
    "Code4106": Info2softError.CODE4106,
    "Code4150": Info2softError.CODE4150,
    "Code4151": Info2softError.CODE4151,
    "Code4152": Info2softError.CODE4152,
    "Code4200": Info2softError.CODE4200,
    "Code4201": Info2softError.CODE4201,
    "Code4202": Info2softError.CODE4202,
    "Code4203": Info2softError.CODE4203,
    "Code4204": Info2softError.CODE4204,
    "Code4205": Info2softError.CODE4205,
    "Code4206": Info2softError.CODE4206,
    "Code4207": Info2softError.CODE4207,
    "Code4208": Info2softError.CODE4208,
    "Code4209": Info2softError.CODE4209,
    "Code4250": Info2softError.CODE4250,
    "Code4251": Info2softError.CODE4251,
    "Code4300": Info2softError.CODE4300,
    "Code4350": Info2softError.CODE4350,
    "Code5000": Info2softError.CODE5000,
    "Code5001": Info2softError.CODE5001,
    "Code5002": Info2softError.CODE5002,
    "Code5003": Info2softError.CODE5003,
    "Code5004": Info2softError.CODE5004,
    "Code5005": Info2softError.CODE5005,
    "Code5006": Info2softError.CODE5006,
    "Code6024": Info2softError.CODE6024,
    "Code6025": Info2softError.CODE6025,
    "Code6026": Info2softError.CODE6026,
    "Code6027": Info2softError.CODE6027,
    "Code6028": Info2softError.CODE6028,
    "Code6030": Info2softError.CODE6030,
    "Code6031": Info2softError.CODE6031,
    "Code6032": Info2softError.CODE6032,
    "Code6033": Info2softError.CODE6033,
    "Code6034": Info2softError.CODE6034,
    "Code6035": Info2softError.CODE6035,
    "Code6036": Info2softError.CODE6036,
    "Code6037": Info2softError.CODE6037,
    "Code6038": Info2softError.CODE6038,
    "Code6039": Info2softError.CODE6039,
    "Code6040": Info2softError.CODE6040,
    "Code6056": Info2softError.CODE6056,
    "Code6057": Info2softError.CODE6057,
    "Code6061": Info2softError.CODE6061,
    "Code6072": Info2softError.CODE6072,
    "Code6073": Info2softError.CODE6073,
    "Code6074": Info2softError.CODE6074,
    "Code6075": Info2softError.CODE6075,
    "Code6076": Info2softError.CODE6076,
    "Code6077": Info2softError.CODE6077,
    "Code6078": Info2softError.CODE6078,
    "Code6079": Info2softError.CODE6079,
    "Code6080": Info2softError.CODE6080,
    "Code6081": Info2softError.CODE6081,
    "Code6082": Info2softError.CODE6082,
    "Code6084": Info2softError.CODE6084,
    "Code6085": Info2softError.CODE6085,
    "Code6086": Info2softError.CODE6086,
    "Code6087": Info2softError.CODE6087,
    "Code6088": Info2softError.CODE6088,
    "Code6089": Info2softError.CODE6089,
    "Code6090": Info2softError.CODE6090,
    "Code6091": Info2softError.CODE6091,
    "Code6092": Info2softError.CODE6092,
    "Code6093": Info2softError.CODE6093,
    "Code6094": Info2softError.CODE6094,
    "Code6095": Info2softError.CODE6095,
    "Code6096": Info2softError.CODE6096,
    "Code6097": Info2softError.CODE6097,
    "Code6098": Info2softError.CODE6098,
    "Code6099": Info2softError.CODE6099,
    "Code6102": Info2softError.CODE6102,
    "Code6103": Info2softError.CODE6103,
    "Code6104": Info2softError.CODE6104,
    "Code6105": Info2softError.CODE6105,
    "Code6106": Info2softError.CODE6106,
    "Code6107": Info2softError.CODE6107,
    "Code6108": Info2softError.CODE6108,
    "Code6109": Info2softError.CODE6109,
    "Code6110": Info2softError.CODE6110,
    "Code6111": Info2softError.CODE6111,
}

GROUPS: Final[Mapping[str, Optional[tuple[int, int]]]] = {
    "request": (1000, 1029),
    "request_extra": (1030, 1099),
    "replication": (3500, 3799),
    "nas": (3800, 3899),
    "undocumented_3900": (3900, 3999),
    "ha_system": (4000, 4049),
    "ha_data": (4050, 4099),
    "ha_rule": (4100, 4149),
    "ha_node_config": (4150, 4199),
    "ha_connection": (4200, 4249),
    "ha_resource": (4250, 4299),
    "ha_command": (4300, 4349),
    "ha_arbitration": (4350, 4399),
    "ha_debug": (5000, 5999),
    "virtualization": (6000, 6999),
}
"""Each group and the range of codes it keeps."""


def from_code(code: int) -> Optional[Info2softError]:
    """The code numbered `code`, or None if the catalog has none."""
    return Info2softError(code) if code in _FACTS else None


def from_name(name: str) -> Optional[Info2softError]:
    """The code named `name`, or None."""
    return _BY_NAME.get(name)


def facts(code: Info2softError) -> Facts:
    """What the catalog says about `code`."""
    return _FACTS[int(code)]


def _language(lang: Optional[str]) -> int:
    return LANGUAGES.index(lang) if lang in LANGUAGES else 0


def name(code: Info2softError) -> str:
    """The code's name."""
    return facts(code).name


def message(code: Info2softError, lang: Optional[str] = None) -> str:
    """The message in `lang` (the default language for another; "" for a code without one)."""
    return facts(code).message[_language(lang)]


def description(code: Info2softError, lang: Optional[str] = None) -> Optional[str]:
    """The description in `lang`, if the code has one."""
    texts = facts(code).description
    return None if texts is None else texts[_language(lang)]


def solution(code: Info2softError, lang: Optional[str] = None) -> Optional[str]:
    """The cause and remedy in `lang`, if the code has them."""
    texts = facts(code).solution
    return None if texts is None else texts[_language(lang)]


def http_status(code: Info2softError) -> int:
    """The HTTP status the code maps to."""
    return facts(code).http_status


def severity(code: Info2softError) -> str:
    """How serious the code is: info, warning, error or fatal."""
    return facts(code).severity


def grpc_code(code: Info2softError) -> str:
    """The gRPC code the error travels with, as google.rpc.Code spells it."""
    return facts(code).grpc


def is_retryable(code: Info2softError) -> bool:
    """Whether trying again may succeed."""
    return facts(code).retryable


def group(code: Info2softError) -> Optional[str]:
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

DOMAIN: Final[str] = "Info2softError"
"""The domain of the google.rpc.ErrorInfo the catalog's errors carry over gRPC."""

_ARG_TYPES: Final[Mapping[int, tuple[tuple[str, str], ...]]] = {

}


class Info2softErrorException(Exception):
    """An error of the catalog: its code, its arguments (for codes that declare them), in a language."""

    def __init__(
        self,
        code: Info2softError,
        arguments: Optional[Mapping[str, object]] = None,
        lang: Optional[str] = None,
        retryable: Optional[bool] = None,
    ) -> None:
        self.code: Final[Info2softError] = code
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
    ) -> Optional[Info2softErrorException]:
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
    def from_status(cls, status: object) -> Optional[Info2softErrorException]:
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
    def from_body(cls, body: object) -> Optional[Info2softErrorException]:
        """The error an error body (a parsed JSON object) carries; None if it is not one of the catalog's."""
        if not isinstance(body, Mapping):
            return None
        raw = body.get("code")
        code = from_code(raw) if isinstance(raw, int) and not isinstance(raw, bool) else None
        return None if code is None else cls(code, {})

    @classmethod
    def from_problem(cls, problem: object) -> Optional[Info2softErrorException]:
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

