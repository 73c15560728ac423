use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(0, success, message = "ok")]
    Ok,
    /// The order is already paid.
    #[code(60409, grpc = "OK")]
    AlreadyPaid,
}

fn main() {}
