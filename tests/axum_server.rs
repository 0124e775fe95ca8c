//! Feature `axum`: the API Switch example server, started on an ephemeral
//! loopback port and called over real HTTP with reqwest. Status, headers and
//! the exact body bytes, for zh and en requests, plain bodies and problem+json.
#![cfg(feature = "axum")]

#[path = "../examples/api_switch_server.rs"]
mod server;

use reqwest::header::{CONTENT_LANGUAGE, CONTENT_TYPE, VARY};

struct Answer {
    status: u16,
    content_type: String,
    content_language: String,
    vary: Option<String>,
    body: String,
}

/// GETs `path` from a fresh server, with `Accept-Language: accept` if given.
async fn get(path: &str, accept: Option<&str>) -> Answer {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let serving = tokio::spawn(server::serve(listener));
    let mut request = reqwest::Client::new().get(format!("http://{address}{path}"));
    if let Some(accept) = accept {
        request = request.header("Accept-Language", accept);
    }
    let response = request.send().await.unwrap();
    let header = |name| {
        response
            .headers()
            .get(name)
            .map(|v: &reqwest::header::HeaderValue| v.to_str().unwrap().to_owned())
    };
    let (content_type, content_language) =
        (header(CONTENT_TYPE).unwrap_or_default(), header(CONTENT_LANGUAGE).unwrap_or_default());
    let vary = header(VARY);
    let status = response.status().as_u16();
    let body = response.text().await.unwrap();
    serving.abort();
    Answer { status, content_type, content_language, vary, body }
}

#[tokio::test]
async fn a_handler_error_is_the_documented_body() {
    for accept in [None, Some("zh-CN,zh;q=0.9"), Some("en-US,en;q=0.9")] {
        let answer = get("/apps/billing", accept).await;
        assert_eq!(answer.status, 404);
        assert_eq!(answer.content_type, "application/json");
        // API Switch documents Chinese texts only: English requests get them too.
        assert_eq!(answer.content_language, "zh");
        // One language: the answer does not vary with Accept-Language.
        assert_eq!(answer.vary, None);
        assert_eq!(answer.body, r#"{"Code":10205,"Message":"未找到应用"}"#, "{accept:?}");
    }
    let ok = get("/apps/demo", None).await;
    assert_eq!((ok.status, ok.body.as_str()), (200, "demo is running"));
}

#[tokio::test]
async fn a_problem_is_problem_json() {
    let answer = get("/volumes/7", Some("en")).await;
    assert_eq!(answer.status, 404);
    assert_eq!(answer.content_type, "application/problem+json");
    assert_eq!(
        answer.body,
        r#"{"type":"https://errors.example.invalid/api-switch/10344","title":"云盘不存在","status":404,"instance":"/volumes/7","code":10344}"#
    );
}

#[tokio::test]
async fn accept_language_picks_the_message_language() {
    let zh = r#"{"code":-1,"message":"用户输入参数不正确（且无法细化为该组错误中其余各项）"}"#;
    let en = r#"{"code":-1,"message":"Input parameters are incorrect (and cannot be detailed into other items in this group)"}"#;
    let cases = [
        (None, "zh", zh),
        (Some("en-US,en;q=0.9,zh;q=0.8"), "en", en),
        (Some("zh-CN,zh;q=0.9,en;q=0.8"), "zh", zh),
        (Some("fr, en;q=0.5"), "en", en),
        (Some("fr"), "zh", zh),
        (Some("en;q=0, zh;q=0.1"), "zh", zh),
    ];
    for (accept, language, body) in cases {
        let answer = get("/transfers/3", accept).await;
        assert_eq!((answer.status, answer.content_type.as_str()), (500, "application/json"));
        assert_eq!(answer.content_language, language, "{accept:?}");
        assert_eq!(answer.vary.as_deref(), Some("accept-language"));
        assert_eq!(answer.body, body, "{accept:?}");
    }
}

#[tokio::test]
async fn a_language_the_handler_chose_is_kept() {
    let answer = get("/transfers/3/zh", Some("en")).await;
    assert_eq!((answer.status, answer.content_language.as_str()), (500, "zh"));
    assert_eq!(answer.vary, None);
    assert_eq!(
        answer.body,
        r#"{"code":-1,"message":"用户输入参数不正确（且无法细化为该组错误中其余各项）"}"#
    );
}

#[tokio::test]
async fn problems_are_localized_too() {
    let answer = get("/transfers/3/problem", Some("en")).await;
    assert_eq!((answer.status, answer.content_language.as_str()), (500, "en"));
    assert_eq!(answer.content_type, "application/problem+json");
    assert_eq!(
        answer.body,
        r#"{"title":"Input parameters are incorrect (and cannot be detailed into other items in this group)","status":500,"instance":"/transfers/3","code":-1}"#
    );
}

#[tokio::test]
async fn an_error_with_arguments_is_rendered_in_the_negotiated_language() {
    let en = get("/hosts/node-3/disks/7", None).await;
    assert_eq!((en.status, en.content_type.as_str()), (503, "application/json"));
    assert_eq!(en.content_language, "en");
    assert_eq!(en.vary.as_deref(), Some("accept-language"));
    assert_eq!(
        en.body,
        r#"{"code":611,"message":"disk 7 not found on node-3","args":{"disk_id":7,"host":"node-3"}}"#
    );
    let zh = get("/hosts/node-3/disks/7", Some("zh-CN,zh;q=0.9,en;q=0.5")).await;
    assert_eq!(zh.content_language, "zh");
    assert_eq!(
        zh.body,
        r#"{"code":611,"message":"主机 node-3 上的磁盘 7 不存在","args":{"disk_id":7,"host":"node-3"}}"#
    );
    let problem = get("/hosts/node-3/disks/7/problem", Some("zh")).await;
    assert_eq!(problem.content_type, "application/problem+json");
    assert_eq!(
        problem.body,
        r#"{"type":"https://errors.example.com/storage/611","title":"主机 {host} 上的磁盘 {disk_id} 不存在","status":503,"detail":"主机 node-3 上的磁盘 7 不存在","code":611,"disk_id":7,"host":"node-3"}"#
    );
}
