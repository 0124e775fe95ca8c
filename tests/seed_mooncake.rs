//! The two Mooncake catalogs: zh and en texts from the two documents, values
//! from the C headers, 0 as success.

mod common;

errcat::catalog!("examples/catalogs/mooncake_transfer_engine.yaml");
errcat::catalog!("examples/catalogs/mooncake_store.yaml");

use StoreError as S;
use StoreErrorGroup as SG;
use TransferEngineError as T;
use TransferEngineErrorGroup as TG;

#[test]
fn transfer_engine_codes_and_groups() {
    assert_eq!(T::ALL.len(), 17, "15 documented codes plus ERR_CONTEXT and ERR_NOT_IMPLEMENTED");
    assert_eq!(T::from_code(0), None, "0 is success, not an error");
    let sizes: Vec<usize> = TG::ALL.iter().map(|g| g.codes().len()).collect();
    assert_eq!(sizes, [6, 4, 7]);
    // (code, variant, name, zh, en, group)
    let rows: [(i32, T, &str, &str, &str, TG); 10] = [
        (-1, T::InvalidArgument, "ERR_INVALID_ARGUMENT", "用户输入参数不正确（且无法细化为该组错误中其余各项）", "Input parameters are incorrect (and cannot be detailed into other items in this group)", TG::ErrorArgs),
        (-2, T::TooManyRequests, "ERR_TOO_MANY_REQUESTS", "用户调用 SubmitTransfer 接口时，传入的 Request 数量超出分配 BatchID 指定的最大值", "The number of requests passed by the user when calling the `SubmitTransfer` interface exceeds the maximum value specified by the allocated `BatchID`", TG::ErrorArgs),
        (-4, T::BatchBusy, "ERR_BATCH_BUSY", "用户尝试对一个正在执行 Request 的 BatchID 进行回收操作", "Reclaim a `BatchID` that is currently executing a request", TG::ErrorArgs),
        (-6, T::DeviceNotFound, "ERR_DEVICE_NOT_FOUND", "没有一个可用的 RDMA 设备以执行用户请求的 Request", "No available RDMA device to execute the user\u{2019}s request", TG::ErrorArgs),
        (-7, T::AddressOverlapped, "ERR_ADDRESS_OVERLAPPED", "多次注册重叠的内存区域", "Registering overlapping memory areas multiple times", TG::ErrorArgs),
        (-101, T::Dns, "ERR_DNS", "用户输入的 local server name 不是一个有效的 DNS 主机名或 IP 地址，导致其他节点无法与该设备握手", "Local server name is not a valid DNS hostname or IP address, preventing other nodes from handshaking with this node", TG::Handshake),
        (-104, T::RejectHandshake, "ERR_REJECT_HANDSHAKE", "对方因配置等原因主动拒绝握手", "Peer rejects the handshake due to peer\u{2019}s errors", TG::Handshake),
        (-201, T::Endpoint, "ERR_ENDPOINT", "创建及使用 RdmaEndPoint 对象期间发生异常", "Exceptions during the creation and use of `RdmaEndPoint` objects", TG::Other),
        (-301, T::Clock, "ERR_CLOCK", "系统不支持 clock_gettime 接口", "The system does not support `clock_gettime` interface", TG::Other),
        (-302, T::Memory, "ERR_MEMORY", "分配内存已满", "Out of memory", TG::Other),
    ];
    for (code, variant, name, zh, en, group) in rows {
        assert_eq!(T::from_code(code), Some(variant));
        assert_eq!(variant.name(), name);
        assert_eq!(variant.message(), zh, "zh is the default language");
        assert_eq!(variant.message_in("zh"), zh);
        assert_eq!(variant.message_in("en"), en);
        assert_eq!(variant.message_in("fr"), zh, "unknown language falls back to the default");
        assert_eq!(variant.group(), group);
        assert_eq!(variant.http_status(), 500);
        assert_eq!(variant.to_string(), zh);
    }
    for undocumented in [T::Context, T::NotImplemented] {
        assert_eq!(undocumented.message(), "");
        assert_eq!(undocumented.message_in("en"), "");
        assert_eq!(undocumented.group(), TG::Other);
    }
    assert_eq!(T::NotImplemented.code(), -303);
    assert_eq!(T::Context.to_string(), "Context", "Display falls back to the variant");
    assert_eq!(TG::of_code(-5), Some(TG::ErrorArgs), "gap in the numbering, still classified");
    assert_eq!(TG::of_code(-250), Some(TG::Other));
    assert_eq!(TG::of_code(0), None);
    assert_eq!(TG::Handshake.range(), Some(-199..=-100));
}

#[test]
fn store_codes_and_groups() {
    assert_eq!(S::ALL.len(), 32);
    assert_eq!(S::from_code(0), None);
    assert_eq!(SG::ALL.len(), 13);
    // (code, variant, zh, en, group)
    let rows: [(i32, S, &str, &str, SG); 11] = [
        (-1, S::InternalError, "发生内部错误", "Internal error occurred", SG::Internal),
        (
            -10,
            S::BufferOverflow,
            "缓冲区空间不足",
            "Insufficient buffer space",
            SG::BufferAllocation,
        ),
        (
            -101,
            S::SegmentNotFound,
            "未找到可用的分片",
            "No available segments found",
            SG::SegmentSelection,
        ),
        (
            -200,
            S::NoAvailableHandle,
            "由于空间不足，内存分配失败",
            "Memory allocation failed due to insufficient space.",
            SG::HandleSelection,
        ),
        (-600, S::InvalidParams, "参数无效", "Invalid parameters", SG::Parameter),
        (-704, S::ObjectNotFound, "未找到对象", "Object not found", SG::EngineOperation),
        (-706, S::ObjectHasLease, "对象存在租约", "Object has lease", SG::EngineOperation),
        (-900, S::RpcFail, "RPC 操作失败", "RPC operation failed", SG::Rpc),
        (
            -1011,
            S::UnavailableInCurrentMode,
            "当前模式下请求不可执行",
            "Request cannot be done in current mode",
            SG::HighAvailability,
        ),
        (
            -1101,
            S::FileOpenFail,
            "打开文件或写入已有文件时发生错误",
            "Error opening file or writing to an existing file",
            SG::File,
        ),
        (-1106, S::FileInvalidHandle, "无效的文件句柄", "Invalid file handle", SG::File),
    ];
    for (code, variant, zh, en, group) in rows {
        assert_eq!(S::from_code(code), Some(variant));
        assert_eq!(variant.message(), zh);
        assert_eq!(variant.message_in("en"), en);
        assert_eq!(variant.group(), group);
        assert_eq!(variant.to_string(), zh);
    }
    assert_eq!(S::ObjectNotFound.name(), "OBJECT_NOT_FOUND");
    assert_eq!(S::from_name("OBJECT_NOT_FOUND"), Some(S::ObjectNotFound));
    assert_eq!(SG::of_code(-713), Some(SG::EngineOperation), "in the source, not in the documents");
    assert_eq!(SG::of_code(-1200), None, "no documented group owns -1200");
    assert_eq!(SG::HighAvailability.name(), "high_availability");
}

#[test]
fn round_trips() {
    common::assert_round_trips::<T>();
    common::assert_round_trips::<S>();
}
