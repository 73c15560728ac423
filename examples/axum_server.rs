//! A small shop API on axum: every answer, errors and rejections included,
//! is the catalogue's envelope with the status its entry declares.
//!
//! ```sh
//! cargo run --features server --example axum_server -- --port 3000
//! curl -s localhost:3000/orders/1
//! ```
//!
//! `ShopError` composes the shipped `ApiGatewayError` (login, rate limits)
//! with its own codes, three of them marked as the answers to rejections;
//! `WeChatError` is an "always 200" catalogue in WeChat's field names.
//! Its OpenAPI document, from the same declarations, is at `/openapi.json`.
//! `suite/tests/axum_server.rs` runs this router on a real socket.

use axum::Router;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use error_codes::catalogues::api_gateway::ApiGatewayError;
use error_codes::{Envelope, ErrorCatalog, Problem};
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

/// The shop's errors: its own, and the API gateway's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(module(name = "shop", title = "Shop", ranges(60000..=60999), http = 400))]
pub enum ShopError {
    #[code(0, success, http = 200, message = "ok")]
    Ok,
    /// The request body is not valid JSON for this endpoint.
    #[code(60000, rejection = "malformed-body")]
    InvalidBody,
    /// Send the request body as JSON (`Content-Type: application/json`).
    #[code(60001, http = 415, rejection = "content-type")]
    NotJson,
    /// No such endpoint.
    #[code(60004, http = 404, rejection = "unknown-route")]
    NoSuchEndpoint,
    /// Order not found.
    #[code(60404, http = 404, title = "Order Not Found")]
    OrderNotFound,
    /// The order's item is out of stock.
    #[code(60409, http = 409)]
    OutOfStock,
    #[code(transparent)]
    Gateway(ApiGatewayError),
}

/// Bodies in, with rejections in `ShopError`'s envelope.
type Json<T> = error_codes::web::Json<T, ShopError>;

/// An "always 200" API: every answer is HTTP 200, the code says the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(http = 200, envelope(code = "errcode", message = "errmsg"))]
pub enum WeChatError {
    #[code(0, success, message = "ok")]
    Ok,
    /// invalid appid
    #[code(40013)]
    InvalidAppId,
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
#[utoipa::path(post, path = "/login", request_body = Login, responses(Envelope<ShopError, Session>))]
async fn login(login: Json<Login>) -> Result<Envelope<ShopError, Session>, ShopError> {
    if login.username == "alice" && login.password == "secret" {
        Ok(Envelope::success(Session { token: "t-1" }))
    } else {
        Err(ShopError::Gateway(ApiGatewayError::UnauthorizedSession))
    }
}

fn find_order(id: &str) -> Result<Order, ShopError> {
    match id {
        "1" => Ok(Order { id: 1, item: "tea" }),
        "2" => Err(ShopError::OutOfStock),
        _ => Err(ShopError::OrderNotFound),
    }
}

/// An order.
#[utoipa::path(
    get,
    path = "/orders/{id}",
    params(("id" = String, Path, description = "The order's number")),
    responses(Envelope<ShopError, Order>)
)]
async fn order(Path(id): Path<String>) -> Envelope<ShopError, Order> {
    Envelope::from(find_order(&id))
}

/// An order, its errors as RFC 9457 problem details.
#[utoipa::path(
    get,
    path = "/orders/{id}/problem",
    params(("id" = String, Path, description = "The order's number")),
    responses(
        (status = 200, description = "The order.", body = Order),
        (status = 404, description = "`60404` Order not found.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`60409` The order's item is out of stock.", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn order_problem(Path(id): Path<String>) -> Response {
    match find_order(&id) {
        Ok(order) => axum::Json(order).into_response(),
        Err(error) => Problem::of(&error).into_response(),
    }
}

#[derive(Debug, Deserialize)]
struct TokenQuery {
    appid: Option<String>,
}

/// A WeChat-style token: HTTP 200 whatever happens.
#[utoipa::path(
    get,
    path = "/wechat/token",
    params(("appid" = Option<String>, Query, description = "The app's id")),
    responses(Envelope<WeChatError, Session>)
)]
async fn wechat_token(Query(query): Query<TokenQuery>) -> Envelope<WeChatError, Session> {
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
    paths(login, order, order_problem, wechat_token)
)]
pub struct ApiDoc;

/// The whole API, and its document at `/openapi.json`.
pub fn router() -> Router {
    Router::new()
        .route("/login", post(login))
        .route("/orders/{id}", get(order))
        .route("/orders/{id}/problem", get(order_problem))
        .route("/wechat/token", get(wechat_token))
        .route(
            "/openapi.json",
            get(|| async { axum::Json(ApiDoc::openapi()) }),
        )
        .fallback(error_codes::web::not_found::<ShopError>)
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

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let port = match port() {
        Ok(port) => port,
        Err(message) => {
            eprintln!("{message}");
            std::process::exit(2);
        }
    };
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, router()).await
}
