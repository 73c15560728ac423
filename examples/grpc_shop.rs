//! The shop over gRPC: a tonic server answers with `ShopError`s as
//! `tonic::Status`es (each with one `google.rpc.ErrorInfo`), and a tonic
//! client reads them back with `Failure::from_status`, over 127.0.0.1.
//!
//! ```text
//! cargo run -p error-codes-examples --features grpc --example grpc_shop
//! ```
//!
//! It prints each call, the status the client got, and what it read back
//! (the guide's gRPC page, `error_codes::guide::grpc`, shows a run). With `--serve`, it serves only, on a
//! free port of 127.0.0.1 it prints (`listening on 127.0.0.1:PORT`), for
//! clients this project did not write (`tests/contract/grpc_client.py`),
//! and with `--serve --metrics-port N` counts its error answers at
//! `http://127.0.0.1:N/metrics` (`tests/contract/prometheus.py`);
//! with `--call ADDRESS`, it reads another server's answers
//! (`tests/contract/grpc_server.py`, Python's grpcio).

use std::collections::BTreeMap;
use std::time::Duration;

use error_codes::catalogues::api_gateway::ApiGatewayError;
use error_codes::grpc::WithDetails as _;
use error_codes::{ErrorCatalog, Failure};
use tonic::{Request, Response, Status};

mod shop {
    tonic::include_proto!("shop");
}

use shop::orders_client::OrdersClient;
use shop::orders_server::{Orders, OrdersServer};
use shop::{GetOrderRequest, Order};

/// The shop's errors: its own, and the API gateway's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(
    domain = "shop.example.com",
    docs_url = "https://shop.example.com/errors/{code}",
    language = "en",
    locales = "../examples/locales/grpc_shop",
    module(name = "orders", title = "Orders", ranges(60000..=60999), http = 400)
)]
pub enum ShopError {
    #[code(0, success, http = 200, message = "ok")]
    Ok,
    /// The order id is not valid.
    #[code(60400)]
    InvalidId,
    /// Order not found.
    #[code(60404, http = 404)]
    OrderNotFound,
    /// The order's item is out of stock.
    #[code(60409, http = 409, grpc = "FAILED_PRECONDITION")]
    OutOfStock,
    /// Too many requests for this order: retry later.
    #[code(60429, http = 429, data)]
    SlowDown { wait: Duration },
    #[code(transparent)]
    Gateway(ApiGatewayError),
}

struct Shop;

#[tonic::async_trait]
impl Orders for Shop {
    async fn get_order(
        &self,
        request: Request<GetOrderRequest>,
    ) -> Result<Response<Order>, Status> {
        let metadata = request.metadata().clone();
        let GetOrderRequest { id, session } = request.into_inner();
        logged_in(&session)?; // a `ShopError` becomes a `Status`
        let order = match id {
            1 => Order {
                id,
                item: "tea".into(),
            },
            // A detail of this call, beside the catalogue's.
            ..=0 => Err(ShopError::InvalidId).with_details(|details| {
                details.add_bad_request_violation("id", "must be positive");
            })?,
            409 => Err(ShopError::OutOfStock).with_details(|details| {
                details.add_precondition_failure_violation("STOCK", "tea", "none left");
            })?,
            429 => Err(ShopError::SlowDown {
                wait: Duration::from_secs(30),
            })
            .with_details(|details| {
                details.add_quota_failure_violation("order:429", "10 calls a minute");
                details.set_request_info("req-429", "");
                details.set_resource_info("order", "429", "", "called too often");
            })?,
            // In the caller's `accept-language` too, where translated.
            _ => Err(error_codes::grpc::status_for(
                &ShopError::OrderNotFound,
                &metadata,
            ))?,
        };
        Ok(Response::new(order))
    }
}

fn logged_in(session: &str) -> Result<(), ShopError> {
    match session {
        "" => Err(ApiGatewayError::UnauthorizedSession.into()),
        _ => Ok(()),
    }
}

/// The status as the client sees it: code, message, its ErrorInfo and
/// the other standard details.
fn show(status: &Status) {
    println!("  status:      {:?} {:?}", status.code(), status.message());
    let (failure, details) = Failure::<ShopError>::from_status_and_details(status);
    if let Some(info) = details.error_info() {
        let metadata: BTreeMap<_, _> = info.metadata.iter().collect();
        println!("  reason:      {}", info.reason);
        println!("  domain:      {}", info.domain);
        println!("  metadata:    {metadata:?}");
    }
    for link in details.help().map_or(&[][..], |help| &help.links) {
        println!("  help:        {} <{}>", link.description, link.url);
    }
    if let Some(delay) = details.retry_info().and_then(|retry| retry.retry_delay) {
        println!("  retry after: {delay:?}");
    }
    if let Some(request) = details.request_info() {
        println!("  request:     {}", request.request_id);
    }
    if let Some(resource) = details.resource_info() {
        let (kind, name) = (&resource.resource_type, &resource.resource_name);
        println!("  resource:    {kind} {name}: {}", resource.description);
    }
    if let Some(localized) = details.localized_message() {
        println!(
            "  localized:   {} {:?}",
            localized.locale, localized.message
        );
    }
    for violation in details.quota_failure().map_or(&[][..], |q| &q.violations) {
        println!(
            "  quota:       {}: {}",
            violation.subject, violation.description
        );
    }
    for violation in details
        .bad_request()
        .map_or(&[][..], |b| &b.field_violations)
    {
        println!(
            "  bad request: {}: {}",
            violation.field, violation.description
        );
    }
    for violation in details
        .precondition_failure()
        .map_or(&[][..], |p| &p.violations)
    {
        let (kind, subject) = (&violation.r#type, &violation.subject);
        println!(
            "  precondition: {kind} {subject}: {}",
            violation.description
        );
    }
    match failure {
        Failure::Known { error, .. } => println!("  read back:   Known({error:?})"),
        Failure::Unknown { code, detail, .. } => {
            let detail = detail.as_ref().map_or("none", |detail| detail.get());
            println!("  read back:   Unknown {{ code: {code}, detail: {detail} }}");
        }
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let address = listener.local_addr()?;
    let incoming = tokio_stream::wrappers::TcpListenerStream::new(listener);
    let server = tonic::transport::Server::builder().add_service(OrdersServer::new(Shop));
    // Another server's answers (tests/contract/grpc_server.py, in Python).
    if std::env::args().nth(1).as_deref() == Some("--call") {
        let address = std::env::args().nth(2).ok_or("--call ADDRESS")?;
        let mut client = OrdersClient::connect(format!("http://{address}")).await?;
        for id in [404, 429] {
            println!("GetOrder(id: {id}) from the Python server");
            let request = GetOrderRequest {
                id,
                session: "s1".into(),
            };
            match client.get_order(request).await {
                Ok(order) => println!("  order:       {:?}", order.into_inner()),
                Err(status) => show(&status),
            }
        }
        return Ok(());
    }
    if std::env::args().nth(1).as_deref() == Some("--serve") {
        // `--serve --metrics-port N`: every error answer also counts in
        // `error_codes_answers_total`, at http://127.0.0.1:N/metrics.
        if std::env::args().nth(2).as_deref() == Some("--metrics-port") {
            let port: u16 = std::env::args()
                .nth(3)
                .and_then(|port| port.parse().ok())
                .ok_or("--metrics-port takes a port")?;
            metrics_exporter_prometheus::PrometheusBuilder::new()
                .with_http_listener(([127, 0, 0, 1], port))
                .install()?;
        }
        println!("listening on {address}");
        server.serve_with_incoming(incoming).await?;
        return Ok(());
    }
    tokio::spawn(server.serve_with_incoming(incoming));

    let mut client = OrdersClient::connect(format!("http://{address}")).await?;
    let calls = [
        (1, "s1"),
        (7, ""),
        (-1, "s1"),
        (404, "s1"),
        (409, "s1"),
        (429, "s1"),
    ];
    for (id, session) in calls {
        println!("GetOrder(id: {id}, session: {session:?})");
        let request = GetOrderRequest {
            id,
            session: session.into(),
        };
        match client.get_order(request).await {
            Ok(order) => println!("  order:       {:?}", order.into_inner()),
            Err(status) => show(&status),
        }
    }
    Ok(())
}
