//! A composed catalogue's success entry is not a code of the composition:
//! the composition answers success with its own success code, so the
//! parts' successes are in none of its lookups, tables, exports or checks.

use error_codes::catalogues::api_gateway::ApiGatewayError;
use error_codes::catalogues::fresns::FresnsError;
use error_codes::{Envelope, ErrorCatalog, Failure};
use utoipa::IntoResponses;

/// A shop answering success with 0, composing the gateway (success 200).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
enum ShopError {
    #[code(0, success, message = "ok")]
    Ok,
    /// Order not found.
    #[code(1001, http = 404)]
    OrderNotFound,
    #[code(transparent)]
    Gateway(ApiGatewayError),
}

/// No success entry of its own (so 0 "ok"), composing a catalogue whose
/// success is 0: its success is not a clash with the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
enum Social {
    #[code(transparent, offset = 100_000)]
    Fresns(FresnsError),
}

#[test]
fn a_composed_success_is_no_code_of_the_composition() {
    let gateway_success = ApiGatewayError::success().unwrap().code;
    assert_eq!(gateway_success, 200);
    assert_eq!(ShopError::from_code(200), None);
    assert_eq!(ShopError::lookup(200), None);
    assert_eq!(ShopError::lookup_symbol("SUCCESS"), None);
    assert!(ShopError::entries().iter().all(|entry| entry.code != 200));
    assert!(!ShopError::CODES.contains(&200));
    // Everything else of the gateway is there, in order.
    let gateway_errors = ApiGatewayError::entries().len() - 1;
    assert_eq!(ShopError::entries().len(), 2 + gateway_errors);
    assert!(ShopError::CODES.is_sorted());
    assert_eq!(
        ShopError::from_code(40101),
        Some(ShopError::Gateway(ApiGatewayError::UnauthorizedSession))
    );
    assert_eq!(ShopError::lookup(40101).map(|e| e.code), Some(40101));
    assert_eq!(ShopError::success().map(|e| e.code), Some(0));
}

#[test]
fn an_envelope_with_the_composed_success_code_is_unknown() {
    let reply: Envelope<ShopError> =
        serde_json::from_str(r#"{"code":200,"message":"Request processed successfully."}"#)
            .unwrap();
    let Envelope::Failure(Failure::Unknown { code, .. }) = reply else {
        panic!("code 200 read as {reply:?}");
    };
    assert_eq!(code, 200);
}

#[test]
fn the_docs_export_and_openapi_leave_it_out() {
    let json: serde_json::Value =
        serde_json::from_str(&error_codes::docs::json::<ShopError>()).unwrap();
    let codes: Vec<i64> = json["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["code"].as_i64().unwrap())
        .collect();
    assert!(!codes.contains(&200), "{codes:?}");
    let responses = serde_json::to_value(ShopError::responses()).unwrap();
    assert!(responses.get("200").is_none(), "{responses}");
}

#[test]
fn an_offset_keeps_positions_past_the_left_out_success() {
    assert_eq!(Social::from_code(100_000), None);
    assert_eq!(Social::success().map(|e| e.code), None);
    for entry in FresnsError::entries().iter().filter(|entry| !entry.success) {
        let value = FresnsError::from_code(entry.code).map(Social::Fresns);
        let shifted = entry.code + 100_000;
        assert_eq!(Social::from_code(shifted), value);
        let found = Social::lookup(shifted).unwrap();
        assert_eq!((found.code, found.symbol), (shifted, entry.symbol));
        if let Some(value) = value {
            assert_eq!(value.code(), shifted);
        }
    }
    assert_eq!(Social::entries().len(), FresnsError::entries().len() - 1);
}
