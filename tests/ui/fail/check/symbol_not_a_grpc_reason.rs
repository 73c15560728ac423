use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    /// The order does not exist.
    #[code(60404, symbol = "订单不存在")]
    OrderNotFound,
}

fn main() {}
