// errcat: generated from examples/catalogs/info2soft.yaml by `errcat export examples/catalogs/info2soft.yaml --lang c -o examples/exports/c/info2soft.h`; catalog a06cee81e9230f13, body ba27d6cf8ec87dc0; edit the catalog and run the command again, not this file
#ifndef INFO2SOFT_ERROR_H
#define INFO2SOFT_ERROR_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __cplusplus
#define INFO2SOFT_ERROR_STATIC_ASSERT(condition, message) static_assert(condition, message)
extern "C" {
#else
#define INFO2SOFT_ERROR_STATIC_ASSERT(condition, message) _Static_assert(condition, message)
#endif

/* INFO2SOFT_ERROR_CODES(X) calls X(NAME, CODE) for every code, in ascending order. */
#define INFO2SOFT_ERROR_CODES(X) \
    X(INFO2SOFT_ERROR_CODE1000, 1000) \
    X(INFO2SOFT_ERROR_CODE1001, 1001) \
    X(INFO2SOFT_ERROR_CODE1002, 1002) \
    X(INFO2SOFT_ERROR_CODE1003, 1003) \
    X(INFO2SOFT_ERROR_CODE1004, 1004) \
    X(INFO2SOFT_ERROR_CODE1005, 1005) \
    X(INFO2SOFT_ERROR_CODE1006, 1006) \
    X(INFO2SOFT_ERROR_CODE1007, 1007) \
    X(INFO2SOFT_ERROR_CODE1008, 1008) \
    X(INFO2SOFT_ERROR_CODE1009, 1009) \
    X(INFO2SOFT_ERROR_CODE1010, 1010) \
    X(INFO2SOFT_ERROR_CODE1011, 1011) \
    X(INFO2SOFT_ERROR_CODE1012, 1012) \
    X(INFO2SOFT_ERROR_CODE1013, 1013) \
    X(INFO2SOFT_ERROR_CODE1014, 1014) \
    X(INFO2SOFT_ERROR_CODE1015, 1015) \
    X(INFO2SOFT_ERROR_CODE1016, 1016) \
    X(INFO2SOFT_ERROR_CODE1017, 1017) \
    X(INFO2SOFT_ERROR_CODE1018, 1018) \
    X(INFO2SOFT_ERROR_CODE1019, 1019) \
    X(INFO2SOFT_ERROR_CODE1020, 1020) \
    X(INFO2SOFT_ERROR_CODE1021, 1021) \
    X(INFO2SOFT_ERROR_CODE1022, 1022) \
    X(INFO2SOFT_ERROR_CODE1023, 1023) \
    X(INFO2SOFT_ERROR_CODE1024, 1024) \
    X(INFO2SOFT_ERROR_CODE1025, 1025) \
    X(INFO2SOFT_ERROR_CODE1030, 1030) \
    X(INFO2SOFT_ERROR_CODE3519, 3519) \
    X(INFO2SOFT_ERROR_CODE3520, 3520) \
    X(INFO2SOFT_ERROR_CODE3521, 3521) \
    X(INFO2SOFT_ERROR_CODE3522, 3522) \
    X(INFO2SOFT_ERROR_CODE3523, 3523) \
    X(INFO2SOFT_ERROR_CODE3524, 3524) \
    X(INFO2SOFT_ERROR_CODE3525, 3525) \
    X(INFO2SOFT_ERROR_CODE3526, 3526) \
    X(INFO2SOFT_ERROR_CODE3527, 3527) \
    X(INFO2SOFT_ERROR_CODE3528, 3528) \
    X(INFO2SOFT_ERROR_CODE3529, 3529) \
    X(INFO2SOFT_ERROR_CODE3530, 3530) \
    X(INFO2SOFT_ERROR_CODE3531, 3531) \
    X(INFO2SOFT_ERROR_CODE3533, 3533) \
    X(INFO2SOFT_ERROR_CODE3534, 3534) \
    X(INFO2SOFT_ERROR_CODE3535, 3535) \
    X(INFO2SOFT_ERROR_CODE3536, 3536) \
    X(INFO2SOFT_ERROR_CODE3538, 3538) \
    X(INFO2SOFT_ERROR_CODE3540, 3540) \
    X(INFO2SOFT_ERROR_CODE3541, 3541) \
    X(INFO2SOFT_ERROR_CODE3542, 3542) \
    X(INFO2SOFT_ERROR_CODE3543, 3543) \
    X(INFO2SOFT_ERROR_CODE3544, 3544) \
    X(INFO2SOFT_ERROR_CODE3545, 3545) \
    X(INFO2SOFT_ERROR_CODE3546, 3546) \
    X(INFO2SOFT_ERROR_CODE3547, 3547) \
    X(INFO2SOFT_ERROR_CODE3548, 3548) \
    X(INFO2SOFT_ERROR_CODE3549, 3549) \
    X(INFO2SOFT_ERROR_CODE3550, 3550) \
    X(INFO2SOFT_ERROR_CODE3551, 3551) \
    X(INFO2SOFT_ERROR_CODE3552, 3552) \
    X(INFO2SOFT_ERROR_CODE3553, 3553) \
    X(INFO2SOFT_ERROR_CODE3554, 3554) \
    X(INFO2SOFT_ERROR_CODE3555, 3555) \
    X(INFO2SOFT_ERROR_CODE3556, 3556) \
    X(INFO2SOFT_ERROR_CODE3557, 3557) \
    X(INFO2SOFT_ERROR_CODE3558, 3558) \
    X(INFO2SOFT_ERROR_CODE3559, 3559) \
    X(INFO2SOFT_ERROR_CODE3560, 3560) \
    X(INFO2SOFT_ERROR_CODE3561, 3561) \
    X(INFO2SOFT_ERROR_CODE3562, 3562) \
    X(INFO2SOFT_ERROR_CODE3563, 3563) \
    X(INFO2SOFT_ERROR_CODE3564, 3564) \
    X(INFO2SOFT_ERROR_CODE3565, 3565) \
    X(INFO2SOFT_ERROR_CODE3566, 3566) \
    X(INFO2SOFT_ERROR_CODE3567, 3567) \
    X(INFO2SOFT_ERROR_CODE3568, 3568) \
    X(INFO2SOFT_ERROR_CODE3569, 3569) \
    X(INFO2SOFT_ERROR_CODE3570, 3570) \
    X(INFO2SOFT_ERROR_CODE3571, 3571) \
    X(INFO2SOFT_ERROR_CODE3572, 3572) \
    X(INFO2SOFT_ERROR_CODE3573, 3573) \
    X(INFO2SOFT_ERROR_CODE3574, 3574) \
    X(INFO2SOFT_ERROR_CODE3575, 3575) \
    X(INFO2SOFT_ERROR_CODE3576, 3576) \
    X(INFO2SOFT_ERROR_CODE3577, 3577) \
    X(INFO2SOFT_ERROR_CODE3578, 3578) \
    X(INFO2SOFT_ERROR_CODE3579, 3579) \
    X(INFO2SOFT_ERROR_CODE3580, 3580) \
    X(INFO2SOFT_ERROR_CODE3581, 3581) \
    X(INFO2SOFT_ERROR_CODE3582, 3582) \
    X(INFO2SOFT_ERROR_CODE3583, 3583) \
    X(INFO2SOFT_ERROR_CODE3584, 3584) \
    X(INFO2SOFT_ERROR_CODE3585, 3585) \
    X(INFO2SOFT_ERROR_CODE3586, 3586) \
    X(INFO2SOFT_ERROR_CODE3587, 3587) \
    X(INFO2SOFT_ERROR_CODE3588, 3588) \
    X(INFO2SOFT_ERROR_CODE3589, 3589) \
    X(INFO2SOFT_ERROR_CODE3590, 3590) \
    X(INFO2SOFT_ERROR_CODE3591, 3591) \
    X(INFO2SOFT_ERROR_CODE3592, 3592) \
    X(INFO2SOFT_ERROR_CODE3593, 3593) \
    X(INFO2SOFT_ERROR_CODE3594, 3594) \
    X(INFO2SOFT_ERROR_CODE3595, 3595) \
    X(INFO2SOFT_ERROR_CODE3596, 3596) \
    X(INFO2SOFT_ERROR_CODE3597, 3597) \
    X(INFO2SOFT_ERROR_CODE3598, 3598) \
    X(INFO2SOFT_ERROR_CODE3599, 3599) \
    X(INFO2SOFT_ERROR_CODE3600, 3600) \
    X(INFO2SOFT_ERROR_CODE3601, 3601) \
    X(INFO2SOFT_ERROR_CODE3602, 3602) \
    X(INFO2SOFT_ERROR_CODE3603, 3603) \
    X(INFO2SOFT_ERROR_CODE3604, 3604) \
    X(INFO2SOFT_ERROR_CODE3605, 3605) \
    X(INFO2SOFT_ERROR_CODE3606, 3606) \
    X(INFO2SOFT_ERROR_CODE3607, 3607) \
    X(INFO2SOFT_ERROR_CODE3608, 3608) \
    X(INFO2SOFT_ERROR_CODE3609, 3609) \
    X(INFO2SOFT_ERROR_CODE3610, 3610) \
    X(INFO2SOFT_ERROR_CODE3611, 3611) \
    X(INFO2SOFT_ERROR_CODE3612, 3612) \
    X(INFO2SOFT_ERROR_CODE3801, 3801) \
    X(INFO2SOFT_ERROR_CODE3802, 3802) \
    X(INFO2SOFT_ERROR_CODE3803, 3803) \
    X(INFO2SOFT_ERROR_CODE3804, 3804) \
    X(INFO2SOFT_ERROR_CODE3805, 3805) \
    X(INFO2SOFT_ERROR_CODE3806, 3806) \
    X(INFO2SOFT_ERROR_CODE3807, 3807) \
    X(INFO2SOFT_ERROR_CODE3808, 3808) \
    X(INFO2SOFT_ERROR_CODE3809, 3809) \
    X(INFO2SOFT_ERROR_CODE3810, 3810) \
    X(INFO2SOFT_ERROR_CODE3812, 3812) \
    X(INFO2SOFT_ERROR_CODE3901, 3901) \
    X(INFO2SOFT_ERROR_CODE3902, 3902) \
    X(INFO2SOFT_ERROR_CODE3903, 3903) \
    X(INFO2SOFT_ERROR_CODE3904, 3904) \
    X(INFO2SOFT_ERROR_CODE3905, 3905) \
    X(INFO2SOFT_ERROR_CODE3906, 3906) \
    X(INFO2SOFT_ERROR_CODE3907, 3907) \
    X(INFO2SOFT_ERROR_CODE3908, 3908) \
    X(INFO2SOFT_ERROR_CODE4000, 4000) \
    X(INFO2SOFT_ERROR_CODE4001, 4001) \
    X(INFO2SOFT_ERROR_CODE4002, 4002) \
    X(INFO2SOFT_ERROR_CODE4003, 4003) \
    X(INFO2SOFT_ERROR_CODE4004, 4004) \
    X(INFO2SOFT_ERROR_CODE4005, 4005) \
    X(INFO2SOFT_ERROR_CODE4006, 4006) \
    X(INFO2SOFT_ERROR_CODE4007, 4007) \
    X(INFO2SOFT_ERROR_CODE4008, 4008) \
    X(INFO2SOFT_ERROR_CODE4009, 4009) \
    X(INFO2SOFT_ERROR_CODE4050, 4050) \
    X(INFO2SOFT_ERROR_CODE4051, 4051) \
    X(INFO2SOFT_ERROR_CODE4052, 4052) \
    X(INFO2SOFT_ERROR_CODE4053, 4053) \
    X(INFO2SOFT_ERROR_CODE4054, 4054) \
    X(INFO2SOFT_ERROR_CODE4055, 4055) \
    X(INFO2SOFT_ERROR_CODE4100, 4100) \
    X(INFO2SOFT_ERROR_CODE4101, 4101) \
    X(INFO2SOFT_ERROR_CODE4102, 4102) \
    X(INFO2SOFT_ERROR_CODE4103, 4103) \
    X(INFO2SOFT_ERROR_CODE4104, 4104) \
    X(INFO2SOFT_ERROR_CODE4105, 4105) \
    X(INFO2SOFT_ERROR_CODE4106, 4106) \
    X(INFO2SOFT_ERROR_CODE4150, 4150) \
    X(INFO2SOFT_ERROR_CODE4151, 4151) \
    X(INFO2SOFT_ERROR_CODE4152, 4152) \
    X(INFO2SOFT_ERROR_CODE4200, 4200) \
    X(INFO2SOFT_ERROR_CODE4201, 4201) \
    X(INFO2SOFT_ERROR_CODE4202, 4202) \
    X(INFO2SOFT_ERROR_CODE4203, 4203) \
    X(INFO2SOFT_ERROR_CODE4204, 4204) \
    X(INFO2SOFT_ERROR_CODE4205, 4205) \
    X(INFO2SOFT_ERROR_CODE4206, 4206) \
    X(INFO2SOFT_ERROR_CODE4207, 4207) \
    X(INFO2SOFT_ERROR_CODE4208, 4208) \
    X(INFO2SOFT_ERROR_CODE4209, 4209) \
    X(INFO2SOFT_ERROR_CODE4250, 4250) \
    X(INFO2SOFT_ERROR_CODE4251, 4251) \
    X(INFO2SOFT_ERROR_CODE4300, 4300) \
    X(INFO2SOFT_ERROR_CODE4350, 4350) \
    X(INFO2SOFT_ERROR_CODE5000, 5000) \
    X(INFO2SOFT_ERROR_CODE5001, 5001) \
    X(INFO2SOFT_ERROR_CODE5002, 5002) \
    X(INFO2SOFT_ERROR_CODE5003, 5003) \
    X(INFO2SOFT_ERROR_CODE5004, 5004) \
    X(INFO2SOFT_ERROR_CODE5005, 5005) \
    X(INFO2SOFT_ERROR_CODE5006, 5006) \
    X(INFO2SOFT_ERROR_CODE6024, 6024) \
    X(INFO2SOFT_ERROR_CODE6025, 6025) \
    X(INFO2SOFT_ERROR_CODE6026, 6026) \
    X(INFO2SOFT_ERROR_CODE6027, 6027) \
    X(INFO2SOFT_ERROR_CODE6028, 6028) \
    X(INFO2SOFT_ERROR_CODE6030, 6030) \
    X(INFO2SOFT_ERROR_CODE6031, 6031) \
    X(INFO2SOFT_ERROR_CODE6032, 6032) \
    X(INFO2SOFT_ERROR_CODE6033, 6033) \
    X(INFO2SOFT_ERROR_CODE6034, 6034) \
    X(INFO2SOFT_ERROR_CODE6035, 6035) \
    X(INFO2SOFT_ERROR_CODE6036, 6036) \
    X(INFO2SOFT_ERROR_CODE6037, 6037) \
    X(INFO2SOFT_ERROR_CODE6038, 6038) \
    X(INFO2SOFT_ERROR_CODE6039, 6039) \
    X(INFO2SOFT_ERROR_CODE6040, 6040) \
    X(INFO2SOFT_ERROR_CODE6056, 6056) \
    X(INFO2SOFT_ERROR_CODE6057, 6057) \
    X(INFO2SOFT_ERROR_CODE6061, 6061) \
    X(INFO2SOFT_ERROR_CODE6072, 6072) \
    X(INFO2SOFT_ERROR_CODE6073, 6073) \
    X(INFO2SOFT_ERROR_CODE6074, 6074) \
    X(INFO2SOFT_ERROR_CODE6075, 6075) \
    X(INFO2SOFT_ERROR_CODE6076, 6076) \
    X(INFO2SOFT_ERROR_CODE6077, 6077) \
    X(INFO2SOFT_ERROR_CODE6078, 6078) \
    X(INFO2SOFT_ERROR_CODE6079, 6079) \
    X(INFO2SOFT_ERROR_CODE6080, 6080) \
    X(INFO2SOFT_ERROR_CODE6081, 6081) \
    X(INFO2SOFT_ERROR_CODE6082, 6082) \
    X(INFO2SOFT_ERROR_CODE6084, 6084) \
    X(INFO2SOFT_ERROR_CODE6085, 6085) \
    X(INFO2SOFT_ERROR_CODE6086, 6086) \
    X(INFO2SOFT_ERROR_CODE6087, 6087) \
    X(INFO2SOFT_ERROR_CODE6088, 6088) \
    X(INFO2SOFT_ERROR_CODE6089, 6089) \
    X(INFO2SOFT_ERROR_CODE6090, 6090) \
    X(INFO2SOFT_ERROR_CODE6091, 6091) \
    X(INFO2SOFT_ERROR_CODE6092, 6092) \
    X(INFO2SOFT_ERROR_CODE6093, 6093) \
    X(INFO2SOFT_ERROR_CODE6094, 6094) \
    X(INFO2SOFT_ERROR_CODE6095, 6095) \
    X(INFO2SOFT_ERROR_CODE6096, 6096) \
    X(INFO2SOFT_ERROR_CODE6097, 6097) \
    X(INFO2SOFT_ERROR_CODE6098, 6098) \
    X(INFO2SOFT_ERROR_CODE6099, 6099) \
    X(INFO2SOFT_ERROR_CODE6102, 6102) \
    X(INFO2SOFT_ERROR_CODE6103, 6103) \
    X(INFO2SOFT_ERROR_CODE6104, 6104) \
    X(INFO2SOFT_ERROR_CODE6105, 6105) \
    X(INFO2SOFT_ERROR_CODE6106, 6106) \
    X(INFO2SOFT_ERROR_CODE6107, 6107) \
    X(INFO2SOFT_ERROR_CODE6108, 6108) \
    X(INFO2SOFT_ERROR_CODE6109, 6109) \
    X(INFO2SOFT_ERROR_CODE6110, 6110) \
    X(INFO2SOFT_ERROR_CODE6111, 6111)

/** 英方软件信息/错误代码（工作机/灾备机运行日志） */
enum info2soft_error {
    INFO2SOFT_ERROR_CODE1000 = 1000,
    /** argument err */
    INFO2SOFT_ERROR_CODE1001 = 1001,
    /** exist rule,used in add */
    INFO2SOFT_ERROR_CODE1002 = 1002,
    /** no exist rule */
    INFO2SOFT_ERROR_CODE1003 = 1003,
    /** requset struct has some invalid argument */
    INFO2SOFT_ERROR_CODE1004 = 1004,
    /** multithread may cause,we must invalid */
    INFO2SOFT_ERROR_CODE1005 = 1005,
    INFO2SOFT_ERROR_CODE1006 = 1006,
    INFO2SOFT_ERROR_CODE1007 = 1007,
    INFO2SOFT_ERROR_CODE1008 = 1008,
    INFO2SOFT_ERROR_CODE1009 = 1009,
    INFO2SOFT_ERROR_CODE1010 = 1010,
    INFO2SOFT_ERROR_CODE1011 = 1011,
    INFO2SOFT_ERROR_CODE1012 = 1012,
    INFO2SOFT_ERROR_CODE1013 = 1013,
    INFO2SOFT_ERROR_CODE1014 = 1014,
    INFO2SOFT_ERROR_CODE1015 = 1015,
    INFO2SOFT_ERROR_CODE1016 = 1016,
    INFO2SOFT_ERROR_CODE1017 = 1017,
    INFO2SOFT_ERROR_CODE1018 = 1018,
    INFO2SOFT_ERROR_CODE1019 = 1019,
    INFO2SOFT_ERROR_CODE1020 = 1020,
    INFO2SOFT_ERROR_CODE1021 = 1021,
    INFO2SOFT_ERROR_CODE1022 = 1022,
    INFO2SOFT_ERROR_CODE1023 = 1023,
    INFO2SOFT_ERROR_CODE1024 = 1024,
    INFO2SOFT_ERROR_CODE1025 = 1025,
    INFO2SOFT_ERROR_CODE1030 = 1030,
    /** 复制规则重新启动 */
    INFO2SOFT_ERROR_CODE3519 = 3519,
    /** 复制规则重新启动完成 */
    INFO2SOFT_ERROR_CODE3520 = 3520,
    INFO2SOFT_ERROR_CODE3521 = 3521,
    /** 网络连接错误 */
    INFO2SOFT_ERROR_CODE3522 = 3522,
    /** 镜像任务被取消 */
    INFO2SOFT_ERROR_CODE3523 = 3523,
    /** 连接状态改变 */
    INFO2SOFT_ERROR_CODE3524 = 3524,
    /** 非法的任务 */
    INFO2SOFT_ERROR_CODE3525 = 3525,
    /** 没有配置文件 */
    INFO2SOFT_ERROR_CODE3526 = 3526,
    /** 获取Linux卷组失败 */
    INFO2SOFT_ERROR_CODE3527 = 3527,
    /** 获取逻辑卷组失败 */
    INFO2SOFT_ERROR_CODE3528 = 3528,
    /** 没有找到对应的规则信息 */
    INFO2SOFT_ERROR_CODE3529 = 3529,
    /** 文件Checksum错误 */
    INFO2SOFT_ERROR_CODE3530 = 3530,
    /** CDP 描述文件错误 */
    INFO2SOFT_ERROR_CODE3531 = 3531,
    /** 读取CDP描述文件错误 */
    INFO2SOFT_ERROR_CODE3533 = 3533,
    /** 写入CDP描述文件错误 */
    INFO2SOFT_ERROR_CODE3534 = 3534,
    /** CDP处于错误或者不完整状态 */
    INFO2SOFT_ERROR_CODE3535 = 3535,
    /** 读取CDP错误 */
    INFO2SOFT_ERROR_CODE3536 = 3536,
    /** 泛指读取数据失败，比如从文件或者从开设备中读取数据失败。 */
    INFO2SOFT_ERROR_CODE3538 = 3538,
    /** 读取CDP索引文件失败 */
    INFO2SOFT_ERROR_CODE3540 = 3540,
    /** cdp恢复时写文件失败 */
    INFO2SOFT_ERROR_CODE3541 = 3541,
    INFO2SOFT_ERROR_CODE3542 = 3542,
    /** 存在的CDP版本和软件不兼容 */
    INFO2SOFT_ERROR_CODE3543 = 3543,
    INFO2SOFT_ERROR_CODE3544 = 3544,
    /** 写消息分片内容不正确 */
    INFO2SOFT_ERROR_CODE3545 = 3545,
    /** 工作机和灾备机软件版本不兼容 */
    INFO2SOFT_ERROR_CODE3546 = 3546,
    /** 时间戳错误 */
    INFO2SOFT_ERROR_CODE3547 = 3547,
    /** 写入CDP索引文件失败 */
    INFO2SOFT_ERROR_CODE3548 = 3548,
    /** 写入CDP数据文件失败 */
    INFO2SOFT_ERROR_CODE3549 = 3549,
    /** CDP索引文件损坏或者不完整 */
    INFO2SOFT_ERROR_CODE3550 = 3550,
    /** 删除快照失败 */
    INFO2SOFT_ERROR_CODE3551 = 3551,
    INFO2SOFT_ERROR_CODE3552 = 3552,
    INFO2SOFT_ERROR_CODE3553 = 3553,
    /** 灾备机收到的数据包序号不对 */
    INFO2SOFT_ERROR_CODE3554 = 3554,
    /** 拷贝文件错误 */
    INFO2SOFT_ERROR_CODE3555 = 3555,
    /** 创建逻辑卷组失败 */
    INFO2SOFT_ERROR_CODE3556 = 3556,
    /** 格式化逻辑卷组失败 */
    INFO2SOFT_ERROR_CODE3557 = 3557,
    INFO2SOFT_ERROR_CODE3558 = 3558,
    /** 工作机镜像过程中打开文件失败 */
    INFO2SOFT_ERROR_CODE3559 = 3559,
    /** 读取文件或者目录失败 */
    INFO2SOFT_ERROR_CODE3560 = 3560,
    /** 泛指读取文件失败 */
    INFO2SOFT_ERROR_CODE3561 = 3561,
    /** 备端打开文件或者卷设备失败 */
    INFO2SOFT_ERROR_CODE3562 = 3562,
    /** 备机打开文件失败 */
    INFO2SOFT_ERROR_CODE3563 = 3563,
    /** 创建线程失败 */
    INFO2SOFT_ERROR_CODE3564 = 3564,
    /** 错误的消息类型 */
    INFO2SOFT_ERROR_CODE3565 = 3565,
    /** 卷组扩展失败 */
    INFO2SOFT_ERROR_CODE3566 = 3566,
    /** 卷调整大小失败 */
    INFO2SOFT_ERROR_CODE3567 = 3567,
    /** 收到文件或者目录改名操作 */
    INFO2SOFT_ERROR_CODE3568 = 3568,
    INFO2SOFT_ERROR_CODE3569 = 3569,
    /** 泛指读取cfg文件出错，获取或者转换某种路径失败，比如根据源端的路径获取备端的映射路径失败 */
    INFO2SOFT_ERROR_CODE3570 = 3570,
    /** 非法路径 */
    INFO2SOFT_ERROR_CODE3571 = 3571,
    /** 同一任务多次提交或者启动 */
    INFO2SOFT_ERROR_CODE3572 = 3572,
    /** 创建快照失败 */
    INFO2SOFT_ERROR_CODE3573 = 3573,
    /** 保存文件属性信息失败 */
    INFO2SOFT_ERROR_CODE3574 = 3574,
    /** 消息序号重复 */
    INFO2SOFT_ERROR_CODE3575 = 3575,
    /** 灾备机路径mount重复 */
    INFO2SOFT_ERROR_CODE3576 = 3576,
    /** Umount卷设备失败 */
    INFO2SOFT_ERROR_CODE3577 = 3577,
    /** 写入Mirror文件列表失败 */
    INFO2SOFT_ERROR_CODE3578 = 3578,
    /** 读取Mirror文件列表失败 */
    INFO2SOFT_ERROR_CODE3579 = 3579,
    /** CDP数据库或者快照数据损坏或者不完整 */
    INFO2SOFT_ERROR_CODE3580 = 3580,
    /** 压缩错误 */
    INFO2SOFT_ERROR_CODE3581 = 3581,
    /** 解压错误 */
    INFO2SOFT_ERROR_CODE3582 = 3582,
    /** 挂载快照失败 */
    INFO2SOFT_ERROR_CODE3583 = 3583,
    INFO2SOFT_ERROR_CODE3584 = 3584,
    /** 更新namelog文件失败 */
    INFO2SOFT_ERROR_CODE3585 = 3585,
    /** 加密错误 */
    INFO2SOFT_ERROR_CODE3586 = 3586,
    /** 解密错误 */
    INFO2SOFT_ERROR_CODE3587 = 3587,
    /** 任务被锁定 */
    INFO2SOFT_ERROR_CODE3588 = 3588,
    INFO2SOFT_ERROR_CODE3589 = 3589,
    INFO2SOFT_ERROR_CODE3590 = 3590,
    /** 读取文件属性失败 */
    INFO2SOFT_ERROR_CODE3591 = 3591,
    /** 写入VM配置文件失 */
    INFO2SOFT_ERROR_CODE3592 = 3592,
    /** VM配置文件错误 */
    INFO2SOFT_ERROR_CODE3593 = 3593,
    /** VM配置项格式错误 */
    INFO2SOFT_ERROR_CODE3594 = 3594,
    INFO2SOFT_ERROR_CODE3595 = 3595,
    INFO2SOFT_ERROR_CODE3596 = 3596,
    INFO2SOFT_ERROR_CODE3597 = 3597,
    INFO2SOFT_ERROR_CODE3598 = 3598,
    /** 任务等待超时 */
    INFO2SOFT_ERROR_CODE3599 = 3599,
    /** 任务类型不支持 */
    INFO2SOFT_ERROR_CODE3600 = 3600,
    INFO2SOFT_ERROR_CODE3601 = 3601,
    /** 快照恢复失败 */
    INFO2SOFT_ERROR_CODE3602 = 3602,
    INFO2SOFT_ERROR_CODE3603 = 3603,
    INFO2SOFT_ERROR_CODE3604 = 3604,
    INFO2SOFT_ERROR_CODE3605 = 3605,
    INFO2SOFT_ERROR_CODE3606 = 3606,
    INFO2SOFT_ERROR_CODE3607 = 3607,
    INFO2SOFT_ERROR_CODE3608 = 3608,
    INFO2SOFT_ERROR_CODE3609 = 3609,
    INFO2SOFT_ERROR_CODE3610 = 3610,
    INFO2SOFT_ERROR_CODE3611 = 3611,
    INFO2SOFT_ERROR_CODE3612 = 3612,
    /** 内部运行错误 */
    INFO2SOFT_ERROR_CODE3801 = 3801,
    /** 版本不一致 */
    INFO2SOFT_ERROR_CODE3802 = 3802,
    /** 参数错误 */
    INFO2SOFT_ERROR_CODE3803 = 3803,
    /** 非预期的命令 */
    INFO2SOFT_ERROR_CODE3804 = 3804,
    /** 内存不足 */
    INFO2SOFT_ERROR_CODE3805 = 3805,
    /** Nas规则不存在 */
    INFO2SOFT_ERROR_CODE3806 = 3806,
    /** Nas规则重复 */
    INFO2SOFT_ERROR_CODE3807 = 3807,
    /** 网络数据格式不合法 */
    INFO2SOFT_ERROR_CODE3808 = 3808,
    /** 网络包分段错误 */
    INFO2SOFT_ERROR_CODE3809 = 3809,
    /** 网络发送错误 */
    INFO2SOFT_ERROR_CODE3810 = 3810,
    /** 网络连接错误 */
    INFO2SOFT_ERROR_CODE3812 = 3812,
    INFO2SOFT_ERROR_CODE3901 = 3901,
    INFO2SOFT_ERROR_CODE3902 = 3902,
    INFO2SOFT_ERROR_CODE3903 = 3903,
    INFO2SOFT_ERROR_CODE3904 = 3904,
    INFO2SOFT_ERROR_CODE3905 = 3905,
    INFO2SOFT_ERROR_CODE3906 = 3906,
    INFO2SOFT_ERROR_CODE3907 = 3907,
    INFO2SOFT_ERROR_CODE3908 = 3908,
    /** 打开文件失败 */
    INFO2SOFT_ERROR_CODE4000 = 4000,
    /** 创建线程失败 */
    INFO2SOFT_ERROR_CODE4001 = 4001,
    /** 申请内存失败 */
    INFO2SOFT_ERROR_CODE4002 = 4002,
    /** new指针失败 */
    INFO2SOFT_ERROR_CODE4003 = 4003,
    /** 将基类指针转化为继承类指针失败 */
    INFO2SOFT_ERROR_CODE4004 = 4004,
    /** 无效的监控类型 */
    INFO2SOFT_ERROR_CODE4005 = 4005,
    /** 插入uuid失败 */
    INFO2SOFT_ERROR_CODE4006 = 4006,
    /** sockfd无效或发送失败 */
    INFO2SOFT_ERROR_CODE4007 = 4007,
    /** HA状态为停止，设置绝色失败 */
    INFO2SOFT_ERROR_CODE4008 = 4008,
    /** rpc通信繁忙 */
    INFO2SOFT_ERROR_CODE4009 = 4009,
    /** uuid不存在 */
    INFO2SOFT_ERROR_CODE4050 = 4050,
    /** 错误的数据类型 */
    INFO2SOFT_ERROR_CODE4051 = 4051,
    /** 停止发送数据 */
    INFO2SOFT_ERROR_CODE4052 = 4052,
    /** 队列为空，弹出失败 */
    INFO2SOFT_ERROR_CODE4053 = 4053,
    /** msg数据为空 */
    INFO2SOFT_ERROR_CODE4054 = 4054,
    /** m_Data为空 */
    INFO2SOFT_ERROR_CODE4055 = 4055,
    /** HA规则uuid已存在 */
    INFO2SOFT_ERROR_CODE4100 = 4100,
    /** uuid对应的规则不存在 */
    INFO2SOFT_ERROR_CODE4101 = 4101,
    /** 插入uuid与HaNode指针失败 */
    INFO2SOFT_ERROR_CODE4102 = 4102,
    /** 删除HA规则失败 */
    INFO2SOFT_ERROR_CODE4103 = 4103,
    /** 强制切换主节点时规则状态错误 */
    INFO2SOFT_ERROR_CODE4104 = 4104,
    /** 当前节点不是从节点，切换成主节点失败 */
    INFO2SOFT_ERROR_CODE4105 = 4105,
    /** 修改HA规则失败,预修改传参有误或者节点上不存在该规则 */
    INFO2SOFT_ERROR_CODE4106 = 4106,
    /** 转换node参数时没有在nodelist中找到该uuid */
    INFO2SOFT_ERROR_CODE4150 = 4150,
    /** 修改HA规则，获取regnode.conf文件中的node_uuid失败 */
    INFO2SOFT_ERROR_CODE4151 = 4151,
    /** 获取regnode.conf中的logdir失败 */
    INFO2SOFT_ERROR_CODE4152 = 4152,
    /** 获取心跳任务失败 */
    INFO2SOFT_ERROR_CODE4200 = 4200,
    /** peer连接失败 */
    INFO2SOFT_ERROR_CODE4201 = 4201,
    /** 建立连接失败 */
    INFO2SOFT_ERROR_CODE4202 = 4202,
    /** 无效的peer连接 */
    INFO2SOFT_ERROR_CODE4203 = 4203,
    /** 发送的数据为空 */
    INFO2SOFT_ERROR_CODE4204 = 4204,
    /** IP转换出错 */
    INFO2SOFT_ERROR_CODE4205 = 4205,
    /** 等待发送 */
    INFO2SOFT_ERROR_CODE4206 = 4206,
    /** 连接超时 */
    INFO2SOFT_ERROR_CODE4207 = 4207,
    /** 发送参数错误 */
    INFO2SOFT_ERROR_CODE4208 = 4208,
    /** 尝试获取m_send_lock失败,可能有数据正在发送 */
    INFO2SOFT_ERROR_CODE4209 = 4209,
    /** 获取智能指针失败 */
    INFO2SOFT_ERROR_CODE4250 = 4250,
    /** 资源切换类型错误 */
    INFO2SOFT_ERROR_CODE4251 = 4251,
    /** 提交cmd失败 */
    INFO2SOFT_ERROR_CODE4300 = 4300,
    /** 仲裁通信方式不是TCP */
    INFO2SOFT_ERROR_CODE4350 = 4350,
    /** HaDebug命令行参数过多 */
    INFO2SOFT_ERROR_CODE5000 = 5000,
    /** HaDebug参数为0或者大于11 */
    INFO2SOFT_ERROR_CODE5001 = 5001,
    /** 传入参数错误 */
    INFO2SOFT_ERROR_CODE5002 = 5002,
    /** 发送失败 */
    INFO2SOFT_ERROR_CODE5003 = 5003,
    /** 接收的数据为空 */
    INFO2SOFT_ERROR_CODE5004 = 5004,
    /** 内存申请失败 */
    INFO2SOFT_ERROR_CODE5005 = 5005,
    /** 获取HaDebug信息失败 */
    INFO2SOFT_ERROR_CODE5006 = 5006,
    /** 操作成功 */
    INFO2SOFT_ERROR_CODE6024 = 6024,
    /** 未知主机 */
    INFO2SOFT_ERROR_CODE6025 = 6025,
    /** 注册句柄失败 */
    INFO2SOFT_ERROR_CODE6026 = 6026,
    /** npsvr启动失败 */
    INFO2SOFT_ERROR_CODE6027 = 6027,
    /** 版本错误 */
    INFO2SOFT_ERROR_CODE6028 = 6028,
    /** 创建文件失败 */
    INFO2SOFT_ERROR_CODE6030 = 6030,
    /** 文件不存在 */
    INFO2SOFT_ERROR_CODE6031 = 6031,
    /** 打开文件失败 */
    INFO2SOFT_ERROR_CODE6032 = 6032,
    /** 读文件失败 */
    INFO2SOFT_ERROR_CODE6033 = 6033,
    /** 写文件失败 */
    INFO2SOFT_ERROR_CODE6034 = 6034,
    /** 关闭文件失败 */
    INFO2SOFT_ERROR_CODE6035 = 6035,
    /** 删除文件失败 */
    INFO2SOFT_ERROR_CODE6036 = 6036,
    /** 日期格式化错误 */
    INFO2SOFT_ERROR_CODE6037 = 6037,
    /** 解码错误 */
    INFO2SOFT_ERROR_CODE6038 = 6038,
    /** 非数值 */
    INFO2SOFT_ERROR_CODE6039 = 6039,
    /** 非法操作 */
    INFO2SOFT_ERROR_CODE6040 = 6040,
    /** 设置证书可信错误 */
    INFO2SOFT_ERROR_CODE6056 = 6056,
    /** 保持连接错误 */
    INFO2SOFT_ERROR_CODE6057 = 6057,
    /** 内部错误 */
    INFO2SOFT_ERROR_CODE6061 = 6061,
    /** 平台不存在 */
    INFO2SOFT_ERROR_CODE6072 = 6072,
    /** 虚机不存在 */
    INFO2SOFT_ERROR_CODE6073 = 6073,
    /** 创建快照失败 */
    INFO2SOFT_ERROR_CODE6074 = 6074,
    /** 删除快照失败 */
    INFO2SOFT_ERROR_CODE6075 = 6075,
    /** 恢复快照失败 */
    INFO2SOFT_ERROR_CODE6076 = 6076,
    /** 规则冲突 */
    INFO2SOFT_ERROR_CODE6077 = 6077,
    /** 无法连接灾备机 */
    INFO2SOFT_ERROR_CODE6078 = 6078,
    /** 规则不存在 */
    INFO2SOFT_ERROR_CODE6079 = 6079,
    /** 规则启动失败 */
    INFO2SOFT_ERROR_CODE6080 = 6080,
    /** 规则停止失败 */
    INFO2SOFT_ERROR_CODE6081 = 6081,
    /** 规则删除失败 */
    INFO2SOFT_ERROR_CODE6082 = 6082,
    /** 无效任务 */
    INFO2SOFT_ERROR_CODE6084 = 6084,
    /** 参数错误 */
    INFO2SOFT_ERROR_CODE6085 = 6085,
    /** npsvr已被占用 */
    INFO2SOFT_ERROR_CODE6086 = 6086,
    /** 开启CTK失败 */
    INFO2SOFT_ERROR_CODE6087 = 6087,
    /** 查询变化数据失败 */
    INFO2SOFT_ERROR_CODE6088 = 6088,
    /** 未传输数据 */
    INFO2SOFT_ERROR_CODE6089 = 6089,
    /** 数据存储器不存在 */
    INFO2SOFT_ERROR_CODE6090 = 6090,
    /** 运行时错误 */
    INFO2SOFT_ERROR_CODE6091 = 6091,
    /** 连接虚拟平台错误 */
    INFO2SOFT_ERROR_CODE6092 = 6092,
    /** 虚拟机电源操作参数错误 */
    INFO2SOFT_ERROR_CODE6093 = 6093,
    /** 启动虚拟机失败 */
    INFO2SOFT_ERROR_CODE6094 = 6094,
    /** 停止虚拟机失败 */
    INFO2SOFT_ERROR_CODE6095 = 6095,
    /** 快照不存在 */
    INFO2SOFT_ERROR_CODE6096 = 6096,
    /** 创建虚拟机失败 */
    INFO2SOFT_ERROR_CODE6097 = 6097,
    /** 挂起客户机失败 */
    INFO2SOFT_ERROR_CODE6098 = 6098,
    /** 从挂起状态恢复失败 */
    INFO2SOFT_ERROR_CODE6099 = 6099,
    /** 虚拟化平台已经存在 */
    INFO2SOFT_ERROR_CODE6102 = 6102,
    /** 检查备份连续状态失败 */
    INFO2SOFT_ERROR_CODE6103 = 6103,
    /** 初始化备份空间失败 */
    INFO2SOFT_ERROR_CODE6104 = 6104,
    /** 删除虚机失败 */
    INFO2SOFT_ERROR_CODE6105 = 6105,
    /** 获取虚机配置失败 */
    INFO2SOFT_ERROR_CODE6106 = 6106,
    /** 重新配置磁盘失败 */
    INFO2SOFT_ERROR_CODE6107 = 6107,
    /** 获取状态或创建快照超时 */
    INFO2SOFT_ERROR_CODE6108 = 6108,
    /** 虚拟机CBT配置错误 */
    INFO2SOFT_ERROR_CODE6109 = 6109,
    /** 创建或挂载NFS存储失败 */
    INFO2SOFT_ERROR_CODE6110 = 6110,
    /** 删除或卸载数据存储失败 */
    INFO2SOFT_ERROR_CODE6111 = 6111,
};

/** The type of the codes. */
typedef int32_t info2soft_error_code;

#define INFO2SOFT_ERROR_COUNT 240
#define INFO2SOFT_ERROR_LANGUAGE_COUNT 1

/** The catalog's languages, the default first. */
static const char *const info2soft_error_languages[INFO2SOFT_ERROR_LANGUAGE_COUNT] = {"zh"};

/** A text and its length in bytes (it may hold NUL); `data` is NULL when there is none. */
typedef struct {
    const char *data;
    size_t size;
} info2soft_error_text;

/** What the catalog says about one code. */
typedef struct {
    info2soft_error_code code;
    const char *name;
    info2soft_error_text message[INFO2SOFT_ERROR_LANGUAGE_COUNT];
    info2soft_error_text description[INFO2SOFT_ERROR_LANGUAGE_COUNT];
    info2soft_error_text solution[INFO2SOFT_ERROR_LANGUAGE_COUNT];
    int http_status;
    const char *severity;
    const char *grpc;
    int retryable;
    const char *group;
} info2soft_error_entry;

static const info2soft_error_entry info2soft_error_entries[INFO2SOFT_ERROR_COUNT] = {
    {INFO2SOFT_ERROR_CODE1000, "Code1000", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1001, "Code1001", {{"argument err", 12}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1002, "Code1002", {{"exist rule,used in add", 22}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1003, "Code1003", {{"no exist rule", 13}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1004, "Code1004", {{"requset struct has some invalid argument", 40}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1005, "Code1005", {{"multithread may cause,we must invalid", 37}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1006, "Code1006", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1007, "Code1007", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1008, "Code1008", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1009, "Code1009", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1010, "Code1010", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1011, "Code1011", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1012, "Code1012", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1013, "Code1013", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1014, "Code1014", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1015, "Code1015", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1016, "Code1016", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1017, "Code1017", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1018, "Code1018", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1019, "Code1019", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1020, "Code1020", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1021, "Code1021", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1022, "Code1022", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1023, "Code1023", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1024, "Code1024", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1025, "Code1025", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request"},
    {INFO2SOFT_ERROR_CODE1030, "Code1030", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "request_extra"},
    {INFO2SOFT_ERROR_CODE3519, "Code3519", {{"复制规则重新启动", 24}}, {{NULL, 0}}, {{"重启系统，或者用户重启规则", 39}}, 500, "info", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3520, "Code3520", {{"复制规则重新启动完成", 30}}, {{NULL, 0}}, {{"镜像完成", 12}}, 500, "info", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3521, "Code3521", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3522, "Code3522", {{"网络连接错误", 18}}, {{NULL, 0}}, {{"工作机或者灾备机网络不通或者由于其它错误导致一端断开了网络，具体要看两端前后的日志", 123}}, 500, "info", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3523, "Code3523", {{"镜像任务被取消", 21}}, {{NULL, 0}}, {{"工作机端可能达到了内存和缓存磁盘的使用上限，或者停止规则，从而主动取消镜像任务。", 120}}, 500, "info", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3524, "Code3524", {{"连接状态改变", 18}}, {{NULL, 0}}, {{"这个错误通常是由其他错误引起的，需要进一步检查工作机或者灾备机报告的其他错误。", 117}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3525, "Code3525", {{"非法的任务", 15}}, {{NULL, 0}}, {{"通常是由于网络原因、灾备机重启或者其它错误导致灾备端的规则状态信息缺失", 105}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3526, "Code3526", {{"没有配置文件", 18}}, {{NULL, 0}}, {{"配置文件被非法删除", 27}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3527, "Code3527", {{"获取Linux卷组失败", 23}}, {{NULL, 0}}, {{"指定的卷组被删除或者访问失败", 42}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3528, "Code3528", {{"获取逻辑卷组失败", 24}}, {{NULL, 0}}, {{"指定的卷组被删除或者访问失败", 42}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3529, "Code3529", {{"没有找到对应的规则信息", 33}}, {{NULL, 0}}, {{"通常是由于网络原因、灾备机重启或者其它错误导致灾备端的规则状态信息缺失", 105}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3530, "Code3530", {{"文件Checksum错误", 20}}, {{NULL, 0}}, {{"文件不同步，尝试重新镜像", 36}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3531, "Code3531", {{"CDP 描述文件错误", 22}}, {{NULL, 0}}, {{"CDP的desc文件格式非法；CDP的版本和软件版本不一致；", 70}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3533, "Code3533", {{"读取CDP描述文件错误", 27}}, {{NULL, 0}}, {{"CDP描述文件未生成或者被非法删除", 45}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3534, "Code3534", {{"写入CDP描述文件错误", 27}}, {{NULL, 0}}, {{"CDP描述文件未生成或者被非法删除，比如磁盘满。", 66}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3535, "Code3535", {{"CDP处于错误或者不完整状态", 36}}, {{NULL, 0}}, {{"清空cdp，重新生成CDP", 27}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3536, "Code3536", {{"读取CDP错误", 15}}, {{NULL, 0}}, {{"CDP的版本和软件版本不一致；", 39}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3538, "Code3538", {{"泛指读取数据失败，比如从文件或者从开设备中读取数据失败。", 84}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3540, "Code3540", {{"读取CDP索引文件失败", 27}}, {{NULL, 0}}, {{"CDP索引文件未生成或者被非法删除", 45}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3541, "Code3541", {{"cdp恢复时写文件失败", 27}}, {{NULL, 0}}, {{"磁盘满或者文件系统访问异常", 39}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3542, "Code3542", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3543, "Code3543", {{"存在的CDP版本和软件不兼容", 36}}, {{NULL, 0}}, {{"软件版本升级，升级后的软件不兼容老的CDP；", 60}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3544, "Code3544", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3545, "Code3545", {{"写消息分片内容不正确", 30}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3546, "Code3546", {{"工作机和灾备机软件版本不兼容", 42}}, {{NULL, 0}}, {{"工作机/灾备机/控制机软件版本须一致或者兼容", 62}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3547, "Code3547", {{"时间戳错误", 15}}, {{NULL, 0}}, {{"可能节点修改了系统时间。", 36}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3548, "Code3548", {{"写入CDP索引文件失败", 27}}, {{NULL, 0}}, {{"检查磁盘", 12}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3549, "Code3549", {{"写入CDP数据文件失败", 27}}, {{NULL, 0}}, {{"检查磁盘", 12}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3550, "Code3550", {{"CDP索引文件损坏或者不完整", 36}}, {{NULL, 0}}, {{"清空CDP，重新生成CDP", 27}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3551, "Code3551", {{"删除快照失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "info", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3552, "Code3552", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3553, "Code3553", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3554, "Code3554", {{"灾备机收到的数据包序号不对", 39}}, {{NULL, 0}}, {{"网络异常，灾备系统可以自我恢复", 45}}, 500, "info", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3555, "Code3555", {{"拷贝文件错误", 18}}, {{NULL, 0}}, {{"检查灾备文件系统或者磁盘是否满", 45}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3556, "Code3556", {{"创建逻辑卷组失败", 24}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3557, "Code3557", {{"格式化逻辑卷组失败", 27}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3558, "Code3558", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3559, "Code3559", {{"工作机镜像过程中打开文件失败", 42}}, {{NULL, 0}}, {{"检查工作机/灾备机文件系统是否可以访问", 55}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3560, "Code3560", {{"读取文件或者目录失败", 30}}, {{NULL, 0}}, {{"检查灾备机文件系统是否可以访问", 45}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3561, "Code3561", {{"泛指读取文件失败", 24}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3562, "Code3562", {{"备端打开文件或者卷设备失败", 39}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3563, "Code3563", {{"备机打开文件失败", 24}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3564, "Code3564", {{"创建线程失败", 18}}, {{NULL, 0}}, {{"重启程序", 12}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3565, "Code3565", {{"错误的消息类型", 21}}, {{NULL, 0}}, {{"通常由于网络传输问题或者是软件版本不一致导致。检查程序组件版本。", 96}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3566, "Code3566", {{"卷组扩展失败", 18}}, {{NULL, 0}}, {{"灾备机卷组扩展失败", 27}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3567, "Code3567", {{"卷调整大小失败", 21}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3568, "Code3568", {{"收到文件或者目录改名操作", 36}}, {{NULL, 0}}, {{NULL, 0}}, 500, "info", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3569, "Code3569", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3570, "Code3570", {{"泛指读取cfg文件出错，获取或者转换某种路径失败，比如根据源端的路径获取备端的映射路径失败", 129}}, {{NULL, 0}}, {{"检查文件系统是否可以访问或者磁盘满，或者规则配置是否正确", 84}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3571, "Code3571", {{"非法路径", 12}}, {{NULL, 0}}, {{NULL, 0}}, 500, "info", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3572, "Code3572", {{"同一任务多次提交或者启动", 36}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3573, "Code3573", {{"创建快照失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3574, "Code3574", {{"保存文件属性信息失败", 30}}, {{NULL, 0}}, {{"检查文件系统是否可以访问或者磁盘满", 51}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3575, "Code3575", {{"消息序号重复", 18}}, {{NULL, 0}}, {{"复制过程中出现重复消息，可能由断网重连引起", 63}}, 500, "info", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3576, "Code3576", {{"灾备机路径mount重复", 26}}, {{NULL, 0}}, {{"灾备机在采用卷组存放数据时，一个路径被mount多次。", 71}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3577, "Code3577", {{"Umount卷设备失败", 21}}, {{NULL, 0}}, {{"卷正在被使用或者错误", 30}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3578, "Code3578", {{"写入Mirror文件列表失败", 30}}, {{NULL, 0}}, {{"磁盘满或者写入磁盘错误", 33}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3579, "Code3579", {{"读取Mirror文件列表失败", 30}}, {{NULL, 0}}, {{"列表文件被非法删除", 27}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3580, "Code3580", {{"CDP数据库或者快照数据损坏或者不完整", 51}}, {{NULL, 0}}, {{"CDP文件被非法删除或者磁盘满", 39}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3581, "Code3581", {{"压缩错误", 12}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3582, "Code3582", {{"解压错误", 12}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3583, "Code3583", {{"挂载快照失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3584, "Code3584", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3585, "Code3585", {{"更新namelog文件失败", 25}}, {{NULL, 0}}, {{"检查文件系统是否可以访问或者磁盘满", 51}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3586, "Code3586", {{"加密错误", 12}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3587, "Code3587", {{"解密错误", 12}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3588, "Code3588", {{"任务被锁定", 15}}, {{NULL, 0}}, {{"HA切换到灾备机之后，锁定灾备目录，不再接受来在工作机的数据。", 89}}, 500, "info", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3589, "Code3589", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3590, "Code3590", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3591, "Code3591", {{"读取文件属性失败", 24}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3592, "Code3592", {{"写入VM配置文件失", 23}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3593, "Code3593", {{"VM配置文件错误", 20}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3594, "Code3594", {{"VM配置项格式错误", 23}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3595, "Code3595", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3596, "Code3596", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3597, "Code3597", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3598, "Code3598", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3599, "Code3599", {{"任务等待超时", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3600, "Code3600", {{"任务类型不支持", 21}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3601, "Code3601", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3602, "Code3602", {{"快照恢复失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3603, "Code3603", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3604, "Code3604", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3605, "Code3605", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3606, "Code3606", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3607, "Code3607", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3608, "Code3608", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3609, "Code3609", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3610, "Code3610", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3611, "Code3611", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3612, "Code3612", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "replication"},
    {INFO2SOFT_ERROR_CODE3801, "Code3801", {{"内部运行错误", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "nas"},
    {INFO2SOFT_ERROR_CODE3802, "Code3802", {{"版本不一致", 15}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "nas"},
    {INFO2SOFT_ERROR_CODE3803, "Code3803", {{"参数错误", 12}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "nas"},
    {INFO2SOFT_ERROR_CODE3804, "Code3804", {{"非预期的命令", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "nas"},
    {INFO2SOFT_ERROR_CODE3805, "Code3805", {{"内存不足", 12}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "nas"},
    {INFO2SOFT_ERROR_CODE3806, "Code3806", {{"Nas规则不存在", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "nas"},
    {INFO2SOFT_ERROR_CODE3807, "Code3807", {{"Nas规则重复", 15}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "nas"},
    {INFO2SOFT_ERROR_CODE3808, "Code3808", {{"网络数据格式不合法", 27}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "nas"},
    {INFO2SOFT_ERROR_CODE3809, "Code3809", {{"网络包分段错误", 21}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "nas"},
    {INFO2SOFT_ERROR_CODE3810, "Code3810", {{"网络发送错误", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "nas"},
    {INFO2SOFT_ERROR_CODE3812, "Code3812", {{"网络连接错误", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "nas"},
    {INFO2SOFT_ERROR_CODE3901, "Code3901", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "undocumented_3900"},
    {INFO2SOFT_ERROR_CODE3902, "Code3902", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "undocumented_3900"},
    {INFO2SOFT_ERROR_CODE3903, "Code3903", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "undocumented_3900"},
    {INFO2SOFT_ERROR_CODE3904, "Code3904", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "undocumented_3900"},
    {INFO2SOFT_ERROR_CODE3905, "Code3905", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "undocumented_3900"},
    {INFO2SOFT_ERROR_CODE3906, "Code3906", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "undocumented_3900"},
    {INFO2SOFT_ERROR_CODE3907, "Code3907", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "undocumented_3900"},
    {INFO2SOFT_ERROR_CODE3908, "Code3908", {{"", 0}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "undocumented_3900"},
    {INFO2SOFT_ERROR_CODE4000, "Code4000", {{"打开文件失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_system"},
    {INFO2SOFT_ERROR_CODE4001, "Code4001", {{"创建线程失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_system"},
    {INFO2SOFT_ERROR_CODE4002, "Code4002", {{"申请内存失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_system"},
    {INFO2SOFT_ERROR_CODE4003, "Code4003", {{"new指针失败", 15}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_system"},
    {INFO2SOFT_ERROR_CODE4004, "Code4004", {{"将基类指针转化为继承类指针失败", 45}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_system"},
    {INFO2SOFT_ERROR_CODE4005, "Code4005", {{"无效的监控类型", 21}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_system"},
    {INFO2SOFT_ERROR_CODE4006, "Code4006", {{"插入uuid失败", 16}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_system"},
    {INFO2SOFT_ERROR_CODE4007, "Code4007", {{"sockfd无效或发送失败", 27}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_system"},
    {INFO2SOFT_ERROR_CODE4008, "Code4008", {{"HA状态为停止，设置绝色失败", 38}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_system"},
    {INFO2SOFT_ERROR_CODE4009, "Code4009", {{"rpc通信繁忙", 15}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_system"},
    {INFO2SOFT_ERROR_CODE4050, "Code4050", {{"uuid不存在", 13}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_data"},
    {INFO2SOFT_ERROR_CODE4051, "Code4051", {{"错误的数据类型", 21}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_data"},
    {INFO2SOFT_ERROR_CODE4052, "Code4052", {{"停止发送数据", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_data"},
    {INFO2SOFT_ERROR_CODE4053, "Code4053", {{"队列为空，弹出失败", 27}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_data"},
    {INFO2SOFT_ERROR_CODE4054, "Code4054", {{"msg数据为空", 15}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_data"},
    {INFO2SOFT_ERROR_CODE4055, "Code4055", {{"m_Data为空", 12}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_data"},
    {INFO2SOFT_ERROR_CODE4100, "Code4100", {{"HA规则uuid已存在", 21}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_rule"},
    {INFO2SOFT_ERROR_CODE4101, "Code4101", {{"uuid对应的规则不存在", 28}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_rule"},
    {INFO2SOFT_ERROR_CODE4102, "Code4102", {{"插入uuid与HaNode指针失败", 31}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_rule"},
    {INFO2SOFT_ERROR_CODE4103, "Code4103", {{"删除HA规则失败", 20}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_rule"},
    {INFO2SOFT_ERROR_CODE4104, "Code4104", {{"强制切换主节点时规则状态错误", 42}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_rule"},
    {INFO2SOFT_ERROR_CODE4105, "Code4105", {{"当前节点不是从节点，切换成主节点失败", 54}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_rule"},
    {INFO2SOFT_ERROR_CODE4106, "Code4106", {{"修改HA规则失败,预修改传参有误或者节点上不存在该规则", 75}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_rule"},
    {INFO2SOFT_ERROR_CODE4150, "Code4150", {{"转换node参数时没有在nodelist中找到该uuid", 52}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_node_config"},
    {INFO2SOFT_ERROR_CODE4151, "Code4151", {{"修改HA规则，获取regnode.conf文件中的node_uuid失败", 62}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_node_config"},
    {INFO2SOFT_ERROR_CODE4152, "Code4152", {{"获取regnode.conf中的logdir失败", 36}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_node_config"},
    {INFO2SOFT_ERROR_CODE4200, "Code4200", {{"获取心跳任务失败", 24}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_connection"},
    {INFO2SOFT_ERROR_CODE4201, "Code4201", {{"peer连接失败", 16}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_connection"},
    {INFO2SOFT_ERROR_CODE4202, "Code4202", {{"建立连接失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_connection"},
    {INFO2SOFT_ERROR_CODE4203, "Code4203", {{"无效的peer连接", 19}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_connection"},
    {INFO2SOFT_ERROR_CODE4204, "Code4204", {{"发送的数据为空", 21}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_connection"},
    {INFO2SOFT_ERROR_CODE4205, "Code4205", {{"IP转换出错", 14}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_connection"},
    {INFO2SOFT_ERROR_CODE4206, "Code4206", {{"等待发送", 12}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_connection"},
    {INFO2SOFT_ERROR_CODE4207, "Code4207", {{"连接超时", 12}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_connection"},
    {INFO2SOFT_ERROR_CODE4208, "Code4208", {{"发送参数错误", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_connection"},
    {INFO2SOFT_ERROR_CODE4209, "Code4209", {{"尝试获取m_send_lock失败,可能有数据正在发送", 57}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_connection"},
    {INFO2SOFT_ERROR_CODE4250, "Code4250", {{"获取智能指针失败", 24}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_resource"},
    {INFO2SOFT_ERROR_CODE4251, "Code4251", {{"资源切换类型错误", 24}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_resource"},
    {INFO2SOFT_ERROR_CODE4300, "Code4300", {{"提交cmd失败", 15}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_command"},
    {INFO2SOFT_ERROR_CODE4350, "Code4350", {{"仲裁通信方式不是TCP", 27}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_arbitration"},
    {INFO2SOFT_ERROR_CODE5000, "Code5000", {{"HaDebug命令行参数过多", 28}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_debug"},
    {INFO2SOFT_ERROR_CODE5001, "Code5001", {{"HaDebug参数为0或者大于11", 31}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_debug"},
    {INFO2SOFT_ERROR_CODE5002, "Code5002", {{"传入参数错误", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_debug"},
    {INFO2SOFT_ERROR_CODE5003, "Code5003", {{"发送失败", 12}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_debug"},
    {INFO2SOFT_ERROR_CODE5004, "Code5004", {{"接收的数据为空", 21}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_debug"},
    {INFO2SOFT_ERROR_CODE5005, "Code5005", {{"内存申请失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_debug"},
    {INFO2SOFT_ERROR_CODE5006, "Code5006", {{"获取HaDebug信息失败", 25}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "ha_debug"},
    {INFO2SOFT_ERROR_CODE6024, "Code6024", {{"操作成功", 12}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6025, "Code6025", {{"未知主机", 12}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6026, "Code6026", {{"注册句柄失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6027, "Code6027", {{"npsvr启动失败", 17}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6028, "Code6028", {{"版本错误", 12}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6030, "Code6030", {{"创建文件失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6031, "Code6031", {{"文件不存在", 15}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6032, "Code6032", {{"打开文件失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6033, "Code6033", {{"读文件失败", 15}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6034, "Code6034", {{"写文件失败", 15}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6035, "Code6035", {{"关闭文件失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6036, "Code6036", {{"删除文件失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6037, "Code6037", {{"日期格式化错误", 21}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6038, "Code6038", {{"解码错误", 12}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6039, "Code6039", {{"非数值", 9}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6040, "Code6040", {{"非法操作", 12}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6056, "Code6056", {{"设置证书可信错误", 24}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6057, "Code6057", {{"保持连接错误", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6061, "Code6061", {{"内部错误", 12}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6072, "Code6072", {{"平台不存在", 15}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6073, "Code6073", {{"虚机不存在", 15}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6074, "Code6074", {{"创建快照失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6075, "Code6075", {{"删除快照失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6076, "Code6076", {{"恢复快照失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6077, "Code6077", {{"规则冲突", 12}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6078, "Code6078", {{"无法连接灾备机", 21}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6079, "Code6079", {{"规则不存在", 15}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6080, "Code6080", {{"规则启动失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6081, "Code6081", {{"规则停止失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6082, "Code6082", {{"规则删除失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6084, "Code6084", {{"无效任务", 12}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6085, "Code6085", {{"参数错误", 12}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6086, "Code6086", {{"npsvr已被占用", 17}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6087, "Code6087", {{"开启CTK失败", 15}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6088, "Code6088", {{"查询变化数据失败", 24}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6089, "Code6089", {{"未传输数据", 15}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6090, "Code6090", {{"数据存储器不存在", 24}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6091, "Code6091", {{"运行时错误", 15}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6092, "Code6092", {{"连接虚拟平台错误", 24}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6093, "Code6093", {{"虚拟机电源操作参数错误", 33}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6094, "Code6094", {{"启动虚拟机失败", 21}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6095, "Code6095", {{"停止虚拟机失败", 21}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6096, "Code6096", {{"快照不存在", 15}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6097, "Code6097", {{"创建虚拟机失败", 21}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6098, "Code6098", {{"挂起客户机失败", 21}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6099, "Code6099", {{"从挂起状态恢复失败", 27}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6102, "Code6102", {{"虚拟化平台已经存在", 27}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6103, "Code6103", {{"检查备份连续状态失败", 30}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6104, "Code6104", {{"初始化备份空间失败", 27}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6105, "Code6105", {{"删除虚机失败", 18}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6106, "Code6106", {{"获取虚机配置失败", 24}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6107, "Code6107", {{"重新配置磁盘失败", 24}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6108, "Code6108", {{"获取状态或创建快照超时", 33}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6109, "Code6109", {{"虚拟机CBT配置错误", 24}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6110, "Code6110", {{"创建或挂载NFS存储失败", 30}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
    {INFO2SOFT_ERROR_CODE6111, "Code6111", {{"删除或卸载数据存储失败", 33}}, {{NULL, 0}}, {{NULL, 0}}, 500, "error", "INTERNAL", 0, "virtualization"},
};

#define INFO2SOFT_ERROR_CHECK(name, value) INFO2SOFT_ERROR_STATIC_ASSERT(name == value, #name " changed: run errcat export again");
INFO2SOFT_ERROR_CODES(INFO2SOFT_ERROR_CHECK)
INFO2SOFT_ERROR_STATIC_ASSERT(sizeof info2soft_error_entries / sizeof info2soft_error_entries[0] == INFO2SOFT_ERROR_COUNT, "the table lost a code: run errcat export again");

/** The entry of `code`, or NULL if the catalog has none (a binary search). */
static inline const info2soft_error_entry *info2soft_error_find(info2soft_error_code code) {
    size_t lo = 0, hi = sizeof info2soft_error_entries / sizeof info2soft_error_entries[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (info2soft_error_entries[mid].code < code) {
            lo = mid + 1;
        } else if (info2soft_error_entries[mid].code > code) {
            hi = mid;
        } else {
            return &info2soft_error_entries[mid];
        }
    }
    return NULL;
}

/** The index of `lang` among the catalog's languages (0, the default, for another). */
static inline size_t info2soft_error_language(const char *lang) {
    size_t i;
    for (i = 0; lang != NULL && i < sizeof info2soft_error_languages / sizeof info2soft_error_languages[0]; i++) {
        if (strcmp(info2soft_error_languages[i], lang) == 0) {
            return i;
        }
    }
    return 0;
}

/** Whether `code` is a code of the catalog. */
static inline int info2soft_error_is_known(info2soft_error_code code) {
    return info2soft_error_find(code) != NULL;
}

/** The code's name, or NULL for a code the catalog does not have. */
static inline const char *info2soft_error_name(info2soft_error_code code) {
    const info2soft_error_entry *entry = info2soft_error_find(code);
    return entry != NULL ? entry->name : NULL;
}

/** Sets `*code` to the code named `name` and returns 1, or returns 0. */
static inline int info2soft_error_from_name(const char *name, info2soft_error_code *code) {
    size_t i;
    for (i = 0; i < sizeof info2soft_error_entries / sizeof info2soft_error_entries[0]; i++) {
        if (strcmp(info2soft_error_entries[i].name, name) == 0) {
            *code = info2soft_error_entries[i].code;
            return 1;
        }
    }
    return 0;
}

/** The message in `lang` (the default language for another; empty for a code without one or an unknown code). */
static inline info2soft_error_text info2soft_error_message(info2soft_error_code code, const char *lang) {
    const info2soft_error_entry *entry = info2soft_error_find(code);
    info2soft_error_text none = {"", 0};
    return entry != NULL ? entry->message[info2soft_error_language(lang)] : none;
}

/** The description in `lang`; `data` is NULL when the code has none. */
static inline info2soft_error_text info2soft_error_description(info2soft_error_code code, const char *lang) {
    const info2soft_error_entry *entry = info2soft_error_find(code);
    info2soft_error_text none = {NULL, 0};
    return entry != NULL ? entry->description[info2soft_error_language(lang)] : none;
}

/** The cause and remedy in `lang`; `data` is NULL when the code has none. */
static inline info2soft_error_text info2soft_error_solution(info2soft_error_code code, const char *lang) {
    const info2soft_error_entry *entry = info2soft_error_find(code);
    info2soft_error_text none = {NULL, 0};
    return entry != NULL ? entry->solution[info2soft_error_language(lang)] : none;
}

/** The HTTP status the code maps to (500 for an unknown code). */
static inline int info2soft_error_http_status(info2soft_error_code code) {
    const info2soft_error_entry *entry = info2soft_error_find(code);
    return entry != NULL ? entry->http_status : 500;
}

/** How serious the code is: "info", "warning", "error" or "fatal" ("error" for an unknown code). */
static inline const char *info2soft_error_severity(info2soft_error_code code) {
    const info2soft_error_entry *entry = info2soft_error_find(code);
    return entry != NULL ? entry->severity : "error";
}

/** The gRPC code the error travels with, as google.rpc.Code spells it ("UNKNOWN" for an unknown code). */
static inline const char *info2soft_error_grpc_code(info2soft_error_code code) {
    const info2soft_error_entry *entry = info2soft_error_find(code);
    return entry != NULL ? entry->grpc : "UNKNOWN";
}

/** Whether trying again may succeed. */
static inline int info2soft_error_is_retryable(info2soft_error_code code) {
    const info2soft_error_entry *entry = info2soft_error_find(code);
    return entry != NULL && entry->retryable;
}

/** The name of the code's group, or NULL. */
static inline const char *info2soft_error_group(info2soft_error_code code) {
    const info2soft_error_entry *entry = info2soft_error_find(code);
    return entry != NULL ? entry->group : NULL;
}

/** The group whose range holds `code`, used or not, or NULL. */
static inline const char *info2soft_error_group_of_code(info2soft_error_code code) {
    if (code >= 1000 && code <= 1029) {
        return "request";
    }
    if (code >= 1030 && code <= 1099) {
        return "request_extra";
    }
    if (code >= 3500 && code <= 3799) {
        return "replication";
    }
    if (code >= 3800 && code <= 3899) {
        return "nas";
    }
    if (code >= 3900 && code <= 3999) {
        return "undocumented_3900";
    }
    if (code >= 4000 && code <= 4049) {
        return "ha_system";
    }
    if (code >= 4050 && code <= 4099) {
        return "ha_data";
    }
    if (code >= 4100 && code <= 4149) {
        return "ha_rule";
    }
    if (code >= 4150 && code <= 4199) {
        return "ha_node_config";
    }
    if (code >= 4200 && code <= 4249) {
        return "ha_connection";
    }
    if (code >= 4250 && code <= 4299) {
        return "ha_resource";
    }
    if (code >= 4300 && code <= 4349) {
        return "ha_command";
    }
    if (code >= 4350 && code <= 4399) {
        return "ha_arbitration";
    }
    if (code >= 5000 && code <= 5999) {
        return "ha_debug";
    }
    if (code >= 6000 && code <= 6999) {
        return "virtualization";
    }
    return NULL;
}

#ifdef __cplusplus
}
#endif

#endif /* INFO2SOFT_ERROR_H */
