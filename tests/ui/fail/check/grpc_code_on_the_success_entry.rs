use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(0, success, message = "ok", grpc = "NOT_FOUND")]
    Ok,
    /// The order does not exist.
    #[code(60404)]
    OrderNotFound,
}

fn main() {}
