use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(domain = "")]
enum ApiError {
    /// The order does not exist.
    #[code(60404)]
    OrderNotFound,
}

fn main() {}
