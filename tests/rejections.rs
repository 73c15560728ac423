//! The rejection rules on a user's own server (127.0.0.1, a real socket):
//! one code for two kinds, the variant's own status, codes marked in a
//! composed catalogue, the fallback code that is never a declared code, and
//! `error_codes::axum::Json` as an answer; and the OpenAPI document says exactly that.

mod support;

use axum::Router;
use axum::routing::{get, post};
use error_codes::openapi::schemas;
use error_codes::rejection::RejectionKind;
use error_codes::{ErrorCatalog, catalogues::api_gateway::ApiGatewayError};
use serde_json::{Value, json};
use support::{Client, JSON, Running};

/// Discord answers a bad body and a bad content type with one code, 50035,
/// and declares its status: 400 for both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
pub enum Discord {
    #[code(0, success, message = "ok")]
    Ok,
    /// Invalid Form Body
    #[code(50035, http = 400, rejection("malformed-body", "content-type"))]
    InvalidFormBody,
}

/// Marks malformed-body only; no code for unknown routes, and a declared
/// 404 of another meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
pub enum Coupons {
    #[code(0, success, message = "ok")]
    Ok,
    /// The body is not a coupon.
    #[code(7, http = 422, rejection = "malformed-body")]
    NotACoupon,
    /// Coupon not found.
    #[code(404, http = 410)]
    CouponNotFound,
}

/// Composes `Coupons` (shifted by 1000) with a mark of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
pub enum Shop {
    #[code(0, success, message = "ok")]
    Ok,
    /// Use JSON.
    #[code(1, http = 415, rejection = "content-type")]
    UseJson,
    #[code(transparent, offset = 1000)]
    Coupons(Coupons),
}

#[derive(Debug, serde::Deserialize, serde::Serialize)]
struct Coupon {
    name: String,
}

async fn echo_discord(
    coupon: error_codes::axum::Json<Coupon, Discord>,
) -> error_codes::axum::Json<Coupon, Discord> {
    coupon
}

async fn echo_shop(
    coupon: error_codes::axum::Json<Coupon, Shop>,
) -> error_codes::axum::Json<Coupon, Shop> {
    coupon
}

#[derive(Debug, serde::Deserialize)]
struct Page {
    #[allow(dead_code)]
    page: u32,
}

async fn page(_: error_codes::axum::Query<Page, Coupons>) -> &'static str {
    "page"
}

fn router() -> Router {
    let discord = Router::new().route("/discord", post(echo_discord));
    let shop = Router::new().route("/shop", post(echo_shop));
    let coupons = Router::new()
        .route("/coupons", get(page))
        .fallback(error_codes::axum::not_found::<Coupons>);
    discord.merge(shop).merge(coupons)
}

#[test]
fn one_code_answers_two_kinds_with_its_own_status() {
    let server = Running::start(router());
    let client = Client::new(&server);
    let malformed = client.post("/discord", Some(JSON), "{");
    let no_type = client.post("/discord", None, r#"{"name":"x"}"#);
    for answer in [&malformed, &no_type] {
        // Not axum's 400/415: the 400 the code declares.
        assert_eq!((answer.status, &answer.body["code"]), (400, &json!(50035)));
        assert_eq!(answer.body["message"], "Invalid Form Body");
    }
    assert!(
        no_type.body["data"]
            .as_str()
            .unwrap()
            .contains("Content-Type")
    );
    // `error_codes::axum::Json` answers too.
    let echoed = client.post("/discord", Some(JSON), r#"{"name":"x"}"#);
    assert_eq!(
        (echoed.status, echoed.body.clone()),
        (200, json!({"name": "x"}))
    );
}

#[test]
fn composed_marks_answer_shifted_and_own_marks_first() {
    assert_eq!(
        Shop::REJECTIONS.code(RejectionKind::MalformedBody),
        Some(1007)
    );
    assert_eq!(Shop::REJECTIONS.code(RejectionKind::ContentType), Some(1));
    let server = Running::start(router());
    let client = Client::new(&server);
    let answer = client.post("/shop", Some(JSON), r#"{"name":7}"#);
    assert_eq!((answer.status, &answer.body["code"]), (422, &json!(1007)));
    assert_eq!(answer.body["message"], "The body is not a coupon.");
    let answer = client.post("/shop", None, r#"{"name":"x"}"#);
    assert_eq!((answer.status, &answer.body["code"]), (415, &json!(1)));
}

#[test]
fn an_unmarked_kind_never_answers_a_declared_code() {
    // Coupons declares 404 (CouponNotFound): an unknown route is -404.
    assert_eq!(error_codes::http::fallback_code::<Coupons>(404), -404);
    assert_eq!(error_codes::http::fallback_code::<Coupons>(400), 400);
    // The shipped gateway catalogue declares 400, 403, 404 and 500.
    assert_eq!(
        error_codes::http::fallback_code::<ApiGatewayError>(404),
        -404
    );
    let server = Running::start(router());
    let client = Client::new(&server);
    let unknown = client.get("/nowhere", None);
    assert_eq!((unknown.status, &unknown.body["code"]), (404, &json!(-404)));
    assert_eq!(unknown.body["message"], "No route for GET /nowhere");
    assert_eq!(Coupons::from_code(-404), None);
    let query = client.get("/coupons?page=x", None);
    assert_eq!((query.status, &query.body["code"]), (400, &json!(400)));
}

fn statuses<R: utoipa::IntoResponses>() -> Vec<String> {
    R::responses().into_keys().collect()
}

#[test]
fn the_document_lists_what_is_sent() {
    // Discord's 50035 is sent with 400 only, for both kinds; a body too
    // large, unmarked, with 413 and its fallback code.
    assert_eq!(statuses::<Discord>(), ["400", "413"]);
    let discord: Value =
        serde_json::to_value(<Discord as utoipa::IntoResponses>::responses()).unwrap();
    assert!(
        discord["400"]["description"]
            .as_str()
            .unwrap()
            .contains("`50035` Invalid Form Body")
    );
    // Coupons: 7 with 422; 404 with 410; the unmarked extractor kinds with
    // their fallback codes (400, 413, 415).
    assert_eq!(statuses::<Coupons>(), ["400", "410", "413", "415", "422"]);
    let components = schemas::components::<Coupons>();
    let code = |name: &str| components[name]["properties"]["code"]["enum"].clone();
    assert_eq!(code("Coupons_413"), json!([413]));
    assert_eq!(code("Coupons_404"), json!([404]));
    // The composition documents the composed mark at its shifted code.
    let shop: Value = serde_json::to_value(<Shop as utoipa::IntoResponses>::responses()).unwrap();
    let schema = &shop["422"]["content"]["application/json"]["schema"];
    assert_eq!(
        *schema,
        schemas::components::<Shop>()["Shop_1007"],
        "{schema}"
    );
}

/// 0.1's `web` paths still resolve, for one release (deprecated).
#[test]
#[allow(deprecated)]
fn the_web_paths_of_0_1_still_resolve() {
    use error_codes::web;
    let kind: web::RejectionKind = web::RejectionKind::MalformedBody;
    assert_eq!(kind, RejectionKind::MalformedBody);
    assert_eq!(web::fallback_code::<Coupons>(404), -404);
    let _: fn(web::Json<Coupon, Shop>) -> error_codes::axum::Json<Coupon, Shop> = |json| json;
}
