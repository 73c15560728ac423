//! A WeChat-style catalogue, both ways, with bodies as WeChat really sends
//! them: `errcode`/`errmsg`, negative codes, Chinese messages, and success
//! data beside the code (or without any code at all).

use error_codes::{Envelope, ErrorCatalog, Failure};
use serde::{Deserialize, Serialize};
use serde_json::json;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(http = 200, envelope(code = "errcode", message = "errmsg", flatten))]
enum WeChatError {
    #[code(0, success, message = "ok")]
    Ok,
    /// 系统繁忙，此时请开发者稍候再试
    #[code(-1)]
    SystemBusy,
    /// 获取 access_token 时 AppSecret 错误，或者 access_token 无效。请开发者认真比对 AppSecret 的正确性，或查看是否正在为恰当的公众号调用接口
    #[code(40001)]
    InvalidCredential,
    /// 不合法的 AppID ，请开发者检查 AppID 的正确性，避免异常字符，注意大小写
    #[code(40013)]
    InvalidAppId,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Token {
    access_token: String,
    expires_in: u32,
}

type Reply = Envelope<WeChatError, Token>;

#[test]
fn bodies_as_wechat_sends_them() {
    // Success: no errcode at all, the data is the whole object.
    let reply: Reply =
        serde_json::from_str(r#"{"access_token":"ACCESS_TOKEN","expires_in":7200}"#).unwrap();
    assert_eq!(
        reply.into_result().unwrap(),
        Some(Token {
            access_token: "ACCESS_TOKEN".into(),
            expires_in: 7200
        })
    );
    // Success with the code and the data beside it.
    let reply: Reply =
        serde_json::from_str(r#"{"errcode":0,"errmsg":"ok","access_token":"T","expires_in":7200}"#)
            .unwrap();
    assert_eq!(reply.data().map(|token| token.expires_in), Some(7200));
    // A data-less success.
    let reply: Envelope<WeChatError> =
        serde_json::from_str(r#"{"errcode":0,"errmsg":"ok"}"#).unwrap();
    assert!(reply.is_success() && reply.data().is_none());
    // Errors, in WeChat's own English wording: the peer's message is kept.
    let reply: Reply =
        serde_json::from_str(r#"{"errcode":40013,"errmsg":"invalid appid"}"#).unwrap();
    let failure = reply.into_result().unwrap_err();
    assert_eq!(failure.known(), Some(&WeChatError::InvalidAppId));
    assert_eq!(failure.message(), "invalid appid");
    assert!(failure.detail().is_none());
    let reply: Reply = serde_json::from_str(r#"{"errcode":-1,"errmsg":"system error"}"#).unwrap();
    assert_eq!(
        reply.into_result().unwrap_err().known(),
        Some(&WeChatError::SystemBusy)
    );
    // An undeclared code keeps everything: code, message, the other fields.
    let reply: Reply = serde_json::from_str(
        r#"{"errcode":45009,"errmsg":"reach max api daily quota limit","rid":"6123"}"#,
    )
    .unwrap();
    let Err(Failure::Unknown {
        code,
        message,
        detail,
        ..
    }) = reply.into_result()
    else {
        panic!("not unknown")
    };
    assert_eq!(
        (code, message.as_ref()),
        (45009, "reach max api daily quota limit")
    );
    assert_eq!(detail.unwrap().to_value().unwrap(), json!({"rid": "6123"}));
}

#[test]
fn written_as_wechat_writes_them() {
    let token = Token {
        access_token: "T".into(),
        expires_in: 7200,
    };
    let body = serde_json::to_string(&Reply::success(token)).unwrap();
    assert_eq!(
        body,
        r#"{"errcode":0,"errmsg":"ok","access_token":"T","expires_in":7200}"#
    );
    let back: Reply = serde_json::from_str(&body).unwrap();
    assert_eq!(
        back.data().map(|token| token.access_token.as_str()),
        Some("T")
    );
    let body = serde_json::to_string(&Envelope::<WeChatError>::ok()).unwrap();
    assert_eq!(body, r#"{"errcode":0,"errmsg":"ok"}"#);
    let body = serde_json::to_string(&Reply::error(WeChatError::InvalidAppId)).unwrap();
    assert_eq!(
        body,
        r#"{"errcode":40013,"errmsg":"不合法的 AppID ，请开发者检查 AppID 的正确性，避免异常字符，注意大小写"}"#
    );
    let back: Reply = serde_json::from_str(&body).unwrap();
    assert_eq!(back, Reply::error(WeChatError::InvalidAppId));
    let body = serde_json::to_string(&Reply::error(WeChatError::SystemBusy)).unwrap();
    assert!(
        body.starts_with(r#"{"errcode":-1,"errmsg":"系统繁忙"#),
        "{body}"
    );
    // Every entry round trips.
    for entry in WeChatError::entries() {
        let value = WeChatError::from_code(entry.code).unwrap();
        let body = serde_json::to_string(&Envelope::<WeChatError>::error(value)).unwrap();
        let back: Envelope<WeChatError> = serde_json::from_str(&body).unwrap();
        assert_eq!(back.code(), Some(entry.code), "{body}");
        assert_eq!(back.message(), entry.message, "{body}");
    }
}

/// A variant's own fields as the failure's data, when asked with `data`;
/// never by default.
#[derive(Debug, ErrorCatalog)]
enum Limits {
    #[code(0, success, message = "ok")]
    Ok,
    /// Per-second rate limit exceeded.
    #[code(42901, data)]
    RateLimited {
        retry_after: u32,
        r#type: &'static str,
    },
    /// Daily quota exceeded.
    #[code(42902)]
    QuotaExceeded { account: u64 },
}

/// The same, composed: the detail comes along.
#[derive(Debug, ErrorCatalog)]
enum Api {
    #[code(1, success, message = "ok")]
    Ok,
    #[code(transparent, offset = 100_000)]
    Limits(Limits),
}

#[test]
fn variant_fields_as_failure_data_when_asked() {
    let limited = Limits::RateLimited {
        retry_after: 3,
        r#type: "rps",
    };
    let body = serde_json::to_string(&Envelope::<Limits>::error(limited)).unwrap();
    assert_eq!(
        body,
        r#"{"code":42901,"message":"Per-second rate limit exceeded.","data":{"retry_after":3,"type":"rps"}}"#
    );
    let quota = Limits::QuotaExceeded { account: 7 };
    let body = serde_json::to_string(&Envelope::<Limits>::error(quota)).unwrap();
    assert_eq!(
        body,
        r#"{"code":42902,"message":"Daily quota exceeded.","data":null}"#
    );
    let composed = Api::Limits(Limits::RateLimited {
        retry_after: 5,
        r#type: "rps",
    });
    let body = serde_json::to_string(&Envelope::<Api>::error(composed)).unwrap();
    assert_eq!(
        body,
        r#"{"code":142901,"message":"Per-second rate limit exceeded.","data":{"retry_after":5,"type":"rps"}}"#
    );
    if let Api::Limits(Limits::QuotaExceeded { account }) =
        Api::Limits(Limits::QuotaExceeded { account: 9 })
    {
        assert_eq!(account, 9);
    }
}
