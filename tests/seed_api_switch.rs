//! The API Switch catalog: one group per hundred, HTTP statuses per code.

mod common;

use errcat::Severity;

errcat::catalog!("examples/catalogs/api_switch.yaml");

use ApiSwitchError as E;
use ApiSwitchErrorGroup as G;

#[test]
fn every_constant_once() {
    assert_eq!(E::ALL.len(), 103);
    let sizes: Vec<(G, usize)> = G::ALL.iter().map(|g| (*g, g.codes().len())).collect();
    assert_eq!(
        sizes,
        [
            (G::General, 6),
            (G::Token, 1),
            (G::App, 15),
            (G::Volume, 56),
            (G::QuotaProject, 2),
            (G::Stack, 20),
            (G::Configmap, 3)
        ]
    );
}

#[test]
fn rows_match_the_document() {
    // (code, variant, name, message, http, group)
    let rows: [(i32, E, &str, &str, u16, G); 12] = [
        (10001, E::IllegalParameter, "ILLEGAL_PARAMETER", "参数不合法", 400, G::General),
        (10002, E::ServerNotFound, "SERVER_NOT_FOUND", "未找到相应主机", 404, G::General),
        (10004, E::InternalError, "INTERNAL_ERROR", "内部错误", 500, G::General),
        (10006, E::Forbidden, "FORBIDDEN", "禁止访问", 403, G::General),
        (10101, E::TokenInvalid, "TOKEN_INVALID", "TOKEN不合法", 401, G::Token),
        (10202, E::AppNameDuplicated, "APP_NAME_DUPLICATED", "应用名称已被占用", 409, G::App),
        (
            10220,
            E::SubmittingInProgress,
            "SUBMITTING_IN_PROGRESS",
            "提交中暂时不能删除",
            409,
            G::App,
        ),
        (
            10317,
            E::VolExtExceedQuota,
            "VOL_EXT_EXCEED_QUOTA",
            "超出云硬盘容量配额，暂时无法进行扩容",
            403,
            G::Volume,
        ),
        (10344, E::VolNotExists, "VOL_NOT_EXISTS", "云盘不存在", 404, G::Volume),
        (10509, E::ProjectNotExist, "PROJECT_NOT_EXIST", "业务不存在", 404, G::QuotaProject),
        (10602, E::SyntaxNotSupport, "SYNTAX_NOT_SUPPORT", "部分语法不支持", 400, G::Stack),
        (
            10913,
            E::ConfigmapKeyNameError,
            "CONFIGMAP_KEY_NAME_ERROR",
            "应用配置项名称不合法",
            400,
            G::Configmap,
        ),
    ];
    for (code, variant, name, message, http, group) in rows {
        assert_eq!(E::from_code(code), Some(variant));
        assert_eq!(variant.name(), name);
        assert_eq!(name.parse::<E>(), Ok(variant));
        assert_eq!(variant.message(), message);
        assert_eq!(variant.http_status(), http);
        assert_eq!(variant.group(), group);
        assert_eq!(variant.to_string(), message);
    }
    assert_eq!(E::VolumeNotFound.message(), "", "no comment in the document");
    assert_eq!(E::VolumeNotFound.to_string(), "VolumeNotFound");
    assert_eq!(E::VolExpWait.severity(), Severity::Info);
    assert!(E::VolExpWait.is_retryable());
    assert!(!E::IllegalParameter.is_retryable());
}

#[test]
fn ranges_classify_raw_codes() {
    assert_eq!(G::of_code(10250), Some(G::App));
    assert_eq!(G::of_code(10400), None, "the document uses no 104xx codes");
    assert_eq!(G::of_code(10999), Some(G::Configmap));
    assert!(G::Volume.contains(10399));
}

#[test]
fn round_trips() {
    common::assert_round_trips::<E>();
}
