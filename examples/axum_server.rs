//! A small shop API on axum: every answer, errors and rejections included,
//! is the catalogue's envelope with the status its entry declares.
//!
//! ```sh
//! cargo run --features server --example axum_server -- --port 3000
//! curl -s localhost:3000/orders/1
//! ```
//!
//! `ShopError` composes the shipped `ApiGatewayError` (login, rate limits)
//! with its own codes, six of them marked as the answers to every kind of
//! rejection; `WeChatError` is an "always 200" catalogue in WeChat's field
//! names; `PaymentError` answers in Stripe's shape. Its OpenAPI document, from the same declarations, is at
//! `/openapi.json`: each endpoint lists the codes it answers (`codes!`),
//! and each code's schema is in `components` once.
//! `tests/axum_server.rs` runs this router on a real socket.

use axum::Router;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use error_codes::catalogues::api_gateway::ApiGatewayError;
use error_codes::openapi::Endpoint;
use error_codes::{Envelope, ErrorCatalog, Problem};
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

/// The shop's errors: its own (also in French and Chinese, from
/// `locales/shop/*.toml`), and the API gateway's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(
    module(name = "shop", title = "Shop", ranges(60000..=60999), http = 400),
    // The language of the messages written here; the files translate them.
    language = "en",
    // Relative to the crate's Cargo.toml: `examples/`, and `tests/` whose
    // `axum_server.rs` includes this file, both reach it by this path.
    locales = "../examples/locales/shop"
)]
pub enum ShopError {
    #[code(0, success, http = 200, message = "ok")]
    Ok,
    /// The request body is not valid JSON for this endpoint.
    #[code(60000, rejection = "malformed-body")]
    InvalidBody,
    /// Send the request body as JSON (`Content-Type: application/json`).
    #[code(60001, http = 415, rejection = "content-type")]
    NotJson,
    /// A path or query parameter is not valid.
    #[code(60002, rejection("malformed-path", "malformed-query"))]
    InvalidParameter,
    /// No such endpoint.
    #[code(60004, http = 404, rejection = "unknown-route")]
    NoSuchEndpoint,
    /// The endpoint does not take this method.
    #[code(60005, http = 405, rejection = "method-not-allowed")]
    MethodNotAllowed,
    /// The request body is larger than the server takes (2 MB).
    #[code(60013, http = 413, rejection = "body-too-large")]
    BodyTooLarge,
    /// Order not found.
    #[code(60404, http = 404, title = "Order Not Found")]
    OrderNotFound,
    /// The order's item is out of stock.
    #[code(60409, http = 409)]
    OutOfStock,
    /// Too many requests for this order: retry later.
    #[code(60429, http = 429, data)]
    SlowDown { retry_after: u32 },
    #[code(transparent)]
    Gateway(ApiGatewayError),
}

/// Bodies in and out, with rejections in `ShopError`'s envelope.
type Json<T> = error_codes::axum::Json<T, ShopError>;
/// Path parameters, with rejections in `ShopError`'s envelope.
type Path<T> = error_codes::axum::Path<T, ShopError>;

/// An "always 200" API: every answer is HTTP 200, the code says the rest;
/// the data's fields beside the code, as WeChat writes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(http = 200, envelope(code = "errcode", message = "errmsg", flatten))]
pub enum WeChatError {
    #[code(0, success, message = "ok")]
    Ok,
    /// invalid appid
    #[code(40013)]
    InvalidAppId,
    /// invalid args
    #[code(40097, rejection = "malformed-query")]
    InvalidArgs,
}

/// A payments API that answers as Stripe does: the error under `error`,
/// its code the symbol, its module as `type`, a link per code, a data
/// variant's fields beside the code; successes are the bare resource.
#[derive(Debug, Clone, PartialEq, Eq, ErrorCatalog)]
#[catalog(
    errors_only,
    docs_url = "https://stripe.com/docs/error-codes/{symbol:kebab}",
    envelope(under = "error", code_is = "symbol", module = "type", docs_url = "doc_url", flatten),
    module(name = "invalid_request_error", ranges(400..=499)),
    module(name = "card_error", ranges(1400..=1499))
)]
pub enum PaymentError {
    /// This value must be an integer.
    #[code(
        400,
        http = 400,
        symbol = "parameter_invalid_integer",
        rejection = "malformed-path"
    )]
    InvalidInteger,
    /// No such payment.
    #[code(404, http = 404, symbol = "resource_missing", data)]
    ResourceMissing { param: String },
    /// The card has been declined.
    #[code(1402, http = 402, symbol = "card_declined")]
    CardDeclined,
}

error_codes::codes! {
    /// What `GET /payments/{id}` answers when it fails.
    pub PaymentErrors: PaymentError [InvalidInteger, ResourceMissing, CardDeclined]
}

error_codes::codes! {
    /// What `POST /login` answers when it fails.
    pub LoginErrors: ShopError [
        InvalidBody,
        NotJson,
        BodyTooLarge,
        Gateway(ApiGatewayError::UnauthorizedSession),
    ]
}

error_codes::codes! {
    /// What `GET /orders/{id}` answers when it fails.
    pub OrderErrors: ShopError [InvalidParameter, OrderNotFound, OutOfStock, SlowDown]
}

error_codes::codes! {
    /// What `GET /orders/{id}/problem` answers in the envelope: a bad path.
    pub ProblemPathErrors: ShopError ["malformed-path"]
}

error_codes::codes! {
    /// What `GET /wechat/token` answers when it fails (with HTTP 200).
    pub TokenErrors: WeChatError [InvalidAppId, InvalidArgs]
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct Login {
    pub username: String,
    pub password: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Session {
    pub token: &'static str,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Order {
    pub id: u32,
    pub item: &'static str,
}

/// Log in.
#[utoipa::path(post, path = "/login", request_body = Login, responses(Endpoint<Session, LoginErrors>))]
async fn login(login: Json<Login>) -> Result<Envelope<ShopError, Session>, ShopError> {
    if login.username == "alice" && login.password == "secret" {
        Ok(Envelope::success(Session { token: "t-1" }))
    } else {
        Err(ShopError::Gateway(ApiGatewayError::UnauthorizedSession))
    }
}

pub fn find_order(id: u32) -> Result<Order, ShopError> {
    match id {
        1 => Ok(Order { id: 1, item: "tea" }),
        2 => Err(ShopError::OutOfStock),
        3 => Err(ShopError::SlowDown { retry_after: 30 }),
        _ => Err(ShopError::OrderNotFound),
    }
}

/// An order.
#[utoipa::path(
    get,
    path = "/orders/{id}",
    params(("id" = u32, Path, description = "The order's number")),
    responses(Endpoint<Order, OrderErrors>)
)]
async fn order(id: Path<u32>) -> Envelope<ShopError, Order> {
    Envelope::from(find_order(id.into_inner()))
}

/// An order, its errors as RFC 9457 problem details.
#[utoipa::path(
    get,
    path = "/orders/{id}/problem",
    params(("id" = u32, Path, description = "The order's number")),
    responses(
        (status = 200, description = "The order.", body = Order),
        (status = 404, description = "`60404` Order not found.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`60409` The order's item is out of stock.", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`60429` Too many requests for this order: retry later.", body = Problem, content_type = "application/problem+json"),
        ProblemPathErrors,
    )
)]
async fn order_problem(id: Path<u32>) -> Response {
    match find_order(id.into_inner()) {
        Ok(order) => axum::Json(order).into_response(),
        Err(error) => Problem::of(&error).into_response(),
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Payment {
    pub id: u32,
    pub amount: u32,
}

/// A payment, its errors in Stripe's shape.
#[utoipa::path(
    get,
    path = "/payments/{id}",
    params(("id" = u32, Path, description = "The payment's number")),
    responses(Endpoint<Payment, PaymentErrors>)
)]
async fn payment(
    id: error_codes::axum::Path<u32, PaymentError>,
) -> Result<Envelope<PaymentError, Payment>, PaymentError> {
    match id.into_inner() {
        1 => Ok(Envelope::success(Payment {
            id: 1,
            amount: 2000,
        })),
        2 => Err(PaymentError::CardDeclined),
        _ => Err(PaymentError::ResourceMissing { param: "id".into() }),
    }
}

#[derive(Debug, Deserialize)]
pub struct TokenQuery {
    pub appid: Option<String>,
}

/// A WeChat-style token: HTTP 200 whatever happens.
#[utoipa::path(
    get,
    path = "/wechat/token",
    params(("appid" = Option<String>, Query, description = "The app's id")),
    responses(Endpoint<Session, TokenErrors>)
)]
async fn wechat_token(
    query: error_codes::axum::Query<TokenQuery, WeChatError>,
) -> Envelope<WeChatError, Session> {
    if query.appid.as_deref() == Some("wx1") {
        Envelope::success(Session { token: "wx-t-1" })
    } else {
        Envelope::error(WeChatError::InvalidAppId)
    }
}

/// The API's OpenAPI document.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Shop",
        version = "1.0.0",
        description = "The example server of error-codes."
    ),
    paths(login, order, order_problem, wechat_token, payment),
    components(schemas(ShopError, WeChatError, PaymentError))
)]
pub struct ApiDoc;

/// What an upstream service answered, relayed as it came: a code the
/// shop does not declare stays a code of its own (`Failure::Unknown`),
/// answered with 500.
async fn upstream(code: axum::extract::Path<i64>) -> Envelope<ShopError> {
    Envelope::Failure(error_codes::Failure::Unknown {
        code: code.0,
        symbol: None,
        message: "The upstream service failed.".into(),
        detail: None,
    })
}

/// The shop's catalogue as JSON (`error_codes::docs::json`).
async fn errors_json() -> impl axum::response::IntoResponse {
    let json = error_codes::docs::json::<ShopError>();
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        json,
    )
}

/// The whole API, and its document at `/openapi.json`.
pub fn router() -> Router {
    Router::new()
        .route("/login", post(login))
        .route("/orders/{id}", get(order))
        .route("/orders/{id}/problem", get(order_problem))
        .route("/wechat/token", get(wechat_token))
        .route("/payments/{id}", get(payment))
        // The shop's reference page: every code, searchable, in each language.
        .route("/errors", get(error_codes::axum::reference::<ShopError>))
        .route("/errors.json", get(errors_json))
        .route("/upstream/{code}", get(upstream))
        .route(
            "/openapi.json",
            get(|| async { axum::Json(ApiDoc::openapi()) }),
        )
        .fallback(error_codes::axum::not_found::<ShopError>)
        .method_not_allowed_fallback(error_codes::axum::method_not_allowed::<ShopError>)
        // Catalogue errors in the request's `Accept-Language`.
        .layer(axum::middleware::from_fn(error_codes::axum::localize))
}

/// The port of `--port N`, else 3000.
fn port() -> Result<u16, String> {
    let mut args = std::env::args().skip(1);
    match (args.next().as_deref(), args.next(), args.next()) {
        (None, _, _) => Ok(3000),
        (Some("--port"), Some(port), None) => port
            .parse()
            .map_err(|_| format!("--port takes a number in 0..=65535, not {port:?}")),
        _ => Err("usage: axum_server [--port N]".to_owned()),
    }
}

/// Every error answer counts in `error_codes_answers_total`, served at
/// `/metrics` for Prometheus to scrape (the example's `server` feature;
/// the tests that include this file serve the router alone).
#[cfg(feature = "server")]
fn with_metrics(router: Router) -> std::io::Result<Router> {
    let metrics = metrics_exporter_prometheus::PrometheusBuilder::new()
        .install_recorder()
        .map_err(std::io::Error::other)?;
    Ok(router.route("/metrics", get(move || async move { metrics.render() })))
}

#[cfg(not(feature = "server"))]
#[allow(clippy::unnecessary_wraps)]
fn with_metrics(router: Router) -> std::io::Result<Router> {
    Ok(router)
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let port = match port() {
        Ok(port) => port,
        Err(message) => {
            eprintln!("{message}");
            std::process::exit(2);
        }
    };
    let app = with_metrics(router())?;
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app).await
}
