//! The `utoipa` feature: OpenAPI responses from the catalogue. The whole
//! document of the example server is checked by `openapi-spec-validator`
//! and `schemathesis` in `.ci/run`; here, what each response says.

#[allow(dead_code)]
#[path = "../../examples/axum_server.rs"]
mod server;

use error_codes::ErrorCatalog;
use error_codes::catalogues::api_gateway::ApiGatewayError;
use serde_json::{Value, json};
use server::{ShopError, WeChatError};
use utoipa::{IntoResponses, OpenApi};

fn responses<R: IntoResponses>() -> Value {
    serde_json::to_value(R::responses()).unwrap()
}

/// Codes of a response's schema, and the names of its examples.
fn codes_and_examples(response: &Value) -> (Vec<i64>, Vec<String>) {
    let content = &response["content"]["application/json"];
    let codes = content["schema"]["properties"]["code"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|code| code.as_i64().unwrap())
        .collect();
    let examples = content["examples"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    (codes, examples)
}

#[test]
fn one_response_per_status_with_every_code_of_it() {
    let all = responses::<ShopError>();
    let statuses: Vec<&String> = all.as_object().unwrap().keys().collect();
    // Every status an error of the catalogue answers with, and only those
    // (rejections with theirs: 422 and 415).
    let mut expected: Vec<String> = ShopError::entries()
        .iter()
        .filter(|entry| entry.code != 0)
        .map(|entry| entry.http.unwrap_or(500).to_string())
        .chain(["422".to_owned(), "415".to_owned()])
        .collect();
    expected.sort();
    expected.dedup();
    assert_eq!(statuses, expected.iter().collect::<Vec<_>>());
    for (status, response) in all.as_object().unwrap() {
        let (codes, examples) = codes_and_examples(response);
        let of_status: Vec<i64> = ShopError::entries()
            .iter()
            .filter(|e| e.code != 0 && e.http.unwrap_or(500).to_string() == *status)
            .map(|e| e.code)
            .collect();
        for code in &of_status {
            assert!(codes.contains(code), "{status}: {code} missing");
            let description = response["description"].as_str().unwrap();
            assert!(
                description.contains(&format!("`{code}`")),
                "{status}: {description}"
            );
        }
        assert_eq!(
            codes.len(),
            examples.len(),
            "{status}: one example per code"
        );
    }
}

/// Two codes of one status both stay (utoipa's own derive keeps one).
#[test]
fn two_codes_of_one_status_are_both_examples() {
    let all = responses::<ShopError>();
    let (codes, examples) = codes_and_examples(&all["404"]);
    for (code, name) in [
        (60404, "OrderNotFound"),
        (60004, "NoSuchEndpoint"),
        (40401, "EmailNotFound"),
    ] {
        assert!(codes.contains(&code), "{codes:?}");
        let example = format!("{code} {name}");
        assert!(examples.contains(&example), "{examples:?}");
    }
    let example =
        &all["404"]["content"]["application/json"]["examples"]["60404 OrderNotFound"]["value"];
    assert_eq!(
        *example,
        json!({"code": 60404, "message": "Order not found.", "data": null})
    );
    let gateway = ApiGatewayError::UnauthorizedSession;
    let example =
        &all["401"]["content"]["application/json"]["examples"]["40101 UnauthorizedSession"];
    assert_eq!(example["value"]["message"], gateway.message());
}

/// An "always 200" catalogue's endpoint: its 200 is the success or any error,
/// in its own field names.
#[test]
fn an_always_200_endpoint_is_one_of_success_or_errors() {
    let all = responses::<error_codes::Envelope<WeChatError, server::Session>>();
    assert_eq!(all.as_object().unwrap().keys().collect::<Vec<_>>(), ["200"]);
    let content = &all["200"]["content"]["application/json"];
    let choices = content["schema"]["oneOf"].as_array().unwrap();
    assert_eq!(choices.len(), 2);
    assert_eq!(choices[0]["properties"]["errcode"]["enum"], json!([0]));
    assert_eq!(choices[1]["properties"]["errcode"]["enum"], json!([40013]));
    assert_eq!(
        content["examples"]["40013 InvalidAppId"]["value"],
        json!({"errcode": 40013, "errmsg": "invalid appid"})
    );
}

#[test]
fn the_document_has_every_route_and_its_errors() {
    let document = serde_json::to_value(server::ApiDoc::openapi()).unwrap();
    assert_eq!(document["openapi"], "3.1.0");
    let paths = document["paths"].as_object().unwrap();
    let mut routes: Vec<&String> = paths.keys().collect();
    routes.sort();
    assert_eq!(
        routes,
        [
            "/login",
            "/orders/{id}",
            "/orders/{id}/problem",
            "/wechat/token"
        ]
    );
    let login = &paths["/login"]["post"]["responses"];
    for status in ["200", "400", "401", "415", "422", "429", "500"] {
        assert!(login.get(status).is_some(), "/login has no {status}");
    }
    let problem = &paths["/orders/{id}/problem"]["get"]["responses"]["404"]["content"];
    assert!(problem.get("application/problem+json").is_some());
}
