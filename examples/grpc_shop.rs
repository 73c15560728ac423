//! The shop over gRPC: a tonic server answers with `ShopError`s as
//! `tonic::Status`es (each with one `google.rpc.ErrorInfo`), and a tonic
//! client reads them back with `Failure::from_status`, over 127.0.0.1.
//!
//! ```text
//! cargo run -p error-codes-examples --features grpc --example grpc_shop
//! ```
//!
//! It prints each call, the status the client got, and what it read back
//! (README.md, "gRPC", shows a run).

use std::collections::BTreeMap;

use error_codes::catalogues::api_gateway::ApiGatewayError;
use error_codes::{ErrorCatalog, Failure};
use tonic::{Request, Response, Status};
use tonic_types::StatusExt as _;

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
    module(name = "orders", title = "Orders", ranges(60000..=60999), http = 400)
)]
pub enum ShopError {
    #[code(0, success, http = 200, message = "ok")]
    Ok,
    /// Order not found.
    #[code(60404, http = 404)]
    OrderNotFound,
    /// The order's item is out of stock.
    #[code(60409, http = 409, grpc = "FAILED_PRECONDITION")]
    OutOfStock,
    /// Too many requests for this order: retry later.
    #[code(60429, http = 429, data)]
    SlowDown { retry_after: u32 },
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
        let GetOrderRequest { id, session } = request.into_inner();
        logged_in(&session)?; // a `ShopError` becomes a `Status`
        let order = match id {
            1 => Order {
                id,
                item: "tea".into(),
            },
            409 => Err(ShopError::OutOfStock)?,
            429 => Err(ShopError::SlowDown { retry_after: 30 })?,
            _ => Err(ShopError::OrderNotFound)?,
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

/// The status as the client sees it: code, message, and its ErrorInfo.
fn show(status: &Status) {
    println!("  status:      {:?} {:?}", status.code(), status.message());
    if let Some(info) = status.get_details_error_info() {
        let metadata: BTreeMap<_, _> = info.metadata.iter().collect();
        println!("  reason:      {}", info.reason);
        println!("  domain:      {}", info.domain);
        println!("  metadata:    {metadata:?}");
    }
    match Failure::<ShopError>::from_status(status) {
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
    tokio::spawn(server.serve_with_incoming(incoming));

    let mut client = OrdersClient::connect(format!("http://{address}")).await?;
    for (id, session) in [(1, "s1"), (7, ""), (404, "s1"), (409, "s1"), (429, "s1")] {
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
