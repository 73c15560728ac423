use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    /// The order does not exist.
    #[code(60404, grpc = 5)]
    OrderNotFound,
}

fn main() {}
