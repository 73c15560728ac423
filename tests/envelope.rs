//! The envelope, both ways: built from catalogue values, parsed from what a
//! peer sends, including what a hostile or sloppy peer sends.

use std::borrow::Cow;
use std::fmt::Debug;

use error_codes::catalogues::api_gateway::ApiGatewayError;
use error_codes::catalogues::authing::AuthingError;
use error_codes::catalogues::edu::EduError;
use error_codes::catalogues::fresns::FresnsError;
use error_codes::catalogues::rayvision::RayvisionError;
use error_codes::{Envelope, ErrorCatalog, Failure, Problem};
use proptest::prelude::*;

#[path = "support/json.rs"]
mod json;
use serde_json::{Value, json};

/// A WeChat-style catalogue: renamed fields, negative codes, `0` as success.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(envelope(code = "errcode", message = "errmsg"))]
enum WeChatError {
    /// system busy
    #[code(-1)]
    Busy,
    /// ok
    #[code(0, success)]
    Ok,
    /// invalid credential
    #[code(40001, http = 401)]
    InvalidCredential,
}

/// Our API: own codes, a variant that carries data, and a composed catalogue.
#[derive(Debug, Clone, PartialEq, Eq, ErrorCatalog)]
enum ApiError {
    /// Done
    #[code(1, success)]
    Done,
    /// Login session is missing or invalid.
    #[code(40101, http = 401, title = "Unauthorized Session")]
    Unauthorized,
    /// Rate limited
    #[code(42900, http = 429)]
    RateLimited { retry_after: u32 },
    #[code(transparent)]
    Social(FresnsError),
}

fn parse<C: ErrorCatalog, T: serde::de::DeserializeOwned>(
    text: &str,
) -> serde_json::Result<Envelope<C, T>> {
    serde_json::from_str(text)
}

/// Every entry of a shipped catalogue: built, written, parsed back to the same
/// variant, with the documented code and message on the wire. Returns how
/// many entries (those of variants buildable from a code) it checked.
fn round_trip<C: ErrorCatalog + PartialEq + Debug + Clone>() -> usize {
    let fields = C::ENVELOPE;
    let success = C::success().map_or(0, |entry| entry.code);
    let mut checked = 0;
    for entry in C::entries() {
        let Some(value) = C::from_code(entry.code) else {
            continue;
        };
        checked += 1;
        let envelope = if entry.code == success {
            Envelope::<C, Value>::success(json!({"id": 7}))
        } else {
            Envelope::error(value.clone())
        };
        let text = serde_json::to_string(&envelope).unwrap();
        let wire: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(wire[fields.code], json!(entry.code), "{text}");
        assert_eq!(wire[fields.message], json!(entry.message), "{text}");
        let back: Envelope<C, Value> = parse(&text).unwrap();
        assert_eq!(back, envelope, "{text}");
        // Any value as an error, the success value included, reads back as
        // what was built: a success only for the success code.
        let as_error = Envelope::<C, Value>::error(value.clone());
        assert_eq!(as_error.is_success(), entry.code == success, "{text}");
        let error_text = serde_json::to_string(&as_error).unwrap();
        assert_eq!(
            parse::<C, Value>(&error_text).unwrap(),
            as_error,
            "{error_text}"
        );
        match back {
            Envelope::Success { data, .. } => assert_eq!(data, Some(json!({"id": 7}))),
            Envelope::Failure(Failure::Known {
                error,
                message,
                detail,
            }) => {
                assert_eq!(error, value);
                assert!(
                    matches!(message, Cow::Borrowed(_)),
                    "{text}: message copied"
                );
                assert_eq!(detail, None);
            }
            Envelope::Failure(unknown) => panic!("{text}: parsed as {unknown:?}"),
        }
    }
    checked
}

#[test]
fn every_shipped_entry_round_trips() {
    let shipped = [
        round_trip::<EduError>(),
        round_trip::<ApiGatewayError>(),
        round_trip::<AuthingError>(),
        round_trip::<RayvisionError>(),
        round_trip::<FresnsError>(),
    ];
    assert_eq!(shipped, [58, 45, 99, 49, 252]);
    // Ours: all but the data-carrying `RateLimited`, the composed ones included.
    assert_eq!(round_trip::<ApiError>(), ApiError::entries().len() - 1);
}

#[test]
fn the_default_wire_form() {
    let text = serde_json::to_string(&Envelope::<ApiError>::error(ApiError::Unauthorized)).unwrap();
    assert_eq!(
        text,
        r#"{"code":40101,"message":"Login session is missing or invalid.","data":null}"#
    );
    let text = serde_json::to_string(&Envelope::<ApiError, _>::success(vec!["a"])).unwrap();
    assert_eq!(text, r#"{"code":1,"message":"Done","data":["a"]}"#);
    // A catalogue without `success`: 0 and "ok".
    let text = serde_json::to_string(&Envelope::<EduError, _>::success(3)).unwrap();
    assert_eq!(text, r#"{"code":0,"message":"ok","data":3}"#);
    // Detail rides in `data` only when the caller puts it there.
    let text = serde_json::to_string(&Envelope::<ApiError>::error_with_detail(
        ApiError::Unauthorized,
        json!({"realm": "api"}),
    ))
    .unwrap();
    assert_eq!(
        text,
        r#"{"code":40101,"message":"Login session is missing or invalid.","data":{"realm":"api"}}"#
    );
    // A data-carrying variant: its code and message, none of its fields.
    let text = serde_json::to_string(&Envelope::<ApiError>::error(ApiError::RateLimited {
        retry_after: 30,
    }))
    .unwrap();
    assert_eq!(
        text,
        r#"{"code":42900,"message":"Rate limited","data":null}"#
    );
    // Through a composition: the child's code, the composing enum's success.
    let social = ApiError::Social(FresnsError::PlatformIdNotExist);
    let text = serde_json::to_string(&Envelope::<ApiError>::error(social.clone())).unwrap();
    assert_eq!(
        text,
        r#"{"code":31101,"message":"Platform ID not exist","data":null}"#
    );
    assert_eq!(
        parse::<ApiError, ()>(&text).unwrap().into_result(),
        Err(Failure::from(social))
    );
}

#[test]
fn renamed_fields_and_negative_codes_both_ways() {
    let busy = serde_json::to_string(&Envelope::<WeChatError>::error(WeChatError::Busy)).unwrap();
    assert_eq!(busy, r#"{"errcode":-1,"errmsg":"system busy"}"#);
    let ok = serde_json::to_string(&Envelope::<WeChatError, _>::success(json!({"openid": "x"})))
        .unwrap();
    assert_eq!(ok, r#"{"errcode":0,"errmsg":"ok","data":{"openid":"x"}}"#);
    let invalid = Envelope::<WeChatError>::error(WeChatError::InvalidCredential);
    assert_eq!(
        serde_json::to_string(&invalid).unwrap(),
        r#"{"errcode":40001,"errmsg":"invalid credential"}"#
    );

    let parsed: Envelope<WeChatError> = parse(r#"{"errcode":-1,"errmsg":"system busy"}"#).unwrap();
    assert_eq!(parsed, Envelope::error(WeChatError::Busy));
    let parsed: Envelope<WeChatError> = parse(r#"{"errcode":"-1","errmsg":"busy!"}"#).unwrap();
    assert_eq!(parsed.code(), Some(-1));
    assert_eq!(parsed.message(), "busy!");
    let parsed: Envelope<WeChatError> = parse(r#"{"errcode":0,"errmsg":"ok"}"#).unwrap();
    assert!(parsed.is_success());
    // The default names mean nothing to this catalogue: `code` is an extra field.
    assert!(parse::<WeChatError, ()>(r#"{"code":40001,"message":"x"}"#).is_err());
    let parsed: Envelope<WeChatError> = parse(r#"{"errcode":-2,"errmsg":"x","code":-1}"#).unwrap();
    assert_eq!(parsed.code(), Some(-2));
}

/// Renamed fields write `data` only when there is some; a peer's `"data":
/// null` is kept all the same, and written back: a relay changes nothing.
#[test]
fn a_renamed_envelope_keeps_a_null_data_both_ways() {
    for sent in [
        r#"{"errcode":40001,"errmsg":"invalid credential","data":null}"#,
        r#"{"errcode":40001,"errmsg":"invalid credential"}"#,
        r#"{"errcode":7,"errmsg":"unknown","data":null}"#,
    ] {
        let read: Envelope<WeChatError> = parse(sent).unwrap();
        assert_eq!(serde_json::to_string(&read).unwrap(), sent);
    }
    // A success's `null` data is no data: `T` need not read `null`.
    let read: Envelope<WeChatError, Vec<u8>> =
        parse(r#"{"errcode":0,"errmsg":"ok","data":null}"#).unwrap();
    assert_eq!(read.data(), None);
}

#[test]
fn unknown_codes_keep_what_was_sent() {
    let parsed: Envelope<ApiError> =
        parse(r#"{"code":50003,"message":"Upstream down","data":{"retry":[1,2]}}"#).unwrap();
    assert_eq!(
        parsed,
        Envelope::Failure(Failure::Unknown {
            symbol: None,
            code: 50003,
            message: "Upstream down".into(),
            detail: Some(json!({"retry": [1, 2]}).into()),
        })
    );
    let failure = parsed.into_result().unwrap_err();
    assert_eq!(failure.known(), None);
    assert_eq!(failure.to_string(), "Upstream down (code 50003)");
    // A data-carrying variant cannot be built from its code: unknown, not a
    // wrong variant.
    let parsed: Envelope<ApiError> = parse(r#"{"code":42900,"message":"Rate limited"}"#).unwrap();
    assert!(matches!(
        parsed,
        Envelope::Failure(Failure::Unknown { code: 42900, .. })
    ));
    // Extremes of i64 are codes like any other.
    for code in [i64::MIN, i64::MAX] {
        let parsed: Envelope<ApiError> =
            parse(&format!(r#"{{"code":{code},"message":"m"}}"#)).unwrap();
        assert_eq!(parsed.code(), Some(code));
        let parsed: Envelope<ApiError> =
            parse(&format!(r#"{{"code":"{code}","message":"m"}}"#)).unwrap();
        assert_eq!(parsed.code(), Some(code));
    }
}

#[test]
fn each_documented_outcome() {
    type Reply = Envelope<ApiError, Vec<u8>>;
    let reply = |text: &str| parse::<ApiError, Vec<u8>>(text);
    // Success: data missing, null, present; data before the code.
    assert_eq!(
        reply(r#"{"code":1,"message":"Done"}"#).unwrap().data(),
        None
    );
    assert_eq!(
        reply(r#"{"code":1,"message":"Done","data":null}"#)
            .unwrap()
            .data(),
        None
    );
    assert_eq!(
        reply(r#"{"data":[1,2],"code":1,"message":"Done"}"#)
            .unwrap()
            .into_result()
            .unwrap(),
        Some(vec![1, 2])
    );
    // Success data that is not a `T`: an error, whichever comes first.
    assert!(reply(r#"{"code":1,"data":{"a":1}}"#).is_err());
    assert!(reply(r#"{"data":{"a":1},"code":1}"#).is_err());
    // Failure detail of any shape, before or after the code.
    let failure = reply(r#"{"data":{"a":1},"code":40101}"#)
        .unwrap()
        .into_result()
        .unwrap_err();
    assert_eq!(
        failure.detail().map(|d| d.to_value().unwrap()),
        Some(json!({"a": 1}))
    );
    assert_eq!(failure.known(), Some(&ApiError::Unauthorized));
    // Message missing or null: the catalogue's; for an unknown code, "".
    assert_eq!(
        reply(r#"{"code":40101}"#).unwrap().message(),
        "Login session is missing or invalid."
    );
    assert_eq!(
        reply(r#"{"code":40101,"message":null}"#).unwrap().message(),
        "Login session is missing or invalid."
    );
    assert_eq!(reply(r#"{"code":1}"#).unwrap().message(), "Done");
    assert_eq!(reply(r#"{"code":7}"#).unwrap().message(), "");
    // The peer's own wording is kept, escapes decoded.
    assert_eq!(
        reply(r#"{"code":40101,"message":"Bitte \"neu\" anmelden"}"#)
            .unwrap()
            .message(),
        "Bitte \"neu\" anmelden"
    );
    // `()` as the data: a success with `()` and one without data are the
    // same on the wire, and read back as `None` (documented).
    let text = serde_json::to_string(&Envelope::<ApiError, ()>::success(())).unwrap();
    assert_eq!(text, r#"{"code":1,"message":"Done","data":null}"#);
    assert_eq!(parse::<ApiError, ()>(&text).unwrap().data(), None);
    // Extra fields are ignored.
    let known: Reply = reply(r#"{"code":40101,"trace":{"id":[1,{"x":null}]},"ts":1.5}"#).unwrap();
    assert_eq!(known, Envelope::error(ApiError::Unauthorized));

    // Typed errors: nothing truncated, nothing guessed.
    for bad in [
        r#"{"message":"no code"}"#,
        r#"{"code":40101,"code":40101}"#,
        r#"{"code":40101,"message":"a","message":"b"}"#,
        r#"{"code":1,"data":null,"data":null}"#,
        r#"{"code":9223372036854775808}"#,
        r#"{"code":-9223372036854775809}"#,
        r#"{"code":18446744073709551616}"#,
        r#"{"code":"9223372036854775808"}"#,
        r#"{"code":40101.0}"#,
        r#"{"code":4.0101e4}"#,
        r#"{"code":"+40101"}"#,
        r#"{"code":" 40101"}"#,
        r#"{"code":"40101 "}"#,
        r#"{"code":"0x9C65"}"#,
        r#"{"code":""}"#,
        r#"{"code":"-"}"#,
        // `-0`: a float to JSON readers as a number; the string follows it.
        r#"{"code":-0}"#,
        r#"{"code":"-0"}"#,
        r#"{"code":"-000"}"#,
        r#"{"code":true}"#,
        r#"{"code":null}"#,
        r#"{"code":[40101]}"#,
        r#"{"code":{"value":40101}}"#,
        r#"{"code":40101,"message":17}"#,
        r#"{"code":40101,"message":["a"]}"#,
        r#"[40101,"message",null]"#,
        r#""40101""#,
        r#"null"#,
        r#"{"code":40101"#,
        r#"{"code":40101,"message":"x"} trailing"#,
    ] {
        assert!(reply(bad).is_err(), "{bad} parsed as {:?}", reply(bad));
    }
    let error = reply(r#"{"code":9223372036854775808}"#)
        .unwrap_err()
        .to_string();
    assert!(error.contains("9223372036854775808"), "{error}");
}

#[test]
fn problem_details() {
    let problem = Problem::of(&ApiError::Unauthorized);
    assert_eq!(
        serde_json::to_value(&problem).unwrap(),
        json!({
            "type": "about:blank",
            "title": "Unauthorized Session",
            "status": 401,
            "detail": "Login session is missing or invalid.",
            "code": 40101,
        })
    );
    // No title: the message; no HTTP status anywhere: 500; a type URI.
    let problem =
        Problem::of(&EduError::CouponNotFound).with_type("https://docs.example.com/errors/40001");
    assert_eq!(
        (
            problem.kind.as_ref(),
            problem.title.as_ref(),
            problem.status,
            problem.code
        ),
        (
            "https://docs.example.com/errors/40001",
            EduError::CouponNotFound.message(),
            500,
            40001
        )
    );
    // A composed value: the child's entry and status.
    let problem = Problem::of(&ApiError::Social(FresnsError::PlatformIdNotExist));
    assert_eq!(
        (problem.code, problem.detail.as_ref()),
        (31101, "Platform ID not exist")
    );
    assert_eq!(Problem::CONTENT_TYPE, "application/problem+json");
}

/// Any JSON value, its texts often the envelope's names and codes.
fn json_value() -> impl Strategy<Value = Value> {
    let texts = prop_oneof![
        Just("code".to_owned()),
        Just("message".to_owned()),
        Just("data".to_owned()),
        Just("40101".to_owned()),
        Just("1".to_owned()),
        ".{0,8}",
    ];
    json::json_value(texts, 4)
}

proptest! {
    /// Arbitrary bytes: an envelope or a serde error, never a panic; what
    /// parses writes back to the same envelope.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..96)) {
        if let Ok(envelope) = serde_json::from_slice::<Envelope<ApiError, Value>>(&bytes) {
            let again: Envelope<ApiError, Value> =
                serde_json::from_str(&serde_json::to_string(&envelope).unwrap()).unwrap();
            prop_assert_eq!(again, envelope);
        }
    }

    /// Arbitrary JSON values, as text and as values: never a panic; a parsed
    /// envelope keeps the code sent, and is known exactly when the catalogue
    /// builds that code.
    #[test]
    fn arbitrary_json_never_panics(value in json_value()) {
        let text = value.to_string();
        let from_text = serde_json::from_str::<Envelope<ApiError, Value>>(&text);
        let from_value = serde_json::from_value::<Envelope<ApiError, Value>>(value.clone());
        prop_assert_eq!(from_text.is_ok(), from_value.is_ok());
        if let Ok(envelope) = from_text {
            let sent = match &value["code"] {
                Value::Number(number) => number.as_i64(),
                Value::String(text) => text.parse().ok(),
                _ => None,
            };
            prop_assert_eq!(envelope.code(), sent);
            let code = envelope.code().unwrap_or_default();
            let known = matches!(envelope, Envelope::Failure(Failure::Known { .. }));
            prop_assert_eq!(known, code != 1 && ApiError::from_code(code).is_some());
        }
    }

    /// Any code in i64, as a number or a string, with any message: the code
    /// and message survive, and the variant is the catalogue's or unknown.
    #[test]
    fn every_code_is_kept(code in prop_oneof![any::<i64>(), 30000i64..39000, 40100i64..40102], message in ".{0,12}", quoted in any::<bool>()) {
        let wire_code = if quoted { json!(code.to_string()) } else { json!(code) };
        let text = json!({"code": wire_code, "message": message}).to_string();
        let envelope: Envelope<ApiError, Value> = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(envelope.code(), Some(code));
        prop_assert_eq!(envelope.message(), message.as_str());
        match envelope {
            Envelope::Success { .. } => prop_assert_eq!(code, 1),
            Envelope::Failure(Failure::Known { error, .. }) => prop_assert_eq!(Some(error), ApiError::from_code(code)),
            Envelope::Failure(Failure::Unknown { .. }) => prop_assert_eq!(ApiError::from_code(code), None),
        }
    }
}
