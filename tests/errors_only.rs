//! `#[catalog(errors_only)]`: APIs that answer success with the bare
//! resource and errors with `{code, message}` (Discord, GitHub, Stripe).
//! No success code: every code, `0` included, is an error.

use axum::response::IntoResponse;
use error_codes::{Envelope, ErrorCatalog, Failure};
use serde_json::{Value, json};
use utoipa::IntoResponses;

/// Some of Discord's JSON error codes, as its documentation lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(errors_only, envelope(data = "errors"))]
enum DiscordError {
    /// General error (such as a malformed request body, amongst other things)
    #[code(0, http = 400)]
    General,
    /// Unknown channel
    #[code(10003, http = 404)]
    UnknownChannel,
    /// Unknown message
    #[code(10008, http = 404)]
    UnknownMessage,
    /// Missing access
    #[code(50001, http = 403)]
    MissingAccess,
    /// Invalid form body (returned for both `application/json` and `multipart/form-data` bodies), or invalid `Content-Type` provided
    #[code(50035, http = 400)]
    InvalidFormBody,
}

/// A bare resource that happens to hold a `code` field.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
struct Invite {
    code: String,
    uses: u32,
}

#[test]
fn code_zero_is_an_error_and_there_is_no_success() {
    const { assert!(DiscordError::ERRORS_ONLY) };
    assert_eq!(DiscordError::success(), None);
    assert_eq!(DiscordError::from_code(0), Some(DiscordError::General));
    let failure = Envelope::<DiscordError>::error(DiscordError::General);
    assert!(!failure.is_success());
    assert_eq!(failure.code(), Some(0));
    let body = serde_json::to_string(&failure).unwrap();
    assert_eq!(
        body,
        r#"{"code":0,"message":"General error (such as a malformed request body, amongst other things)","errors":null}"#
    );
}

#[test]
fn a_success_is_the_bare_body() {
    let invite = Invite {
        code: "abc".into(),
        uses: 3,
    };
    let success = Envelope::<DiscordError, Invite>::success(invite.clone());
    assert_eq!(success.code(), None);
    let body = serde_json::to_string(&success).unwrap();
    assert_eq!(body, r#"{"code":"abc","uses":3}"#);
    // With the status, the resource's own `code` field changes nothing.
    let back = Envelope::<DiscordError, Invite>::from_answer(200, body.as_bytes()).unwrap();
    assert_eq!(back.into_result().unwrap(), Some(invite));
    let empty = Envelope::<DiscordError, Invite>::from_answer(204, b"").unwrap();
    assert_eq!(empty.into_result().unwrap(), None);
}

#[test]
fn an_error_status_reads_the_failure_every_code_an_error() {
    let body =
        br#"{"code": 50035, "errors": {"name": {"_errors": []}}, "message": "Invalid Form Body"}"#;
    let answer = Envelope::<DiscordError, Invite>::from_answer(400, body).unwrap();
    let Envelope::Failure(Failure::Known {
        error,
        message,
        detail,
    }) = answer
    else {
        panic!("{answer:?}")
    };
    assert_eq!(
        (error, message.as_ref()),
        (DiscordError::InvalidFormBody, "Invalid Form Body")
    );
    assert_eq!(
        detail.unwrap().to_value().unwrap(),
        json!({"name": {"_errors": []}})
    );
    let body = br#"{"message": "404: Not Found", "code": 0}"#;
    let answer = Envelope::<DiscordError, Invite>::from_answer(404, body).unwrap();
    assert!(matches!(
        answer,
        Envelope::Failure(Failure::Known {
            error: DiscordError::General,
            ..
        })
    ));
    let answer = Envelope::<DiscordError, Invite>::from_answer(404, br#"{"code": 99999}"#).unwrap();
    assert!(matches!(
        answer,
        Envelope::Failure(Failure::Unknown { code: 99999, .. })
    ));
    // A proxy's page, or a body without a code, is an error, not a guess.
    assert!(Envelope::<DiscordError, Invite>::from_answer(502, b"<html>").is_err());
    assert!(Envelope::<DiscordError, Invite>::from_answer(500, b"{}").is_err());
}

#[test]
fn without_the_status_a_body_with_a_code_is_a_failure() {
    let back: Envelope<DiscordError, Value> =
        serde_json::from_str(r#"{"code":0,"message":"x"}"#).unwrap();
    assert!(matches!(
        back,
        Envelope::Failure(Failure::Known {
            error: DiscordError::General,
            ..
        })
    ));
    let back: Envelope<DiscordError, Value> = serde_json::from_str(r#"[{"id":"1"}]"#).unwrap();
    assert_eq!(back.into_result().unwrap(), Some(json!([{"id": "1"}])));
}

#[tokio::test]
async fn axum_answers_the_bare_body_and_the_error_envelope() {
    let invite = Invite {
        code: "abc".into(),
        uses: 3,
    };
    let response = Envelope::<DiscordError, Invite>::success(invite).into_response();
    assert_eq!(response.status(), 200);
    let body = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    assert_eq!(&body[..], br#"{"code":"abc","uses":3}"#);
    let response = DiscordError::UnknownChannel.into_response();
    assert_eq!(response.status(), 404);
    let body = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    let body: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(body["code"], 10003);
}

#[test]
fn openapi_docs_and_compositions_say_so() {
    let responses = serde_json::to_value(Envelope::<DiscordError, Invite>::responses()).unwrap();
    let ok = &responses["200"]["content"]["application/json"];
    assert_eq!(
        ok["schema"]["properties"]["uses"]["type"], "integer",
        "{ok}"
    );
    assert!(ok["schema"]["properties"].get("message").is_none(), "{ok}");
    let error = &responses["400"]["content"]["application/json"]["schema"];
    let components = error_codes::openapi::schemas::components::<DiscordError>();
    let name = |code| format!("DiscordError_{code}");
    assert_eq!(
        error["oneOf"],
        // 400 too: a malformed query or path without a marked code; each
        // written in the response, the same as its component.
        json!([
            components[&name(0)],
            components[&name(50035)],
            components[&name(400)]
        ]),
        "{error}"
    );
    assert_eq!(
        components["DiscordError_0"]["properties"]["code"]["enum"],
        json!([0])
    );
    let docs: Value = serde_json::from_str(&error_codes::docs::json::<DiscordError>()).unwrap();
    assert_eq!(
        (&docs["success"], &docs["errors_only"]),
        (&Value::Null, &json!(true))
    );
    let page = error_codes::docs::markdown::<DiscordError>();
    assert!(
        page.contains("No success code: every code is an error"),
        "{page}"
    );
    // Composed into an API with a success code, its codes are errors there
    // too (0 included, so that API marks its own success).
    assert_eq!(
        Gateway::from_code(0),
        Some(Gateway::Discord(DiscordError::General))
    );
    assert_eq!(Gateway::success().map(|entry| entry.code), Some(1));
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
enum Gateway {
    #[code(1, success, message = "ok")]
    Ok,
    #[code(transparent)]
    Discord(DiscordError),
}

/// Errors-only and flattened: a body without a code is the success, one
/// with a code a failure whose other fields are its detail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(errors_only, envelope(code = "errcode", message = "errmsg", flatten))]
enum FlatOnly {
    /// invalid appid
    #[code(40013)]
    InvalidAppId,
}

#[test]
fn errors_only_and_flattened() {
    let success = Envelope::<FlatOnly, Value>::success(json!({"token": "t"}));
    assert_eq!(serde_json::to_string(&success).unwrap(), r#"{"token":"t"}"#);
    let back: Envelope<FlatOnly, Value> = serde_json::from_str(r#"{"token":"t"}"#).unwrap();
    assert_eq!(back, success);
    let failure =
        Envelope::<FlatOnly, Value>::error_with_detail(FlatOnly::InvalidAppId, json!({"rid": "r"}));
    let body = serde_json::to_string(&failure).unwrap();
    assert_eq!(
        body,
        r#"{"errcode":40013,"errmsg":"invalid appid","rid":"r"}"#
    );
    let back: Envelope<FlatOnly, Value> = serde_json::from_str(&body).unwrap();
    assert_eq!(back, failure);
    let answer = Envelope::<FlatOnly, Value>::from_answer(400, body.as_bytes()).unwrap();
    assert_eq!(answer, failure);
}
