//! The info2soft catalog: severities and solutions, undocumented codes, the
//! document's duplicated rows resolved.

mod common;

use errcat::Severity;

errcat::catalog!("examples/catalogs/info2soft.yaml");

use Info2softError as E;
use Info2softErrorGroup as G;

#[test]
fn every_row_once() {
    // 242 rows in the document, two of them repeats (3907, 4350).
    assert_eq!(E::ALL.len(), 240);
    assert_eq!(G::ALL.len(), 15, "one group per block between separator rows");
    assert_eq!(G::Replication.codes().len(), 91);
    assert_eq!(G::Virtualization.codes().len(), 56);
}

#[test]
fn rows_match_the_document() {
    // (code, message, severity, solution, group)
    let rows: [(i32, &str, Severity, Option<&str>, G); 12] = [
        (1001, "argument err", Severity::Error, None, G::Request),
        (1005, "multithread may cause,we must invalid", Severity::Error, None, G::Request),
        (3519, "复制规则重新启动", Severity::Info, Some("重启系统，或者用户重启规则"), G::Replication),
        (3522, "网络连接错误", Severity::Info, Some("工作机或者灾备机网络不通或者由于其它错误导致一端断开了网络，具体要看两端前后的日志"), G::Replication),
        (3531, "CDP 描述文件错误", Severity::Error, Some("CDP的desc文件格式非法；CDP的版本和软件版本不一致；"), G::Replication),
        (3538, "泛指读取数据失败，比如从文件或者从开设备中读取数据失败。", Severity::Error, None, G::Replication),
        (3570, "泛指读取cfg文件出错，获取或者转换某种路径失败，比如根据源端的路径获取备端的映射路径失败", Severity::Error, Some("检查文件系统是否可以访问或者磁盘满，或者规则配置是否正确"), G::Replication),
        (3812, "网络连接错误", Severity::Error, None, G::Nas),
        (4000, "打开文件失败", Severity::Error, None, G::HaSystem),
        (4350, "仲裁通信方式不是TCP", Severity::Error, None, G::HaArbitration),
        (5001, "HaDebug参数为0或者大于11", Severity::Error, None, G::HaDebug),
        (6111, "删除或卸载数据存储失败", Severity::Error, None, G::Virtualization),
    ];
    for (code, message, severity, solution, group) in rows {
        let e = E::from_code(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(e.message(), message);
        assert_eq!(e.severity(), severity);
        assert_eq!(e.solution(), solution);
        assert_eq!(e.solution_in("zh"), solution);
        assert_eq!(e.group(), group);
        assert_eq!(e.to_string(), message);
        assert_eq!(e.http_status(), 500);
    }
}

#[test]
fn undocumented_rows_stay_as_codes() {
    let blank = E::from_code(3521).unwrap();
    assert_eq!(blank, E::Code3521);
    assert_eq!(blank.message(), "");
    assert_eq!(blank.name(), "Code3521");
    assert_eq!(blank.to_string(), "Code3521");
    assert_eq!(E::Code3603.severity(), Severity::Error, "severity given without text");
    assert_eq!(E::Code3907.group(), G::Undocumented3900);
    assert_eq!(E::Code1030.group(), G::RequestExtra);
}

#[test]
fn ranges_classify_raw_codes() {
    assert_eq!(G::of_code(3532), Some(G::Replication), "a gap in the 35xx block");
    assert_eq!(G::of_code(6055), Some(G::Virtualization));
    assert_eq!(G::of_code(2000), None);
    assert_eq!(G::HaDebug.range(), Some(5000..=5999));
}

#[test]
fn round_trips() {
    common::assert_round_trips::<E>();
}
