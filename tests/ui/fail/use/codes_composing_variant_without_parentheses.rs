use error_codes::ErrorCatalog;
use error_codes::catalogues::api_gateway::ApiGatewayError;

#[derive(Debug, ErrorCatalog)]
pub enum ShopError {
    /// Order not found.
    #[code(60404, http = 404)]
    OrderNotFound,
    #[code(transparent)]
    Gateway(ApiGatewayError),
}

error_codes::codes! {
    pub OrderErrors: ShopError [OrderNotFound, Gateway]
}

fn main() {}
