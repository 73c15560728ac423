use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(module(name = "orders", ranges(60000..=60999), grpc = "OK"))]
enum ApiError {
    /// The order is already paid.
    #[code(60409)]
    AlreadyPaid,
}

fn main() {}
