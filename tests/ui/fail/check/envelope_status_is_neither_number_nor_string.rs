use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(envelope(status = "status", status_is = "text"))]
enum ApiError {
    /// Login session is missing or invalid.
    #[code(40101, http = 401)]
    Unauthorized,
}

fn main() {}
