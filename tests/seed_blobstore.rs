//! The CubeFS blobstore catalog reproduces its document row for row.

mod common;

use errcat::Severity;

errcat::catalog!("examples/catalogs/blobstore.yaml");

use BlobstoreError as E;
use BlobstoreErrorGroup as G;

#[test]
fn every_documented_code_is_there() {
    assert_eq!(E::ALL.len(), 71);
    let per_group: Vec<(G, usize)> = G::ALL.iter().map(|g| (*g, g.codes().len())).collect();
    assert_eq!(
        per_group,
        [(G::Access, 3), (G::Proxy, 3), (G::Clustermgr, 30), (G::Blobnode, 34), (G::Scheduler, 1)]
    );
}

#[test]
fn rows_match_the_document() {
    // (code, name, message, zh description, group)
    let rows: [(i32, &str, &str, &str, G); 12] = [
        (551, "CodeAccessServiceDiscovery", "access client service discovery disconnect", "access client 无法从consul发现可用的access节点", G::Access),
        (553, "CodeAccessExceedSize", "access exceed object size", "上传文件超过最大大小限制", G::Access),
        (801, "CodeNoAvaliableVolume", "this codemode has no avaliable volume", "对应编码模式没有可用卷", G::Proxy),
        (803, "CodeClusterIDNotMatch", "clusterId not match", "请求的clusterID和proxy服务所在的clusterID不一致", G::Proxy),
        (900, "CodeCMUnexpect", "cm: unexpected error", "出现内部错误", G::Clustermgr),
        (923, "CodeInvalidIDC", "request params error,invalid idc", "请求参数错误，idc非法", G::Clustermgr),
        (930, "CodeDroppedDiskHasVolumeUnit", "dropped disk still has volume unit remain, migrate them firstly", "不能提前标记磁盘下线完成，改磁盘还有剩余chunk，需要先迁移完成", G::Clustermgr),
        (933, "CodeRejectDeleteSystemConfig", "reject delete system config", "系统配置不允许删除", G::Clustermgr),
        (600, "CodeInvalidParam", "blobnode: invalid params", "参数错误", G::Blobnode),
        (652, "CodeShardSizeTooLarge", "shard size too large", "shard的size超过阈值(1<<32 - 1)", G::Blobnode),
        (671, "CodeOrphanShard", "shard is an orphan", "shard为孤本无法执行数据修补，Scheduler发起修补时如果遇到此错误则会记录相关孤本信息", G::Blobnode),
        (700, "CodeNotingTodo", "nothing to do", "BlobNode服务请求Scheduler拉取后台任务时，如果没有相关任务可做，Scheduler则会返回此状态码，可以忽略", G::Scheduler),
    ];
    for (code, name, message, description, group) in rows {
        let e = E::from_code(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(e.name(), name);
        assert_eq!(e.message(), message);
        assert_eq!(e.message_in("zh"), message, "zh falls back to the English message");
        assert_eq!(e.description_in("zh"), Some(description));
        assert_eq!(e.description(), Some(description), "en falls back to the zh description");
        assert_eq!(e.http_status(), u16::try_from(code).unwrap());
        assert_eq!(e.group(), group);
        assert_eq!(e.severity(), Severity::Error);
        assert!(!e.is_retryable());
        assert_eq!(e.to_string(), message);
    }
}

#[test]
fn variants_drop_the_code_prefix() {
    assert_eq!(E::ShardSizeTooLarge.code(), 652);
    assert_eq!(format!("{:?}", E::AccessServiceDiscovery), "AccessServiceDiscovery");
    assert_eq!(E::from_name("CodeDiskNotFound"), Some(E::DiskNotFound));
    assert_eq!(E::from_name("DiskNotFound"), None, "from_name takes name() exactly");
}

#[test]
fn ranges_classify_raw_codes() {
    assert_eq!(G::Access.range(), Some(550..=599));
    assert_eq!(G::Proxy.range(), Some(800..=899));
    assert_eq!(G::of_code(599), Some(G::Access));
    assert_eq!(G::of_code(650), Some(G::Blobnode), "unknown code inside a range");
    assert_eq!(E::from_code(650), None);
    assert_eq!(G::of_code(799), Some(G::Scheduler));
    assert_eq!(G::of_code(1000), None);
    assert_eq!(G::of_code(0), None);
    assert!(G::Clustermgr.contains(999));
    assert!(!G::Clustermgr.contains(899));
    assert_eq!(G::Blobnode.name(), "blobnode");
    assert_eq!(G::Blobnode.to_string(), "blobnode");
    assert!(G::Blobnode.codes().iter().all(|e| e.group() == G::Blobnode));
}

#[test]
fn conversions_report_unknown_input() {
    assert_eq!(E::try_from(650), Err(errcat::UnknownCode(650)));
    assert_eq!(i32::from(E::NoLeader), 907);
    let err = "NoSuchCode".parse::<E>().unwrap_err();
    assert_eq!(err.name(), "NoSuchCode");
}

#[test]
fn round_trips() {
    common::assert_round_trips::<E>();
}
