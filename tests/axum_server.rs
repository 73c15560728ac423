//! The example server (`examples/axum_server.rs`) on a real socket
//! (127.0.0.1, a free port), asked by a real HTTP client (ureq): status,
//! content type and JSON body of each kind of answer. Every request has a
//! timeout, and the server shuts down when the test ends.

#[allow(dead_code)]
#[path = "../examples/axum_server.rs"]
mod server;

use error_codes::ErrorCatalog;
use error_codes::catalogues::api_gateway::ApiGatewayError;
use serde_json::{Value, json};
use server::{ShopError, WeChatError};

mod support;

use support::{Answer, Client, JSON, Running};

/// The envelope of a catalogue value, as the catalogue declares it.
fn envelope_of<C: ErrorCatalog>(error: &C) -> Value {
    json!({"code": error.code(), "message": error.message(), "data": null})
}

#[test]
fn the_example_server_answers_in_its_catalogues() {
    let server = Running::start(server::router());
    let client = Client::new(&server);

    // A success: 200, the success code, the data.
    let answer = client.get("/orders/1", None);
    assert_eq!((answer.status, answer.content_type.as_str()), (200, JSON));
    assert_eq!(
        answer.body,
        json!({"code": 0, "message": "ok", "data": {"id": 1, "item": "tea"}})
    );

    // An own error: its entry's status (409) and envelope.
    let answer = client.get("/orders/2", None);
    assert_eq!((answer.status, answer.content_type.as_str()), (409, JSON));
    assert_eq!(answer.body, envelope_of(&ShopError::OutOfStock));

    // A composed catalogue's error: the gateway's 40101 with its 401.
    let answer = client.post(
        "/login",
        Some(JSON),
        r#"{"username":"alice","password":"no"}"#,
    );
    let expected = ShopError::Gateway(ApiGatewayError::UnauthorizedSession);
    assert_eq!((answer.status, answer.content_type.as_str()), (401, JSON));
    assert_eq!(answer.body, envelope_of(&expected));
    assert_eq!(answer.body["code"], 40101);

    // And its success.
    let answer = client.post(
        "/login",
        Some(JSON),
        r#"{"username":"alice","password":"secret"}"#,
    );
    assert_eq!(answer.status, 200);
    assert_eq!(answer.body["data"], json!({"token": "t-1"}));

    // An "always 200" catalogue: 200 for its errors too, WeChat's names,
    // the data's fields beside the code (flatten).
    let answer = client.get("/wechat/token?appid=nope", None);
    assert_eq!((answer.status, answer.content_type.as_str()), (200, JSON));
    let expected = WeChatError::InvalidAppId;
    assert_eq!(
        answer.body,
        json!({"errcode": expected.code(), "errmsg": expected.message()})
    );
    let answer = client.get("/wechat/token?appid=wx1", None);
    assert_eq!(
        answer.body,
        json!({"errcode": 0, "errmsg": "ok", "token": "wx-t-1"})
    );

    // A data variant: its fields as the data.
    let answer = client.get("/orders/3", None);
    assert_eq!(answer.status, 429);
    assert_eq!(answer.body["data"], json!({"retry_after": 30}));

    // The problem+json form.
    let answer = client.get("/orders/4/problem", None);
    assert_eq!(
        (answer.status, answer.content_type.as_str()),
        (404, "application/problem+json")
    );
    assert_eq!(
        answer.body,
        json!({"type": "about:blank", "title": "Order Not Found", "status": 404,
               "detail": "Order not found.", "code": 60404})
    );

    // The OpenAPI document.
    let answer = client.get("/openapi.json", Some(JSON));
    assert_eq!((answer.status, answer.content_type.as_str()), (200, JSON));
    assert_eq!(answer.body["openapi"], "3.1.0");
    assert!(answer.body["paths"]["/login"]["post"]["responses"]["401"].is_object());
}

/// The envelope of a rejection: the marked code, its message, axum's
/// explanation as the data.
fn assert_rejected(answer: &Answer, status: u16, error: ShopError, explanation: &str) {
    assert_eq!(
        (answer.status, answer.content_type.as_str()),
        (status, JSON),
        "{}",
        answer.body
    );
    assert_eq!(answer.body["code"], error.code(), "{}", answer.body);
    assert_eq!(answer.body["message"], error.message());
    let data = answer.body["data"].as_str().unwrap();
    assert!(data.contains(explanation), "{data}");
}

/// Whatever axum refuses before a handler runs answers in the envelope,
/// with the marked code at its declared status.
#[test]
fn every_rejection_answers_in_the_envelope() {
    let server = Running::start(server::router());
    let client = Client::new(&server);

    // The body: malformed, not the handler's type (the code's own 400, not
    // axum's 422), no JSON content type, too large (3 MB, valid JSON).
    let answer = client.post("/login", Some(JSON), r#"{"username":"#);
    assert_rejected(&answer, 400, ShopError::InvalidBody, "parse");
    let answer = client.post("/login", Some(JSON), r#"{"username":7}"#);
    assert_rejected(&answer, 400, ShopError::InvalidBody, "invalid type");
    let answer = client.post(
        "/login",
        None,
        r#"{"username":"alice","password":"secret"}"#,
    );
    assert_rejected(&answer, 415, ShopError::NotJson, "Content-Type");
    let large = format!(r#"{{"username":"{}","password":"x"}}"#, "a".repeat(3 << 20));
    let answer = client.post_refused("/login", JSON, &large);
    assert_rejected(&answer, 413, ShopError::BodyTooLarge, "length limit");

    // The path: invalid UTF-8, not a number.
    let answer = client.get("/orders/%FF", None);
    assert_rejected(&answer, 400, ShopError::InvalidParameter, "UTF-8");
    let answer = client.get("/orders/abc/problem", None);
    assert_rejected(&answer, 400, ShopError::InvalidParameter, "abc");

    // The query, on the "always 200" API: its own code, with 200.
    let answer = client.get("/wechat/token?appid=a&appid=b", None);
    assert_eq!(
        (answer.status, answer.body["errcode"].clone()),
        (200, json!(40097))
    );
    assert!(
        answer.body["data"]
            .as_str()
            .unwrap()
            .contains("duplicate field")
    );

    // The router: an unknown route, a method the route does not take (a
    // standard one, OPTIONS, and one axum does not know), with `Allow`.
    let answer = client.get("/no/such/route", None);
    assert_rejected(
        &answer,
        404,
        ShopError::NoSuchEndpoint,
        "No route for GET /no/such/route",
    );
    for (method, path, allow) in [
        ("POST", "/orders/1", "GET,HEAD"),
        ("OPTIONS", "/login", "POST"),
        ("FOO", "/orders/1", "GET,HEAD"),
    ] {
        let (answer, allowed) = client.call(method, path);
        assert_rejected(&answer, 405, ShopError::MethodNotAllowed, method);
        assert_eq!(allowed.as_deref(), Some(allow), "{method} {path}");
    }
}

/// The committed TypeScript of the server's errors (`contract/typescript/shop.ts`,
/// type-checked with `check.ts` by `.ci/run`) is current; `ERROR_CODES_LOCK=update`
/// writes it again.
#[test]
fn the_frontend_types_are_current() {
    let module = error_codes::docs::typescript::<server::ShopError>();
    error_codes::docs::check_generated("contract/typescript/shop.ts", &module);
}

/// Every operation of the example server documents every refusal its
/// inputs can get (`openapi::rejections_left_out`): no `codes!` list left
/// one out.
#[test]
fn no_operation_leaves_out_a_refusal_of_its_inputs() {
    use error_codes::openapi::rejections_left_out;
    use utoipa::OpenApi;
    let document = serde_json::to_value(server::ApiDoc::openapi()).unwrap();
    let shop = [
        ("POST", "/login"),
        ("GET", "/orders/{id}"),
        ("GET", "/orders/{id}/problem"),
    ];
    for (method, path) in shop {
        let left_out = rejections_left_out::<ShopError>(&document, method, path);
        assert_eq!(left_out, Some(vec![]), "{method} {path}");
    }
    let token = rejections_left_out::<WeChatError>(&document, "GET", "/wechat/token");
    assert_eq!(token, Some(vec![]));
    let payment = rejections_left_out::<server::PaymentError>(&document, "get", "/payments/{id}");
    assert_eq!(payment, Some(vec![]));
    assert_eq!(
        rejections_left_out::<ShopError>(&document, "DELETE", "/login"),
        None
    );
    // The same document with a response taken out: the check tells.
    use error_codes::rejection::RejectionKind;
    let without = |path: &str, method: &str, status: &str| {
        let mut document = document.clone();
        let responses = &mut document["paths"][path][method]["responses"];
        responses.as_object_mut().unwrap().remove(status).unwrap();
        document
    };
    let no_400 = without("/orders/{id}", "get", "400");
    assert_eq!(
        rejections_left_out::<ShopError>(&no_400, "GET", "/orders/{id}"),
        Some(vec![RejectionKind::MalformedPath])
    );
    let no_415 = without("/login", "post", "415");
    assert_eq!(
        rejections_left_out::<ShopError>(&no_415, "POST", "/login"),
        Some(vec![RejectionKind::ContentType])
    );
    let token_no_200 = without("/wechat/token", "get", "200");
    assert_eq!(
        rejections_left_out::<WeChatError>(&token_no_200, "GET", "/wechat/token"),
        Some(vec![RejectionKind::MalformedQuery])
    );
}
