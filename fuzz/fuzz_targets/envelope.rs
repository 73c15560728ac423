//! Envelope parsing on arbitrary bytes: the first byte picks a catalogue
//! (shipped ones, a composition with an offset, renamed and flattened
//! envelopes) and a data type; the rest is the body. Each body that parses
//! is read a second time as a `serde_json::Value`, which must agree: the
//! same code, known exactly when the catalogue declares it, and the
//! envelope written back reads back the same. Picks 12 and 13 read the
//! body as an RFC 9457 problem.
#![no_main]

use std::fmt::Debug;

use error_codes::catalogues::rayvision::RayvisionError;
use error_codes::catalogues::{api_gateway::ApiGatewayError, fresns::FresnsError};
use error_codes::envelope::Failure;
use error_codes::{Envelope, ErrorCatalog};
use libfuzzer_sys::fuzz_target;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A composition: its own codes, Fresns' (success 0) shifted by an offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(
    envelope(code = "status", message = "msg", data = "payload"),
    retired(7)
)]
enum Composed {
    #[code(1, success, message = "done")]
    Done,
    /// Busy.
    #[code(-1)]
    Busy,
    #[code(transparent, offset = 10_000_000_000)]
    Fresns(FresnsError),
    #[code(transparent)]
    Rayvision(RayvisionError),
}

/// WeChat's shape: `errcode`/`errmsg`, the data beside them, success
/// without a code.
#[derive(Debug, Clone, PartialEq, Eq, ErrorCatalog)]
#[catalog(envelope(code = "errcode", message = "errmsg", flatten))]
enum WeChat {
    #[code(0, success, message = "ok")]
    Ok,
    /// System busy.
    #[code(-1)]
    Busy,
    /// Invalid credential.
    #[code(40001)]
    InvalidCredential,
    /// With data.
    #[code(45009, data)]
    Quota { rid: String },
}

/// Stripe's shape: under `error`, the symbol as the code, the module and
/// a link beside it, a data variant's fields beside them.
#[derive(Debug, Clone, PartialEq, Eq, ErrorCatalog)]
#[catalog(
    errors_only,
    docs_url = "https://example.com/{symbol:kebab}",
    envelope(under = "error", code_is = "symbol", module = "type", docs_url = "doc_url", flatten),
    module(name = "invalid_request_error", ranges(400..=499))
)]
enum Stripe {
    /// Missing.
    #[code(404, http = 404, symbol = "resource_missing", data)]
    Missing { param: String },
    /// Declined.
    #[code(402, http = 402, symbol = "card_declined")]
    Declined,
}

/// A list of one, the status as a string, a constant, no data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(envelope(
    under_list = "errors",
    status = "status",
    status_is = "string",
    grpc = "grpc",
    fields(ok = false, kind = "error"),
    without(data)
))]
enum Listed {
    #[code(0, success, message = "ok")]
    Ok,
    /// Not found.
    #[code(34, http = 404)]
    NotFound,
}

/// Errors marked by a constant whatever the status, no message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(
    errors_only,
    envelope(code = "error", fields(ok = false), without(message))
)]
enum Marked {
    /// Invalid auth.
    #[code(1, http = 200)]
    InvalidAuth,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Token {
    access_token: String,
    expires_in: u32,
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, body)) = data.split_first() else {
        return;
    };
    let Ok(body) = std::str::from_utf8(body) else {
        return;
    };
    match pick % 14 {
        12 => problem::<Stripe>(body),
        13 => problem::<ApiGatewayError>(body),
        8 => shaped::<Stripe, Value>(body),
        9 => shaped::<Listed, Value>(body),
        10 => shaped::<Marked, Value>(body),
        11 => shaped::<Stripe, Token>(body),
        0 => agree::<ApiGatewayError, ()>(body),
        1 => agree::<FresnsError, Value>(body),
        2 => agree::<RayvisionError, String>(body),
        3 => agree::<Composed, Value>(body),
        4 => agree::<Composed, Vec<i64>>(body),
        5 => agree::<WeChat, Token>(body),
        6 => agree::<WeChat, Value>(body),
        _ => agree::<WeChat, ()>(body),
    }
});

/// A problem (`Problem::read`): what reads has the code its `code` member
/// says, else one whose documentation URL is its `type`, else 0.
fn problem<C: ErrorCatalog + PartialEq + Debug>(body: &str) {
    let Ok(read) = error_codes::Problem::read::<C>(body.as_bytes()) else {
        return;
    };
    if let Failure::Known { error, .. } = &read {
        let built = C::from_code(error.code());
        assert!(built.is_none() || built.as_ref() == Some(error));
    }
    let Ok(Value::Object(object)) = serde_json::from_str::<Value>(body) else {
        return;
    };
    match object.get("code") {
        Some(Value::Number(number)) => assert_eq!(number.as_i64(), Some(read.code())),
        Some(_) => {}
        None if read.code() != 0 => {
            let kind = object.get("type").and_then(Value::as_str);
            assert_eq!(C::lookup(read.code()).and_then(|e| e.docs_url()), kind);
        }
        None => {}
    }
}

fn agree<C, T>(body: &str)
where
    C: ErrorCatalog + PartialEq + Debug,
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    let Ok(parsed) = serde_json::from_str::<Envelope<C, T>>(body) else {
        return;
    };
    let Ok(value) = serde_json::from_str::<Value>(body) else {
        // Valid JSON that a `Value` cannot hold (a number beyond f64, kept
        // as text in a failure's detail): the syntax must still be right.
        serde_json::from_str::<serde::de::IgnoredAny>(body)
            .expect("an envelope that parses is JSON");
        return;
    };
    let object = value.as_object().expect("an envelope is an object");
    let fields = C::ENVELOPE;
    let success = C::success().map_or(0, |entry| entry.code);
    let code = match object.get(fields.code) {
        Some(Value::Number(number)) => number.as_i64().expect("a code that parses is an i64"),
        Some(Value::String(text)) => text.parse().expect("a code in a string is an integer"),
        None if fields.flatten => success,
        other => panic!("the envelope parsed a code from {other:?}"),
    };
    assert_eq!(parsed.code(), Some(code));
    match &parsed {
        Envelope::Success { .. } => assert_eq!(code, success),
        Envelope::Failure(Failure::Known { error, .. }) => {
            // A data variant is rebuilt from its fields, which a code alone
            // cannot do.
            if let Some(built) = C::from_code(code) {
                assert_eq!(&built, error);
            }
            assert_eq!(error.code(), code);
        }
        Envelope::Failure(Failure::Unknown { code: kept, .. }) => {
            assert_eq!(*kept, code);
            assert!(C::from_code(code).is_none(), "{code} is declared");
        }
    }
    let written = serde_json::to_string(&parsed).expect("an envelope serialises");
    let again: Envelope<C, T> =
        serde_json::from_str(&written).unwrap_or_else(|e| panic!("{written}: {e}"));
    assert_eq!(again, parsed, "{written}");
}

/// A body of another shape: what parses is written back and reads back the
/// same, and `contradictions` answers without a panic.
fn shaped<C, T>(body: &str)
where
    C: ErrorCatalog + PartialEq + Debug,
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    let _ = error_codes::envelope::contradictions::<C>(body);
    let Ok(parsed) = serde_json::from_str::<Envelope<C, T>>(body) else {
        return;
    };
    if let Envelope::Failure(Failure::Known { error, .. }) = &parsed {
        let built = C::from_code(error.code());
        assert!(built.is_none() || built.as_ref() == Some(error));
    }
    let written = serde_json::to_string(&parsed).expect("an envelope serialises");
    let again: Envelope<C, T> =
        serde_json::from_str(&written).unwrap_or_else(|e| panic!("{body} -> {written}: {e}"));
    assert_eq!(again, parsed, "{body} -> {written}");
}
