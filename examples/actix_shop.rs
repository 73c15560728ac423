//! The shop on actix-web (feature `actix` of error-codes): a catalogue as
//! `ResponseError`, `Envelope` as `Responder`, refusals in the envelope.
//! It serves on 127.0.0.1 and asks itself a few questions over a socket.
//!
//! ```text
//! cargo run -p error-codes-examples --features actix --example actix_shop
//! ```

use std::io::{Read, Write};
use std::net::TcpStream;

use actix_web::{App, HttpServer, web};
use error_codes::catalogues::api_gateway::ApiGatewayError;
use error_codes::{Envelope, ErrorCatalog, actix};
use serde::{Deserialize, Serialize};

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
    /// A path or query parameter is not valid.
    #[code(60002, rejection("malformed-path", "malformed-query"))]
    InvalidParameter,
    /// No such endpoint.
    #[code(60004, http = 404, rejection = "unknown-route")]
    NoSuchEndpoint,
    /// The order's item is out of stock.
    #[code(60409, http = 409)]
    OutOfStock,
    #[code(transparent)]
    Gateway(ApiGatewayError),
}

#[derive(Deserialize)]
struct Login {
    username: String,
}

#[derive(Serialize)]
struct Order {
    id: u32,
    item: &'static str,
}

async fn login(login: web::Json<Login>) -> Result<Envelope<ShopError, ()>, ShopError> {
    let _ = &login.username;
    Err(ApiGatewayError::UnauthorizedSession.into())
}

async fn order(id: web::Path<u32>) -> Result<Envelope<ShopError, Order>, ShopError> {
    match id.into_inner() {
        1 => Ok(Envelope::success(Order { id: 1, item: "tea" })),
        _ => Err(ShopError::OutOfStock),
    }
}

/// One request over a socket: its status line, its `Allow` header if any,
/// and its body.
fn ask(address: std::net::SocketAddr, request: &str) -> std::io::Result<String> {
    let mut stream = TcpStream::connect(address)?;
    stream.write_all(request.as_bytes())?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer)?;
    let status = answer.lines().next().unwrap_or_default().to_owned();
    let head = answer.split_once("\r\n\r\n").map_or("", |(head, _)| head);
    let allow = head
        .lines()
        .find(|line| line.to_ascii_lowercase().starts_with("allow:"))
        .map(|line| format!("{line}\n"))
        .unwrap_or_default();
    let body = answer
        .split_once("\r\n\r\n")
        .map_or("", |(_, body)| body)
        .to_owned();
    Ok(format!("{status}\n{allow}{body}"))
}

fn main() -> std::io::Result<()> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    let address = listener.local_addr()?;
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let server = HttpServer::new(|| {
                App::new()
                    .wrap(actix::Refusals::<ShopError>::new())
                    .app_data(actix::json_config::<ShopError>())
                    .app_data(actix::path_config::<ShopError>())
                    .service(web::resource("/login").route(web::post().to(login)))
                    .service(web::resource("/orders/{id}").route(web::get().to(order)))
                    .default_service(web::to(actix::not_found::<ShopError>))
            });
            server.workers(1).listen(listener)?.run().await
        })
    });
    let requests = [
        "GET /orders/1 HTTP/1.1\r\nHost: shop\r\nConnection: close\r\n\r\n",
        "GET /orders/2 HTTP/1.1\r\nHost: shop\r\nConnection: close\r\n\r\n",
        "GET /orders/abc HTTP/1.1\r\nHost: shop\r\nConnection: close\r\n\r\n",
        "POST /login HTTP/1.1\r\nHost: shop\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 19\r\n\r\n{\"username\":\"alice\"",
        "POST /login HTTP/1.1\r\nHost: shop\r\nConnection: close\r\nContent-Length: 20\r\n\r\n{\"username\":\"alice\"}",
        "POST /login HTTP/1.1\r\nHost: shop\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n{\"username\":\"alice\"}",
        "GET /orders HTTP/1.1\r\nHost: shop\r\nConnection: close\r\n\r\n",
        "DELETE /login HTTP/1.1\r\nHost: shop\r\nConnection: close\r\n\r\n",
    ];
    for request in requests {
        let line = request.lines().next().unwrap_or_default();
        println!("> {line}\n{}", ask(address, request)?);
    }
    Ok(())
}
